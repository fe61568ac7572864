#!/usr/bin/env python3
"""Check h10 (n36–n39): python3 check.py  (prints OK and exits 0 when everything passes).

1. gold field sets, kinds, categories, qualifiers, roles, levels, integer years; targets are never key; every
   `change` is a `growth` fact;
2. every quote is a substring of ONE decoded line of its document (src/decode.py);
3. each fact's value is stated in its quote (Arabic digits after NFKC folding; `,` separators; a leading minus
   sign; Chinese numerals; the 万/亿 scale of the measure);
4. docs/ is byte-identical to what src/make_docs.py writes;
5. containers: n36's WordprocessingML features (block-level w:sdt, w:moveFrom/w:moveTo, complex and simple
   fields, footnote reference, bookmark and lastRenderedPageBreak inside numbers, header/footer parts); n37's
   comment, numeric character reference and <wbr>; n38's UTF-16LE bytes with BOM and LF; n39's pipe table with an
   escaped pipe;
6. the documents' own arithmetic (table sums, totals, execution rates, shares, growth rates, prose = table);
7. the shared /work/shared/gold/validate.py on n39, the one document it can read (UTF-8 text, raw quotes).
"""
import json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "src"))
import decode  # noqa: E402

DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n36_sast_js2025.docx", "n37_fengxian_cxq2025.html", "n38_qingpu_tjgb2025.txt", "n39_silt_csr2025.md"]
CATEGORIES = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALIFIERS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
FACT_KEYS = {"category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"}
HON_KEYS = {"title", "level", "recipient", "issuer", "year", "quote", "source"}
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ numbers stated in a quote
CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10 ** 4, "亿": 10 ** 8}
CN_RUN = re.compile("[零〇一二两三四五六七八九十百千万亿]+")


def cn_to_int(run):
    total, section, digit = 0, 0, None
    for ch in run:
        if ch in CN_DIGIT:
            digit = CN_DIGIT[ch]
        elif ch in CN_UNIT:
            section += (1 if digit is None else digit) * CN_UNIT[ch]
            digit = None
        else:
            section += digit or 0
            total = (total + (section or 1)) * CN_BIG[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def numbers_in(quote, measure):
    q = unicodedata.normalize("NFKC", quote)
    q = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", q)
    nums = []
    for m in re.finditer(r"(?<![\d.])(-?)(\d+(?:\.\d+)?)", q):
        v = float(m.group(2))
        nums.append(v)
        if m.group(1):
            nums.append(-v)
    scale = 1
    for prefix, mult in (("万亿", 10 ** 12), ("亿", 10 ** 8), ("万", 10 ** 4)):
        if measure.startswith(prefix):
            scale = mult
            break
    for run in CN_RUN.findall(q):
        n = cn_to_int(run)
        nums.append(float(n))
        if scale > 1 and n % scale == 0:
            nums.append(float(n // scale))
    return nums


# ------------------------------------------------------------------ gold checks
def check_gold(fn, g, lines):
    for k in ("document", "kind", "unit", "aliases", "year", "published", "facts", "honours"):
        if k not in g:
            err(f"{fn}: missing top-level {k}")
    if g["document"] != fn: err(f"{fn}: document name")
    if g["kind"] not in KINDS: err(f"{fn}: bad kind")
    if g["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", g["published"]):
        err(f"{fn}: bad published")
    for i, f in enumerate(g["facts"]):
        tag = f"{fn} fact[{i}] {f.get('subject')}"
        if set(f) != FACT_KEYS:
            err(f"{tag}: fields {sorted(set(f) ^ FACT_KEYS)}")
            continue
        if f["category"] not in CATEGORIES: err(f"{tag}: category")
        if f["qualifier"] not in QUALIFIERS: err(f"{tag}: qualifier")
        if f["role"] not in ROLES: err(f"{tag}: role")
        if not isinstance(f["year"], int) or isinstance(f["year"], bool): err(f"{tag}: year")
        if isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)): err(f"{tag}: value")
        if not isinstance(f["key"], bool): err(f"{tag}: key")
        if f["role"] == "target" and f["key"]: err(f"{tag}: a target is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: a change that is not growth")
        if not isinstance(f["measure"], str): err(f"{tag}: measure")
        if not any(abs(n - f["value"]) < 1e-9 for n in numbers_in(f["quote"], f["measure"])):
            err(f"{tag}: value {f['value']} not stated in {f['quote']!r}")
    for i, h in enumerate(g["honours"]):
        tag = f"{fn} honour[{i}] {h.get('title')}"
        if set(h) != HON_KEYS:
            err(f"{tag}: fields {sorted(set(h) ^ HON_KEYS)}")
            continue
        if h["level"] not in LEVELS: err(f"{tag}: level")
        if not isinstance(h["year"], int): err(f"{tag}: year")
        if h["source"] not in ("text", "table"): err(f"{tag}: source")
        if not h["title"] or not h["recipient"]: err(f"{tag}: title/recipient")
    for item in g["facts"] + g["honours"]:
        q = item["quote"]
        if not q or "\n" in q or "\r" in q or "\f" in q:
            err(f"{fn}: multi-line quote {q!r}")
            continue
        if not any(q in l for l in lines):
            err(f"{fn}: quote not on one decoded line: {q!r}")


# ------------------------------------------------------------------ arithmetic helpers
def num(s):
    return float(unicodedata.normalize("NFKC", s).replace(",", ""))


def near(a, b, tol=0.005):
    return abs(a - b) <= tol


def r1(x):
    return math.floor(x * 10 + 0.5 + 1e-9) / 10 if x >= 0 else -math.floor(-x * 10 + 0.5 + 1e-9) / 10


def pct(a, b):
    return r1(a / b * 100)


def grow(new, old):
    return pct(new - old, old)


def tabrows(lines):
    return {l.split("\t")[0]: l.split("\t") for l in lines if "\t" in l}


# ------------------------------------------------------------------ n36
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def arith_n36(path, lines):
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    for part in ("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml", "word/_rels/document.xml.rels",
                 "word/footnotes.xml", "word/header1.xml", "word/footer1.xml", "word/styles.xml"):
        if part not in names: err(f"n36 lacks {part}")
    xml = z.read("word/document.xml").decode("utf-8")
    for feat in ("<w:moveFrom ", "<w:moveTo ", 'w:fldCharType="begin"', "<w:instrText", "<w:fldSimple ",
                 "<w:footnoteReference ", "<w:bookmarkStart ", "<w:lastRenderedPageBreak/>", "<w:hyperlink ",
                 "<w:gridSpan ", "<w:tab/>"):
        if feat not in xml: err(f"n36 document.xml lacks {feat}")
    import xml.etree.ElementTree as ET
    body = ET.fromstring(xml).find(W + "body")
    if not any(b.tag == W + "sdt" for b in body): err("n36 has no block-level w:sdt")
    # a reader that keeps every w:t (moveFrom included) sees the moved sentence twice
    naive = "".join(t.text or "" for t in ET.fromstring(xml).iter(W + "t"))
    if naive.count("团组6个、24人次") != 2: err("n36 moveFrom/moveTo pair")
    if "\n".join(lines).count("团组6个、24人次") != 1: err("n36 decoded text holds the moved sentence once")
    # a reader that walks only w:p/w:tbl children of w:body misses the two content-control paragraphs
    flat = [b for b in body if b.tag in (W + "p", W + "tbl")]
    flat_text = "".join(t.text or "" for b in flat for t in b.iter(W + "t"))
    for s in ("公开日期：2026年8月28日", "单位共六家"):
        if s in flat_text or not any(s in l for l in lines): err(f"n36 sdt paragraph {s}")
    if "其他收入236.18万元" not in "\n".join(lines): err("n36 footnote reference must not add text")
    if not re.search(r"其他收入</w:t></w:r><w:r><w:rPr>.*?<w:footnoteReference w:id=\"1\"/></w:r><w:r>", xml):
        err("n36 footnote reference between 其他收入 and 236.18")
    if "其他收入主要为学会会费划转收入" not in lines[-1]: err("n36 footnote is the last decoded line")
    # the table
    rows = tabrows(lines)
    if len([l for l in lines if l.count("\t") == 7]) != 12: err("n36 table rows")
    if rows.get("收入") != ["收入", "支出"]: err("n36 gridSpan header")

    def cell(label, k):
        s = rows[label][k]
        return num(s) if s else 0.0
    inc = ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入", "四、事业收入",
           "五、经营收入", "六、附属单位上缴收入", "七、其他收入"]
    exp = inc[:4]
    for c in (1, 2, 3):
        if not near(sum(cell(r, c) for r in inc), cell("本年收入合计", c)): err(f"n36 收入 col {c}")
        if not near(sum(cell(r, c + 4) for r in exp), cell("本年收入合计", c + 4)): err(f"n36 支出 col {c}")
        tin = cell("本年收入合计", c) + cell("使用非财政拨款结余", c) + cell("年初结转和结余", c)
        tout = cell("本年收入合计", c + 4) + cell("使用非财政拨款结余", c + 4) + cell("年初结转和结余", c + 4)
        if not near(tin, cell("收入总计", c)) or not near(tout, cell("收入总计", c + 4)): err(f"n36 总计 col {c}")
        if not near(cell("收入总计", c), cell("收入总计", c + 4)): err(f"n36 收入总计 != 支出总计 col {c}")
    ti, to = cell("本年收入合计", 3), cell("本年收入合计", 7)
    if pct(ti, cell("本年收入合计", 2)) != 99.7 or pct(to, cell("本年收入合计", 6)) != 97.4: err("n36 99.7/97.4")
    if pct(cell("四、事业收入", 3), cell("四、事业收入", 2)) != 90.5: err("n36 90.5")
    if pct(cell("七、其他收入", 3), cell("七、其他收入", 2)) != 131.2: err("n36 131.2")
    if not near(ti - 19806.42, 936.57) or grow(ti, 19806.42) != 4.7: err("n36 收入 vs 2024")
    if pct(330.12, to + 330.12) != 1.6: err("n36 支出 -1.6%")
    if not near(cell("年初结转和结余", 7) - cell("年初结转和结余", 3), 472.86): err("n36 472.86 较上年末")
    if [pct(cell(r, 3), ti) for r in (inc[0], inc[3], inc[6])] != [93.6, 5.2, 1.1]: err("n36 收入 shares")
    if not near(7456.20 + 12831.73, to) or pct(7456.20, to) != 36.8 or pct(12831.73, to) != 63.2: err("n36 基本/项目")
    if not near(cell(inc[0], 3) - cell(inc[0], 1), 770.36): err("n36 770.36")
    fa = 18865.27
    if not near(fa - cell(inc[0], 1), 215.27) or pct(215.27, cell(inc[0], 1)) != 1.2: err("n36 215.27/1.2%")
    if pct(fa, cell(inc[0], 2)) != 97.1: err("n36 97.1%")
    if not near(6982.16 + 11883.11, fa) or not near(5816.42 + 1165.74, 6982.16): err("n36 财政拨款 basic/project")
    fun = [15720.44, 1402.16, 498.37, 1244.30]
    if not near(sum(fun), fa) or [pct(x, fa) for x in fun] != [83.3, 7.4, 2.6, 6.6]: err("n36 财政拨款 functions")
    for x, tot in zip(fun, exp):
        if x > cell(tot, 7): err(f"n36 财政拨款 {x} exceeds all-funds {tot}")
    items = [(6586.40, 6418.25, 97.4), (2150.00, 2086.90, 97.1), (1620.00, 1603.55, 99.0), (980.00, 912.34, 93.1),
             (902.20, 896.41, 99.4)]
    for b, c, p in items:
        if pct(c, b) != p: err(f"n36 item {c}/{b}")
    if sum(c for _, c, _ in items[:4]) > fun[0] or items[4][1] > fun[1]: err("n36 items exceed their class")
    if not near(38.62 + 0 + 18.45 + 2.36, 59.43) or pct(59.43, 68.50) != 86.8: err("n36 三公")
    if pct(4.21, 59.43 + 4.21) != 6.6: err("n36 三公 -6.6%")
    if pct(13.63, 412.58 + 13.63) != 3.2: err("n36 机关运行经费")
    if not near(486.20 + 3076.60, 3562.80) or pct(2638.47, 3562.80) != 74.1: err("n36 政府采购")
    if 0 + 0 + 2 + 1 != 3 or 21 + 6 + 1 != 28: err("n36 counts")
    if round(21942.09 / 10000, 2) != 2.19: err("n36 2.19亿元")
    body = "\n".join(lines)
    for prose, v in (("收入总计21,942.09万元", cell("收入总计", 3)), ("本年收入合计20,742.99万元", ti),
                     ("本年支出合计20,287.93万元", to), ("财政拨款收入19,420.36万元", cell(inc[0], 3)),
                     ("事业收入1,086.45万元", cell(inc[3], 3)), ("科学技术支出17,012.48万元", cell(exp[0], 7)),
                     ("社会保障和就业支出1,486.73万元", cell(exp[1], 7)), ("卫生健康支出529.82万元", cell(exp[2], 7)),
                     ("住房保障支出1,258.90万元", cell(exp[3], 7)), ("年末结转和结余1,629.66万元", cell("年初结转和结余", 7)),
                     ("覆盖项目支出11,883.11万元", 11883.11)):
        if prose not in body or not any(near(n, v) for n in numbers_in(prose, "")): err(f"n36 prose {prose}")


# ------------------------------------------------------------------ n37
def arith_n37(path, lines):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): err("n37 has a BOM")
    src = raw.decode("utf-8")
    for s in ('<meta charset="utf-8">', "&#19975;", "<wbr>", "<!-- 初稿数据", "<br>", "<blockquote>", "<aside"):
        if s not in src: err(f"n37 source lacks {s}")
    body = "\n".join(lines)
    if "1.21亿元" in body or "2,206家" in body: err("n37 the comment leaked into the text")
    for s in ("1.03万件专利授权量", "专利授权量10,326件", "2,418家获券企业"):
        if s not in body: err(f"n37 decoded text lacks {s}")
    if pct(13628, 16200) != 84.1 or grow(13628, 6746) != 102.0: err("n37 84.1 / 102.0")
    if grow(2418, 1988) != 21.6: err("n37 21.6 (2024: 1,988 家, not stated)")
    if pct(2837, 3106) != 91.3 or pct(1036, 2418) != 42.8 or pct(1752, 2418) != 72.5: err("n37 shares")
    cats = [(6215, 45.6), (3488, 25.6), (2146, 15.7), (1779, 13.1)]
    if sum(v for v, _ in cats) != 13628 or any(pct(v, 13628) != p for v, p in cats): err("n37 categories")
    rows = tabrows(lines)
    qs = ["一季度", "二季度", "三季度", "四季度"]
    if sum(num(rows[q][1]) for q in qs) != num(rows["全年"][1]) or num(rows["全年"][1]) != 13628: err("n37 Q sum")
    if sum(num(rows[q][2]) for q in qs) != num(rows["全年"][2]) or num(rows["全年"][2]) != 2837: err("n37 Q items")
    for a, b in zip(qs, qs[1:]):
        if grow(num(rows[b][1]), num(rows[a][1])) != num(rows[b][3]): err(f"n37 环比 {b}")
    if round(13628 / 10000, 2) != 1.36 or round(10326 / 10000, 2) != 1.03 or not 10326 >= 10000: err("n37 cards")
    if grow(10326, 9179) != 12.5 or grow(2064, 1745) != 18.3: err("n37 patents (2024: 9,179 / 1,745, not stated)")
    if not 13628 <= 18500 <= 32000: err("n37 专项 1.85亿元 covers the vouchers, within 3.2亿元")
    if 386 - 52 <= 0 or 97 > 386: err("n37 机构")


# ------------------------------------------------------------------ n38
def arith_n38(path, lines):
    raw = open(path, "rb").read()
    if not raw.startswith(b"\xff\xfe"): err("n38 has no UTF-16LE BOM")
    if b"\r\x00" in raw: err("n38 must be LF only")
    if b"\n\x00" not in raw or b"\x00" not in raw: err("n38 is not UTF-16")
    try:
        raw.decode("utf-8")
        err("n38 decodes as UTF-8")
    except UnicodeDecodeError:
        pass
    body = "\n".join(lines)
    for s in ("支出①68.46亿元", "企业②1,286家"):
        if s not in body: err(f"n38 note mark {s}")
    if unicodedata.normalize("NFKC", "①68.46") != "168.46": err("n38 NFKC of ① (the trap)")
    if grow(68.46, 62.64) != 9.3 or pct(41.27, 68.46) != 60.3: err("n38 R&D")
    if 412 - 35 != 377 or pct(86.52, 142.36) != 60.8 or pct(2416, 8954) != 27.0: err("n38 counts/shares")
    if grow(8954, 9308) != -3.8 or grow(2416, 2097) != 15.2 or r1(27.0 - pct(2097, 9308)) != 4.5:
        err("n38 patents (2024: 9,308 / 2,097, not stated)")
    rows = tabrows(lines)
    kinds = ["普通高等学校", "中等职业学校", "普通中学", "小学", "特殊教育学校", "幼儿园"]
    if rows["类别"] != ["类别", "学校（所）", "招生（人）", "在校学生（人）", "毕业生（人）", "专任教师（人）"]: err("n38 header")
    for c in range(1, 6):
        if sum(num(rows[k][c]) for k in kinds) != num(rows["合计"][c]): err(f"n38 合计 col {c}")
    if num(rows["合计"][1]) != 216 or "各级各类学校216所" not in body: err("n38 216所")
    if round(num(rows["普通高等学校"][3]) / 10000, 2) != 2.84 or round(num(rows["普通中学"][3]) / 10000, 2) != 4.96:
        err("n38 万人 restatements")
    if round(num(rows["小学"][3]) / 10000, 2) != 7.43 or not near(3.46 + 1.50, 4.96) or not near(7.43 + 3.46, 10.89):
        err("n38 义务教育")
    if pct(4.72, 10.89) != 43.3 or not near(96.1 - 95.4, 0.7): err("n38 43.3 / 0.7")
    if round(58.63e8 / num(rows["合计"][3]) / 1e4, 2) != 2.99: err("n38 生均 2.99万元")
    if pct(2007, sum(num(rows[k][5]) for k in ("中等职业学校", "普通中学", "小学"))) != 19.9: err("n38 19.9%")
    for prose, k, c in (("招生7,860人", "普通高等学校", 2), ("毕业生6,915人", "普通高等学校", 4),
                        ("中等职业学校在校学生6,388人", "中等职业学校", 3)):
        if prose not in body or num(re.search(r"[\d,]+", prose).group()) != num(rows[k][c]): err(f"n38 {prose}")


# ------------------------------------------------------------------ n39
def arith_n39(path, lines):
    raw = open(path, "rb").read()
    if b"\r" in raw or raw.startswith(b"\xef\xbb\xbf"): err("n39 must be UTF-8, LF, no BOM")
    if "| 维度 | 指标 | 2025 | 2024 | 2023 |" not in lines: err("n39 header")
    rows = {}
    for l in lines:
        if l.startswith("| ") or l.startswith("|  |"):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", l)[1:-1]]
            if len(cells) == 5 and cells[1] != "指标":
                rows[cells[1]] = cells
    if len(rows) != 17: err(f"n39 KPI rows {len(rows)}")

    def v(label, k):
        s = rows[label][k].strip("*")
        return None if s == "—" else num(s)
    if "126\\|58" not in rows["专利申请\\|授权（件）"][2]: err("n39 escaped pipe")
    rev = [v("营业收入（亿元）", k) for k in (2, 3, 4)]
    rd = [v("研发投入（万元）", k) for k in (2, 3, 4)]
    if grow(rev[0], rev[1]) != 7.5: err("n39 7.5%")
    if rd[0] - rd[1] != 940 or grow(rd[0], rd[1]) != 14.1: err("n39 R&D growth")
    sh = [pct(r, e * 10000) for r, e in zip(rd, rev)]
    if sh[0] != 15.7 or r1(sh[0] - sh[1]) != 0.9: err(f"n39 R&D shares {sh}")
    en = [v("综合能耗（吨标准煤）", k) for k in (2, 3, 4)]
    per = [v("万元营业收入综合能耗（吨标准煤/万元）", k) for k in (2, 3, 4)]
    for e, r, p in zip(en, rev, per):
        if round(e / (r * 10000), 3) != p: err(f"n39 万元能耗 {p}")
    if pct(en[1] - en[0], en[1]) != 3.3: err("n39 能耗 -3.3%")
    if v("其中：发明专利授权（件）", 2) - v("其中：发明专利授权（件）", 3) != 6: err("n39 同比多6件")
    if not near(v("客户满意度（%）", 2) - v("客户满意度（%）", 3), 0.5): err("n39 0.5pp")
    if pct(886, v("服务企业（家）", 2)) != 62.4 or pct(187, v("在职职工（人）", 2)) != 30.6: err("n39 shares")
    if v("承担国家级科研项目（项）", 4) is not None: err("n39 — cell")
    body = "\n".join(lines)
    for prose, label in (("营业收入4.86亿元", "营业收入（亿元）"), ("研发投入7,630万元", "研发投入（万元）"),
                         ("服务企业1,420家", "服务企业（家）"), ("受众3.6万人次", "科普受众（万人次）"),
                         ("综合能耗1,862吨标准煤", "综合能耗（吨标准煤）"), ("在职职工612人", "在职职工（人）"),
                         ("人均培训46学时", "人均培训（学时）"), ("女性管理者占比31.5%", "女性管理者占比（%）"),
                         ("其中发明专利37件", "其中：发明专利授权（件）"), ("行业标准9项", "主持或参与制修订标准（项）")):
        if prose not in body or not any(near(n, v(label, 2)) for n in numbers_in(prose, "")): err(f"n39 {prose}")
    if "全年申请专利126件，获授权专利58件" not in body: err("n39 专利 prose")
    g = json.load(open(os.path.join(GOLD, "n39_silt_csr2025.json"), encoding="utf-8"))
    h25 = [h for h in g["honours"] if h["year"] == 2025 and h["level"] in ("national", "municipal")]
    if len(h25) != 7 or sum(h["level"] == "national" for h in h25) != 2: err("n39 荣誉 7项/国家级2项")


# ------------------------------------------------------------------ reproducibility and the shared validator
def check_rebuild():
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        env = dict(os.environ, H10_DOCS=tmp)
        subprocess.run([sys.executable, "-B", os.path.join(HERE, "src", "make_docs.py")], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        for name in NAMES:
            if open(os.path.join(DOCS, name), "rb").read() != open(os.path.join(tmp, name), "rb").read():
                err(f"docs/{name} differs from what src/make_docs.py writes")


def check_shared_validator():
    v = "/work/shared/gold/validate.py"
    if not os.path.exists(v):
        print("(shared validate.py not found; skipped)")
        return
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        base = "n39_silt_csr2025.json"
        shutil.copyfile(os.path.join(GOLD, base), os.path.join(tmp, base))
        r = subprocess.run([sys.executable, "-B", v, DOCS, tmp], capture_output=True, text=True)
        print("shared validate.py (n39):", r.stdout.strip().splitlines()[-1])
        if r.returncode != 0:
            err("shared validate.py: " + r.stdout.strip().replace("\n", " | "))


def main():
    for name in NAMES:
        path = os.path.join(DOCS, name)
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        lines = decode.lines_for(path)
        check_gold(name, g, lines)
        {"n36": arith_n36, "n37": arith_n37, "n38": arith_n38, "n39": arith_n39}[name[:3]](path, lines)
        nk = sum(f["key"] for f in g["facts"])
        print(f"{name}: {len(g['facts'])} facts ({nk} key), {len(g['honours'])} honours, {len(lines)} decoded lines")
    check_rebuild()
    check_shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
