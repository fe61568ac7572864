#!/usr/bin/env python3
"""Checks the n95–n98 labels against the documents. Prints OK when all checks pass.

Text of each document, as the labels quote it: n95 (.docx) = the body's paragraphs in order, a table row = its cells
joined by TAB (the shared gold's convention for table rows); n96/n97 = the file's lines; n98 (JSON feed) = each
article's 标题title and the paragraphs (\\n-separated) of its finalContent.
"""
import json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata, zipfile
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n95_sifdc_dw_djzj2025.docx", "n96_sheitc_rdjy_df2025.html", "n97_shbio_bps2025.txt", "n98_jiading_kx_wx2025.json"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
FEED = "n98"
FEED_YEAR = 2025                      # ※ every n98 article reports on 2025 (the January article sums up 2025)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# ※ the lines key facts must be quoted from
KEY_LINES = {
    "n95": lambda ls: [ls[2]],                                                    # the opening paragraph
    "n96": lambda ls: [next(l for l in ls if l.startswith("<p>2024年，全市推动"))],  # the first figures paragraph
    "n97": lambda ls: [l for l in ls if re.search(r"9,847\.2|8\.3%|25\.0%|的12个|6,284件|286起|412\.3", l)],
    "n98": None,                                                                  # per article, see FEED_KEY_PARA
}
FEED_KEY_PARA = {"2247491806_1": 1, "2247490955_1": 1, "2247490412_2": 1, "2247491533_1": 0}
SAME_YEAR_TARGETS = {"n98"}           # ※ the November article's 力争全年… target of 2025
OTHER_ACTUAL_YEARS = {"n96": {2024}}  # ※ the reply gives 2024 full-year results beside 2025's 1—9月 figures
# ※ a measure that pdftotext left at the start of the (column's) next line: quote -> text that follows
SPLIT_MEASURE = {"n97": {"医药商业销售额4,352.7": "亿元", "研发投入24.8": "亿元"}}
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
    q = re.sub(r"[¹²³]", " ", q)      # footnote markers are not digits of the figure
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


def ffold(f):
    """Folded value; n95's TAB cells (measure "" ※) take the row's 单位 cell for comparison."""
    m = f["measure"]
    if m == "" and "\t" in f["quote"]:
        m = f["quote"].split("\t")[1]
    return round(fold(f["value"], m), 6)


def docx_lines(path):
    body = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml")).find(W + "body")
    text = lambda p: "".join(t.text or "" for t in p.iter(W + "t"))
    out = []
    for el in body:
        if el.tag == W + "p":
            out.append(text(el))
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                out.append("\t".join(" ".join(text(p) for p in tc.iter(W + "p")) for tc in tr.iter(W + "tc")))
    return out


def doc_lines(name):
    """(lines the labels quote, file line count, the articles for the feed)."""
    path = os.path.join(DOCS, name)
    if name.endswith(".docx"):
        ls = docx_lines(path)
        return ls, len(ls), None
    raw = open(path, encoding="utf-8").read()
    if name.startswith(FEED):
        arts = json.loads(raw)
        ls = [x for a in arts for x in [a["标题title"]] + a["finalContent"].split("\n")]
        return ls, raw.count("\n"), arts
    return raw.split("\n")[:-1], raw.count("\n"), None


def check_gold(name, g, lines, raw, arts):
    tag0 = name[:3]
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g["document"] != name: err(f"{name}: document field")
    if g["kind"] not in KINDS: err(f"{name}: kind")
    if tag0 == FEED and (g["kind"] != "article-feed" or g["year"] is not None or g["published"] is not None):
        err(f"{name}: a feed has kind article-feed, year and published null")
    if g["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", g["published"]): err(f"{name}: published")
    if g["published"]:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a} not in text")
    ry = FEED_YEAR if tag0 == FEED else g["year"]
    act_years = {ry} | OTHER_ACTUAL_YEARS.get(tag0, set())
    byaid = {a["文章标识符aid"]: a for a in arts} if arts else {}
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != FF + (["article", "date"] if tag0 == FEED else []): err(f"{tag}: fields {list(f)}")
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
        hay = lines
        if tag0 == FEED:
            a = byaid.get(f["article"])
            if a is None or a["时间time"] != f["date"]:
                err(f"{tag}: article/date"); continue
            hay = [a["标题title"]] + a["finalContent"].split("\n")
        if not any(q in l for l in hay): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        if f["measure"] and f["measure"] != "%" and "\t" not in q and f["measure"] not in q:
            nxt = SPLIT_MEASURE.get(tag0, {}).get(q)
            if nxt != f["measure"] or not any(l.rstrip().endswith(q) for l in lines):
                err(f"{tag}: measure {f['measure']} not in quote")
        if "\t" in q and f["measure"] != "": err(f"{tag}: TAB cell with a measure")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q)): err(f"{tag}: markup in quote")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF + (["article", "date"] if tag0 == FEED else []): err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        hay = lines
        if tag0 == FEED:
            a = byaid[h["article"]]
            hay = [a["标题title"]] + a["finalContent"].split("\n")
            if a["时间time"] != h["date"]: err(f"{tag}: date")
        if not any(h["quote"] in l for l in hay): err(f"{tag}: quote not on one line")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer not in text")
        if h["recipient"] not in raw and h["recipient"] != g["unit"]: err(f"{tag}: recipient not in text")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["qualifier"], f["role"], f["quote"], f.get("article"))
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"], f["role"] == "target"), set()).add(ffold(f))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 30 <= n <= 110: err(f"{name}: {n} facts")
    if not 6 <= kc <= 10: err(f"{name}: {kc} key facts")
    for f in g["facts"]:
        if not f["key"]:
            continue
        if tag0 == FEED:
            a = byaid[f["article"]]
            kl = [a["finalContent"].split("\n")[FEED_KEY_PARA.get(f["article"], -99)]] if f["article"] in FEED_KEY_PARA else []
        else:
            kl = KEY_LINES[tag0](lines)
        if not any(f["quote"] in l for l in kl): err(f"{name}: key fact {f['subject']} not in the key paragraph(s)")
    ks = [(f["subject"], f["year"], f["value"]) for f in g["facts"] if f["key"]]
    if len(ks) != len(set(ks)): err(f"{name}: a key fact is labelled key twice")


def fv(g, subject, year=None, role=None, qual=None):
    year = (FEED_YEAR if g["year"] is None else g["year"]) if year is None else year
    fs = [f for f in g["facts"] if f["subject"] == subject and f["year"] == year
          and (role is None or f["role"] == role) and (qual is None or f["qualifier"] == qual)]
    if not fs:
        err(f"{g['document']}: no fact {subject} {year} {role} {qual}")
        return float("nan")
    if len({ffold(f) for f in fs}) > 1:
        err(f"{g['document']}: {subject} {year} {role} {qual} is ambiguous")
    return fs[0]["value"]


def cnum(s):
    return float(s.replace(",", ""))


def arith(name, g, lines, arts):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    ok = []
    if name.startswith("n95"):
        tab = [l.split("\t") for l in lines if "\t" in l]
        rows = {r[0]: r for r in tab[1:]}
        tq = [f for f in g["facts"] if "\t" in f["quote"]]
        ok = [lines[0].endswith("2025年党建工作总结") and lines[1] == "（2026年1月9日）",
              tab[0] == ["指标", "单位", "2024年", "2025年"] and len(tab) == 8 and all(len(r) == 4 for r in tab),
              lines.index("附表：2025年党建工作主要指标") + 1 == lines.index("\t".join(tab[0])),
              len(tq) == 14 and not any(f["key"] for f in tq),
              # every table quote is a row prefix ending on a cell, its last cell = value; 2024 cells baseline
              all(any(("\t".join(r) + "\t").startswith(f["quote"] + "\t") for r in tab) and near(cnum(f["quote"].split("\t")[-1]), f["value"])
                  and (f["year"], f["role"]) == ((2024, "baseline") if f["quote"].count("\t") == 2 else (2025, "actual")) for f in tq),
              # the 2025 column = the text, the 2024 column fits the text's changes
              all(near(fold(cnum(r[3]), r[1]), fold(v({"党员总数": "党员"}.get(k, k), 2025, "actual", "exact"),
                                                     next(f["measure"] for f in g["facts"] if f["subject"] == {"党员总数": "党员"}.get(k, k) and "\t" not in f["quote"] and f["role"] == "actual")))
                  for k, r in rows.items()),
              v("党员", 2024, "baseline") + v("发展党员") + v("转入党员") - v("转出党员") - v("去世党员") == v("党员"),  # 398+14+9-7-2
              v("在职党员") + v("离退休党员") == v("党员"),                                                       # 356+56
              v("在职党支部") + v("离退休党支部") == v("党支部", 2025, "actual"),                                   # 15+3
              v("党支部", 2024, "baseline") + 1 == v("党支部", 2025, "actual"),                                    # 新成立1个
              v("主题党日活动") == 12 * v("党支部", 2025, "actual") and cnum(rows["主题党日活动"][2]) == 12 * cnum(rows["党支部"][2]),
              pct(v("35岁以下青年党员"), v("在职党员")) == v("35岁以下青年党员占在职党员比重"),                   # 39.9
              pct(v("35岁以下发展党员"), v("发展党员")) == v("35岁以下发展党员占比"),                              # 78.6
              pct(v("具有高级职称的党支部书记"), v("党支部", 2025, "actual")) == v("具有高级职称的党支部书记占比"),  # 77.8
              grow(v("检验检测样品", 2025, "actual"), v("检验检测样品", 2024, "baseline")) == v("检验检测样品同比增长"),  # 6.3
              v("药品检验样品") + v("医疗器械检验样品") + v("化妆品检验样品") + v("食品检验样品") == v("检验检测样品", 2025, "actual"),
              v("服务企业", 2025, "actual") - cnum(rows["服务企业"][2]) == v("服务企业比上年增加"),                  # 235
              pct(v("服务中小微企业"), v("服务企业", 2025, "actual")) == v("中小微企业占服务企业比重"),              # 79.2
              near(cnum(rows["党员志愿服务时长"][3]) - cnum(rows["党员志愿服务时长"][2]), v("党员志愿服务时长较上年增加")),
              pct(v("巡察问题完成整改"), v("巡察发现问题")) == v("巡察问题整改完成率"),                            # 93.5
              v("内部巡察覆盖党支部") <= v("党支部", 2025, "actual") and v("党风廉政建设责任书") == v("党支部", 2025, "actual"),
              v("“检验服务直通车”走访企业") < v("服务企业", 2025, "actual"),
              v("发展党员", 2026, "target") > v("发展党员") and v("服务企业", 2026, "target") > v("服务企业", 2025, "actual"),
              v("党员志愿服务时长", 2026, "target") > v("党员志愿服务时长", 2025, "actual", "exact"),
              v("市级以上集体荣誉") == sum(h["recipient"] not in ("陈思远", "周蕾", "王立群") for h in g["honours"]),  # 4
              v("市级以上个人荣誉") == sum(h["recipient"] in ("陈思远", "周蕾", "王立群") for h in g["honours"]),      # 3
              all(h["year"] == 2025 for h in g["honours"])]
    elif name.startswith("n96"):
        a24 = lambda s: v(s, 2024)
        ok = [not any("\t" in l for l in lines), sum(l.count("<table") for l in lines) == 1,
              re.search(r"<title>(.*)</title>", "\n".join(lines)).group(1) in "\n".join(lines).split("<h1>")[1],
              '<div class="article">' in lines, "<p>张建华代表：</p>" in lines,
              any("收悉" in l and "现答复如下" in l for l in lines), any(l.startswith("<p>下一步，我委将") for l in lines),
              any("联系电话：021-23112583" in l for l in lines), "<p class=\"sign\">2025年10月24日</p>" in lines,
              grow(a24("推动中小企业数字化转型"), v("推动中小企业数字化转型", 2023, "baseline")) == v("推动中小企业数字化转型同比增长", 2024),
              any(grow(v("1—9月新增推动中小企业数字化转型"), k) == v("1—9月新增推动中小企业数字化转型同比增长") for k in range(12000, 14250)),
              fold(v("累计推动中小企业数字化转型", 2025, "actual"), "万") <= v("推动中小企业数字化转型", 2023, "baseline")
              + a24("推动中小企业数字化转型") + v("1—9月新增推动中小企业数字化转型"),
              pct(a24("资源池本市服务商"), a24("数字化转型服务商资源池入库服务商")) == a24("本市服务商占资源池比重"),   # 79.5
              pct(v("1—9月免费诊断企业"), v("1—9月数字化转型诊断服务企业")) == v("1—9月免费诊断占诊断服务企业比重"),  # 73.6
              pct(v("1—9月中小企业获得算力券"), v("1—9月发放算力券")) == v("1—9月中小企业获得算力券占比"),           # 70.4
              v("1—9月数字化转型券惠及企业") < v("1—9月新增推动中小企业数字化转型"),
              fold(v("1—9月兑付中小企业数字化转型券"), "万元") < fold(a24("市级中小企业数字化转型专项资金支持金额"), "亿元"),
              v("1—9月数字化转型诊断服务企业") < a24("“一对一”免费诊断服务企业") and v("1—9月专题培训企业负责人") < a24("专题培训企业负责人"),
              v("专精特新中小企业数字化水平二级以上占比", 2026, "target") > a24("专精特新中小企业数字化水平二级以上占比"),
              v("数字化转型服务商资源池入库服务商", 2026, "target") > a24("数字化转型服务商资源池入库服务商"),
              v("累计推动中小企业数字化转型", 2027, "target") > v("累计推动中小企业数字化转型", 2025, "actual"),
              v("市级数字化转型“小灯塔”企业", 2027, "target") > a24("市级数字化转型“小灯塔”企业"),
              all(f["year"] == 2025 for f in g["facts"] if f["subject"].startswith("1—9月")),
              all(f["year"] == 2024 for f in g["facts"] if f["role"] in ("actual", "change", "share")
                  and not f["subject"].startswith("1—9月") and f["subject"] != "累计推动中小企业数字化转型"),
              [h["level"] for h in g["honours"]] == ["national"] and g["honours"][0]["year"] == 2024]
    elif name.startswith("n97"):
        pages = [l.strip() for l in lines if re.fullmatch(r"\s*- \d+ -", l)]
        sz = v("生物医药产业规模", 2024, "actual")
        ok = [pages == ["- 12 -", "- 13 -", "- 14 -"], sum(l.startswith("\f") for l in lines) == 2,
              sum(l.lstrip("\f") == "上海市生物医药产业发展白皮书（2025）" for l in lines) == 3,
              sum(bool(re.search(r"\S {3,}\S", l)) for l in lines) >= 7,                                # two-column lines
              all(any(l.startswith(m) for l in lines) for m in "¹²³"),
              grow(sz, v("生物医药产业规模", 2023, "baseline")) == v("生物医药产业规模同比增长"),                         # 5.6
              r1(((sz / v("生物医药产业规模", 2019, "baseline")) ** 0.2 - 1) * 100) == v("生物医药产业规模2019—2024年年均复合增长率"),  # 8.3
              0.45 < sz / v("生物医药产业规模", 2019, "baseline") - 1 < 0.5,                                         # 近五成
              near(v("生物医药制造业工业总产值", 2024, "actual") + v("医药商业销售额") + v("生物医药服务业营业收入"), sz),  # 构成
              pct(v("上海企业研发的1类创新药获批上市"), v("全国批准上市1类创新药")) == v("上海1类创新药占全国比重"),          # 25.0
              pct(v("上海企业获批上市创新医疗器械"), v("全国获批上市创新医疗器械（第三类）")) == v("上海创新医疗器械占全国比重"),  # 33.8
              any(grow(v("生物医药领域新增发明专利授权"), k) == v("生物医药领域新增发明专利授权同比增长") for k in range(5000, 6284)),
              pct(v("浦东新区生物医药产业规模"), sz) == v("浦东新区生物医药产业规模占全市比重"),                           # 41.9
              near(sum(v(d + "生物医药产业规模") for d in ("浦东新区", "闵行区", "奉贤区", "徐汇区")),
                   v("浦东、闵行、奉贤、徐汇四区生物医药产业规模合计")),                                                 # 7,000.1
              pct(v("浦东、闵行、奉贤、徐汇四区生物医药产业规模合计"), sz) == v("四区生物医药产业规模合计占全市比重"),        # 71.1
              pct(v("康诺基因科技研发投入"), v("康诺基因科技营业收入")) == v("康诺基因科技研发投入占营业收入比重"),          # 31.6
              v("申华生物医药集团营业收入") > 100 and v("康诺基因科技营业收入") < 100,
              pct(v("科创板上市的上海生物医药企业", 2024, "actual"), v("科创板生物医药企业总数")) == v("上海企业占科创板生物医药企业比重"),
              fold(v("生物医药产业规模", 2027, "target"), "万亿元") > fold(sz, "亿元"),
              r1(sz * (1 + v("生物医药产业规模2024—2027年年均增长", 2027, "target") / 100) ** 3 / 1e4) >= v("生物医药产业规模", 2027, "target"),
              v("生物医药制造业工业总产值", 2027, "target") > v("生物医药制造业工业总产值", 2024, "actual"),
              v("营业收入超百亿元的生物医药企业", 2027, "target") > v("营业收入超百亿元的生物医药企业", 2024, "actual"),
              v("科创板上市的上海生物医药企业", 2027, "target") > v("科创板上市的上海生物医药企业", 2024, "actual"),
              all(f["year"] == 2027 for f in g["facts"] if f["role"] == "target"), not g["honours"]]
    elif name.startswith("n98"):
        byaid = {a["文章标识符aid"]: a for a in arts}
        a = lambda aid, s, y=None, r=None: fv({**g, "facts": [f for f in g["facts"] if f["article"] == aid]}, s, y, r)
        A, B, C, D, E = "2247491806_1", "2247490955_1", "2247490412_2", "2247491120_1", "2247491533_1"
        ok = [len(arts) == 5 and all(list(x)[:1] == ["文章标识符aid"] and "\n" in x["finalContent"] for x in arts),
              byaid[A]["时间time"].startswith("2026-01-"), byaid[E]["时间time"].startswith("2025-11-"),
              sum(f["key"] for f in g["facts"] if f["article"] == D) == 0,                      # the notice has no headline
              grow(a(A, "科普活动参与公众", 2025, "actual"), a(A, "科普活动参与公众", 2024, "baseline")) == a(A, "科普活动参与公众同比增长"),
              a(A, "科技工作者之家覆盖街镇") + a(A, "科技工作者之家覆盖园区") == a(A, "科技工作者之家"),              # 12+11
              a(A, "市级科普基地") < a(A, "科普基地") and a(A, "新认定区级科普基地") < a(A, "科普基地"),
              a(A, "新建院士专家工作站", 2025, "actual") < a(A, "院士专家工作站"),
              a(A, "公民具备科学素质的比例", 2026, "target") > a(A, "公民具备科学素质的比例", 2025, "actual"),
              a(B, "科技活动周免费开放科普基地") <= a(A, "科普基地") and a(B, "科技活动周科普活动") < a(A, "科普活动", 2025, "actual"),
              fold(a(B, "科技活动周科普基地接待参观"), "万") < fold(a(B, "科技活动周参与市民"), "万"),
              a(C, "上海市青少年科技创新大赛一等奖") + a(C, "上海市青少年科技创新大赛二等奖") + a(C, "上海市青少年科技创新大赛三等奖")
              == a(C, "上海市青少年科技创新大赛获奖项目"),                                                          # 9+27+50
              a(C, "上海市青少年科技创新大赛获奖项目") < a(C, "区级选拔赛收到作品"),
              "第五届" in byaid[D]["finalContent"] and a(D, "科普讲解大赛已举办届数") == 4,                        # 四届 held, 第五届 next
              a(E, "1—10月科普活动") < a(A, "科普活动", 2025, "actual") and a(E, "1—10月科普活动参与公众") < a(A, "科普活动参与公众", 2025, "actual"),
              pct(a(E, "1—10月线上科普活动"), a(E, "1—10月科普活动")) == a(E, "1—10月线上科普活动占比"),                  # 30.4
              any(grow(a(E, "1—10月科普活动参与公众"), k / 10) == a(E, "1—10月科普活动参与公众同比增长") for k in range(300, 403)),
              a(E, "1—10月新建院士专家工作站") <= a(A, "新建院士专家工作站", 2025, "actual"),
              a(E, "科普活动", 2025, "target") < a(A, "科普活动", 2025, "actual"),                               # target met
              all(f["year"] == 2025 for f in g["facts"] if f["subject"].startswith("1—10月")),
              sorted(h["level"] for h in g["honours"]) == ["municipal"] * 4 + ["system"]]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator(texts):
    """The shared validator on all four documents (n95 as its extracted text under its own name, since the validator
    reads plain text)."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            with open(os.path.join(tmp, "d", n), "w", encoding="utf-8") as fh:
                fh.write(texts[n])
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", val, os.path.join(tmp, "d"), os.path.join(tmp, "g")],
                           capture_output=True, text=True)
        for l in (r.stdout + r.stderr).splitlines():
            if l.startswith("ERROR") or "Traceback" in l:
                err("shared validate.py: " + l)


def main():
    texts = {}
    for name in NAMES:
        raw_b = open(os.path.join(DOCS, name), "rb").read()
        if name.endswith(".docx"):
            z = zipfile.ZipFile(os.path.join(DOCS, name))
            if sorted(z.namelist()) != ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]: err(f"{name}: docx parts")
            raw_b = z.read("word/document.xml")
            if raw_b.count(b"<w:tbl>") != 1: err(f"{name}: one w:tbl")
        if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b: err(f"{name}: UTF-8, LF, no BOM")
        lines, nl, arts = doc_lines(name)
        raw = "\n".join(lines)
        texts[name] = raw + "\n" if name.endswith(".docx") else open(os.path.join(DOCS, name), encoding="utf-8").read()
        if not name.endswith(".docx") and not raw_b.endswith(b"\n"): err(f"{name}: final newline")
        if not 30 <= nl <= 55: err(f"{name}: {nl} lines")
        if any(l.startswith("|") for l in lines): err(f"{name}: pipe table")
        if "\t" in raw and not name.startswith("n95"): err(f"{name}: TAB outside n95")
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw, arts)
        arith(name, g, lines, arts)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {nl} lines")
    shared_validator(texts)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
