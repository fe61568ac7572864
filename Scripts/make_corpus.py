#!/usr/bin/env python3
"""Build a benchmark corpus of SIZE_MB from the samples: copies whose years, units and
figures are varied so that documents differ; every fourth file is GB18030.

usage: make_corpus.py SAMPLES_DIR OUT_DIR SIZE_MB [SEED] [MAX_DOCS]"""
import os, random, re, sys

samples, out, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
max_docs = int(sys.argv[5]) if len(sys.argv) > 5 else None
units = ["上海计算机软件技术开发中心", "上海市普陀区科学技术委员会", "上海市科学技术委员会", "上海市经济和信息化委员会"]
others = ["上海市徐汇区科学技术委员会", "上海市软件评测中心", "上海市信息技术研究中心", "上海市科技创新服务中心", "上海市浦东新区科技发展中心"]
texts = []
for name in sorted(os.listdir(samples)):
    if name.endswith(".txt"):
        with open(os.path.join(samples, name), encoding="utf-8") as f:
            texts.append((name, f.read()))

def vary(text, k):
    shift = k % 5
    text = re.sub(r"(20[12]\d)(\s*年)", lambda m: str(int(m.group(1)) + shift) + m.group(2), text)
    for u in units:
        text = text.replace(u, others[(k + units.index(u)) % len(others)])
    # Change figures a little: a different document, same shapes.
    text = re.sub(r"(?<![\d.,])(\d{2,4})(?=\s*[项家人名场次件])", lambda m: str(int(m.group(1)) + rng.randint(0, 9)), text)
    return text

os.makedirs(out, exist_ok=True)
total, k = 0, 0
limit = size_mb * 1_000_000
while total < limit and (max_docs is None or k < max_docs):
    name, text = texts[k % len(texts)]
    data = vary(text, k)
    gb = k % 4 == 3 and not name.startswith("003")   # the JSON feed stays UTF-8
    raw = data.encode("gb18030") if gb else data.encode("utf-8")
    path = os.path.join(out, f"{k:06d}_{name}")
    with open(path, "wb") as f:
        f.write(raw)
    total += len(raw)
    k += 1
print(f"{k} documents, {total / 1e6:.1f} MB in {out}")
