#!/usr/bin/env python3
"""Writes ../docs from ./raw:
n13: raw/n13.txt with every '⇥' replaced by a tab (table cells are tab-separated);
n14: raw/n14.txt as is;
n15: raw/n15_articles.py -> JSON array (indent=2, ensure_ascii=False), content paragraphs joined by \\n;
n16: raw/n16.html (UTF-8 source) encoded as GB18030 (the page declares charset=gb2312; every
     character is in GBK, so the bytes are also valid GBK; some are not in GB2312, e.g. 昇 and —)."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
RAW, DOCS = os.path.join(HERE, "raw"), os.path.join(HERE, "..", "docs")
sys.path.insert(0, RAW)
os.makedirs(DOCS, exist_ok=True)

def read(name):
    return open(os.path.join(RAW, name), encoding="utf-8").read()

def write(name, text, enc="utf-8"):
    with open(os.path.join(DOCS, name), "w", encoding=enc, newline="\n") as fh:
        fh.write(text)

write("n13_sstir_jxzp2024.txt", read("n13.txt").replace("⇥", "\t"))
write("n14_yangpu_zfgzbg2025.txt", read("n14.txt"))
from n15_articles import ARTICLES
write("n15_icc_wechat2025.json", json.dumps(ARTICLES, ensure_ascii=False, indent=2) + "\n")
html = read("n16.html")
html.encode("gbk")  # raises if a character is outside GBK
write("n16_jiading_kw_zj2024.html", html, enc="gb18030")
for fn in sorted(os.listdir(DOCS)):
    p = os.path.join(DOCS, fn)
    print(fn, os.path.getsize(p), "bytes", open(p, "rb").read().count(b"\n"), "lines")
