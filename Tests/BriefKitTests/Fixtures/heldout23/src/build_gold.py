#!/usr/bin/env python3
"""Writes gold/ for n87–n90 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
Table facts: n89's come from hcell(label, i) = the HTML row's text from its label through cell i (the `</td><td>`
markup kept, as heldout20's n77); n90's from tcell(n) = the whole TAB row n (序号 through the amount cell).
"""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS, GOLD = os.path.join(ROOT, "docs"), os.path.join(ROOT, "gold")
YEAR = None
CELL = "</td><td>"


def F(cat, subj, val, meas, qual, quote, key=False, role="actual", year=None):
    return {"category": cat, "subject": subj, "year": YEAR if year is None else year, "value": val, "measure": meas,
            "qualifier": qual, "quote": quote, "key": key, "role": role}


def H(title, level, recipient, issuer, year, quote, source="text"):
    return {"title": title, "level": level, "recipient": recipient, "issuer": issuer, "year": year, "quote": quote,
            "source": source}


def lines_of(name):
    return open(os.path.join(DOCS, name), encoding="utf-8").read().split("\n")


def write(name, kind, unit, aliases, year, published, facts, honours):
    g = {"document": name, "kind": kind, "unit": unit, "aliases": aliases, "year": year, "published": published,
         "facts": facts, "honours": honours}
    out = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


# ---------------------------------------------------------------- n87 述职述廉报告 (work-summary ※)
N87 = "n87_jinshan_kw_szbg2025.txt"
YEAR = 2025
n87 = [
    # opening paragraph (key)
    F("finance", "技术合同成交额", 156.8, "亿元", "exact", "全区技术合同成交额达到156.8亿元", True),
    F("growth", "技术合同成交额同比增长", 14.2, "%", "exact", "156.8亿元，同比增长14.2%", True, "change"),
    F("other", "有效期内高新技术企业", 1186, "家", "exact", "有效期内高新技术企业达到1,186家，净增98家", True),
    F("growth", "有效期内高新技术企业净增", 98, "家", "exact", "1,186家，净增98家", True, "change"),
    F("other", "全社会研发经费投入强度", 2.86, "%", "exact", "全社会研发经费投入强度达到2.86%；全年", True),
    F("finance", "区级科技专项资金安排", 2.35, "亿元", "exact", "区级科技专项资金2.35亿元，完成年度预算", True),
    F("other", "区级科技专项资金完成年度预算比例", 98.7, "%", "exact", "完成年度预算的98.7%；本人", True, "share"),
    F("service", "本人参加廉政教育", 12, "次", "exact", "本人全年参加廉政教育12次", True),
    # 一、（一）
    F("other", "新认定高新技术企业", 312, "家", "exact", "全年新认定高新技术企业312家"),
    F("other", "有效期内高新技术企业", 1186, "家", "exact", "有效期内高新技术企业达到1,186家（2024年末为"),
    F("other", "有效期内高新技术企业", 1088, "家", "exact", "（2024年末为1,088家）", role="baseline", year=2024),
    F("other", "新增科技型中小企业评价入库", 1460, "家", "exact", "新增科技型中小企业评价入库1,460家"),
    F("growth", "新增科技型中小企业评价入库同比增长", 9.6, "%", "exact", "1,460家，同比增长9.6%", role="change"),
    F("other", "市级“专精特新”企业", 126, "家", "exact", "培育市级“专精特新”企业126家"),
    F("other", "国家级专精特新“小巨人”企业", 11, "家", "exact", "其中国家级专精特新“小巨人”企业11家"),
    F("output", "承担市级以上科技项目", 64, "项", "exact", "承担市级以上科技项目64项"),
    F("finance", "获得市级科技资金支持", 9800, "万元", "approx", "获得市级科技资金支持约9,800万元"),
    # （二）
    F("other", "全社会研发经费投入强度", 2.86, "%", "exact", "全社会研发经费投入强度达到2.86%，比上年"),
    F("growth", "全社会研发经费投入强度比上年提高", 0.12, "个百分点", "exact", "比上年提高0.12个百分点", role="change"),
    F("finance", "规模以上工业企业研发费用支出", 68.4, "亿元", "exact", "规模以上工业企业研发费用支出68.4亿元"),
    F("growth", "规模以上工业企业研发费用支出同比增长", 7.9, "%", "exact", "68.4亿元，同比增长7.9%", role="change"),
    F("output", "登记技术合同", 1842, "项", "exact", "全年登记技术合同1,842项"),
    F("finance", "技术合同成交额", 156.8, "亿元", "exact", "成交额156.8亿元（2024年为"),
    F("finance", "技术合同成交额", 137.3, "亿元", "exact", "（2024年为137.3亿元）", role="baseline", year=2024),
    F("finance", "技术开发合同成交额", 94.1, "亿元", "exact", "其中技术开发合同成交额94.1亿元"),
    F("other", "技术开发合同成交额占技术合同成交额比重", 60.0, "%", "exact", "占成交总额的60.0%", role="share"),
    F("output", "每万人口高价值发明专利拥有量", 14.6, "件", "exact", "每万人口高价值发明专利拥有量达到14.6件"),
    F("growth", "每万人口高价值发明专利拥有量比上年增加", 2.1, "件", "exact", "比上年增加2.1件", role="change"),
    # （三）
    F("finance", "区级科技专项资金安排", 2.35, "亿元", "exact", "全年安排区级科技专项资金2.35亿元，实际"),
    F("finance", "区级科技专项资金拨付", 2.32, "亿元", "exact", "实际拨付2.32亿元"),
    F("other", "区级科技专项资金完成年度预算比例", 98.7, "%", "exact", "2.32亿元，完成年度预算的98.7%", role="share"),
    F("finance", "企业研发补贴", 1.26, "亿元", "exact", "企业研发补贴1.26亿元"),
    F("finance", "科技创新载体建设资金", 0.58, "亿元", "exact", "科技创新载体建设0.58亿元"),
    F("finance", "科技人才及科普资金", 0.48, "亿元", "exact", "科技人才及科普0.48亿元"),
    F("finance", "科技创新券发放金额", 1260, "万元", "exact", "发放科技创新券1,260万元"),
    F("service", "科技创新券惠及企业", 415, "家", "exact", "惠及企业415家"),
    F("other", "专项资金绩效评价项目", 38, "个", "exact", "组织专项资金绩效评价项目38个"),
    F("other", "绩效评价结果为“优良”的项目", 35, "个", "exact", "评价结果为“优良”的35个"),
    F("other", "绩效评价结果为“优良”的项目占比", 92.1, "%", "exact", "的35个，占92.1%", role="share"),
    # （四）
    F("other", "新增市级众创空间", 2, "家", "exact", "新增市级众创空间2家"),
    F("other", "市级以上科技企业孵化器和众创空间", 23, "家", "exact", "孵化器和众创空间达到23家"),
    F("other", "在孵企业", 900, "家", "nearly", "在孵企业近900家"),
    F("service", "新引进科技型项目", 57, "个", "exact", "全年新引进科技型项目57个"),
    F("finance", "新引进科技型项目计划总投资", 42, "亿元", "approx", "计划总投资约42亿元"),
    # （五）
    F("service", "科普活动", 320, "场", "over", "开展各类科普活动320余场"),
    F("service", "科普活动参与人次", 12, "万人次", "approx", "参与市民约12万人次"),
    F("people", "新增入选市级科技人才计划", 21, "人", "exact", "新增入选市级各类科技人才计划21人"),
    F("people", "区级“金山英才”科技人才", 48, "人", "exact", "认定区级“金山英才”科技人才48人"),
    # 二、廉洁自律
    F("other", "本人主持党组会专题研究党风廉政建设", 4, "次", "exact", "专题研究党风廉政建设4次"),
    F("service", "本人开展廉政谈话", 36, "人次", "exact", "开展廉政谈话36人次"),
    F("service", "本人参加廉政教育", 12, "次", "exact", "全年参加区纪委和机关党委组织的廉政教育12次"),
    F("service", "本人讲廉政党课", 2, "次", "exact", "讲廉政党课2次"),
    F("service", "本人组织参观廉政教育基地", 1, "次", "exact", "组织参观廉政教育基地1次"),
    F("finance", "“三公”经费支出", 8.6, "万元", "exact", "全委“三公”经费支出8.6万元"),
    F("growth", "“三公”经费支出比上年下降", 11.3, "%", "exact", "8.6万元，比上年下降11.3%", role="change"),
    F("other", "廉政风险点", 18, "个", "exact", "梳理廉政风险点18个"),
    F("other", "廉政风险防控措施", 27, "条", "exact", "制定防控措施27条"),
    F("service", "专家评审会议", 46, "场", "exact", "全年组织专家评审会议46场"),
    # 五、2026年工作打算 (targets)
    F("finance", "技术合同成交额", 180, "亿元", "over", "力争全区技术合同成交额突破180亿元", role="target", year=2026),
    F("other", "有效期内高新技术企业", 1300, "家", "over", "有效期内高新技术企业达到1,300家以上", role="target", year=2026),
    F("other", "全社会研发经费投入强度", 3, "%", "approx", "研发经费投入强度达到3%左右", role="target", year=2026),
    F("other", "新增市级以上孵化载体", 3, "家", "exact", "新增市级以上孵化载体3家", role="target", year=2026),
    F("service", "本人参加廉政教育", 12, "次", "over", "本人全年参加廉政教育不少于12次", role="target", year=2026),
]
n87h = [
    H("上海市科技系统优秀党务工作者", "system", "沈卫东", None, 2025, "本人获评“上海市科技系统优秀党务工作者”"),
    H("金山区优秀领导干部", "district", "沈卫东", "金山区委、区政府", 2025, "被金山区委、区政府评为“金山区优秀领导干部”"),
    H("2024—2025年度上海市科普工作先进集体", "municipal", "上海市金山区科学技术委员会", None, 2025,
      "区科委获评“2024—2025年度上海市科普工作先进集体”"),
]
write(N87, "work-summary", "上海市金山区科学技术委员会", ["金山区科学技术委员会", "区科委"], 2025, "2026-01-16", n87, n87h)

# ---------------------------------------------------------------- n88 提案答复 (other)
N88 = "n88_putuo_kw_taf2025.txt"
YEAR = 2025
n88 = [
    # 一、基本情况 first paragraph (key): 2024 full year (actual of 2024 ※) and 今年1—5月 (2025, subjects prefixed ※)
    F("other", "新增科技型中小企业评价入库", 1126, "家", "exact", "我区新增科技型中小企业评价入库1,126家", True, year=2024),
    F("growth", "新增科技型中小企业评价入库同比增长", 12.4, "%", "exact", "1,126家，同比增长12.4%", True, "change", 2024),
    F("other", "有效期内高新技术企业", 1032, "家", "exact", "有效期内高新技术企业达到1,032家", True, year=2024),
    F("finance", "技术合同成交额", 86.7, "亿元", "exact", "全区技术合同成交额86.7亿元", True, year=2024),
    F("growth", "技术合同成交额同比增长", 9.9, "%", "exact", "86.7亿元，同比增长9.9%", True, "change", 2024),
    F("other", "1—5月新增科技型中小企业评价入库", 538, "家", "exact", "全区新增科技型中小企业评价入库538家", True),
    F("finance", "1—5月技术合同成交额", 38.2, "亿元", "exact", "技术合同成交额38.2亿元", True),
    F("growth", "1—5月技术合同成交额同比增长", 11.4, "%", "exact", "38.2亿元，同比增长11.4%", True, "change"),
    # （一）
    F("service", "区级科技创新专项资金支持企业项目", 312, "个", "exact", "共支持企业项目312个", year=2024),
    F("finance", "区级科技创新专项资金支持金额", 1.68, "亿元", "exact", "支持金额1.68亿元", year=2024),
    F("service", "区级科技创新专项资金支持科技型中小企业项目", 236, "个", "exact", "其中支持科技型中小企业项目236个", year=2024),
    F("other", "科技型中小企业项目占支持项目比重", 75.6, "%", "exact", "236个，占75.6%", role="share", year=2024),
    F("other", "新增科技型中小企业评价入库", 1126, "家", "exact", "2024年新增科技型中小企业评价入库1,126家（2023年为", year=2024),
    F("other", "新增科技型中小企业评价入库", 1002, "家", "exact", "（2023年为1,002家）", role="baseline", year=2023),
    F("other", "新认定高新技术企业", 215, "家", "exact", "新认定高新技术企业215家", year=2024),
    F("other", "新增市级科技小巨人（含培育）企业", 9, "家", "exact", "新增市级科技小巨人（含培育）企业9家", year=2024),
    F("other", "享受研发费用加计扣除政策的科技型中小企业", 1580, "家", "exact", "享受研发费用加计扣除政策的科技型中小企业1,580家", year=2024),
    F("finance", "研发费用加计扣除减免税额", 12.6, "亿元", "approx", "减免税额约12.6亿元", year=2024),
    # （二）
    F("service", "“科技贷”贴息企业", 186, "家", "exact", "为186家企业提供贷款贴息", year=2024),
    F("finance", "“科技贷”贴息金额", 1245, "万元", "exact", "贴息金额1,245万元", year=2024),
    F("finance", "“科技贷”撬动银行贷款", 21.6, "亿元", "approx", "撬动银行贷款约21.6亿元", year=2024),
    F("service", "1—5月新增“科技贷”支持企业", 64, "家", "exact", "新增“科技贷”支持企业64家"),
    F("finance", "1—5月“科技贷”贷款金额", 6.8, "亿元", "exact", "贷款金额6.8亿元"),
    F("service", "1—5月科技金融对接会", 5, "场", "exact", "组织科技金融对接会5场"),
    F("service", "1—5月科技金融对接会参会企业", 300, "家次", "nearly", "参会企业近300家次"),
    # （三） stock figures (目前) take 2025
    F("other", "市级以上科技企业孵化器和众创空间", 28, "家", "exact", "孵化器和众创空间28家"),
    F("other", "孵化面积", 32, "万平方米", "approx", "孵化面积约32万平方米"),
    F("other", "在孵企业", 1350, "家", "over", "在孵企业1,350余家"),
    F("other", "孵化载体新增毕业企业", 47, "家", "exact", "新增毕业企业47家", year=2024),
    F("other", "毕业企业在科创板或北交所上市", 3, "家", "exact", "其中3家企业在科创板或北交所上市", year=2024),
    # （四）
    F("service", "1—5月政策宣讲和企业走访活动", 26, "场", "exact", "政策宣讲和企业走访活动26场"),
    F("service", "1—5月服务企业", 600, "家次", "nearly", "服务企业近600家次"),
    F("service", "1—5月收集企业诉求", 83, "件", "exact", "收集企业诉求83件"),
    F("service", "1—5月办结企业诉求", 79, "件", "exact", "已办结79件"),
    F("satisfaction", "1—5月企业诉求办结率", 95.2, "%", "exact", "办结率95.2%"),
    # 二、下一步 (targets of 2025 itself ※)
    F("other", "新增科技型中小企业评价入库", 1200, "家", "over", "新增科技型中小企业评价入库1,200家以上", role="target"),
    F("other", "有效期内高新技术企业", 1100, "家", "over", "有效期内高新技术企业突破1,100家", role="target"),
    F("finance", "“科技贷”贴息金额", 1500, "万元", "exact", "全年贴息规模扩大至1,500万元", role="target"),
    F("service", "新增“科技贷”支持企业", 150, "家", "over", "新增支持企业不少于150家", role="target"),
    F("other", "新增市级众创空间", 2, "家", "exact", "新增市级众创空间2家", role="target"),
    F("other", "共建概念验证中心", 3, "个", "over", "共建概念验证中心不少于3个", role="target"),
    F("other", "科技型中小企业服务会商专题会议（每季度）", 1, "次", "over", "每季度至少召开1次专题会议", role="target"),
]
write(N88, "other", "上海市普陀区科学技术委员会", ["普陀区科学技术委员会"], 2025, "2025-06-18", n88, [])

# ---------------------------------------------------------------- n89 HTML news page (other)
N89 = "n89_stcsm_gqjc_news2025.html"
YEAR = 2025
L89 = lines_of(N89)


def hcell(label, i):
    row = next(l for l in L89 if l.startswith("<tr><td>" + label + "</td>"))
    cells = row[len("<tr><td>"):-len("</td></tr>")].split(CELL)
    return CELL.join(cells[:i + 1]), float(cells[i].replace(",", ""))


n89 = [
    F("other", "各区综合指数平均得分", 71.2, "分", "exact", "综合指数平均得分为71.2分", True),
    F("growth", "各区综合指数平均得分比上年提高", 1.8, "分", "exact", "71.2分，比上年提高1.8分", True, "change"),
    F("other", "监测覆盖区", 16, "个", "exact", "全市16个区科技创新发展综合指数"),
    F("other", "浦东新区综合指数得分", 86.4, "分", "exact", "浦东新区综合指数得分为86.4分，位列第一；全市", True),
    F("other", "全市全社会研发经费投入强度", 4.52, "%", "exact", "全市全社会研发经费投入强度达到4.52%", True),
    F("output", "全市每万人口高价值发明专利拥有量", 56.8, "件", "exact", "每万人口高价值发明专利拥有量达到56.8件", True),
    F("finance", "全市技术合同成交额", 5912.6, "亿元", "exact", "技术合同成交额5,912.6亿元", True),
    F("growth", "全市技术合同成交额同比增长", 12.8, "%", "exact", "5,912.6亿元，同比增长12.8%", True, "change"),
    # 一、监测体系
    F("other", "监测一级指标", 4, "个", "exact", "4个一级指标"),
    F("other", "监测二级指标", 28, "个", "exact", "28个二级指标"),
    F("other", "监测覆盖区", 16, "个", "exact", "监测范围覆盖全市16个区"),
    # 二、主要结果
    F("other", "浦东新区综合指数得分", 86.4, "分", "exact", "浦东新区综合指数得分为86.4分，位列第一；徐汇区"),
    F("other", "徐汇区综合指数得分", 82.7, "分", "exact", "徐汇区、闵行区分别以82.7分、80.1分"),
    F("other", "闵行区综合指数得分", 80.1, "分", "exact", "徐汇区、闵行区分别以82.7分、80.1分"),
    F("other", "综合指数得分80分以上的区", 3, "个", "exact", "综合指数得分80分以上的区共3个"),
    F("growth", "综合指数得分80分以上的区比上年增加", 1, "个", "exact", "比上年增加1个", role="change"),
    F("growth", "嘉定区综合指数得分比上年提高", 3.6, "分", "exact", "嘉定区综合指数得分比上年提高3.6分", role="change"),
    F("growth", "松江区综合指数得分比上年提高", 2.9, "分", "exact", "松江区、长宁区分别提高2.9分和2.4分", role="change"),
    F("growth", "长宁区综合指数得分比上年提高", 2.4, "分", "exact", "松江区、长宁区分别提高2.9分和2.4分", role="change"),
    F("other", "杨浦区研发经费投入强度", 6.14, "%", "exact", "杨浦区研发经费投入强度达到6.14%"),
    F("other", "列入监测表的区", 8, "个", "exact", "列入下表的8个区中"),
    F("other", "列入监测表的区中研发经费投入强度超过4%的区", 6, "个", "exact", "有6个区研发经费投入强度超过4%"),
    F("output", "徐汇区每万人口高价值发明专利拥有量", 96.4, "件", "exact", "徐汇区每万人口高价值发明专利拥有量达到96.4件"),
    F("other", "徐汇区每万人口高价值发明专利拥有量相当于全市平均水平", 1.7, "倍", "exact", "是全市平均水平的1.7倍"),
    F("finance", "浦东新区技术合同成交额", 1352.8, "亿元", "exact", "浦东新区技术合同成交额1,352.8亿元"),
    F("finance", "浦东新区技术合同成交额", 1173.2, "亿元", "exact", "（2024年为1,173.2亿元）", role="baseline", year=2024),
    F("growth", "浦东新区技术合同成交额同比增长", 15.3, "%", "exact", "1,173.2亿元），同比增长15.3%", role="change"),
    F("growth", "静安区技术合同成交额同比增长", 21.6, "%", "exact", "静安区技术合同成交额同比增长21.6%", role="change"),
    F("other", "列入监测表的区", 8, "个", "exact", "综合指数得分居前的8个区"),
    F("other", "列入监测表的区", 8, "个", "exact", "上述8个区技术合同成交额合计"),
    F("finance", "列入监测表的区技术合同成交额合计", 5043.6, "亿元", "exact", "技术合同成交额合计5,043.6亿元"),
    F("other", "列入监测表的区技术合同成交额占全市比重", 85.3, "%", "exact", "占全市技术合同成交额的85.3%", role="share"),
]
COLS = [("综合指数得分", "other", "分"), ("研发经费投入强度", "other", "%"),
        ("每万人口高价值发明专利拥有量", "output", "件"), ("技术合同成交额", "finance", "亿元")]
for d in ["浦东新区", "徐汇区", "闵行区", "杨浦区", "嘉定区", "松江区", "静安区", "长宁区"]:
    for i, (col, cat, meas) in enumerate(COLS, 1):
        q, v = hcell(d, i)
        n89.append(F(cat, d + col, v, meas, "exact", q))
n89 += [
    F("other", "全市全社会研发经费投入强度", 4.6, "%", "approx", "研发经费投入强度达到4.6%左右", role="target", year=2026),
    F("output", "全市每万人口高价值发明专利拥有量", 60, "件", "over", "拥有量达到60件以上", role="target", year=2026),
]
write(N89, "other", "上海市科学技术委员会", ["市科委"], 2025, "2026-02-26", n89, [])

# ---------------------------------------------------------------- n90 科技创新券兑付公示 (other)
N90 = "n90_fengxian_kw_kjcxq2025.txt"
YEAR = 2025
L90 = lines_of(N90)
ROWS = [l.split("\t") for l in L90 if "\t" in l and l.split("\t")[0].isdigit()]
n90 = [
    F("service", "第二批科技创新券兑付企业", 86, "家", "exact", "本批次共兑付企业86家", True),
    F("service", "第二批科技创新券涉及服务机构", 42, "家", "exact", "涉及服务机构42家", True),
    F("finance", "第二批科技创新券兑付金额", 1286.5, "万元", "exact", "兑付金额合计1,286.5万元", True),
    F("finance", "第二批科技创新券兑付金额", 1189.0, "万元", "exact", "比2024年第二批（1,189.0万元）", role="baseline", year=2024),
    F("growth", "第二批科技创新券兑付金额同比增长", 8.2, "%", "exact", "（1,189.0万元）增长8.2%", True, "change"),
    F("service", "第二批科技创新券兑付高新技术企业", 52, "家", "exact", "其中高新技术企业52家"),
    F("finance", "第二批高新技术企业兑付金额", 812.3, "万元", "exact", "兑付金额812.3万元"),
    F("other", "第二批高新技术企业兑付金额占比", 63.1, "%", "exact", "占本批次兑付金额的63.1%", True, "share"),
    F("service", "第二批科技创新券兑付科技型中小企业", 34, "家", "exact", "科技型中小企业34家"),
    F("finance", "第二批科技型中小企业兑付金额", 474.2, "万元", "exact", "兑付金额474.2万元"),
    F("finance", "第二批检验检测服务兑付金额", 568.4, "万元", "exact", "检验检测服务兑付568.4万元"),
    F("finance", "第二批研发设计服务兑付金额", 412.6, "万元", "exact", "研发设计服务兑付412.6万元"),
    F("finance", "第二批技术转移与知识产权服务兑付金额", 305.5, "万元", "exact", "技术转移与知识产权服务兑付305.5万元"),
    F("finance", "第二批单家企业最高兑付金额", 30.0, "万元", "exact", "单家企业兑付金额最高为30.0万元"),
    F("finance", "第二批平均每家企业兑付金额", 15.0, "万元", "approx", "平均每家企业兑付约15.0万元"),
    F("service", "第二批兑付金额10万元以上企业", 15, "家", "exact", "本批次兑付金额10万元以上的企业共15家"),
    F("finance", "第二批兑付金额10万元以上企业兑付金额小计", 298.6, "万元", "exact", "兑付金额小计298.6万元"),
    F("service", "第二批其余兑付企业", 71, "家", "exact", "其余71家企业兑付金额合计"),
    F("finance", "第二批其余企业兑付金额", 987.9, "万元", "exact", "兑付金额合计987.9万元"),
]
for r in ROWS:  # TAB cells: measure "" (QUANTITIES rule 1 ※), whole row as quote
    n90.append(F("finance", r[1] + "科技创新券兑付金额", float(r[3]), "", "exact", "\t".join(r)))
tot = next(l for l in L90 if l.startswith("合计\t"))
n90.append(F("finance", "第二批兑付金额10万元以上企业兑付金额小计", float(tot.split("\t")[-1]), "", "exact", tot))
n90 += [
    F("other", "全年科技创新券兑付批次", 2, "批次", "exact", "今年累计兑付科技创新券两批次"),
    F("service", "全年累计兑付企业", 158, "家", "exact", "兑付企业158家", True),
    F("finance", "全年累计兑付金额", 2342.8, "万元", "exact", "兑付金额2,342.8万元", True),
    F("finance", "年度兑付计划", 3000, "万元", "exact", "完成年度兑付计划3,000万元", role="target"),
    F("other", "全年累计兑付金额完成年度兑付计划比例", 78.1, "%", "exact", "3,000万元的78.1%", True, "share"),
    F("service", "第一批科技创新券兑付企业", 72, "家", "exact", "其中第一批兑付企业72家"),
    F("finance", "第一批科技创新券兑付金额", 1056.3, "万元", "exact", "兑付金额1,056.3万元"),
    F("service", "首次申领科技创新券的企业", 96, "家", "exact", "首次申领科技创新券的企业96家"),
    F("other", "首次申领科技创新券的企业占累计兑付企业比重", 60.8, "%", "exact", "96家，占60.8%", role="share"),
]
write(N90, "other", "上海市奉贤区科学技术委员会", ["奉贤区科学技术委员会", "区科委"], 2025, "2025-08-29", n90, [])
print("gold written")
