#!/usr/bin/env python3
"""Prints every number (Arabic or Chinese numeral) on a line that no quote of the gold file covers.

usage: python3 scan.py [n183|n184|n185|n186]   (all four when no argument)
Lines are read as check.py reads them (the feed per article: 标题title + finalContent paragraphs, markup kept, only that
article's quotes count; the .docx as its paragraph / table-row lines). Every printed item is a trap listed in README.md.
"""
import json, os, re, sys
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
from check import read, NAMES
NUM = re.compile(r"\d+(?:[,，]\d{3})*(?:\.\d+)?|[〇零一二两三四五六七八九十百千万亿]+")


def units(name, g):
    raw, lines, arts = read(name)
    if arts:
        for aid, (a, ls) in arts.items():
            yield f"article {aid} {a['时间time']}", ls, [x["quote"] for x in g["facts"] + g["honours"] if x.get("article") == aid]
    else:
        yield "file", lines, [f["quote"] for f in g["facts"]] + [h["quote"] for h in g["honours"]]


def scan(base):
    name = next(n for n in NAMES if n.startswith(base))
    g = json.load(open(os.path.join(ROOT, "gold", os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
    print(f"== {name}")
    for label, lines, quotes in units(name, g):
        if label != "file":
            print(f" -- {label}")
        for no, line in enumerate(lines, 1):
            spans = []
            for q in quotes:
                i = line.find(q)
                while i >= 0:
                    spans.append((i, i + len(q))); i = line.find(q, i + 1)
            for m in NUM.finditer(line):
                if not any(a <= m.start() and m.end() <= b for a, b in spans):
                    print(f"  {no:>3}: {m.group()!r:14} …{line[max(0, m.start() - 8):m.end() + 8]}…")


if __name__ == "__main__":
    for b in (sys.argv[1:] or ["n183", "n184", "n185", "n186"]):
        scan(b)
