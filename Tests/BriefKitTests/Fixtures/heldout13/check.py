#!/usr/bin/env python3
"""Checks the n47–n50 labels against the documents. Prints OK when all checks pass."""
import datetime, json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata, zipfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import decode
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n47_jingan_zf_zfgzbg2026.txt", "n48_sstm_kjg2025.docx", "n49_putuo_tjj_tjyb2025.html",
         "n50_ssia_feed2025.json"]
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
    if name.startswith("n47"):
        text = raw.decode("utf-8")
        if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw or "\t" in text: err("n47: UTF-8, LF, no BOM/TAB")
        items = [l for l in lines if re.match(r"\u3000\u3000\d+．", l)]
        if len(items) != 10: err("n47: ten 实事 list items with full-width ．")
    elif name.startswith("n48"):
        with zipfile.ZipFile(os.path.join(DOCS, name)) as z:
            parts = z.namelist()
            doc = z.read("word/document.xml").decode("utf-8")
        if len(parts) != 10: err("n48: ten parts")
        if not re.search(r"<w:t[^>]*>1</w:t></w:r><w:proofErr[^>]*/><w:r><w:rPr>.*?</w:rPr></w:r><w:proofErr[^>]*/><w:r>.*?<w:t[^>]*>,126\.8</w:t>", doc):
            err("n48: 1 | ,126.8 split over two runs")
        if doc.count("<w:footnoteReference") != 2 or "<w:delText" not in doc or "<w:ins " not in doc: err("n48: marks")
        if 'w:val="Heading1"' not in doc or 'w:val="Heading2"' not in doc or doc.count("<w:tr>") != 14: err("n48: styles/table")
        naive = "".join(re.findall(r"<w:(?:t|delText)[^>]*>([^<]*)<", doc))
        if "1,120.51,126.8" not in naive or any("1,120.5" in l for l in lines): err("n48: tracked deletion")
        if not lines[-2].startswith(" 满意度") or not lines[-1].startswith(" 不含"): err("n48: footnotes last")
        if "2026年1月20日" not in lines or "上海科技馆" not in lines: err("n48: w:br in signature")
    elif name.startswith("n49"):
        text = raw.decode("utf-8")
        if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw: err("n49: UTF-8, LF")
        if "指标\t单位\t1—11月\t同比增长（%）" not in lines: err("n49: header row")
        rows = [l for l in lines if l.count("\t") == 3 and not l.startswith("指标")]
        if len(rows) != 12 or sum(r.startswith("\u3000其中：") for r in rows) != 3: err("n49: 12 rows, 3 indented")
        if "<sup>①</sup>" not in text or "var hits" not in text: err("n49: sup / script")
        if any("ptzf20251222006" in l for l in lines): err("n49: script decoded")
    else:
        s = raw.decode("ascii")
        if not s.endswith("}\n") or "\\u" not in s: err("n50: ASCII with \\u escapes")
        d = json.loads(s)
        if list(d) != ["items"] or len(d["items"]) != 5: err("n50: envelope")
        for it in d["items"]:
            if list(it) != ["id", "headline", "body_html", "published_at", "source"]: err("n50: item keys")
        ps = [datetime.datetime.fromisoformat(it["published_at"]) for it in d["items"]]
        if ps != sorted(ps, reverse=True) or any(p.utcoffset() != datetime.timedelta(hours=8) for p in ps): err("n50: order/offset")
        mid = [p for p in ps if p.astimezone(datetime.timezone.utc).date() != p.date()]
        if len(mid) != 1 or decode.date_of(d["items"][1]["published_at"]) != "2025-09-30": err("n50: midnight item")


def arith(name, g, lines):
    fv = lambda s, y=2025, r=None: fact(g, s, y, r)
    if name.startswith("n47"):
        ok = [pct(3059.27, 3268.45) == 93.6, pct(249.12, 276.38) == 90.1, grow(1862.70, 1804.94) == 3.2,
              fv("社会消费品零售总额", 2024) == 1804.94, 7 <= 10, 85 <= fv("月均税收亿元楼宇"),
              fv("跨国公司地区总部") >= fv("新引进跨国公司地区总部"), fv("加装电梯累计竣工") >= fv("加装电梯竣工"),
              fv("城镇调查失业率") < fv("城镇调查失业率", 2026)]
    elif name.startswith("n48"):
        rows = {l.split("\t")[0]: l.split("\t")[1:] for l in lines if l.count("\t") == 2}
        months = [f"{m}月" for m in range(1, 13)]
        ok = [len(rows) == 14, near(sum(float(rows[m][0]) for m in months), float(rows["全年"][0])),
              sum(int(rows[m][1]) for m in months) == int(rows["全年"][1].replace(",", "")),
              fv("上海科技馆场馆接待观众") == float(rows["全年"][0]), fv("上海科技馆场馆教育活动") == 2960,
              near(568.2 + 392.4 + 166.2, fv("接待观众")), grow(1126.8, 1126.8 - 87.3) == 8.4, pct(186.5, 1126.8) == 16.6,
              near(4.15 + 2.31 + 0.36, fv("总收入")), pct(4.15, 6.82) == 60.9, 2960 <= 6842, 9 <= 48,
              sum(h["level"] == "national" for h in g["honours"]) == fv("国家级荣誉"),
              sum(h["level"] in ("national", "municipal") for h in g["honours"]) == fv("省部级以上荣誉")]
    elif name.startswith("n49"):
        ok = [pct(168.52, 412.36) == 40.9, pct(141.27, 162.84) == 86.8, 42.18 < 412.36, 141.27 < 162.84, 168.52 < 412.36]
        for l in lines:
            c = l.split("\t")
            if len(c) == 4 and c[0] != "指标":
                lab = c[0].lstrip("\u3000").removeprefix("其中：").rstrip("①")
                per = "（1—10月）" if c[0].endswith("①") else "（1—11月）"
                gr = float(c[3].replace("－", "-"))
                ok.append(fv(lab + "同比增长" + per, 2025, "change") == gr if gr > 0 else fv(lab + "下降" + per) == -gr)
                if c[2] != "—":
                    ok.append(fv(lab + per, 2025, "actual") == float(c[2].replace(",", "")))
    else:
        ok = [grow(326, 293) == 11.3, grow(1148, 1074) == 6.9, 142 + 184 == 326, pct(142, 326) == 43.6,
              pct(462, 1148) == 40.2, 1148 + 88 == 1236, near(1126.4 + 3284.7 + 86.2 + 365.2, 4862.5),
              grow(4862.5, sum(v / (1 + r / 100) for v, r in ((1126.4, 8.1), (3284.7, 10.6), (86.2, 7.3), (365.2, 8.9)))) == 9.8,
              fv("软件企业评估", 2024) == 293, fv("软件产品评估", 2024) == 1074, fv("会员单位", 2024) == 1148,
              1.52 >= 1.5, fv("软件企业评估", 2025, "actual") >= fv("软件企业评估", 2025, "target"),
              1018.3 < 4862.5, 15 - 12 == 3]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic check {i}")


def check_rebuild():
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        subprocess.run([sys.executable, "-B", os.path.join(HERE, "src", "make_docs.py")], env=dict(os.environ, H13_DOCS=tmp), check=True)
        for n in NAMES:
            if open(os.path.join(DOCS, n), "rb").read() != open(os.path.join(tmp, n), "rb").read():
                err(f"{n} differs from make_docs.py")


def check_shared_validator():
    """The shared validator reads UTF-8 text with raw-line quotes: n47 is the one document it can read."""
    v = "/work/shared/gold/validate.py"
    if not os.path.exists(v):
        return
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        shutil.copy(os.path.join(DOCS, NAMES[0]), os.path.join(tmp, "d"))
        shutil.copy(os.path.join(GOLD, NAMES[0][:-4] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", v, os.path.join(tmp, "d"), os.path.join(tmp, "g")], capture_output=True, text=True)
        if r.returncode != 0:
            err("shared validate.py on n47: " + (r.stdout + r.stderr).strip()[-600:])


def main():
    for name in NAMES:
        path = os.path.join(DOCS, name)
        raw = open(path, "rb").read()
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        lines = decode.lines_for(path)
        check_gold(name, g, lines)
        container(name, raw, lines)
        arith(name, g, lines)
        nl = sum(len(v[1]) for v in lines.values()) if isinstance(lines, dict) else len([l for l in lines if l.strip()])
        if not 35 <= nl <= 70: err(f"{name}: {nl} non-empty decoded lines")
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {nl} non-empty decoded lines")
    check_rebuild()
    check_shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
