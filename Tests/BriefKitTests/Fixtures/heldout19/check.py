#!/usr/bin/env python3
"""Checks the n71–n74 labels against the documents. Prints OK when all checks pass."""
import html, json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n71_songjiang_fgw_jhzx2025.txt", "n72_yangpu_wjw_bmys2026.txt", "n73_jingan_kx_wx2025.json", "n74_huangpu_zwfw_gzzj2025.txt"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
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


FEED = "n73"


def article_lines(art):
    """An article's decoded text: its title, then one line per <p> paragraph (tags stripped, entities decoded)."""
    paras = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", art["content_html"], re.S)]
    return [art["title"]] + paras, paras


def check_gold(name, g, lines, raw, arts=None):
    feed = name.startswith(FEED)
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g["document"] != name: err(f"{name}: document field")
    if g["kind"] not in KINDS: err(f"{name}: kind")
    if feed and (g["kind"] != "article-feed" or g["year"] is not None or g["published"] is not None): err(f"{name}: feed top level")
    if g["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", g["published"]): err(f"{name}: published")
    if g["published"]:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a} not in text")
    ff = FF + (["article", "date"] if feed else [])
    # n72 (a budget) states its performance targets for the budget year itself; n74's table 目标值 are the
    # report year's own targets (README ※). Elsewhere a target is of a later year.
    same_year_ok = name.startswith("n72") or name.startswith("n74")
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != ff: err(f"{tag}: fields {list(f)}")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            err(f"{tag}: year/value type")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str): err(f"{tag}: key/measure type")
        if f["role"] == "target" and f["key"]: err(f"{tag}: a target is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        if feed:
            a = arts.get(f["article"])
            if a is None:
                err(f"{tag}: no article {f['article']}"); continue
            if f["date"] != a["publish_time"][:10]: err(f"{tag}: date {f['date']} is not the article's")
            ry, fl = int(f["date"][:4]), a["lines"]
        else:
            ry, fl = g["year"], lines
        if f["role"] == "target" and (f["year"] < ry or (f["year"] == ry and not same_year_ok)):
            err(f"{tag}: target not after the report year")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline not before the report year")
        if f["role"] in ("actual", "change", "share", "budget") and f["year"] != ry: err(f"{tag}: {f['role']} of another year")
        if f["role"] == "budget" and g["kind"] != "budget": err(f"{tag}: budget role outside a budget")
        q = f["quote"]
        if any(c in q for c in "\n\r"): err(f"{tag}: quote spans lines")
        if not any(q in l for l in fl): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        if f["measure"] and f["measure"] not in ("%",) and "\t" not in q and f["measure"] not in q:
            err(f"{tag}: measure {f['measure']} not in quote")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF + (["article", "date"] if feed else []): err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        hl = arts[h["article"]]["lines"] if feed else lines
        if feed and h["date"] != arts[h["article"]]["publish_time"][:10]: err(f"{tag}: date")
        if not any(h["quote"] in l for l in hl): err(f"{tag}: quote not on one line")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer not in text")
        if h["recipient"] not in raw and h["recipient"] != g["unit"] and not h["recipient"].startswith("上海市"):
            err(f"{tag}: recipient not in text")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["qualifier"], f["role"], f["quote"])
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)
    # one value per subject/year/qualifier (after folding 万/亿); ranges give an over and an under entry
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"]), set()).add(round(fold(f["value"], f["measure"]), 6))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    kc = sum(f["key"] for f in g["facts"])
    if not 6 <= kc <= 12: err(f"{name}: {kc} key facts")


def fv(g, subject, year, role=None, qual=None, quote=None):
    fs = [f for f in g["facts"] if f["subject"] == subject and f["year"] == year
          and (role is None or f["role"] == role) and (qual is None or f["qualifier"] == qual)
          and (quote is None or (quote in f["quote"]))]
    if not fs:
        err(f"{g['document']}: no fact {subject} {year} {role} {qual}")
        return float("nan")
    return fs[0]["value"]


def tables(lines):
    """TAB rows keyed by their first cell (header rows included)."""
    return {l.split("\t")[0]: l.split("\t")[1:] for l in lines if "\t" in l}


def cnum(s):
    return float(s.replace(",", "").replace("≥", "").replace("%", ""))


def table_quotes(name, g, lines):
    """A table quote is a row from its start through one cell, and the fact's value is that cell."""
    n = 0
    for f in g["facts"]:
        q = f["quote"]
        if "\t" not in q:
            continue
        n += 1
        last = q.split("\t")[-1]
        full = [l for l in lines if l.startswith(q)]
        if len(full) != 1: err(f"{name}: table quote {q!r} is not the start of exactly one row")
        elif not (full[0] == q or full[0][len(q):].startswith("\t")): err(f"{name}: table quote {q!r} cuts a cell")
        if not near(cnum(last), f["value"]): err(f"{name}: table quote {q!r} ends in {last}, value {f['value']}")
        if f["key"]: err(f"{name}: table copy {q!r} is key")
    return n


def arith(name, g, lines):
    v = lambda s, y=g["year"], r=None, q=None: fv(g, s, y, r, q)
    tab = tables(lines)
    texts = [f for f in g["facts"] if "\t" not in f["quote"]]
    cells = [f for f in g["facts"] if "\t" in f["quote"]]
    nt = table_quotes(name, g, lines)
    ok = []
    if name.startswith("n71"):
        ok = [grow(v("地区生产总值"), v("地区生产总值", 2024)) == v("地区生产总值同比增长", 2025, "change"),      # 2086.4 vs 1981.4 → 5.3
              # 2024 一般公共预算收入 = 228.6 − 8.4 = 220.2 (implied, not labelled) → 3.8
              grow(v("一般公共预算收入"), v("一般公共预算收入") - v("一般公共预算收入比2024年增加")) == v("一般公共预算收入同比增长", 2025, "change"),
              pct(v("战略性新兴产业产值"), v("规模以上工业总产值")) == v("战略性新兴产业产值占规上工业总产值比重"),  # 56.3
              v("三大先导产业产值") < v("规模以上工业总产值"), v("战略性新兴产业产值") < v("规模以上工业总产值"),
              v("新认定高新技术企业") < v("有效高新技术企业（累计）"), v("新建社区长者食堂") < v("社区长者食堂（累计）"),
              v("先导产业") == 3 and all(f["measure"] == "" for f in g["facts"] if f["subject"] == "先导产业"),
              fv(g, "地区生产总值同比增长", 2026, "target", "over") < fv(g, "地区生产总值同比增长", 2026, "target", "under"),
              v("城镇调查失业率", 2026, "target") > v("城镇调查失业率"), v("PM2.5年均浓度", 2026) > v("PM2.5年均浓度"),
              v("三大先导产业产值", 2026) > v("三大先导产业产值"), v("新开工亿元以上产业项目", 2026) > v("新开工亿元以上产业项目"),
              v("市区重大工程完成投资", 2026) > v("市区重大工程完成投资"),
              len(g["honours"]) <= v("国家级、市级荣誉"),                                                     # 3 named ≤ 十余项
              r1(v("空气质量优良率") - v("空气质量优良率比2024年提高")) == 87.3,                                 # implied, not labelled
              # PDF artifacts: three page numbers, a running header repeated at the top of pages 2 and 3,
              # and two sentences broken mid-phrase whose numbers open the next line
              [l for l in lines if re.fullmatch(r"— \d —", l)] == ["— 1 —", "— 2 —", "— 3 —"],
              lines.count("松江区2025年国民经济和社会发展计划执行情况报告") == 2,
              all(lines[i - 1] == "松江区2025年国民经济和社会发展计划执行情况报告" for i, l in enumerate(lines) if l.startswith("外贸进出口总额")),
              any(l.endswith("亿元以上产业") and lines[i + 1].startswith("项目47个") for i, l in enumerate(lines[:-1])),
              any(l.endswith("成功创业") and lines[i + 1].startswith("1,286人") for i, l in enumerate(lines[:-1])),
              nt == 0]
    elif name.startswith("n72"):
        rows = {k: [cnum(x) for x in c] for k, c in tab.items() if k != "项目"}
        ok = [len(rows) == 17 and all(len(c) == 4 for c in rows.values()), nt == 17 * 4,
              list(tab["项目"]) == ["2025年预算数", "2026年预算数", "增减额", "增减率（%）"]]
        for label, (a, b, d, r) in rows.items():
            ok += [near(round(b - a, 2), d), math.copysign(pct(abs(d), a), d) == r if d else r == 0]
        inc, exp = ["财政拨款收入", "事业收入", "其他收入"], ["卫生健康支出", "社会保障和就业支出", "住房保障支出"]
        fn = ["卫生健康管理事务", "公立医院", "基层医疗卫生机构", "公共卫生", "中医药", "计划生育事务", "行政事业单位养老支出", "住房公积金"]
        for i in (0, 1):
            ok += [near(sum(rows[k][i] for k in inc), rows["收入合计"][i]), near(sum(rows[k][i] for k in exp), rows["支出合计"][i]),
                   near(sum(rows[k][i] for k in fn), rows["合计"][i]), near(rows["合计"][i], rows["财政拨款收入"][i])]
        # every narrative figure that has a table twin agrees with it
        for f in texts:
            twins = [c for c in cells if c["subject"] == f["subject"] and c["year"] == f["year"]]
            ok.append(all(near(c["value"], f["value"]) for c in twins))
        ok += [pct(v("财政拨款收入"), v("收入预算合计")) == v("财政拨款收入占收入预算比重"),                       # 69.0
               pct(v("财政拨款支出：公立医院"), v("财政拨款支出预算合计")) == v("公立医院占财政拨款支出比重"),      # 32.9
               near(v("公务接待费") + v("公务用车购置及运行费"), v("“三公”经费财政拨款预算")),                      # 8.20 + 48.60
               pct(v("“三公”经费比2025年预算减少"), v("“三公”经费财政拨款预算") + v("“三公”经费比2025年预算减少"))
               == v("“三公”经费比2025年预算下降"),                                                           # 3.60 / 60.40 → 6.0
               pct(v("机关运行经费比2025年预算减少"), v("机关运行经费") + v("机关运行经费比2025年预算减少"))
               == v("机关运行经费比2025年预算下降"),                                                         # 12.40 / 369.20 → 3.4
               near(sum(v("政府采购预算：" + k) for k in ("货物类", "工程类", "服务类")), v("政府采购预算")),
               near(-v("计划生育事务比2025年预算减少"), v("财政拨款支出：计划生育事务增减额")),
               near(-v("卫生健康管理事务比2025年预算减少"), v("财政拨款支出：卫生健康管理事务增减额")),
               v("公立医院（预算单位）") + v("社区卫生服务中心（预算单位）") < v("预算单位"),
               v("功能提升社区卫生服务中心") == v("社区卫生服务中心（预算单位）"),
               v("纳入绩效目标管理项目资金") < v("支出预算合计"),
               fv(g, "新建社区卫生服务站（点）", 2026, None, "over") < fv(g, "新建社区卫生服务站（点）", 2026, None, "under"),
               v("区域居民平均期望寿命", 2026, "target") < v("区域居民平均期望寿命", 2024, "baseline"),
               sum(c["value"] < 0 for c in cells) == 4]                                                     # two rows × (增减额, 增减率)
    elif name.startswith("n73"):
        w = lambda s, y=2025, q=None: fv(g, s, y, None, q)
        ok = [w("科技活动周线上活动") + w("科技活动周线下活动") == w("科技活动周科普活动", 2025, "exact"),           # 38 + 88 = 126
              w("科技活动周科普活动", 2025, "exact") >= w("科技活动周科普活动", 2025, "over"),                    # 百余项
              w("市级科普教育基地") + w("区级科普教育基地") == w("科普教育基地"),                                  # 17 + 20 = 37 (two articles)
              grow(w("服务科技工作者", 2025, "exact"), w("服务科技工作者", 2024)) == w("服务科技工作者同比增长"),  # 5.26 vs 4.73 → 11.2
              w("服务科技工作者", 2025, "exact") >= w("服务科技工作者", 2025, "over"),                           # 超5万人次 (title)
              grow(w("工作站申请发明专利"), w("工作站申请发明专利", 2024)) == w("工作站申请发明专利同比增长"),       # 158 vs 138 → 14.5
              pct(w("获市级以上奖励学术论文"), w("征集学术论文")) == w("获市级以上奖励学术论文占比"),              # 41/326 → 12.6
              pct(w("入选人才项目"), w("推荐申报人才项目")) == w("人才项目入选率"),                              # 62/87 → 71.3
              w("新建企业科协") + w("新建园区科协") <= fv(g, "新建基层科协组织", 2026, None, "under"),
              fv(g, "新建基层科协组织", 2026, None, "over") < fv(g, "新建基层科协组织", 2026, None, "under"),
              w("院士专家工作站（累计）", 2026) > w("院士专家工作站（累计）"), w("获评上海市优秀院士专家工作站") < w("院士专家工作站（累计）"),
              w("服务科技工作者", 2026) > w("服务科技工作者", 2025, "exact"),
              w("公民具备科学素质的比例", 2026) > w("公民具备科学素质的比例"),
              near(w("公民具备科学素质的比例") - w("公民具备科学素质的比例比2024年提高"), 25.84),           # implied, not labelled
              len(g["honours"]) <= w("市级以上荣誉"),
              sum(h["title"] == "上海市优秀院士专家工作站" for h in g["honours"]) == 1,
              nt == 0]
    elif name.startswith("n74"):
        rows = {k: c for k, c in tab.items() if k != "指标"}
        ok = [len(rows) == 8 and all(len(c) == 3 for c in rows.values()), nt == 8 * 3, tab["指标"] == ["目标值", "完成值", "完成率"],
              len(rows) == v("完成主要指标")]
        for label, c in rows.items():
            t, a, r = cnum(c[0]), cnum(c[1]), cnum(c[2])
            lower = label.startswith("企业开办平均时间")                                              # 压减型: 目标值/完成值
            ok += [(pct(t, a) if lower else pct(a, t)) == r, r >= 100, c[2].endswith("%"),
                   all(f["qualifier"] == ("over" if c[0].startswith("≥") else "exact")
                       for f in cells if f["quote"] == label + "\t" + c[0])]
        for f in texts:                                                                              # prose = table
            twins = [c for c in cells if c["subject"] == f["subject"] and c["year"] == f["year"] and c["role"] == f["role"]]
            ok.append(all(near(c["value"], f["value"]) for c in twins))
        ok += [grow(v("受理办件", 2025, "actual"), v("受理办件", 2024)) == v("受理办件同比增长"),                # 131.6 vs 121.1 → 8.7
               pct(v("综合受理窗口"), v("综合受理窗口") + v("专业窗口")) == v("综合窗口占比"),                  # 46/54 → 85.2
               pct(v("企业帮办服务"), v("帮办代办服务", 2025, "actual")) == v("企业帮办服务占比"),             # 11205/16842 → 66.5
               grow(v("新设企业"), v("新设企业", 2024)) == v("新设企业同比增长"),                                # 9632 vs 9070 → 6.2
               v("“一件事”集成服务（累计）") + fv(g, "新增“一件事”集成服务", 2026, None, "over") == v("“一件事”集成服务（累计）", 2026),  # 46 + 8 = 54
               fv(g, "新增“一件事”集成服务", 2026, None, "over") < fv(g, "新增“一件事”集成服务", 2026, None, "under"),
               v("新增“一件事”集成服务", 2025, "actual") < v("“一件事”集成服务（累计）"),
               v("受理办件", 2026) > v("受理办件", 2025, "actual"),
               v("“一网通办”全程网办率", 2026) > v("“一网通办”全程网办率", 2025, "actual"),
               v("企业开办平均时间", 2026) < v("企业开办平均时间", 2025, "actual"),
               r1(v("“一网通办”全程网办率", 2025, "actual") - v("“一网通办”全程网办率比2024年提高")) == 85.5,   # implied, not labelled
               v("差评整改率") == 100, len(g["honours"]) <= v("市级以上荣誉")]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic check {i}")


def shared_validator():
    """The shared validator on the three text documents. It reads article feeds only in the seed 003's layout
    (a JSON list with 文章标识符aid/finalContent), so n73 is checked by check_gold alone."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            if n.startswith(FEED):
                continue
            shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", val, os.path.join(tmp, "d"), os.path.join(tmp, "g")], capture_output=True, text=True)
        # validate.py reads digits without their sign; a negative table cell (QUANTITIES rule 8) is tolerated
        # when its magnitude is found in the quote. Every other complaint is an error.
        for l in (r.stdout + r.stderr).splitlines():
            m = re.search(r"value (-[\d.]+) not stated in quote .*\(found \[(.*)\]\)", l)
            if m and any(near(-float(m.group(1)), float(x)) for x in m.group(2).split(",")):
                continue
            if l.startswith("ERROR") or "Traceback" in l:
                err("shared validate.py: " + l)


def main():
    for name in NAMES:
        raw_b = open(os.path.join(DOCS, name), "rb").read()
        if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(b"\n"): err(f"{name}: UTF-8, LF, no BOM")
        raw = raw_b.decode("utf-8")
        arts = None
        if name.startswith(FEED):
            d = json.loads(raw)
            if list(d) != ["account", "articles"] or len(d["articles"]) != 3: err(f"{name}: feed layout")
            arts, lines = {}, []
            for a in d["articles"]:
                if list(a) != ["id", "title", "digest", "content_html", "publish_time"]: err(f"{name}: article fields {list(a)}")
                if not re.fullmatch(r"2025-\d\d-\d\d \d\d:\d\d:\d\d", a["publish_time"]): err(f"{name}: publish_time")
                al, paras = article_lines(a)
                if not 6 <= len(paras) <= 12: err(f"{name}: {a['id']} has {len(paras)} paragraphs")
                if re.search(r"\d|[一二三四五六七八九十百千]", a["digest"]): err(f"{name}: a digest holds a number")
                a["lines"] = al
                arts[a["id"]] = a
                lines += al
            raw = "\n".join(lines)
            if "&amp;" not in raw_b.decode() or "<strong>" not in raw_b.decode(): err(f"{name}: markup traps missing")
        else:
            lines = raw.split("\n")[:-1]
            if not 30 <= len(lines) <= 60: err(f"{name}: {len(lines)} lines")
            tabs = [l for l in lines if "\t" in l]
            if name.startswith("n72"):
                if len(tabs) != 19 or any(l.count("\t") != 4 for l in tabs): err("n72: 19 TAB lines of 5 cells")
            elif name.startswith("n74"):
                if len(tabs) != 9 or any(l.count("\t") != 3 for l in tabs): err("n74: 9 TAB lines of 4 cells")
            elif tabs: err(f"{name}: TAB outside n72/n74")
            if any(l.startswith("|") for l in lines): err(f"{name}: pipe table")
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw, arts)
        arith(name, g, lines)
        extra = f", {len(arts)} articles" if arts else f", {len(lines)} lines"
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours{extra}")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
