#!/usr/bin/env python3
"""Writes gold/ for n183–n186 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
n184 (feed): A(aid)(…) gives the same row plus `article` (the aid) and `date` (the article's 时间time).
n183's table facts come from trow(label, i) = the row's extracted text from its label cell through cell i, TABs kept.
"""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GOLD = os.path.join(ROOT, "gold")
sys.path.insert(0, ROOT)
from check import read  # the same line reader check.py and scan.py use (docx → lines)
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


# ---------------------------------------------------------------- n183 奉贤区科协 2024 部门整体支出绩效自评 (.docx)
N183 = "n183_fengxian_kx_jxzp2024.docx"
YEAR = 2024
_, L183, _ = read(N183)


def trow(label, i):
    row = next(l for l in L183 if l.startswith(label + "\t"))
    return "\t".join(row.split("\t")[:i + 1])


n183 = [
    F("other", "内设科室", 3, "个", "exact", "科普部3个科室"),
    F("people", "核定行政编制", 12, "名", "exact", "核定行政编制12名"),
    F("people", "在编人员", 11, "名", "exact", "年末实有在编人员11名"),
    F("other", "下属事业单位", 1, "家", "exact", "下属奉贤区科技馆1家事业单位"),
    F("finance", "年初预算", 1286.4, "万元", "exact", "区科协年初预算1,286.40万元"),
    F("growth", "全年预算比年初预算追加", 66.4, "万元", "exact", "年中追加66.40万元", role="change"),
    F("finance", "调整后全年预算", 1352.8, "万元", "exact", "调整后全年预算1,352.80万元", True),
    F("finance", "实际支出", 1309.06, "万元", "exact", "实际支出1,309.06万元", True),
    F("satisfaction", "预算执行率", 96.8, "%", "exact", "预算执行率96.8%", True),
    F("finance", "基本支出", 586.32, "万元", "exact", "基本支出586.32万元"),
    F("other", "基本支出占实际支出比重", 44.8, "%", "exact", "占44.8%", role="share"),
    F("finance", "项目支出", 722.74, "万元", "exact", "项目支出722.74万元"),
    F("other", "项目支出占实际支出比重", 55.2, "%", "exact", "占55.2%", role="share"),
    F("finance", "实际支出", 1218.55, "万元", "exact", "比2023年的1,218.55万元", role="baseline", year=2023),
    F("growth", "实际支出同比增长", 7.4, "%", "exact", "增长7.4%", role="change"),
    F("finance", "三公经费支出", 3.26, "万元", "exact", "“三公”经费支出3.26万元"),
    F("growth", "三公经费支出同比下降", 12.1, "%", "exact", "比上年下降12.1%", role="change"),
    F("service", "科普活动", 1136, "场", "exact", "全年开展各类科普活动1,136场", True),
    F("growth", "科普活动同比增长", 9.2, "%", "exact", "同比增长9.2%", True, "change"),
    F("service", "科普活动服务公众", 63.5, "万人次", "exact", "服务公众63.5万人次", True),
    F("service", "学术交流活动", 46, "场", "exact", "举办学术交流活动46场"),
    F("other", "新增基层科协组织", 9, "家", "exact", "新增基层科协组织9家"),
    F("other", "基层科协组织", 168, "家", "exact", "累计达到168家"),
    F("other", "公民具备科学素质比例", 24.8, "%", "exact", "公民具备科学素质比例达到24.8%"),
    F("growth", "公民具备科学素质比例比上年提高", 1.6, "个百分点", "exact", "比上年提高1.6个百分点", role="change"),
    F("satisfaction", "服务对象满意度", 97.3, "%", "exact", "服务对象满意度97.3%", True),
]
# table 1: 年度目标值 (target of 2024 itself ※), 实际完成值 (table copy), 得分
for label, subj, meas, cat in (("科普活动场次（场）", "科普活动", "场", "service"),
                               ("服务公众人次（万人次）", "科普活动服务公众", "万人次", "service"),
                               ("学术交流活动（场）", "学术交流活动", "场", "service"),
                               ("新增基层科协组织（家）", "新增基层科协组织", "家", "other"),
                               ("公民具备科学素质比例（%）", "公民具备科学素质比例", "%", "other"),
                               ("服务对象满意度（%）", "服务对象满意度", "%", "satisfaction")):
    num = lambda i: (lambda x: int(x) if x.is_integer() and "." not in trow(label, i).split("\t")[i] else x)(
        float(trow(label, i).split("\t")[i].replace(",", "")))
    n183.append(F(cat, subj, num(1), meas, "exact", trow(label, 1), role="target"))
    n183.append(F(cat, subj, num(2), meas, "exact", trow(label, 2)))
    n183.append(F("other", label.split("（")[0] + "指标得分", num(3), "分", "exact", trow(label, 3)))
n183 += [
    F("other", "产出和效益指标得分", 59, "分", "exact", "合计\t—\t—\t59"),
    F("other", "决策指标得分", 14.5, "分", "exact", "决策指标得分14.5分"),
    F("other", "过程指标得分", 23, "分", "exact", "过程指标得分23分"),
    F("other", "产出和效益指标得分", 59, "分", "exact", "产出和效益指标得分59分"),
    F("other", "部门整体支出绩效评价得分", 96.5, "分", "exact", "综合自评得分96.5分", True),
    F("other", "部门整体支出绩效评价得分", 94.2, "分", "exact", "较2023年度的94.2分", role="baseline", year=2023),
    F("growth", "部门整体支出绩效评价得分比上年提高", 2.3, "分", "exact", "提高2.3分", role="change"),
    F("satisfaction", "学术交流活动年度目标完成率", 92.0, "%", "exact", "完成率92.0%"),
    F("growth", "公民具备科学素质比例低于年度目标", 0.2, "个百分点", "exact", "距年度目标差0.2个百分点", role="change"),
    F("service", "科普活动", 1200, "场", "over", "举办科普活动1,200场以上", role="target", year=2025),
    F("service", "学术交流活动", 50, "场", "over", "学术交流活动不少于50场", role="target", year=2025),
    F("other", "公民具备科学素质比例", 26, "%", "exact", "公民具备科学素质比例达到26%", role="target", year=2025),
]
write(N183, "other", "上海市奉贤区科学技术协会", ["区科协"], 2024, "2025-03-20", n183, [])

# ---------------------------------------------------------------- n184 市科委 科技创新券 feed 2025 (article-feed)
N184 = "n184_stcsm_kjcxq_feed2025.json"
_, _, ARTS = read(N184)
YEAR = 2025


def A(aid):
    def f(*a, **k):
        r = F(*a, **k); r["article"] = aid; r["date"] = ARTS[aid][0]["时间time"]; return r
    return f


a, b, c = A("2651203318_1"), A("2651204127_2"), A("2651206540_1")
n184 = [
    # A 2025-04-18 一季度
    a("service", "一季度申领科技创新券企业", 2856, "家", "exact", "申领科技创新券企业2,856家", True),
    a("growth", "一季度申领科技创新券企业同比增长", 14.6, "%", "exact", "同比增长14.6%", role="change"),
    a("finance", "一季度科技创新券兑付金额", 0.72, "亿元", "exact", "兑付金额0.72亿元"),
    a("service", "一季度首次申领科技创新券企业", 1934, "家", "exact", "首次申领企业1,934家"),
    a("other", "一季度首次申领企业占申领企业比重", 67.7, "%", "exact", "占67.7%", role="share"),
    a("service", "一季度申领科技创新券创业团队", 312, "个", "exact", "创业团队申领312个"),
    a("finance", "科技创新券单家企业年度使用额度上限", 30, "万元", "exact", "单家企业年度使用额度最高30万元"),
    a("finance", "科技创新券创业团队年度使用额度上限", 3, "万元", "exact", "创业团队最高3万元"),
    a("finance", "科技创新券年度总额度", 6, "亿元", "exact", "年度总额度为6亿元", role="budget"),
    a("finance", "科技创新券年度总额度", 5, "亿元", "exact", "比2024年的5亿元", role="baseline", year=2024),
    a("growth", "科技创新券年度总额度比上年增加", 1, "亿元", "exact", "增加1亿元", role="change"),
    # B 2025-07-22 上半年
    b("service", "上半年申领科技创新券企业", 9468, "家", "exact", "申领科技创新券企业达到9,468家", True),
    b("growth", "上半年申领科技创新券企业同比增长", 11.8, "%", "exact", "同比增长11.8%", role="change"),
    b("finance", "上半年科技创新券兑付金额", 2.08, "亿元", "exact", "兑付金额2.08亿元", True),
    b("growth", "上半年科技创新券兑付金额同比增长", 16.2, "%", "exact", "同比增长16.2%", role="change"),
    b("finance", "上半年检验检测服务科技创新券兑付金额", 0.86, "亿元", "exact", "检验检测服务兑付0.86亿元"),
    b("finance", "上半年研发设计服务科技创新券兑付金额", 0.74, "亿元", "exact", "研发设计服务兑付0.74亿元"),
    b("finance", "上半年技术转移等其他服务科技创新券兑付金额", 0.48, "亿元", "exact", "其他服务兑付0.48亿元"),
    b("other", "科技创新券服务机构", 1265, "家", "exact", "服务机构达到1,265家"),
    b("other", "新增入库科技创新券服务机构", 138, "家", "exact", "新增入库服务机构138家"),
    b("finance", "上半年长三角科技创新券通用通兑兑付金额", 0.31, "亿元", "exact", "通用通兑兑付金额0.31亿元"),
    # C 2025-12-30 全年 (2025), 2024 baselines, 2026 targets
    c("service", "申领科技创新券企业和创业团队", 1.86, "万家", "exact", "1.86万家企业和创业团队申领科技创新券", True),
    c("service", "申领科技创新券企业和创业团队", 1.62, "万家", "exact", "比2024年的1.62万家", role="baseline", year=2024),
    c("growth", "申领科技创新券企业和创业团队同比增长", 14.8, "%", "exact", "增长14.8%", True, "change"),
    c("finance", "科技创新券兑付金额", 5.12, "亿元", "exact", "兑付金额5.12亿元", True),
    c("growth", "科技创新券兑付金额同比增长", 17.7, "%", "exact", "同比增长17.7%", True, "change"),
    c("finance", "科技创新券兑付金额", 4.35, "亿元", "exact", "2024年全年兑付金额为4.35亿元", role="baseline", year=2024),
    c("other", "科技创新券年度额度使用率", 85.3, "%", "exact", "年度额度使用率达到85.3%", role="share"),
    c("other", "科技型中小企业申领科技创新券占比", 72.4, "%", "exact", "科技型中小企业申领占比72.4%", role="share"),
    c("satisfaction", "科技创新券企业满意度", 96.1, "%", "exact", "企业对科技创新券的满意度达到96.1%", True),
    c("service", "申领科技创新券企业和创业团队", 2, "万家", "over", "申领企业突破2万家", role="target", year=2026),
    c("finance", "科技创新券兑付金额", 6, "亿元", "approx", "兑付金额达到6亿元左右", role="target", year=2026),
]
write(N184, "article-feed", "上海市科学技术委员会", ["市科委"], None, None, n184, [])

# ---------------------------------------------------------------- n185 宝山区经委 2025 法治政府建设情况报告 (saved HTML)
N185 = "n185_baoshan_jw_fzzf2025.html"
YEAR = 2025
n185 = [
    F("service", "受理行政许可事项", 1248, "件", "exact", "全年受理行政许可事项1,248件", True),
    F("service", "办结行政许可事项", 1248, "件", "exact", "办结1,248件"),
    F("satisfaction", "行政许可按时办结率", 100, "%", "exact", "按时办结率100%"),
    F("service", "行政许可网上办理", 1173, "件", "exact", "网上办理1,173件"),
    F("other", "行政许可网上办理率", 94.0, "%", "exact", "占94.0%", True, "share"),
    F("other", "行政许可平均办理时限", 3.2, "个工作日", "exact", "压缩至3.2个工作日"),
    F("other", "行政许可法定办理时限", 20, "个工作日", "exact", "法定时限20个工作日"),
    F("growth", "行政许可办理时限比法定时限压缩", 84.0, "%", "exact", "压缩84.0%", role="change"),
    F("service", "双随机一公开抽查", 142, "次", "exact", "抽查142次"),
    F("service", "双随机一公开检查市场主体", 586, "户", "exact", "检查市场主体586户"),
    F("service", "责令整改市场主体", 37, "户", "exact", "责令整改37户"),
    F("satisfaction", "整改完成率", 100, "%", "exact", "整改完成率100%"),
    F("service", "行政复议申请", 9, "件", "exact", "行政复议申请9件", True),
    F("service", "行政复议申请", 14, "件", "exact", "比2024年的14件", role="baseline", year=2024),
    F("growth", "行政复议申请比上年减少", 5, "件", "exact", "减少5件", role="change"),
    F("service", "行政复议受理", 8, "件", "exact", "依法受理8件"),
    F("service", "行政复议维持", 6, "件", "exact", "维持6件"),
    F("service", "行政复议撤销", 1, "件", "exact", "撤销1件"),
    F("service", "行政复议确认违法", 1, "件", "exact", "确认违法1件"),
    F("service", "行政诉讼案件", 3, "件", "exact", "发生行政诉讼案件3件", True),
    F("satisfaction", "行政机关负责人出庭应诉率", 100, "%", "exact", "行政机关负责人出庭应诉率100%", True),
    F("service", "集体学法", 4, "次", "exact", "集体学法4次"),
    F("service", "依法行政专题培训", 6, "期", "exact", "举办依法行政专题培训6期"),
    F("service", "法治培训干部职工", 412, "人次", "exact", "培训干部职工412人次", True),
    F("satisfaction", "网上学法考试参考率", 100, "%", "exact", "网上学法考试参考率100%"),
    F("other", "网上学法考试平均成绩", 92.6, "分", "exact", "平均成绩92.6分"),
    F("service", "普法进企业活动", 28, "场", "exact", "普法进企业活动28场"),
    F("service", "普法进企业活动覆盖企业", 1350, "家", "exact", "覆盖企业1,350家"),
    F("other", "行政许可网上办理率", 96, "%", "over", "网上办理率达到96%以上", role="target", year=2026),
    F("service", "依法行政专题培训", 8, "期", "over", "专题培训不少于8期", role="target", year=2026),
    F("satisfaction", "规范性文件合法性审核率", 100, "%", "exact", "合法性审核率保持100%", role="target", year=2026),
]
h185 = [H("宝山区依法行政示范单位", "district", "上海市宝山区经济委员会", None, 2025,
          "区经委被评为2025年度宝山区依法行政示范单位")]
write(N185, "other", "上海市宝山区经济委员会", ["区经委"], 2025, "2026-02-10", n185, h185)

# ---------------------------------------------------------------- n186 东衡计量院 2022 年度社会责任报告 (csr-report, .txt)
N186 = "n186_dhjl_csr2022.txt"
YEAR = 2022
n186 = [
    F("people", "职工", 426, "名", "exact", "现有职工四百二十六名", True),
    F("people", "高级职称人员", 108, "名", "exact", "高级职称一百零八名"),
    F("people", "博士", 23, "名", "exact", "博士二十三名"),
    F("other", "国家级计量标准", 12, "项", "exact", "国家级计量标准十二项"),
    F("other", "社会公用计量标准", 216, "项", "exact", "社会公用计量标准二百一十六项"),
    F("other", "CNAS认可检测参数", 3860, "个", "exact", "CNAS认可检测参数3,860个"),
    F("service", "计量器具检定校准", 86.4, "万台件", "exact", "完成计量器具检定校准86.4万台件", True),
    F("growth", "计量器具检定校准同比增长", 6.3, "%", "exact", "同比增长6.3%", True, "change"),
    F("service", "计量器具检定校准", 81.3, "万台件", "exact", "2021年为81.3万台件", role="baseline", year=2021),
    F("service", "出具检测报告", 4.26, "万份", "exact", "出具检测报告4.26万份", True),
    F("growth", "出具检测报告同比下降", 3.2, "%", "exact", "同比下降3.2%", role="change"),
    F("service", "应急检定服务", 1.2, "万台件", "exact", "提供应急检定服务1.2万台件"),
    F("service", "派出应急检定技术人员", 136, "人次", "exact", "派出技术人员一百三十六人次"),
    F("service", "民用四表首次强制检定", 32.5, "万只", "exact", "首次强制检定32.5万只"),
    F("service", "免费复核集贸市场电子秤", 2400, "台次", "exact", "复核电子秤二千四百台次"),
    F("service", "计量惠民进社区活动", 32, "场", "exact", "进社区活动三十二场"),
    F("service", "计量惠民服务居民", 5600, "人次", "approx", "服务居民约5,600人次"),
    F("output", "科研项目", 47, "项", "exact", "承担各类科研项目四十七项"),
    F("output", "国家重点研发计划课题", 3, "项", "exact", "国家重点研发计划课题三项"),
    F("output", "制修订计量技术规范", 11, "项", "exact", "制修订计量技术规范十一项"),
    F("output", "授权发明专利", 18, "件", "exact", "获授权发明专利18件"),
    F("output", "授权发明专利", 13, "件", "exact", "较2021年的13件", role="baseline", year=2021),
    F("growth", "授权发明专利比上年增加", 5, "件", "exact", "增加5件", role="change"),
    F("output", "科技论文", 126, "篇", "exact", "发表科技论文126篇"),
    F("output", "SCI/EI收录论文", 31, "篇", "exact", "SCI/EI收录三十一篇"),
    F("finance", "研发投入", 3485, "万元", "exact", "研发投入3,485万元"),
    F("other", "研发投入占营业收入比重", 8.2, "%", "exact", "占营业收入的8.2%", role="share"),
    F("finance", "营业收入", 4.25, "亿元", "exact", "实现营业收入4.25亿元", True),
    F("finance", "营业收入", 4.08, "亿元", "exact", "比2021年的4.08亿元", role="baseline", year=2021),
    F("growth", "营业收入同比增长", 4.2, "%", "exact", "增长4.2%", True, "change"),
    F("finance", "纳税总额", 2316, "万元", "exact", "纳税总额2,316万元"),
    F("service", "员工培训", 158, "场次", "exact", "组织员工培训一百五十八场次"),
    F("other", "人均培训学时", 42.5, "小时", "exact", "人均培训学时42.5小时"),
    F("other", "员工体检覆盖率", 100, "%", "exact", "员工体检覆盖率100%"),
    F("satisfaction", "客户满意度测评得分", 95.8, "分", "exact", "客户满意度测评得分95.8分", True),
    F("satisfaction", "客户满意度测评得分", 95.1, "分", "exact", "较2021年的95.1分", role="baseline", year=2021),
    F("growth", "客户满意度测评得分比上年提高", 0.7, "分", "exact", "提高0.7分", role="change"),
    F("satisfaction", "客户投诉处理及时率", 100, "%", "exact", "客户投诉处理及时率100%"),
    F("service", "计量器具检定校准", 90, "万台件", "over", "检定校准突破90万台件", role="target", year=2023),
    F("finance", "营业收入", 4.5, "亿元", "exact", "营业收入达到4.5亿元", role="target", year=2023),
    F("other", "新增社会公用计量标准", 10, "项", "over", "新增社会公用计量标准十项以上", role="target", year=2023),
]
h186 = [
    H("上海市文明单位", "municipal", "上海东衡计量测试研究院", None, 2022, "研究院获评“2022年度上海市文明单位”"),
    H("全国市场监管系统先进集体", "national", "研究院检测中心", "国家市场监督管理总局", 2022,
      "研究院检测中心荣获国家市场监督管理总局“全国市场监管系统先进集体”称号"),
    H("上海市专业技术服务平台", "municipal", "研究院计量校准实验室", "上海市科学技术委员会", 2022,
      "研究院计量校准实验室入选上海市科学技术委员会“上海市专业技术服务平台”"),
    H("长三角质量服务优秀案例", "other", "“计量惠民”项目", None, 2022, "“计量惠民”项目获评第二届长三角质量服务优秀案例"),
]
write(N186, "csr-report", "上海东衡计量测试研究院", ["研究院"], 2022, "2023-04-18", n186, h186)
