#!/usr/bin/env python3
"""Prints every number (Arabic or Chinese numeral) on a line that no quote of the gold file covers.

usage: python3 scan.py [n91|n92|n93|n94]   (all four when no argument)
Documents are read through doctext (docx paragraphs and TAB-joined table rows; n94 decoded from UTF-16LE).
Each printed item must be a trap listed in README.md (dates, codes, ordinals, set phrases, names, thresholds …).
"""
import json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import doctext
NUM = re.compile(r"\d+(?:[,，]\d{3})*(?:\.\d+)?|[〇零一二两三四五六七八九十百千万亿]+")


def scan(base):
    name = next(n for n in sorted(os.listdir(os.path.join(ROOT, "docs"))) if n.startswith(base))
    lines = doctext.lines(os.path.join(ROOT, "docs", name))
    g = json.load(open(os.path.join(ROOT, "gold", os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
    quotes = [f["quote"] for f in g["facts"]] + [h["quote"] for h in g["honours"]]
    print(f"== {name}")
    for no, line in enumerate(lines, 1):
        spans = []
        for q in quotes:
            i = line.find(q)
            while i >= 0:
                spans.append((i, i + len(q)))
                i = line.find(q, i + 1)
        for m in NUM.finditer(line):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                ctx = line[max(0, m.start() - 8):m.end() + 8].replace("\t", "⇥").replace("\f", "␌")
                print(f"  {no:>3}: {m.group()!r:14} …{ctx}…")


if __name__ == "__main__":
    for b in (sys.argv[1:] or ["n91", "n92", "n93", "n94"]):
        scan(b)
