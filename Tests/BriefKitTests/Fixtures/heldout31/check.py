#!/usr/bin/env python3
"""Checks the n119–n122 labels against the documents. Prints OK when all checks pass.

Every document is read as raw UTF-8 text split on "\\n" (no HTML parsing, no Markdown rendering, no entity decoding):
a quote must be a substring of one such raw line."""
import json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n119_sheitc_rgzn_fzbg2025.txt", "n120_stcsm_swyy_sbzn2025.html", "n121_skcg_ndbg2025.md",
         "n122_shtjj_tjnj_rd2025.html"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
CELL = "</td><td>"   # n122's HTML table quotes keep the markup between cells (heldout23's n89 convention)
MSEP = " | "         # n121's Markdown table quotes keep the cell separators
# ※ the lines key facts must be quoted from
KEY_LINES = {"n119": lambda ls: [ls[ls.index("一、总体发展情况") + 1]],
             "n120": lambda ls: [l for l in ls if l.startswith("<p>2024年，本领域共受理") or l.startswith("<p>2025年，本领域拟支持")],
             "n121": lambda ls: [l for l in ls if l.startswith("2025年，集团坚持")],
             "n122": lambda ls: [l for l in ls if l.startswith("<tr><td>")]}
SAME_YEAR_TARGETS = {"n120"}                 # ※ the guide's 2025 plan (拟支持 → target, 拟安排资金 → budget)
BUDGET_DOCS = {"n120"}
OTHER_ACTUAL_YEARS = {"n120": {2024}}        # ※ the programme's 2024 round, reported as results
RATE_YEARS = {"n122": set(range(2019, 2025))}  # ※ yearbook: earlier-year growth/share cells keep change/share
FACT_BOUNDS = {"n122": (25, 80)}
errors = []
err = errors.append


def near(a, b, tol=1e-6):
    return abs(a - b) <= tol * max(1, abs(a), abs(b))


def r1(x):  # round half up to one decimal, as the documents do
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def r2(x):
    return math.floor(x * 100 + 0.5 + 1e-9) / 100


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
    return CELL in q or MSEP in q


def ffold(f):
    return round(fold(f["value"], f["measure"]), 6)


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
    act_years = {ry} | OTHER_ACTUAL_YEARS.get(tag0, set())
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != FF: err(f"{tag}: fields {list(f)}")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            err(f"{tag}: year/value type")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str): err(f"{tag}: key/measure type")
        if f["role"] in ("target", "baseline") and f["key"]: err(f"{tag}: a {f['role']} is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        if f["role"] in ("target", "budget") and (f["year"] < ry or (f["year"] == ry and tag0 not in SAME_YEAR_TARGETS)):
            err(f"{tag}: {f['role']} not after the report year")
        if f["role"] == "baseline" and f["year"] >= min(act_years): err(f"{tag}: baseline not before the actuals")
        ok_years = act_years | (RATE_YEARS.get(tag0, set()) if f["role"] in ("change", "share") else set())
        if f["role"] in ("actual", "change", "share") and f["year"] not in ok_years: err(f"{tag}: {f['role']} of another year")
        if f["role"] == "budget" and tag0 not in BUDGET_DOCS: err(f"{tag}: budget role outside n120")
        q = f["quote"]
        if any(c in q for c in "\n\r"): err(f"{tag}: quote spans lines")
        if not any(q in l for l in lines): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        if f["measure"] and f["measure"] != "%" and not is_table(q) and f["measure"] not in q:
            err(f"{tag}: measure {f['measure']} not in quote")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q.replace(CELL, ""))): err(f"{tag}: markup in quote")
        if name.endswith(".md") and (q.startswith("|") or q.startswith("#") or q.startswith("- ")): err(f"{tag}: Markdown syntax in quote")
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
    lo, hi = FACT_BOUNDS.get(tag0, (25, 50))
    if not lo <= n <= hi: err(f"{name}: {n} facts")
    if not 4 <= kc <= 9: err(f"{name}: {kc} key facts")
    kl = KEY_LINES[tag0](lines)
    for f in g["facts"]:
        if f["key"] and not any(f["quote"] in l for l in kl): err(f"{name}: key fact {f['subject']} not in the key paragraph(s)")
        if f["key"] and f["year"] not in act_years: err(f"{name}: key fact {f['subject']} of {f['year']}")
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
    """A table quote starts exactly one row (n121: after the leading `| `; n122: after `<tr><td>`), from its label
    cell, ends on a cell boundary, and its last cell is the fact's value."""
    n = 0
    for f in g["facts"]:
        q = f["quote"]
        if not is_table(q):
            continue
        n += 1
        sep, pre, end = (CELL, "<tr><td>", "</td>") if CELL in q else (MSEP, "| ", " |")
        full = [l for l in lines if l.startswith(pre + q)]
        if len(full) != 1:
            err(f"{name}: table quote {q!r} is not the start of exactly one row")
        elif not full[0][len(pre + q):].startswith(end):
            err(f"{name}: table quote {q!r} cuts a cell")
        if not near(cnum(q.split(sep)[-1]), f["value"]): err(f"{name}: table quote {q!r} ends in another value")
        if f["key"] and not name.startswith("n122"): err(f"{name}: table copy {q!r} is key")
    return n


def html_rows(lines):
    rows = {}
    for l in lines:
        m = re.fullmatch(r"<tr><td>(.*)</td></tr>", l)
        if m:
            c = m.group(1).split(CELL)
            rows[c[0]] = (c[1], [cnum(x) for x in c[2:]])
    return rows


def md_rows(lines):
    rows = {}
    for l in lines:
        if l.startswith("| ") and not l.startswith("| ---") and not l.startswith("| 项目"):
            c = l[2:-2].split(MSEP)
            rows[c[0]] = (c[1], [cnum(x) for x in c[2:]])
    return rows


def arith(name, g, lines):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    nt = table_quotes(name, g, lines)
    ok = []
    if name.startswith("n119"):
        S = "人工智能产业规模"
        ser = [v(S, y) for y in range(2021, 2026)]
        pages = [l for l in lines if re.fullmatch(r"\d+", l)]
        ok = [nt == 0, not any(c in "".join(lines) for c in "<>|\t"), re.fullmatch(r"2024—2025年上海市.+产业发展报告", lines[0]),
              pages == [str(i) for i in range(1, len(pages) + 1)] and len(pages) >= 4,                 # page numbers 1…n
              lines[2] == "2026年3月", "一、总体发展情况" in lines, "五、2026年发展展望" in lines,
              grow(v(S, 2025, "actual"), v(S, 2024)) == v(S + "同比增长", 2025, "change"),                  # 12.8
              v("规模以上人工智能企业", 2025, "actual") - v("规模以上人工智能企业", 2024) == v("规模以上人工智能企业净增"),  # 38
              grow(v("人工智能产业从业人员", 2025), v("人工智能产业从业人员", 2024)) == v("人工智能产业从业人员增长"),     # 9.4
              len({f["year"] for f in g["facts"] if f["subject"] == S and f["role"] in ("actual", "baseline")}) == 5,
              r1(((ser[-1] / ser[0]) ** 0.25 - 1) * 100) == v("人工智能产业规模2021—2025年年均增长"),            # 12.3
              r1(ser[-1] / ser[0]) == v("人工智能产业规模相当于2021年的倍数"),                                   # 1.6
              all(b > a for a, b in zip(ser, ser[1:])),
              near(v("人工智能基础层营业收入") + v("人工智能技术层营业收入") + v("人工智能应用层营业收入"), ser[-1]),  # 4,852.6
              all(pct(v(f"人工智能{k}营业收入"), ser[-1]) == v(f"人工智能{k}营业收入占产业规模比重") for k in ("基础层", "技术层", "应用层")),
              near(v("浦东新区人工智能产业规模") + v("徐汇区人工智能产业规模") + v("闵行区人工智能产业规模"),
                   v("浦东新区、徐汇区、闵行区人工智能产业规模合计")),                                              # 3,124.8
              pct(v("浦东新区、徐汇区、闵行区人工智能产业规模合计"), ser[-1]) == v("浦东新区、徐汇区、闵行区人工智能产业规模占全市比重"),
              grow(v("智能芯片领域营业收入", 2025), v("智能芯片领域营业收入", 2024)) == v("智能芯片领域营业收入同比增长"),  # 17.4
              pct(v("智能芯片领域营业收入", 2025), v("人工智能基础层营业收入")) == v("智能芯片领域营业收入占基础层营业收入比重"),
              v("通过国家生成式人工智能服务备案的大模型", 2025) > 2 * v("通过国家生成式人工智能服务备案的大模型", 2024),  # 翻一番多
              any(grow(v("大模型相关企业营业收入"), k / 10) == v("大模型相关企业营业收入同比增长") for k in range(2000, 3865)),
              v("大模型相关企业营业收入") < v("人工智能技术层营业收入"),
              v("新增人工智能应用场景", 2025) < v("人工智能应用场景"),
              grow(v("人工智能领域发明专利授权", 2025), v("人工智能领域发明专利授权", 2024)) == v("人工智能领域发明专利授权同比增长"),
              pct(v("规模以上人工智能企业研发投入"), ser[-1]) == v("规模以上人工智能企业研发投入占营业收入比重"),       # 9.6
              fv(g, S, 2026, "target", "over") > ser[-1] and ser[-1] * (1 + v(S + "同比增长", 2026, "target") / 100) > v(S, 2026),
              fv(g, "规模以上人工智能企业", 2026, "target", "over") > v("规模以上人工智能企业", 2025, "actual"),
              v("新增人工智能应用场景", 2026, "target") > v("新增人工智能应用场景", 2025),
              v("入选人工智能赋能新型工业化典型应用案例的企业") == 5 and len(g["honours"]) == 2,
              all(h["level"] == "national" and h["year"] == 2025 for h in g["honours"]),
              all(f["year"] < 2025 for f in g["facts"] if f["role"] == "baseline"),
              all(f["year"] == 2026 for f in g["facts"] if f["role"] == "target"),
              all(f["year"] == 2025 for f in g["facts"] if f["role"] in ("actual", "change", "share"))]
    elif name.startswith("n120"):
        a24 = lambda s: v(s, 2024)
        topics = [("专题一“创新药物研发”"), ("专题二“高端医疗器械”"), ("专题三“生物医药关键技术平台”")]
        j = "\n".join(lines)
        ok = [nt == 0, "<table" not in j, re.search(r"<title>(.*)</title>", j).group(1) in [l[4:-5] for l in lines if l.startswith("<h1>")],
              "沪科〔2025〕56号" in j and "&nbsp;" in j and "<strong>" in j, lines[-5] == '<p class="sign">2025年3月6日</p>',
              pct(a24("支持项目"), a24("受理申报项目")) == a24("立项率"),                                   # 11.6
              a24("支持项目") - v("支持项目", 2023) == a24("支持项目比上年增加"),                             # 18
              r1(a24("带动承担单位自筹研发投入") / a24("资助金额")) == a24("自筹研发投入相当于财政资助金额的倍数"),  # 8.1
              a24("企业牵头项目") + a24("高校和科研院所牵头项目") == a24("支持项目"),                          # 104 + 22
              pct(a24("企业牵头项目"), a24("支持项目")) == a24("企业牵头项目占支持项目比重"),                   # 82.5
              pct(a24("2021—2023年度立项项目通过结题验收"), a24("2021—2023年度立项项目")) == a24("2021—2023年度立项项目验收通过率"),
              a24("资助金额") > v("资助金额", 2023),
              pct(v("资助金额", 2025, "budget") - a24("资助金额"), a24("资助金额")) == v("资助金额比上年增长"),   # 21.7
              v("支持项目", 2025, "target") > a24("支持项目"),
              sum(v(t + "支持项目", 2025, "target") for t in topics) == v("支持项目", 2025, "target"),        # 60+50+40
              near(sum(v(t + "资助金额", 2025, "budget") for t in topics), v("资助金额", 2025, "budget")),    # 1.2+0.9+0.7
              v("申报指南专题") == len(topics) < v("申报指南方向"),
              all(f["year"] == 2025 and f["role"] in ("target", "budget") for f in g["facts"] if f["subject"].startswith("专题")),
              all(f["role"] == "budget" for f in g["facts"] if f["year"] == 2025 and f["category"] == "finance"),
              all(f["role"] == "target" for f in g["facts"] if f["year"] == 2025 and f["category"] == "service"),
              # the 申报条件 / 资助方式 thresholds and caps are never labelled
              not any(str(x) in f["quote"] for f in g["facts"] for x in ("5,000", "500万", "300万", "800万", "55", "70%", "2:1")),
              not g["honours"]]
    elif name.startswith("n121"):
        rows = md_rows(lines)
        hdr = [l for l in lines if l.startswith("| 项目")]
        lab = {"营业收入": "营业收入", "利润总额": "利润总额", "资产总额": "资产总额", "加权平均净资产收益率": "加权平均净资产收益率"}
        cell_ok = all(near(c, v(lab[k], y)) for k, (u, cs) in rows.items() for c, y in zip(cs, (2023, 2024, 2025)))
        t = lambda k, y: rows[k][1][y - 2023]
        ok = [hdr == ["| 项目 | 单位 | 2023年 | 2024年 | 2025年 |"], len(rows) == 4 and all(len(c) == 3 for _, c in rows.values()),
              nt == 12, cell_ok, lines[0].startswith("# ") and lines[0].endswith("年度报告（摘要）"),
              sum(l.startswith("## ") for l in lines) == 7,
              grow(t("营业收入", 2025), t("营业收入", 2024)) == v("营业收入同比增长"),                      # 13.1
              grow(t("利润总额", 2025), t("利润总额", 2024)) == v("利润总额同比增长"),                      # 13.9
              grow(t("资产总额", 2025), t("资产总额", 2024)) == v("资产总额比上年末增长"),                  # 11.6
              round(t("加权平均净资产收益率", 2025) - t("加权平均净资产收益率", 2024), 1) == v("加权平均净资产收益率比上年提高"),
              all(b > a for k in rows for a, b in zip(rows[k][1], rows[k][1][1:])),
              v("在管基金规模") - v("在管基金规模", 2024) == v("在管基金规模比上年末增加"),                    # 96
              pct(v("投向先导产业的投资金额"), v("投资金额")) == v("投向先导产业的投资金额占投资金额比重"),     # 69.0
              v("投向先导产业的投资项目") < v("新增投资项目") < v("累计投资项目"),
              v("被投企业新增上市") < v("被投企业累计上市"),
              pct(v("政府引导基金及母基金规模"), v("在管基金规模")) == v("政府引导基金及母基金规模占在管基金规模比重"),  # 54.3
              pct(v("研发投入"), v("营业收入")) == v("研发投入占营业收入比重"),                              # 2.7
              pct(v("硕士及以上学历职工"), v("在岗职工")) == v("硕士及以上学历职工占比"),                      # 71.2
              r1(v("范围一和范围二温室气体排放量") / v("营业收入")) == v("单位营业收入碳排放强度"),              # 48.2
              any(pct(k - v("范围一和范围二温室气体排放量"), k) == v("范围一和范围二温室气体排放量比上年下降") for k in range(1863, 2100)),
              pct(v("投向绿色低碳领域项目金额"), v("投资金额")) == v("投向绿色低碳领域项目金额占全年投资金额比重"),  # 16.7
              v("集团及所属企业获得市级以上荣誉") >= len(g["honours"]) == 4,
              sorted(h["level"] for h in g["honours"]) == ["municipal", "municipal", "municipal", "other"],
              all(f["role"] == "baseline" for f in g["facts"] if f["year"] < 2025)]
    elif name.startswith("n122"):
        rows = html_rows(lines)
        hdr = [l for l in lines if l.startswith("<tr><th>")]
        L = lambda k: rows[k][1]
        gdp, rd, br, ap, ex = L("地区生产总值"), L("研究与试验发展经费支出"), L("其中：基础研究"), L("应用研究"), L("试验发展")
        inten, gr, sh = L("研究与试验发展经费投入强度"), L("研究与试验发展经费支出增长速度"), L("基础研究经费占研究与试验发展经费比重")
        units = {k: u for k, (u, _) in rows.items()}
        cells = {(k, 2019 + i): c for k, (_, cs) in rows.items() for i, c in enumerate(cs)}
        facts = {(f["quote"].split(CELL)[0], f["year"]): f for f in g["facts"]}
        ok = [hdr == ["<tr><th>指标</th><th>单位</th>" + "".join(f"<th>{y}</th>" for y in range(2019, 2026)) + "</tr>"],
              len(rows) == 9 and all(len(cs) == 7 for _, cs in rows.values()), nt == 63 == len(g["facts"]),
              sum(l.count("<table") for l in lines) == 1, '<p class="unit">单位：亿元</p>' in lines,
              re.search(r"<title>(.*)</title>", "\n".join(lines)).group(1) in [l[4:-5] for l in lines if l.startswith("<h1>")],
              set(facts) == set(cells) and all(near(facts[k]["value"], c) for k, c in cells.items()),   # every cell = its fact
              all(facts[(k, y)]["measure"] == (units[k] or "亿元") for k, y in cells),                      # 单位 cell or 亿元
              all(near(b + a + e, r) for b, a, e, r in zip(br, ap, ex, rd)),                                # 基础+应用+试验 = 总计
              all(r2(r / d * 100) == i for r, d, i in zip(rd, gdp, inten)),                                 # 投入强度
              all(grow(b, a) == x for a, b, x in zip(rd, rd[1:], gr[1:])),                                  # 增长速度 2020–2025
              any(grow(rd[0], k / 10) == gr[0] for k in range(12000, 15246)),                              # 2019 from a 2018 base
              all(pct(b, r) == s for b, r, s in zip(br, rd, sh)),                                           # 基础研究占比
              all(b > a for k in rows if k != "研究与试验发展经费支出增长速度" for a, b in zip(L(k), L(k)[1:])),
              all(f["key"] == (f["year"] == 2025 and f["quote"].split(CELL)[0] not in ("地区生产总值", "其中：基础研究", "应用研究", "试验发展"))
                  for f in g["facts"]),
              all(f["role"] == {"研究与试验发展经费支出增长速度": "change", "基础研究经费占研究与试验发展经费比重": "share"}.get(
                  f["quote"].split(CELL)[0], "actual" if f["year"] == 2025 else "baseline") for f in g["facts"]),
              any(l.startswith("<p>资料来源：") for l in lines), any(l.startswith("<p>注：") for l in lines), not g["honours"]]
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
        if r.returncode != 0 or not r.stdout.rstrip().endswith("OK"):
            err("shared validate.py did not print OK")
        for l in (r.stdout + r.stderr).splitlines():
            if l.startswith("ERROR") or "Traceback" in l:
                err("shared validate.py: " + l)


def main():
    for name in NAMES:
        raw_b = open(os.path.join(DOCS, name), "rb").read()
        if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(b"\n"): err(f"{name}: UTF-8, LF, no BOM")
        raw = raw_b.decode("utf-8")
        lines = raw.split("\n")[:-1]
        if not 30 <= len(lines) <= 60: err(f"{name}: {len(lines)} lines")
        if "\t" in raw: err(f"{name}: TAB in the text")
        if any(l.startswith("|") for l in lines) and not name.endswith(".md"): err(f"{name}: pipe table outside n121")
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
