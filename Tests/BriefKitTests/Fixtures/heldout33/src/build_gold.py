#!/usr/bin/env python3
"""Writes gold/ for n127–n130 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
n128 (feed): A(aid)(…) gives the same row plus `article` (the aid) and `date` (the article's 时间time).
n130's table facts come from hcell(label, i) = the HTML row's text from its label (after `<tr><td>`) through cell i,
the `</td><td>` markup kept (heldout23's n89 convention). The value is read from cell i.
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


def write(name, kind, unit, aliases, year, published, facts, honours):
    g = {"document": name, "kind": kind, "unit": unit, "aliases": aliases, "year": year, "published": published,
         "facts": facts, "honours": honours}
    out = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


# ---------------------------------------------------------------- n127 district monthly investment report (other)
N127 = "n127_baoshan_tzcj_yb2025_10.txt"
YEAR = 2025
n127 = [
    # 一、总体情况 (key paragraph): 1—10月 cumulative = actuals of 2025 ※ (no prefix); 上年同期 = baseline 2024 ※
    F("service", "新引进企业", 4862, "户", "exact", "全区累计新引进企业4,862户", True),
    F("growth", "新引进企业同比增长", 11.2, "%", "exact", "4,862户，同比增长11.2%", True, "change"),
    F("service", "新引进企业", 4373, "户", "exact", "上年同期为4,373户", role="baseline", year=2024),
    F("finance", "新增内资注册资本", 612.4, "亿元", "exact", "新增内资注册资本612.4亿元", True),
    F("growth", "新增内资注册资本同比增长", 9.7, "%", "exact", "612.4亿元，同比增长9.7%", role="change"),
    F("finance", "合同外资", 15.05, "亿美元", "exact", "合同外资15.05亿美元", True),
    F("growth", "合同外资同比增长", 12.4, "%", "exact", "15.05亿美元，同比增长12.4%", role="change"),
    F("other", "合同外资完成全年目标比例", 83.6, "%", "exact", "完成全年目标的83.6%", True, "share"),
    F("finance", "实到外资", 7.92, "亿美元", "exact", "实到外资7.92亿美元", True),
    F("other", "实到外资完成全年目标比例", 83.4, "%", "exact", "完成全年目标的83.4%", role="share"),
    F("service", "新引进亿元以上产业项目", 86, "个", "exact", "新引进亿元以上产业项目86个", True),
    F("other", "新引进亿元以上产业项目完成全年目标比例", 86.0, "%", "exact", "完成全年目标的86.0%", role="share"),
    # 二、10月当月 (actuals of 2025, subjects prefixed 10月当月 ※)
    F("service", "10月当月新引进企业", 512, "户", "exact", "全区新引进企业512户"),
    F("growth", "10月当月新引进企业环比增长", 8.7, "%", "exact", "512户，环比增长8.7%", role="change"),
    F("finance", "10月当月合同外资", 1.36, "亿美元", "exact", "合同外资1.36亿美元"),
    F("finance", "10月当月实到外资", 0.74, "亿美元", "exact", "实到外资0.74亿美元"),
    F("service", "10月当月新签约亿元以上产业项目", 9, "个", "exact", "新签约亿元以上产业项目9个"),
    F("finance", "10月当月新签约亿元以上产业项目总投资", 48.2, "亿元", "exact", "总投资48.2亿元"),
    # 三、分项指标
    F("service", "新引进外资企业", 318, "户", "exact", "外资企业318户"),
    F("other", "新引进外资企业占新引进企业比重", 6.5, "%", "exact", "318户，占6.5%", role="share"),
    F("service", "新引进注册资本1亿元以上企业", 127, "户", "exact", "注册资本1亿元以上企业127户"),
    F("service", "新认定跨国公司地区总部", 3, "家", "exact", "新认定跨国公司地区总部3家"),
    F("other", "跨国公司地区总部", 28, "家", "exact", "累计达到28家"),
    # 全年目标 = targets of 2025 itself ※ (same subject as the actual, role target)
    F("finance", "合同外资", 18, "亿美元", "exact", "合同外资全年目标18亿美元", role="target"),
    F("finance", "实到外资", 9.5, "亿美元", "exact", "实到外资全年目标9.5亿美元", role="target"),
    F("service", "新引进亿元以上产业项目", 100, "个", "exact", "新引进亿元以上产业项目全年目标100个", role="target"),
    F("service", "新引进亿元以上产业项目", 86, "个", "exact", "新引进的86个项目"),
    F("finance", "新引进亿元以上产业项目计划总投资", 786.5, "亿元", "exact", "计划总投资786.5亿元"),
    F("service", "新引进先进制造业亿元以上产业项目", 38, "个", "exact", "先进制造业项目38个"),
    F("service", "新引进现代服务业亿元以上产业项目", 31, "个", "exact", "现代服务业项目31个"),
    F("service", "新引进数字经济亿元以上产业项目", 17, "个", "exact", "数字经济项目17个"),
    F("service", "新引进10亿元以上产业项目", 12, "个", "exact", "10亿元以上项目12个"),
    F("service", "新引进亿元以上产业项目已落地", 62, "个", "exact", "已落地62个"),
    F("other", "新引进亿元以上产业项目落地率", 72.1, "%", "exact", "落地率72.1%", role="share"),
    # 四、招商服务
    F("service", "招商推介活动", 46, "场", "exact", "招商推介活动46场"),
    F("service", "走访重点企业", 1260, "家次", "exact", "走访重点企业1,260家次"),
    F("service", "受理企业诉求", 328, "件", "exact", "受理企业诉求328件"),
    F("service", "企业诉求办结", 320, "件", "exact", "办结320件"),
    F("satisfaction", "企业诉求办结率", 97.6, "%", "exact", "办结率97.6%"),
    F("finance", "新引进企业贡献区级税收", 9.86, "亿元", "exact", "贡献区级税收9.86亿元"),
    F("growth", "新引进企业贡献区级税收同比增长", 15.3, "%", "exact", "9.86亿元，同比增长15.3%", role="change"),
    # 五、六、
    F("other", "完成进度低于全区平均水平的街镇（园区）", 4, "个", "exact", "另有4个街镇（园区）"),
    F("growth", "实到外资完成进度低于合同外资", 0.2, "个百分点", "exact", "低0.2个百分点", role="change"),
    # 七、下一步 (targets of 2025: the rest of the year)
    F("service", "11—12月招商推介活动", 10, "场", "over", "招商推介活动不少于10场", role="target"),
    F("service", "新引进企业", 5800, "户", "over", "确保全年新引进企业突破5,800户", role="target"),
    F("service", "已签约未落地亿元以上产业项目", 24, "个", "exact", "已签约未落地的24个亿元以上产业项目"),
    F("other", "新引进亿元以上产业项目落地率", 80, "%", "over", "落地率达到80%以上", role="target"),
    F("service", "受理企业诉求", 328, "件", "exact", "对受理的328件企业诉求"),
]
write(N127, "other", "上海市宝山区投资促进办公室", ["宝山区投资促进办公室"], 2025, "2025-11-06", n127, [])

# ---------------------------------------------------------------- n128 WeChat feed (article-feed)
N128 = "n128_sheitc_gzh_feed2025.json"
ART = {a["文章标识符aid"]: a["时间time"] for a in json.load(open(os.path.join(DOCS, N128), encoding="utf-8"))}


def A(aid):
    def f(*args, **kw):
        d = F(*args, **kw)
        d["article"], d["date"] = aid, ART[aid]
        return d
    return f


def AH(aid, *args):
    h = H(*args)
    h["article"], h["date"] = aid, ART[aid]
    return h


a1, a2, a3, a4, a5 = (A(x) for x in ART)
aids = list(ART)
n128 = [
    # A 2025-01-16: the work meeting reviews 2024 (facts of 2024 ※) and sets 2025 targets
    a1("finance", "规模以上工业总产值", 39652.8, "亿元", "exact", "全市规模以上工业总产值39,652.8亿元", True, year=2024),
    a1("growth", "规模以上工业总产值同比增长", 0.7, "%", "exact", "39,652.8亿元，同比增长0.7%", role="change", year=2024),
    a1("growth", "工业投资同比增长", 12.6, "%", "exact", "工业投资同比增长12.6%", role="change", year=2024),
    a1("finance", "三大先导产业规模", 1.8, "万亿元", "exact", "三大先导产业规模达到1.8万亿元", True, year=2024),
    a1("honour", "新增国家级专精特新“小巨人”企业", 102, "家", "exact", "新增国家级专精特新“小巨人”企业102家", year=2024),
    a1("honour", "国家级专精特新“小巨人”企业", 795, "家", "exact", "累计达到795家", year=2024),
    a1("other", "新建5G基站", 1.2, "万个", "exact", "新建5G基站1.2万个", year=2024),
    a1("other", "5G基站", 9.6, "万个", "exact", "累计达到9.6万个", year=2024),
    a1("growth", "规模以上工业总产值同比增长", 4, "%", "approx", "规模以上工业总产值增长4%左右", role="target", year=2025),
    a1("growth", "工业投资同比增长", 5, "%", "over", "工业投资增长5%以上", role="target", year=2025),
    a1("honour", "新认定专精特新中小企业", 1200, "家", "over", "新认定专精特新中小企业1,200家以上", role="target", year=2025),
    # B 2025-04-22: 一季度 (2025, subjects prefixed 一季度)
    a2("finance", "一季度规模以上工业总产值", 9482.6, "亿元", "exact", "全市规模以上工业总产值9,482.6亿元", True, year=2025),
    a2("growth", "一季度规模以上工业总产值同比增长", 3.2, "%", "exact", "9,482.6亿元，同比增长3.2%", True, "change", 2025),
    a2("finance", "一季度工业战略性新兴产业产值", 4076.3, "亿元", "exact", "工业战略性新兴产业产值4,076.3亿元", year=2025),
    a2("other", "一季度工业战略性新兴产业产值占规模以上工业总产值比重", 43.0, "%", "exact", "比重为43.0%", role="share", year=2025),
    a2("growth", "一季度集成电路制造业产值同比增长", 8.6, "%", "exact", "分别增长8.6%", role="change", year=2025),
    a2("growth", "一季度生物医药制造业产值同比增长", 5.1, "%", "exact", "8.6%、5.1%", role="change", year=2025),
    a2("growth", "一季度人工智能制造业产值同比增长", 12.3, "%", "exact", "5.1%和12.3%", role="change", year=2025),
    # C 2025-07-08: the 2025 list (counts of listed enterprises = honour counts ※)
    a3("honour", "上海市专精特新中小企业名单入选企业", 1846, "家", "exact", "1,846家企业入选", True, year=2025),
    a3("honour", "新认定专精特新中小企业", 1204, "家", "exact", "新认定1,204家", year=2025),
    a3("honour", "复核通过专精特新中小企业", 642, "家", "exact", "复核通过642家", year=2025),
    a3("honour", "浦东新区入选专精特新中小企业", 286, "家", "exact", "浦东新区286家", year=2025),
    a3("honour", "闵行区入选专精特新中小企业", 198, "家", "exact", "闵行区198家", year=2025),
    a3("honour", "嘉定区入选专精特新中小企业", 176, "家", "exact", "嘉定区176家", year=2025),
    a3("honour", "三大先导产业入选专精特新中小企业", 612, "家", "exact", "三大先导产业的企业612家", year=2025),
    a3("other", "三大先导产业企业占入选专精特新中小企业比重", 33.2, "%", "exact", "612家，占33.2%", role="share", year=2025),
    a3("other", "入选专精特新中小企业平均研发投入强度", 7.6, "%", "exact", "平均研发投入强度为7.6%", year=2025),
    a3("output", "入选专精特新中小企业平均拥有有效发明专利", 18.4, "件", "exact", "平均拥有有效发明专利18.4件", year=2025),
    a3("honour", "有效期内专精特新中小企业", 1.1, "万家", "over", "有效期内专精特新中小企业超过1.1万家", year=2025),
    # D 2025-10-28: 前三季度 (2025)
    a4("finance", "前三季度规模以上工业总产值", 29816.4, "亿元", "exact", "全市规模以上工业总产值29,816.4亿元", True, year=2025),
    a4("growth", "前三季度规模以上工业总产值同比增长", 3.8, "%", "exact", "29,816.4亿元，同比增长3.8%", True, "change", 2025),
    a4("growth", "前三季度规模以上工业总产值增速比上半年提高", 0.4, "个百分点", "exact", "增速比上半年提高0.4个百分点", role="change", year=2025),
    a4("growth", "前三季度工业投资同比增长", 9.2, "%", "exact", "工业投资同比增长9.2%", role="change", year=2025),
    a4("growth", "前三季度集成电路制造业产值同比增长", 10.5, "%", "exact", "集成电路制造业产值增长10.5%", role="change", year=2025),
    a4("other", "前三季度新能源汽车产量", 98.6, "万辆", "exact", "新能源汽车产量达到98.6万辆", year=2025),
    a4("growth", "前三季度新能源汽车产量同比增长", 21.4, "%", "exact", "98.6万辆，同比增长21.4%", role="change", year=2025),
    # E 2026-01-20: 数说2025 — its figures are of 2025 ※, one 2026 target
    a5("finance", "规模以上工业总产值", 41286.5, "亿元", "exact", "全市规模以上工业总产值41,286.5亿元", True, year=2025),
    a5("growth", "规模以上工业总产值同比增长", 4.1, "%", "exact", "41,286.5亿元，同比增长4.1%", True, "change", 2025),
    a5("growth", "工业投资同比增长", 8.6, "%", "exact", "工业投资同比增长8.6%", role="change", year=2025),
    a5("finance", "三大先导产业规模", 2, "万亿元", "over", "三大先导产业规模突破2万亿元", year=2025),
    a5("honour", "新增国家级专精特新“小巨人”企业", 118, "家", "exact", "新增国家级专精特新“小巨人”企业118家", year=2025),
    a5("honour", "国家级专精特新“小巨人”企业", 913, "家", "exact", "累计达到913家", year=2025),
    a5("honour", "新认定专精特新中小企业", 1204, "家", "exact", "新认定专精特新中小企业1,204家", year=2025),
    a5("honour", "入选卓越级智能工厂的工厂", 12, "家", "exact", "本市12家工厂入选", year=2025),
    a5("other", "新建5G基站", 1.1, "万个", "exact", "全年新建5G基站1.1万个", year=2025),
    a5("other", "5G基站", 10.7, "万个", "exact", "累计达到10.7万个", year=2025),
    a5("growth", "规模以上工业总产值同比增长", 4, "%", "over", "规模以上工业总产值增长4%以上", role="target", year=2026),
]
n128h = [
    AH(aids[2], "2025年度上海市专精特新中小企业", "municipal", "1,846家企业", "上海市经济和信息化委员会", 2025,
       "上海市经济和信息化委员会公布2025年度上海市专精特新中小企业名单，1,846家企业入选"),
    AH(aids[4], "2025年度卓越级智能工厂", "national", "本市12家工厂", "工业和信息化部", 2025,
       "本市12家工厂入选工业和信息化部“2025年度卓越级智能工厂”名单"),
]
write(N128, "article-feed", "上海市经济和信息化委员会", ["上海经信委"], None, None, n128, n128h)

# ---------------------------------------------------------------- n129 街道 work summary (work-summary)
N129 = "n129_jingan_jd_gzzj2025.md"
YEAR = 2025
n129 = [
    # opening paragraph (key)
    F("service", "为民办实事项目", 15, "项", "exact", "15项为民办实事项目全部完成；", True),
    F("other", "加装电梯", 42, "台", "exact", "既有多层住宅加装电梯42台", True),
    F("other", "老旧小区综合改造", 12.6, "万平方米", "exact", "完成老旧小区综合改造12.6万平方米；", True),
    F("other", "新增就业岗位", 1286, "个", "exact", "新增就业岗位1,286个；", True),
    F("satisfaction", "12345市民服务热线工单按时办结率", 99.6, "%", "exact", "按时办结率99.6%", True),
    F("satisfaction", "12345市民服务热线工单满意率", 96.8, "%", "exact", "满意率96.8%；", True),
    F("finance", "税收", 28.6, "亿元", "exact", "完成税收28.6亿元", True),
    F("growth", "税收同比增长", 4.3, "%", "exact", "28.6亿元，同比增长4.3%", True, "change"),
    # （一）民生保障
    F("service", "为民办实事项目", 15, "项", "exact", "15项为民办实事项目全部完成，累计"),
    F("finance", "为民办实事项目投入资金", 3260, "万元", "exact", "累计投入资金3,260万元"),
    F("service", "社区事务受理服务中心办件", 4.86, "万件", "exact", "全年办件4.86万件"),
    F("other", "“一网通办”线上办理占比", 62.4, "%", "exact", "线上办理占比62.4%", role="share"),
    F("service", "综合为老服务中心服务老年人", 12.3, "万人次", "exact", "服务老年人12.3万人次"),
    F("service", "长者食堂和社区助餐点供餐", 36.5, "万客", "exact", "供餐36.5万客"),
    F("other", "新增社区助餐点", 3, "个", "exact", "新增社区助餐点3个"),
    F("other", "社区助餐点", 11, "个", "exact", "总数达到11个"),
    F("service", "家庭医生签约居民", 3.12, "万人", "exact", "家庭医生签约居民3.12万人"),
    F("other", "辖区常住人口", 6.42, "万人", "exact", "辖区常住人口6.42万人"),
    F("other", "家庭医生签约居民占辖区常住人口比重", 48.6, "%", "exact", "6.42万人的48.6%", role="share"),
    F("other", "新增就业岗位", 1286, "个", "exact", "新增就业岗位1,286个，完成"),
    F("other", "新增就业岗位", 1150, "个", "exact", "完成年度目标1,150个", role="target"),
    F("other", "新增就业岗位完成年度目标比例", 111.8, "%", "exact", "1,150个的111.8%", role="share"),
    F("service", "帮扶长期失业青年就业", 86, "人", "exact", "帮扶长期失业青年就业86人"),
    # （二）城市更新
    F("other", "加装电梯", 42, "台", "exact", "全年完成加装电梯42台"),
    F("other", "加装电梯", 36, "台", "exact", "年度目标（36台）", role="target"),
    F("other", "加装电梯新开工", 28, "台", "exact", "新开工28台"),
    F("other", "加装电梯累计完工", 186, "台", "exact", "累计完工186台"),
    F("other", "加装电梯惠及居民", 1680, "户", "exact", "惠及居民1,680户"),
    F("other", "老旧小区综合改造", 12.6, "万平方米", "exact", "完成老旧小区综合改造12.6万平方米，涉及"),
    F("other", "老旧小区综合改造涉及小区", 8, "个", "exact", "涉及8个小区"),
    F("other", "老旧小区综合改造涉及居民", 3420, "户", "exact", "3,420户居民"),
    F("other", "“美丽家园”屋面及外立面修缮", 5.2, "万平方米", "exact", "外立面修缮5.2万平方米"),
    # （三）社会治理
    F("service", "12345市民服务热线工单", 18640, "件", "exact", "热线工单18,640件"),
    F("growth", "12345市民服务热线工单同比下降", 6.2, "%", "exact", "18,640件，同比下降6.2%", role="change"),
    F("service", "12345市民服务热线工单", 19872, "件", "exact", "2024年为19,872件", role="baseline", year=2024),
    F("satisfaction", "12345市民服务热线工单满意率", 96.8, "%", "exact", "满意率96.8%，比2024年"),
    F("satisfaction", "12345市民服务热线工单满意率", 95.5, "%", "exact", "比2024年的95.5%", role="baseline", year=2024),
    F("growth", "12345市民服务热线工单满意率比上年提高", 1.3, "个百分点", "exact", "提高1.3个百分点", role="change"),
    F("growth", "辖区刑事案件立案数同比下降", 12.5, "%", "exact", "立案数同比下降12.5%", role="change"),
    F("other", "辖区刑事案件立案数连续下降", 3, "年", "exact", "连续3年下降"),
    F("service", "“一网统管”联勤联动处置事件", 2.35, "万件", "exact", "处置事件2.35万件"),
    # （四）荣誉
    F("honour", "区级以上集体荣誉", 23, "项", "exact", "获得区级以上集体荣誉23项"),
    # 二、2026年工作打算 (targets of 2026)
    F("service", "为民办实事项目", 12, "项", "exact", "实施为民办实事项目12项", role="target", year=2026),
    F("other", "新增就业岗位", 1200, "个", "over", "新增就业岗位1,200个以上", role="target", year=2026),
    F("other", "新增社区助餐点", 2, "个", "exact", "新增社区助餐点2个。", role="target", year=2026),
    F("other", "加装电梯", 40, "台", "over", "完成加装电梯40台以上", role="target", year=2026),
    F("other", "老旧小区综合改造", 10, "万平方米", "exact", "完成老旧小区综合改造10万平方米", role="target", year=2026),
    F("satisfaction", "12345市民服务热线工单满意率", 97, "%", "over", "满意率保持在97%以上", role="target", year=2026),
    F("satisfaction", "12345市民服务热线工单按时办结率", 99, "%", "over", "按时办结率保持在99%以上", role="target", year=2026),
]
U129 = "上海市静安区曹家渡街道办事处"
n129h = [
    H("全国示范性老年友好型社区", "national", "三和花园居民区", "国家卫生健康委、全国老龄办", 2025,
      "三和花园居民区被国家卫生健康委、全国老龄办命名为“全国示范性老年友好型社区”"),
    H("全国综合减灾示范社区", "national", "万航居民区", "国家减灾委员会", 2025, "万航居民区被国家减灾委员会评为“全国综合减灾示范社区”"),
    H("上海市文明社区", "municipal", U129, "上海市精神文明建设委员会", 2025, "街道被上海市精神文明建设委员会命名为“上海市文明社区”"),
    H("上海市美丽街区", "municipal", "长寿路（江宁路至西康路段）", None, 2025, "长寿路（江宁路至西康路段）获评“上海市美丽街区”"),
]
write(N129, "work-summary", U129, ["曹家渡街道办事处", "曹家渡街道", "街道"], 2025, "2026-01-12", n129, n129h)

# ---------------------------------------------------------------- n130 审计整改情况报告 (other)
N130 = "n130_shsj_sjzg_bg2025.html"
YEAR = 2025
L130 = open(os.path.join(DOCS, N130), encoding="utf-8").read().split("\n")


def hcell(label, i):
    row = next(l for l in L130 if l.startswith(f"<tr><td>{label}</td>"))
    cells = row[len("<tr><td>"):-len("</td></tr>")].split(CELL)
    v = float(cells[i])
    return CELL.join(cells[:i + 1]), (int(v) if "." not in cells[i] else v)


def trow(label, prefix):
    """One table row: 问题数 (2024, found by the audit of 2024's budget ※), 已整改 and 整改率 (2025, rectification)."""
    out = []
    for i, (suf, cat, meas, yr) in enumerate([("审计查出问题", "other", "个", 2024), ("审计查出问题已整改", "other", "个", 2025),
                                              ("审计查出问题整改率", "satisfaction", "%", 2025)], 1):
        q, v = hcell(label, i)
        out.append(F(cat, prefix + suf, v, meas, "exact", q, year=yr))
    return out


n130 = [
    # 一、总体情况: the 2024 audit's findings take 2024 ※
    F("other", "审计查出问题", 312, "个", "exact", "审计工作报告共反映问题312个", year=2024),
    F("finance", "审计查出问题涉及金额", 186.42, "亿元", "exact", "涉及金额186.42亿元", year=2024),
    F("other", "审计移送问题线索", 9, "件", "exact", "向有关部门移送问题线索9件", year=2024),
    # key paragraph: rectification as of 2025-10 (2025)
    F("other", "审计查出问题", 312, "个", "exact", "312个问题中", year=2024),
    F("other", "审计查出问题已整改", 286, "个", "exact", "已整改到位286个", True),
    F("satisfaction", "审计查出问题整改率", 91.7, "%", "exact", "整改率91.7%", True),
    F("satisfaction", "审计查出问题整改率", 89.4, "%", "exact", "审计查出问题整改率（89.4%）", role="baseline", year=2024),
    F("growth", "审计查出问题整改率比上年提高", 2.3, "个百分点", "exact", "提高2.3个百分点", role="change"),
    F("finance", "整改问题金额", 168.35, "亿元", "exact", "整改问题金额168.35亿元", True),
    F("other", "整改问题金额占问题金额比重", 90.3, "%", "exact", "占问题金额的90.3%", role="share"),
    F("output", "制定完善制度", 147, "项", "exact", "制定完善制度147项", True),
    F("other", "追责问责", 58, "人", "exact", "追责问责58人", True),
    F("finance", "整改上缴财政", 12.68, "亿元", "exact", "上缴财政12.68亿元"),
    F("finance", "整改盘活统筹存量资金", 38.52, "亿元", "exact", "盘活统筹存量资金38.52亿元"),
    F("finance", "整改归还原资金渠道", 9.74, "亿元", "exact", "归还原资金渠道9.74亿元"),
    F("finance", "整改调整有关账目", 107.41, "亿元", "exact", "调整有关账目107.41亿元"),
]
for label in ("市级财政管理", "部门预算执行", "重大政策措施落实", "重点民生资金和项目", "国有资产管理"):
    n130 += trow(label, label)
n130 += trow("合计", "")
n130 += [
    F("output", "市级财政管理修订完善预算管理制度", 12, "项", "exact", "修订完善预算管理制度12项"),
    F("other", "部门预算执行审计查出问题已整改", 89, "个", "exact", "已整改89个问题"),
    F("other", "重大政策措施落实审计查出问题已整改", 55, "个", "exact", "已整改55个问题"),
    F("output", "出台和修订政策文件", 23, "项", "exact", "推动出台和修订政策文件23项"),
    F("other", "优化资金拨付流程的政策", 3, "项", "exact", "对3项政策"),
    F("other", "国有资产管理审计查出问题已整改", 47, "个", "exact", "已整改47个问题"),
    F("other", "完成低效闲置房产处置的单位", 3, "家", "exact", "推动3家单位"),
    F("other", "低效闲置房产处置面积", 2.36, "万平方米", "exact", "涉及面积2.36万平方米"),
    F("other", "尚未完全整改到位问题", 26, "个", "exact", "尚未完全整改到位的问题26个"),
    F("other", "需分阶段整改问题", 18, "个", "exact", "需分阶段整改的18个"),
    F("other", "需持续推进问题", 8, "个", "exact", "需持续推进的8个"),
    F("other", "审计移送问题线索", 9, "件", "exact", "审计移送的9件问题线索", year=2024),
    F("other", "审计移送问题线索已办结", 7, "件", "exact", "已办结7件"),
    F("other", "审计移送问题线索正在办理", 2, "件", "exact", "其余2件"),
]
write(N130, "other", "上海市审计局", ["市审计局"], 2025, "2025-12-18", n130, [])
