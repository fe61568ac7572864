#!/usr/bin/env python3
"""Writes gold/ for n139–n142 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
n139's table facts come from T(subject, label, i, value, measure): the quote is the HTML row's text from its label
cell (after `<tr><td>`) through cell i (1 单位, 2 绝对值, 3 比上年同期增长), the `</td><td>` markup kept (heldout33's n130
convention). The value is typed by hand and check.py compares it with the cell.
"""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GOLD = os.path.join(ROOT, "gold")
CELL = "</td><td>"
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


# ---------------------------------------------------------------- n139 district statistics bureau, 2024 Q1–Q3 (HTML)
YEAR = 2024
ROWS139 = {  # label -> (单位, 绝对值 as written, 增长 as written), typed from the table
    "地区生产总值": ("亿元", "2086.35", "5.2"), "第一产业增加值": ("亿元", "5.24", "0.8"),
    "第二产业增加值": ("亿元", "812.40", "4.8"), "第三产业增加值": ("亿元", "1268.71", "5.6"),
    "规模以上工业总产值": ("亿元", "3125.60", "4.1"), "其中：战略性新兴产业产值": ("亿元", "1406.52", "9.3"),
    "社会消费品零售总额": ("亿元", "1198.37", "3.6"), "固定资产投资": ("亿元", "—", "7.9"),
    "其中：工业投资": ("亿元", "—", "12.5"), "一般公共预算收入": ("亿元", "286.54", "2.9"),
    "其中：税收收入": ("亿元", "248.19", "3.4")}


def T(cat, subj, label, i, val, meas, role="actual"):
    q = CELL.join([label] + list(ROWS139[label][:i]))
    return F(cat, subj, val, meas, "exact", q, False, role)


P = "前三季度"  # ※ year-to-date figures: actuals of 2024 with the period in the subject
n139 = [
    # lead paragraph (key)
    F("finance", P + "地区生产总值", 2086.35, "亿元", "exact", "实现地区生产总值2086.35亿元", True),
    F("growth", P + "地区生产总值同比增长", 5.2, "%", "exact", "比上年同期增长5.2%", True, "change"),
    F("growth", P + "地区生产总值增速比上半年提高", 0.3, "个百分点", "exact", "增速比上半年提高0.3个百分点", role="change"),
    F("finance", P + "规模以上工业总产值", 3125.6, "亿元", "exact", "规模以上工业总产值3125.60亿元", True),
    F("growth", P + "规模以上工业总产值同比增长", 4.1, "%", "exact", "3125.60亿元，增长4.1%", role="change"),
    F("finance", P + "社会消费品零售总额", 1198.37, "亿元", "exact", "社会消费品零售总额1198.37亿元", True),
    F("growth", P + "社会消费品零售总额同比增长", 3.6, "%", "exact", "1198.37亿元，增长3.6%", role="change"),
    F("growth", P + "固定资产投资同比增长", 7.9, "%", "exact", "固定资产投资增长7.9%", True, "change"),
    F("finance", P + "一般公共预算收入", 286.54, "亿元", "exact", "一般公共预算收入286.54亿元", True),
    F("growth", P + "一般公共预算收入同比增长", 2.9, "%", "exact", "286.54亿元，增长2.9%", role="change"),
    # structure paragraph
    F("other", P + "第三产业增加值占地区生产总值比重", 60.8, "%", "exact", "第三产业增加值占地区生产总值的比重为60.8%", role="share"),
    F("other", P + "战略性新兴产业产值占规模以上工业总产值比重", 45.0, "%", "exact",
      "战略性新兴产业产值占规模以上工业总产值的比重为45.0%", role="share"),
    F("growth", P + "战略性新兴产业产值占规模以上工业总产值比重比上年同期提高", 2.1, "个百分点", "exact",
      "比上年同期提高2.1个百分点", role="change"),
    F("other", P + "税收收入占一般公共预算收入比重", 86.6, "%", "exact", "税收收入占一般公共预算收入的比重为86.6%", role="share"),
    # table: every figure cell (the 单位 cell is the measure; 增长 cells take % from the header); copies are key false
    T("finance", P + "地区生产总值", "地区生产总值", 2, 2086.35, "亿元"),
    T("growth", P + "地区生产总值同比增长", "地区生产总值", 3, 5.2, "%", "change"),
    T("finance", P + "第一产业增加值", "第一产业增加值", 2, 5.24, "亿元"),
    T("growth", P + "第一产业增加值同比增长", "第一产业增加值", 3, 0.8, "%", "change"),
    T("finance", P + "第二产业增加值", "第二产业增加值", 2, 812.4, "亿元"),
    T("growth", P + "第二产业增加值同比增长", "第二产业增加值", 3, 4.8, "%", "change"),
    T("finance", P + "第三产业增加值", "第三产业增加值", 2, 1268.71, "亿元"),
    T("growth", P + "第三产业增加值同比增长", "第三产业增加值", 3, 5.6, "%", "change"),
    T("finance", P + "规模以上工业总产值", "规模以上工业总产值", 2, 3125.6, "亿元"),
    T("growth", P + "规模以上工业总产值同比增长", "规模以上工业总产值", 3, 4.1, "%", "change"),
    T("finance", P + "战略性新兴产业产值", "其中：战略性新兴产业产值", 2, 1406.52, "亿元"),
    T("growth", P + "战略性新兴产业产值同比增长", "其中：战略性新兴产业产值", 3, 9.3, "%", "change"),
    T("finance", P + "社会消费品零售总额", "社会消费品零售总额", 2, 1198.37, "亿元"),
    T("growth", P + "社会消费品零售总额同比增长", "社会消费品零售总额", 3, 3.6, "%", "change"),
    T("growth", P + "固定资产投资同比增长", "固定资产投资", 3, 7.9, "%", "change"),
    T("growth", P + "工业投资同比增长", "其中：工业投资", 3, 12.5, "%", "change"),
    T("finance", P + "一般公共预算收入", "一般公共预算收入", 2, 286.54, "亿元"),
    T("growth", P + "一般公共预算收入同比增长", "一般公共预算收入", 3, 2.9, "%", "change"),
    T("finance", P + "税收收入", "其中：税收收入", 2, 248.19, "亿元"),
    T("growth", P + "税收收入同比增长", "其中：税收收入", 3, 3.4, "%", "change"),
]

# ---------------------------------------------------------------- n140 press-conference transcript, 2023-07-20
YEAR = 2023
H_ = "上半年"  # ※ half-year figures: actuals of 2023 with the period in the subject
n140 = [
    # 发布人's headline paragraph (key)
    F("finance", H_ + "社会消费品零售总额", 8765.2, "亿元", "exact", "社会消费品零售总额8,765.2亿元", True),
    F("growth", H_ + "社会消费品零售总额同比增长", 14.8, "%", "exact", "8,765.2亿元，同比增长14.8%", True, "change"),
    F("finance", H_ + "货物进出口总额", 20718.4, "亿元", "exact", "货物进出口总额20,718.4亿元", True),
    F("growth", H_ + "货物进出口总额同比增长", 0.9, "%", "exact", "20,718.4亿元，同比增长0.9%", role="change"),
    F("finance", H_ + "实际使用外资", 126.35, "亿美元", "exact", "实际使用外资126.35亿美元", True),
    F("growth", H_ + "实际使用外资同比增长", 8.1, "%", "exact", "126.35亿美元，同比增长8.1%", role="change"),
    F("service", H_ + "新设外资企业", 3012, "家", "exact", "新设外资企业3,012家", True),
    F("growth", H_ + "新设外资企业同比增长", 45.6, "%", "exact", "3,012家，同比增长45.6%", role="change"),
    # 消费 / 外贸 / 外资 paragraphs
    F("finance", H_ + "网络零售额", 1915.6, "亿元", "exact", "网络零售额1,915.6亿元"),
    F("growth", H_ + "网络零售额同比增长", 12.3, "%", "exact", "1,915.6亿元，增长12.3%", role="change"),
    F("other", H_ + "网络零售额占社会消费品零售总额比重", 21.9, "%", "exact", "占社会消费品零售总额的21.9%", role="share"),
    F("service", "五五购物节促消费活动", 1200, "场", "over", "举办各类促消费活动1,200余场"),
    F("service", H_ + "新引进首店", 612, "家", "exact", "新引进首店612家"),
    F("finance", H_ + "出口", 8245.3, "亿元", "exact", "出口8,245.3亿元"),
    F("growth", H_ + "出口同比增长", 6.2, "%", "exact", "8,245.3亿元，增长6.2%", role="change"),
    F("finance", H_ + "进口", 12473.1, "亿元", "exact", "进口12,473.1亿元"),
    F("growth", H_ + "进口同比下降", 2.3, "%", "exact", "12,473.1亿元，下降2.3%", role="change"),
    F("finance", H_ + "实际使用外资", 116.88, "亿美元", "exact", "去年同期为116.88亿美元", role="baseline", year=2022),
    F("other", "新认定跨国公司地区总部", 30, "家", "exact", "新认定跨国公司地区总部30家"),
    F("other", "跨国公司地区总部", 921, "家", "exact", "累计达到921家"),
    F("other", "新增外资研发中心", 12, "家", "exact", "新增外资研发中心12家"),
    F("other", "外资研发中心", 573, "家", "exact", "累计达到573家"),
    # answers (the reporters' premises 8.2%, 超过600家, 239.56亿美元 are not labelled ※)
    F("finance", H_ + "汽车类零售额", 1312.7, "亿元", "exact", "汽车类零售额1,312.7亿元"),
    F("growth", H_ + "汽车类零售额同比增长", 28.4, "%", "exact", "1,312.7亿元，增长28.4%", role="change"),
    F("finance", H_ + "餐饮收入", 724.6, "亿元", "exact", "餐饮收入724.6亿元"),
    F("growth", H_ + "餐饮收入同比增长", 66.9, "%", "exact", "724.6亿元，增长66.9%", role="change"),
    F("service", H_ + "新引进首店", 612, "家", "exact", "上半年全市新引进首店612家"),
    F("service", H_ + "新引进亚洲首店及以上级别首店", 9, "家", "exact", "亚洲首店及以上级别首店9家"),
    F("service", H_ + "新引进全国首店", 98, "家", "exact", "全国首店98家"),
    F("service", H_ + "新引进零售类首店", 276, "家", "exact", "零售类首店276家"),
    F("other", H_ + "零售类首店占新引进首店比重", 45.1, "%", "exact", "276家，占45.1%", role="share"),
    F("service", "新设外资企业", 6000, "家", "over", "力争全年新设外资企业6,000家以上", role="target"),
    F("finance", "实际使用外资", 240, "亿美元", "approx", "实际使用外资保持在240亿美元左右", role="target"),
    F("growth", H_ + "重点商圈客流量同比增长", 38.7, "%", "exact", "重点商圈客流量同比增长38.7%", role="change"),
    F("other", H_ + "夜间消费额占全天消费额比重", 31.4, "%", "exact", "夜间消费额占全天消费额的比重为31.4%", role="share"),
]

# ---------------------------------------------------------------- n141 district 科协 work summary 2022 (Markdown)
YEAR = 2022
n141 = [
    # headline paragraph (key)
    F("service", "科普活动", 1200, "场", "over", "全年举办科普活动一千二百余场", True),
    F("service", "科普活动服务群众", 35, "万人次", "exact", "服务群众三十五万人次", True),
    F("people", "新增个人会员", 460, "名", "exact", "新增个人会员四百六十名", True),
    F("service", "服务企业", 180, "家", "exact", "组织科技工作者服务企业一百八十家", True),
    F("other", "街道科协组织覆盖率", 100, "%", "exact", "街道科协组织覆盖率达到百分之百", True),
    F("honour", "市级以上荣誉", 3, "项", "exact", "获得市级以上荣誉三项", True),
    # （一）科学普及
    F("service", "科普活动", 1236, "场", "exact", "全年共举办科普活动1,236场"),
    F("growth", "科普活动同比增长", 8.6, "%", "exact", "1,236场，比上年增长8.6%", role="change"),
    F("service", "科普活动", 1138, "场", "exact", "上年为1,138场", role="baseline", year=2021),
    F("service", "线上科普活动", 412, "场", "exact", "其中线上活动四百一十二场"),
    F("other", "线上科普活动占科普活动比重", 33.3, "%", "exact", "四百一十二场，占33.3%", role="share"),
    F("service", "全国科普日期间科普活动", 205, "场", "exact", "全国科普日期间举办活动二百零五场"),
    F("service", "科普活动服务群众", 35, "万人次", "exact", "服务群众共计三十五万人次"),
    F("growth", "科普活动服务群众同比下降", 4.1, "%", "exact", "同比下降4.1%", role="change"),
    F("output", "青少年科技创新大赛获奖作品", 117, "件", "exact", "获奖作品一百一十七件"),
    F("output", "青少年科技创新大赛一等奖作品", 9, "件", "exact", "其中一等奖九件"),
    # （二）组织建设
    F("people", "新增个人会员", 460, "名", "exact", "全年发展个人会员四百六十名"),
    F("people", "个人会员", 3215, "名", "exact", "会员总数达到三千二百一十五名"),
    F("other", "新建企业科协", 5, "家", "exact", "新建企业科协五家"),
    F("other", "企业科协", 28, "家", "exact", "累计达到二十八家"),
    F("other", "街道（镇）科协", 10, "个", "exact", "10个街道（镇）科协实现全覆盖"),
    # （三）服务创新
    F("service", "服务企业", 180, "家", "exact", "平台服务企业一百八十家"),
    F("growth", "服务企业同比增加", 30, "家", "exact", "同比增加三十家", role="change"),
    F("service", "产学研合作项目", 42, "项", "exact", "促成产学研合作项目四十二项"),
    F("finance", "产学研合作项目合同金额", 1350, "万元", "exact", "合同金额一千三百五十万元"),
    F("service", "科技工作者培训", 26, "期", "exact", "举办科技工作者培训二十六期"),
    F("service", "科技工作者培训人次", 1800, "人次", "exact", "培训一千八百人次"),
    # 二、2023年工作计划 (targets of 2023)
    F("service", "科普活动", 1300, "场", "over", "举办科普活动不少于一千三百场", role="target", year=2023),
    F("service", "科普活动服务群众", 40, "万人次", "over", "服务群众四十万人次以上", role="target", year=2023),
    F("people", "新增个人会员", 500, "名", "over", "新增个人会员五百名以上", role="target", year=2023),
    F("other", "新建企业科协", 3, "家", "exact", "新建企业科协三家", role="target", year=2023),
    F("service", "服务企业", 200, "家", "exact", "平台服务企业二百家", role="target", year=2023),
]
h141 = [
    H("全国科普日活动优秀组织单位", "national", "上海市长宁区科学技术协会", "中国科协", 2022,
      "区科协被中国科协评为“2022年全国科普日活动优秀组织单位”"),
    H("上海市科普教育基地", "municipal", "长宁区青少年科技活动中心", "上海市科委", 2022,
      "长宁区青少年科技活动中心被上海市科委命名为“上海市科普教育基地”"),
    H("上海市优秀科普志愿服务团队", "municipal", "区科协科普志愿者服务队", None, 2022,
      "区科协科普志愿者服务队获评“上海市优秀科普志愿服务团队”"),
]

# ---------------------------------------------------------------- n142 district S&T statistical bulletin 2018 (pdftotext)
YEAR = 2018
R = "R&D经费支出"
n142 = [
    F("finance", R, 218.64, "亿元", "exact", "研究与试验发展（R&D）经费支出218.64亿元", True),
    F("growth", R + "比上年增长", 11.3, "%", "exact", "218.64亿元，比上年增长11.3%", True, "change"),
    F("finance", R, 196.45, "亿元", "exact", "2017年为196.45亿元", role="baseline", year=2017),
    F("other", R + "相当于地区生产总值比重", 8.12, "%", "exact", "R&D经费支出相当于全区生产总值的比重为8.12%", True, "share"),
    F("growth", R + "相当于地区生产总值比重比上年提高", 0.21, "个百分点", "exact", "比上年提高0.21个百分点", role="change"),
    F("other", R + "相当于地区生产总值比重", 7.91, "%", "exact", "2017年为7.91%", role="baseline", year=2017),
    F("finance", "基础研究经费支出", 16.83, "亿元", "exact", "基础研究经费支出16.83亿元"),
    F("growth", "基础研究经费支出比上年增长", 15.2, "%", "exact", "16.83亿元，比上年增长15.2%", role="change"),
    F("other", "基础研究经费占R&D经费支出比重", 7.7, "%", "exact", "占R&D经费支出的比重为7.7%", role="share"),
    F("finance", "应用研究经费支出", 32.58, "亿元", "exact", "应用研究经费支出32.58亿元"),
    F("other", "应用研究经费占R&D经费支出比重", 14.9, "%", "exact", "32.58亿元，占14.9%", role="share"),
    F("finance", "试验发展经费支出", 169.23, "亿元", "exact", "试验发展经费支出169.23亿元"),
    F("other", "试验发展经费占R&D经费支出比重", 77.4, "%", "exact", "169.23亿元，占77.4%", role="share"),
    F("finance", "企业" + R, 136.72, "亿元", "exact", "企业R&D经费支出136.72亿元"),
    F("growth", "企业" + R + "比上年增长", 12.6, "%", "exact", "136.72亿元，比上年增长12.6%", role="change"),
    F("other", "企业" + R + "占R&D经费支出比重", 62.5, "%", "exact", "占全区R&D经费支出的比重为62.5%", role="share"),
    F("finance", "研究机构" + R, 48.15, "亿元", "exact", "研究机构R&D经费支出48.15亿元"),
    F("finance", "高等学校" + R, 33.77, "亿元", "exact", "高等学校R&D经费支出33.77亿元"),
    F("people", "R&D人员折合全时当量", 5.86, "万人年", "exact", "R&D人员折合全时当量5.86万人年", True),
    F("growth", "R&D人员折合全时当量比上年增长", 6.9, "%", "exact", "5.86万人年，比上年增长6.9%", role="change"),
    F("people", "R&D人员折合全时当量", 5.48, "万人年", "exact", "2017年为5.48万人年", role="baseline", year=2017),
    F("output", "专利申请量", 18426, "件", "exact", "全年专利申请量18,426件", True),
    F("growth", "专利申请量比上年增长", 9.4, "%", "exact", "18,426件，比上年增长9.4%", role="change"),
    F("output", "发明专利申请量", 10213, "件", "exact", "发明专利申请量10,213件"),
    F("other", "发明专利申请量占专利申请量比重", 55.4, "%", "exact", "占专利申请量的比重为55.4%", role="share"),
    F("output", "专利授权量", 8952, "件", "exact", "专利授权量8,952件", True),
    F("growth", "专利授权量比上年增长", 12.1, "%", "exact", "8,952件，比上年增长12.1%", role="change"),
    F("output", "发明专利授权量", 3486, "件", "exact", "发明专利授权量3,486件"),
    F("growth", "发明专利授权量比上年增长", 18.7, "%", "exact", "3,486件，比上年增长18.7%", role="change"),
    F("output", "有效发明专利拥有量", 28734, "件", "exact", "有效发明专利拥有量28,734件"),
    F("output", "每万人口发明专利拥有量", 263.4, "件", "exact", "每万人口发明专利拥有量263.4件"),
    F("finance", "技术合同成交金额", 186.52, "亿元", "exact", "技术合同成交金额186.52亿元", True),
    F("growth", "技术合同成交金额比上年增长", 21.5, "%", "exact", "186.52亿元，比上年增长21.5%", role="change"),
    F("other", "高新技术企业", 1682, "家", "exact", "有效期内高新技术企业1,682家", True),
    F("growth", "高新技术企业比上年末增加", 236, "家", "exact", "比上年末增加236家", role="change"),
    F("other", "高新技术企业", 1446, "家", "exact", "2017年末为1,446家", role="baseline", year=2017),
    F("finance", "地区生产总值", 2692.6, "亿元", "exact", "全区生产总值2,692.6亿元"),
]

if __name__ == "__main__":
    os.makedirs(GOLD, exist_ok=True)
    write("n139_jiading_tjj_kb2024_q3.html", "other", "上海市嘉定区统计局", ["嘉定区统计局"], 2024, "2024-10-29", n139, [])
    write("n140_shsw_fbh2023_07.txt", "other", "上海市商务委员会", ["市商务委员会"], 2023, "2023-07-20", n140, [])
    write("n141_changning_kx_zj2022.md", "work-summary", "上海市长宁区科学技术协会", ["区科协"], 2022, "2023-01-16",
          n141, h141)
    write("n142_xuhui_kjtjgb2018.txt", "other", "上海市徐汇区科学技术委员会", [], 2018, "2019-05-20", n142, [])
