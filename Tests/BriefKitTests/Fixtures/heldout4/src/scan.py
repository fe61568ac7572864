"""Review aid (adapted from heldout3): per line, list the numbers that no gold quote covers (they
should all be intentionally unlabelled: dates, years, ordinals, codes, list numbers, metadata,
thresholds, markup). Usage, from the folder that holds docs/ and gold/:
python3 src/scan.py n13_sstir_jxzp2024   (n15: per article, title + content paragraphs + metadata
fields; n16: the source decoded from GB18030)."""
import json, re, sys
name = sys.argv[1]
g = json.load(open(f'gold/{name}.json', encoding='utf-8'))
data = open('docs/' + g['document'], 'rb').read()
raw = data.decode('gb18030') if g['document'].endswith('.html') else data.decode('utf-8')
if g['document'].endswith('.json'):
    lines = []
    for a in json.loads(raw):
        lines += [f"[{a['id']}] {k}: {a[k]}" for k in a if k not in ('content', 'title')]
        lines += [a['title']] + a['content'].split('\n')
else:
    lines = raw.split('\n')
quotes = [f['quote'] for f in g['facts']] + [h['quote'] for h in g['honours']]
for l in lines:
    cov = [q for q in quotes if q in l]
    miss = []
    for m in re.finditer(r'\d[\d,.]*\d|\d|[零一二两三四五六七八九十百千]+', l):
        if not any(l.find(q) <= m.start() and m.end() <= l.find(q) + len(q) for q in cov):
            miss.append(m.group())
    if miss:
        print(miss, '|', l[:150])
