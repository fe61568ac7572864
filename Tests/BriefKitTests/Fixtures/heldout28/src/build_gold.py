#!/usr/bin/env python3
"""Writes gold/ for n107–n110 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
n108 (feed) rows add the article id; `date` is copied from that article's 时间time.
Table facts: n109's come from tcell(label, i) = the accepted-text TAB row from its label through cell i (measure "",
QUANTITIES rule 1); n110's from pcell(label, i) = the pipe-table row from its start through cell i (measure = the unit
in the column header's brackets, as heldout20's n77 and heldout23's n89 do for HTML tables).
"""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
from check import NAMES, doc_lines, feed_articles  # the readers check.py uses (no gold is read)
GOLD = os.path.join(ROOT, "gold")
YEAR = None
ART = {}


def F(cat, subj, val, meas, qual, quote, key=False, role="actual", year=None, article=None):
    f = {"category": cat, "subject": subj, "year": YEAR if year is None else year, "value": val, "measure": meas,
         "qualifier": qual, "quote": quote, "key": key, "role": role}
    if article is not None:
        f["article"] = article
        f["date"] = ART[article]["时间time"]
    return f


def H(title, level, recipient, issuer, year, quote, source="text", article=None):
    h = {"title": title, "level": level, "recipient": recipient, "issuer": issuer, "year": year, "quote": quote,
         "source": source}
    if article is not None:
        h["article"] = article
        h["date"] = ART[article]["时间time"]
    return h


def write(name, kind, unit, aliases, year, published, facts, honours):
    g = {"document": name, "kind": kind, "unit": unit, "aliases": aliases, "year": year, "published": published,
         "facts": facts, "honours": honours}
    with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


# ---------------------------------------------------------------- n107 OCR'd work summary (work-summary)
YEAR = 2025
n107 = [
    # opening paragraph, physical lines 5–9 (key)
    F("finance", "技术合同成交额", 268.4, "亿元", "exact", "全区技术合同成交额达到 268.4 亿元", True),
    F("growth", "技术合同成交额同比增长", 12.6, "%", "exact", "长 12.6%", True, "change"),  # 同比增 | 长 wrapped ※
    F("other", "有效期内高新技术企业", 2156, "家", "exact", "有效期内高新技术企业达到 2, 156 家，净增", True),
    F("growth", "有效期内高新技术企业净增", 143, "家", "exact", "净增１４３家", True, "change"),
    F("other", "全社会研发经费投入强度", 5.12, "%", "exact", "发经费投入强度达到 5.12％", True),  # 研 | 发 wrapped
    F("finance", "区级科技专项资金安排", 3.86, "亿元", "exact", "全年安排区级科技专项资金 3.86 亿元；全年", True),
    F("service", "服务企业", 3260, "家次", "exact", "服务企业 3, 260 家次，企业满意度", True),
    F("satisfaction", "企业满意度", 97.6, "%", "exact", "企业满意度达到 97.6%", True),
    # 一
    F("other", "新认定高新技术企业", 486, "家", "exact", "全年新认定高新技术企业 486 家"),
    F("other", "有效期内高新技术企业", 2156, "家", "exact", "高新技术企业 486 家，有效期内高新技术企业达到 2, 156 家"),
    F("other", "有效期内高新技术企业", 2013, "家", "exact", "年末为 2, 013 家）", role="baseline", year=2024),
    F("other", "新增科技型中小企业评价入库", 1868, "家", "exact", "全年新增科技型中小企业评价入库 1, 868"),  # 家 on the next line ※
    F("growth", "新增科技型中小企业评价入库同比增长", 8.4, "%", "exact", "家，同比增长 8.4%", role="change"),
    F("other", "新增市级科技小巨人（含培育）企业", 14, "家", "exact", "新增市级科技小巨人（含培育）企业１４家"),
    F("other", "市级科技小巨人（含培育）企业累计", 126, "家", "exact", "１２６家，其中国家级"),
    F("other", "国家级专精特新“小巨人”企业", 23, "家", "exact", "其中国家级专精特新“小巨人”企业 23 家"),
    # 二
    F("other", "全社会研发经费投入强度", 5.12, "%", "exact", "全社会研发经费投入强度达到 5.12%，比上年"),
    F("growth", "全社会研发经费投入强度比上年提高", 0.18, "个百分点", "exact", "比上年提高 0.18 个百分点", role="change"),
    F("output", "登记技术合同", 3426, "项", "exact", "技术合同 3, 426 项"),
    F("finance", "技术合同成交额", 268.4, "亿元", "exact", "成交额 268.4 亿元（2024 年为"),
    F("finance", "技术合同成交额", 238.4, "亿元", "exact", "（2024 年为 238.4 亿元）", role="baseline", year=2024),
    F("finance", "技术开发合同成交额", 171.8, "亿元", "exact", "开发合同成交额 171.8 亿元"),
    F("other", "技术开发合同成交额占技术合同成交额比重", 64.0, "%", "exact", "占成交总额的 64.0%", role="share"),
    F("output", "每万人口高价值发明专利拥有量", 88.6, "件", "exact", "利拥有量达到 88.6 件"),
    # 三
    F("finance", "区级科技专项资金安排", 3.86, "亿元", "exact", "全年安排区级科技专项资金 3.86 亿元，实际拨付"),
    F("finance", "区级科技专项资金拨付", 3.79, "亿元", "exact", "实际拨付 3.79 亿元"),
    F("other", "区级科技专项资金执行率", 98.2, "%", "exact", "执行率 98.2％", role="share"),
    F("finance", "企业研发补贴", 1.92, "亿元", "exact", "企业研发补贴 1.92 亿元"),
    F("finance", "科技创新载体建设资金", 0.98, "亿元", "exact", "科技创新载体建设 0.98 亿元"),
    F("finance", "科技人才及科普资金", 0.89, "亿元", "exact", "科普 0.89 亿元"),
    F("finance", "科技创新券发放金额", 2450, "万元", "exact", "发放科技创新券 2，450 万元"),
    F("service", "科技创新券惠及企业", 612, "家", "exact", "惠及企业６１２家"),
    # 四
    F("other", "新增市级众创空间", 3, "家", "exact", "新增市级众创空问 3 家"),  # OCR 间→问 ※
    F("other", "市级以上科技企业孵化器和众创空间", 46, "家", "exact", "孵l化器和众创空间达到 46 家"),  # stray l ※
    F("other", "在孵企业", 1500, "家", "over", "在孵企业 1, 500 余家"),
    F("service", "服务企业", 3260, "家次", "exact", "全年走访服务企业 3, 260 家次"),
    F("service", "收集企业诉求", 412, "件", "exact", "收集企业诉求 412 件"),
    F("service", "办结企业诉求", 405, "件", "exact", "办结 405 件"),
    F("satisfaction", "企业诉求办结率", 98.3, "%", "exact", "办结率 98.3%"),
    F("satisfaction", "企业满意度", 97.6, "%", "exact", "第三方测评企业满意度 97.6%"),
    F("satisfaction", "企业满意度", 96.9, "%", "exact", "96.9% 提高 0.7 个百分点", role="baseline", year=2024),
    F("growth", "企业满意度比上年提高", 0.7, "个百分点", "exact", "96.9% 提高 0.7 个百分点", role="change"),
    # 五
    F("service", "科普活动", 560, "场", "over", "全年开展各类科普活动 560 余场"),
    F("service", "科普活动参与人次", 28, "万人次", "approx", "参与市民约 28 万人次"),
    F("people", "新增入选市级科技人才计划", 45, "人", "exact", "类科技人才计划 45 人"),
    F("honour", "获上海市科学技术奖一等奖的企业", 4, "家", "exact", "全区 4 家企业牵头的项目获"),
    # 六、2026年工作打算
    F("finance", "技术合同成交额", 300, "亿元", "over", "技术合同成交额突破 300 亿元", role="target", year=2026),
    F("other", "有效期内高新技术企业", 2300, "家", "over", "业达到 2, 300 家以上", role="target", year=2026),
    F("other", "全社会研发经费投入强度", 5.3, "%", "approx", "投入强度保持在 5.3% 左右", role="target", year=2026),
    F("other", "新增市级以上孵化载体", 3, "家", "exact", "孵化载体 3 家", role="target", year=2026),
]
n107h = [
    H("2025年度上海市科技创新券工作优秀组织单位", "municipal", "上海市徐汇区科学技术委员会", "市科委", 2025,
      "区科委被市科委评为“2025年度上海市科技创新券工作优秀组织单位”"),
    H("上海市巾帼文明岗", "municipal", "科技创新服务科", None, 2025, "科技创新服务科被评为“上海市巾帼文明岗”"),
    H("上海市科学技术奖一等奖", "municipal", "全区 4 家企业", None, 2025, "全区 4 家企业牵头的项目获“上海市科学技术奖一等奖”"),
]
write(NAMES["n107"], "work-summary", "上海市徐汇区科学技术委员会", ["徐汇区科学技术委员会", "区科委"], 2025, "2026-01-09",
      n107, n107h)

# ---------------------------------------------------------------- n108 WeChat feed (article-feed, year null)
ART = {a["文章标识符aid"]: a for a in feed_articles(NAMES["n108"])}
S, E = "<strong>", "</strong>"
A1, A2, A3, A4, A5 = "2247491536_1", "2247491208_1", "2247491777_1", "2247490652_1", "2247491350_1"
YEAR = 2025
n108 = [
    # A1 2025年终盘点 (2025-12-31): the ✅ lines hold the key figures
    F("finance", "园区企业营业收入", 1268.5, "亿元", "exact", f"园区企业营业收入{S}1,268.5{E}亿元", True, article=A1),
    F("growth", "园区企业营业收入同比增长", 12.5, "%", "exact", f"同比{S}↑12.5%{E}", True, "change", article=A1),
    F("finance", "园区税收", 86.3, "亿元", "exact", f"实现税收{S}86.3{E}亿元", True, article=A1),
    F("growth", "园区税收同比增长", 8.6, "%", "exact", f"同比{S}↑{E}{S}8.6%{E}", True, "change", article=A1),
    F("service", "服务企业", 1200, "家", "over", f"全年服务企业{S}1200{E}{S}+{E}家", True, article=A1),
    F("satisfaction", "企业满意度", 96.8, "%", "exact", f"企业满意度{S}96.8%{E}", True, article=A1),
    F("other", "新增注册企业", 486, "家", "exact", f"新增注册企业{S}486{E}家", article=A1),
    F("other", "新引进重点企业", 52, "家", "exact", f"新引进重点企业{S}52{E}家", article=A1),
    F("other", "高新技术企业", 312, "家", "exact", f"高新技术企业{S}312{E}家", article=A1),
    F("growth", "高新技术企业净增", 41, "家", "exact", f"净增{S}41{E}家", role="change", article=A1),
    F("other", "新增载体面积", 12.6, "万㎡", "exact", f"新增载体面积{S}12.6万㎡{E}", article=A1),
    F("other", "载体出租率", 93.5, "%", "exact", f"载体出租率{S}93.5%{E}", article=A1),
    F("growth", "载体出租率同比提高", 2.1, "个百分点", "exact", f"同比↑{S}2.1{E}个百分点", role="change", article=A1),
    F("satisfaction", "企业诉求平均响应时长", 1.5, "小时", "exact", f"企业诉求平均响应时长{S}1.5{E}小时", article=A1),
    F("growth", "企业诉求平均响应时长同比缩短", 25, "%", "exact", f"同比↓{S}25%{E}", role="change", article=A1),
    F("other", "数字经济企业", 860, "家", "over", f"数字经济企业{S}860{E}余家", article=A1),
    F("other", "数字经济企业营收占园区营收比重", 68.2, "%", "exact", f"贡献营收占比{S}68.2%{E}", role="share", article=A1),
    F("finance", "园区企业营业收入", 1400, "亿元", "over", f"园区营收力争突破{S}1,400{E}亿元", role="target", year=2026, article=A1),
    F("service", "服务企业", 1500, "家", "over", f"服务企业{S}1500+{E}家", role="target", year=2026, article=A1),
    # A2 活动回顾 (2025-11-21)
    F("service", "数智生态大会到场嘉宾", 800, "位", "over", f"大会吸引{S}800+{E}位嘉宾", article=A2),
    F("service", "数智生态大会线上直播观看", 12.6, "万人次", "over", f"线上直播观看超{S}12.6万{E}人次", article=A2),
    F("service", "数智生态大会现场签约项目", 26, "个", "exact", f"现场签约项目{S}26{E}个", True, article=A2),
    F("finance", "数智生态大会签约项目总投资", 50, "亿元", "over", f"总投资超{S}50{E}亿元", True, article=A2),
    F("output", "数智生态大会发布成果", 3, "", "exact", "大会发布三大成果", article=A2),
    F("other", "首批开放数据场景", 10, "个", "exact", f"首批{S}10{E}个数据场景", article=A2),
    F("service", "数智生态大会参展企业", 30, "家", "over", f"{S}30{E}余家企业参展", article=A2),
    F("service", "数智生态大会分论坛", 4, "场", "exact", f"举办分论坛{S}4{E}场", article=A2),
    # A3 招聘启事 (2026-01-08): hiring plans are targets of 2026 ※
    F("people", "招聘岗位", 4, "个", "exact", f"公开招聘{S}4{E}个岗位", role="target", year=2026, article=A3),
    F("people", "招聘人数", 8, "人", "exact", f"个岗位共{S}8{E}人", role="target", year=2026, article=A3),
    F("people", "招聘企业服务专员", 3, "人", "exact", "企业服务专员（3人）", role="target", year=2026, article=A3),
    F("people", "招聘数据运营经理", 2, "人", "exact", "数据运营经理（2人）", role="target", year=2026, article=A3),
    F("people", "招聘财务主管", 1, "人", "exact", "财务主管（1人）", role="target", year=2026, article=A3),
    F("people", "招聘行政专员", 2, "人", "exact", "行政专员（2人）", role="target", year=2026, article=A3),
    # A4 半年报 (2025-07-15): part-year figures prefixed 上半年 ※
    F("service", "上半年检验检测服务", 2360, "批次", "exact", f"检验检测服务{S}2,360{E}批次", article=A4),
    F("growth", "上半年检验检测服务同比增长", 18.2, "%", "exact", f"同比↑{S}18.2%{E}", role="change", article=A4),
    F("service", "算力服务平台累计服务企业", 156, "家", "exact", f"算力服务平台累计服务企业{S}156{E}家", article=A4),
    F("growth", "上半年算力使用量同比增长", 36.4, "%", "exact", f"算力使用量同比↑{S}36.4%{E}", role="change", article=A4),
    F("service", "上半年政策宣讲和技术沙龙等活动", 42, "场", "exact", f"技术沙龙等活动{S}42{E}场", article=A4),
    F("service", "上半年活动参与人次", 3150, "人次", "exact", f"参与{S}3,150{E}人次", article=A4),
    F("service", "上半年受理企业诉求", 268, "件", "exact", f"受理企业诉求{S}268{E}件", article=A4),
    F("service", "上半年办结企业诉求", 262, "件", "exact", f"办结{S}262{E}件", article=A4),
    F("satisfaction", "上半年企业诉求办结率", 97.8, "%", "exact", f"办结率{S}97.8%{E}", article=A4),
    F("service", "下半年公共服务平台新增服务企业", 100, "家", "over", f"新增服务企业{S}100{E}家以上", role="target", article=A4),
    # A5 喜报 (2025-12-12)
    F("honour", "获评国家级专精特新“小巨人”企业的园区企业", 5, "家", "exact", f"园区{S}5{E}家企业上榜", article=A5),
    F("other", "国家级专精特新“小巨人”企业累计", 18, "家", "exact", f"累计拥有国家级专精特新“小巨人”企业{S}18{E}家", article=A5),
    F("other", "市级“专精特新”中小企业累计", 136, "家", "exact", f"市级“专精特新”中小企业{S}136{E}家", article=A5),
]
n108h = [
    H("上海市五星级品牌园区", "municipal", "上海市北高新技术服务业园区", None, 2025, "园区获评“上海市五星级品牌园区”", article=A1),
    H("2025中国数字经济产业园区TOP10", "other", "上海市北高新技术服务业园区", None, 2025, "入选“2025中国数字经济产业园区TOP10”",
      article=A1),
    H("国家级专精特新“小巨人”企业", "national", "园区5家企业", "工业和信息化部", 2025, "园区5家企业获评国家级专精特新“小巨人”企业",
      article=A5),
]
write(NAMES["n108"], "article-feed", "上海市北高新技术服务业园区", ["市北高新园区", "市北高新"], None, None, n108, n108h)

# ---------------------------------------------------------------- n109 docx with tracked changes (work-summary)
YEAR = 2025
L109 = doc_lines(NAMES["n109"])


def tcell(label, i):
    row = next(l for l in L109 if l.startswith(label + "\t")).split("\t")
    return "\t".join(row[:i + 1]), float(row[i].replace(",", ""))


n109 = [
    # 一、总体情况 paragraph (key), as it reads with all changes accepted
    F("service", "服务企业", 1200, "家", "exact", "全年服务企业1,200家", True),
    F("service", "专业服务项目", 1386, "项", "exact", "实施专业服务项目1,386项", True),
    F("finance", "服务收入", 7126, "万元", "exact", "实现服务收入7,126万元", True),
    F("growth", "服务收入同比增长", 12.5, "%", "exact", "7,126万元，同比增长12.5%", True, "change"),
    F("satisfaction", "客户满意度", 96.2, "%", "exact", "客户满意度达到96.2%", True),
    F("satisfaction", "客户投诉率", 0, "", "exact", "客户投诉率为0", True),
    # 二、主要工作
    F("service", "企业诊断咨询服务中小企业", 320, "家", "approx", "全年为约320家中小企业"),  # 近 deleted, 约 inserted ※
    F("output", "诊断报告", 318, "份", "exact", "完成诊断报告318份"),
    F("output", "数字化转型诊断报告", 205, "份", "exact", "数字化转型诊断报告205份"),  # commented 数据待核实 ※
    F("other", "数字化转型诊断报告占诊断报告比重", 64.5, "%", "exact", "205份，占64.5%", role="share"),
    F("output", "促成技术合同", 436, "项", "exact", "促成技术合同436项"),
    F("finance", "技术合同成交额", 12.36, "亿元", "exact", "技术合同成交额12.36亿元"),  # commented ※
    F("growth", "技术合同成交额同比增长", 9.8, "%", "exact", "12.36亿元，同比增长9.8%", role="change"),
    F("service", "技术供需对接活动", 28, "场", "exact", "举办技术供需对接活动28场"),
    F("service", "技术供需对接活动参与企业", 1050, "家次", "exact", "参与企业1,050家次"),
    F("service", "知识产权服务", 212, "项", "exact", "贯标辅导等服务212项"),
    F("output", "代理专利申请", 1480, "件", "exact", "代理专利申请1,480件"),
    F("output", "代理发明专利申请", 926, "件", "exact", "其中发明专利申请926件"),
    F("other", "发明专利申请占代理专利申请比重", 62.6, "%", "exact", "926件，占62.6%", role="share"),
    F("service", "培训", 86, "场", "exact", "举办各类培训86场"),
    F("service", "培训人次", 5620, "人次", "exact", "培训5,620人次"),
    F("satisfaction", "培训满意度", 98.1, "%", "exact", "培训满意度98.1%"),
    F("service", "线上培训", 34, "场", "exact", "其中线上培训34场"),  # an inserted sentence is text ※
]
for label in ["企业诊断咨询", "技术转移服务", "知识产权服务", "人才培训", "平台运营及其他"]:
    for i, col in ((1, "服务项目"), (2, "服务收入")):
        q, v = tcell(label, i)
        n109.append(F("service" if i == 1 else "finance", f"{label}板块{col}", v, "", "exact", q))
for i, subj in ((1, "专业服务项目"), (2, "服务收入")):
    q, v = tcell("合计", i)
    n109.append(F("service" if i == 1 else "finance", subj, v, "", "exact", q))
n109 += [
    # 四、财务与人员情况
    F("finance", "总收入", 10284, "万元", "exact", "全年总收入10,284万元"),
    F("finance", "服务收入", 7126, "万元", "exact", "其中服务收入7,126万元"),
    F("finance", "服务收入", 6334, "万元", "exact", "（2024年为6,334万元）", role="baseline", year=2024),
    F("finance", "财政补助收入", 2650, "万元", "exact", "财政补助收入2,650万元"),
    F("finance", "其他收入", 508, "万元", "exact", "其他收入508万元"),
    F("other", "服务收入占总收入比重", 69.3, "%", "exact", "服务收入占总收入的69.3%", role="share"),
    F("people", "年末在职职工", 168, "人", "exact", "年末在职职工168人"),
    F("people", "专业技术人员", 142, "人", "exact", "其中专业技术人员142人"),
    F("other", "专业技术人员占在职职工比重", 84.5, "%", "exact", "142人，占84.5%", role="share"),
    # 五、荣誉情况
    F("honour", "市级以上荣誉", 2, "项", "exact", "全年获得市级以上荣誉2项"),
    # 七、2026年工作计划
    F("service", "服务企业", 1400, "家", "over", "计划服务企业1,400家以上", role="target", year=2026),
    F("finance", "服务收入", 7800, "万元", "exact", "服务收入达到7,800万元", role="target", year=2026),
    F("finance", "技术合同成交额", 15, "亿元", "over", "技术合同成交额力争突破15亿元", role="target", year=2026),
    F("satisfaction", "客户满意度", 95, "%", "over", "客户满意度保持在95%以上", role="target", year=2026),
]
n109h = [
    H("2025年度上海市科技服务业示范机构", "municipal", "上海市生产力促进中心", None, 2025, "中心获评“2025年度上海市科技服务业示范机构”"),
    H("上海市工人先锋号", "municipal", "中心技术转移部", "上海市总工会", 2025, "中心技术转移部被上海市总工会授予“上海市工人先锋号”称号"),
]
write(NAMES["n109"], "work-summary", "上海市生产力促进中心", ["中心"], 2025, "2026-01-20", n109, n109h)

# ---------------------------------------------------------------- n110 bilingual Markdown (other): Chinese text only
YEAR = 2025
L110 = doc_lines(NAMES["n110"])


def pcell(label, i):
    row = next(l for l in L110 if l.startswith("| " + label + " "))
    cells = row.strip("| ").split(" | ")
    return "| " + " | ".join(cells[:i + 1]), float(cells[i].replace(",", ""))


n110 = [
    # 一、概况
    F("other", "研究方向", 4, "个", "exact", "智能系统集成4个研究方向"),
    F("people", "固定研究人员", 86, "人", "exact", "实验室有固定研究人员86人"),
    F("people", "正高级职称研究人员", 32, "人", "exact", "其中正高级职称32人"),
    F("people", "副高级职称研究人员", 29, "人", "exact", "副高级职称29人"),
    F("other", "45岁以下青年骨干占固定研究人员比重", 58.1, "%", "exact", "45岁以下青年骨干占58.1%", role="share"),
    # 主要数据 (Chinese items, key)
    F("output", "在研科研项目", 142, "项", "exact", "- 在研科研项目142项", True),
    F("output", "在研国家级项目", 57, "项", "exact", "在研科研项目142项，其中国家级项目57项", True),
    F("finance", "到账科研经费", 11846, "万元", "exact", "- 到账科研经费11,846万元", True),
    F("growth", "到账科研经费同比增长", 9.6, "%", "exact", "11,846万元，同比增长9.6%", True, "change"),
    F("output", "发表SCI论文", 312, "篇", "exact", "- 发表SCI论文312篇", True),
    F("output", "授权发明专利", 68, "件", "exact", "SCI论文312篇，授权发明专利68件", True),
    F("finance", "专利转让许可合同金额", 2860, "万元", "exact", "- 专利转让许可合同金额2,860万元", True),
    # 二、科研项目与经费
    F("output", "在研科研项目", 142, "项", "exact", "实验室在研科研项目142项"),
    F("output", "在研国家级项目", 57, "项", "exact", "其中国家级项目57项、省部级"),
    F("output", "在研省部级项目", 49, "项", "exact", "省部级项目49项"),
    F("finance", "到账科研经费", 11846, "万元", "exact", "到账科研经费11,846万元，较2024年"),
    F("finance", "到账科研经费", 10808, "万元", "exact", "较2024年的10,808万元", role="baseline", year=2024),
    F("growth", "到账科研经费同比增长", 9.6, "%", "exact", "10,808万元增长9.6%", role="change"),
    F("finance", "纵向经费", 7465, "万元", "exact", "其中纵向经费7,465万元"),
    F("other", "纵向经费占到账科研经费比重", 63.0, "%", "exact", "7,465万元，占63.0%", role="share"),
]
COLS = [("在研项目", "output", "项"), ("到账经费", "finance", "万元"), ("SCI论文", "output", "篇")]
for d, en in [("微纳传感器件", "Micro-nano sensing devices"), ("智能感知芯片", "Intelligent sensing chips"),
              ("柔性电子与系统", "Flexible electronics and systems"), ("智能系统集成", "Intelligent system integration")]:
    for i, (col, cat, meas) in enumerate(COLS, 1):
        q, v = pcell(d, i)
        n110.append(F(cat, d + "方向" + col, v, meas, "exact", q))
for i, (subj, cat, meas) in enumerate([("在研科研项目", "output", "项"), ("到账科研经费", "finance", "万元"),
                                       ("发表SCI论文", "output", "篇")], 1):
    q, v = pcell("合计", i)
    n110.append(F(cat, subj, v, meas, "exact", q))
n110 += [
    # 三、成果产出与转化
    F("output", "发表SCI论文", 312, "篇", "exact", "全年发表SCI论文312篇"),
    F("output", "申请发明专利", 96, "件", "exact", "申请发明专利96件"),
    F("output", "授权发明专利", 68, "件", "exact", "件，授权发明专利68件"),
    F("output", "专利转让许可合同", 14, "项", "exact", "签订专利转让许可合同14项"),
    F("finance", "专利转让许可合同金额", 2860, "万元", "exact", "合同金额2,860万元"),
    F("growth", "专利转让许可合同金额同比增长", 31.2, "%", "exact", "2,860万元，同比增长31.2%", role="change"),
    # 四、人才队伍与开放交流
    F("people", "新增国家级人才", 4, "人", "exact", "全年新增国家级人才4人"),
    F("people", "新增市级人才", 9, "人", "exact", "市级人才9人"),
    F("output", "开放课题", 15, "项", "exact", "设立开放课题15项"),
    F("finance", "开放课题资助金额", 150, "万元", "exact", "资助金额150万元"),
    F("other", "大型仪器设备开放共享机时", 1.26, "万机时", "exact", "对外开放共享1.26万机时"),
    # 五、荣誉与奖励
    F("honour", "省部级以上科技奖励", 3, "项", "exact", "全年获省部级以上科技奖励3项"),
    # 六、2026年工作计划
    F("finance", "到账科研经费", 1.3, "亿元", "over", "到账科研经费突破1.3亿元", role="target", year=2026),
    F("output", "新增国家级项目", 15, "项", "over", "新增国家级项目15项以上", role="target", year=2026),
    F("output", "授权发明专利", 75, "件", "approx", "授权发明专利75件左右", role="target", year=2026),
]
UNIT110 = "上海市微纳传感与智能系统重点实验室"
n110h = [
    H("2024年度上海市科学技术进步奖一等奖", "municipal", UNIT110, None, 2025, "项目获“2024年度上海市科学技术进步奖一等奖”"),
    H("上海市优秀学术带头人计划", "municipal", "李明远", None, 2025, "实验室主任李明远教授入选“上海市优秀学术带头人计划”"),
    H("2025年度上海市重点实验室绩效评估优秀实验室", "municipal", UNIT110, None, 2025,
      "实验室获评“2025年度上海市重点实验室绩效评估优秀实验室”"),
]
write(NAMES["n110"], "other", UNIT110, ["实验室"], 2025, "2026-03-06", n110, n110h)
print("gold written")
