#!/usr/bin/env python3
"""Checks the n167–n170 labels against the documents. Prints OK when all checks pass.

Lines: n167 (.json feed): per article its 标题title and each "\\n"-separated paragraph of its decoded finalContent, markup
kept (<p>, <strong>, <br>, <img> are part of the line; <br> does not split it). n168 (.txt), n169 (.html), n170 (.md):
the raw UTF-8 file split on "\\n" (no HTML parsing, no entity decoding, no Markdown rendering).
All paths are relative to this file (only the shared validator is taken from its absolute path)."""
import json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n167_xuhui_scjgj_gzh_feed2025.json", "n168_hongkou_kjg_ndzj2024.txt", "n169_yangpu_kw_jsgk2024.html",
         "n170_shkjjc_gzyd2026.md"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
SHARED_VALIDATOR = "/work/shared/gold/validate.py"
# ※ the lines key facts must be quoted from (feed: per article, the first finalContent paragraph; n170: none, a plan)
KEY_LINES = {"n168": ("2024年是我馆", "全年举办各类科普活动", "全年运行经费"),
             "n169": ("<p>2024年度，区科委收入、支出决算总计",),
             "n170": ()}
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


CNV = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn(run):
    """十二 → 12, 十 → 10, 两 → 2 (small counts only)."""
    if "十" in run:
        a, _, b = run.partition("十")
        return (CNV.get(a, 1) if a else 1) * 10 + (CNV.get(b, 0) if b else 0)
    return CNV.get(run, -1)


def numbers_in(q):
    """Arabic numbers (thousands commas joined) and small Chinese numerals (十二个, 两场)."""
    q = unicodedata.normalize("NFKC", q)
    return ([float(m.replace(",", "")) for m in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", q)]
            + [float(cn(m)) for m in re.findall(r"[一二两三四五六七八九十]+", q)])


def fold(v, m):
    for p, k in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if m.startswith(p):
            return v * k
    return v


def is_table_quote(q):
    return " | " in q or "</td><td>" in q


def read(name):
    """(raw text, all lines, {aid: (article, lines)} for the feed, else None)."""
    raw_b = open(os.path.join(DOCS, name), "rb").read()
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
    if not feed and g["unit"] not in raw and not any(a in raw for a in g["aliases"]): err(f"{name}: unit not in text")
    ry = g["year"]
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f['subject']})"
        if list(f) != FF + (["article", "date"] if feed else []): err(f"{tag}: fields")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)): err(f"{tag}: types")
        if not isinstance(f["key"], bool): err(f"{tag}: key type")
        if f["role"] in ("target", "baseline") and f["key"]: err(f"{tag}: key {f['role']}")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change not growth")
        # ※ n170 (a plan): the 2025 growth rate quoted as the starting point is a growth baseline
        if f["category"] == "growth" and f["role"] not in ("change", "target") + (("baseline",) if tag0 == "n170" else ()):
            err(f"{tag}: growth not change/target")
        if f["role"] == "budget": err(f"{tag}: budget")
        if f["value"] < 0: err(f"{tag}: negative value")
        if feed:
            a, ls = arts.get(f["article"], (None, []))
            if a is None or f["date"] != a["时间time"]: err(f"{tag}: article/date"); continue
            py = int(a["时间time"][:4])
            # ※ the only target is the October article's 四季度 plan (same year); baselines only from an earlier year
            ok = (f["year"] < py if f["role"] == "baseline" else f["year"] >= py if f["role"] == "target" else f["year"] == py)
            if not ok: err(f"{tag}: year {f['year']}")
            if f["role"] == "target" and a["时间time"][5:7] != "10": err(f"{tag}: target outside the Q3 article")
            if "<" in f["quote"] or ">" in f["quote"]: err(f"{tag}: markup in feed quote")
        else:
            ls = lines
            if f["role"] == "target" and (f["year"] < ry if tag0 == "n170" else f["year"] <= ry): err(f"{tag}: target year")
            if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline year")
            if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: year {f['year']}")
            if tag0 == "n170" and f["role"] not in ("baseline", "target"): err(f"{tag}: a plan has no actual of its year")
        q = f["quote"]
        if "\n" in q or not any(q in l for l in ls): err(f"{tag}: quote not on one line: {q!r}"); continue
        if not any(near(f["value"], n) for n in numbers_in(q)): err(f"{tag}: value not in quote")
        tab = is_table_quote(q)
        if f["measure"] and f["measure"] != "%" and not tab and f["measure"] not in q: err(f"{tag}: measure not in quote")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q.replace("</td><td>", ""))): err(f"{tag}: markup in quote")
        if name.endswith(".md") and (q.startswith(("#", "- ", "|", "> ")) or "**" in q or q.endswith(" |")): err(f"{tag}: markdown in quote")
        if q != q.strip(): err(f"{tag}: padded quote")
        if f["key"]:
            kl = [arts[f["article"]][1][1]] if feed else [l for l in lines if KEY_LINES[tag0] and l.startswith(KEY_LINES[tag0])]
            if not any(q in l for l in kl): err(f"{tag}: key fact outside the key paragraph")
            if tab: err(f"{tag}: table copy is key")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF + (["article", "date"] if feed else []): err(f"{tag}: fields")
        if h["level"] not in LEVELS or h["source"] not in ("text", "table") or not isinstance(h["year"], int): err(f"{tag}: enum")
        hl = arts[h["article"]][1] if feed else lines
        if feed and h["date"] != arts[h["article"]][0]["时间time"]: err(f"{tag}: date")
        if h["title"] not in h["quote"] or not any(h["quote"] in l for l in hl): err(f"{tag}: quote/title")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer")
        if h["recipient"] not in raw and h["recipient"] != g["unit"]: err(f"{tag}: recipient")
    vals = {}
    for f in g["facts"]:
        vals.setdefault((f["subject"], f["year"], f["qualifier"], f["role"] == "target"), set()).add(round(fold(f["value"], f["measure"]), 6))
    for k, v in vals.items():
        if len(v) > 1: err(f"{name}: {k} has values {sorted(v)}")
    n, kc = len(g["facts"]), sum(f["key"] for f in g["facts"])
    if not 20 <= n <= 50: err(f"{name}: {n} facts")
    if not (kc == 0 if tag0 == "n170" else 4 <= kc <= 8): err(f"{name}: {kc} key facts")
    ks = [(f["subject"], f["year"], f["value"]) for f in g["facts"] if f["key"]]
    if len(ks) != len(set(ks)): err(f"{name}: key twice")
    if not 20 <= len([l for l in lines if l.strip()]) <= 45: err(f"{name}: {len(lines)} lines")


def arith(name, g, lines, raw, arts):
    def v(s, y=None, role=None, qual=None, art=None):
        y = g["year"] if y is None else y
        fs = [f for f in g["facts"] if f["subject"] == s and f["year"] == y
              and (f["role"] in ("actual", "change", "share") if role == "now" else role is None or f["role"] == role)
              and (qual is None or f["qualifier"] == qual)]
        if not fs: err(f"{name}: no fact {s} {y} {role}"); return float("nan")
        return fs[0]["value"]
    qs = [f["quote"] for f in g["facts"]] + [h["quote"] for h in g["honours"]]
    tabq = [f for f in g["facts"] if is_table_quote(f["quote"])]
    if name.startswith("n167"):
        Y = lambda s, r="now": v(s, 2025, r)
        S, R, U = "产品质量监督抽检", "产品质量监督抽检合格率", "不合格产品"
        contents = [a["finalContent"] for a, _ in arts.values()]
        ok = [len(arts) == 4, all(a["时间time"].startswith("2025-") for a, _ in arts.values()),
              list(json.loads(raw)[0]) == ["文章标识符aid", "标题title", "作者author", "时间time", "finalContent"],
              all(c.count("<strong>") >= 1 and "<img src=" in c for c in contents), sum(c.count("<br>") for c in contents) >= 3,
              all(l.startswith("<p>") and l.endswith("</p>") for c in contents for l in c.split("\n")),
              pct(Y("一季度" + S) - Y("一季度" + U), Y("一季度" + S)) == Y("一季度" + R),                        # 97.9
              Y("一季度食品抽检") + Y("一季度工业产品抽检") == Y("一季度" + S),                                      # 260 + 160
              Y("一季度食品抽检不合格") + Y("一季度工业产品抽检不合格") == Y("一季度" + U),                          # 4 + 5
              Y("不合格产品立案查处") <= Y("一季度" + U),
              pct(Y("二季度" + S) - Y("二季度" + U), Y("二季度" + S)) == Y("二季度" + R),                        # 98.3
              round(Y("二季度" + R) - Y("一季度" + R), 1) == Y("二季度" + R + "比一季度提高"),                    # 0.4
              Y("一季度" + S) + Y("二季度" + S) == Y("上半年" + S), Y("一季度" + U) + Y("二季度" + U) == Y("上半年" + U),
              pct(Y("上半年" + S) - Y("上半年" + U), Y("上半年" + S)) == Y("上半年" + R),                        # 98.1
              Y("二季度专项抽检") <= Y("二季度" + S),
              pct(Y("三季度" + S) - Y("三季度" + U), Y("三季度" + S)) == Y("三季度" + R),                        # 98.6
              Y("上半年" + S) + Y("三季度" + S) == Y("前三季度" + S), Y("上半年" + U) + Y("三季度" + U) == Y("前三季度" + U),
              pct(Y("前三季度" + S) - Y("前三季度" + U), Y("前三季度" + S)) == Y("前三季度" + R),                # 98.3
              round(Y("前三季度" + R) - v(R, 2024, "baseline"), 1) == Y("前三季度" + R + "比2024年全年提高"),    # 0.7
              v(S, 2024, "baseline") > Y("前三季度" + S), Y("二季度" + R) == Y("前三季度" + R),                   # same value, two subjects
              Y("现场受理消费咨询") < Y("受理消费者投诉举报"),
              v("四季度" + S, 2025, "target") > 0,
              not any(re.search(r"12315|3·15|618|640|XHscjg", q) for q in qs),
              all(any(f["key"] for f in g["facts"] if f["article"] == aid) for aid in arts),
              sorted(h["level"] for h in g["honours"]) == ["district", "municipal", "national"]]
    elif name.startswith("n168"):
        P = lambda s: v(s, 2024, "now")
        ok = [grow(P("接待观众"), v("接待观众", 2023, "baseline")) == P("接待观众同比增长"),                         # 9.2
              P("上半年接待观众") < P("接待观众"), P("暑期接待观众") < P("接待观众"),
              P("上半年科普活动") < P("科普活动"),
              P("上半年引进巡回展览") + P("下半年引进巡回展览") == P("引进巡回展览"),                               # 一 + 两 = 三
              P("上半年接待学校团体") <= P("接待学校团体"), P("上半年线上科普直播") <= P("线上科普直播"),
              P("上半年线上科普直播观看量") <= P("线上科普直播观看量"),
              r1(fold(P("志愿服务时长"), "万") / P("注册志愿者")) == P("人均志愿服务时长"),                          # 56.7
              pct(P("财政拨款"), P("运行经费")) == P("财政拨款占运行经费比重"),                                     # 87.1
              P("科技节参与市民") < P("接待观众"), P("虹口区优秀科普志愿者") < P("注册志愿者"),
              v("接待观众", 2025, "target") > P("接待观众"), v("科普活动", 2025, "target") > P("科普活动"),
              all(w in raw for w in ("十二个", "三场", "两场", "五个", "十二名", "两个")),
              not any(re.search(r"第十|第二批|2021|021-|9:00|7—8月", q) for q in qs),
              len(g["honours"]) == 5, sum(h["recipient"] != g["unit"] for h in g["honours"]) == 3]
    elif name.startswith("n169"):
        trs = [re.findall(r"<td>(.*?)</td>", l) for l in lines if l.startswith("<tr><td>")]
        num = lambda c: None if c == "—" else float(c.replace(",", ""))
        T = {c[0]: [num(x) for x in c[1:]] for c in trs}
        inc, exp = ["一般公共预算财政拨款收入", "其他收入"], ["科学技术支出", "社会保障和就业支出", "住房保障支出"]
        P = lambda s: v(s, 2024, "now")
        ok = [len(trs) == 11, all(round(sum(T[r][j] for r in inc), 2) == T["本年收入合计"][j] for j in (0, 1)),
              all(round(sum(T[r][j] for r in exp), 2) == T["本年支出合计"][j] for j in (0, 1)),
              round(T["本年收入合计"][1] + T["年初结转和结余"][1], 2) == T["收入总计"][1],
              round(T["本年支出合计"][1] + T["年末结转和结余"][1], 2) == T["支出总计"][1],
              T["收入总计"][:2] == T["支出总计"][:2], T["本年收入合计"][0] == T["本年支出合计"][0] == T["收入总计"][0],
              all(pct(c[1], c[0]) == c[2] for c in T.values() if c[2] is not None),                            # 完成率
              P("收入总计") == P("支出总计") == T["收入总计"][1], P("本年收入合计") == T["本年收入合计"][1],
              P("本年支出合计") == T["本年支出合计"][1], P("科学技术支出") == T["科学技术支出"][1],
              pct(P("本年收入合计比2023年决算减少"), P("本年收入合计") + P("本年收入合计比2023年决算减少"))
              == P("本年收入合计比2023年决算下降"),                                                               # 2.6
              pct(P("本年支出合计比2023年决算减少"), P("本年支出合计") + P("本年支出合计比2023年决算减少"))
              == P("本年支出合计比2023年决算下降"),                                                               # 2.1
              pct(P("科学技术支出"), P("本年支出合计")) == P("科学技术支出占本年支出比重"),                       # 95.7
              round(P("因公出国（境）费") + P("公务用车购置及运行费") + P("公务接待费"), 2) == P("“三公”经费财政拨款支出"),
              round(P("公务用车购置及运行费比上年减少") + P("公务接待费比上年减少"), 2) == P("“三公”经费财政拨款支出比上年减少"),
              pct(P("“三公”经费财政拨款支出比上年减少"), P("“三公”经费财政拨款支出") + P("“三公”经费财政拨款支出比上年减少"))
              == P("“三公”经费财政拨款支出比上年下降"),                                                           # 9.7
              len(tabq) == 27, {f["year"] for f in tabq} == {2024}, "&nbsp;" in raw and "&gt;" in raw,
              not any(re.search(r"021-|100%|01表|0086|×", q) for q in qs), g["honours"] == []]
    else:  # n170
        rows = {l.split(" | ")[0][2:]: [float(x) for x in l.rstrip(" |").split(" | ")[1:]]
                for l in lines if l.startswith("| ") and not l.startswith("| 指标")}
        B = lambda s: v(s, 2025, "baseline")
        T = lambda s, q=None: v(s, 2026, "target", q)
        ok = [[l for l in lines if l.startswith("| 指标")] == ["| 指标 | 2025年完成 | 2026年目标 |"], len(rows) == 5,
              rows["检验检测报告（万份）"] == [B("检验检测报告"), T("检验检测报告", "over")],
              rows["营业收入（亿元）"] == [B("营业收入"), T("营业收入")],
              rows["客户满意度（%）"] == [B("客户满意度"), T("客户满意度", "over")],
              rows["新增资质认定参数（项）"] == [B("新增资质认定参数"), T("新增资质认定参数", "over")],
              rows["制定标准（项）"] == [B("制定标准"), T("制定标准")],
              grow(T("营业收入"), B("营业收入")) == T("营业收入比2025年增长"),                                     # 6.2
              T("检验检测报告", "over") > B("检验检测报告"), T("获授权发明专利") > B("获授权发明专利"),
              B("科研及公益性检测收入") < B("营业收入"), B("新增资质认定参数") <= B("资质认定参数"),
              all(f["role"] in ("baseline", "target") for f in g["facts"]), not any(f["key"] for f in g["facts"]),
              {f["year"] for f in g["facts"] if f["role"] == "baseline"} == {2025},
              {f["year"] for f in g["facts"] if f["role"] == "target"} == {2026},
              len(tabq) == 10, not any(re.search(r"〔|十五五|021-|G60|两证|一岗|零事故", q) for q in qs),
              len(g["honours"]) == 2]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    if not os.path.exists(SHARED_VALIDATOR): err(f"{SHARED_VALIDATOR} not found"); return
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "d")); os.makedirs(os.path.join(tmp, "g"))
        for n in NAMES:
            shutil.copy(os.path.join(DOCS, n), os.path.join(tmp, "d"))
            shutil.copy(os.path.join(GOLD, os.path.splitext(n)[0] + ".json"), os.path.join(tmp, "g"))
        r = subprocess.run([sys.executable, "-B", SHARED_VALIDATOR, os.path.join(tmp, "d"), os.path.join(tmp, "g")],
                           capture_output=True, text=True)
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
