#!/usr/bin/env python3
"""Checks the n79–n82 labels against the documents. Prints OK when all checks pass."""
import json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata, zipfile
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n79_baoshan_kw_sswzj2025.txt", "n80_stcsm_xxzx_bmys2026.txt", "n81_sheitc_zxqy_wx2026.json", "n82_ssei_tjy_csr2025.docx"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
FEED = ["文章标识符aid", "标题title", "时间time", "作者author", "finalContent"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADER79 = "宝山区科学技术委员会“十四五”时期科技创新工作总结"
errors = []
err = errors.append


def near(a, b, tol=1e-6):
    return abs(a - b) <= tol * max(1, abs(a), abs(b))


def r1(x):  # round half up to one decimal, as the documents do
    if x != x:
        return x                                        # a missing fact (already reported) gives NaN
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def pct(a, b):
    return r1(a / b * 100)


def grow(new, old):
    return pct(new - old, old)


def cagr(new, old, n=5):
    return r1(((new / old) ** (1 / n) - 1) * 100)


def fold(v, m):
    for p, k in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if m.startswith(p):
            return v * k
    return v


# ------------------------------------------------------------------------------------------ numbers
CD = dict(zip("零〇一二两三四五六七八九", [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9]))
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


def numbers_in(q):
    """Every number a quote states: Arabic (with , groups), Chinese numerals, Chinese decimals (三点五 → 3.5) and
    mixed forms (1万2千 → 12000)."""
    q = unicodedata.normalize("NFKC", q)
    out = [float(m.replace(",", "")) for m in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", q)]
    out += [cn(m) for m in re.findall(r"[零〇一二两三四五六七八九十百千万亿]+", q)]
    for a, b in re.findall(r"([零一二两三四五六七八九十]+)点([零一二三四五六七八九]+)", q):
        out.append(float(f"{cn(a)}.{''.join(str(CD[c]) for c in b)}"))
    for a, b, c in re.findall(r"(\d+)万(\d)千(\d百)?", q):
        out.append(int(a) * 10000 + int(b) * 1000 + (int(c[0]) * 100 if c else 0))
    return out


def value_in_quote(v, measure, q):
    scale = 1e4 if measure.startswith("万") else 1e8 if measure.startswith("亿") else 1
    return any(near(v, n) or near(v * scale, n) or near(-v, n) for n in numbers_in(q))


def cnum(s):
    return float(s.replace(",", "").replace("%", "").lstrip("≥≤"))


# ------------------------------------------------------------------------------------------ readers
def docx_lines(path):
    """The text a reader of the .docx sees (※): one line per paragraph (its runs joined), one line per table row
    (its cells joined by TAB). No XML."""
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    ptext = lambda p: "".join(t.text or "" for t in p.iter(WNS + "t"))
    out = []
    for el in root.find(WNS + "body"):
        if el.tag == WNS + "p":
            out.append(ptext(el))
        elif el.tag == WNS + "tbl":
            for tr in el.findall(WNS + "tr"):
                out.append("\t".join("".join(ptext(p) for p in tc.findall(WNS + "p")) for tc in tr.findall(WNS + "tc")))
    return out


def read_doc(name):
    """lines: the lines a quote must sit on; blocks: {article id: lines} ("" for a single document); raw: all text;
    file_lines: the file's own line count."""
    path = os.path.join(DOCS, name)
    b = open(path, "rb").read()
    d = {"bytes": b, "articles": None}
    if name.startswith("n79"):
        raw = b.decode("utf-8")
        d["lines"] = raw.split("\n")                       # not splitlines(): \f is not a line break here
        d["file_lines"] = len(d["lines"])                  # the last line is the final \f alone
    elif name.startswith("n80"):
        raw = b.decode("gb18030")
        d["lines"] = raw.split("\n")[:-1]
        d["file_lines"] = len(d["lines"])
    elif name.startswith("n81"):
        raw = b.decode("utf-8")
        arts = json.loads(raw)
        d["articles"] = arts
        d["blocks"] = {a["文章标识符aid"]: [a["标题title"]] + a["finalContent"].split("\n") for a in arts}
        d["lines"] = [l for ls in d["blocks"].values() for l in ls]
        d["file_lines"] = raw.count("\n")
        raw = "\n".join(d["lines"])
    else:
        d["lines"] = docx_lines(path)
        d["file_lines"] = len(d["lines"])
        raw = "\n".join(d["lines"])
    d.setdefault("blocks", {"": d["lines"]})
    d["raw"] = raw
    return d


def is_table(name, q):
    return "\t" in q


def opening(name, d):
    """The opening paragraph, where every key fact must be quoted: {block: text}."""
    L = d["lines"]
    if name.startswith("n79"):
        i, j = L.index("一、总体情况"), L.index("二、主要成效")
        return {"": "\n".join(L[i + 1:j])}
    if name.startswith("n80"):
        return {"": L[L.index("一、收支预算总体情况") + 1]}
    if name.startswith("n81"):
        return {aid: ls[1] for aid, ls in d["blocks"].items()}
    return {"": L[L.index("二、年度概览") + 1]}


# ------------------------------------------------------------------------------------------ label checks
def check_gold(name, g, d):
    lines, raw = d["lines"], d["raw"]
    feed = name.startswith("n81")
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g["document"] != name: err(f"{name}: document field")
    if g["kind"] not in KINDS: err(f"{name}: kind")
    if feed:
        if g["kind"] != "article-feed" or g["year"] is not None or g["published"] is not None: err(f"{name}: feed year/published")
    else:
        y, m, dd = g["published"].split("-")
        if f"{y}年{int(m)}月{int(dd)}日" not in raw: err(f"{name}: published not in text")
        if int(y) <= g["year"] and not name.startswith("n80"): err(f"{name}: published before the year ends")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a} not in text")
    if not 45 <= len(g["facts"]) <= 70: err(f"{name}: {len(g['facts'])} facts")
    dates = {a["文章标识符aid"]: a["时间time"] for a in d["articles"]} if feed else {}
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != FF + (["article", "date"] if feed else []): err(f"{tag}: fields {list(f)}")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            err(f"{tag}: year/value type")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str): err(f"{tag}: key/measure type")
        if f["role"] == "target" and f["key"]: err(f"{tag}: a target is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        if f["role"] == "budget" and g["kind"] != "budget": err(f"{tag}: budget role outside a budget")
        y, role = f["year"], f["role"]
        # years and roles, per document (README ※)
        if name.startswith("n79"):
            ok = {"actual": 2021 <= y <= 2025, "share": 2021 <= y <= 2025, "change": y == 2025, "baseline": y == 2020,
                  "target": y in (2026, 2030) or (y == 2025 and f["subject"].endswith("规划目标"))}[role]
        elif name.startswith("n80"):
            ok = {"budget": y == 2026, "change": y == 2026, "actual": y == 2026, "baseline": y == 2025, "target": y == 2026}.get(role, False)
        elif feed:
            py = int(f["date"][:4])
            ok = (f["article"] in dates and f["date"] == dates[f["article"]]
                  and ({"actual": y == 2025, "change": y == 2025, "share": y == 2025, "target": y == 2026 == py}.get(role, False)))
        else:
            ok = {"actual": y == 2025, "change": y == 2025, "share": y == 2025, "baseline": y in (2023, 2024)}.get(role, False)
        if not ok: err(f"{tag}: role {role} with year {y}")
        q = f["quote"]
        block = d["blocks"][f["article"]] if feed else lines
        if any(c in q for c in "\n\r\f"): err(f"{tag}: quote spans lines")
        if not any(q in l for l in block): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        if f["measure"] and f["measure"] != "%" and not is_table(name, q) and f["measure"] not in re.sub("[余多]", "", q):
            # ※ two documented exceptions: n79's 1,286 whose 家 is on the next line, and ￥ for 元
            nxt = [lines[k + 1] for k, l in enumerate(lines[:-1]) if l.endswith(q)]
            if not (nxt and nxt[0].startswith(f["measure"])) and not (f["measure"] == "元" and "￥" in q):
                err(f"{tag}: measure {f['measure']} not in quote")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        if not any(h["quote"] in l for l in lines): err(f"{tag}: quote not on one line")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer not in text")
        r = h["recipient"]
        if r not in raw and r != g["unit"] and not (r.startswith(g["unit"]) and r[len(g["unit"]):] in raw):
            err(f"{tag}: recipient not in text")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["qualifier"], f["role"], f["quote"], f.get("article"))
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)
    # one value per subject/year/qualifier (after folding 万/亿); ranges give an over and an under entry
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"]), set()).add(round(fold(f["value"], f["measure"]), 6))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    kc = sum(f["key"] for f in g["facts"])
    if not 6 <= kc <= 10: err(f"{name}: {kc} key facts")
    op = opening(name, d)
    for f in g["facts"]:
        if f["key"] and f["quote"] not in op.get(f.get("article", ""), ""):
            err(f"{name}: key fact {f['subject']} not quoted from the opening paragraph")
    # a restatement is key false: at most one key fact per subject/year/value
    keyed = {}
    for f in g["facts"]:
        if f["key"]:
            k = (f["subject"], f["year"], round(fold(f["value"], f["measure"]), 6))
            if k in keyed: err(f"{name}: two key facts for {k}")
            keyed[k] = 1


def table_quotes(name, g, lines):
    """A table quote is a row from its first cell through one cell, and the fact's value is that cell (※)."""
    n = 0
    for f in g["facts"]:
        q = f["quote"]
        if not is_table(name, q):
            continue
        n += 1
        last = q.split("\t")[-1]
        full = [l for l in lines if l.startswith(q)]
        if len(full) != 1: err(f"{name}: table quote {q!r} is not the start of exactly one row")
        elif full[0] != q and not full[0][len(q):].startswith("\t"): err(f"{name}: table quote {q!r} cuts a cell")
        if not near(cnum(last), f["value"]): err(f"{name}: table quote {q!r} ends in {last}, value {f['value']}")
        qual = "over" if last.startswith("≥") else "under" if last.startswith("≤") else "exact"
        if f["qualifier"] != qual: err(f"{name}: table quote {q!r} qualifier {f['qualifier']}")
        if f["key"]: err(f"{name}: table copy {q!r} is key")
    return n


# ------------------------------------------------------------------------------------------ documents
def shape(name, d):
    b, L = d["bytes"], d["lines"]
    ok = []
    if name.startswith("n79"):
        raw = b.decode("utf-8")
        pages = raw.split("\f")
        body = [l for l in L if l and not l.startswith("\f") and l != HEADER79 and not re.fullmatch(r"— \d+ —", l)]
        ok = [not b.startswith(b"\xef\xbb\xbf"), b"\r" not in b, raw.endswith("\f"), pages[-1] == "",
              len(pages) - 1 == 3,                                                   # three pages, a \f after each
              all(p.lstrip("\f").split("\n")[0] == HEADER79 for p in pages[:-1]),      # the running header on each page
              [p.rstrip("\n").split("\n")[-1] for p in pages[:-1]] == ["— 1 —", "— 2 —", "— 3 —"],   # the footers
              sum(l.endswith(HEADER79) for l in L) == 3,
              max(len(l) for l in L) <= 44 and sum(36 <= len(l) <= 44 for l in body) >= 25,   # hard-wrapped
              [k for k, l in enumerate(L) if re.search(r"\d$", l)] == [L.index(next(l for l in L if l.endswith("1,286")))],
              L[L.index(next(l for l in L if l.endswith("1,286"))) + 1].startswith("家，"),    # the one number/measure split
              35 <= d["file_lines"] <= 70]
    elif name.startswith("n80"):
        try:
            b.decode("utf-8"); utf8 = True
        except UnicodeDecodeError:
            utf8 = False
        tabs = [k for k, l in enumerate(L) if "\t" in l]
        units = [k for k, l in enumerate(L) if l == "单位：万元"]
        h2 = [(L[k + 1].split("\t"), L[k + 2].split("\t")) for k in units]
        t3 = L.index(next(l for l in L if l.startswith("绩效指标\t")))
        ok = [not utf8, b"\r" not in b, not b.startswith(b"\xef\xbb\xbf"), len(units) == 2,
              all(a[1:] == ["2025年", "2026年", "增减额", "增减率"] and c == ["", "预算数", "预算数", "", "（%）"] for a, c in h2),
              L[t3 + 1] == "\t\t目标值",
              all(len(L[k].split("\t")) == 5 for k in tabs if k < t3) and all(len(L[k].split("\t")) == 3 for k in tabs if k >= t3),
              {L[k].split("\t")[1] for k in tabs if k > t3 + 1} == {"个", "项", "万条", "人次", "%", "小时"},
              sum(c.startswith("-") for l in L if "\t" in l for c in l.split("\t")) == 4,
              35 <= d["file_lines"] <= 70]
    elif name.startswith("n81"):
        arts = d["articles"]
        ds = [a["时间time"] for a in arts]
        ok = [not b.startswith(b"\xef\xbb\xbf"), b"\r" not in b, isinstance(arts, list), 5 <= len(arts) <= 7,
              all(list(a) == FEED for a in arts), ds == sorted(ds), all("2025-12-01" <= x <= "2026-02-28" for x in ds),
              len({a["文章标识符aid"] for a in arts}) == len(arts),
              sum(x.startswith("2026") for x in ds) >= 3 and sum(x.startswith("2025") for x in ds) >= 1,
              all(all(p for p in a["finalContent"].split("\n")) for a in arts),
              35 <= d["file_lines"] <= 70]
    else:
        z = zipfile.ZipFile(os.path.join(DOCS, name))
        parts = sorted(z.namelist())
        ct = z.read("[Content_Types].xml").decode()
        root = ET.fromstring(z.read("word/document.xml"))
        tbls = root.find(WNS + "body").findall(WNS + "tbl")
        runs = [len(p.findall(WNS + "r")) for p in root.find(WNS + "body").findall(WNS + "p")]
        ok = [parts == ["[Content_Types].xml", "_rels/.rels", "word/document.xml"], "/word/document.xml" in ct,
              b"officeDocument" in z.read("_rels/.rels"), len(tbls) == 2, max(runs) >= 4,           # one paragraph in several runs
              L[L.index(next(l for l in L if l.startswith("指标\t")))] == "指标\t单位\t2023年\t2024年\t2025年",
              any(l == "序号\t荣誉名称\t级别\t授予单位\t获得者\t年份" for l in L),
              all("<" not in l and "&" not in l for l in L), 35 <= d["file_lines"] <= 70]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: shape check {i}")


def fv(g, subject, year=None, role=None, qual=None, article=None):
    fs = [f for f in g["facts"] if f["subject"] == subject and (year is None or f["year"] == year)
          and (role is None or f["role"] == role) and (qual is None or f["qualifier"] == qual)
          and (article is None or f.get("article") == article)]
    if not fs:
        err(f"{g['document']}: no fact {subject} {year} {role} {qual}")
        return float("nan")
    vs = {round(fold(f["value"], f["measure"]), 6) for f in fs}
    if len(vs) > 1:
        err(f"{g['document']}: {subject} {year} {role} {qual} is ambiguous {sorted(vs)}")
    return fs[0]["value"]


def arith(name, g, d):
    L = d["lines"]
    nt = table_quotes(name, g, L)
    facts = g["facts"]
    ok = []
    if name.startswith("n79"):
        v = lambda s, y=2025, r=None, q=None: fv(g, s, y, r, q)
        RD, GQ, JS, ZL = "全社会研发经费投入占地区生产总值比重", "高新技术企业", "技术合同成交额", "每万人口发明专利拥有量"
        base = v("区财政科技投入") / 1.095 ** 5
        est = sum(base * 1.095 ** k for k in range(1, 6))
        ok = [nt == 0,
              cagr(v(GQ, 2025, "actual"), v(GQ, 2020)) == v(GQ + "年均增长"),                                  # 612 → 1,286: 16.0
              r1(v(GQ, 2025, "actual") / v(GQ, 2020)) == v(GQ + "数量为2020年的倍数"),                         # 2.1倍
              v(GQ, 2020) < v(GQ, 2021) < v(GQ, 2023) < v(GQ, 2025, "actual"),
              v(GQ, 2025, "actual") > v(GQ + "规划目标", 2025, "target"),                                       # 超额完成
              v(GQ, 2030, "target", "over") > v(GQ, 2025, "actual"),
              grow(v(JS, 2025, "actual"), v(JS, 2024)) == v(JS + "同比增长", 2025, "change"),                  # 19.6
              cagr(v(JS, 2025, "actual"), v(JS, 2020)) == v(JS + "年均增长"),                                  # 26.0
              near(sum(v(JS, y) for y in range(2021, 2026)), v("“十四五”期间累计技术合同成交额")),              # 574.2
              pct(v(JS, 2025, "actual"), v(JS + "规划目标", 2025, "target")) == v(JS + "完成规划目标比例"),      # 91.8
              v(JS, 2025, "actual") < v(JS + "规划目标", 2025, "target"),                                       # 尚有差距
              v(JS, 2030, "target", "over") > v(JS, 2025, "actual"),
              v(JS + "同比增长", 2026, "target", "over") < v(JS + "同比增长", 2025, "change"),
              v(RD, 2021) < v(RD, 2023) < v(RD, 2025),                                                          # 逐年提高
              not any(f["subject"] == RD and f["year"] == 2020 for f in facts),                                 # 2.36 implied
              round(v(RD, 2025) - v(RD + "较2020年提高"), 2) == 2.36,
              v(RD, 2030, "target", "approx") > v(RD, 2025),
              r1(v("有研发活动的规模以上工业企业占比") - v("有研发活动的规模以上工业企业占比比2020年提高")) == 30.8,  # implied
              abs(est - v("“十四五”期间区财政科技投入累计")) / est < 0.02,                                        # 9.5% a year ≈ 46.8
              v("区财政科技投入") < v("“十四五”期间区财政科技投入累计"),
              pct(v("“科创贷”发放贷款"), v("“十四五”期间“科创贷”累计发放贷款")) == v("“科创贷”2025年发放贷款占“十四五”总额比重"),  # 27.6
              v(ZL, 2020) < v(ZL, 2025, "actual") < v(ZL, 2030, "target"),
              v("市级以上科技企业孵化器和众创空间", 2020) < v("市级以上科技企业孵化器和众创空间"),
              v("市级科普基地", 2020) < v("市级科普基地"),
              v("科技型中小企业评价入库数", 2020) < v("科技型中小企业评价入库数"),
              {f["year"] for f in facts} == {2020, 2021, 2022, 2023, 2024, 2025, 2026, 2030},
              sum(f["role"] == "target" for f in facts) == 8,
              len(g["honours"]) == 2 and all(h["year"] < 2025 for h in g["honours"]),
              # the year of a fact of another year is written on its line or up to two lines before (the wrap ※)
              all(any(f"{f['year']}年" in L[k - 2] + L[k - 1] + L[k] for k in range(2, len(L)) if f["quote"] in L[k])
                  for f in facts if f["year"] != 2025 or f["role"] == "target"),
              all(any(f"{h['year']}年" in L[k - 1] + L[k] for k in range(1, len(L)) if h["quote"] in L[k]) for h in g["honours"])]
    elif name.startswith("n80"):
        v = lambda s, y=2026, r=None, q=None: fv(g, s, y, r, q)
        cells = {l.split("\t")[0]: [cnum(x) for x in l.split("\t")[1:]] for l in L
                 if "\t" in l and re.fullmatch(r"-?[\d,.]+", l.split("\t")[1])}
        t1 = ["收入预算合计", "财政拨款收入", "事业收入", "支出预算合计", "基本支出", "项目支出"]
        t2 = ["科学技术支出", "社会保障和就业支出", "住房保障支出"]
        c = lambda k, i: cells[k][i]
        ok = [nt == 24 + 12 + 7,
              all(near(c("收入预算合计", i), c("财政拨款收入", i) + c("事业收入", i)) for i in range(3)),
              all(near(c("支出预算合计", i), c("基本支出", i) + c("项目支出", i)) for i in range(3)),
              cells["收入预算合计"] == cells["支出预算合计"],
              all(near(c(k, 2), c(k, 1) - c(k, 0)) and r1(abs(c(k, 2)) / c(k, 0) * 100) == abs(c(k, 3))
                  and (c(k, 3) < 0) == (c(k, 2) < 0) for k in t1 + t2),                                        # 增减额, 增减率
              all(near(sum(c(k, i) for k in t2), c("财政拨款收入", i)) for i in range(3)),                       # 表2 = 财政拨款
              all(near(v(k, 2026, "budget"), c(k, 1)) and near(v(k, 2025, "baseline"), c(k, 0)) for k in t1 + t2),
              near(v("收入预算合计比2025年预算增加"), c("收入预算合计", 2)),
              v("事业收入比2025年预算减少") == -c("事业收入", 2) and v("事业收入比2025年预算下降") == -c("事业收入", 3),
              v("住房保障支出比2025年预算减少") == -c("住房保障支出", 2),
              sum(c(k, 3) < 0 for k in t1 + t2) == 2,
              near(v("公务用车运行费") + v("公务接待费"), v("“三公”经费预算")),                                  # 因公出国 0, implied
              r1(v("“三公”经费预算") + v("“三公”经费比2025年预算减少")) == 12.0,                                  # 2025 implied
              v("科技管理信息系统运维项目") + v("科技数据资源中心建设项目") < v("项目支出", 2026, "budget"),
              v("政府采购预算") < v("支出预算合计", 2026, "budget"),
              v("实有在职人员") <= v("核定事业编制"),
              all(f["year"] == 2025 for f in facts if f["role"] == "baseline"),
              sum(f["role"] == "target" for f in facts) == 7,
              [f["measure"] for f in facts if f["role"] == "target"] == [l.split("\t")[1] for l in L if "\t" in l and len(l.split("\t")) == 3
                                                                        and l.split("\t")[0] not in ("绩效指标", "")]]
    elif name.startswith("n81"):
        v = lambda s, y=2025, r=None, q=None: fv(g, s, y, r, q)
        dates = {a["文章标识符aid"]: a["时间time"] for a in d["articles"]}
        late = {f["article"] for f in facts if f["year"] == 2025 and dates[f["article"]].startswith("2026")}
        ok = [nt == 0,
              near(v("发放数字化转型服务券企业") * v("每家企业数字化转型服务券金额"), fold(v("数字化转型服务券发放金额"), "万元")),
              fold(v("带动企业数字化投入"), "亿元") > fold(v("数字化转型服务券发放金额"), "万元"),
              fold(v("数字化转型服务券资金安排", 2026), "万元") > fold(v("数字化转型服务券发放金额"), "万元"),
              fold(v("服务企业", 2026), "万家") > fold(v("公共服务平台服务企业"), "万家"),
              v("企业满意度", 2026) <= v("公共服务平台企业满意度"),
              v("新认定专精特新中小企业", 2025, "actual") < fold(v("专精特新中小企业（累计）"), "万家"),
              v("新增国家级专精特新“小巨人”企业") < v("国家级专精特新“小巨人”企业（累计）"),
              fv(g, "每区遴选特色产业园区", 2026, "target", "over") < fv(g, "每区遴选特色产业园区", 2026, "target", "under"),
              fold(v("“企业服务云”注册企业用户较上年末增加"), "万家") < fold(v("“企业服务云”注册企业用户"), "万家"),
              numbers_in("1万2千余人次")[-1] == 12000 and 3.5 in numbers_in("三点五个百分点") and 120 in numbers_in("一百二十余场"),
              len(late) >= 3,                                                                      # 2025 results published in 2026
              all(f["role"] == "target" for f in facts if f["article"] == d["articles"][-1]["文章标识符aid"]),
              sum(f["role"] == "target" for f in facts) == 7]
    else:
        v = lambda s, y=2025, r=None, q=None: fv(g, s, y, r, q)
        hdr = next(l for l in L if l.startswith("指标\t")).split("\t")
        i0 = L.index("\t".join(hdr)) + 1
        rows = {l.split("\t")[0]: l.split("\t") for l in L[i0:L.index(next(l for l in L[i0:] if "\t" not in l))]}
        hon = [l.split("\t") for l in L if "\t" in l and l[0].isdigit()]
        tab = [f for f in facts if is_table(name, f["quote"])]
        lev = {"国家级": "national", "市级": "municipal", "系统级": "system"}
        th = [h for h in g["honours"] if h["source"] == "table"]
        ok = [nt == 24, len(rows) == 8, len(hon) == 6,
              all(f["year"] == int(hdr[len(f["quote"].split("\t")) - 1][:4]) for f in tab),       # the column gives the year
              all(f["measure"] == f["quote"].split("\t")[1] for f in tab),                       # the 单位 cell gives the measure
              grow(v("特种设备检验", 2025, "actual"), v("特种设备检验", 2024)) == v("特种设备检验同比增长"),   # 5.3
              grow(v("营业收入", 2025, "actual"), v("营业收入", 2024)) == v("营业收入同比增长"),             # 6.0
              near(v("营业收入", 2025, "actual") - v("营业收入", 2024), v("营业收入比2024年增加")),           # 0.63
              pct(fold(v("研发投入", 2025, "actual"), "万元"), fold(v("营业收入", 2025, "actual"), "亿元")) == v("研发投入占营业收入比重"),
              grow(v("研发投入", 2025, "actual"), v("研发投入", 2024)) == v("研发投入同比增长"),             # 9.7
              near(v("电梯检验") + v("承压设备检验") + v("起重机械及其他检验"), v("特种设备检验", 2025, "actual")),
              pct(v("高级职称人员"), v("在岗职工", 2025, "actual")) == v("高级职称人员占比"),                 # 32.9
              v("新增授权发明专利") < v("新增授权专利", 2025, "actual"),
              v("客户满意度", 2023) < v("客户满意度", 2024) < v("客户满意度", 2025, "actual"),
              all(fv(g, "安全生产责任事故", y) == 0 for y in (2023, 2024, 2025)),
              all(f["value"] == cnum(rows[k][4]) for f in facts if not is_table(name, f["quote"]) for k in rows
                  if f["subject"] in (k, "新增授权专利") and f["year"] == 2025 and (k != "授权专利") == (f["subject"] == k)),
              len(th) == len(hon) == v("各级荣誉"),
              v("国家级荣誉") + v("市级荣誉") + v("系统级荣誉") == v("各级荣誉"),
              [sum(r[2] == k for r in hon) for k in ("国家级", "市级", "系统级")] == [v("国家级荣誉"), v("市级荣誉"), v("系统级荣誉")],
              all(h["quote"] == "\t".join(r) and h["title"] == r[1] and h["level"] == lev[r[2]] and h["issuer"] == r[3]
                  and h["recipient"].endswith(r[4]) and h["year"] == int(r[5]) for h, r in zip(th, hon)),
              {h["recipient"] for h in th} >= {"陈志刚", g["unit"] + "电梯检验所", g["unit"] + "承压设备检验所"},
              [h["source"] for h in g["honours"]].count("text") == 1 and g["honours"][-1]["level"] == "other"]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic check {i}")


# ------------------------------------------------------------------------------------------ shared validator
def shared_validator():
    """The shared validate.py on all four documents. It reads UTF-8 text, so n80 is given to it transcoded and n82
    as the text check.py reads from the .docx (under the .docx name). It reads digits without their sign and
    cannot read 1万2千 or 三点五: those complaints are tolerated when check.py's own reading finds the value."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        return
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:      # inside this folder, removed afterwards
        dd, gd = os.path.join(tmp, "d"), os.path.join(tmp, "g")
        os.makedirs(dd); os.makedirs(gd)
        for n in NAMES:
            text = read_doc(n)["raw"] if n.endswith(".docx") or n.startswith("n80") else None
            if text is None:
                shutil.copy(os.path.join(DOCS, n), dd)
            else:
                open(os.path.join(dd, n), "w", encoding="utf-8").write(text + "\n")
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), gd)
        r = subprocess.run([sys.executable, "-B", val, dd, gd], capture_output=True, text=True)
        tolerated = 0
        for l in (r.stdout + r.stderr).splitlines():
            m = re.search(r"value (-?[\d.]+) not stated in quote '(.*)' \(found \[(.*)\]\)", l)
            if m:
                v, q = float(m.group(1)), m.group(2).replace("\\t", "\t")
                found = [float(x) for x in m.group(3).split(",") if x.strip()]
                signed = v < 0 and any(near(-v, x) for x in found)                   # a negative table cell
                form = re.search(r"\d万\d千|[一二三四五六七八九十]点[一二三四五六七八九]", q) and value_in_quote(v, "", q)
                if signed or form:
                    tolerated += 1
                    continue
            if l.startswith("ERROR") or "Traceback" in l:
                err("shared validate.py: " + l)
        if tolerated != 6: err(f"shared validate.py: {tolerated} tolerated complaints, expected 6")


def main():
    for name in NAMES:
        d = read_doc(name)
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        shape(name, d)
        check_gold(name, g, d)
        arith(name, g, d)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, "
              f"{d['file_lines']} lines")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
