#!/usr/bin/env python3
"""Extra checks for ../gold, beyond /work/shared/gold/validate.py (adapted from heldout3):
- every quote lies on ONE line of its document. Text files: lines of the file. HTML (n16): lines of
  the source decoded from GB18030. JSON feed (n15): one paragraph (content split on \\n) or the
  title of the article named by the fact's `article`, and the quote must also occur verbatim in the
  raw JSON file (so it contains no JSON escapes);
- n15: every fact and honour names an existing article id and its date (publish_time's date);
- roles are allowed, honour fields complete (source text/table);
- n16: the file is GB18030 = GBK bytes (decodes as gbk), declares charset=gb2312, and equals
  raw/n16.html encoded. Run from anywhere: python3 src/check.py"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "..", "docs"), os.path.join(HERE, "..", "gold")
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
errs = []

def read_doc(name):
    data = open(os.path.join(DOCS, name), "rb").read()
    if name.endswith(".html"):
        text = data.decode("gb18030")
        data.decode("gbk")  # raises if not GBK-compatible
        if 'charset=gb2312' not in text:
            errs.append(f"{name}: no charset=gb2312 declaration")
        src = open(os.path.join(HERE, "raw", "n16.html"), encoding="utf-8").read()
        if src.encode("gb18030") != data:
            errs.append(f"{name}: differs from raw/n16.html (run src/make_docs.py)")
        return text
    return data.decode("utf-8")

for fn in sorted(os.listdir(GOLD)):
    g = json.load(open(os.path.join(GOLD, fn), encoding="utf-8"))
    raw = read_doc(g["document"])
    arts = None
    if g["document"].endswith(".json"):
        arts = {a["id"]: a for a in json.loads(raw)}

    def lines_for(item):
        if arts is None:
            return re.split(r"\r\n|\r|\n", raw)
        a = arts.get(item.get("article"))
        if a is None:
            errs.append(f"{fn}: unknown article {item.get('article')}")
            return []
        if item.get("date") != a["publish_time"][:10]:
            errs.append(f"{fn}: date {item.get('date')} != {a['publish_time'][:10]} ({a['id']})")
        return a["content"].split("\n") + [a["title"]]

    for i, f in enumerate(g["facts"]):
        if f.get("role") not in ROLES:
            errs.append(f"{fn} fact[{i}]: bad role {f.get('role')}")
        if not any(f["quote"] in l for l in lines_for(f)):
            errs.append(f"{fn} fact[{i}] {f['subject']}: quote not on one line: {f['quote']!r}")
        if arts is not None and f["quote"] not in raw:
            errs.append(f"{fn} fact[{i}] {f['subject']}: quote not verbatim in the raw JSON")
    for i, h in enumerate(g["honours"]):
        if h.get("source") not in ("text", "table"):
            errs.append(f"{fn} honour[{i}]: bad source")
        for k in ("title", "level", "recipient", "issuer", "year", "quote"):
            if k not in h:
                errs.append(f"{fn} honour[{i}]: missing {k}")
        if not any(h["quote"] in l for l in lines_for(h)):
            errs.append(f"{fn} honour[{i}] {h['title']}: quote not on one line: {h['quote']!r}")
    print(f"{fn}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), "
          f"{len(g['honours'])} honours, {os.path.getsize(os.path.join(DOCS, g['document']))} bytes")
for e in errs:
    print("ERROR", e)
print("OK" if not errs else f"{len(errs)} error(s)")
sys.exit(1 if errs else 0)
