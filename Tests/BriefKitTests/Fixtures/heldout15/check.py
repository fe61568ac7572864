#!/usr/bin/env python3
"""Checks the n55–n58 labels against the documents. Prints OK when all checks pass."""
import json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import decode
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n55_fengxian_kw_nj2025.txt", "n56_scofcom_fbh2026.html", "n57_rdpsp_bmjs2024.txt",
         "n58_qingpu_kw_jh2026.md"]
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
        if f["role"] == "target" and f["year"] <= (g["year"] or 0): err(f"{tag}: target not after the report year")
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
        if h["title"] not in h["quote"] and not h["title"].startswith("国务院办公厅督查激励"): err(f"{tag}: title not in quote")
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
    if name.startswith("n55"):
        if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw or b"\t" in raw or not raw.endswith(b"\n"):
            err("n55: UTF-8, LF, no BOM/TAB, final LF")
        if sum(l.startswith("【") for l in lines) < 20: err("n55: 【】 run-in heads")
        if [l for l in lines if re.fullmatch(r"·\d+·", l)] != ["·186·", "·187·"]: err("n55: page marks")
        if sum(bool(re.match(r"20\d\d\u3000\u3000[\d,]+\u3000\u3000\d+$", l)) for l in lines) != 3: err("n55: year table")
    elif name.startswith("n56"):
        text = raw.decode("utf-8")
        if raw.startswith(b"\xef\xbb\xbf") or "\r" in text: err("n56: UTF-8, LF")
        if "<th" in text: err("n56: no th")
        if len(re.findall(r"<p><strong>[^<]+：</strong>", text)) < 15: err("n56: speaker turns in <strong>")
        if sum(l.count("\t") == 2 for l in lines) != 7: err("n56: 7 table lines")
        if any("fbh20260122" in l or "48:36" in l for l in lines): err("n56: script decoded")
        if any("新引进首店1,350家" in l for l in lines): err("n56: meta description decoded")
    elif name.startswith("n57"):
        try:
            raw.decode("utf-8")
            err("n57: must not be valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("gb18030")
        if text.encode("gb18030") != raw or "\r" in text: err("n57: GB18030 round trip, LF")
        if text.count("\f") != 4 or not all(p.startswith(("\n", "上海市研发")) for p in text.split("\f")[1:]): err("n57: 5 pages")
        head = "上海市研发公共服务平台管理中心2024年度部门决算"
        if lines.count(head) != 4: err("n57: running header on pages 2-5")
        if [l for l in lines if re.fullmatch(r"— \d+ —", l)] != [f"— {i} —" for i in range(2, 6)]: err("n57: footers")
        rows = [l for l in lines if re.search(r"\d  +[\d,]+\.\d\d  +[\d,]+\.\d\d", l)]
        if len(rows) != 7: err("n57: 7 space-separated table rows")
        w = lambda s: sum(1 if ord(c) < 128 else 2 for c in s)
        if any(w(l) > 78 for l in lines if l not in rows and "年初预算数" not in l): err("n57: fixed-width wrap")
        if "万元。" not in lines or not any(l.endswith("公用经费261.52万") for l in lines): err("n57: units cut off by line ends")
    else:
        if not raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw: err("n58: UTF-8 BOM, LF")
        if not lines[0].startswith("# ") or "同志们：" not in lines: err("n58: heading, 同志们")
        if sum(bool(re.match(r"\d\. ", l)) for l in lines) != 12: err("n58: two numbered lists of 6")


def arith(name, g, lines):
    fv = lambda s, y, r=None: fact(g, s, y, r)
    if name.startswith("n55"):
        ok = [grow(18.64, 17.45) == 6.8, 386 - 344 == 42, grow(386, 344) == 12.2, grow(1452, 1328) == 9.3,
              grow(48.7, 40.1) == 21.4, pct(31.2, 48.7) == 64.1, r1(4320 / 86) == 50.2, pct(129, 318) == 40.6,
              pct(1312, 1850) == 70.9, near(675 / 45, 15), pct(30, 86) == 34.9, 5 - 5 == 0, 8 <= 32, 412 <= 1680,
              3 <= 11, 2 <= 17, 12 <= 118, 21 <= 73, 3 + 6 + 10 <= 62,
              fv("有效高新技术企业", 2024) == 1452, fv("新认定高新技术企业", 2023) == 344,
              fv("全区财政科技支出", 2023) == 17.45, fv("技术合同成交额", 2023) == 40.1,
              fv("有效高新技术企业", 2022) < fv("有效高新技术企业", 2023) < fv("有效高新技术企业", 2024),
              fv("新认定高新技术企业", 2024) == 386,
              110 <= 1002 / 8.6 <= 120]  # implied 常住人口 ~116.5万
    elif name.startswith("n56"):
        tab = {l.split("\t")[0]: [float(x.replace(",", "")) for x in l.split("\t")[1:]] for l in lines if l.count("\t") == 2 and "指标" not in l}
        ex, im, tot = tab["\u3000其中：出口"], tab["\u3000\u3000\u3000\u3000进口"], tab["货物进出口总额（亿元）"]
        base = ex[0] / (1 + ex[1] / 100) + im[0] / (1 + im[1] / 100)
        ok = [near(ex[0] + im[0], tot[0]), grow(tot[0], base) == tot[1], round(tot[0] / 1e4, 2) == 4.32,
              round(ex[0] / 1e4, 2) == 1.78, round(im[0] / 1e4, 2) == 2.54,
              round(tab["社会消费品零售总额（亿元）"][0] / 1e4, 2) == 1.87,
              pct(4114, tab["社会消费品零售总额（亿元）"][0]) == 22.0, tab["实际使用外资（亿美元）"][0] == 238.6,
              abs(tab["实际使用外资（亿美元）"][1]) < 0.5,  # 基本持平
              near(9.2 - 5.3, 3.9) and 3.9 < 4.6 < 9.2,  # 商品零售额 3.9% (not stated)
              65 < 1021 and 28 < 619 and 186 < 1021, 62.4 < 238.6, fv("新设外商投资企业", 2025) == tab["新设外商投资企业（家）"][0],
              fv("预付卡投诉率", 2026, "target") < fv("预付卡投诉率", 2025, "actual"),
              fv("新引进首店", 2026, "target") < fv("新引进首店", 2025, "actual"), 3 < 5, 5.8 < 6]
    elif name.startswith("n57"):
        rows = {}
        for l in lines:
            m = re.match(r"[\u3000]*(?:其中：)?[\u3000]*(\S+?)  +([\d,.]+)  +([\d,.]+)  +([\d,.]+)  +([\d.]+)$", l)
            if m:
                rows[m.group(1)] = [float(x.replace(",", "")) for x in m.groups()[1:]]
        sub = ["科学技术支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"]
        ok = [len(rows) == 7, all(near(sum(rows[k][c] for k in sub), rows["合计"][c]) for c in range(3)),
              all(near(rows["技术研究与开发（机构运行）"][c] + rows["其他科技条件与服务支出"][c], rows["科学技术支出"][c]) for c in range(3)),
              all(pct(v[2], v[1]) == v[3] for v in rows.values()),
              near(4105.36 + 386.50 + 160.32, 4652.18), near(4652.18 + 234.34, 4886.52), near(2136.48 + 2581.58, 4718.06),
              near(4718.06 + 168.46, 4886.52), pct(4105.36, 4652.18) == 88.2, pct(386.50, 4652.18) == 8.3,
              pct(160.32, 4652.18) == 3.4, pct(2136.48, 4718.06) == 45.3, pct(2581.58, 4718.06) == 54.7,
              grow(4886.52, 4886.52 - 312.40) == 6.8, near(4105.36 + 132.44, 4237.80), near(4172.05 + 65.75, 4237.80),
              pct(4172.05, 4718.06) == 88.4, grow(4172.05, 4172.05 - 186.20) == 4.7,
              all(pct(rows[k][2], 4172.05) == s for k, s in zip(sub, (88.8, 5.7, 2.4, 3.1))),
              pct(rows["合计"][2], rows["合计"][0]) == 103.5, fv("一般公共预算财政拨款支出（年初预算）", 2024) == rows["合计"][0],
              fv("一般公共预算财政拨款支出", 2024) == rows["合计"][2], fv("财政拨款科学技术支出", 2024) == rows["科学技术支出"][2],
              near(1602.35 + 261.52, 1863.87), 1863.87 <= 2136.48, near(0 + 10.86 + 1.50, 12.36),
              pct(12.36, 15.00) == 82.4, pct(10.86, 12.00) == 90.5, pct(1.50, 3.00) == 50.0, grow(12.36, 13.20) == -6.4,
              near(13.20 - 12.36, 0.84), near(312.60 + 552.80, 865.40), pct(628.70, 865.40) == 72.6, 10 + 2 == 12,
              fv("项目支出", 2024) == fv("绩效自评涉及项目支出", 2024)]
    else:
        ok = [428 - 372 == 56, grow(428, 372) == 15.1, 1386 - 1102 == 284, 1120 - 428 - 372 == 320,
              grow(12.8, 11.8) == 8.5, near(12.8 + 11.8 + 11.0, 35.6), near(62.4, 2 * 31.2),  # 翻一番
              r1(96000 / 215) == 446.5, pct(96 - 78, 96) == 18.8, 2.1 < 4.6, 3.12 + 0.15 > 3.2 - 0.1,
              fv("有效高新技术企业", 2023) < fv("有效高新技术企业", 2025) < fv("有效高新技术企业", 2026, "target"),
              fv("技术合同成交额", 2023) < fv("技术合同成交额", 2025) < fv("技术合同成交额", 2026, "target"),
              fv("科技贷投放", 2025) < fv("科技贷投放", 2026, "target"), fv("科技贷服务企业", 2025) < fv("科技贷服务企业", 2026, "target"),
              fv("项目验收平均周期", 2026, "target") < fv("项目验收平均周期", 2025) < fv("项目验收平均周期", 2024),
              fv("科普活动", 2025) < fv("科普活动", 2026, "target"), r1(26.3 - 1.2) == 25.1, 4 <= 38, 2 <= 9]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic check {i}")


def check_rebuild():
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        subprocess.run([sys.executable, "-B", os.path.join(HERE, "src", "make_docs.py")], env=dict(os.environ, H15_DOCS=tmp), check=True)
        for n in NAMES:
            if open(os.path.join(DOCS, n), "rb").read() != open(os.path.join(tmp, n), "rb").read():
                err(f"{n} differs from make_docs.py")
        p = os.path.join(tmp, "n57.txt")
        subprocess.run([sys.executable, "-B", os.path.join(HERE, "src", "wrap57.py")], env=dict(os.environ, H15_N57=p), check=True)
        if open(p, "rb").read() != open(os.path.join(HERE, "src", "raw", "n57.txt"), "rb").read():
            err("src/raw/n57.txt differs from wrap57.py")


def check_shared_validator():
    """The shared validator reads UTF-8 text with raw-line quotes: it can read n55 (.txt) and n58 (.md with BOM)."""
    v = "/work/shared/gold/validate.py"
    if not os.path.exists(v):
        return
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in (NAMES[0], NAMES[3]):
            shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", v, os.path.join(tmp, "d"), os.path.join(tmp, "g")], capture_output=True, text=True)
        if r.returncode != 0:
            err("shared validate.py on n55/n58: " + (r.stdout + r.stderr).strip()[-600:])


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
        nl = len([l for l in lines if l.strip()])
        if not 40 <= nraw <= 90: err(f"{name}: {nraw} raw lines")
        if not 35 <= nl <= 90: err(f"{name}: {nl} non-empty decoded lines")
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {nraw} raw / {nl} non-empty decoded lines")
    check_rebuild()
    check_shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
