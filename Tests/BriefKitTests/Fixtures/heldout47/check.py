#!/usr/bin/env python3
"""Checks the n183–n186 labels against the documents. Prints OK when all checks pass.

Lines: .txt/.html: the raw UTF-8 file split on "\\n" (no HTML parsing, no entity decoding). .json feed: per article its
标题title and each "\\n"-separated paragraph of its decoded finalContent, markup kept (<p>, <strong>, <br>, <img> are part of
the line; <br> does not split it). .docx: word/document.xml, one line per body <w:p> (its <w:t> texts joined), one line
per table row <w:tr> (its cells' texts joined with TAB)."""
import json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata, zipfile
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n183_fengxian_kx_jxzp2024.docx", "n184_stcsm_kjcxq_feed2025.json", "n185_baoshan_jw_fzzf2025.html",
         "n186_dhjl_csr2022.txt"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# ※ the lines key facts must be quoted from (feed: the article's first finalContent paragraph, or the satisfaction one)
KEY_PREFIXES = {"n183": ("2024年，区科协年初预算", "全年开展各类科普活动", "全区公民具备科学素质", "经自评，"),
                "n184": ("<p>第三方调查显示",),
                "n185": ("<p>全年受理行政许可", "<p>全年以区经委为被申请人", "<p>发生行政诉讼", "<p>组织党委理论学习"),
                "n186": ("上海东衡计量测试研究院成立于", "2022年，研究院完成", "2022年实现营业收入", "客户满意度测评得分")}
KEY_LINES = {k: (lambda p: lambda ls: [l for l in ls if l.startswith(p)])(p) for k, p in KEY_PREFIXES.items()}
CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
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


def cn_to_int(run):
    """二十三 -> 23, 一百零八 -> 108, 二千四百 -> 2400 (no 万/亿 needed in these texts)."""
    total, digit = 0, None
    for ch in run:
        if ch in CN_DIGIT:
            digit = CN_DIGIT[ch]
        else:
            total += (1 if digit is None else digit) * CN_UNIT[ch]; digit = None
    return total + (digit or 0)


def numbers_in(q):
    """Arabic numbers (thousands commas joined) and runs of Chinese numerals (`四百二十六名`, `十一项`)."""
    q = unicodedata.normalize("NFKC", q)
    return ([float(m.replace(",", "")) for m in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", q)]
            + [float(cn_to_int(r)) for r in re.findall("[零〇一二两三四五六七八九十百千]+", q)])


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
        if feed:
            a, ls = arts.get(f["article"], (None, []))
            if a is None or f["date"] != a["时间time"]: err(f"{tag}: article/date"); continue
            py = int(a["时间time"][:4])
            if f["role"] == "baseline":
                if f["year"] >= py: err(f"{tag}: baseline year {f['year']}")
            elif f["year"] != (py + 1 if f["role"] == "target" else py): err(f"{tag}: year {f['year']}")
            if f["role"] == "target" and a["时间time"][5:7] != "12": err(f"{tag}: target outside the year-end review")
            if "<" in f["quote"] or ">" in f["quote"]: err(f"{tag}: markup in feed quote")
        else:
            ls = lines
            # ※ n183's table column 年度目标值 holds the report year's own targets (year = report year)
            if f["role"] == "target" and not (f["year"] > ry or (tag0 == "n183" and "\t" in f["quote"] and f["year"] == ry)):
                err(f"{tag}: target year")
            if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline year")
            if f["role"] in ("actual", "change", "share", "budget") and f["year"] != ry: err(f"{tag}: year {f['year']}")
        q = f["quote"]
        if "\n" in q or not any(q in l for l in ls): err(f"{tag}: quote not on one line: {q!r}")
        if not any(near(f["value"], n) for n in numbers_in(q)): err(f"{tag}: value not in quote")
        if f["measure"] and f["measure"] != "%" and "\t" not in q and f["measure"] not in q: err(f"{tag}: measure not in quote")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q)): err(f"{tag}: markup in quote")
        if f["key"]:
            kl = [arts[f["article"]][1][1]] + KEY_LINES[tag0](arts[f["article"]][1]) if feed else KEY_LINES[tag0](lines)
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
    if not 20 <= n <= 60: err(f"{name}: {n} facts")
    if not 4 <= kc <= 10: err(f"{name}: {kc} key facts")
    ks = [(f["subject"], f["year"], f["value"]) for f in g["facts"] if f["key"]]
    if len(ks) != len(set(ks)): err(f"{name}: key twice")


def arith(name, g, lines, raw, arts):
    def v(s, y=None, role=None, qual=None, art=None):
        y = (g["year"] or 2025) if y is None else y
        fs = [f for f in g["facts"] if f["subject"] == s and f["year"] == y and (role is None or f["role"] == role)
              and (qual is None or f["qualifier"] == qual) and (art is None or f.get("article") == art)]
        if not fs: err(f"{name}: no fact {s} {y} {role}"); return float("nan")
        return fs[0]["value"]
    qs = [f["quote"] for f in g["facts"]]
    base = lambda new, rate, scale=1: any(grow(new, k / scale) == rate for k in range(1, int(new * scale)))
    drop = lambda new, rate, scale=1: any(pct(k / scale - new, k / scale) == rate for k in range(int(new * scale) + 1, int(new * scale * 2)))
    if name.startswith("n183"):
        rows = {l.split("\t")[0]: l.split("\t")[1:] for l in lines if "\t" in l}
        num = lambda x: float(x.replace(",", ""))
        P = lambda s: v(s, 2024, "actual")
        ok = [list(rows)[0] == "指标" and rows["指标"] == ["年度目标值", "实际完成值", "得分"], len(rows) == 8,
              near(v("年初预算") + v("全年预算比年初预算追加"), v("调整后全年预算")),                        # 1,286.40 + 66.40
              pct(v("实际支出", 2024, "actual"), v("调整后全年预算")) == v("预算执行率"),                      # 96.8
              near(v("基本支出") + v("项目支出"), v("实际支出", 2024, "actual")),                               # 586.32 + 722.74
              pct(v("基本支出"), P("实际支出")) == v("基本支出占实际支出比重"),                                   # 44.8
              pct(v("项目支出"), P("实际支出")) == v("项目支出占实际支出比重"),                                   # 55.2
              grow(P("实际支出"), v("实际支出", 2023)) == v("实际支出同比增长"),                                 # 7.4
              drop(v("三公经费支出"), v("三公经费支出同比下降"), 100),                                           # 12.1 from an implied 2023 value
              base(P("科普活动"), v("科普活动同比增长")),                                                        # 9.2
              v("新增基层科协组织", 2024, "actual") <= v("基层科协组织"),
              all(num(r[1]) == P(s) for r, s in ((rows["科普活动场次（场）"], "科普活动"), (rows["服务公众人次（万人次）"], "科普活动服务公众"),
                  (rows["学术交流活动（场）"], "学术交流活动"), (rows["新增基层科协组织（家）"], "新增基层科协组织"),
                  (rows["公民具备科学素质比例（%）"], "公民具备科学素质比例"), (rows["服务对象满意度（%）"], "服务对象满意度"))),
              sum(num(r[2]) for k, r in rows.items() if k not in ("指标", "合计")) == num(rows["合计"][2]) == v("产出和效益指标得分"),  # 59
              v("决策指标得分") + v("过程指标得分") + v("产出和效益指标得分") == v("部门整体支出绩效评价得分", 2024, "actual"),  # 96.5
              round(v("部门整体支出绩效评价得分", 2024, "actual") - v("部门整体支出绩效评价得分", 2023), 1) == v("部门整体支出绩效评价得分比上年提高"),
              pct(P("学术交流活动"), v("学术交流活动", 2024, "target")) == v("学术交流活动年度目标完成率"),      # 92.0
              round(v("公民具备科学素质比例", 2024, "target") - P("公民具备科学素质比例"), 1) == v("公民具备科学素质比例低于年度目标"),
              P("学术交流活动") < v("学术交流活动", 2024, "target"),
              all(P(s) >= v(s, 2024, "target") for s in ("科普活动", "科普活动服务公众", "新增基层科协组织", "服务对象满意度")),
              all(v(s, 2025, "target") > P(s) for s in ("科普活动", "学术交流活动", "公民具备科学素质比例")),
              sum(f["role"] == "target" and f["year"] == 2024 for f in g["facts"]) == 6,
              sum("\t" in f["quote"] for f in g["facts"]) == 19,
              not any("021" in q or "57412365" in q for q in qs),
              zipfile.ZipFile(os.path.join(DOCS, name)).testzip() is None]
    elif name.startswith("n184"):
        A, B, C = "2651203318_1", "2651204127_2", "2651206540_1"
        contents = [a["finalContent"] for a, _ in arts.values()]
        ok = [len(arts) == 3, all(a["时间time"].startswith("2025-") for a, _ in arts.values()),
              list(json.loads(raw)[0]) == ["文章标识符aid", "标题title", "作者author", "时间time", "finalContent"],
              all(c.count("<strong>") >= 1 and "<img src=" in c for c in contents), sum(c.count("<br>") for c in contents) >= 2,
              all(l.startswith("<p>") and l.endswith("</p>") for c in contents for l in c.split("\n")),
              base(v("一季度申领科技创新券企业"), v("一季度申领科技创新券企业同比增长")),                     # 14.6
              pct(v("一季度首次申领科技创新券企业"), v("一季度申领科技创新券企业")) == v("一季度首次申领企业占申领企业比重"),  # 67.7
              v("科技创新券年度总额度", 2025, "budget") - v("科技创新券年度总额度", 2024) == v("科技创新券年度总额度比上年增加"),
              base(v("上半年申领科技创新券企业"), v("上半年申领科技创新券企业同比增长")),                     # 11.8
              base(v("上半年科技创新券兑付金额"), v("上半年科技创新券兑付金额同比增长"), 100),                # 16.2
              near(sum(v(f"上半年{x}科技创新券兑付金额") for x in ("检验检测服务", "研发设计服务", "技术转移等其他服务")),
                   v("上半年科技创新券兑付金额")),                                                             # 0.86+0.74+0.48
              v("上半年长三角科技创新券通用通兑兑付金额") <= v("上半年科技创新券兑付金额"),
              v("新增入库科技创新券服务机构") <= v("科技创新券服务机构"),
              v("一季度申领科技创新券企业") <= v("上半年申领科技创新券企业") <= fold(v("申领科技创新券企业和创业团队", 2025, "actual"), "万"),
              v("一季度科技创新券兑付金额") <= v("上半年科技创新券兑付金额") <= v("科技创新券兑付金额", 2025, "actual"),
              grow(v("申领科技创新券企业和创业团队", 2025, "actual"), v("申领科技创新券企业和创业团队", 2024)) == v("申领科技创新券企业和创业团队同比增长"),  # 14.8
              grow(v("科技创新券兑付金额", 2025, "actual"), v("科技创新券兑付金额", 2024)) == v("科技创新券兑付金额同比增长"),          # 17.7
              pct(v("科技创新券兑付金额", 2025, "actual"), v("科技创新券年度总额度", 2025, "budget")) == v("科技创新券年度额度使用率"),  # 85.3
              v("申领科技创新券企业和创业团队", 2026, "target") > v("申领科技创新券企业和创业团队", 2025, "actual"),
              v("科技创新券兑付金额", 2026, "target") > v("科技创新券兑付金额", 2025, "actual"),
              not any("2025" in q or "640" in q or "021" in q for q in qs),
              [sum(f["key"] for f in g["facts"] if f["article"] == x) for x in (A, B, C)] == [1, 2, 5],
              all(f["year"] == 2024 for f in g["facts"] if f["role"] == "baseline"), len(g["honours"]) == 0]
    elif name.startswith("n185"):
        P = lambda s: v(s, 2025)
        ok = [pct(P("行政许可网上办理"), P("受理行政许可事项")) == P("行政许可网上办理率"),                   # 94.0
              P("办结行政许可事项") == P("受理行政许可事项") and P("行政许可按时办结率") == 100,
              pct(P("行政许可法定办理时限") - P("行政许可平均办理时限"), P("行政许可法定办理时限")) == P("行政许可办理时限比法定时限压缩"),  # 84.0
              P("责令整改市场主体") <= P("双随机一公开检查市场主体"),
              v("行政复议申请", 2024) - P("行政复议申请") == P("行政复议申请比上年减少"),                           # 14 − 9
              P("行政复议受理") <= P("行政复议申请"),
              P("行政复议维持") + P("行政复议撤销") + P("行政复议确认违法") == P("行政复议受理"),                    # 6+1+1
              v("行政许可网上办理率", 2026, "target") > P("行政许可网上办理率"),
              v("依法行政专题培训", 2026, "target") > P("依法行政专题培训"),
              "&gt;" in raw and "宝经委〔2026〕6号" in raw and "BS0312-2026-00008" in raw and "021-56691234" in raw,
              not any(x in q for q in qs for x in ("2026", "6号", "0008", "021", "八五", "2021")),
              len(g["honours"]) == 1, 20 <= len(lines) <= 35]
    else:  # n186
        P = lambda s: v(s, 2022, qual="exact")
        ok = [grow(P("计量器具检定校准"), v("计量器具检定校准", 2021)) == P("计量器具检定校准同比增长"),          # 6.3
              drop(P("出具检测报告"), P("出具检测报告同比下降"), 100),                                           # 3.2 from an implied 4.40
              P("应急检定服务") <= P("计量器具检定校准"),
              P("授权发明专利") - v("授权发明专利", 2021) == P("授权发明专利比上年增加"),                         # 18 − 13
              P("SCI/EI收录论文") <= P("科技论文"), P("国家重点研发计划课题") <= P("科研项目"),
              pct(P("研发投入"), fold(P("营业收入"), "亿") / 1e4) == P("研发投入占营业收入比重"),               # 3,485 / 42,500
              grow(P("营业收入"), v("营业收入", 2021)) == P("营业收入同比增长"),                                # 4.2
              round(P("客户满意度测评得分") - v("客户满意度测评得分", 2021), 1) == P("客户满意度测评得分比上年提高"),  # 0.7
              P("高级职称人员") + P("博士") <= P("职工") + P("博士"),
              all(v(s, 2023, "target") > P(s) for s in ("计量器具检定校准", "营业收入")),
              sum(bool(re.search("[一二三四五六七八九十百千]{2,}|[一二三四五六七八九十][项名篇场]", f["quote"])) for f in g["facts"]) >= 12,
              not any(x in q for q in qs for x in ("1986", "021-", "8:30", "4—5月", "第二届")),
              [h["level"] for h in g["honours"]] == ["municipal", "national", "municipal", "other"],
              not any(c in raw for c in "\r\t")]
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
