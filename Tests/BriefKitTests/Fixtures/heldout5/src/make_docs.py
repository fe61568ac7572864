#!/usr/bin/env python3
"""Writes ../docs from ./raw:
n17: raw/n17.txt as is (statistics bulletin; table 1 is aligned with runs of spaces, no tabs);
n18: raw/n18.txt with every '⇥' replaced by a tab (text of a .docx: one paragraph per line,
     table rows tab-separated, merged cells repeated in every cell they span);
n19: raw/n19.txt as is; n20: raw/n20.md as is."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
RAW, DOCS = os.path.join(HERE, "raw"), os.path.join(HERE, "..", "docs")
os.makedirs(DOCS, exist_ok=True)

def read(name):
    return open(os.path.join(RAW, name), encoding="utf-8").read()

def write(name, text):
    assert "\t" not in text or name.startswith("n18"), name
    with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)

write("n17_stcsm_tjgb2024.txt", read("n17.txt"))
write("n18_fengxian_jw_gkbg2024.txt", read("n18.txt").replace("⇥", "\t"))
write("n19_simt_csr2024.txt", read("n19.txt"))
write("n20_songjiang_kw_2025h1.md", read("n20.md"))
for fn in sorted(os.listdir(DOCS)):
    p = os.path.join(DOCS, fn)
    print(fn, os.path.getsize(p), "bytes", open(p, "rb").read().count(b"\n"), "lines")
