#!/usr/bin/env python3
"""Writes gold/ for n111–n114 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
Table facts: n111's come from tcell(label, i) = the .docx table row (cells joined by TAB, as check.py turns a <w:tr>
into a line) from its first cell through cell i; n113's from hcell(district) = the HTML row's text from its 排名 cell
through the 综合指数得分 cell (the `</td><td>` markup kept, as heldout23's n89). The values themselves are typed below.
"""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
from check import doc_lines  # the same line reader check.py uses (unzips the .docx)
DOCS, GOLD = os.path.join(ROOT, "docs"), os.path.join(ROOT, "gold")
YEAR = None
CELL = "</td><td>"


def F(cat, subj, val, meas, qual, quote, key=False, role="actual", year=None):
    return {"category": cat, "subject": subj, "year": YEAR if year is None else year, "value": val, "measure": meas,
            "qualifier": qual, "quote": quote, "key": key, "role": role}


def H(title, level, recipient, issuer, year, quote, source="text"):
    return {"title": title, "level": level, "recipient": recipient, "issuer": issuer, "year": year, "quote": quote,
            "source": source}


def write(name, kind, unit, aliases, year, published, facts, honours):
    g = {"document": name, "kind": kind, "unit": unit, "aliases": aliases, "year": year, "published": published,
         "facts": facts, "honours": honours}
    out = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


# ---------------------------------------------------------------- n111 专项资金绩效自评报告 (.docx, other)
N111 = "n111_changning_kw_zxzjzp2025.docx"
YEAR = 2025
L111 = doc_lines(os.path.join(DOCS, N111))


def tcell(label, i):
    """The TAB row whose third cell (三级指标) or first cell (合计) is label, from its first cell through cell i."""
    row = next(l.split("\t") for l in L111 if "\t" in l and label in (l.split("\t")[0], l.split("\t")[2]))
    return "\t".join(row[:i + 1])


n111 = [
    # 一、项目概况 opening figures paragraph (key)
    F("finance", "专项资金年初预算", 8600, "万元", "exact", "年初预算8,600万元", True, "budget"),
    F("finance", "专项资金执行数", 8342.5, "万元", "exact", "全年执行数8,342.5万元，预算执行率", True),
    F("other", "专项资金预算执行率", 97.0, "%", "exact", "预算执行率97.0%", True, "share"),
    F("service", "专项资金支持项目", 326, "个", "exact", "全年支持项目326个", True),
    F("service", "专项资金惠及企业", 284, "家", "exact", "惠及企业284家", True),
    F("other", "项目绩效自评得分", 96.8, "分", "exact", "项目绩效自评得分96.8分", True),
    # （二）预算安排情况 (budget ※)
    F("finance", "企业研发补助预算", 4200, "万元", "exact", "企业研发补助4,200万元", role="budget"),
    F("finance", "科技创新载体建设预算", 2600, "万元", "exact", "科技创新载体建设2,600万元", role="budget"),
    F("finance", "科技成果转化奖励预算", 1800, "万元", "exact", "科技成果转化奖励1,800万元", role="budget"),
    F("growth", "科技创新载体建设预算调剂用于企业研发补助", 300, "万元", "exact", "预算中的300万元调剂用于企业研发补助", role="change"),
    # （三）预算执行情况
    F("finance", "专项资金执行数", 8342.5, "万元", "exact", "全年执行数8,342.5万元，其中"),
    F("finance", "企业研发补助执行数", 4486.2, "万元", "exact", "企业研发补助4,486.2万元"),
    F("finance", "科技创新载体建设执行数", 2198.3, "万元", "exact", "科技创新载体建设2,198.3万元"),
    F("finance", "科技成果转化奖励执行数", 1658.0, "万元", "exact", "科技成果转化奖励1,658.0万元"),
    F("finance", "专项资金执行数", 7915.6, "万元", "exact", "与2024年执行数7,915.6万元", role="baseline", year=2024),
    F("growth", "专项资金执行数同比增长", 5.4, "%", "exact", "2025年执行数增长5.4%", role="change"),
    # 二、绩效指标完成情况
    F("other", "未完成年度指标值的绩效指标", 2, "个", "exact", "企业满意度2个指标未完成年度指标值"),
]
# table: 年度指标值 = target of 2025 itself ※, 实际完成值 = actual (cell measures as written in the cell ※),
# 分值 / 得分 = measure "" (the cell writes no unit)
ROWS111 = [  # 三级指标, subject, category of the indicator, target (value, measure, qualifier), actual (value, role), 分值, 得分
    ("支持项目数", "专项资金支持项目", "service", (300, "个", "over"), (326, "actual"), 20, 20),
    ("新增高新技术企业数", "新增高新技术企业", "other", (100, "家", "exact"), (108, "actual"), 15, 15),
    ("资金拨付时限", "资金拨付时限", "other", (30, "个工作日", "under"), (27, "actual"), 10, 10),
    ("区技术合同成交额增长率", "区技术合同成交额增长率", "growth", (10, "%", "over"), (8.6, "change"), 20, 17.2),
    ("企业满意度", "企业满意度", "satisfaction", (95, "%", "over"), (92.6, "actual"), 15, 14.6),
    ("预算执行率", "专项资金预算执行率", "other", (95, "%", "over"), (97.0, "share"), 20, 20),
]
for lab, subj, cat, (tv, tm, tq), (av, ar), w, s in ROWS111:
    n111.append(F(cat, subj, tv, tm, tq, tcell(lab, 3), role="target"))
    n111.append(F(cat, subj, av, tm, "exact", tcell(lab, 4), role=ar))
    n111.append(F("other", lab + "分值", w, "", "exact", tcell(lab, 5)))
    n111.append(F("other", lab + "得分", s, "", "exact", tcell(lab, 6)))
n111 += [
    F("other", "绩效指标分值合计", 100, "", "exact", tcell("合计", 5)),
    F("other", "项目绩效自评得分", 96.8, "", "exact", tcell("合计", 6)),
    # 三、偏差原因分析
    F("growth", "区技术合同成交额增长率低于年度指标值", 1.4, "个百分点", "exact", "比年度指标值低1.4个百分点", role="change"),
    F("growth", "企业满意度低于年度指标值", 2.4, "个百分点", "exact", "比年度指标值低2.4个百分点", role="change"),
    F("finance", "专项资金结余", 257.5, "万元", "exact", "全年结余资金257.5万元"),
    # 四、下一步改进措施 (targets of 2026)
    F("other", "资金拨付时限", 20, "个工作日", "under", "资金拨付时限压缩至20个工作日以内", role="target", year=2026),
    F("satisfaction", "企业满意度", 95, "%", "over", "企业满意度提升至95%以上", role="target", year=2026),
    F("other", "专项资金预算执行率", 95, "%", "over", "专项资金预算执行率保持在95%以上", role="target", year=2026),
]
write(N111, "other", "上海市长宁区科学技术委员会", ["长宁区科学技术委员会", "区科委"], 2025, "2026-02-10", n111, [])

# ---------------------------------------------------------------- n112 社会组织年度工作报告 (work-summary)
N112 = "n112_shkjfwxh_ndgzbg2025.txt"
YEAR = 2025
n112 = [
    # opening paragraph (key)
    F("people", "新发展会员单位", 86, "家", "exact", "全年新发展会员单位86家，年末", True),
    F("people", "会员单位", 612, "家", "exact", "年末会员单位达到612家", True),
    F("output", "发布团体标准", 7, "项", "exact", "发布团体标准7项；", True),
    F("service", "举办培训", 42, "期", "exact", "举办各类培训42期，培训学员3,860人次；", True),
    F("service", "培训学员", 3860, "人次", "exact", "培训学员3,860人次；", True),
    F("finance", "总收入", 1486.3, "万元", "exact", "全年总收入1,486.3万元，同比增长9.8%；", True),
    F("growth", "总收入同比增长", 9.8, "%", "exact", "1,486.3万元，同比增长9.8%；", True, "change"),
    # 一、会员发展与服务
    F("people", "新发展会员单位", 86, "家", "exact", "全年新发展会员单位86家，退出"),
    F("people", "退出会员单位", 21, "家", "exact", "退出会员单位21家"),
    F("people", "会员单位", 612, "家", "exact", "年末会员单位612家（2024年末为"),
    F("people", "会员单位", 547, "家", "exact", "（2024年末为547家）", role="baseline", year=2024),
    F("growth", "会员单位净增", 65, "家", "exact", "净增65家", role="change"),
    F("people", "企业会员", 538, "家", "exact", "企业会员538家"),
    F("other", "企业会员占会员单位比重", 87.9, "%", "exact", "538家，占87.9%", role="share"),
    F("people", "高校、科研院所及其他会员", 74, "家", "exact", "高校、科研院所及其他会员74家"),
    # 二、组织建设 (own governance meetings: other ※)
    F("other", "召开会员大会", 1, "次", "exact", "召开会员大会1次"),
    F("other", "召开理事会", 4, "次", "exact", "理事会4次"),
    F("other", "召开常务理事会", 6, "次", "exact", "常务理事会6次"),
    F("other", "召开监事会", 2, "次", "exact", "监事会2次"),
    F("other", "审议通过事项", 37, "项", "exact", "审议通过各类事项37项"),
    F("people", "增补理事单位", 5, "家", "exact", "增补理事单位5家"),
    # 三、团体标准
    F("output", "发布团体标准", 7, "项", "exact", "全年发布团体标准7项，另有"),
    F("output", "在编团体标准", 11, "项", "exact", "另有11项团体标准完成立项"),
    F("output", "被行业主管部门推荐采用的团体标准", 3, "项", "exact", "3项被行业主管部门推荐采用"),
    # 四、培训与行业服务
    F("service", "举办培训", 42, "期", "exact", "举办各类培训42期，培训学员3,860人次，同比"),
    F("service", "培训学员", 3860, "人次", "exact", "培训学员3,860人次，同比增长15.2%"),
    F("growth", "培训学员同比增长", 15.2, "%", "exact", "3,860人次，同比增长15.2%", role="change"),
    F("service", "承接政府购买服务项目", 9, "项", "exact", "承接政府购买服务项目9项"),
    # 五、财务收支情况
    F("finance", "总收入", 1486.3, "万元", "exact", "全年总收入1,486.3万元（2024年为"),
    F("finance", "总收入", 1353.6, "万元", "exact", "（2024年为1,353.6万元），同比增长9.8%", role="baseline", year=2024),
    F("growth", "总收入同比增长", 9.8, "%", "exact", "1,353.6万元），同比增长9.8%", role="change"),
    F("finance", "会费收入", 412.0, "万元", "exact", "会费收入412.0万元"),
    F("finance", "服务收入", 986.5, "万元", "exact", "服务收入986.5万元"),
    F("finance", "其他收入", 87.8, "万元", "exact", "其他收入87.8万元"),
    F("finance", "总支出", 1402.7, "万元", "exact", "全年总支出1,402.7万元"),
    F("finance", "总支出", 1309.7, "万元", "exact", "（2024年为1,309.7万元）", role="baseline", year=2024),
    F("growth", "总支出同比增长", 7.1, "%", "exact", "1,309.7万元），同比增长7.1%", role="change"),
    F("finance", "业务活动成本", 1126.9, "万元", "exact", "业务活动成本1,126.9万元"),
    F("finance", "管理费用", 275.8, "万元", "exact", "管理费用275.8万元"),
    F("finance", "收支结余", 83.6, "万元", "exact", "全年结余83.6万元"),
    F("finance", "净资产", 1238.5, "万元", "exact", "年末净资产1,238.5万元"),
    F("finance", "净资产", 1154.9, "万元", "exact", "（2024年末为1,154.9万元）", role="baseline", year=2024),
    # 六、获得荣誉
    F("honour", "获得荣誉", 3, "项", "exact", "获得各类荣誉3项"),
    # 八、2026年工作计划 (targets)
    F("people", "新发展会员单位", 80, "家", "over", "新发展会员单位80家以上", role="target", year=2026),
    F("people", "会员单位", 650, "家", "over", "会员单位总数突破650家", role="target", year=2026),
    F("output", "发布团体标准", 8, "项", "over", "发布团体标准8项以上", role="target", year=2026),
    F("service", "举办培训", 45, "期", "over", "举办培训45期以上", role="target", year=2026),
    F("service", "培训学员", 4000, "人次", "over", "培训学员4,000人次以上", role="target", year=2026),
    F("finance", "总收入", 1550, "万元", "exact", "全年总收入力争达到1,550万元", role="target", year=2026),
]
n112h = [
    H("5A级社会组织", "municipal", "上海市科技服务业协会", "上海市民政局", 2025, "经上海市民政局评估，协会被评为5A级社会组织"),
    H("上海市社会组织先进基层党组织", "municipal", "协会党支部", None, 2025, "协会党支部获评“上海市社会组织先进基层党组织”"),
    H("2025年度优秀团体会员", "other", "上海市科技服务业协会", "中国技术市场协会", 2025,
      "协会获中国技术市场协会授予的“2025年度优秀团体会员”称号"),
]
write(N112, "work-summary", "上海市科技服务业协会", ["协会"], 2025, "2026-03-18", n112, n112h)

# ---------------------------------------------------------------- n113 各区科技创新发展指数评价结果 (HTML, other)
N113 = "n113_shtjj_qkjcxzs_pjjg2025.html"
YEAR = 2025
L113 = doc_lines(os.path.join(DOCS, N113))


def hcell(district):
    row = next(l for l in L113 if l.startswith("<tr><td>") and f"<td>{district}</td>" in l)
    cells = row[len("<tr><td>"):-len("</td></tr>")].split(CELL)
    return CELL.join(cells[:3])


n113 = [
    F("other", "评价覆盖区", 16, "个", "exact", "全市16个区"),
    # 评价结果显示 paragraph (key ※: the evaluation's own headline result and the city's figures)
    F("other", "上海市科技创新发展指数", 326.4, "", "exact", "上海市科技创新发展指数为326.4", True),
    F("growth", "上海市科技创新发展指数比上年提高", 19.8, "", "exact", "比上年提高19.8；", True, "change"),
    F("other", "各区综合指数平均得分", 74.6, "分", "exact", "综合指数平均得分为74.6分", True),
    F("growth", "各区综合指数平均得分比上年提高", 2.1, "分", "exact", "比上年提高2.1分", True, "change"),
    F("other", "全市全社会研发经费投入强度", 4.5, "%", "approx", "全社会研发经费投入强度约为4.5%", True),
    F("output", "全市每万人口高价值发明专利拥有量", 58.3, "件", "exact", "每万人口高价值发明专利拥有量达到58.3件", True),
    # 一、评价体系
    F("other", "评价一级指标", 4, "个", "exact", "4个一级指标"),
    F("other", "评价二级指标", 26, "个", "exact", "26个二级指标"),
    # 二、评价结果
    F("other", "浦东新区综合指数得分", 89.6, "分", "exact", "浦东新区以89.6分继续位列第一"),
    F("other", "综合指数得分80分以上的区", 5, "个", "exact", "80分以上的区共5个"),
    F("growth", "综合指数得分80分以上的区比上年增加", 1, "个", "exact", "比上年增加1个", role="change"),
    F("growth", "嘉定区综合指数得分比上年提高", 4.3, "分", "exact", "嘉定区综合指数得分比上年提高4.3分", role="change"),
    F("growth", "青浦区综合指数得分比上年提高", 3.8, "分", "exact", "青浦区提高3.8分", role="change"),
    F("other", "中心城区区数", 7, "个", "exact", "中心城区7个区"),
    F("other", "中心城区综合指数平均得分", 76.8, "分", "exact", "平均得分76.8分"),
    F("other", "郊区区数", 8, "个", "exact", "郊区8个区"),
    F("other", "郊区综合指数平均得分", 70.8, "分", "exact", "平均得分70.8分"),
    F("other", "浦东新区与崇明区综合指数得分差距", 30.9, "分", "exact", "相差30.9分"),
]
SC113 = [("浦东新区", 89.6), ("徐汇区", 86.2), ("闵行区", 83.5), ("杨浦区", 82.9), ("嘉定区", 80.4), ("静安区", 78.7),
         ("长宁区", 77.1), ("松江区", 76.3), ("黄浦区", 74.8), ("宝山区", 72.5), ("普陀区", 70.9), ("青浦区", 68.4),
         ("虹口区", 67.2), ("奉贤区", 64.8), ("金山区", 61.5), ("崇明区", 58.7)]
for d, s in SC113:  # table cells: measure from the header's bracket （分）; 排名 and 位次变化 are not labelled ※
    n113.append(F("other", d + "综合指数得分", s, "分", "exact", hcell(d)))
n113 += [
    F("other", "各区综合指数平均得分", 76, "分", "over", "平均得分达到76分以上", role="target", year=2026),
    F("other", "全市全社会研发经费投入强度", 4.5, "%", "approx", "研发经费投入强度保持在4.5%左右", role="target", year=2026),
]
write(N113, "other", "上海市统计局", ["市统计局"], 2025, "2026-03-06", n113, [])

# ---------------------------------------------------------------- n114 新闻通稿 (other)
N114 = "n114_stcsm_jshtdj_xwtg2025.txt"
YEAR = 2025
n114 = [
    # opening paragraph (key)
    F("output", "认定登记技术合同", 52386, "项", "exact", "本市共认定登记技术合同52,386项", True),
    F("growth", "认定登记技术合同同比增长", 6.8, "%", "exact", "52,386项，同比增长6.8%", True, "change"),
    F("finance", "技术合同成交额", 5386.4, "亿元", "exact", "成交额5,386.4亿元", True),
    F("growth", "技术合同成交额同比增长", 11.6, "%", "exact", "5,386.4亿元，同比增长11.6%", True, "change"),
    F("finance", "技术交易额", 3912.7, "亿元", "exact", "技术交易额3,912.7亿元", True),
    F("growth", "技术交易额同比增长", 12.3, "%", "exact", "3,912.7亿元，同比增长12.3%", True, "change"),
    # 一、合同类型
    F("finance", "技术服务合同成交额", 2702.9, "亿元", "exact", "技术服务合同成交额2,702.9亿元"),
    F("other", "技术服务合同成交额占比", 50.2, "%", "exact", "占全市技术合同成交额的50.2%", role="share"),
    F("finance", "技术开发合同成交额", 2103.5, "亿元", "exact", "技术开发合同成交额2,103.5亿元"),
    F("other", "技术开发合同成交额占比", 39.1, "%", "exact", "2,103.5亿元，占39.1%", role="share"),
    F("finance", "技术转让合同成交额", 487.2, "亿元", "exact", "技术转让合同成交额487.2亿元"),
    F("other", "技术转让合同成交额占比", 9.0, "%", "exact", "487.2亿元，占9.0%", role="share"),
    F("finance", "技术咨询合同成交额", 92.8, "亿元", "exact", "技术咨询合同成交额92.8亿元"),
    F("other", "技术咨询合同成交额占比", 1.7, "%", "exact", "92.8亿元，占1.7%", role="share"),
    F("output", "技术开发合同", 21604, "项", "exact", "技术开发合同21,604项"),
    F("other", "技术开发合同占合同总数比重", 41.2, "%", "exact", "占合同总数的41.2%", role="share"),
    # 二、技术流向
    F("output", "流向外省市的技术合同", 18935, "项", "exact", "流向外省市的技术合同18,935项"),
    F("finance", "流向外省市的技术合同成交额", 3012.6, "亿元", "exact", "成交额3,012.6亿元"),
    F("other", "流向外省市的技术合同成交额占比", 55.9, "%", "exact", "占全市的55.9%", role="share"),
    F("finance", "流向长三角地区其他省份的技术合同成交额", 1128.4, "亿元", "exact", "流向长三角地区其他省份的技术合同成交额1,128.4亿元"),
    F("other", "流向长三角地区其他省份的成交额占流向外省市成交额比重", 37.5, "%", "exact", "占流向外省市成交额的37.5%", role="share"),
    F("finance", "流向本市的技术合同成交额", 1986.3, "亿元", "exact", "流向本市的技术合同成交额1,986.3亿元"),
    F("other", "流向本市的技术合同成交额占比", 36.9, "%", "exact", "1,986.3亿元，占36.9%", role="share"),
    F("finance", "技术出口合同成交额", 387.5, "亿元", "exact", "技术出口合同成交额387.5亿元"),
    F("other", "技术出口合同成交额占比", 7.2, "%", "exact", "387.5亿元，占7.2%", role="share"),
    # 三、重点区域
    F("finance", "浦东新区技术合同成交额", 1426.8, "亿元", "exact", "分别为1,426.8亿元"),
    F("finance", "徐汇区技术合同成交额", 872.5, "亿元", "exact", "1,426.8亿元、872.5亿元"),
    F("finance", "闵行区技术合同成交额", 736.9, "亿元", "exact", "872.5亿元和736.9亿元"),
    F("finance", "浦东新区、徐汇区、闵行区技术合同成交额合计", 3036.2, "亿元", "exact", "合计3,036.2亿元"),
    F("other", "浦东新区、徐汇区、闵行区技术合同成交额占全市比重", 56.4, "%", "exact", "3,036.2亿元，占全市的56.4%", role="share"),
    F("growth", "浦东新区技术合同成交额同比增长", 14.7, "%", "exact", "浦东新区技术合同成交额同比增长14.7%", role="change"),
    F("other", "技术合同成交额超过100亿元的区", 12, "个", "exact", "超过100亿元的区共12个"),
    F("growth", "技术合同成交额超过100亿元的区比上年增加", 2, "个", "exact", "比上年增加2个", role="change"),
    # 四、创新主体
    F("finance", "企业作为卖方的技术合同成交额", 4968.2, "亿元", "exact", "企业作为卖方的技术合同成交额4,968.2亿元"),
    F("other", "企业作为卖方的技术合同成交额占比", 92.2, "%", "exact", "4,968.2亿元，占全市的92.2%", role="share"),
    F("output", "高校和科研院所作为卖方的技术合同", 6482, "项", "exact", "认定登记技术合同6,482项"),
    F("finance", "高校和科研院所作为卖方的技术合同成交额", 326.7, "亿元", "exact", "成交额326.7亿元"),
    F("growth", "高校和科研院所作为卖方的技术合同成交额同比增长", 18.4, "%", "exact", "326.7亿元，同比增长18.4%", role="change"),
    F("finance", "先导产业领域技术合同成交额", 1642.3, "亿元", "exact", "先导产业领域技术合同成交额1,642.3亿元"),
    F("other", "先导产业领域技术合同成交额占比", 30.5, "%", "exact", "1,642.3亿元，占全市的30.5%", role="share"),
    # 五、“十四五” cumulative (stocks take the report year)
    F("output", "“十四五”期间累计认定登记技术合同", 23.6, "万项", "exact", "累计认定登记技术合同23.6万项"),
    F("finance", "“十四五”期间累计技术合同成交额", 2.12, "万亿元", "exact", "累计成交额2.12万亿元"),
    # the official's quote
    F("other", "技术交易额占技术合同成交额比重", 72.6, "%", "exact", "技术交易额占技术合同成交额的比重达到72.6%", role="share"),
    F("finance", "平均每项技术合同成交额", 1028.2, "万元", "exact", "平均每项技术合同成交额达到1,028.2万元"),
    # 六、下一步工作 (targets of 2026)
    F("finance", "技术合同成交额", 6000, "亿元", "over", "技术合同成交额突破6,000亿元", role="target", year=2026),
    F("finance", "技术交易额", 4300, "亿元", "approx", "技术交易额达到4,300亿元左右", role="target", year=2026),
]
write(N114, "other", "上海市科学技术委员会", ["市科委"], 2025, "2026-02-05", n114, [])
print("gold written")
