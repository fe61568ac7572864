#!/usr/bin/env python3
"""Writes gold/ for n131–n134 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
H(title, level, recipient, issuer, year, quote, source="text")
Table cells come from three small helpers that only cut the quote out of the document line; the value is read from
that cell and must equal the hand-typed value given beside it (an assertion), so a typo in either stops the build:
- lcell(label, i, v) for n131's pdftotext -layout table: the row's text from its 科目名称 through column i (columns are
  runs of 2+ spaces), the spaces kept as in the file;
- hcell(label, v) for n133's HTML indicator tables: `三级指标</td><td>指标值` (the last two cells of the row; rowspan
  cells before them are left out);
- mcell(label, i, v) for n134's Markdown pipe table: the row from its 指标 cell through column i, ` | ` kept.
n131 is read as GB18030; the quotes are decoded text.
"""
import json, os, re, sys
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


def lines_of(name, enc="utf-8"):
    return open(os.path.join(DOCS, name), encoding=enc).read().split("\n")


def num(s):
    return float(re.sub(r"[^\d.]", "", s))


# ---------------------------------------------------------------- n131 区科委 2024年度部门决算 (budget, GB18030)
N131 = "n131_hongkou_kw_bmjs2024_gb.txt"
YEAR = 2024
L131 = lines_of(N131, "gb18030")


def lcell(label, i, v):
    row = next(l for l in L131 if re.search(r"(^|\s{2})" + re.escape(label) + r"\s{2}", l))
    start = row.index(label)
    rest = row[start:]
    cells = [m for m in re.finditer(r"\S+(?: \S+)*", rest)]      # cells are separated by 2+ spaces
    q = rest[:cells[i].end()]
    assert abs(num(cells[i].group()) - v) < 1e-9, (label, i, cells[i].group(), v)
    return q


def trow131(label, subj):
    """年初预算数 / 调整预算数 are budgets of 2024 (subjects …年初预算 / …调整预算 ※); 决算数 is the 2024 actual."""
    vals = {"合计": (17856.40, 19183.20, 18472.86), "行政运行": (1302.50, 1310.80, 1286.42),
            "科技成果转化与扩散": (3600.00, 4020.00, 3845.60), "科普活动": (650.00, 640.00, 612.85),
            "其他科学技术支出": (12113.70, 13022.20, 12541.65),
            "机关事业单位基本养老保险缴费支出": (190.20, 190.20, 186.34)}[label]
    return [F("finance", subj + "年初预算", vals[0], "万元", "exact", lcell(label, 1, vals[0]), role="budget"),
            F("finance", subj + "调整预算", vals[1], "万元", "exact", lcell(label, 2, vals[1]), role="budget"),
            F("finance", subj, vals[2], "万元", "exact", lcell(label, 3, vals[2]))]


n131 = []
for label, subj in (("合计", "财政拨款支出"), ("行政运行", "行政运行支出"), ("科技成果转化与扩散", "科技成果转化与扩散支出"),
                    ("科普活动", "科普活动支出"), ("其他科学技术支出", "其他科学技术支出"),
                    ("机关事业单位基本养老保险缴费支出", "机关事业单位基本养老保险缴费支出")):
    n131 += trow131(label, subj)
n131 += [
    # 一、收入支出决算总体情况 (key: the two 总计 and their growth ※)
    F("finance", "收入总计", 18968.07, "万元", "exact", "收入总计18,968.07万元", True),
    F("finance", "支出总计", 18968.07, "万元", "exact", "支出总计18,968.07万元", True),
    F("growth", "收支总计比2023年度增加", 1215.36, "万元", "exact", "计各增加1,215.36万元", role="change"),
    F("growth", "收支总计比2023年度增长", 6.8, "%", "exact", "1,215.36万元，增长6.8%", True, "change"),
    F("finance", "本年收入合计", 18652.47, "万元", "exact", "本年收入合计18,652.47万元"),
    F("finance", "财政拨款收入", 18420.15, "万元", "exact", "18,420.15万元"),
    F("other", "财政拨款收入占本年收入比重", 98.8, "%", "exact", "占本年收入的98.8%", role="share"),
    F("finance", "其他收入", 232.32, "万元", "exact", "其他收入232.32万元"),
    F("finance", "年初结转和结余", 315.60, "万元", "exact", "年初结转和结余315.60万元"),
    F("finance", "本年支出合计", 18705.36, "万元", "exact", "本年支出合计18,705.36万元"),
    F("finance", "基本支出", 2012.34, "万元", "exact", "2,012.34万元"),
    F("finance", "项目支出", 16693.02, "万元", "exact", "项目支出16,693.02万元"),
    F("finance", "年末结转和结余", 262.71, "万元", "exact", "年末结转和结余262.71万元"),
    # 二、财政拨款支出
    F("finance", "财政拨款支出", 18472.86, "万元", "exact", "财政拨款支出决算为18,472.86万元", True),
    F("other", "财政拨款支出完成调整预算比例", 96.3, "%", "exact", "完成调整预算的96.3%", role="share"),
    F("finance", "财政拨款支出", 17446.34, "万元", "exact", "17,446.34万元", role="baseline", year=2023),
    F("growth", "财政拨款支出比2023年度增加", 1026.52, "万元", "exact", "增加1,026.52万元", role="change"),
    F("growth", "财政拨款支出比2023年度增长", 5.9, "%", "exact", "增长5.9%", role="change"),
    F("finance", "财政拨款支出年中追加预算", 1326.80, "万元", "exact", "1,326.80万元", role="budget"),
    # 三、具体情况 (科技成果转化与扩散)
    F("finance", "科技成果转化与扩散支出", 3845.60, "万元", "exact", "决算数为3,845.60万元"),
    F("other", "科技成果转化与扩散支出完成调整预算比例", 95.7, "%", "exact", "完成调整预算的95.7%", role="share"),
    F("growth", "科技成果转化与扩散支出比2023年度增加", 412.30, "万元", "exact", "增加412.30万元", role="change"),
    F("growth", "科技成果转化与扩散支出比2023年度增长", 12.0, "%", "exact", "增长12.0%", role="change"),
    # 四、“三公”经费
    F("finance", "三公经费财政拨款支出", 23.46, "万元", "exact", "“三公”经费财政拨款支出决算为23.46万元", True),
    F("other", "三公经费财政拨款支出完成预算比例", 78.2, "%", "exact", "完成预算的78.2%", role="share"),
    F("finance", "三公经费财政拨款支出", 25.60, "万元", "exact", "决算25.60万元", role="baseline", year=2023),
    F("growth", "三公经费财政拨款支出比2023年度减少", 2.14, "万元", "exact", "减少2.14万元", role="change"),
    F("growth", "三公经费财政拨款支出比2023年度下降", 8.4, "%", "exact", "下降8.4%", role="change"),
    F("finance", "因公出国（境）费", 4.82, "万元", "exact", "因公出国（境）费4.82万元"),
    F("finance", "公务用车购置及运行费", 15.36, "万元", "exact", "及运行费15.36万元"),
    F("finance", "公务接待费", 3.28, "万元", "exact", "公务接待费3.28万元"),
    F("finance", "三公经费财政拨款支出预算", 30.00, "万元", "exact", "30.00万元", role="budget"),
    # 五、政府采购
    F("finance", "政府采购支出总额", 1864.52, "万元", "exact", "政府采购支出总额1,864.52万元", True),
    F("finance", "政府采购货物支出", 312.40, "万元", "exact", "政府采购货物支出312.40万元"),
    F("finance", "政府采购服务支出", 1552.12, "万元", "exact", "政府采购服务支出1,552.12万元"),
    F("finance", "授予中小企业合同金额", 1598.36, "万元", "exact", "1,598.36万元"),
    F("other", "授予中小企业合同金额占政府采购支出总额比重", 85.7, "%", "exact", "占政府采购支出总额的85.7%", role="share"),
]
write(N131, "budget", "上海市虹口区科学技术委员会", ["区科委"], 2024, "2025-07", n131, [])

# ---------------------------------------------------------------- n132 计量测试研究院 2020年度社会责任报告 (csr-report)
N132 = "n132_pjjl_csr2020.txt"
YEAR = 2020
U132 = "上海市浦江计量测试研究院"
n132 = [
    # 一、关于我们
    F("people", "在职职工", 486, "人", "exact", "在职职工四百八十六人"),
    F("people", "高级专业技术职称人员", 123, "人", "exact", "高级专业技术职称的一百二十三人"),
    F("other", "社会公用计量标准", 120, "项", "over", "社会公用计量标准一百二十余项"),
    F("service", "获准开展的检定校准和检验检测项目", 2300, "项", "over", "检验检测项目二千三百余项"),
    # 二、2020年度综述 (key line)
    F("service", "检定校准", 486000, "台件", "over", "完成检定校准四十八万六千余台件", True),
    F("growth", "检定校准同比增长", 6.1, "%", "exact", "同比增长6.1%", True, "change"),
    F("service", "出具检验检测报告", 32000, "份", "over", "出具检验检测报告三万二千余份", True),
    F("service", "服务客户", 12600, "家", "over", "服务客户一万二千六百余家", True),
    F("finance", "营业收入", 3.26, "亿元", "exact", "实现营业收入3.26亿元", True),
    F("growth", "营业收入同比增长", 4.5, "%", "exact", "同比增长4.5%", True, "change"),
    F("satisfaction", "客户满意度", 98.5, "%", "exact", "客户满意度达到98.5%", True),
    F("growth", "客户满意度比上年提高", 0.7, "个百分点", "exact", "较上年提高0.7个百分点", role="change"),
    # 与2019年相比: 2019 baselines, 2020 restatements
    F("service", "检定校准", 458000, "台件", "over", "由四十五万八千余台件", role="baseline", year=2019),
    F("service", "检定校准", 486000, "台件", "over", "增至四十八万六千余台件"),
    F("finance", "营业收入", 3.12, "亿元", "exact", "营业收入由3.12亿元", role="baseline", year=2019),
    F("finance", "营业收入", 3.26, "亿元", "exact", "增至3.26亿元"),
    F("satisfaction", "客户满意度", 97.8, "%", "exact", "客户满意度由97.8%", role="baseline", year=2019),
    F("satisfaction", "客户满意度", 98.5, "%", "exact", "提升至98.5%"),
    # 三、疫情防控
    F("satisfaction", "防疫计量器具检定校准按时完成率", 100, "%", "exact", "按时完成率达到百分之百"),
    F("service", "免费检定校准防疫计量器具服务单位", 140, "家", "over", "全市一百四十余家医疗机构"),
    F("service", "免费检定校准防疫计量器具", 16000, "台件", "over", "防疫计量器具一万六千余台件"),
    F("growth", "防疫计量器具检定校准量为2019年的倍数", 2, "倍", "exact", "是2019年同类业务量的两倍", role="change"),
    F("service", "防疫物资检验", 3200, "批次", "over", "完成防疫物资检验三千二百余批次"),
    F("other", "防疫物资检测周期压缩前", 7, "个工作日", "exact", "检测周期由七个工作日"),
    F("other", "防疫物资检测周期", 2, "个工作日", "exact", "压缩至两个工作日"),
    F("finance", "减免检验检测费用", 1056, "万元", "exact", "累计减免检验检测费用一千零五十六万元"),
    # 四、复工复产
    F("service", "复工复产计量技术服务企业", 3200, "家次", "over", "为三千二百余家次企业"),
    F("service", "复工复产上门服务", 260, "次", "over", "上门服务二百六十余次"),
    F("service", "远程视频指导校准", 900, "次", "over", "远程视频指导校准九百余次"),
    F("service", "检定校准费用减半惠及小微企业", 1800, "家", "over", "惠及企业一千八百余家"),
    # 五、技术能力
    F("output", "承担科研项目", 23, "项", "exact", "承担国家和上海市科研项目二十三项"),
    F("other", "新建社会公用计量标准", 9, "项", "exact", "新建社会公用计量标准九项"),
    F("output", "制修订计量技术规范和地方标准", 11, "项", "exact", "地方标准十一项"),
    F("output", "授权发明专利", 9, "件", "exact", "获授权发明专利九件"),
    F("finance", "研发投入", 2800, "万元", "exact", "研发投入二千八百万元"),
    F("other", "研发投入占营业收入比重", 8.6, "%", "exact", "占营业收入的8.6%", role="share"),
    # 六、人与社会
    F("service", "员工培训", 90, "场次", "over", "组织员工培训九十余场次"),
    F("other", "职工人均培训学时", 42, "学时", "exact", "职工人均培训四十二学时"),
    F("service", "科普活动", 18, "场", "exact", "科普活动十八场"),
    F("service", "科普活动受众", 20, "万人次", "over", "受众二十余万人次"),
    F("finance", "党员职工捐款", 12, "万元", "over", "自愿捐款十二万余元"),
    F("people", "社区防控志愿者", 150, "人次", "over", "志愿者一百五十余人次"),
    # 七、环保
    F("other", "电子证书", 29, "万张", "over", "出具电子证书二十九万余张"),
    F("other", "电子证书占证书总量比重", 6, "成", "exact", "占证书总量的六成", role="share"),
    F("growth", "单位营业收入综合能耗同比下降", 3, "%", "exact", "同比下降百分之三", role="change"),
    # 八、荣誉 (count key)
    F("honour", "省部级以上荣誉", 9, "项", "exact", "获得省部级以上荣誉九项", True),
    # 九、展望: targets of 2021
    F("service", "检定校准", 50, "万台件", "over", "检定校准突破五十万台件", role="target", year=2021),
    F("satisfaction", "客户满意度", 98, "%", "over", "客户满意度保持在98%以上", role="target", year=2021),
    F("other", "研发投入占营业收入比重", 9, "%", "over", "不低于9%", role="target", year=2021),
]
n132h = [
    H("上海市抗击新冠肺炎疫情先进集体", "municipal", U132, "中共上海市委、上海市人民政府", 2020,
      "研究院被中共上海市委、上海市人民政府授予“上海市抗击新冠肺炎疫情先进集体”称号"),
    H("全国市场监管系统抗击新冠肺炎疫情先进集体", "national", U132, "国家市场监督管理总局", 2020,
      "被国家市场监督管理总局评为“全国市场监管系统抗击新冠肺炎疫情先进集体”"),
    H("上海市工人先锋号", "municipal", "研究院防疫计量保障工作组", "上海市总工会", 2020,
      "研究院防疫计量保障工作组获上海市总工会授予的“上海市工人先锋号”称号"),
    H("上海市三八红旗手", "municipal", "陈静", "上海市妇女联合会", 2020,
      "热工计量所所长陈静获上海市妇女联合会授予的“上海市三八红旗手”称号"),
    H("浦东新区五四红旗团组织", "district", "研究院团委", "共青团浦东新区委员会", 2020,
      "研究院团委获评共青团浦东新区委员会命名的“浦东新区五四红旗团组织”"),
]
write(N132, "csr-report", U132, ["浦江计量院", "研究院"], 2020, "2021-03", n132, n132h)

# ---------------------------------------------------------------- n133 2026年度绩效目标 (budget)
N133 = "n133_sttc_jxmb2026.html"
YEAR = 2026
L133 = lines_of(N133)


def hcell(label, v):
    """`三级指标</td><td>指标值` of the row whose 三级指标 cell is label; the value must be the cell's number."""
    row = next(l for l in L133 if f"<td>{label}</td><td>" in l)
    cells = row[:-len("</td></tr>")].split(CELL)
    assert cells[-2].endswith(label) and abs(num(cells[-1]) - v) < 1e-9, (label, cells, v)
    return label + CELL + cells[-1]


def T(cat, subj, val, meas, qual, label=None):
    """An indicator-table cell: a target of 2026, key false."""
    return F(cat, subj, val, meas, qual, hcell(label or subj, val), role="target")


P1, P2 = "科技成果转化公共服务平台运营项目", "技术转移服务体系建设项目"
n133 = [
    # 一、部门整体: 2026 budget amounts (key ※)
    F("finance", "部门预算资金总额", 5862.40, "万元", "exact", "部门预算资金总额5,862.40万元", True, "budget"),
    F("finance", "部门财政拨款资金", 5620.00, "万元", "exact", "财政拨款资金5,620.00万元", True, "budget"),
    F("finance", "部门其他资金", 242.40, "万元", "exact", "其他资金242.40万元", role="budget"),
    F("finance", "基本支出", 1842.40, "万元", "exact", "基本支出1,842.40万元", role="budget"),
    F("finance", "项目支出", 4020.00, "万元", "exact", "项目支出4,020.00万元", True, "budget"),
    # 年度总体目标 (targets of 2026; a 2025 baseline)
    F("service", "举办科技成果对接活动", 24, "场", "over", "举办科技成果对接活动不少于24场", role="target"),
    F("service", "服务科技型企业", 100, "家", "over", "服务科技型企业超过100家", role="target"),
    F("finance", "促成技术合同成交额", 50, "亿元", "over", "促成技术合同成交额突破50亿元", role="target"),
    F("finance", "促成技术合同成交额", 46.8, "亿元", "exact", "促成技术合同成交额46.8亿元", role="baseline", year=2025),
    # 部门整体绩效指标表
    T("service", "举办科技成果对接活动", 24, "场", "over"),
    T("service", "服务科技型企业", 100, "家", "over"),
    T("satisfaction", "项目验收合格率", 100, "%", "exact"),
    T("satisfaction", "企业服务需求响应时间", 3, "个工作日", "under"),
    T("finance", "促成技术合同成交额", 50, "亿元", "over"),
    T("output", "编发《科技成果转化动态》", 12, "期", "exact"),
    T("satisfaction", "服务对象满意度", 95, "%", "over"),
    # 项目一
    F("finance", P1 + "资金", 860.00, "万元", "exact", "项目资金：860.00万元", True, "budget"),
    F("finance", P1 + "财政拨款", 860.00, "万元", "exact", "其中财政拨款860.00万元", role="budget"),
    F("service", "发布科技成果信息", 1500, "项", "over", "发布科技成果信息不少于1,500项", role="target"),
    F("service", "组织技术经理人培训", 6, "期", "exact", "组织技术经理人培训6期", role="target"),
    F("service", "培训学员", 300, "人次", "over", "培训学员300人次以上", role="target"),
    T("service", "发布科技成果信息", 1500, "项", "over"),
    T("service", "组织技术经理人培训", 6, "期", "exact"),
    T("service", "培训学员", 300, "人次", "over"),
    T("satisfaction", "平台在线咨询响应时间", 2, "小时", "under"),
    T("finance", P1 + "总成本", 860, "万元", "under", "项目总成本"),
    T("other", "平台新增注册用户", 2000, "家", "over"),
    T("satisfaction", "平台系统正常运行率", 99, "%", "over"),
    T("satisfaction", "培训学员满意度", 90, "%", "over"),
    # 项目二
    F("finance", P2 + "资金", 1260.00, "万元", "exact", "项目资金：1,260.00万元", True, "budget"),
    F("finance", P2 + "财政拨款", 1180.00, "万元", "exact", "其中财政拨款1,180.00万元", role="budget"),
    F("finance", P2 + "其他资金", 80.00, "万元", "exact", "其他资金80.00万元", role="budget"),
    F("other", "新增备案技术转移服务机构", 15, "家", "over", "新增备案技术转移服务机构15家以上", role="target"),
    F("satisfaction", "技术合同登记办理时限", 3, "个工作日", "under", "压缩至3个工作日以内", role="target"),
    T("other", "新增备案技术转移服务机构", 15, "家", "over"),
    T("service", "走访挖掘企业技术需求", 200, "家", "over"),
    T("satisfaction", "技术合同登记审核准确率", 98, "%", "over"),
    T("satisfaction", "技术合同登记办理时限", 3, "个工作日", "under"),
    T("finance", "带动技术合同成交额", 30, "亿元", "over"),
    T("satisfaction", "技术转移服务机构满意度", 95, "%", "over"),
]
write(N133, "budget", "上海市科技成果转化促进中心", ["中心"], 2026, "2026-02-10", n133, [])

# ---------------------------------------------------------------- n134 十四五规划实施总结评估 (other)
N134 = "n134_changning_kw_sswpg2026.md"
YEAR = 2025
L134 = lines_of(N134)


def mcell(label, i, v):
    row = next(l for l in L134 if l.startswith(f"| {label} | "))
    cells = row[2:-2].split(" | ")
    assert abs(num(cells[i]) - v) < 1e-9, (label, i, cells[i], v)
    return " | ".join(cells[:i + 1])


def trow134(label, cat, vals, qual2="exact"):
    """基期 = baseline of 2020; 2025年目标 = target of 2025 (the plan's last year ※); 2025年完成 = actual of 2025."""
    subj = re.sub(r"（[^（）]*）$", "", label)
    meas = re.search(r"（([^（）]*)）$", label).group(1)
    return [F(cat, subj, vals[0], meas, "exact", mcell(label, 1, vals[0]), role="baseline", year=2020),
            F(cat, subj, vals[1], meas, qual2, mcell(label, 2, vals[1]), role="target"),
            F(cat, subj, vals[2], meas, "exact", mcell(label, 3, vals[2]))]


n134 = [
    F("other", "规划主要指标", 8, "项", "exact", "规划确定的8项主要指标中"),
    F("other", "超额完成的主要指标", 5, "项", "exact", "超额完成5项"),
    F("other", "已完成的主要指标", 1, "项", "exact", "已完成1项"),
    F("other", "未完成的主要指标", 2, "项", "exact", "未完成2项"),
]
n134 += trow134("全社会研发经费支出占地区生产总值比重（%）", "other", (3.6, 4.2, 4.5))
n134 += trow134("高新技术企业数（家）", "other", (612, 1000, 1086))
n134 += trow134("每万人口高价值发明专利拥有量（件）", "output", (31.2, 50, 56.8))
n134 += trow134("技术合同成交额（亿元）", "finance", (86.4, 150, 162.8))
n134 += trow134("科技小巨人（含培育）企业数（家）", "other", (48, 80, 80))
n134 += trow134("市级以上研发机构数（家）", "other", (96, 130, 124))
n134 += trow134("财政科技支出占一般公共预算支出比重（%）", "other", (4.8, 5, 5.6), "over")
n134 += trow134("国家级科技企业孵化器数（家）", "other", (4, 6, 5))
n134 += [
    # key paragraph
    F("other", "全社会研发经费支出占地区生产总值比重", 4.5, "%", "exact", "全社会研发经费支出占地区生产总值比重达到4.5%", True),
    F("growth", "全社会研发经费支出占地区生产总值比重比2020年提高", 0.9, "个百分点", "exact", "比2020年提高0.9个百分点", role="change"),
    F("other", "高新技术企业数", 1086, "家", "exact", "高新技术企业达到1,086家", True),
    F("growth", "高新技术企业数为2020年的倍数", 1.8, "倍", "exact", "是2020年的1.8倍", role="change"),
    F("finance", "技术合同成交额", 162.8, "亿元", "exact", "技术合同成交额162.8亿元", True),
    F("growth", "技术合同成交额年均增长", 13.5, "%", "exact", "年均增长13.5%", True, "change"),
    # 三、主要任务 (五年累计 = 2025 ※)
    F("other", "五年累计新认定高新技术企业", 1236, "家", "exact", "五年累计新认定高新技术企业1,236家"),
    F("other", "高新技术企业净增", 474, "家", "exact", "高新技术企业净增474家"),
    F("other", "累计新增科技小巨人（含培育）企业", 32, "家", "exact", "累计新增科技小巨人（含培育）企业32家"),
    F("finance", "五年累计投入区级财政科技资金", 68.5, "亿元", "exact", "五年累计投入区级财政科技资金68.5亿元"),
    F("finance", "区级财政科技支出", 10.05, "亿元", "exact", "由2020年的10.05亿元", role="baseline", year=2020),
    F("finance", "区级财政科技支出", 15.6, "亿元", "exact", "增至2025年的15.6亿元"),
    F("growth", "区级财政科技支出年均增长", 9.2, "%", "exact", "年均增长9.2%", role="change"),
    F("other", "五年新增市级以上研发机构", 28, "家", "exact", "五年新增市级以上研发机构28家"),
    F("other", "市级以上研发机构数", 124, "家", "exact", "累计达到124家"),
    F("service", "五年累计举办科技创新活动", 1260, "场", "over", "五年累计举办各类科技创新活动1,260余场"),
    F("finance", "五年累计技术合同成交额", 612.4, "亿元", "exact", "技术合同成交额累计达到612.4亿元"),
    # 四、问题
    F("other", "市级以上研发机构数距规划目标差距", 6, "家", "exact", "距规划目标尚差6家"),
    F("other", "国家级科技企业孵化器数距规划目标差距", 1, "家", "exact", "距目标尚差1家"),
    # 五、2030 远景 targets
    F("other", "全社会研发经费支出占地区生产总值比重", 5, "%", "approx", "比重达到5%左右", role="target", year=2030),
    F("other", "高新技术企业数", 1500, "家", "over", "高新技术企业突破1,500家", role="target", year=2030),
    F("finance", "技术合同成交额", 300, "亿元", "over", "技术合同成交额达到300亿元以上", role="target", year=2030),
]
write(N134, "other", "上海市长宁区科学技术委员会", ["长宁区科学技术委员会", "区科委"], 2025, "2026-03", n134, [])
