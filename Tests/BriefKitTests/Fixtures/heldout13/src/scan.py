"""Prints every number in the decoded text that no quote covers (each must be a trap listed in the README).
`python3 src/scan.py [n47|n48|n49|n50]`. For n48 it also prints the numbers of the parts that are not decoded
(tracked deletion, header, footer, docProps); for n50 the `published_at` values in UTC."""
import datetime, json, os, re, sys, zipfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import decode
DOCS = os.path.join(HERE, "..", "docs")
NUM = re.compile(r"[\d０-９][\d０-９,.，．]*|[零〇一二两三四五六七八九十百千万亿]+")
only = sys.argv[1] if len(sys.argv) > 1 else ""
for name in sorted(os.listdir(DOCS)):
    if not name.startswith(only):
        continue
    path = os.path.join(DOCS, name)
    lines = decode.lines_for(path)
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
    if name.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            doc = z.read("word/document.xml").decode("utf-8")
            print("  -- not decoded: delText", re.findall(r"<w:delText[^>]*>([^<]*)<", doc),
                  "| footnote marks", re.findall(r'footnoteReference w:id="(\d+)"', doc))
            for part in ("word/header1.xml", "word/footer1.xml", "docProps/app.xml", "docProps/core.xml"):
                print("    ", part, re.findall(r">([^<]*\d[^<]*)<", z.read(part).decode("utf-8")))
    if name.endswith(".json"):
        for it in json.load(open(path, encoding="ascii"))["items"]:
            utc = datetime.datetime.fromisoformat(it["published_at"]).astimezone(datetime.timezone.utc)
            print("    ", it["id"], it["published_at"], "-> Shanghai", decode.date_of(it["published_at"]), "| UTC", utc.date())
