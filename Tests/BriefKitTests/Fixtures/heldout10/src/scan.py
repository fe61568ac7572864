#!/usr/bin/env python3
"""python3 src/scan.py [n36|n37|n38|n39]: print every number in the decoded text that no quote covers.
Everything listed is meant to stay unlabelled (dates, years, codes, phone numbers, ordinals, list and section
numbers, note marks, zero cells, thresholds, rankings, rules, names with digits, set phrases, page furniture)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import decode  # noqa: E402

DOCS, GOLD = os.path.join(HERE, "..", "docs"), os.path.join(HERE, "..", "gold")
NUM = re.compile(r"[0-9０-９①-⑳][0-9０-９,.．]*|[零〇一二两三四五六七八九十百千万]+(?=[个家项件场名人次年倍成届大亿万所余批部])")


def scan_lines(lines, quotes):
    for n, line in enumerate(lines, start=1):
        spans = []
        for q in quotes:
            i = line.find(q)
            while i >= 0:
                spans.append((i, i + len(q)))
                i = line.find(q, i + 1)
        for m in NUM.finditer(line):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                ctx = line[max(0, m.start() - 12):m.end() + 8].replace("\t", "⇥").strip()
                print(f"{n:4}: {m.group()!r:14} …{ctx}…")


def scan(name):
    path = os.path.join(DOCS, name)
    g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
    scan_lines(decode.lines_for(path), [x["quote"] for x in g["facts"] + g["honours"]])


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else ""
    for name in sorted(os.listdir(DOCS)):
        if name.startswith(which):
            print("==", name)
            scan(name)
