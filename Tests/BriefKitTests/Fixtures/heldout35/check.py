#!/usr/bin/env python3
"""Checks the n135–n138 labels against the documents. Prints OK when all checks pass.

Lines (doc_lines, also used by src/build_gold.py and src/scan.py):
- .docx (n135): word/document.xml read with ElementTree; every w:p child of w:body is one line (its w:t texts joined
  with nothing between runs); every w:tr of a w:tbl is one line (its cells' texts joined by a TAB, a cell's text being
  its w:t texts joined with nothing).
- .html / .md / .txt: the raw UTF-8 text split on "\\n" (no HTML parsing, no entity decoding, no Markdown rendering).
A quote must be a substring of one such line."""
import json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata, zipfile, datetime
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n135_huangpu_kw_zjsl2019.docx", "n136_chjsj_yq_wx2023.html", "n137_xwcy_fhq_yybg2022.md",
         "n138_qingpu_zf_zfgzbg2021.txt"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MDSEP = " | "        # n137: a Markdown table quote runs from the label cell through the value cell, " | " kept
TAB = "\t"           # n135: a .docx table quote runs from the label cell through the value cell, TABs kept
# ※ the lines key facts must be quoted from
KEY_LINES = {"n135": lambda ls: [l for l in ls if l.startswith("2019年，区科委坚持")],
             "n136": lambda ls: [l for l in ls if "2022年，面对多重超预期因素冲击" in l],
             "n137": lambda ls: [l for l in ls if l.startswith("2022年，孵化器克服")],
             "n138": lambda ls: ls[ls.index(next(l for l in ls if "2020年是极不平凡的一年" in l)):][:6]}
# ※ n138: the number is whole on its line, but its measure or qualifier is on the next/previous line (the gold
# README's "the part on the line that holds the number"); these quotes are exempt from "measure in quote".
CROSS = {"和3.81万", "新建各类公园绿地486", "全社会固定资产投资增长10%", "70亿元"}
errors = []
err = errors.append


def doc_lines(path):
    """(lines, text): the lines of a document as defined above, and the text validate.py is given (for the .docx,
    the lines joined by "\\n"; for the others the raw file)."""
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        body = root.find(WNS + "body")
        txt = lambda e: "".join(t.text or "" for t in e.iter(WNS + "t"))
        out = []
        for el in body:
            if el.tag == WNS + "p":
                out.append(txt(el))
            elif el.tag == WNS + "tbl":
                for tr in el.iter(WNS + "tr"):
                    out.append(TAB.join(txt(tc) for tc in tr.findall(WNS + "tc")))
        return out, "\n".join(out) + "\n"
    raw = open(path, encoding="utf-8").read()
    return raw.split("\n")[:-1], raw


def near(a, b, tol=1e-6):
    return abs(a - b) <= tol * max(1, abs(a), abs(b))


def r1(x):  # round half up to one decimal, as the documents do
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def pct(a, b):
    return r1(a / b * 100)


def grow(new, old):
    return pct(new - old, old)


def cagr(new, old, n):
    return r1(((new / old) ** (1 / n) - 1) * 100)


CD = dict(zip("零一二两三四五六七八九", [0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9]))
CU = {"十": 10, "百": 100, "千": 1000}


def cn(s):
    total, sect, d = 0, 0, None
    for ch in s:
        if ch in CD:
            d = CD[ch]
        elif ch in CU:
            sect += (1 if d is None else d) * CU[ch]
            d = None
        elif ch in "万亿":
            total += (sect + (d or 0) or 1) * (10000 if ch == "万" else 10 ** 8)
            sect, d = 0, None
    return total + sect + (d or 0)


def strip_markup(q):
    return re.sub(r"<[^>]+>", "", q).replace("&nbsp;", "")


def numbers_in(q):
    q = unicodedata.normalize("NFKC", strip_markup(q))
    out = [float(m.replace(",", "").replace(" ", "")) for m in re.findall(r"-?\d{1,3}(?:, ?\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?", q)]
    out += [cn(m) for m in re.findall(r"[零一二两三四五六七八九十百千万亿]+", q)]
    return out


def value_in_quote(v, measure, q):
    scale = 1e4 if measure.startswith("万") else 1e8 if measure.startswith("亿") else 1
    return any(near(v, n) or near(v * scale, n) for n in numbers_in(q))


def fold(v, m):
    for p, k in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if m.startswith(p):
            return v * k
    return v


def ffold(f):
    return round(fold(f["value"], f["measure"]), 6)


def is_table_quote(name, q):
    return (name.endswith(".docx") and TAB in q) or (name.endswith(".md") and MDSEP in q)


def check_gold(name, g, lines, text):
    tag0 = name[:4]
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g["document"] != name: err(f"{name}: document field")
    if g["kind"] not in KINDS or g["kind"] == "article-feed": err(f"{name}: kind")
    if g["published"] is not None:
        y, m, *d = g["published"].split("-")
        cn_date = f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "")
        if cn_date not in text and g["published"] not in text: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in text: err(f"{name}: alias {a} not in text")
    ry = g["year"]
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != FF: err(f"{tag}: fields {list(f)}")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            err(f"{tag}: year/value type")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str): err(f"{tag}: key/measure type")
        if f["role"] in ("target", "baseline", "budget") and f["key"]: err(f"{tag}: a {f['role']} is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        if f["role"] in ("target", "budget") and f["year"] <= ry: err(f"{tag}: {f['role']} not after the report year")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline not before the report year")
        if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: {f['role']} of {f['year']}")
        q = f["quote"]
        if any(c in q for c in "\n\r"): err(f"{tag}: quote spans lines")
        if not any(q in l for l in lines): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        if (f["measure"] and f["measure"] != "%" and not is_table_quote(name, q) and q not in CROSS
                and f["measure"] not in strip_markup(q)):
            err(f"{tag}: measure {f['measure']} not in quote")
        if name.endswith(".html"):
            # ※ markup or an entity only where it sits inside the figure's own phrase: the quote starts with text and
            # ends with the measure, and without its markup it reads label + number + measure
            if ("<" in q or "&" in q) and (q.startswith("<") or not strip_markup(q).endswith(f["measure"])):
                err(f"{tag}: markup in quote not inside the figure's phrase")
            if q.count("<") and not re.fullmatch(r"[^<>&]+(<[^>]+>|&nbsp;|[^<>&]+)*", q): err(f"{tag}: broken markup")
        if name.endswith(".md") and (q.startswith("|") or q.startswith("#") or q.startswith("- ") or q.startswith(">")
                                     or "**" in q or re.match(r"\s*\d+\. ", q)): err(f"{tag}: Markdown syntax in quote")
        if name.endswith(".txt") and q != q.strip(): err(f"{tag}: quote with layout spaces at an end")
        if f["key"]:
            if not any(q in l for l in KEY_LINES[tag0](lines)): err(f"{tag}: key fact not in the key paragraph")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        if not any(h["quote"] in l for l in lines): err(f"{tag}: quote not on one line")
        if h["quote"] not in text: err(f"{tag}: quote not in the text validate.py reads")
        if "<" in h["quote"] or "&" in h["quote"]: err(f"{tag}: markup in an honour quote")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
        if h["issuer"] and h["issuer"] not in text: err(f"{tag}: issuer not in text")
        if h["recipient"] not in text and h["recipient"] != g["unit"]: err(f"{tag}: recipient not in text")
        if h["year"] > ry: err(f"{tag}: honour after the report year")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["qualifier"], f["role"], f["quote"])
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"], f["role"] in ("target", "budget")), set()).add(ffold(f))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 35 <= n <= 50: err(f"{name}: {n} facts")
    if not 5 <= kc <= 8: err(f"{name}: {kc} key facts")
    ks = [(f["subject"], f["year"], f["value"]) for f in g["facts"] if f["key"]]
    if len(ks) != len(set(ks)): err(f"{name}: a key fact is labelled key twice")
    if any(f["year"] == ry and f["role"] in ("actual", "change", "share") for f in g["facts"]) is False:
        err(f"{name}: no actual of the report year")


def fv(g, subject, year=None, role=None, qual=None):
    year = g["year"] if year is None else year
    fs = [f for f in g["facts"] if f["subject"] == subject and f["year"] == year
          and (role is None or f["role"] == role) and (qual is None or f["qualifier"] == qual)]
    if not fs:
        err(f"{g['document']}: no fact {subject} {year} {role} {qual}")
        return float("nan")
    if len({ffold(f) for f in fs}) > 1:
        err(f"{g['document']}: {subject} {year} {role} {qual} is ambiguous")
    return fs[0]["value"]


def table_quotes(name, g, lines, sep, rowstart):
    """A table quote starts one row at its label cell, ends on a cell boundary, and its last cell is the fact's value;
    no table copy is key. Returns {(label, cell index): fact}."""
    out = {}
    for f in g["facts"]:
        q = f["quote"]
        if sep not in q:
            continue
        full = [l for l in lines if l.startswith(rowstart + q)]
        if len(full) != 1: err(f"{name}: table quote {q!r} is not the start of exactly one row"); continue
        rest = full[0][len(rowstart + q):]
        if rest and not rest.startswith(sep.rstrip()) and not rest.startswith(sep): err(f"{name}: table quote {q!r} cuts a cell")
        cells = q.split(sep)
        last = cells[-1].rstrip("%").replace(",", "")
        if not near(float(last), f["value"]): err(f"{name}: table quote {q!r} ends in another value")
        if f["key"]: err(f"{name}: table copy {q!r} is key")
        out[(cells[0], len(cells) - 1)] = f
    return out


def arith(name, g, lines, text):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    ok = []
    qs = [f["quote"] for f in g["facts"]] + [h["quote"] for h in g["honours"]]
    if name.startswith("n135"):
        with zipfile.ZipFile(os.path.join(DOCS, name)) as z:
            parts = sorted(z.namelist())
            docxml = z.read("word/document.xml").decode("utf-8")
        rows = [l.split(TAB) for l in lines if TAB in l]
        tq = table_quotes(name, g, lines, TAB, "")
        T = {r[0]: r[1:] for r in rows[1:]}
        num = lambda c: float(c.rstrip("%"))
        ok = [parts == ["[Content_Types].xml", "_rels/.rels", "word/document.xml"],
              docxml.count("<w:tbl>") == 1 and docxml.count("<w:tr>") == 5 and "Heading1" in docxml,
              rows[0] == ["指标", "2018年", "2019年", "增幅"], len(rows) == 5,
              all(grow(num(r[1]), num(r[0])) == num(r[2]) for r in T.values()),                       # 增幅 column
              len(tq) == 12 and all(tq[(k, 1)]["year"] == 2018 and tq[(k, 1)]["role"] == "baseline"
                                    and tq[(k, 2)]["year"] == 2019 and tq[(k, 3)]["role"] == "change" for k in T),
              all(tq[(k, 3)]["measure"] == "%" and tq[(k, 1)]["measure"] == tq[(k, 2)]["measure"]
                  == re.search(r"（(.+)）$", k).group(1) for k in T),                                    # ※ unit from the label cell
              # the table's 2019 column = the key paragraph
              v("新认定高新技术企业", 2019, "actual") == num(T["新认定高新技术企业（家）"][1]),
              v("有效期内高新技术企业", 2019, "actual") == num(T["有效期内高新技术企业（家）"][1]),
              near(v("技术合同成交额", 2019, "actual"), num(T["技术合同成交额（亿元）"][1])),
              near(v("每万人口发明专利拥有量", 2019, "actual"), num(T["每万人口发明专利拥有量（件）"][1])),
              v("技术合同成交额同比增长", 2019, "change") == num(T["技术合同成交额（亿元）"][2]),
              pct(v("新认定高新技术企业", 2019, "actual"), v("申报高新技术企业")) == v("高新技术企业认定通过率"),      # 63.6
              v("新增市级科技小巨人企业") + v("新增市级科技小巨人培育企业") <= v("市级科技小巨人（含培育）企业"),
              pct(v("技术开发合同成交额"), v("技术合同成交额", 2019, "actual")) == v("技术开发合同成交额占比"),         # 55.1
              v("科技型中小企业技术创新项目资金") / 1e4 < v("区级科技创新资金投入", 2019, "actual"),
              grow(v("区级科技创新资金投入", 2020, "budget"), v("区级科技创新资金投入", 2019, "actual"))
              == v("区级科技创新资金投入同比增长", 2020, "budget"),                                             # 5.9
              v("新认定高新技术企业", 2020, "target", "over") > v("新认定高新技术企业", 2019, "actual"),
              v("有效期内高新技术企业", 2020, "target", "over") > v("有效期内高新技术企业", 2019, "actual"),
              v("技术合同成交额", 2020, "target") >= v("技术合同成交额", 2019, "actual")
              * (1 + v("技术合同成交额同比增长", 2020, "target", "over") / 100),                            # 42 ≥ 38.65×1.08
              v("每万人口发明专利拥有量", 2020, "target") > v("每万人口发明专利拥有量", 2019, "actual"),
              v("科普活动", 2020, "target", "over") > v("科普活动", 2019, "actual"),
              v("新创建全国科普示范社区") == sum(h["title"] == "全国科普示范社区" for h in g["honours"]),         # 2 = 2 records
              {f["year"] for f in g["facts"] if f["role"] == "baseline"} == {2018},
              {f["year"] for f in g["facts"] if f["role"] in ("target", "budget")} == {2020},
              not any("四大" in q or "表1" in q for q in qs),
              "（2019年12月20日）" in lines]
    elif name.startswith("n136"):
        split_lines = [l for l in lines if re.search(r"\d</strong></span><span[^>]*><strong>\d|\d</span><span>\.\d", l)]
        plain = [strip_markup(l) for l in split_lines]
        ts = int(re.search(r'var ct = "(\d+)"', text).group(1))
        ok = ['var publish_time = "2023-06-18";' in lines, g["published"] == "2023-06-18",
              datetime.datetime.fromtimestamp(ts, datetime.timezone(datetime.timedelta(hours=8))).strftime("%Y-%m-%d %H:%M")
              == "2023-06-18 09:30" and '<em id="publish_time">2023-06-18 09:30</em>' in text,
              text.count("<section") == text.count("</section>") >= 12, "&nbsp;" in text,
              # ※ three figures split inside their digits: never quoted; without markup they read as figures that are
              # labelled elsewhere in the article (unsplit)
              plain == ["工业总产值186.4亿元", "税收总额21.8亿元，同比增长5.1%", "助力企业融资12.6亿元"],
              not any(q in l for q in qs for l in split_lines if "21.8" not in q),
              [f["quote"] for f in g["facts"] if any(f["quote"] in l for l in split_lines)]
              == ['税收总额<span style="color:#c00;font-size:24px;"><strong>21.8</strong></span>亿元'],
              v("工业总产值") == 186.4 and v("税收总额同比增长") == 5.1 and v("协助企业融资") == 12.6,
              sum("<" in q for q in qs) == 5,                                                         # the 5 span quotes
              pct(v("规模以上工业产值"), v("工业总产值")) == v("规模以上工业产值占工业总产值比重"),             # 92.8
              pct(v("研发投入"), v("营业总收入")) == v("研发投入占营业总收入比重"),                             # 6.9
              any(grow(v("营业总收入"), k / 10) == v("营业总收入同比增长") for k in range(3500, 4126)),
              any(grow(v("税收总额"), k / 100) == v("税收总额同比增长") for k in range(1900, 2180)),
              any(grow(v("有效发明专利"), k) == v("有效发明专利同比增长") for k in range(1500, 1842)),
              v("新认定高新技术企业") < v("高新技术企业") < v("园区企业"), v("外资企业") < v("园区企业"),
              v("新增国家级专精特新“小巨人”企业") <= v("国家级专精特新“小巨人”企业") <= v("市级专精特新中小企业"),
              v("新竣工产业载体") < v("可租赁载体总面积"),
              v("营业总收入", 2023, "target", "over") > v("营业总收入"),
              v("新增注册企业", 2023, "target", "over") > v("新增注册企业"),
              {f["year"] for f in g["facts"] if f["role"] == "target"} == {2023},
              not any(q in l for q in qs for l in lines if "阅读" in l or "<script" in l or l.startswith("var ")),
              sorted(h["level"] for h in g["honours"]) == ["municipal", "national", "other"]]
    elif name.startswith("n137"):
        rows = {}
        for l in lines:
            if l.startswith("| ") and not l.startswith("| 指标") and not l.startswith("| |"):
                c = [x.strip() for x in l.strip("|").split("|")]
                rows[c[0]] = c[1:]
        tq = table_quotes(name, g, lines, MDSEP, "| ")
        n = lambda x: float(x.replace(",", ""))
        t1 = ["在孵企业", "新增入孵企业", "当年毕业企业", "累计毕业企业"]
        t2 = ["在孵企业获得投融资", "在孵企业有效知识产权", "举办创新创业活动"]
        ok = ["| 指标 | 2021年 | 2022年 | 同比 |" in lines, "| | （家） | （家） | （%） |" in lines,
              lines[lines.index("| 指标 | 2021年 | 2022年 | 同比 |") + 1] == "|---|---|---|---|",
              lines[lines.index("| 指标 | 2021年 | 2022年 | 同比 |") + 2] == "| | （家） | （家） | （%） |",  # units row
              "| 指标 | 单位 | 2021年 | 2022年 | 同比（%） |" in lines, list(rows) == t1 + t2,
              all(grow(n(rows[k][1]), n(rows[k][0])) == n(rows[k][2]) for k in t1),
              all(grow(n(rows[k][2]), n(rows[k][1])) == n(rows[k][3]) for k in t2),
              len(tq) == 21,
              all(tq[(k, 1)]["measure"] == tq[(k, 2)]["measure"] == "家" and tq[(k, 3)]["measure"] == "%" for k in t1),
              all(tq[(k, 2)]["measure"] == tq[(k, 3)]["measure"] == rows[k][0] and tq[(k, 4)]["measure"] == "%" for k in t2),
              all(tq[(k, 1)]["year"] == 2021 and tq[(k, 1)]["role"] == "baseline" for k in t1)
              and all(tq[(k, 2)]["year"] == 2021 and tq[(k, 2)]["role"] == "baseline" for k in t2),
              v("累计毕业企业", 2021, "baseline") + v("毕业企业") == v("累计毕业企业"),                             # 65+18
              v("在孵企业", 2021, "baseline") + v("新增入孵企业") - v("毕业企业") - v("清退企业") == v("在孵企业"),    # 138+42−18−6
              near(v("股权融资"), 2.64) and near(v("股权融资") + v("银行贷款"), v("在孵企业获得投融资")),           # 2.64+1.21
              pct(v("发明专利"), v("在孵企业有效知识产权")) == v("发明专利占有效知识产权比重"),                       # 24.6
              v("种子基金投资金额") / 1e4 < v("在孵企业获得投融资"), v("种子基金新增投资在孵企业") <= v("获得投融资的在孵企业"),
              v("获得投融资的在孵企业") <= v("在孵企业"), v("持有创业导师资格的专业服务人员") <= v("专业服务人员"),
              v("创新创业活动") == n(rows["举办创新创业活动"][2]), v("在孵企业有效知识产权") == n(rows["在孵企业有效知识产权"][2]),
              v("在孵企业", 2023, "target") > v("在孵企业"), v("新增入孵企业", 2023, "target", "over") > v("新增入孵企业"),
              v("毕业企业", 2023, "target", "over") > v("毕业企业"),
              v("在孵企业获得投融资", 2023, "target", "over") > v("在孵企业获得投融资"),
              {f["year"] for f in g["facts"] if f["role"] == "target"} == {2023},
              {f["year"] for f in g["facts"] if f["role"] == "baseline"} == {2021},
              sorted((h["level"], h["year"]) for h in g["honours"]) == [("district", 2022), ("municipal", 2022),
                                                                        ("national", 2016), ("national", 2022)],
              not any(f["quote"].startswith("表") for f in g["facts"])]
    elif name.startswith("n138"):
        foot = [l.strip() for l in lines if re.fullmatch(r"\s+— \d+ —", l)]
        qlines = [l for l in lines if any(q in l for q in qs)]
        ok = [foot == ["— 1 —", "— 2 —", "— 3 —"], lines[0].strip() == "政 府 工 作 报 告",
              sum(l.startswith("        ") for l in lines) >= 15,                                   # -layout indents
              # split figures: 12. / 6万个 and 3, / 105户 sit at line ends and starts and are never quoted ※
              any(l.endswith("新增就业岗位12.") for l in lines) and any(l.startswith("6万个，") for l in lines),
              any(l.endswith("危旧房3,") for l in lines) and any(l.startswith("105户；") for l in lines),
              not any(q.endswith("12.") or q.startswith("6万个") or q.endswith("3,") or q.startswith("105户") for q in qs),
              # cross-line measure / qualifier ※
              any(l.endswith("3.81万") for l in lines) and any(l.startswith("元，分别增长") for l in lines),
              any(l.endswith("公园绿地486") for l in lines) and any(l.startswith("公顷，") for l in lines),
              any(l.endswith("增长10%") for l in lines) and any(l.startswith("以上；") for l in lines),
              any(l.endswith("突破") for l in lines) and any(l.startswith("70亿元") for l in lines),
              cagr(v("地区生产总值", 2020, "actual"), v("地区生产总值", 2015, "baseline"), 5)
              == v("十三五时期地区生产总值年均增长"),                                                          # 6.7
              cagr(v("地区生产总值", 2025, "target"), v("地区生产总值", 2020, "actual"), 5)
              == v("十四五时期地区生产总值年均增长", 2025, "target", "approx"),                                 # 8.6
              r1(v("有效期内高新技术企业", 2020, "actual") / v("有效期内高新技术企业", 2015, "baseline"))
              == v("有效期内高新技术企业为2015年倍数"),                                                       # 4.3
              v("新认定高新技术企业") < v("有效期内高新技术企业", 2020, "actual"),
              # 913.4 over five years with 9.3% a year to 203.6: between five times the 2015 level and five times 2020's
              5 * v("区级一般公共预算收入") / (1 + v("十三五时期区级一般公共预算收入年均增长") / 100) ** 5
              < v("十三五时期区级一般公共预算收入累计") < 5 * v("区级一般公共预算收入"),
              v("森林覆盖率", 2015, "baseline") < v("森林覆盖率") < v("森林覆盖率", 2025, "target", "over"),
              v("有效期内高新技术企业", 2025, "target", "over") > v("有效期内高新技术企业", 2020, "actual"),
              v("全社会研发经费支出占地区生产总值比重", 2025, "target") > v("全社会研发经费支出占地区生产总值比重"),
              v("示范区青浦片区重点项目", 2021, "target", "over") > v("示范区青浦片区重点项目"),
              v("示范区青浦片区重点项目完成投资", 2021, "target", "approx") > v("示范区青浦片区重点项目完成投资"),
              v("技术合同成交额", 2021, "target", "over") > v("技术合同成交额"),
              v("新增就业岗位", 2021, "target") <= v("新增就业岗位"),
              {f["year"] for f in g["facts"] if f["role"] == "target"} == {2021, 2025},
              {f["year"] for f in g["facts"] if f["role"] == "baseline"} == {2015},
              all(f["year"] == 2020 for f in g["facts"] if f["subject"].startswith("十三五")),
              all(f["year"] == 2025 for f in g["facts"] if f["subject"].startswith("十四五")),
              not g["honours"], not any("— " in q or "十四五" in q or "十三五" in q or "十二五" in q for q in qs)]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    """The shared validator on all four documents. ※ It reads a document as UTF-8 text, so for the .docx it is given
    the document's lines (doc_lines) under the .docx's own name; the other three are copied as they are."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        err("shared validate.py not found")
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            _, text = doc_lines(os.path.join(DOCS, n))
            with open(os.path.join(tmp, "d", n), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", val, os.path.join(tmp, "d"), os.path.join(tmp, "g")],
                           capture_output=True, text=True)
        if r.returncode != 0 or not r.stdout.rstrip().endswith("OK"):
            err("shared validate.py did not print OK")
        for l in (r.stdout + r.stderr).splitlines():
            if l.startswith("ERROR") or "Traceback" in l:
                err("shared validate.py: " + l)


def main():
    for name in NAMES:
        path = os.path.join(DOCS, name)
        if not name.endswith(".docx"):
            b = open(path, "rb").read()
            if b.startswith(b"\xef\xbb\xbf") or b"\r" in b or b"\t" in b or not b.endswith(b"\n"):
                err(f"{name}: UTF-8, LF, no BOM, no TAB")
        lines, text = doc_lines(path)
        if not 30 <= len(lines) <= 60: err(f"{name}: {len(lines)} lines")
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, text)
        arith(name, g, lines, text)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {len(lines)} lines")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
