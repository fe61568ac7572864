#!/usr/bin/env python3
"""Extra checks for ../gold: every quote lies on ONE line of its document (for the feed: of the
named article's finalContent or title, lines split on \\r and \\n; for the HTML: of the raw source),
roles are allowed, and honour fields are complete. Run after /work/shared/gold/validate.py."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "..", "docs"), os.path.join(HERE, "..", "gold")
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
errs = []
for fn in sorted(os.listdir(GOLD)):
    g = json.load(open(os.path.join(GOLD, fn), encoding="utf-8"))
    raw = open(os.path.join(DOCS, g["document"]), encoding="utf-8").read()
    arts = {a["文章标识符aid"]: a for a in json.loads(raw)} if g["kind"] == "article-feed" else None
    def lines_for(aid=None):
        if arts is None:
            return re.split(r"\r\n|\r|\n", raw)
        if aid is None:
            return [l for a in arts.values() for l in re.split(r"\r|\n", a["finalContent"]) + [a["标题title"]]]
        a = arts[aid]
        return re.split(r"\r|\n", a["finalContent"]) + [a["标题title"]]
    for i, f in enumerate(g["facts"]):
        if f.get("role") not in ROLES:
            errs.append(f"{fn} fact[{i}]: bad role {f.get('role')}")
        if not any(f["quote"] in l for l in lines_for(f.get("article"))):
            errs.append(f"{fn} fact[{i}] {f['subject']}: quote not on one line: {f['quote']!r}")
    for i, h in enumerate(g["honours"]):
        if h.get("source") not in ("text", "table"):
            errs.append(f"{fn} honour[{i}]: bad source")
        if not any(h["quote"] in l for l in lines_for()):
            errs.append(f"{fn} honour[{i}] {h['title']}: quote not on one line: {h['quote']!r}")
    print(f"{fn}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {os.path.getsize(os.path.join(DOCS, g['document']))} bytes")
for e in errs:
    print("ERROR", e)
print("OK" if not errs else f"{len(errs)} error(s)")
sys.exit(1 if errs else 0)
