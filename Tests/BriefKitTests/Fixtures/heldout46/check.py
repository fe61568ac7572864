#!/usr/bin/env python3
"""Checks the n179–n182 labels against the documents. Prints OK when all checks pass.

Lines: every document (.txt, .html, .md) is its raw UTF-8 file split on "\\n" (no HTML or Markdown parsing, no entity
decoding). All paths are relative to this file; only the shared validator is taken from /work/shared/gold/validate.py."""
import json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n179_shkpjjh_ndbg2025.txt", "n180_jingan_kw_gqrd2025.html", "n181_sstec_gzzj2023.md",
         "n182_baoshan_kw_q3jz2025.txt"]
CATS = {"service", "satisfaction", "honour", "finance", "people", "output", "growth", "other"}
QUALS = {"exact", "over", "nearly", "approx", "under"}
ROLES = {"actual", "baseline", "change", "target", "budget", "share"}
LEVELS = {"national", "municipal", "district", "system", "other"}
KINDS = {"csr-report", "work-summary", "budget", "article-feed", "other"}
TOP = ["document", "kind", "unit", "aliases", "year", "published", "facts", "honours"]
FF = ["category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role"]
HF = ["title", "level", "recipient", "issuer", "year", "quote", "source"]
# ※ the lines key facts must be quoted from
KEY_LINES = {"n179": ("2025年，基金会全年实施", "（一）收入。", "（二）支出。"),
             "n180": ("<p>日前，", "<p>其中，首次认定", "<p>本年度认定"),
             "n181": ("2023 年，中心完成", "- 综合满意度"),
             "n182": ("1—9月，全区", "前三季度，全区", "（一）创新主体培育")}
SAME_YEAR_TARGETS = {"n182"}   # ※ a 三季度 progress report's 全年 targets are of the report year itself
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


CN1 = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def numbers_in(q):
    q = unicodedata.normalize("NFKC", q)
    return [float(CN1[c]) for c in q if c in CN1] + [float(m.replace(",", "")) for m in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", q)]


def fold(v, m):
    for p, k in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if m.startswith(p):
            return v * k
    return v


def read(name):
    """(raw text, lines)."""
    raw_b = open(os.path.join(DOCS, name), "rb").read()
    if raw_b.startswith(b"\xef\xbb\xbf") or b"\r" in raw_b or not raw_b.endswith(b"\n"): err(f"{name}: UTF-8, LF, no BOM")
    raw = raw_b.decode("utf-8")
    return raw, raw.split("\n")[:-1]


def check_gold(name, g, lines, raw):
    tag0 = name[:4]
    if list(g) != TOP or g["document"] != name: err(f"{name}: top level")
    if g["kind"] not in KINDS or g["kind"] == "article-feed": err(f"{name}: kind")
    if g["published"] is not None:
        y, m, *d = g["published"].split("-")
        if f"{y}年{int(m)}月" + (f"{int(d[0])}日" if d else "") not in raw: err(f"{name}: published not in text")
    if g["unit"] not in raw: err(f"{name}: unit not in text")
    for a in g["aliases"]:
        if a not in raw: err(f"{name}: alias {a}")
    ry = g["year"]
    if not 20 <= len(lines) <= 35: err(f"{name}: {len(lines)} lines")
    for i, f in enumerate(g["facts"]):
        tag = f"{name} fact {i} ({f['subject']})"
        if list(f) != FF: err(f"{tag}: fields")
        if f["category"] not in CATS or f["qualifier"] not in QUALS or f["role"] not in ROLES: err(f"{tag}: enum")
        if not isinstance(f["year"], int) or isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)): err(f"{tag}: types")
        if f["value"] < 0: err(f"{tag}: negative")
        if f["role"] in ("target", "baseline") and f["key"]: err(f"{tag}: key {f['role']}")
        if f["role"] == "change" and f["category"] != "growth": err(f"{tag}: change not growth")
        if f["category"] == "growth" and f["role"] not in ("change", "target"): err(f"{tag}: growth role")
        if f["role"] == "budget": err(f"{tag}: budget")
        if f["role"] == "target" and not (f["year"] > ry or (tag0 in SAME_YEAR_TARGETS and f["year"] == ry)): err(f"{tag}: target year")
        if f["role"] == "baseline" and f["year"] >= ry: err(f"{tag}: baseline year")
        if f["role"] in ("actual", "change", "share") and f["year"] != ry: err(f"{tag}: year {f['year']}")
        q = f["quote"]
        if "\n" in q or not any(q in l for l in lines): err(f"{tag}: quote not on one line: {q!r}")
        if q != q.strip(): err(f"{tag}: padded quote")
        if not any(near(f["value"], n) for n in numbers_in(q)): err(f"{tag}: value not in quote")
        if f["measure"] and f["measure"] != "%" and f["measure"] not in q: err(f"{tag}: measure not in quote")
        if name.endswith(".html") and ("&" in q or re.search(r"<[^>]+>", q)): err(f"{tag}: markup in quote")
        if name.endswith(".md") and (q.startswith(("#", "> ", "- ", "|")) or "**" in q or re.match(r"\d+\. ", q)): err(f"{tag}: markdown in quote")
        if f["key"]:
            kl = [l for l in lines if l.startswith(KEY_LINES[tag0])]
            if not any(q in l for l in kl): err(f"{tag}: key fact outside the key paragraphs")
    for i, h in enumerate(g["honours"]):
        tag = f"{name} honour {i}"
        if list(h) != HF: err(f"{tag}: fields")
        if h["level"] not in LEVELS or h["source"] not in ("text", "table"): err(f"{tag}: enum")
        if not any(h["quote"] in l for l in lines) or h["title"] not in h["quote"]: err(f"{tag}: quote/title")
        if h["issuer"] and h["issuer"] not in raw: err(f"{tag}: issuer")
        if h["recipient"] not in raw and h["recipient"] != g["unit"]: err(f"{tag}: recipient")
        if h["year"] != ry: err(f"{tag}: year")
        if name.endswith(".html") and ("&" in h["quote"] or "<" in h["quote"]): err(f"{tag}: markup")
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


def arith(name, g, lines, raw):
    def v(s, y=None, role=None, qual=None):
        y = g["year"] if y is None else y
        fs = [f for f in g["facts"] if f["subject"] == s and f["year"] == y and (role is None or f["role"] == role)
              and (qual is None or f["qualifier"] == qual)]
        if not fs: err(f"{name}: no fact {s} {y} {role} {qual}"); return float("nan")
        return fs[0]["value"]
    A = lambda s: v(s, None, "actual")
    base = lambda new, rate: any(grow(new, k) == rate for k in range(1, int(new)))
    qs = [f["quote"] for f in g["facts"]] + [h["quote"] for h in g["honours"]]
    if name.startswith("n179"):
        parts = ("青少年科普受益学生", "社区科普受益居民", "科普传播受益公众", "科普人才项目受益")
        ok = [A("科普公益项目") - v("科普公益项目", 2024) == v("科普公益项目比2024年增加"),                      # 128 − 112 = 16
              sum(A(s) for s in ("青少年科普项目", "社区科普项目", "科普传播项目", "科普人才项目")) == A("科普公益项目"),  # 46+38+28+16
              round(sum(A(s) for s in parts), 1) == A("受益公众"),                                             # 186.5
              grow(A("受益公众"), v("受益公众", 2024)) == v("受益公众同比增长"),                                  # 12.4
              grow(A("总收入"), v("总收入", 2024)) == v("总收入同比增长"),                                       # 8.6
              round(sum(A(s) for s in ("捐赠收入", "政府补助收入", "投资收益", "其他收入")), 1) == A("总收入"),    # 5,862.4
              round(A("企业捐赠") + A("个人捐赠"), 1) == A("捐赠收入"),                                          # 4,716.8
              pct(A("捐赠收入"), A("总收入")) == v("捐赠收入占总收入比重"),                                       # 80.5
              round(sum(A(s) for s in ("公益事业支出", "管理费用", "筹资费用")), 1) == A("总支出"),              # 5,431.7
              pct(A("公益事业支出"), A("总支出")) == v("公益事业支出占总支出比重"),                               # 90.8
              pct(A("管理费用"), A("总支出")) == v("管理费用占总支出比重"),                                      # 7.6
              pct(A("公益事业支出"), v("总收入", 2024)) == v("公益事业支出占上年总收入比重"),                     # 91.4
              A("新增社区科普微站") <= A("社区科普微站"),
              v("科普公益项目", 2026, "target") > A("科普公益项目"), v("受益公众", 2026, "target") > A("受益公众"),
              not any("2003" in q or "53310000" in q or "十二" in q or "021-" in q for q in qs),
              sorted(h["level"] for h in g["honours"]) == ["municipal", "national"]]
    elif name.startswith("n180"):
        S = "通过认定高新技术企业"
        doms = ("电子信息领域", "高技术服务领域", "生物与新医药领域", "先进制造与自动化领域", "其他领域")
        ok = [A("首次认定高新技术企业") + A("重新认定高新技术企业") == A(S),                                     # 152 + 234
              A("第一批" + S) + A("第二批" + S) == A(S),                                                        # 210 + 176
              A(S) - v(S, 2024) == v(S + "比2024年增加"), grow(A(S), v(S, 2024)) == v(S + "同比增长"),            # 34, 9.7
              grow(A("首次认定高新技术企业"), v("首次认定高新技术企业", 2024)) == v("首次认定高新技术企业同比增长"),  # 10.1
              grow(A("高新技术企业"), v("高新技术企业", 2024)) == v("高新技术企业同比增长"),                       # 6.3
              sum(A(d + S) for d in doms) == A(S),
              all(pct(A(d + S), A(S)) == v(d + "占" + S + "比重") for d in doms),
              pct(A("科技型中小企业" + S), A(S)) == v("科技型中小企业占" + S + "比重"),                           # 80.8
              A("首次认定高新技术企业") * A("首次认定高新技术企业奖励标准") == A("兑现高新技术企业认定奖励资金"),  # 152 × 20
              A("市北高新技术服务业园区" + S) <= A(S), A(S) <= A("高新技术企业"),
              v("高新技术企业", 2026, "target") > A("高新技术企业"),
              not any("218" in q[-40:] and "〔" not in q for q in qs), not any("2,417" in q or "021-" in q or "10个工作日" in q for q in qs),
              "&nbsp;" in raw and "&gt;" in raw and "021-63521234" in raw and "沪ICP备" in raw,
              sum(f["key"] for f in g["facts"] if f["quote"].startswith("386家企业通过高新")) == 0,
              v("高新技术企业认定批次") == 2 == sum(f["subject"].startswith(("第一批", "第二批")) for f in g["facts"])]
    elif name.startswith("n181"):
        ok = [grow(A("软件测评项目"), v("软件测评项目", 2022)) == v("软件测评项目同比增长"),                     # 9.2
              grow(A("营业收入"), v("营业收入", 2022)) == v("营业收入同比增长"),                                 # 7.6
              sum(A(s) for s in ("软件产品登记测试", "信息系统验收测试", "软件安全测评", "软件造价评估")) == A("软件测评项目"),
              A("政府信息化项目第三方测评") <= A("软件测评项目"), A("新增客户") <= A("服务客户"),
              pct(A("硕士及以上学历职工"), A("在职职工")) == v("硕士及以上学历职工占在职职工比重"),             # 41.5
              pct(A("客户满意度调查回收有效问卷"), A("客户满意度调查发放问卷")) == v("客户满意度调查问卷回收率"),  # 94.4
              v("软件测评项目", 2024, "target") > A("软件测评项目"), v("营业收入", 2024, "target") > A("营业收入"),
              v("综合满意度", 2024, "target") > A("综合满意度"),
              v("新增主持或参与制定标准", 2024, "target") < A("主持或参与制定国家标准") + A("主持或参与制定团体标准"),
              not any("0021" in q or "25000" in q or "021-" in q for q in qs),
              all(re.match(r"#{2,3} \d+\.(\d+ )?", l) for l in lines if l.startswith("##")),
              sum(bool(re.match(r"\d\. ", l)) for l in lines) == 4, sum(l.startswith("- ") for l in lines) >= 10,
              len(g["honours"]) == 3]
    else:  # n182
        T = lambda s, q=None: v(s, 2025, "target", q)
        ok = [grow(A("技术合同成交额"), v("技术合同成交额", 2024)) == v("技术合同成交额同比增长"),               # 14.6
              base(A("技术合同登记"), v("技术合同登记同比增长")),                                               # 11.8
              round(A("上半年技术合同成交额") + A("三季度技术合同成交额"), 2) == A("技术合同成交额"),            # 54.27 + 32.15
              pct(A("技术合同成交额"), T("技术合同成交额", "exact")) == v("技术合同成交额完成全年目标比例"),     # 78.6
              pct(A("新培育科技型中小企业"), T("新培育科技型中小企业")) == v("新培育科技型中小企业完成全年目标比例"),  # 85.2
              grow(A("高新技术企业申报"), v("高新技术企业申报", 2024)) == v("高新技术企业申报同比增长"),         # 8.3
              grow(A("科技履约贷"), v("科技履约贷", 2024)) == v("科技履约贷同比增长"),                           # 16.0
              base(round(A("科普活动参与市民") * 10000), v("科普活动参与市民同比增长")),                        # 8.2
              pct(A("入选市级科技人才计划"), A("推荐申报市级科技人才计划")) == v("市级科技人才计划入选率"),       # 39.3
              A("新增市级众创空间") <= A("区级以上孵化载体"),
              T("技术合同成交额", "over") > A("技术合同成交额"), T("高新技术企业申报") > A("高新技术企业申报"),
              T("科普活动") > A("科普活动"), T("技术合同成交额同比增长") < v("技术合同成交额同比增长"),
              not any("第三十八" in q or "021-" in q or "百家" in q or "11月" in q for q in qs),
              sorted(h["level"] for h in g["honours"]) == ["municipal", "national"]]
    for i, o in enumerate(ok):
        if not o: err(f"{name}: arithmetic/shape check {i}")


def shared_validator():
    """The shared validate.py on all four documents (all UTF-8 text, handed over unchanged)."""
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
        raw, lines = read(name)
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        check_gold(name, g, lines, raw)
        arith(name, g, lines, raw)
        print(f"{name}: {len(g['facts'])} facts ({sum(f['key'] for f in g['facts'])} key), {len(g['honours'])} honours, {len(lines)} lines")
    shared_validator()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
