"""Prints every number in the decoded text that no quote covers (each must be a trap listed in the README).
`python3 src/scan.py [n51|n52|n53|n54]`. For n52 it also prints the numbers in the parts that are not decoded
(<head>, <script>); for n54 each `pubDate` with its Shanghai and UTC dates and the channel metadata."""
import datetime, email.utils, json, os, re, sys
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
    if name.endswith(".html"):
        raw = open(path, encoding="utf-8").read()
        head = raw[: raw.index("<body>")]
        print("  -- not decoded (<head>/<script>):", re.findall(r"\d[\d,.]*", head))
    if name.endswith(".json"):
        ch = json.load(open(path, encoding="utf-8"))["rss"]["channel"]
        print("  -- channel (metadata):", ch["title"], "|", ch["lastBuildDate"])
        for it in ch["item"]:
            dt = email.utils.parsedate_to_datetime(it["pubDate"])
            print("    ", it["guid"], it["pubDate"], "-> Shanghai", decode.date_of(it["pubDate"]), "| UTC",
                  dt.astimezone(datetime.timezone.utc).date(), "| link", it["link"])
