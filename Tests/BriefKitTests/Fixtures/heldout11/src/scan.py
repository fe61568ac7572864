"""Prints every number in the decoded text that no quote covers (each must be a trap listed in the README)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import decode
for name in sorted(os.listdir(os.path.join(HERE, "..", "docs"))):
    lines = decode.lines_for(os.path.join(HERE, "..", "docs", name))
    g = json.load(open(os.path.join(HERE, "..", "gold", os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
    groups = {k: v[1] for k, v in lines.items()} if isinstance(lines, dict) else {None: lines}
    print("==", name)
    for art, ls in groups.items():
        qs = [x["quote"] for x in g["facts"] + g["honours"] if x.get("article") == art]
        for l in ls:
            covered = [0] * len(l)
            for q in qs:
                for m in re.finditer(re.escape(q), l):
                    for i in range(m.start(), m.end()):
                        covered[i] = 1
            for m in re.finditer(r"[\d,.]*\d|[零一二两三四五六七八九十百千万]+", l):
                if not all(covered[m.start():m.end()]):
                    print(f"  {m.group()!r:12} | {l[max(0, m.start() - 14):m.end() + 10]}")
