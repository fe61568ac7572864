#!/usr/bin/env python3
"""Check heldout8: python3 check.py  (prints OK and exits 0 when everything passes).

1. gold field sets, kinds, categories, qualifiers, roles, levels, integer years; targets are never key;
2. every quote is a substring of ONE decoded line of its document (src/decode.py):
   .txt / .md -> one line of the UTF-8 text as stored;
   n31 .html  -> the visible text of one block element (table rows TAB-joined);
   n30 .html  -> one line of the article title (h1#activity-name) or of div#js_content; page furniture outside
                 them (account name, publish time, read counter, QR-code text) may not be quoted;
3. each fact's value is stated in its quote (Arabic digits, `,` separators, a leading minus sign, Chinese numerals,
   and the 万/亿 scale of the measure);
4. docs/ is byte-identical to what src/make_docs.py writes;
5. container facts: n28's pages and line widths, n30's publish time in the page script, n31's two-line headers;
6. the documents' own arithmetic (sums, differences, shares and growth rates);
7. the shared /work/shared/gold/validate.py on the two documents it can read (n28 .txt, n29 .md).
"""
import json, os, re, shutil, subprocess, sys, tempfile, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "src"))
import decode  # noqa: E402

DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n28_hongkou_kw_zj2025.txt", "n29_ssei_csr2025.md", "n30_smesc_wechat2025.html",
         "n31_jinshan_jw_ys2026.html"]
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
    q = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", quote)
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
    if g["document"] != fn:
        err(f"{fn}: document name")
    if g["kind"] not in KINDS:
        err(f"{fn}: bad kind")
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
        if f["role"] == "change" and f["category"] not in ("growth",): err(f"{tag}: a change that is not growth")
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
        if not q or "\n" in q or "\r" in q:
            err(f"{fn}: multi-line quote {q!r}")
        elif not any(q in l for l in lines):
            err(f"{fn}: quote not on one decoded line: {q!r}")


# ------------------------------------------------------------------ arithmetic helpers
def num(s):
    return float(s.replace(",", ""))


def near(a, b, tol=0.005):
    return abs(a - b) <= tol


def pct(a, b):
    x = a / b * 100
    return round(x + (1e-9 if x >= 0 else -1e-9), 1)


def arith_n28(lines):
    if 862 - 789 != 73: err("n28 net increase")
    if pct(186.52 - 153.77, 153.77) != 21.3: err("n28 21.3%")
    if 612 + 729 + 95 != 1436: err("n28 contracts")
    if not near(78.36 + 94.21 + 13.95, 186.52): err("n28 contract value")
    if not near(2.16 - 0.22, 1.94) or pct(0.22, 1.94) != 11.3: err("n28 专项资金 11.3%")
    if not (2 == 1 + 1 and 3 <= 17): err("n28 listings / honours")
    # container: 28 full-width columns a body line, page footers 1..N, running header from page 2 on
    feet = [l for l in lines if re.fullmatch(r"— \d+ —", l)]
    if [int(l.split()[1]) for l in feet] != list(range(1, len(feet) + 1)): err("n28 page footers")
    if sum(l == decode_header() for l in lines) != len(feet) - 1: err("n28 running headers")
    for l in lines:
        body = l[:-1] if l and l[-1] in "，。、；：？！）》”’%％" else l  # kinsoku: punctuation may hang
        if sum(1 if ord(ch) < 0x2000 else 2 for ch in body) > 56 and l != decode_header():
            err(f"n28 line too wide: {l!r}")


def decode_header():
    return "上海市虹口区科学技术委员会2025年工作总结和2026年工作打算"


def arith_n29(lines):
    rows = {}
    for l in lines:
        if l.startswith("| ") and not l.startswith("| 指标") and not l.startswith("|:"):
            cells = [c.strip() for c in l.strip("|").split("|")]
            rows[cells[0]] = [None if c == "—" else num(c) for c in cells[2:]]
    if len(rows) != 18: err(f"n29 KPI rows {len(rows)}")
    r = rows
    if pct(r["特种设备检验检测"][2] - r["特种设备检验检测"][1], r["特种设备检验检测"][1]) != 6.2: err("n29 6.2%")
    if pct(r["营业收入"][2] - r["营业收入"][1], r["营业收入"][1]) != 5.9: err("n29 5.9%")
    if pct(r["纳税总额"][2] - r["纳税总额"][1], r["纳税总额"][1]) != 4.9: err("n29 4.9%")
    if pct(r["综合能耗"][1] - r["综合能耗"][2], r["综合能耗"][1]) != 4.2: err("n29 4.2%")
    if pct(r["屋顶光伏发电量"][2] - r["屋顶光伏发电量"][1], r["屋顶光伏发电量"][1]) != 37.1: err("n29 37.1%")
    if not near(r["客户满意度"][2] - r["客户满意度"][1], 0.5): err("n29 +0.5pp")
    if r["有效投诉"][1] - r["有效投诉"][2] != 1: err("n29 -1 complaint")
    if pct(r["研发投入"][2], r["营业收入"][2] * 10000) != 6.1: err("n29 R&D share")
    if 9 + 6 + 12 != r["主持制修订标准"][2]: err("n29 standards")
    if pct(368, r["员工总数"][2]) != 32.7: err("n29 women share")
    if r["其中：电梯检验"][2] > r["特种设备检验检测"][2]: err("n29 elevators")
    text = "\n".join(lines)
    for label, prose in (("特种设备检验检测", "42.7万台（套）"), ("服务企业", "全年服务企业23,608家"),
                         ("客户满意度", "客户满意度97.9%"), ("研发投入", "全年研发投入6,480万元"),
                         ("授权发明专利", "授权发明专利31件"), ("营业收入", "营业收入10.62亿元"),
                         ("员工总数", "在职员工1,126人"), ("综合能耗", "综合能耗4,514吨标准煤"),
                         ("志愿服务时长", "志愿服务时长3,120小时"), ("应急救援出动", "应急救援126次")):
        v = r[label][2]
        if prose not in text or not any(abs(n - v) < 1e-9 for n in numbers_in(prose, "")):
            err(f"n29 table {label} {v} != prose {prose}")


def arith_n30(path):
    raw = open(path, encoding="utf-8").read()
    if 'id="js_content"' not in raw: err("n30 js_content")
    ct = int(re.search(r'var ct = "(\d+)"', raw).group(1))
    d = datetime.datetime.fromtimestamp(ct, datetime.timezone(datetime.timedelta(hours=8)))
    if d.strftime("%Y-%m-%d") != "2026-01-09" or 'var publish_time = "2026-01-09"' not in raw:
        err("n30 publish time")
    if "2026年1月9日 20:15" not in raw or d.strftime("%H:%M") != "20:15": err("n30 publish_time em")
    if pct(3.1, 23.4 - 3.1) != 15.3: err("n30 15.3%")
    if pct(1275, 8642) != 14.8: err("n30 14.8%")
    if not (12.6 > 12 and 13 > 12.6 and 400 > 386.5): err("n30 title / targets")


def arith_n31(lines):
    def row(start):
        r = [l for l in lines if (l + "\t").startswith(start + "\t")]
        if len(r) != 1:
            err(f"n31 row {start!r} x{len(r)}")
            return None
        return r[0].split("\t")
    for hdr in ("项目\t2026年预算数\t2025年执行数\t比2025年执行数增减", "增减额\t增减率（%）",
                "科目编码\t科目名称\t增减额\t增减率（%）", "项目\t2026年\t2025年\t增减额", "预算数\t预算数"):
        if hdr not in lines: err(f"n31 header line {hdr!r}")

    def rowcheck(cells, off):
        a, b, d, p = cells[off:off + 4]
        if not near(num(a) - num(b), num(d)): err(f"n31 增减额 {cells[:2]}")
        if pct(num(d), num(b)) != float(p): err(f"n31 增减率 {cells[:2]}")
    inc = ["一、一般公共预算拨款收入", "三、事业收入", "四、其他收入"]
    tot = row("收入合计")
    for col in (1, 2, 3):
        if not near(sum(num(row(x)[col]) for x in inc), num(tot[col])): err(f"n31 表1 col {col}")
    for x in inc + ["收入合计"]:
        rowcheck(row(x), 1)
    i2 = lines.index("科目编码\t科目名称\t增减额\t增减率（%）")
    t2 = []
    for l in lines[i2 + 1:]:
        if l.startswith("合计"):
            t2tot = l.split("\t")
            break
        t2.append(l.split("\t"))
    classes = [r for r in t2 if len(r[0]) == 3]
    for cl in classes:
        items = [r for r in t2 if len(r[0]) == 7 and r[0].startswith(cl[0])]
        for col in (2, 3, 4):
            if not near(sum(num(r[col]) for r in items), num(cl[col])): err(f"n31 表2 class {cl[0]} col {col}")
    for col in (2, 3, 4):
        if not near(sum(num(c[col]) for c in classes), num(t2tot[col - 1])): err(f"n31 表2 合计 col {col}")
    for r in t2:
        rowcheck(r, 2)
    rowcheck(t2tot, 1)
    if t2tot[1:] != tot[1:]: err("n31 收入合计 != 支出合计")
    v = {r[0]: num(r[2]) for r in t2}
    basic = v["2150501"] + v["2150550"] + v["208"] + v["210"] + v["221"]
    if not near(basic, 2632.40): err(f"n31 基本支出 {basic}")
    if not near(num(t2tot[1]) - basic, 40718.50): err("n31 项目支出")
    if pct(2632.40, 43350.90) != 6.1 or pct(40718.50, 43350.90) != 93.9: err("n31 basic/project shares")
    if pct(v["215"], 43350.90) != 88.7: err("n31 88.7%")
    for a, s in ((42836.50, 98.8), (386.00, 0.9), (128.40, 0.3)):
        if pct(a, 43350.90) != s: err(f"n31 income share {a}")
    # 表3
    t3 = {k: row(k) for k in ("合计\t12.60", "1.因公出国（境）费", "2.公务用车购置及运行费", "3.公务接待费")}
    for col in (1, 2, 3):
        s = sum(num(t3[k][col]) for k in ("1.因公出国（境）费", "2.公务用车购置及运行费", "3.公务接待费"))
        if not near(s, num(t3["合计\t12.60"][col])): err(f"n31 表3 col {col}")
    for k, r in t3.items():
        if not near(num(r[1]) - num(r[2]), num(r[3])): err(f"n31 表3 增减 {k}")
    if pct(1.60, 14.20) != 11.3: err("n31 三公 11.3%")
    if pct(7.50, 186.30 + 7.50) != 3.9: err("n31 机关运行 3.9%")
    if not near(218.60 + 1108.20 + 0, 1326.80) or pct(1062.00, 1326.80) != 80.0: err("n31 采购")
    if not near(20840.00 - 18650.00, 2190.00) or pct(2190.00, 20840.00) != 10.5: err("n31 2,190")


# ------------------------------------------------------------------ reproducibility and the shared validator
def check_rebuild():
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        env = dict(os.environ, H8_DOCS=tmp)
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
        for name in NAMES[:2]:
            base = os.path.splitext(name)[0] + ".json"
            shutil.copyfile(os.path.join(GOLD, base), os.path.join(tmp, base))
        r = subprocess.run([sys.executable, v, DOCS, tmp], capture_output=True, text=True)
        print("shared validate.py (n28, n29):", r.stdout.strip().splitlines()[-1])
        if r.returncode != 0:
            err("shared validate.py: " + r.stdout.strip().replace("\n", " | "))


def main():
    for name in NAMES:
        path = os.path.join(DOCS, name)
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        lines = decode.lines_for(path)
        check_gold(name, g, lines)
        if name.startswith("n28"):
            arith_n28(lines)
        elif name.startswith("n29"):
            arith_n29(lines)
        elif name.startswith("n30"):
            arith_n30(path)
            _, _, other = decode.wechat_parts(path)
            for item in g["facts"] + g["honours"]:
                if any(item["quote"] in l for l in other) and not any(item["quote"] in l for l in lines):
                    err(f"n30 quote from page furniture: {item['quote']!r}")
        else:
            arith_n31(lines)
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
