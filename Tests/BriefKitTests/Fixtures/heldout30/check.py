#!/usr/bin/env python3
"""Checks the n115–n118 labels against the documents. Prints OK when all checks pass.

Lines of a document (quotes must be substrings of one line):
- .txt, .md, .html: the UTF-8 text split at LF (markup kept; the last, empty piece after the final LF dropped);
- .docx: word/document.xml of the zip; each child of <w:body> in order: a <w:p> gives one line, the concatenation of its
  <w:t> texts (all runs); a <w:tbl> gives one line per <w:tr>: each <w:tc>'s <w:t> texts concatenated, the cells joined
  by one TAB. <w:sectPr> gives nothing.
"""
import json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata, zipfile
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n115_songjiang_kw_gzjb2025.txt", "n116_seiqc_jdbg2025.md", "n117_minhang_kw_mbwc2025.docx",
         "n118_baoshan_kw_zf2025.html"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PIPE = " | "               # n116's pipe-table quotes: the row from its label cell through the value cell
# ※ targets of the report year itself: n115's 下期预告 plans, n116's 全年目标 and 四季度 plans, n117's 年度目标 cells
SAME_YEAR_TARGETS = {"n115", "n116", "n117"}
errors = []
err = errors.append


def doc_lines(path):
    """The lines of a document, as described in the module docstring."""
    if path.endswith(".docx"):
        root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        text = lambda el: "".join(t.text or "" for t in el.iter(WNS + "t"))
        out = []
        for child in root.find(WNS + "body"):
            if child.tag == WNS + "p":
                out.append(text(child))
            elif child.tag == WNS + "tbl":
                out += ["\t".join(text(tc) for tc in tr.findall(WNS + "tc")) for tr in child.findall(WNS + "tr")]
        return out
    return open(path, encoding="utf-8").read().split("\n")[:-1]


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


def table_kind(name, q, lines):
    """'pipe' (n116 table quote), 'cell' (n117 quote found only in table rows) or None (prose)."""
    if PIPE in q:
        return "pipe"
    if name.endswith(".docx") and not any(q in l for l in lines if "\t" not in l):
        return "cell"
    return None


def check_gold(name, g, lines, raw):
    tag0 = name[:4]
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
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != FF: err(f"{tag}: fields {list(f)}")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            err(f"{tag}: year/value type")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str): err(f"{tag}: key/measure type")
        if f["role"] == "target" and f["key"]: err(f"{tag}: a target is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        if f["category"] == "growth" and f["role"] != "change": err(f"{tag}: growth must be a change")
        if f["role"] == "target" and (f["year"] < ry or (f["year"] == ry and tag0 not in SAME_YEAR_TARGETS)):
            err(f"{tag}: target before the report year")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline not before the report year")
        if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: {f['role']} of another year")
        if f["role"] == "budget": err(f"{tag}: budget role (no document is a budget)")
        q = f["quote"]
        if any(c in q for c in "\n\r\t"): err(f"{tag}: quote spans lines or cells")
        if not any(q in l for l in lines): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        tk = table_kind(name, q, lines)
        if f["measure"] and f["measure"] != "%" and tk != "pipe" and f["measure"] not in q:
            err(f"{tag}: measure {f['measure']} not in quote")
        if tk and f["key"]: err(f"{tag}: table copy is key")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]*>?|>", q)): err(f"{tag}: markup in quote")
        if name.endswith(".md") and tk is None and any(s in q for s in ("|", "**", "#", "`")): err(f"{tag}: markdown in quote")
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
    vals = {}   # one value per subject/year/qualifier/role after folding (same-year targets sit beside actuals)
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"], f["role"]), set()).add(ffold(f))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 25 <= n <= 50: err(f"{name}: {n} facts")
    if not 5 <= kc <= 10: err(f"{name}: {kc} key facts")
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


def num(s):
    return float(s.replace(",", "").replace("%", ""))


def first_line(lines, q):
    return next(i for i, l in enumerate(lines) if q in l)


def key_lines_ok(g, kl):
    return all(any(f["quote"] in l for l in kl) for f in g["facts"] if f["key"])


# ---------------------------------------------------------------- per-document checks
N115_BODIES = {"二": ("方松街道",), "三": ("漕河泾开发区松江园区",), "四": ("云间科技企业孵化器", "星衍智能"),
               "五": ("凌云机器人",), "六": ("岳阳街道",), "七": ("第三届松江区科技创新创业大赛",)}


def check_n115(g, lines):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    i0 = lines.index("【本期要目】")
    toc = lines[i0 + 1:i0 + 9]
    heads = [l for l in lines[i0 + 9:] if re.match(r"[一二三四五六七八]、", l)]
    key_line = lines[len(lines) - 1 - lines[::-1].index("一、区科委11月重点工作进展") + 1]
    # which item (一…八) each fact's quote is in
    item_of, cur = {}, None
    for l in lines[i0 + 9:]:
        m = re.match(r"([一二三四五六七八])、", l)
        if m:
            cur = m.group(1)
        elif cur:
            for f in g["facts"]:
                if f["quote"] in l:
                    item_of.setdefault(id(f), cur)
    hs = g["honours"]
    ok = [lines[0] == "松江区科技工作简报", "第12期" in lines[1], toc == heads, len(heads) == 8, heads[-1] == "八、下期预告",
          all(any(l.startswith(p) for l in lines) for p in ("报：", "送：", "发：")),
          not any("\t" in l or l.startswith("|") for l in lines),
          key_lines_ok(g, [key_line]),
          all(f["key"] == (item_of.get(id(f)) == "一" and f["role"] != "target" and f["quote"] in key_line) for f in g["facts"]),
          all(f["subject"].startswith(N115_BODIES[item_of[id(f)]]) for f in g["facts"] if item_of.get(id(f)) in N115_BODIES),
          all(item_of.get(id(f)) == "八" for f in g["facts"] if f["role"] == "target" and f["subject"] != "技术合同成交额"),
          pct(v("1—11月技术合同成交额"), v("技术合同成交额", 2025, "target")) == v("1—11月技术合同成交额完成全年目标比例"),
          any(grow(v("1—11月新增科技型中小企业评价入库"), k) == v("1—11月新增科技型中小企业评价入库同比增长") for k in range(1400, 1742)),
          any(grow(v("1—11月技术合同成交额"), k / 10) == v("1—11月技术合同成交额同比增长") for k in range(1700, 2185)),
          v("11月完成科技型中小企业评价入库") <= v("11月受理科技型中小企业评价入库申请"),
          v("11月完成科技型中小企业评价入库") < v("1—11月新增科技型中小企业评价入库"),
          pct(v("方松街道11月协调解决企业需求"), v("方松街道11月收集企业需求")) == v("方松街道11月企业需求解决率"),
          pct(v("漕河泾开发区松江园区高新技术企业"), v("漕河泾开发区松江园区入驻科技型企业"))
          == v("漕河泾开发区松江园区高新技术企业占入驻科技型企业比重"),                                     # 33.0
          any(grow(v("漕河泾开发区松江园区1—11月技术合同成交额"), k / 10)
              == v("漕河泾开发区松江园区1—11月技术合同成交额同比增长") for k in range(200, 268)),             # 18.6
          v("漕河泾开发区松江园区1—11月技术合同成交额") < v("1—11月技术合同成交额"),
          fold(v("星衍智能A轮融资"), "万元") < fold(v("云间科技企业孵化器在孵企业累计获得股权融资"), "亿元"),
          v("云间科技企业孵化器新增毕业企业") < v("云间科技企业孵化器在孵企业"),
          pct(v("凌云机器人1—11月研发投入"), v("凌云机器人1—11月营业收入")) == v("凌云机器人1—11月研发投入占营业收入比重"),
          any(grow(v("凌云机器人1—11月营业收入"), k / 100) == v("凌云机器人1—11月营业收入同比增长") for k in range(800, 1097)),
          v("凌云机器人1—11月新增授权发明专利") < v("凌云机器人有效发明专利"),
          v("岳阳街道11月“科普进社区”活动") < v("岳阳街道1—11月科普活动"),
          fold(v("岳阳街道11月“科普进社区”活动参与居民"), "人次") < fold(v("岳阳街道1—11月科普活动参与居民"), "万人次"),
          v("第三届松江区科技创新创业大赛一等奖") + v("第三届松江区科技创新创业大赛二等奖") + v("第三届松江区科技创新创业大赛三等奖")
          <= v("第三届松江区科技创新创业大赛进入决赛项目") < v("第三届松江区科技创新创业大赛征集项目"),
          sorted(h["level"] for h in hs) == ["municipal", "national"] and all(h["year"] == 2025 for h in hs)]
    return ok


def check_n116(g, lines):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    tab = [l for l in lines if l.startswith("|")]
    rows = {c[0]: [num(x) for x in c[1:]] for c in
            ([x.strip() for x in l.strip("|").split("|")] for l in tab[2:])}
    body = {k: r for k, r in rows.items() if k != "合计"}
    i1 = lines.index("## 一、总体情况")
    key_line = next(l for l in lines[i1 + 1:] if l)
    heads = [l for l in lines if l.startswith("## ")]
    segs = {"电磁兼容", "信息安全", "软件测评", "环境与可靠性"}
    ok = [lines[0] == "# 上海市电子信息产品质量检测中心2025年第三季度工作报告",
          [h[3:5] for h in heads] == ["一、", "二、", "三、", "四、", "五、", "六、"], heads[-1] == "## 六、四季度工作计划",
          len(tab) == 7 and tab[0] == "| 业务板块 | 1—9月检测报告（万份） | 1—9月检测业务收入（万元） |" and tab[1] == "| --- | --- | --- |",
          set(body) == segs and list(rows)[-1] == "合计", not any("\t" in l for l in lines),
          key_lines_ok(g, [key_line]), all(f["quote"] not in key_line or f["key"] == (f["role"] != "target" and f["role"] != "baseline")
                                            for f in g["facts"]),
          # every table cell is its fact, quoted from the label cell through the value cell
          all(near(r[0], v("1—9月" + k + "检测报告")) and near(r[1], v("1—9月" + k + "检测业务收入")) for k, r in body.items()),
          near(rows["合计"][0], v("1—9月完成检测报告")) and near(fold(rows["合计"][1], "万元"), fold(v("1—9月检测业务收入"), "亿元")),
          sum(1 for f in g["facts"] if PIPE in f["quote"]) == 10,
          all(any(l.startswith("| " + f["quote"] + " |") for l in tab) and near(num(f["quote"].split(PIPE)[-1]), f["value"])
              for f in g["facts"] if PIPE in f["quote"]),
          near(sum(r[0] for r in body.values()), rows["合计"][0]), near(sum(r[1] for r in body.values()), rows["合计"][1]),
          pct(v("1—9月完成检测报告"), v("完成检测报告", 2025, "target")) == v("1—9月完成检测报告完成全年目标比例"),      # 76.4
          pct(fold(v("1—9月检测业务收入"), "亿元"), fold(v("检测业务收入", 2025, "target"), "亿元"))
          == v("1—9月检测业务收入完成全年目标比例"),                                                                   # 74.4
          any(grow(v("1—9月完成检测报告"), k / 100) == v("1—9月完成检测报告同比增长") for k in range(350, 428)),       # 9.7
          any(grow(v("1—9月检测业务收入"), k / 100) == v("1—9月检测业务收入同比增长") for k in range(150, 186)),       # 7.5
          grow(v("三季度完成检测报告"), v("三季度完成检测报告", 2024, "baseline")) == v("三季度完成检测报告同比增长"),  # 11.8
          any(grow(v("三季度检测业务收入"), k) == v("三季度检测业务收入同比增长") for k in range(6000, 6850)),          # 8.9
          any(grow(v("1—9月服务客户"), k) == v("1—9月服务客户同比增长") for k in range(2700, 3126)),                   # 6.3
          v("三季度新增客户") < v("三季度服务客户") < v("1—9月服务客户"),
          v("三季度完成检测报告") < v("1—9月完成检测报告") and fold(v("三季度检测业务收入"), "万元") < fold(v("1—9月检测业务收入"), "亿元"),
          any(grow(body["信息安全"][0] * 1e4, k) == v("1—9月信息安全检测报告同比增长") for k in range(7000, 9400)),   # 24.6
          any(-grow(body["软件测评"][0] * 1e4, k) == v("1—9月软件测评检测报告同比下降") for k in range(11200, 12500)),  # 3.2
          v("三季度新增CNAS认可检测项目") < v("CNAS认可检测项目"),
          v("1—9月主持或参与制修订国家标准") <= v("1—9月主持或参与制修订标准"),
          pct(v("硕士及以上学历职工"), v("在职职工")) == v("硕士及以上学历职工占比"),                                  # 39.4
          v("1—9月客户满意度") - v("1—9月客户满意度比上年同期提高") > 90,
          near(v("1—9月完成检测报告") + fv(g, "四季度完成检测报告", 2025, "target", "over"), v("完成检测报告", 2025, "target")),
          near(fold(v("1—9月检测业务收入"), "亿元") + fold(fv(g, "四季度检测业务收入", 2025, "target", "over"), "万元"),
               fold(v("检测业务收入", 2025, "target"), "亿元")),
          all(f["year"] == 2025 for f in g["facts"] if f["role"] != "baseline"),
          all(f["subject"].startswith(("1—9月", "三季度")) for f in g["facts"] if f["role"] in ("actual", "change", "share")
              and f["subject"] not in ("CNAS认可检测项目", "在职职工", "硕士及以上学历职工", "硕士及以上学历职工占比")),
          len(g["honours"]) == 1 and g["honours"][0]["level"] == "municipal"]
    return ok


def check_n117(g, lines, path):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    z = zipfile.ZipFile(path)
    rows = [l.split("\t") for l in lines if "\t" in l]
    body = [r for r in rows if r[0].isdigit()]
    key_line = next(l for l in lines if l.startswith("2025年，区科委承担"))
    cell_facts = [f for f in g["facts"] if table_kind(g["document"], f["quote"], lines) == "cell"]
    where = {}
    for f in cell_facts:
        hits = [(int(r[0]), j) for r in body for j, c in enumerate(r) if f["quote"] in c]
        if len(hits) != 1:
            err(f"{g['document']}: cell quote {f['quote']!r} is in {len(hits)} cells")
        else:
            where[id(f)] = hits[0]
    col_role = {3: "target", 4: "actual", 5: "share"}
    rates = {}
    for r in body:
        if r[5] != "—":
            rates[int(r[0])] = num(r[5])
    rate_ok = []
    for no, rate in rates.items():
        sf = [f for f in cell_facts if where.get(id(f)) == (no, 5)]
        subj = sf[0]["subject"][:-len("完成年度目标比例")] if sf else None
        t = [f for f in cell_facts if where.get(id(f)) == (no, 3) and f["subject"] == subj]
        a = [f for f in cell_facts if where.get(id(f)) == (no, 4) and f["subject"] == subj]
        rate_ok.append(len(sf) == 1 and len(t) == 1 and len(a) == 1 and near(sf[0]["value"], rate)
                       and pct(fold(a[0]["value"], a[0]["measure"]), fold(t[0]["value"], t[0]["measure"])) == rate)
    done = sum(x >= 100 for x in rates.values()) + sum(r[5] == "—" for r in body)
    ok = [sorted(z.namelist()) == sorted(["[Content_Types].xml", "_rels/.rels", "word/document.xml", "docProps/core.xml"]),
          lines[1] == "2025年度重点工作目标任务完成情况表",
          rows[0] == ["序号", "目标任务", "责任部门", "年度目标", "完成情况", "完成率"], all(len(r) == 6 for r in rows),
          [r[0] for r in body] == [str(i) for i in range(1, 19)], len(rows) == 19,
          not any(l.startswith("|") for l in lines),
          key_lines_ok(g, [key_line]),
          all(f["role"] == col_role[where[id(f)][1]] for f in cell_facts if id(f) in where),
          len(rates) == 11 and all(rate_ok),
          len(body) == v("重点工作目标任务"), len(rates) == v("量化指标任务"), len(body) - len(rates) == v("节点性任务"),
          done == v("已完成的重点工作目标任务"),
          sum(90 <= x < 100 for x in rates.values()) == v("基本完成的重点工作目标任务"),
          sum(x < 90 for x in rates.values()) == v("未完成的重点工作目标任务"),
          v("已完成的重点工作目标任务") + v("基本完成的重点工作目标任务") + v("未完成的重点工作目标任务") == v("重点工作目标任务"),
          pct(v("已完成的重点工作目标任务"), v("重点工作目标任务")) == v("重点工作目标任务完成率"),               # 88.9
          "3,260项，成交额312.6亿元" in body[0][4] and "全区技术合同成交额312.6亿元" in key_line,
          "2,386家" in body[1][4] and "2,148家" in body[2][4],
          all(f["year"] == 2025 for f in g["facts"]), not g["honours"]]
    return ok


def check_n118(g, lines):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    box = [re.fullmatch(r"<li>(.*)</li>", l).group(1) for l in lines if l.startswith("<li>")]
    qs = [l for l in lines if l.startswith("<p><strong>记者：</strong>")]
    ans = [l for l in lines if l.startswith("<p><strong>陈立群：</strong>")]
    lead = next(l for l in lines if l.startswith("<p>2025年"))
    title = re.search(r"<title>(.*)</title>", "\n".join(lines)).group(1)
    h1 = re.search(r"<h1>(.*)</h1>", "\n".join(lines)).group(1)
    keys = [f for f in g["facts"] if f["key"]]
    box_facts = [f for f in g["facts"] if any(f["quote"] in b for b in box)]
    # ※ the 数读 box names the headline: each of its figures is key where the page first states it
    first_ok = all(first_line(lines, k["quote"]) < min(first_line(lines, f["quote"]) for f in box_facts
                                                      if (f["subject"], f["value"]) == (k["subject"], k["value"]))
                   for k in keys)
    ok = [title.startswith(h1 + "——专访") and title.endswith("人民网"), any(l.startswith("<h2>——专访") for l in lines),
          any("来源：解放日报" in l and "记者" in l for l in lines), "&nbsp;" in "".join(lines),
          len(qs) == len(ans) == 6, len(box) == 5, "<h3>数读</h3>" in lines, not any("\t" in l or "<table" in l for l in lines),
          {(f["subject"], f["value"]) for f in keys} == {(f["subject"], f["value"]) for f in box_facts} and len(keys) == 6,
          not any(f["key"] for f in box_facts), first_ok,
          all(any(f["quote"] in l for l in [lead] + ans) for f in keys),
          all(f["role"] == "baseline" and f["year"] == 2024 for f in g["facts"] if any(f["quote"] in q for q in qs)),
          all(any(f["quote"] in q for q in qs) for f in g["facts"] if f["role"] == "baseline"),
          all(any(f["quote"] in l for l in ans[4:]) for f in g["facts"] if f["role"] == "target"),
          {f["year"] for f in g["facts"] if f["role"] == "target"} == {2026, 2030},
          grow(v("技术合同成交额", 2025, "actual"), v("技术合同成交额", 2024)) == v("技术合同成交额同比增长"),        # 15.8
          round(v("全社会研发经费投入强度", 2025, "actual") - v("全社会研发经费投入强度", 2024), 2)
          == v("全社会研发经费投入强度比上年提高"),                                                                  # 0.21
          v("有效期内高新技术企业", 2025, "actual") - v("有效期内高新技术企业", 2024) == v("有效期内高新技术企业净增"),  # 156
          any(grow(v("新增科技型中小企业评价入库", 2025, "actual"), k) == v("新增科技型中小企业评价入库同比增长")
              for k in range(1500, 1802)),                                                                           # 11.2
          pct(v("技术开发合同成交额"), v("技术合同成交额", 2025, "actual")) == v("技术开发合同成交额占技术合同成交额比重"),
          any(grow(v("区级财政科技投入"), k / 10) == v("区级财政科技投入同比增长") for k in range(130, 156)),          # 8.3
          pct(v("区级财政科技投入中支持企业研发和成果转化的资金"), v("区级财政科技投入"))
          == v("支持企业研发和成果转化的资金占区级财政科技投入比重"),                                              # 62.8
          v("新增市级专精特新中小企业") < v("市级专精特新中小企业"), v("新增科创板上市企业") < v("科创板上市企业"),
          v("新增市级以上科技企业孵化器和众创空间") < v("市级以上科技企业孵化器和众创空间"),
          fv(g, "全社会研发经费投入强度", 2026, "target") > v("全社会研发经费投入强度", 2025, "actual"),
          fv(g, "技术合同成交额", 2026, "target") > v("技术合同成交额", 2025, "actual"),
          fv(g, "有效期内高新技术企业", 2026, "target") > v("有效期内高新技术企业", 2025, "actual"),
          fv(g, "新增科技型中小企业评价入库", 2026, "target") > v("新增科技型中小企业评价入库", 2025, "actual"),
          fv(g, "全社会研发经费投入强度", 2030, "target") > fv(g, "全社会研发经费投入强度", 2026, "target"),
          fv(g, "有效期内高新技术企业", 2030, "target") > fv(g, "有效期内高新技术企业", 2026, "target"),
          len(g["honours"]) == 1 and g["honours"][0]["level"] == "national"]
    return ok


def shared_validator():
    """The shared validator on all four documents. It reads each document as UTF-8 text, so the .docx is handed to it
    as its lines (doc_lines, joined by LF) under the same file name."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            src = os.path.join(DOCS, n)
            if n.endswith(".docx"):
                with open(os.path.join(tmp, "d", n), "w", encoding="utf-8", newline="\n") as fh:
                    fh.write("\n".join(doc_lines(src)) + "\n")
            else:
                shutil.copy(src, os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", val, os.path.join(tmp, "d"), os.path.join(tmp, "g")],
                           capture_output=True, text=True)
        out = r.stdout + r.stderr
        for l in out.splitlines():
            if l.startswith("ERROR") or "Traceback" in l:
                err("shared validate.py: " + l)
        if r.returncode != 0 or not out.rstrip().endswith("OK"):
            err("shared validate.py did not print OK")


def hygiene(name, path):
    b = open(path, "rb").read()
    if name.endswith(".docx"):
        try:
            z = zipfile.ZipFile(path)
            if z.testzip() is not None: err(f"{name}: bad zip member")
            for m in z.namelist():
                x = z.read(m)
                if x.startswith(b"\xef\xbb\xbf"): err(f"{name}: BOM in {m}")
                ET.fromstring(x)
        except Exception as e:  # noqa: BLE001
            err(f"{name}: not a readable docx ({e})")
        return
    if b.startswith(b"\xef\xbb\xbf") or b"\r" in b or not b.endswith(b"\n"): err(f"{name}: UTF-8, LF, no BOM")
    b.decode("utf-8")


def main():
    counts = {}
    for name in NAMES:
        path = os.path.join(DOCS, name)
        hygiene(name, path)
        lines = doc_lines(path)
        raw = "\n".join(lines) if name.endswith(".docx") else open(path, encoding="utf-8").read()
        if not 30 <= len(lines) <= 60: err(f"{name}: {len(lines)} lines")
        if any(l.startswith("|") for l in lines) and not name.startswith("n116"): err(f"{name}: pipe table")
        if any("\t" in l for l in lines) and not name.startswith("n117"): err(f"{name}: TAB outside the docx table")
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw)
        ok = {"n115": lambda: check_n115(g, lines), "n116": lambda: check_n116(g, lines),
              "n117": lambda: check_n117(g, lines, path), "n118": lambda: check_n118(g, lines)}[name[:4]]()
        for i, o in enumerate(ok):
            if not o: err(f"{name}: arithmetic/shape check {i}")
        roles = {}
        for f in g["facts"]:
            roles[f["role"]] = roles.get(f["role"], 0) + 1
        years = {}
        for f in g["facts"]:
            years[f["year"]] = years.get(f["year"], 0) + 1
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, "
              f"{len(lines)} lines; roles {dict(sorted(roles.items(), key=lambda x: -x[1]))}; years {dict(sorted(years.items()))}")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
