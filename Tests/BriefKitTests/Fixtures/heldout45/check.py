#!/usr/bin/env python3
"""Checks the n175–n178 labels against the documents. Prints OK when all checks pass.

Lines: .txt/.html: the raw UTF-8 file split on "\\n" (no HTML parsing, no entity decoding). .json feed: per article its
标题title and each "\\n"-separated paragraph of its decoded finalContent, markup kept (<p>, <strong>, <br>, <img> are part of
the line; <br> does not split it). .docx: word/document.xml, one line per body <w:p> (its <w:t> texts joined, runs of a
bold heading joined without separator), one line per table row <w:tr> (its cells' texts joined with TAB).
All paths are relative to this file, except the shared validator /work/shared/gold/validate.py."""
import json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata, zipfile
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
VALIDATE = "/work/shared/gold/validate.py"
NAMES = ["n175_hongkou_kx_gzh_feed2026.json", "n176_shkjcxfwzx_gzzj2025.docx", "n177_putuo_fqz_kjgzhy_jh2026.txt",
         "n178_yangpu_tjj_yb2025_11.html"]
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
KEY_LINES = {"n176": lambda ls: [l for l in ls if l.startswith("2025年，中心服务企业")],
             "n177": lambda ls: [l for l in ls if l.startswith("过去一年，我们坚持") or l.startswith("创新成果持续涌现")],
             "n178": lambda ls: [l for l in ls if l.startswith(("<p>1—11月，全区", "<p>全区社会消费品", "<p>全区区级"))]}
TARGET_SAME_YEAR = {"n178"}   # ※ the bulletin's 全年目标 is a target of the report year itself
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


def docx_bold(path):
    """Texts of the body paragraphs whose runs are all bold."""
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out = []
    for p in root.find(WNS + "body").findall(WNS + "p"):
        rs = p.findall(WNS + "r")
        if rs and all(r.find(f"{WNS}rPr/{WNS}b") is not None for r in rs):
            out.append("".join(t.text or "" for t in p.iter(WNS + "t")))
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


def review_year(a):
    """※ The year an article's own figures refer to: a January article reviews the year before, others their own year."""
    y, m = int(a["时间time"][:4]), int(a["时间time"][5:7])
    return y - 1 if m == 1 else y


def check_gold(name, g, lines, raw, arts):
    tag0, feed = name[:4], arts is not None
    if list(g) != TOP or g["document"] != name: err(f"{name}: top level")
    if g["kind"] not in KINDS or (g["kind"] == "article-feed") != feed: err(f"{name}: kind")
    if g["published"] is not None:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    if g["unit"] not in raw and not any(a in raw for a in g["aliases"]): err(f"{name}: unit")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a}")
    ry = g["year"]
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f['subject']})"
        if list(f) != FF + (["article", "date"] if feed else []): err(f"{tag}: fields")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)): err(f"{tag}: types")
        if f["value"] < 0: err(f"{tag}: negative value")
        if f["role"] in ("target", "baseline") and f["key"]: err(f"{tag}: key {f['role']}")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change not growth")
        if f["category"] == "growth" and f["role"] not in ("change", "target"): err(f"{tag}: growth role")
        if f["role"] == "budget": err(f"{tag}: budget")
        if feed:
            a, ls = arts.get(f["article"], (None, []))
            if a is None or f["date"] != a["时间time"]: err(f"{tag}: article/date"); continue
            y0 = review_year(a)
            if f["role"] == "target" and (f["year"] != y0 + 1 or a["时间time"][5:7] != "01"): err(f"{tag}: target year/article")
            if f["role"] == "baseline" and f["year"] >= y0: err(f"{tag}: baseline year")
            if f["role"] in ("actual", "change", "share") and f["year"] != y0: err(f"{tag}: year {f['year']}")
            if "<" in f["quote"] or ">" in f["quote"]: err(f"{tag}: markup in feed quote")
        else:
            ls = lines
            lo = ry if tag0 in TARGET_SAME_YEAR else ry + 1
            if f["role"] == "target" and f["year"] < lo: err(f"{tag}: target year")
            if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline year")
            if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: year {f['year']}")
        q = f["quote"]
        if "\n" in q or not any(q in l for l in ls): err(f"{tag}: quote not on one line: {q!r}")
        if q != q.strip(): err(f"{tag}: padded quote")
        if not any(near(f["value"], n) for n in numbers_in(q)): err(f"{tag}: value not in quote")
        table = "\t" in q or "</td><td>" in q
        if f["measure"] and f["measure"] != "%" and not table and f["measure"] not in q: err(f"{tag}: measure not in quote")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q.replace("</td><td>", "|"))): err(f"{tag}: markup in quote")
        if f["key"]:
            kl = [arts[f["article"]][1][1]] if feed else KEY_LINES[tag0](lines)
            if not any(q in l for l in kl): err(f"{tag}: key fact outside the key paragraph")
            if table: err(f"{tag}: table copy is key")
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
    if not 20 <= n <= 55: err(f"{name}: {n} facts")
    if not 4 <= kc <= 10: err(f"{name}: {kc} key facts")
    ks = [(f["subject"], f["year"], f["value"]) for f in g["facts"] if f["key"]]
    if len(ks) != len(set(ks)): err(f"{name}: key twice")
    if not 20 <= len(lines) <= 40: err(f"{name}: {len(lines)} lines")


def arith(name, g, lines, raw, arts):
    def v(s, y=None, role=None, qual=None):
        y = g["year"] if y is None else y
        fs = [f for f in g["facts"] if f["subject"] == s and f["year"] == y and (role is None or f["role"] == role)
              and (qual is None or f["qualifier"] == qual)]
        if not fs: err(f"{name}: no fact {s} {y} {role}"); return float("nan")
        return fs[0]["value"]
    def base(new, rate, step=1):   # some base (on a grid of `step`) below `new` gives the stated rate
        k = step
        while k < new:
            if grow(new, k) == rate: return True
            k = round(k + step, 6)
        return False
    qs = [f["quote"] for f in g["facts"]]
    if name.startswith("n175"):
        Y = lambda s, r=None, y=2025: v(s, y, r)
        A, B, C = "2651203318_1", "2651203562_1", "2651203790_1"
        contents = [a["finalContent"] for a, _ in arts.values()]
        of = lambda aid: [f for f in g["facts"] if f["article"] == aid]
        ok = [len(arts) == 3, [a["时间time"][:7] for a, _ in arts.values()] == ["2025-11", "2025-12", "2026-01"],
              list(json.loads(raw)[0]) == ["文章标识符aid", "标题title", "作者author", "时间time", "finalContent"],
              all(c.count("<strong>") == 1 and "<img src=" in c for c in contents), sum(c.count("<br>") for c in contents) >= 3,
              all(l.startswith("<p>") and l.endswith("</p>") for c in contents for l in c.split("\n")),
              base(Y("科技节科普活动"), Y("科技节科普活动同比增长")),                                           # 9.4 (170)
              Y("院士专家科普讲座") + Y("科技节线上直播") <= Y("科技节科普活动"),
              Y("科技节科普活动") <= Y("科普活动"),
              grow(Y("学术年会征集论文"), Y("学术年会征集论文") - Y("学术年会征集论文比上届增加")) == Y("学术年会征集论文比上届增长"),  # 13.8
              Y("学术年会优秀论文一等奖") + Y("学术年会优秀论文二等奖") + Y("学术年会优秀论文三等奖") == Y("学术年会优秀论文"),   # 48
              pct(Y("学术年会优秀论文"), Y("学术年会征集论文")) == Y("学术年会优秀论文获奖率"),                 # 11.2
              grow(Y("科普活动"), v("科普活动", 2024, "baseline")) == Y("科普活动同比增长"),                  # 8.2
              Y("新增基层科协组织") <= Y("基层科协组织"), Y("新建社区科普e站") <= Y("社区科普e站"),
              v("科普活动", 2026, "target") > Y("科普活动"), v("公民具备科学素质比例", 2026, "target") > Y("公民具备科学素质比例"),
              v("新建社区科普e站", 2026, "target") > Y("新建社区科普e站"),
              all(f["year"] == 2025 for f in of(A) + of(B)), {f["year"] for f in of(C)} == {2024, 2025, 2026},
              not any(re.search(r"20\d\d|640|021|65871234|9:00|17:00", f["quote"]) for f in g["facts"] if f["role"] != "baseline"),
              [sum(f["key"] for f in of(x)) for x in (A, B, C)] == [2, 1, 3],
              "<strong>全年举办各类科普活动1,268场</strong>" in arts[C][0]["finalContent"],
              sorted(h["level"] for h in g["honours"]) == ["district", "national"]]
    elif name.startswith("n176"):
        path = os.path.join(DOCS, name)
        rows = {l.split("\t")[0]: l.split("\t")[1:] for l in lines if "\t" in l and not l.startswith("指标")}
        num = lambda s: float(s.replace(",", "").rstrip("%"))
        T = {"服务企业（家）": "服务企业", "组织技术对接活动（场）": "技术对接活动", "促成技术合同（项）": "促成技术合同",
             "技术合同成交额（亿元）": "技术合同成交额", "培训技术经理人（人次）": "培训技术经理人", "服务满意度（%）": "服务满意度"}
        P = lambda s: v(s, 2025, "actual")
        bold = docx_bold(path)
        ok = [[l for l in lines if l.startswith("指标\t")] == ["指标\t2024年\t2025年\t增幅"], list(rows) == list(T),
              all(num(r[0]) == v(T[k], 2024, "baseline") and num(r[1]) == P(T[k]) for k, r in rows.items()),
              all(grow(num(r[1]), num(r[0])) == num(r[2]) for k, r in rows.items() if r[2].endswith("%")),         # 增幅 column
              round(num(rows["服务满意度（%）"][1]) - num(rows["服务满意度（%）"][0]), 1) == v("服务满意度比上年提高"),  # 0.9
              grow(P("服务企业"), v("服务企业", 2024)) == v("服务企业同比增长"),                                 # 15.0
              grow(P("技术合同成交额"), v("技术合同成交额", 2024)) == v("技术合同成交额同比增长"),               # 15.1
              pct(v("服务中小企业"), P("服务企业")) == v("中小企业占服务企业比重"),                               # 83.6
              pct(v("匹配成功企业技术需求"), v("发布企业技术需求")) == v("企业技术需求匹配率"),                 # 32.4
              r1(v("兑付创新券资金") / v("创新券惠及企业")) == v("平均每家企业兑付创新券资金"),                 # 6.3 万元
              v("创新券惠及企业") <= v("受理科技创新券申请"),
              pct(v("硕士及以上学历职工"), v("在编职工")) == v("硕士及以上学历职工占比"),                       # 59.3
              v("新增持证技术经纪人") <= v("持证技术经纪人"), v("科创服务云新增注册用户") <= v("科创服务云注册用户") * 10000,
              all(v(s, 2026, "target") > P(s) for s in ("服务企业", "技术合同成交额", "技术对接活动")),
              v("服务满意度", 2026, "target") < P("服务满意度"),
              sum(("\t" in q) for q in qs) == 18, sorted({f["year"] for f in g["facts"] if "\t" in f["quote"]}) == [2024, 2025],
              len(bold) == 10 and "三、主要指标对比" in bold and "五、2026年工作计划" in bold,
              not any(re.search(r"第十届|021-|64321234|1\+16", q) for q in qs),
              zipfile.ZipFile(path).testzip() is None, len(g["honours"]) == 2]
    elif name.startswith("n177"):
        P = lambda s: v(s, 2025, "actual")
        body = [l for l in lines if "过去一年" in l or "今年" in l]
        ok = [raw.count("2025") == 0, len(body) >= 4, "我们" in raw,
              P("高新技术企业") - v("高新技术企业", 2024) == v("高新技术企业比上年末增加"),                    # 96
              grow(P("技术合同成交额"), v("技术合同成交额", 2024)) == v("技术合同成交额同比增长"),              # 13.2
              pct(v("发明专利授权量"), P("专利授权量")) == v("发明专利占专利授权量比重"),                        # 31.3
              base(P("区级科技专项资金投入"), v("区级科技专项资金投入同比增长"), 0.1),                          # 6.7 (4.5)
              v("上海市科学技术奖一等奖项目") <= v("获上海市科学技术奖项目"),
              v("新增科技小巨人（含培育）企业") <= v("科技小巨人（含培育）企业"),
              v("新增市级以上孵化器和众创空间") <= v("市级以上孵化器和众创空间"),
              v("新认定高新技术企业", 2026, "target") > v("新认定高新技术企业"),
              v("技术合同成交额", 2026, "target") > P("技术合同成交额"),
              v("全社会研发经费支出占GDP比重", 2026, "target") > P("全社会研发经费支出占GDP比重"),
              v("新增科技小巨人（含培育）企业", 2026, "target") > v("新增科技小巨人（含培育）企业"),
              all(f["year"] == 2026 for f in g["facts"] if f["role"] == "target"),
              not any(re.search(r"2024|2026|2035|十五五|第[一二三]", q) for q in qs), len(g["honours"]) == 3]
    else:  # n178
        rows = [re.fullmatch(r"<tr><td>(.+)</td><td>(.+)</td><td>(.+)</td><td>(.+)</td></tr>", l) for l in lines if l.startswith("<tr><td>")]
        rows = {m.group(1): [float(x.replace(",", "")) for x in m.groups()[1:]] for m in rows if m}
        S = {"规模以上工业总产值（亿元）": "规模以上工业总产值", "社会消费品零售总额（亿元）": "社会消费品零售总额",
             "固定资产投资（亿元）": "固定资产投资", "区级一般公共预算收入（亿元）": "区级一般公共预算收入",
             "技术合同成交额（亿元）": "技术合同成交额", "实到外资（亿美元）": "实到外资"}
        ok = [list(rows) == list(S), all(r[0] < r[1] for r in rows.values()),
              all(v("11月" + s) == rows[k][0] and v(s, 2025, "actual") == rows[k][1] for k, s in S.items()),
              all(v(s + "同比增长") == rows[k][2] for k, s in S.items() if rows[k][2] > 0),
              v("实到外资同比下降") == -rows["实到外资（亿美元）"][2],                                            # the -3.2 cell
              grow(v("规模以上工业总产值", 2025, "actual"), v("规模以上工业总产值", 2024)) == v("规模以上工业总产值同比增长"),       # 3.8
              grow(v("区级一般公共预算收入", 2025, "actual"), v("区级一般公共预算收入", 2024)) == v("区级一般公共预算收入同比增长"),  # 5.1
              pct(v("固定资产投资", 2025, "actual"), v("固定资产投资", 2025, "target")) == v("固定资产投资完成全年目标比例"),      # 93.3
              pct(v("高技术产业产值"), v("规模以上工业总产值", 2025, "actual")) == v("高技术产业产值占规模以上工业总产值比重"),  # 41.3
              "&nbsp;" in raw and "&gt;" in raw and "021-65012345" in raw and "浏览次数：2,317" in raw,
              sum("</td><td>" in q for q in qs) == 18, not any(re.search(r"2,317|021|12034567|1—1[01]月", q) for q in qs),
              len(g["honours"]) == 0]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    """The shared validate.py on all four documents; ※ it reads files as UTF-8 text, so the .docx is handed to it as
    its extracted lines (the same lines check.py quotes from) under the .docx file name."""
    if not os.path.exists(VALIDATE): err(f"{VALIDATE} not found"); return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            if n.endswith(".docx"):
                open(os.path.join(tmp, "d", n), "w", encoding="utf-8").write(read(n)[0])
            else:
                shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", VALIDATE, os.path.join(tmp, "d"), os.path.join(tmp, "g")], capture_output=True, text=True)
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
