#!/usr/bin/env python3
"""Lists every number (Arabic or Chinese numeral) on a line of a document that no quote of its gold covers.
Usage: python3 src/scan.py [n83|n84|n85|n86]   (default: all four)"""
import json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "..", "docs"), os.path.join(HERE, "..", "gold")
NUM = re.compile(r"\d+(?:[,.]\d+)*|[零〇一二两三四五六七八九十百千万亿]+")


def scan(name):
    g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
    quotes = [f["quote"] for f in g["facts"]] + [h["quote"] for h in g["honours"]]
    lines = open(os.path.join(DOCS, name), encoding="utf-8").read().split("\n")
    print(f"== {name}")
    for no, line in enumerate(lines, 1):
        covered = [False] * len(line)
        for q in quotes:
            start = line.find(q)
            while start >= 0:
                for i in range(start, start + len(q)):
                    covered[i] = True
                start = line.find(q, start + 1)
        left = [m for m in NUM.finditer(line) if not all(covered[m.start():m.end()])]
        if left:
            ctx = lambda m: line[max(0, m.start() - 6):m.end() + 6]
            print(f"{no:3}: " + " ‖ ".join(f"{m.group()} «{ctx(m)}»" for m in left))


if __name__ == "__main__":
    want = sys.argv[1:] or ["n83", "n84", "n85", "n86"]
    for n in sorted(os.listdir(DOCS)):
        if any(n.startswith(w) for w in want):
            scan(n)
