#!/usr/bin/env python3
"""python3 src/scan.py NAME  -- print every number (Arabic or Chinese numeral run) in the decoded
document that no quote of the gold file covers, with its line. Everything listed should be
something that is deliberately not labelled (dates, ordinals, codes, page numbers, ...)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import decode  # noqa: E402

NUM = re.compile(r"[0-9０-９][0-9０-９,.，]*|[一二两三四五六七八九十百千万亿〇零]+")


def lines_of(name):
    p = os.path.join(HERE, "..", "docs", name)
    if name.endswith(".html"):
        return [("", l) for l in decode.read_html(p)[1]]
    if name.endswith(".json"):
        out = []
        for aid, a in decode.read_feed(p).items():
            out.append((aid, a["title"]))
            out += [(aid, l) for l in a["lines"]]
        return out
    return [("", l) for l in decode.read_text(p)]


def main(base):
    g = json.load(open(os.path.join(HERE, "..", "gold", base + ".json"), encoding="utf-8"))
    quotes = [(x.get("article", ""), x["quote"]) for x in g["facts"] + g["honours"]]
    for aid, line in lines_of(g["document"]):
        covered = [False] * len(line)
        for qa, q in quotes:
            if qa and aid and qa != aid:
                continue
            start = 0
            while True:
                i = line.find(q, start)
                if i < 0:
                    break
                for k in range(i, i + len(q)):
                    covered[k] = True
                start = i + 1
        miss = [m.group(0) for m in NUM.finditer(line) if not all(covered[m.start():m.end()])]
        if miss:
            print(f"{aid} | {' '.join(miss)} | {line.strip()[:110]}")


if __name__ == "__main__":
    main(sys.argv[1])
