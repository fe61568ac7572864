#!/usr/bin/env python3
"""Writes gold/ for n155–n158 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
n158 (feed): A(aid)(…) gives the same row plus `article` (the aid) and `date` (the article's 时间time).
n155's pipe-table facts come from mrow(label, i) = the row from its label cell through cell i, " | " kept.
"""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GOLD = os.path.join(ROOT, "gold")
sys.path.insert(0, ROOT)
from check import read, NAMES  # the same line reader check.py and scan.py use (GB18030 → text, feed → articles)
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
    with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


# ---------------------------------------------------------------- n155 普陀区科委 部门整体支出绩效评价报告 (third party)
N155 = NAMES[0]
_, L155, _ = read(N155)
YEAR = 2024


def mrow(label, i):
    """Pipe-table quote: from the label cell (after `| 序号 | `) through cell i (1 = 目标值, 2 = 实际值, 3 = 得分)."""
    row = next(l for l in L155 if " | " + label + " | " in l)
    cells = row.strip("| ").split(" | ")
    return " | ".join(cells[1:2 + i])


n155 = [
    F("people", "在编人员", 38, "人", "exact", "区科委在编人员38人"),
    # 二、预算执行情况 (key paragraph)
    F("finance", "部门年初预算", 30880.0, "万元", "exact", "年初预算30,880.0万元"),
    F("finance", "部门调整后预算", 32460.0, "万元", "exact", "调整后预算32,460.0万元"),
    F("finance", "部门整体支出", 31215.5, "万元", "exact", "全年实际支出31,215.5万元", True),
    F("finance", "预算执行率", 96.2, "%", "exact", "预算执行率96.2%", True),
    F("finance", "基本支出", 1865.3, "万元", "exact", "基本支出1,865.3万元"),
    F("finance", "项目支出", 29350.2, "万元", "exact", "项目支出29,350.2万元"),
    F("other", "项目支出占部门整体支出比重", 94.0, "%", "exact", "项目支出占94.0%", role="share"),
    F("finance", "部门整体支出", 28740.6, "万元", "exact", "比2023年的28,740.6万元", role="baseline", year=2023),
    F("growth", "部门整体支出同比增长", 8.6, "%", "exact", "增长8.6%", True, role="change"),
    # 三、评价结论
    F("other", "部门整体支出绩效评价得分", 91.6, "分", "exact", "部门整体支出绩效评价得分91.6分", True),
    F("other", "部门整体支出绩效评价得分", 89.3, "分", "exact", "较2023年度的89.3分", role="baseline", year=2023),
    F("growth", "部门整体支出绩效评价得分比上年提高", 2.3, "分", "exact", "提高2.3分", role="change"),
    F("other", "决策指标得分", 13.8, "分", "exact", "决策指标得13.8分"),
    F("other", "过程指标得分", 18.2, "分", "exact", "过程指标得18.2分"),
    F("other", "产出指标得分", 37.1, "分", "exact", "产出指标得37.1分"),
    F("other", "效益指标得分", 22.5, "分", "exact", "效益指标得22.5分"),
    # 表1: 目标值 (※ same-year target), 实际值 (copy of the prose where the prose has it), 得分
    F("service", "科技型中小企业评价入库", 1500, "家", "exact", mrow("科技型中小企业评价入库数（家）", 1), role="target"),
    F("service", "科技型中小企业评价入库", 1638, "家", "exact", mrow("科技型中小企业评价入库数（家）", 2)),
    F("other", "科技型中小企业评价入库数指标得分", 8.0, "分", "exact", mrow("科技型中小企业评价入库数（家）", 3)),
    F("service", "科技创新券兑付企业", 400, "家", "exact", mrow("科技创新券兑付企业（家）", 1), role="target"),
    F("service", "科技创新券兑付企业", 372, "家", "exact", mrow("科技创新券兑付企业（家）", 2)),
    F("other", "科技创新券兑付企业指标得分", 5.6, "分", "exact", mrow("科技创新券兑付企业（家）", 3)),
    F("satisfaction", "科技项目按期验收率", 95, "%", "exact", mrow("科技项目按期验收率（%）", 1), role="target"),
    F("satisfaction", "科技项目按期验收率", 92.4, "%", "exact", mrow("科技项目按期验收率（%）", 2)),
    F("other", "科技项目按期验收率指标得分", 4.8, "分", "exact", mrow("科技项目按期验收率（%）", 3)),
    F("satisfaction", "服务对象满意度", 90, "%", "exact", mrow("服务对象满意度（%）", 1), role="target"),
    F("satisfaction", "服务对象满意度", 95.3, "%", "exact", mrow("服务对象满意度（%）", 2)),
    F("other", "服务对象满意度指标得分", 5.0, "分", "exact", mrow("服务对象满意度（%）", 3)),
    # 五、（一）产出方面 — the commission's figures quoted as evidence
    F("service", "科技型中小企业评价入库", 1638, "家", "exact", "全区科技型中小企业评价入库1,638家"),
    F("honour", "新认定高新技术企业", 284, "家", "exact", "新认定高新技术企业284家"),
    F("other", "高新技术企业", 1152, "家", "exact", "有效期内高新技术企业总数达到1,152家"),
    F("service", "科技政策宣讲培训", 86, "场", "exact", "组织科技政策宣讲培训86场"),
    F("service", "服务企业", 4210, "家次", "exact", "服务企业4,210家次", True),
    F("service", "科技创新券兑付企业", 372, "家", "exact", "科技创新券兑付企业372家"),
    F("finance", "科技创新券兑付金额", 2046.5, "万元", "exact", "兑付金额2,046.5万元"),
    # 五、（二）效益方面
    F("finance", "技术合同登记成交额", 163.8, "亿元", "exact", "全区技术合同登记成交额163.8亿元"),
    F("growth", "技术合同登记成交额同比增长", 12.3, "%", "exact", "同比增长12.3%", role="change"),
    F("finance", "技术合同登记成交额", 145.9, "亿元", "exact", "2023年为145.9亿元", role="baseline", year=2023),
    F("other", "发放满意度问卷", 320, "份", "exact", "发放服务对象满意度问卷320份"),
    F("other", "回收有效满意度问卷", 305, "份", "exact", "回收有效问卷305份"),
    F("satisfaction", "服务对象满意度", 95.3, "%", "exact", "服务对象满意度为95.3%", True),
    # 六、存在问题
    F("growth", "科技项目按期验收率低于目标值", 2.6, "个百分点", "exact", "低于目标值2.6个百分点", role="change"),
]
h155 = [H("2024年度上海市科技工作先进集体", "municipal", "上海市普陀区科学技术委员会", None, 2024,
          "区科委获评“2024年度上海市科技工作先进集体”")]
write(N155, "other", "上海市普陀区科学技术委员会", ["普陀区科学技术委员会", "区科委"], 2024, "2025-05-20", n155, h155)

# ---------------------------------------------------------------- n156 公共检验检测服务中心 二〇二三年工作总结 (GB18030)
N156 = NAMES[1]
YEAR = 2023
n156 = [
    # the opening paragraph (key)
    F("service", "检验检测样品", 42600, "批次", "exact", "全年完成各类检验检测样品四万二千六百批次", True),
    F("growth", "检验检测样品同比增长", 8.4, "%", "exact", "同比增长百分之八点四", True, role="change"),
    F("service", "检验检测样品", 39300, "批次", "exact", "二〇二二年为三万九千三百批次", role="baseline", year=2022),
    F("output", "检验检测报告", 3.9, "万份", "exact", "出具检验检测报告3.9万份", True),
    F("service", "服务企业", 1200, "家", "over", "服务企业一千二百余家", True),
    F("finance", "营业收入", 1.86, "亿元", "exact", "实现营业收入1.86亿元", True),
    F("finance", "营业收入", 1.74, "亿元", "exact", "比上年的1.74亿元", role="baseline", year=2022),
    F("growth", "营业收入同比增长", 6.9, "%", "exact", "增长6.9%", True, role="change"),
    F("satisfaction", "客户满意度", 98.5, "%", "exact", "客户满意度达到百分之九十八点五", True),
    F("growth", "客户满意度比上年提高", 0.6, "个百分点", "exact", "较上年提高0.6个百分点", role="change"),
    # （一）
    F("output", "新增检测项目", 126, "项", "exact", "全年新增检测项目126项"),
    F("output", "资质认定参数", 2340, "项", "exact", "资质认定参数累计达到二千三百四十项"),
    F("service", "监督抽查和风险监测任务", 5860, "批次", "exact", "风险监测任务5,860批次"),
    F("satisfaction", "监督抽查任务按期完成率", 100, "%", "exact", "按期完成率百分之百"),
    F("service", "不合格样品", 312, "批次", "exact", "发现不合格样品312批次"),
    F("other", "不合格检出率", 5.3, "%", "exact", "不合格检出率5.3%", role="share"),
    F("service", "服务专精特新企业", 236, "家", "exact", "企业二百三十六家"),
    F("finance", "减免检测费用", 86, "万元", "exact", "减免检测费用86万元"),
    # （二）
    F("service", "检测开放日等公众活动", 12, "场", "exact", "等活动十二场"),
    F("service", "接待市民", 3.6, "万人次", "exact", "接待市民3.6万人次"),
    F("service", "民生类样品", 15800, "批次", "exact", "民生类样品一万五千八百批次"),
    F("other", "民生类样品占样品总量比重", 37.1, "%", "exact", "占全年样品总量的37.1%", role="share"),
    F("service", "投诉举报检测任务", 420, "件", "exact", "共计四百二十件"),
    # （三）
    F("people", "在职职工", 312, "人", "exact", "中心现有在职职工三百一十二人"),
    F("people", "高级职称职工", 86, "人", "exact", "其中高级职称八十六人"),
    F("people", "高级职称职工占比", 27.6, "%", "exact", "占27.6%", role="share"),
    F("people", "硕士及以上学历职工", 145, "人", "exact", "硕士及以上学历一百四十五人"),
    F("people", "新引进人才", 21, "名", "exact", "全年新引进各类人才二十一名"),
    F("service", "内部培训", 48, "期", "exact", "组织内部培训四十八期"),
    F("service", "内部培训参训", 2100, "人次", "over", "二千一百余人次"),
    # （四）
    F("other", "媒体宣传报道", 60, "篇", "over", "发布宣传报道六十余篇"),
    # 三、二〇二四年工作打算 (targets 2024)
    F("service", "检验检测样品", 45000, "批次", "over", "力争全年完成检验检测样品四万五千批次以上", role="target", year=2024),
    F("finance", "营业收入", 2, "亿元", "over", "营业收入突破二亿元", role="target", year=2024),
    F("output", "新增检测项目", 100, "项", "over", "新增检测项目一百项以上", role="target", year=2024),
    F("satisfaction", "客户满意度", 98, "%", "over", "客户满意度保持在百分之九十八以上", role="target", year=2024),
    F("people", "新引进高层次人才", 10, "名", "over", "新引进高层次人才不少于十名", role="target", year=2024),
]
h156 = [H("上海市文明单位", "municipal", "上海市公共检验检测服务中心", None, 2023, "中心蝉联“上海市文明单位”称号"),
        H("上海市青年文明号", "municipal", "化学检测室", None, 2023, "化学检测室获评“上海市青年文明号”"),
        H("全国巾帼文明岗", "national", "食品检测所", None, 2023, "食品检测所被授予“全国巾帼文明岗”")]
write(N156, "work-summary", "上海市公共检验检测服务中心", ["中心"], 2023, "2024-01-12", n156, h156)

# ---------------------------------------------------------------- n157 虹口区政府 news: 2026年区科技创新大会 (2025 figures)
N157 = NAMES[2]
YEAR = 2025
n157 = [
    F("honour", "区科技创新先进集体", 8, "家", "exact", "上海北外滩数智科技有限公司等8家单位获评", True),
    F("honour", "区科技创新先进个人", 12, "名", "exact", "陈立等12名同志获评", True),
    # the speech (key paragraph)
    F("other", "高新技术企业", 1268, "家", "exact", "全区有效期内高新技术企业达到1,268家", True),
    F("honour", "新认定高新技术企业", 312, "家", "exact", "其中新认定312家", True),
    F("finance", "技术合同登记成交额", 186.4, "亿元", "exact", "技术合同登记成交额186.4亿元", True),
    F("growth", "技术合同登记成交额同比增长", 14.2, "%", "exact", "同比增长14.2%", True, role="change"),
    F("finance", "技术合同登记成交额", 163.2, "亿元", "exact", "2024年为163.2亿元", role="baseline", year=2024),
    F("other", "全社会研发经费支出占地区生产总值比重", 2.86, "%", "exact", "全社会研发经费支出占地区生产总值比重达到2.86%"),
    F("growth", "全社会研发经费支出占地区生产总值比重比上年提高", 0.12, "个百分点", "exact", "比上年提高0.12个百分点", role="change"),
    F("honour", "新增市级以上科技企业孵化器和众创空间", 6, "家", "exact", "新增市级以上科技企业孵化器和众创空间6家"),
    F("other", "市级以上科技企业孵化器和众创空间", 41, "家", "exact", "累计达到41家"),
    F("honour", "上海市科学技术奖", 14, "项", "exact", "虹口区企业共获2025年度上海市科学技术奖14项"),
    F("honour", "上海市科学技术奖一等奖", 2, "项", "exact", "其中一等奖2项"),
    F("honour", "新增国家级专精特新小巨人企业", 9, "家", "exact", "“小巨人”企业9家"),
    # 2026 targets
    F("other", "高新技术企业", 1400, "家", "over", "有效期内高新技术企业突破1,400家", role="target", year=2026),
    F("finance", "技术合同登记成交额", 200, "亿元", "over", "技术合同登记成交额达到200亿元以上", role="target", year=2026),
    F("other", "全社会研发经费支出占地区生产总值比重", 3, "%", "approx", "研发经费支出占比达到3%左右", role="target", year=2026),
    # 表彰名单 headings (restatements of the counts)
    F("honour", "区科技创新杰出贡献奖", 1, "名", "exact", "虹口区科技创新杰出贡献奖（1名）"),
    F("honour", "区科技创新先进集体", 8, "个", "exact", "2025年度虹口区科技创新先进集体（8个）"),
    F("honour", "区科技创新先进个人", 12, "名", "exact", "2025年度虹口区科技创新先进个人（12名）"),
]
IS = "上海市虹口区人民政府"
h157 = [H("2025年度虹口区科技创新先进集体", "district", "上海北外滩数智科技有限公司等8家单位", IS, 2025,
          "上海北外滩数智科技有限公司等8家单位获评“2025年度虹口区科技创新先进集体”"),
        H("2025年度虹口区科技创新先进个人", "district", "陈立等12名同志", IS, 2025, "陈立等12名同志获评“2025年度虹口区科技创新先进个人”"),
        H("虹口区科技创新杰出贡献奖", "district", "王海涛", IS, 2025, "王海涛获首届“虹口区科技创新杰出贡献奖”"),
        H("上海市科学技术奖", "municipal", "虹口区企业", None, 2025, "虹口区企业共获2025年度上海市科学技术奖14项")]
write(N157, "other", "上海市虹口区人民政府", ["虹口区人民政府"], 2025, "2026-02-27", n157, h157)

# ---------------------------------------------------------------- n158 上海市科技创业中心 WeChat feed (article-feed)
N158 = NAMES[3]
_, _, ARTS = read(N158)
YEAR = 2025


def A(aid):
    def f(*a, **k):
        r = F(*a, **k); r["article"] = aid; r["date"] = ARTS[aid][0]["时间time"]; return r
    return f


def AH(aid):
    def f(*a, **k):
        r = H(*a, **k); r["article"] = aid; r["date"] = ARTS[aid][0]["时间time"]; return r
    return f


a, b, c = A("2652318840_1"), A("2652319217_1"), A("2652320036_2")
n158 = [
    # A 2025-04-18 路演季首场 (event recap)
    a("service", "路演季报名项目", 126, "个", "exact", "126个", True),
    a("service", "登台路演项目", 32, "个", "exact", "32"),                       # ※ <span><strong>32</strong></span>个
    a("service", "路演参与投资机构", 45, "家", "exact", "45家"),
    a("finance", "路演意向融资", 3.2, "亿元", "exact", "3.2亿元", True),
    a("service", "路演人工智能项目", 14, "个", "exact", "其中人工智能项目14个"),
    a("service", "路演生物医药项目", 10, "个", "exact", "生物医药项目10个"),
    a("service", "路演集成电路项目", 8, "个", "exact", "集成电路项目8个"),
    a("service", "路演现场观众", 600, "人", "over", "现场观众600余人"),
    a("service", "路演线上直播观看", 1.8, "万人次", "exact", "线上直播观看1.8万人次"),
    a("service", "路演活动", 12, "场", "exact", "计划举办路演活动12场", role="target"),
    a("service", "路演季覆盖创业项目", 300, "个", "over", "覆盖创业项目300个以上", role="target"),
    # B 2025-07-15 上半年数据 (mid-year review)
    b("service", "上半年服务在孵企业", 2860, "家", "exact", "2,860家", True),
    b("service", "上半年新增入孵企业", 318, "家", "exact", "318家"),
    b("service", "上半年创业服务活动", 146, "场", "exact", "146", True),     # ※ <span><strong>146</strong></span>场
    b("service", "上半年服务创业者", 1.2, "万人次", "exact", "1.2万人次"),
    b("finance", "上半年在孵企业投融资", 18.6, "亿元", "exact", "18.6亿元", True),
    b("growth", "上半年在孵企业投融资同比增长", 11.4, "%", "exact", "11.4%", True, role="change"),
    b("finance", "上半年在孵企业投融资", 16.7, "亿元", "exact", "2024年上半年为16.7亿元", role="baseline", year=2024),
    b("service", "上半年创业服务活动", 146, "场", "exact", "上半年举办的146场活动"),
    b("service", "创业服务活动", 260, "场", "exact", "全年目标任务（260场）", role="target"),
    b("other", "上半年创业服务活动完成全年目标比例", 56.2, "%", "exact", "的56.2%", role="share"),
    b("service", "创业服务活动", 268, "场", "exact", "达到2024年全年268场", role="baseline", year=2024),
    b("other", "上半年创业服务活动占2024年全年比例", 54.5, "%", "exact", "的54.5%", role="share"),
    b("service", "创业加速营", 18, "期", "exact", "“创业加速营”18期"),
    b("service", "投融资对接会", 24, "场", "exact", "“投融资对接会”24场"),
    b("service", "政策宣讲", 104, "场", "exact", "政策宣讲104场"),
    b("other", "满意度测评有效问卷", 612, "份", "exact", "612"),               # ※ <span>612</span>份
    b("satisfaction", "企业满意度", 96.8, "%", "exact", "96.8%"),
    b("satisfaction", "企业满意度", 95.9, "%", "exact", "比2024年全年的95.9%", role="baseline", year=2024),
    b("growth", "企业满意度比2024年提高", 0.9, "个百分点", "exact", "提高0.9个百分点", role="change"),
    # C 2025-11-20 优秀科技创业导师 (award announcement)
    c("honour", "上海市优秀科技创业导师", 20, "名", "exact", "王磊等20名创业导师获评“2025年度上海市优秀科技创业导师”", True),
    c("honour", "上海市优秀创业苗圃", 5, "家", "exact", "张江药谷创业苗圃等5家单位"),
    c("service", "优秀科技创业导师申报材料", 86, "份", "exact", "86份"),
    c("service", "优秀科技创业导师申报材料", 72, "份", "exact", "较2024年的72份", role="baseline", year=2024),
    c("growth", "优秀科技创业导师申报材料比2024年增加", 14, "份", "exact", "增加14份", role="change"),
    c("service", "获评导师累计辅导创业企业", 1350, "家", "exact", "1,350"),       # ※ <span>1,350</span>家
    c("finance", "获评导师帮助企业融资", 9, "亿元", "over", "9亿元"),            # 超过<span>9亿元</span>
]
hc = AH("2652320036_2")
h158 = [hc("2025年度上海市优秀科技创业导师", "municipal", "王磊等20名创业导师", "上海市科技创业中心", 2025,
           "王磊等20名创业导师获评“2025年度上海市优秀科技创业导师”"),
        hc("2025年度上海市优秀创业苗圃", "municipal", "张江药谷创业苗圃等5家单位", "上海市科技创业中心", 2025,
           "获评“2025年度上海市优秀创业苗圃”"),
        hc("2025年度全国科技创业服务优秀案例", "national", "上海市科技创业中心", "科技部火炬中心", 2025,
           "服务品牌入选科技部火炬中心“2025年度全国科技创业服务优秀案例”")]
write(N158, "article-feed", "上海市科技创业中心", ["中心", "上海科技创业"], None, None, n158, h158)
print("gold written:", ", ".join(NAMES))
