#!/usr/bin/env python3
"""Prints every number (Arabic or Chinese numeral) on a line that no quote of the gold file covers.

usage: python3 scan.py [n99|n100|n101|n102]   (all four when no argument)
Lines are the document's text as check.py reads it (docx unzipped, one line per paragraph / table row; n100 decoded
from GB18030). Each printed item must be a trap listed in README.md (dates, codes, ordinals, set phrases, markup …).
"""
import json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NUM = re.compile(r"\d+(?:[,，]\d{3})*(?:\.\d+)?|[〇零一二两三四五六七八九十百千万亿]+")
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_lines(path):
    def ptext(p):
        return "".join(t.text or "" if t.tag == WNS + "t" else "\t" for t in p.iter() if t.tag in (WNS + "t", WNS + "tab"))
    body = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml")).find(WNS + "body")
    out = []
    for el in body:
        if el.tag == WNS + "p":
            out.append(ptext(el))
        elif el.tag == WNS + "tbl":
            for tr in el.findall(WNS + "tr"):
                out.append("\t".join("".join(ptext(p) for p in tc.findall(WNS + "p")) for tc in tr.findall(WNS + "tc")))
    return out


def lines_of(name):
    path = os.path.join(ROOT, "docs", name)
    if name.endswith(".docx"):
        return docx_lines(path)
    enc = "gb18030" if name.startswith("n100") else "utf-8"
    return open(path, encoding=enc).read().split("\n")[:-1]


def scan(base):
    name = next(n for n in sorted(os.listdir(os.path.join(ROOT, "docs"))) if n.startswith(base + "_"))
    lines = lines_of(name)
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
                ctx = line[max(0, m.start() - 8):m.end() + 8].replace("\t", "⇥")
                print(f"  {no:>3}: {m.group()!r:14} …{ctx}…")


if __name__ == "__main__":
    for b in (sys.argv[1:] or ["n99", "n100", "n101", "n102"]):
        scan(b)
