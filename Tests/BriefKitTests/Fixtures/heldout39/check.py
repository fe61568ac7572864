#!/usr/bin/env python3
"""Checks the n151–n154 labels against the documents. Prints OK when all checks pass.

Lines: .txt/.html/.md: the raw UTF-8 file split on "\\n" (no HTML parsing, no entity decoding, no Markdown rendering;
n151's form feeds stay in the line they open: a page's first line is "\\f" + the running header, and the file's last
line is the lone "\\f" pdftotext writes after the last page). .docx: word/document.xml, one line per body <w:p> (its
<w:t> texts joined), one line per table row <w:tr> (its cells' texts joined with TAB)."""
import json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata, zipfile
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n151_srxc_csr2025.txt", "n152_minhang_kw_fangtan2025.html", "n153_sipa_sswgh_zqyj2025.md",
         "n154_stcsm_rcfw_rcjh2024.docx"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HDR151 = "上海软信测评中心2025年社会责任报告"
# ※ the lines key facts must be quoted from
KEY_LINES = {"n151": ("2025年，中心完成软件测评项目", "家，其中中小企业942家", "客户满意度97.6%①"),
             "n152": ("<p><strong>周建华：</strong>今年以来", "<p>全区技术合同登记成交额", "<p><strong>周建华：</strong>我们委托第三方"),
             "n153": ("“十四五”时期，本市知识产权工作",),
             "n154": ("2024年度上海市科技人才计划共遴选", "经上海市科学技术委员会审定")}
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
    return [float(m.replace(",", "")) for m in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", q)]


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
    """(text validate.py is given, all lines, None)."""
    path = os.path.join(DOCS, name)
    if name.endswith(".docx"):
        ls = docx_lines(path)
        return "\n".join(ls) + "\n", ls, None
    raw_b = open(path, "rb").read()
    end = b"\n\f" if name.startswith("n151") else b"\n"
    if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(end): err(f"{name}: UTF-8, LF, no BOM, ending")
    raw = raw_b.decode("utf-8")
    ls = raw.split("\n")
    if ls[-1] == "": ls = ls[:-1]
    return raw, ls, None


def table151(lines):
    """n151's table block: the cell lines from `指标` to the line before `注1：`."""
    i = lines.index("指标")
    j = next(k for k in range(i, len(lines)) if lines[k].startswith("注1："))
    return lines[i:j]


def check_gold(name, g, lines, raw):
    tag0 = name[:4]
    if list(g) != TOP or g["document"] != name: err(f"{name}: top level")
    if g["kind"] not in KINDS or g["kind"] == "article-feed": err(f"{name}: kind")
    if g["published"] is not None:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a}")
    ry = g["year"]
    cells = table151(lines) if tag0 == "n151" else []
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f['subject']})"
        if list(f) != FF: err(f"{tag}: fields")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)): err(f"{tag}: types")
        if not isinstance(f["key"], bool): err(f"{tag}: key type")
        if f["role"] in ("target", "baseline") and f["key"]: err(f"{tag}: key {f['role']}")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change not growth")
        if f["category"] == "growth" and f["role"] != "change": err(f"{tag}: growth not change")
        if f["role"] == "budget": err(f"{tag}: budget")
        if f["role"] == "target" and f["year"] <= ry: err(f"{tag}: target year")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline year")
        if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: year {f['year']}")
        q = f["quote"]
        hits = [k for k, l in enumerate(lines) if q in l]
        if "\n" in q or "\f" in q or not hits: err(f"{tag}: quote not on one line: {q!r}"); continue
        if not any(near(f["value"], n) for n in numbers_in(q)): err(f"{tag}: value not in quote")
        cell = q in cells and q == lines[hits[-1]]
        brk = any(lines[k].endswith(q) and k + 1 < len(lines) and lines[k + 1].startswith(f["measure"]) for k in hits)
        if f["measure"] and f["measure"] != "%" and "\t" not in q and not cell and not brk and f["measure"] not in q:
            err(f"{tag}: measure not in quote")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q)): err(f"{tag}: markup in quote")
        if name.endswith(".md") and (q.startswith(("#", "- ", "|", "> ")) or "**" in q or q.endswith(" |")): err(f"{tag}: markdown in quote")
        if HDR151 in q or re.fullmatch(r"— \d+ —", q): err(f"{tag}: quote on a header/footer")
        if f["key"]:
            kl = [l for l in lines if l.startswith(KEY_LINES[tag0])]
            if not any(q in l for l in kl): err(f"{tag}: key fact outside the key paragraph")
            if "\t" in q or " | " in q or cell: err(f"{tag}: table copy is key")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or h["source"] not in ("text", "table") or not isinstance(h["year"], int): err(f"{tag}: enum")
        if h["quote"] not in raw or h["title"] not in h["quote"] or not any(h["quote"] in l for l in lines): err(f"{tag}: quote/title")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer")
        if h["recipient"] not in raw and h["recipient"] != g["unit"]: err(f"{tag}: recipient")
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"], f["role"] == "target"), set()).add(round(fold(f["value"], f["measure"]), 6))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 20 <= n <= 45: err(f"{name}: {n} facts")
    if not 4 <= kc <= 8: err(f"{name}: {kc} key facts")
    ks = [(f["subject"], f["year"], f["value"]) for f in g["facts"] if f["key"]]
    if len(ks) != len(set(ks)): err(f"{name}: key twice")
    if not 20 <= len([l for l in lines if l.strip()]) <= 55: err(f"{name}: {len(lines)} lines")


def arith(name, g, lines, raw):
    def v(s, y=None, role=None, qual=None):
        y = g["year"] if y is None else y
        fs = [f for f in g["facts"] if f["subject"] == s and f["year"] == y and (role is None or f["role"] == role)
              and (qual is None or f["qualifier"] == qual)]
        if not fs: err(f"{name}: no fact {s} {y} {role}"); return float("nan")
        return fs[0]["value"]
    qs = [f["quote"] for f in g["facts"]] + [h["quote"] for h in g["honours"]]
    P = lambda s: v(s, g["year"], "actual")
    if name.startswith("n151"):
        pages = raw.split("\f")
        cells = table151(lines)
        ok = [len(pages) == 5 and pages[-1] == "", raw.count("\f") == 4,
              all(p.startswith(HDR151 + "\n") and p.rstrip("\n").endswith(f"— {k} —") for k, p in enumerate(pages[1:4], 1)),
              cells[:3] == ["指标", "2024年", "2025年"] and len(cells) == 12,
              [float(c.replace(",", "")) for c in cells[4:6]] == [v("软件测评项目", 2024), P("软件测评项目")],
              [float(c.replace(",", "")) for c in cells[7:9]] == [v("服务客户", 2024), P("服务客户")],
              [float(c.replace(",", "")) for c in cells[10:12]] == [v("营业收入", 2024), 26800],
              grow(P("软件测评项目"), v("软件测评项目", 2024)) == v("软件测评项目同比增长"),                  # 14.3
              grow(fold(P("营业收入"), "亿元"), fold(v("营业收入", 2024), "万元")) == v("营业收入同比增长"),     # 9.8
              near(fold(P("营业收入"), "亿元"), fold(26800, "万元")),
              pct(P("服务中小企业客户"), P("服务客户")) == v("中小企业占服务客户比重"),                           # 73.3
              pct(P("高级职称人员"), P("在编职工")) == v("高级职称人员占在编职工比重"),                           # 36.6
              round(P("客户满意度") - v("客户满意度", 2024), 1) == v("客户满意度比上年提高"),                      # 0.8
              r1(P("职工培训") / P("在编职工")) == P("职工人均培训"),                                             # 22.9
              P("高级职称人员") <= P("博士、硕士学历人员") <= P("在编职工"),
              P("信创适配验证项目") <= P("软件测评项目"), P("软件产品登记测试报告") <= P("出具检测报告"),
              P("减免测试费用惠及企业") <= P("服务中小企业客户"), len(g["honours"]) <= P("省部级以上荣誉"),
              v("软件测评项目", 2026, "target") > P("软件测评项目"),
              v("客户满意度", 2026, "target") < P("客户满意度"),   # ※ "保持在97%以上": a floor below the 2025 value
              "①" in raw and "注1" in raw and "测评二部" in raw and "公益二类" in raw,
              not any(re.search(r"2003|二类|\.\.\.", q) for q in qs),
              sum(f["quote"] in cells for f in g["facts"]) == 6]
    elif name.startswith("n152"):
        ok = [grow(P("服务科技企业"), 3434) == v("服务科技企业同比增长"),                                           # 12.4 (implied base)
              P("高新技术企业") - v("高新技术企业", 2024) == v("高新技术企业比2024年底增加"),                     # 214
              grow(P("技术合同登记成交额"), v("技术合同登记成交额", 2024)) == v("技术合同登记成交额同比增长"),     # 15.6
              pct(P("区级科技专项资金支持企业研发"), P("区级科技专项资金投入")) == v("支持企业研发资金占区级科技专项资金比重"),  # 62.0
              pct(P("服务平台办结企业诉求"), P("服务平台受理企业诉求")) == P("企业诉求办结率"),                    # 98.9
              P("新认定高新技术企业") <= P("高新技术企业"), P("新认定市级以上科技企业孵化器和众创空间") <= P("市级以上科技企业孵化器和众创空间"),
              fold(P("高新技术企业"), "家") < fold(P("全市有效高新技术企业"), "万家"),
              P("技术合同登记成交额") < P("全市技术合同成交额"),
              all(v(s, 2026, "target") > P(s) for s in ("新认定高新技术企业", "技术合同登记成交额")),
              not any(f["key"] for f in g["facts"] if f["subject"].startswith("全市")),
              not any(re.search(r"2,318|6258|021-|ICP|十三|4\+5", q) for q in qs),
              "浏览次数：2,318" in raw and "&nbsp;" in raw and "&gt;" in raw,
              len(g["honours"]) == 2]
    elif name.startswith("n153"):
        rows = {m.group(1): m.groups()[1:] for m in (re.fullmatch(r"\| (.+?) \| (.+?) \| (.+?) \| (.+?) \|", l) for l in lines) if m}
        hdr = [l for l in lines if l.startswith("| 指标 |")]
        T = lambda s: [f for f in g["facts"] if f["subject"] == s and f["role"] == "target" and f["year"] == 2030]
        ok = [hdr == ["| 指标 | 2025年基数 | 2030年目标 | 属性 |"], len(rows) == 7,
              grow(P("每万人口高价值发明专利拥有量"), v("每万人口高价值发明专利拥有量", 2020)) == v("每万人口高价值发明专利拥有量较2020年增长"),  # 85.2
              r1(((P("有效发明专利拥有量") / v("有效发明专利拥有量", 2020)) ** 0.2 - 1) * 100) == v("有效发明专利拥有量“十四五”期间年均增长"),   # 13.5
              grow(P("知识产权质押融资登记金额"), 361.1) == v("知识产权质押融资登记金额同比增长"),             # 18.2 (implied base)
              round(P("知识产权保护社会满意度") - v("知识产权保护社会满意度", 2020), 1) == v("知识产权保护社会满意度较2020年提高"),  # 6.3
              all(float(rows[k][0].replace(",", "")) == fold(P(s), m) / fold(1, m) for k, s, m in (
                  ("每万人口高价值发明专利拥有量（件）", "每万人口高价值发明专利拥有量", "件"), ("有效发明专利拥有量（万件）", "有效发明专利拥有量", "万件"),
                  ("PCT国际专利申请量（件）", "PCT国际专利申请量", "件"), ("知识产权质押融资登记金额（亿元）", "知识产权质押融资登记金额", "亿元"),
                  ("知识产权保护社会满意度（分）", "知识产权保护社会满意度", "分"))),
              all(len({fold(f["value"], f["measure"]) for f in T(s)}) == 1 for s in ("每万人口高价值发明专利拥有量", "知识产权质押融资登记金额")),
              all(max(fold(f["value"], f["measure"]) for f in T(s)) > fold(P(s), m) for s, m in (
                  ("每万人口高价值发明专利拥有量", "件"), ("有效发明专利拥有量", "万件"), ("PCT国际专利申请量", "件"),
                  ("知识产权质押融资登记金额", "亿元"), ("知识产权保护社会满意度", "分"), ("国家级知识产权保护中心", "家"),
                  ("国家知识产权示范企业和优势企业", "家"))),
              min(f["value"] for f in T("专利侵权纠纷行政裁决案件平均办案周期")) < P("专利侵权纠纷行政裁决案件平均办案周期"),
              {f["qualifier"] for f in T("PCT国际专利申请量")} == {"exact", "over"},
              sum(" | " in f["quote"] for f in g["facts"]) == 12,
              not any(re.search(r"2035|021-|十五五|一区一品|预期性|约束性", q) for q in qs),
              sorted(h["year"] for h in g["honours"]) == [2023, 2024]]
    else:  # n154
        rows = {l.split("\t")[0]: [float(x.replace(",", "")) for x in l.split("\t")[1:]] for l in lines if "\t" in l and not l.startswith("计划类别")}
        hdr = [l for l in lines if l.startswith("计划类别\t")]
        progs = ["扬帆计划", "青年科技启明星计划", "浦江人才计划", "优秀学术带头人计划", "优秀技术带头人计划"]
        tot = P("科技人才计划入选人员")
        ok = [hdr == ["计划类别\t入选人数（人）\t资助经费（万元）\t人数占比（%）"], len(rows) == 6,
              sum(rows[p][0] for p in progs) == rows["合计"][0] == tot,
              sum(rows[p][1] for p in progs) == rows["合计"][1] and near(fold(rows["合计"][1], "万元"), fold(P("科技人才计划资助经费"), "亿元")),
              all(pct(rows[p][0], tot) == rows[p][2] == v(p + "入选人数占比") for p in progs),
              round(sum(rows[p][2] for p in progs), 1) == 100.0,
              tot - v("科技人才计划入选人员", 2023) == v("科技人才计划入选人员比2023年增加"),                   # 118
              grow(tot, v("科技人才计划入选人员", 2023)) == v("科技人才计划入选人员同比增长"),                    # 11.1
              grow(P("科技人才计划资助经费"), v("科技人才计划资助经费", 2023)) == v("科技人才计划资助经费同比增长"),  # 8.7
              all(pct(P(a + "入选人员"), tot) == v(a + "占入选人员比重") for a in ("35周岁以下青年人才", "女性科技人才", "企业科技人才")),
              rows["扬帆计划"][0] * P("扬帆计划每人资助") == rows["扬帆计划"][1],                               # 520 × 20 = 10,400
              sum("\t" in f["quote"] for f in g["facts"]) == 18,
              not any(re.search(r"〔2024〕|021-|第十八届|12月20日", f["quote"]) for f in g["facts"]),
              len(g["honours"]) == 4, zipfile.ZipFile(os.path.join(DOCS, name)).testzip() is None]
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
