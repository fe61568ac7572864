#!/usr/bin/env python3
"""Checks the n91–n94 labels against the documents. Prints OK when all checks pass."""
import json, math, os, re, subprocess, sys, tempfile, unicodedata, zipfile
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
sys.path.insert(0, os.path.join(HERE, "src"))
import doctext
NAMES = ["n91_hongkou_kw_bzjd2025.docx", "n92_qingpu_cyzx_12345nb2025.html", "n93_yangpu_kw_xdjhpg2025.txt",
         "n94_sribs_jczx_csr2025.md"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
CELL = "</td><td>"          # n92's HTML table quotes keep the markup between cells (heldout23's n89 convention)
FACT_BOUNDS = {"n91": (15, 30), "n92": (40, 80), "n93": (40, 80), "n94": (40, 80)}


def _after(ls, head, stop):
    i = ls.index(head) + 1
    out = []
    while i < len(ls) and not stop(ls[i]):
        out.append(ls[i]); i += 1
    return out


# ※ the lines key facts must be quoted from
KEY_LINES = {
    "n91": lambda ls: [l for l in ls if l.startswith(("一、授予", "二、对在", "三、对受表彰", "以上配套奖励资金共计"))],
    "n92": lambda ls: [next(l for l in ls if l.startswith("<p>"))],
    "n93": lambda ls: _after(ls, "二、总体评估结论", lambda l: l.strip() == ""),
    "n94": lambda ls: [l for l in _after(ls, "## 一、年度关键绩效", lambda l: l.startswith("## ")) if l.startswith("- ")],
}
# ※ n93: the headline targets (in the 总体评估结论 lines) are key, at the brief's request; no other target is key
KEY_TARGETS = {"n93"}
# ※ n93: pdftotext broke these quantities across lines; the quote is the part on the number's line (gold README), the
# rest of the measure opens the next line
BROKEN = {"全区人工智能企业数量达到352": "家", "区级人工智能专项资金累计投入3.86亿": "元", "力争年内新增算力1,250": "PFlops以上"}
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


def ffold(f):
    return round(fold(f["value"], f["measure"]), 6)


def n93_row(q, lines):
    """A quote that starts a row of n93's pdftotext table (序号, two or more spaces, then the indicator)."""
    return bool(re.match(r"\d\s{2,}\S", q)) and any(l.strip().startswith(q) and re.match(r"\s+\d\s{2,}", l) for l in lines)


def is_table(name, q, lines):
    return CELL in q or "\t" in q or (name.startswith("n93") and n93_row(q, lines))


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
    kl = KEY_LINES[tag0](lines)
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != FF: err(f"{tag}: fields {list(f)}")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            err(f"{tag}: year/value type")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str): err(f"{tag}: key/measure type")
        if f["role"] == "target" and f["key"] and tag0 not in KEY_TARGETS: err(f"{tag}: a target is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        if f["role"] == "target" and f["year"] <= ry: err(f"{tag}: target not after the report year")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline not before the actuals")
        if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: {f['role']} of another year")
        if f["role"] == "budget": err(f"{tag}: budget role outside a budget")
        q = f["quote"]
        if any(c in q for c in "\n\r\f"): err(f"{tag}: quote spans lines")
        if not any(q in l for l in lines): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        tab = is_table(name, q, lines)
        if f["measure"] and f["measure"] != "%" and not tab and f["measure"] not in q:
            rest = BROKEN.get(q) if tag0 == "n93" else None
            nxt = [lines[j + 1] for j, l in enumerate(lines[:-1]) if q in l]
            if not (rest and nxt and nxt[0].startswith(rest) and f["measure"] in q + rest):
                err(f"{tag}: measure {f['measure']} not in quote")
        if "\t" in q: err(f"{tag}: a fact quoted from a TAB row (n91's table holds honours only)")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q.replace(CELL, ""))): err(f"{tag}: markup in quote")
        if name.endswith(".md") and q.count("**") % 2: err(f"{tag}: quote cuts a ** pair")
        if f["key"] and not any(q in l for l in kl): err(f"{tag}: key fact not in the key lines")
        if tag0 in KEY_TARGETS and f["role"] == "target" and any(q in l for l in kl) and not f["key"]:
            err(f"{tag}: a headline target of n93 is not key")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        if not any(h["quote"] in l for l in lines): err(f"{tag}: quote not on one line")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer not in text")
        if h["recipient"] not in raw and h["recipient"] != g["unit"]: err(f"{tag}: recipient not in text")
        if (h["source"] == "table") != ("\t" in h["quote"]): err(f"{tag}: source")
        if h["source"] == "table" and h["quote"] not in lines: err(f"{tag}: a table honour quotes its whole row")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["qualifier"], f["role"], f["quote"])
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)
    hs = [(h["title"], h["recipient"]) for h in g["honours"]]
    if len(hs) != len(set(hs)): err(f"{name}: duplicate honour")
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"]), set()).add(ffold(f))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    lo, hi = FACT_BOUNDS[tag0]
    if not lo <= n <= hi: err(f"{name}: {n} facts")
    if not 6 <= kc <= 10: err(f"{name}: {kc} key facts")
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
    """A table quote starts exactly one row (n92: from the label cell; n93: from the 序号), ends on a cell boundary,
    and its last cell is the fact's value."""
    n = 0
    for f in g["facts"]:
        q = f["quote"]
        if not is_table(name, q, lines):
            continue
        n += 1
        if CELL in q:
            full = [l for l in lines if l.startswith("<tr><td>" + q)]
            ok_end = lambda rest: rest.startswith("</td>")
            last = q.split(CELL)[-1]
            pre = "<tr><td>"
        else:
            full = [l for l in lines if re.match(r"\s+\d\s{2,}", l) and l.strip().startswith(q)]
            ok_end = lambda rest: rest == "" or rest[0] == " "
            last = q.split()[-1]
            pre = None
        if len(full) != 1:
            err(f"{name}: table quote {q!r} is not the start of exactly one row")
        else:
            row = full[0] if pre else full[0].strip()
            rest = row[len((pre or "") + q):]
            if not ok_end(rest): err(f"{name}: table quote {q!r} cuts a cell")
        if not near(cnum(last), f["value"]): err(f"{name}: table quote {q!r} ends in another value")
        if f["key"]: err(f"{name}: table copy {q!r} is key")
    return n


def arith(name, g, lines, raw):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    nt = table_quotes(name, g, lines)
    hs = g["honours"]
    ok = []
    if name.startswith("n91"):
        with zipfile.ZipFile(os.path.join(DOCS, name)) as z:
            parts = sorted(z.namelist())
            xml = z.read("word/document.xml").decode("utf-8")
        tab = [l.split("\t") for l in lines if "\t" in l]
        body = tab[1:]
        th = [h for h in hs if h["source"] == "table"]
        by = lambda t: [r for r in body if r[1] == t]
        JT, JG, TX = ("2025年度虹口区科技创新工作先进集体", "2025年度虹口区科技创新工作先进个人", "2025年度虹口区科技创新突出贡献奖")
        aw = [h for h in hs if h["source"] == "text" and h["title"] != "通报表扬"]
        ok = [parts == ["[Content_Types].xml", "_rels/.rels", "word/document.xml"], xml.count("<w:tbl>") == 1,
              nt == 0, tab[0] == ["序号", "荣誉称号", "集体名称或姓名", "所在单位及职务"], all(len(r) == 4 for r in tab),
              [r[0] for r in body] == [str(i) for i in range(1, 17)], len(th) == len(body) == 16,
              len(by(JT)) == v("表彰先进集体") and len(by(JG)) == v("表彰先进个人") and len(by(TX)) == v("科技创新突出贡献奖获得者"),
              f"{by(JT)[0][2]}等6个集体" in raw and f"{by(JG)[0][2]}等8名同志" in raw,           # the decision names row 1 / row 7
              "、".join(r[2] for r in by(TX)) + "2名同志" in raw,
              all(f"“{t}”" in raw for t in (JT, JG, TX)),
              v("表彰先进集体") * v("先进集体每个奖励金额") + v("表彰先进个人") * v("先进个人每人奖励金额")
              + v("科技创新突出贡献奖获得者") * v("突出贡献奖每人奖励金额") == v("表彰奖励资金"),                    # 18+8+20 = 46
              sum(f["value"] for f in g["facts"] if f["subject"].endswith("有限公司配套奖励")) == v("配套奖励资金"),  # 200
              len([f for f in g["facts"] if f["subject"].endswith("有限公司配套奖励")]) == v("获得配套奖励的区内单位") == len(aw),
              all(any(h["recipient"] + "配套奖励" == f["subject"] for h in aw) for f in g["facts"] if f["subject"].endswith("有限公司配套奖励")),
              v("表彰奖励资金") + v("配套奖励资金") == v("表彰奖励和配套奖励资金合计"),                                # 246
              sum(h["title"] == "通报表扬" for h in hs) == v("通报表扬单位"),
              any(grow(v("技术合同成交额"), k / 10) == v("技术合同成交额同比增长") for k in range(1000, 1284)),
              len(hs) == 23 and sorted(h["level"] for h in hs).count("district") == 19,
              sorted(h["level"] for h in aw) == ["municipal", "municipal", "national", "other"],
              all(h["year"] == 2025 for h in hs), all(f["role"] == "actual" or f["role"] == "change" for f in g["facts"])]
    elif name.startswith("n92"):
        rows = {}
        for l in lines:
            m = re.fullmatch(r"<tr><td>(.*)</td></tr>", l)
            if m:
                c = m.group(1).split(CELL)
                rows[c[0]] = [cnum(x) for x in c[1:]]
        hdr = [l for l in lines if l.startswith("<tr><th>")]
        title = re.search(r"<title>(.*)</title>", raw).group(1)
        qs = ["一季度", "二季度", "三季度", "四季度"]
        T, T0 = v("受理市民诉求工单"), v("受理市民诉求工单", 2024, "baseline")
        cnt = [rows[q][0] for q in qs]
        W = lambda i: sum(rows[q][0] * rows[q][i] for q in qs) / sum(cnt)
        types = ["投诉类工单", "求助类工单", "咨询类工单", "建议类工单", "表扬及其他工单"]
        top3 = ["城市管理类工单", "住房物业类工单", "交通出行类工单"]
        ok = [list(rows) == qs + ["全年"] and all(len(c) == 4 for c in rows.values()), nt == 20,
              hdr == ["<tr><th>季度</th><th>受理工单（件）</th><th>同比（%）</th><th>按时办结率（%）</th><th>满意率（%）</th></tr>"],
              raw.count("<table") == 1, f"<h1>{title}</h1>" in lines, "&nbsp;" in raw and "<strong>" in raw,
              '<div class="header">' in raw and '<div class="footer">' in raw and '<div class="crumb">' in raw,
              all(near(rows[q][i], v((q if q != "全年" else "受理市民诉求") + c)) for q in qs for i, c in
                  enumerate(["受理工单", "受理工单同比", "工单按时办结率", "市民满意率"]) if q != "全年"),
              near(rows["全年"][0], T) and near(rows["全年"][1], v("受理市民诉求工单同比")) and near(rows["全年"][2], v("工单按时办结率"))
              and near(rows["全年"][3], v("市民满意率")),
              near(sum(cnt), T),                                                                    # quarters sum to the year
              abs(W(2) - v("工单按时办结率")) <= 0.05 and abs(W(3) - v("市民满意率")) <= 0.05,          # weighted rates
              abs(sum(rows[q][0] / (1 + rows[q][1] / 100) for q in qs) / T0 - 1) < 0.002,           # implied 2024 quarters
              grow(T, T0) == -v("受理市民诉求工单同比下降") == rows["全年"][1], T0 - T == v("受理市民诉求工单比上年减少"),
              sum(v(t) for t in types) == T, pct(v("投诉类工单"), T) == v("投诉类工单占比"),
              any(grow(v("投诉类工单"), k) == -v("投诉类工单同比下降") for k in range(60000, 70000)),
              any(grow(v("求助类工单"), k) == v("求助类工单同比上升") for k in range(45000, 49870)),
              v("电话渠道受理工单") + v("网络渠道受理工单") == T, pct(v("网络渠道受理工单"), T) == v("网络渠道受理工单占比"),
              pct(sum(v(t) for t in top3), T) == v("前三类工单合计占比"),
              [v(t) for t in top3] == sorted([v(t) for t in top3], reverse=True),               # 排名前三 in order
              pct(v("按时办结工单"), T) == v("工单按时办结率"), pct(v("电话回访工单"), T) == v("工单回访率"),
              v("回访不满意工单") < v("电话回访工单"),
              r1(v("市民满意率") - v("市民满意率", 2024, "baseline")) == v("市民满意率同比上升"),
              r1(v("市民满意率") - v("全市平均市民满意率")) == v("市民满意率高于全市平均水平"),
              r1(v("工单按时办结率") - v("全市平均工单按时办结率")) == v("工单按时办结率高于全市平均水平"),
              v("三季度受理工单同比上升") == rows["三季度"][1] and v("四季度受理工单同比下降") == -rows["四季度"][1],
              [q for q in qs if rows[q][1] > 0] == ["三季度"], min(qs, key=lambda q: rows[q][1]) == "四季度",
              v("实际解决率", 2026, "target", "over") > v("实际解决率"),
              v("市民满意率", 2026, "target", "over") > v("市民满意率"),
              v("重复来电率", 2026, "target", "under") < v("重复来电率"),
              v("工单按时办结率", 2026, "target", "over") <= v("工单按时办结率"),                   # 保持在…以上
              not hs]
    elif name.startswith("n93"):
        rows = {}
        for l in lines:
            m = re.match(r"\s+(\d)\s{2,}(\S+)\s+([\d,.]+)\s+([\d,.]+)\s+([\d,.]+)$", l)
            if m:
                rows[int(m.group(1))] = [cnum(m.group(k)) for k in (3, 4, 5)]
        subj = ["人工智能核心产业规模", "人工智能企业数量", "规模以上人工智能企业研发投入强度", "智能算力规模",
                "人工智能领域有效发明专利", "市级以上人工智能创新平台", "人工智能示范应用场景", "人工智能领域高层次人才"]
        prog = [rows[i][2] for i in range(1, 9)]
        pages = raw.split("\f")
        ok = [sorted(rows) == list(range(1, 9)), nt == 24, raw.count("\f") == 2, len(pages) == 3,
              all(p.rstrip("\n").split("\n")[-1].strip() == f"— {i} —" for i, p in enumerate(pages, 1)),
              all(p.split("\n")[0].strip() == "杨浦区人工智能三年行动计划中期评估报告" for p in pages[1:]),
              any("2026年目标值" in l and "2025年完成值" in l and "完成进度（%）" in l for l in lines),
              all(pct(rows[i][1], rows[i][0]) == rows[i][2] for i in rows),                          # 完成进度 = 完成值 / 目标值
              all(near(rows[i + 1][0], v(s, 2026, "target", "exact")) and near(rows[i + 1][1], v(s))
                  and near(rows[i + 1][2], v(s + "完成2026年目标进度")) for i, s in enumerate(subj)),
              len(rows) == v("行动计划主要指标"),
              sum(p >= 100 for p in prog) == v("提前完成2026年目标值的主要指标"),                  # 2
              sum(80 < p < 100 for p in prog) == v("完成进度超过80%的主要指标"),                      # 4 (80.0 is not above)
              v("已完成重点任务") + v("有序推进中的重点任务") == v("行动计划重点任务"),               # 7 + 11 = 18
              grow(v("人工智能核心产业规模"), v("人工智能核心产业规模", 2024, "baseline")) == v("人工智能核心产业规模同比增长"),
              grow(v("人工智能核心产业规模"), v("人工智能核心产业规模", 2023, "baseline")) == v("人工智能核心产业规模较2023年累计增长"),
              v("人工智能企业数量") - v("人工智能企业数量", 2023, "baseline") == v("人工智能企业数量较2023年底净增"),
              sum(v(k + "人工智能示范应用场景") for k in ("城市治理类", "医疗健康类", "教育类", "其他类")) == v("人工智能示范应用场景"),
              v("国家级人工智能创新平台") < v("市级以上人工智能创新平台"),
              v("智能算力规模", 2026, "target", "exact") - v("智能算力规模") == v("新增智能算力", 2026, "target", "over"),
              v("市级以上人工智能创新平台", 2026, "target", "exact") - v("市级以上人工智能创新平台")
              == v("新增市级以上人工智能创新平台", 2026, "target", "over"),
              v("人工智能企业数量", 2026, "target", "exact") - v("人工智能企业数量") <= v("新增人工智能企业", 2026, "target", "approx"),
              v("人工智能核心产业规模", 2026, "target", "over") == v("人工智能核心产业规模", 2026, "target", "exact"),
              v("规模以上人工智能企业") < v("人工智能企业数量"),
              sum(f["key"] and f["role"] == "target" for f in g["facts"]) == 2,
              not hs]
    elif name.startswith("n94"):
        parts = ["建设工程质量检测", "既有建筑检测鉴定", "绿色建筑与节能检测", "建材及室内环境等其他检测"]
        lv = sorted(h["level"] for h in hs)
        ok = [lines[0] == "# 上海市建筑科学研究院检测中心2025年度社会责任报告", "## 一、年度关键绩效" in lines,
              "## 七、2026年工作计划" in lines, nt == 0, not any("\t" in l for l in lines),
              grow(v("检测检验服务项目"), v("检测检验服务项目", 2024, "baseline")) == v("检测检验服务项目同比增长"),   # 7.7
              grow(v("营业收入"), v("营业收入", 2024, "baseline")) == v("营业收入同比增长"),                          # 6.1
              sum(v(p) for p in parts) == v("检测检验服务项目"),                                                    # 12,860
              pct(fold(v("研发投入"), "万元"), fold(v("营业收入"), "亿元")) == v("研发投入占营业收入比重"),        # 8.6
              pct(v("具有高级职称的员工"), v("在职员工")) == v("具有高级职称的员工占比"),                         # 31.5
              r1(v("客户满意度") - v("客户满意度", 2024, "baseline")) == v("客户满意度比上年提高"),                  # 0.5
              len(hs) == v("获得各类荣誉") and lv.count("national") == v("国家级荣誉") and lv.count("municipal") == v("市级荣誉"),
              lv == ["municipal", "municipal", "municipal", "national", "other", "system"],
              all(h["year"] == 2025 for h in hs),
              v("已发布实施标准") < v("主编、参编标准"), v("新增CMA资质参数", q="over") < v("资质参数总数"),
              fold(v("检测检验服务项目", 2026, "target", "over"), "万项") > v("检测检验服务项目"),
              v("营业收入", 2026, "target", "approx") > v("营业收入"),
              v("研发投入占营业收入比重", 2026, "target", "over") > v("研发投入占营业收入比重"),
              v("客户满意度", 2026, "target", "over") <= v("客户满意度")]                                       # 保持在…以上
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    """The shared validator on all four documents. It reads documents as UTF-8 text, so it gets each document's
    decoded text (docx: doctext's lines; n94: UTF-16 decoded) under the same file name. Its number reader has no minus
    sign: a 'value -X not stated' for a quote that states -X (n92's 同比 cells, QUANTITIES rule 8) is not an error."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            with open(os.path.join(tmp, "d", n), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(doctext.text(os.path.join(DOCS, n)))
            base = os.path.splitext(n)[0] + ".json"
            with open(os.path.join(GOLD, base), encoding="utf-8") as a, open(os.path.join(tmp, "g", base), "w", encoding="utf-8") as b:
                b.write(a.read())
        r = subprocess.run([sys.executable, "-B", val, os.path.join(tmp, "d"), os.path.join(tmp, "g")],
                           capture_output=True, text=True)
        for l in (r.stdout + r.stderr).splitlines():
            m = re.search(r"value (-[\d.]+) not stated in quote '(.*)' \(found", l)
            if m and m.group(1) in m.group(2):
                continue
            if l.startswith("ERROR") or "Traceback" in l:
                err("shared validate.py: " + l)


def main():
    for name in NAMES:
        path = os.path.join(DOCS, name)
        e = doctext.raw_bytes_ok(path, open(path, "rb").read())
        if e: err(f"{name}: {e}")
        raw = doctext.text(path)
        lines = doctext.lines(path)
        if not 35 <= len(lines) <= 60: err(f"{name}: {len(lines)} lines")
        if any(l.startswith("|") for l in lines): err(f"{name}: pipe table")
        if "\t" in raw and not name.startswith("n91"): err(f"{name}: TAB outside n91's docx table")
        if "\f" in raw and not name.startswith("n93"): err(f"{name}: form feed outside n93")
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw)
        arith(name, g, lines, raw)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {len(lines)} lines")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
