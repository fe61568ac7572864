"""Review aid: per line, list the numbers that no gold quote covers (they should all be
intentionally unlabelled: dates, years, ordinals, codes, list numbers, page noise, thresholds).
Usage, from the folder that holds docs/ and gold/: python3 src/scan.py n05_jingan_kw_js2024"""
import json,re,sys
name=sys.argv[1]
g=json.load(open(f'gold/{name}.json'))
raw=open('docs/'+g['document']).read()
if g['kind']=='article-feed':
    lines=[]
    for a in json.loads(raw): lines += [a['标题title']]+re.split(r'\r',a['finalContent'])
else: lines=raw.split('\n')
quotes=[f['quote'] for f in g['facts']]+[h['quote'] for h in g['honours']]
for l in lines:
    nums=re.findall(r'[\d,.]*\d|[零一二两三四五六七八九十百千万亿]+',l)
    if not nums: continue
    cov=[q for q in quotes if q in l]
    # find number tokens not inside any covering quote
    miss=[]
    for m in re.finditer(r'\d[\d,.]*\d|\d|[零一二两三四五六七八九十百千]+',l):
        if not any(q in l and l.find(q)<=m.start() and m.end()<=l.find(q)+len(q) for q in cov):
            miss.append(m.group())
    if miss: print(miss,'|',l[:150])
