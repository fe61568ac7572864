#!/usr/bin/env python3
"""Check the heldout6 gold files against the documents.

Usage: python3 check.py            (from anywhere; exit status 0 when every check passes)

For every gold/<name>.json and docs/<name>.*:
- top-level keys, kinds, categories, qualifiers, roles, levels; integer years, numeric values;
- every quote is non-empty, has no line break, and is a substring of ONE line of the decoded
  document (decoding per file type, see src/decode.py and README.md):
    .txt  UTF-16 if it starts with a BOM, else UTF-8; lines split on LF, a trailing CR dropped
    .html each raw line -> cell boundaries to TAB, other tags removed, entities unescaped, stripped;
          a quote without a TAB must also be a substring of the raw HTML line itself
    .json freepublish/batchget: article = article_id + "_" + news_item position (1-based);
          quote must be in that article's title or in one line of its decoded content;
          `date` must equal content.create_time as a Beijing (UTC+8) date
- the value is stated in its quote (Arabic digits incl. thousands separators, a minus sign
  directly before the digits, full-width digits; Chinese numerals incl. 点 decimals, 成, and
  mixed forms such as 1万2千; a 万/亿/万亿 that starts the measure may be folded);
- targets are never key; honours have all fields;
- docs/ equals what src/make_docs.py writes;
- the arithmetic inside the documents holds (n21 table 1 growth, n22 附表 completion rates,
  n23 增减率 and column sums).
"""
import json, os, re, sys, tempfile, filecmp, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import decode  # noqa: E402

DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
CATEGORIES = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALIFIERS = {"exact", "over", "nearly", "approx", "under"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}

FW = str.maketrans("０１２３４５６７８９．，％－", "0123456789.,%-")
DIG = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL = {"十": 10, "百": 100, "千": 1000}
BIG = {"万": 10 ** 4, "亿": 10 ** 8}
NUMTOK = re.compile(r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿点]")


def parse_mixed(tokens):
    """Tokens of one numeral run (Arabic numbers and Chinese characters) -> value or None."""
    total, section, cur = 0, 0, None
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t == "点":
            # decimal part: following single digits
            frac = ""
            i += 1
            while i < len(tokens) and tokens[i] in DIG:
                frac += str(DIG[tokens[i]])
                i += 1
            if cur is None or not frac:
                return None
            cur = float(f"{int(cur)}.{frac}")
            continue
        if t in DIG:
            cur = DIG[t]
        elif re.fullmatch(r"\d+(?:\.\d+)?", t):
            cur = float(t)
        elif t in SMALL:
            section += (1 if cur is None else cur) * SMALL[t]
            cur = None
        elif t in BIG:
            section += cur or 0
            total = (total + (section or 1)) * BIG[t]
            section, cur = 0, None
        i += 1
    return total + section + (cur or 0)


def numbers_in(quote, measure):
    q = quote.translate(FW)
    q = re.sub(r"(?<=\d)[,，]\s?(?=\d{3}(?!\d))", "", q)
    nums = set()
    for m in re.finditer(r"(?<![\d.])(-)?(\d+(?:\.\d+)?)", q):
        v = float(m.group(2))
        nums.add(-v if m.group(1) else v)  # rule 8: a minus sign directly before the digits
    cn = set()
    # runs mixing Arabic numbers and Chinese numerals (三点五, 1万2千, 万余, 六成)
    for run in re.finditer(r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿点])+", q):
        toks = NUMTOK.findall(run.group(0))
        if all(re.fullmatch(r"\d+(?:\.\d+)?", t) for t in toks):
            continue
        v = parse_mixed(toks)
        if v is not None:
            cn.add(float(v))
    # a Chinese amount may be written in the measure's 万/亿 unit (三千五百万元 -> 3500 万元)
    for p, m in (("万亿", 10 ** 12), ("亿", 10 ** 8), ("万", 10 ** 4)):
        if measure.startswith(p):
            cn |= {n / m for n in cn}
            break
    return nums | cn


def load_doc(name):
    path = os.path.join(DOCS, name)
    if name.endswith(".html"):
        raw, dec = decode.read_html(path)
        return {"kind": "html", "raw": raw, "lines": dec}
    if name.endswith(".json"):
        return {"kind": "feed", "articles": decode.read_feed(path)}
    return {"kind": "text", "lines": decode.read_text(path)}


def quote_ok(doc, q, article=None):
    if doc["kind"] == "feed":
        a = doc["articles"].get(article)
        return a is not None and (q in a["title"] or any(q in l for l in a["lines"]))
    if doc["kind"] == "html":
        for r, d in zip(doc["raw"], doc["lines"]):
            if q in d and ("\t" in q or q in r):
                return True
        return False
    return any(q in l for l in doc["lines"])


def check_gold(fn, errors):
    g = json.load(open(os.path.join(GOLD, fn), encoding="utf-8"))

    def err(m):
        errors.append(f"{fn}: {m}")

    for k in ("document", "kind", "unit", "aliases", "year", "published", "facts", "honours"):
        if k not in g:
            err(f"missing {k}")
    if g["document"].rsplit(".", 1)[0] != fn.rsplit(".", 1)[0]:
        err("document name does not match")
    if g["kind"] not in KINDS:
        err("bad kind")
    if g["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", g["published"]):
        err("bad published")
    doc = load_doc(g["document"])
    feed = doc["kind"] == "feed"
    for i, f in enumerate(g["facts"]):
        tag = f"fact[{i}] {f.get('subject')} {f.get('value')}"
        for k in ("category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"):
            if k not in f:
                err(f"{tag}: missing {k}")
        if f["category"] not in CATEGORIES:
            err(f"{tag}: bad category")
        if f["qualifier"] not in QUALIFIERS:
            err(f"{tag}: bad qualifier")
        if f["role"] not in ROLES:
            err(f"{tag}: bad role")
        if not isinstance(f["year"], int) or isinstance(f["year"], bool):
            err(f"{tag}: year not int")
        v = f["value"]
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            err(f"{tag}: value not a number")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str):
            err(f"{tag}: bad key/measure type")
        if f["role"] == "target" and f["key"]:
            err(f"{tag}: target marked key")
        q = f["quote"]
        if not q or "\n" in q or "\r" in q:
            err(f"{tag}: empty or multi-line quote")
        if feed:
            a = doc["articles"].get(f.get("article"))
            if a is None:
                err(f"{tag}: unknown article {f.get('article')}")
                continue
            if f.get("date") != a["date"]:
                err(f"{tag}: date {f.get('date')} != {a['date']}")
        if not quote_ok(doc, q, f.get("article")):
            err(f"{tag}: quote not found: {q!r}")
        if not any(abs(n - v) < 1e-9 for n in numbers_in(q, f["measure"])):
            err(f"{tag}: value {v} not in quote {q!r} {sorted(numbers_in(q, f['measure']))}")
    for i, h in enumerate(g["honours"]):
        tag = f"honour[{i}] {h.get('title')}"
        for k in ("title", "level", "recipient", "issuer", "year", "quote", "source"):
            if k not in h:
                err(f"{tag}: missing {k}")
        if h["level"] not in LEVELS:
            err(f"{tag}: bad level")
        if not isinstance(h["year"], int):
            err(f"{tag}: year not int")
        if not h["recipient"] or not h["title"]:
            err(f"{tag}: empty title/recipient")
        if feed and h.get("date") != doc["articles"].get(h.get("article"), {}).get("date"):
            err(f"{tag}: bad article/date")
        if not h["quote"] or "\n" in h["quote"] or not quote_ok(doc, h["quote"], h.get("article")):
            err(f"{tag}: quote not found: {h['quote']!r}")
    print(f"{fn}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours")
    return g


def check_docs_regenerate(errors):
    spec = importlib.util.spec_from_file_location("make_docs", os.path.join(HERE, "src", "make_docs.py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    with tempfile.TemporaryDirectory() as tmp:
        m.DOCS = tmp
        m.main()
        for name in sorted(os.listdir(DOCS)):
            if not filecmp.cmp(os.path.join(DOCS, name), os.path.join(tmp, name), shallow=False):
                errors.append(f"docs/{name} differs from what src/make_docs.py writes")


def r1(x):
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(repr(x)).quantize(Decimal("0.1"), ROUND_HALF_UP))


def check_arithmetic(gold, errors):
    def e(m):
        errors.append("arithmetic: " + m)

    # n23: every table row's 增减率 and the column sums
    raw, dec = decode.read_html(os.path.join(DOCS, "n23_sjsj_bmys2025.html"))
    rows = [l.split("\t") for l in dec if "\t" in l and re.search(r"\d,?\d*\.\d\d\t", l)]
    num = lambda s: float(s.replace(",", ""))
    vals = {}
    for r in rows:
        a, b, rate = num(r[-3]), num(r[-2]), float(r[-1])
        if r1((b / a - 1) * 100) != rate:
            e(f"n23 rate {r} expected {r1((b / a - 1) * 100)}")
        vals.setdefault(r[-4], []).append((a, b))
    def s(*labels):
        return tuple(round(sum(vals[l][0][k] for l in labels), 2) for k in (0, 1))
    tot = vals["收入总计"][0]
    if s("一、一般公共预算拨款收入", "四、事业收入", "六、其他收入") != tot:
        e("n23 income sum")
    if s("一、基本支出", "二、项目支出") != vals["支出总计"][0]:
        e("n23 expenditure sum")
    if s("一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "资源勘探工业信息等支出", "住房保障支出") != tot:
        e("n23 function sum")
    if s("行政运行", "一般行政管理事务", "事业运行", "其他政府办公厅（室）及相关机构事务支出") != vals["一般公共服务支出"][0]:
        e("n23 201 sum")
    if s("工资福利支出", "商品和服务支出", "对个人和家庭的补助") != vals["一、基本支出"][0]:
        e("n23 basic sum")
    if s("1.因公出国（境）费", "2.公务接待费", "3.公务用车购置及运行费") != vals["“三公”经费合计"][0]:
        e("n23 三公 sum")
    fin = [102835.25, 3012.58, 1170.20, 22481.37, 1709.20]
    if round(sum(fin), 2) != 131208.60:
        e("n23 财政拨款 function sum")
    # n22 附表 completion rates
    L = decode.read_text(os.path.join(DOCS, "n22_minhang_kw_zj2025.txt"))
    for l in L:
        c = l.split("\t")
        if len(c) == 5 and re.fullmatch(r"[\d.]+", c[4] or "x"):
            t, a = num(c[2]), num(c[3])
            if r1(a / t * 100) != float(c[4]):
                e(f"n22 completion {c}")
    # n21 table 1 growth restated in the text
    if r1((3186 / 2939 - 1) * 100) != 8.4 or r1((3.27 / 3.08 - 1) * 100) != 6.2 or r1((12000 / 10600 - 1) * 100) != 13.2:
        e("n21 growth")
    if r1(3420 / 32700 * 100) != 10.5 or r1(98.6 - 97.9) != 0.7:
        e("n21 shares")


def main():
    errors = []
    gold = {}
    for fn in sorted(os.listdir(GOLD)):
        if fn.endswith(".json"):
            gold[fn] = check_gold(fn, errors)
    docs = sorted(os.listdir(DOCS))
    if sorted(g["document"] for g in gold.values()) != docs:
        errors.append("docs/ and gold/ do not match one to one")
    check_docs_regenerate(errors)
    check_arithmetic(gold, errors)
    for m in errors:
        print("ERROR", m)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
