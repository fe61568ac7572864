#!/usr/bin/env python3
"""Prints every number (Arabic or Chinese numeral) on a line that no quote of the gold file covers.

usage: python3 scan.py [n103|n104|n105|n106]   (all four when no argument)
n104 is scanned on its text lines (title + content_html paragraphs, as check.py's feed_lines), article by article,
and then its raw JSON lines outside content_html (digest, publish_time, link) are listed too.
Each printed item must be a trap listed in README.md (dates, codes, ordinals, set phrases, names, thresholds …).
"""
import json, os, re, sys
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
from check import feed_lines, art_id  # noqa: E402
NUM = re.compile(r"\d+(?:[,，]\d{3})*(?:\.\d+)?|[〇零一二两三四五六七八九十百千万亿]+")


def scan_lines(lines, quotes, label=""):
    for no, line in enumerate(lines, 1):
        spans = []
        for q in quotes:
            i = line.find(q)
            while i >= 0:
                spans.append((i, i + len(q)))
                i = line.find(q, i + 1)
        for m in NUM.finditer(line):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                ctx = line[max(0, m.start() - 8):m.end() + 8].replace("\f", "␌")
                print(f"  {label}{no:>3}: {m.group()!r:14} …{ctx}…")


def scan(base):
    name = next(n for n in sorted(os.listdir(os.path.join(ROOT, "docs"))) if n.startswith(base))
    raw = open(os.path.join(ROOT, "docs", name), encoding="utf-8").read()
    g = json.load(open(os.path.join(ROOT, "gold", os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
    print(f"== {name}")
    if base == "n104":
        for a in json.loads(raw):
            aid = art_id(a)
            qs = [f["quote"] for f in g["facts"] if f["article"] == aid] + \
                 [h["quote"] for h in g["honours"] if h["article"] == aid]
            scan_lines(feed_lines(a), qs, aid + " ")
            print(f"  {aid} outside the text: digest {a['digest']!r}, publish_time {a['publish_time']}, link {a['link']}")
        return
    quotes = [f["quote"] for f in g["facts"]] + [h["quote"] for h in g["honours"]]
    scan_lines(raw.split("\n"), quotes)


if __name__ == "__main__":
    for b in (sys.argv[1:] or ["n103", "n104", "n105", "n106"]):
        scan(b)
