#!/usr/bin/env python3
"""Writes ../gold/*.json from the rows typed below by hand (read off the documents in ../docs).
Table facts are cut from the rows: tcell(label, i) is the row's cells 0..i joined by TAB (※ README)."""
import json, os, sys, zipfile, xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "..", "docs"), os.path.join(HERE, "..", "gold")
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_lines(path):
    """The text a reader of the .docx sees: one line per paragraph (its runs joined), one line per table row
    (its cells joined by TAB)."""
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    ptext = lambda p: "".join(t.text or "" for t in p.iter(WNS + "t"))
    out = []
    for el in root.find(WNS + "body"):
        if el.tag == WNS + "p":
            out.append(ptext(el))
        elif el.tag == WNS + "tbl":
            for tr in el.findall(WNS + "tr"):
                out.append("\t".join("".join(ptext(p) for p in tc.findall(WNS + "p")) for tc in tr.findall(WNS + "tc")))
    return out


def F(cat, subj, year, value, measure, qual, quote, key, role, **extra):
    d = dict(category=cat, subject=subj, year=year, value=value, measure=measure, qualifier=qual, quote=quote, key=key, role=role)
    d.update(extra)
    return d


def H(title, level, recipient, issuer, year, quote, source):
    return dict(title=title, level=level, recipient=recipient, issuer=issuer, year=year, quote=quote, source=source)


def table_cut(lines):
    def tcell(label, i):
        rows = [l for l in lines if l.split("\t")[0] == label and "\t" in l]
        assert len(rows) == 1, label
        return "\t".join(rows[0].split("\t")[:i + 1])
    return tcell


# ---------------------------------------------------------------------------------------------- n79
def n79():
    U = "上海市宝山区科学技术委员会"
    RD = "全社会研发经费投入占地区生产总值比重"
    GQ = "高新技术企业"
    JS = "技术合同成交额"
    ZL = "每万人口发明专利拥有量"
    facts = [
        # 一、总体情况 (opening paragraph, lines 7–13): the headline figures
        F("other", RD, 2025, 3.05, "%", "exact", "区生产总值比重达到3.05%", True, "share"),
        F("growth", RD + "较2020年提高", 2025, 0.69, "个百分点", "exact", "较“十三五”末（2020年）提高0.69个百分点", True, "change"),
        F("service", GQ, 2025, 1286, "家", "exact", "经认定的全区高新技术企业有效期内总数达到1,286", True, "actual"),  # 家 on the next line ※
        F("growth", GQ + "数量为2020年的倍数", 2025, 2.1, "倍", "exact", "是2020年的2.1倍", False, "change"),
        F("finance", JS, 2025, 165.3, "亿元", "exact", "技术合同成交额165.3亿元", True, "actual"),
        F("growth", JS + "同比增长", 2025, 19.6, "%", "exact", "165.3亿元，同比增长19.6%", True, "change"),
        F("output", ZL, 2025, 48.3, "件", "exact", "每万人口发明专利拥有量48.3件", True, "actual"),
        F("other", "“十四五”期间累计新增科创板上市企业", 2025, 7, "家", "exact", "7家，区财政科技投入", True, "actual"),       # the subject ends the line before
        F("finance", "“十四五”期间区财政科技投入累计", 2025, 46.8, "亿元", "exact", "区财政科技投入累计46.8亿元", True, "actual"),
        # （一）创新主体持续壮大
        F("service", GQ, 2020, 612, "家", "exact", "2020年为612家", False, "baseline"),
        F("service", GQ, 2021, 756, "家", "exact", "2021年为756家", False, "actual"),
        F("service", GQ, 2023, 1032, "家", "exact", "为1,032家", False, "actual"),                     # 2023年 ends the line before ※
        F("service", GQ, 2025, 1286, "家", "exact", "2025年为1,286家", False, "actual"),
        F("growth", GQ + "年均增长", 2025, 16.0, "%", "exact", "1,286家，年均增长16.0%", False, "change"),
        F("service", "“十四五”期间累计培育科技小巨人（含培育）企业", 2025, 86, "家", "exact", "培育科技小巨人（含培育）企业86家", False, "actual"),
        F("service", "科技型中小企业评价入库数", 2020, 1150, "家", "exact", "由2020年的1,150家", False, "baseline"),
        F("service", "科技型中小企业评价入库数", 2025, 2480, "家", "exact", "增至2025年的2,480家", False, "actual"),
        F("other", "有研发活动的规模以上工业企业占比", 2025, 42.6, "%", "exact", "占比为42.6%", False, "share"),
        F("growth", "有研发活动的规模以上工业企业占比比2020年提高", 2025, 11.8, "个百分点", "exact", "比2020年提高11.8个百分点", False, "change"),
        # （二）研发投入稳步提高
        F("other", RD, 2021, 2.52, "%", "exact", "比重2021年为2.52%", False, "share"),
        F("other", RD, 2023, 2.81, "%", "exact", "2023年为2.81%", False, "share"),
        F("other", RD, 2025, 3.05, "%", "exact", "2025年为3.05%", False, "share"),
        F("finance", "“十四五”期间区财政科技投入累计", 2025, 46.8, "亿元", "exact", "区财政科技投入“十四五”期间累计46.8亿元", False, "actual"),
        F("growth", "区财政科技投入年均增长", 2025, 9.5, "%", "exact", "年均增长9.5%，其中2025年安排", False, "change"),   # first line of page 2
        F("finance", "区财政科技投入", 2025, 11.2, "亿元", "exact", "其中2025年安排11.2亿元", False, "actual"),
        # （三）成果转化成效明显
        F("finance", JS, 2020, 52.1, "亿元", "exact", "技术合同成交额由2020年的52.1亿元", False, "baseline"),
        F("finance", JS, 2025, 165.3, "亿元", "exact", "增至2025年的165.3亿元", False, "actual"),
        F("growth", JS + "年均增长", 2025, 26.0, "%", "exact", "增长26.0%。分年度看", False, "change"),           # 年均 ends the line before
        F("finance", JS, 2021, 68.4, "亿元", "exact", "2021年68.4亿元", False, "actual"),
        F("finance", JS, 2022, 89.7, "亿元", "exact", "2022年89.7亿元", False, "actual"),
        F("finance", JS, 2023, 112.6, "亿元", "exact", "112.6亿元", False, "actual"),          # 2023年 ends the line before ※
        F("finance", JS, 2024, 138.2, "亿元", "exact", "2024年138.2亿元", False, "actual"),
        F("finance", "“十四五”期间累计技术合同成交额", 2025, 574.2, "亿元", "exact", "“十四五”期间累计成交574.2亿元", False, "actual"),
        F("output", ZL, 2020, 24.6, "件", "exact", "由2020年的24.6件", False, "baseline"),
        F("output", ZL, 2025, 48.3, "件", "exact", "提高到2025年的48.3件", False, "actual"),
        F("output", "“十四五”期间累计新增发明专利授权", 2025, 1.26, "万件", "exact", "累计新增发明专利授权1.26万件", False, "actual"),
        # （四）创新载体量质齐升
        F("other", "市级以上科技企业孵化器和众创空间", 2020, 21, "家", "exact", "由2020年的21家", False, "baseline"),
        F("other", "市级以上科技企业孵化器和众创空间", 2025, 38, "家", "exact", "增至2025年的38家", False, "actual"),
        F("other", "孵化面积", 2025, 62, "万平方米", "approx", "面积约62万平方米", False, "actual"),
        F("service", "在孵企业", 2025, 1800, "家", "over", "在孵企业1,800余家", False, "actual"),
        F("other", "市级以上研发与转化功能型平台", 2025, 3, "个", "exact", "平台3个", False, "actual"),
        F("other", "新型研发机构", 2025, 18, "家", "exact", "新型研发机构18家", False, "actual"),
        F("service", "累计认定区级企业技术中心", 2025, 245, "家", "exact", "累计认定区级企业技术中心245家", False, "actual"),
        # （五）科技金融和人才支撑有力
        F("service", "“十四五”期间“科创贷”累计服务企业", 2025, 2640, "家次", "exact", "累计为2,640家次企业", False, "actual"),
        F("finance", "“十四五”期间“科创贷”累计发放贷款", 2025, 312.5, "亿元", "exact", "发放贷款312.5亿元", False, "actual"),
        F("finance", "“科创贷”发放贷款", 2025, 86.4, "亿元", "exact", "2025年发放86.4亿元", False, "actual"),
        F("other", "“科创贷”2025年发放贷款占“十四五”总额比重", 2025, 27.6, "%", "exact", "占“十四五”总额的27.6%", False, "share"),
        F("people", "“十四五”期间累计引进和培育科技人才", 2025, 1.2, "万人", "exact", "科技人才1.2万人", False, "actual"),
        F("people", "入选市级以上人才计划", 2025, 312, "人次", "exact", "入选市级以上人才计划312人次", False, "actual"),
        # （六）创新生态持续优化
        F("other", "市级科普基地", 2020, 18, "家", "exact", "由2020年的18家", False, "baseline"),
        F("other", "市级科普基地", 2025, 27, "家", "exact", "增至2025年的27家", False, "actual"),
        F("service", "“十四五”期间累计举办科普活动", 2025, 3800, "场", "over", "科普日等活动3,800余场", False, "actual"),
        F("service", "“十四五”期间科普活动受益群众", 2025, 120, "万人次", "nearly", "受益群众近120万人次", False, "actual"),
        F("other", "公民具备科学素质的比例", 2025, 24.8, "%", "exact", "科学素质的比例达到24.8%", False, "share"),
        # 三、存在的不足: the plan's own 2025 targets ※
        F("finance", JS + "规划目标", 2025, 180, "亿元", "exact", "技术合同成交额规划目标为180亿元", False, "target"),
        F("other", JS + "完成规划目标比例", 2025, 91.8, "%", "exact", "2025年完成规划目标的91.8%", False, "share"),
        F("service", GQ + "规划目标", 2025, 1200, "家", "exact", "高新技术企业规划目标为1,200家", False, "target"),
        # 四、下一步工作: 2030 goals (到2030年 ends the line before ※) and 2026 goals (2026年 ends the line before)
        F("other", RD, 2030, 3.6, "%", "approx", "比重达到3.6%左右", False, "target"),
        F("service", GQ, 2030, 2000, "家", "over", "高新技术企业突破2,000家", False, "target"),
        F("finance", JS, 2030, 300, "亿元", "over", "技术合同成交额达到300亿元以上", False, "target"),
        F("output", ZL, 2030, 80, "件", "exact", "每万人口发明专利拥有量达到80件", False, "target"),
        F("service", "新增高新技术企业", 2026, 150, "家", "over", "力争新增高新技术企业150家以上", False, "target"),
        F("growth", JS + "同比增长", 2026, 10, "%", "over", "技术合同成交额增长10%以上", False, "target"),
    ]
    honours = [
        H("全国科普示范区", "national", "宝山区", "中国科协", 2022, "2022年，宝山区被中国科协命名为“全国科普示范区”", "text"),
        H("国家知识产权强市建设示范城区", "national", "宝山区", "国家知识产权局", 2024,
          "国家知识产权局确定为“国家知识产权强市建设示范城区”", "text"),  # 2024年 ends the line before
    ]
    return dict(document="n79_baoshan_kw_sswzj2025.txt", kind="work-summary", unit=U, aliases=["宝山区科学技术委员会", "区科委"],
                year=2025, published="2026-01-20", facts=facts, honours=honours)


# ---------------------------------------------------------------------------------------------- n80
def n80():
    lines = open(os.path.join(DOCS, "n80_stcsm_xxzx_bmys2026.txt"), "rb").read().decode("gb18030").split("\n")[:-1]
    tcell = table_cut(lines)
    facts = [
        # 第一部分 单位概况
        F("other", "内设部门", 2026, 5, "个", "exact", "网络安全部5个部门", False, "actual"),
        F("people", "核定事业编制", 2026, 58, "名", "exact", "核定事业编制58名", False, "actual"),
        F("people", "实有在职人员", 2026, 54, "名", "exact", "2026年初实有在职人员54名", False, "actual"),
        # 一、收支预算总体情况 (the opening paragraph)
        F("finance", "收入预算合计", 2026, 6174.60, "万元", "exact", "2026年收入预算合计6,174.60万元", True, "budget"),
        F("growth", "收入预算合计比2025年预算增加", 2026, 111.90, "万元", "exact", "比2025年预算增加111.90万元", True, "change"),
        F("growth", "收入预算合计比2025年预算增长", 2026, 1.8, "%", "exact", "111.90万元，增长1.8%", True, "change"),
        F("finance", "财政拨款收入", 2026, 5124.60, "万元", "exact", "其中：财政拨款收入5,124.60万元", True, "budget"),
        F("growth", "财政拨款收入比2025年预算增长", 2026, 5.5, "%", "exact", "5,124.60万元，增长5.5%", False, "change"),
        F("finance", "事业收入", 2026, 1050.00, "万元", "exact", "事业收入1,050.00万元", False, "budget"),
        F("growth", "事业收入比2025年预算减少", 2026, 156.50, "万元", "exact", "比2025年预算减少156.50万元", False, "change"),
        F("growth", "事业收入比2025年预算下降", 2026, 13.0, "%", "exact", "156.50万元，下降13.0%", False, "change"),
        F("finance", "支出预算合计", 2026, 6174.60, "万元", "exact", "支出预算合计6,174.60万元", True, "budget"),
        F("finance", "基本支出", 2026, 1935.80, "万元", "exact", "其中基本支出1,935.80万元", True, "budget"),
        F("finance", "项目支出", 2026, 4238.80, "万元", "exact", "项目支出4,238.80万元", True, "budget"),
    ]
    # 表1 and 表2: 2025年预算数 (baseline), 2026年预算数 (budget), 增减额 and 增减率 (change, signed)
    for label in ["收入预算合计", "财政拨款收入", "事业收入", "支出预算合计", "基本支出", "项目支出",
                  None,
                  "科学技术支出", "社会保障和就业支出", "住房保障支出"]:
        if label is None:
            facts += [
                F("finance", "科学技术支出", 2026, 4711.90, "万元", "exact", "科学技术支出4,711.90万元", False, "budget"),
                F("finance", "住房保障支出", 2026, 131.20, "万元", "exact", "住房保障支出131.20万元", False, "budget"),
                F("growth", "住房保障支出比2025年预算减少", 2026, 5.90, "万元", "exact", "比2025年预算减少5.90万元", False, "change"),
            ]
            continue
        row = [l for l in lines if l.startswith(label + "\t")][0].split("\t")
        num = lambda s: float(s.replace(",", ""))
        facts += [
            F("finance", label, 2025, num(row[1]), "万元", "exact", tcell(label, 1), False, "baseline"),
            F("finance", label, 2026, num(row[2]), "万元", "exact", tcell(label, 2), False, "budget"),
            F("growth", label + "比2025年预算增加", 2026, num(row[3]), "万元", "exact", tcell(label, 3), False, "change"),
            F("growth", label + "比2025年预算增长", 2026, num(row[4]), "%", "exact", tcell(label, 4), False, "change"),
        ]
    facts += [
        # 三、其他重要事项说明
        F("finance", "科技管理信息系统运维项目", 2026, 1268.40, "万元", "exact", "科技管理信息系统运维项目预算1,268.40万元", False, "budget"),
        F("finance", "科技数据资源中心建设项目", 2026, 960.00, "万元", "exact", "科技数据资源中心建设项目预算960.00万元", False, "budget"),
        F("finance", "“三公”经费预算", 2026, 5.50, "万元", "exact", "2026年“三公”经费预算5.50万元", False, "budget"),
        F("growth", "“三公”经费比2025年预算减少", 2026, 6.50, "万元", "exact", "比2025年预算减少6.50万元", False, "change"),
        F("finance", "公务用车运行费", 2026, 4.50, "万元", "exact", "其中公务用车运行费4.50万元", False, "budget"),
        F("finance", "公务接待费", 2026, 1.00, "万元", "exact", "公务接待费1.00万元", False, "budget"),
        F("finance", "政府采购预算", 2026, 620.00, "万元", "exact", "2026年政府采购预算620.00万元", False, "budget"),
        # 表3 绩效目标: the measure is the row's 单位 cell; ≥ is over, ≤ is under ※
        F("service", "保障运行的信息系统", 2026, 36, "个", "exact", tcell("保障运行的信息系统", 2), False, "target"),
        F("output", "完成网络安全等级保护测评", 2026, 12, "项", "exact", tcell("完成网络安全等级保护测评", 2), False, "target"),
        F("other", "汇聚科技数据资源", 2026, 850, "万条", "exact", tcell("汇聚科技数据资源", 2), False, "target"),
        F("service", "开展系统应用培训", 2026, 1200, "人次", "exact", tcell("开展系统应用培训", 2), False, "target"),
        F("other", "系统平均可用率", 2026, 99.9, "%", "over", tcell("系统平均可用率", 2), False, "target"),
        F("satisfaction", "用户满意度", 2026, 95, "%", "over", tcell("用户满意度", 2), False, "target"),
        F("other", "故障响应时间", 2026, 2, "小时", "under", tcell("故障响应时间", 2), False, "target"),
    ]
    return dict(document="n80_stcsm_xxzx_bmys2026.txt", kind="budget", unit="上海市科学技术委员会信息中心", aliases=["信息中心"],
                year=2026, published="2026-02-10", facts=facts, honours=[])


# ---------------------------------------------------------------------------------------------- n81
def n81():
    arts = json.load(open(os.path.join(DOCS, "n81_sheitc_zxqy_wx2026.json"), encoding="utf-8"))
    date = {a["文章标识符aid"]: a["时间time"] for a in arts}
    A1, A2, A3, A4, A5, A6 = [a["文章标识符aid"] for a in arts]

    def G(aid, *a):
        return F(*a, article=aid, date=date[aid])
    ZJ = "新认定专精特新中小企业"
    facts = [
        # A1 2025-12-12 服务节 (2025)
        G(A1, "service", "中小企业服务节活动", 2025, 120, "场", "over", "数字化转型等活动一百二十余场", True, "actual"),
        G(A1, "service", "中小企业服务节服务企业人次", 2025, 12000, "人次", "over", "线上线下服务企业1万2千余人次", True, "actual"),
        G(A1, "other", "中小企业服务节线上服务占比", 2025, 30, "%", "approx", "线上服务约占服务总量的30%", False, "share"),
        G(A1, "other", "服务节参与金融机构", 2025, 37, "家", "exact", "37家金融机构", False, "actual"),
        G(A1, "finance", "服务节现场授信意向金额", 2025, 48.6, "亿元", "exact", "现场授信意向金额达48.6亿元", False, "actual"),
        G(A1, "service", "服务节促成融资对接项目", 2025, 286, "个", "exact", "促成融资对接项目286个", False, "actual"),
        G(A1, "service", "服务节数字化诊断", 2025, 516, "家次", "exact", "开展数字化诊断516家次", False, "actual"),
        G(A1, "satisfaction", "服务节参与企业满意度", 2025, 97.1, "%", "exact", "参与企业满意度达97.1%", False, "actual"),
        # A2 2025-12-30 企业服务云 (2025); the title restates the headline
        G(A2, "service", "“企业服务云”访问量", 2025, 860, "万人次", "over", "“企业服务云”2025年访问量突破860万人次", False, "actual"),
        G(A2, "service", "“企业服务云”访问量", 2025, 860, "万人次", "over", "全年访问量突破860万人次", True, "actual"),
        G(A2, "service", "“企业服务云”注册企业用户", 2025, 21.6, "万家", "exact", "注册企业用户达到21.6万家", False, "actual"),
        G(A2, "growth", "“企业服务云”注册企业用户较上年末增加", 2025, 3.4, "万家", "exact", "较上年末增加3.4万家", False, "change"),
        G(A2, "other", "“企业服务云”中小微企业用户占比", 2025, 93.6, "%", "exact", "中小微企业用户占比为93.6%", False, "share"),
        G(A2, "service", "“企业服务云”发布服务产品", 2025, 2350, "项", "exact", "平台全年发布服务产品2,350项", False, "actual"),
        G(A2, "other", "企业需求平均响应时间", 2025, 1.5, "个工作日", "exact", "平均响应时间缩短至1.5个工作日", False, "actual"),
        # A3 2026-01-09 公共服务平台: 2025 results published in 2026
        G(A3, "service", "公共服务平台服务企业", 2025, 4.82, "万家", "exact", "市中小企业公共服务平台服务企业4.82万家", False, "actual"),
        G(A3, "service", "公共服务平台服务企业", 2025, 4.82, "万家", "exact", "公共服务平台网络服务企业4.82万家", True, "actual"),
        G(A3, "growth", "公共服务平台服务企业同比增长", 2025, 8.6, "%", "exact", "4.82万家，同比增长8.6%", True, "change"),
        G(A3, "service", "公共服务平台培训人次", 2025, 1, "万人次", "over", "开展各类培训万余人次", False, "actual"),
        G(A3, "service", "受理企业诉求", 2025, 3126, "件", "exact", "受理企业诉求3,126件", False, "actual"),
        G(A3, "satisfaction", "企业诉求办结率", 2025, 98.7, "%", "exact", "办结率98.7%", False, "actual"),
        G(A3, "satisfaction", "公共服务平台企业满意度", 2025, 96.2, "%", "exact", "企业满意度96.2%", True, "actual"),
        G(A3, "growth", "公共服务平台企业满意度比上年提高", 2025, 1.4, "个百分点", "exact", "比上年提高1.4个百分点", False, "change"),
        G(A3, "other", "小微企业占服务企业比重", 2025, 86, "%", "approx", "小微企业约占服务企业总数的86%", False, "share"),
        G(A3, "other", "首次使用平台服务的企业占比", 2025, 2, "成", "nearly", "首次使用平台服务的企业占近两成", False, "share"),
        G(A3, "service", "精准推送政策信息", 2025, 52, "万条", "exact", "精准推送政策信息52万条", False, "actual"),
        # A4 2026-01-20 专精特新 (2025)
        G(A4, "service", ZJ, 2025, 1268, "家", "exact", "本市新增专精特新中小企业1,268家", False, "actual"),
        G(A4, "service", ZJ, 2025, 1268, "家", "exact", "本市新认定专精特新中小企业1,268家", True, "actual"),
        G(A4, "other", "专精特新中小企业（累计）", 2025, 1.36, "万家", "exact", "累计达到1.36万家", False, "actual"),
        G(A4, "service", "新增国家级专精特新“小巨人”企业", 2025, 86, "家", "exact", "专精特新“小巨人”企业86家", True, "actual"),
        G(A4, "other", "国家级专精特新“小巨人”企业（累计）", 2025, 828, "家", "exact", "累计达到828家", False, "actual"),
        G(A4, "other", "新认定专精特新企业重点领域", 2025, 3, "", "exact", "生物医药三大领域", False, "actual"),
        G(A4, "other", "三大领域企业占新认定专精特新企业比重", 2025, 61.4, "%", "exact", "占新认定企业的61.4%", False, "share"),
        G(A4, "other", "营业收入亿元以上企业占新认定专精特新企业比重", 2025, 2, "成", "nearly", "营业收入亿元以上的企业占近两成", False, "share"),
        G(A4, "finance", "专精特新企业融资担保金额", 2025, 126.8, "亿元", "exact", "提供融资担保金额126.8亿元", False, "actual"),
        G(A4, "growth", "专精特新企业融资担保金额同比增长", 2025, 15.2, "%", "exact", "126.8亿元，同比增长15.2%", False, "change"),
        G(A4, "growth", "融资担保覆盖率提高", 2025, 3.5, "个百分点", "exact", "融资担保覆盖率提高三点五个百分点", False, "change"),
        # A5 2026-01-28 服务券 (2025)
        G(A5, "service", "发放数字化转型服务券企业", 2025, 312, "家", "exact", "中心共向312家中小企业发放", False, "actual"),
        G(A5, "finance", "每家企业数字化转型服务券金额", 2025, 12000, "元", "exact", "每家企业￥12,000", False, "actual"),   # ￥ = 元 ※
        G(A5, "finance", "数字化转型服务券发放金额", 2025, 374.4, "万元", "exact", "合计374.4万元", False, "actual"),
        G(A5, "finance", "带动企业数字化投入", 2025, 2.1, "亿元", "approx", "带动企业数字化投入约2.1亿元", False, "actual"),
        G(A5, "other", "参与服务的数字化服务商", 2025, 46, "家", "exact", "参与服务的数字化服务商达四十六家", False, "actual"),
        G(A5, "satisfaction", "企业对数字化服务商的满意度", 2025, 95.5, "%", "exact", "企业对服务商的满意度为95.5%", False, "actual"),
        # A6 2026-02-12 2026年工作要点: targets of 2026
        G(A6, "service", "服务企业", 2026, 5, "万家", "over", "力争服务企业5万家以上", False, "target"),
        G(A6, "service", "培训和对接活动", 2026, 150, "场", "over", "开展培训和对接活动150场以上", False, "target"),
        G(A6, "satisfaction", "企业满意度", 2026, 96, "%", "over", "企业满意度保持在96%以上", False, "target"),
        G(A6, "other", "每区遴选特色产业园区", 2026, 3, "家", "over", "每区遴选三至五家特色产业园区", False, "target"),
        G(A6, "other", "每区遴选特色产业园区", 2026, 5, "家", "under", "每区遴选三至五家特色产业园区", False, "target"),
        G(A6, "service", ZJ, 2026, 1300, "家", "approx", "全年新增专精特新中小企业1,300家左右", False, "target"),
        G(A6, "finance", "数字化转型服务券资金安排", 2026, 500, "万元", "exact", "数字化转型服务券资金安排500万元", False, "target"),
    ]
    return dict(document="n81_sheitc_zxqy_wx2026.json", kind="article-feed", unit="上海市中小企业发展服务中心",
                aliases=["市中小企业发展服务中心"], year=None, published=None, facts=facts, honours=[])


# ---------------------------------------------------------------------------------------------- n82
def n82():
    U = "上海市特种设备监督检验技术研究院"
    lines = docx_lines(os.path.join(DOCS, "n82_ssei_tjy_csr2025.docx"))
    tcell = table_cut(lines)
    facts = [
        # 二、年度概览 (the opening paragraph)
        F("service", "特种设备检验", 2025, 53.9, "万台", "exact", "完成特种设备检验53.9万台", True, "actual"),
        F("growth", "特种设备检验同比增长", 2025, 5.3, "%", "exact", "53.9万台，同比增长5.3%", True, "change"),
        F("output", "出具检验检测报告", 2025, 58.4, "万份", "exact", "出具检验检测报告58.4万份", True, "actual"),
        F("finance", "营业收入", 2025, 11.05, "亿元", "exact", "实现营业收入11.05亿元", True, "actual"),
        F("growth", "营业收入同比增长", 2025, 6.0, "%", "exact", "11.05亿元，同比增长6.0%", True, "change"),
        F("satisfaction", "客户满意度", 2025, 96.5, "%", "exact", "客户满意度96.5%", True, "actual"),
        F("honour", "各级荣誉", 2025, 6, "项", "exact", "获得各级荣誉6项", True, "actual"),
        # 三、关于我们
        F("other", "检验所（部门）", 2025, 11, "个", "exact", "起重机械检验所等11个检验所", False, "actual"),
        F("people", "在岗职工", 2025, 1172, "人", "exact", "在岗职工1,172人", False, "actual"),
        F("people", "高级职称人员", 2025, 386, "人", "exact", "其中高级职称人员386人", False, "actual"),
        F("other", "高级职称人员占比", 2025, 32.9, "%", "exact", "386人，占32.9%", False, "share"),
    ]
    # 表1 关键绩效: years are columns; 2023 and 2024 are baselines, 2025 the actual (a table copy, key false)
    subj = {"营业收入": ("finance", "营业收入"), "特种设备检验": ("service", "特种设备检验"),
            "出具检验检测报告": ("output", "出具检验检测报告"), "研发投入": ("finance", "研发投入"),
            "授权专利": ("output", "新增授权专利"), "在岗职工": ("people", "在岗职工"),
            "客户满意度": ("satisfaction", "客户满意度"), "安全生产责任事故": ("other", "安全生产责任事故")}
    for label, (cat, s) in subj.items():
        row = [l for l in lines if l.startswith(label + "\t")][0].split("\t")
        for i, y in ((2, 2023), (3, 2024), (4, 2025)):
            v = float(row[i].replace(",", ""))
            v = int(v) if v == int(v) and "." not in row[i] else v
            facts.append(F(cat, s, y, v, row[1], "exact", tcell(label, i), False, "actual" if y == 2025 else "baseline"))
    facts += [
        # （一）经济绩效: restates the 2025 column
        F("finance", "营业收入", 2025, 11.05, "亿元", "exact", "2025年营业收入11.05亿元", False, "actual"),
        F("growth", "营业收入比2024年增加", 2025, 0.63, "亿元", "exact", "比2024年增加0.63亿元", False, "change"),
        F("finance", "研发投入", 2025, 7215, "万元", "exact", "研发投入7,215万元", False, "actual"),
        F("other", "研发投入占营业收入比重", 2025, 6.5, "%", "exact", "占营业收入的6.5%", False, "share"),
        F("growth", "研发投入同比增长", 2025, 9.7, "%", "exact", "同比增长9.7%", False, "change"),
        # （二）服务绩效
        F("service", "特种设备检验", 2025, 53.9, "万台", "exact", "全年完成特种设备检验53.9万台", False, "actual"),
        F("service", "电梯检验", 2025, 28.7, "万台", "exact", "其中电梯检验28.7万台", False, "actual"),
        F("service", "承压设备检验", 2025, 16.4, "万台", "exact", "承压设备检验16.4万台", False, "actual"),
        F("service", "起重机械及其他检验", 2025, 8.8, "万台", "exact", "起重机械及其他8.8万台", False, "actual"),
        F("satisfaction", "电梯定期检验按期完成率", 2025, 99.8, "%", "exact", "按期完成率99.8%", False, "actual"),
        F("satisfaction", "客户投诉", 2025, 7, "件", "exact", "全年受理客户投诉7件", False, "actual"),
        F("satisfaction", "客户投诉办结率", 2025, 100, "%", "exact", "办结率100%", False, "actual"),
        # （三）创新绩效
        F("output", "新增授权专利", 2025, 63, "件", "exact", "新增授权专利63件", False, "actual"),
        F("output", "新增授权发明专利", 2025, 21, "件", "exact", "其中发明专利21件", False, "actual"),
        F("output", "承担国家重点研发计划课题", 2025, 2, "项", "exact", "承担国家重点研发计划课题2项", False, "actual"),
        F("output", "主持或参与制修订标准", 2025, 14, "项", "exact", "行业标准共十四项", False, "actual"),
        # （四）员工与社会
        F("service", "员工培训", 2025, 1.56, "万人次", "exact", "全年开展员工培训1.56万人次", False, "actual"),
        F("other", "员工志愿服务时长", 2025, 1350, "小时", "over", "员工参加志愿服务1,350余小时", False, "actual"),
        F("service", "免费安全技术咨询", 2025, 400, "家次", "nearly", "免费开展安全技术咨询近400家次", False, "actual"),
        F("growth", "单位营业收入能耗比2024年下降", 2025, 3.8, "%", "exact", "单位营业收入能耗比2024年下降3.8%", False, "change"),
        # 五、荣誉与认可
        F("honour", "各级荣誉", 2025, 6, "项", "exact", "共获得各级荣誉6项", False, "actual"),
        F("honour", "国家级荣誉", 2025, 2, "项", "exact", "其中国家级2项", False, "actual"),
        F("honour", "市级荣誉", 2025, 3, "项", "exact", "市级3项", False, "actual"),
        F("honour", "系统级荣誉", 2025, 1, "项", "exact", "系统级1项", False, "actual"),
    ]
    lev = {"国家级": "national", "市级": "municipal", "系统级": "system"}
    honours = []
    for l in lines:
        c = l.split("\t")
        if len(c) == 6 and c[0].isdigit():
            rec = c[4] if c[4] == U or len(c[4]) <= 3 else U + c[4]     # a person as written, a department under the unit's name
            honours.append(H(c[1], lev[c[2]], rec, c[3], int(c[5]), l, "table"))
    honours.append(H("2025年度特种设备检验检测行业优秀科普基地", "other", U, "中国特种设备检验协会", 2025,
                     "特检院被中国特种设备检验协会评为“2025年度特种设备检验检测行业优秀科普基地”", "text"))
    return dict(document="n82_ssei_tjy_csr2025.docx", kind="csr-report", unit=U, aliases=["特检院"],
                year=2025, published="2026-03-30", facts=facts, honours=honours)


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in (n79(), n80(), n81(), n82()):
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
