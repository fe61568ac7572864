#!/usr/bin/env python3
"""Checks the n127–n130 labels against the documents. Prints OK when all checks pass.

Every document is read as raw UTF-8 text split on "\\n" (no HTML parsing, no Markdown rendering, no entity decoding):
a quote must be a substring of one such raw line. The n128 feed is read per article: its 标题title and each
"\\n"-separated paragraph of its decoded finalContent."""
import json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n127_baoshan_tzcj_yb2025_10.txt", "n128_sheitc_gzh_feed2025.json", "n129_jingan_jd_gzzj2025.md",
         "n130_shsj_sjzg_bg2025.html"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
FEED_EXTRA = ["article", "date"]
CELL = "</td><td>"   # n130's HTML table quotes keep the markup between cells (heldout23's n89 convention)
# ※ the lines key facts must be quoted from (n128: per article, the first paragraph after 点击蓝字关注我们)
KEY_LINES = {"n127": lambda ls: [l for l in ls if l.startswith("1—10月，全区招商引资工作")],
             "n129": lambda ls: [l for l in ls if l.startswith("2025年，街道坚持")],
             "n130": lambda ls: [l for l in ls if l.startswith("<p>截至2025年10月底，312个问题中")]}
SAME_YEAR_TARGETS = {"n127", "n129"}         # ※ 全年目标 / 年度目标 quoted in a report of that same year
# ※ n130: the findings of the audit of 2024's budget execution take 2024; the rectification takes 2025
FOUND_2024 = re.compile(r"^(.*审计查出问题|审计查出问题涉及金额|审计移送问题线索)$")
errors = []
err = errors.append


def near(a, b, tol=1e-6):
    return abs(a - b) <= tol * max(1, abs(a), abs(b))


def r1(x):  # round half up to one decimal, as the documents do
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def pct(a, b):
    return r1(a / b * 100)


def grow(new, old):
    return pct(new - old, old)


CD = dict(zip("零一二两三四五六七八九", [0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9]))
CU = {"十": 10, "百": 100, "千": 1000}


def cn(s):
    total, sect, d = 0, 0, None
    for ch in s:
        if ch in CD:
            d = CD[ch]
        elif ch in CU:
            sect += (1 if d is None else d) * CU[ch]
            d = None
        elif ch in "万亿":
            total += (sect + (d or 0) or 1) * (10000 if ch == "万" else 10 ** 8)
            sect, d = 0, None
    return total + sect + (d or 0)


def numbers_in(q):
    q = unicodedata.normalize("NFKC", q)
    out = [float(m.replace(",", "").replace(" ", "")) for m in re.findall(r"-?\d{1,3}(?:, ?\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?", q)]
    out += [cn(m) for m in re.findall(r"[零一二两三四五六七八九十百千万亿]+", q)]
    return out


def value_in_quote(v, measure, q):
    scale = 1e4 if measure.startswith("万") else 1e8 if measure.startswith("亿") else 1
    return any(near(v, n) or near(v * scale, n) for n in numbers_in(q))


def fold(v, m):
    for p, k in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if m.startswith(p):
            return v * k
    return v


def ffold(f):
    return round(fold(f["value"], f["measure"]), 6)


def read(name):
    """(raw text, all lines, {aid: (article, lines)} for the feed)."""
    raw_b = open(os.path.join(DOCS, name), "rb").read()
    if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(b"\n"): err(f"{name}: UTF-8, LF, no BOM")
    raw = raw_b.decode("utf-8")
    if "\t" in raw: err(f"{name}: TAB in the text")
    if name.endswith(".json"):
        arts = {}
        for a in json.loads(raw):
            arts[a["文章标识符aid"]] = (a, [a["标题title"]] + a["finalContent"].split("\n"))
        return raw, [l for _, ls in arts.values() for l in ls], arts
    return raw, raw.split("\n")[:-1], None


def check_gold(name, g, lines, raw, arts):
    tag0 = name[:4]
    feed = arts is not None
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g["document"] != name: err(f"{name}: document field")
    if g["kind"] not in KINDS or (g["kind"] == "article-feed") != feed: err(f"{name}: kind")
    if feed and (g["year"] is not None or g["published"] is not None): err(f"{name}: a feed has year and published null")
    if g["published"] is not None:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a} not in text")
    ry = g["year"]
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != FF + (FEED_EXTRA if feed else []): err(f"{tag}: fields {list(f)}")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            err(f"{tag}: year/value type")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str): err(f"{tag}: key/measure type")
        if f["role"] in ("target", "baseline") and f["key"]: err(f"{tag}: a {f['role']} is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        if f["role"] == "budget": err(f"{tag}: no budget role in this batch")
        if feed:
            a, ls = arts.get(f["article"], (None, []))
            if a is None or f["date"] != a["时间time"]: err(f"{tag}: article/date")
            else:
                pub = int(a["时间time"][:4])
                review = a["时间time"][5:7] == "01"             # ※ January articles look back on the year before
                ay = pub - 1 if review else pub
                if f["role"] in ("actual", "change", "share") and f["year"] != ay: err(f"{tag}: {f['role']} of {f['year']}")
                if f["role"] == "target" and f["year"] != ay + 1: err(f"{tag}: target of {f['year']}")
                if f["role"] == "baseline": err(f"{tag}: no baseline in the feed")
        else:
            ls = lines
            if f["role"] == "target" and (f["year"] < ry or (f["year"] == ry and tag0 not in SAME_YEAR_TARGETS)):
                err(f"{tag}: target not after the report year")
            if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline not before the report year")
            if f["role"] in ("actual", "change", "share"):
                want = 2024 if tag0 == "n130" and FOUND_2024.match(f["subject"]) else ry
                if f["year"] != want: err(f"{tag}: {f['role']} of {f['year']}, expected {want}")
        q = f["quote"]
        if any(c in q for c in "\n\r"): err(f"{tag}: quote spans lines")
        if not any(q in l for l in ls): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        if f["measure"] and f["measure"] != "%" and CELL not in q and f["measure"] not in q:
            err(f"{tag}: measure {f['measure']} not in quote")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q.replace(CELL, ""))): err(f"{tag}: markup in quote")
        if name.endswith(".md") and (q.startswith("|") or q.startswith("#") or q.startswith("- ") or q.startswith("**")
                                     or "**" in q or re.match(r"\s*\d+\. ", q)): err(f"{tag}: Markdown syntax in quote")
        if f["key"]:
            kl = [arts[f["article"]][1][2]] if feed else KEY_LINES[tag0](lines)
            if not any(q in l for l in kl): err(f"{tag}: key fact not in the key paragraph")
            if not feed and f["year"] != ry: err(f"{tag}: key fact of {f['year']}")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF + (FEED_EXTRA if feed else []): err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        ls = arts[h["article"]][1] if feed else lines
        if feed and h["date"] != arts[h["article"]][0]["时间time"]: err(f"{tag}: date")
        if not any(h["quote"] in l for l in ls): err(f"{tag}: quote not on one line")
        if h["quote"] not in raw: err(f"{tag}: quote not in the raw file (validate.py reads it there)")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer not in text")
        r = h["recipient"]
        if r not in raw and r != g["unit"]: err(f"{tag}: recipient not in text")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["qualifier"], f["role"], f["quote"])
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)
    vals = {}
    for f in g["facts"]:  # ※ role is part of the key: a same-year target may share its actual's subject (n127, n129)
        vals.setdefault((f["subject"], f["year"], f["qualifier"], f["role"] == "target"), set()).add(ffold(f))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 25 <= n <= 50: err(f"{name}: {n} facts")
    if not 4 <= kc <= 9: err(f"{name}: {kc} key facts")
    ks = [(f["subject"], f["year"], f["value"]) for f in g["facts"] if f["key"]]
    if len(ks) != len(set(ks)): err(f"{name}: a key fact is labelled key twice")


def fv(g, subject, year=None, role=None, qual=None):
    year = g["year"] if year is None else year
    fs = [f for f in g["facts"] if f["subject"] == subject and f["year"] == year
          and (role is None or f["role"] == role) and (qual is None or f["qualifier"] == qual)]
    if not fs:
        err(f"{g['document']}: no fact {subject} {year} {role} {qual}")
        return float("nan")
    if len({ffold(f) for f in fs}) > 1:
        err(f"{g['document']}: {subject} {year} {role} {qual} is ambiguous")
    return fs[0]["value"]


def html_rows(lines):
    rows = {}
    for l in lines:
        m = re.fullmatch(r"<tr><td>(.*)</td></tr>", l)
        if m:
            c = m.group(1).split(CELL)
            rows[c[0]] = [float(x) for x in c[1:]]
    return rows


def table_quotes(name, g, lines):
    """A table quote starts exactly one row (after `<tr><td>`), from its label cell, ends on a cell boundary, and its
    last cell is the fact's value; no table copy is key."""
    n = 0
    for f in g["facts"]:
        q = f["quote"]
        if CELL not in q:
            continue
        n += 1
        full = [l for l in lines if l.startswith("<tr><td>" + q)]
        if len(full) != 1: err(f"{name}: table quote {q!r} is not the start of exactly one row")
        elif not full[0][len("<tr><td>" + q):].startswith("</td>"): err(f"{name}: table quote {q!r} cuts a cell")
        if not near(float(q.split(CELL)[-1]), f["value"]): err(f"{name}: table quote {q!r} ends in another value")
        if f["key"]: err(f"{name}: table copy {q!r} is key")
    return n


def arith(name, g, lines, raw, arts):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    nt = table_quotes(name, g, lines)
    ok = []
    qs = [f["quote"] for f in g["facts"]]
    if name.startswith("n127"):
        T = lambda s, q="exact": v(s, 2025, "target", q)
        pages = [l for l in lines if re.fullmatch(r"- \d+ -", l)]
        ok = [nt == 0, not any(c in raw for c in "<>|"), lines[4] == "2025年1—10月招商引资工作情况",
              pages == [f"- {i} -" for i in range(1, 5)], lines[-1] == "- 4 -",
              "下一步工作" in raw and "10月当月" in raw and "全市第3" in raw,
              not any("第3" in q or "前移" in q or "前三" in q for q in qs),                       # the rankings are traps
              grow(v("新引进企业", 2025, "actual"), v("新引进企业", 2024)) == v("新引进企业同比增长"),   # 11.2
              pct(v("合同外资", 2025, "actual"), T("合同外资")) == v("合同外资完成全年目标比例"),           # 83.6
              pct(v("实到外资", 2025, "actual"), T("实到外资")) == v("实到外资完成全年目标比例"),           # 83.4
              pct(v("新引进亿元以上产业项目", 2025, "actual"), T("新引进亿元以上产业项目")) == v("新引进亿元以上产业项目完成全年目标比例"),
              round(v("合同外资完成全年目标比例") - v("实到外资完成全年目标比例"), 1) == v("实到外资完成进度低于合同外资"),  # 0.2
              any(grow(v("合同外资", 2025, "actual"), k / 100) == v("合同外资同比增长") for k in range(1200, 1505)),
              any(grow(v("新增内资注册资本"), k / 10) == v("新增内资注册资本同比增长") for k in range(4000, 6124)),
              any(grow(v("10月当月新引进企业"), k) == v("10月当月新引进企业环比增长") for k in range(300, 512)),
              any(grow(v("新引进企业贡献区级税收"), k / 100) == v("新引进企业贡献区级税收同比增长") for k in range(500, 986)),
              v("10月当月新引进企业") < v("新引进企业", 2025, "actual") and v("10月当月合同外资") < v("合同外资", 2025, "actual")
              and v("10月当月实到外资") < v("实到外资", 2025, "actual")
              and v("10月当月新签约亿元以上产业项目") < v("新引进亿元以上产业项目", 2025, "actual")
              and v("10月当月新签约亿元以上产业项目总投资") < v("新引进亿元以上产业项目计划总投资"),
              pct(v("新引进外资企业"), v("新引进企业", 2025, "actual")) == v("新引进外资企业占新引进企业比重"),   # 6.5
              v("新引进注册资本1亿元以上企业") < v("新引进企业", 2025, "actual"),
              v("新认定跨国公司地区总部") <= v("跨国公司地区总部"),
              v("新引进先进制造业亿元以上产业项目") + v("新引进现代服务业亿元以上产业项目") + v("新引进数字经济亿元以上产业项目")
              == v("新引进亿元以上产业项目", 2025, "actual"),                                                 # 38+31+17
              v("新引进10亿元以上产业项目") < v("新引进亿元以上产业项目", 2025, "actual"),
              pct(v("新引进亿元以上产业项目已落地"), v("新引进亿元以上产业项目", 2025, "actual")) == v("新引进亿元以上产业项目落地率", 2025, "share"),
              v("新引进亿元以上产业项目", 2025, "actual") - v("新引进亿元以上产业项目已落地") == v("已签约未落地亿元以上产业项目"),  # 24
              pct(v("企业诉求办结"), v("受理企业诉求")) == v("企业诉求办结率"),                                 # 97.6
              T("新引进企业", "over") > v("新引进企业", 2025, "actual"),
              T("新引进亿元以上产业项目落地率", "over") > v("新引进亿元以上产业项目落地率", 2025, "share"),
              all(f["year"] == 2025 for f in g["facts"] if f["role"] != "baseline"),
              [f["year"] for f in g["facts"] if f["role"] == "baseline"] == [2024],
              lines[8].startswith("10月当月，"),
              all(f["subject"].startswith("10月当月") == (f["quote"] in lines[8]) for f in g["facts"]),   # ※ 当月 prefix
              not g["honours"]]
    elif name.startswith("n128"):
        A = list(arts.values())
        art = lambda i, s, y, r=None, q=None: fv({"document": name, "year": y,
                                                  "facts": [f for f in g["facts"] if f["article"] == A[i][0]["文章标识符aid"]]}, s, y, r, q)
        times = [a["时间time"] for a, _ in A]
        boiler = ["点击蓝字关注我们", "阅读原文", "往期推荐"]
        ok = [nt == 0, len(A) == 5, times == sorted(times), times[0][:7] == "2025-01", times[-1][:7] == "2026-01",
              all(list(a) == ["文章标识符aid", "标题title", "作者author", "时间time", "finalContent"] for a, _ in A),
              all(ls[1] == "点击蓝字关注我们" and ls[-1] == "阅读原文" and "往期推荐" in ls
                  and ls.index("往期推荐") < len(ls) - 2 and any(l.startswith("▲") for l in ls)
                  and any(l.startswith("图片来源：") for l in ls) and any(re.fullmatch(r"编辑：\S+ 审核：\S+", l) for l in ls)
                  for _, ls in A),
              # no fact or honour is quoted from boilerplate, a ▲ caption or a 往期推荐 title
              all(not any(x["quote"] in l for l in ls[ls.index("往期推荐"):] + [l for l in ls if l.startswith("▲")] + ls[:1])
                  for x in g["facts"] + g["honours"] for a, ls in [arts[x["article"]]]),
              all(re.search(r"\d", " ".join(ls[ls.index("往期推荐") + 1:-1])) for _, ls in A),   # numbers in 往期推荐 titles
              sum(len(ls) for _, ls in A) <= 60 and sum(len(ls) - 1 for _, ls in A) >= 30,
              # A (2025-01) reviews 2024; E (2026-01) reviews 2025
              art(0, "新增国家级专精特新“小巨人”企业", 2024) < art(0, "国家级专精特新“小巨人”企业", 2024),
              art(0, "新建5G基站", 2024) < art(0, "5G基站", 2024),
              pct(art(1, "一季度工业战略性新兴产业产值", 2025), art(1, "一季度规模以上工业总产值", 2025))
              == art(1, "一季度工业战略性新兴产业产值占规模以上工业总产值比重", 2025),                         # 43.0
              art(2, "新认定专精特新中小企业", 2025) + art(2, "复核通过专精特新中小企业", 2025)
              == art(2, "上海市专精特新中小企业名单入选企业", 2025),                                          # 1,204+642
              art(2, "浦东新区入选专精特新中小企业", 2025) > art(2, "闵行区入选专精特新中小企业", 2025)
              > art(2, "嘉定区入选专精特新中小企业", 2025),
              art(2, "浦东新区入选专精特新中小企业", 2025) + art(2, "闵行区入选专精特新中小企业", 2025)
              + art(2, "嘉定区入选专精特新中小企业", 2025) < art(2, "上海市专精特新中小企业名单入选企业", 2025),
              pct(art(2, "三大先导产业入选专精特新中小企业", 2025), art(2, "上海市专精特新中小企业名单入选企业", 2025))
              == art(2, "三大先导产业企业占入选专精特新中小企业比重", 2025),                                 # 33.2
              fold(art(2, "有效期内专精特新中小企业", 2025), "万家") > art(2, "上海市专精特新中小企业名单入选企业", 2025),
              # 前三季度 3.8 − 0.4 = 上半年 3.4 (the 往期推荐 title, unlabelled)
              "上半年全市规上工业总产值增长" + str(round(art(3, "前三季度规模以上工业总产值同比增长", 2025)
                                             - art(3, "前三季度规模以上工业总产值增速比上半年提高", 2025), 1)) + "%" in A[3][1],
              art(1, "一季度规模以上工业总产值", 2025) < art(3, "前三季度规模以上工业总产值", 2025)
              < art(4, "规模以上工业总产值", 2025),
              grow(art(4, "规模以上工业总产值", 2025), art(0, "规模以上工业总产值", 2024))
              == art(4, "规模以上工业总产值同比增长", 2025, "change"),                                         # 4.1 across articles
              art(0, "国家级专精特新“小巨人”企业", 2024) + art(4, "新增国家级专精特新“小巨人”企业", 2025)
              == art(4, "国家级专精特新“小巨人”企业", 2025),                                                  # 795+118
              near(art(0, "5G基站", 2024) + art(4, "新建5G基站", 2025), art(4, "5G基站", 2025)),              # 9.6+1.1
              art(4, "新认定专精特新中小企业", 2025) == art(2, "新认定专精特新中小企业", 2025)
              >= art(0, "新认定专精特新中小企业", 2025, "target", "over"),
              art(4, "工业投资同比增长", 2025) >= art(0, "工业投资同比增长", 2025, "target", "over"),
              art(4, "三大先导产业规模", 2025) > art(0, "三大先导产业规模", 2024),
              not any(f["year"] == 2026 and f["role"] != "target" for f in g["facts"]),                      # E's figures are 2025
              {f["year"] for f in g["facts"] if f["article"] == A[4][0]["文章标识符aid"] and f["role"] != "target"} == {2025},
              sum(f["key"] for f in g["facts"] if f["article"] == A[0][0]["文章标识符aid"]) == 2,
              all(sum(f["key"] for f in g["facts"] if f["article"] == a["文章标识符aid"]) >= 1 for a, _ in A),
              sorted(h["level"] for h in g["honours"]) == ["municipal", "national"],
              all(h["year"] == 2025 for h in g["honours"]),
              all(f["category"] == "honour" for f in g["facts"] if "专精特新" in f["subject"] and f["role"] != "share"
                  and not f["subject"].startswith("入选专精特新中小企业平均"))]
    elif name.startswith("n129"):
        ok = [nt == 0, "<" not in raw, lines[0].startswith("# ") and lines[0].endswith("2025年工作总结和2026年工作打算"),
              [l for l in lines if l.startswith("## ")] == ["## 一、2025年工作总结", "## 二、2026年工作打算"],
              [l[4:] for l in lines if l.startswith("### ")] == ["（一）民生保障", "（二）城市更新", "（三）社会治理", "（四）荣誉"],
              sum(bool(re.match(r"\d\. \*\*[^*]+。\*\* ", l)) for l in lines) == 10,               # 1. **bold lead-in。**
              sum(bool(re.match(r"   \d\. ", l)) for l in lines) == 2,                              # nested list
              "1. **民生保障。**" in raw, sum(l.startswith("- ") for l in lines) == 4,
              pct(v("新增就业岗位", 2025, "actual"), v("新增就业岗位", 2025, "target")) == v("新增就业岗位完成年度目标比例"),
              v("加装电梯", 2025, "actual") > v("加装电梯", 2025, "target"),
              v("加装电梯", 2025, "actual") <= v("加装电梯累计完工"),
              v("新增社区助餐点", 2025, "actual") <= v("社区助餐点"),
              pct(v("家庭医生签约居民"), v("辖区常住人口")) == v("家庭医生签约居民占辖区常住人口比重"),          # 48.6
              pct(v("12345市民服务热线工单", 2024) - v("12345市民服务热线工单", 2025, "actual"), v("12345市民服务热线工单", 2024))
              == v("12345市民服务热线工单同比下降"),                                                        # 6.2
              round(v("12345市民服务热线工单满意率", 2025, "actual") - v("12345市民服务热线工单满意率", 2024), 1)
              == v("12345市民服务热线工单满意率比上年提高"),                                                # 1.3
              any(grow(v("税收"), k / 100) == v("税收同比增长") for k in range(2000, 2860)),
              v("老旧小区综合改造涉及居民") > v("老旧小区综合改造涉及小区"),
              v("区级以上集体荣誉") >= len(g["honours"]) == 4,
              sorted(h["level"] for h in g["honours"]) == ["municipal", "municipal", "national", "national"],
              v("12345市民服务热线工单满意率", 2026, "target", "over") > v("12345市民服务热线工单满意率", 2025, "actual"),
              v("加装电梯", 2026, "target", "over") < v("加装电梯", 2025, "actual"),
              all(f["year"] == 2026 for f in g["facts"] if f["role"] == "target" and "目标" not in f["quote"]),
              all(f["year"] == 2025 for f in g["facts"] if f["role"] == "target" and "目标" in f["quote"]),
              [f["year"] for f in g["facts"] if f["role"] == "baseline"] == [2024, 2024],
              not any("12345" == str(f["value"]) for f in g["facts"])]                                   # 12345 is a name
    elif name.startswith("n130"):
        rows = html_rows(lines)
        cats = ["市级财政管理", "部门预算执行", "重大政策措施落实", "重点民生资金和项目", "国有资产管理"]
        hdr = [l for l in lines if l.startswith("<tr><th>")]
        col = lambda i: [rows[c][i] for c in cats]
        tf = {(f["quote"].split(CELL)[0], len(f["quote"].split(CELL)) - 1): f for f in g["facts"] if CELL in f["quote"]}
        S = "审计查出问题"
        ok = [hdr == ["<tr><th>问题类别</th><th>问题数（个）</th><th>已整改（个）</th><th>整改率（%）</th></tr>"],
              list(rows) == cats + ["合计"], nt == 18 == len(tf),
              all(near(tf[(c, i + 1)]["value"], rows[c][i]) for c in rows for i in range(3)),           # every cell = its fact
              all(tf[(c, 1)]["year"] == 2024 and tf[(c, 2)]["year"] == 2025 == tf[(c, 3)]["year"] for c in rows),  # ※ years by column
              all(tf[(c, i)]["measure"] == m for c in rows for i, m in ((1, "个"), (2, "个"), (3, "%"))),
              sum(col(0)) == rows["合计"][0] and sum(col(1)) == rows["合计"][1],
              all(pct(rows[c][1], rows[c][0]) == rows[c][2] for c in rows),                            # 整改率 per row
              rows["合计"] == [v(S, 2024), v(S + "已整改"), v(S + "整改率", 2025, "actual")],
              pct(v(S + "已整改"), v(S, 2024)) == v(S + "整改率", 2025, "actual"),                        # 91.7
              round(v(S + "整改率", 2025, "actual") - v(S + "整改率", 2024, "baseline"), 1) == v(S + "整改率比上年提高"),  # 2.3
              v(S, 2024) - v(S + "已整改") == v("尚未完全整改到位问题") == v("需分阶段整改问题") + v("需持续推进问题"),  # 26
              near(v("整改上缴财政") + v("整改盘活统筹存量资金") + v("整改归还原资金渠道") + v("整改调整有关账目"), v("整改问题金额")),
              pct(v("整改问题金额"), v("审计查出问题涉及金额", 2024)) == v("整改问题金额占问题金额比重"),             # 90.3
              v("审计移送问题线索已办结") + v("审计移送问题线索正在办理") == v("审计移送问题线索", 2024),               # 7+2
              all(v(c + S + "已整改") == rows[c][1] for c in ("部门预算执行", "重大政策措施落实", "国有资产管理")),
              v("市级财政管理修订完善预算管理制度") + v("出台和修订政策文件") <= v("制定完善制度"),
              all(f["year"] == 2024 for f in g["facts"] if FOUND_2024.match(f["subject"])),
              all(f["year"] == 2025 for f in g["facts"] if f["key"]),
              not any(f["role"] == "target" for f in g["facts"]), not g["honours"],
              "&nbsp;" in raw and "&gt;" in raw and "2026年6月底前" in raw]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    """The shared validator on all four documents (it reads them as plain text; the feed as JSON)."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        err("shared validate.py not found")
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", val, os.path.join(tmp, "d"), os.path.join(tmp, "g")],
                           capture_output=True, text=True)
        if r.returncode != 0 or not r.stdout.rstrip().endswith("OK"):
            err("shared validate.py did not print OK")
        for l in (r.stdout + r.stderr).splitlines():
            if l.startswith("ERROR") or "Traceback" in l:
                err("shared validate.py: " + l)


def main():
    for name in NAMES:
        raw, lines, arts = read(name)
        nl = len(raw.split("\n")) - 1
        if not name.endswith(".json") and not 30 <= nl <= 60: err(f"{name}: {nl} lines")
        if any(l.startswith("|") for l in raw.split("\n")): err(f"{name}: pipe table")
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw, arts)
        arith(name, g, lines, raw, arts)
        shown = len(lines)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {shown} lines")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
