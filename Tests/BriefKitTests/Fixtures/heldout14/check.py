#!/usr/bin/env python3
"""Checks the n51–n54 labels against the documents. Prints OK when all checks pass."""
import email.utils, datetime, json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import decode
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n51_minhang_kw_jytablbg2025.txt", "n52_shfb_jszn_zcjd2025.html", "n53_sica_ndbg2025.md",
         "n54_stic_rss2025.json"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
errors = []


def err(m):
    errors.append(m)


def near(a, b, tol=1e-6):
    return abs(a - b) <= tol * max(1, abs(a), abs(b))


def r1(x):
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
    q = unicodedata.normalize("NFKC", q).replace("\u00a0", "")
    out = [float(m.replace(",", "")) for m in re.findall(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?", q)]
    out += [cn(m) for m in re.findall(r"[零一二两三四五六七八九十百千万亿]+", q)]
    return out


def value_in_quote(v, measure, q):
    scale = 1e4 if measure.startswith("万") else 1e8 if measure.startswith("亿") else 1
    return any(near(v, n) or near(v * scale, n) for n in numbers_in(q))


def check_gold(name, g, lines):
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g.get("document") != name: err(f"{name}: document field")
    if g.get("kind") not in KINDS: err(f"{name}: kind")
    feed = isinstance(lines, dict)
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f)[:9] != FF or (feed and list(f)[9:] != ["article", "date"]) or (not feed and len(f) != 9):
            err(f"{tag}: fields {list(f)}")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool):
            err(f"{tag}: year/value type")
        if not isinstance(f["key"], bool): err(f"{tag}: key type")
        if f["role"] == "target" and f["key"]: err(f"{tag}: a target is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        q = f["quote"]
        if any(c in q for c in "\n\r\f"): err(f"{tag}: quote spans lines")
        if feed:
            art = lines.get(f["article"])
            if not art: err(f"{tag}: no such article"); continue
            if art[0] != f["date"]: err(f"{tag}: date {f['date']} != {art[0]}")
            src = art[1]
        else:
            src = lines
        if not any(q in l for l in src): err(f"{tag}: quote not on one decoded line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h)[:7] != HF or (feed and list(h)[7:] != ["article", "date"]) or (not feed and len(h) != 7):
            err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"):
            err(f"{tag}: level/year/source")
        if feed:
            if lines[h["article"]][0] != h["date"]: err(f"{tag}: date")
            src = lines[h["article"]][1]
        else:
            src = lines
        if not any(h["quote"] in l for l in src): err(f"{tag}: quote not on one decoded line")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["role"], f["quote"], f.get("article"))
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)


def fact(g, subject, year=2025, role=None):
    vs = [f["value"] for f in g["facts"] if f["subject"] == subject and f["year"] == year and (role is None or f["role"] == role)]
    if not vs:
        err(f"no fact {subject} {year} {role}")
        return float("nan")
    if any(not near(v, vs[0]) for v in vs): err(f"{subject} {year}: labelled values differ {vs}")
    return vs[0]


def container(name, raw, lines):
    if name.startswith("n51"):
        if raw.startswith(b"\xef\xbb\xbf") or raw.count(b"\r\n") != raw.count(b"\n") or b"\t" in raw:
            err("n51: UTF-8, CRLF only, no BOM/TAB")
        if not raw.endswith(b"\r\n") or lines[-1] != "": err("n51: final CRLF")
    elif name.startswith("n52"):
        text = raw.decode("utf-8")
        if raw.startswith(b"\xef\xbb\xbf") or b"\r" in text.encode(): err("n52: UTF-8, LF")
        if "<th" in text or "<thead" in text: err("n52: no th/thead")
        if not re.search(r'<div class="article-content">\s*<div class="content-inner">', text): err("n52: nested article-content")
        if "<tr><td><strong>指标</strong></td>" not in text: err("n52: strong header row")
        if "<b>3</b><b>6家</b>" not in text or text.count("<em>") < 5: err("n52: split <b>, <em> figures")
        if "指标\t2024年\t2027年目标\t属性" not in lines: err("n52: decoded header row")
        if sum(l.count("\t") == 3 for l in lines) != 6: err("n52: 6 table lines")
        if any("20250618093" in l for l in lines): err("n52: script decoded")
    elif name.startswith("n53"):
        text = raw.decode("utf-8")
        if not text.startswith("---\n") or "\r" in text: err("n53: front matter, LF")
        if text.count("[^1]") != 2 or text.count("[^2]") != 2: err("n53: footnotes")
        if sum(l.startswith("|  | ") for l in lines) != 3: err("n53: three 'same as above' rows")
        if "| 荣誉名称 | 授予单位 | 级别 | 时间 |" not in lines: err("n53: honours table")
    else:
        text = raw.decode("utf-8")
        d = json.loads(text)
        if list(d) != ["rss"] or list(d["rss"]) != ["version", "channel"]: err("n54: envelope")
        items = d["rss"]["channel"]["item"]
        if len(items) != 6: err("n54: 6 items")
        for it in items:
            if list(it) != ["title", "link", "description", "pubDate", "guid"]: err("n54: item keys")
        cdata = [it["description"].startswith("<![CDATA[") for it in items]
        if sum(cdata) != 5 or not items[4]["description"].startswith("&lt;p&gt;"): err("n54: 5 CDATA + 1 escaped")
        ps = [email.utils.parsedate_to_datetime(it["pubDate"]) for it in items]
        if ps != sorted(ps, reverse=True): err("n54: newest first")
        gmt = [it for it in items if it["pubDate"].endswith("GMT")]
        if len(gmt) != 1 or decode.date_of(gmt[0]["pubDate"]) != "2025-10-01" or "30 Sep" not in gmt[0]["pubDate"]:
            err("n54: one GMT item whose Shanghai date is the next day")


def arith(name, g, lines):
    fv = lambda s, y=2025, r=None: fact(g, s, y, r)
    if name.startswith("n51"):
        ok = [26 + 32 == 58, 41 + 17 == 58, 52 + 6 == 58, pct(52, 58) == 89.7, 35 + 17 + 6 == 58,
              pct(35, 58) == 60.3, pct(17, 58) == 29.3, pct(6, 58) == 10.3, 58 - 49 == 9, grow(58, 49) == 18.4,
              pct(28, 49) == 57.1, r1(60.3 - 57.1) == 3.2, 19 + 12 + 11 + 9 + 7 == 58, near(320 * 3.6, 1152),
              fv("承办建议提案") == 58, fv("承办建议提案", 2024) == 49, 3215 > 412, 64 < 186,
              fv("建议提案列入计划拟解决（B类）") == 17, fv("建议提案满意率") <= fv("建议提案满意和基本满意率")]
    elif name.startswith("n52"):
        ok = [grow(1086, 1086 - 248) == 29.6, fv("具身智能核心产业规模", 2024) == 128, fv("具身智能整机企业", 2024) == 36,
              fv("具身智能示范应用场景", 2024) == 12, fv("开放训练数据集", 2024) == 3,
              fv("具身智能核心产业规模", 2027) == 500, fv("具身智能整机企业", 2027) == 60,
              fv("关键零部件国产化率", 2027) == 70, fv("具身智能示范应用场景", 2027) == 100, fv("开放训练数据集", 2027) == 10,
              r1(((500 / 128) ** (1 / 3) - 1) * 100) == 57.5]
    elif name.startswith("n53"):
        rows = [l for l in lines if l.startswith("| ") and l.count("|") == 5 and "销售收入" in l]
        sale = {l.split("|")[1].strip(): (float(l.split("|")[3].replace(",", "")), float(l.split("|")[4])) for l in rows}
        parts = [v for k, v in sale.items() if k != "合计"]
        base = sum(v / (1 + r / 100) for v, r in parts)
        ok = [len(sale) == 5, near(sum(v for v, r in parts), sale["合计"][0]), grow(sale["合计"][0], base) == sale["合计"][1],
              fv("全市集成电路产业销售收入") == sale["合计"][0], near(1120.0 + 1058.3 + 208.2, fv("总收入")),
              near(fv("总收入") - fv("总支出"), fv("收支结余")), 96 + 18 <= 685, 21 <= 34, 685 <= 720,
              len(g["honours"]) == fv("各级荣誉"), sum(h["level"] == "national" for h in g["honours"]) == fv("国家级荣誉"),
              320 <= 1480]
    else:
        ok = [grow(5360, 5000) == 7.2, 360 < 1120 <= 5360, 312 + 186 + 158 == 656, pct(656, 1326) == 49.5,
              248 < 1326, 9870 < 10500, fv("在孵企业总数", 2024) == 9870, 786 <= 2136, fv("培训", 2024) == 52,
              fv("服务科技型中小企业", 2024) < fv("服务科技型中小企业", 2025, "target"), 1326 < 2600,
              any(h["year"] == 2023 for h in g["honours"])]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic check {i}")


def check_rebuild():
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        subprocess.run([sys.executable, "-B", os.path.join(HERE, "src", "make_docs.py")], env=dict(os.environ, H14_DOCS=tmp), check=True)
        for n in NAMES:
            if open(os.path.join(DOCS, n), "rb").read() != open(os.path.join(tmp, n), "rb").read():
                err(f"{n} differs from make_docs.py")


def check_shared_validator():
    """The shared validator reads UTF-8 text with raw-line quotes: it can read n51 (.txt, CRLF) and n53 (.md, LF)."""
    v = "/work/shared/gold/validate.py"
    if not os.path.exists(v):
        return
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in (NAMES[0], NAMES[2]):
            shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", v, os.path.join(tmp, "d"), os.path.join(tmp, "g")], capture_output=True, text=True)
        if r.returncode != 0:
            err("shared validate.py on n51/n53: " + (r.stdout + r.stderr).strip()[-600:])


def main():
    for name in NAMES:
        path = os.path.join(DOCS, name)
        raw = open(path, "rb").read()
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        lines = decode.lines_for(path)
        check_gold(name, g, lines)
        container(name, raw, lines)
        arith(name, g, lines)
        nraw = raw.count(b"\n")
        if not 35 <= nraw <= 60: err(f"{name}: {nraw} raw lines")
        nl = sum(len(v[1]) for v in lines.values()) if isinstance(lines, dict) else len([l for l in lines if l.strip()])
        if not 35 <= nl <= 60: err(f"{name}: {nl} non-empty decoded lines")
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {nraw} raw / {nl} non-empty decoded lines")
    check_rebuild()
    check_shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
