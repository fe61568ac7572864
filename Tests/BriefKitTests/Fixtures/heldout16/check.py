#!/usr/bin/env python3
"""Checks the n59–n62 labels against the documents. Prints OK when all checks pass."""
import json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import decode
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n59_hongkou_swj_yjd2026.txt", "n60_baoshan_zx_dybg2025.txt", "n61_changning_sjj_sjbg2024.txt",
         "n62_jiading_tjj_api2025.json"]
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
    scale = 1e12 if measure.startswith("万亿") else 1e4 if measure.startswith("万") else 1e8 if measure.startswith("亿") else 1
    return any(near(v, n) or near(v * scale, n) for n in numbers_in(q))


def check_gold(name, g, lines):
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g.get("document") != name: err(f"{name}: document field")
    if g.get("kind") not in KINDS: err(f"{name}: kind")
    if g["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", g["published"]): err(f"{name}: published")
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != FF: err(f"{tag}: fields {list(f)}")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool):
            err(f"{tag}: year/value type")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str): err(f"{tag}: key/measure type")
        if f["role"] == "target" and f["key"]: err(f"{tag}: a target is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        # n59 is a quarterly report: its full-year and 上半年 targets are of the report year itself (README ※)
        same_year_ok = name.startswith("n59")
        if f["role"] == "target" and (f["year"] < g["year"] or (f["year"] == g["year"] and not same_year_ok)):
            err(f"{tag}: target not after the report year")
        if f["role"] == "baseline" and f["year"] >= g["year"]: err(f"{tag}: baseline not before the report year")
        q = f["quote"]
        if any(c in q for c in "\n\r\f"): err(f"{tag}: quote spans lines")
        if not any(q in l for l in lines): err(f"{tag}: quote not on one decoded line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"):
            err(f"{tag}: level/year/source")
        if not any(h["quote"] in l for l in lines): err(f"{tag}: quote not on one decoded line")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["role"], f["quote"])
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)


def fold(v, m):
    for p, k in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if m.startswith(p):
            return v * k
    return v


def fact(g, subject, year, role=None):
    """The labelled value of a subject; all its labels must agree after folding 万/亿 (within rounding when the
    measures differ: 1.87 万亿元 in prose, 18,702.6 亿元 in the table)."""
    fs = [f for f in g["facts"] if f["subject"] == subject and f["year"] == year and (role is None or f["role"] == role)]
    if not fs:
        err(f"{g['document']}: no fact {subject} {year} {role}")
        return float("nan")
    a = fold(fs[0]["value"], fs[0]["measure"])
    for f in fs[1:]:
        tol = 1e-6 if f["measure"] == fs[0]["measure"] else 5e-3
        if not near(fold(f["value"], f["measure"]), a, tol): err(f"{subject} {year}: labelled values differ")
    return fs[0]["value"]


def container(name, raw, lines):
    if name.startswith("n59"):
        if not raw.startswith(b"\xff\xfe"): err("n59: UTF-16 LE BOM")
        text = raw[2:].decode("utf-16-le")
        if text.count("\n") != text.count("\r\n") or text.count("\r") != text.count("\r\n"): err("n59: CRLF only")
        try:
            raw.decode("utf-8")
            err("n59: must not be valid UTF-8")
        except UnicodeDecodeError:
            pass
        if lines[0] != "虹商委〔2026〕21号" or any("\ufeff" in l for l in lines): err("n59: BOM not dropped / doc number line")
    elif name.startswith(("n60", "n61")):
        if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw or not raw.endswith(b"\n"): err(f"{name}: UTF-8, LF, no BOM")
        tabs = [l for l in lines if "\t" in l]
        if name.startswith("n60") and tabs: err("n60: no TAB")
        if name.startswith("n61") and (len(tabs) != 4 or any(l.count("\t") != 2 for l in tabs)): err("n61: 4 TAB table lines")
    else:
        d = json.loads(raw.decode("utf-8"))
        data = d["data"]
        if d["code"] != 0 or data["unit"] != "亿元" or len(data["rows"]) != 12: err("n62: container shape")
        if not all(isinstance(r["value"], str) and isinstance(r["yoy"], str) for r in data["rows"]): err("n62: values as strings")
        if len(lines) != 2 + 12 + 1 or sum(l.count("\t") == 1 for l in lines) != 2: err("n62: decoded lines")
        if any(x in l for l in lines for x in ("202510", "1763627400", "2025-11-20", "021-59992000")): err("n62: metadata decoded")


def arith(name, g, lines):
    fv = lambda s, y, r=None: fact(g, s, y, r)
    if name.startswith("n59"):
        ex, im = 31.5, 54.8
        base = ex / 1.051 + im / 0.932
        ok = [pct(1286.4, 5250) == 24.5, pct(38.2, 152.6) == 25.0, near(ex + im, 86.3), grow(86.3, base) == -2.8,
              46 - 9 == 37, pct(1.82, 6) == 30.3, 1 + 3 + 14 == 18, 12 <= 1152, 3 <= 68, pct(62, 64) == 96.9,
              pct(412, 427) == 96.5, pct(1286.4, 4980.6) == 25.8, grow(152.6, 147.3) == 3.6,
              r1(3.6 - 1.1) == 2.5,  # 全市平均 2.5% (implied, not labelled)
              grow(5250, 4980.6) == 5.4,  # 增长5%左右 (approx)
              fv("商品销售总额", 2026, "target") > fv("商品销售总额", 2025, "baseline"),
              fv("商品销售总额（上半年）", 2026) > fv("商品销售总额（一季度）", 2026),
              fv("社会消费品零售总额（上半年）", 2026) > fv("社会消费品零售总额（一季度）", 2026),
              fv("新引进品牌首店", 2026) > fv("新引进品牌首店（一季度）", 2026) + fv("新引进品牌首店（二季度）", 2026),
              16.9 < 54.8]
    elif name.startswith("n60"):
        ok = [pct(612, 4215) == 14.5, 412 + 286 + 352 == 1050, pct(1050, 4215) == 24.9,
              148.6 + 21.3 + 46.8 < 612.4, 4 + 11 + 6 <= 32, pct(9, 32) == 28.1, 4 <= 14 and 6 <= 32,
              r1(1300 / 612) == 2.1, r1(980 / 612.4) == 1.6,  # other districts (traps) vs our labelled values
              abs(612.4 * 2 * 1e8 / 286.4e4 - 43000) < 500,  # 每平方米年营业收入约4.3万元 (上半年 × 2)
              fv("园区平均空置率", 2027) < fv("调研园区平均空置率", 2025),
              fv("科创园区入驻高新技术企业", 2027) > fv("科创园区入驻高新技术企业", 2025),
              fv("区级园区扶持资金兑现平均周期", 2026) < fv("区级园区扶持资金兑现平均周期", 2024),
              fv("区级园区扶持资金兑现率", 2026) > fv("区级园区扶持资金兑现率", 2024)]
    elif name.startswith("n61"):
        tab = {l.split("\t")[0]: [float(x.replace(",", "")) for x in l.split("\t")[1:]] for l in lines
               if "\t" in l and "问题类别" not in l}
        ok = [12 + 9 + 11 + 6 == 38, near(tab["违规问题"][0] + tab["管理不规范"][0], tab["合计"][0]),
              near(tab["违规问题"][0], 2.36e4), near(tab["管理不规范"][0], 7.84e4),
              pct(tab["违规问题"][0], tab["合计"][0]) == tab["违规问题"][1],
              pct(tab["管理不规范"][0], tab["合计"][0]) == tab["管理不规范"][1],
              fv("审计查出违规问题金额", 2024) == 2.36, pct(8.72, 9.6) == 90.8, pct(1.53, 24.68) == 6.2,
              pct(1.98, 2.36) == 83.9, pct(119, 126) == 94.4, r1(94.4 - 2.6) == 91.8, 5 <= 16, 3 + 4 + 2 <= 12,
              (386.4 + 1562.7 + 47.8) / 1e4 < 1.28, 628.5 + 2315.0 < 9.6e4, 11 <= 11,
              fv("本次审计查出问题整改率", 2025) > fv("上年度审计查出问题整改率", 2024),
              fv("部门预算项目执行率", 2025) > 60]
    else:
        data = json.loads(open(os.path.join(DOCS, name), "rb").read().decode("utf-8"))["data"]
        rows = {r["name"]: r for r in data["rows"]}
        v = lambda n: float(rows[n]["value"].replace(",", ""))
        y = lambda n: float(rows[n]["yoy"])
        base = v("其中：轻工业") / (1 + y("其中：轻工业") / 100) + v("重工业") / (1 + y("重工业") / 100)
        ok = [near(v("其中：轻工业") + v("重工业"), v("规模以上工业总产值")), grow(v("规模以上工业总产值"), base) == y("规模以上工业总产值"),
              v("其中：汽车制造业") < v("重工业"), pct(v("战略性新兴产业产值"), v("规模以上工业总产值")) == v("战略性新兴产业产值占比"),
              v("其中：亏损企业数") < v("规模以上工业企业数"), v("利润总额") < v("营业收入"),
              all(rows[n].get("unit", data["unit"]) == m for n, m in (("规模以上工业企业数", "家"), ("产品销售率", "%"), ("营业收入", "亿元"))),
              fv("规模以上工业总产值（1—10月）", 2025) == v("规模以上工业总产值"),
              fv("汽车制造业总产值同比增长（1—10月）", 2025) == -1.6]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic check {i}")


LINES = {"n59": (40, 70, 35), "n60": (35, 70, 35), "n61": (35, 70, 35), "n62": (35, 70, 15)}


def check_rebuild():
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        subprocess.run([sys.executable, "-B", os.path.join(HERE, "src", "make_docs.py")], env=dict(os.environ, H16_DOCS=tmp), check=True)
        for n in NAMES:
            if open(os.path.join(DOCS, n), "rb").read() != open(os.path.join(tmp, n), "rb").read():
                err(f"{n} differs from make_docs.py")


def check_shared_validator():
    """The shared validator reads UTF-8 text with raw-line quotes: it can read n60 and n61 (plain UTF-8, LF)."""
    v = "/work/shared/gold/validate.py"
    if not os.path.exists(v):
        return
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in (NAMES[1], NAMES[2]):
            shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", v, os.path.join(tmp, "d"), os.path.join(tmp, "g")], capture_output=True, text=True)
        if r.returncode != 0:
            err("shared validate.py on n60/n61: " + (r.stdout + r.stderr).strip()[-600:])


def main():
    for name in NAMES:
        path = os.path.join(DOCS, name)
        raw = open(path, "rb").read()
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        lines = decode.lines_for(path)
        check_gold(name, g, lines)
        container(name, raw, lines)
        arith(name, g, lines)
        nraw = (raw[2:].decode("utf-16-le") if name.startswith("n59") else raw.decode("utf-8")).count("\n")
        nl = len([l for l in lines if l.strip()])
        lo, hi, dlo = LINES[name[:3]]
        if not lo <= nraw <= hi and not (name.startswith("n62") and 30 <= nraw <= hi): err(f"{name}: {nraw} raw lines")
        if not dlo <= nl <= 70: err(f"{name}: {nl} non-empty decoded lines")
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {nraw} raw / {nl} non-empty decoded lines")
    check_rebuild()
    check_shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
