#!/usr/bin/env python3
"""Checks the n87–n90 labels against the documents. Prints OK when all checks pass."""
import json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n87_jinshan_kw_szbg2025.txt", "n88_putuo_kw_taf2025.txt", "n89_stcsm_gqjc_news2025.html",
         "n90_fengxian_kw_kjcxq2025.txt"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
CELL = "</td><td>"          # n89's HTML table quotes keep the markup between cells (heldout20's n77 convention)
# ※ the lines key facts must be quoted from: the opening paragraph, except n88 (the first figures paragraph of the
# letter, after 一、) and n90 (the 本批次 totals paragraph and the 截至目前 cumulative paragraph)
KEY_LINES = {"n87": lambda ls: [ls[3]],
             "n88": lambda ls: [ls[ls.index("一、我区科技型中小企业培育工作基本情况") + 1]],
             "n89": lambda ls: [next(l for l in ls if l.startswith("<p>"))],
             "n90": lambda ls: [l for l in ls if l.startswith("本批次共兑付企业") or l.startswith("截至目前")]}
# ※ same-year targets: n88's 2025全年 measures (dated June 2025), n90's 年度兑付计划
SAME_YEAR_TARGETS = {"n88", "n90"}
# ※ n88 reports 2024 full-year results as facts of 2024 (actual/change/share), beside 2025's 1—5月 figures
OTHER_ACTUAL_YEARS = {"n88": {2024}}
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


def is_table(q):
    return "\t" in q or CELL in q


def ffold(f):
    """Folded value; n90's TAB cells (measure "" ※) take 万元 from the header 兑付金额（万元） for comparison."""
    m = f["measure"]
    if m == "" and "\t" in f["quote"]:
        m = "万元"
    return round(fold(f["value"], m), 6)


def check_gold(name, g, lines, raw):
    tag0 = name[:3]
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
        if f["measure"] and f["measure"] != "%" and not is_table(q) and f["measure"] not in q:
            err(f"{tag}: measure {f['measure']} not in quote")
        if "\t" in q and f["measure"] != "": err(f"{tag}: TAB cell with a measure")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q.replace(CELL, ""))): err(f"{tag}: markup in quote")
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
    if not 40 <= n <= 70: err(f"{name}: {n} facts")
    if not 6 <= kc <= 10: err(f"{name}: {kc} key facts")
    kl = KEY_LINES[tag0](lines)
    for f in g["facts"]:
        if f["key"] and not any(f["quote"] in l for l in kl): err(f"{name}: key fact {f['subject']} not in the key paragraph(s)")
    # restatements are key false: a key subject/year/value appears as key only once
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


def cnum(s):
    return float(s.replace(",", "").replace("%", ""))


def table_quotes(name, g, lines):
    """A table quote starts exactly one row (n89: from the label cell; n90: from the 序号/合计 cell), ends on a cell
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
    if name.startswith("n87"):
        hs = g["honours"]
        ok = [nt == 0, not any("\t" in l for l in lines), lines[0].endswith("个人述职述廉报告"),
              "本人" in lines[3] and "我委" in lines[3], "二、廉洁自律情况" in lines, "五、2026年工作打算" in lines,
              grow(v("技术合同成交额", 2025, "actual"), v("技术合同成交额", 2024)) == v("技术合同成交额同比增长"),  # 14.2
              v("有效期内高新技术企业", 2025, "actual") - v("有效期内高新技术企业", 2024) == v("有效期内高新技术企业净增"),  # 98
              any(grow(v("新增科技型中小企业评价入库"), k) == v("新增科技型中小企业评价入库同比增长") for k in range(1200, 1460)),
              v("国家级专精特新“小巨人”企业") < v("市级“专精特新”企业"),
              v("新认定高新技术企业") < v("有效期内高新技术企业", 2025, "actual"),
              any(grow(v("规模以上工业企业研发费用支出"), k / 10) == v("规模以上工业企业研发费用支出同比增长") for k in range(600, 684)),
              pct(v("技术开发合同成交额"), v("技术合同成交额", 2025, "actual")) == v("技术开发合同成交额占技术合同成交额比重"),  # 60.0
              pct(v("区级科技专项资金拨付"), v("区级科技专项资金安排")) == v("区级科技专项资金完成年度预算比例"),  # 98.7
              near(v("企业研发补贴") + v("科技创新载体建设资金") + v("科技人才及科普资金"), v("区级科技专项资金拨付")),  # 2.32
              fold(v("科技创新券发放金额"), "万元") < fold(v("区级科技专项资金拨付"), "亿元"),
              pct(v("绩效评价结果为“优良”的项目"), v("专项资金绩效评价项目")) == v("绩效评价结果为“优良”的项目占比"),  # 92.1
              v("新增市级众创空间") < v("市级以上科技企业孵化器和众创空间"),
              round(v("全社会研发经费投入强度", 2025, "actual") - v("全社会研发经费投入强度比上年提高"), 2) == 2.74,  # implied
              any(pct(k / 10 - v("“三公”经费支出"), k / 10) == v("“三公”经费支出比上年下降") for k in range(87, 120)),
              v("本人参加廉政教育", 2025, "actual") == v("本人参加廉政教育", 2026, "target", "over"),
              fv(g, "技术合同成交额", 2026, "target", "over") > v("技术合同成交额", 2025, "actual"),
              fv(g, "有效期内高新技术企业", 2026, "target", "over") > v("有效期内高新技术企业", 2025, "actual"),
              v("全社会研发经费投入强度", 2026, "target", "approx") > v("全社会研发经费投入强度", 2025, "actual"),
              len(hs) == 3 and sorted(h["level"] for h in hs) == ["district", "municipal", "system"],
              sum(h["recipient"] == "沈卫东" for h in hs) == 2 and all(h["year"] == 2025 for h in hs),
              all(f["role"] in ("actual", "baseline", "change", "share", "target") for f in g["facts"])]
    elif name.startswith("n88"):
        a24 = lambda s: v(s, 2024)
        ok = [nt == 0, not any("\t" in l for l in lines), lines[4] == "尊敬的王丽委员：", "现答复如下" in lines[5],
              "收悉" in lines[5], any("下一步，我委将" in l for l in lines), any(l.startswith("联系人：") for l in lines),
              any(l.startswith("联系电话：") for l in lines), lines[-1] == "2025年6月18日",
              grow(a24("新增科技型中小企业评价入库"), v("新增科技型中小企业评价入库", 2023)) == v("新增科技型中小企业评价入库同比增长", 2024),
              any(grow(a24("技术合同成交额"), k / 10) == v("技术合同成交额同比增长", 2024) for k in range(700, 867)),  # 9.9
              any(grow(v("1—5月技术合同成交额"), k / 10) == v("1—5月技术合同成交额同比增长") for k in range(300, 382)),  # 11.4
              pct(a24("区级科技创新专项资金支持科技型中小企业项目"), a24("区级科技创新专项资金支持企业项目"))
              == v("科技型中小企业项目占支持项目比重", 2024),                                                    # 75.6
              pct(v("1—5月办结企业诉求"), v("1—5月收集企业诉求")) == v("1—5月企业诉求办结率"),                  # 95.2
              v("1—5月新增科技型中小企业评价入库") < a24("新增科技型中小企业评价入库"),
              v("1—5月技术合同成交额") < a24("技术合同成交额"),
              a24("新认定高新技术企业") < a24("有效期内高新技术企业"),
              a24("毕业企业在科创板或北交所上市") < a24("孵化载体新增毕业企业"),
              fv(g, "新增科技型中小企业评价入库", 2025, "target", "over") > a24("新增科技型中小企业评价入库"),
              fv(g, "有效期内高新技术企业", 2025, "target", "over") > a24("有效期内高新技术企业"),
              v("“科技贷”贴息金额", 2025, "target") > a24("“科技贷”贴息金额"),
              fv(g, "新增“科技贷”支持企业", 2025, "target", "over") > v("1—5月新增“科技贷”支持企业"),
              all(f["year"] == 2024 for f in g["facts"] if f["role"] != "target" and not f["subject"].startswith("1—5月")
                  and f["subject"] not in ("市级以上科技企业孵化器和众创空间", "孵化面积", "在孵企业")
                  and f["role"] != "baseline"),
              all(f["year"] == 2025 and f["role"] in ("actual", "change", "share") for f in g["facts"] if f["subject"].startswith("1—5月")),
              all(f["year"] == 2025 for f in g["facts"] if f["role"] == "target"),
              not g["honours"]]
    elif name.startswith("n89"):
        rows = {}
        for l in lines:
            m = re.fullmatch(r"<tr><td>(.*)</td></tr>", l)
            if m:
                c = m.group(1).split(CELL)
                rows[c[0]] = [cnum(x) for x in c[1:]]
        hdr = [l for l in lines if l.startswith("<tr><th>")]
        title = re.search(r"<title>(.*)</title>", "\n".join(lines)).group(1)
        cols = ["综合指数得分", "研发经费投入强度", "每万人口高价值发明专利拥有量", "技术合同成交额"]
        sc = {k: c[0] for k, c in rows.items()}
        ok = [len(rows) == 8 and all(len(c) == 4 for c in rows.values()), nt == 32,
              hdr == ["<tr><th>区</th><th>综合指数得分（分）</th><th>研发经费投入强度（%）</th>"
                      "<th>每万人口高价值发明专利拥有量（件）</th><th>技术合同成交额（亿元）</th></tr>"],
              sum(l.count("<table") for l in lines) == 1, f"<h1>{title}</h1>" in lines,
              "&nbsp;" in "".join(lines) and "<strong>" in "".join(lines),
              all(near(rows[d][i], v(d + c)) for d in rows for i, c in enumerate(cols)),      # every cell = its fact
              list(sc) == sorted(sc, key=lambda k: -sc[k]),                                  # rows in score order
              max(sc, key=sc.get) == "浦东新区" and v("浦东新区综合指数得分") == max(sc.values()),  # 位列第一
              sorted(sc, key=lambda k: -sc[k])[1:3] == ["徐汇区", "闵行区"],                   # 第二、第三
              sum(s >= 80 for s in sc.values()) == v("综合指数得分80分以上的区"),              # 3 (all ≥80 are in the table)
              max(rows, key=lambda k: rows[k][1]) == "杨浦区" and v("杨浦区研发经费投入强度") == rows["杨浦区"][1],
              sum(c[1] > 4 for c in rows.values()) == v("列入监测表的区中研发经费投入强度超过4%的区"),     # 6
              max(rows, key=lambda k: rows[k][2]) == "徐汇区",
              r1(v("徐汇区每万人口高价值发明专利拥有量") / v("全市每万人口高价值发明专利拥有量"))
              == v("徐汇区每万人口高价值发明专利拥有量相当于全市平均水平"),                                  # 1.7
              near(sum(c[3] for c in rows.values()), v("列入监测表的区技术合同成交额合计")),                  # 5,043.6
              pct(v("列入监测表的区技术合同成交额合计"), v("全市技术合同成交额")) == v("列入监测表的区技术合同成交额占全市比重"),  # 85.3
              grow(v("浦东新区技术合同成交额", 2025, "actual"), v("浦东新区技术合同成交额", 2024))
              == v("浦东新区技术合同成交额同比增长"),                                                         # 15.3
              any(grow(v("全市技术合同成交额"), k / 10) == v("全市技术合同成交额同比增长") for k in range(50000, 59126)),
              len(rows) == v("列入监测表的区") and len(rows) < v("监测覆盖区"),
              v("嘉定区综合指数得分比上年提高") > max(v("松江区综合指数得分比上年提高"), v("长宁区综合指数得分比上年提高")),
              v("全市全社会研发经费投入强度", 2026, "target", "approx") > v("全市全社会研发经费投入强度"),
              fv(g, "全市每万人口高价值发明专利拥有量", 2026, "target", "over") > v("全市每万人口高价值发明专利拥有量"),
              min(sc.values()) > v("各区综合指数平均得分") - 5,
              not g["honours"]]
    elif name.startswith("n90"):
        tab = [l.split("\t") for l in lines if "\t" in l]
        body = [r for r in tab if r[0].isdigit()]
        amt = [float(r[3]) for r in body]
        ok = [tab[0] == ["序号", "企业名称", "服务机构", "兑付金额（万元）"], all(len(r) == 4 for r in tab),
              len(tab) == 17, [r[0] for r in body] == [str(i) for i in range(1, 16)], tab[-1][0] == "合计",
              nt == 16, len(body) == v("第二批兑付金额10万元以上企业"),                                   # 15 rows
              near(sum(amt), float(tab[-1][3])) and near(sum(amt), v("第二批兑付金额10万元以上企业兑付金额小计")),  # 298.6
              all(x >= 10 for x in amt) and max(amt) == v("第二批单家企业最高兑付金额"),                  # 10万元以上; 最高30.0
              all(near(float(r[3]), v(r[1] + "科技创新券兑付金额")) for r in body),
              len({r[1] for r in body}) == 15,
              v("第二批科技创新券兑付高新技术企业") + v("第二批科技创新券兑付科技型中小企业") == v("第二批科技创新券兑付企业"),
              near(v("第二批高新技术企业兑付金额") + v("第二批科技型中小企业兑付金额"), v("第二批科技创新券兑付金额", 2025)),
              pct(v("第二批高新技术企业兑付金额"), v("第二批科技创新券兑付金额", 2025)) == v("第二批高新技术企业兑付金额占比"),  # 63.1
              grow(v("第二批科技创新券兑付金额", 2025), v("第二批科技创新券兑付金额", 2024)) == v("第二批科技创新券兑付金额同比增长"),
              near(v("第二批检验检测服务兑付金额") + v("第二批研发设计服务兑付金额") + v("第二批技术转移与知识产权服务兑付金额"),
                   v("第二批科技创新券兑付金额", 2025)),
              r1(v("第二批科技创新券兑付金额", 2025) / v("第二批科技创新券兑付企业")) == v("第二批平均每家企业兑付金额"),  # ≈15.0
              v("第二批兑付金额10万元以上企业") + v("第二批其余兑付企业") == v("第二批科技创新券兑付企业"),     # 15 + 71
              near(v("第二批兑付金额10万元以上企业兑付金额小计") + v("第二批其余企业兑付金额"), v("第二批科技创新券兑付金额", 2025)),
              v("第一批科技创新券兑付企业") + v("第二批科技创新券兑付企业") == v("全年累计兑付企业"),            # 72 + 86
              near(v("第一批科技创新券兑付金额") + v("第二批科技创新券兑付金额", 2025), v("全年累计兑付金额")),  # 2,342.8
              v("全年科技创新券兑付批次") == 2,
              pct(v("全年累计兑付金额"), v("年度兑付计划", 2025, "target")) == v("全年累计兑付金额完成年度兑付计划比例"),  # 78.1
              pct(v("首次申领科技创新券的企业"), v("全年累计兑付企业")) == v("首次申领科技创新券的企业占累计兑付企业比重"),  # 60.8
              v("第二批科技创新券涉及服务机构") < v("第二批科技创新券兑付企业"),
              any(l.startswith("公示期为2025年9月1日至9月5日") for l in lines),
              any(l.startswith("联系电话：") for l in lines), not g["honours"]]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    """The shared validator on all four documents (it reads them as plain text)."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", val, os.path.join(tmp, "d"), os.path.join(tmp, "g")],
                           capture_output=True, text=True)
        for l in (r.stdout + r.stderr).splitlines():
            if l.startswith("ERROR") or "Traceback" in l:
                err("shared validate.py: " + l)


def main():
    for name in NAMES:
        raw_b = open(os.path.join(DOCS, name), "rb").read()
        if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(b"\n"): err(f"{name}: UTF-8, LF, no BOM")
        raw = raw_b.decode("utf-8")
        lines = raw.split("\n")[:-1]
        if not 35 <= len(lines) <= 70: err(f"{name}: {len(lines)} lines")
        if any(l.startswith("|") for l in lines): err(f"{name}: pipe table")
        if "\t" in raw and not name.startswith("n90"): err(f"{name}: TAB outside n90")
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
