#!/usr/bin/env python3
"""Extra checks for ../gold, beyond /work/shared/gold/validate.py (adapted from heldout4):
- every quote (facts and honours) lies on ONE line of its document (all four are UTF-8 text);
- roles are allowed; honour fields complete (source text/table); years are plausible;
- docs/ equals what src/make_docs.py writes from src/raw (n18: '⇥' -> tab; only n18 has tabs);
- n18: every tab-separated row of the 申请 table has 10 cells and the 复议/诉讼 rows 15, and the
  申请 table's sums hold (columns add up to 总计; new + carried = 办结 + 结转下年度).
Run from anywhere: python3 src/check.py"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD, RAW = (os.path.join(HERE, "..", d) for d in ("docs", "gold", "")) 
RAW = os.path.join(HERE, "raw")
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
SRC = {"n17_stcsm_tjgb2024.txt": "n17.txt", "n18_fengxian_jw_gkbg2024.txt": "n18.txt",
       "n19_simt_csr2024.txt": "n19.txt", "n20_songjiang_kw_2025h1.md": "n20.md"}
errs = []

for doc, raw in SRC.items():
    text = open(os.path.join(DOCS, doc), encoding="utf-8").read()
    src = open(os.path.join(RAW, raw), encoding="utf-8").read()
    if doc.startswith("n18"):
        src = src.replace("⇥", "\t")
    elif "\t" in text:
        errs.append(f"{doc}: unexpected tab")
    if src != text:
        errs.append(f"{doc}: differs from raw/{raw} (run src/make_docs.py)")

# n18 table arithmetic
t = open(os.path.join(DOCS, "n18_fengxian_jw_gkbg2024.txt"), encoding="utf-8").read().split("\n")
rows = [l.split("\t") for l in t if "\t" in l]
app = [r for r in rows if len(r) == 10]
for r in app:
    if r[3].isdigit() and sum(map(int, r[3:9])) != int(r[9]):
        errs.append(f"n18: row does not add up: {r[:3]}")
res = [r for r in app if r[0].startswith("三、") and r[3].isdigit() and "总计" not in r[1]]
tot = next(r for r in app if "（七）总计" in r[1])
for c in range(3, 10):
    if sum(int(r[c]) for r in res) != int(tot[c]):
        errs.append(f"n18: column {c} results do not sum to 总计")
new = next(r for r in app if r[0].startswith("一、")); old = next(r for r in app if r[0].startswith("二、"))
carry = next(r for r in app if r[0].startswith("四、"))
for c in range(3, 10):
    if int(new[c]) + int(old[c]) != int(tot[c]) + int(carry[c]):
        errs.append(f"n18: column {c}: new + carried != done + carried over")
if any(len(r) not in (2, 4, 10, 15) for r in rows):
    errs.append("n18: a table row has an unexpected number of cells")

for fn in sorted(os.listdir(GOLD)):
    g = json.load(open(os.path.join(GOLD, fn), encoding="utf-8"))
    lines = re.split(r"\r\n|\r|\n", open(os.path.join(DOCS, g["document"]), encoding="utf-8").read())
    for i, f in enumerate(g["facts"]):
        if f.get("role") not in ROLES:
            errs.append(f"{fn} fact[{i}]: bad role {f.get('role')}")
        if not 2015 <= f["year"] <= 2026:
            errs.append(f"{fn} fact[{i}]: odd year {f['year']}")
        if f["role"] == "target" and f["key"]:
            errs.append(f"{fn} fact[{i}]: a target is key")
        if not any(f["quote"] in l for l in lines):
            errs.append(f"{fn} fact[{i}] {f['subject']}: quote not on one line: {f['quote']!r}")
    for i, h in enumerate(g["honours"]):
        if h.get("source") not in ("text", "table"):
            errs.append(f"{fn} honour[{i}]: bad source")
        for k in ("title", "level", "recipient", "issuer", "year", "quote"):
            if k not in h:
                errs.append(f"{fn} honour[{i}]: missing {k}")
        if not any(h["quote"] in l for l in lines):
            errs.append(f"{fn} honour[{i}] {h['title']}: quote not on one line: {h['quote']!r}")
    print(f"{fn}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), "
          f"{len(g['honours'])} honours, {len(lines)} lines")
for e in errs:
    print("ERROR", e)
print("OK" if not errs else f"{len(errs)} error(s)")
sys.exit(1 if errs else 0)
