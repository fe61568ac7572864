#!/usr/bin/env python3
"""Checks the n171–n174 labels against the documents. Prints OK when all checks pass.

Lines: n171 (.txt) / n172 (.html) / n173 (.md): the raw UTF-8 file split on "\\n" (no Markdown rendering, no HTML
parsing, no entity decoding, no width folding: n171's full-width digits stay full-width in lines and quotes).
n174 (.txt, GB18030): the bytes decoded as GB18030 and split on "\\n"; quotes are of the decoded text.
All paths are relative to this file, so the folder can be copied anywhere (only the shared validator is taken from its
absolute path)."""
import json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
SHARED_VALIDATOR = "/work/shared/gold/validate.py"
NAMES = ["n171_changning_kw_ndzj2025_qj.txt", "n172_sheitc_gyhlw_cg2025.html", "n173_shhj_rjcp_csr2024.md",
         "n174_stcsm_kcfw_bmys2023_gb.txt"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
# ※ the lines key facts must be quoted from (prefixes)
KEY_LINES = {"n171": ("２０２５年，区科委坚持",),
             "n172": ("<p>2025年，本市深入实施", "<p>平台体系方面"),
             "n173": ("- 营业收入：", "- 利润总额：", "- 完成软件测评项目：", "- 服务客户：", "- 客户满意度：", "2024年，华鉴测评"),
             "n174": ("2023年收入预算总额", "财政拨款收入5,926.40", "2023年支出预算总额", "（一）“三公”", "（二）政府采购")}
FW = re.compile("[０-９]")
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
    """(text validate.py is given, all lines, raw bytes)."""
    path = os.path.join(DOCS, name)
    raw_b = open(path, "rb").read()
    if raw_b.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or b"\r" in raw_b or not raw_b.endswith(b"\n"):
        err(f"{name}: no BOM, LF, final newline")
    if name.startswith("n174"):
        raw = raw_b.decode("gb18030")
    else:
        raw = raw_b.decode("utf-8")
    ls = raw.split("\n")[:-1]
    return raw, ls, raw_b


def front_matter(lines):
    """n173: indices of the YAML front-matter lines (first line `---` through the closing `---`)."""
    if not lines or lines[0] != "---": return set()
    end = lines.index("---", 1)
    return set(range(0, end + 1))


def check_gold(name, g, lines, raw):
    tag0 = name[:4]
    nraw = unicodedata.normalize("NFKC", raw)
    if list(g) != TOP or g["document"] != name: err(f"{name}: top level")
    if g["kind"] not in KINDS or g["kind"] == "article-feed": err(f"{name}: kind")
    if g["published"] is not None:
        y, m, *d = g["published"].split("-")
        # ※ n171 writes its date in full-width digits (compared after NFKC); n173 states it as `date: YYYY-MM-DD`
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in nraw and f"date: {g['published']}" not in raw:
            err(f"{name}: published not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a}")
    if g["unit"] not in raw: err(f"{name}: unit not in text")
    ry = g["year"]
    fm = front_matter(lines) if name.endswith(".md") else set()
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f['subject']})"
        if list(f) != FF: err(f"{tag}: fields")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)): err(f"{tag}: types")
        if not isinstance(f["key"], bool): err(f"{tag}: key type")
        if f["role"] in ("target", "baseline") and f["key"]: err(f"{tag}: key {f['role']}")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change not growth")
        if f["category"] == "growth" and f["role"] not in ("change", "target"): err(f"{tag}: growth not change/target")
        if f["role"] == "budget": err(f"{tag}: budget")
        if f["role"] == "target" and f["year"] <= ry: err(f"{tag}: target year")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline year")
        if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: year {f['year']}")
        if f["value"] < 0: err(f"{tag}: negative value")
        q = f["quote"]
        hits = [k for k, l in enumerate(lines) if q in l]
        if "\n" in q or "\r" in q or not hits: err(f"{tag}: quote not on one line: {q!r}"); continue
        if any(k in fm for k in hits): err(f"{tag}: quote in the front matter")
        if not any(near(f["value"], n) for n in numbers_in(q)): err(f"{tag}: value not in quote")
        if f["measure"] and f["measure"] != "%" and f["measure"] not in q: err(f"{tag}: measure not in quote")
        if f["measure"] == "%" and not re.search(r"[%％]", q): err(f"{tag}: % not in quote")
        if name.endswith(".html") and ("&" in q or "<" in q or ">" in q): err(f"{tag}: markup in quote")
        if name.endswith(".md") and (re.match(r"(#|- |\||> |\d+\. )", q) or "**" in q): err(f"{tag}: markdown in quote")
        if q != q.strip(): err(f"{tag}: padded quote")
        if f["key"]:
            kl = [l for l in lines if l.startswith(KEY_LINES[tag0])]
            if not any(q in l for l in kl): err(f"{tag}: key fact outside the key lines")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or h["source"] not in ("text", "table") or not isinstance(h["year"], int): err(f"{tag}: enum")
        if h["title"] not in h["quote"] or not any(h["quote"] in l for l in lines): err(f"{tag}: quote/title")
        if name.endswith(".md") and re.match(r"(- |\d+\. )", h["quote"]): err(f"{tag}: markdown in quote")
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
    if not 20 <= len([l for l in lines if l.strip()]) <= 40: err(f"{name}: {len(lines)} lines")


def arith(name, g, lines, raw, raw_b):
    def v(s, y=None, role=None):
        y = g["year"] if y is None else y
        fs = [f for f in g["facts"] if f["subject"] == s and f["year"] == y
              and (f["role"] in ("actual", "change", "share") if role == "now" else role is None or f["role"] == role)]
        if not fs: err(f"{name}: no fact {s} {y} {role}"); return float("nan")
        return fs[0]["value"]
    qs = [f["quote"] for f in g["facts"]] + [h["quote"] for h in g["honours"]]
    P = lambda s: v(s, g["year"], "now")
    B = lambda s, y: v(s, y, "baseline")
    T = lambda s, y: v(s, y, "target")
    if name.startswith("n171"):
        R = "全社会研发经费支出占GDP比重"
        body = lines[3:]
        ok = [FW.search(lines[0]) and not re.search(r"[0-9]", lines[0]), lines[1] == "（２０２６年１月１２日）",
              lines[-1] == "２０２６年１月１２日", "．" not in raw,
              any(FW.search(l) and re.search(r"[0-9]", l) for l in body),                           # mixed lines
              sum(bool(FW.search(f["quote"])) for f in g["facts"]) >= 15,
              sum(bool(re.search(r"[0-9]", f["quote"])) for f in g["facts"]) >= 10,
              "三、下一步工作打算" in lines and not any(FW.search(l) or re.search(r"[0-9]", l) for l in lines if "下一步工作打算" in l),
              P("高新技术企业") - B("高新技术企业", 2024) == P("高新技术企业比2024年底增加"),            # 76
              grow(P("技术合同成交额"), B("技术合同成交额", 2024)) == P("技术合同成交额同比增长"),        # 12.4
              round(P("技术合同成交额") - B("技术合同成交额", 2024), 2) == P("技术合同成交额比上年增加"),  # 1.73
              pct(P("发明专利授权量"), P("专利授权量")) == P("发明专利授权量占专利授权量比重"),          # 36.3
              P("新认定高新技术企业") <= P("高新技术企业"), P("发明专利授权量") < P("专利授权量"),
              P("新增市级众创空间") <= P("市级以上众创空间和孵化器"),
              T("新认定高新技术企业", 2026) > P("新认定高新技术企业"), T("高新技术企业", 2026) > P("高新技术企业"),
              T("技术合同成交额", 2026) > P("技术合同成交额"), T(R, 2026) > P(R), T("科普活动", 2026) > P("科普活动"),
              abs(grow(T("技术合同成交额", 2026), P("技术合同成交额")) - T("技术合同成交额同比增长", 2026)) < 0.5,  # 14.8 ≈ 15
              not any(re.search(r"第[１-９0-9]|０２１|[１1]＋|１６日|２２日", q) for q in qs),
              len(g["honours"]) == 2]
    elif name.startswith("n172"):
        S, D = "工业互联网核心产业规模", "规模以上工业企业数字化转型比例"
        ps = [l for l in lines if l.startswith("<p>")]
        ok = [len(ps) == 8, all(l.endswith("</p>") and len(l) > 60 for l in ps[:7]),
              grow(P(S), B(S, 2024)) == P(S + "同比增长"),                                              # 11.2
              P(S) - B(S, 2024) == P(S + "比上年增加"),                                                 # 187
              pct(P(S), fold(P("全国" + S), "万亿元") / 1e8) == P(S + "占全国比重"),                    # 12.1
              round(P(D) - B(D, 2024), 1) == P(D + "比上年提高"),                                        # 4.3
              P("市级智能工厂") - P("新认定市级智能工厂") == B("市级智能工厂", 2024),                    # 365 − 85 = 280
              round(P("带动企业投资") / P("专项资金支持工业互联网项目资金"), 1) == 8.0 and "1∶8" in raw,
              P("国家级跨行业跨领域工业互联网平台") <= P("工业互联网平台"),
              P("入选工业互联网试点示范项目企业") <= P("入选工业互联网试点示范项目"),
              T(S, 2027) > P(S), T(D, 2027) > P(D),
              not any(f["key"] for f in g["facts"] if f["subject"].startswith("全国")),
              "&nbsp;" in raw and "&gt;" in raw,
              not any(re.search(r"3,046|021-|ICP|a0923|1∶8|第七届|2023—2025|5G\+", q) for q in qs),
              len(g["honours"]) == 1]
    elif name.startswith("n173"):
        bl = {m.group(1): m.group(2) for m in (re.match(r"- (.+?)：(.+)", l) for l in lines) if m}
        Y = lambda s: B(s, 2023)
        ok = [lines[0] == "---" and "title: 上海华鉴软件测评技术有限公司2024年社会责任报告" in lines[:7],
              len(bl) == 8, bl["营业收入"] == "3.2亿元（2023年：2.9亿元）",
              all(re.fullmatch(r".+（2023年：.+）", x) for x in bl.values()),
              [l[:3] for l in lines if re.match(r"\d+\. ", l)] == ["1. ", "2. ", "3. ", "4. "],
              grow(P("营业收入"), Y("营业收入")) == P("营业收入同比增长"),                                  # 10.3
              grow(P("利润总额"), Y("利润总额")) == P("利润总额同比增长"),                                  # 12.9
              grow(P("完成软件测评项目"), Y("完成软件测评项目")) == P("完成软件测评项目同比增长"),          # 12.5
              round(P("客户满意度") - Y("客户满意度"), 1) == P("客户满意度较上年提高"),                    # 0.5
              pct(P("研发投入"), P("营业收入") * 10000) == P("研发投入占营业收入比重"),                    # 11.0
              pct(P("信创适配测评项目"), P("完成软件测评项目")) == P("信创适配测评项目占比"),              # 25.8
              pct(P("硕士及以上学历员工"), P("员工总数")) == P("硕士及以上学历员工占比"),                  # 32.5
              pct(P("女性员工"), P("员工总数")) == P("女性员工占比"),                                      # 42.2
              r1(P("员工培训") * 10000 / P("员工总数")) == P("员工人均培训"),                               # 37.0
              T("营业收入", 2025) > P("营业收入"), T("完成软件测评项目", 2025) > P("完成软件测评项目"),
              all(Y(s) < P(s) for s in ("营业收入", "利润总额", "上缴税费", "完成软件测评项目", "服务客户", "员工总数")),
              not any(re.search(r"25000|CNAS|CMA|421号|200235|021-|3·15|第五|(?<![\d.])1\.0(?!\d)", q) for q in qs),
              len(g["honours"]) == 4]
    else:  # n174
        inc = ("财政拨款收入", "事业收入", "其他收入")
        base22 = [P(s) - P(s + "比2022年预算增加") if s != "其他收入" else P(s) + P(s + "比2022年预算减少") for s in inc]
        ok = [raw_b.decode("gb18030") == raw, "䶮" in raw and "\u4dae".encode("gb18030") in raw_b,
              not _decodes(raw_b, "utf-8"), not _decodes(raw_b, "gbk"),
              round(sum(P(s) for s in inc), 2) == P("收入预算") == P("支出预算"),
              round(P("财政拨款收入比2022年预算增加") + P("事业收入比2022年预算增加") - P("其他收入比2022年预算减少"), 2)
              == P("收入预算比2022年预算增加"),                                                          # 438.90 + 83.46 − 10.00
              round(P("收入预算") - B("收入预算", 2022), 2) == P("收入预算比2022年预算增加"),             # 512.36
              round(sum(base22), 2) == B("收入预算", 2022),                                               # 2022 parts → 6,330.21
              grow(P("收入预算"), B("收入预算", 2022)) == P("收入预算比2022年预算增长"),                 # 8.1
              grow(P("财政拨款收入"), base22[0]) == P("财政拨款收入比2022年预算增长"),                   # 8.0
              grow(P("事业收入"), base22[1]) == P("事业收入比2022年预算增长"),                           # 11.9
              pct(P("财政拨款收入"), P("收入预算")) == P("财政拨款收入占收入预算比重"),                  # 86.6
              round(P("基本支出") + P("项目支出"), 2) == P("支出预算"),
              pct(P("基本支出"), P("支出预算")) == P("基本支出占支出预算比重"),                          # 33.8
              pct(P("项目支出"), P("支出预算")) == P("项目支出占支出预算比重"),                          # 66.2
              round(P("科学技术支出") + P("社会保障和就业支出") + P("住房保障支出"), 2) == P("支出预算"),
              round(P("因公出国（境）费") + P("公务用车购置及运行费") + P("公务接待费"), 2) == P("“三公”经费财政拨款预算"),
              P("因公出国（境）费") == 0 == P("公务用车购置及运行费"),
              round(P("货物类政府采购预算") + P("服务类政府采购预算"), 2) == P("政府采购预算"),
              P("实行绩效目标管理项目预算资金") == P("项目支出"),
              pct(P("实行绩效目标管理项目预算资金"), P("项目支出")) == P("实行绩效目标管理项目预算资金占项目支出比重"),
              P("重点绩效评价项目") <= P("实行绩效目标管理项目"), P("在编人员") <= P("核定事业编制"),
              "车辆0辆" in raw and not any("车辆" in q for q in qs),
              not any(re.search(r"第[一二]部分|021-|100号|䶮", q) for q in qs), g["honours"] == [],
              not any(f["measure"] == "万元" and f["value"] in (50, 100) for f in g["facts"])]  # 单价50万元以上: thresholds
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def _decodes(b, enc):
    try:
        b.decode(enc); return True
    except UnicodeDecodeError:
        return False


def shared_validator():
    """The shared validate.py on all four documents. ※ It reads files as UTF-8 text, so n174 is handed to it as its
    GB18030-decoded text (UTF-8) under the same file name."""
    if not os.path.exists(SHARED_VALIDATOR): err(f"{SHARED_VALIDATOR} not found"); return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            if n.startswith("n174"):
                open(os.path.join(tmp, "d", n), "w", encoding="utf-8", newline="\n").write(read(n)[0])
            else:
                shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", SHARED_VALIDATOR, os.path.join(tmp, "d"), os.path.join(tmp, "g")],
                           capture_output=True, text=True)
        if r.returncode != 0 or not r.stdout.rstrip().endswith("OK"): err("shared validate.py did not print OK")
        for l in (r.stdout + r.stderr).splitlines():
            if l.startswith("ERROR") or "Traceback" in l: err("shared validate.py: " + l)


def main():
    for name in NAMES:
        raw, lines, raw_b = read(name)
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw)
        arith(name, g, lines, raw, raw_b)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {len(lines)} lines")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
