#!/usr/bin/env python3
"""Checks the n107–n110 labels against the documents. Prints OK when all checks pass.

How each format becomes lines (quotes must be substrings of one line):
- .txt (n107) and .md (n110): the file split at LF.
- .json (n108, a WeChat feed export: a list of articles): per article, its 标题title, then its finalContent split at
  LF (one <p> per line, markup kept). A fact's quote must be on a line of the article named by its `article`.
- .docx (n109): word/document.xml with all tracked changes accepted: text inside <w:del> (w:delText) and <w:moveFrom>
  is dropped, text inside <w:ins> is kept, comments (word/comments.xml) and comment anchors are not text. One line per
  body paragraph (w:t runs concatenated; empty paragraphs dropped); one line per table row, the cells' text joined by TAB.
"""
import json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata, zipfile
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = {"n107": "n107_xuhui_kw_ocrzj2025.txt", "n108": "n108_shibei_yq_wx2025.json",
         "n109": "n109_sppc_ndbg2025.docx", "n110": "n110_mnsis_lab_ndbg2025.md"}
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
FEED_EXTRA = ["article", "date"]
WN = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CJK = re.compile(r"[\u4e00-\u9fff]")
# ※ n107: the one quote whose measure OCR wrapped onto the next physical line (gold README: `完成了 100 多` | `项…`)
MEASURE_NEXT_LINE = {("n107", "全年新增科技型中小企业评价入库 1, 868"): "家"}
# ※ same-year targets: n108's 下半年 plan in the 2025-07 半年报
SAME_YEAR_TARGETS = {"n108"}
errors = []
err = errors.append


# ---------------------------------------------------------------- readers
def feed_articles(name):
    return json.load(open(os.path.join(DOCS, name), encoding="utf-8"))


def _ptext(e, out):
    if e.tag in (WN + "del", WN + "moveFrom"):
        return
    if e.tag == WN + "t":
        out.append(e.text or "")
    elif e.tag == WN + "tab":
        out.append("\t")
    for c in e:
        _ptext(c, out)


def ptext(p):
    out = []
    _ptext(p, out)
    return "".join(out)


def docx_lines(path):
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    lines = []
    for b in root.find(WN + "body"):
        if b.tag == WN + "p":
            s = ptext(b)
            if s:
                lines.append(s)
        elif b.tag == WN + "tbl":
            for tr in b.iter(WN + "tr"):
                lines.append("\t".join("".join(ptext(p) for p in tc.iter(WN + "p")) for tc in tr.iter(WN + "tc")))
    return lines


def doc_lines(name):
    """All lines of a document (for the feed: every article's title and content lines, in order)."""
    path = os.path.join(DOCS, name)
    if name.endswith(".docx"):
        return docx_lines(path)
    if name.endswith(".json"):
        return [l for a in feed_articles(name) for l in [a["标题title"]] + a["finalContent"].split("\n")]
    return open(path, encoding="utf-8").read().split("\n")[:-1]


def article_lines(name):
    return {a["文章标识符aid"]: [a["标题title"]] + a["finalContent"].split("\n") for a in feed_articles(name)}


# ---------------------------------------------------------------- numbers
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


def plain(q):
    """What a reader sees: NFKC (full-width digits, ％, ，), markup removed."""
    return re.sub(r"<[^>]+>", "", unicodedata.normalize("NFKC", q))


def numbers_in(q):
    q = plain(q)
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


def is_table(q):
    return "\t" in q or q.startswith("| ")


def header_unit(lines, q):
    """The unit in brackets of the header cell above a table quote's last cell (TAB or pipe table)."""
    if "\t" in q:
        hdr = next(l for l in lines if "\t" in l).split("\t")
        col = q.count("\t")
    else:
        hdr = next(l for l in lines if l.startswith("| ")).strip("| ").split(" | ")
        col = q.count(" | ")
    m = re.search(r"（(.+?)）", hdr[col])
    return m.group(1) if m else ""


def ffold(f, lines):
    m = f["measure"]
    if m == "" and "\t" in f["quote"]:
        m = header_unit(lines, f["quote"])  # ※ n109's TAB cells take the header's unit when compared with prose
    return round(fold(f["value"], m), 6)


def cnum(s):
    return float(unicodedata.normalize("NFKC", s).replace(",", "").replace("%", ""))


# ---------------------------------------------------------------- per-document key lines
def key_lines(tag, lines, arts):
    if tag == "n107":
        return lines[4:9]                                            # the opening paragraph (5 physical lines)
    if tag == "n108":
        return [l for l in arts["2247491536_1"] if l.startswith("<p>✅")] + \
               [l for l in arts["2247491208_1"] if l.startswith("<p>🤝")]
    if tag == "n109":
        return [lines[lines.index("一、总体情况") + 1]]
    if tag == "n110":
        return [l for l in lines if l.startswith("- ") and CJK.search(l)]   # the Chinese 主要数据 items


# ---------------------------------------------------------------- generic checks
def check_gold(tag, name, g, lines, raw, arts):
    feed = name.endswith(".json")
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g["document"] != name: err(f"{name}: document field")
    if g["kind"] not in KINDS or (g["kind"] == "article-feed") != feed: err(f"{name}: kind")
    if feed and (g["year"] is not None or g["published"] is not None): err(f"{name}: a feed has year and published null")
    if g["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", g["published"]): err(f"{name}: published")
    if g["published"]:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a} not in text")
    ff = FF + FEED_EXTRA if feed else FF
    for i, f in enumerate(g["facts"]):
        t = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != ff: err(f"{t}: fields {list(f)}"); continue
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{t}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            err(f"{t}: year/value type")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str): err(f"{t}: key/measure type")
        ry = int(f["date"][:4]) if feed else g["year"]
        if feed:
            if f["article"] not in arts: err(f"{t}: unknown article"); continue
            if f["date"] != next(a["时间time"] for a in feed_articles(name) if a["文章标识符aid"] == f["article"]):
                err(f"{t}: date")
        if f["role"] == "target" and f["key"]: err(f"{t}: a target is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{t}: change must be growth")
        if f["role"] == "budget": err(f"{t}: budget role outside a budget")
        if f["role"] == "target" and (f["year"] < ry or (f["year"] == ry and tag not in SAME_YEAR_TARGETS)):
            err(f"{t}: target year {f['year']}")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{t}: baseline not before the actuals")
        if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{t}: {f['role']} of another year")
        q = f["quote"]
        hay = arts[f["article"]] if feed else lines
        if any(c in q for c in "\n\r"): err(f"{t}: quote spans lines")
        if not any(q in l for l in hay): err(f"{t}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{t}: value {f['value']} not in quote {q!r}")
        if not CJK.search(q): err(f"{t}: quote without Chinese text")
        if f["measure"] and f["measure"] != "%" and not is_table(q):
            nxt = MEASURE_NEXT_LINE.get((tag, q))
            if nxt:
                l = next(i for i, l in enumerate(lines) if q in l)
                if not (lines[l].endswith(q) and lines[l + 1].startswith(nxt) and nxt == f["measure"]):
                    err(f"{t}: measure not at the start of the next line")
            elif plain(f["measure"]) not in plain(q).replace(" ", ""):
                err(f"{t}: measure {f['measure']} not in quote")
        if "\t" in q and f["measure"] != "": err(f"{t}: TAB cell with a measure")
        if q.startswith("| ") and f["measure"] != header_unit(lines, q): err(f"{t}: pipe cell measure != header unit")
    for i, h in enumerate(g["honours"]):
        t = f"{name} honour {i}"
        hf = HF + FEED_EXTRA if feed else HF
        if list(h) != hf: err(f"{t}: fields"); continue
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"): err(f"{t}: enum")
        hay = arts[h["article"]] if feed else lines
        if not any(h["quote"] in l for l in hay): err(f"{t}: quote not on one line")
        if h["title"] not in h["quote"]: err(f"{t}: title not in quote")
        if h["issuer"] and h["issuer"] not in raw: err(f"{t}: issuer not in text")
        if h["recipient"] not in raw and h["recipient"] != g["unit"]: err(f"{t}: recipient not in text")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["qualifier"], f["role"], f["quote"], f.get("article"))
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"]), set()).add(ffold(f, lines))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 25 <= n <= 50: err(f"{name}: {n} facts")
    if not 4 <= kc <= 9: err(f"{name}: {kc} key facts")
    kl = key_lines(tag, lines, arts)
    for f in g["facts"]:
        if f["key"] and not any(f["quote"] in l for l in kl): err(f"{name}: key fact {f['subject']} not in the key lines")
    ks = [(f["subject"], f["year"], f["value"]) for f in g["facts"] if f["key"]]
    if len(ks) != len(set(ks)): err(f"{name}: a key fact is labelled key twice")


def table_quotes(name, g, lines):
    """A table quote starts exactly one row, ends on a cell boundary, and its last cell is the value; never key."""
    n = 0
    for f in g["facts"]:
        q = f["quote"]
        if not is_table(q):
            continue
        n += 1
        sep = "\t" if "\t" in q else " | "
        full = [l for l in lines if l.startswith(q)]
        if len(full) != 1:
            err(f"{name}: table quote {q!r} is not the start of exactly one row")
        else:
            rest = full[0][len(q):]
            if not (rest == "" or rest.startswith("\t") if sep == "\t" else rest.startswith(" |")):
                err(f"{name}: table quote {q!r} cuts a cell")
        if not near(cnum(q.split(sep)[-1]), f["value"]): err(f"{name}: table quote {q!r} ends in another value")
        if f["key"]: err(f"{name}: table copy {q!r} is key")
    return n


def fv(g, lines, subject, year=None, role=None, qual=None, article=None):
    year = g["year"] if year is None else year
    fs = [f for f in g["facts"] if f["subject"] == subject and f["year"] == year
          and (role is None or f["role"] == role) and (qual is None or f["qualifier"] == qual)
          and (article is None or f.get("article") == article)]
    if not fs:
        err(f"{g['document']}: no fact {subject} {year} {role} {qual}")
        return float("nan")
    if len({ffold(f, lines) for f in fs}) > 1:
        err(f"{g['document']}: {subject} {year} {role} {qual} is ambiguous")
    return fs[0]["value"]


# ---------------------------------------------------------------- per-document shapes and arithmetic
def arith(tag, name, g, lines, arts):
    v = lambda s, y=None, r=None, q=None: fv(g, lines, s, y, r, q)
    nt = table_quotes(name, g, lines)
    hs = g["honours"]
    if tag == "n107":
        hdr = [l for l in lines if re.sub(r"\s", "", l) in ("徐汇区科学技术委员会2025年工作总结", "徐汇区科学技术委员会2O25年工作总结")]
        ok = [nt == 0, len(hdr) == 3, "2 O 2 5" in hdr[1], [l for l in lines if re.fullmatch(r"— \d —", l)] == ["— 1 —", "— 2 —", "— 3 —"],
              any(re.search(r"[０-９]", l) for l in lines), any("％" in l for l in lines), any("，4" in l or "2，450" in l for l in lines),
              any("2 0 2 5 年" in l for l in lines), "众创空问" in raw_of(lines) and "孵l化器" in raw_of(lines),
              not any(re.search(r"\d \d", plain(f["quote"])) for f in g["facts"]),       # labelled numbers are never OCR-split
              grow(v("技术合同成交额", 2025, "actual"), v("技术合同成交额", 2024)) == v("技术合同成交额同比增长"),        # 12.6
              v("有效期内高新技术企业", 2025, "actual") - v("有效期内高新技术企业", 2024) == v("有效期内高新技术企业净增"),  # 143
              any(grow(v("新增科技型中小企业评价入库"), k) == v("新增科技型中小企业评价入库同比增长") for k in range(1600, 1868)),
              v("新增市级科技小巨人（含培育）企业") < v("市级科技小巨人（含培育）企业累计"),
              v("国家级专精特新“小巨人”企业") < v("市级科技小巨人（含培育）企业累计"),
              v("新认定高新技术企业") < v("有效期内高新技术企业", 2025, "actual"),
              round(v("全社会研发经费投入强度", 2025, "actual") - v("全社会研发经费投入强度比上年提高"), 2) == 4.94,   # implied
              pct(v("技术开发合同成交额"), v("技术合同成交额", 2025, "actual")) == v("技术开发合同成交额占技术合同成交额比重"),  # 64.0
              pct(v("区级科技专项资金拨付"), v("区级科技专项资金安排")) == v("区级科技专项资金执行率"),                  # 98.2
              near(v("企业研发补贴") + v("科技创新载体建设资金") + v("科技人才及科普资金"), v("区级科技专项资金拨付")),  # 3.79
              fold(v("科技创新券发放金额"), "万元") < fold(v("区级科技专项资金拨付"), "亿元"),
              v("新增市级众创空间") < v("市级以上科技企业孵化器和众创空间"),
              pct(v("办结企业诉求"), v("收集企业诉求")) == v("企业诉求办结率"),                                          # 98.3
              round(v("企业满意度", 2025, "actual") - v("企业满意度", 2024), 1) == v("企业满意度比上年提高"),           # 0.7
              fv(g, lines, "技术合同成交额", 2026, "target", "over") > v("技术合同成交额", 2025, "actual"),
              fv(g, lines, "有效期内高新技术企业", 2026, "target", "over") > v("有效期内高新技术企业", 2025, "actual"),
              v("全社会研发经费投入强度", 2026, "target", "approx") > v("全社会研发经费投入强度", 2025, "actual"),
              len(hs) == 3 and all(h["level"] == "municipal" and h["year"] == 2025 for h in hs),
              v("获上海市科学技术奖一等奖的企业") == 4 and "全区 4 家企业" in hs[2]["recipient"]]
    elif tag == "n108":
        A1, A2, A3, A4, A5 = "2247491536_1", "2247491208_1", "2247491777_1", "2247490652_1", "2247491350_1"
        va = lambda s, a, y=2025, r=None, q=None: fv(g, lines, s, y, r, q, a)
        feed = feed_articles(name)
        allc = "\n".join(a["finalContent"] for a in feed)
        ok = [nt == 0, len(feed) == 5, [a["文章标识符aid"] for a in feed] == [A1, A2, A3, A4, A5],
              all(set(a) == {"文章标识符aid", "标题title", "作者author", "时间time", "原文链接url", "finalContent"} for a in feed),
              all(l.startswith("<p>") and l.endswith("</p>") for a in feed for l in a["finalContent"].split("\n")),
              sum(l.startswith("<p>✅") for l in arts[A1]) == 5, "<strong>1200</strong><strong>+</strong>" in allc,
              "↑" in allc and "↓" in allc and "TOP10" in allc and "No.1" in allc and "1️⃣" in allc,
              "周岁以下" in allc and "12k-18k" in allc and "021-" in allc,
              "年终盘点" in feed[0]["标题title"] and "活动回顾" in feed[1]["标题title"] and "招聘" in feed[2]["标题title"],
              all(f["year"] == int(f["date"][:4]) for f in g["facts"] if f["role"] != "target"),
              any(grow(va("园区企业营业收入", A1), k / 10) == va("园区企业营业收入同比增长", A1) for k in range(10000, 12685)),
              any(grow(va("园区税收", A1), k / 10) == va("园区税收同比增长", A1) for k in range(600, 863)),
              any(pct(k / 10 - va("企业诉求平均响应时长", A1), k / 10) == va("企业诉求平均响应时长同比缩短", A1) for k in range(16, 40)),
              va("新引进重点企业", A1) < va("新增注册企业", A1), va("高新技术企业净增", A1) < va("高新技术企业", A1),
              va("载体出租率", A1) - va("载体出租率同比提高", A1) > 0,
              va("园区企业营业收入", A1, 2026, "target") > va("园区企业营业收入", A1),
              va("服务企业", A1, 2026, "target") > va("服务企业", A1),
              va("数智生态大会发布成果", A2) == sum(l.startswith(("<p>1️⃣", "<p>2️⃣", "<p>3️⃣")) for l in arts[A2]),   # 三大成果
              va("招聘企业服务专员", A3, 2026) + va("招聘数据运营经理", A3, 2026) + va("招聘财务主管", A3, 2026)
              + va("招聘行政专员", A3, 2026) == va("招聘人数", A3, 2026),                                             # 3+2+1+2
              va("招聘岗位", A3, 2026) == len(re.findall(r"岗位[一二三四]", allc)),
              all(f["role"] == "target" for f in g["facts"] if f["article"] == A3),
              pct(va("上半年办结企业诉求", A4), va("上半年受理企业诉求", A4)) == va("上半年企业诉求办结率", A4),       # 97.8
              all(f["subject"].startswith(("上半年", "下半年", "算力服务平台累计")) for f in g["facts"] if f["article"] == A4),
              va("获评国家级专精特新“小巨人”企业的园区企业", A5) <= va("国家级专精特新“小巨人”企业累计", A5)
              < va("市级“专精特新”中小企业累计", A5),
              va("获评国家级专精特新“小巨人”企业的园区企业", A5) == 5 and hs[2]["recipient"] == "园区5家企业",
              sorted(h["level"] for h in hs) == ["municipal", "national", "other"]]
    elif tag == "n109":
        z = zipfile.ZipFile(os.path.join(DOCS, name))
        docxml, comxml = z.read("word/document.xml").decode(), z.read("word/comments.xml").decode()
        deleted = re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", docxml)
        acc = raw_of(lines)
        rows = {l.split("\t")[0]: [cnum(x) for x in l.split("\t")[1:]] for l in lines if "\t" in l and l.split("\t")[1][0].isdigit()}
        body = [r for k, r in rows.items() if k != "合计"]
        ok = [nt == 12, "数据待核实" in comxml and "数据待核实" not in acc, docxml.count("<w:commentRangeStart") == 2,
              docxml.count("<w:del ") >= 10 and docxml.count("<w:ins ") >= 10, "<w:trackRevisions/>" in z.read("word/settings.xml").decode(),
              all(d not in acc for d in ("1,000家", "6,850", "增长8.1%", "近320", "306份", "412项", "980家次", "9,860", "上海市文明单位", "156个", "荣誉3项")),
              "1,000" in deleted and "上海市文明单位" in "".join(deleted),
              re.search(r"<w:tc>(?:(?!</w:tc>).)*<w:del ", docxml) is not None,                       # a change inside a table cell
              lines.index("业务板块\t服务项目（项）\t服务收入（万元）") > 0 and len(rows) == 6,
              near(sum(r[0] for r in body), rows["合计"][0]) and near(sum(r[1] for r in body), rows["合计"][1]),   # 1,386; 7,126
              rows["合计"][0] == v("专业服务项目", 2025, "actual") and rows["合计"][1] == v("服务收入", 2025, "actual"),
              rows["技术转移服务"][0] == v("促成技术合同") and rows["人才培训"][0] == v("培训") and rows["企业诊断咨询"][0] == v("诊断报告"),
              grow(v("服务收入", 2025, "actual"), v("服务收入", 2024)) == v("服务收入同比增长"),                  # 12.5
              pct(v("数字化转型诊断报告"), v("诊断报告")) == v("数字化转型诊断报告占诊断报告比重"),                # 64.5
              any(grow(v("技术合同成交额", 2025, "actual"), k / 100) == v("技术合同成交额同比增长") for k in range(1000, 1236)),
              pct(v("代理发明专利申请"), v("代理专利申请")) == v("发明专利申请占代理专利申请比重"),                # 62.6
              v("线上培训") < v("培训"),
              near(v("服务收入", 2025, "actual") + v("财政补助收入") + v("其他收入"), v("总收入")),                 # 10,284
              pct(v("服务收入", 2025, "actual"), v("总收入")) == v("服务收入占总收入比重"),                      # 69.3
              pct(v("专业技术人员"), v("年末在职职工")) == v("专业技术人员占在职职工比重"),                        # 84.5
              v("市级以上荣誉") == len(hs) == 2 and all(h["level"] == "municipal" for h in hs),
              fv(g, lines, "服务企业", 2026, "target", "over") > v("服务企业", 2025, "actual"),
              v("服务收入", 2026, "target") > v("服务收入", 2025, "actual"),
              fv(g, lines, "技术合同成交额", 2026, "target", "over") > v("技术合同成交额", 2025, "actual"),
              fv(g, lines, "客户满意度", 2026, "target", "over") < v("客户满意度", 2025, "actual")]
    elif tag == "n110":
        trows = [l for l in lines if l.startswith("| ") and not l.startswith("| 研究方向")]
        cells = {r.strip("| ").split(" | ")[0].split(" ")[0]: [cnum(x) for x in r.strip("| ").split(" | ")[1:]] for r in trows}
        body = [c for k, c in cells.items() if k != "合计"]
        paras = [i for i, l in enumerate(lines) if l and not l.startswith(("#", "-", "|", "发布日期")) and CJK.search(l)]
        en = lambda l: bool(l) and not CJK.search(l)
        ok = [nt == 15, len(cells) == 5, lines[1].startswith("# ") and en(lines[1][2:]),
              all(" / " in l for l in lines if l.startswith("## ")),
              all(i + 2 < len(lines) and lines[i + 1] == "" and en(lines[i + 2]) for i in paras),   # each Chinese para → English para
              sum(l.startswith("- ") and bool(CJK.search(l)) for l in lines) == 4 and sum(l.startswith("- ") and en(l) for l in lines) == 4,
              all(CJK.search(l) for f in g["facts"] for l in lines if f["quote"] in l),              # nothing quoted from English
              all(near(sum(c[i] for c in body), cells["合计"][i]) for i in range(3)),                # 142; 11,846; 312
              cells["合计"] == [v("在研科研项目"), v("到账科研经费", 2025, "actual"), v("发表SCI论文")],
              len(body) == v("研究方向"),
              grow(v("到账科研经费", 2025, "actual"), v("到账科研经费", 2024)) == v("到账科研经费同比增长"),       # 9.6
              pct(v("纵向经费"), v("到账科研经费", 2025, "actual")) == v("纵向经费占到账科研经费比重"),          # 63.0
              v("在研国家级项目") + v("在研省部级项目") < v("在研科研项目"),
              v("正高级职称研究人员") + v("副高级职称研究人员") < v("固定研究人员"),
              any(grow(v("专利转让许可合同金额"), k) == v("专利转让许可合同金额同比增长") for k in range(1500, 2860)),
              v("授权发明专利", 2025) < v("申请发明专利"),
              fold(fv(g, lines, "到账科研经费", 2026, "target", "over"), "亿元") > fold(v("到账科研经费", 2025, "actual"), "万元"),
              v("授权发明专利", 2026, "target", "approx") > v("授权发明专利", 2025, "actual"),
              len(hs) == 3 and all(h["level"] == "municipal" for h in hs) and v("省部级以上科技奖励") >= 1]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def raw_of(lines):
    return "\n".join(lines)


def shared_validator():
    """The shared validator on all four documents. It reads a document as plain text (a feed as JSON), so n109 is
    given as its accepted text (the lines above, joined by LF) under its own file name."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES.values():
            if n.endswith(".docx"):
                with open(os.path.join(tmp, "d", n), "w", encoding="utf-8") as fh:
                    fh.write(raw_of(docx_lines(os.path.join(DOCS, n))) + "\n")
            else:
                shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", val, os.path.join(tmp, "d"), os.path.join(tmp, "g")],
                           capture_output=True, text=True)
        out = r.stdout + r.stderr
        if r.returncode != 0 or not out.rstrip().endswith("OK"):
            err("shared validate.py did not print OK")
        for l in out.splitlines():
            if l.startswith("ERROR") or "Traceback" in l:
                err("shared validate.py: " + l)


def main():
    for tag, name in NAMES.items():
        path = os.path.join(DOCS, name)
        if not name.endswith(".docx"):
            raw_b = open(path, "rb").read()
            if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(b"\n"): err(f"{name}: UTF-8, LF, no BOM")
        lines = doc_lines(name)
        arts = article_lines(name) if name.endswith(".json") else {}
        raw = raw_of(lines) + ("\n" + "\n".join(a["作者author"] for a in feed_articles(name)) if arts else "")
        if not 30 <= len(lines) <= 60: err(f"{name}: {len(lines)} lines")
        if "\t" in raw and tag != "n109": err(f"{name}: TAB outside n109")
        if any(l.startswith("|") for l in lines) != (tag == "n110"): err(f"{name}: pipe table")
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(tag, name, g, lines, raw, arts)
        arith(tag, name, g, lines, arts)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {len(lines)} lines")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
