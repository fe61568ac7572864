#!/usr/bin/env python3
"""Check h9 (n32–n35): python3 check.py  (prints OK and exits 0 when everything passes).

1. gold field sets (n34 facts and honours also carry `article` and `date`), kinds, categories, qualifiers, roles,
   levels, integer years; targets are never key; every `change` is a `growth` fact;
2. every quote is a substring of ONE decoded line of its document (src/decode.py); n34 quotes lie in the named
   article (its title or one paragraph) and the `date` is that article's pubTime as a UTC+8 date;
3. each fact's value is stated in its quote (Arabic digits after NFKC folding, so full-width digits, `．` and `－`
   count; `,` separators; a leading minus sign; Chinese numerals; the 万/亿 scale of the measure);
4. docs/ is byte-identical to what src/make_docs.py writes;
5. containers: n32's pages, footers and form feeds; n33's GBK bytes and CRLF; n34's pure-ASCII JSON, millisecond
   timestamps and the midnight article; n35's BOM and table headers;
6. the documents' own arithmetic (sums, differences, shares, growth rates, scores);
7. the shared /work/shared/gold/validate.py on the one document it can read (n32, UTF-8 text).
"""
import json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "src"))
import decode  # noqa: E402

DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n32_huangpu_kw_jxzp2025.txt", "n33_chongming_fgw_zqpg2022.txt", "n34_shwl_feed2025.json",
         "n35_sis_tjgb2025.html"]
CATEGORIES = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALIFIERS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
FACT_KEYS = {"category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"}
HON_KEYS = {"title", "level", "recipient", "issuer", "year", "quote", "source"}
FEED_KEYS = {"article", "date"}
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
def check_gold(fn, g, lines, articles=None):
    for k in ("document", "kind", "unit", "aliases", "year", "published", "facts", "honours"):
        if k not in g:
            err(f"{fn}: missing top-level {k}")
    if g["document"] != fn: err(f"{fn}: document name")
    if g["kind"] not in KINDS: err(f"{fn}: bad kind")
    if g["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", g["published"]):
        err(f"{fn}: bad published")
    fkeys = FACT_KEYS | (FEED_KEYS if articles else set())
    hkeys = HON_KEYS | (FEED_KEYS if articles else set())
    for i, f in enumerate(g["facts"]):
        tag = f"{fn} fact[{i}] {f.get('subject')}"
        if set(f) != fkeys:
            err(f"{tag}: fields {sorted(set(f) ^ fkeys)}")
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
        if set(h) != hkeys:
            err(f"{tag}: fields {sorted(set(h) ^ hkeys)}")
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
        hay = lines
        if articles:
            a = articles.get(item.get("article"))
            if a is None:
                err(f"{fn}: unknown article {item.get('article')}")
                continue
            if item.get("date") != decode.article_date(a):
                err(f"{fn}: date {item.get('date')} != {decode.article_date(a)} for {q!r}")
            hay = decode.article_lines(a)
        if not any(q in l for l in hay):
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


def cagr(a, b, years):
    return r1(((b / a) ** (1 / years) - 1) * 100)


# ------------------------------------------------------------------ n32
def arith_n32(path, lines):
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")  # must be UTF-8
    pages = text.split("\f")
    if pages[-1] != "": err("n32 must end with a form feed")
    pages = pages[:-1]
    n = len(pages)
    for i, p in enumerate(pages, start=1):
        foot = [l for l in p.split("\n") if l.strip()][-1].strip()
        if foot != f"第 {i} 页 共 {n} 页": err(f"n32 page {i} footer {foot!r}")
    widths = [max(decode_width(l) for l in p.split("\n")) for p in pages]
    if not (widths[1] > 110 and widths[0] <= 96 and widths[2] <= 96): err(f"n32 page widths {widths}")
    # funds
    if not near(3200.00 - 240.00, 2960.00): err("n32 调减")
    if not near(2960.00 - 2874.36, 85.64): err("n32 未执行")
    if pct(260.00, 2960.00 - 260.00) != 9.6: err("n32 9.6%")
    if pct(2874.36, 2960.00) != 97.1 or not near(95.7 + 1.4, 97.1): err("n32 执行率")
    parts = [1065.00, 720.00, 586.36, 213.00, 190.00, 100.00]
    if not near(sum(parts), 2874.36): err("n32 分方向 sum")
    if not near(1065.00 + 720.00, 1785.00) or pct(1785.00, 2874.36) != 62.1: err("n32 62.1%")
    if r1(10 * 2874.36 / 2960.00) != 9.7: err("n32 执行率得分")
    row = [l for l in lines if l.strip().startswith("年度资金总额")][0].split()
    if [num(x.rstrip("%")) for x in row[1:]] != [3200.00, 2960.00, 2874.36, 10, 97.1, 9.7]: err("n32 表1 row")
    # 表2: target | actual | weight | score, one line per 三级指标
    i0 = next(i for i, l in enumerate(lines) if "表2" in l)
    i1 = next(i for i, l in enumerate(lines) if l.strip().startswith("注："))
    pat = re.compile(r"([≥≤]?)([\d,.]+)(%|[^\d\s%]*)\s{2,}([\d,.]+)\S*\s{2,}(\d+)\s{2,}([\d.]+)(?:\s|$)")
    rows = [pat.search(l) for l in lines[i0:i1]]
    rows = [m for m in rows if m]
    if len(rows) != 15: err(f"n32 表2 rows {len(rows)}")
    wsum = ssum = 0
    for m in rows:
        sym, t, a, w, s = m.group(1), num(m.group(2)), num(m.group(4)), int(m.group(5)), float(m.group(6))
        ratio = 1.0 if (sym == "≤" and a <= t) or (sym != "≤" and a >= t) else a / t
        if r1(w * ratio) != s: err(f"n32 score {m.group(0)!r}: {r1(w * ratio)}")
        wsum += w
        ssum += s
    if wsum != 90: err(f"n32 weights {wsum}")
    out = sum(float(m.group(6)) for m in rows[:9])
    eff = sum(float(m.group(6)) for m in rows[9:14])
    if not (near(out, 49.2) and near(eff, 29.3) and near(float(rows[14].group(6)), 10)): err("n32 category scores")
    if not near(9.7 + 49.2 + 29.3 + 10, 98.2) or not near(100 - 98.2, 1.8): err("n32 total score")
    if not near(0.3 + 0.4 + 0.1 + 0.3 + 0.2 + 0.5, 1.8): err("n32 deductions")
    if pct(74, 80) != 92.5 or not near(6 - 5.6, 0.4) or 80 - 74 != 6: err("n32 (一)")
    if pct(29, 31) != 93.5 or not near(95 - 93.5, 1.5) or not near(5 - 4.9, 0.1) or 31 - 29 != 2: err("n32 (二)")
    if pct(24, 26) != 92.3 or not near(4 - 3.7, 0.3): err("n32 (三)")
    if pct(116.8, 120) != 97.3 or 1500 - 1386 != 114 or not near(6 - 5.8, 0.2) or not near(6 - 5.5, 0.5):
        err("n32 (四)")
    ws = [int(m.group(5)) for m in rows]
    if (sum(ws[:9]), sum(ws[9:14]), ws[14]) != (50, 30, 10): err(f"n32 weights by category {ws}")


def decode_width(l):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l)


# ------------------------------------------------------------------ n33
def arith_n33(path, lines):
    raw = open(path, "rb").read()
    try:
        raw.decode("utf-8")
        err("n33 must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")): err("n33 has a BOM")
    if raw.count(b"\n") != raw.count(b"\r\n"): err("n33 not CRLF throughout")
    text = raw.decode("gbk")
    if "charset" in text.lower() or "encoding" in text.lower(): err("n33 declares an encoding")
    rows = {}
    for l in lines:
        c = l.split("\t")
        if len(c) == 8 and c[0].isdigit():
            rows[c[1]] = c
    if len(rows) != 16: err(f"n33 table rows {len(rows)}")

    def v(label, col):
        s = rows[label][col]
        return None if s == "—" else num(re.sub(r"(以下|以上|左右)$", "", s))
    done = lag = 0
    for label, c in rows.items():
        t, a = v(label, 4), v(label, 5)
        met = a <= t if c[4].endswith("以下") else a >= t
        if (c[7] == "已完成") != met: err(f"n33 评估结论 {label}")
        done += c[7] == "已完成"
        lag += c[7] == "滞后于序时进度"
    if lag != 4: err(f"n33 lagging rows {lag}")
    if 11 + 13 + 4 != 28 or 11 + 13 != 24 or pct(24, 28) != 85.7: err("n33 indicator counts")
    if cagr(v("规模以上工业总产值", 3), v("规模以上工业总产值", 5), 2) != 6.5: err("n33 6.5%")
    if cagr(v("农村常住居民人均可支配收入", 3), v("农村常住居民人均可支配收入", 5), 2) != 5.6: err("n33 5.6%")
    b, a = v("区级一般公共预算收入", 3), v("区级一般公共预算收入", 5)
    if pct(b - a, b) != 4.9 or not near(b - a, 5.8): err("n33 revenue")
    if not near(v("森林覆盖率", 5) - v("森林覆盖率", 3), 1.6) or not near((31.6 - 30.0) / 2, 0.8): err("n33 forest")
    if not near(v("地表水优Ⅲ类水体比例", 5) - v("地表水优Ⅲ类水体比例", 3), 4.4): err("n33 water")
    if pct(26 - 23, 26) != 11.5: err("n33 PM2.5")
    if not near(v("生活垃圾回收利用率", 5) - v("生活垃圾回收利用率", 3), 3.5): err("n33 garbage")
    if not near(v("地产农产品绿色食品认证率", 5) - v("地产农产品绿色食品认证率", 3), 5.6): err("n33 green food")
    if not near(v("常住人口", 3) - v("常住人口", 5), 0.9): err("n33 population")
    if not near(v("地区生产总值年均增长", 4) - v("地区生产总值年均增长", 5), 1.9): err("n33 1.9")
    if not near(v("全社会固定资产投资年均增长", 4) - v("全社会固定资产投资年均增长", 5), 2.7): err("n33 2.7")
    if pct(268.4, 365.8) != 73.4: err("n33 73.4%")
    if pct(847.0 - 486.2, 847.0) != 42.6 or pct(30.2 - 18.7, 30.2) != 38.1: err("n33 tourism 2022")
    if v("农村常住居民人均可支配收入", 4) != 4 * 10000: err("n33 4万元 target")
    body = "\n".join(lines)
    for label, prose in (("森林覆盖率", "森林覆盖率达到31.6%"), ("自然湿地保护率", "自然湿地保护率达到65.3%"),
                         ("地表水优Ⅲ类水体比例", "地表水优Ⅲ类水体比例96.4%"),
                         ("细颗粒物（PM2.5）年均浓度", "年均浓度23微克/立方米"),
                         ("生活垃圾回收利用率", "生活垃圾回收利用率达到43.5%"),
                         ("规模以上工业总产值", "规模以上工业总产值365.8亿元"),
                         ("区级一般公共预算收入", "区级一般公共预算收入112.7亿元"),
                         ("地产农产品绿色食品认证率", "地产农产品绿色食品认证率达到35.6%"),
                         ("农村常住居民人均可支配收入", "农村常住居民人均可支配收入33,885元"),
                         ("每千人口执业（助理）医师数", "医师数达到2.6人"), ("人均预期寿命", "人均预期寿命达到84.1岁"),
                         ("常住人口", "常住人口62.9万人"), ("高标准农田建设面积（累计新增）", "高标准农田8.6万亩"),
                         ("地区生产总值年均增长", "年均增长4.1%"), ("全社会固定资产投资年均增长", "年均增长5.3%")):
        if prose not in body or not any(near(n, v(label, 5)) for n in numbers_in(prose, "")):
            err(f"n33 table {label} != prose {prose}")
    if "１２条" not in body or "１．１６万个" not in body: err("n33 full-width digits")


# ------------------------------------------------------------------ n34
def arith_n34(path, arts):
    raw = open(path, "rb").read()
    if any(b > 127 for b in raw): err("n34 is not pure ASCII (ensure_ascii)")
    if "\\u" not in raw.decode("ascii"): err("n34 has no \\u escapes")
    ids = [a["articleId"] for a in arts]
    if len(set(ids)) != len(ids): err("n34 duplicate articleId")
    ts = [a["pubTime"] for a in arts]
    if ts != sorted(ts, reverse=True): err("n34 not newest first")
    if any(not (10 ** 12 <= t < 10 ** 13) for t in ts): err("n34 pubTime is not in milliseconds")
    want = ["2026-04-16", "2026-02-24", "2026-01-22", "2025-12-31", "2025-10-09", "2025-09-28", "2025-07-04"]
    if [decode.article_date(a) for a in arts] != want: err("n34 dates")
    utc = datetime.datetime.fromtimestamp(arts[3]["pubTime"] / 1000, datetime.timezone.utc)
    if utc.strftime("%Y-%m-%d") != "2025-12-30": err("n34 midnight article: UTC date should be the day before")
    if pct(386.7, 1286.4) != 30.1 or pct(21.5, 38.6) != 55.7: err("n34 春节 shares")
    if pct(652.8, 850.4) != 76.8: err("n34 76.8%")
    if pct(612.8, 1286.4) != 47.6: err("n34 47.6%")
    if r1(632.5 / 8) != 79.1: err("n34 国庆 日均 (8 days, 10月1日至8日)")
    if 27 + 35 != 62 or pct(48, 62) != 77.4 or pct(196.5, 318.2) != 61.8: err("n34 重大项目")
    if pct(10000 - 9586.4, 9586.4) != 4.3: err("n34 暑期 4.3%")
    txt = "\n".join(l for a in arts for l in decode.article_lines(a))
    if "\n" in "".join(p for a in arts for p in a["paragraphs"]): err("n34 a paragraph holds a newline")
    if txt.count("119家A级旅游景区") != 2: err("n34 119 monitored scenic spots")


# ------------------------------------------------------------------ n35
def arith_n35(path, lines):
    raw = open(path, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"): err("n35 has no BOM")
    for hdr in ("指标\t2025年\t2024年\t增长（%）", "指标\t单位\t2025年\t2024年\t增减", "序号\t荣誉名称\t级别\t获得者\t授予单位"):
        if hdr not in lines: err(f"n35 header {hdr!r}")
    t1 = {l.split("\t")[0].strip("\u3000"): [num(x) for x in l.split("\t")[1:]] for l in lines
          if l.count("\t") == 3 and ("（亿元）" in l or "（万元）" in l)}
    if len(t1) != 8: err(f"n35 表1 rows {len(t1)}")
    for k, (a, b, p) in t1.items():
        if pct(a - b, b) != p: err(f"n35 表1 growth {k}: {pct(a - b, b)} != {p}")
    for col in (0, 1):
        s = sum(t1[k][col] for k in ("其中：技术服务收入（亿元）", "科研项目经费（亿元）", "培训服务收入（亿元）"))
        if not near(s, t1["营业收入（亿元）"][col]): err(f"n35 收入 sum col {col}")
    if pct(3092, 3.46 * 10000) != 8.9: err("n35 8.9%")
    if pct(2.38, 3.46) != 68.8 or not near(pct(2.38, 3.46) - pct(2.12, 3.21), 2.8): err("n35 68.8 / 2.8")
    if pct(143, 386) != 37.0: err("n35 37.0%")
    t2 = {l.split("\t")[0].strip("\u3000"): l.split("\t") for l in lines
          if l.count("\t") == 4 and not l.startswith(("指标", "序号")) and not l[0].isdigit()}
    if len(t2) != 11: err(f"n35 表2 rows {len(t2)}")
    for k, c in t2.items():
        if not near(num(c[2]) - num(c[3]), num(c[4])): err(f"n35 表2 增减 {k}")
    kinds = ["其中：国际标准", "国家标准", "行业标准", "地方标准", "团体标准"]
    for col in (2, 3):
        if sum(num(t2[k][col]) for k in kinds) != num(t2["主导或参与制修订标准"][col]): err(f"n35 标准 sum {col}")
    body = "\n".join(lines)
    for prose, k in (("标准286项", "主导或参与制修订标准"), ("服务企业8,460家", "服务企业"), ("培训学员1.2万人次", "培训学员"),
                     ("发布地方标准96项", "地方标准"), ("国际标准4项", "其中：国际标准")):
        if prose not in body or not any(near(n, num(t2[k][2])) for n in numbers_in(prose, "")):
            err(f"n35 prose {prose} != 表2 {k}")
    if "营业收入3.46亿元" not in body or "增长7.8%" not in body: err("n35 prose revenue")
    hon = [l.split("\t") for l in lines if re.match(r"\d\t", l)]
    if len(hon) != 7: err(f"n35 honour rows {len(hon)}")
    if sum(c[2] == "国家级" for c in hon) != 2 or sum(c[2] == "市级" for c in hon) > 7: err("n35 honour levels")


# ------------------------------------------------------------------ reproducibility and the shared validator
def check_rebuild():
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        env = dict(os.environ, H9_DOCS=tmp)
        subprocess.run([sys.executable, os.path.join(HERE, "src", "make_docs.py")], env=env, check=True,
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
        base = os.path.splitext(NAMES[0])[0] + ".json"
        shutil.copyfile(os.path.join(GOLD, base), os.path.join(tmp, base))
        r = subprocess.run([sys.executable, v, DOCS, tmp], capture_output=True, text=True)
        print("shared validate.py (n32):", r.stdout.strip().splitlines()[-1])
        if r.returncode != 0:
            err("shared validate.py: " + r.stdout.strip().replace("\n", " | "))


def main():
    for name in NAMES:
        path = os.path.join(DOCS, name)
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        if name.endswith(".json"):
            arts = decode.feed_articles(path)
            check_gold(name, g, [], {a["articleId"]: a for a in arts})
            arith_n34(path, arts)
        else:
            lines = decode.lines_for(path)
            check_gold(name, g, lines)
            {"n32": arith_n32, "n33": arith_n33, "n35": arith_n35}[name[:3]](path, lines)
        nk = sum(f["key"] for f in g["facts"])
        print(f"{name}: {len(g['facts'])} facts ({nk} key), {len(g['honours'])} honours")
    check_rebuild()
    check_shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
