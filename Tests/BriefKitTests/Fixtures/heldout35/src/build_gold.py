#!/usr/bin/env python3
"""Writes gold/ for n135–n138 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
H(title, level, recipient, issuer, year, quote, source="text")
Table facts (n135's w:tbl, n137's pipe tables) come from cell(doc, label, i): the row's line from its label cell
through cell i, the separator kept (TAB in the .docx line, " | " in the Markdown row); the value is read from cell i
and the caller types the measure (from the label cell's （…） in n135, from the units row / 单位 column in n137 ※).
Lines are check.doc_lines's (see check.py)."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
from check import doc_lines, TAB, MDSEP  # noqa: E402
DOCS, GOLD = os.path.join(ROOT, "docs"), os.path.join(ROOT, "gold")
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


def cell(name, label, i):
    lines, _ = doc_lines(os.path.join(DOCS, name))
    if name.endswith(".docx"):
        row = next(l for l in lines if l.startswith(label + TAB))
        cells, sep = row.split(TAB), TAB
    else:
        row = next(l for l in lines if l.startswith("| " + label + " |"))
        cells, sep = [c.strip() for c in row.strip("|").split("|")], MDSEP
    c = cells[i].rstrip("%").replace(",", "")
    return sep.join(cells[:i + 1]), (float(c) if "." in c else int(c))


# ---------------------------------------------------------------- n135 区科委 2019 summary (.docx, work-summary)
N135 = "n135_huangpu_kw_zjsl2019.docx"
YEAR = 2019


def t135(label, subj, meas, cat):
    """2018 = baseline, 2019 = actual, 增幅 = change of 2019 (measure %)."""
    q1, v1 = cell(N135, label, 1)
    q2, v2 = cell(N135, label, 2)
    q3, v3 = cell(N135, label, 3)
    return [F(cat, subj, v1, meas, "exact", q1, role="baseline", year=2018),
            F(cat, subj, v2, meas, "exact", q2),
            F("growth", subj + "同比增长", v3, "%", "exact", q3, role="change")]


n135 = [
    # key paragraph (2019年，区科委坚持…)
    F("other", "新认定高新技术企业", 126, "家", "exact", "全年新认定高新技术企业126家", True),
    F("other", "有效期内高新技术企业", 412, "家", "exact", "有效期内高新技术企业达到412家", True),
    F("finance", "技术合同成交额", 38.65, "亿元", "exact", "技术合同成交额38.65亿元", True),
    F("growth", "技术合同成交额同比增长", 15.2, "%", "exact", "38.65亿元，同比增长15.2%", True, "change"),
    F("output", "每万人口发明专利拥有量", 52.8, "件", "exact", "每万人口发明专利拥有量达到52.8件", True),
    F("finance", "区级科技创新资金投入", 2.36, "亿元", "exact", "区级科技创新资金投入2.36亿元", True),
    # （一）
    F("service", "高企申报辅导培训", 12, "场", "exact", "高企申报辅导培训12场"),
    F("service", "高企申报辅导服务企业", 860, "家次", "exact", "服务企业860家次"),
    F("other", "申报高新技术企业", 198, "家", "exact", "申报高新技术企业198家"),
    F("other", "新认定高新技术企业", 126, "家", "exact", "通过认定126家"),
    F("other", "高新技术企业认定通过率", 63.6, "%", "exact", "通过率63.6%", role="share"),
    F("honour", "新增市级科技小巨人企业", 4, "家", "exact", "新增市级科技小巨人企业4家"),
    F("honour", "新增市级科技小巨人培育企业", 7, "家", "exact", "科技小巨人培育企业7家"),
    F("honour", "市级科技小巨人（含培育）企业", 53, "家", "exact", "全区累计达到53家"),
    # （二）
    F("other", "登记技术合同", 1046, "项", "exact", "登记技术合同1,046项"),
    F("finance", "技术合同成交额", 38.65, "亿元", "exact", "成交额38.65亿元"),
    F("finance", "技术开发合同成交额", 21.30, "亿元", "exact", "技术开发合同成交额21.30亿元"),
    F("other", "技术开发合同成交额占比", 55.1, "%", "exact", "21.30亿元，占55.1%", role="share"),
    F("honour", "新认定市级众创空间", 3, "家", "exact", "新认定市级众创空间3家"),
    F("other", "市级以上孵化载体", 21, "家", "exact", "市级以上孵化载体达到21家"),
    # （三）
    F("finance", "区级科技创新资金投入", 2.36, "亿元", "exact", "全年区级科技创新资金投入2.36亿元"),
    F("service", "科技型中小企业技术创新项目", 85, "个", "exact", "科技型中小企业技术创新项目85个"),
    F("finance", "科技型中小企业技术创新项目资金", 3120, "万元", "exact", "资金3,120万元"),
    F("service", "研发费用加计扣除惠及企业", 356, "家", "exact", "惠及企业356家"),
    F("finance", "研发费用加计扣除减免税额", 4.82, "亿元", "exact", "减免税额4.82亿元"),
    # （四）
    F("service", "科普活动", 230, "场", "exact", "开展各类科普活动230场"),
    F("service", "科普活动参与市民", 8.5, "万人次", "approx", "参与市民约8.5万人次"),
    F("honour", "新创建全国科普示范社区", 2, "个", "exact", "新创建全国科普示范社区2个"),
]
# 表1 (TAB-separated row lines; ※ measure from the label cell's （…）)
n135 += t135("新认定高新技术企业（家）", "新认定高新技术企业", "家", "other")
n135 += t135("有效期内高新技术企业（家）", "有效期内高新技术企业", "家", "other")
n135 += t135("技术合同成交额（亿元）", "技术合同成交额", "亿元", "finance")
n135 += t135("每万人口发明专利拥有量（件）", "每万人口发明专利拥有量", "件", "output")
n135 += [
    # 三、存在的不足
    F("other", "外迁高新技术企业", 17, "家", "exact", "全年外迁高新技术企业17家"),
    # 四、2020年工作思路: targets of 2020; the 2020 预算安排 and its rate are role budget ※
    F("other", "新认定高新技术企业", 130, "家", "over", "新认定高新技术企业130家以上", role="target", year=2020),
    F("other", "有效期内高新技术企业", 450, "家", "over", "有效期内高新技术企业突破450家", role="target", year=2020),
    F("finance", "技术合同成交额", 42, "亿元", "exact", "技术合同成交额达到42亿元", role="target", year=2020),
    F("output", "每万人口发明专利拥有量", 56, "件", "exact", "每万人口发明专利拥有量达到56件", role="target", year=2020),
    F("service", "高企申报辅导培训", 12, "场", "over", "申报辅导培训不少于12场", role="target", year=2020),
    F("growth", "技术合同成交额同比增长", 8, "%", "over", "技术合同成交额增长8%以上", role="target", year=2020),
    F("finance", "区级科技创新资金投入", 2.50, "亿元", "exact", "区级科技创新资金预算安排2.50亿元", role="budget", year=2020),
    F("growth", "区级科技创新资金投入同比增长", 5.9, "%", "exact", "比2019年增长5.9%", role="budget", year=2020),
    F("service", "科普活动", 240, "场", "over", "开展科普活动不少于240场", role="target", year=2020),
]
UNIT135 = "上海市黄浦区科学技术委员会"
h135 = [
    H("全国科技进步示范区", "national", "黄浦区", "科技部", 2019, "继续保持“全国科技进步示范区”称号"),
    H("全国科普示范社区", "national", "外滩街道", "中国科协", 2019, "外滩街道、南京东路街道被中国科协命名为“全国科普示范社区”"),
    H("全国科普示范社区", "national", "南京东路街道", "中国科协", 2019, "外滩街道、南京东路街道被中国科协命名为“全国科普示范社区”"),
    H("上海市科普工作先进集体", "municipal", UNIT135, None, 2019, "区科委获评“上海市科普工作先进集体”"),
]
write(N135, "work-summary", UNIT135, ["黄浦区科学技术委员会", "区科委"], 2019, "2019-12-20", n135, h135)

# ---------------------------------------------------------------- n136 WeChat article of a park operator (HTML, other)
N136 = "n136_chjsj_yq_wx2023.html"
YEAR = 2022
SP24 = '<span style="color:#c00;font-size:24px;"><strong>'
n136 = [
    # key paragraph (2022年，面对多重超预期因素冲击…), plain text
    F("finance", "营业总收入", 412.6, "亿元", "exact", "全年实现营业总收入412.6亿元", True),
    F("growth", "营业总收入同比增长", 8.3, "%", "exact", "412.6亿元，同比增长8.3%", True, "change"),
    F("finance", "工业总产值", 186.4, "亿元", "exact", "完成工业总产值186.4亿元", True),
    F("finance", "税收总额", 21.8, "亿元", "exact", "实现税收总额21.8亿元", True),
    F("growth", "税收总额同比增长", 5.1, "%", "exact", "21.8亿元，同比增长5.1%", True, "change"),
    F("service", "新增注册企业", 486, "家", "exact", "新增注册企业486家", True),
    # 01 big-number cards: the figure in its own <span><strong>; quote = raw line from the label through the measure ※
    F("finance", "营业总收入", 412.6, "亿元", "exact",
      '营业总收入</span>' + SP24 + '412.6</strong></span><span style="font-size:15px;">亿元'),
    F("finance", "规模以上工业产值", 172.9, "亿元", "exact", "规模以上工业企业实现产值172.9亿元"),
    F("other", "规模以上工业产值占工业总产值比重", 92.8, "%", "exact", "占工业总产值的92.8%", role="share"),
    F("finance", "战略性新兴产业产值", 98.5, "亿元", "exact", "战略性新兴产业产值98.5亿元"),
    F("growth", "战略性新兴产业产值同比增长", 11.2, "%", "exact", "98.5亿元，同比增长11.2%", role="change"),
    F("finance", "税收总额", 21.8, "亿元", "exact", "税收总额" + SP24 + "21.8</strong></span>亿元"),
    # 02
    F("other", "园区企业", 3126, "家", "exact", '园区集聚企业<span style="color:#c00;font-weight:bold;">3,126</span>家'),
    F("other", "外资企业", 268, "家", "exact", '外资企业<span style="color:#c00;font-weight:bold;">268</span>家'),
    F("service", "新增注册企业", 486, "家", "exact", "全年新增注册企业486家"),
    F("service", "新引进亿元以上项目", 14, "个", "exact", "新引进亿元以上项目14个"),
    F("finance", "新引进亿元以上项目总投资", 126.3, "亿元", "exact", "总投资达到126.3亿元"),
    F("other", "高新技术企业", 238, "家", "exact", "园区高新技术企业达到238家"),
    F("other", "新认定高新技术企业", 42, "家", "exact", "全年新认定42家"),
    F("honour", "市级专精特新中小企业", 65, "家", "exact", "市级专精特新中小企业65家"),
    F("honour", "国家级专精特新“小巨人”企业", 9, "家", "exact", "国家级专精特新“小巨人”企业9家"),
    F("honour", "新增国家级专精特新“小巨人”企业", 3, "家", "exact", "其中2022年新增3家"),
    # 03
    F("finance", "研发投入", 28.5, "亿元", "exact", "园区企业研发投入28.5亿元"),
    F("other", "研发投入占营业总收入比重", 6.9, "%", "exact", "占营业总收入的6.9%", role="share"),
    F("output", "有效发明专利", 1842, "件", "exact", '有效发明专利<span style="color:#c00;">1,842</span>件'),
    F("growth", "有效发明专利同比增长", 14.6, "%", "exact", "件，同比增长14.6%", role="change"),
    F("other", "市级以上研发机构", 37, "家", "exact", "市级以上研发机构37家"),
    # 04 (&nbsp; between the number and its measure, kept in the raw quote ※)
    F("other", "新竣工产业载体", 12.8, "万平方米", "exact", "新竣工产业载体12.8&nbsp;万平方米"),
    F("other", "可租赁载体总面积", 126.5, "万平方米", "exact", "可租赁载体总面积达到126.5万平方米"),
    F("other", "载体平均出租率", 91.2, "%", "exact", "平均出租率91.2%"),
    # 05 (the 1</strong>…2.6 card above is split inside its digits: not quoted ※; its figure is labelled here)
    F("service", "政策宣讲和投融资对接活动", 86, "场", "exact", "投融资对接等活动86场"),
    F("service", "服务企业", 2360, "家次", "exact", "服务企业2,360家次"),
    F("finance", "协助企业融资", 12.6, "亿元", "exact", "股权融资等合计12.6亿元"),
    F("satisfaction", "企业服务满意度", 95.3, "%", "exact", "企业服务满意度达到95.3%"),
    F("honour", "新增国家级专精特新“小巨人”企业", 3, "家", "exact", "园区3家企业入选"),
    # 2023 targets
    F("finance", "营业总收入", 450, "亿元", "over", "营业总收入突破450亿元", role="target", year=2023),
    F("service", "新增注册企业", 500, "家", "over", "新增注册企业500家以上", role="target", year=2023),
    F("other", "新竣工产业载体", 10, "万平方米", "exact", "新竣工产业载体10万平方米", role="target", year=2023),
]
UNIT136 = "上海漕河泾开发区松江高科技园发展有限公司"
h136 = [
    H("上海市特色产业园区", "municipal", UNIT136, "上海市经济和信息化委员会", 2022,
      "园区入选上海市经济和信息化委员会公布的“上海市特色产业园区”名单"),
    H("五星级品牌园区", "other", UNIT136, "上海市开发区协会", 2022, "获评上海市开发区协会“五星级品牌园区”"),
    H("国家级专精特新“小巨人”企业", "national", "园区3家企业", "工业和信息化部", 2022,
      "园区3家企业入选工业和信息化部第四批国家级专精特新“小巨人”企业"),
]
write(N136, "other", UNIT136, ["漕河泾松江园"], 2022, "2023-06-18", n136, h136)

# ---------------------------------------------------------------- n137 incubator 2022 operating report (Markdown)
N137 = "n137_xwcy_fhq_yybg2022.md"
YEAR = 2022


def unit_cell(label):
    """The 单位 cell of a 表2 row (typed in the table by hand)."""
    lines, _ = doc_lines(os.path.join(DOCS, N137))
    row = next(l for l in lines if l.startswith("| " + label + " |"))
    return row.split(" | ")[1]


def t137a(label, subj):
    """表1: 2021 (baseline), 2022 (actual), 同比 (change); measures from the units row （家） （家） （%） ※."""
    (q1, v1), (q2, v2), (q3, v3) = (cell(N137, label, i) for i in (1, 2, 3))
    return [F("service", subj, v1, "家", "exact", q1, role="baseline", year=2021),
            F("service", subj, v2, "家", "exact", q2),
            F("growth", subj + "同比增长", v3, "%", "exact", q3, role="change")]


def t137b(label, subj, cat):
    """表2: the 单位 cell gives the measure ※; 2021 (baseline), 2022 (actual), 同比（%） (change)."""
    meas = unit_cell(label)
    (q2, v2), (q3, v3), (q4, v4) = (cell(N137, label, i) for i in (2, 3, 4))
    return [F(cat, subj, v2, meas, "exact", q2, role="baseline", year=2021),
            F(cat, subj, v3, meas, "exact", q3),
            F("growth", subj + "同比增长", v4, "%", "exact", q4, role="change")]


n137 = [
    # key paragraph (2022年，孵化器克服…)
    F("service", "在孵企业", 156, "家", "exact", "在孵企业156家", True),
    F("service", "新增入孵企业", 42, "家", "exact", "新增入孵企业42家", True),
    F("service", "毕业企业", 18, "家", "exact", "毕业企业18家", True),
    F("service", "累计毕业企业", 83, "家", "exact", "累计毕业企业83家", True),
    F("finance", "在孵企业获得投融资", 3.85, "亿元", "exact", "获得投融资3.85亿元", True),
    F("growth", "在孵企业获得投融资同比增长", 21.5, "%", "exact", "3.85亿元，同比增长21.5%", True, "change"),
    F("output", "在孵企业有效知识产权", 1268, "件", "exact", "拥有有效知识产权1,268件", True),
]
n137 += t137a("在孵企业", "在孵企业") + t137a("新增入孵企业", "新增入孵企业") + t137a("当年毕业企业", "毕业企业") \
    + t137a("累计毕业企业", "累计毕业企业")
n137 += t137b("在孵企业获得投融资", "在孵企业获得投融资", "finance") \
    + t137b("在孵企业有效知识产权", "在孵企业有效知识产权", "output") + t137b("举办创新创业活动", "创新创业活动", "service")
n137 += [
    # 三、孵化服务
    F("service", "项目路演和投融资对接会", 18, "场", "exact", "投融资对接会18场"),
    F("service", "获得投融资的在孵企业", 27, "家", "exact", "获得投融资的在孵企业27家"),
    F("finance", "股权融资", 2.64, "亿元", "exact", "股权融资2.64亿元"),
    F("finance", "银行贷款", 1.21, "亿元", "exact", "银行贷款1.21亿元"),
    F("service", "种子基金新增投资在孵企业", 6, "家", "exact", "新增投资在孵企业6家"),
    F("finance", "种子基金投资金额", 1850, "万元", "exact", "投资金额1,850万元"),
    F("output", "发明专利", 312, "件", "exact", "发明专利312件"),
    F("other", "发明专利占有效知识产权比重", 24.6, "%", "exact", "312件，占24.6%", role="share"),
    F("output", "新增专利申请", 205, "件", "exact", "新增专利申请205件"),
    F("service", "创新创业活动", 72, "场", "exact", "举办创新创业活动72场"),
    F("service", "创新创业活动服务创业者", 5800, "人次", "over", "服务创业者超过5,800人次"),
    F("people", "专业服务人员", 14, "人", "exact", "专业服务人员14人"),
    F("people", "持有创业导师资格的专业服务人员", 9, "人", "exact", "持有创业导师资格的9人"),
    F("people", "创业导师", 36, "名", "exact", "聘请创业导师36名"),
    F("other", "孵化场地面积", 1.2, "万平方米", "exact", "孵化场地面积1.2万平方米"),
    F("other", "年末入驻率", 92.5, "%", "exact", "年末入驻率92.5%"),
    F("other", "清退企业", 6, "家", "exact", "清退不符合要求的企业6家"),
    F("honour", "在孵企业新认定上海市专精特新中小企业", 5, "家", "exact", "新认定上海市专精特新中小企业5家"),
    # 五、2023 targets
    F("service", "在孵企业", 170, "家", "exact", "在孵企业达到170家", role="target", year=2023),
    F("service", "新增入孵企业", 45, "家", "over", "新增入孵企业45家以上", role="target", year=2023),
    F("service", "毕业企业", 20, "家", "over", "毕业企业不少于20家", role="target", year=2023),
    F("finance", "在孵企业获得投融资", 4, "亿元", "over", "获得投融资突破4亿元", role="target", year=2023),
]
UNIT137 = "上海嘉定新微创源孵化器管理有限公司"
h137 = [
    H("国家级科技企业孵化器", "national", UNIT137, "科学技术部", 2016, "2016年被科学技术部认定为国家级科技企业孵化器"),
    H("2021年度国家级科技企业孵化器评价优秀（A类）", "national", UNIT137, "科技部火炬中心", 2022,
      "2022年获评科技部火炬中心2021年度国家级科技企业孵化器评价优秀（A类）"),
    H("2022年度上海市科技企业孵化器绩效评价优秀", "municipal", UNIT137, "上海市科学技术委员会", 2022,
      "入选上海市科学技术委员会2022年度上海市科技企业孵化器绩效评价优秀名单"),
    H("嘉定区创新创业服务示范基地", "district", UNIT137, "嘉定区科学技术委员会", 2022,
      "获评嘉定区科学技术委员会“嘉定区创新创业服务示范基地”"),
]
write(N137, "work-summary", UNIT137, ["新微创源孵化器"], 2022, "2023-02-15", n137, h137)

# ---------------------------------------------------------------- n138 district 政府工作报告 (pdftotext -layout)
N138 = "n138_qingpu_zf_zfgzbg2021.txt"
YEAR = 2020
n138 = [
    # key paragraph (2020年是极不平凡的一年…, six layout lines)
    F("finance", "地区生产总值", 1193.4, "亿元", "exact", "全年实现地区生产总值1,193.4亿元", True),
    F("growth", "地区生产总值同比增长", 3.2, "%", "exact", "1,193.4亿元，比上年增长3.2%", True, "change"),
    F("finance", "区级一般公共预算收入", 203.6, "亿元", "exact", "预算收入203.6亿元", True),
    F("growth", "区级一般公共预算收入同比增长", 1.8, "%", "exact", "203.6亿元，增长1.8%", True, "change"),
    F("growth", "全社会固定资产投资同比增长", 15.7, "%", "exact", "全社会固定资产投资增长15.7%", True, "change"),
    F("finance", "社会消费品零售总额", 612.5, "亿元", "exact", "总额612.5亿元", True),
    F("growth", "社会消费品零售总额同比增长", 2.6, "%", "exact", "612.5亿元，增长2.6%", role="change"),
    F("finance", "城镇居民人均可支配收入", 6.26, "万元", "exact", "分别达到6.26万元"),
    F("finance", "农村居民人均可支配收入", 3.81, "万元", "exact", "和3.81万"),           # 元 on the next line ※
    F("growth", "城镇居民人均可支配收入同比增长", 4.1, "%", "exact", "分别增长4.1%", role="change"),
    F("growth", "农村居民人均可支配收入同比增长", 6.9, "%", "exact", "分别增长4.1%和6.9%", role="change"),
    # 一年来
    F("finance", "为企业减免房租和减税降费", 38.7, "亿元", "exact", "减税降费38.7亿元"),
    F("other", "示范区青浦片区重点项目", 65, "个", "exact", "实施重点项目65个"),
    F("finance", "示范区青浦片区重点项目完成投资", 312.4, "亿元", "exact", "完成投资312.4亿元"),
    F("other", "新认定高新技术企业", 278, "家", "exact", "全年新认定高新技术企业278家"),
    F("other", "有效期内高新技术企业", 806, "家", "exact", "新技术企业总数达到806家"),
    F("other", "全社会研发经费支出占地区生产总值比重", 3.1, "%", "exact", "全社会研发经费支出占地区生产总值比重达到3.1%",
      role="share"),
    F("finance", "技术合同成交额", 62.5, "亿元", "exact", "技术合同成交额62.5亿元"),
    F("growth", "技术合同成交额同比增长", 18.3, "%", "exact", "62.5亿元，增长18.3%", role="change"),
    F("other", "新增就业岗位", 1.82, "万个", "exact", "新增就业岗位1.82万个"),
    F("other", "新建改扩建学校", 8, "所", "exact", "新建、改扩建学校8所"),
    F("other", "新增养老床位", 1020, "张", "exact", "新增养老床位1,020张"),
    # 十三五 (五年来, 累计, 年均增长): year 2020 ※; 2015 values are baselines
    F("finance", "地区生产总值", 862.1, "亿元", "exact", "的862.1亿元", role="baseline", year=2015),
    F("finance", "地区生产总值", 1193.4, "亿元", "exact", "增加到2020年的1,193.4亿元"),
    F("growth", "十三五时期地区生产总值年均增长", 6.7, "%", "exact", "年均增长6.7%", role="change"),
    F("finance", "十三五时期区级一般公共预算收入累计", 913.4, "亿元", "exact", "五年累计完成913.4亿元"),
    F("growth", "十三五时期区级一般公共预算收入年均增长", 9.3, "%", "exact", "913.4亿元，年均增长9.3%", role="change"),
    F("finance", "十三五时期全社会固定资产投资累计", 2468, "亿元", "exact", "累计完成全社会固定资产投资2,468亿元"),
    F("other", "十三五时期全社会固定资产投资为十二五时期倍数", 1.8, "倍", "exact", "时期的1.8倍", role="share"),
    F("other", "有效期内高新技术企业", 186, "家", "exact", "高新技术企业由2015年的186家", role="baseline", year=2015),
    F("other", "有效期内高新技术企业", 806, "家", "exact", "增加到806家"),
    F("other", "有效期内高新技术企业为2015年倍数", 4.3, "倍", "exact", "的4.3倍", role="share"),
    F("other", "十三五时期建设筹措保障性住房", 2.35, "万套", "exact", "建设筹措各类保障性住房2.35万套"),
    F("other", "十三五时期新建公园绿地", 486, "公顷", "exact", "新建各类公园绿地486"),   # 公顷 on the next line ※
    F("other", "森林覆盖率", 14.3, "%", "exact", "森林覆盖率由2015年的14.3%", role="baseline", year=2015),
    F("other", "森林覆盖率", 18.6, "%", "exact", "提高到18.6%"),
    # 十四五 targets (2025)
    F("finance", "地区生产总值", 1800, "亿元", "exact", "力争达到1,800亿元", role="target", year=2025),
    F("growth", "十四五时期地区生产总值年均增长", 8.6, "%", "approx", "年均增长8.6%左右", role="target", year=2025),
    F("other", "有效期内高新技术企业", 1500, "家", "over", "高新技术企业突破1,500家", role="target", year=2025),
    F("other", "全社会研发经费支出占地区生产总值比重", 3.5, "%", "exact", "经费支出占地区生产总值比重达到3.5%",
      role="target", year=2025),
    F("other", "森林覆盖率", 20, "%", "over", "森林覆盖率达到20%以上", role="target", year=2025),
    # 2021 targets
    F("growth", "地区生产总值同比增长", 7, "%", "approx", "产总值增长7%左右", role="target", year=2021),
    F("growth", "区级一般公共预算收入同比增长", 5, "%", "exact", "区级一般公共预算收入增长5%", role="target", year=2021),
    F("growth", "全社会固定资产投资同比增长", 10, "%", "over", "全社会固定资产投资增长10%", role="target", year=2021),  # 以上 next line ※
    F("other", "新增就业岗位", 1.8, "万个", "exact", "新增就业岗位1.8万个", role="target", year=2021),
    F("other", "示范区青浦片区重点项目", 70, "个", "over", "全年实施示范区重点项目70个以上", role="target", year=2021),
    F("finance", "示范区青浦片区重点项目完成投资", 350, "亿元", "approx", "投资350亿元左右", role="target", year=2021),
    F("other", "新认定高新技术企业", 300, "家", "over", "新认定高新技术企业300家以上", role="target", year=2021),
    F("finance", "技术合同成交额", 70, "亿元", "over", "70亿元", role="target", year=2021),          # 突破 previous line ※
]
write(N138, "work-summary", "上海市青浦区人民政府", ["青浦区人民政府"], 2020, "2021-01-07", n138, [])
