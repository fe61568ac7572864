#!/usr/bin/env python3
"""Checks the n147–n150 labels against the documents. Prints OK when all checks pass.

Lines: .txt/.md/.html: the raw UTF-8 file split on "\\n" (no HTML parsing, no entity decoding, no Markdown rendering).
.json feed: per article its 标题title and each "\\n"-separated paragraph of its decoded finalContent, markup kept
(<p>, <span style=…>, <strong>, <br>, <img> are part of the line; <br> does not split it)."""
import json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n147_huangpu_kw_pptdg2025.txt", "n148_sticc_zyndbg2024.md", "n149_shrd_zfjc_kjjbtl2024.html",
         "n150_fengxian_kjg_wx2025.json"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
CJK = re.compile(r"[\u4e00-\u9fff]")


def slide(ls, head, foot):
    i, j = ls.index(head), ls.index(foot)
    return ls[i + 1:j]


# ※ the lines key facts must be quoted from (n150: per article)
KEY_LINES = {"n147": lambda ls: slide(ls, "第3页 年度概览", "3/9"),
             "n148": lambda ls: [l for l in ls if l.startswith("2024年，中心全年出具")],
             "n149": lambda ls: [l for l in ls if l.startswith("<p>条例实施以来") or l.startswith("<p>一是配套制度")],
             "n150": lambda ls: [l for l in ls if l.startswith("<p>2025年，奉贤区科技馆全年") or l.startswith("<p>📈 <strong>科普活动")]}
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


def read(name):
    """(raw text, all lines, {aid: (article, lines)} for the feed)."""
    path = os.path.join(DOCS, name)
    raw_b = open(path, "rb").read()
    if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(b"\n"): err(f"{name}: UTF-8, LF, no BOM")
    raw = raw_b.decode("utf-8")
    if name.endswith(".json"):
        arts = {a["文章标识符aid"]: (a, [a["标题title"]] + a["finalContent"].split("\n")) for a in json.loads(raw)}
        return raw, [l for _, ls in arts.values() for l in ls], arts
    return raw, raw.split("\n")[:-1], None


def feed_years(a):
    """n150: the year an article's actuals refer to (its publication year; both articles report their own year ※)."""
    return int(a["时间time"][:4])


def check_gold(name, g, lines, raw, arts):
    tag0, feed = name[:4], arts is not None
    if list(g) != TOP or g["document"] != name: err(f"{name}: top level")
    if g["kind"] not in KINDS or (g["kind"] == "article-feed") != feed: err(f"{name}: kind")
    if g["published"] is not None:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a}")
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
            ry = feed_years(a)
            if "<" in f["quote"] or ">" in f["quote"]: err(f"{tag}: markup in feed quote")
        else:
            ls, ry = lines, g["year"]
        if f["role"] == "target" and f["year"] < ry: err(f"{tag}: target year")
        if f["role"] == "target" and f["year"] == ry and not feed: err(f"{tag}: same-year target")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline year")
        if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: year {f['year']}")
        q = f["quote"]
        if "\n" in q or not any(q in l for l in ls): err(f"{tag}: quote not on one line: {q!r}")
        if not any(near(f["value"], n) for n in numbers_in(q)): err(f"{tag}: value not in quote")
        if f["measure"] and f["measure"] != "%" and "</td>" not in q and f["measure"] not in re.sub(r"(?<=[\d万亿])[余多]", "", q): err(f"{tag}: measure not in quote")
        if name.endswith(".html"):
            bare = q.replace("</td><td>", "")
            if "&" in q or re.search(r"<[^>]+>", bare): err(f"{tag}: markup in quote")
        if name.endswith(".md") and (q.startswith(("#", "- ", ">", "|")) or "**" in q): err(f"{tag}: markdown in quote")
        if name.endswith(".md") and any(q in l for l in lines if not CJK.search(l)): err(f"{tag}: quote on an English line")
        if f["key"]:
            kl = KEY_LINES[tag0](ls)
            if not any(q in l for l in kl): err(f"{tag}: key fact outside the key paragraph")
            if "</td>" in q: err(f"{tag}: table copy is key")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF + (["article", "date"] if feed else []): err(f"{tag}: fields")
        if h["level"] not in LEVELS or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        if h["quote"] not in raw or h["title"] not in h["quote"]: err(f"{tag}: quote/title")
        if feed and not any(h["quote"] in l for l in arts[h["article"]][1]): err(f"{tag}: quote not in its article")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer")
        if h["recipient"] not in raw and h["recipient"] != g["unit"]: err(f"{tag}: recipient")
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"], f["role"] == "target"), set()).add(round(fold(f["value"], f["measure"]), 6))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 20 <= n <= 50: err(f"{name}: {n} facts")
    if not 4 <= kc <= 8: err(f"{name}: {kc} key facts")
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
    if name.startswith("n147"):
        T = lambda s: v(s, 2026, "target")
        heads = [l for l in lines if re.fullmatch(r"(P\d|第\d页)( .*)?", l)]
        ok = [len(heads) == 9, [l for l in lines if re.fullmatch(r"\d/9", l)] == [f"{i}/9" for i in range(3, 10)],
              "+" not in "".join(f["quote"] for f in g["facts"] if f["qualifier"] != "exact"),       # no "1200+" form ※
              grow(v("服务科技企业", role="actual"), v("服务科技企业", 2024)) == v("服务科技企业同比增长"),        # 12.4
              grow(v("技术合同成交额", role="actual"), v("技术合同成交额", 2024)) == v("技术合同成交额同比增长"),  # 18.2
              v("新增科技小巨人（含培育）企业") <= v("科技小巨人（含培育）企业"),
              v("入选上海市科技小巨人企业") <= v("新增科技小巨人（含培育）企业"),
              v("新增市级以上孵化器众创空间") <= v("市级以上孵化器众创空间"),
              v("领军人才") <= v("引进科技人才"), v("科技创新券惠及企业") <= v("服务科技企业", role="actual"),
              T("服务科技企业") > v("服务科技企业", role="actual"), T("技术合同成交额") > v("技术合同成交额", role="actual"),
              T("有效期内高新技术企业") > v("有效期内高新技术企业"), T("企业服务满意度") < v("企业服务满意度"),
              not any("/9" in q or "021" in q or "2026.01" in q or "1+N" in q or q.startswith("0") for q in qs),
              "1200+" not in raw and "+3.1个百分点" in raw and "↑" in raw, len(g["honours"]) == 3]
    elif name.startswith("n148"):
        pairs = [(lines[i], lines[i + 2]) for i in range(len(lines) - 2)
                 if CJK.search(lines[i]) and not lines[i].startswith(("#", "-", ">")) and lines[i + 2] and not CJK.search(lines[i + 2])]
        def en_ok(cn, en):
            allowed = {round(fold(f["value"], f["measure"]), 6) for f in g["facts"] if f["quote"] in cn} | {round(x, 6) for x in numbers_in(cn)} | {2023.0, 2024.0, 2025.0}
            ens = [float(a.replace(",", "")) * (1e6 if m else 1) for a, m in re.findall(r"(\d[\d,]*(?:\.\d+)?)( million)?", en)]
            return all(round(x, 6) in allowed for x in ens)
        ok = [len(pairs) == 8, all(en_ok(c, e) for c, e in pairs),
              grow(v("营业收入", role="actual"), v("营业收入", 2023)) == v("营业收入同比增长"),                    # 7.5
              pct(v("服务中小微企业"), v("服务企业")) == v("中小微企业占服务企业比重"),                            # 76.0
              v("产品认证证书") + v("管理体系认证证书") == v("认证证书"),                                         # 2,114
              v("制修订国家标准") + v("制修订行业标准") + v("制修订团体标准") == v("制修订标准"),                 # 45
              pct(v("高级职称职工"), v("在职职工")) == v("高级职称职工占比"),                                     # 33.5
              v("博士职工") <= v("在职职工"), v("CNAS认可参数") < v("CMA资质认定检测参数"),
              v("检验检测报告", 2025, "target") > v("检验检测报告", role="actual"),
              v("营业收入", 2025, "target") > v("营业收入", role="actual"), v("客户满意度", 2025, "target") > v("客户满意度"),
              not any(q in l for q in qs for l in lines if not CJK.search(l)), len(g["honours"]) == 3]
    elif name.startswith("n149"):
        trs = [re.findall(r"<td>([^<]*)</td>", l) for l in lines if l.startswith("<tr><td>")]
        tab = {r[0]: [float(x) for x in r[1:]] for r in trs}
        S1, S2, S3 = "全社会研发经费支出", "研发经费支出相当于生产总值比例", "技术合同成交额"
        cols = lambda s: [v(s, y) for y in range(2019, 2024)]
        ok = [len(tab) == 3, tab["全社会研发经费支出（亿元）"] == cols(S1), tab["研发经费支出相当于生产总值比例（%）"] == cols(S2),
              tab["技术合同成交额（亿元）"] == cols(S3),
              r1(((v(S1) / v(S1, 2019)) ** 0.25 - 1) * 100) == v("全社会研发经费支出2019年至2023年年均增长"),      # 7.7
              round(v(S2) - v(S2, 2019), 2) == v("研发经费支出相当于生产总值比例比2019年提高"),                    # 0.34
              grow(v(S3), v(S3, 2022)) == v("技术合同成交额比上年增长"),                                         # 21.1
              r1(v("有效期内高新技术企业") / v("有效期内高新技术企业", 2019)) == v("有效期内高新技术企业是2019年倍数"),  # 1.9
              round(v("有研发活动的规上工业企业占比") - v("有研发活动的规上工业企业占比", 2019), 1)
              == v("有研发活动的规上工业企业占比比2019年提高"),                                                  # 7.4
              v("已出台配套制度") + v("尚未出台配套制度") == v("条例明确的配套制度"),                               # 23 + 5
              pct(v("已出台配套制度"), v("条例明确的配套制度")) == v("配套制度已出台比例"),                          # 82.1
              pct(v("回收有效问卷"), v("发放调查问卷")) == v("问卷有效率"),                                        # 92.5
              v("出台剩余配套制度", 2024, "target") == v("尚未出台配套制度"),
              v(S2, 2025, "target") > v(S2), v("基础研究经费占全社会研发经费比重", 2025, "target") > v("基础研究经费占全社会研发经费比重"),
              v("尚未建立专业化技术转移机构的区") < v("实地检查区"),
              not any(x in q for q in qs for x in ("1386", "第十六届", "第九次", "第三十七条", "第四十二条", "第二十九条", "200003", "05012345")),
              all(y in raw for y in ("2019年", "2020年", "2021年", "2022年", "2023年")), g["honours"] == []]
    else:  # n150
        A, B = "2650431287_1", "2650431402_1"
        W = lambda s, aid, role=None, y=None: [f["value"] for f in g["facts"] if f["subject"] == s and f["article"] == aid
                                               and (role is None or f["role"] == role) and (y is None or f["year"] == y)][0]
        contents = [a["finalContent"] for a, _ in arts.values()]
        ok = [len(arts) == 2, list(json.loads(raw)[0]) == ["文章标识符aid", "标题title", "作者author", "时间time", "finalContent"],
              all("<strong>" in c and "<span style=" in c and "<img src=" in c for c in contents),
              all(e in raw for e in ("📈", "🏆", "✅", "1️⃣")),
              all(l.startswith("<p") and l.endswith("</p>") for c in contents for l in c.split("\n")),
              grow(W("接待观众", A, "actual"), W("接待观众", A, "baseline")) == W("接待观众同比增长", A),                 # 15.2
              W("接待观众", B, "baseline", 2025) == W("接待观众", A, "actual"),                                       # 38.6 quoted again
              W("馆校合作课程", A) <= W("科普活动", A, "actual"), W("线上科普直播", A) <= W("科普活动", A, "actual"),
              W("接待观众", B, "target") > W("接待观众", A, "actual"), W("科普活动", B, "target") > W("科普活动", A, "actual"),
              W("馆校合作覆盖中小学", B, "target") > W("馆校合作覆盖中小学", A),
              W("观众满意度", B, "target") < W("观众满意度", A), W("元旦假期接待观众", B) < W("接待观众", A, "actual"),
              len([h for h in g["honours"]]) <= W("市级以上荣誉", A), len(g["honours"]) == 3,
              not any(x in q for q in qs for x in ("640", "1080", "0.5625", "1688", "021", "9:00", "16:30", "16:00", "️")),
              not any(f["role"] == "target" for f in g["facts"] if f["article"] == A)]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    val = "/work/shared/gold/validate.py"
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
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
