#!/usr/bin/env python3
"""Writes gold/ for n175–n178 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
n175 (feed): A(aid)(…) gives the same row plus `article` (the aid) and `date` (the article's 时间time).
n176's table facts come from trow(label, i) = the row's extracted text from its label cell through cell i, TABs kept.
n178's table facts come from hrow(label, i) = the row's cell texts from the label cell through cell i, joined by the
literal "</td><td>" that separates them in the file.
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


def num(cell):
    x = float(cell.replace(",", "").replace("%", "").replace("个百分点", "").lstrip("-"))
    return int(x) if x.is_integer() and "." not in cell else x


# ---------------------------------------------------------------- n175 虹口区科协 WeChat feed (article-feed)
N175 = "n175_hongkou_kx_gzh_feed2026.json"
_, _, ARTS = read(N175)
YEAR = 2025   # ※ the 2025 articles' own year, and the year the January 2026 review looks back on


def A(aid):
    def f(*a, **k):
        r = F(*a, **k); r["article"] = aid; r["date"] = ARTS[aid][0]["时间time"]; return r
    return f


def AH(aid):
    def f(*a, **k):
        r = H(*a, **k); r["article"] = aid; r["date"] = ARTS[aid][0]["时间time"]; return r
    return f


a, b, c = A("2651203318_1"), A("2651203562_1"), A("2651203790_1")
n175 = [
    # A 2025-11-21 第十二届科技节 (November event)
    a("service", "科技节科普活动", 186, "场", "exact", "科普活动186场", True),
    a("growth", "科技节科普活动同比增长", 9.4, "%", "exact", "同比增长9.4%", role="change"),
    a("service", "科技节市民参与", 3.8, "万人次", "exact", "吸引市民参与3.8万人次", True),
    a("service", "院士专家科普讲座", 24, "场", "exact", "院士专家科普讲座24场"),
    a("service", "科技节线上直播", 12, "场", "exact", "线上直播12场"),
    a("service", "科技节线上直播观看量", 15.6, "万人次", "exact", "观看量达15.6万人次"),
    a("other", "科技节活动覆盖街道", 8, "个", "exact", "活动覆盖全区8个街道"),
    a("service", "发放科普读物", 1.2, "万册", "exact", "发放科普读物1.2万册"),
    a("other", "免费开放科普基地", 15, "家", "exact", "全区15家科普基地免费开放"),
    a("service", "科普基地接待参观者", 6200, "人次", "exact", "接待参观者6,200人次"),
    # B 2025-12-19 学术年会 (December event)
    b("output", "学术年会征集论文", 428, "篇", "exact", "学术论文428篇", True),
    b("growth", "学术年会征集论文比上届增加", 52, "篇", "exact", "比上届增加52篇", role="change"),
    b("growth", "学术年会征集论文比上届增长", 13.8, "%", "exact", "增长13.8%", role="change"),
    b("people", "学术年会参会科技工作者", 650, "人", "over", "参会科技工作者650余人"),
    b("honour", "学术年会优秀论文一等奖", 8, "篇", "exact", "一等奖8篇"),
    b("honour", "学术年会优秀论文二等奖", 16, "篇", "exact", "二等奖16篇"),
    b("honour", "学术年会优秀论文三等奖", 24, "篇", "exact", "三等奖24篇"),
    b("honour", "学术年会优秀论文", 48, "篇", "exact", "合计48篇"),
    b("other", "学术年会优秀论文获奖率", 11.2, "%", "exact", "获奖率11.2%", role="share"),
    b("other", "承办分论坛区级学会", 12, "家", "exact", "全区12家区级学会参与承办分论坛"),
    b("honour", "虹口区青年科技创新之星", 5, "名", "exact", "5名青年科技工作者获评“虹口区青年科技创新之星”"),
    # C 2026-01-16 回望2025 (2025 actuals, one 2024 baseline, 2026 targets)
    c("service", "科普活动", 1268, "场", "exact", "全年举办各类科普活动1,268场", True),
    c("growth", "科普活动同比增长", 8.2, "%", "exact", "同比增长8.2%", True, "change"),
    c("service", "科普活动", 1172, "场", "exact", "2024年为1,172场", role="baseline", year=2024),
    c("service", "科普活动服务公众", 46.5, "万人次", "exact", "服务公众46.5万人次", True),
    c("other", "新增基层科协组织", 12, "家", "exact", "全年新增基层科协组织12家"),
    c("other", "基层科协组织", 118, "家", "exact", "累计达到118家"),
    c("other", "新建社区科普e站", 8, "个", "exact", "新建社区科普e站8个"),
    c("other", "社区科普e站", 52, "个", "exact", "全区累计达到52个"),
    c("other", "公民具备科学素质比例", 26.3, "%", "exact", "公民具备科学素质比例达到26.3%"),
    c("growth", "公民具备科学素质比例比上年提高", 1.5, "个百分点", "exact", "比上年提高1.5个百分点", role="change"),
    c("service", "科普活动", 1350, "场", "over", "举办科普活动1,350场以上", role="target", year=2026),
    c("other", "公民具备科学素质比例", 28, "%", "approx", "公民具备科学素质比例达到28%左右", role="target", year=2026),
    c("other", "新建社区科普e站", 10, "个", "exact", "新建社区科普e站10个", role="target", year=2026),
]
h175 = [
    AH("2651203562_1")("虹口区青年科技创新之星", "district", "5名青年科技工作者", None, 2025,
                       "5名青年科技工作者获评“虹口区青年科技创新之星”"),
    AH("2651203790_1")("全国科普日活动优秀组织单位", "national", "上海市虹口区科学技术协会", "中国科协", 2025,
                       "区科协获评中国科协2025年度全国科普日活动优秀组织单位"),
]
write(N175, "article-feed", "上海市虹口区科学技术协会", ["虹口科协", "区科协"], None, None, n175, h175)

# ---------------------------------------------------------------- n176 市科技创新服务中心 2025 总结 (.docx, work-summary)
N176 = "n176_shkjcxfwzx_gzzj2025.docx"
YEAR = 2025
_, L176, _ = read(N176)


def trow(label, i):
    row = next(l for l in L176 if l.startswith(label + "\t"))
    return "\t".join(row.split("\t")[:i + 1])


n176 = [
    F("service", "服务企业", 2714, "家", "exact", "中心服务企业2,714家", True),
    F("growth", "服务企业同比增长", 15.0, "%", "exact", "同比增长15.0%", True, "change"),
    F("service", "服务中小企业", 2269, "家", "exact", "其中中小企业2,269家"),
    F("other", "中小企业占服务企业比重", 83.6, "%", "exact", "占83.6%", role="share"),
    F("service", "促成技术合同", 587, "项", "exact", "促成技术合同587项", True),
    F("finance", "技术合同成交额", 21.4, "亿元", "exact", "技术合同成交额21.4亿元", True),
    F("growth", "技术合同成交额同比增长", 15.1, "%", "exact", "同比增长15.1%", True, "change"),
    F("satisfaction", "服务满意度", 96.7, "%", "exact", "服务满意度96.7%", True),
    F("growth", "服务满意度比上年提高", 0.9, "个百分点", "exact", "比上年提高0.9个百分点", role="change"),
    F("service", "技术对接活动", 146, "场", "exact", "全年组织技术对接活动146场"),
    F("service", "发布企业技术需求", 1320, "项", "exact", "发布企业技术需求1,320项"),
    F("service", "匹配成功企业技术需求", 428, "项", "exact", "匹配成功428项"),
    F("satisfaction", "企业技术需求匹配率", 32.4, "%", "exact", "匹配率32.4%"),
    F("service", "创新杯大赛参赛项目", 486, "个", "exact", "参赛项目486个"),
    F("service", "受理科技创新券申请", 1086, "件", "exact", "全年受理科技创新券申请1,086件"),
    F("finance", "兑付创新券资金", 3860, "万元", "exact", "兑付创新券资金3,860万元"),
    F("service", "创新券惠及企业", 612, "家", "exact", "惠及企业612家"),
    F("finance", "平均每家企业兑付创新券资金", 6.3, "万元", "exact", "平均每家6.3万元"),
    F("service", "技术经理人培训班", 42, "期", "exact", "举办技术经理人培训班42期"),
    F("people", "培训技术经理人", 2120, "人次", "exact", "培训2,120人次"),
    F("people", "新增持证技术经纪人", 236, "名", "exact", "新增持证技术经纪人236名"),
    F("people", "持证技术经纪人", 1058, "名", "exact", "累计达到1,058名"),
    F("other", "科创服务云注册用户", 3.26, "万个", "exact", "平台注册用户达到3.26万个"),
    F("other", "科创服务云新增注册用户", 4870, "个", "exact", "全年新增4,870个"),
    F("service", "服务热线接听咨询", 9460, "个", "exact", "全年接听咨询9,460个"),
    F("people", "在编职工", 86, "人", "exact", "中心现有在编职工86人"),
    F("people", "硕士及以上学历职工", 51, "人", "exact", "其中硕士及以上学历51人"),
    F("other", "硕士及以上学历职工占比", 59.3, "%", "exact", "占59.3%", role="share"),
]
for label, meas, subj, cat, chg in (
        ("服务企业（家）", "家", "服务企业", "service", "服务企业同比增长"),
        ("组织技术对接活动（场）", "场", "技术对接活动", "service", "技术对接活动同比增长"),
        ("促成技术合同（项）", "项", "促成技术合同", "service", "促成技术合同同比增长"),
        ("技术合同成交额（亿元）", "亿元", "技术合同成交额", "finance", "技术合同成交额同比增长"),
        ("培训技术经理人（人次）", "人次", "培训技术经理人", "people", "培训技术经理人同比增长"),
        ("服务满意度（%）", "%", "服务满意度", "satisfaction", "服务满意度比上年提高")):
    c24, c25, inc = trow(label, 3).split("\t")[1:]
    n176.append(F(cat, subj, num(c24), meas, "exact", trow(label, 1), role="baseline", year=2024))
    n176.append(F(cat, subj, num(c25), meas, "exact", trow(label, 2)))
    n176.append(F("growth", chg, num(inc), "个百分点" if inc.endswith("个百分点") else "%", "exact", trow(label, 3), role="change"))
n176 += [
    F("service", "服务企业", 3000, "家", "over", "力争服务企业3,000家以上", role="target", year=2026),
    F("finance", "技术合同成交额", 24, "亿元", "over", "技术合同成交额突破24亿元", role="target", year=2026),
    F("service", "技术对接活动", 150, "场", "approx", "组织技术对接活动150场左右", role="target", year=2026),
    F("satisfaction", "服务满意度", 96, "%", "over", "服务满意度保持在96%以上", role="target", year=2026),
]
h176 = [
    H("上海市科技服务业先进集体", "municipal", "上海市科技创新服务中心", None, 2025, "中心获评2025年度上海市科技服务业先进集体"),
    H("先进基层党组织", "system", "中心党总支", "中共上海市科学技术工作委员会", 2025,
      "中心党总支被中共上海市科学技术工作委员会评为2025年度先进基层党组织"),
]
write(N176, "work-summary", "上海市科技创新服务中心", [], 2025, "2026-01-12", n176, h176)

# ---------------------------------------------------------------- n177 普陀区 副区长 在科技工作会议上的讲话 (work-summary ※)
N177 = "n177_putuo_fqz_kjgzhy_jh2026.txt"
YEAR = 2025   # 过去一年 = 2025; 今年 = 2026; 上年 = 2024
n177 = [
    F("honour", "新认定高新技术企业", 312, "家", "exact", "全区新认定高新技术企业312家", True),
    F("other", "高新技术企业", 1248, "家", "exact", "有效期内高新技术企业总数达到1,248家", True),
    F("other", "高新技术企业", 1152, "家", "exact", "比上年末的1,152家", role="baseline", year=2024),
    F("growth", "高新技术企业比上年末增加", 96, "家", "exact", "增加96家", role="change"),
    F("finance", "技术合同成交额", 186.4, "亿元", "exact", "技术合同成交额186.4亿元", True),
    F("growth", "技术合同成交额同比增长", 13.2, "%", "exact", "同比增长13.2%", True, "change"),
    F("finance", "技术合同成交额", 164.7, "亿元", "exact", "上年为164.7亿元", role="baseline", year=2024),
    F("other", "全社会研发经费支出占GDP比重", 3.42, "%", "exact", "全社会研发经费支出占GDP比重达到3.42%", True),
    F("growth", "全社会研发经费支出占GDP比重比上年提高", 0.15, "个百分点", "exact", "比上年提高0.15个百分点", role="change"),
    F("other", "新增科技小巨人（含培育）企业", 9, "家", "exact", "新增科技小巨人（含培育）企业9家"),
    F("other", "科技小巨人（含培育）企业", 67, "家", "exact", "累计达到67家"),
    F("honour", "新增市级专精特新中小企业", 58, "家", "exact", "新增市级专精特新中小企业58家"),
    F("output", "专利授权量", 6820, "件", "exact", "全区专利授权量6,820件", True),
    F("output", "发明专利授权量", 2134, "件", "exact", "其中发明专利2,134件"),
    F("other", "发明专利占专利授权量比重", 31.3, "%", "exact", "占31.3%", role="share"),
    F("output", "每万人口高价值发明专利拥有量", 48.6, "件", "exact", "每万人口高价值发明专利拥有量达到48.6件"),
    F("honour", "获上海市科学技术奖项目", 14, "个", "exact", "牵头或参与的14个项目获得上海市科学技术奖"),
    F("honour", "上海市科学技术奖一等奖项目", 3, "项", "exact", "其中一等奖3项"),
    F("honour", "新增市级以上孵化器和众创空间", 5, "家", "exact", "新增市级以上孵化器和众创空间5家"),
    F("other", "市级以上孵化器和众创空间", 42, "家", "exact", "累计达到42家"),
    F("other", "桃浦智创城新增入驻科技企业", 168, "家", "exact", "桃浦智创城新增入驻科技企业168家"),
    F("finance", "区级科技专项资金投入", 4.8, "亿元", "exact", "区级科技专项资金投入4.8亿元"),
    F("growth", "区级科技专项资金投入同比增长", 6.7, "%", "exact", "比上年增长6.7%", role="change"),
    F("finance", "科技履约贷款", 12.6, "亿元", "exact", "发放科技履约贷款12.6亿元"),
    F("service", "科技履约贷款惠及企业", 386, "家", "exact", "惠及企业386家"),
    F("people", "引进海外高层次人才", 56, "名", "exact", "引进海外高层次人才56名"),
    F("honour", "新认定高新技术企业", 350, "家", "over", "新认定高新技术企业350家以上", role="target", year=2026),
    F("finance", "技术合同成交额", 200, "亿元", "over", "技术合同成交额突破200亿元", role="target", year=2026),
    F("other", "全社会研发经费支出占GDP比重", 3.5, "%", "approx", "全社会研发经费支出占GDP比重达到3.5%左右", role="target", year=2026),
    F("other", "新增科技小巨人（含培育）企业", 10, "家", "exact", "新增科技小巨人（含培育）企业10家", role="target", year=2026),
]
h177 = [
    H("上海市科学技术奖", "municipal", "全区企业和科研机构牵头或参与的14个项目", None, 2025,
      "全区企业和科研机构牵头或参与的14个项目获得上海市科学技术奖"),
    H("国家知识产权强县建设示范县（区）", "national", "普陀区", "国家知识产权局", 2025,
      "普陀区入选国家知识产权局确定的国家知识产权强县建设示范县（区）"),
    H("上海市特色产业园区", "municipal", "桃浦智创城", None, 2025, "桃浦智创城入选上海市特色产业园区"),
]
write(N177, "work-summary", "上海市普陀区人民政府", ["普陀区"], 2025, "2026-01-22", n177, h177)

# ---------------------------------------------------------------- n178 杨浦区统计局 2025年1—11月 月报 (saved HTML, other)
N178 = "n178_yangpu_tjj_yb2025_11.html"
YEAR = 2025
_, L178, _ = read(N178)


def hrow(label, i):
    row = next(l for l in L178 if l.startswith(f"<tr><td>{label}</td>"))
    cells = row[len("<tr><td>"):-len("</td></tr>")].split("</td><td>")
    return "</td><td>".join(cells[:i + 1])


n178 = [
    F("finance", "规模以上工业总产值", 1046.2, "亿元", "exact", "全区规模以上工业总产值1,046.2亿元", True),
    F("growth", "规模以上工业总产值同比增长", 3.8, "%", "exact", "同比增长3.8%", True, "change"),
    F("finance", "规模以上工业总产值", 1007.9, "亿元", "exact", "去年同期为1,007.9亿元", role="baseline", year=2024),
    F("growth", "规模以上工业总产值增速比1—10月回落", 0.2, "个百分点", "exact", "回落0.2个百分点", role="change"),
    F("finance", "11月规模以上工业总产值", 98.6, "亿元", "exact", "11月当月完成98.6亿元"),
    F("growth", "11月规模以上工业总产值同比增长", 2.1, "%", "exact", "同比增长2.1%", role="change"),
    F("finance", "社会消费品零售总额", 658.9, "亿元", "exact", "全区社会消费品零售总额658.9亿元", True),
    F("growth", "社会消费品零售总额同比增长", 4.6, "%", "exact", "同比增长4.6%", True, "change"),
    F("finance", "固定资产投资", 214.6, "亿元", "exact", "固定资产投资214.6亿元", True),
    F("growth", "固定资产投资同比增长", 7.2, "%", "exact", "同比增长7.2%", True, "change"),
    F("finance", "固定资产投资", 230, "亿元", "exact", "完成全年目标230亿元", role="target", year=2025),
    F("other", "固定资产投资完成全年目标比例", 93.3, "%", "exact", "完成全年目标230亿元的93.3%", role="share"),
    F("finance", "区级一般公共预算收入", 142.35, "亿元", "exact", "全区区级一般公共预算收入142.35亿元", True),
    F("growth", "区级一般公共预算收入同比增长", 5.1, "%", "exact", "同比增长5.1%", True, "change"),
    F("finance", "区级一般公共预算收入", 135.44, "亿元", "exact", "去年同期为135.44亿元", role="baseline", year=2024),
    F("finance", "技术合同成交额", 205.7, "亿元", "exact", "技术合同成交额205.7亿元"),
    F("growth", "技术合同成交额同比增长", 12.6, "%", "exact", "同比增长12.6%", role="change"),
    F("finance", "高技术产业产值", 432.1, "亿元", "exact", "高技术产业产值432.1亿元"),
    F("other", "高技术产业产值占规模以上工业总产值比重", 41.3, "%", "exact", "占规模以上工业总产值的41.3%", role="share"),
    F("finance", "实到外资", 9.47, "亿美元", "exact", "实到外资9.47亿美元"),
    F("growth", "实到外资同比下降", 3.2, "%", "exact", "同比下降3.2%", role="change"),
]
for label, meas, subj in (("规模以上工业总产值（亿元）", "亿元", "规模以上工业总产值"), ("社会消费品零售总额（亿元）", "亿元", "社会消费品零售总额"),
                          ("固定资产投资（亿元）", "亿元", "固定资产投资"), ("区级一般公共预算收入（亿元）", "亿元", "区级一般公共预算收入"),
                          ("技术合同成交额（亿元）", "亿元", "技术合同成交额"), ("实到外资（亿美元）", "亿美元", "实到外资")):
    m, cum, g = hrow(label, 3).split("</td><td>")[1:]
    n178.append(F("finance", "11月" + subj, num(m), meas, "exact", hrow(label, 1)))
    n178.append(F("finance", subj, num(cum), meas, "exact", hrow(label, 2)))
    n178.append(F("growth", subj + ("同比下降" if g.startswith("-") else "同比增长"), num(g), "%", "exact", hrow(label, 3), role="change"))
write(N178, "other", "上海市杨浦区统计局", ["杨浦区统计局"], 2025, "2025-12-19", n178, [])
