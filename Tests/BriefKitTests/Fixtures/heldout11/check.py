#!/usr/bin/env python3
"""Checks the n40–n42 labels against the documents. Prints OK when all checks pass."""
import json, math, os, re, subprocess, sys, tempfile, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import decode
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n40_songjiang_scj_zj2025.txt", "n41_shjxw_fwzy2025.html", "n42_pudong_kjjw_feed2025.json"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
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
    out = [float(m.replace(",", "")) for m in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", q)]
    out += [cn(m) for m in re.findall(r"[零一二两三四五六七八九十百千万亿]+", q)]
    return out


def value_in_quote(v, measure, q):
    scale = 1e4 if measure.startswith("万") else 1e8 if measure.startswith("亿") else 1
    return any(near(v, n) or near(v * scale, n) for n in numbers_in(q))


def check_gold(name, g, lines):
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
        if f["role"] == "target" and f["key"]: err(f"{tag}: a target is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        q = f["quote"]
        if "\n" in q or "\r" in q: err(f"{tag}: quote spans lines")
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
        if list(h)[:7] != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int): err(f"{tag}: level/year")
        src = lines[h["article"]][1] if feed else lines
        if not any(h["quote"] in l for l in src): err(f"{tag}: quote not on one decoded line")


def arith(name, lines):
    body = "\n".join(sum((v[1] for v in lines.values()), []) if isinstance(lines, dict) else lines)
    if name.startswith("n40"):
        ok = [near(17.84 + 20.78, 38.62), near(38.62 - 2.15, 36.47), pct(2.15, 36.47) == 5.9, grow(4.86, 4.49) == 8.2,
              pct(2.37, 4.86) == 48.8, grow(5418, 4812) == 12.6, near(32.4 - 4.1, 28.3), grow(46.8, 35.59) == 31.5,
              312 - 58 == 254, pct(3412, 3600) == 94.8, grow(2845.6, 2601.1) == 9.4, pct(186, 1236) == 15.0,
              pct(147, 3420) == 4.3, pct(1.83, 2.46) == 74.4, 5418 > 5000, 21.37 > 20]
    elif name.startswith("n41"):
        rows = {l.split("\t")[0]: [float(c.replace(",", "")) for c in l.split("\t")[1:3]] for l in lines if "\t" in l and not l.startswith("指标")}
        grows = {l.split("\t")[0]: l.split("\t")[3] for l in lines if "\t" in l and not l.startswith("指标")}
        ok = [len(rows) == 6]
        for k, (a, b) in rows.items():
            g = grows[k].lstrip("+")
            ok.append(near(r1(b - a), float(g[:-4])) if g.endswith("个百分点") else grow(b, a) == float(g[:-1]))
        ok += [rows["服务企业（万家次）"][1] == 18.46, rows["企业满意度（%）"][1] == 96.8, pct(3.51, 3.58) == 98.0,
               rows["企业服务专员（名）"][1] == 2860, pct(1085, 4126) == 26.3, rows["政策精准推送（万条）"][1] == 58.7]
    else:
        ok = [near(1 + 4 + 7, 12), pct(2918.3, 5862.4) == 49.8, 12086 >= 12000, 1.42 <= 2 - 0.5,
              "1,582家" in body, 5862.4 > 1032.6]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic check {i}")


def check_rebuild():
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        subprocess.run([sys.executable, "-B", os.path.join(HERE, "src", "make_feed.py")], env=dict(os.environ, H11_DOCS=tmp), check=True)
        n = NAMES[2]
        if open(os.path.join(DOCS, n), "rb").read() != open(os.path.join(tmp, n), "rb").read(): err("n42 differs from make_feed.py")


def main():
    for name in NAMES:
        path = os.path.join(DOCS, name)
        raw = open(path, "rb").read()
        if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw: err(f"{name}: must be UTF-8, LF, no BOM")
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        lines = decode.lines_for(path)
        check_gold(name, g, lines)
        arith(name, lines)
        nl = sum(len(v[1]) for v in lines.values()) if isinstance(lines, dict) else len(lines)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {nl} decoded lines")
    check_rebuild()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
