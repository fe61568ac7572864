#!/usr/bin/env python3
"""Checks the n67–n70 labels against the documents. Prints OK when all checks pass."""
import json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n67_putuo_whlyj_gzzj2025.txt", "n68_changning_xhlj_bnb2025.txt", "n69_minhang_scjgj_xxgk2025.txt", "n70_usst_kjy_csr2025.md"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
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
    out = [float(m.replace(",", "")) for m in re.findall(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?", q)]
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


def check_gold(name, g, lines, raw):
    if list(g) != TOP: err(f"{name}: top-level fields {list(g)}")
    if g["document"] != name: err(f"{name}: document field")
    if g["kind"] not in KINDS: err(f"{name}: kind")
    if g["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", g["published"]): err(f"{name}: published")
    if g["published"] and g["published"] not in raw and g["published"][:4] + "年" not in raw: err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a} not in text")
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f.get('subject')})"
        if list(f) != FF: err(f"{tag}: fields {list(f)}")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            err(f"{tag}: year/value type")
        if not isinstance(f["key"], bool) or not isinstance(f["measure"], str): err(f"{tag}: key/measure type")
        if f["role"] == "target" and f["key"]: err(f"{tag}: a target is key")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change must be growth")
        # n68 is a half-year report: its 全年/下半年 targets are of the report year itself (README ※)
        same_year_ok = name.startswith("n68")
        if f["role"] == "target" and (f["year"] < g["year"] or (f["year"] == g["year"] and not same_year_ok)):
            err(f"{tag}: target not after the report year")
        if f["role"] == "baseline" and f["year"] >= g["year"]: err(f"{tag}: baseline not before the report year")
        if f["role"] in ("actual", "change", "share") and f["year"] != g["year"]: err(f"{tag}: actual of another year")
        q = f["quote"]
        if any(c in q for c in "\n\r"): err(f"{tag}: quote spans lines")
        if not any(q in l for l in lines): err(f"{tag}: quote not a substring of one line: {q!r}")
        if not value_in_quote(f["value"], f["measure"], q): err(f"{tag}: value {f['value']} not in quote {q!r}")
        if f["measure"] and f["measure"] not in ("%",) and "\t" not in q and f["measure"] not in q:
            err(f"{tag}: measure {f['measure']} not in quote")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or not isinstance(h["year"], int) or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        if not any(h["quote"] in l for l in lines): err(f"{tag}: quote not on one line")
        if h["title"] not in h["quote"]: err(f"{tag}: title not in quote")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer not in text")
    seen = set()
    for f in g["facts"]:
        k = (f["subject"], f["year"], f["value"], f["qualifier"], f["role"], f["quote"])
        if k in seen: err(f"{name}: duplicate fact {k}")
        seen.add(k)
    # one value per subject/year/qualifier (after folding 万/亿); ranges give an over and an under entry
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"]), set()).add(round(fold(f["value"], f["measure"]), 6))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    kc = sum(f["key"] for f in g["facts"])
    if not 6 <= kc <= 12: err(f"{name}: {kc} key facts")


def fv(g, subject, year, role=None, qual=None):
    fs = [f for f in g["facts"] if f["subject"] == subject and f["year"] == year
          and (role is None or f["role"] == role) and (qual is None or f["qualifier"] == qual)]
    if not fs:
        err(f"{g['document']}: no fact {subject} {year} {role}")
        return float("nan")
    return fs[0]["value"]


def tables(lines):
    """TAB rows (cells split on TAB) and Markdown pipe rows (cells split on ' | '), keyed by their first cell."""
    tab = {}
    for l in lines:
        if "\t" in l:
            c = l.split("\t")
        elif l.startswith("| ") and not l.startswith("|---"):
            c = [x.strip() for x in l.strip("|").split("|")]
        else:
            continue
        tab[c[0]] = c[1:]
    return tab


def cnum(s):
    return float(s.replace(",", ""))


def table_quotes(name, g, lines):
    """A table quote is a row from its start through one cell, and the fact's value is that cell."""
    for f in g["facts"]:
        q = f["quote"]
        if "\t" in q:
            last = q.split("\t")[-1]
        elif q.startswith("| "):
            last = q.split(" | ")[-1]
        else:
            continue
        full = [l for l in lines if l.startswith(q)]
        if len(full) != 1: err(f"{name}: table quote {q!r} is not the start of exactly one row")
        elif not (full[0] == q or full[0][len(q):].startswith(("\t", " |"))): err(f"{name}: table quote {q!r} cuts a cell")
        if not near(cnum(last), f["value"]): err(f"{name}: table quote {q!r} ends in {last}, value {f['value']}")


def arith(name, g, lines):
    v = lambda s, y=2025, r=None, q=None: fv(g, s, y, r, q)
    tab = tables(lines)
    if name.startswith("n67"):
        ok = [grow(v("接待游客"), v("接待游客", 2024)) == v("接待游客同比增长"),                  # 2860 vs 2614 → 9.4
              grow(v("旅游总收入"), v("旅游总收入", 2024)) == v("旅游总收入同比增长"),            # 318.5 vs 297.1 → 7.2
              near(v("旅游总收入") - v("旅游总收入", 2024), v("旅游总收入比上年增加")),             # 21.4
              pct(v("外地游客"), v("接待游客")) == v("外地游客占比"),                             # 1181/2860 → 41.3
              pct(v("旅游投诉按时办结"), v("受理旅游投诉")) == v("旅游投诉按时办结率"),            # 598/612 → 97.7
              v("市级非遗代表性项目（累计）") < v("区级以上非遗代表性项目（累计）"),
              v("新增市级非遗代表性项目") <= v("市级非遗代表性项目（累计）"),
              v("新建“城市书房”") < v("“城市书房”总数"),
              v("“城市书房”总数") + v("新建“城市书房”", 2026) == v("“城市书房”总数", 2026),          # 25 + 5 = 30
              v("苏州河普陀段水上游览接待游客") < v("接待游客"),
              abs(v("旅游总收入") * (1 + v("旅游总收入同比增长", 2026) / 100) - v("旅游总收入", 2026)) < 1,  # 337.6 ≈ 337
              v("接待游客", 2026) > v("接待游客"), v("公共文化活动", 2026) > v("公共文化活动"),
              v("公共文化场馆群众满意度", 2026) < v("公共文化场馆群众满意度"),
              v("旅游投诉按时办结率", 2026) > v("旅游投诉按时办结率"),
              fv(g, "新增夜间文旅消费场景", 2026, None, "over") < fv(g, "新增夜间文旅消费场景", 2026, None, "under"),
              fv(g, "新增市级非遗代表性项目", 2026, None, "over") < fv(g, "新增市级非遗代表性项目", 2026, None, "under"),
              # the implied 2024 满意度 96.9 = 97.8 − 0.9 (not stated, not labelled)
              r1(v("公共文化场馆群众满意度") - v("公共文化场馆群众满意度比上年提高")) == 96.9]
    elif name.startswith("n68"):
        S, G, X, M = "（上半年）", "（全年目标）", "（下半年）", "（截至6月底）"
        rows = {k: c for k, c in tab.items() if k != "指标"}
        ok = [len(rows) == 7 and all(len(c) == 4 for c in rows.values())]
        for label, c in rows.items():
            ok += [pct(cnum(c[2]), cnum(c[1])) == cnum(c[3]),                                 # 完成进度 recomputed
                   near(v(label + S), cnum(c[2])), near(fv(g, label + G, 2025, "target", "exact"), cnum(c[1])),
                   all(f["measure"] == c[0] for f in g["facts"] if f["quote"].startswith(label + "\t") and f["role"] != "share")]
        ok += [grow(v("区级税收" + S), v("区级税收" + S, 2024)) == v("区级税收同比增长" + S),        # 27340 vs 26013 → 5.1
               pct(v("重点楼宇贡献税收" + S), v("区级税收" + S)) == v("重点楼宇贡献税收占比" + S),     # 62.0
               pct(v("整改安全隐患" + S), v("发现安全隐患" + S)) == v("安全隐患整改率" + S),         # 411/426 → 96.5
               abs(v("社区助餐服务" + S) / 181 - v("社区助餐日均供餐" + S)) < 5,                    # 181 days Jan–Jun
               r1(v("湿垃圾分出量" + S) / 181) == v("湿垃圾日均分出量" + S),                         # 17.7
               fv(g, "加装电梯完工" + G, 2025, "target") - v("加装电梯完工" + S) == v("加装电梯完工" + X),   # 24 − 11 = 13
               fv(g, "美丽街区建设" + G, 2025, "target") - v("美丽街区建设" + S) == v("美丽街区建设" + X),   # 6 − 3 = 3
               v("新增家庭照护床位" + S) < v("家庭照护床位" + M),
               v("新引进注册资本超1000万元企业" + S) < v("新引进企业" + S),
               v("12345热线工单满意率" + S) > v("12345热线工单满意率" + G),
               v("安全隐患整改率" + S) < v("安全隐患整改率" + G),
               fv(g, "“新华·邻里节”系列活动" + X, 2025, None, "over") < fv(g, "“新华·邻里节”系列活动" + X, 2025, None, "under")]
    elif name.startswith("n69"):
        A = "依申请公开办理结果："
        res = ["予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理"]
        ok = []
        for suf in ("（自然人）", "（法人或其他组织）", ""):
            ok += [sum(v(A + r + suf) for r in res) == v("办结政府信息公开申请" + suf),
                   v("新收政府信息公开申请" + suf) + v("上年结转政府信息公开申请" + suf)
                   == v("办结政府信息公开申请" + suf) + v("结转下年度继续办理申请" + suf)]
        for s in ["新收政府信息公开申请", "上年结转政府信息公开申请", "办结政府信息公开申请", "结转下年度继续办理申请"] + [A + r for r in res]:
            ok.append(v(s + "（自然人）") + v(s + "（法人或其他组织）") == v(s))
        for k in ("行政复议", "行政诉讼"):
            p = "政府信息公开" + k
            ok.append(v(p + "结果维持") + v(p + "结果纠正") + v(p + "尚未审结") == v(p))
        ok += [grow(v("主动公开政府信息"), v("主动公开政府信息", 2024)) == v("主动公开政府信息同比增长"),   # 6.3
               grow(v("新收政府信息公开申请"), v("新收政府信息公开申请", 2024)) == v("新收政府信息公开申请同比增长"),  # 12.3
               v("政府门户网站公开政府信息") + v("政务新媒体公开政府信息") == v("主动公开政府信息"),           # 1962 + 456
               pct(v("政府门户网站公开政府信息"), v("主动公开政府信息")) == v("政府门户网站公开占比"),        # 81.1
               pct(v(A + "无法提供"), v("办结政府信息公开申请")) == v("“无法提供”类答复占办结总数比重"),      # 51/157 → 32.5
               v("多样化政策解读") < v("政策解读"),
               v("主动公开政府信息", 2026) > v("主动公开政府信息"), v("“政府开放日”活动", 2026) > v("“政府开放日”活动"),
               len([f for f in g["facts"] if "\t" in f["quote"]]) == 3 + 3 + 30 + 8]
    else:
        ok = []
        for label, c in tab.items():
            if label == "指标":
                continue
            ok.append(grow(cnum(c[1]), cnum(c[0])) == cnum(c[2]))                           # 增长率 recomputed
        ok += [len(tab) == 6,
               v("在孵企业", 2024) + v("新入驻企业") - v("毕业企业") - v("退出企业") == v("在孵企业"),  # 286 + 71 − 24 − 21
               pct(v("吸纳高校应届毕业生就业"), v("吸纳就业")) == v("高校应届毕业生占吸纳就业比重"),      # 33.7
               v("师生创业企业") < v("在孵企业"), v("新认定高新技术企业") < v("园区高新技术企业（累计）"),
               v("在孵企业", 2026) > v("在孵企业"), v("园区企业总收入", 2026) > v("园区企业总收入"),
               v("服务企业满意度", 2026) < v("服务企业满意度"),
               fv(g, "新认定高新技术企业", 2026, None, "over") < fv(g, "新认定高新技术企业", 2026, None, "under"),
               sum(f["source"] == "text" for f in g["honours"]) <= v("省部级以上荣誉")]
    table_quotes(name, g, lines)
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic check {i}")


def shared_validator():
    """The shared validator (UTF-8 text, raw-line quotes) on all four documents."""
    val = "/work/shared/gold/validate.py"
    if not os.path.exists(val):
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", val, os.path.join(tmp, "d"), os.path.join(tmp, "g")], capture_output=True, text=True)
        # validate.py reads digits without their sign; a negative table cell (QUANTITIES rule 8) is tolerated
        # when its magnitude is found in the quote. Every other complaint is an error.
        for l in (r.stdout + r.stderr).splitlines():
            m = re.search(r"value (-[\d.]+) not stated in quote .*\(found \[(.*)\]\)", l)
            if m and any(near(-float(m.group(1)), float(x)) for x in m.group(2).split(",")):
                continue
            if l.startswith("ERROR") or "Traceback" in l:
                err("shared validate.py: " + l)


def main():
    for name in NAMES:
        raw_b = open(os.path.join(DOCS, name), "rb").read()
        if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(b"\n"): err(f"{name}: UTF-8, LF, no BOM")
        raw = raw_b.decode("utf-8")
        lines = raw.split("\n")[:-1]
        if not 30 <= len(lines) <= 60: err(f"{name}: {len(lines)} lines")
        tabs = [l for l in lines if "\t" in l]
        pipes = [l for l in lines if l.startswith("|")]
        if name.startswith("n68"):
            if len(tabs) != 8 or any(l.count("\t") != 4 for l in tabs): err("n68: 8 TAB lines of 5 cells")
        elif name.startswith("n69"):
            # four tables: 2 lines of 4 cells, 4 of 2, 11 of 4 (plus one TAB-less sub-heading), 3 of 5
            if [l.count("\t") for l in tabs] != [3] * 2 + [1] * 4 + [3] * 11 + [4] * 3: err("n69: TAB table shapes")
        elif tabs: err(f"{name}: TAB outside n68/n69")
        if name.startswith("n70"):
            if len(pipes) != 7 or any(l.count("|") != 5 or not l.endswith("|") for l in pipes): err("n70: 7 pipe lines of 4 cells")
        elif pipes: err(f"{name}: pipe table outside n70")
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw)
        arith(name, g, lines)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {len(lines)} lines")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
