"""Review aid (adapted from heldout4): per line, list the numbers that no gold quote covers (they
should all be intentionally unlabelled: dates, years, ordinals, codes, list numbers, zero cells,
thresholds, metadata, markup). Usage, from the folder that holds docs/ and gold/:
python3 src/scan.py n17_stcsm_tjgb2024"""
import json, re, sys
name = sys.argv[1]
g = json.load(open(f'gold/{name}.json', encoding='utf-8'))
lines = open('docs/' + g['document'], encoding='utf-8').read().split('\n')
quotes = [f['quote'] for f in g['facts']] + [h['quote'] for h in g['honours']]
for l in lines:
    cov = [q for q in quotes if q in l]
    miss = []
    for m in re.finditer(r'\d[\d,.]*\d|\d|[零一二两三四五六七八九十百千]+', l):
        if not any(l.find(q) <= m.start() and m.end() <= l.find(q) + len(q) for q in cov):
            miss.append(m.group())
    if miss:
        print(miss, '|', l[:150])
