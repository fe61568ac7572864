#!/usr/bin/env python3
"""python3 src/scan.py [n79|n80|n81|n82]: prints every number (Arabic digits or Chinese numerals) on a line
that no quote of the gold file covers. Every number it lists must be a trap in the README."""
import json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import check  # the document readers live in check.py

NUM = re.compile(r"\d+(?:[,.]\d+)*|[零〇一二两三四五六七八九十百千万亿]+")


def main():
    want = sys.argv[1:] or ["n79", "n80", "n81", "n82"]
    for name in check.NAMES:
        if not any(name.startswith(w) for w in want):
            continue
        g = json.load(open(os.path.join(check.GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        blocks = check.read_doc(name)["blocks"]           # {block id: [lines]}; one block except for the feed
        quotes = {}
        for x in g["facts"] + g["honours"]:
            quotes.setdefault(x.get("article", ""), []).append(x["quote"])
        print(f"== {name}")
        for bid, lines in blocks.items():
            qs = quotes.get(bid, []) + (quotes.get("", []) if bid else [])
            for i, l in enumerate(lines, 1):
                cov = [False] * len(l)
                for q in qs:
                    for m in re.finditer(re.escape(q), l):
                        for k in range(m.start(), m.end()):
                            cov[k] = True
                for m in NUM.finditer(l):
                    if not all(cov[m.start():m.end()]):
                        ctx = l[max(0, m.start() - 8):m.end() + 8].replace("\t", "⇥").replace("\f", "<FF>")
                        print(f"  {bid + ' ' if bid else ''}line {i}: {m.group()!r:12} …{ctx}…")


if __name__ == "__main__":
    main()
