#!/usr/bin/env python3
"""Checks the n155–n158 labels against the documents. Prints OK when all checks pass.

Lines: .md/.html: the raw UTF-8 file split on "\\n" (no Markdown/HTML parsing, no entity decoding). n156 (.txt): the file
decoded from GB18030, split on "\\n"; quotes are of the decoded text. .json feed: per article its 标题title and each
"\\n"-separated paragraph of its decoded finalContent, markup kept (<p>, <strong>, <span>, <br>, <img> are part of the
line; <br> does not split it). All paths are relative to this file, so the folder can be copied anywhere."""
import json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n155_putuo_kw_zbzpj2024.md", "n156_shggjc_zx_gzzj2023_gb.txt", "n157_hongkou_zf_kjcxdh2026.html",
         "n158_shkjcy_wx_feed2025.json"]
GB = "n156"  # the one GB18030 file
VALIDATE = os.environ.get("VALIDATE_PY", "/work/shared/gold/validate.py")
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
# ※ the lines key facts must be quoted from (feed: per article, the first finalContent paragraph)
KEY_LINES = {
    "n155": lambda ls: [l for l in ls if l.startswith(("2024年，区科委年初预算", "经综合评价", "（一）产出方面", "（二）效益方面"))],
    "n156": lambda ls: [l for l in ls if l.startswith("二〇二三年，中心坚持")],
    "n157": lambda ls: [l for l in ls if l.startswith(("<p>2月26日", "<p>李明华在讲话中指出"))]}
# ※ n155's 目标值 column holds targets of the report year itself (an evaluation compares 2024 targets with 2024 actuals)
SAME_YEAR_TARGETS = {"n155"}
errors = []
err = errors.append
CN_D = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_U = {"十": 10, "百": 100, "千": 1000}
CN_RUN = re.compile("([〇零一二两三四五六七八九十百千万亿]+)(?:点([〇零一二三四五六七八九]+))?")


def near(a, b, tol=1e-6):
    return abs(a - b) <= tol * max(1, abs(a), abs(b))


def r1(x):
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


def pct(a, b):
    return r1(a / b * 100)


def grow(new, old):
    return pct(new - old, old)


def cn_int(run):
    total, section, digit = 0, 0, None
    for ch in run:
        if ch in CN_D:
            digit = CN_D[ch]
        elif ch in CN_U:
            section += (1 if digit is None else digit) * CN_U[ch]; digit = None
        else:
            section += digit or 0
            total = (total + (section or 1)) * (10**4 if ch == "万" else 10**8); section, digit = 0, None
    return total + section + (digit or 0)


def numbers_in(q):
    """Arabic numbers (thousands commas allowed) and Chinese numerals, including 点 decimals (九十八点五 → 98.5)."""
    q = unicodedata.normalize("NFKC", q)
    out = [float(m.replace(",", "")) for m in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", q)]
    for m in CN_RUN.finditer(q):
        n = cn_int(m.group(1))
        out.append(float(n))
        for k in (10**4, 10**8):  # 二亿元 with measure 亿元 → 2
            if n and n % k == 0: out.append(float(n // k))
        if m.group(2):
            out.append(float(f"{n}." + "".join(str(CN_D[c]) for c in m.group(2))))
    return out


def cn_decimal(q):
    return re.search("[〇零一二两三四五六七八九十百千]+点[〇零一二三四五六七八九]+", q) is not None


def fold(v, m):
    for p, k in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if m.startswith(p):
            return v * k
    return v


def cn_date(y, m, d=None):
    digits = "〇一二三四五六七八九"
    small = lambda n: ("" if n < 10 else ("十" if n < 20 else digits[n // 10] + "十")) + (digits[n % 10] if n % 10 else "") if n >= 10 else digits[n]
    return "".join(digits[int(c)] for c in y) + "年" + small(int(m)) + "月" + (small(int(d)) + "日" if d else "")


def read(name):
    """(UTF-8 text validate.py is given, all lines, {aid: (article, lines)} for the feed)."""
    raw_b = open(os.path.join(DOCS, name), "rb").read()
    if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(b"\n"): err(f"{name}: LF, no BOM, final newline")
    if name.startswith(GB):
        try:
            raw_b.decode("utf-8"); err(f"{name}: should not be valid UTF-8")
        except UnicodeDecodeError:
            pass
        raw = raw_b.decode("gb18030")
    else:
        raw = raw_b.decode("utf-8")
    if name.endswith(".json"):
        arts = {a["文章标识符aid"]: (a, [a["标题title"]] + a["finalContent"].split("\n")) for a in json.loads(raw)}
        return raw, [l for _, ls in arts.values() for l in ls], arts
    return raw, raw.split("\n")[:-1], None


def tag_text(line, q):
    """True when q is the whole text of an inline element in line (<strong>q</strong>, <span …>q</span>)."""
    return re.search(r">" + re.escape(q) + r"</(strong|span|b)>", line) is not None


def check_gold(name, g, lines, raw, arts):
    tag0, feed = name[:4], arts is not None
    if list(g) != TOP or g["document"] != name: err(f"{name}: top level")
    if g["kind"] not in KINDS or (g["kind"] == "article-feed") != feed: err(f"{name}: kind")
    if g["published"] is not None:
        y, m, *d = g["published"].split("-")
        forms = [f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else ""), g["published"], cn_date(y, m, *d)]
        if not any(f in raw for f in forms): err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a}")
    ry = g["year"]
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f['subject']})"
        if list(f) != FF + (["article", "date"] if feed else []): err(f"{tag}: fields")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)): err(f"{tag}: types")
        if f["role"] in ("target", "baseline") and f["key"]: err(f"{tag}: key {f['role']}")
        if (f["role"] == "change") != (f["category"] == "growth"): err(f"{tag}: change ⇔ growth")
        if f["role"] == "budget": err(f"{tag}: budget")
        if feed:
            a, ls = arts.get(f["article"], (None, []))
            if a is None or f["date"] != a["时间time"]: err(f"{tag}: article/date"); continue
            py = int(a["时间time"][:4])
            ok = {"target": f["year"] >= py, "baseline": f["year"] == py - 1}.get(f["role"], f["year"] == py)
            if not ok: err(f"{tag}: year {f['year']}")
            if "<" in f["quote"] or ">" in f["quote"]: err(f"{tag}: markup in feed quote")
        else:
            ls = lines
            if f["role"] == "target" and not (f["year"] > ry or (tag0 in SAME_YEAR_TARGETS and f["year"] == ry)): err(f"{tag}: target year")
            if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline year")
            if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: year {f['year']}")
        q = f["quote"]
        hold = [l for l in ls if q in l]
        if "\n" in q or not hold: err(f"{tag}: quote not on one line: {q!r}"); continue
        if not any(near(f["value"], n) for n in numbers_in(q)): err(f"{tag}: value not in quote")
        if f["measure"] and f["measure"] != "%" and f["measure"] not in q:
            # ※ exceptions: Markdown pipe-table quotes (unit in the label or header), and a feed figure that is the whole
            # text of a <strong>/<span> whose measure follows the closing tag
            if not (" | " in q or (feed and any(tag_text(l, q) for l in hold))): err(f"{tag}: measure not in quote")
        if name.endswith((".html", ".json")) and ("&" in q or re.search(r"<[^>]+>", q)): err(f"{tag}: markup in quote")
        if name.endswith(".md") and (q.startswith(("#", "> ", "- ", "|")) or "**" in q): err(f"{tag}: Markdown syntax in quote")
        if f["key"]:
            kl = [arts[f["article"]][1][1]] if feed else KEY_LINES[tag0](lines)
            if not any(q in l for l in kl): err(f"{tag}: key fact outside the key paragraph")
            if " | " in q: err(f"{tag}: table copy is key")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF + (["article", "date"] if feed else []): err(f"{tag}: fields")
        if h["level"] not in LEVELS or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        if h["quote"] not in raw or h["title"] not in h["quote"]: err(f"{tag}: quote/title")
        if feed and h["quote"] not in arts[h["article"]][0]["finalContent"]: err(f"{tag}: quote not in its article")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer")
        if h["recipient"] not in raw and h["recipient"] != g["unit"]: err(f"{tag}: recipient")
        if not isinstance(h["year"], int): err(f"{tag}: year")
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"], f["role"] == "target"), set()).add(round(fold(f["value"], f["measure"]), 6))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 20 <= n <= 45: err(f"{name}: {n} facts")
    if not 4 <= kc <= 8: err(f"{name}: {kc} key facts")
    ks = [(f["subject"], f["year"], f["value"]) for f in g["facts"] if f["key"]]
    if len(ks) != len(set(ks)): err(f"{name}: key twice")


def arith(name, g, lines, raw, arts):
    def v(s, y=None, role=None, qual=None, art=None):
        y = (g["year"] or 2025) if y is None else y
        c = [f for f in g["facts"] if f["subject"] == s and f["year"] == y and (role is None or f["role"] == role)
             and (qual is None or f["qualifier"] == qual) and (art is None or f.get("article") == art)]
        if not c:
            err(f"{name}: no fact {s}/{y}/{role}"); return float("nan")
        vs = {fold(f["value"], f["measure"]) for f in c}
        if len(vs) != 1: err(f"{name}: {s}/{y}/{role} ambiguous {vs}")
        return c[0]["value"]
    qs = [f["quote"] for f in g["facts"]]
    if name.startswith("n155"):
        rows = [[c.strip() for c in l.strip("|").split("|")] for l in lines if re.match(r"\| \d \| ", l)]
        T = lambda s, role: v(s, 2024, role)
        ok = [len(rows) == 4, [r[0] for r in rows] == ["1", "2", "3", "4"],
              lines.count("| 序号 | 二级指标 | 目标值 | 实际值 | 得分（分） |") == 1,
              pct(v("部门整体支出", 2024, "actual"), v("部门调整后预算")) == v("预算执行率"),                         # 96.2
              round(v("基本支出") + v("项目支出"), 1) == v("部门整体支出", 2024, "actual"),                           # 31,215.5
              pct(v("项目支出"), v("部门整体支出", 2024, "actual")) == v("项目支出占部门整体支出比重"),                 # 94.0
              grow(v("部门整体支出", 2024, "actual"), v("部门整体支出", 2023)) == v("部门整体支出同比增长"),            # 8.6
              v("部门调整后预算") > v("部门年初预算"),
              round(sum(v(s) for s in ("决策指标得分", "过程指标得分", "产出指标得分", "效益指标得分")), 1) == v("部门整体支出绩效评价得分", 2024, "actual"),
              round(v("部门整体支出绩效评价得分", 2024, "actual") - v("部门整体支出绩效评价得分", 2023), 1) == v("部门整体支出绩效评价得分比上年提高"),
              round(T("科技项目按期验收率", "target") - T("科技项目按期验收率", "actual"), 1) == v("科技项目按期验收率低于目标值"),
              grow(v("技术合同登记成交额", 2024, "actual"), v("技术合同登记成交额", 2023)) == v("技术合同登记成交额同比增长"),  # 12.3
              v("回收有效满意度问卷") <= v("发放满意度问卷"), v("新认定高新技术企业") <= v("高新技术企业"),
              T("科技创新券兑付企业", "actual") < T("科技创新券兑付企业", "target"),  # the problem stated in 六、
              T("科技型中小企业评价入库", "actual") >= T("科技型中小企业评价入库", "target"),
              T("服务对象满意度", "actual") >= T("服务对象满意度", "target")]
        for r in rows:  # every table cell is labelled with the value in the cell
            lab = r[1]
            got = [f for f in g["facts"] if f["quote"].startswith(lab + " | ")]
            ok.append(sorted(f["value"] for f in got) == sorted(float(x.replace(",", "")) for x in r[2:5]))
        ok.append(sum(" | " in q for q in qs) == 12)
    elif name.startswith("n156"):
        ok = [grow(v("检验检测样品", 2023, "actual"), v("检验检测样品", 2022)) == v("检验检测样品同比增长"),          # 8.4
              grow(v("营业收入", 2023, "actual"), v("营业收入", 2022)) == v("营业收入同比增长"),                    # 6.9
              pct(v("不合格样品"), v("监督抽查和风险监测任务")) == v("不合格检出率"),                                 # 5.3
              pct(v("民生类样品"), v("检验检测样品", 2023, "actual")) == v("民生类样品占样品总量比重"),              # 37.1
              pct(v("高级职称职工"), v("在职职工")) == v("高级职称职工占比"),                                        # 27.6
              v("服务专精特新企业") <= v("服务企业"), v("硕士及以上学历职工") <= v("在职职工"), v("新引进高层次人才", 2024, "target") <= v("新引进人才"),
              v("检验检测样品", 2024, "target") > v("检验检测样品", 2023, "actual"),
              v("营业收入", 2024, "target") > v("营业收入", 2023, "actual"),
              v("客户满意度", 2024, "target") <= v("客户满意度", 2023, "actual"),   # a floor ("保持在…以上")
              v("检验检测样品", 2023, "actual") == 42600 and "四万二千六百" in raw,
              sum(cn_decimal(q) for q in qs) == 2,
              not any("17025" in q or "12315" in q or "二十大" in q for q in qs), len(g["honours"]) == 3]
    elif name.startswith("n157"):
        uls = re.findall(r"<ul>\n(.*?)\n</ul>", raw, re.S)
        li = [len(re.findall(r"<li>", u)) for u in uls]
        ok = [grow(v("技术合同登记成交额", 2025, "actual"), v("技术合同登记成交额", 2024)) == v("技术合同登记成交额同比增长"),  # 14.2
              v("新认定高新技术企业") <= v("高新技术企业", 2025, "actual"),
              v("新增市级以上科技企业孵化器和众创空间") <= v("市级以上科技企业孵化器和众创空间"),
              v("上海市科学技术奖一等奖") <= v("上海市科学技术奖"),
              li == [8, 12], v("区科技创新先进集体", qual="exact") == 8 == li[0], v("区科技创新先进个人") == 12 == li[1],
              v("区科技创新杰出贡献奖") == 1,
              v("高新技术企业", 2026, "target") > v("高新技术企业", 2025, "actual"),
              v("技术合同登记成交额", 2026, "target") > v("技术合同登记成交额", 2025, "actual"),
              v("全社会研发经费支出占地区生产总值比重", 2026, "target") > v("全社会研发经费支出占地区生产总值比重", 2025, "actual"),
              not any("1,086" in q or "518" in q or "1+3+N" in q for q in qs), len(g["honours"]) == 4]
    else:  # n158
        A, B, C = "2652318840_1", "2652319217_1", "2652320036_2"
        ok = [v("路演人工智能项目") + v("路演生物医药项目") + v("路演集成电路项目") == v("登台路演项目") <= v("路演季报名项目"),
              grow(v("上半年在孵企业投融资"), v("上半年在孵企业投融资", 2024)) == v("上半年在孵企业投融资同比增长"),  # 11.4
              v("创业加速营") + v("投融资对接会") + v("政策宣讲") == v("上半年创业服务活动"),                           # 146
              pct(v("上半年创业服务活动"), v("创业服务活动", 2025, "target")) == v("上半年创业服务活动完成全年目标比例"),  # 56.2
              pct(v("上半年创业服务活动"), v("创业服务活动", 2024)) == v("上半年创业服务活动占2024年全年比例"),         # 54.5
              round(v("企业满意度", 2025) - v("企业满意度", 2024), 1) == v("企业满意度比2024年提高"),                   # 0.9
              v("优秀科技创业导师申报材料", 2025) - v("优秀科技创业导师申报材料", 2024) == v("优秀科技创业导师申报材料比2024年增加"),
              v("上半年新增入孵企业") <= v("上半年服务在孵企业"),
              {f["article"] for f in g["facts"]} == {A, B, C},
              sum(f["role"] == "baseline" for f in g["facts"]) == 4,
              sum(1 for f in g["facts"] if any(tag_text(l, f["quote"]) and f["measure"] and f["measure"] not in f["quote"]
                                               for l in arts[f["article"]][1])) == 4,
              not any("640" in q or "021" in q for q in qs), len(g["honours"]) == 3]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    """The shared validate.py on all four documents. ※ It reads files as UTF-8, so n156 is handed to it decoded (the
    same text check.py quotes from) under its own file name. ※ Its numeral parser does not read 点 decimals
    (九十八点五): the only errors accepted are "value … not stated" for the gold facts whose quote holds such a
    decimal, and check.py itself confirms those values (numbers_in above reads 点)."""
    allowed, seen = set(), set()
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            gf = os.path.splitext(n)[0] + ".json"
            if n.startswith(GB):
                open(os.path.join(tmp, "d", n), "w", encoding="utf-8", newline="\n").write(read(n)[0])
            else:
                shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, gf), os.path.join(tmp, "g"))
            for i, f in enumerate(json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))["facts"]):
                if cn_decimal(f["quote"]):
                    allowed.add(f"ERROR {gf}: fact[{i}] {f['subject']}: value ")
        r = subprocess.run([sys.executable, "-B", VALIDATE, os.path.join(tmp, "d"), os.path.join(tmp, "g")], capture_output=True, text=True)
        out = (r.stdout + r.stderr).splitlines()
        if not out or not out[-1].startswith(("OK", f"{len(allowed)} error(s)")): err("shared validate.py: unexpected summary")
        for l in out:
            if "Traceback" in l: err("shared validate.py: " + l)
            if l.startswith("ERROR"):
                a = next((p for p in allowed if l.startswith(p)), None)
                if a is None: err("shared validate.py: " + l)
                else: seen.add(a)
    if seen != allowed: err(f"shared validate.py: expected {len(allowed)} 点-decimal limitation(s), saw {len(seen)}")
    print(f"shared validate.py: {len(seen)} known limitation(s) accepted (Chinese 点 decimals), no other error")


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
