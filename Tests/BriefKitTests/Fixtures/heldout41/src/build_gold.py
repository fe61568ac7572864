#!/usr/bin/env python3
"""Writes gold/ for n159–n162 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
n159's layout-table facts come from lrow(label, i): the row line from its label (after the `一、` row number) through the
  i-th amount of that block, the runs of spaces kept (`财政拨款收入          3,856.20      4,212.48`).
n161's pipe-table facts come from mrow(label, i) = the row's text from its label cell through cell i, " | " kept.
n162's HTML-table facts come from hrow(label, i) = the row's cell texts from the label cell through cell i joined with
  "</td><td>" (heldout33's convention as heldout39 describes it).
"""
import json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GOLD = os.path.join(ROOT, "gold")
sys.path.insert(0, ROOT)
from check import read, NAMES  # the same line reader check.py and scan.py use (UTF-16 decoding, \f kept)
YEAR = None


def F(cat, subj, val, meas, qual, quote, key=False, role="actual", year=None):
    return {"category": cat, "subject": subj, "year": YEAR if year is None else year, "value": val, "measure": meas,
            "qualifier": qual, "quote": quote, "key": key, "role": role}


def H(title, level, recipient, issuer, year, quote, source="text"):
    return {"title": title, "level": level, "recipient": recipient, "issuer": issuer, "year": year, "quote": quote,
            "source": source}


def write(name, kind, unit, aliases, year, published, facts, honours):
    g = {"document": name, "kind": kind, "unit": unit, "aliases": aliases, "year": year, "published": published,
         "facts": facts, "honours": honours}
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def num(s):
    x = float(s.replace(",", ""))
    return int(x) if x.is_integer() and "." not in s else x


# ---------------------------------------------------------------- n159 市科技人才发展中心 2025 部门预算 (pdftotext -layout)
N159 = NAMES[0]
YEAR = 2025
_, L159, _ = read(N159)
AMT = re.compile(r"-?\d[\d,]*\.\d\d")


def lrow(label, i):
    """From `label` (a table label followed by a run of spaces) through the i-th amount after it (1-based)."""
    line = next(l for l in L159 if re.search(re.escape(label) + r" {2,}\d", l))
    seg = line[line.index(label):]
    return seg[:list(AMT.finditer(seg))[i - 1].end()]


n159 = [
    F("people", "核定事业编制", 48, "名", "exact", "中心核定事业编制48名"),
    F("people", "在编人员", 45, "名", "exact", "编制范围的在编人员45名"),
    F("finance", "收入预算", 4931.28, "万元", "exact", "2025年收入预算总额4,931.28万元", True),
    F("growth", "收入预算比2024年预算增加", 409.28, "万元", "exact", "比2024年预算增加409.28万元", True, "change"),
    F("growth", "收入预算比2024年预算增长", 9.1, "%", "exact", "增长9.1%", True, "change"),
    F("finance", "财政拨款收入", 4212.48, "万元", "exact", "财政拨款收入4,212.48万元", True),
    F("growth", "财政拨款收入比2024年预算增加", 356.28, "万元", "exact", "比2024年预算增加356.28万元", role="change"),
    F("growth", "财政拨款收入比2024年预算增长", 9.2, "%", "exact", "增长9.2%", True, "change"),
    F("other", "财政拨款收入占收入预算比重", 85.4, "%", "exact", "占收入预算的85.4%", role="share"),
    F("finance", "事业收入", 685.5, "万元", "exact", "事业收入685.50万元"),
    F("growth", "事业收入比2024年预算增加", 65.5, "万元", "exact", "比2024年预算增加65.50万元", role="change"),
    F("growth", "事业收入比2024年预算增长", 10.6, "%", "exact", "增长10.6%", role="change"),
    # ※ the PDF line wraps inside 其他收入: `其他收` ends one line, `入33.30万元` opens the next
    F("finance", "其他收入", 33.3, "万元", "exact", "入33.30万元"),
    F("growth", "其他收入比2024年预算减少", 12.5, "万元", "exact", "比2024年预算减少12.50万元", role="change"),
    F("finance", "支出预算", 4931.28, "万元", "exact", "2025年支出预算总额4,931.28万元", True),
    F("finance", "基本支出", 1862.35, "万元", "exact", "基本支出1,862.35万元"),
    F("other", "基本支出占支出预算比重", 37.8, "%", "exact", "占37.8%", role="share"),
    # ※ `项目支出3,068.93万` ends the line, `元` opens the next
    F("finance", "项目支出", 3068.93, "万元", "exact", "项目支出3,068.93万"),
    F("other", "项目支出占支出预算比重", 62.2, "%", "exact", "占62.2%", role="share"),
    F("finance", "科学技术支出", 4325.16, "万元", "exact", "科学技术支出4,325.16万元"),
    F("growth", "科学技术支出比2024年预算增加", 356.76, "万元", "exact", "比2024年预算增加356.76万元", role="change"),
    F("growth", "科学技术支出比2024年预算增长", 9.0, "%", "exact", "增长9.0%", role="change"),
    F("finance", "“三公”经费财政拨款预算", 12.6, "万元", "exact", "2025年“三公”经费财政拨款预算12.60万元"),
    F("growth", "“三公”经费财政拨款预算比2024年预算减少", 1.8, "万元", "exact", "比2024年预算减少1.80万元", role="change"),
    F("finance", "政府采购预算", 186.0, "万元", "exact", "2025年政府采购预算186.00万元"),
    F("other", "实行绩效目标管理项目", 12, "个", "exact", "涉及项目12个"),
]
# the 收支预算总表: 2024年预算数 = baselines (2024), 2025年预算数 = table copies of the prose (key false), 增减 = changes
for label, subj in (("财政拨款收入", "财政拨款收入"), ("事业收入", "事业收入"), ("其他收入", "其他收入"),
                    ("收入总计", "收入预算"), ("科学技术支出", "科学技术支出"), ("社会保障和就业支出", "社会保障和就业支出"),
                    ("住房保障支出", "住房保障支出"), ("支出总计", "支出预算")):
    a24, a25, d = (float(x.replace(",", "")) for x in AMT.findall(lrow(label, 3)))
    n159.append(F("finance", subj, a24, "万元", "exact", lrow(label, 1), role="baseline", year=2024))
    n159.append(F("finance", subj, a25, "万元", "exact", lrow(label, 2)))
    # ※ a negative 增减 cell (-12.50) is labelled as a magnitude under a 减少 subject (the gold README's convention)
    n159.append(F("growth", subj + ("比2024年预算减少" if d < 0 else "比2024年预算增加"), abs(d), "万元", "exact",
                  lrow(label, 3), role="change"))
write(N159, "budget", "上海市科技人才发展中心", ["中心"], 2025, "2025-02", n159, [])

# ---------------------------------------------------------------- n160 嘉定区经委 2025 上半年工作总结 (UTF-16LE, CRLF)
N160 = NAMES[1]
YEAR = 2025
n160 = [
    F("finance", "规模以上工业总产值", 1528.6, "亿元", "exact", "全区完成规模以上工业总产值1,528.6亿元", True),
    F("growth", "规模以上工业总产值同比增长", 4.2, "%", "exact", "同比增长4.2%", True, "change"),
    F("finance", "规模以上工业总产值", 1467.0, "亿元", "exact", "2024年上半年为1,467.0亿元", role="baseline", year=2024),
    F("finance", "战略性新兴产业产值", 642.0, "亿元", "exact", "其中战略性新兴产业产值642.0亿元"),
    F("other", "战略性新兴产业产值占规模以上工业总产值比重", 42.0, "%", "exact", "占规模以上工业总产值的42.0%", role="share"),
    F("finance", "工业固定资产投资", 86.4, "亿元", "exact", "完成工业固定资产投资86.4亿元"),
    F("growth", "工业固定资产投资同比增长", 12.8, "%", "exact", "同比增长12.8%", role="change"),
    F("finance", "社会消费品零售总额", 812.3, "亿元", "exact", "全区实现社会消费品零售总额812.3亿元", True),
    F("growth", "社会消费品零售总额同比增长", 3.5, "%", "exact", "同比增长3.5%", True, "change"),
    F("finance", "社会消费品零售总额", 784.8, "亿元", "exact", "2024年上半年为784.8亿元", role="baseline", year=2024),
    F("finance", "实到外资", 4.62, "亿美元", "exact", "实到外资4.62亿美元", True),
    F("growth", "实到外资同比增长", 6.9, "%", "exact", "同比增长6.9%", True, "change"),
    F("finance", "实到外资", 4.32, "亿美元", "exact", "去年同期为4.32亿美元", role="baseline", year=2024),
    F("finance", "外贸进出口总额", 1035.2, "亿元", "exact", "外贸进出口总额1,035.2亿元"),
    F("growth", "外贸进出口总额同比下降", 1.6, "%", "exact", "同比下降1.6%", role="change"),
    F("service", "走访企业", 1260, "家次", "exact", "累计走访企业1,260家次"),
    F("service", "收集企业诉求", 386, "件", "exact", "收集企业诉求386件"),
    F("service", "办结企业诉求", 376, "件", "exact", "已办结376件"),
    F("satisfaction", "企业诉求办结率", 97.4, "%", "exact", "办结率97.4%"),
    F("other", "新增规模以上工业企业", 28, "家", "exact", "新增规模以上工业企业28家"),
    F("honour", "新增国家级专精特新“小巨人”企业", 7, "家", "exact", "新增国家级专精特新“小巨人”企业7家"),
    F("honour", "新增市级专精特新中小企业", 65, "家", "exact", "市级专精特新中小企业65家"),
    F("service", "促消费活动", 42, "场", "exact", "年中促销等活动42场"),
    F("finance", "促消费活动带动消费", 5.8, "亿元", "exact", "带动消费5.8亿元"),
    F("other", "新增品牌首店", 18, "家", "exact", "新增品牌首店18家"),
    F("other", "新开工产业项目", 15, "个", "exact", "上半年新开工产业项目15个"),
    F("finance", "产业项目投资", 52.3, "亿元", "exact", "完成产业项目投资52.3亿元"),
    F("other", "产业项目投资占工业固定资产投资比重", 60.5, "%", "exact", "占工业固定资产投资的60.5%", role="share"),
    F("other", "规模以上工业企业亏损面", 18.6, "%", "exact", "规模以上工业企业亏损面为18.6%"),
    F("growth", "规模以上工业企业亏损面比一季度末收窄", 1.2, "个百分点", "exact", "比一季度末收窄1.2个百分点", role="change"),
    # ※ full-year 2025 targets in a half-year summary: role target, year 2025 (the report year itself)
    F("growth", "规模以上工业总产值同比增长", 4.5, "%", "approx", "规模以上工业总产值全年增长4.5%左右", role="target"),
    F("growth", "社会消费品零售总额同比增长", 4, "%", "over", "社会消费品零售总额增长4%以上", role="target"),
    F("finance", "实到外资", 9, "亿美元", "over", "实到外资9亿美元以上", role="target"),
    F("other", "新增规模以上工业企业", 50, "家", "exact", "全年新增规模以上工业企业50家", role="target"),
    F("honour", "新增市级专精特新中小企业", 120, "家", "over", "新增市级专精特新中小企业120家以上", role="target"),
]
h160 = [
    H("国家新型工业化产业示范基地（智能网联汽车）", "national", "安亭汽车城", "工业和信息化部", 2025,
      "安亭汽车城获批工业和信息化部“国家新型工业化产业示范基地（智能网联汽车）”"),
    H("2024年度上海市工业经济运行工作先进集体", "municipal", "上海市嘉定区经济委员会", "上海市经济和信息化委员会", 2025,
      "区经委获评上海市经济和信息化委员会“2024年度上海市工业经济运行工作先进集体”"),
]
write(N160, "work-summary", "上海市嘉定区经济委员会", ["区经委"], 2025, "2025-07-10", n160, h160)

# ---------------------------------------------------------------- n161 科发集团 2024 社会责任报告 (Markdown)
N161 = NAMES[2]
YEAR = 2024
_, L161, _ = read(N161)


def mrow(label, i):
    row = next(l for l in L161 if l.startswith("| " + label + " | "))
    return " | ".join(row[2:].rstrip(" |").split(" | ")[:i + 1])


n161 = [
    F("other", "下属全资及控股子公司", 12, "家", "exact", "下属全资及控股子公司12家"),
    F("finance", "营业收入", 18.62, "亿元", "exact", "实现营业收入18.62亿元", True),
    F("growth", "营业收入同比增长", 7.6, "%", "exact", "同比增长7.6%", True, "change"),
    F("finance", "利润总额", 1.35, "亿元", "exact", "利润总额1.35亿元"),
    F("finance", "上缴税费", 8640, "万元", "exact", "上缴税费8,640万元", True),
    F("service", "服务科技企业", 4820, "家", "exact", "全年服务科技企业4,820家", True),
    F("satisfaction", "客户满意度", 96.3, "%", "exact", "客户满意度96.3%", True),
    F("growth", "客户满意度较上年提高", 0.5, "个百分点", "exact", "较上年提高0.5个百分点", role="change"),
    F("finance", "研发投入", 1.12, "亿元", "exact", "全年研发投入1.12亿元"),
    F("other", "研发投入占营业收入比重", 6.0, "%", "exact", "占营业收入的6.0%", role="share"),
    F("output", "新获授权发明专利", 46, "件", "exact", "新获授权发明专利46件"),
    F("output", "主导或参与制定国家、行业标准", 9, "项", "exact", "主导或参与制定国家、行业标准9项"),
    F("people", "员工总数", 1268, "人", "exact", "科发集团员工总数1,268人"),
    F("people", "女性员工", 542, "人", "exact", "其中女性员工542人"),
    F("other", "女性员工占员工总数比重", 42.7, "%", "exact", "占42.7%", role="share"),
    F("people", "研发人员", 386, "人", "exact", "研发人员386人"),
    F("people", "员工培训", 3.2, "万学时", "exact", "全年组织员工培训3.2万学时"),
    F("people", "员工人均培训", 25.2, "学时", "exact", "人均培训25.2学时"),
    F("other", "综合能耗", 2186, "吨标准煤", "exact", "2024年综合能耗2,186吨标准煤"),
    F("growth", "综合能耗同比下降", 4.8, "%", "exact", "同比下降4.8%", role="change"),
    F("other", "碳排放量", 4520, "吨二氧化碳当量", "exact", "碳排放量4,520吨二氧化碳当量"),
    F("growth", "碳排放量同比下降", 5.3, "%", "exact", "同比下降5.3%", True, "change"),
    F("other", "屋顶光伏年发电量", 38.6, "万千瓦时", "exact", "所属园区屋顶光伏年发电38.6万千瓦时"),
    F("finance", "公益捐赠", 126, "万元", "exact", "全年公益捐赠126万元"),
    F("other", "员工志愿服务时长", 2860, "小时", "exact", "员工志愿服务2,860小时"),
]
# 关键绩效表: 2022年 / 2023年 = baselines, 2024年 = table copies of the prose (key false)
for label, meas, subj, cat in (("营业收入（亿元）", "亿元", "营业收入", "finance"), ("上缴税费（万元）", "万元", "上缴税费", "finance"),
                               ("员工总数（人）", "人", "员工总数", "people"), ("客户满意度（%）", "%", "客户满意度", "satisfaction"),
                               ("综合能耗（吨标准煤）", "吨标准煤", "综合能耗", "other"),
                               ("碳排放量（吨二氧化碳当量）", "吨二氧化碳当量", "碳排放量", "other")):
    cells = [c.rstrip(" |") for c in mrow(label, 3).split(" | ")[1:]]
    for i, (y, c) in enumerate(zip((2022, 2023, 2024), cells), 1):
        n161.append(F(cat, subj, num(c), meas, "exact", mrow(label, i), role="actual" if y == 2024 else "baseline", year=y))
h161 = [
    H("2024年上海市五一劳动奖状", "municipal", "上海科发技术服务集团有限公司", "上海市总工会", 2024,
      "科发集团荣获上海市总工会“2024年上海市五一劳动奖状”"),
    H("国家级科技企业孵化器考核评价“优秀（A类）”", "national", "科发孵化器", "科技部", 2024,
      "科发孵化器获评科技部国家级科技企业孵化器考核评价“优秀（A类）”"),
    H("2023—2024年度上海市文明单位", "municipal", "上海科发技术服务集团有限公司", None, 2024,
      "科发集团获评“2023—2024年度上海市文明单位”"),
    H("先进基层党组织", "system", "检验检测党支部", "上海市国资委", 2024,
      "检验检测党支部获评上海市国资委系统“先进基层党组织”"),
]
write(N161, "csr-report", "上海科发技术服务集团有限公司", ["科发集团"], 2024, "2025-06-18", n161, h161)

# ---------------------------------------------------------------- n162 市统计局 前三季度高新技术产业 (saved HTML)
N162 = NAMES[3]
YEAR = 2025
_, L162, _ = read(N162)


def hrow(label, i):
    row = next(l for l in L162 if l.startswith("<tr><td>" + label + "</td>"))
    return "</td><td>".join(re.findall(r"<td>(.*?)</td>", row)[:i + 1])


S = "高新技术产业产值"
n162 = [
    F("finance", S, 6482.6, "亿元", "exact", "全市规模以上高新技术产业（制造业）完成产值6,482.6亿元", True),
    F("growth", S + "同比增长", 5.8, "%", "exact", "同比增长5.8%", True, "change"),
    F("growth", S + "增速比上半年提高", 0.6, "个百分点", "exact", "增速比上半年提高0.6个百分点", role="change"),
    F("finance", "全市规模以上工业总产值", 21465.6, "亿元", "exact", "同期全市规模以上工业总产值21,465.6亿元"),
    F("growth", "全市规模以上工业总产值同比增长", 3.1, "%", "exact", "同比增长3.1%", role="change"),
    F("growth", S + "增速比全市规模以上工业高", 2.7, "个百分点", "exact", "高新技术产业产值增速比全市规模以上工业高2.7个百分点", role="change"),
    F("other", S + "占全市规模以上工业总产值比重", 30.2, "%", "exact", "占全市规模以上工业总产值的比重为30.2%", role="share"),
    F("finance", S, 6127.3, "亿元", "exact", "全市高新技术产业产值为6,127.3亿元", role="baseline", year=2024),
    F("other", "高新技术产业领域", 5, "", "exact", "五大领域"),
    F("finance", "电子信息产值", 2856.3, "亿元", "exact", "电子信息产值2,856.3亿元"),
    F("other", "电子信息占高新技术产业产值比重", 44.1, "%", "exact", "占44.1%", role="share"),
    F("growth", "电子信息产值同比增长", 6.9, "%", "exact", "同比增长6.9%", role="change"),
    F("growth", "航空航天产值同比增长", 12.6, "%", "exact", "航空航天增速最快，同比增长12.6%", role="change"),
    F("finance", "规模以上工业企业研发经费支出", 612.8, "亿元", "exact", "全市规模以上工业企业研发经费支出612.8亿元", True),
    F("growth", "规模以上工业企业研发经费支出同比增长", 9.6, "%", "exact", "同比增长9.6%", True, "change"),
    F("other", "规模以上工业企业研发经费支出与营业收入之比", 2.18, "%", "exact", "研发经费支出与营业收入之比为2.18%"),
    F("growth", "规模以上工业企业研发经费支出与营业收入之比比上年同期提高", 0.12, "个百分点", "exact", "比上年同期提高0.12个百分点", role="change"),
    F("output", "发明专利授权量", 4.12, "万件", "exact", "全市发明专利授权量4.12万件", True),
    F("growth", "发明专利授权量同比增长", 11.3, "%", "exact", "同比增长11.3%", True, "change"),
    F("output", "每万人口高价值发明专利拥有量", 54.8, "件", "exact", "每万人口高价值发明专利拥有量54.8件"),
    F("output", "PCT国际专利申请量", 5386, "件", "exact", "PCT国际专利申请量5,386件"),
    # ※ national comparisons: labelled under 全国… subjects, never key
    F("growth", "全国规模以上高技术制造业增加值同比增长", 9.4, "%", "exact", "全国规模以上高技术制造业增加值同比增长9.4%", role="change"),
    F("output", "全国发明专利授权量", 73.2, "万件", "exact", "全国发明专利授权量73.2万件"),
    F("other", "发明专利授权量占全国比重", 5.6, "%", "exact", "本市发明专利授权量占全国的5.6%", role="share"),
]
for label in ("电子信息", "生物医药", "航空航天", "新材料", "高端装备"):
    n162.append(F("finance", label + "产值", num(hrow(label, 1).split("</td><td>")[1]), "亿元", "exact", hrow(label, 1)))
    n162.append(F("growth", label + "产值同比增长", num(hrow(label, 2).split("</td><td>")[2]), "%", "exact", hrow(label, 2),
                  role="change"))
    n162.append(F("other", label + "占高新技术产业产值比重", num(hrow(label, 3).split("</td><td>")[3]), "%", "exact",
                  hrow(label, 3), role="share"))
n162.append(F("finance", S, 6482.6, "亿元", "exact", hrow("合计", 1)))
n162.append(F("growth", S + "同比增长", 5.8, "%", "exact", hrow("合计", 2), role="change"))
write(N162, "other", "上海市统计局", ["市统计局"], 2025, "2025-10-24", n162, [])
