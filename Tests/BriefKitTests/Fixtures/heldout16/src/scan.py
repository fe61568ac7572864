"""Prints every number in the decoded text that no quote covers (each must be a trap listed in the README).
`python3 src/scan.py [n59|n60|n61|n62]`. For n62 it also prints the numbers of the undecoded metadata."""
import json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import decode
DOCS = os.path.join(HERE, "..", "docs")
NUM = re.compile(r"-?[\d０-９][\d０-９,.，．]*|[零〇一二两三四五六七八九十百千万亿]+")
only = sys.argv[1] if len(sys.argv) > 1 else ""
for name in sorted(os.listdir(DOCS)):
    if not name.startswith(only):
        continue
    path = os.path.join(DOCS, name)
    lines = decode.lines_for(path)
    g = json.load(open(os.path.join(HERE, "..", "gold", os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
    print("==", name)
    qs = [x["quote"] for x in g["facts"] + g["honours"]]
    for l in lines:
        covered = [0] * len(l)
        for q in qs:
            for m in re.finditer(re.escape(q), l):
                for i in range(m.start(), m.end()):
                    covered[i] = 1
        for m in NUM.finditer(l):
            end = m.start() + len(m.group().rstrip(",.，．"))
            if not all(covered[m.start():end]):
                print(f"  {m.group()!r:14} | {l[max(0, m.start() - 14):m.end() + 10].strip()}")
    if name.endswith(".json"):
        print("  -- metadata (not decoded):", re.findall(r"\d[\d.:-]*", json.dumps(json.load(open(path, encoding="utf-8")), ensure_ascii=False)))
