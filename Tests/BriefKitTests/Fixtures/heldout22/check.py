#!/usr/bin/env python3
"""Checks the n83–n86 labels against the documents. Prints OK when all checks pass."""
import json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n83_changning_qw_jh2026.txt", "n84_sstc_myd_dcbg2025.md", "n85_minhang_kw_jb2025_12.html", "n86_xuhui_jw_ghgy2026.md"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
PIPE = " | "                # n84/n86 pipe-table quotes: the row from its label through one cell, cells joined by " | "
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


def cagr(new, old, years=5):
    return r1(((new / old) ** (1 / years) - 1) * 100)


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
    out = [float(m.replace(",", "").replace(" ", "")) for m in re.findall(r"[-+]?\d{1,3}(?:, ?\d{3})+(?:\.\d+)?|[-+]?\d+(?:\.\d+)?", q)]
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
    return PIPE in q


def opening_line(name, lines):
    """The paragraph the key facts are quoted from (README: Checks)."""
    if name.startswith("n83"):
        return next(l for l in lines if l.startswith("过去的一年"))
    if name.startswith("n84"):
        i = lines.index("## 摘要")
        return next(l for l in lines[i + 1:] if re.search(r"\d", l))
    if name.startswith("n86"):
        i = lines.index("### （一）“十四五”发展成效")
        return next(l for l in lines[i + 1:] if re.search(r"\d", l))
    return None


def check_gold(name, g, lines, raw):
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g["document"] != name: err(f"{name}: document field")
    if g["kind"] != "other": err(f"{name}: kind")
    if g["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", g["published"]): err(f"{name}: published")
    if g["published"]:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a} not in text")
    # n85 (a December bulletin) names the year's own 420亿元 goal: a target of the report year itself (README ※)
    same_year_ok = name.startswith("n85")
    ry = g["year"]
    if not 45 <= len(g["facts"]) <= 70: err(f"{name}: {len(g['facts'])} facts")
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != FF: err(f"{tag}: fields {list(f)}")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            err(f"{tag}: year/value type")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str): err(f"{tag}: key/measure type")
        if f["role"] == "target" and f["key"]: err(f"{tag}: a target is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        if f["role"] == "budget": err(f"{tag}: budget role outside a budget")
        if f["role"] == "target" and (f["year"] < ry or (f["year"] == ry and not same_year_ok)):
            err(f"{tag}: target not after the report year")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline not before the report year")
        if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: {f['role']} of another year")
        q = f["quote"]
        if any(c in q for c in "\n\r"): err(f"{tag}: quote spans lines")
        if not any(q in l for l in lines): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        if f["measure"] and f["measure"] != "%" and not is_table(q) and f["measure"] not in q.replace("**", ""):
            err(f"{tag}: measure {f['measure']} not in quote")
        if f["measure"] == "%" and not is_table(q) and "%" not in q: err(f"{tag}: % not in quote")
        if name.endswith(".html") and ("&" in q or "<" in q or ">" in q): err(f"{tag}: markup in quote")
        if is_table(q) and f["key"]: err(f"{tag}: table copy is key")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] != "text": err(f"{tag}: enum")
        if not any(h["quote"] in l for l in lines): err(f"{tag}: quote not on one line")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer not in text")
        if h["issuer"] and h["issuer"] not in h["quote"]: err(f"{tag}: issuer not in quote")
        r = h["recipient"]
        if r not in raw and r != g["unit"]: err(f"{tag}: recipient not in text")
        if name.endswith(".html") and ("<" in h["quote"] or "&" in h["quote"]): err(f"{tag}: markup in honour quote")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["qualifier"], f["role"], f["quote"])
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"]), set()).add(round(fold(f["value"], f["measure"]), 6))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    kc = sum(f["key"] for f in g["facts"])
    if not 6 <= kc <= 10: err(f"{name}: {kc} key facts")
    op = opening_line(name, lines)
    for f in g["facts"]:
        if not f["key"]:
            continue
        if op is not None and f["quote"] not in op: err(f"{name}: key fact {f['subject']} not quoted from the opening paragraph")
        if name.startswith("n85"):
            ps = [l for l in lines if l.startswith("<p>") and f["quote"] in l]
            if not ps or f["subject"].startswith("12月") or f["subject"].startswith("1—11月"):
                err(f"{name}: key fact {f['subject']} must be a full-year figure from a <p> item")


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


def pipe_rows(lines):
    """{label: [cells]} of the pipe table's body rows (header and --- line dropped)."""
    rows = [[c.strip() for c in l.strip("|").split("|")] for l in lines if l.startswith("| ")]
    return rows[0], {r[0]: r[1:] for r in rows[1:]}


def cnum(s):
    return float(s.replace(",", "").replace("%", ""))


def table_quotes(name, g, lines):
    """A table quote is a row from its label through one cell, and the fact's value is that cell."""
    n = 0
    for f in g["facts"]:
        q = f["quote"]
        if not is_table(q):
            continue
        n += 1
        last = q.split(PIPE)[-1]
        full = [l for l in lines if l.startswith("| " + q)]
        if len(full) != 1: err(f"{name}: table quote {q!r} is not the start of exactly one row")
        elif not full[0][len("| " + q):].startswith(" |"): err(f"{name}: table quote {q!r} cuts a cell")
        if not near(cnum(last), f["value"]): err(f"{name}: table quote {q!r} ends in {last}, value {f['value']}")
    return n


def arith(name, g, lines):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    nt = table_quotes(name, g, lines)
    raw = "\n".join(lines)
    ok = []
    if name.startswith("n83"):
        ok = [nt == 0, not any("<" in l or "|" in l or "#" in l[:1] for l in lines),
              lines[4] == "同志们：", "今年要力争" in raw, "过去的一年" in raw,
              pct(v("全社会研发经费投入"), v("地区生产总值")) == v("全社会研发经费投入占地区生产总值比重", 2025),   # 128.6/2108.2 → 6.1
              r1(v("全社会研发经费投入占地区生产总值比重", 2025) - v("全社会研发经费投入占地区生产总值比重比上年提高")) == 5.8,  # implied 2024
              any(r1(v("高新技术企业总数", 2025) / k) == v("高新技术企业总数为“十三五”末的倍数") for k in range(700, 900)),
              v("高新技术企业总数", 2025) / v("高新技术企业总数为“十三五”末的倍数") < v("高新技术企业总数", 2025) - v("高新技术企业总数比上年净增"),
              grow(fv(g, "技术合同成交额", 2025, "actual", "exact"), v("技术合同成交额", 2024)) == v("技术合同成交额同比增长"),  # 15.6
              fv(g, "技术合同成交额", 2025, "actual", "over") <= fv(g, "技术合同成交额", 2025, "actual", "exact"),         # 突破300
              v("技术合同成交额同比增长") >= 10,                                                         # 两位数增长
              any(grow(v("新认定高新技术企业", 2025), k) == v("新认定高新技术企业同比增长") for k in range(300, 386)),   # 2024 ≈ 342
              v("高新技术企业总数比上年净增") < v("新认定高新技术企业", 2025),                            # 净增 < 新认定
              v("新增专精特新中小企业", 2025) < v("专精特新中小企业（累计）"),
              v("国家级专精特新“小巨人”企业") < v("专精特新中小企业（累计）"),
              v("新增外资研发中心") < v("外资研发中心（累计）"),
              v("国家级科技企业孵化器和众创空间") < v("市级以上科技企业孵化器和众创空间"),
              v("区级财政科技投入", 2025) < v("全社会研发经费投入"),
              any(pct(v("区级财政科技投入", 2025), k / 10) == v("区级财政科技投入占一般公共预算支出比重") for k in range(2800, 3000)),
              v("区科创产业引导基金首期募集") < v("区科创产业引导基金规模"),
              v("上海市科学技术奖一等奖") < v("上海市科学技术奖"),
              len(g["honours"]) == 3 and all(h["level"] in ("national", "municipal") for h in g["honours"]),
              # 2026 targets go beyond the 2025 actuals
              v("全社会研发经费投入占地区生产总值比重", 2026, "target") > v("全社会研发经费投入占地区生产总值比重", 2025),
              v("高新技术企业总数", 2026, "target") > v("高新技术企业总数", 2025),
              v("技术合同成交额", 2026, "target") > fv(g, "技术合同成交额", 2025, "actual", "exact"),
              v("每万人口高价值发明专利拥有量", 2026, "target") > v("每万人口高价值发明专利拥有量", 2025),
              grow(v("区级财政科技投入", 2026, "target"), v("区级财政科技投入", 2025)) == v("区级财政科技投入比上年增长", 2026),  # 26 vs 24.8 → 4.8
              v("新认定高新技术企业", 2026, "target") > v("新认定高新技术企业", 2025),
              v("新增孵化面积", 2026, "target") > v("新增孵化面积", 2025),
              v("新增高层次人才", 2026, "target") > v("新增高层次人才", 2025),
              all(f["year"] == 2026 for f in g["facts"] if f["role"] == "target"),
              {f["measure"] for f in g["facts"] if f["role"] == "change" and f["measure"] in ("倍", "番")} == {"倍", "番"}]
    elif name.startswith("n84"):
        hdr, rows = pipe_rows(lines)
        dims = [k for k in rows if k != "总体满意度指数"]
        w = {k: cnum(rows[k][0]) for k in rows}
        s24 = {k: cnum(rows[k][1]) for k in rows}
        s25 = {k: cnum(rows[k][2]) for k in rows}
        d = {k: cnum(rows[k][3]) for k in rows}
        shares = [v("评价“非常满意”的客户占比"), v("评价“满意”的客户占比"), v("评价“一般”的客户占比"), v("评价“不满意”的客户占比")]
        counts = [min(range(1087), key=lambda n: abs(n / 1086 * 100 - s)) for s in shares]
        ok = [lines[0].startswith("# "), hdr == ["维度", "权重（%）", "2024年得分", "2025年得分", "变化"], len(rows) == 6,
              nt == 24, sum(l.startswith("- ") for l in lines) >= 10,
              len(dims) == v("满意度指数一级维度"),
              sum(w[k] for k in dims) == w["总体满意度指数"] == v("维度权重合计") == 100,
              r1(sum(w[k] * s24[k] for k in dims) / 100) == s24["总体满意度指数"] == v("客户总体满意度指数", 2024),  # 91.2
              r1(sum(w[k] * s25[k] for k in dims) / 100) == s25["总体满意度指数"] == v("客户总体满意度指数", 2025),  # 92.6
              all(r1(s25[k] - s24[k]) == d[k] for k in rows),                                              # 变化 = 2025 − 2024
              r1(v("客户总体满意度指数", 2025) - v("客户总体满意度指数", 2024)) == v("客户总体满意度指数比2024年提高"),
              max(dims, key=lambda k: d[k]) == "测评周期" and d["测评周期"] == v("测评周期维度得分比上年提高"),
              [k for k in dims if d[k] < 0] == ["收费合理性"] and -d["收费合理性"] == v("收费合理性维度得分比上年下降"),
              s25["收费合理性"] == v("收费合理性维度得分", 2025, "actual"),
              all(near(v(k + "维度得分", 2025), s25[k]) and near(v(k + "维度得分", 2024), s24[k]) for k in dims),
              pct(v("回收有效问卷"), v("发放问卷")) == v("问卷有效回收率"),                                  # 90.5
              v("企业客户样本") + v("政府机关及事业单位样本") + v("高校和科研院所样本") == v("回收有效问卷"),
              all(pct(v(k + "样本"), v("回收有效问卷")) == v(k + "样本占比") for k in ("企业客户", "政府机关及事业单位", "高校和科研院所")),
              r1(sum(shares)) == 100.0, r1(shares[0] + shares[1]) == v("评价“非常满意”和“满意”的客户合计占比"),
              sum(counts) == 1086 and all(pct(c, 1086) == s for c, s in zip(counts, shares)),               # 633+390+50+13
              v("涉及测评周期的客户投诉") + v("涉及收费标准的客户投诉") + v("涉及报告质量的客户投诉") == v("客户投诉", 2025, "actual"),
              v("客户投诉", 2024) - v("客户投诉", 2025, "actual") == v("客户投诉比上年减少"),
              pct(v("按时完成测评项目"), v("承接测评项目")) == v("测评项目按时完成率", 2025),                # 98.7
              r1(v("测评项目按时完成率", 2025) - v("测评项目按时完成率比上年提高")) == 98.2,                 # implied 2024
              pct(v("已整改落实意见建议"), v("收集客户意见建议")) == v("意见建议整改率", 2025),            # 88.7
              v("客户总体满意度指数", 2026, "target") > v("客户总体满意度指数", 2025),
              v("测评周期维度得分", 2026, "target") > v("测评周期维度得分", 2025),
              v("客户投诉", 2026, "target") < v("客户投诉", 2025, "actual"),
              v("投诉平均办结时长", 2026, "target") < v("投诉平均办结时长", 2025),
              v("测评项目按时完成率", 2026, "target") > v("测评项目按时完成率", 2025),
              v("意见建议整改率", 2026, "target") > v("意见建议整改率", 2025),
              all(f["year"] == 2026 for f in g["facts"] if f["role"] == "target"),
              all(f["measure"] == "分" for f in g["facts"] if is_table(f["quote"]) and "权重" not in f["subject"])]
    elif name.startswith("n85"):
        lis = [re.fullmatch(r"<li>(.*)，资助([\d,]+)万元[；。]</li>", l) for l in lines if l.startswith("<li>")]
        amt = [cnum(m.group(2)) for m in lis]
        metas = [l for l in lines if l.startswith("<meta")]
        ok = [nt == 0, len(metas) >= 3, sum(l.startswith("<h2>") for l in lines) >= 8, raw.count("<ul>") == 1,
              "第12期" in raw and "总第186期" in raw and re.search(r"联系电话：021-\d{8}", raw) is not None,
              "&nbsp;" in raw and "<title>" in raw,
              v("12月新认定高新技术企业") <= v("新认定高新技术企业"),
              any(grow(v("新认定高新技术企业"), k) == v("新认定高新技术企业同比增长") for k in range(600, 732)),     # 2024 ≈ 670
              v("新认定高新技术企业") < v("高新技术企业总数"),
              pct(v("集成电路、人工智能、生物医药领域高新技术企业"), v("高新技术企业总数"))
              == v("集成电路、人工智能、生物医药领域高新技术企业占比"),                                       # 35.5
              v("12月新增入库科技型中小企业") <= v("入库科技型中小企业"),
              any(grow(v("入库科技型中小企业"), k) == v("入库科技型中小企业同比增长") for k in range(4000, 4518)),
              v("12月技术合同登记") <= v("技术合同登记") and v("12月技术合同成交额") <= fv(g, "技术合同成交额", 2025, "actual", "exact"),
              fv(g, "技术合同成交额", 2025, "actual", "over") <= fv(g, "技术合同成交额", 2025, "actual", "exact"),   # 突破460
              pct(fv(g, "技术合同成交额", 2025, "actual", "exact"), v("技术合同成交额全年目标")) == v("技术合同成交额完成全年目标比例"),  # 110.1
              any(grow(fv(g, "技术合同成交额", 2025, "actual", "exact"), k / 10) == v("技术合同成交额同比增长") for k in range(4000, 4200)),
              r1(v("科技小巨人企业资助金额") / v("科技小巨人资助企业")) == v("科技小巨人企业平均资助金额"),         # 68.9
              len(lis) == 5 and all(lis) and len(amt) == v("单项资助金额100万元及以上的企业"),
              all(a >= 100 for a in amt) and amt == sorted(amt, reverse=True),
              sum(amt) <= v("科技小巨人企业资助金额"),
              all(near(v(m.group(1) + "资助金额"), a) for m, a in zip(lis, amt)),
              v("12月“科普进社区”活动") <= v("科普活动"), v("新认定区级科普基地") < v("科普基地"),
              fold(v("12月“科普进社区”活动惠及居民"), "人次") < fold(v("科普活动参与群众"), "万人次"),
              pct(v("产学研合作项目申报"), v("受理区科技计划项目申报")) == v("产学研合作项目占申报项目比重"),          # 31.0
              v("区科技计划项目申报企业和机构") <= v("受理区科技计划项目申报"),
              fold(v("科技节线上直播观看量"), "万人次") > fold(v("科技节观众"), "万人次"),
              len(g["honours"]) == 2 and all(h["level"] == "municipal" for h in g["honours"]),
              {f["year"] for f in g["facts"] if f["role"] == "target"} == {2025, 2026},
              [f["subject"] for f in g["facts"] if f["role"] == "target" and f["year"] == 2025] == ["技术合同成交额全年目标"]]
    elif name.startswith("n86"):
        hdr, rows = pipe_rows(lines)
        num = lambda c: None if c == "—" else cnum(c)
        t = {k.replace("其中：", ""): [num(c) for c in cs[:3]] + [cs[3]] for k, cs in rows.items()}
        sub = lambda k: re.sub(r"（[^）]*）$", "", k)
        base = {sub(k): c[0] for k, c in t.items()}
        goal = {sub(k): c[1] for k, c in t.items()}
        rate = {sub(k): c[2] for k, c in t.items()}
        a20 = v("人工智能产业规模", 2025) / v("人工智能产业规模为2020年的倍数")
        h20 = v("生命健康产业规模", 2025) / (1 + v("生命健康产业规模“十四五”期间年均增长") / 100) ** 5
        c20 = v("集成电路产业规模", 2025) / (1 + v("集成电路产业规模“十四五”期间年均增长") / 100) ** 5
        gdp30 = goal["数字经济核心产业增加值"] / goal["数字经济核心产业增加值占地区生产总值比重"] * 100
        ok = [lines[0].startswith("# "), hdr == ["指标", "2025年基数", "2030年目标", "年均增速（%）", "属性"], len(rows) == 9,
              "## 一、发展基础" in lines and "## 三、主要目标" in lines,
              {c[3] for c in t.values()} == {"预期性", "约束性"} and sum(c[3] == "约束性" for c in t.values()) == 1,
              nt == 23,
              v("人工智能产业规模", 2025) + v("生命健康产业规模", 2025) + v("集成电路产业规模", 2025) == v("重点产业规模合计", 2025),
              base["人工智能产业规模"] + base["生命健康产业规模"] + base["集成电路产业规模"] == base["重点产业规模合计"],
              goal["人工智能产业规模"] + goal["生命健康产业规模"] + goal["集成电路产业规模"] == goal["重点产业规模合计"],
              all(cagr(goal[k], base[k]) == rate[k] for k in rate if rate[k] is not None),                  # 年均增速 column
              all(near(fv(g, k, 2030, "target", "exact"), goal[k]) for k in goal),
              all(near(fv(g, k + "年均增速", 2030, "target", "exact"), rate[k]) for k in rate if rate[k] is not None),
              all(near(fv(g, k, 2025, None, "exact"), base[k]) for k in base if base[k] is not None),        # table = prose 2025
              pct(v("数字经济核心产业增加值", 2025), v("地区生产总值", 2025)) == v("数字经济核心产业增加值占地区生产总值比重", 2025),  # 30.5
              cagr(v("重点产业规模合计", 2025), a20 + h20 + c20) == v("重点产业规模“十四五”期间年均增长"),         # 10.6 from 2020 parts
              fv(g, "地区生产总值年均增速", 2030, "target", "over") <= cagr(gdp30, v("地区生产总值", 2025))
              <= fv(g, "地区生产总值年均增速", 2030, "target", "under"),                                      # 5.7 in 5%—6%
              any(grow(v("高新技术企业", 2025), k) == v("高新技术企业比2020年增长") for k in range(1800, 2000)),
              5 * fv(g, "年均新增高新技术企业", 2030, "target", "over") >= goal["高新技术企业"] - base["高新技术企业"],
              fv(g, "年均新增高新技术企业", 2030, "target", "over") < fv(g, "年均新增高新技术企业", 2030, "target", "under"),
              fv(g, "重点产业规模合计", 2030, "target", "over") <= goal["重点产业规模合计"],                   # 突破4,000 ≤ 4,400
              fv(g, "重点产业规模合计年均增速", 2030, "target", "over") <= rate["重点产业规模合计"],            # 10%以上 ≤ 11.7
              fv(g, "生命健康产业规模", 2030, "target", "over") <= goal["生命健康产业规模"],
              near(fv(g, "人工智能产业规模", 2030, "target", "approx"), goal["人工智能产业规模"]),
              near(fv(g, "全社会研发经费投入强度", 2030, "target", "approx"), goal["全社会研发经费投入强度"]),
              v("人工智能企业", 2030, "target") > v("人工智能企业", 2025),
              v("市级特色产业园区", 2025) + v("新建市级特色产业园区", 2030) == v("市级特色产业园区", 2030, "target"),
              v("新增产业载体面积（“十五五”累计）", 2030) > v("新增产业载体面积（“十四五”累计）", 2025),
              all(f["year"] == 2030 for f in g["facts"] if f["role"] == "target"),
              not any(f["role"] == "baseline" for f in g["facts"]),
              len(g["honours"]) == 1]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic check {i}")


def shared_validator():
    """The shared validator on all four documents (it reads them as plain text)."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        return
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
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
        if not 35 <= len(lines) <= 70: err(f"{name}: {len(lines)} lines")
        if any("\t" in l for l in lines): err(f"{name}: TAB")
        pipes = [l for l in lines if l.startswith("|")]
        if name[:3] in ("n84", "n86"):
            if not pipes or any(not l.endswith(" |") and not l.endswith("|") for l in pipes): err(f"{name}: pipe table")
        elif pipes: err(f"{name}: pipe table outside n84/n86")
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
