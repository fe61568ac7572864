"""Prints every number in the decoded text that no quote covers (each must be a trap listed in the README).
`python3 src/scan.py [n43|n44|n45|n46]`. For n45 it also prints the numbers of the metadata (digest, times, ids)
and of the deleted news_item, which are not decoded text and are never labelled."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import decode
DOCS = os.path.join(HERE, "..", "docs")
NUM = re.compile(r"[\d,.]*\d|[零一二两三四五六七八九十百千万]+")
only = sys.argv[1] if len(sys.argv) > 1 else ""
for name in sorted(os.listdir(DOCS)):
    if not name.startswith(only):
        continue
    lines = decode.lines_for(os.path.join(DOCS, name))
    g = json.load(open(os.path.join(HERE, "..", "gold", os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
    groups = {k: v[1] for k, v in lines.items()} if isinstance(lines, dict) else {None: lines}
    print("==", name)
    for art, ls in groups.items():
        if art:
            print("  --", art)
        qs = [x["quote"] for x in g["facts"] + g["honours"] if x.get("article") == art]
        for l in ls:
            covered = [0] * len(l)
            for q in qs:
                for m in re.finditer(re.escape(q), l):
                    for i in range(m.start(), m.end()):
                        covered[i] = 1
            for m in NUM.finditer(l):
                if not all(covered[m.start():m.end()]):
                    print(f"  {m.group()!r:14} | {l[max(0, m.start() - 14):m.end() + 10].strip()}")
    if name.endswith(".json"):
        feed = json.loads(open(os.path.join(DOCS, name), encoding="utf-8").read())
        print("  -- metadata (not decoded): total_count", feed["total_count"], "item_count", feed["item_count"])
        for it in feed["item"]:
            print("    ", it["article_id"], "create", decode.date_of(it["content"]["create_time"]), it["content"]["create_time"],
                  "update", decode.date_of(it["update_time"]), it["update_time"])
            for i, n in enumerate(it["content"]["news_item"], 1):
                tag = "DELETED " if n["is_deleted"] else ""
                print(f"       _{i} {tag}digest: {n['digest']}")
                if n["is_deleted"]:
                    print("          title:", n["title"], "| text:", " / ".join(decode.html_lines(n["content"])))
