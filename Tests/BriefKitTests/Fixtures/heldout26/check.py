#!/usr/bin/env python3
"""Checks the n99–n102 labels against the documents. Prints OK when all checks pass.

Each format is read the way the labels were written against it:
  .docx  unzipped; word/document.xml parsed; one line per body paragraph (its runs joined), one line per table row
         (the cells' text joined by TAB)
  n100   the bytes must not be valid UTF-8 and must decode as GB18030
  .html / .md  UTF-8 without BOM, LF
"""
import json, math, os, re, subprocess, sys, tempfile, unicodedata, zipfile
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n99_jingan_kw_dsj2025.docx", "n100_shmdi_ldjh2025.txt", "n101_jiading_kw_zbbj2025.html",
         "n102_shxjs_gzyd2026.md"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
CELL = "</td><td>"   # n101's HTML table quotes keep the markup between cells (heldout20's n77, heldout23's n89)
PIPE = " | "         # n102's Markdown table quotes keep the pipe separators
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# ※ the lines key facts must be quoted from: the paragraph that sums up the year in each document
KEY_LINES = {"n99": lambda ls: [l for l in ls if l.startswith("2025年，区科委")],
             "n100": lambda ls: [l for l in ls if l.startswith("过去的一年")],
             "n101": lambda ls: [next(l for l in ls if l.startswith("<p>"))],
             "n102": lambda ls: [l for l in ls if l.startswith("2025年，")]}
# ※ n102 is the plan of 2026 (report year 2026): its targets are of 2026 itself, its results of 2025
SAME_YEAR_TARGETS = {"n102"}
OTHER_ACTUAL_YEARS = {"n102": {2025}}
errors = []
err = errors.append


def near(a, b, tol=1e-6):
    return abs(a - b) <= tol * max(1, abs(a), abs(b))


def r1(x):  # round half up to one decimal, as the documents do
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


def is_table(q):
    return "\t" in q or CELL in q or PIPE in q


def cnum(s):
    return float(s.replace(",", "").replace("%", ""))


# ---------------------------------------------------------------- reading the four formats
def docx_parts(path):
    z = zipfile.ZipFile(path)
    if z.testzip() is not None: err(f"{path}: bad zip member")
    names = set(z.namelist())
    for part in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
        if part not in names: err(f"{os.path.basename(path)}: missing {part}")
    if "word/document.xml" not in ET.fromstring(z.read("_rels/.rels")).find(
            "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship").get("Target"):
        err(f"{os.path.basename(path)}: _rels/.rels does not point at word/document.xml")
    return ET.fromstring(z.read("word/document.xml"))


def ptext(p):
    return "".join(t.text or "" if t.tag == WNS + "t" else "\t" for t in p.iter() if t.tag in (WNS + "t", WNS + "tab"))


def docx_lines(root):
    out = []
    for el in root.find(WNS + "body"):
        if el.tag == WNS + "p":
            out.append(ptext(el))
        elif el.tag == WNS + "tbl":
            for tr in el.findall(WNS + "tr"):
                out.append("\t".join("".join(ptext(p) for p in tc.findall(WNS + "p")) for tc in tr.findall(WNS + "tc")))
    return out


def read_doc(name):
    path = os.path.join(DOCS, name)
    b = open(path, "rb").read()
    if name.endswith(".docx"):
        if not b.startswith(b"PK\x03\x04"): err(f"{name}: not a zip")
        root = docx_parts(path)
        lines = docx_lines(root)
        return "\n".join(lines) + "\n", lines, root
    if name.startswith("n100"):
        try:
            b.decode("utf-8")
            err(f"{name}: the bytes decode as UTF-8 (must be GB18030)")
        except UnicodeDecodeError:
            pass
        if b.startswith(b"\x84\x31\x95\x33") or b"\r" in b or not b.endswith(b"\n"): err(f"{name}: GB18030, LF, no BOM")
        raw = b.decode("gb18030")
        if raw.encode("gb18030") != b: err(f"{name}: GB18030 round trip")
    else:
        if b.startswith(b"\xef\xbb\xbf") or b"\r" in b or not b.endswith(b"\n"): err(f"{name}: UTF-8, LF, no BOM")
        raw = b.decode("utf-8")
    return raw, raw.split("\n")[:-1], None


# ---------------------------------------------------------------- the gold file against the text
def table_unit(name, q, lines):
    """The unit a table cell takes: the header bracket (n99), the unit column or 增速（%） (n101), the unit column (n102)."""
    if "\t" in q:
        hdr = next(l for l in lines if l.startswith("季度\t")).split("\t")
        return re.search(r"（(.*)）", hdr[len(q.split("\t")) - 1]).group(1)
    if CELL in q:
        c = q.split(CELL)
        return "%" if (len(c) - 3) % 3 == 2 else c[1]
    return q.split(PIPE)[1]


def check_gold(name, g, lines, raw):
    tag0 = name.split("_")[0]
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g["document"] != name: err(f"{name}: document field")
    if g["kind"] not in KINDS: err(f"{name}: kind")
    if g["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", g["published"]): err(f"{name}: published")
    if g["published"]:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a} not in text")
    ry = g["year"]
    act_years = {ry} | OTHER_ACTUAL_YEARS.get(tag0, set())
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != FF: err(f"{tag}: fields {list(f)}")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            err(f"{tag}: year/value type")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str): err(f"{tag}: key/measure type")
        if f["role"] == "target" and f["key"]: err(f"{tag}: a target is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        if f["role"] == "target" and (f["year"] < ry or (f["year"] == ry and tag0 not in SAME_YEAR_TARGETS)):
            err(f"{tag}: target not after the report year")
        if f["role"] == "baseline" and f["year"] >= min(act_years): err(f"{tag}: baseline not before the actuals")
        if f["role"] in ("actual", "change", "share") and f["year"] not in act_years: err(f"{tag}: {f['role']} of another year")
        if f["role"] == "budget": err(f"{tag}: budget role outside a budget")
        q = f["quote"]
        if any(c in q for c in "\n\r"): err(f"{tag}: quote spans lines")
        if not any(q in l for l in lines): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        if is_table(q):
            if f["measure"] != table_unit(name, q, lines): err(f"{tag}: table cell measure {f['measure']!r}")
        elif f["measure"] and f["measure"] != "%" and f["measure"] not in q:
            err(f"{tag}: measure {f['measure']} not in quote")
        if f["measure"] == "%" and not is_table(q) and "%" not in q and "百分之" not in q: err(f"{tag}: % not in quote")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q.replace(CELL, ""))): err(f"{tag}: markup in quote")
        if name.endswith(".md") and ("**" in q or ("|" in q and PIPE not in q)): err(f"{tag}: markdown markup in quote")
        if "\t" in q and not name.endswith(".docx"): err(f"{tag}: TAB outside the docx table")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        if not any(h["quote"] in l for l in lines): err(f"{tag}: quote not on one line")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer not in text")
        r = h["recipient"]
        if r not in raw and r != g["unit"]: err(f"{tag}: recipient not in text")
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
    if not 5 <= kc <= 9: err(f"{name}: {kc} key facts")
    kl = KEY_LINES[tag0](lines)
    if len(kl) != 1: err(f"{name}: key paragraph not found once")
    for f in g["facts"]:
        if f["key"] and not any(f["quote"] in l for l in kl): err(f"{name}: key fact {f['subject']} not in the key paragraph")
    # every figure of the key paragraph is key (restatements elsewhere are key false)
    for f in g["facts"]:
        if not f["key"] and f["role"] != "baseline" and any(f["quote"] in l for l in kl):
            err(f"{name}: non-key fact {f['subject']} in the key paragraph")
    ks = [(f["subject"], f["year"], f["value"]) for f in g["facts"] if f["key"]]
    if len(ks) != len(set(ks)): err(f"{name}: a key fact is labelled key twice")


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


def table_quotes(name, g, lines):
    """A table quote starts one row (docx: at its first cell; html: at the label cell; md: at the 指标 cell after 序号),
    ends on a cell boundary, its last cell is the fact's value, and it is never key."""
    n = 0
    for f in g["facts"]:
        q = f["quote"]
        if not is_table(q):
            continue
        n += 1
        if "\t" in q:
            rows = [l.split("\t") for l in lines if "\t" in l]
            sep = "\t"
        elif CELL in q:
            rows = [l[len("<tr><td>"):-len("</td></tr>")].split(CELL) for l in lines if l.startswith("<tr><td>")]
            sep = CELL
        else:
            rows = [l.strip("| ").split(PIPE)[1:] for l in lines if l.startswith("| ") and not l.startswith("| 序号")]
            sep = PIPE
        hits = [r for r in rows for k in range(2, len(r) + 1) if sep.join(r[:k]) == q]
        if len(hits) != 1: err(f"{name}: table quote {q!r} is not the start of exactly one row through a cell")
        if not near(cnum(q.split(sep)[-1]), f["value"]): err(f"{name}: table quote {q!r} ends in another value")
        if f["key"]: err(f"{name}: table copy {q!r} is key")
    return n


# ---------------------------------------------------------------- shapes and arithmetic
def arith(name, g, lines, raw, root):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    nt = table_quotes(name, g, lines)
    hs = g["honours"]
    ok = []
    if name.startswith("n99"):
        body = root.find(WNS + "body")
        styles = [p.find(f"{WNS}pPr/{WNS}pStyle").get(WNS + "val") if p.find(f"{WNS}pPr/{WNS}pStyle") is not None
                  else "" for p in body.findall(WNS + "p")]
        tbls = body.findall(WNS + "tbl")
        trs = tbls[0].findall(WNS + "tr") if tbls else []
        ents = [l for l in lines if re.match(r"\d{1,2}月(\d{1,2}日)?，", l)]
        # an entry's date is its own bold run
        bold_dates = all(p.find(WNS + "r") is not None and p.find(f"{WNS}r/{WNS}rPr/{WNS}b") is not None
                         and re.fullmatch(r"\d{1,2}月(\d{1,2}日)?", ptext(p.find(WNS + "r")))
                         for p in body.findall(WNS + "p") if re.match(r"\d{1,2}月", ptext(p)))
        # entries lie in their quarter heading and run in date order
        q, order, inq = 0, [], True
        for l in lines:
            m = re.fullmatch(r"第([一二三四])季度", l)
            if m:
                q = "一二三四".index(m.group(1)) + 1
            mm = re.match(r"(\d{1,2})月(?:(\d{1,2})日)?，", l)
            if mm:
                mo = int(mm.group(1))
                inq &= (mo - 1) // 3 + 1 == q
                order.append((mo, int(mm.group(2) or 99)))  # a month-only entry closes its month
        tab = {r.split("\t")[0]: [cnum(x) for x in r.split("\t")[1:]] for r in lines if "\t" in r and not r.startswith("季度")}
        qs = ["一季度", "二季度", "三季度", "四季度"]
        ok = [styles.count("Heading1") == 1, styles.count("Heading2") == 4, styles[0] == "Heading1",
              len(tbls) == 1 and len(trs) == 6 and all(len(tr.findall(WNS + "tc")) == 3 for tr in trs),
              lines[0].endswith("2025年大事记"), len(ents) == 21, bold_dates, inq, order == sorted(order),
              nt == 10, list(tab) == qs + ["合计"],
              all(near(sum(tab[k][i] for k in qs), tab["合计"][i]) for i in (0, 1)),              # 186, 2,350
              all(near(tab[k][0], v(k + "科技活动")) and near(tab[k][1], v(k + "服务企业")) for k in qs),
              tab["合计"] == [v("科技活动"), v("服务企业")],
              grow(v("技术合同成交额"), v("技术合同成交额", 2024)) == v("技术合同成交额同比增长"),  # 12.5
              near(v("上半年区级科技专项资金拨付") + v("下半年区级科技专项资金拨付"), v("区级科技专项资金拨付")),  # 1.86
              v("上半年区级科技专项资金支持项目") + v("下半年区级科技专项资金支持项目") == v("区级科技专项资金支持项目"),
              pct(v("绩效评价结果为“优良”的项目"), v("区级科技专项资金绩效评价项目")) == v("绩效评价结果为“优良”的项目占比"),
              r1(v("科技创新券兑付金额") / v("科技创新券兑付企业")) == v("科技创新券平均每家企业兑付金额"),  # 6.0
              v("科技创新券兑付企业") <= v("科技创新券审核通过企业") <= v("科技创新券受理企业申请"),
              v("新认定高新技术企业") < v("高新技术企业认定申报企业") < v("有效期内高新技术企业"),
              v("新增市级科技小巨人（含培育）企业") < v("市级科技小巨人（含培育）企业"),
              v("“静安杯”科技创新创业大赛获奖项目") < v("“静安杯”科技创新创业大赛参赛项目"),
              fv(g, "技术合同成交额", 2026, "target") > v("技术合同成交额"),
              fv(g, "有效期内高新技术企业", 2026, "target") > v("有效期内高新技术企业"),
              fv(g, "新增市级科技小巨人（含培育）企业", 2026, "target") > v("新增市级科技小巨人（含培育）企业"),
              any("2024年" in l for l in ents) and any("2026年" in l for l in ents),
              sorted(h["level"] for h in hs) == ["municipal", "municipal", "national", "system"],
              all(h["year"] == 2025 for h in hs)]
    elif name.startswith("n100"):
        spoken = [f for f in g["facts"] if not re.search(r"\d", f["quote"])]
        ok = [lines[4] == "同志们：", lines[-1] == "谢谢大家！", "（2026年1月9日）" in lines, lines[1].startswith("——在"),
              [l[:2] for l in lines if re.match(r"[一二三四五]是", l)] == ["一是", "二是", "三是", "四是", "五是"],
              nt == 0, len(spoken) >= 20,
              any(grow(v("检验检测报告"), k) == v("检验检测报告同比增长") for k in range(28000, 32468)),
              any(grow(v("业务收入"), k / 100) == v("业务收入同比增长") for k in range(300, 412)),
              near(v("业务收入"), 2 * v("业务收入", 2020)) and v("业务收入较“十三五”末翻番") == 1,  # 翻了一番
              0.25 <= (v("平均检验周期", 2024) - v("平均检验周期")) / v("平均检验周期", 2024) < 0.30,  # 近三成
              v("平均检验周期比上年缩短") == 3,
              any(abs((v("创新医疗器械优先检验") - k) / k - 0.2) < 0.005 for k in range(250, 320)),  # 两成
              pct(v("监督抽检发现不合格产品"), v("医疗器械监督抽检任务")) == v("监督抽检不合格率"),  # 3.4
              abs(v("高级职称人员") / v("在职职工") - v("高级职称人员占在职职工比重") / 10) < 0.01,  # 约三成
              any(grow(v("科研投入"), k / 10) == v("科研投入同比增长") for k in range(25000, 32000)),
              v("创新医疗器械优先检验") < v("医疗器械注册检验"),
              v("承担国家重点研发计划项目") < v("承担国家级和市级科研项目"),
              4 * v("检验检测报告") < v("“十四五”期间累计出具检验检测报告") < 5 * v("检验检测报告"),
              fv(g, "检验检测报告", 2026, "target") > v("检验检测报告"),
              fv(g, "业务收入", 2026, "target") > v("业务收入"),
              fv(g, "平均检验周期", 2026, "target") < v("平均检验周期"),
              fv(g, "报告按时出具率", 2026, "target") == v("报告按时出具率"),
              sorted(h["level"] for h in hs) == ["municipal", "national"]]
    elif name.startswith("n101"):
        hdr = [l for l in lines if l.startswith("<tr><th")]
        rows = {}
        for l in lines:
            m = re.fullmatch(r"<tr><td>(.*)</td></tr>", l)
            if m:
                c = m.group(1).split(CELL)
                rows[c[0]] = [c[1]] + [cnum(x) for x in c[2:]]
        ds = ["嘉定区", "青浦区", "松江区"]
        cells_ok, grow_ok = True, True
        for ind, c in rows.items():
            for j, d in enumerate(ds):
                a, b, r = c[1 + 3 * j: 4 + 3 * j]
                cells_ok &= near(a, v(d + ind, 2024, "baseline")) and near(b, v(d + ind)) and near(r, v(d + ind + "同比增长"))
                grow_ok &= grow(b, a) == r
        tc = rows.get("技术合同成交额", [0] * 10)
        gx = rows.get("有效期内高新技术企业", [0] * 10)
        rd = rows.get("规模以上工业企业研发费用", [0] * 10)
        title = re.search(r"<title>(.*)</title>", raw).group(1)
        ok = [len(hdr) == 2, hdr[0].count('rowspan="2"') == 2 and hdr[0].count('colspan="3"') == 3,
              hdr[1] == "<tr>" + "<th>2024年</th><th>2025年</th><th>增速（%）</th>" * 3 + "</tr>",
              raw.count("<table") == 1, list(rows) == ["技术合同成交额", "有效期内高新技术企业", "规模以上工业企业研发费用"],
              all(len(c) == 10 for c in rows.values()), nt == 27, cells_ok, grow_ok,
              title.startswith(re.search(r"<h1>(.*)</h1>", raw).group(1) + "_"),
              all(s in raw for s in ('class="nav"', 'class="breadcrumb"', 'class="footer"', "&nbsp;", "&gt;")),
              v("嘉定区有效期内高新技术企业") - v("嘉定区有效期内高新技术企业", 2024) == v("嘉定区有效期内高新技术企业净增"),
              near(tc[2] + tc[5] + tc[8], v("嘉定区、青浦区、松江区技术合同成交额合计")),                  # 896.1
              pct(tc[2], v("嘉定区、青浦区、松江区技术合同成交额合计")) == v("嘉定区技术合同成交额占三区合计比重"),  # 44.9
              max(tc[2], tc[5], tc[8]) == tc[2],                                                              # 规模居首位
              max(tc[3], tc[6], tc[9]) == tc[6] == v("青浦区技术合同成交额同比增长"),                        # 增幅最高
              gx[2] + gx[5] + gx[8] == v("嘉定区、青浦区、松江区有效期内高新技术企业合计"),                  # 6,730
              (gx[2] + gx[5] + gx[8]) - (gx[1] + gx[4] + gx[7])
              == v("嘉定区、青浦区、松江区有效期内高新技术企业合计比上年增加"),                               # 521
              r1(gx[2] / gx[5]) == v("嘉定区有效期内高新技术企业数量相当于青浦区"),                          # 1.9
              r1(rd[2] / rd[5]) == v("嘉定区规模以上工业企业研发费用相当于青浦区"),                          # 2.8
              r1(rd[2] / rd[8]) == v("嘉定区规模以上工业企业研发费用相当于松江区"),                          # 1.6
              fv(g, "嘉定区技术合同成交额", 2026, "target") > v("嘉定区技术合同成交额"),
              fv(g, "嘉定区有效期内高新技术企业", 2026, "target") > v("嘉定区有效期内高新技术企业"),
              not hs]
    elif name.startswith("n102"):
        pipes = [l for l in lines if l.startswith("|")]
        body = [l.strip("| ").split(PIPE) for l in pipes[2:]]
        a25 = lambda s, r="actual": fv(g, s, 2025, r)
        t26 = lambda s, q="exact": fv(g, s, 2026, "target", q)
        ok = [lines[0] == "# 上海市纤维检验所2026年工作要点", lines[2].startswith("> "),
              sum(l.startswith("## ") for l in lines) == 3, sum(l.startswith("### ") for l in lines) == 4,
              sum(l.startswith("- ") for l in lines) >= 6, sum(bool(re.match(r"\d\. ", l)) for l in lines) == 11,
              "**" in raw, len(pipes) == 7, pipes[0] == "| 序号 | 指标 | 单位 | 2025年完成 | 2026年目标 |",
              pipes[1] == "|---|---|---|---|---|", [r[0] for r in body] == ["1", "2", "3", "4", "5"], nt == 10,
              all(a25(r[1]) == cnum(r[3]) and t26(r[1]) == cnum(r[4]) for r in body),
              any(grow(a25("检验检测样品"), k / 100) == a25("检验检测样品同比增长", "change") for k in range(700, 862)),  # 6.8
              grow(a25("检验检测收入"), v("检验检测收入", 2024)) == a25("检验检测收入同比增长", "change"),               # 7.3
              r1(((a25("检验检测样品") / v("检验检测样品", 2021)) ** 0.25 - 1) * 100)
              == v("检验检测样品“十四五”期间年均增长", 2025),                                                 # 7.9
              grow(t26("检验检测样品", "over"), a25("检验检测样品")) == t26("检验检测样品同比增长", "approx"),   # 6.7
              grow(t26("检验检测收入"), a25("检验检测收入")) == t26("检验检测收入同比增长"),                   # 7.2
              t26("检验检测样品") == t26("检验检测样品", "over"), t26("客户满意度") == t26("客户满意度", "over"),
              t26("主导或参与制修订标准") == t26("主导或参与制修订标准", "over"),
              t26("报告按时出具率", "over") > a25("报告按时出具率"),
              t26("常规检测报告平均出具周期", "under") < a25("常规检测报告平均出具周期"),
              t26("棉花公证检验") > a25("棉花公证检验"),
              all(f["year"] == 2026 for f in g["facts"] if f["role"] == "target"),
              all(f["year"] == 2025 for f in g["facts"] if f["role"] in ("actual", "change", "share")),
              sum(f["role"] == "target" for f in g["facts"]) >= 0.6 * len(g["facts"]),
              all(s in raw for s in ("沪科〔2026〕3号", "第十三条", "021-62751234", "3月31日")), not hs]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator(texts):
    """The shared validator on all four documents; it reads plain UTF-8 text, so each document is handed over as the
    text check.py reads (the docx's lines, n100 decoded), under its own file name."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            with open(os.path.join(tmp, "d", n), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(texts[n])
            base = os.path.splitext(n)[0] + ".json"
            with open(os.path.join(GOLD, base), "rb") as src, open(os.path.join(tmp, "g", base), "wb") as dst:
                dst.write(src.read())
        r = subprocess.run([sys.executable, "-B", val, os.path.join(tmp, "d"), os.path.join(tmp, "g")],
                           capture_output=True, text=True)
        out = r.stdout + r.stderr
        for l in out.splitlines():
            if l.startswith("ERROR") or "Traceback" in l:
                err("shared validate.py: " + l)
        if r.returncode != 0 or not out.rstrip().endswith("OK"): err("shared validate.py did not print OK")


def main():
    texts = {}
    for name in NAMES:
        raw, lines, root = read_doc(name)
        texts[name] = raw
        if not 30 <= len(lines) <= 60: err(f"{name}: {len(lines)} lines")
        if "\t" in raw and not name.endswith(".docx"): err(f"{name}: TAB outside the docx table")
        if any(l.startswith("|") for l in lines) and not name.endswith(".md"): err(f"{name}: pipe table outside n102")
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw)
        arith(name, g, lines, raw, root)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {len(lines)} lines")
    shared_validator(texts)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
