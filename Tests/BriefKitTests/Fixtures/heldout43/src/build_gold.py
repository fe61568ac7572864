#!/usr/bin/env python3
"""Writes gold/ for n167–n170 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
n167 (feed): A(aid)(…) gives the same row plus `article` (the aid) and `date` (the article's 时间time); AH(aid) for honours.
n169's table facts come from hrow(label, i): the row's cell texts from the label cell through cell i, joined by the
literal `</td><td>` (heldout41/n162). n170's from mrow(label, i): label cell through cell i joined by ` | ` (heldout41/n161).
"""
import json, os, re, sys
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


# ---------------------------------------------------------------- n167 徐汇区市场监管局 公众号 feed (article-feed)
N167 = "n167_xuhui_scjgj_gzh_feed2025.json"
_, _, ARTS = read(N167)
YEAR = 2025


def A(aid):
    def f(*a, **k):
        r = F(*a, **k); r["article"] = aid; r["date"] = ARTS[aid][0]["时间time"]; return r
    return f


def AH(aid):
    def f(*a, **k):
        r = H(*a, **k); r["article"] = aid; r["date"] = ARTS[aid][0]["时间time"]; return r
    return f


a, b, c, d = A("2247501315_1"), A("2247501788_1"), A("2247502406_2"), A("2247503117_1")
S, R, U = "产品质量监督抽检", "产品质量监督抽检合格率", "不合格产品"
n167 = [
    # A 2025-03-15 “3·15” (year to date ※)
    a("service", "受理消费者投诉举报", 8642, "件", "exact", "受理消费者投诉举报8,642件", True),
    a("finance", "为消费者挽回经济损失", 326.5, "万元", "exact", "为消费者挽回经济损失326.5万元", True),
    a("other", "消费咨询台", 12, "个", "exact", "活动现场设置咨询台12个"),
    a("service", "发放宣传资料", 5200, "份", "over", "发放宣传资料5,200余份"),
    a("service", "现场受理消费咨询", 186, "件", "exact", "现场受理消费咨询186件"),
    a("other", "签署放心消费承诺书企业", 30, "家", "exact", "30家企业现场签署"),
    a("service", "食用农产品快检", 60, "批次", "exact", "开展快检60批次"),
    a("honour", "徐汇区放心消费示范单位", 25, "家", "exact", "为新评定的25家商户授予“徐汇区放心消费示范单位”称号"),
    # B 2025-04-18 一季度
    b("service", "一季度" + S, 420, "批次", "exact", "420批次", True),
    b("service", "一季度" + U, 9, "批次", "exact", "检出不合格产品9批次"),
    b("satisfaction", "一季度" + R, 97.9, "%", "exact", "抽检合格率97.9%", True),
    b("service", "一季度食品抽检", 260, "批次", "exact", "食品抽检260批次"),
    b("service", "一季度食品抽检不合格", 4, "批次", "exact", "不合格4批次"),
    b("service", "一季度工业产品抽检", 160, "批次", "exact", "工业产品抽检160批次"),
    b("service", "一季度工业产品抽检不合格", 5, "批次", "exact", "不合格5批次"),
    b("other", "不合格工业产品涉及产品类别", 3, "类", "exact", "等3类产品"),
    b("service", "不合格产品立案查处", 7, "件", "exact", "依法立案查处7件"),
    # C 2025-07-16 二季度 (+ 上半年)
    c("service", "二季度" + S, 480, "批次", "exact", "480批次", True),
    c("service", "二季度" + U, 8, "批次", "exact", "不合格8批次"),
    c("satisfaction", "二季度" + R, 98.3, "%", "exact", "合格率98.3%", True),
    c("growth", "二季度" + R + "比一季度提高", 0.4, "个百分点", "exact", "比一季度提高0.4个百分点", role="change"),
    c("service", "上半年" + S, 900, "批次", "exact", "上半年累计抽检900批次"),
    c("service", "上半年" + U, 17, "批次", "exact", "不合格17批次"),
    c("satisfaction", "上半年" + R, 98.1, "%", "exact", "合格率98.1%"),
    c("service", "二季度专项抽检", 120, "批次", "exact", "冷饮饮料等120批次"),
    c("service", "明厨亮灶专项检查餐饮单位", 28, "家", "exact", "对28家餐饮单位开展"),
    # D 2025-10-22 三季度 (+ 前三季度, 2024 full-year baselines, a 四季度 plan)
    d("service", "三季度" + S, 510, "批次", "exact", "510批次", True),
    d("service", "三季度" + U, 7, "批次", "exact", "不合格7批次"),
    d("satisfaction", "三季度" + R, 98.6, "%", "exact", "合格率98.6%", True),
    d("service", "前三季度" + S, 1410, "批次", "exact", "前三季度累计抽检1,410批次"),
    d("service", "前三季度" + U, 24, "批次", "exact", "不合格24批次"),
    d("satisfaction", "前三季度" + R, 98.3, "%", "exact", "合格率98.3%"),
    d("service", S, 1760, "批次", "exact", "抽检1,760批次", role="baseline", year=2024),
    d("satisfaction", R, 97.6, "%", "exact", "合格率97.6%", role="baseline", year=2024),
    d("growth", "前三季度" + R + "比2024年全年提高", 0.7, "个百分点", "exact", "合格率提高0.7个百分点", role="change"),
    d("service", "四季度" + S, 450, "批次", "over", "计划完成抽检不少于450批次", role="target", year=2025),
]
h167 = [
    AH("2247501315_1")("徐汇区放心消费示范单位", "district", "25家商户", "徐汇区市场监管局", 2025,
                       "为新评定的25家商户授予“徐汇区放心消费示范单位”称号"),
    AH("2247501315_1")("全国市场监管系统消费者权益保护工作先进集体", "national", "区市场监管局消费者权益保护科",
                       "国家市场监督管理总局", 2025,
                       "区市场监管局消费者权益保护科被国家市场监督管理总局评为“全国市场监管系统消费者权益保护工作先进集体”"),
    AH("2247503117_1")("上海市质量金奖", "municipal", "上海汇检精密仪器有限公司", None, 2025,
                       "上海汇检精密仪器有限公司获评2025年上海市质量金奖"),
]
write(N167, "article-feed", "上海市徐汇区市场监督管理局", ["徐汇市场监管", "徐汇区市场监管局", "区市场监管局"], None, None, n167, h167)

# ---------------------------------------------------------------- n168 虹口区科技馆 2024 工作总结 (work-summary)
N168 = "n168_hongkou_kjg_ndzj2024.txt"
YEAR = 2024
n168 = [
    F("service", "接待观众", 28.4, "万人次", "exact", "全年馆内外共接待观众28.4万人次", True),
    F("growth", "接待观众同比增长", 9.2, "%", "exact", "同比增长9.2%", True, "change"),
    F("service", "接待观众", 26.0, "万人次", "exact", "2023年为26.0万人次", role="baseline", year=2023),
    F("service", "上半年接待观众", 12.6, "万人次", "exact", "其中上半年接待12.6万人次"),
    F("service", "暑期接待观众", 6.8, "万人次", "exact", "暑期接待6.8万人次"),
    F("service", "科普活动", 486, "场", "exact", "全年举办各类科普活动486场", True),
    F("service", "上半年科普活动", 215, "场", "exact", "上半年完成215场"),
    F("satisfaction", "观众满意度", 97.6, "%", "exact", "观众满意度97.6%", True),
    F("growth", "观众满意度比上年提高", 0.8, "个百分点", "exact", "比上年提高0.8个百分点", role="change"),
    F("other", "新增互动展项", 12, "个", "exact", "全年新增互动展项十二个"),
    F("other", "改造主题展区", 2, "个", "exact", "两个主题展区"),
    F("service", "引进巡回展览", 3, "场", "exact", "引进巡回展览三场"),
    F("service", "上半年引进巡回展览", 1, "场", "exact", "其中上半年一场"),
    F("service", "下半年引进巡回展览", 2, "场", "exact", "下半年两场"),
    F("service", "周末课堂", 96, "期", "exact", "周末课堂96期"),
    F("service", "周末课堂参与学生", 3840, "人次", "exact", "参与学生3,840人次"),
    F("other", "馆校合作中小学", 48, "所", "exact", "与区内48所中小学开展馆校合作"),
    F("service", "上半年接待学校团体", 62, "批", "exact", "上半年接待学校团体62批"),
    F("service", "接待学校团体", 138, "批", "exact", "全年138批"),
    F("other", "科技节分会场", 5, "个", "exact", "设分会场五个"),
    F("service", "科技节参与市民", 2.3, "万人次", "exact", "参与市民2.3万人次"),
    F("service", "科学之夜活动", 2, "场", "exact", "“科学之夜”活动两场"),
    F("service", "科学之夜观众", 4600, "人次", "exact", "吸引观众4,600人次"),
    F("service", "线上科普直播", 36, "场", "exact", "全年开展线上科普直播36场"),
    F("service", "线上科普直播观看量", 52.3, "万人次", "exact", "观看量52.3万人次"),
    F("service", "上半年线上科普直播", 16, "场", "exact", "上半年直播16场"),
    F("service", "上半年线上科普直播观看量", 21.5, "万人次", "exact", "观看21.5万人次"),
    F("other", "微信公众号粉丝", 8.6, "万人", "exact", "馆微信公众号粉丝达到8.6万人"),
    F("output", "原创科普文章", 240, "篇", "exact", "全年推送原创科普文章240篇"),
    F("people", "注册志愿者", 326, "名", "exact", "我馆现有注册志愿者326名"),
    F("service", "志愿服务时长", 1.85, "万小时", "exact", "全年志愿服务时长1.85万小时"),
    F("service", "人均志愿服务时长", 56.7, "小时", "exact", "人均56.7小时"),
    F("honour", "虹口区优秀科普志愿者", 12, "名", "exact", "另有十二名志愿者获评“虹口区优秀科普志愿者”称号"),
    F("finance", "运行经费", 1286.5, "万元", "exact", "全年运行经费1,286.5万元", True),
    F("finance", "财政拨款", 1120.0, "万元", "exact", "其中财政拨款1,120.0万元"),
    F("other", "财政拨款占运行经费比重", 87.1, "%", "exact", "占87.1%", role="share"),
    F("service", "接待观众", 30, "万人次", "over", "力争接待观众30万人次以上", role="target", year=2025),
    F("service", "科普活动", 500, "场", "approx", "举办科普活动500场左右", role="target", year=2025),
    F("other", "新增互动展项", 10, "个", "over", "新增互动展项不少于十个", role="target", year=2025),
]
U168 = "上海市虹口区科技馆"
h168 = [
    H("上海市优秀科普志愿者", "municipal", "王丽华、陈志刚", None, 2024, "志愿者王丽华、陈志刚获评2024年度上海市优秀科普志愿者"),
    H("虹口区优秀科普志愿者", "district", "十二名志愿者", None, 2024, "另有十二名志愿者获评“虹口区优秀科普志愿者”称号"),
    H("虹口区优秀志愿服务团队", "district", "青年志愿服务队", None, 2024, "我馆青年志愿服务队获评2024年度虹口区优秀志愿服务团队"),
    H("全国科普教育基地", "national", U168, "中国科学技术协会", 2024, "我馆首次被中国科学技术协会认定为全国科普教育基地"),
    H("上海市科普教育基地工作先进单位", "municipal", U168, None, 2024, "获评2024年度上海市科普教育基地工作先进单位"),
]
write(N168, "work-summary", U168, ["虹口区科技馆", "我馆"], 2024, "2025-01-08", n168, h168)

# ---------------------------------------------------------------- n169 杨浦区科委 2024 部门决算 (budget, HTML)
N169 = "n169_yangpu_kw_jsgk2024.html"
YEAR = 2024
_, L169, _ = read(N169)


def hrow(label, i):
    row = next(l for l in L169 if l.startswith(f"<tr><td>{label}</td>"))
    return "</td><td>".join(re.findall(r"<td>(.*?)</td>", row)[:i + 1])


n169 = [
    F("finance", "收入总计", 48840.60, "万元", "exact", "区科委收入、支出决算总计均为48,840.60万元", True),
    F("finance", "支出总计", 48840.60, "万元", "exact", "区科委收入、支出决算总计均为48,840.60万元", True),
    F("finance", "本年收入合计", 46522.00, "万元", "exact", "本年收入46,522.00万元", True),
    F("growth", "本年收入合计比2023年决算减少", 1236.45, "万元", "exact", "比2023年决算减少1,236.45万元", role="change"),
    F("growth", "本年收入合计比2023年决算下降", 2.6, "%", "exact", "下降2.6%", True, "change"),
    F("finance", "本年支出合计", 46419.00, "万元", "exact", "本年支出46,419.00万元", True),
    F("growth", "本年支出合计比2023年决算减少", 986.30, "万元", "exact", "比2023年决算减少986.30万元", role="change"),
    F("growth", "本年支出合计比2023年决算下降", 2.1, "%", "exact", "下降2.1%", True, "change"),
    F("finance", "科学技术支出", 44424.60, "万元", "exact", "科学技术支出44,424.60万元"),
    F("other", "科学技术支出占本年支出比重", 95.7, "%", "exact", "占本年支出的95.7%", role="share"),
    F("finance", "年末结转和结余", 2421.60, "万元", "exact", "年末结转和结余2,421.60万元"),
]
# the table: 年初预算数 → "<label>年初预算" (finance, actual of 2024 ※), 决算数 → "<label>" (table copy),
# 完成率 → "<label>预算完成率" (satisfaction ※); "—" cells are not facts
SUBJ = {"一般公共预算财政拨款收入": "一般公共预算财政拨款收入"}
for label, *cells in [re.findall(r"<td>(.*?)</td>", l) for l in L169 if l.startswith("<tr><td>")]:
    for i, (cell, suffix) in enumerate(zip(cells, ("年初预算", "", "预算完成率")), 1):
        if cell == "—":
            continue
        val = float(cell.replace(",", ""))
        if suffix == "预算完成率":
            n169.append(F("satisfaction", label + suffix, val, "%", "exact", hrow(label, i)))
        else:
            n169.append(F("finance", label + suffix, val, "万元", "exact", hrow(label, i)))
n169 += [
    F("finance", "“三公”经费财政拨款支出", 38.62, "万元", "exact", "“三公”经费财政拨款支出决算为38.62万元"),
    F("growth", "“三公”经费财政拨款支出比上年减少", 4.15, "万元", "exact", "比上年减少4.15万元", role="change"),
    F("growth", "“三公”经费财政拨款支出比上年下降", 9.7, "%", "exact", "下降9.7%", role="change"),
    F("finance", "因公出国（境）费", 0, "万元", "exact", "因公出国（境）费决算为0万元"),
    F("finance", "公务用车购置及运行费", 26.80, "万元", "exact", "公务用车购置及运行费26.80万元"),
    F("growth", "公务用车购置及运行费比上年减少", 2.35, "万元", "exact", "比上年减少2.35万元", role="change"),
    F("other", "公务用车保有量", 3, "辆", "exact", "年末公务用车保有量3辆"),
    F("finance", "公务接待费", 11.82, "万元", "exact", "公务接待费11.82万元"),
    F("growth", "公务接待费比上年减少", 1.80, "万元", "exact", "比上年减少1.80万元", role="change"),
    F("service", "接待国内来访团组", 42, "批次", "exact", "全年共接待国内来访团组42批次"),
]
write(N169, "budget", "上海市杨浦区科学技术委员会", ["区科委"], 2024, "2025-08-26", n169, [])

# ---------------------------------------------------------------- n170 科技检验检测服务中心 2026 工作要点 (other: a plan)
N170 = "n170_shkjjc_gzyd2026.md"
YEAR = 2026
_, L170, _ = read(N170)


def mrow(label, i):
    row = next(l for l in L170 if l.startswith(f"| {label} |"))
    return " | ".join(row[2:].rstrip(" |").split(" | ")[:i + 1])


BL = dict(role="baseline", year=2025)
TG = dict(role="target", year=2026)
n170 = [
    F("service", "检验检测报告", 8.62, "万份", "exact", "中心完成检验检测报告8.62万份", **BL),
    F("growth", "检验检测报告同比增长", 7.4, "%", "exact", "同比增长7.4%", **BL),
    F("finance", "营业收入", 3.86, "亿元", "exact", "实现营业收入3.86亿元", **BL),
    F("finance", "科研及公益性检测收入", 0.92, "亿元", "exact", "其中科研及公益性检测收入0.92亿元", **BL),
    F("satisfaction", "客户满意度", 96.8, "%", "exact", "客户满意度96.8%", **BL),
    F("output", "新增资质认定参数", 320, "项", "exact", "全年新增CMA资质认定参数320项", **BL),
    F("output", "资质认定参数", 4150, "项", "exact", "累计达到4,150项", **BL),
    F("output", "制定标准", 11, "项", "exact", "主导或参与制定标准11项", **BL),
    F("output", "获授权发明专利", 18, "件", "exact", "获授权发明专利18件", **BL),
    F("service", "检验检测报告", 9.2, "万份", "over", "力争完成检验检测报告9.2万份以上", **TG),
    F("finance", "营业收入", 4.1, "亿元", "exact", "营业收入达到4.1亿元", **TG),
    F("growth", "营业收入比2025年增长", 6.2, "%", "exact", "比2025年增长6.2%", **TG),
    F("satisfaction", "客户满意度", 96, "%", "over", "确保客户满意度不低于96%", **TG),
    F("satisfaction", "检验报告差错率", 0.1, "%", "under", "检验报告差错率控制在0.1%以内", **TG),
    F("other", "报告平均出具周期", 5, "个工作日", "under", "报告平均出具周期压缩至5个工作日以内", **TG),
]
for label, subj, meas, cat, q26 in (("检验检测报告（万份）", "检验检测报告", "万份", "service", "exact"),
                                     ("营业收入（亿元）", "营业收入", "亿元", "finance", "exact"),
                                     ("客户满意度（%）", "客户满意度", "%", "satisfaction", "exact"),
                                     ("新增资质认定参数（项）", "新增资质认定参数", "项", "output", "exact"),
                                     ("制定标准（项）", "制定标准", "项", "output", "exact")):
    v25, v26 = (float(x) for x in mrow(label, 2).split(" | ")[1:])
    iv = lambda x: int(x) if x.is_integer() and meas in ("项", "%") else x
    n170.append(F(cat, subj, iv(v25), meas, "exact", mrow(label, 1), **BL))
    n170.append(F(cat, subj, iv(v26), meas, q26, mrow(label, 2), **TG))
n170 += [
    F("other", "新建专业检测实验室", 3, "个", "exact", "等3个专业检测实验室", **TG),
    F("output", "新增资质认定参数", 300, "项", "over", "新增资质认定参数不少于300项", **TG),
    F("output", "承担市级以上科研项目", 15, "项", "over", "承担市级以上科研项目不少于15项", **TG),
    F("output", "制定标准", 12, "项", "exact", "主导或参与制定标准12项", **TG),
    F("output", "获授权发明专利", 20, "件", "over", "力争获授权发明专利20件以上", **TG),
    F("other", "研发投入占营业收入比重", 6, "%", "over", "研发投入占营业收入比重不低于6%", **TG),
    F("service", "检测进园区活动", 40, "场", "over", "“检测进园区”活动40场以上", **TG),
    F("finance", "为中小企业减免检测费用", 800, "万元", "over", "为中小企业减免检测费用不少于800万元", **TG),
    F("people", "引进和培养骨干技术人才", 30, "名", "exact", "引进和培养骨干技术人才30名", **TG),
    F("people", "新增高级职称人员", 12, "名", "exact", "新增高级职称人员12名", **TG),
    F("other", "全员培训覆盖率", 100, "%", "exact", "全员培训覆盖率达到100%", **TG),
    F("other", "电子报告占比", 95, "%", "over", "电子报告占比达到95%以上", **TG),
]
U170 = "上海市科技检验检测服务中心"
h170 = [
    H("上海市五一劳动奖状", "municipal", U170, None, 2025, "中心获评“上海市五一劳动奖状”"),
    H("上海市巾帼文明岗", "municipal", "化学分析实验室", None, 2025, "化学分析实验室获评“2025年度上海市巾帼文明岗”"),
]
write(N170, "other", U170, ["中心"], 2026, "2026-01-20", n170, h170)
