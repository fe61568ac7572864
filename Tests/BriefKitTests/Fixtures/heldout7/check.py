#!/usr/bin/env python3
"""Check heldout7: python3 check.py  (prints OK and exits 0 when everything passes).

1. gold field sets, kinds, categories, qualifiers, roles, levels, integer years; targets are never key;
2. every quote is a substring of ONE decoded line of its document (src/decode.py):
   .docx  -> the text of one paragraph (w:t only; tracked deletions excluded) or one table row (cells TAB-joined);
   .html  -> GB18030 bytes, the visible text of one block element (table rows TAB-joined);
   .json  -> the article's 标题title or one line of its finalContent (split on \\r); article/date must match;
3. each fact's value is stated in its quote (Arabic, separators `,`/`，`, full-width digits, Chinese numerals,
   万/亿 scale of the measure);
4. docs/ is byte-identical to what src/make_docs.py writes;
5. the documents' own arithmetic (n25 tables and prose, n26 and n27 growth rates and sums).
"""
import json, os, re, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import decode  # noqa: E402

DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
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
    q = "".join(unicodedata.normalize("NFKC", ch) if ch in "０１２３４５６７８９．％－" else ch for ch in quote)
    q = re.sub(r"(?<=\d)[,，] ?(?=\d{3}(?!\d))", "", q)
    nums = []
    for m in re.finditer(r"(?<![\d.])(-?)(\d+(?:\.\d+)?)", q):
        v = float(m.group(2))
        nums.append(-v if m.group(1) and (m.start() == 0 or not q[m.start() - 1].isdigit()) else v)
        nums.append(v)
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


# ------------------------------------------------------------------ per-document checks
def check_common(fn, g):
    for k in ("document", "kind", "unit", "aliases", "year", "published", "facts", "honours"):
        if k not in g:
            err(f"{fn}: missing top-level {k}")
    if os.path.splitext(g["document"])[0] != os.path.splitext(fn)[0]:
        err(f"{fn}: document name != file name")
    if g["kind"] not in KINDS:
        err(f"{fn}: bad kind")
    if g["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", g["published"]):
        err(f"{fn}: bad published")
    feed = g["kind"] == "article-feed"
    for i, f in enumerate(g["facts"]):
        tag = f"{fn} fact[{i}] {f.get('subject')}"
        want = FACT_KEYS | ({"article", "date"} if feed else set())
        if set(f) != want:
            err(f"{tag}: fields {sorted(set(f) ^ want)}")
            continue
        if f["category"] not in CATEGORIES: err(f"{tag}: category")
        if f["qualifier"] not in QUALIFIERS: err(f"{tag}: qualifier")
        if f["role"] not in ROLES: err(f"{tag}: role")
        if not isinstance(f["year"], int) or isinstance(f["year"], bool): err(f"{tag}: year")
        if isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)): err(f"{tag}: value")
        if not isinstance(f["key"], bool): err(f"{tag}: key")
        if f["role"] == "target" and f["key"]: err(f"{tag}: a target is key")
        if not isinstance(f["measure"], str): err(f"{tag}: measure")
        if not any(abs(n - f["value"]) < 1e-9 for n in numbers_in(f["quote"], f["measure"])):
            err(f"{tag}: value {f['value']} not stated in {f['quote']!r}")
    for i, h in enumerate(g["honours"]):
        tag = f"{fn} honour[{i}] {h.get('title')}"
        want = HON_KEYS | ({"article", "date"} if feed else set())
        if set(h) != want:
            err(f"{tag}: fields {sorted(set(h) ^ want)}")
            continue
        if h["level"] not in LEVELS: err(f"{tag}: level")
        if not isinstance(h["year"], int): err(f"{tag}: year")
        if h["source"] not in ("text", "table"): err(f"{tag}: source")


def check_lines(fn, g, lines):
    for item in g["facts"] + g["honours"]:
        q = item["quote"]
        if not q or "\n" in q or "\r" in q:
            err(f"{fn}: multi-line quote {q!r}")
        elif not any(q in l for l in lines):
            err(f"{fn}: quote not on one decoded line: {q!r}")


def check_feed(fn, g, arts):
    for item in g["facts"] + g["honours"]:
        a = arts.get(item["article"])
        if a is None:
            err(f"{fn}: unknown article {item['article']}")
            continue
        if item["date"] != a["date"]:
            err(f"{fn}: {item['article']} date {item['date']} != {a['date']}")
        q = item["quote"]
        if "\r" in q or "\n" in q or not (q in a["title"] or any(q in l for l in a["lines"])):
            err(f"{fn}: quote not in article {item['article']}: {q!r}")


# ------------------------------------------------------------------ arithmetic
def num(s):
    return float(s.replace(",", "")) if s.strip() not in ("", "—", "-") else None


def near(a, b, tol=0.005):
    return abs(a - b) <= tol


def pct(a, b):
    return round(a / b * 100 + 1e-9, 1)


def arith_n25(lines):
    def row(start):
        r = [l for l in lines if (l + "\t").startswith(start + "\t")]
        if len(r) != 1:
            err(f"n25 arithmetic: row {start!r} x{len(r)}")
            return None
        return r[0].split("\t")
    # 表1
    inc = ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入",
           "四、事业收入", "五、经营收入", "六、其他收入"]
    tot = row("本年收入合计")
    for col in (1, 2, 3):
        s = sum(num(row(x)[col]) for x in inc)
        if not near(s, num(tot[col])): err(f"n25 表1 col {col}: {s} != {tot[col]}")
    for x in inc + ["本年收入合计"]:
        r = row(x)
        if r[4] and pct(num(r[3]), num(r[2])) != float(r[4]): err(f"n25 表1 % {x}")
    if not near(num(tot[3]) + num(row("年初结转和结余")[3]), num(row("收入总计")[3])): err("n25 收入总计")
    # 表2
    t2 = row("合计\t10,587.93")
    cls = [row(x) for x in ("206\t科学技术支出\t9,730.07", "208\t社会保障和就业支出\t407.70",
                            "210\t卫生健康支出\t149.57", "221\t住房保障支出\t300.59")]
    for col, tcol in ((2, 1), (3, 2), (4, 3)):
        s = sum(num(r[col]) or 0 for r in cls)
        if not near(s, num(t2[tcol])): err(f"n25 表2 col {col}")
    for r in cls:
        if not near(num(r[2]), (num(r[3]) or 0) + (num(r[4]) or 0)): err(f"n25 表2 row {r[1]}")
    if not near(num(t2[1]) + num(row("年末结转和结余")[1]), num(row("支出总计")[1])): err("n25 支出总计")
    if not near(num(row("收入总计")[3]), num(row("支出总计")[1])): err("n25 收入总计 != 支出总计")
    # 表3
    i3 = lines.index("科目编码\t科目名称\t\t\t\t")
    t3 = []
    for l in lines[i3 + 1:]:
        if l.startswith("合计"):
            t3tot = l.split("\t")
            break
        t3.append(l.split("\t"))
    classes = [r for r in t3 if len(r[0]) == 3]
    for c in classes:
        items = [r for r in t3 if len(r[0]) == 7 and r[0].startswith(c[0])]
        for col in (2, 3, 4):
            if not near(sum(num(r[col]) for r in items), num(c[col])): err(f"n25 表3 class {c[0]} col {col}")
    for col in (2, 3, 4):
        if not near(sum(num(c[col]) for c in classes), num(t3tot[col - 1])): err(f"n25 表3 合计 col {col}")
    for r in t3:
        if pct(num(r[4]), num(r[3])) != float(r[5]): err(f"n25 表3 % {r[0]}")
    if pct(num(t3tot[3]), num(t3tot[2])) != float(t3tot[4]): err("n25 表3 合计 %")
    # 表4
    i4 = lines.index("科目编码\t科目名称\t决算数")
    t4 = [l.split("\t") for l in lines[i4 + 1:i4 + 28]]
    v = {r[0]: num(r[-1]) for r in t4}
    if not near(v["301"], sum(num(r[2]) for r in t4 if r[0].startswith("301") and len(r[0]) == 5)): err("n25 表4 301")
    if not near(v["302"], sum(num(r[2]) for r in t4 if r[0].startswith("302") and len(r[0]) == 5)): err("n25 表4 302")
    if not near(v["303"], v["30399"]): err("n25 表4 303")
    if not near(v["人员经费"], v["301"] + v["303"]) or not near(v["公用经费"], v["302"]): err("n25 表4 groups")
    if not near(v["合计"], v["人员经费"] + v["公用经费"]): err("n25 表4 合计")
    # 表4 basic expenditure = functional basic items of 表3
    fn3 = {r[0]: num(r[4]) for r in t3}
    basic = sum(fn3[k] for k in ("2060101", "2060701", "2080505", "2080506", "2101101", "2101102", "2210201"))
    if not near(basic, v["合计"]): err(f"n25 basic {basic} != 表4 合计")
    if not near(v["30108"], fn3["2080505"]) or not near(v["30109"], fn3["2080506"]) \
            or not near(v["30110"], fn3["2101101"] + fn3["2101102"]) or not near(v["30113"], fn3["2210201"]):
        err("n25 表4 vs 表3 social items")
    # 表5
    t5 = {l.split("\t")[0]: l.split("\t") for l in lines[lines.index("项目\t预算数\t决算数\t决算数为预算数的%") + 1:][:6]}
    parts = ["1.因公出国（境）费", "2.公务用车购置及运行费", "3.公务接待费"]
    for col in (1, 2):
        if not near(sum(num(t5[p][col]) for p in parts), num(t5["合计"][col])): err(f"n25 表5 col {col}")
    for k, r in t5.items():
        if r[3] and pct(num(r[2]), num(r[1])) != float(r[3]): err(f"n25 表5 % {k}")
    if not near(num(t5["3.公务接待费"][2]), v["30217"]) or not near(num(t5["2.公务用车购置及运行费"][2]), v["30231"]):
        err("n25 三公 vs 表4")
    # prose relations
    if pct(826.35, 10893.67 - 826.35) != 8.2: err("n25 8.2%")
    if not near(10581.22 - 10010.00, 571.22) or pct(571.22, 10010.00) != 5.7: err("n25 收入 vs 年初")
    if pct(10581.22, 10576.38) != 100.0: err("n25 100.0%")
    for a, s in ((10426.38, 98.5), (108.64, 1.0), (46.20, 0.4)):
        if pct(a, 10581.22) != s: err(f"n25 income share {a}")
    if not near(2702.15 + 7885.78, 10587.93) or pct(2702.15, 10587.93) != 25.5 or pct(7885.78, 10587.93) != 74.5:
        err("n25 basic/project shares")
    if pct(347.93, 10587.93 - 347.93) != 3.4: err("n25 3.4%")
    if not near(10338.52 - 9860.00, 478.52) or pct(478.52, 9860.00) != 4.9: err("n25 4.9%")
    for a, s in ((9480.66, 91.7), (407.70, 3.9), (149.57, 1.4), (300.59, 2.9)):
        if pct(a, 10338.52) != s: err(f"n25 function share {a}")
    if not near(5960.00 - 5600.00, 360.00): err("n25 360")
    if not near(10426.38 - 10338.52, 87.86): err("n25 结转")
    if pct(1.24, 5.78 + 1.24) != 17.7: err("n25 三公 -17.7%")
    if pct(12.58, 281.36 + 12.58) != 4.3: err("n25 机关运行 -4.3%")
    if not near(186.25 + 0 + 1100.15, 1286.40) or pct(1032.80, 1286.40) != 80.3 or pct(756.20, 1286.40) != 58.8:
        err("n25 采购")
    # non-財政拨款 spending (all funds minus 财政拨款) is the same in 表2 and the prose
    if not near((num(cls[0][3]) - 1652.16) + (num(t2[3]) - 7828.50), num(cls[0][2]) - 9480.66):
        err("n25 non-fin spending")
    if 9 + 3 != 12: err("n25 绩效")


def arith_n26():
    if pct(182, 3128 - 182) != 6.2: err("n26 6.2%")
    if pct(186.45, 312.68) != 59.6: err("n26 59.6%")


def arith_n27():
    if pct(26.8 - 23.1, 23.1) != 16.0: err("n27 有效发明专利 16.0%")
    if not near(50.2 + 8.2, 58.4) or not near(50.2 + 6.7, 56.9) or not near(58.4 + 2.8, 61.2): err("n27 每万人口")
    if pct(262.3 - 218.6, 218.6) != 20.0: err("n27 质押 20.0%")
    if pct(291.5 - 268.4, 268.4) != 8.6: err("n27 有效商标 8.6%")
    if pct(5.48 - 4.86, 4.86) != 12.8: err("n27 发明专利 12.8%")
    if 1102 + 134 != 1236: err("n27 商标侵权 +134")
    if 3 + 1 + 6 + 18 != 28: err("n27 专利奖 28")
    if not (5.02 < 5.4 < 5.48): err("n27 target 5.4 vs 1-11月 and full year")


# ------------------------------------------------------------------ reproducibility
def check_rebuild():
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HELDOUT7_DOCS=tmp)
        subprocess.run([sys.executable, os.path.join(HERE, "src", "make_docs.py")], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        for name in sorted(os.listdir(DOCS)):
            if open(os.path.join(DOCS, name), "rb").read() != open(os.path.join(tmp, name), "rb").read():
                err(f"docs/{name} differs from what src/make_docs.py writes")


def main():
    docs = {
        "n25_changning_kw_js2024.docx": ("lines", decode.docx_lines),
        "n26_jiading_kjdt2024.html": ("lines", decode.html_lines),
        "n27_sipa_feed.json": ("feed", decode.feed_articles),
    }
    for name, (mode, fn) in docs.items():
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_common(name, g)
        data = fn(os.path.join(DOCS, name))
        if mode == "lines":
            check_lines(name, g, data)
        else:
            check_feed(name, g, data)
        if name.startswith("n25"):
            arith_n25(data)
        elif name.startswith("n26"):
            arith_n26()
            raw = open(os.path.join(DOCS, name), "rb").read()
            if b'charset=gb2312' not in raw:
                err("n26: the page must declare gb2312")
            try:
                raw.decode("gbk")
                err("n26: decodes as GBK; it should need GB18030")
            except UnicodeDecodeError:
                pass
        else:
            arith_n27()
        nk = sum(f["key"] for f in g["facts"])
        print(f"{name}: {len(g['facts'])} facts ({nk} key), {len(g['honours'])} honours")
    check_rebuild()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
