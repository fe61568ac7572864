#!/usr/bin/env python3
"""python3 src/scan.py [n25|n26|n27]: print every number in the decoded text that no quote covers.
Everything listed is meant to stay unlabelled (dates, years, codes, ordinals, list numbers, page furniture, zeros
in tables, zero-count vehicle classes, fractions, thresholds inside subjects)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import decode  # noqa: E402

DOCS, GOLD = os.path.join(HERE, "..", "docs"), os.path.join(HERE, "..", "gold")
NUM = re.compile(r"[0-9０-９][0-9０-９,，.．]*|[零〇一二两三四五六七八九十百千万]+(?=[个家项件场名人次年倍成届大亿万])")


def covered_spans(line, quotes):
    spans = []
    for q in quotes:
        start = 0
        while True:
            i = line.find(q, start)
            if i < 0:
                break
            spans.append((i, i + len(q)))
            start = i + 1
    return spans


def scan(name):
    path = os.path.join(DOCS, name)
    g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
    if name.endswith(".docx"):
        groups = [("", decode.docx_lines(path), [x["quote"] for x in g["facts"] + g["honours"]])]
    elif name.endswith(".html"):
        groups = [("", decode.html_lines(path), [x["quote"] for x in g["facts"] + g["honours"]])]
    else:
        groups = []
        for aid, a in decode.feed_articles(path).items():
            qs = [x["quote"] for x in g["facts"] + g["honours"] if x["article"] == aid]
            groups.append((aid, [a["title"]] + a["lines"], qs))
    for aid, lines, quotes in groups:
        for n, line in enumerate(lines):
            spans = covered_spans(line, quotes)
            for m in NUM.finditer(line):
                if not any(a <= m.start() and m.end() <= b for a, b in spans):
                    ctx = line[max(0, m.start() - 12):m.end() + 8].replace("\t", "⇥")
                    print(f"{aid} {n}: {m.group()!r:12} …{ctx}…")


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else ""
    for name in sorted(os.listdir(DOCS)):
        if name.startswith(which):
            print("==", name)
            scan(name)
