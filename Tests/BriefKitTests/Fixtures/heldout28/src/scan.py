#!/usr/bin/env python3
"""Prints every number (Arabic, full-width or Chinese numeral) on a line that no quote of the gold file covers.

usage: python3 scan.py [n107|n108|n109|n110]   (all four when no argument)
Lines are the ones check.py reads (n108: per article; n109: the accepted text of the .docx).
Each printed item must be a trap listed in README.md (dates, years, codes, ordinals, list numbers, set phrases, bars,
ranges, English duplicates in n110 …).
"""
import json, os, re, sys
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
from check import NAMES, doc_lines, article_lines, GOLD
NUM = re.compile(r"[0-9０-９]+(?:[,，] ?[0-9０-９]{3})*(?:[.．][0-9０-９]+)?|[〇零一二两三四五六七八九十百千万亿]+")


def scan_lines(lines, quotes, prefix=""):
    for no, line in enumerate(lines, 1):
        spans = []
        for q in quotes:
            i = line.find(q)
            while i >= 0:
                spans.append((i, i + len(q)))
                i = line.find(q, i + 1)
        for m in NUM.finditer(line):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                ctx = line[max(0, m.start() - 8):m.end() + 8].replace("\t", "⇥")
                print(f"  {prefix}{no:>3}: {m.group()!r:14} …{ctx}…")


def scan(tag):
    name = NAMES[tag]
    g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
    print(f"== {name}")
    if name.endswith(".json"):
        for aid, lines in article_lines(name).items():
            qs = [x["quote"] for x in g["facts"] + g["honours"] if x.get("article") == aid]
            scan_lines(lines, qs, aid + " ")
    else:
        scan_lines(doc_lines(name), [x["quote"] for x in g["facts"] + g["honours"]])


if __name__ == "__main__":
    for t in (sys.argv[1:] or list(NAMES)):
        scan(t)
