#!/usr/bin/env python3
"""Checks the n159–n162 labels against the documents. Prints OK when all checks pass.

Lines: n159 (.txt, pdftotext -layout): the raw UTF-8 file split on "\\n"; form feeds stay in the line they open (page 2's
first line starts with "\\f"; the file's last line is the lone "\\f" pdftotext writes after the last page); leading
indentation and the runs of spaces between table columns are kept. n160 (.txt, UTF-16LE with BOM, CRLF): the bytes are
decoded as UTF-16 (BOM dropped) and split on "\\r\\n"; quotes are of the decoded text. n161 (.md) / n162 (.html): the raw
UTF-8 file split on "\\n" (no Markdown rendering, no HTML parsing, no entity decoding).
All paths are relative to this file, so the folder can be copied anywhere."""
import json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n159_stcsm_rcfz_bmys2025_layout.txt", "n160_jiading_jjw_bnzj2025_utf16.txt", "n161_shkf_jsfw_csr2024.md",
         "n162_shtjj_gxjscy_q3fb2025.html"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
# ※ the lines key facts must be quoted from
KEY_LINES = {"n159": ("      2025年收入预算总额", "  其中：财政拨款收入", "      2025年支出预算总额"),
             "n160": ("1—6月，全区完成", "上半年，全区实现社会消费品"),
             "n161": ("2024年，科发集团实现营业收入", "积极服务国家"),
             "n162": ("<p>据市统计局统计", "<p>创新投入持续加大", "<p>创新产出稳步提升")}
SHARED_VALIDATOR = "/work/shared/gold/validate.py"
errors = []
err = errors.append


def near(a, b, tol=1e-6):
    return abs(a - b) <= tol * max(1, abs(a), abs(b))


def r1(x):
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def pct(a, b):
    return r1(a / b * 100)


def grow(new, old):
    return pct(new - old, old)


CN = {c: i for i, c in enumerate("零一二三四五六七八九")}


def numbers_in(q):
    """Arabic numbers (thousands commas joined) and single Chinese digits (`五大领域`)."""
    q = unicodedata.normalize("NFKC", q)
    return ([float(m.replace(",", "")) for m in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", q)]
            + [float(CN[c]) for c in q if c in CN])


def fold(v, m):
    for p, k in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if m.startswith(p):
            return v * k
    return v


def is_table_quote(name, q):
    """n159: a layout-table row quote (label, then runs of spaces between cells); n161: ` | `; n162: `</td><td>`."""
    return (name.startswith("n159") and re.search(r"\d  +|  +-?\d", q) is not None) or " | " in q or "</td><td>" in q


def read(name):
    """(text validate.py is given, all lines, raw bytes)."""
    path = os.path.join(DOCS, name)
    raw_b = open(path, "rb").read()
    if name.startswith("n160"):
        if not raw_b.startswith(b"\xff\xfe") or raw_b.startswith(b"\xff\xfe\x00\x00"): err(f"{name}: no UTF-16LE BOM")
        t = raw_b[2:].decode("utf-16-le")
        if "\ufeff" in t or not t.endswith("\r\n") or t.count("\n") != t.count("\r\n") or t.count("\r") != t.count("\r\n"):
            err(f"{name}: CRLF line ends")
        ls = t.split("\r\n")[:-1]
        return "\n".join(ls) + "\n", ls, raw_b
    end = b"\n\f" if name.startswith("n159") else b"\n"
    if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(end): err(f"{name}: UTF-8, LF, no BOM, ending")
    raw = raw_b.decode("utf-8")
    ls = raw.split("\n")
    if ls[-1] == "": ls = ls[:-1]
    return raw, ls, raw_b


def check_gold(name, g, lines, raw):
    tag0 = name[:4]
    if list(g) != TOP or g["document"] != name: err(f"{name}: top level")
    if g["kind"] not in KINDS or g["kind"] == "article-feed": err(f"{name}: kind")
    if g["published"] is not None:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a}")
    if g["unit"] not in raw: err(f"{name}: unit not in text")
    ry = g["year"]
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f['subject']})"
        if list(f) != FF: err(f"{tag}: fields")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)): err(f"{tag}: types")
        if not isinstance(f["key"], bool): err(f"{tag}: key type")
        if f["role"] in ("target", "baseline") and f["key"]: err(f"{tag}: key {f['role']}")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change not growth")
        # ※ a growth-rate target (全年增长4.5%左右) is category growth, role target
        if f["category"] == "growth" and f["role"] not in ("change", "target"): err(f"{tag}: growth not change/target")
        if f["role"] == "budget": err(f"{tag}: budget")
        # ※ n160 (a half-year summary): the full-year targets are of the report year itself
        if f["role"] == "target" and (f["year"] < ry if tag0 == "n160" else f["year"] <= ry): err(f"{tag}: target year")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline year")
        if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: year {f['year']}")
        if f["value"] < 0: err(f"{tag}: negative value (magnitudes; the subject carries the direction)")
        q = f["quote"]
        hits = [k for k, l in enumerate(lines) if q in l]
        if "\n" in q or "\f" in q or "\r" in q or not hits: err(f"{tag}: quote not on one line: {q!r}"); continue
        if not any(near(f["value"], n) for n in numbers_in(q)): err(f"{tag}: value not in quote")
        tab = is_table_quote(name, q)
        brk = any(lines[k].endswith(q) and k + 1 < len(lines) and f["measure"] in q + lines[k + 1].strip()[:len(f["measure"])]
                  for k in hits)
        if f["measure"] and f["measure"] != "%" and not tab and not brk and f["measure"] not in q:
            err(f"{tag}: measure not in quote")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q.replace("</td><td>", ""))): err(f"{tag}: markup in quote")
        if name.endswith(".md") and (q.startswith(("#", "- ", "|", "> ")) or "**" in q or q.endswith(" |")): err(f"{tag}: markdown in quote")
        if re.fullmatch(r"\s*— \d+ —", q) or q != q.strip(): err(f"{tag}: footer / padded quote")
        if f["key"]:
            kl = [l for l in lines if l.startswith(KEY_LINES[tag0])]
            if not any(q in l for l in kl): err(f"{tag}: key fact outside the key paragraph")
            if tab: err(f"{tag}: table copy is key")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or h["source"] not in ("text", "table") or not isinstance(h["year"], int): err(f"{tag}: enum")
        if h["title"] not in h["quote"] or not any(h["quote"] in l for l in lines): err(f"{tag}: quote/title")
        if name.endswith(".md") and h["quote"].startswith("- "): err(f"{tag}: markdown in quote")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer")
        if h["recipient"] not in raw and h["recipient"] != g["unit"]: err(f"{tag}: recipient")
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"], f["role"] == "target"), set()).add(round(fold(f["value"], f["measure"]), 6))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 20 <= n <= 50: err(f"{name}: {n} facts")
    if not 4 <= kc <= 8: err(f"{name}: {kc} key facts")
    ks = [(f["subject"], f["year"], f["value"]) for f in g["facts"] if f["key"]]
    if len(ks) != len(set(ks)): err(f"{name}: key twice")
    if not 20 <= len([l for l in lines if l.strip()]) <= 50: err(f"{name}: {len(lines)} lines")


def arith(name, g, lines, raw, raw_b):
    def v(s, y=None, role=None, qual=None):
        y = g["year"] if y is None else y
        fs = [f for f in g["facts"] if f["subject"] == s and f["year"] == y
              and (f["role"] in ("actual", "change", "share") if role == "now" else role is None or f["role"] == role)
              and (qual is None or f["qualifier"] == qual)]
        if not fs: err(f"{name}: no fact {s} {y} {role}"); return float("nan")
        return fs[0]["value"]
    qs = [f["quote"] for f in g["facts"]] + [h["quote"] for h in g["honours"]]
    P = lambda s: v(s, g["year"], "now")
    B = lambda s, y: v(s, y, "baseline")
    T = lambda s, y: v(s, y, "target")
    tabq = [f for f in g["facts"] if is_table_quote(name, f["quote"])]
    if name.startswith("n159"):
        # the layout table: every row line with 6 numbers (收入 left block, 支出 right block)
        rows = [l for l in lines if len(re.findall(r"-?\d[\d,]*\.\d\d", l)) == 6]
        cells = [[float(x.replace(",", "")) for x in re.findall(r"-?\d[\d,]*\.\d\d", l)] for l in rows]
        L, R = [c[:3] for c in cells], [c[3:] for c in cells]
        ok = [len(rows) == 4, all(l.startswith("  ") and "  " in l.strip() for l in rows),
              all(round(c[1] - c[0], 2) == c[2] for c in L + R),                                       # 增减 = 2025 − 2024
              all(round(sum(r[j] for r in L[:3]), 2) == L[3][j] for j in range(3)),                    # 收入 rows → 收入总计
              all(round(sum(r[j] for r in R[:3]), 2) == R[3][j] for j in range(3)),                    # 支出 rows → 支出总计
              L[3] == R[3], raw.count("\f") == 2, lines[-1] == "\f", lines[23].startswith("\f"),
              P("收入预算") == L[3][1] == P("支出预算"), B("收入预算", 2024) == L[3][0],
              round(P("收入预算") - B("收入预算", 2024), 2) == P("收入预算比2024年预算增加"),
              grow(P("收入预算"), B("收入预算", 2024)) == P("收入预算比2024年预算增长"),                # 9.1
              grow(P("财政拨款收入"), B("财政拨款收入", 2024)) == P("财政拨款收入比2024年预算增长"),      # 9.2
              grow(P("事业收入"), B("事业收入", 2024)) == P("事业收入比2024年预算增长"),                  # 10.6
              grow(P("科学技术支出"), B("科学技术支出", 2024)) == P("科学技术支出比2024年预算增长"),      # 9.0
              round(B("其他收入", 2024) - P("其他收入"), 2) == P("其他收入比2024年预算减少"),
              pct(P("财政拨款收入"), P("收入预算")) == P("财政拨款收入占收入预算比重"),                   # 85.4
              round(P("基本支出") + P("项目支出"), 2) == P("支出预算"),
              pct(P("基本支出"), P("支出预算")) == P("基本支出占支出预算比重"),                           # 37.8
              pct(P("项目支出"), P("支出预算")) == P("项目支出占支出预算比重"),                           # 62.2
              P("在编人员") <= P("核定事业编制"), P("“三公”经费财政拨款预算") < P("政府采购预算"),
              len(tabq) == 24, sorted({f["year"] for f in tabq}) == [2024, 2025],
              not any(re.search(r"021-|1199|200233|— \d —|第二批", q) for q in qs)]
    elif name.startswith("n160"):
        ok = [raw_b[:2] == b"\xff\xfe", b"\r\x00\n\x00" in raw_b and raw_b.endswith(b"\r\x00\n\x00"),
              grow(P("规模以上工业总产值"), B("规模以上工业总产值", 2024)) == P("规模以上工业总产值同比增长"),     # 4.2
              grow(P("社会消费品零售总额"), B("社会消费品零售总额", 2024)) == P("社会消费品零售总额同比增长"),     # 3.5
              grow(P("实到外资"), B("实到外资", 2024)) == P("实到外资同比增长"),                                 # 6.9
              pct(P("战略性新兴产业产值"), P("规模以上工业总产值")) == P("战略性新兴产业产值占规模以上工业总产值比重"),  # 42.0
              pct(P("办结企业诉求"), P("收集企业诉求")) == P("企业诉求办结率"),                                 # 97.4
              pct(P("产业项目投资"), P("工业固定资产投资")) == P("产业项目投资占工业固定资产投资比重"),           # 60.5
              T("规模以上工业总产值同比增长", 2025) > P("规模以上工业总产值同比增长"),
              T("社会消费品零售总额同比增长", 2025) > P("社会消费品零售总额同比增长"),
              T("实到外资", 2025) > P("实到外资"), T("新增规模以上工业企业", 2025) > P("新增规模以上工业企业"),
              T("新增市级专精特新中小企业", 2025) > P("新增市级专精特新中小企业"),
              P("产业项目投资") < P("工业固定资产投资"), P("战略性新兴产业产值") < P("规模以上工业总产值"),
              not any(re.search(r"1—6|6·18|千名|第二届|021-|十五五|五五|新四化", q) for q in qs),
              len(g["honours"]) == 2]
    elif name.startswith("n161"):
        rows = {l.split(" | ")[0][2:]: [float(x.replace(",", "")) for x in l.rstrip(" |").split(" | ")[1:]]
                for l in lines if l.startswith("| ") and not l.startswith("| 指标")}
        ok = [[l for l in lines if l.startswith("| 指标")] == ["| 指标 | 2022年 | 2023年 | 2024年 |"], len(rows) == 6,
              rows["营业收入（亿元）"] == [B("营业收入", 2022), B("营业收入", 2023), P("营业收入")],
              rows["上缴税费（万元）"][2] == P("上缴税费"), rows["员工总数（人）"][2] == P("员工总数"),
              rows["客户满意度（%）"][2] == P("客户满意度"), rows["综合能耗（吨标准煤）"][2] == P("综合能耗"),
              rows["碳排放量（吨二氧化碳当量）"][2] == P("碳排放量"),
              grow(P("营业收入"), B("营业收入", 2023)) == P("营业收入同比增长"),                                 # 7.6
              round(P("客户满意度") - B("客户满意度", 2023), 1) == P("客户满意度较上年提高"),                   # 0.5
              -grow(P("综合能耗"), B("综合能耗", 2023)) == P("综合能耗同比下降"),                               # 4.8
              -grow(P("碳排放量"), B("碳排放量", 2023)) == P("碳排放量同比下降"),                               # 5.3
              pct(P("女性员工"), P("员工总数")) == P("女性员工占员工总数比重"),                                 # 42.7
              pct(P("研发投入"), P("营业收入")) == P("研发投入占营业收入比重"),                                 # 6.0
              r1(P("员工培训") * 10000 / P("员工总数")) == P("员工人均培训"),                                   # 25.2
              all(a < b for a, b in zip(rows["营业收入（亿元）"], rows["营业收入（亿元）"][1:])),
              len(tabq) == 18, sorted({f["year"] for f in tabq}) == [2022, 2023, 2024],
              not any(re.search(r"3060|14001|36001|第六|021-|2000号", q) for q in qs), len(g["honours"]) == 4]
    else:  # n162
        trs = [re.findall(r"<td>(.*?)</td>", l) for l in lines if l.startswith("<tr><td>")]
        body = {c[0]: (float(c[1].replace(",", "")), float(c[2]), float(c[3])) for c in trs if c[0] != "合计"}
        tot = next(c for c in trs if c[0] == "合计")
        S = "高新技术产业产值"
        base = sum(x / (1 + gr / 100) for x, gr, _ in body.values())
        ok = [len(body) == 5, round(sum(x for x, _, _ in body.values()), 1) == float(tot[1].replace(",", "")) == P(S),
              all(pct(x, P(S)) == sh for x, _, sh in body.values()), round(sum(sh for _, _, sh in body.values()), 1) == 100.0,
              grow(P(S), B(S, 2024)) == P(S + "同比增长") == float(tot[2]),                                     # 5.8
              r1((P(S) / base - 1) * 100) == P(S + "同比增长"), abs(base - B(S, 2024)) < 2,                     # implied bases
              pct(P(S), P("全市规模以上工业总产值")) == P(S + "占全市规模以上工业总产值比重"),                   # 30.2
              round(P(S + "同比增长") - P("全市规模以上工业总产值同比增长"), 1) == P(S + "增速比全市规模以上工业高"),  # 2.7
              len(body) == P("高新技术产业领域"),
              pct(P("发明专利授权量"), P("全国发明专利授权量")) == P("发明专利授权量占全国比重"),                 # 5.6
              max(body.values(), key=lambda t: t[1])[1] == P("航空航天产值同比增长"),                          # 增速最快
              P("全国规模以上高技术制造业增加值同比增长") != P("规模以上工业企业研发经费支出同比增长"),
              not any(f["key"] for f in g["facts"] if f["subject"].startswith("全国")),
              len(tabq) == 17, "&nbsp;" in raw and "&gt;" in raw,
              not any(re.search(r"1,862|021-|ICP|t5123|1—9|（2023）", q) for q in qs), g["honours"] == []]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    """The shared validate.py on all four documents. ※ It reads files as UTF-8 text, so n160 is handed to it as its
    decoded lines (the same lines check.py quotes from, joined with "\\n") under the same file name."""
    if not os.path.exists(SHARED_VALIDATOR): err(f"{SHARED_VALIDATOR} not found"); return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            if n.startswith("n160"):
                open(os.path.join(tmp, "d", n), "w", encoding="utf-8", newline="\n").write(read(n)[0])
            else:
                shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", SHARED_VALIDATOR, os.path.join(tmp, "d"), os.path.join(tmp, "g")],
                           capture_output=True, text=True)
        if r.returncode != 0 or not r.stdout.rstrip().endswith("OK"): err("shared validate.py did not print OK")
        for l in (r.stdout + r.stderr).splitlines():
            if l.startswith("ERROR") or "Traceback" in l: err("shared validate.py: " + l)


def main():
    for name in NAMES:
        raw, lines, raw_b = read(name)
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw)
        arith(name, g, lines, raw, raw_b)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {len(lines)} lines")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
