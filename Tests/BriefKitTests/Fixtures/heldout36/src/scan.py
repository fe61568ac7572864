#!/usr/bin/env python3
"""Prints every number (Arabic or Chinese numeral) on a line that no quote of the gold file covers.

usage: python3 scan.py [n139|n140|n141|n142]   (all four when no argument)
Lines are read as check.py reads them: the file split on "\\n"; (no feed in this batch; the feed branch is kept from heldout33) per article its 标题title and each
"\\n"-separated paragraph of finalContent (only quotes of that article count). Every printed item must be a trap listed
in README.md (dates, codes, ordinals, rankings, set phrases, names, boilerplate …).
"""
import json, os, re, sys
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NUM = re.compile(r"\d+(?:[,，]\d{3})*(?:\.\d+)?|[〇零一二两三四五六七八九十百千万亿]+")


def units(name, g):
    """(label, lines, quotes) per reading unit: the whole file, or one article of the feed."""
    raw = open(os.path.join(ROOT, "docs", name), encoding="utf-8").read()
    allq = [f["quote"] for f in g["facts"]] + [h["quote"] for h in g["honours"]]
    if name.endswith(".json"):
        for a in json.loads(raw):
            aid = a["文章标识符aid"]
            qs = [x["quote"] for x in g["facts"] + g["honours"] if x.get("article") == aid]
            yield f"article {aid} {a['时间time']}", [a["标题title"]] + a["finalContent"].split("\n"), qs
    else:
        yield "file", raw.split("\n"), allq


def scan(base):
    name = next(n for n in sorted(os.listdir(os.path.join(ROOT, "docs"))) if n.startswith(base))
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
                    spans.append((i, i + len(q)))
                    i = line.find(q, i + 1)
            for m in NUM.finditer(line):
                if not any(a <= m.start() and m.end() <= b for a, b in spans):
                    ctx = line[max(0, m.start() - 8):m.end() + 8]
                    print(f"  {no:>3}: {m.group()!r:14} …{ctx}…")


if __name__ == "__main__":
    for b in (sys.argv[1:] or ["n139", "n140", "n141", "n142"]):
        scan(b)
