#!/usr/bin/env python3
"""Checks the n143–n146 labels against the documents. Prints OK when all checks pass.

Lines: .txt/.html: the raw UTF-8 file split on "\\n" (no HTML parsing, no entity decoding). .json feed: per article its
标题title and each "\\n"-separated paragraph of its decoded finalContent, markup kept (<p>, <strong>, <br>, <img> are part of
the line; <br> does not split it). .docx: word/document.xml, one line per body <w:p> (its <w:t> texts joined), one line
per table row <w:tr> (its cells' texts joined with TAB)."""
import json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata, zipfile
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n143_yangpu_kx_gzh_feed2024.json", "n144_sheitc_zjtx_gs2025.html", "n145_minhang_jszy_ndbg2023.txt",
         "n146_jinshan_kw_gzzj2017.docx"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# ※ the lines key facts must be quoted from (feed: per article, the first finalContent paragraph)
KEY_LINES = {"n144": lambda ls: [l for l in ls if l.startswith("<p>根据") or l.startswith("<p>本批次共受理") or l.startswith("<p>本批次公示")],
             "n145": lambda ls: [l for l in ls if l.startswith("2023年,中心围绕") or l.startswith("3.中心通过ISO")],
             "n146": lambda ls: [l for l in ls if l.startswith("2017年，全区新认定")]}
errors = []
err = errors.append


def near(a, b, tol=1e-6):
    return abs(a - b) <= tol * max(1, abs(a), abs(b))


def r1(x):
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def pct(a, b):
    return r1(a / b * 100)


def grow(new, old):
    return pct(new - old, old)


def numbers_in(q):
    q = unicodedata.normalize("NFKC", q)
    return [float(m.replace(",", "")) for m in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", q)]


def fold(v, m):
    for p, k in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if m.startswith(p):
            return v * k
    return v


def docx_lines(path):
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    text = lambda el: "".join(t.text or "" for t in el.iter(WNS + "t"))
    out = []
    for el in root.find(WNS + "body"):
        if el.tag == WNS + "p":
            out.append(text(el))
        elif el.tag == WNS + "tbl":
            for tr in el.iter(WNS + "tr"):
                out.append("\t".join(text(tc) for tc in tr.iter(WNS + "tc")))
    return out


def read(name):
    """(text validate.py is given, all lines, {aid: (article, lines)} for the feed)."""
    path = os.path.join(DOCS, name)
    if name.endswith(".docx"):
        ls = docx_lines(path)
        return "\n".join(ls) + "\n", ls, None
    raw_b = open(path, "rb").read()
    if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(b"\n"): err(f"{name}: UTF-8, LF, no BOM")
    raw = raw_b.decode("utf-8")
    if name.endswith(".json"):
        arts = {a["文章标识符aid"]: (a, [a["标题title"]] + a["finalContent"].split("\n")) for a in json.loads(raw)}
        return raw, [l for _, ls in arts.values() for l in ls], arts
    return raw, raw.split("\n")[:-1], None


def check_gold(name, g, lines, raw, arts):
    tag0, feed = name[:4], arts is not None
    if list(g) != TOP or g["document"] != name: err(f"{name}: top level")
    if g["kind"] not in KINDS or (g["kind"] == "article-feed") != feed: err(f"{name}: kind")
    if g["published"] is not None:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a}")
    ry = g["year"]
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f['subject']})"
        if list(f) != FF + (["article", "date"] if feed else []): err(f"{tag}: fields")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)): err(f"{tag}: types")
        if f["role"] in ("target", "baseline") and f["key"]: err(f"{tag}: key {f['role']}")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change not growth")
        if f["role"] == "budget": err(f"{tag}: budget")
        if feed:
            a, ls = arts.get(f["article"], (None, []))
            if a is None or f["date"] != a["时间time"]: err(f"{tag}: article/date"); continue
            py = int(a["时间time"][:4])
            want = py + 1 if f["role"] == "target" else py
            if f["role"] == "baseline" or f["year"] != want: err(f"{tag}: year {f['year']}")
            if f["role"] == "target" and a["时间time"][5:7] != "12": err(f"{tag}: target outside the year-end review")
            if "<" in f["quote"] or ">" in f["quote"]: err(f"{tag}: markup in feed quote")
        else:
            ls = lines
            if f["role"] == "target" and f["year"] <= ry: err(f"{tag}: target year")
            if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline year")
            if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: year {f['year']}")
        q = f["quote"]
        if "\n" in q or not any(q in l for l in ls): err(f"{tag}: quote not on one line: {q!r}")
        if not any(near(f["value"], n) for n in numbers_in(q)): err(f"{tag}: value not in quote")
        if f["measure"] and f["measure"] != "%" and "\t" not in q and f["measure"] not in q: err(f"{tag}: measure not in quote")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q)): err(f"{tag}: markup in quote")
        if f["key"]:
            kl = [arts[f["article"]][1][1]] if feed else KEY_LINES[tag0](lines)
            if not any(q in l for l in kl): err(f"{tag}: key fact outside the key paragraph")
            if "\t" in q: err(f"{tag}: table copy is key")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF + (["article", "date"] if feed else []): err(f"{tag}: fields")
        if h["level"] not in LEVELS or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        if h["quote"] not in raw or h["title"] not in h["quote"]: err(f"{tag}: quote/title")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer")
        if h["recipient"] not in raw and h["recipient"] != g["unit"]: err(f"{tag}: recipient")
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"], f["role"] == "target"), set()).add(round(fold(f["value"], f["measure"]), 6))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 20 <= n <= 45: err(f"{name}: {n} facts")
    if not 4 <= kc <= 10: err(f"{name}: {kc} key facts")
    ks = [(f["subject"], f["year"], f["value"]) for f in g["facts"] if f["key"]]
    if len(ks) != len(set(ks)): err(f"{name}: key twice")


def arith(name, g, lines, raw, arts):
    def v(s, y=None, role=None, qual=None):
        y = g["year"] if y is None else y
        fs = [f for f in g["facts"] if f["subject"] == s and f["year"] == y and (role is None or f["role"] == role)
              and (qual is None or f["qualifier"] == qual)]
        if not fs: err(f"{name}: no fact {s} {y} {role}"); return float("nan")
        return fs[0]["value"]
    qs = [f["quote"] for f in g["facts"]]
    if name.startswith("n143"):
        Y = lambda s, r=None: v(s, 2024, r)
        base = lambda new, rate: any(grow(new, k) == rate for k in range(1, int(new)))
        contents = [a["finalContent"] for a, _ in arts.values()]
        ok = [len(arts) == 4, all(a["时间time"].startswith("2024-") for a, _ in arts.values()),
              list(json.loads(raw)[0]) == ["文章标识符aid", "标题title", "作者author", "时间time", "finalContent"],
              all(c.count("<strong>") >= 1 and "<img src=" in c for c in contents), sum(c.count("<br>") for c in contents) >= 3,
              all(l.startswith("<p>") and l.endswith("</p>") for c in contents for l in c.split("\n")),
              base(Y("走访慰问一线科技工作者"), Y("走访慰问一线科技工作者同比增长")),                          # 8.7
              grow(Y("青少年科技创新大赛参赛作品"), Y("青少年科技创新大赛参赛作品") - Y("青少年科技创新大赛参赛作品比上届增加"))
              == Y("青少年科技创新大赛参赛作品比上届增长"),                                                 # 10.9
              Y("青少年科技创新大赛一等奖") + Y("青少年科技创新大赛二等奖") + Y("青少年科技创新大赛三等奖") == Y("青少年科技创新大赛获奖作品"),
              pct(Y("青少年科技创新大赛获奖作品"), Y("青少年科技创新大赛参赛作品")) == Y("青少年科技创新大赛获奖率"),  # 16.8
              Y("代表杨浦区参加市级大赛作品") <= Y("青少年科技创新大赛获奖作品"),
              Y("新建社区科普e站") <= Y("社区科普e站"), Y("线上科普直播") <= Y("科普进社区活动") <= Y("科普活动"),
              Y("科普进社区活动居民参与") <= Y("科普活动服务公众"), Y("新增基层科协组织") <= Y("基层科协组织"),
              base(Y("科普活动"), Y("科普活动同比增长")),                                                  # 6.9
              v("科普活动", 2025, "target") > Y("科普活动"), v("公民具备科学素质比例", 2025, "target") > Y("公民具备科学素质比例"),
              not any("2024" in q or "640" in q or "39" in q for q in qs),                                 # dates, img src, 第39届
              sum(f["key"] for f in g["facts"] if f["article"] == "2247490102_1") == 3,
              all(any(f["key"] for f in g["facts"] if f["article"] == aid) for aid in arts),
              "<strong>走访慰问一线科技工作者326名</strong>" in arts["2247489301_1"][0]["finalContent"],
              sorted(h["level"] for h in g["honours"]) == ["district", "municipal"]]
    elif name.startswith("n144"):
        rows = [re.fullmatch(r"<tr><td>(\d+)</td><td>(.+)</td><td>(.+)</td></tr>", l) for l in lines if l.startswith("<tr><td>")]
        rows = [m.groups() for m in rows if m]
        S = "拟认定专精特新中小企业"
        dists = ["浦东新区", "闵行区", "嘉定区", "松江区", "宝山区", "杨浦区"]
        ok = [[int(r[0]) for r in rows] == list(range(1, 29)), len(rows) == v(S),
              all(sum(r[2] == d for r in rows) == v(d + S) for d in dists), sum(v(d + S) for d in dists) == v(S),
              sum(bool(re.search(r"\d|[一二三四五六七八九十百千]", r[1])) for r in rows) >= 10,     # firm names with numerals
              pct(v(S), v("专精特新中小企业受理申报企业")) == v("专精特新中小企业评审通过率"),                # 68.3
              pct(v("制造业" + S), v(S)) == v("制造业" + S + "占比"),                                         # 78.6
              sum(v(x + "领域" + S) for x in ("电子信息", "高端装备", "生物医药", "新材料")) == v(S),
              v("前三批已认定专精特新中小企业") + v(S) == v("累计认定专精特新中小企业"),                        # 1,846
              v("列入小巨人培育库" + S) <= v(S),
              not any(q in r[1] for q in qs for r in rows), not any("<td>" in q for q in qs),
              "&nbsp;" in raw and "&gt;" in raw and "021-23112345" in raw, len(g["honours"]) == 1,
              40 <= len(lines) <= 60]
    elif name.startswith("n145"):
        ok = [not any(c in raw for c in "，：；（）。"), "R&D" in raw and "IP(" in raw and "TTO" in raw,
              grow(v("服务企业", 2023, "actual"), v("服务企业", 2022)) == v("服务企业同比增长"),                      # 12.5
              grow(v("技术合同成交额", 2023, "actual"), v("技术合同成交额", 2022)) == v("技术合同成交额同比增长"),      # 18.3
              pct(v("新增入库高校院所成果"), v("新增入库科技成果")) == v("高校院所成果占新增入库科技成果比重"),            # 60.0
              pct(v("匹配解决企业技术需求"), v("梳理企业技术需求")) == v("企业技术需求解决率"),                          # 65.6
              v("新取得技术经纪人证书") <= v("持证技术经纪人"), v("新增合作高校院所") <= v("合作高校院所"),
              v("知识产权质押融资服务企业") <= v("服务企业", 2023, "actual"),
              all(v(s, 2024, "target") > v(s, 2023, "actual") for s in ("服务企业", "技术合同成交额", "技术对接活动", "培训技术经理人")),
              not any("9001" in q or "G60" in q for q in qs), len(g["honours"]) == 2]
    else:  # n146
        rows = {l.split("\t")[0]: [float(x.replace(",", "")) for x in l.split("\t")[1:]] for l in lines if "\t" in l and not l.startswith("指标")}
        hdr = [l for l in lines if l.startswith("指标\t")]
        P = lambda s: v(s, 2017, "actual")
        ok = [hdr == ["指标\t2016年\t2017年"], len(rows) == 5,
              rows["高新技术企业（家）"] == [v("高新技术企业", 2016), P("高新技术企业")],
              P("高新技术企业") - v("高新技术企业", 2016) == v("高新技术企业比2016年增加"),                           # 46
              grow(P("专利授权量"), v("专利授权量", 2016)) == v("专利授权量同比增长"),                              # 17.3
              grow(P("技术合同成交额"), v("技术合同成交额", 2016)) == v("技术合同成交额同比增长"),                  # 21.4
              v("科技小巨人（含培育）企业", 2016) + v("新增科技小巨人（含培育）企业") == P("科技小巨人（含培育）企业"),  # 28 + 6
              P("新培育科技型中小企业") - v("新培育科技型中小企业", 2016) == v("新培育科技型中小企业比2016年增加"),  # 47
              P("专利授权量") < P("专利申请量"), v("新认定区级以上众创空间") <= v("区级以上众创空间"),
              v("新认定高新技术企业", 2018, "target") > P("新认定高新技术企业"),
              v("专利授权量", 2018, "target") > P("专利授权量"), v("技术合同成交额", 2018, "target") > P("技术合同成交额"),
              round(v("全社会研发经费支出占GDP比重", 2018, "target") - P("全社会研发经费支出占GDP比重"), 2) == 0.1,
              sum("\t" in f["quote"] for f in g["facts"]) == 10,
              sorted({f["year"] for f in g["facts"] if "\t" in f["quote"]}) == [2016, 2017],
              not any("第二十届" in q or "第二工业区" in q or "一区一策" in q for q in qs),
              zipfile.ZipFile(os.path.join(DOCS, name)).testzip() is None]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    """The shared validate.py on all four documents; ※ it reads files as UTF-8 text, so the .docx is handed to it as
    its extracted lines (the same lines check.py quotes from) under the .docx file name."""
    val = "/work/shared/gold/validate.py"
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            if n.endswith(".docx"):
                open(os.path.join(tmp, "d", n), "w", encoding="utf-8").write(read(n)[0])
            else:
                shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", val, os.path.join(tmp, "d"), os.path.join(tmp, "g")], capture_output=True, text=True)
        if r.returncode != 0 or not r.stdout.rstrip().endswith("OK"): err("shared validate.py did not print OK")
        for l in (r.stdout + r.stderr).splitlines():
            if l.startswith("ERROR") or "Traceback" in l: err("shared validate.py: " + l)


def main():
    for name in NAMES:
        raw, lines, arts = read(name)
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw, arts)
        arith(name, g, lines, raw, arts)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {len(lines)} lines")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
