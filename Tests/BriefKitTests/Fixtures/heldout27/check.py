#!/usr/bin/env python3
"""Checks the n103–n106 labels against the documents. Prints OK when all checks pass."""
import datetime as dt, html, json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n103_minhang_kjfwzx_bmjs2024.txt", "n104_songjiang_kw_feed2025.json", "n105_jinshan_jw_bnzj2025.txt",
         "n106_jingan_kw_njgs2025.html"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
FEED_EXTRA = ["article", "date"]                 # n104 only: mid_idx of the link, publish_time as YYYY-MM-DD (UTC+8)
FEED_KEYS = ["title", "digest", "content_html", "publish_time", "link"]
CELL = "</td><td>"
SH = dt.timezone(dt.timedelta(hours=8))
# the year the checks treat as "now" (n104's top-level year is null, as for any feed: its articles are of 2025)
NOW = {"n103": 2024, "n104": 2025, "n105": 2025, "n106": 2025}
# ※ years that actual/change/share facts may take: n104's interview reports the centre's 2024 income (去年)
ACT_YEARS = {"n103": {2024}, "n104": {2024, 2025}, "n105": {2025}, "n106": {2025}}
# ※ same-year targets: n104's 全年 aims (July 2025), n105's 下半年工作打算 for 2025
SAME_YEAR_TARGETS = {"n104", "n105"}
# ※ n103 is the only budget document: budget role for 年初预算数/调整预算数 of 2024
BUDGET_DOCS = {"n103"}
# ※ pdftotext broke the line between number and measure: the quote is the part on the number's line
SPLIT_MEASURE = {("n103", "其中项目支出726.40"), ("n103", "“科技企业孵化服务”项目自评得分96.5")}
FACT_BOUNDS = {"n103": (20, 50), "n104": (20, 50), "n105": (20, 50), "n106": (8, 20)}
KEY_BOUNDS = {"n103": (4, 8), "n104": (4, 10), "n105": (4, 8), "n106": (3, 6)}
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


# ---------------------------------------------------------------- reading the documents
def feed_lines(a):
    """n104: an article's text lines = its title, then every <p>…</p> of content_html split at <br>, tags removed,
    HTML entities decoded, whitespace stripped, empty pieces dropped. The digest is not part of the text."""
    out = [a["title"]]
    for p in re.findall(r"<p[^>]*>(.*?)</p>", a["content_html"], re.S):
        for part in re.split(r"<br\s*/?>", p):
            t = html.unescape(re.sub(r"<[^>]+>", "", part)).strip()
            if t:
                out.append(t)
    return out


def art_id(a):
    return re.search(r"[?&]mid=(\d+)", a["link"]).group(1) + "_" + re.search(r"[?&]idx=(\d+)", a["link"]).group(1)


def art_date(a):
    return dt.datetime.fromtimestamp(a["publish_time"], SH).strftime("%Y-%m-%d")


def pdf_table_rows(lines):
    """n103: the rows of 收入支出决算总表 (label, then three numeric cells separated by runs of spaces)."""
    return [l for l in lines if re.fullmatch(r"\S+(?: {2,}[\d,]+\.\d\d){3}", l)]


def is_table(tag0, q, lines):
    if tag0 == "n103":
        return any(r.startswith(q) for r in pdf_table_rows(lines)) and "  " in q
    return CELL in q


def ffold(f, tag0):
    """Folded value; n103's table cells (measure "" ※) take 万元 from the 单位：万元 line for comparison."""
    m = f["measure"]
    if m == "" and tag0 == "n103":
        m = "万元"
    return round(fold(f["value"], m), 6)


def fv(g, subject, year=None, role=None, qual=None):
    tag0 = g["document"][:4]
    year = NOW[tag0] if year is None else year
    fs = [f for f in g["facts"] if f["subject"] == subject and f["year"] == year
          and (role is None or f["role"] == role) and (qual is None or f["qualifier"] == qual)]
    if not fs:
        err(f"{g['document']}: no fact {subject} {year} {role} {qual}")
        return float("nan")
    if len({ffold(f, tag0) for f in fs}) > 1:
        err(f"{g['document']}: {subject} {year} {role} {qual} is ambiguous")
    return fs[0]["value"]


# ---------------------------------------------------------------- field checks
def check_gold(name, g, lines, raw, arts):
    tag0 = name[:4]
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g["document"] != name: err(f"{name}: document field")
    if g["kind"] not in KINDS: err(f"{name}: kind")
    if (g["kind"] == "article-feed") != (tag0 == "n104"): err(f"{name}: only n104 is a feed")
    if tag0 == "n104" and (g["year"] is not None or g["published"] is not None): err(f"{name}: a feed has year/published null")
    if tag0 != "n104" and g["year"] != NOW[tag0]: err(f"{name}: report year")
    if g["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", g["published"]): err(f"{name}: published")
    if g["published"]:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a} not in text")
    ry, act_years = NOW[tag0], ACT_YEARS[tag0]
    ff = FF + FEED_EXTRA if tag0 == "n104" else FF
    hf = HF + FEED_EXTRA if tag0 == "n104" else HF
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != ff: err(f"{tag}: fields {list(f)}")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            err(f"{tag}: year/value type")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str): err(f"{tag}: key/measure type")
        if f["role"] == "target" and f["key"]: err(f"{tag}: a target is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        if f["role"] == "target" and (f["year"] < ry or (f["year"] == ry and tag0 not in SAME_YEAR_TARGETS)):
            err(f"{tag}: target not after the report year")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline not before the report year")
        if f["role"] in ("actual", "change", "share") and f["year"] not in act_years: err(f"{tag}: {f['role']} of another year")
        if f["role"] == "budget" and (tag0 not in BUDGET_DOCS or f["year"] != ry or not f["subject"].endswith("预算数")):
            err(f"{tag}: budget role outside n103's 2024 预算数")
        q = f["quote"]
        if any(c in q for c in "\n\r\f"): err(f"{tag}: quote spans lines")
        if tag0 == "n104":
            a = arts.get(f["article"])
            if a is None:
                err(f"{tag}: unknown article {f['article']}")
                continue
            if f["date"] != art_date(a): err(f"{tag}: date {f['date']} != {art_date(a)}")
            hay = feed_lines(a)
        else:
            hay = lines
        if not any(q in l for l in hay): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        tab = is_table(tag0, q, lines)
        if f["measure"] and f["measure"] != "%" and not tab and f["measure"] not in q and (tag0, q) not in SPLIT_MEASURE:
            err(f"{tag}: measure {f['measure']} not in quote")
        if (tag0, q) in SPLIT_MEASURE and not any(l.endswith(q) for l in lines): err(f"{tag}: split quote not at line end")
        if tab and f["measure"] != "": err(f"{tag}: table cell with a measure")
        if tab and f["key"]: err(f"{tag}: table copy is key")
        if re.search(r"<[^>]+>|&\w+;", q.replace(CELL, "")): err(f"{tag}: markup in quote")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != hf: err(f"{tag}: fields {list(h)}")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        hay = feed_lines(arts[h["article"]]) if tag0 == "n104" else lines
        if tag0 == "n104" and h["date"] != art_date(arts[h["article"]]): err(f"{tag}: date")
        if not any(h["quote"] in l for l in hay): err(f"{tag}: quote not on one line")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer not in text")
        if not any(h["quote"] in l and h["recipient"] in l for l in hay) and h["recipient"] != g["unit"]:
            err(f"{tag}: recipient not on its quote's line")
        if re.search(r"<[^>]+>|&\w+;", h["quote"].replace(CELL, "")): err(f"{tag}: markup in quote")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["qualifier"], f["role"], f["quote"], f.get("article"))
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"]), set()).add(ffold(f, tag0))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    lo, hi = FACT_BOUNDS[tag0]
    if not lo <= n <= hi: err(f"{name}: {n} facts")
    lo, hi = KEY_BOUNDS[tag0]
    if not lo <= kc <= hi: err(f"{name}: {kc} key facts")
    for f in g["facts"]:
        if f["key"] and not any(f["quote"] in l for l in key_lines(tag0, lines, arts, f)):
            err(f"{name}: key fact {f['subject']} not in the key paragraph(s)")
    ks = [(f["subject"], f["year"], f["value"]) for f in g["facts"] if f["key"]]
    if len(ks) != len(set(ks)): err(f"{name}: a key fact is labelled key twice")


def key_lines(tag0, lines, arts, f):
    """※ where key facts may come from:
    n103: the 收入支出决算总体情况说明 paragraph (the lines between its heading and 二、收入决算情况说明);
    n104: the lead paragraph (first text line after the title) of 5月要闻, 喜报 and 数说上半年;
    n105: the opening paragraph (line 3); n106: the first two <p> of the preamble."""
    if tag0 == "n103":
        i = lines.index("一、收入支出决算总体情况说明")
        return lines[i + 1:lines.index("二、收入决算情况说明")]
    if tag0 == "n104":
        a = arts[f["article"]]
        if not a["title"].startswith(("松江科创｜5月", "喜报｜", "数说上半年")):
            return []
        return [feed_lines(a)[1]]
    if tag0 == "n105":
        return [lines[2]]
    return [l for l in lines if l.startswith("<p>")][:2]


# ---------------------------------------------------------------- shapes and arithmetic
def arith(name, g, lines, raw, arts):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    tag0 = name[:4]
    facts = g["facts"]
    ok = []
    if tag0 == "n103":
        HDR = "\f上海市闵行区科技创新服务中心2024年度部门决算"
        rows = pdf_table_rows(lines)
        cells = {r.split()[0]: [float(x.replace(",", "")) for x in r.split()[1:]] for r in rows}
        hi = next(i for i, l in enumerate(lines) if l.startswith("项目") and "决算数" in l)
        tq = [f for f in facts if is_table(tag0, f["quote"], lines)]
        for f in tq:   # a table quote starts one row, ends on a cell boundary, its last cell is the value
            row = [r for r in rows if r.startswith(f["quote"])]
            rest = row[0][len(f["quote"]):] if len(row) == 1 else "x"
            if not (rest == "" or rest.startswith(" ")) or not near(float(f["quote"].split()[-1].replace(",", "")), f["value"]):
                err(f"{name}: table quote {f['quote']!r}")
        col = lambda label, i: cells[label][i]
        ok = [raw.endswith("\n\f"), raw.count("\f") == 3, [l for l in lines if l.startswith("\f")] == [HDR, HDR, "\f"],
              [l.strip() for l in lines if re.fullmatch(r" *- \d+ -", l)] == ["- 1 -", "- 2 -", "- 3 -"],
              all(lines[i - 1].strip() == "" and lines[i + 1].startswith("\f") for i, l in enumerate(lines)
                  if re.fullmatch(r" *- \d+ -", l)),                                    # page number, then \f + header
              lines[hi].split() == ["项目", "年初", "调整", "决算数"] and lines[hi + 1].split() == ["预算数", "预算数"],
              "单位：万元" in lines[hi - 1], len(rows) == 4, len(tq) == 12,
              all(near(col("一、财政拨款收入", i) + col("二、事业收入", i), col("本年收入合计", i)) for i in range(3)),
              col("本年收入合计", 0) == col("本年支出合计", 0) and col("本年收入合计", 1) == col("本年支出合计", 1),
              all(near(f["value"], cells[[r.split()[0] for r in rows if r.startswith(f["quote"])][0]][
                  len(f["quote"].split()) - 2]) for f in tq),
              near(v("本年收入合计", 2024, "actual") + v("年初结转和结余"), v("收入总计")),          # 1,356.82
              near(v("本年支出合计", 2024, "actual") + v("年末结转和结余"), v("支出总计")),
              v("收入总计") == v("支出总计"),
              grow(v("收入总计"), v("收入总计") - v("收入总计比上年决算数增加")) == v("收入总计比上年决算数增长"),  # 9.0
              grow(v("本年支出合计", 2024, "actual"), v("本年支出合计", 2024, "actual") - v("本年支出合计比上年决算数增加"))
              == v("本年支出合计比上年决算数增长"),                                                              # 7.2
              pct(v("财政拨款收入", 2024, "actual"), v("本年收入合计", 2024, "actual")) == v("财政拨款收入占本年收入合计比重"),
              pct(v("事业收入", 2024, "actual"), v("本年收入合计", 2024, "actual")) == v("事业收入占本年收入合计比重"),
              pct(v("项目支出"), v("本年支出合计", 2024, "actual")) == v("项目支出占本年支出合计比重"),          # 56.8
              near(v("财政拨款收入", 2024, "actual") - v("财政拨款收入年初预算数"), v("财政拨款收入决算数比年初预算数增加")),
              pct(v("财政拨款收入决算数比年初预算数增加"), v("财政拨款收入年初预算数")) == v("财政拨款收入决算数比年初预算数增长"),
              pct(v("科技成果转化与扩散支出"), v("科技成果转化与扩散支出年初预算数")) == v("科技成果转化与扩散支出完成年初预算比例"),
              v("科技成果转化与扩散支出") < v("财政拨款收入", 2024, "actual"),
              near(v("公务用车运行费") + v("公务接待费"), v("“三公”经费财政拨款支出", 2024, "actual")),            # 6.84
              near(v("“三公”经费财政拨款年初预算数") - v("“三公”经费财政拨款支出", 2024, "actual"),
                   v("“三公”经费财政拨款支出比年初预算减少")),                                                      # 1.96
              pct(v("“三公”经费财政拨款支出", 2024, "actual"), v("“三公”经费财政拨款年初预算数"))
              == v("“三公”经费财政拨款支出完成预算比例"),                                                       # 77.7
              pct(v("“三公”经费财政拨款支出", 2023) - v("“三公”经费财政拨款支出", 2024, "actual"),
                  v("“三公”经费财政拨款支出", 2023)) == v("“三公”经费财政拨款支出比上年下降"),                   # 6.9
              pct(v("授予中小企业合同金额"), v("政府采购支出总额")) == v("授予中小企业合同金额占政府采购支出总额比重"),
              v("政府采购支出总额") < v("本年支出合计", 2024, "actual"),
              v("实有在职人员") <= v("核定事业编制"),
              sorted(f["subject"] for f in facts if f["key"]) == sorted(["收入总计", "本年收入合计", "收入总计比上年决算数增加",
                                                                       "收入总计比上年决算数增长", "支出总计", "本年支出合计"]),
              all(f["role"] in ("budget", "actual") for f in tq), sum(f["role"] == "budget" for f in tq) == 8,
              not g["honours"]]
    elif tag0 == "n104":
        feed = json.loads(raw)
        by = {a["title"].split("｜")[0]: a for a in feed}
        h = g["honours"]
        ok = [isinstance(feed, list) and len(feed) == 5 and all(list(a) == FEED_KEYS for a in feed),
              all(isinstance(a["publish_time"], int) for a in feed),
              [a["publish_time"] for a in feed] == sorted(a["publish_time"] for a in feed),
              all(art_date(a).startswith("2025-") for a in feed), len({art_id(a) for a in feed}) == 5,
              all(re.fullmatch(r"(?:<p[^>]*>.*?</p>)+", a["content_html"], re.S) for a in feed),  # only <p> blocks
              all(t in "".join(a["content_html"] for a in feed) for t in ("<strong>", "<span", "<br>")),
              not any(re.search(r"\d", a["digest"]) for a in feed),                     # no figure hides in a digest
              {f["article"] for f in facts} == {art_id(a) for a in feed},
              grow(v("1—5月提交高新技术企业认定申报材料企业"), v("1—5月提交高新技术企业认定申报材料企业", 2024))
              == v("1—5月提交高新技术企业认定申报材料企业同比增长"),                                         # 8.4
              v("1—6月提交高新技术企业认定申报材料企业") > v("1—5月提交高新技术企业认定申报材料企业"),
              any(grow(v("1—6月提交高新技术企业认定申报材料企业"), k) == v("1—6月提交高新技术企业认定申报材料企业同比增长")
                  for k in range(380, 486)),                                                                  # 9.5
              any(grow(v("1—6月技术合同成交额"), k / 10) == v("1—6月技术合同成交额同比增长") for k in range(600, 964)),
              pct(v("1—6月技术合同成交额"), v("技术合同成交额", 2025, "target", "over")) == v("1—6月技术合同成交额完成全年目标比例"),
              near(v("1—6月技术开发合同成交额") + v("1—6月技术服务合同成交额") + v("1—6月技术转让和技术许可合同成交额"),
                   v("1—6月技术合同成交额")),                                                                # 96.4
              all(pct(v(f"1—6月{t}合同成交额"), v("1—6月技术合同成交额")) == v(f"1—6月{t}合同成交额占比")
                  for t in ("技术开发", "技术服务", "技术转让和技术许可")),
              any(grow(v("1—6月新增科技型中小企业评价入库"), k) == v("1—6月新增科技型中小企业评价入库同比增长")
                  for k in range(800, 1052)),                                                                 # 11.2
              any(grow(v("1—6月区级科技创新专项资金拨付"), k / 100) == v("1—6月区级科技创新专项资金拨付同比增长")
                  for k in range(150, 216)),                                                                  # 14.3
              any(grow(v("上海柔性电子技术创新中心技术服务和成果转化收入", 2024), k / 100)
                  == v("上海柔性电子技术创新中心技术服务和成果转化收入同比增长", 2024) for k in range(60, 128)),  # 36.2
              v("上海柔性电子技术创新中心研发人员中博士") < v("上海柔性电子技术创新中心研发人员"),
              v("科技活动周科普活动") + 2 <= v("5月区科委组织开展各类活动"),                               # 65 + 辅导会 + 拍卖会 ≤ 92
              v("科技活动周科普活动参与人次") < v("5月服务企业和市民", 2025, "actual", "over"),
              v("5月新建区级科普基地") < v("区级以上科普基地"),
              v("获上海市科学技术奖一等奖成果") + v("获上海市科学技术奖二等奖成果") == v("获上海市科学技术奖成果"),
              v("获上海市科学技术奖成果") - v("获上海市科学技术奖成果比上一年度增加") >= 0,
              v("有效期内高新技术企业", 2025, "actual") < v("有效期内高新技术企业", 2025, "target", "over"),
              len(h) == 3 and all(x["level"] == "municipal" for x in h),
              sum(x["issuer"] == "上海市人民政府" for x in h) == v("获上海市科学技术奖成果"),
              [x["year"] for x in h] == [2022, 2025, 2025],
              all(f["key"] is False for f in facts if f["article"] == art_id(by["科创人物"])),
              all(f["year"] == 2025 for f in facts if f["subject"].startswith(("1—5月", "1—6月", "5月"))
                  and f["role"] != "baseline"),
              [f for f in facts if f["article"] == art_id(by["报名"])][0]["value"] == 45,
              len([f for f in facts if f["article"] == art_id(by["报名"])]) == 1]
    elif tag0 == "n105":
        ok = [lines[0] == "金山区经济委员会2025年上半年工作总结和下半年工作打算", lines[-1] == "2025年7月10日",
              "三、下半年工作打算" in lines, "1—6月" in lines[2],
              grow(v("1—6月规模以上工业总产值"), v("1—6月规模以上工业总产值", 2024)) == v("1—6月规模以上工业总产值同比增长"),
              grow(v("1—6月工业固定资产投资"), v("1—6月工业固定资产投资", 2024)) == v("1—6月工业固定资产投资同比增长"),
              pct(v("1—6月规模以上工业总产值"), v("规模以上工业总产值", 2025, "target")) == v("1—6月规模以上工业总产值完成全年目标比例"),
              pct(v("1—6月工业固定资产投资"), v("工业固定资产投资", 2025, "target")) == v("1—6月工业固定资产投资完成全年目标比例"),
              pct(v("1—6月新材料产业产值"), v("1—6月规模以上工业总产值")) == v("1—6月新材料产业产值占规模以上工业总产值比重"),
              pct(v("1—6月生物医药产业产值"), v("1—6月规模以上工业总产值")) == v("1—6月生物医药产业产值占规模以上工业总产值比重"),
              v("1—6月新材料产业产值") + v("1—6月生物医药产业产值") + v("1—6月智能制造装备产业产值") < v("1—6月规模以上工业总产值"),
              any(grow(v("1—6月新材料产业产值"), k / 10) == v("1—6月新材料产业产值同比增长") for k in range(3500, 4125)),
              any(grow(v("1—6月生物医药产业产值"), k / 10) == v("1—6月生物医药产业产值同比增长") for k in range(1500, 1864)),
              any(pct(k / 10 - v("1—6月智能制造装备产业产值"), k / 10) == v("1—6月智能制造装备产业产值同比下降")
                  for k in range(1290, 1500)),                                                                # 2.3
              any(grow(v("6月规模以上工业总产值"), k / 10) == v("6月规模以上工业总产值环比增长") for k in range(1500, 1786)),
              v("6月规模以上工业总产值") > v("1—6月规模以上工业总产值") / 6,                                   # 为年内单月最高
              any(grow(v("1—6月工业税收收入"), k / 10) == v("1—6月工业税收收入同比增长") for k in range(350, 428)),
              any(pct(v("1—6月工业税收收入"), k / 10) == v("1—6月工业税收收入占全区税收总收入比重") for k in range(1000, 1500)),
              pct(v("1—6月办结企业诉求"), v("1—6月收集企业诉求")) == v("1—6月企业诉求办结率"),                 # 96.8
              v("1—6月新签约10亿元以上产业项目") < v("1—6月新签约产业项目"),
              v("1—6月新签约10亿元以上产业项目") * 10 <= v("1—6月新签约产业项目协议投资额"),
              v("1—6月新开工亿元以上产业项目") <= v("1—6月新开工亿元以上产业项目总投资"),
              v("1—6月新增“专精特新”中小企业") < v("“专精特新”中小企业"),
              v("1—6月新增“专精特新”中小企业") < v("新增“专精特新”中小企业", 2025, "target", "over"),
              v("1—6月新增国家级专精特新“小巨人”企业") < v("新增国家级专精特新“小巨人”企业", 2025, "target"),
              v("1—6月新增国家级专精特新“小巨人”企业") < v("国家级专精特新“小巨人”企业"),
              all(f["year"] == 2025 for f in facts if f["subject"].startswith(("1—6月", "6月")) and f["role"] != "baseline"),
              all(f["year"] == 2024 and f["subject"].startswith("1—6月") for f in facts if f["role"] == "baseline"),
              all(f["year"] == 2025 and not f["subject"].startswith("1—6月") for f in facts if f["role"] == "target"),
              not g["honours"]]
    elif tag0 == "n106":
        rows = [re.fullmatch(r"<tr><td>(.*)</td></tr>", l).group(1).split(CELL) for l in lines if l.startswith("<tr><td>")]
        title = re.search(r"<title>(.*)</title>", raw).group(1)
        cnt = lambda t: sum(r[1] == t for r in rows)
        h = g["honours"]
        jk = "静安区科学技术进步奖"
        ok = [raw.count("<table") == 1, f"<h1>{title}</h1>" in lines, "&nbsp;" in raw,
              [l for l in lines if l.startswith("<tr><th>")] == ["<tr><th>序号</th><th>拟表彰奖项（称号）</th>"
                                                                  "<th>项目名称或人选（团队）</th><th>完成单位（所在单位）</th></tr>"],
              all(len(r) == 4 for r in rows), [r[0] for r in rows] == [str(i) for i in range(1, len(rows) + 1)],
              15 <= len(rows) <= 25,
              cnt(jk + "一等奖") == v("拟表彰静安区科学技术进步奖一等奖"),
              cnt(jk + "二等奖") == v("拟表彰静安区科学技术进步奖二等奖"),
              cnt(jk + "三等奖") == v("拟表彰静安区科学技术进步奖三等奖"),
              sum(r[1].startswith(jk) for r in rows) == v("拟表彰静安区科学技术进步奖", 2025, "actual"),        # 12
              cnt("静安区科技创新领军人才") == v("拟表彰静安区科技创新领军人才"),
              cnt("静安区青年科技英才") == v("拟表彰静安区青年科技英才"),
              cnt("静安区优秀科技创新团队") == v("拟表彰静安区优秀科技创新团队"),
              v("拟表彰静安区科学技术进步奖一等奖") + v("拟表彰静安区科学技术进步奖二等奖") + v("拟表彰静安区科学技术进步奖三等奖")
              == v("拟表彰静安区科学技术进步奖", 2025, "actual"),
              v("静安区科学技术进步奖受理申报") + v("静安区科技人才和团队类受理申报") == v("静安区科学技术奖受理申报"),  # 86
              pct(v("拟表彰静安区科学技术进步奖", 2025, "actual"), v("静安区科学技术进步奖受理申报")) == v("静安区科学技术进步奖授奖率"),
              v("拟表彰静安区科学技术进步奖", 2025, "actual") - v("拟表彰静安区科学技术进步奖", 2023)
              == v("拟表彰静安区科学技术进步奖比上届增加"),                                                    # 12 − 10
              v("拟表彰静安区科技创新领军人才") + v("拟表彰静安区青年科技英才") + v("拟表彰静安区优秀科技创新团队")
              <= v("静安区科技人才和团队类受理申报"),
              len(h) == len(rows) and [x["quote"] for x in h] == [CELL.join(r) for r in rows],
              all(x["title"] == r[1] and x["recipient"] == (r[3] if r[1].startswith(jk) else r[2]) for x, r in zip(h, rows)),
              all(x["level"] == "district" and x["issuer"] == "静安区人民政府" and x["year"] == 2025 and x["source"] == "table"
                  for x in h),
              any("公示期为2025年11月10日至11月14日" in l for l in lines), any(l.startswith("<p>联系电话：") for l in lines)]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    """The shared validator on all four documents. It reads n104 only in the seed feed schema, so n104 is handed to it
    converted: one object per article with 文章标识符aid = mid_idx, 时间time = the YYYY-MM-DD date, 标题title = title,
    finalContent = the text lines after the title joined by newlines (feed_lines)."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            src = os.path.join(DOCS, n)
            if n.startswith("n104"):
                feed = json.load(open(src, encoding="utf-8"))
                conv = [{"文章标识符aid": art_id(a), "时间time": art_date(a), "标题title": a["title"],
                         "finalContent": "\n".join(feed_lines(a)[1:])} for a in feed]
                with open(os.path.join(tmp, "d", n), "w", encoding="utf-8") as fh:
                    json.dump(conv, fh, ensure_ascii=False)
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


def main():
    for name in NAMES:
        raw_b = open(os.path.join(DOCS, name), "rb").read()
        end_ok = raw_b.endswith(b"\n\f") if name.startswith("n103") else raw_b.endswith(b"\n")
        if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not end_ok: err(f"{name}: UTF-8, LF, no BOM, ending")
        raw = raw_b.decode("utf-8")
        lines = raw.split("\n")
        if lines[-1] == "":
            lines = lines[:-1]
        if not 30 <= len(lines) <= 60: err(f"{name}: {len(lines)} lines")
        if "\t" in raw or any(l.startswith("|") for l in lines): err(f"{name}: TAB or pipe table")
        arts = {}
        if name.startswith("n104"):
            arts = {art_id(a): a for a in json.loads(raw)}
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw, arts)
        arith(name, g, lines, raw, arts)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {len(lines)} lines")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
