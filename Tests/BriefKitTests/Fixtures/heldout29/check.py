#!/usr/bin/env python3
"""Checks the n111–n114 labels against the documents. Prints OK when all checks pass.

How each format is turned into lines (quotes must be substrings of one line):
- .txt and .html: the file's bytes decoded as UTF-8 and split on "\n" (the HTML is not rendered: markup and entities stay
  in the line; prose quotes avoid them, table quotes keep the `</td><td>` between cells).
- .docx: word/document.xml is unzipped and parsed; the children of <w:body> are read in order. A <w:p> gives one line,
  the concatenation of all its <w:t> texts (runs are joined with nothing between them, XML entities decoded). A <w:tbl>
  gives one line per <w:tr>: the text of each <w:tc> (its paragraphs' texts concatenated) joined by one TAB. <w:sectPr>
  gives nothing. The shared validate.py reads documents as plain text, so it is given these lines (joined by "\n").
"""
import json, math, os, re, subprocess, sys, tempfile, unicodedata, zipfile
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n111_changning_kw_zxzjzp2025.docx", "n112_shkjfwxh_ndgzbg2025.txt", "n113_shtjj_qkjcxzs_pjjg2025.html",
         "n114_stcsm_jshtdj_xwtg2025.txt"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
CELL = "</td><td>"          # n113's HTML table quotes keep the markup between cells (heldout23's n89 convention)
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# ※ the line(s) key facts must be quoted from: the opening figures paragraph of each document
KEY_LINES = {"n111": lambda ls: [l for l in ls if l.startswith("2025年，该项目年初预算")],
             "n112": lambda ls: [ls[4]],
             "n113": lambda ls: [l for l in ls if l.startswith("<p>评价结果显示")],
             "n114": lambda ls: [ls[3]]}
SAME_YEAR_TARGETS = {"n111"}   # ※ the 绩效指标 table's 年度指标值 are targets of 2025 itself
BUDGET_DOCS = {"n111"}         # ※ the fund's 年初预算 and its split are role budget
errors = []
err = errors.append


def doc_lines(path):
    """The document as a list of lines (see the module docstring)."""
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            body = ET.fromstring(z.read("word/document.xml")).find(WNS + "body")
        ptext = lambda p: "".join(t.text or "" for t in p.iter(WNS + "t"))
        out = []
        for el in body:
            if el.tag == WNS + "p":
                out.append(ptext(el))
            elif el.tag == WNS + "tbl":
                for tr in el.findall(WNS + "tr"):
                    out.append("\t".join("".join(ptext(p) for p in tc.findall(WNS + "p")) for tc in tr.findall(WNS + "tc")))
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
    scale = 1e12 if measure.startswith("万亿") else 1e4 if measure.startswith("万") else 1e8 if measure.startswith("亿") else 1
    return any(near(v, n) or near(v * scale, n) for n in numbers_in(q))


def fold(v, m):
    for p, k in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if m.startswith(p):
            return v * k
    return v


def is_table(q):
    return "\t" in q or CELL in q


def ffold(f):
    return round(fold(f["value"], f["measure"]), 6)


def cnum(s):
    """The number in a table cell: `1,352.8`, `≥300个`, `≤30个工作日`, `97.0%`."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", s)
    return float(m.group().replace(",", "")) if m else float("nan")


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
        if f["role"] == "target" and (f["year"] < ry or (f["year"] == ry and tag0 not in SAME_YEAR_TARGETS)):
            err(f"{tag}: target not after the report year")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline not before the report year")
        if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: {f['role']} of another year")
        if f["role"] == "budget" and (tag0 not in BUDGET_DOCS or f["year"] != ry or f["category"] != "finance"):
            err(f"{tag}: budget role outside n111's 2025 fund budget")
        q = f["quote"]
        if any(c in q for c in "\n\r"): err(f"{tag}: quote spans lines")
        if not any(q in l for l in lines): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        if "\t" in q:   # a .docx table cell: the measure is what the cell itself writes ("" for the bare score cells)
            last = q.split("\t")[-1]
            if f["measure"] not in last or (f["measure"] == "" and re.search(r"[^\d.]", last)):
                err(f"{tag}: measure {f['measure']!r} is not what cell {last!r} writes")
        elif f["measure"] and f["measure"] != "%" and CELL not in q and f["measure"] not in q:
            err(f"{tag}: measure {f['measure']} not in quote")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q.replace(CELL, ""))): err(f"{tag}: markup in quote")
        # ≥ / ≤ in the cell give over / under
        if "\t" in q:
            last = q.split("\t")[-1]
            want = "over" if last.startswith("≥") else "under" if last.startswith("≤") else "exact"
            if f["qualifier"] != want: err(f"{tag}: qualifier {f['qualifier']} for cell {last!r}")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        if not any(h["quote"] in l for l in lines): err(f"{tag}: quote not on one line")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
        if h["issuer"] and h["issuer"] not in h["quote"]: err(f"{tag}: issuer not in quote")
        r = h["recipient"]
        if r not in raw and r != g["unit"]: err(f"{tag}: recipient not in text")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["qualifier"], f["role"], f["quote"])
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)
    vals = {}
    for f in g["facts"]:   # ※ a target and an actual of one year may differ, so the role is part of the key
        vals.setdefault((f["subject"], f["year"], f["role"], f["qualifier"]), set()).add(ffold(f))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 25 <= n <= 50: err(f"{name}: {n} facts")
    if not 4 <= kc <= 9: err(f"{name}: {kc} key facts")
    kl = KEY_LINES[tag0](lines)
    if len(kl) != 1: err(f"{name}: key paragraph not found once")
    for f in g["facts"]:
        if f["key"] and not any(f["quote"] in l for l in kl): err(f"{name}: key fact {f['subject']} not in the key paragraph")
    # every number of the key paragraph that is labelled at all is labelled key there (restatements elsewhere are not)
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
    """A table quote starts exactly one row (n111: from its first cell; n113: from the 排名 cell), ends on a cell
    boundary, and its last cell is the fact's value."""
    n = 0
    for f in g["facts"]:
        q = f["quote"]
        if not is_table(q):
            continue
        n += 1
        sep, pre = ("\t", "") if "\t" in q else (CELL, "<tr><td>")
        full = [l for l in lines if l.startswith(pre + q)]
        if len(full) != 1:
            err(f"{name}: table quote {q!r} is not the start of exactly one row")
        else:
            rest = full[0][len(pre + q):]
            if not (rest.startswith("</td>") if sep == CELL else (rest == "" or rest.startswith("\t"))):
                err(f"{name}: table quote {q!r} cuts a cell")
        if not near(cnum(q.split(sep)[-1]), f["value"]): err(f"{name}: table quote {q!r} ends in another value")
        if f["key"]: err(f"{name}: table copy {q!r} is key")
    return n


def arith(name, g, lines):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    nt = table_quotes(name, g, lines)
    ok = []
    if name.startswith("n111"):
        tab = [l.split("\t") for l in lines if "\t" in l]
        body = tab[1:-1]
        rows = {r[2]: r for r in body}
        subj = {"支持项目数": "专项资金支持项目", "新增高新技术企业数": "新增高新技术企业", "资金拨付时限": "资金拨付时限",
                "区技术合同成交额增长率": "区技术合同成交额增长率", "企业满意度": "企业满意度", "预算执行率": "专项资金预算执行率"}
        role = {"区技术合同成交额增长率": "change", "预算执行率": "share"}
        unmet, cellfacts = 0, True
        for lab, r in rows.items():
            t, a, w, s = cnum(r[3]), cnum(r[4]), cnum(r[5]), cnum(r[6])
            met = a <= t if r[3].startswith("≤") else a >= t
            unmet += not met
            want = w if met else r1(a / t * w)                 # a target missed scores in proportion
            if not near(s, want): err(f"{name}: row {lab} scores {s}, expected {want}")
            cellfacts &= (near(v(subj[lab], 2025, "target"), t) and near(v(subj[lab], 2025, role.get(lab, "actual")), a)
                          and near(v(lab + "分值"), w) and near(v(lab + "得分"), s))
        tot = tab[-1]
        ok = [tab[0] == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
              len(tab) == 8 and all(len(r) == 7 for r in tab), tot[0] == "合计", len(rows) == 6, nt == 26, cellfacts,
              lines[1].endswith("绩效自评报告"), "三、偏差原因分析" in lines, "四、下一步改进措施" in lines,
              unmet == v("未完成年度指标值的绩效指标"),                                                          # 2
              near(sum(cnum(r[5]) for r in body), cnum(tot[5])) and cnum(tot[5]) == 100 == v("绩效指标分值合计"),
              near(sum(cnum(r[6]) for r in body), cnum(tot[6])) and near(cnum(tot[6]), v("项目绩效自评得分")),   # 96.8
              v("项目绩效自评得分") >= 90 and "“优”" in KEY_LINES["n111"](lines)[0],
              pct(v("专项资金执行数"), v("专项资金年初预算", 2025, "budget")) == v("专项资金预算执行率", 2025, "share"),  # 97.0
              near(v("企业研发补助预算") + v("科技创新载体建设预算") + v("科技成果转化奖励预算"), v("专项资金年初预算")),
              near(v("企业研发补助执行数") + v("科技创新载体建设执行数") + v("科技成果转化奖励执行数"), v("专项资金执行数")),
              v("企业研发补助执行数") <= v("企业研发补助预算") + v("科技创新载体建设预算调剂用于企业研发补助"),
              v("科技创新载体建设执行数") <= v("科技创新载体建设预算") - v("科技创新载体建设预算调剂用于企业研发补助"),
              v("科技成果转化奖励执行数") <= v("科技成果转化奖励预算"),
              grow(v("专项资金执行数"), v("专项资金执行数", 2024, "baseline")) == v("专项资金执行数同比增长"),     # 5.4
              near(v("专项资金年初预算") - v("专项资金执行数"), v("专项资金结余")),                               # 257.5
              near(v("区技术合同成交额增长率", 2025, "target") - v("区技术合同成交额增长率", 2025, "change"),
                   v("区技术合同成交额增长率低于年度指标值")),                                                  # 1.4
              near(v("企业满意度", 2025, "target") - v("企业满意度", 2025, "actual"), v("企业满意度低于年度指标值")),  # 2.4
              v("专项资金支持项目", 2025, "actual") == 326 == cnum(rows["支持项目数"][4]),
              v("资金拨付时限", 2026, "target") < v("资金拨付时限", 2025, "actual"),
              v("企业满意度", 2026, "target") > v("企业满意度", 2025, "actual"),
              v("专项资金预算执行率", 2026, "target") <= v("专项资金预算执行率", 2025, "share"),
              all(f["year"] == 2025 for f in g["facts"] if f["role"] == "budget"), not g["honours"]]
    elif name.startswith("n112"):
        hs = g["honours"]
        ok = [nt == 0, not any("\t" in l for l in lines), lines[0].endswith("年度工作报告"), lines[3] == "各位会员代表：",
              lines[-2].endswith("秘书处"), "六、获得荣誉" in lines, "八、2026年工作计划" in lines,
              v("新发展会员单位", 2025, "actual") - v("退出会员单位") == v("会员单位净增"),                          # 86 − 21
              v("会员单位", 2025, "actual") - v("会员单位", 2024) == v("会员单位净增"),                              # 612 − 547
              v("企业会员") + v("高校、科研院所及其他会员") == v("会员单位", 2025, "actual"),
              pct(v("企业会员"), v("会员单位", 2025, "actual")) == v("企业会员占会员单位比重"),                      # 87.9
              any(grow(v("培训学员", 2025, "actual"), k) == v("培训学员同比增长") for k in range(3000, 3860)),      # 15.2
              v("被行业主管部门推荐采用的团体标准") < v("发布团体标准", 2025, "actual"),
              near(v("会费收入") + v("服务收入") + v("其他收入"), v("总收入", 2025, "actual")),                      # 1,486.3
              grow(v("总收入", 2025, "actual"), v("总收入", 2024)) == v("总收入同比增长"),                          # 9.8
              near(v("业务活动成本") + v("管理费用"), v("总支出")),                                                 # 1,402.7
              grow(v("总支出"), v("总支出", 2024)) == v("总支出同比增长"),                                          # 7.1
              near(v("总收入", 2025, "actual") - v("总支出"), v("收支结余")),                                        # 83.6
              near(v("净资产") - v("净资产", 2024), v("收支结余")),                                                 # 1,238.5 − 1,154.9
              len(hs) == v("获得荣誉") == 3 and sorted(h["level"] for h in hs) == ["municipal", "municipal", "other"],
              all(h["year"] == 2025 for h in hs),
              v("会员单位", 2026, "target", "over") > v("会员单位", 2025, "actual"),
              v("发布团体标准", 2026, "target") > v("发布团体标准", 2025, "actual"),
              v("举办培训", 2026, "target") > v("举办培训", 2025, "actual"),
              v("培训学员", 2026, "target") > v("培训学员", 2025, "actual"),
              v("总收入", 2026, "target") > v("总收入", 2025, "actual")]
    elif name.startswith("n113"):
        rows = []
        for l in lines:
            m = re.fullmatch(r"<tr><td>(.*)</td></tr>", l)
            if m:
                rows.append(m.group(1).split(CELL))
        hdr = [l for l in lines if l.startswith("<tr><th>")]
        title = re.search(r"<title>(.*)</title>", "\n".join(lines)).group(1)
        sc = {r[1]: cnum(r[2]) for r in rows}
        rank = {r[1]: int(r[0]) for r in rows}

        def prev(r):  # last year's rank from 比上年位次变化
            c = r[3]
            return int(r[0]) if c == "持平" else int(r[0]) + int(re.search(r"\d+", c).group()) * (1 if c.startswith("上升") else -1)

        centre = ["黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区"]
        suburb = ["闵行区", "宝山区", "嘉定区", "金山区", "松江区", "青浦区", "奉贤区", "崇明区"]
        rises = {r[1]: prev(r) - int(r[0]) for r in rows}
        ok = [len(rows) == 16 and all(len(r) == 4 for r in rows), nt == 16,
              hdr == ["<tr><th>排名</th><th>区</th><th>综合指数得分（分）</th><th>比上年位次变化</th></tr>"],
              sum(l.count("<table") for l in lines) == 1, f"<h1>{title}</h1>" in lines,
              "&nbsp;" in "".join(lines) and "<strong>" in "".join(lines),
              [r[0] for r in rows] == [str(i) for i in range(1, 17)],                              # ranks 1–16 in order
              list(sc.values()) == sorted(sc.values(), reverse=True),                              # rank = score order
              all(near(sc[d], v(d + "综合指数得分")) for d in sc),                                  # every cell = its fact
              sorted(prev(r) for r in rows) == list(range(1, 17)),                                 # last year's ranks
              r1(sum(sc.values()) / 16) == v("各区综合指数平均得分", 2025, "actual"),              # 74.6
              len(sc) == v("评价覆盖区") == 1 + v("中心城区区数") + v("郊区区数"),                 # 16 = 1 + 7 + 8
              set(centre) | set(suburb) | {"浦东新区"} == set(sc),
              len(centre) == v("中心城区区数") and len(suburb) == v("郊区区数"),
              r1(sum(sc[d] for d in centre) / 7) == v("中心城区综合指数平均得分"),                  # 76.8
              r1(sum(sc[d] for d in suburb) / 8) == v("郊区综合指数平均得分"),                      # 70.8
              rank["浦东新区"] == 1 and v("浦东新区综合指数得分") == max(sc.values()),              # 位列第一
              [d for d in sc][1:3] == ["徐汇区", "闵行区"],                                          # 第二、第三
              sum(s >= 80 for s in sc.values()) == v("综合指数得分80分以上的区"),                   # 5
              near(max(sc.values()) - min(sc.values()), v("浦东新区与崇明区综合指数得分差距"))
              and min(sc, key=sc.get) == "崇明区",                                                  # 30.9
              rises["嘉定区"] == rises["青浦区"] == 2 == max(rises.values()),                      # 位次均上升2位
              v("嘉定区综合指数得分比上年提高") > v("青浦区综合指数得分比上年提高"),
              v("各区综合指数平均得分", 2026, "target") > v("各区综合指数平均得分", 2025, "actual"),
              v("全市全社会研发经费投入强度", 2026, "target") >= v("全市全社会研发经费投入强度", 2025, "actual"),
              v("评价一级指标") < v("评价二级指标"),
              not any(f["subject"].endswith(("排名", "位次", "位次变化")) for f in g["facts"]),   # rankings unlabelled ※
              not g["honours"]]
    elif name.startswith("n114"):
        T = v("技术合同成交额", 2025, "actual")
        types = ["技术服务", "技术开发", "技术转让", "技术咨询"]
        flows = ["流向外省市的", "流向本市的", "技术出口"]
        ok = [nt == 0, not any("\t" in l for l in lines), lines[0].endswith("新闻通稿"), lines[-1] == "（完）",
              any(l.startswith("下一步，市科委将") for l in lines),
              any(grow(v("认定登记技术合同"), k) == v("认定登记技术合同同比增长") for k in range(45000, 52386)),  # 6.8
              any(grow(T, k / 10) == v("技术合同成交额同比增长") for k in range(45000, 53864)),                   # 11.6
              any(grow(v("技术交易额", 2025, "actual"), k / 10) == v("技术交易额同比增长") for k in range(33000, 39127)),
              near(sum(v(t + "合同成交额") for t in types), T),                                                  # 5,386.4
              all(pct(v(t + "合同成交额"), T) == v(t + "合同成交额占比") for t in types),
              near(sum(v(t + "合同成交额占比") for t in types), 100),
              pct(v("技术开发合同"), v("认定登记技术合同")) == v("技术开发合同占合同总数比重"),                  # 41.2
              v("流向外省市的技术合同") < v("认定登记技术合同"),
              near(sum(v(t + "技术合同成交额" if t != "技术出口" else "技术出口合同成交额") for t in flows), T),    # 5,386.4
              pct(v("流向外省市的技术合同成交额"), T) == v("流向外省市的技术合同成交额占比"),                    # 55.9
              pct(v("流向本市的技术合同成交额"), T) == v("流向本市的技术合同成交额占比"),                        # 36.9
              pct(v("技术出口合同成交额"), T) == v("技术出口合同成交额占比"),                                    # 7.2
              pct(v("流向长三角地区其他省份的技术合同成交额"), v("流向外省市的技术合同成交额"))
              == v("流向长三角地区其他省份的成交额占流向外省市成交额比重"),                                    # 37.5
              near(v("浦东新区技术合同成交额") + v("徐汇区技术合同成交额") + v("闵行区技术合同成交额"),
                   v("浦东新区、徐汇区、闵行区技术合同成交额合计")),                                          # 3,036.2
              v("浦东新区技术合同成交额") > v("徐汇区技术合同成交额") > v("闵行区技术合同成交额") > 100,
              pct(v("浦东新区、徐汇区、闵行区技术合同成交额合计"), T) == v("浦东新区、徐汇区、闵行区技术合同成交额占全市比重"),
              any(grow(v("浦东新区技术合同成交额"), k / 10) == v("浦东新区技术合同成交额同比增长") for k in range(11000, 14268)),
              3 <= v("技术合同成交额超过100亿元的区") <= 16,
              pct(v("企业作为卖方的技术合同成交额"), T) == v("企业作为卖方的技术合同成交额占比"),              # 92.2
              v("企业作为卖方的技术合同成交额") + v("高校和科研院所作为卖方的技术合同成交额") < T,
              any(grow(v("高校和科研院所作为卖方的技术合同成交额"), k / 10)
                  == v("高校和科研院所作为卖方的技术合同成交额同比增长") for k in range(2500, 3267)),           # 18.4
              pct(v("先导产业领域技术合同成交额"), T) == v("先导产业领域技术合同成交额占比"),                    # 30.5
              pct(v("技术交易额", 2025, "actual"), T) == v("技术交易额占技术合同成交额比重"),                    # 72.6
              r1(fold(T, "亿元") / v("认定登记技术合同") / 1e4) == v("平均每项技术合同成交额"),                  # 1,028.2 万元
              # 12.3% > 11.6%: last year's share was lower, so the share rose (the official's 稳步提升)
              pct(v("技术交易额", 2025, "actual") / 1.123, T / 1.116) < v("技术交易额占技术合同成交额比重"),
              # 十四五 (5 years, growing): more than the last year alone, less than five times it
              fold(T, "亿元") < fold(v("“十四五”期间累计技术合同成交额"), "万亿元") < 5 * fold(T, "亿元"),
              v("认定登记技术合同") < fold(v("“十四五”期间累计认定登记技术合同"), "万项") < 5 * v("认定登记技术合同"),
              v("技术合同成交额", 2026, "target") > T, v("技术交易额", 2026, "target") > v("技术交易额", 2025, "actual"),
              not g["honours"]]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    """The shared validator on all four documents (it reads them as plain text: the .docx is given as its lines)."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            with open(os.path.join(tmp, "d", n), "w", encoding="utf-8", newline="\n") as fh:
                fh.write("\n".join(doc_lines(os.path.join(DOCS, n))) + "\n")
            b = os.path.splitext(n)[0] + ".json"
            with open(os.path.join(GOLD, b), "rb") as src, open(os.path.join(tmp, "g", b), "wb") as dst:
                dst.write(src.read())
        r = subprocess.run([sys.executable, "-B", val, os.path.join(tmp, "d"), os.path.join(tmp, "g")],
                           capture_output=True, text=True)
        out = r.stdout + r.stderr
        for l in out.splitlines():
            if l.startswith("ERROR") or "Traceback" in l:
                err("shared validate.py: " + l)
        if r.returncode != 0 or not out.rstrip().endswith("OK"):
            err("shared validate.py did not print OK")


def main():
    for name in NAMES:
        path = os.path.join(DOCS, name)
        raw_b = open(path, "rb").read()
        if name.endswith(".docx"):
            if not zipfile.is_zipfile(path): err(f"{name}: not a zip")
            with zipfile.ZipFile(path) as z:
                if sorted(z.namelist()) != ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]: err(f"{name}: parts")
                x = z.read("word/document.xml")
                if x.startswith(b"\xef\xbb\xbf") or b"\r" in x: err(f"{name}: document.xml UTF-8, no BOM, no CR")
        elif raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(b"\n"):
            err(f"{name}: UTF-8, LF, no BOM")
        lines = doc_lines(path)
        raw = "\n".join(lines) + "\n"
        if not 30 <= len(lines) <= 60: err(f"{name}: {len(lines)} lines")
        if any(l.startswith("|") for l in lines): err(f"{name}: pipe table")
        if "\t" in raw and not name.endswith(".docx"): err(f"{name}: TAB outside the .docx table")
        if any(l == "" for l in lines): err(f"{name}: empty line")
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw)
        arith(name, g, lines)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {len(lines)} lines")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
