#!/usr/bin/env python3
"""Checks the n139–n142 labels against the documents. Prints OK when all checks pass.

Every document is read as raw UTF-8 text split on "\\n" (no HTML parsing, no Markdown rendering, no entity decoding):
a quote must be a substring of one such raw line."""
import json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n139_jiading_tjj_kb2024_q3.html", "n140_shsw_fbh2023_07.txt", "n141_changning_kx_zj2022.md",
         "n142_xuhui_kjtjgb2018.txt"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
CELL = "</td><td>"   # n139's HTML table quotes keep the markup between cells (heldout33's n130 convention)
# ※ the line key facts must be quoted from (n142: none; its key facts are spread over the bulletin's sections)
KEY_LINES = {"n139": lambda ls: [l for l in ls if l.startswith("<p>前三季度，全区实现地区生产总值")],
             "n140": lambda ls: [l for l in ls if l.startswith("上半年，全市实现社会消费品零售总额")],
             "n141": lambda ls: [l for l in ls if l.startswith("2022年，区科协")],
             "n142": lambda ls: [l for l in ls if not l.startswith(("注释", "1.", "2."))]}
SAME_YEAR_TARGETS = {"n140"}   # ※ the press conference's 全年 targets are of 2023, the conference's own year
errors = []
err = errors.append


def near(a, b, tol=1e-6):
    return abs(a - b) <= tol * max(1, abs(a), abs(b))


def rd(x, n=1):  # round half up, as the documents do
    k = 10 ** n
    return math.floor(x * k + 0.5 + 1e-9) / k


def pct(a, b, n=1):
    return rd(a / b * 100, n)


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
    raw_b = open(os.path.join(DOCS, name), "rb").read()
    if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(b"\n"): err(f"{name}: UTF-8, LF, no BOM")
    raw = raw_b.decode("utf-8")
    if "\t" in raw: err(f"{name}: TAB in the text")
    return raw, raw.split("\n")[:-1]


def check_gold(name, g, lines, raw):
    tag0 = name[:4]
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g["document"] != name: err(f"{name}: document field")
    if g["kind"] not in KINDS: err(f"{name}: kind")
    if g["published"] is not None:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a} not in text")
    ry = g["year"]
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != FF: err(f"{tag}: fields {list(f)}")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            err(f"{tag}: year/value type")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str): err(f"{tag}: key/measure type")
        if f["role"] in ("target", "baseline") and f["key"]: err(f"{tag}: a {f['role']} is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        if f["role"] == "budget": err(f"{tag}: no budget role in this batch")
        if f["role"] == "target" and (f["year"] < ry or (f["year"] == ry and tag0 not in SAME_YEAR_TARGETS)):
            err(f"{tag}: target not after the report year")
        if f["role"] == "baseline" and f["year"] != ry - 1: err(f"{tag}: baseline not of the year before")
        if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: {f['role']} of {f['year']}")
        q = f["quote"]
        if any(c in q for c in "\n\r"): err(f"{tag}: quote spans lines")
        if not any(q in l for l in lines): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        if f["measure"] and f["measure"] != "%" and f["measure"] not in q: err(f"{tag}: measure {f['measure']} not in quote")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q.replace(CELL, ""))): err(f"{tag}: markup in quote")
        if name.endswith(".md") and (q.startswith(("|", "#", "- ", "**")) or "**" in q or re.match(r"\s*\d+\. ", q)):
            err(f"{tag}: Markdown syntax in quote")
        if f["key"]:
            if not any(q in l for l in KEY_LINES[tag0](lines)): err(f"{tag}: key fact not in the key paragraph")
            if f["year"] != ry: err(f"{tag}: key fact of {f['year']}")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        if not any(h["quote"] in l for l in lines): err(f"{tag}: quote not on one line")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
        if h["issuer"] and h["issuer"] not in h["quote"]: err(f"{tag}: issuer not in quote")
        if h["recipient"] not in raw and h["recipient"] != g["unit"]: err(f"{tag}: recipient not in text")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["qualifier"], f["role"], f["quote"])
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)
    vals = {}
    for f in g["facts"]:  # ※ role is part of the key: a same-year target may share its actual's subject (n140)
        vals.setdefault((f["subject"], f["year"], f["qualifier"], f["role"] == "target"), set()).add(ffold(f))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 25 <= n <= 40: err(f"{name}: {n} facts")
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
    """{label: [cells after the label]} of the table's <tr><td> rows."""
    rows = {}
    for l in lines:
        if l.startswith("<tr><td>"):
            cells = l[len("<tr><td>"):-len("</td></tr>")].split(CELL)
            rows[cells[0]] = cells[1:]
    return rows


def arith(name, g, lines, raw):
    v = lambda s, y=None, r=None, q=None: fv(g, s, y, r, q)
    fs = g["facts"]
    ok = []
    if name.startswith("n139"):
        P = "前三季度"
        rows = html_rows(lines)
        tq = [f for f in fs if CELL in f["quote"]]
        hdr = [l for l in lines if l.startswith("<tr><th>")]
        tv = lambda lab, i: float(rows[lab][i])
        prim = ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
        ok = [hdr == ["<tr><th>指标</th><th>单位</th><th>绝对值</th><th>比上年同期增长（%）</th></tr>"],
              len(rows) == 11, all(c[0] == "亿元" for c in rows.values()),
              [lab for lab, c in rows.items() if c[1] == "—"] == ["固定资产投资", "其中：工业投资"],   # growth only
              # every figure cell has exactly one fact, whose value is the cell and whose quote ends in it
              len(tq) == sum(c[1] != "—" for c in rows.values()) + len(rows) == 20,
              all(any(f["quote"] == CELL.join([lab] + c[:i + 1]) and near(f["value"], float(c[i])) for f in tq)
                  for lab, c in rows.items() for i in (1, 2) if c[i] != "—"),
              all(not f["key"] for f in tq),                                                       # table copies
              all(f["measure"] == ("%" if f["role"] == "change" else "亿元") for f in tq),
              near(sum(tv(p, 1) for p in prim), tv("地区生产总值", 1)),                                # 5.24+812.40+1268.71
              pct(tv("第三产业增加值", 1), tv("地区生产总值", 1)) == v(P + "第三产业增加值占地区生产总值比重"),      # 60.8
              pct(tv("其中：战略性新兴产业产值", 1), tv("规模以上工业总产值", 1))
              == v(P + "战略性新兴产业产值占规模以上工业总产值比重"),                                            # 45.0
              # 2.1 = 45.0 − the 2023 share implied by the two growth rates (1406.52/1.093 over 3125.60/1.041)
              rd(v(P + "战略性新兴产业产值占规模以上工业总产值比重")
                 - pct(tv("其中：战略性新兴产业产值", 1) / (1 + tv("其中：战略性新兴产业产值", 2) / 100),
                       tv("规模以上工业总产值", 1) / (1 + tv("规模以上工业总产值", 2) / 100)))
              == v(P + "战略性新兴产业产值占规模以上工业总产值比重比上年同期提高"),
              pct(tv("其中：税收收入", 1), tv("一般公共预算收入", 1)) == v(P + "税收收入占一般公共预算收入比重"),       # 86.6
              tv("其中：税收收入", 1) < tv("一般公共预算收入", 1)
              and tv("其中：战略性新兴产业产值", 1) < tv("规模以上工业总产值", 1),
              # prose = table
              all(near(v(P + s, r="actual"), tv(lab, 1)) and near(v(P + s + "同比增长"), tv(lab, 2))
                  for s, lab in (("地区生产总值", "地区生产总值"), ("规模以上工业总产值", "规模以上工业总产值"),
                                 ("社会消费品零售总额", "社会消费品零售总额"), ("一般公共预算收入", "一般公共预算收入"))),
              v(P + "固定资产投资同比增长") == tv("固定资产投资", 2),
              # the GDP growth is between its industries' rates (a weighted mean)
              min(tv(p, 2) for p in prim) <= v(P + "地区生产总值同比增长") <= max(tv(p, 2) for p in prim),
              all(f["subject"].startswith(P) for f in fs),                                         # ※ period prefix
              not any(f["role"] in ("target", "baseline") for f in fs), not g["honours"]]
    elif name.startswith("n140"):
        H = "上半年"
        qa = [i for i, l in enumerate(lines) if l.startswith("记者（")]
        premise = [lines[i + 1] for i in qa]                                                       # the reporters' questions
        ok = [len(qa) == 4, all(lines[i + 2].startswith("答（") for i in qa),
              lines[0].endswith("文字实录") and "主持人：" in raw and "发布人 王立新：" in raw,
              # ※ nothing is quoted from a reporter's question (8.2%, 超过600家, 239.56亿美元 are premises)
              not any(f["quote"] in l for f in fs for l in premise),
              any("8.2%" in l for l in premise) and any("600家" in l for l in premise) and any("239.56" in l for l in premise),
              near(v(H + "出口") + v(H + "进口"), v(H + "货物进出口总额")),                            # 8,245.3+12,473.1
              grow(v(H + "货物进出口总额"), v(H + "出口") / (1 + v(H + "出口同比增长") / 100)
                   + v(H + "进口") / (1 - v(H + "进口同比下降") / 100)) == v(H + "货物进出口总额同比增长"),   # 0.9
              pct(v(H + "网络零售额"), v(H + "社会消费品零售总额")) == v(H + "网络零售额占社会消费品零售总额比重"),   # 21.9
              grow(v(H + "实际使用外资", 2023, "actual"), v(H + "实际使用外资", 2022, "baseline"))
              == v(H + "实际使用外资同比增长"),                                                           # 8.1
              pct(v(H + "新引进零售类首店"), v(H + "新引进首店")) == v(H + "零售类首店占新引进首店比重"),          # 45.1
              v(H + "新引进亚洲首店及以上级别首店") + v(H + "新引进全国首店") + v(H + "新引进零售类首店") <= v(H + "新引进首店"),
              v(H + "汽车类零售额") + v(H + "餐饮收入") < v(H + "社会消费品零售总额"),
              v("新认定跨国公司地区总部") <= v("跨国公司地区总部") and v("新增外资研发中心") <= v("外资研发中心"),
              v("新设外资企业", 2023, "target", "over") > v(H + "新设外资企业"),
              v("实际使用外资", 2023, "target", "approx") > v(H + "实际使用外资", 2023, "actual"),
              all(f["year"] == 2023 for f in fs if f["role"] != "baseline"),
              [f["year"] for f in fs if f["role"] == "baseline"] == [2022],
              sum(f["role"] == "target" for f in fs) == 2, not g["honours"]]
    elif name.startswith("n141"):
        ok = [lines[0].startswith("# ") and lines[0].endswith("2022年工作总结和2023年工作计划"),
              [l for l in lines if l.startswith("## ")] == ["## 一、2022年工作总结", "## 二、2023年工作计划"],
              [l[4:] for l in lines if l.startswith("### ")] == ["（一）科学普及", "（二）组织建设", "（三）服务创新", "（四）荣誉"],
              sum(bool(re.match(r"\d\. \*\*[^*]+。\*\* ", l)) for l in lines) == 7,
              sum(l.startswith("- ") for l in lines) == 3 == len(g["honours"]) == v("市级以上荣誉"),
              grow(v("科普活动", 2022, "actual", "exact"), v("科普活动", 2021, "baseline")) == v("科普活动同比增长"),  # 8.6
              v("科普活动", 2022, "actual", "exact") >= v("科普活动", 2022, "actual", "over"),           # 1,236 ≥ 一千二百余
              pct(v("线上科普活动"), v("科普活动", 2022, "actual", "exact")) == v("线上科普活动占科普活动比重"),  # 33.3
              v("全国科普日期间科普活动") < v("科普活动", 2022, "actual", "exact"),
              any(grow(fold(v("科普活动服务群众", 2022, "actual"), "万"), k * 100) == -v("科普活动服务群众同比下降")
                  for k in range(3500, 4000)),
              v("青少年科技创新大赛一等奖作品") <= v("青少年科技创新大赛获奖作品"),
              v("新增个人会员", 2022, "actual") < v("个人会员"),
              v("新建企业科协", 2022, "actual") <= v("企业科协"),
              v("服务企业", 2022, "actual") - v("服务企业同比增加") > 0,
              fold(v("产学研合作项目合同金额"), "万") == 13500000,                                     # 一千三百五十万元
              v("科普活动", 2023, "target", "over") > v("科普活动", 2022, "actual", "exact"),
              v("科普活动服务群众", 2023, "target", "over") > v("科普活动服务群众", 2022, "actual"),
              v("新增个人会员", 2023, "target", "over") > v("新增个人会员", 2022, "actual"),
              v("服务企业", 2023, "target") > v("服务企业", 2022, "actual"),
              all(f["year"] == 2023 for f in fs if f["role"] == "target"),
              sorted(h["level"] for h in g["honours"]) == ["municipal", "municipal", "national"],
              all(h["year"] == 2022 for h in g["honours"]),
              "<" not in raw and "|" not in raw]
    elif name.startswith("n142"):
        R = "R&D经费支出"
        parts = ["基础研究经费支出", "应用研究经费支出", "试验发展经费支出"]
        shares = ["基础研究经费占R&D经费支出比重", "应用研究经费占R&D经费支出比重", "试验发展经费占R&D经费支出比重"]
        pages = [l for l in lines if re.fullmatch(r"- \d+ -", l)]
        ok = [pages == ["- 1 -", "- 2 -", "- 3 -"], lines[-1] == "- 3 -", "<" not in raw,
              grow(v(R, 2018, "actual"), v(R, 2017, "baseline")) == v(R + "比上年增长"),                # 11.3
              pct(v(R, 2018, "actual"), v("地区生产总值"), 2) == v(R + "相当于地区生产总值比重", 2018, "share"),  # 8.12
              rd(v(R + "相当于地区生产总值比重", 2018, "share") - v(R + "相当于地区生产总值比重", 2017, "baseline"), 2)
              == v(R + "相当于地区生产总值比重比上年提高"),                                               # 0.21
              near(sum(v(p) for p in parts), v(R, 2018, "actual")),                                    # by activity
              all(pct(v(p), v(R, 2018, "actual")) == v(s) for p, s in zip(parts, shares)),             # 7.7 14.9 77.4
              near(sum(v(s) for s in shares), 100),
              near(v("企业" + R) + v("研究机构" + R) + v("高等学校" + R), v(R, 2018, "actual")),          # by performer
              pct(v("企业" + R), v(R, 2018, "actual")) == v("企业" + R + "占R&D经费支出比重"),            # 62.5
              grow(v("R&D人员折合全时当量", 2018, "actual"), v("R&D人员折合全时当量", 2017, "baseline"))
              == v("R&D人员折合全时当量比上年增长"),                                                       # 6.9
              pct(v("发明专利申请量"), v("专利申请量")) == v("发明专利申请量占专利申请量比重"),                  # 55.4
              v("发明专利授权量") < v("专利授权量") < v("专利申请量"),
              v("有效发明专利拥有量") > v("发明专利授权量"),
              v("高新技术企业", 2018, "actual") - v("高新技术企业比上年末增加") == v("高新技术企业", 2017, "baseline"),  # 236
              # the implied population (有效发明专利 / 每万人口) is plausible for a district: 100–130 万人
              100 <= v("有效发明专利拥有量") / v("每万人口发明专利拥有量") <= 130,
              sorted({f["year"] for f in fs if f["role"] == "baseline"}) == [2017],
              not any(f["role"] == "target" for f in fs), not g["honours"]]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    """The shared validator on all four documents (it reads them as plain text)."""
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
        raw, lines = read(name)
        nl = len(lines)
        if not 20 <= nl <= 60: err(f"{name}: {nl} lines")
        if any(l.startswith("|") for l in lines): err(f"{name}: pipe table")
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw)
        arith(name, g, lines, raw)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {nl} lines")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
