#!/usr/bin/env python3
"""Writes gold/ for n163–n166 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
H(title, level, recipient, issuer, year, quote, source="text")
n164's .docx table facts come from trow(label, i) = the row's extracted text from its label cell through cell i, TABs kept.
n165's HTML table facts come from hrow(label, i) = the cell texts from the task cell through cell i, joined by the
  literal `</td><td>` that separates them in the file (the serial-number cell before the task is left out).
n166's pipe-table facts come from mrow(label, i) = the row's text from its label cell through cell i, " | " kept;
  its honour rows are the whole row text without the outer pipes.
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
    os.makedirs(GOLD, exist_ok=True)
    g = {"document": name, "kind": kind, "unit": unit, "aliases": aliases, "year": year, "published": published,
         "facts": facts, "honours": honours}
    with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


# ---------------------------------------------------------------- n163 技术转移/知识产权 platform 2022 年报 (csr-report)
N163 = "n163_shzzpt_hyndbg2022.txt"
YEAR = 2022
n163 = [
    # 数说2022 (one-line label：value; the headline statement of each total)
    F("service", "服务会员单位", 1268, "家", "exact", "服务会员单位：1,268家", True),
    F("service", "发布技术需求", 3460, "项", "exact", "发布技术需求：3,460项"),
    F("finance", "促成技术交易额", 4.36, "亿元", "exact", "促成技术交易额：4.36亿元", True),
    F("service", "知识产权转让许可", 2000, "件", "nearly", "知识产权转让许可：近2,000件", True),
    F("output", "线上发布科技成果", 1.2, "万项", "over", "线上发布科技成果：1.2万余项"),
    F("service", "线上平台访问量", 120, "万人次", "over", "线上平台访问量：超120万人次"),
    F("service", "举办对接活动", 212, "场", "exact", "举办对接活动：212场"),
    F("satisfaction", "会员服务满意度", 97.2, "%", "exact", "会员服务满意度：97.2%", True),
    # 二、与2021年相比 (restatements key false; 2021 values are baselines)
    F("service", "服务会员单位", 1268, "家", "exact", "服务会员单位1,268家"),
    F("service", "服务会员单位", 1105, "家", "exact", "较2021年的1,105家", role="baseline", year=2021),
    F("growth", "服务会员单位较2021年增长", 14.8, "%", "exact", "增长14.8%", True, "change"),
    F("people", "企业会员", 1046, "家", "exact", "企业会员1,046家"),
    F("people", "高校院所会员", 142, "家", "exact", "高校院所会员142家"),
    F("people", "服务机构会员", 80, "家", "exact", "服务机构会员80家"),
    F("other", "企业会员占比", 82.5, "%", "exact", "企业会员占82.5%", role="share"),
    F("finance", "促成技术交易额", 4.36, "亿元", "exact", "促成技术交易额4.36亿元"),
    F("growth", "促成技术交易额较2021年增长", 21.1, "%", "exact", "较2021年增长21.1%", True, "change"),
    F("finance", "促成技术交易额", 3.6, "亿元", "exact", "2021年为3.60亿元", role="baseline", year=2021),
    F("service", "促成技术交易", 340, "笔", "exact", "全年共促成技术交易340笔"),
    F("finance", "单笔技术交易平均金额", 128.2, "万元", "exact", "单笔平均128.2万元"),
    F("service", "知识产权转让许可", 1968, "件", "exact", "知识产权转让许可1,968件"),
    F("growth", "知识产权转让许可较2021年增长", 18.6, "%", "exact", "较2021年增长18.6%", role="change"),
    F("service", "专利转让", 1312, "件", "exact", "专利转让1,312件"),
    F("service", "专利许可", 524, "件", "exact", "专利许可524件"),
    F("service", "商标及软件著作权转让许可", 132, "件", "exact", "商标及软件著作权转让许可132件"),
    F("service", "举办对接活动", 212, "场", "exact", "举办对接活动212场"),
    F("growth", "举办对接活动较2021年下降", 6.2, "%", "exact", "较2021年下降6.2%", role="change"),
    F("growth", "举办对接活动较2021年减少", 14, "场", "exact", "减少14场", role="change"),
    F("service", "线上对接活动", 152, "场", "exact", "其中线上活动152场"),
    F("other", "线上对接活动占比", 71.7, "%", "exact", "占比提高到71.7%", role="share"),
    F("growth", "线上平台访问量较2021年增长", 4, "成", "nearly", "线上平台访问量较2021年增长近四成", role="change"),
    F("other", "线上平台新增注册用户", 2.6, "万个", "exact", "新增注册用户2.6万个"),
    F("satisfaction", "会员服务满意度", 97.2, "%", "exact", "会员服务满意度97.2%"),
    F("growth", "会员服务满意度较2021年提高", 0.8, "个百分点", "exact", "较2021年提高0.8个百分点", role="change"),
    # 三、重点工作回顾
    F("service", "云对接服务会员单位", 186, "家", "exact", "为186家会员单位"),
    F("service", "解决急需技术问题", 241, "项", "exact", "解决急需技术问题241项"),
    F("output", "专利导航分析报告", 126, "份", "exact", "完成专利导航分析报告126份"),
    F("service", "获得知识产权质押融资会员单位", 37, "家", "exact", "帮助37家会员单位"),
    F("finance", "知识产权质押融资", 2.85, "亿元", "exact", "获得知识产权质押融资2.85亿元"),
    F("finance", "为会员单位节约服务费用", 800, "万元", "over", "节约各类服务费用800余万元"),
    F("service", "技术经理人培训", 3000, "人次", "over", "全年开展技术经理人培训超3,000人次"),
    F("people", "新增持证技术经纪人", 95, "名", "exact", "新增持证技术经纪人95名"),
    # 五、2023年工作目标
    F("service", "服务会员单位", 1500, "家", "over", "服务会员单位突破1,500家", role="target", year=2023),
    F("finance", "促成技术交易额", 5, "亿元", "over", "促成技术交易额5亿元以上", role="target", year=2023),
    F("service", "举办对接活动", 250, "场", "approx", "举办对接活动250场左右", role="target", year=2023),
    F("satisfaction", "会员服务满意度", 97, "%", "over", "会员服务满意度保持在97%以上", role="target", year=2023),
]
h163 = [
    H("上海市知识产权服务品牌机构", "municipal", "上海科技成果转化与知识产权服务平台", "上海市知识产权局", 2022,
      "平台获评上海市知识产权局“2022年度上海市知识产权服务品牌机构”"),
    H("国家技术转移人才培养基地", "national", "上海科技成果转化与知识产权服务平台", "科技部火炬中心", 2022,
      "平台入选科技部火炬中心第二批国家技术转移人才培养基地"),
    H("中国专利金奖", "national", "上海澜芯半导体有限公司", None, 2022,
      "专利荣获第二十三届中国专利金奖"),
]
write(N163, "csr-report", "上海科技成果转化与知识产权服务平台", ["沪转平台"], 2022, "2023-02-20", n163, h163)

# ---------------------------------------------------------------- n164 市科委 预算单位 主任 2024 述职报告 (.docx, work-summary)
N164 = "n164_stcsm_xmfw_szbg2024.docx"
YEAR = 2024
_, L164, _ = read(N164)


def trow(label, i):
    row = next(l for l in L164 if l.startswith(label + "\t"))
    return "\t".join(row.split("\t")[:i + 1])


n164 = [
    F("people", "干部职工", 46, "名", "exact", "带领全中心46名干部职工"),
    F("service", "受理科技计划项目申报", 4826, "项", "exact", "受理各类科技计划项目申报4,826项", True),
    F("growth", "受理科技计划项目申报同比增长", 11.9, "%", "exact", "同比增长11.9%", True, "change"),
    F("service", "完成项目验收", 1142, "项", "exact", "完成项目验收1,142项", True),
    F("growth", "完成项目验收同比增长", 10.2, "%", "exact", "同比增长10.2%", True, "change"),
    F("satisfaction", "项目验收通过率", 96.8, "%", "exact", "验收通过率96.8%"),
    F("satisfaction", "项目服务满意度", 98.1, "%", "exact", "项目服务满意度98.1%", True),
    F("growth", "项目服务满意度比上年提高", 0.7, "个百分点", "exact", "比上年提高0.7个百分点", role="change"),
    F("service", "组织评审会议", 312, "场", "exact", "全年组织评审会议312场"),
    F("service", "线上评审会议", 187, "场", "exact", "其中线上187场"),
    F("service", "线下评审会议", 125, "场", "exact", "线下125场"),
    F("service", "邀请评审专家", 8650, "人次", "exact", "邀请评审专家8,650人次"),
    F("other", "项目平均办理时限", 15, "个工作日", "exact", "由2023年的15个工作日", role="baseline", year=2023),
    F("other", "项目平均办理时限", 12, "个工作日", "exact", "压缩至12个工作日"),
    F("growth", "项目平均办理时限缩短", 3, "个工作日", "exact", "缩短3个工作日", role="change"),
    F("other", "项目申报全程网办率", 100, "%", "exact", "项目申报全程网办率达到100%", role="share"),
    F("service", "12345市民服务热线转办工单", 58, "件", "exact", "转办工单58件"),
    F("satisfaction", "热线工单按时办结率", 100, "%", "exact", "按时办结率100%"),
    F("finance", "中心支出", 3268.5, "万元", "exact", "全年中心支出3,268.5万元", True),
    F("satisfaction", "预算执行率", 97.6, "%", "exact", "预算执行率97.6%"),
    F("finance", "基本支出", 1186.2, "万元", "exact", "基本支出1,186.2万元"),
    F("finance", "项目支出", 2082.3, "万元", "exact", "项目支出2,082.3万元"),
    F("other", "主持召开中心主任办公会", 22, "次", "exact", "主持召开中心主任办公会22次"),
    F("other", "讲授专题党课", 4, "次", "exact", "讲授专题党课4次"),
    F("other", "开展基层调研", 18, "次", "exact", "开展基层调研18次"),
    F("service", "受理科技计划项目申报", 5000, "项", "over", "受理项目申报突破5,000项", role="target", year=2025),
    F("satisfaction", "项目服务满意度", 98, "%", "over", "项目服务满意度保持在98%以上", role="target", year=2025),
    F("other", "项目平均办理时限", 10, "个工作日", "under", "项目平均办理时限压缩至10个工作日以内", role="target", year=2025),
]
for label, meas, subj, cat in (("受理项目申报（项）", "项", "受理科技计划项目申报", "service"),
                               ("完成项目验收（项）", "项", "完成项目验收", "service"),
                               ("项目服务满意度（%）", "%", "项目服务满意度", "satisfaction")):
    v23, v24 = (float(x.replace(",", "")) for x in trow(label, 2).split("\t")[1:])
    conv = (lambda x: int(x)) if meas == "项" else (lambda x: x)
    n164.append(F(cat, subj, conv(v23), meas, "exact", trow(label, 1), role="baseline", year=2023))
    n164.append(F(cat, subj, conv(v24), meas, "exact", trow(label, 2)))
h164 = [
    H("上海市科技系统先进集体", "system", "上海市科技计划项目服务中心", None, 2024, "中心获评2024年度上海市科技系统先进集体"),
    H("市科委系统优秀共产党员", "system", "王立新", None, 2024, "本人被评为2024年度市科委系统优秀共产党员"),
]
write(N164, "work-summary", "上海市科技计划项目服务中心", [], 2024, "2025-01-10", n164, h164)

# ---------------------------------------------------------------- n165 普陀区科委 2025年度重点工作推进情况 (HTML, work-summary)
N165 = "n165_putuo_kw_zdgztj2025.html"
YEAR = 2025
_, L165, _ = read(N165)


def hrow(label, i):
    row = next(l for l in L165 if l.startswith("<tr><td>") and f"</td><td>{label}</td><td>" in l)
    cells = row[len("<tr><td>"):-len("</td></tr>")].split("</td><td>")[1:]   # drop the serial number
    return "</td><td>".join(cells[:i + 1])


n165 = [
    F("other", "区政府重点工作任务", 8, "项", "exact", "承担区政府重点工作任务8项", True),
    F("other", "重点工作具体指标", 32, "项", "exact", "分解为具体指标32项"),
    F("other", "已完成重点工作任务", 6, "项", "exact", "8项任务中已完成6项", True),
    F("other", "基本完成重点工作任务", 1, "项", "exact", "基本完成1项"),
    F("other", "推进中重点工作任务", 1, "项", "exact", "推进中1项"),
    F("other", "完成或超额完成指标", 29, "项", "exact", "32项指标中完成或超额完成29项"),
    F("satisfaction", "重点工作指标完成率", 90.6, "%", "exact", "指标完成率90.6%", True),
    F("honour", "新增高新技术企业", 86, "家", "exact", "全年新增高新技术企业86家", True),
    F("other", "高新技术企业", 1126, "家", "exact", "有效期内高新技术企业总数达到1,126家"),
    F("finance", "技术合同成交额", 163.2, "亿元", "exact", "技术合同成交额163.2亿元", True),
    F("growth", "技术合同成交额同比增长", 12.8, "%", "exact", "同比增长12.8%", True, "change"),
    F("satisfaction", "企业科技服务满意度", 95.3, "%", "exact", "全区企业科技服务满意度95.3%", True),
]
# the task table: target (role target, year 2025 = the report year ※), 完成情况 (actual, table copies key false), 完成率
T = [  # task cell, subject, category, measure, target qualifier, target value, actuals [(subject, cat, value, measure, qual)], rate
    ("培育高新技术企业", "新增高新技术企业", "honour", "家", "exact", 80, [("新增高新技术企业", "honour", 86, "家", "exact")], 107.5),
    ("推进规上工业企业研发投入", "规上工业企业研发投入", "finance", "亿元", "over", 40,
     [("规上工业企业研发投入", "finance", 42.6, "亿元", "exact")], 106.5),
    ("提升技术合同成交额", "技术合同成交额", "finance", "亿元", "exact", 150,
     [("技术合同成交额", "finance", 163.2, "亿元", "exact"), ("技术合同成交额同比增长", "growth", 12.8, "%", "exact")], 108.8),
    ("建设市级以上创新载体", "新建市级以上创新载体", "other", "个", "exact", 10,
     [("新建市级以上创新载体", "other", 9, "个", "exact"), ("完成验收待授牌创新载体", "other", 1, "个", "exact")], 90.0),
    ("引进培育科技人才", "引进培育科技人才", "people", "名", "exact", 200,
     [("引进培育科技人才", "people", 218, "名", "exact"), ("引进培育领军人才", "people", 12, "名", "exact")], 109.0),
    ("科技型中小企业评价入库", "科技型中小企业评价入库", "other", "家", "exact", 600,
     [("科技型中小企业评价入库", "other", 652, "家", "exact")], 108.7),
    ("开展科普活动", "科普活动", "service", "场", "exact", 300,
     [("科普活动", "service", 326, "场", "exact"), ("科普活动参与群众", "service", 5, "万人次", "over")], 108.7),
    ("深化科技金融服务", "科技信贷投放", "finance", "亿元", "exact", 25, [("科技信贷投放", "finance", 21.5, "亿元", "exact")], 86.0),
]
for task, subj, cat, meas, tq, tv, acts, rate in T:
    n165.append(F(cat, subj, tv, meas, tq, hrow(task, 1), role="target"))
    for s, c, v, m, q in acts:
        n165.append(F(c, s, v, m, q, hrow(task, 2), role="change" if c == "growth" else "actual"))
    n165.append(F("satisfaction", task + "完成率", rate, "%", "exact", hrow(task, 3)))
write(N165, "work-summary", "上海市普陀区科学技术委员会", ["区科委"], 2025, "2026-01-16", n165, [])

# ---------------------------------------------------------------- n166 市级科技企业孵化器 2025 运营报告 (Markdown, csr-report)
N166 = "n166_bszzg_fhq_yybg2025.md"
YEAR = 2025
_, L166, _ = read(N166)


def mrow(label, i):
    row = next(l for l in L166 if l.startswith(f"| {label} |"))
    return " | ".join(row.strip("| ").split(" | ")[:i + 1])


n166 = [
    F("other", "在孵企业", 186, "家", "exact", "在孵企业达到186家", True),
    F("growth", "在孵企业比2024年增加", 15, "家", "exact", "同比增加15家", role="change"),
    F("other", "新入孵企业", 52, "家", "exact", "全年新入孵企业52家"),
    F("other", "毕业企业", 23, "家", "exact", "毕业企业23家", True),
    F("other", "累计毕业企业", 168, "家", "exact", "累计毕业企业168家"),
    F("finance", "在孵企业融资额", 3.85, "亿元", "exact", "3.85亿元", True),   # ※ inside **…**, quoted without the markers
    F("growth", "在孵企业融资额同比增长", 23.4, "%", "exact", "同比增长23.4%", True, "change"),
    F("finance", "在孵企业股权融资", 2.9, "亿元", "exact", "股权融资2.90亿元"),
    F("finance", "在孵企业债权融资", 0.95, "亿元", "exact", "债权融资0.95亿元"),
    F("other", "获得融资在孵企业", 41, "家", "exact", "获得融资的企业41家"),
    F("other", "获得融资企业占在孵企业比重", 22.0, "%", "exact", "占在孵企业的22.0%", role="share"),
    F("finance", "在孵企业营业收入", 12.6, "亿元", "exact", "实现营业收入12.6亿元", True),
    F("growth", "在孵企业营业收入同比增长", 15.6, "%", "exact", "同比增长15.6%", role="change"),
    F("output", "知识产权授权", 412, "件", "exact", "新增知识产权授权412件", True),
    F("growth", "知识产权授权同比增长", 15.7, "%", "exact", "同比增长15.7%", role="change"),
    F("output", "发明专利授权", 96, "件", "exact", "发明专利授权96件"),
    F("satisfaction", "在孵企业服务满意度", 96.8, "%", "exact", "在孵企业服务满意度96.8%", True),
    F("other", "孵化场地面积", 3.2, "万平方米", "exact", "孵化场地面积3.2万平方米"),
    F("other", "平均入驻率", 92.5, "%", "exact", "平均入驻率92.5%"),
    F("people", "签约创业导师", 65, "名", "exact", "签约创业导师65名"),
    F("service", "服务活动", 128, "场", "exact", "服务活动128场"),
    F("service", "服务企业", 1460, "家次", "exact", "服务企业1,460家次"),
    F("other", "清退企业", 14, "家", "exact", "全年清退（未毕业离孵）企业14家"),
    F("other", "在孵高新技术企业", 38, "家", "exact", "在孵企业中高新技术企业38家"),
    F("other", "在孵科技型中小企业", 126, "家", "exact", "科技型中小企业126家"),
    F("people", "在孵企业从业人员", 3860, "人", "exact", "在孵企业从业人员3,860人"),
    F("other", "大学生创业企业", 27, "家", "exact", "其中大学生创业企业27家"),
    F("honour", "区级以上荣誉", 21, "项", "exact", "新增获得区级以上荣誉21项"),
    F("honour", "在孵企业新获认定高新技术企业", 14, "家", "exact", "在孵企业新获认定高新技术企业14家"),
    F("honour", "在孵企业新入选上海市专精特新中小企业", 5, "家", "exact", "新入选上海市专精特新中小企业5家"),
]
for label, meas, subj, cat, chg, chg_meas in (
        ("在孵企业（家）", "家", "在孵企业", "other", "在孵企业比2024年增加", "家"),
        ("毕业企业（家）", "家", "毕业企业", "other", "毕业企业比2024年增加", "家"),
        ("在孵企业融资额（亿元）", "亿元", "在孵企业融资额", "finance", "在孵企业融资额同比增长", "%"),
        ("知识产权授权（件）", "件", "知识产权授权", "output", "知识产权授权同比增长", "%"),
        ("在孵企业营业收入（亿元）", "亿元", "在孵企业营业收入", "finance", "在孵企业营业收入同比增长", "%")):
    c24, c25, cd = mrow(label, 3).split(" | ")[1:]
    conv = (lambda x: float(x)) if meas == "亿元" else (lambda x: int(x))
    n166.append(F(cat, subj, conv(c24), meas, "exact", mrow(label, 1), role="baseline", year=2024))
    n166.append(F(cat, subj, conv(c25), meas, "exact", mrow(label, 2)))
    cv = float(cd.strip("+%"))
    n166.append(F("growth", chg, int(cv) if chg_meas == "家" else cv, chg_meas, "exact", mrow(label, 3), role="change"))
n166 += [
    F("other", "在孵企业", 200, "家", "over", "力争在孵企业200家以上", role="target", year=2026),
    F("other", "毕业企业", 25, "家", "exact", "毕业企业25家", role="target", year=2026),
    F("finance", "在孵企业融资额", 4.5, "亿元", "over", "在孵企业融资额突破4.5亿元", role="target", year=2026),
    F("satisfaction", "在孵企业服务满意度", 97, "%", "over", "服务满意度提升至97%以上", role="target", year=2026),
]


def hon(title, level, recipient, issuer, year):
    row = next(l for l in L166 if l.startswith("| ") and title in l)
    return H(title, level, recipient, issuer, year, row.strip("| "), "table")


h166 = [
    hon("上海市科技企业孵化器绩效评价优秀（A类）", "municipal", "上海宝山智造谷科技企业孵化器", "上海市科学技术委员会", 2025),
    hon("宝山区创新创业服务先进集体", "district", "上海智造谷创业服务有限公司", "宝山区科学技术委员会", 2025),
    hon("上海市专精特新中小企业", "municipal", "上海智元磁驱科技有限公司", "上海市经济和信息化委员会", 2025),
    hon("上海市科学技术进步奖一等奖", "municipal", "上海钢芯新材料股份有限公司", "上海市人民政府", 2025),
    hon("中国创新创业大赛（上海赛区）优胜企业", "other", "上海云枢数控科技有限公司", "中国创新创业大赛上海赛区组委会", 2025),
]
write(N166, "csr-report", "上海宝山智造谷科技企业孵化器", ["智造谷孵化器"], 2025, "2026-01-20", n166, h166)
