#!/usr/bin/env python3
"""Prints every number (Arabic or Chinese numeral) on a line that no quote of the gold file covers.

usage: python3 scan.py [n131|n132|n133|n134]   (all four when no argument)
Lines are read as check.py reads them: the file decoded (n131 as GB18030, the others as UTF-8) and split on "\\n".
Every printed item must be a trap listed in README.md (dates, codes, ordinals, page lines, set phrases, names …).
"""
import json, os, re, sys
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NUM = re.compile(r"\d+(?:[,，]\d{3})*(?:\.\d+)?|[〇零一二两三四五六七八九十百千万亿]+")
ENC = {"n131": "gb18030"}


def scan(base):
    name = next(n for n in sorted(os.listdir(os.path.join(ROOT, "docs"))) if n.startswith(base))
    g = json.load(open(os.path.join(ROOT, "gold", os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
    quotes = [f["quote"] for f in g["facts"]] + [h["quote"] for h in g["honours"]]
    raw = open(os.path.join(ROOT, "docs", name), encoding=ENC.get(base, "utf-8")).read()
    print(f"== {name}")
    for no, line in enumerate(raw.split("\n"), 1):
        spans = []
        for q in quotes:
            i = line.find(q)
            while i >= 0:
                spans.append((i, i + len(q)))
                i = line.find(q, i + 1)
        for m in NUM.finditer(line):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                ctx = line[max(0, m.start() - 8):m.end() + 8].strip()
                print(f"  {no:>3}: {m.group()!r:14} …{ctx}…")


if __name__ == "__main__":
    for b in (sys.argv[1:] or ["n131", "n132", "n133", "n134"]):
        scan(b)
