#!/usr/bin/env python3
"""Writes gold/ for n147–n150 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
n150 (feed): A(aid)(…) gives the same row plus `article` (the aid) and `date` (the article's 时间time).
n149's table facts come from tcell(label, i) = the row's text from its label cell through cell i, `</td><td>` kept.
"""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GOLD = os.path.join(ROOT, "gold")
sys.path.insert(0, ROOT)
from check import read  # the same line reader check.py and scan.py use
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


# ---------------------------------------------------------------- n147 黄浦区科委 slide deck (work-summary)
N147 = "n147_huangpu_kw_pptdg2025.txt"
YEAR = 2025
n147 = [
    # 第3页 年度概览 (key)
    F("service", "服务科技企业", 1286, "家", "exact", "服务科技企业 1286家", True),
    F("growth", "服务科技企业同比增长", 12.4, "%", "exact", "↑12.4%", True, "change"),
    F("service", "服务科技企业", 1144, "家", "exact", "2024年 1144家", role="baseline", year=2024),
    F("other", "有效期内高新技术企业", 1035, "家", "exact", "有效期内高企 1035家", True),
    F("growth", "有效期内高新技术企业净增", 86, "家", "exact", "净增86家", role="change"),
    F("finance", "技术合同成交额", 86.4, "亿元", "exact", "技术合同成交额 86.4亿元", True),
    F("growth", "技术合同成交额同比增长", 18.2, "%", "exact", "↑18.2%", True, "change"),
    F("finance", "技术合同成交额", 73.1, "亿元", "exact", "2024年 73.1亿元", role="baseline", year=2024),
    F("satisfaction", "企业服务满意度", 98.6, "%", "exact", "企业服务满意度 98.6%", True),
    F("growth", "企业服务满意度同比提高", 1.2, "个百分点", "exact", "同比 +1.2个百分点", role="change"),
    F("other", "数字经济核心产业营收占比", 32.6, "%", "exact", "数字经济核心产业营收占比 32.6%", role="share"),
    F("growth", "数字经济核心产业营收占比同比提高", 3.1, "个百分点", "exact", "同比 +3.1个百分点", role="change"),
    # 第4页 企业服务
    F("service", "走访企业", 642, "家次", "exact", "走访企业 642家次"),
    F("service", "企业诉求", 318, "件", "exact", "企业诉求 318件"),
    F("satisfaction", "企业诉求办结率", 100, "%", "exact", "办结率 100%"),
    F("finance", "科技创新券", 2350, "万元", "exact", "科技创新券 2350万元"),
    F("service", "科技创新券惠及企业", 412, "家", "exact", "惠及企业 412家"),
    F("service", "惠企政策精准推送", 3000, "家次", "over", "超3000家次"),
    F("other", "新增科技小巨人（含培育）企业", 9, "家", "exact", "新增9家"),
    F("other", "科技小巨人（含培育）企业", 48, "家", "exact", "累计48家"),
    # P5 载体与金融
    F("other", "市级以上孵化器众创空间", 27, "家", "exact", "市级以上孵化器/众创空间 27家"),
    F("other", "新增市级以上孵化器众创空间", 3, "家", "exact", "新增3家"),
    F("other", "孵化面积", 18.6, "万平方米", "exact", "孵化面积 18.6万平方米"),
    F("other", "科创载体入驻率", 92.5, "%", "exact", "入驻率 92.5%"),
    F("other", "在孵企业", 930, "家", "exact", "在孵企业 930家"),
    F("other", "毕业企业", 72, "家", "exact", "毕业企业 72家"),
    F("finance", "科技贷款", 15.8, "亿元", "exact", "科技贷款 15.8亿元"),
    F("growth", "科技贷款同比增长", 9.7, "%", "exact", "↑9.7%", role="change"),
    F("service", "投融资对接活动", 24, "场", "exact", "投融资对接 24场"),
    F("finance", "投融资对接金额", 6.2, "亿元", "exact", "对接金额 6.2亿元"),
    # 第6页 人才与科普
    F("people", "引进科技人才", 156, "名", "exact", "引进科技人才 156名"),
    F("people", "领军人才", 12, "名", "exact", "其中领军人才 12名"),
    F("service", "科普活动", 420, "场", "exact", "科普活动 420场"),
    F("service", "科普活动参与", 21.5, "万人次", "exact", "参与 21.5万人次"),
    F("other", "公民具备科学素质比例", 28.6, "%", "exact", "公民科学素质比例 28.6%"),
    F("growth", "公民具备科学素质比例同比提高", 1.6, "个百分点", "exact", "同比 +1.6个百分点", role="change"),
    # P7 荣誉
    F("honour", "入选上海市科技小巨人企业", 3, "家", "exact", "3家企业：2025年度上海市科技小巨人企业"),
    # 第8页 2026年目标
    F("service", "服务科技企业", 1400, "家", "over", "服务科技企业 1400家以上", role="target", year=2026),
    F("finance", "技术合同成交额", 100, "亿元", "over", "突破100亿元", role="target", year=2026),
    F("other", "有效期内高新技术企业", 1100, "家", "approx", "有效期内高企 1100家左右", role="target", year=2026),
    F("satisfaction", "企业服务满意度", 98, "%", "over", "企业服务满意度 不低于98%", role="target", year=2026),
    F("other", "新增市级以上科创载体", 2, "家", "exact", "新增市级以上科创载体 2家", role="target", year=2026),
]
h147 = [
    H("上海市科普工作先进集体", "municipal", "上海市黄浦区科学技术委员会", None, 2025, "区科委：2025年度上海市科普工作先进集体"),
    H("国家级科技企业孵化器", "national", "外滩智谷", "科技部", 2025, "外滩智谷：国家级科技企业孵化器（科技部，2025年）"),
    H("上海市科技小巨人企业", "municipal", "3家企业", None, 2025, "3家企业：2025年度上海市科技小巨人企业"),
]
write(N147, "work-summary", "上海市黄浦区科学技术委员会", ["黄浦区科委", "区科委"], 2025, "2026-01", n147, h147)

# ---------------------------------------------------------------- n148 检验检测认证服务中心 bilingual annual report (csr-report)
N148 = "n148_sticc_zyndbg2024.md"
YEAR = 2024
n148 = [
    # 一、年度概况 (key)
    F("service", "检验检测报告", 12.86, "万份", "exact", "12.86万份", True),
    F("growth", "检验检测报告同比增长", 9.3, "%", "exact", "同比增长9.3%", True, "change"),
    F("service", "服务企业", 4620, "家", "exact", "服务企业4,620家", True),
    F("service", "服务中小微企业", 3512, "家", "exact", "其中中小微企业3,512家"),
    F("other", "中小微企业占服务企业比重", 76.0, "%", "exact", "占76.0%", role="share"),
    F("finance", "营业收入", 3.42, "亿元", "exact", "实现营业收入3.42亿元", True),
    F("growth", "营业收入同比增长", 7.5, "%", "exact", "同比增长7.5%", True, "change"),
    F("finance", "营业收入", 3.18, "亿元", "exact", "2023年为3.18亿元", role="baseline", year=2023),
    F("satisfaction", "客户满意度", 97.8, "%", "exact", "客户满意度97.8%", True),
    # 二、资质与能力
    F("other", "CMA资质认定检测参数", 6850, "项", "exact", "CMA资质认定检测参数达到6,850项"),
    F("other", "CNAS认可参数", 5230, "项", "exact", "CNAS认可参数5,230项"),
    F("growth", "CMA资质认定检测参数比上年增加", 420, "项", "exact", "分别比上年增加420项", role="change"),
    F("growth", "CNAS认可参数比上年增加", 310, "项", "exact", "和310项", role="change"),
    F("other", "实验室总面积", 2.6, "万平方米", "exact", "实验室总面积2.6万平方米"),
    F("other", "主要仪器设备", 1480, "台", "exact", "主要仪器设备1,480台"),
    F("finance", "主要仪器设备原值", 4.96, "亿元", "exact", "原值4.96亿元"),
    F("service", "能力验证和测量审核", 63, "项", "exact", "全年参加能力验证和测量审核63项"),
    F("satisfaction", "能力验证结果满意率", 100, "%", "exact", "结果满意率100%"),
    # 三、认证服务
    F("service", "产品认证证书", 1268, "张", "exact", "全年颁发产品认证证书1,268张"),
    F("service", "管理体系认证证书", 846, "张", "exact", "管理体系认证证书846张"),
    F("service", "认证证书", 2114, "张", "exact", "合计2,114张"),
    F("service", "上海品牌认证评价企业", 38, "家", "exact", "完成“上海品牌”认证评价企业38家"),
    # 四、标准与科研
    F("output", "制修订国家标准", 9, "项", "exact", "国家标准9项"),
    F("output", "制修订行业标准", 14, "项", "exact", "行业标准14项"),
    F("output", "制修订团体标准", 22, "项", "exact", "团体标准22项"),
    F("output", "制修订标准", 45, "项", "exact", "合计45项"),
    F("output", "承担国家和市级科研项目", 17, "项", "exact", "承担国家和市级科研项目17项"),
    F("output", "授权发明专利", 26, "件", "exact", "获授权发明专利26件"),
    # 五、公共服务
    F("service", "免费检测咨询服务", 1.2, "万次", "over", "免费检测咨询服务1.2万余次"),
    F("service", "质量技术培训", 86, "场", "exact", "举办质量技术培训86场"),
    F("service", "质量技术培训人次", 3400, "人次", "over", "培训3,400余人次"),
    F("other", "服务窗口平均办结时间", 3.5, "个工作日", "exact", "平均办结时间缩短至3.5个工作日"),
    F("growth", "服务窗口平均办结时间比上年缩短", 1.2, "个工作日", "exact", "比上年缩短1.2个工作日", role="change"),
    # 六、人才队伍
    F("people", "在职职工", 412, "人", "exact", "年末在职职工412人"),
    F("people", "高级职称职工", 138, "人", "exact", "其中高级职称138人"),
    F("other", "高级职称职工占比", 33.5, "%", "exact", "占33.5%", role="share"),
    F("people", "博士职工", 46, "人", "exact", "博士46人"),
    # 八、2025年展望
    F("service", "检验检测报告", 13.5, "万份", "over", "出具检验检测报告13.5万份以上", role="target", year=2025),
    F("finance", "营业收入", 3.6, "亿元", "approx", "营业收入达到3.6亿元左右", role="target", year=2025),
    F("satisfaction", "客户满意度", 98, "%", "over", "客户满意度保持在98%以上", role="target", year=2025),
]
U148 = "上海市检验检测认证服务中心"
h148 = [
    H("检验检测机构能力验证优秀单位", "national", U148, "国家市场监督管理总局", 2024,
      "中心获评国家市场监督管理总局“2024年度检验检测机构能力验证优秀单位”"),
    H("上海市质量金奖", "municipal", U148, "上海市人民政府", 2024, "中心荣获上海市人民政府颁发的“2024年上海市质量金奖”"),
    H("上海市工人先锋号", "municipal", "电子电器检测所", None, 2024, "中心电子电器检测所获评“上海市工人先锋号”"),
]
write(N148, "csr-report", U148, [], 2024, "2025-03-28", n148, h148)

# ---------------------------------------------------------------- n149 市人大常委会 执法检查报告 (other)
N149 = "n149_shrd_zfjc_kjjbtl2024.html"
YEAR = 2023
_, L149, _ = read(N149)


def tcell(label, i):
    row = next(l for l in L149 if l.startswith("<tr><td>" + label + "</td>"))
    cells = row[len("<tr><td>"):-len("</td></tr>")].split("</td><td>")
    return "</td><td>".join(cells[:i + 1])


S1, S2, S3 = "全社会研发经费支出", "研发经费支出相当于生产总值比例", "技术合同成交额"
n149 = [
    # 检查工作
    F("service", "实地检查区", 16, "个", "exact", "先后赴16个区"),
    F("service", "实地检查单位", 28, "家", "exact", "28家单位实地检查"),
    F("service", "座谈会", 12, "场", "exact", "召开座谈会12场"),
    F("service", "发放调查问卷", 3260, "份", "exact", "发放调查问卷3,260份"),
    F("service", "回收有效问卷", 3015, "份", "exact", "回收有效问卷3,015份"),
    F("other", "问卷有效率", 92.5, "%", "exact", "有效率92.5%", role="share"),
    # 一、主要成效 (key paragraph)
    F("finance", S1, 2049.6, "亿元", "exact", "全市全社会研发经费支出2,049.6亿元", True),
    F("growth", S1 + "2019年至2023年年均增长", 7.7, "%", "exact", "年均增长7.7%", True, "change"),
    F("other", S2, 4.34, "%", "exact", "研发经费支出相当于全市生产总值的比例达到4.34%", True),
    F("growth", S2 + "比2019年提高", 0.34, "个百分点", "exact", "比2019年提高0.34个百分点", role="change"),
    F("finance", S3, 4850.2, "亿元", "exact", "全市技术合同成交额4,850.2亿元", True),
    F("growth", S3 + "比上年增长", 21.1, "%", "exact", "比上年增长21.1%", True, "change"),
    F("other", "有效期内高新技术企业", 24120, "家", "exact", "有效期内高新技术企业24,120家"),
    F("other", "有效期内高新技术企业", 12848, "家", "exact", "2019年（12,848家）", role="baseline", year=2019),
    F("growth", "有效期内高新技术企业是2019年倍数", 1.9, "倍", "exact", "的1.9倍", role="change"),
    F("output", "每万人口高价值发明专利拥有量", 50.2, "件", "exact", "每万人口高价值发明专利拥有量50.2件"),
]
for label, subj, cat, meas in (("全社会研发经费支出（亿元）", S1, "finance", "亿元"), ("研发经费支出相当于生产总值比例（%）", S2, "other", "%"),
                               ("技术合同成交额（亿元）", S3, "finance", "亿元")):
    for i, y in enumerate(range(2019, 2024), 1):
        val = float(tcell(label, i).split("</td><td>")[-1])
        n149.append(F(cat, subj, val, meas, "exact", tcell(label, i), role="actual" if y == 2023 else "baseline", year=y))
n149 += [
    F("other", "全国重点实验室", 45, "家", "exact", "全市拥有全国重点实验室45家"),
    F("other", "市级重点实验室", 142, "家", "exact", "市级重点实验室142家"),
    F("other", "新型研发机构", 78, "家", "exact", "累计备案新型研发机构78家"),
    F("other", "有研发活动的规上工业企业占比", 38.6, "%", "exact", "有研发活动的企业占比38.6%", role="share"),
    F("other", "有研发活动的规上工业企业占比", 31.2, "%", "exact", "比2019年的31.2%", role="baseline", year=2019),
    F("growth", "有研发活动的规上工业企业占比比2019年提高", 7.4, "个百分点", "exact", "提高7.4个百分点", role="change"),
    F("other", "科技小巨人（含培育）企业", 2860, "家", "exact", "科技小巨人（含培育）企业累计达到2,860家"),
    F("output", "高校院所专利转让许可", 5630, "次", "exact", "全市高校院所专利转让、许可5,630次"),
    F("growth", "高校院所专利转让许可比上年增长", 18.6, "%", "exact", "比上年增长18.6%", role="change"),
    # 二、存在的主要问题
    F("other", "条例明确的配套制度", 28, "项", "exact", "条例明确的28项配套制度中"),
    F("other", "已出台配套制度", 23, "项", "exact", "已出台23项"),
    F("satisfaction", "配套制度已出台比例", 82.1, "%", "exact", "占82.1%", True),
    F("other", "尚未出台配套制度", 5, "项", "exact", "仍有5项尚未出台"),
    F("other", "受访企业反映政策知晓但未享受比例", 41.3, "%", "exact", "41.3%的受访企业", role="share"),
    F("other", "基础研究经费占全社会研发经费比重", 10.1, "%", "exact", "基础研究经费占全社会研发经费的比重为10.1%", role="share"),
    F("other", "尚未建立专业化技术转移机构的区", 6, "个", "exact", "全市有6个区尚未建立专业化技术转移机构"),
    # 三、意见和建议 (targets)
    F("other", "出台剩余配套制度", 5, "项", "exact", "出台剩余5项配套制度", role="target", year=2024),
    F("other", S2, 4.4, "%", "approx", "全社会研发经费支出相当于全市生产总值的比例达到4.4%左右", role="target", year=2025),
    F("other", "基础研究经费占全社会研发经费比重", 12, "%", "over", "基础研究经费占比提高到12%以上", role="target", year=2025),
]
write(N149, "other", "上海市人民代表大会常务委员会", ["市人大常委会"], 2023, "2024-01-19", n149, [])

# ---------------------------------------------------------------- n150 奉贤区科技馆 WeChat feed (article-feed)
N150 = "n150_fengxian_kjg_wx2025.json"
_, _, ARTS = read(N150)


def A(aid):
    def f(*a, **k):
        r = F(*a, **k); r["article"] = aid; r["date"] = ARTS[aid][0]["时间time"]; return r
    return f


def AH(aid):
    def f(*a, **k):
        r = H(*a, **k); r["article"] = aid; r["date"] = ARTS[aid][0]["时间time"]; return r
    return f


a, b = A("2650431287_1"), A("2650431402_1")
YEAR = 2025
n150 = [
    # A 2025-12-30 年度回顾 (2025)
    a("service", "接待观众", 38.6, "万人次", "exact", "接待观众38.6万人次", True),
    a("growth", "接待观众同比增长", 15.2, "%", "exact", "同比增长15.2%", True, "change"),
    a("service", "接待观众", 33.5, "万人次", "exact", "2024年为33.5万人次", role="baseline", year=2024),
    a("satisfaction", "观众满意度", 99.1, "%", "exact", "观众满意度99.1%", True),
    a("service", "科普活动", 612, "场", "exact", "612场", True),
    a("service", "馆校合作课程", 286, "场", "exact", "“馆校合作”课程286场"),
    a("service", "馆校合作覆盖中小学", 42, "所", "exact", "覆盖全区中小学42所"),
    a("service", "线上科普直播", 48, "场", "exact", "线上科普直播48场"),
    a("service", "线上科普直播观看", 126.4, "万人次", "exact", "126.4万人次"),
    a("other", "公众号粉丝", 10, "万", "over", "公众号粉丝突破10万"),
    a("other", "新开放展区", 2, "个", "exact", "展区2个"),
    a("other", "新增互动展品", 48, "件", "exact", "新增互动展品48件"),
    a("other", "展品完好率", 98.2, "%", "exact", "展品完好率98.2%"),
    a("people", "注册志愿者", 1260, "名", "exact", "注册志愿者1,260名"),
    a("service", "志愿服务时长", 2.1, "万小时", "exact", "全年志愿服务2.1万小时"),
    a("honour", "市级以上荣誉", 4, "项", "exact", "全年获得市级以上荣誉4项"),
]
YEAR = 2026
n150 += [
    # B 2026-01-08 年度计划 (元旦 actuals of 2026, the 2025 total as baseline, 2026 targets)
    b("service", "元旦假期接待观众", 1.26, "万人次", "exact", "接待观众1.26万人次"),
    b("growth", "元旦假期接待观众同比增长", 8.6, "%", "exact", "同比增长8.6%", role="change"),
    b("service", "接待观众", 38.6, "万人次", "exact", "38.6万人次", role="baseline", year=2025),
    b("service", "接待观众", 40, "万人次", "over", "突破40万人次", role="target"),
    b("service", "科普活动", 650, "场", "over", "650场以上", role="target"),
    b("service", "馆校合作覆盖中小学", 50, "所", "exact", "“馆校合作”覆盖中小学50所", role="target"),
    b("other", "新建流动科技馆站点", 5, "个", "exact", "新建“流动科技馆”站点5个", role="target"),
    b("other", "流动科技馆覆盖街镇", 12, "个", "exact", "实现全区12个街镇全覆盖", role="target"),
    b("satisfaction", "观众满意度", 99, "%", "over", "观众满意度保持在99%以上", role="target"),
]
ha = AH("2650431287_1")
h150 = [
    ha("全国科普教育基地", "national", "上海市奉贤区科技馆", "中国科协", 2025, "科技馆入选中国科协2021—2025年度全国科普教育基地"),
    ha("上海市科普讲解大赛一等奖", "municipal", "张莉", None, 2025, "讲解员张莉获2025年上海市科普讲解大赛一等奖"),
    ha("上海市科普教育创新奖", "municipal", "“AI小创客”项目", None, 2025, "“AI小创客”项目获评2025年度上海市科普教育创新奖"),
]
write(N150, "article-feed", "上海市奉贤区科技馆", ["奉贤区科技馆", "科技馆"], None, None, n150, h150)
