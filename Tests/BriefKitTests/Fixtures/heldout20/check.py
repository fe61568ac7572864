#!/usr/bin/env python3
"""Checks the n75–n78 labels against the documents. Prints OK when all checks pass."""
import json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n75_dfrp_csr2024.txt", "n76_chongming_kw_bmjs2025.txt", "n77_sheitc_news2025.html", "n78_pudong_tcz_bnzj2025.md"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
CELL = "</td><td>"          # n77's HTML table quotes keep the markup between cells
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


def check_gold(name, g, lines, raw):
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g["document"] != name: err(f"{name}: document field")
    if g["kind"] not in KINDS: err(f"{name}: kind")
    if g["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", g["published"]): err(f"{name}: published")
    if g["published"]:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a} not in text")
    # n77's 全年 forecasts and n78's 全年目标/下半年 plans are targets of the report year itself (README ※).
    same_year_ok = name.startswith("n77") or name.startswith("n78")
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
        if f["role"] == "target" and (f["year"] < ry or (f["year"] == ry and not same_year_ok)):
            err(f"{tag}: target not after the report year")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline not before the report year")
        if f["role"] in ("actual", "change", "share", "budget") and f["year"] != ry: err(f"{tag}: {f['role']} of another year")
        if f["role"] == "budget" and g["kind"] != "budget": err(f"{tag}: budget role outside a budget")
        q = f["quote"]
        if any(c in q for c in "\n\r"): err(f"{tag}: quote spans lines")
        if not any(q in l for l in lines): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        if f["measure"] and f["measure"] != "%" and not is_table(q) and f["measure"] not in q.replace("**", ""):
            err(f"{tag}: measure {f['measure']} not in quote")
        # HTML: a quote holds no entity and no tag, except the cell separators of a table quote
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q.replace(CELL, ""))): err(f"{tag}: markup in quote")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        if not any(h["quote"] in l for l in lines): err(f"{tag}: quote not on one line")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer not in text")
        r = h["recipient"]
        if r not in raw and r != g["unit"] and not r.startswith("上海市") and not (r.startswith(g["unit"]) and r[len(g["unit"]):] in raw):
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
    # every key fact is stated in the opening paragraph (the first line holding a number after the title/date)
    body = [l for l in lines if l.startswith("<p>")] if name.endswith(".html") else lines[2:]
    opening = next(l for l in body if re.search(r"\d", l) and "发布" not in l and "公开" not in l)
    for f in g["facts"]:
        if f["key"] and f["quote"] not in opening: err(f"{name}: key fact {f['subject']} not quoted from the opening paragraph")


def fv(g, subject, year=None, role=None, qual=None):
    year = g["year"] if year is None else year
    fs = [f for f in g["facts"] if f["subject"] == subject and f["year"] == year
          and (role is None or f["role"] == role) and (qual is None or f["qualifier"] == qual)]
    if not fs:
        err(f"{g['document']}: no fact {subject} {year} {role} {qual}")
        return float("nan")
    vs = {round(fold(f["value"], f["measure"]), 6) for f in fs}
    if len(vs) > 1:
        err(f"{g['document']}: {subject} {year} {role} {qual} is ambiguous {sorted(vs)}")
    return fs[0]["value"]


def html_rows(lines):
    """n77's table: {label: [cells]} from the <tr><td>… lines."""
    rows = {}
    for l in lines:
        m = re.fullmatch(r"<tr><td>(.*)</td></tr>", l)
        if m:
            c = m.group(1).split(CELL)
            rows[c[0]] = c[1:]
    return rows


def cnum(s):
    return float(s.replace(",", "").replace("%", ""))


def table_quotes(name, g, lines):
    """A table quote is a row from its first cell's label through one cell, and the fact's value is that cell."""
    n = 0
    for f in g["facts"]:
        q = f["quote"]
        if not is_table(q):
            continue
        n += 1
        sep = "\t" if "\t" in q else CELL
        last = q.split(sep)[-1]
        pre = "" if sep == "\t" else "<tr><td>"
        full = [l for l in lines if l.startswith(pre + q)]
        if len(full) != 1: err(f"{name}: table quote {q!r} is not the start of exactly one row")
        elif not full[0][len(pre + q):].startswith("</td>"): err(f"{name}: table quote {q!r} cuts a cell")
        if not near(cnum(last), f["value"]): err(f"{name}: table quote {q!r} ends in {last}, value {f['value']}")
        if f["key"]: err(f"{name}: table copy {q!r} is key")
    return n


def arith(name, g, lines):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    texts = [f for f in g["facts"] if not is_table(f["quote"])]
    cells = [f for f in g["facts"] if is_table(f["quote"])]
    nt = table_quotes(name, g, lines)
    ok = []
    if name.startswith("n75"):
        tab = [l.split("\t") for l in lines if "\t" in l]
        rows = tab[1:]
        hon_t = [h for h in g["honours"] if h["source"] == "table"]
        lev = {"国家级": "national", "市级": "municipal"}
        ok = [tab[0] == ["序号", "荣誉名称", "级别", "授予单位", "获得者", "获得年份"], len(rows) == 8,
              [r[0] for r in rows] == [str(i) for i in range(1, 9)],
              len(hon_t) == 8 and all(h["quote"] == "\t".join(r) and h["title"] == r[1] and h["level"] == lev[r[2]]
                                      and h["issuer"] == r[3] and h["year"] == int(r[5]) and h["recipient"].endswith(r[4])
                                      for h, r in zip(hon_t, rows)),
              len(hon_t) == v("省部级以上荣誉"),                                                        # 8 rows = 8项
              sum(r[2] == "国家级" for r in rows) == v("国家级荣誉"), sum(r[2] == "市级" for r in rows) == v("市级荣誉"),
              v("国家级荣誉") + v("市级荣誉") == v("省部级以上荣誉"),
              all(h["level"] == "district" for h in g["honours"] if h["source"] == "text"),          # 区级, not in the 8
              nt == 0,
              grow(v("软件测评项目", 2024, "actual"), v("软件测评项目", 2023)) == v("软件测评项目同比增长"),   # 3268 vs 2987 → 9.4
              v("软件产品登记测试") + v("信息系统验收测评") + v("信创适配测试") == v("软件测评项目", 2024, "actual"),
              pct(v("信创适配测试"), v("软件测评项目", 2024, "actual")) == v("信创适配测试占测评项目比重"),     # 26.6
              any(grow(v("信创适配测试"), k) == v("信创适配测试同比增长") for k in range(600, 800)),         # 2023 ≈ 690
              grow(v("营业收入", 2024, "actual"), v("营业收入", 2023)) == v("营业收入同比增长"),             # 2.36 vs 2.20 → 7.3
              pct(fold(v("研发投入"), "万元"), fold(v("营业收入", 2024, "actual"), "亿元")) == v("研发投入占营业收入比重"),
              pct(v("硕士及以上学历员工"), v("员工")) == v("硕士及以上学历员工占比"),                         # 148/326 → 45.4
              v("利润总额") < fold(v("营业收入", 2024, "actual"), "亿元") / 1e4,
              r1(v("研发投入占营业收入比重") - v("研发投入占营业收入比重比2023年提高")) == 11.7,            # implied 2023
              r1(v("客户满意度", 2024, "actual") - v("客户满意度比2023年提高")) == 95.7,                   # implied 2023
              fv(g, "软件测评项目", 2025, "target", "over") < fv(g, "软件测评项目", 2025, "target", "under"),
              fv(g, "软件测评项目", 2025, "target", "over") > v("软件测评项目", 2024, "actual"),
              v("客户满意度", 2025, "target") > v("客户满意度", 2024, "actual"),
              v("新增授权发明专利", 2025, "target") > v("新增授权发明专利", 2024, "actual"),
              v("员工培训人次") / v("员工") < v("人均培训时长")]
    elif name.startswith("n76"):
        s = lambda *ks: round(sum(v(k) for k in ks), 2)
        ok = [nt == 0, not any("\t" in l for l in lines),
              s("财政拨款收入", "其他收入") == v("收入决算合计"),                                              # 11,952.40 + 533.95
              s("基本支出", "项目支出") == v("支出决算合计", 2025, "actual"),
              s("科学技术支出", "社会保障和就业支出", "住房保障支出") == v("支出决算合计", 2025, "actual"),
              s("科学技术管理事务", "技术研究与开发", "科技条件与服务", "科学技术普及", "其他科学技术支出") == v("科学技术支出"),
              near(v("支出决算合计", 2025, "actual") - v("支出决算合计", 2024), v("支出决算合计比2024年度决算增加")),
              grow(v("支出决算合计", 2025, "actual"), v("支出决算合计", 2024)) == v("支出决算合计比2024年度决算增长"),   # 7.4
              pct(v("收入决算合计比2024年度决算增加"), v("收入决算合计") - v("收入决算合计比2024年度决算增加"))
              == v("收入决算合计比2024年度决算增长"),                                                        # 882.55/11,603.80 → 7.6
              pct(v("支出决算合计", 2025, "actual"), v("支出年初预算")) == v("支出决算完成年初预算比例"),      # 96.3
              v("支出决算合计", 2025, "actual") < v("支出年初预算"),                                          # 小于年初预算
              pct(v("技术研究与开发"), v("技术研究与开发年初预算")) == v("技术研究与开发完成年初预算比例"),    # 102.8
              pct(v("财政拨款收入"), v("收入决算合计")) == v("财政拨款收入占收入决算比重"),                    # 95.7
              r1(v("财政拨款收入占收入决算比重") - v("财政拨款收入占比比2024年度提高")) == 94.4,              # implied 2024
              pct(v("基本支出"), v("支出决算合计", 2025, "actual")) == v("基本支出占支出决算比重"),            # 23.2
              pct(v("项目支出"), v("支出决算合计", 2025, "actual")) == v("项目支出占支出决算比重"),            # 76.8
              pct(v("科学技术普及比2024年度决算减少"), v("科学技术普及") + v("科学技术普及比2024年度决算减少"))
              == v("科学技术普及比2024年度决算下降"),                                                        # 84.60/1,210.60 → 7.0
              s("因公出国（境）费", "公务用车购置及运行维护费", "公务接待费") == v("“三公”经费支出决算"),      # 0 + 15.26 + 3.38
              pct(v("“三公”经费支出决算"), v("“三公”经费年初预算")) == v("“三公”经费完成年初预算比例"),      # 84.7
              pct(v("“三公”经费比2024年度决算减少"), v("“三公”经费支出决算") + v("“三公”经费比2024年度决算减少"))
              == v("“三公”经费比2024年度决算下降"),                                                          # 1.51/20.15 → 7.5
              pct(v("机关运行经费比2024年度决算减少"), v("机关运行经费") + v("机关运行经费比2024年度决算减少"))
              == v("机关运行经费比2024年度决算下降"),                                                        # 9.36/321.84 → 2.9
              pct(v("授予中小企业合同金额"), v("政府采购支出总额")) == v("授予中小企业合同金额占政府采购支出比重"),  # 82.5
              pct(v("绩效自评结果为“优”的项目"), v("绩效自评项目")) == v("绩效自评结果为“优”的项目占比"),  # 16/19 → 84.2
              v("绩效自评涉及资金") < v("项目支出"), v("支出决算合计", 2025, "actual") < v("收入决算合计"),
              v("所属事业单位") + 1 == v("部门决算编制单位"),                                                # 委机关本级 + 2
              v("固定资产原值") < v("资产总额"),
              all(f["role"] in ("actual", "baseline", "change", "share", "budget") for f in g["facts"]),
              {f["subject"] for f in g["facts"] if f["role"] == "budget"} == {"“三公”经费年初预算", "支出年初预算", "技术研究与开发年初预算"}]
    elif name.startswith("n77"):
        rows = {k: [cnum(x) for x in c] for k, c in html_rows(lines).items()}
        hdr = [l for l in lines if l.startswith("<tr><th>")]
        title = re.search(r"<title>(.*)</title>", "\n".join(lines)).group(1)
        ok = [len(rows) == 6 and all(len(c) == 2 for c in rows.values()), nt == 12,
              hdr == ["<tr><th>行业</th><th>产值（亿元）</th><th>同比增长（%）</th></tr>"],
              sum(l.count("<table") for l in lines) == 1, f"<h1>{title}</h1>" in lines,
              "&nbsp;" in "".join(lines) and "<strong>" in "".join(lines),
              len(rows) == v("重点工业行业"),
              near(sum(c[0] for c in rows.values()), v("六个重点工业行业产值")),                               # 20,184.2
              pct(v("六个重点工业行业产值"), v("规模以上工业总产值")) == v("六个重点工业行业产值占规模以上工业总产值比重"),  # 62.2
              all(near(c[0], v(k + "产值")) and near(c[1], v(k + "产值同比增长")) for k, c in rows.items()),
              max(rows, key=lambda k: rows[k][1]) == "成套设备制造业",                                          # 增速居首位
              rows["汽车制造业"][1] == -v("汽车制造业产值同比下降"),                                            # signed cell vs magnitude
              sum(c[1] < 0 for c in rows.values()) == 2,
              pct(v("工业战略性新兴产业产值"), v("规模以上工业总产值")) == v("工业战略性新兴产业产值占规模以上工业总产值比重"),  # 40.6
              grow(v("软件和信息技术服务业营业收入", 2025, "actual", "exact"), v("软件和信息技术服务业营业收入", 2024))
              == v("软件和信息技术服务业营业收入同比增长"),                                                      # 12.6
              near(v("信息技术服务收入") + v("软件产品收入") + v("嵌入式系统软件收入"),
                   v("软件和信息技术服务业营业收入", 2025, "actual", "exact")),
              pct(v("信息技术服务收入"), v("软件和信息技术服务业营业收入", 2025, "actual", "exact"))
              == v("信息技术服务收入占软件和信息技术服务业营业收入比重"),                                      # 70.4
              fold(v("软件和信息技术服务业营业收入", 2025, "actual", "over"), "万亿元")
              <= fold(v("软件和信息技术服务业营业收入", 2025, "actual", "exact"), "亿元"),                       # 突破1.1万亿
              v("云计算、大数据服务收入") < v("信息技术服务收入"),
              v("10月规模以上工业总产值") < v("规模以上工业总产值") / 9,
              fv(g, "规模以上工业总产值全年同比增长", 2025, "target", "over") <= v("规模以上工业总产值同比增长")
              <= fv(g, "规模以上工业总产值全年同比增长", 2025, "target", "under"),
              all("1—10月" in l for l in lines if l.startswith("<title>") or l.startswith("<h1>"))]
    elif name.startswith("n78"):
        a = lambda s: fv(g, s, 2025, "actual")
        ok = [nt == 0, lines[0].startswith("# "), sum(l.startswith("- ") for l in lines) >= 15,
              any(l == "## 四、下半年工作计划" for l in lines), all("**" in l for l in lines if l.startswith("- ") and re.search(r"\d", l) and "获评" not in l),
              grow(a("引进内外资项目"), v("引进内外资项目", 2024)) == v("引进内外资项目同比增长"),                # 386 vs 347 → 11.2
              pct(a("引进内外资项目"), v("引进内外资项目全年目标")) == v("引进内外资项目完成全年目标比例"),      # 55.1
              pct(v("引进外资项目"), a("引进内外资项目")) == v("外资项目占引进项目比重"),                          # 36.8
              pct(v("三大先导产业项目"), a("引进内外资项目")) == v("三大先导产业项目占引进项目比重"),              # 43.5
              v("先导产业") == 3 and all(f["measure"] == "" for f in g["facts"] if f["subject"] == "先导产业"),
              grow(a("实到外资"), v("实到外资", 2024)) == v("实到外资同比增长"),                                  # 18.6 vs 17.5 → 6.3
              pct(v("办结企业诉求"), v("受理企业诉求")) == v("企业诉求办结率"),                                    # 605/612 → 98.9
              v("海外推介活动") < v("投资促进活动"), v("注册资本亿元以上项目") < a("引进内外资项目"),
              v("新签约亿元以上重点项目") < a("引进内外资项目"),
              v("新认定跨国公司地区总部") < v("跨国公司地区总部（累计）"),
              v("“全球投资促进伙伴计划”新增合作伙伴") < v("“全球投资促进伙伴计划”合作伙伴（累计）"),
              a("引进内外资项目") + v("下半年引进内外资项目") >= v("引进内外资项目全年目标"),                      # 386 + 330 ≥ 700
              fv(g, "下半年投资促进活动", 2025, "target", "over") < fv(g, "下半年投资促进活动", 2025, "target", "under"),
              v("全年实到外资") > a("实到外资"), fv(g, "企业服务满意度", 2025, "target") < a("企业服务满意度"),
              r1(a("企业服务满意度") - v("企业服务满意度比2024年同期提高")) == 96.7,                               # implied
              len(g["honours"]) == v("市级以上荣誉"), all(h["level"] in ("national", "municipal") for h in g["honours"])]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic check {i}")


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
        lines = raw.split("\n")[:-1]
        if not 30 <= len(lines) <= 60: err(f"{name}: {len(lines)} lines")
        tabs = [l for l in lines if "\t" in l]
        if name.startswith("n75"):
            if len(tabs) != 9 or any(l.count("\t") != 5 for l in tabs): err("n75: 9 TAB lines of 6 cells")
        elif tabs: err(f"{name}: TAB outside n75")
        if any(l.startswith("|") for l in lines): err(f"{name}: pipe table")
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
