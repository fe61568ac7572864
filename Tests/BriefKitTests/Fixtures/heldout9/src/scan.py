#!/usr/bin/env python3
"""python3 src/scan.py [n32|n33|n34|n35]: print every number in the decoded text that no quote covers.
Everything listed is meant to stay unlabelled (dates, years, codes, ordinals, list and section numbers, page
footers, scoring weights, zero cells, names with digits, set phrases, page furniture, JSON metadata)."""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import decode  # noqa: E402

DOCS, GOLD = os.path.join(HERE, "..", "docs"), os.path.join(HERE, "..", "gold")
NUM = re.compile(r"[0-9０-９][0-9０-９,.．]*|[零〇一二两三四五六七八九十百千万]+(?=[个家项件场名人次年倍成届大亿万所余批])")


def scan_lines(lines, quotes, prefix=""):
    for n, line in enumerate(lines, start=1):
        spans = []
        for q in quotes:
            i = line.find(q)
            while i >= 0:
                spans.append((i, i + len(q)))
                i = line.find(q, i + 1)
        for m in NUM.finditer(line):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                ctx = line[max(0, m.start() - 12):m.end() + 8].replace("\t", "⇥").replace("\f", "␌").strip()
                print(f"{prefix}{n:4}: {m.group()!r:14} …{ctx}…")


def scan(name):
    path = os.path.join(DOCS, name)
    g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
    items = g["facts"] + g["honours"]
    if name.endswith(".json"):
        for a in decode.feed_articles(path):
            qs = [x["quote"] for x in items if x.get("article") == a["articleId"]]
            scan_lines(decode.article_lines(a), qs, prefix=f"[{decode.article_date(a)}] ")
            meta = {k: v for k, v in a.items() if k not in ("title", "paragraphs")}
            print(f"[{decode.article_date(a)}] metadata (not labelled): " + json.dumps(meta, ensure_ascii=False))
    else:
        scan_lines(decode.lines_for(path), [x["quote"] for x in items])


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else ""
    for name in sorted(os.listdir(DOCS)):
        if name.startswith(which):
            print("==", name)
            scan(name)
