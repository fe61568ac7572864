#!/usr/bin/env python3
"""Checks the n63–n66 labels against the documents. Prints OK when all checks pass."""
import json, math, os, re, subprocess, sys, tempfile, shutil, unicodedata
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "docs"), os.path.join(HERE, "gold")
NAMES = ["n63_jinshan_fjz_gzzj2025.txt", "n64_spmt_jssm2025.txt", "n65_shutcm_bwg_wx2025.md", "n66_xuhui_rsj_bnb2025.txt"]
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
        # n66 is a half-year report: its 全年/下半年 targets are of the report year itself (README ※)
        same_year_ok = name.startswith("n66")
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


def arith(name, g, lines):
    v = lambda s, y=2025, r=None, q=None: fv(g, s, y, r, q)
    if name.startswith("n63"):
        ok = [grow(v("税收总收入"), v("税收总收入", 2024)) == v("税收总收入同比增长"),          # 38.62 vs 36.16 → 6.8
              pct(v("战略性新兴产业产值"), v("规模以上工业总产值")) == v("战略性新兴产业产值占规上工业总产值比重"),  # 21.6
              pct(v("产业项目投资"), v("固定资产投资")) == v("产业项目投资占固定资产投资比重"),          # 74.0
              pct(v("固定资产投资"), 50) == v("固定资产投资完成年度目标比例"),                   # implied 目标 50 亿元 (not stated)
              v("新引进注册资本1000万元以上企业") < v("新引进企业"),
              v("新增规上企业") < v("规上企业总数"),
              pct(v("人居环境整治覆盖行政村"), v("行政村")) == v("人居环境整治行政村覆盖率"),      # 21/24 = 87.5
              v("行政村") - v("人居环境整治覆盖行政村") == v("人居环境整治剩余行政村", 2026),      # 剩余3个
              grow(v("“枫泾农品”线上销售额"), v("“枫泾农品”线上销售额", 2024)) == v("“枫泾农品”线上销售额同比增长"),  # 37.8
              v("加装电梯") - v("加装电梯", 2024) == v("加装电梯比上年增加"),                   # 38 − 21 = 17
              pct(v("矛盾纠纷调解成功"), v("排查调处矛盾纠纷")) == v("矛盾纠纷调解成功率"),        # 1389/1427 = 97.3
              pct(v("整改安全隐患"), v("发现安全隐患")) == v("安全隐患整改率"),                 # 5248/5296 = 99.1
              v("新增养老床位") < v("养老床位总数"),
              abs(v("税收总收入") * (1 + v("税收总收入同比增长", 2026) / 100) - v("税收总收入", 2026)) < 0.1,  # 40.55 ≈ 40.5
              v("固定资产投资", 2026) > v("固定资产投资"), v("新引进企业", 2026) > v("新引进企业"),
              v("“枫泾农品”线上销售额", 2026) > v("“枫泾农品”线上销售额"),
              v("市民满意率", 2026) < v("市民满意率"), v("矛盾纠纷调解成功率", 2026) < v("矛盾纠纷调解成功率"),
              # an implied 2024 满意率 94.9 = 96.3 − 1.4 (not labelled)
              r1(v("市民满意率") - v("市民满意率较上年提高")) == 94.9]
    elif name.startswith("n64"):
        tab = {}
        for l in lines:
            if l.count("\t") == 3 and not l.startswith("项目\t"):
                c = l.split("\t")
                tab[c[0]] = [float(x.replace(",", "")) for x in c[1:]]
        ok = [len(tab) == 7]
        for i in (0, 1):
            ok += [near(tab["财政拨款收入"][i] + tab["事业收入"][i] + tab["其他收入"][i], tab["收入合计"][i]),
                   near(tab["基本支出"][i] + tab["项目支出"][i], tab["支出合计"][i])]
        ok += [grow(r[1], r[0]) == r[2] for r in tab.values()]
        inc, exp = tab["收入合计"], tab["支出合计"]
        ok += [near(v("收入合计"), inc[1]), near(v("支出合计"), exp[1]),
               near(inc[1] - inc[0], v("收入合计比上年增加")), near(exp[1] - exp[0], v("支出合计比上年增加")),
               near(inc[1] - exp[1], v("本年收支结余")),
               near(tab["财政拨款收入"][0] - tab["财政拨款收入"][1], v("财政拨款收入比上年减少")),
               near(tab["事业收入"][1] - tab["事业收入"][0], v("事业收入比上年增加")),
               near(tab["项目支出"][1] - tab["项目支出"][0], v("项目支出比上年增加")),
               pct(tab["财政拨款收入"][1], inc[1]) == v("财政拨款收入占收入合计比重"),
               pct(tab["事业收入"][1], inc[1]) == v("事业收入占收入合计比重"),
               pct(tab["其他收入"][1], inc[1]) == v("其他收入占收入合计比重"),
               pct(tab["基本支出"][1], exp[1]) == v("基本支出占支出合计比重"),
               pct(tab["项目支出"][1], exp[1]) == v("项目支出占支出合计比重"),
               r1(v("财政拨款收入占收入合计比重") + v("事业收入占收入合计比重") + v("其他收入占收入合计比重")) == 100.0,
               grow(v("检验检测样品"), v("检验检测样品", 2024)) == v("检验检测样品同比增长"),
               pct(v("高级职称专业技术人员"), v("在职人员")) == v("高级职称专业技术人员占比"),
               v("出具检验报告") <= v("检验检测样品"),
               near(v("公务用车运行维护费") + v("公务接待费"), v("“三公”经费支出")),
               pct(v("“三公”经费支出比上年减少"), v("“三公”经费支出") + v("“三公”经费支出比上年减少")) == v("“三公”经费支出同比下降"),
               pct(v("授予中小企业合同金额"), v("政府采购支出总额")) == v("授予中小企业合同金额占政府采购支出比重"),
               v("绩效自评等级为优的项目") + v("绩效自评等级为良的项目") == v("绩效自评项目"),
               v("检验检测能力建设项目支出") + v("信息化运维项目支出") < v("项目支出")]
    elif name.startswith("n65"):
        ok = [grow(v("接待观众"), v("接待观众", 2024)) == v("接待观众同比增长"),            # 31.6 vs 26.7 → 18.4
              pct(v("青少年观众"), v("接待观众")) == v("青少年观众占比"),                 # 38.9
              v("青少年观众") + v("外省市观众") < v("接待观众"),
              v("“百草课堂”系列活动") < v("科普活动"),
              v("接待观众", 2026) > v("接待观众"), v("科普活动", 2026) > v("科普活动"),
              v("研学课程服务中小学", 2026) > v("研学课程服务中小学"), v("展陈面积", 2026) > v("展陈面积"),
              v("接待观众（标题）") == v("接待观众")]
    else:
        S, G = "（上半年）", "（全年目标）"
        ok = [pct(v("新增就业岗位" + S), fv(g, "新增就业岗位" + G, 2025, "target", "exact")) == v("新增就业岗位完成全年目标比例" + S),
              pct(v("帮扶长期失业青年就业创业" + S), v("帮扶长期失业青年就业创业" + G)) == v("帮扶长期失业青年就业创业完成全年目标比例" + S),
              v("城镇登记失业人数" + S) < v("城镇登记失业人数" + G),
              pct(v("劳动人事争议结案" + S), v("受理劳动人事争议案件" + S)) == v("劳动人事争议结案率" + S),  # 3982/4215
              v("新增“家门口”就业服务站" + S) < v("“家门口”就业服务站（累计）"),
              1000 <= v("一次性扩岗补助" + S) * 1e4 / v("发放一次性扩岗补助企业" + S) <= 15000,  # 标准 1,000元至1.5万元 (trap)
              v("补贴性职业技能培训" + S) < v("补贴性职业技能培训" + G),
              v("新增高技能人才" + S) < v("新增高技能人才" + G),
              v("高技能人才占技能人才比重（截至6月底）") < v("高技能人才占技能人才比重" + G),
              v("劳动人事争议调解成功率" + S) < v("劳动人事争议调解成功率" + G),
              fv(g, "专场招聘会（下半年）", 2025, None, "over") < fv(g, "专场招聘会（下半年）", 2025, None, "under"),
              fv(g, "新建“15分钟就业服务圈”站点" + G, 2025, None, "over") < fv(g, "新建“15分钟就业服务圈”站点" + G, 2025, None, "under"),
              v("招聘会提供岗位" + S) > v("招聘会提供岗位（下半年）"),
              v("窗口服务满意度" + S) > v("窗口服务满意度" + G)]
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
        if not 30 <= len(lines) <= 45: err(f"{name}: {len(lines)} lines")
        tabs = [l for l in lines if "\t" in l]
        if name.startswith("n64"):
            if len(tabs) != 8 or any(l.count("\t") != 3 for l in tabs): err("n64: 8 TAB lines of 4 cells")
        elif tabs: err(f"{name}: TAB outside n64")
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
