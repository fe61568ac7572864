#!/usr/bin/env python3
"""Checks the n131–n134 labels against the documents. Prints OK when all checks pass.

Every document is read as raw text split on "\\n" (no HTML parsing, no Markdown rendering, no entity decoding):
a quote must be a substring of one such raw line. n131 is stored in GB18030 and decoded before anything else
(the quotes are decoded text); for the shared validate.py, which reads UTF-8, a UTF-8 copy of it is made in a
temporary folder (the copy is the same text, only re-encoded)."""
import json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n131_hongkou_kw_bmjs2024_gb.txt", "n132_pjjl_csr2020.txt", "n133_sttc_jxmb2026.html",
         "n134_changning_kw_sswpg2026.md"]
ENC = {"n131": "gb18030"}
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
CELL = "</td><td>"   # n133's HTML table quotes keep the markup between the 三级指标 and 指标值 cells
PIPE = " | "         # n134's Markdown table quotes keep the separators between cells
LINES_RANGE = {"n131": (60, 90), "n132": (30, 60), "n133": (40, 60), "n134": (30, 60)}
# ※ the lines key facts must be quoted from
KEY_LINES = {
    "n131": lambda ls: [l for l in ls if "收入总计18,968.07" in l or l.startswith("    计各增加")
                        or "财政拨款支出决算为" in l or "“三公”经费财政拨款支出决算为" in l or "政府采购支出总额" in l],
    "n132": lambda ls: [l for l in ls if l.startswith("2020年，研究院完成检定校准") or l.startswith("2020年，研究院获得省部级")],
    "n133": lambda ls: [l for l in ls if l.startswith("<p>2026年度部门预算资金总额") or l.startswith("<p>项目资金：")],
    "n134": lambda ls: [l for l in ls if l.startswith("“十四五”期间，全区科技创新主要指标")]}
SAME_YEAR_TARGETS = {"n133", "n134"}   # ※ a 2026 target sheet; the 2025 targets of a plan evaluated on 2025
BUDGET_KEY = {"n133"}                  # ※ a target sheet has no achieved figure: its 2026 budget totals are the headline
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


def cagr(new, old, years):
    return r1(((new / old) ** (1 / years) - 1) * 100)


CD = dict(zip("〇零一二两三四五六七八九", [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9]))
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
    out += [cn(m) for m in re.findall(r"[〇零一二两三四五六七八九十百千万亿]+", q)]
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


def num(s):
    return float(re.sub(r"[^\d.]", "", s))


def read(name):
    raw_b = open(os.path.join(DOCS, name), "rb").read()
    if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(b"\n"): err(f"{name}: LF, no BOM")
    enc = ENC.get(name[:4], "utf-8")
    if enc != "utf-8":
        try:
            raw_b.decode("utf-8")
            err(f"{name}: should not be valid UTF-8 (it is stored in {enc})")
        except UnicodeDecodeError:
            pass
    raw = raw_b.decode(enc)
    if "\t" in raw or "\f" in raw: err(f"{name}: TAB or form feed in the text")
    return raw, raw.split("\n")[:-1]


def check_gold(name, g, lines, raw):
    tag0 = name[:4]
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g["document"] != name: err(f"{name}: document field")
    if g["kind"] not in KINDS or g["kind"] == "article-feed": err(f"{name}: kind")
    if g["published"] is not None:
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
        if f["role"] in ("target", "baseline") and f["key"]: err(f"{tag}: a {f['role']} is key")
        if f["role"] == "budget" and f["key"] and tag0 not in BUDGET_KEY: err(f"{tag}: a budget is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        if f["role"] == "budget" and (f["category"] != "finance" or f["year"] != ry): err(f"{tag}: budget of {f['year']}")
        if f["role"] == "target" and (f["year"] < ry or (f["year"] == ry and tag0 not in SAME_YEAR_TARGETS)):
            err(f"{tag}: target not after the report year")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline not before the report year")
        if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: {f['role']} of {f['year']}")
        q = f["quote"]
        if any(c in q for c in "\n\r"): err(f"{tag}: quote spans lines")
        if not any(q in l for l in lines): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        # the measure is written in the quote (余/多 between 万 and the unit left out: 十二万余元 → 万元); n131's table cells
        # take 万元 from the table's `单位：万元` line
        if f["measure"] and f["measure"] != "%" and f["measure"] not in re.sub("[余多]", "", q) \
                and not (tag0 == "n131" and "  " in q):
            err(f"{tag}: measure {f['measure']} not in quote")
        if q != q.strip() or q.startswith("—"): err(f"{tag}: quote starts or ends with a space or a page dash")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q.replace(CELL, ""))): err(f"{tag}: markup in quote")
        if name.endswith(".md") and (q.startswith("|") or q.startswith("#") or q.startswith("- ") or "**" in q
                                     or re.match(r"\s*\d+\. ", q)): err(f"{tag}: Markdown syntax in quote")
        if f["key"]:
            if not any(q in l for l in KEY_LINES[tag0](lines)): err(f"{tag}: key fact not in a key line")
            if f["year"] != ry: err(f"{tag}: key fact of {f['year']}")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        if not any(h["quote"] in l for l in lines): err(f"{tag}: quote not on one line")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
        if h["issuer"] and h["issuer"] not in h["quote"]: err(f"{tag}: issuer not in quote")
        if h["recipient"] not in raw and h["recipient"] != g["unit"]: err(f"{tag}: recipient not in text")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["qualifier"], f["role"], f["quote"])
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)
    vals = {}
    for f in g["facts"]:  # ※ targets apart: a same-year target may share its actual's subject (n134)
        vals.setdefault((f["subject"], f["year"], f["qualifier"], f["role"] == "target"), set()).add(ffold(f))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 35 <= n <= 55: err(f"{name}: {n} facts")
    if not 4 <= kc <= 9: err(f"{name}: {kc} key facts")
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


# ------------------------------------------------------------------ tables
def layout_rows(lines):
    """n131: rows of the -layout table: {科目名称: [年初预算数, 调整预算数, 决算数]}."""
    rows = {}
    for l in lines:
        m = re.fullmatch(r"\s+(?:\d{7}\s{2,})?(\S+)\s{2,}([\d,]+\.\d\d)\s{2,}([\d,]+\.\d\d)\s{2,}([\d,]+\.\d\d)", l)
        if m:
            rows[m.group(1)] = [num(x) for x in m.groups()[1:]]
    return rows


def layout_quotes(g, lines, rows):
    """A table quote begins at a row's 科目名称, keeps the file's spaces, ends on a cell, and its last cell is the value."""
    n = 0
    for f in g["facts"]:
        q = f["quote"]
        if "  " not in q:
            continue
        n += 1
        label = q.split("  ")[0]
        row = next((l for l in lines if label in rows and re.search(r"(^|\s{2})" + re.escape(label) + r"\s{2}", l)), None)
        if row is None or not row[row.index(label):].startswith(q): err(f"n131: table quote {q!r} is not a row prefix")
        elif (row[row.index(label):] + " ")[len(q)] != " ": err(f"n131: table quote {q!r} cuts a cell")
        cells = re.split(r"\s{2,}", q)
        if not near(num(cells[-1]), f["value"]) or cells[0] != label: err(f"n131: table quote {q!r} ends in another value")
        if f["key"]: err(f"n131: table copy {q!r} is key")
        want = {2: "budget", 3: "budget", 4: "actual"}.get(len(cells))
        if f["role"] != want: err(f"n131: table quote {q!r} has role {f['role']}")
    return n


def html_rows(lines):
    """n133: every indicator row: (三级指标, 指标值) from the last two cells."""
    out = []
    for l in lines:
        if l.startswith("<tr><td"):
            c = l[:-len("</td></tr>")].split(CELL)
            out.append((re.sub(r"^.*>", "", c[-2]), c[-1]))
    return out


def html_quotes(g, lines):
    n = 0
    pairs = html_rows(lines)
    for f in g["facts"]:
        q = f["quote"]
        if CELL not in q:
            continue
        n += 1
        a, b = q.split(CELL)
        if (a, b) not in pairs: err(f"n133: table quote {q!r} is not a row's last two cells")
        if not near(num(b), f["value"]) or f["role"] != "target" or f["key"]: err(f"n133: table quote {q!r}")
        sign = re.match(r"[≥≤＞＜=]?", b).group()
        want = {"≥": "over", "＞": "over", "≤": "under", "＜": "under", "=": "exact", "": "exact"}[sign]
        if f["qualifier"] != want: err(f"n133: {q!r} has qualifier {f['qualifier']}, sign {sign!r} wants {want}")
        meas = re.sub(r"^[≥≤＞＜=]?[\d.]+", "", b)
        if f["measure"] != meas: err(f"n133: {q!r} has measure {f['measure']}, cell {meas!r}")
    return n, pairs


def md_rows(lines):
    rows = {}
    for l in lines:
        if l.startswith("| ") and not l.startswith("| 指标") and not l.startswith("|---"):
            c = l[2:-2].split(PIPE)
            rows[c[0]] = c[1:]
    return rows


def md_quotes(g, lines, rows):
    n = 0
    for f in g["facts"]:
        q = f["quote"]
        if PIPE not in q:
            continue
        n += 1
        c = q.split(PIPE)
        if c[0] not in rows or rows[c[0]][:len(c) - 1] != c[1:]: err(f"n134: table quote {q!r} is not a row prefix")
        if not near(num(c[-1]), f["value"]) or f["key"]: err(f"n134: table quote {q!r}")
        want = {2: ("baseline", 2020), 3: ("target", 2025), 4: ("actual", 2025)}.get(len(c))
        if (f["role"], f["year"]) != want: err(f"n134: table quote {q!r} has {f['role']} {f['year']}")
        if f["measure"] != re.search(r"（([^（）]*)）$", c[0]).group(1): err(f"n134: {q!r} measure")
        if f["qualifier"] != ("over" if c[-1].startswith("≥") else "exact"): err(f"n134: {q!r} qualifier")
    return n


# ------------------------------------------------------------------ per-document arithmetic
def arith(name, g, lines, raw):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    ok = []
    if name.startswith("n131"):
        rows = layout_rows(lines)
        nt = layout_quotes(g, lines, rows)
        labels = ["合计", "行政运行", "科技成果转化与扩散", "科普活动", "其他科学技术支出", "机关事业单位基本养老保险缴费支出"]
        det = labels[1:]
        pages = [l.strip() for l in lines if re.fullmatch(r"\s{20,}\d", l)]
        B = lambda s: v(s, 2024, "budget")
        ok = [list(rows) == labels, nt == 18,
              all(round(sum(rows[d][i] for d in det), 2) == rows["合计"][i] for i in range(3)),      # columns add up
              rows["合计"] == [B("财政拨款支出年初预算"), B("财政拨款支出调整预算"), v("财政拨款支出", 2024, "actual")],
              pages == ["1", "2", "3", "4", "5"], "2060101" in raw and "单位：万元" in raw,
              "年初预算数" in raw and "调整预算数" in raw and "决算数" in raw,
              v("收入总计") == v("支出总计"),
              round(v("本年收入合计") + v("年初结转和结余"), 2) == v("收入总计"),
              round(v("本年支出合计") + v("年末结转和结余"), 2) == v("支出总计"),
              round(v("财政拨款收入") + v("其他收入"), 2) == v("本年收入合计"),
              round(v("基本支出") + v("项目支出"), 2) == v("本年支出合计"),
              pct(v("财政拨款收入"), v("本年收入合计")) == v("财政拨款收入占本年收入比重"),               # 98.8
              any(grow(v("收入总计"), round(v("收入总计") - v("收支总计比2023年度增加"), 2)) == v("收支总计比2023年度增长")
                  for _ in [0]),                                                                         # 6.8
              pct(v("财政拨款支出", 2024, "actual"), B("财政拨款支出调整预算")) == v("财政拨款支出完成调整预算比例"),  # 96.3
              round(v("财政拨款支出", 2023, "baseline") + v("财政拨款支出比2023年度增加"), 2) == v("财政拨款支出", 2024, "actual"),
              grow(v("财政拨款支出", 2024, "actual"), v("财政拨款支出", 2023, "baseline")) == v("财政拨款支出比2023年度增长"),  # 5.9
              round(B("财政拨款支出年初预算") + B("财政拨款支出年中追加预算"), 2) == B("财政拨款支出调整预算"),   # 17,856.40+1,326.80
              v("财政拨款支出", 2024, "actual") <= v("本年支出合计"),
              pct(v("科技成果转化与扩散支出"), B("科技成果转化与扩散支出调整预算")) == v("科技成果转化与扩散支出完成调整预算比例"),
              grow(v("科技成果转化与扩散支出"), round(v("科技成果转化与扩散支出") - v("科技成果转化与扩散支出比2023年度增加"), 2))
              == v("科技成果转化与扩散支出比2023年度增长"),                                                  # 12.0
              round(v("因公出国（境）费") + v("公务用车购置及运行费") + v("公务接待费"), 2) == v("三公经费财政拨款支出", 2024, "actual"),
              pct(v("三公经费财政拨款支出", 2024, "actual"), B("三公经费财政拨款支出预算")) == v("三公经费财政拨款支出完成预算比例"),
              round(v("三公经费财政拨款支出", 2023, "baseline") - v("三公经费财政拨款支出比2023年度减少"), 2)
              == v("三公经费财政拨款支出", 2024, "actual"),
              grow(v("三公经费财政拨款支出", 2023, "baseline"), v("三公经费财政拨款支出", 2024, "actual")) == -v("三公经费财政拨款支出比2023年度下降")
              or pct(v("三公经费财政拨款支出比2023年度减少"), v("三公经费财政拨款支出", 2023, "baseline")) == v("三公经费财政拨款支出比2023年度下降"),
              round(v("政府采购货物支出") + v("政府采购服务支出"), 2) == v("政府采购支出总额"),              # 工程 0
              pct(v("授予中小企业合同金额"), v("政府采购支出总额")) == v("授予中小企业合同金额占政府采购支出总额比重"),
              "比2023\n" in raw and "公务用车购置费0万元" in raw and "政府采购工程支出0万元" in raw,
              not any(f["value"] == 0 for f in g["facts"]),                                              # ※ zero amounts
              [f["year"] for f in g["facts"] if f["role"] == "baseline"] == [2023, 2023],
              not g["honours"]]
    elif name.startswith("n132"):
        H = "上海市浦江计量测试研究院2020年度社会责任报告"
        pages = [l for l in lines if re.fullmatch(r"— \d+ —", l)]
        ok = [pages == [f"— {i} —" for i in range(1, 6)], lines[-1] == "— 5 —",
              all(lines[i + 1] == H for i, l in enumerate(lines[:-1]) if l in pages[:-1]),             # running head
              sum(l == H for l in lines) == 4, not any("<" in l or "|" in l for l in lines),
              grow(v("检定校准", 2020, "actual"), v("检定校准", 2019, "baseline")) == v("检定校准同比增长"),  # 6.1
              grow(v("营业收入", 2020, "actual"), v("营业收入", 2019, "baseline")) == v("营业收入同比增长"),  # 4.5
              round(v("客户满意度", 2020, "actual") - v("客户满意度", 2019, "baseline"), 1) == v("客户满意度比上年提高"),
              pct(v("研发投入"), fold(v("营业收入", 2020, "actual"), "亿元") / 1e4) == v("研发投入占营业收入比重"),  # 8.6
              v("高级专业技术职称人员") * 4 > v("在职职工"),                                               # 四分之一以上
              v("新建社会公用计量标准") < v("社会公用计量标准"),
              v("复工复产上门服务") + v("远程视频指导校准") < v("复工复产计量技术服务企业"),
              v("防疫物资检测周期") < v("防疫物资检测周期压缩前"),
              fold(v("检定校准", 2021, "target", "over"), "万台件") > v("检定校准", 2020, "actual"),
              v("客户满意度", 2021, "target") < v("客户满意度", 2020, "actual"),
              v("研发投入占营业收入比重", 2021, "target") > v("研发投入占营业收入比重"),
              v("免费检定校准防疫计量器具") < v("检定校准", 2020, "actual"),
              v("省部级以上荣誉") >= sum(h["level"] != "district" for h in g["honours"]),
              len(g["honours"]) == 5 and all(h["year"] == 2020 for h in g["honours"]),
              sorted(h["level"] for h in g["honours"]) == ["district", "municipal", "municipal", "municipal", "national"],
              sum(bool(re.search(r"[零一二两三四五六七八九十百千]", f["quote"])) for f in g["facts"]) >= 30,   # Chinese numerals
              not re.search("[零一二两三四五六七八九十]点[零一二三四五六七八九]", raw),   # ※ no 点-decimal (validate.py cannot read it)
              v("防疫计量器具检定校准按时完成率") == 100,                                                # 百分之百
              [f["year"] for f in g["facts"] if f["role"] == "baseline"] == [2019, 2019, 2019],
              {f["year"] for f in g["facts"] if f["role"] == "target"} == {2021}]
    elif name.startswith("n133"):
        nt, pairs = html_quotes(g, lines)
        T = lambda s, q=None: v(s, 2026, "target", q)
        P1, P2 = "科技成果转化公共服务平台运营项目", "技术转移服务体系建设项目"
        ok = [nt == len(pairs) == 21, sum(l.count("rowspan") for l in lines) == 8,
              sum(l.startswith("<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>") for l in lines) == 3,
              round(v("部门财政拨款资金", r="budget") + v("部门其他资金", r="budget"), 2) == v("部门预算资金总额", r="budget"),
              round(v("基本支出", r="budget") + v("项目支出", r="budget"), 2) == v("部门预算资金总额", r="budget"),
              v(P1 + "资金", r="budget") + v(P2 + "资金", r="budget") <= v("项目支出", r="budget"),
              v(P1 + "财政拨款", r="budget") == v(P1 + "资金", r="budget"),
              round(v(P2 + "财政拨款", r="budget") + v(P2 + "其他资金", r="budget"), 2) == v(P2 + "资金", r="budget"),
              T(P1 + "总成本", "under") == v(P1 + "资金", r="budget"),
              T("促成技术合同成交额", "over") > v("促成技术合同成交额", 2025, "baseline"),
              T("带动技术合同成交额", "over") < T("促成技术合同成交额", "over"),
              all(T(s) == v(s, 2026, "target") for s in ("举办科技成果对接活动", "发布科技成果信息", "组织技术经理人培训")),
              not any(f["role"] == "actual" for f in g["facts"]),
              all(f["role"] in ("budget", "target") for f in g["facts"] if f["year"] == 2026),
              [f["year"] for f in g["facts"] if f["role"] == "baseline"] == [2025],
              all(f["role"] == "budget" for f in g["facts"] if f["key"]),
              "&nbsp;" in raw and "&gt;" in raw and "浏览次数：326" in raw, not g["honours"]]
    elif name.startswith("n134"):
        rows = md_rows(lines)
        nt = md_quotes(g, lines, rows)
        state = {}
        for label, c in rows.items():
            tgt, act = num(c[1]), num(c[2])
            state[label] = "超额完成" if act > tgt else "已完成" if act == tgt else "未完成"
        S = lambda s: re.sub(r"（[^（）]*）$", "", s)
        A = lambda s: v(s, 2025, "actual")
        ok = [nt == 24 == 3 * len(rows), len(rows) == 8,
              [l for l in lines if l.startswith("| 指标")] == ["| 指标 | 2020年（基期） | 2025年目标 | 2025年完成 | 属性 | 完成情况 |"],
              all(rows[r][4] == state[r] for r in rows),                                            # 完成情况 column
              {rows[r][3] for r in rows} == {"预期性", "约束性"},
              v("规划主要指标") == len(rows),
              v("超额完成的主要指标") == sum(s == "超额完成" for s in state.values()),
              v("已完成的主要指标") == sum(s == "已完成" for s in state.values()),
              v("未完成的主要指标") == sum(s == "未完成" for s in state.values()),
              all(A(S(r)) == num(rows[r][2]) and v(S(r), 2020, "baseline") == num(rows[r][0]) for r in rows),
              round(A("全社会研发经费支出占地区生产总值比重") - v("全社会研发经费支出占地区生产总值比重", 2020, "baseline"), 1)
              == v("全社会研发经费支出占地区生产总值比重比2020年提高"),                                  # 0.9
              r1(A("高新技术企业数") / v("高新技术企业数", 2020, "baseline")) == v("高新技术企业数为2020年的倍数"),  # 1.8
              cagr(A("技术合同成交额"), v("技术合同成交额", 2020, "baseline"), 5) == v("技术合同成交额年均增长"),    # 13.5
              cagr(A("区级财政科技支出"), v("区级财政科技支出", 2020, "baseline"), 5) == v("区级财政科技支出年均增长"),  # 9.2
              A("高新技术企业数") - v("高新技术企业数", 2020, "baseline") == v("高新技术企业净增"),            # 474
              v("五年累计新认定高新技术企业") > v("高新技术企业净增"),
              A("科技小巨人（含培育）企业数") - v("科技小巨人（含培育）企业数", 2020, "baseline") == v("累计新增科技小巨人（含培育）企业"),
              v("市级以上研发机构数", 2020, "baseline") + v("五年新增市级以上研发机构") == A("市级以上研发机构数"),  # 124
              v("市级以上研发机构数", 2025, "target") - A("市级以上研发机构数") == v("市级以上研发机构数距规划目标差距"),
              v("国家级科技企业孵化器数", 2025, "target") - A("国家级科技企业孵化器数") == v("国家级科技企业孵化器数距规划目标差距"),
              5 * v("区级财政科技支出", 2020, "baseline") < v("五年累计投入区级财政科技资金") < 5 * A("区级财政科技支出"),
              5 * v("技术合同成交额", 2020, "baseline") < v("五年累计技术合同成交额") < 5 * A("技术合同成交额"),
              v("全社会研发经费支出占地区生产总值比重", 2030, "target") > A("全社会研发经费支出占地区生产总值比重"),
              v("高新技术企业数", 2030, "target") > A("高新技术企业数"),
              v("技术合同成交额", 2030, "target") > A("技术合同成交额"),
              {f["year"] for f in g["facts"] if f["role"] == "target"} == {2025, 2030},
              {f["year"] for f in g["facts"] if f["role"] == "baseline"} == {2020},
              not g["honours"]]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    """The shared validator on all four documents (it reads UTF-8: n131 goes in as a re-encoded copy)."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        err("shared validate.py not found")
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            text = open(os.path.join(DOCS, n), encoding=ENC.get(n[:4], "utf-8")).read()
            with open(os.path.join(tmp, "d", n), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
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
        raw, lines = read(name)
        lo, hi = LINES_RANGE[name[:4]]
        if not lo <= len(lines) <= hi: err(f"{name}: {len(lines)} lines")
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
