#!/usr/bin/env python3
"""Writes gold/ for n151–n154 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
n151's table cells come one per line (pdftotext): the quote is the whole cell line (`3,412`).
n153's pipe-table facts come from mrow(label, i) = the row's text from its label cell through cell i, " | " kept.
n154's table facts come from trow(label, i) = the row's extracted text from its label cell through cell i, TABs kept.
"""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GOLD = os.path.join(ROOT, "gold")
sys.path.insert(0, ROOT)
from check import read, NAMES  # the same line reader check.py and scan.py use (docx → lines)
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


# ---------------------------------------------------------------- n151 软信测评中心 2025 社会责任报告 (pdftotext)
N151 = NAMES[0]
YEAR = 2025
n151 = [
    F("people", "在编职工", 186, "人", "exact", "中心在编职工186人"),
    F("people", "高级职称人员", 68, "人", "exact", "68人，占36.6%"),
    F("other", "高级职称人员占在编职工比重", 36.6, "%", "exact", "占36.6%", role="share"),
    F("people", "博士、硕士学历人员", 121, "人", "exact", "博士、硕士学历人员共计121人"),
    F("service", "软件测评项目", 3412, "项", "exact", "完成软件测评项目3,412项", True),
    F("growth", "软件测评项目同比增长", 14.3, "%", "exact", "同比增长14.3%", True, "change"),
    # ※ the PDF line ends after the number: 家 opens the next line
    F("service", "服务客户", 1286, "家", "exact", "服务客户1,286", True),
    F("service", "服务中小企业客户", 942, "家", "exact", "其中中小企业942家"),
    F("other", "中小企业占服务客户比重", 73.3, "%", "exact", "占73.3%", role="share"),
    F("finance", "营业收入", 2.68, "亿元", "exact", "实现营业收入2.68亿元", True),
    F("growth", "营业收入同比增长", 9.8, "%", "exact", "同比增长9.8%", True, "change"),
    F("satisfaction", "客户满意度", 97.6, "%", "exact", "客户满意度97.6%", True),
    F("growth", "客户满意度比上年提高", 0.8, "个百分点", "exact", "较上年提高0.8个百分点", role="change"),
    F("satisfaction", "客户满意度", 96.8, "%", "exact", "2024年为96.8%", role="baseline", year=2024),
    F("other", "满意度调查有效问卷", 1520, "份", "exact", "回收有效问卷1,520份"),
    F("service", "信创适配验证项目", 528, "项", "exact", "完成信创适配验证项目528项"),
    F("output", "出具检测报告", 4105, "份", "exact", "出具检测报告4,105份"),
    F("service", "测评技术培训", 36, "场", "exact", "开展测评技术培训36"),   # ※ 场 on the next line
    F("service", "测评技术培训人次", 1840, "人次", "exact", "培训1,840人次"),
    F("output", "承担国家和市级科研课题", 12, "项", "exact", "承担国家和市级科研课题12项"),
    F("output", "牵头制定团体标准", 6, "项", "exact", "牵头制定团体标准6项"),
    # table 1: one cell a line; 2024 column = baselines, 2025 column = table copies of the prose
    F("service", "软件测评项目", 2986, "项", "exact", "2,986", role="baseline", year=2024),
    F("service", "软件测评项目", 3412, "项", "exact", "3,412"),
    F("service", "服务客户", 1173, "家", "exact", "1,173", role="baseline", year=2024),
    F("service", "服务客户", 1286, "家", "exact", "1,286"),
    F("finance", "营业收入", 24400, "万元", "exact", "24,400", role="baseline", year=2024),
    F("finance", "营业收入", 26800, "万元", "exact", "26,800"),
    F("output", "软件产品登记测试报告", 2318, "份", "exact", "检测报告含软件产品登记测试报告2,318份"),
    F("finance", "为中小企业减免测试费用", 386, "万元", "exact", "全年为中小企业减免测试费用386万元"),
    F("service", "减免测试费用惠及企业", 215, "家", "exact", "惠及企业215家"),
    F("service", "信创测评进园区公益活动", 24, "场", "exact", "公益活动24场"),
    F("service", "公益活动服务企业", 600, "家次", "over", "服务企业超过600家次"),
    F("people", "职工培训", 4260, "学时", "exact", "组织职工培训4,260学时"),
    F("people", "职工人均培训", 22.9, "学时", "exact", "人均22.9学时"),
    F("growth", "单位能耗同比下降", 6.5, "%", "exact", "单位能耗同比下降6.5%", role="change"),
    F("honour", "省部级以上荣誉", 5, "项", "exact", "级以上荣誉5项"),     # ※ 省部 ends the previous line
    F("service", "软件测评项目", 3800, "项", "over", "完成软件测评项目3,800项以上", role="target", year=2026),
    F("satisfaction", "客户满意度", 97, "%", "over", "客户满意度保持在97%以上", role="target", year=2026),
]
h151 = [
    H("上海市五一劳动奖状", "municipal", "上海软信测评中心", None, 2025, "中心荣获“上海市五一劳动奖状”"),
    H("上海市工人先锋号", "municipal", "测评二部", None, 2025, "测评二部获评“上海市工人先锋号”"),
    H("信息技术应用创新测评服务机构", "national", "上海软信测评中心", "工业和信息化部", 2025,
      "中心入选工业和信息化部“信息技术应用创新测评服务机构”名单"),
]
write(N151, "csr-report", "上海软信测评中心", ["中心"], 2025, "2026-01", n151, h151)

# ---------------------------------------------------------------- n152 闵行区科委主任专访 (HTML interview)
N152 = NAMES[1]
YEAR = 2025
n152 = [
    # ※ the reporter's premise: city-wide figures, labelled under 全市… subjects, never key
    F("other", "全市全社会研发经费支出相当于生产总值的比例", 4.4, "%", "approx", "相当于全市生产总值的比例预计达到4.4%左右"),
    F("other", "全市有效高新技术企业", 2.5, "万家", "over", "全市有效高新技术企业突破2.5万家"),
    F("finance", "全市技术合同成交额", 4800, "亿元", "over", "全市技术合同成交额超过4,800亿元"),
    # the director's 2025 figures (今年以来 = 2025, the interview is of 2025-12-16)
    F("service", "服务科技企业", 3860, "家次", "exact", "累计服务科技企业3,860家次", True),
    F("growth", "服务科技企业同比增长", 12.4, "%", "exact", "同比增长12.4%", True, "change"),
    F("honour", "新认定高新技术企业", 612, "家", "exact", "全区新认定高新技术企业612家", True),
    F("other", "高新技术企业", 2846, "家", "exact", "有效期内高新技术企业总数达到2,846家", True),
    F("other", "高新技术企业", 2632, "家", "exact", "比2024年底的2,632家", role="baseline", year=2024),
    F("growth", "高新技术企业比2024年底增加", 214, "家", "exact", "增加214家", role="change"),
    F("finance", "技术合同登记成交额", 586.2, "亿元", "exact", "全区技术合同登记成交额达到586.2亿元", True),
    F("growth", "技术合同登记成交额同比增长", 15.6, "%", "exact", "同比增长15.6%", True, "change"),
    F("finance", "技术合同登记成交额", 507.1, "亿元", "exact", "2024年为507.1亿元", role="baseline", year=2024),
    F("finance", "区级科技专项资金投入", 9.8, "亿元", "exact", "区级科技专项资金投入9.8亿元", True),
    F("finance", "区级科技专项资金支持企业研发", 6.08, "亿元", "exact", "其中6.08亿元用于支持企业研发"),
    F("other", "支持企业研发资金占区级科技专项资金比重", 62.0, "%", "exact", "占62.0%", role="share"),
    F("satisfaction", "科技服务企业满意度", 96.2, "%", "exact", "企业满意度达到96.2%", True),
    F("growth", "科技服务企业满意度比上年提高", 1.1, "个百分点", "exact", "比上年提高1.1个百分点", role="change"),
    F("service", "服务平台受理企业诉求", 1245, "件", "exact", "全年受理企业诉求1,245件"),
    F("service", "服务平台办结企业诉求", 1231, "件", "exact", "办结1,231件"),
    F("satisfaction", "企业诉求办结率", 98.9, "%", "exact", "办结率98.9%"),
    F("honour", "新认定市级以上科技企业孵化器和众创空间", 8, "家", "exact", "全区新认定市级以上科技企业孵化器和众创空间8家"),
    F("other", "市级以上科技企业孵化器和众创空间", 96, "家", "exact", "累计达到96家"),
    F("honour", "新增国家级专精特新小巨人企业", 18, "家", "exact", "“小巨人”企业18家"),
    F("service", "科技节市民参与", 12.6, "万人次", "exact", "吸引市民参与12.6万人次"),
    F("honour", "新认定高新技术企业", 650, "家", "over", "新认定高新技术企业650家以上", role="target", year=2026),
    F("finance", "技术合同登记成交额", 650, "亿元", "over", "技术合同登记成交额突破650亿元", role="target", year=2026),
    F("other", "新建市级以上孵化载体", 10, "家", "approx", "新建市级以上孵化载体10家左右", role="target", year=2026),
    F("satisfaction", "科技服务企业满意度", 96, "%", "over", "科技服务企业满意度保持在96%以上", role="target", year=2026),
]
h152 = [
    H("优秀国家级科技企业孵化器", "national", "紫竹高新区创业园", "科技部", 2025,
      "紫竹高新区创业园获评科技部“优秀国家级科技企业孵化器”"),
    H("2025年度上海市科技工作先进集体", "municipal", "上海市闵行区科学技术委员会", None, 2025,
      "区科委获评“2025年度上海市科技工作先进集体”"),
]
write(N152, "other", "上海市闵行区科学技术委员会", ["闵行区科学技术委员会", "区科委"], 2025, "2025-12-16", n152, h152)

# ---------------------------------------------------------------- n153 市知识产权局 十五五规划 征求意见稿 (Markdown)
N153 = NAMES[2]
YEAR = 2025
_, L153, _ = read(N153)


def mrow(label, i):
    row = next(l for l in L153 if l.startswith("| " + label + " | "))
    return " | ".join(row[2:].split(" | ")[:i + 1])


n153 = [
    F("output", "每万人口高价值发明专利拥有量", 52.6, "件", "exact", "每万人口高价值发明专利拥有量达到52.6件", True),
    F("output", "每万人口高价值发明专利拥有量", 28.4, "件", "exact", "较2020年的28.4件", role="baseline", year=2020),
    F("growth", "每万人口高价值发明专利拥有量较2020年增长", 85.2, "%", "exact", "增长85.2%", role="change"),
    F("output", "有效发明专利拥有量", 28.5, "万件", "exact", "有效发明专利拥有量达到28.5万件", True),
    F("growth", "有效发明专利拥有量“十四五”期间年均增长", 13.5, "%", "exact", "年均增长13.5%", role="change"),
    F("output", "有效发明专利拥有量", 15.1, "万件", "exact", "2020年为15.1万件", role="baseline", year=2020),
    F("output", "PCT国际专利申请量", 7420, "件", "exact", "PCT国际专利申请量7,420件", True),
    F("finance", "知识产权质押融资登记金额", 426.8, "亿元", "exact", "知识产权质押融资登记金额426.8亿元", True),
    F("growth", "知识产权质押融资登记金额同比增长", 18.2, "%", "exact", "同比增长18.2%", True, "change"),
    F("satisfaction", "知识产权保护社会满意度", 87.5, "分", "exact", "知识产权保护社会满意度达到87.5分", True),
    F("satisfaction", "知识产权保护社会满意度", 81.2, "分", "exact", "较2020年的81.2分", role="baseline", year=2020),
    F("growth", "知识产权保护社会满意度较2020年提高", 6.3, "分", "exact", "提高6.3分", role="change"),
    # 2021—2025 cumulative (stock at the end of 2025 → 2025)
    F("service", "专利侵权纠纷行政裁决案件", 3126, "件", "exact", "累计办理专利侵权纠纷行政裁决案件3,126件"),
    F("other", "国家级知识产权保护中心", 2, "家", "exact", "建成国家级知识产权保护中心2家"),
    F("other", "知识产权快速维权中心", 4, "家", "exact", "知识产权快速维权中心4家"),
    F("honour", "国家知识产权示范企业和优势企业", 512, "家", "exact", "累计培育国家知识产权示范企业和优势企业512家"),
]
for label, meas, subj, cat, tq in (
        ("每万人口高价值发明专利拥有量（件）", "件", "每万人口高价值发明专利拥有量", "output", "exact"),
        ("有效发明专利拥有量（万件）", "万件", "有效发明专利拥有量", "output", "exact"),
        ("PCT国际专利申请量（件）", "件", "PCT国际专利申请量", "output", "exact"),
        ("知识产权质押融资登记金额（亿元）", "亿元", "知识产权质押融资登记金额", "finance", "exact"),
        ("知识产权保护社会满意度（分）", "分", "知识产权保护社会满意度", "satisfaction", "over"),
        ("专利侵权纠纷行政裁决案件平均办案周期（个月）", "个月", "专利侵权纠纷行政裁决案件平均办案周期", "other", "under")):
    c25, c30 = mrow(label, 2).split(" | ")[1:]
    num = lambda s: (lambda x: int(x) if x.is_integer() and "." not in s else x)(float(s.replace(",", "").replace("以上", "").replace("以内", "")))
    n153.append(F(cat, subj, num(c25), meas, "exact", mrow(label, 1)))
    n153.append(F(cat, subj, num(c30), meas, tq, mrow(label, 2), role="target", year=2030))
n153 += [
    F("output", "每万人口高价值发明专利拥有量", 80, "件", "exact", "每万人口高价值发明专利拥有量达到80件", role="target", year=2030),
    F("output", "PCT国际专利申请量", 1, "万件", "over", "PCT国际专利申请量突破1万件", role="target", year=2030),
    F("finance", "知识产权质押融资登记金额", 600, "亿元", "exact", "知识产权质押融资登记金额年度达到600亿元", role="target", year=2030),
    F("satisfaction", "知识产权保护社会满意度", 90, "分", "over", "知识产权保护社会满意度保持在90分以上", role="target", year=2030),
    F("other", "国家级知识产权保护中心", 3, "家", "exact", "国家级知识产权保护中心达到3家", role="target", year=2030),
    F("other", "专利侵权纠纷行政裁决案件平均办案周期", 3, "个月", "under", "平均办案周期压缩至3个月以内", role="target", year=2030),
    F("honour", "国家知识产权示范企业和优势企业", 800, "家", "exact", "累计培育国家知识产权示范企业和优势企业达到800家", role="target", year=2030),
]
h153 = [
    H("国家知识产权强市建设示范城市", "national", "上海市", "国家知识产权局", 2023,
      "上海市入选国家知识产权局首批国家知识产权强市建设示范城市"),
    H("国家知识产权强县建设示范县（区）", "national", "浦东新区、徐汇区", None, 2024,
      "浦东新区、徐汇区入选国家知识产权强县建设示范县（区）"),
]
write(N153, "other", "上海市知识产权局", [], 2025, "2025-11-20", n153, h153)

# ---------------------------------------------------------------- n154 科技人才计划 入选情况公告 (.docx)
N154 = NAMES[3]
YEAR = 2024
_, L154, _ = read(N154)


def trow(label, i):
    row = next(l for l in L154 if l.startswith(label + "\t"))
    return "\t".join(row.split("\t")[:i + 1])


n154 = [
    F("people", "科技人才计划入选人员", 1180, "人", "exact", "共遴选入选人员1,180人", True),
    F("people", "科技人才计划入选人员", 1062, "人", "exact", "较2023年的1,062人", role="baseline", year=2023),
    F("growth", "科技人才计划入选人员比2023年增加", 118, "人", "exact", "增加118人", role="change"),
    F("growth", "科技人才计划入选人员同比增长", 11.1, "%", "exact", "增长11.1%", True, "change"),
    F("finance", "科技人才计划资助经费", 4.26, "亿元", "exact", "安排资助经费4.26亿元", True),
    F("growth", "科技人才计划资助经费同比增长", 8.7, "%", "exact", "同比增长8.7%", True, "change"),
    F("finance", "科技人才计划资助经费", 3.92, "亿元", "exact", "2023年为3.92亿元", role="baseline", year=2023),
    F("people", "35周岁以下青年人才入选人员", 860, "人", "exact", "35周岁以下青年人才860人"),
    F("other", "35周岁以下青年人才占入选人员比重", 72.9, "%", "exact", "占72.9%", role="share"),
    F("people", "女性科技人才入选人员", 402, "人", "exact", "女性科技人才402人"),
    F("other", "女性科技人才占入选人员比重", 34.1, "%", "exact", "占34.1%", role="share"),
    F("people", "企业科技人才入选人员", 318, "人", "exact", "来自企业的科技人才318人"),
    F("other", "企业科技人才占入选人员比重", 26.9, "%", "exact", "占26.9%", role="share"),
]
for label, pre in (("扬帆计划", "扬帆计划"), ("青年科技启明星计划", "青年科技启明星计划"), ("浦江人才计划", "浦江人才计划"),
                   ("优秀学术带头人计划", "优秀学术带头人计划"), ("优秀技术带头人计划", "优秀技术带头人计划"),
                   ("合计", "科技人才计划")):
    p, m, s = (float(x.replace(",", "")) for x in trow(label, 3).split("\t")[1:])
    n154.append(F("people", pre + "入选人员", int(p), "人", "exact", trow(label, 1)))
    n154.append(F("finance", pre + "资助经费", int(m), "万元", "exact", trow(label, 2)))
    n154.append(F("other", pre + "入选人数占比", s, "%", "exact", trow(label, 3), role="share"))
n154 += [
    F("finance", "扬帆计划每人资助", 20, "万元", "exact", "扬帆计划每人资助20万元"),
    F("people", "启明星计划入选人员平均年龄", 32.6, "岁", "exact", "启明星计划入选人员平均年龄32.6岁"),
    F("honour", "上海市科技精英", 10, "人", "exact", "授予张明远等10人“2024年度上海市科技精英”称号", True),
    F("honour", "上海市科技精英提名奖", 10, "人", "exact", "授予李晓雯等10人“2024年度上海市科技精英提名奖”"),
    F("honour", "中国青年科技奖", 3, "名", "exact", "本市3名青年科学家获得"),
]
h154 = [
    H("2024年度上海市科技精英", "municipal", "张明远等10人", "上海市科学技术委员会", 2024,
      "授予张明远等10人“2024年度上海市科技精英”称号"),
    H("2024年度上海市科技精英提名奖", "municipal", "李晓雯等10人", "上海市科学技术委员会", 2024,
      "授予李晓雯等10人“2024年度上海市科技精英提名奖”"),
    H("中国青年科技奖", "national", "本市3名青年科学家", None, 2024, "本市3名青年科学家获得第十八届“中国青年科技奖”"),
    H("上海市领军人才", "municipal", "王立群", None, 2024, "王立群研究员入选“上海市领军人才”"),
]
write(N154, "other", "上海市科技人才服务中心", [], 2024, "2024-11-28", n154, h154)
