#!/usr/bin/env python3
"""Checks the n123–n126 labels against the documents. Prints OK when all checks pass.

How a document is turned into lines (doc_lines; build_gold.py and scan.py use the same function):
- .html (n123): UTF-8 split on LF, markup kept, the empty piece after the last LF dropped;
- n124 (.txt, pdftotext -layout): UTF-8 split on LF; a page's first line starts with the form feed that ends the page
  before; the lone "\\f" after the last LF (the last page's form feed) is dropped;
- n125 (.txt): the bytes after the UTF-16LE BOM decoded as UTF-16LE, split on CRLF, the empty piece after the last
  CRLF dropped;
- .docx (n126): word/document.xml, the children of <w:body> in order: a <w:p> gives one line (its <w:t> texts joined
  with nothing, <w:tab/> as TAB); a <w:tbl> gives one line per <w:tr>, its <w:tc> texts joined by one TAB.
A quote must be a substring of one such line."""
import json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata, zipfile
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n123_xuhui_kw_zfxxgk2025.html", "n124_sipo_zscq_bps2025.txt", "n125_minhang_kx_kpnb2025.txt",
         "n126_sstc_zgfzr_szbg2025.docx"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
CELL = "</td><td>"
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEAD124 = "上海市知识产权白皮书（2025）"
T124 = ["专利授权量（万件）", "发明专利授权量（万件）", "有效发明专利拥有量（万件）", "每万人口高价值发明专利拥有量（件）",
        "知识产权质押融资金额（亿元）"]
# ※ n124: quotes of figures split by a hard line break hold only the part on the number's line.
#   (quote, what the line ends with / the next line starts with)
SPLIT_MEASURE = {"其中发明专利授权量4.8": "万件", "执业专利代理师5,128": "人"}       # the measure starts the next line
SPLIT_BEFORE = {"4.1万件": "超过", "利拥有量24.35万件": "有效发明专", "6.3件。全年PCT": "比上年增加",
                "538.2亿元，同比增长30.4%": "知识产权质押融资金额", "86.5%。全市": "其中中小微企业占比达到",
                "增长9.9%": "同比", "3.2个月": "缩短至", "拥有量达到63件": "每万人口高价值发明专利", "册量291.7万件": "有效商标注"}
# ※ the paragraphs key facts must be quoted from
KEY_LINES = {
    "n123": lambda ls: [l for l in ls if l.startswith("<p>2025年，区科委认真落实") or l.startswith("<p>依申请公开方面")],
    "n124": lambda ls: ls[ls.index("一、知识产权创造") + 1: ls.index("一、知识产权创造") + 5]
                       + ls[ls.index("二、知识产权运用") + 1: ls.index("二、知识产权运用") + 3],
    "n125": lambda ls: [l for l in ls if l.startswith("2025年，区科协以提升公民科学素质为主线")],
    "n126": lambda ls: [l for l in ls if l.startswith("2025年，本人协助主任分管")],
}
errors = []
err = errors.append


# ---------------------------------------------------------------- reading the formats
def docx_lines(path):
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    def text(el):
        return "".join((t.text or "") if t.tag == WNS + "t" else "\t" for t in el.iter() if t.tag in (WNS + "t", WNS + "tab"))
    out = []
    for el in root.find(WNS + "body"):
        if el.tag == WNS + "p":
            out.append(text(el))
        elif el.tag == WNS + "tbl":
            for tr in el.findall(WNS + "tr"):
                out.append("\t".join(text(tc) for tc in tr.findall(WNS + "tc")))
    return out


def doc_lines(path):
    if path.endswith(".docx"):
        return docx_lines(path)
    b = open(path, "rb").read()
    if b.startswith(b"\xff\xfe"):
        return b[2:].decode("utf-16-le").split("\r\n")[:-1]
    ls = b.decode("utf-8").split("\n")
    return ls[:-1] if ls[-1] in ("", "\f") else ls


def near(a, b, tol=1e-6):
    return abs(a - b) <= tol * max(1, abs(a), abs(b))


def r1(x):
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def pct(a, b):
    return r1(a / b * 100)


def grow(new, old):
    return pct(new - old, old)


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


def numbers_in(q):
    q = unicodedata.normalize("NFKC", q)
    out = [float(m.replace(",", "")) for m in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", q)]
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


def is_table(name, q):
    return CELL in q or "\t" in q or (name.startswith("n124") and any(q.startswith(t + "  ") for t in T124))


# ---------------------------------------------------------------- format checks
def check_format(name, path, lines):
    b = open(path, "rb").read()
    if not 30 <= len(lines) <= 60: err(f"{name}: {len(lines)} lines")
    if name.endswith(".html") or name.startswith("n124"):
        if b.startswith(b"\xef\xbb\xbf") or b"\r" in b or b"\t" in b: err(f"{name}: UTF-8, LF, no BOM, no TAB")
        b.decode("utf-8")
    if name.endswith(".html"):
        if lines[0] != "<!DOCTYPE html>" or lines[-1] != "</html>": err(f"{name}: HTML frame")
        if sum(l == '<table border="1">' for l in lines) != 3 or sum(l == "</table>" for l in lines) != 3: err(f"{name}: 3 tables")
        for h in ("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                  "五、存在的主要问题及改进情况", "六、其他需要报告的事项"):
            if f"<h2>{h}</h2>" not in lines: err(f"{name}: section {h}")
    if name.startswith("n124"):
        raw = b.decode("utf-8")
        pages = raw.split("\f")
        if len(pages) != 4 or pages[-1] != "" or not raw.endswith("\n\f"): err(f"{name}: 3 pages each ended by a form feed")
        for i, p in enumerate(pages[:3], 1):
            pl = p.split("\n")[:-1]
            if pl[0].strip() != HEAD124 or pl[1] != "": err(f"{name}: page {i} header")
            if pl[-1].strip() != f"— {i} —" or pl[-2] != "": err(f"{name}: page {i} footer")
        if sum(l.startswith("\f") for l in lines) != 2: err(f"{name}: form feeds at the start of pages 2 and 3")
        for l in lines:   # hard-wrapped prose: at most 38 CJK characters after the indent
            s = l.strip().lstrip("\f")
            cjk = sum(1 for c in s if unicodedata.east_asian_width(c) in "WF")
            if cjk > 38 and not l.startswith("  指标"): err(f"{name}: line too wide: {l!r}")
        for q, nxt in SPLIT_MEASURE.items():
            i = next((k for k, l in enumerate(lines) if l.endswith(q)), None)
            if i is None or not lines[i + 1].startswith(nxt): err(f"{name}: split {q!r} / {nxt!r}")
        for q, prev in SPLIT_BEFORE.items():
            i = next((k for k, l in enumerate(lines) if l.lstrip().startswith(q)), None)
            if i is None or not lines[i - 1].endswith(prev): err(f"{name}: split {prev!r} / {q!r}")
    if name.startswith("n125"):
        if not b.startswith(b"\xff\xfe") or len(b) % 2: err(f"{name}: UTF-16LE with BOM")
        t = b[2:].decode("utf-16-le")
        if "\ufeff" in t or t.count("\n") != t.count("\r\n") or t.count("\r") != t.count("\r\n") or not t.endswith("\r\n"):
            err(f"{name}: CRLF line ends")
        try:
            b.decode("utf-8"); err(f"{name}: must not be valid UTF-8")
        except UnicodeDecodeError:
            pass
    if name.endswith(".docx"):
        z = zipfile.ZipFile(path)
        if sorted(z.namelist()) != sorted(["[Content_Types].xml", "_rels/.rels", "word/document.xml", "docProps/core.xml"]):
            err(f"{name}: zip parts")
        for n in z.namelist():
            ET.fromstring(z.read(n))
        root = ET.fromstring(z.read("word/document.xml"))
        tbls = root.findall(f"{WNS}body/{WNS}tbl")
        if len(tbls) != 1 or [len(tr.findall(WNS + "tc")) for tr in tbls[0].findall(WNS + "tr")] != [4] * 5:
            err(f"{name}: one 5 × 4 table")
        if sum(len(p.findall(WNS + "r")) > 1 for p in root.iter(WNS + "p")) < 5: err(f"{name}: paragraphs split into runs")
        if lines[lines.index("表1  分管领域主要指标完成情况") + 1] != "指标\t2024年\t2025年\t2026年目标": err(f"{name}: table header")


# ---------------------------------------------------------------- gold checks
def check_gold(name, g, lines, raw):
    tag0 = name[:4]
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g["document"] != name: err(f"{name}: document field")
    if g["kind"] not in KINDS: err(f"{name}: kind")
    if g["published"]:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a} not in text")
    ry = g["year"]
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != FF: err(f"{tag}: fields {list(f)}"); continue
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            err(f"{tag}: year/value type")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str): err(f"{tag}: key/measure type")
        if f["role"] in ("target", "baseline") and f["key"]: err(f"{tag}: a {f['role']} is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        if f["category"] == "growth" and f["role"] not in ("change", "target"): err(f"{tag}: growth must be a change")
        if f["role"] == "budget": err(f"{tag}: no budget in this batch")
        if f["role"] == "target" and f["year"] <= ry: err(f"{tag}: target not after the report year")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline not before the report year")
        if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: {f['role']} of another year")
        q = f["quote"]
        if any(c in q for c in "\n\r\f"): err(f"{tag}: quote spans lines")
        if not any(q in l for l in lines): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        if (f["measure"] and f["measure"] != "%" and not is_table(name, q) and f["measure"] not in q
                and SPLIT_MEASURE.get(q) != f["measure"]):
            err(f"{tag}: measure {f['measure']} not in quote")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q.replace(CELL, "")) or q.startswith("<")):
            err(f"{tag}: markup in quote")
        if f["qualifier"] == "over" and not re.search("以上|不少于|突破|超过", q) and SPLIT_BEFORE.get(q) != "超过":
            err(f"{tag}: over without a word for it")
        if f["qualifier"] == "exact" and re.search("约|左右|以上|不少于|突破|超过|近", q.replace("级以上", "")):  # 市级以上 is a level
            err(f"{tag}: exact with a qualifier word")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields"); continue
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] != "text": err(f"{tag}: enum")
        if not any(h["quote"] in l for l in lines): err(f"{tag}: quote not on one line")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer not in text")
        if h["recipient"] not in raw and h["recipient"] != g["unit"]: err(f"{tag}: recipient not in text")
        if h["year"] != ry: err(f"{tag}: year")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["qualifier"], f["role"], f["quote"])
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"]), set()).add(ffold(f))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 25 <= n <= 50: err(f"{name}: {n} facts")
    if not 4 <= kc <= 9: err(f"{name}: {kc} key facts")
    kl = KEY_LINES[tag0](lines)
    for f in g["facts"]:
        if f["key"] and not any(f["quote"] in l for l in kl): err(f"{name}: key fact {f['subject']} not in the key paragraph(s)")
        if f["key"] and (is_table(name, f["quote"]) or f["role"] not in ("actual", "change")): err(f"{name}: key {f['subject']}")
    ks = [(f["subject"], f["year"], f["value"]) for f in g["facts"] if f["key"]]
    if len(ks) != len(set(ks)): err(f"{name}: a key fact is labelled key twice")
    # every non-key actual of a key subject is a restatement: same value
    keyv = {(f["subject"], f["year"]): f["value"] for f in g["facts"] if f["key"]}
    for f in g["facts"]:
        if not f["key"] and f["role"] == "actual" and (f["subject"], f["year"]) in keyv and not near(keyv[(f["subject"], f["year"])], f["value"]):
            err(f"{name}: {f['subject']} restated with another value")


def table_quotes(name, g, lines):
    """A table quote starts one row at its label cell, ends on a cell boundary, and its last cell is the value."""
    for f in g["facts"]:
        q = f["quote"]
        if not is_table(name, q):
            continue
        if CELL in q:
            rows = [l for l in lines if l.startswith("<tr><td>" + q)]
            ok = len(rows) == 1 and rows[0][len("<tr><td>" + q):].startswith("</td>")
            last = q.split(CELL)[-1]
        elif "\t" in q:
            rows = [l for l in lines if l.startswith(q)]
            ok = len(rows) == 1 and (len(rows[0]) == len(q) or rows[0][len(q)] == "\t")
            last = q.split("\t")[-1]
        else:
            rows = [l for l in lines if l.startswith("  " + q)]
            ok = len(rows) == 1 and (len(rows[0]) == len(q) + 2 or rows[0][len(q) + 2] == " ")
            last = q.split()[-1]
            if f["measure"] != ("%" if f["category"] == "growth" else q[q.index("（") + 1:q.index("）")]):
                err(f"{name}: table measure {q!r}")
        if not ok: err(f"{name}: table quote {q!r} is not one row's label through a whole cell")
        if not near(float(re.sub(r"[^\d.]", "", last)), f["value"]): err(f"{name}: table quote {q!r} ends in another value")
        if f["value"] == 0: err(f"{name}: a table zero is labelled ※")


# ---------------------------------------------------------------- arithmetic
def fv(g, subject, year=None, role=None, qual=None, table=None):
    year = g["year"] if year is None else year
    fs = [f for f in g["facts"] if f["subject"] == subject and f["year"] == year
          and (role is None or f["role"] == role) and (qual is None or f["qualifier"] == qual)
          and (table is None or is_table(g["document"], f["quote"]) == table)]
    if not fs:
        err(f"{g['document']}: no fact {subject} {year} {role} {qual}")
        return float("nan")
    if len({ffold(f) for f in fs}) > 1:
        err(f"{g['document']}: {subject} {year} {role} is ambiguous")
    return fs[0]["value"]


def from_base(new, rate, step, lo, hi):
    """Some base with `step` decimals in [lo, hi] gives `rate` (one decimal)."""
    return any(grow(new, k * step) == rate for k in range(int(lo / step), int(hi / step) + 1))


def html_table(lines, first_label):
    i = next(k for k, l in enumerate(lines) if l.startswith("<tr><td>" + first_label))
    rows = []
    while lines[i].startswith("<tr><td>"):
        cells = re.sub(r"<[^>]+>", "|", lines[i]).strip("|").split("||")
        rows.append(cells)
        i += 1
    return rows


def arith(name, g, lines):
    v = lambda *a, **k: fv(g, *a, **k)
    ok = []
    if name.startswith("n123"):
        t3 = html_table(lines, "一、本年新收")
        n = {r[0]: [int(x) for x in r[1:]] for r in t3}
        new, carry, tot, nxt = n[t3[0][0]], n[t3[1][0]], n["（七）总计"], n["四、结转下年度继续办理"]
        outs = [n[r[0]] for r in t3[2:8]]
        t2 = html_table(lines, "规章")
        ok += [v("主动公开政策文件") + v("主动公开工作动态") + v("主动公开通知公告") == v("主动公开政府信息"),
               v("图文解读") + v("视频解读") + v("专家解读") == v("政策解读材料"),
               grow(v("收到政府信息公开申请", table=False), v("收到政府信息公开申请", 2024, "baseline")) == v("收到政府信息公开申请同比增长"),
               v("自然人政府信息公开申请") + v("法人或其他组织政府信息公开申请") == v("收到政府信息公开申请", table=False),
               v("收到政府信息公开申请", table=False) + v("上年结转政府信息公开申请", table=False) == v("需办理政府信息公开申请"),
               v("办结政府信息公开申请", table=False) + v("结转下年度继续办理政府信息公开申请", table=False) == v("需办理政府信息公开申请"),
               all(r[0] + r[1] == r[2] for r in n.values()),                                  # 自然人 + 法人 = 总计
               all(sum(o[c] for o in outs) == tot[c] for c in range(3)),                        # (一)–(六) = (七)
               all(new[c] + carry[c] == tot[c] + nxt[c] for c in range(3)),                     # 勾稽关系
               new == [v("自然人政府信息公开申请"), v("法人或其他组织政府信息公开申请"), v("收到政府信息公开申请", table=True)],
               carry[2] == v("上年结转政府信息公开申请", table=False) and tot[2] == v("办结政府信息公开申请", table=False)
               and nxt[2] == v("结转下年度继续办理政府信息公开申请", table=False),
               [x[2] for x in outs] == [v("政府信息公开申请" + k) for k in ("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理")],
               from_base(v("政务公开专栏访问量"), v("政务公开专栏访问量同比增长"), 0.1, 10, 18.5),
               v("政策解读材料", 2026, "target") > v("政策解读材料"),
               v("政务公开专题培训", 2026, "target") >= v("政务公开专题培训"),
               all(set(r[1:]) == {"0"} for r in t2 if r[0] != "行政规范性文件"),                 # zero rows
               [int(x) for x in next(r for r in t2 if r[0] == "行政规范性文件")[1:]] ==
               [v("本年制发行政规范性文件"), v("本年废止行政规范性文件"), v("现行有效行政规范性文件")],
               set(re.sub(r"<[^>]+>", "|", lines[lines.index("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>") + 4]).strip("|").split("||")) == {"0"},
               len(re.findall("<td>0</td>", lines[lines.index("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>") + 4])) == 15,
               v("发出收费通知") == 0 and v("收取信息处理费") == 0,
               not g["honours"]]
    if name.startswith("n124"):
        tab = {}
        for l in lines:
            s = l.strip()
            for t in T124:
                if s.startswith(t + " "):
                    tab[t] = [float(x.replace(",", "")) for x in s[len(t):].split()]
        subj = [t[:t.index("（")] for t in T124]
        ok += [len(tab) == 5,
               all(grow(b, a) == c for a, b, c in tab.values()),                                 # 增长% column
               all(near(tab[t][0], v(s, 2024, "baseline")) and near(tab[t][1], v(s, table=True)) for t, s in zip(T124, subj)),
               all(near(tab[t][1], v(s, table=False)) for t, s in zip(T124, subj)),               # prose = table
               all(near(tab[t][2], v(s + "同比增长", table=True)) for t, s in zip(T124, subj)),
               v("专利授权量同比增长", table=False) == tab[T124[0]][2] and v("发明专利授权量同比增长", table=False) == tab[T124[1]][2]
               and v("知识产权质押融资金额同比增长", table=False) == tab[T124[4]][2],
               pct(v("发明专利授权量", table=False), v("专利授权量", table=False)) == v("发明专利授权量占专利授权量比重"),
               near(v("每万人口高价值发明专利拥有量", table=False) - v("每万人口高价值发明专利拥有量", 2024), v("每万人口高价值发明专利拥有量比上年增加")),
               from_base(v("PCT国际专利申请量"), v("PCT国际专利申请量同比增长"), 1, 5000, 6842),
               from_base(v("商标注册量"), v("商标注册量同比增长"), 0.01, 30, 36.52),
               from_base(v("有效商标注册量"), v("有效商标注册量同比增长"), 0.1, 250, 291.7),
               from_base(v("专利转让许可备案"), v("专利转让许可备案同比增长"), 0.01, 3, 3.62),
               from_base(v("专利侵权纠纷行政裁决案件"), v("专利侵权纠纷行政裁决案件同比增长"), 1, 900, 1126),
               any(pct(k, v("知识产权质押融资惠及企业")) == v("知识产权质押融资惠及企业中中小微企业占比") for k in range(1, 2187)),
               any(pct(k, v("专利侵权纠纷行政裁决案件")) == v("专利侵权纠纷行政裁决案件结案率") for k in range(1, 1127)),
               v("专利快速预审") < fold(v("法院受理知识产权民事一审案件"), "万件"),
               v("发明专利授权量", 2026, "target") > v("发明专利授权量", table=False),
               v("每万人口高价值发明专利拥有量", 2026, "target") > v("每万人口高价值发明专利拥有量", table=False),
               v("知识产权质押融资金额", 2026, "target") > v("知识产权质押融资金额", table=False),
               v("入选国家知识产权示范企业的企业") == 46 and all(h["level"] == "national" for h in g["honours"]),
               len(g["honours"]) == 3]
    if name.startswith("n125"):
        S = "公民具备科学素质的比例"
        ok += [v("全国科普教育基地") + v("上海市科普教育基地") + v("区级科普基地") == v("科普基地"),
               v("新认定上海市科普教育基地") <= v("上海市科普教育基地"),
               from_base(v("科普活动参与公众"), v("科普活动参与公众同比增长"), 0.1, 150, 186.4),
               near(round(v(S) - v(S, 2024, "baseline"), 2), v(S + "比上年提高")),
               near(fold(v("注册科普志愿者"), "万人") - fold(v("注册科普志愿者", 2024, "baseline"), "万人"), v("注册科普志愿者新增")),
               v(S) > v("全市" + S),
               v("全国科普日主题活动") + v("闵行科普大讲堂讲座") + v("科技活动周活动") <= v("科普活动"),
               v("全国科普日参与公众") + v("闵行科普大讲堂线下听众") < v("科普活动参与公众"),
               v("科普活动", 2026, "target") > v("科普活动"),
               v("科普活动参与公众", 2026, "target") > v("科普活动参与公众"),
               v(S, 2026, "target") > v(S),
               fold(v("注册科普志愿者", 2026, "target"), "万人") > fold(v("注册科普志愿者"), "万人"),
               v("市级以上科普荣誉") >= len(g["honours"]) + v("上海市科普讲解大赛二等奖") + v("上海市科普讲解大赛三等奖"),
               {h["level"] for h in g["honours"]} == {"national", "municipal"}]
    if name.startswith("n126"):
        P = "分管部门"
        tab = {l.split("\t")[0]: l.split("\t")[1:] for l in lines if "\t" in l}
        tv = lambda k, i: float(re.sub(r"[^\d.]", "", tab[k][i]))
        ok += [v(P + "软件产品登记测试") + v(P + "信息系统验收测试") + v(P + "密码应用安全性评估") == v(P + "软件测试项目", table=False),
               grow(v(P + "软件测试项目", table=False), v(P + "软件测试项目", 2024)) == v(P + "软件测试项目同比增长"),
               grow(v(P + "营业收入", table=False), v(P + "营业收入", 2024)) == v(P + "营业收入同比增长"),
               any(pct(v(P + "营业收入", table=False), k / 100) == v(P + "营业收入占中心营业收入比重") for k in range(187, 1000)),
               near(v(P + "客户满意度", table=False) - v(P + "客户满意度", 2024), v(P + "客户满意度比上年提高")),
               v(P + "参与制定国家标准") + v(P + "参与制定行业标准") + v(P + "参与制定团体标准") == v(P + "参与制定标准", table=False),
               v(P + "已发布标准") <= v(P + "参与制定标准", table=False),
               pct(v(P + "高级职称人员"), v(P + "员工")) == v(P + "高级职称人员占员工比重"),
               v(P + "新增客户") <= v(P + "服务客户总数"),
               all(near(tv(k, 1), v(P + k, table=False)) and near(tv(k, 2), v(P + k, 2026, "target", "exact", table=False) if k != "客户满意度"
                   else v(P + k, 2026, "target", "over")) for k in ("软件测试项目", "营业收入", "客户满意度", "参与制定标准")),
               all(tv(k, 0) < tv(k, 1) < tv(k, 2) for k in tab if k != "指标"),
               v(P + "市级以上荣誉") >= sum(h["level"] == "municipal" for h in g["honours"]),
               not any(f["key"] for f in g["facts"] if f["subject"].startswith("本人") or "廉政" in f["subject"])]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator(texts):
    """The shared validator on all four documents. It reads a document as UTF-8 text, so n123 and n124 are copied as
    they are, n125 is handed its decoded lines and n126 its docx lines, joined by LF, under the same file names."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        err("shared validate.py missing")
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            if n.startswith(("n123", "n124")):
                shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            else:
                with open(os.path.join(tmp, "d", n), "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(texts[n])
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", val, os.path.join(tmp, "d"), os.path.join(tmp, "g")],
                           capture_output=True, text=True)
        if r.returncode != 0 or not r.stdout.rstrip().endswith("OK"):
            err("shared validate.py did not print OK")
        for l in (r.stdout + r.stderr).splitlines():
            if l.startswith("ERROR") or "Traceback" in l:
                err("shared validate.py: " + l)


def main():
    texts = {}
    for name in NAMES:
        path = os.path.join(DOCS, name)
        lines = doc_lines(path)
        raw = "\n".join(lines) + "\n"
        texts[name] = raw
        check_format(name, path, lines)
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw)
        table_quotes(name, g, lines)
        arith(name, g, lines)
        roles = {}
        for f in g["facts"]:
            roles[f["role"]] = roles.get(f["role"], 0) + 1
        years = {}
        for f in g["facts"]:
            years[f["year"]] = years.get(f["year"], 0) + 1
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, "
              f"{len(lines)} lines; roles {dict(sorted(roles.items()))}; years {dict(sorted(years.items()))}")
    shared_validator(texts)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
