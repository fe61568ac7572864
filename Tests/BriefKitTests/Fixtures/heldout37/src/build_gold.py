#!/usr/bin/env python3
"""Writes gold/ for n143–n146 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
n143 (feed): A(aid)(…) gives the same row plus `article` (the aid) and `date` (the article's 时间time).
n146's table facts come from trow(label, i) = the row's extracted text from its label cell through cell i, TABs kept.
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
    with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


# ---------------------------------------------------------------- n143 杨浦区科协 WeChat feed (article-feed)
N143 = "n143_yangpu_kx_gzh_feed2024.json"
_, _, ARTS = read(N143)
YEAR = 2024


def A(aid):
    def f(*a, **k):
        r = F(*a, **k); r["article"] = aid; r["date"] = ARTS[aid][0]["时间time"]; return r
    return f


def AH(aid):
    def f(*a, **k):
        r = H(*a, **k); r["article"] = aid; r["date"] = ARTS[aid][0]["时间time"]; return r
    return f


a, b, c, d = A("2247489301_1"), A("2247489517_1"), A("2247489733_2"), A("2247490102_1")
n143 = [
    # A 2024-05-30 科技工作者日 (the <strong> text is the quote ※)
    a("service", "走访慰问一线科技工作者", 326, "名", "exact", "走访慰问一线科技工作者326名", True),
    a("growth", "走访慰问一线科技工作者同比增长", 8.7, "%", "exact", "同比增长8.7%", role="change"),
    a("honour", "杨浦区优秀青年科技人才", 12, "名", "exact", "12名青年科技工作者获评“杨浦区优秀青年科技人才”"),
    a("other", "签署科普合作协议高校院所", 5, "家", "exact", "区科协与5家高校院所签署科普合作协议"),
    # B 2024-08-26 青少年科技创新大赛
    b("service", "青少年科技创新大赛参赛作品", 1286, "件", "exact", "参赛作品1,286件", True),
    b("growth", "青少年科技创新大赛参赛作品比上届增加", 126, "件", "exact", "比上届增加126件", role="change"),
    b("growth", "青少年科技创新大赛参赛作品比上届增长", 10.9, "%", "exact", "增长10.9%", role="change"),
    b("service", "青少年科技创新大赛参赛学生", 2350, "人次", "exact", "参赛学生2,350人次"),
    b("honour", "青少年科技创新大赛一等奖", 36, "项", "exact", "一等奖36项"),
    b("honour", "青少年科技创新大赛二等奖", 72, "项", "exact", "二等奖72项"),
    b("honour", "青少年科技创新大赛三等奖", 108, "项", "exact", "三等奖108项"),
    b("honour", "青少年科技创新大赛获奖作品", 216, "项", "exact", "合计216项"),
    b("other", "青少年科技创新大赛获奖率", 16.8, "%", "exact", "获奖率16.8%", role="share"),
    b("service", "代表杨浦区参加市级大赛作品", 18, "项", "exact", "18项作品将代表杨浦区参加"),
    # C 2024-10-15 科普进社区
    c("service", "科普进社区活动", 158, "场", "exact", "“科普进社区”活动158场", True),
    c("service", "科普进社区活动居民参与", 4.6, "万人次", "exact", "居民参与4.6万人次", True),
    c("service", "线上科普直播", 23, "场", "exact", "线上科普直播23场"),
    c("service", "线上科普直播观看量", 38.2, "万人次", "exact", "观看量达38.2万人次"),
    c("other", "新建社区科普e站", 6, "个", "exact", "新建社区科普e站6个"),
    c("other", "社区科普e站", 45, "个", "exact", "全区累计达到45个"),
    c("people", "科普志愿者队伍", 186, "支", "exact", "科普志愿者队伍发展至186支"),
    c("people", "注册科普志愿者", 5420, "人", "exact", "注册志愿者5,420人"),
    # D 2024-12-27 全年回顾 (2024) and two 2025 targets
    d("service", "科普活动", 1042, "场", "exact", "全年举办各类科普活动1,042场", True),
    d("growth", "科普活动同比增长", 6.9, "%", "exact", "同比增长6.9%", True, "change"),
    d("service", "科普活动服务公众", 52.8, "万人次", "exact", "服务公众52.8万人次", True),
    d("other", "新增基层科协组织", 14, "家", "exact", "新增基层科协组织14家"),
    d("other", "基层科协组织", 132, "家", "exact", "累计达到132家"),
    d("service", "科创杨浦学术沙龙", 24, "期", "exact", "学术沙龙24期"),
    d("service", "学术沙龙参与专家", 380, "人次", "exact", "参与专家380人次"),
    d("other", "公民具备科学素质比例", 25.6, "%", "exact", "公民具备科学素质比例达到25.6%"),
    d("growth", "公民具备科学素质比例比上年提高", 1.8, "个百分点", "exact", "比上年提高1.8个百分点", role="change"),
    d("service", "科普活动", 1100, "场", "over", "举办科普活动1,100场以上", role="target", year=2025),
    d("other", "公民具备科学素质比例", 27, "%", "over", "公民具备科学素质比例达到27%以上", role="target", year=2025),
]
h143 = [
    AH("2247489301_1")("杨浦区优秀青年科技人才", "district", "12名青年科技工作者", None, 2024,
                       "12名青年科技工作者获评“杨浦区优秀青年科技人才”"),
    AH("2247490102_1")("上海市科普工作先进集体", "municipal", "上海市杨浦区科学技术协会", None, 2024,
                       "区科协获评2024年度上海市科普工作先进集体"),
]
write(N143, "article-feed", "上海市杨浦区科学技术协会", ["杨浦科协", "区科协"], None, None, n143, h143)

# ---------------------------------------------------------------- n144 专精特新 拟认定名单公示 (other)
N144 = "n144_sheitc_zjtx_gs2025.html"
YEAR = 2025
S = "拟认定专精特新中小企业"
n144 = [
    F("honour", S, 28, "家", "exact", "上海九天微电子科技有限公司等28家企业", True),
    F("honour", "浦东新区" + S, 8, "家", "exact", "浦东新区8家"),
    F("honour", "闵行区" + S, 6, "家", "exact", "闵行区6家"),
    F("honour", "嘉定区" + S, 5, "家", "exact", "嘉定区5家"),
    F("honour", "松江区" + S, 4, "家", "exact", "松江区4家"),
    F("honour", "宝山区" + S, 3, "家", "exact", "宝山区3家"),
    F("honour", "杨浦区" + S, 2, "家", "exact", "杨浦区2家"),
    F("service", "专精特新中小企业受理申报企业", 41, "家", "exact", "本批次共受理申报企业41家", True),
    F("satisfaction", "专精特新中小企业评审通过率", 68.3, "%", "exact", "评审通过率68.3%", True),
    F("other", "制造业" + S, 22, "家", "exact", "制造业企业22家"),
    F("other", "制造业" + S + "占比", 78.6, "%", "exact", "占78.6%", role="share"),
    F("other", "电子信息领域" + S, 11, "家", "exact", "电子信息领域11家"),
    F("other", "高端装备领域" + S, 9, "家", "exact", "高端装备领域9家"),
    F("other", "生物医药领域" + S, 5, "家", "exact", "生物医药领域5家"),
    F("other", "新材料领域" + S, 3, "家", "exact", "新材料领域3家"),
    F("finance", S + "平均营业收入", 1.86, "亿元", "exact", "平均营业收入1.86亿元"),
    F("other", S + "平均研发投入占营业收入比重", 8.6, "%", "exact", "平均研发投入占营业收入比重8.6%"),
    F("output", S + "平均有效发明专利", 12.4, "件", "exact", "平均拥有有效发明专利12.4件"),
    F("other", "列入小巨人培育库" + S, 9, "家", "exact", "其中9家企业已列入"),
    F("honour", "累计认定专精特新中小企业", 1846, "家", "exact", "累计认定专精特新中小企业将达到1,846家", True),
    F("honour", "前三批已认定专精特新中小企业", 1818, "家", "exact", "前三批已认定1,818家"),
]
h144 = [H("2025年度上海市专精特新中小企业", "municipal", "上海九天微电子科技有限公司等28家企业", "上海市经济和信息化委员会", 2025,
          "拟认定上海九天微电子科技有限公司等28家企业为2025年度上海市专精特新中小企业")]
write(N144, "other", "上海市经济和信息化委员会", [], 2025, "2025-09-12", n144, h144)

# ---------------------------------------------------------------- n145 技术转移服务中心 2023 年度报告 (csr-report)
N145 = "n145_minhang_jszy_ndbg2023.txt"
YEAR = 2023
n145 = [
    F("service", "服务企业", 1286, "家", "exact", "服务企业1,286家", True),
    F("growth", "服务企业同比增长", 12.5, "%", "exact", "同比增长12.5%(2022年:1,143家)", True, "change"),
    F("service", "服务企业", 1143, "家", "exact", "2022年:1,143家", role="baseline", year=2022),
    F("service", "促成技术合同", 386, "项", "exact", "促成技术合同386项", True),
    F("finance", "技术合同成交额", 9.82, "亿元", "exact", "技术合同成交额9.82亿元", True),
    F("growth", "技术合同成交额同比增长", 18.3, "%", "exact", "同比增长18.3%(2022年为8.30亿元)", True, "change"),
    F("finance", "技术合同成交额", 8.3, "亿元", "exact", "2022年为8.30亿元", role="baseline", year=2022),
    F("service", "技术对接活动", 64, "场", "exact", "举办技术对接活动64场", True),
    F("output", "新增入库科技成果", 520, "项", "exact", "全年新增入库科技成果520项"),
    F("output", "新增入库高校院所成果", 312, "项", "exact", "其中高校院所成果312项"),
    F("other", "高校院所成果占新增入库科技成果比重", 60.0, "%", "exact", "占60.0%", role="share"),
    F("service", "成果转化项目", 47, "个", "exact", "完成成果转化项目47个"),
    F("service", "走访企业", 436, "家次", "exact", "走访企业436家次"),
    F("service", "梳理企业技术需求", 628, "项", "exact", "梳理企业技术需求628项"),
    F("service", "匹配解决企业技术需求", 412, "项", "exact", "匹配解决412项"),
    F("satisfaction", "企业技术需求解决率", 65.6, "%", "exact", "解决率65.6%"),
    F("finance", "带动企业R&D投入", 3.65, "亿元", "exact", "带动企业R&D投入3.65亿元"),
    F("service", "IP评估", 152, "次", "exact", "开展IP(知识产权)评估152次"),
    F("finance", "协助企业获得知识产权质押融资", 2.4, "亿元", "exact", "协助企业获得知识产权质押融资2.4亿元"),
    F("service", "知识产权质押融资服务企业", 38, "家", "exact", "服务企业38家"),
    F("people", "培训技术经理人", 210, "名", "exact", "培训技术经理人(TTO专员)210名"),
    F("people", "新取得技术经纪人证书", 58, "名", "exact", "新取得技术经纪人证书58名"),
    F("people", "持证技术经纪人", 176, "名", "exact", "累计持证技术经纪人达到176名"),
    F("other", "线上平台注册用户", 8640, "个", "exact", "注册用户8,640个"),
    F("service", "线上平台发布需求", 1150, "条", "exact", "全年发布需求1,150条"),
    F("satisfaction", "服务满意度", 96.4, "%", "exact", "服务满意度96.4%", True),
    F("other", "新增合作高校院所", 9, "家", "exact", "新增合作高校院所9家"),
    F("other", "合作高校院所", 35, "家", "exact", "累计达到35家"),
    F("other", "建立协作关系的长三角城市", 3, "个", "exact", "沿线3个城市"),
    F("service", "服务企业", 1400, "家", "over", "服务企业1,400家以上", role="target", year=2024),
    F("finance", "技术合同成交额", 11, "亿元", "over", "技术合同成交额突破11亿元", role="target", year=2024),
    F("service", "技术对接活动", 70, "场", "approx", "举办技术对接活动70场左右", role="target", year=2024),
    F("people", "培训技术经理人", 250, "名", "exact", "培训技术经理人250名", role="target", year=2024),
]
h145 = [
    H("国家技术转移示范机构", "national", "上海市闵行区技术转移服务中心", "科技部", 2023, "中心入选科技部2023年度国家技术转移示范机构"),
    H("上海市优秀技术转移服务机构", "municipal", "上海市闵行区技术转移服务中心", "上海市科学技术委员会", 2023,
      "中心获评上海市科学技术委员会\"2023年度上海市优秀技术转移服务机构\""),
]
write(N145, "csr-report", "上海市闵行区技术转移服务中心", [], 2023, "2024-03-08", n145, h145)

# ---------------------------------------------------------------- n146 金山区科委 2017 总结 (.docx, work-summary)
N146 = "n146_jinshan_kw_gzzj2017.docx"
YEAR = 2017
_, L146, _ = read(N146)


def trow(label, i):
    row = next(l for l in L146 if l.startswith(label + "\t"))
    return "\t".join(row.split("\t")[:i + 1])


n146 = [
    F("honour", "新认定高新技术企业", 58, "家", "exact", "全区新认定高新技术企业58家", True),
    F("other", "高新技术企业", 232, "家", "exact", "有效期内高新技术企业总数达到232家", True),
    F("growth", "高新技术企业比2016年增加", 46, "家", "exact", "比2016年增加46家", role="change"),
    F("output", "专利授权量", 1586, "件", "exact", "专利授权量1,586件", True),
    F("growth", "专利授权量同比增长", 17.3, "%", "exact", "同比增长17.3%", True, "change"),
    F("finance", "技术合同成交额", 15.3, "亿元", "exact", "技术合同成交额15.3亿元", True),
    F("growth", "技术合同成交额同比增长", 21.4, "%", "exact", "同比增长21.4%", True, "change"),
    F("other", "全社会研发经费支出占GDP比重", 2.35, "%", "exact", "全社会研发经费支出占GDP比重达到2.35%", True),
    F("growth", "全社会研发经费支出占GDP比重比上年提高", 0.12, "个百分点", "exact", "比上年提高0.12个百分点", role="change"),
    F("other", "新增科技小巨人（含培育）企业", 6, "家", "exact", "新增科技小巨人（含培育）企业6家"),
    F("other", "科技小巨人（含培育）企业", 34, "家", "exact", "累计达到34家"),
    F("other", "新培育科技型中小企业", 312, "家", "exact", "新培育科技型中小企业312家"),
    F("other", "新培育科技型中小企业", 265, "家", "exact", "比2016年的265家", role="baseline", year=2016),
    F("growth", "新培育科技型中小企业比2016年增加", 47, "家", "exact", "增加47家", role="change"),
    F("honour", "新认定区级以上众创空间", 3, "家", "exact", "新认定区级以上众创空间3家"),
    F("other", "区级以上众创空间", 15, "家", "exact", "累计达到15家"),
    F("other", "孵化器在孵企业", 418, "家", "exact", "孵化器在孵企业418家"),
    F("other", "孵化器毕业企业", 37, "家", "exact", "毕业企业37家"),
    F("other", "科创园新增入驻企业", 26, "家", "exact", "新增入驻企业26家"),
    F("finance", "科技型中小企业履约贷款", 2.86, "亿元", "exact", "发放科技型中小企业履约贷款2.86亿元"),
    F("service", "履约贷款惠及企业", 61, "家", "exact", "惠及企业61家"),
    F("finance", "兑现科技扶持资金", 1.12, "亿元", "exact", "兑现各类科技扶持资金1.12亿元"),
    F("people", "引进科技人才", 42, "名", "exact", "科技人才42名"),
    F("service", "科技节科普活动", 260, "场", "exact", "开展科普活动260场"),
    F("service", "科技节参与群众", 8.5, "万人次", "exact", "参与群众8.5万人次"),
]
for label, meas, subj in (("高新技术企业（家）", "家", "高新技术企业"), ("科技小巨人（含培育）企业（家）", "家", "科技小巨人（含培育）企业"),
                          ("专利申请量（件）", "件", "专利申请量"), ("专利授权量（件）", "件", "专利授权量"),
                          ("技术合同成交额（亿元）", "亿元", "技术合同成交额")):
    cat = {"家": "other", "件": "output", "亿元": "finance"}[meas]
    v16, v17 = (float(x.replace(",", "")) for x in trow(label, 2).split("\t")[1:])
    n146.append(F(cat, subj, int(v16) if v16.is_integer() and meas != "亿元" else v16, meas, "exact", trow(label, 1),
                  role="baseline", year=2016))
    n146.append(F(cat, subj, int(v17) if v17.is_integer() and meas != "亿元" else v17, meas, "exact", trow(label, 2)))
n146 += [
    F("honour", "新认定高新技术企业", 60, "家", "over", "力争新认定高新技术企业60家以上", role="target", year=2018),
    F("output", "专利授权量", 1700, "件", "exact", "专利授权量达到1,700件", role="target", year=2018),
    F("finance", "技术合同成交额", 17, "亿元", "over", "技术合同成交额突破17亿元", role="target", year=2018),
    F("other", "全社会研发经费支出占GDP比重", 2.45, "%", "approx", "全社会研发经费支出占GDP比重达到2.45%左右", role="target", year=2018),
    F("other", "推进科技创新载体建设", 5, "个", "exact", "推进5个科技创新载体建设", role="target", year=2018),
]
write(N146, "work-summary", "上海市金山区科学技术委员会", [], 2017, "2018-01-15", n146, [])
