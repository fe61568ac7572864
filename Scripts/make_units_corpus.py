#!/usr/bin/env python3
"""Build a corpus of UNITS units x YEARS years from the samples, to see how briefings stay
navigable at that size: each unit's yearly report is a sample (the 2023 social-
responsibility report or the 2023 district work summary) with the unit's name, its years
shifted to the report's year, and its figures grown year on year.

usage: make_units_corpus.py SAMPLES_DIR OUT_DIR [UNITS=30] [YEARS=5] [FIRST_YEAR=2020]"""
import os, random, re, sys

samples, out = sys.argv[1], sys.argv[2]
n_units = int(sys.argv[3]) if len(sys.argv) > 3 else 30
n_years = int(sys.argv[4]) if len(sys.argv) > 4 else 5
first = int(sys.argv[5]) if len(sys.argv) > 5 else 2020
districts = ["黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦", "闵行", "宝山", "嘉定", "浦东新", "金山", "松江", "青浦", "奉贤", "崇明"]
# Units: district science commissions, then centres named like the sample's.
names = [f"上海市{d}区科学技术委员会" for d in districts]
names += [f"上海市{d}区科技创新服务中心" for d in districts]
names = names[:n_units]
csr = open(os.path.join(samples, "000_d87a536be5b8778f.txt"), encoding="utf-8").read()
summary = open(os.path.join(samples, "002_9c3f654a89426a59.txt"), encoding="utf-8").read()
own = {"csr": ["上海计算机软件技术开发中心", "上海软件中心"], "summary": ["上海市普陀区科学技术委员会", "普陀区科学技术委员会", "普陀区科委"]}

def report(kind, unit, year, rng, growth):
    text = csr if kind == "csr" else summary
    shift = year - 2023
    text = re.sub(r"(20[12]\d)(\s*年)", lambda m: str(int(m.group(1)) + shift) + m.group(2), text)
    for old in own[kind]:
        text = text.replace(old, unit)
    if kind == "summary":
        # The district's own name throughout (普陀区, 普陀), as its own summary would write it.
        text = text.replace("普陀", unit[3:unit.index("区")])
    # Figures grow with the years, differently per unit: the same shapes, other values.
    text = re.sub(r"(?<![\d.,])(\d{2,4})(?=\s*[项家人名场次件])",
                  lambda m: str(max(1, int(int(m.group(1)) * growth ** shift) + rng.randint(0, 3))), text)
    return text

os.makedirs(out, exist_ok=True)
total = 0
for i, unit in enumerate(names):
    rng = random.Random(i)
    kind = "summary" if i < len(districts) else "csr"
    growth = 1 + rng.uniform(-0.05, 0.12)
    for y in range(first, first + n_years):
        data = report(kind, unit, y, rng, growth).encode("utf-8")
        with open(os.path.join(out, f"u{i:02d}-{y}.txt"), "wb") as f:
            f.write(data)
        total += len(data)
print(f"{len(names)} units x {n_years} years: {len(names) * n_years} documents, {total / 1e6:.1f} MB in {out}")
