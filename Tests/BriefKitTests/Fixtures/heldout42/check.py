#!/usr/bin/env python3
"""Checks the n163–n166 labels against the documents. Prints OK when all checks pass.

Lines: .txt/.html/.md: the raw UTF-8 file split on "\\n" (no HTML or Markdown parsing, no entity decoding).
.docx: word/document.xml, one line per body <w:p> (its <w:t> texts joined), one line per table row <w:tr> (its cells'
texts joined with TAB). Every path is relative to this file, except the shared validator /work/shared/gold/validate.py."""
import json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata, zipfile
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n163_shzzpt_hyndbg2022.txt", "n164_stcsm_xmfw_szbg2024.docx", "n165_putuo_kw_zdgztj2025.html",
         "n166_bszzg_fhq_yybg2025.md"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CELL = "</td><td>"   # the only markup allowed in an HTML quote (table-row quotes)


def _between(ls, a, b):
    i = next(k for k, l in enumerate(ls) if l.startswith(a)); j = next(k for k, l in enumerate(ls) if l.startswith(b))
    return ls[i + 1:j]


# ※ the lines key facts must be quoted from
KEY_LINES = {"n163": lambda ls: _between(ls, "一、数说2022", "三、重点工作回顾"),
             "n164": lambda ls: [l for l in ls if l.startswith("全年中心受理") or l.startswith("（三）加强预算管理")],
             "n165": lambda ls: [l for l in ls if l.startswith("<p>2025年，区科委承担") or l.startswith("<p>全年新增高新技术企业")],
             "n166": lambda ls: [l for l in ls if l.startswith("2025年，上海宝山") or l.startswith("在孵企业全年")]}
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


def numbers_in(q):
    q = unicodedata.normalize("NFKC", q)
    nums = [float(m.replace(",", "")) for m in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", q)]
    cn = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    return nums + [float(cn[c]) for c in re.findall(r"[一二两三四五六七八九](?=成)", q)]


def fold(v, m):
    for p, k in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if m.startswith(p):
            return v * k
    return v


def docx_lines(path):
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    text = lambda el: "".join(t.text or "" for t in el.iter(WNS + "t"))
    out = []
    for el in root.find(WNS + "body"):
        if el.tag == WNS + "p":
            out.append(text(el))
        elif el.tag == WNS + "tbl":
            for tr in el.iter(WNS + "tr"):
                out.append("\t".join(text(tc) for tc in tr.iter(WNS + "tc")))
    return out


def read(name):
    """(text validate.py is given, all lines, None) — the third slot is heldout37's feed slot, unused here."""
    path = os.path.join(DOCS, name)
    if name.endswith(".docx"):
        ls = docx_lines(path)
        return "\n".join(ls) + "\n", ls, None
    raw_b = open(path, "rb").read()
    if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(b"\n"): err(f"{name}: UTF-8, LF, no BOM")
    raw = raw_b.decode("utf-8")
    return raw, raw.split("\n")[:-1], None


def check_gold(name, g, lines, raw):
    tag0 = name[:4]
    if list(g) != TOP or g["document"] != name: err(f"{name}: top level")
    if g["kind"] not in KINDS or g["kind"] == "article-feed": err(f"{name}: kind")
    if g["published"] is not None:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    if g["unit"] not in raw: err(f"{name}: unit not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a}")
    ry = g["year"]
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f['subject']})"
        if list(f) != FF: err(f"{tag}: fields")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)): err(f"{tag}: types")
        if f["value"] < 0: err(f"{tag}: negative value")
        if f["role"] in ("target", "baseline") and f["key"]: err(f"{tag}: key {f['role']}")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change not growth")
        if f["category"] == "growth" and f["role"] not in ("change", "target"): err(f"{tag}: growth not change")
        if f["role"] == "budget": err(f"{tag}: budget")
        # ※ n165's 目标 column holds the targets of the report year itself
        if f["role"] == "target" and not (f["year"] > ry or (tag0 == "n165" and f["year"] == ry)): err(f"{tag}: target year")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline year")
        if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: year {f['year']}")
        q = f["quote"]
        table = "\t" in q or " | " in q or CELL in q
        if "\n" in q or not any(q in l for l in lines): err(f"{tag}: quote not on one line: {q!r}")
        if q != q.strip(): err(f"{tag}: padded quote")
        if not any(near(f["value"], n) for n in numbers_in(q)): err(f"{tag}: value not in quote")
        if f["measure"] and f["measure"] != "%" and not table and f["measure"] not in q.replace("余", ""): err(f"{tag}: measure not in quote")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q.replace(CELL, ""))): err(f"{tag}: markup in quote")
        if name.endswith(".md") and (q.startswith(("#", "> ", "- ", "|")) or "**" in q): err(f"{tag}: Markdown syntax in quote")
        if f["key"]:
            if not any(q in l for l in KEY_LINES[tag0](lines)): err(f"{tag}: key fact outside the key paragraphs")
            if table: err(f"{tag}: table copy is key")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        if not isinstance(h["year"], int): err(f"{tag}: year")
        if not any(h["quote"] in l for l in lines) or h["title"] not in h["quote"]: err(f"{tag}: quote/title")
        if name.endswith(".md") and (h["quote"].startswith(("#", "> ", "- ", "|")) or "**" in h["quote"]): err(f"{tag}: Markdown syntax")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer")
        if h["recipient"] not in raw: err(f"{tag}: recipient")
        if h["source"] == "table" and h["recipient"] not in h["quote"]: err(f"{tag}: table recipient not in its row")
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"], f["role"] == "target"), set()).add(round(fold(f["value"], f["measure"]), 6))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 20 <= n <= 60: err(f"{name}: {n} facts")
    if not 4 <= kc <= 8: err(f"{name}: {kc} key facts")
    ks = [(f["subject"], f["year"], f["value"]) for f in g["facts"] if f["key"]]
    if len(ks) != len(set(ks)): err(f"{name}: key twice")
    if not 20 <= len(lines) <= 45: err(f"{name}: {len(lines)} lines")


def arith(name, g, lines, raw):
    def v(s, y=None, role=None, qual=None):
        y = g["year"] if y is None else y
        fs = [f for f in g["facts"] if f["subject"] == s and f["year"] == y and (role is None or f["role"] == role)
              and (qual is None or f["qualifier"] == qual)]
        if not fs: err(f"{name}: no fact {s} {y} {role} {qual}"); return float("nan")
        return fs[0]["value"]
    qs = [f["quote"] for f in g["facts"]] + [h["quote"] for h in g["honours"]]
    if name.startswith("n163"):
        A = lambda s: v(s, 2022, "actual", "exact")
        ss = _between(lines, "一、数说2022", "二、与2021年相比")
        ok = [len(ss) == 8 and all(re.fullmatch(r"[^：]+：[近超]?[\d,.]+万?余?[^\d：]*", l) for l in ss),
              grow(A("服务会员单位"), v("服务会员单位", 2021)) == v("服务会员单位较2021年增长"),                      # 14.8
              A("企业会员") + A("高校院所会员") + A("服务机构会员") == A("服务会员单位"),                           # 1,268
              pct(A("企业会员"), A("服务会员单位")) == v("企业会员占比"),                                            # 82.5
              grow(A("促成技术交易额"), v("促成技术交易额", 2021)) == v("促成技术交易额较2021年增长"),                # 21.1
              r1(A("促成技术交易额") * 10000 / A("促成技术交易")) == v("单笔技术交易平均金额"),                       # 128.2
              A("专利转让") + A("专利许可") + A("商标及软件著作权转让许可") == A("知识产权转让许可"),                 # 1,968
              any(grow(A("知识产权转让许可"), b) == v("知识产权转让许可较2021年增长") for b in range(1, 1968)),       # 18.6
              A("知识产权转让许可") <= v("知识产权转让许可", 2022, None, "nearly"),                                  # 近2,000
              any(r1((b - A("举办对接活动")) / b * 100) == v("举办对接活动较2021年下降")
                  and b - A("举办对接活动") == v("举办对接活动较2021年减少") for b in range(213, 400)),              # 226 → 6.2 / 14
              pct(A("线上对接活动"), A("举办对接活动")) == v("线上对接活动占比"),                                    # 71.7
              A("云对接服务会员单位") <= A("服务会员单位"), A("获得知识产权质押融资会员单位") <= A("服务会员单位"),
              all(v(s, 2023, "target") > v(s, 2022, "actual") for s in ("服务会员单位", "促成技术交易额", "举办对接活动")),
              v("会员服务满意度", 2023, "target") <= A("会员服务满意度"),                                            # 保持在97%以上
              not any(re.search(r"2021|2022|2023|021-|188号|第", q) and "较2021年" not in q and "2021年为" not in q
                      and "2022年度" not in q and "第二" not in q for q in qs),
              len(g["honours"]) == 3]
    elif name.startswith("n164"):
        rows = {l.split("\t")[0]: [float(x.replace(",", "")) for x in l.split("\t")[1:]] for l in lines if "\t" in l and not l.startswith("指标")}
        hdr = [l for l in lines if l.startswith("指标\t")]
        P = lambda s: v(s, 2024, "actual")
        ok = [hdr == ["指标\t2023年\t2024年"], len(rows) == 3,
              rows["受理项目申报（项）"] == [v("受理科技计划项目申报", 2023), P("受理科技计划项目申报")],
              rows["完成项目验收（项）"] == [v("完成项目验收", 2023), P("完成项目验收")],
              rows["项目服务满意度（%）"] == [v("项目服务满意度", 2023), P("项目服务满意度")],
              grow(P("受理科技计划项目申报"), v("受理科技计划项目申报", 2023)) == v("受理科技计划项目申报同比增长"),    # 11.9
              grow(P("完成项目验收"), v("完成项目验收", 2023)) == v("完成项目验收同比增长"),                            # 10.2
              round(P("项目服务满意度") - v("项目服务满意度", 2023), 1) == v("项目服务满意度比上年提高"),                # 0.7
              P("线上评审会议") + P("线下评审会议") == P("组织评审会议"),                                               # 312
              v("项目平均办理时限", 2023) - P("项目平均办理时限") == v("项目平均办理时限缩短"),                          # 3
              round(P("基本支出") + P("项目支出"), 1) == P("中心支出"),                                                 # 3,268.5
              v("受理科技计划项目申报", 2025, "target") > P("受理科技计划项目申报"),
              v("项目平均办理时限", 2025, "target") < P("项目平均办理时限"),
              sum("\t" in f["quote"] for f in g["facts"]) == 6,
              not any("12345" in q or "第一" in q or "三重一大" in q for q in qs),
              "王立新" in raw and any(l.startswith("述职人：") for l in lines),
              zipfile.ZipFile(os.path.join(DOCS, name)).testzip() is None]
    elif name.startswith("n165"):
        rows = [l[len("<tr><td>"):-len("</td></tr>")].split(CELL) for l in lines if l.startswith("<tr><td>")]
        first = lambda c: float(re.search(r"\d+(?:\.\d+)?", c).group())
        T = lambda task, role: [f for f in g["facts"] if f["quote"].startswith(task + CELL) and f["role"] == role]
        ok = [[int(r[0]) for r in rows] == list(range(1, 9)), len(rows) == v("区政府重点工作任务"),
              sum(r[3].startswith("已完成") for r in rows) == v("已完成重点工作任务"),
              sum(r[3].startswith("基本完成") for r in rows) == v("基本完成重点工作任务"),
              sum(r[3].startswith("推进中") for r in rows) == v("推进中重点工作任务"),
              v("已完成重点工作任务") + v("基本完成重点工作任务") + v("推进中重点工作任务") == v("区政府重点工作任务"),
              pct(v("完成或超额完成指标"), v("重点工作具体指标")) == v("重点工作指标完成率"),                            # 90.6
              all(pct(first(r[3].split("，", 1)[1]), first(r[2])) == float(r[4].rstrip("%")) for r in rows),           # 完成率
              all(len(T(r[1], "target")) == 1 and T(r[1], "target")[0]["value"] == first(r[2]) for r in rows),
              all(T(r[1], "actual")[0]["value"] == first(r[3].split("，", 1)[1]) for r in rows),
              rows[0][3].endswith(str(v("新增高新技术企业")) + "家"), "163.2亿元" in rows[2][3] and "12.8%" in rows[2][3],
              v("新增高新技术企业") <= v("高新技术企业"),
              sum(CELL in q for q in qs) == 28, not any("<td>" + str(i) + "</td>" in q for i in range(1, 9) for q in qs),
              not any("1,274" in q or "0107" in q or "021-" in q or "510号" in q or "2026" in q for q in qs),
              "&nbsp;" in raw and "&gt;" in raw, g["honours"] == []]
    else:  # n166
        trs = {l.strip("| ").split(" | ")[0]: l.strip("| ").split(" | ")[1:] for l in lines if re.match(r"\| [^|]+（[^|]+） \| [\d.]+ \|", l)}
        P = lambda s: v(s, 2025, "actual")
        B = lambda s: v(s, 2024, "baseline")
        ok = [len(trs) == 5, len([l for l in lines if l.startswith("| 荣誉名称")]) == 1, len(g["honours"]) == 5,
              all(h["source"] == "table" for h in g["honours"]),
              P("在孵企业") - B("在孵企业") == v("在孵企业比2024年增加"),                                               # 15
              B("在孵企业") + P("新入孵企业") - P("毕业企业") - P("清退企业") == P("在孵企业"),                         # 171+52-23-14
              P("毕业企业") - B("毕业企业") == v("毕业企业比2024年增加"),                                               # 4
              grow(P("在孵企业融资额"), B("在孵企业融资额")) == v("在孵企业融资额同比增长"),                            # 23.4
              round(P("在孵企业股权融资") + P("在孵企业债权融资"), 2) == P("在孵企业融资额"),                           # 3.85
              pct(P("获得融资在孵企业"), P("在孵企业")) == v("获得融资企业占在孵企业比重"),                             # 22.0
              grow(P("在孵企业营业收入"), B("在孵企业营业收入")) == v("在孵企业营业收入同比增长"),                      # 15.6
              grow(P("知识产权授权"), B("知识产权授权")) == v("知识产权授权同比增长"),                                  # 15.7
              P("发明专利授权") <= P("知识产权授权"), P("在孵高新技术企业") <= P("在孵企业"),
              P("在孵企业新获认定高新技术企业") + P("在孵企业新入选上海市专精特新中小企业") <= P("区级以上荣誉"),
              all(float(trs[k][1].replace(",", "")) == P(k.split("（")[0]) for k in trs),                               # table = prose
              sum(" | " in f["quote"] for f in g["facts"]) == 15,
              "**3.85亿元**" in raw, all(v(s, 2026, "target") > P(s) for s in ("在孵企业", "毕业企业", "在孵企业融资额", "在孵企业服务满意度")),
              {h["recipient"] for h in g["honours"]} >= {"上海智元磁驱科技有限公司", "上海钢芯新材料股份有限公司", "上海云枢数控科技有限公司"},
              not any(re.search(r"1288|021-|第十四届|A类", q) for q in [f["quote"] for f in g["facts"]])]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    """The shared validate.py on all four documents; ※ it reads files as UTF-8 text, so the .docx is handed to it as
    its extracted lines (the same lines check.py quotes from) under the .docx file name."""
    val = "/work/shared/gold/validate.py"
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            if n.endswith(".docx"):
                open(os.path.join(tmp, "d", n), "w", encoding="utf-8").write(read(n)[0])
            else:
                shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", val, os.path.join(tmp, "d"), os.path.join(tmp, "g")], capture_output=True, text=True)
        if r.returncode != 0 or not r.stdout.rstrip().endswith("OK"): err("shared validate.py did not print OK")
        for l in (r.stdout + r.stderr).splitlines():
            if l.startswith("ERROR") or "Traceback" in l: err("shared validate.py: " + l)


def main():
    for name in NAMES:
        raw, lines, _ = read(name)
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw)
        arith(name, g, lines, raw)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {len(lines)} lines")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
