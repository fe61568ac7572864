"""Hand-written labels for the four n05-n08 documents; writes ../gold/*.json.
Each fact row: (category, subject, year, value, measure, qualifier, quote, key, role).
Table rows use cells(): one fact per labelled cell, quote = row label up to that cell."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
F = ("category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role")
T = "\t"

def facts(rows, **extra):
    out = []
    for r in rows:
        d = dict(zip(F, r))
        d.update(extra)
        out.append(d)
    return out

def cells(line, specs, sep=T, glue=None):
    """line: the table row as written; specs: {column index: (category, subject, year, measure, key, role)}.
    The value is the cell as written with thousands separators removed."""
    parts = line.split(sep)
    rows = []
    for i, (cat, subj, year, measure, key, role) in sorted(specs.items()):
        raw = parts[i]
        if glue:  # HTML rows: strip the closing tag of the cell
            raw = raw.split("<")[0]
        v = float(raw.replace(",", ""))
        v = int(v) if v == int(v) and "." not in raw else v
        rows.append((cat, subj, year, v, measure, "exact", sep.join(parts[:i + 1]) if not glue else glue(parts, i), key, role))
    return rows

def honour(title, level, recipient, issuer, year, quote, source="text"):
    return dict(title=title, level=level, recipient=recipient, issuer=issuer, year=year, quote=quote, source=source)

docs = {}

# ---------------------------------------------------------------- n05 静安区科委 2024 部门决算
Y = 2024
W = "万元"
def budget_row(line, name, key_actual=False, actual_subject=None, budget_subject=None):
    a = actual_subject or name
    b = budget_subject or (name + "（预算）")
    return cells(line, {
        1: ("finance", a, Y, W, key_actual, "actual"),
        2: ("finance", b, Y, W, False, "budget"),
        3: ("growth", name + "决算数比预算数增减额", Y, W, False, "change"),
        4: ("growth", name + "决算数比预算数增减率", Y, "%", False, "change"),
    })
n05 = [
 ("other", "内设科室", Y, 5, "个", "exact", "区科委内设科室5个", False, "actual"),
 ("other", "下属事业单位", Y, 2, "家", "exact", "下属事业单位2家", False, "actual"),
 ("other", "纳入部门决算编制范围的单位", Y, 3, "家", "exact", "纳入本部门2024年度部门决算编制范围的单位共3家", False, "actual"),
 ("people", "核定人员编制", Y, 48, "名", "exact", "本部门核定人员编制48名", False, "actual"),
 ("people", "在职人员", Y, 45, "人", "exact", "在职人员45人", False, "actual"),
 ("people", "离退休人员", Y, 21, "人", "exact", "离退休人员21人", False, "actual"),
 # 一、总体情况
 ("finance", "收入总计", Y, 12345.67, W, "exact", "2024年度收入总计12,345.67万元", True, "actual"),
 ("growth", "收入总计比上年减少", Y, 1024.33, W, "exact", "比上年减少1,024.33万元", True, "change"),
 ("growth", "收入总计比上年下降", Y, 7.7, "%", "exact", "下降7.7%", True, "change"),
 ("finance", "支出总计", Y, 12345.67, W, "exact", "2024年度支出总计12,345.67万元", True, "actual"),
 ("finance", "本年支出合计", Y, 11708.21, W, "exact", "其中：本年支出合计11,708.21万元", True, "actual"),
 ("finance", "年末结转和结余", Y, 637.46, W, "exact", "年末结转和结余637.46万元", False, "actual"),
 # 二、收入
 ("finance", "本年收入合计", Y, 11561.67, W, "exact", "2024年度本年收入合计11,561.67万元", True, "actual"),
 ("finance", "财政拨款收入", Y, 10862.45, W, "exact", "其中：财政拨款收入10,862.45万元", True, "actual"),
 ("other", "财政拨款收入占本年收入合计比重", Y, 94.0, "%", "exact", "占94.0%", False, "share"),
 ("finance", "事业收入", Y, 512.30, W, "exact", "事业收入512.30万元", False, "actual"),
 ("other", "事业收入占本年收入合计比重", Y, 4.4, "%", "exact", "占4.4%", False, "share"),
 ("finance", "其他收入", Y, 186.92, W, "exact", "其他收入186.92万元", False, "actual"),
 ("other", "其他收入占本年收入合计比重", Y, 1.6, "%", "exact", "占1.6%", False, "share"),
 ("finance", "年初结转和结余", Y, 784.00, W, "exact", "此外，年初结转和结余784.00万元", False, "actual"),
]
n05 += budget_row("财政拨款收入\t10,862.45\t10,215.80\t646.65\t6.33", "财政拨款收入")
n05 += budget_row("事业收入\t512.30\t468.00\t44.30\t9.47", "事业收入")
n05 += budget_row("其他收入\t186.92\t150.00\t36.92\t24.61", "其他收入")
n05 += budget_row("本年收入合计\t11,561.67\t10,833.80\t727.87\t6.72", "本年收入合计")
n05 += [
 # 三、支出
 ("finance", "本年支出合计", Y, 11708.21, W, "exact", "2024年度本年支出合计11,708.21万元", False, "actual"),
 ("finance", "基本支出", Y, 3215.64, W, "exact", "其中：基本支出3,215.64万元", False, "actual"),
 ("other", "基本支出占本年支出合计比重", Y, 27.5, "%", "exact", "占27.5%", False, "share"),
 ("finance", "项目支出", Y, 8492.57, W, "exact", "项目支出8,492.57万元", False, "actual"),
 ("other", "项目支出占本年支出合计比重", Y, 72.5, "%", "exact", "占72.5%", False, "share"),
 # 四、财政拨款收支总体
 ("finance", "财政拨款收入总计", Y, 11420.13, W, "exact", "2024年度财政拨款收入总计11,420.13万元", True, "actual"),
 ("growth", "财政拨款收入总计比上年减少", Y, 986.41, W, "exact", "比上年减少986.41万元", False, "change"),
 ("growth", "财政拨款收入总计比上年下降", Y, 8.0, "%", "exact", "下降8.0%", False, "change"),
 ("finance", "本年财政拨款收入", Y, 10862.45, W, "exact", "其中：本年财政拨款收入10,862.45万元", False, "actual"),
 ("finance", "年初财政拨款结转和结余", Y, 557.68, W, "exact", "年初财政拨款结转和结余557.68万元", False, "actual"),
 ("finance", "财政拨款支出总计", Y, 11420.13, W, "exact", "2024年度财政拨款支出总计11,420.13万元", False, "actual"),
 ("finance", "本年财政拨款支出", Y, 10789.75, W, "exact", "其中：本年财政拨款支出10,789.75万元", False, "actual"),
 ("finance", "年末财政拨款结转和结余", Y, 630.38, W, "exact", "年末财政拨款结转和结余630.38万元", False, "actual"),
 # 五、一般公共预算财政拨款支出
 ("finance", "一般公共预算财政拨款支出", Y, 10789.75, W, "exact", "2024年度财政拨款支出10,789.75万元", True, "actual"),
 ("other", "财政拨款支出占本年支出合计比重", Y, 92.2, "%", "exact", "占本年支出合计的92.2%", False, "share"),
 ("growth", "财政拨款支出比年初预算增加", Y, 673.95, W, "exact", "财政拨款支出增加673.95万元", True, "change"),
 ("growth", "财政拨款支出比年初预算增长", Y, 6.66, "%", "exact", "增长6.66%", False, "change"),
]
n05 += budget_row("科学技术支出\t9,876.54\t9,230.10\t646.44\t7.00", "科学技术支出")
n05 += budget_row("社会保障和就业支出\t412.36\t398.20\t14.16\t3.56", "社会保障和就业支出")
n05 += budget_row("卫生健康支出\t168.75\t160.40\t8.35\t5.21", "卫生健康支出")
n05 += budget_row("住房保障支出\t332.10\t327.10\t5.00\t1.53", "住房保障支出")
n05 += budget_row("合计\t10,789.75\t10,115.80\t673.95\t6.66", "一般公共预算财政拨款支出")
n05 += [
 ("finance", "“科学技术管理事务”“行政运行”支出", Y, 1286.20, W, "exact", "“行政运行”（项）决算为1,286.20万元", False, "actual"),
 ("finance", "“科技条件与服务”“技术创新服务体系”支出", Y, 2463.18, W, "exact", "“技术创新服务体系”（项）决算为2,463.18万元", False, "actual"),
 ("finance", "“其他科学技术支出”支出", Y, 6127.16, W, "exact", "“其他科学技术支出”（项）决算为6,127.16万元", False, "actual"),
 # 六、基本支出
 ("finance", "一般公共预算财政拨款基本支出", Y, 3052.87, W, "exact", "2024年度一般公共预算财政拨款基本支出3,052.87万元", False, "actual"),
 ("finance", "人员经费", Y, 2618.42, W, "exact", "其中：人员经费2,618.42万元", False, "actual"),
 ("finance", "公用经费", Y, 434.45, W, "exact", "公用经费434.45万元", False, "actual"),
 # 七、三公经费
 ("finance", "“三公”经费", Y, 18.64, W, "exact", "2024年度“三公”经费财政拨款支出决算为18.64万元", True, "actual"),
 ("growth", "“三公”经费比2024年预算减少", Y, 3.26, W, "exact", "比2024年预算减少3.26万元", True, "change"),
 ("growth", "“三公”经费比2023年决算下降", Y, 6.8, "%", "exact", "比2023年决算下降6.8%", False, "change"),
 ("finance", "公务用车购置及运行费", Y, 12.80, W, "exact", "（二）公务用车购置及运行费决算为12.80万元", False, "actual"),
 ("finance", "公务用车购置费", Y, 0, W, "exact", "公务用车购置费0万元", False, "actual"),
 ("finance", "公务用车运行费", Y, 12.80, W, "exact", "公务用车运行费12.80万元", False, "actual"),
 ("other", "一般公务用车", Y, 2, "辆", "exact", "主要用于2辆一般公务用车的燃料", False, "actual"),
 ("finance", "公务接待费", Y, 5.84, W, "exact", "（三）公务接待费决算为5.84万元", False, "actual"),
 ("service", "国内公务接待批次", Y, 36, "批次", "exact", "全年国内公务接待36批次", False, "actual"),
 ("service", "国内公务接待人次", Y, 310, "人次", "exact", "310人次", False, "actual"),
]
# 表3: columns 预算数 | 决算数 (reversed order); the 0.00 row is not labelled
def sg_row(line, name, actual_subject=None):
    return cells(line, {1: ("finance", name + "（预算）", Y, W, False, "budget"),
                        2: ("finance", actual_subject or name, Y, W, False, "actual")})
n05 += sg_row("公务用车购置及运行费\t14.50\t12.80", "公务用车购置及运行费")
n05 += sg_row("公务接待费\t7.40\t5.84", "公务接待费")
n05 += sg_row("合计\t21.90\t18.64", "“三公”经费")
n05 += [
 # 九、其他重要事项
 ("finance", "机关运行经费", Y, 286.47, W, "exact", "2024年度本部门机关运行经费支出286.47万元", False, "actual"),
 ("growth", "机关运行经费比上年减少", Y, 14.25, W, "exact", "比上年决算减少14.25万元", False, "change"),
 ("growth", "机关运行经费比上年下降", Y, 4.7, "%", "exact", "下降4.7%", False, "change"),
 ("finance", "政府采购支出总额", Y, 1056.20, W, "exact", "2024年度本部门政府采购支出总额1,056.20万元", False, "actual"),
 ("finance", "政府采购货物支出", Y, 182.40, W, "exact", "政府采购货物支出182.40万元", False, "actual"),
 ("finance", "政府采购服务支出", Y, 873.80, W, "exact", "政府采购服务支出873.80万元", False, "actual"),
 ("finance", "授予中小企业合同金额", Y, 936.50, W, "exact", "授予中小企业合同金额936.50万元", False, "actual"),
 ("other", "授予中小企业合同金额占政府采购支出总额比重", Y, 88.7, "%", "exact", "占政府采购支出总额的88.7%", False, "share"),
 ("other", "车辆", Y, 2, "辆", "exact", "本部门共有车辆2辆", False, "actual"),
 ("other", "单价100万元以上专用设备", Y, 0, "台（套）", "exact", "专用设备0台（套）", False, "actual"),
 ("other", "开展绩效自评项目", Y, 62, "个", "exact", "本部门对62个项目开展绩效自评", False, "actual"),
 ("finance", "绩效自评涉及资金", Y, 8436.20, W, "exact", "涉及资金8,436.20万元", False, "actual"),
 ("other", "绩效自评覆盖项目支出比重", Y, 100, "%", "exact", "占一般公共预算项目支出总额的100%", False, "share"),
 ("other", "部门评价重点项目", Y, 3, "个", "exact", "等3个重点项目开展部门评价", False, "actual"),
 ("finance", "部门评价涉及资金", Y, 2150.00, W, "exact", "涉及资金2,150.00万元", False, "actual"),
 ("other", "绩效自评等级为优的项目", Y, 51, "个", "exact", "评价等级为“优”的项目51个", False, "actual"),
 ("other", "绩效自评等级为良的项目", Y, 11, "个", "exact", "“良”的项目11个", False, "actual"),
]
docs["n05_jingan_kw_js2024"] = dict(
 document="n05_jingan_kw_js2024.txt", kind="budget", unit="上海市静安区科学技术委员会",
 aliases=["区科委"], year=2024, published="2025-09-12", facts=facts(n05), honours=[])

# ---------------------------------------------------------------- n06 上海质检院 2024 工作总结
Y = 2024
U6 = "上海市质量监督检验技术研究院"
n06 = [
 ("service", "检验检测任务", Y, 4.6, "万批次", "exact", "全年完成检验检测任务4.6万批次", True, "actual"),
 ("output", "检验检测报告", Y, 2.3, "万份", "exact", "出具检验检测报告2.3万份", True, "actual"),
 ("finance", "营业收入", Y, 3.42, "亿元", "exact", "实现营业收入3.42亿元", True, "actual"),
 ("growth", "营业收入同比增长", Y, 6.9, "%", "exact", "同比增长6.9%", True, "change"),
 ("satisfaction", "客户满意度", Y, 98.6, "%", "exact", "客户满意度达98.6%", True, "actual"),
 ("growth", "客户满意度较上年提升", Y, 0.4, "个百分点", "exact", "较上年提升0.4个百分点", False, "change"),
 # 一、支撑政府监管
 ("service", "产品质量监督抽查", Y, 1860, "批次", "exact", "产品质量监督抽查任务1860批次", True, "actual"),
 ("other", "监督抽查涉及产品类别", Y, 42, "类", "exact", "儿童用品等42类产品", False, "actual"),
 ("service", "发现不合格产品", Y, 137, "批次", "exact", "发现不合格产品137批次", False, "actual"),
 ("other", "不合格发现率", Y, 7.4, "%", "exact", "不合格发现率7.4%", False, "share"),
 ("service", "案件检验", Y, 412, "批次", "exact", "配合执法部门完成案件检验412批次", False, "actual"),
 ("service", "风险监测采集样品", Y, 1000, "批次", "nearly", "采集样品近千批次", False, "actual"),
 ("output", "风险监测报告", Y, 16, "份", "exact", "形成风险监测报告16份", False, "actual"),
 ("service", "重大活动保障出动技术人员", Y, 300, "人次", "over", "出动技术人员300余人次", False, "actual"),
 # 二、服务产业发展
 ("service", "走访产业园区", Y, 28, "个", "exact", "走访产业园区28个", False, "actual"),
 ("service", "帮扶中小微企业", Y, 1320, "家", "exact", "帮扶中小微企业1320家", True, "actual"),
 ("service", "为企业解决技术难题", Y, 450, "项", "over", "为企业解决技术难题450余项", False, "actual"),
 ("finance", "帮助企业节约检测成本", Y, 1200, "万元", "approx", "帮助企业节约检测成本约1200万元", False, "actual"),
 ("service", "受理企业咨询", Y, 7400, "件", "over", "全年受理企业咨询7400余件", True, "actual"),
 ("other", "服务覆盖区", Y, 16, "个", "exact", "服务覆盖全市16个区", False, "actual"),
 ("other", "网上委托率", Y, 91.5, "%", "exact", "网上委托率达到91.5%", False, "share"),
 ("other", "报告平均出具周期", Y, 6.5, "个工作日", "exact", "报告平均出具周期缩短至6.5个工作日", False, "actual"),
 ("growth", "报告平均出具周期比上年缩短", Y, 1.2, "个工作日", "exact", "比上年缩短1.2个工作日", False, "change"),
 ("other", "长三角共建联合实验室", Y, 2, "家", "exact", "共建联合实验室两家", False, "actual"),
 ("service", "长三角互认检测项目", Y, 30, "项", "over", "互认检测项目三十余项", False, "actual"),
 ("service", "服务异地企业", Y, 100, "家", "nearly", "服务异地企业近百家", False, "actual"),
 # 三、技术能力
 ("output", "新增授权检测参数", Y, 312, "项", "exact", "全年新增授权检测参数312项", False, "actual"),
 ("output", "累计授权检测参数", Y, 8600, "项", "over", "累计达到8600余项", False, "actual"),
 ("other", "新建专业实验室", Y, 2, "个", "exact", "智能家电两个专业实验室", False, "actual"),
 ("finance", "新增仪器设备投入", Y, 3500, "万元", "approx", "新增仪器设备投入约3500万元", False, "actual"),
 ("output", "主导或参与制定标准", Y, 10, "项", "over", "主导或参与制定国家标准、行业标准十余项", False, "actual"),
 ("output", "主导制定国家标准", Y, 3, "项", "exact", "其中主导制定国家标准3项", False, "actual"),
 ("output", "授权发明专利", Y, 9, "项", "exact", "获授权发明专利9项", False, "actual"),
 ("output", "授权实用新型专利", Y, 24, "项", "exact", "实用新型专利24项", False, "actual"),
 ("output", "发表科技论文", Y, 87, "篇", "exact", "发表科技论文87篇", False, "actual"),
 ("output", "SCI、EI收录论文", Y, 21, "篇", "exact", "其中SCI、EI收录21篇", False, "actual"),
 ("output", "承担国家和市级科研项目", Y, 14, "项", "exact", "承担国家和市级科研项目14项", False, "actual"),
 ("finance", "到款科研经费", Y, 1580, "万元", "exact", "到款科研经费1,580万元", False, "actual"),
 # 四、队伍建设
 ("people", "职工总数", Y, 586, "人", "exact", "全院职工总数586人", False, "actual"),
 ("people", "博士", Y, 62, "人", "exact", "其中博士62人", False, "actual"),
 ("people", "硕士", Y, 248, "人", "exact", "硕士248人", False, "actual"),
 ("people", "高级职称人员", Y, 193, "人", "exact", "具有高级职称的193人", False, "actual"),
 ("people", "新引进专业技术人才", Y, 35, "名", "exact", "全年新引进各类专业技术人才35名", False, "actual"),
 ("service", "内部技术培训", Y, 120, "场", "exact", "开展内部技术培训120场", False, "actual"),
 ("service", "内部技术培训人次", Y, 5600, "人次", "over", "培训5600余人次", False, "actual"),
 # 五、荣誉
 ("honour", "各级各类荣誉", Y, 21, "项", "exact", "全院获得各级各类荣誉21项", True, "actual"),
 ("honour", "国家级荣誉", Y, 4, "项", "exact", "其中国家级荣誉4项", True, "actual"),
 ("honour", "市级荣誉", Y, 11, "项", "exact", "市级荣誉11项", True, "actual"),
 ("other", "连续获评上海市文明单位", Y, 5, "年", "exact", "这是本院连续五年获评该称号", False, "actual"),
 # 六、社会责任
 ("service", "公益活动", Y, 26, "场", "exact", "消费品比较试验等公益活动26场", False, "actual"),
 ("service", "公益活动参与人次", Y, 4000, "人次", "over", "吸引市民群众4000余人次参与", False, "actual"),
 ("output", "发布消费品比较试验结果", Y, 9, "期", "exact", "发布消费品比较试验结果9期", False, "actual"),
 ("other", "比较试验结果阅读量", Y, 120, "万人次", "over", "阅读量超过120万人次", False, "actual"),
 ("growth", "能耗总量比上年降低", Y, 3.8, "%", "exact", "全年能耗总量比上年降低3.8%", False, "change"),
]
def kpi(line, cat, name, measure):
    return cells(line, {2: (cat, name, 2022, measure, False, "baseline"),
                        3: (cat, name, 2023, measure, False, "baseline"),
                        4: (cat, name, 2024, measure, False, "actual")})
n06 += kpi("检验检测任务\t万批次\t4.1\t4.3\t4.6", "service", "检验检测任务", "万批次")
n06 += kpi("检验检测报告\t万份\t1.9\t2.1\t2.3", "output", "检验检测报告", "万份")
n06 += kpi("营业收入\t亿元\t3.05\t3.20\t3.42", "finance", "营业收入", "亿元")
n06 += kpi("帮扶中小微企业\t家\t980\t1,150\t1,320", "service", "帮扶中小微企业", "家")
n06 += kpi("客户满意度\t%\t97.9\t98.2\t98.6", "satisfaction", "客户满意度", "%")
n06 += kpi("授权检测参数\t项\t7,960\t8,290\t8,600", "output", "累计授权检测参数", "项")
Z = 2025
n06 += [
 ("service", "检验检测任务（目标）", Z, 5, "万批次", "over", "力争全年完成检验检测任务5万批次以上", False, "target"),
 ("output", "检验检测报告（目标）", Z, 2.5, "万份", "exact", "出具检验检测报告2.5万份", False, "target"),
 ("growth", "营业收入增长（目标）", Z, 5, "%", "approx", "营业收入增长5%左右", False, "target"),
 ("service", "服务中小微企业（目标）", Z, 1500, "家", "over", "服务中小微企业不少于1500家", False, "target"),
 ("satisfaction", "企业咨询办结率（目标）", Z, 100, "%", "exact", "企业咨询办结率保持100%", False, "target"),
 ("output", "新增授权检测参数（目标）", Z, 200, "项", "approx", "新增授权检测参数200项左右", False, "target"),
 ("other", "建成低空经济装备检测实验室（目标）", Z, 1, "个", "exact", "建成低空经济装备检测实验室1个", False, "target"),
 ("satisfaction", "客户满意度（目标）", Z, 98, "%", "over", "客户满意度保持在98%以上", False, "target"),
 ("other", "报告平均出具周期（目标）", Z, 6, "个工作日", "under", "报告平均出具周期压缩至6个工作日以内", False, "target"),
 ("people", "新引进博士（目标）", Z, 8, "名", "exact", "新引进博士8名", False, "target"),
 ("people", "培养市级以上领军人才（目标）", Z, 3, "名", "exact", "培养市级以上领军人才3名", False, "target"),
]
n06h = [
 honour("全国市场监管系统先进集体", "national", U6, None, 2024, "本院荣获“全国市场监管系统先进集体”称号"),
 honour("国家级质量基础设施集成服务基地", "national", "上海市质量监督检验技术研究院电器检测所", "国家市场监督管理总局", 2024,
        "电器检测所入选国家市场监督管理总局“国家级质量基础设施集成服务基地”名单"),
 honour("2023—2024年度上海市文明单位", "municipal", U6, None, 2024, "本院荣获2023—2024年度“上海市文明单位”称号"),
 honour("2024年度上海市科技进步奖二等奖", "municipal", U6, None, 2024, "《电动自行车用锂离子电池安全技术研究》获2024年度上海市科技进步奖二等奖"),
 honour("上海市三八红旗手", "municipal", "沈梦琪", None, 2024, "高级工程师沈梦琪被评为“上海市三八红旗手”"),
 honour("CNAS认可工作先进单位", "national", U6, "中国合格评定国家认可委员会", 2024, "本院获中国合格评定国家认可委员会授予的“CNAS认可工作先进单位”称号"),
]
docs["n06_sqi_zj2024"] = dict(
 document="n06_sqi_zj2024.txt", kind="work-summary", unit=U6,
 aliases=["上海质检院", "本院"], year=2024, published="2025-01-20", facts=facts(n06), honours=n06h)

# ---------------------------------------------------------------- n07 市经济信息化委 1—10月工业经济运行 (HTML)
Y = 2025
P = "（1—10月）"
n07 = [
 ("finance", "规模以上工业总产值" + P, Y, 33186.4, "亿元", "exact", "全市规模以上工业总产值完成33,186.4亿元", True, "actual"),
 ("growth", "规模以上工业总产值同比增长" + P, Y, 3.6, "%", "exact", "同比增长3.6%，增速比全国高0.8个百分点", True, "change"),
 ("growth", "规上工业总产值增速比全国高" + P, Y, 0.8, "个百分点", "exact", "增速比全国高0.8个百分点", True, "change"),
 ("growth", "规上工业总产值增速比1—9月提高", Y, 0.2, "个百分点", "exact", "比1—9月提高0.2个百分点", False, "change"),
 ("finance", "规上工业总产值（10月）", Y, 3512.7, "亿元", "exact", "10月当月完成规上工业总产值3,512.7亿元", False, "actual"),
 ("growth", "规上工业总产值同比增长（10月）", Y, 5.1, "%", "exact", "同比增长5.1%", False, "change"),
 ("growth", "汽车制造业产值同比增长" + P, Y, 7.3, "%", "exact", "汽车制造业产值同比增长7.3%", False, "change"),
 ("other", "新能源汽车产量" + P, Y, 108.6, "万辆", "approx", "新能源汽车产量约108.6万辆", False, "actual"),
 ("growth", "新能源汽车产量同比增长" + P, Y, 21.5, "%", "exact", "同比增长21.5%", False, "change"),
 ("growth", "电子信息产品制造业产值增长" + P, Y, 4.9, "%", "exact", "电子信息产品制造业产值增长4.9%", False, "change"),
 ("growth", "成套设备制造业产值下降" + P, Y, 1.2, "%", "exact", "成套设备制造业产值下降1.2%", False, "change"),
 ("finance", "规上工业出口交货值" + P, Y, 6420.8, "亿元", "exact", "全市规上工业出口交货值6,420.8亿元", False, "actual"),
 ("growth", "规上工业出口交货值同比下降" + P, Y, 1.6, "%", "exact", "同比下降1.6%", False, "change"),
 ("growth", "出口交货值降幅比1—9月收窄", Y, 0.5, "个百分点", "exact", "降幅比1—9月收窄0.5个百分点", False, "change"),
 ("other", "先导产业", Y, 3, "", "exact", "人工智能三大先导产业", False, "actual"),
 ("growth", "三大先导产业制造业产值同比增长" + P, Y, 8.9, "%", "exact", "三大先导产业制造业产值同比增长8.9%", False, "change"),
 ("other", "三大先导产业占规上工业总产值比重" + P, Y, 16.4, "%", "exact", "占全市规上工业总产值的比重达到16.4%", True, "share"),
 ("growth", "三大先导产业占比较去年同期提高" + P, Y, 1.2, "个百分点", "exact", "较去年同期提高1.2个百分点", False, "change"),
 ("other", "三大先导产业占规上工业总产值比重" + P, 2024, 15.2, "%", "exact", "去年同期为15.2%", False, "baseline"),
 ("other", "重点产业", Y, 6, "", "exact", "六大重点产业完成工业总产值", False, "actual"),
 ("finance", "六大重点产业工业总产值" + P, Y, 22640.5, "亿元", "exact", "六大重点产业完成工业总产值22,640.5亿元", False, "actual"),
 ("growth", "六大重点产业工业总产值同比增长" + P, Y, 4.2, "%", "exact", "同比增长4.2%", False, "change"),
 ("other", "六大重点产业占规上工业总产值比重" + P, Y, 68.2, "%", "exact", "占全市规上工业总产值的比重为68.2%", False, "share"),
 ("other", "工业战略性新兴产业产值占规上工业总产值比重" + P, Y, 44.7, "%", "exact", "工业战略性新兴产业产值占规上工业总产值比重为44.7%", False, "share"),
 ("growth", "工业投资同比增长" + P, Y, 12.6, "%", "exact", "全市工业投资同比增长12.6%", True, "change"),
 ("other", "工业投资连续保持两位数增长", Y, 20, "个月", "exact", "已连续20个月保持两位数增长", False, "actual"),
 ("growth", "制造业投资增长" + P, Y, 14.1, "%", "exact", "其中制造业投资增长14.1%", False, "change"),
 ("finance", "规上工业企业利润总额（1—9月）", Y, 2016.3, "亿元", "exact", "全市规上工业企业实现利润总额2,016.3亿元", True, "actual"),
 ("growth", "规上工业企业利润总额同比增长（1—9月）", Y, 6.2, "%", "exact", "同比增长6.2%", False, "change"),
 ("other", "工业用电量" + P, Y, 1095.3, "亿千瓦时", "exact", "全市工业用电量1,095.3亿千瓦时", False, "actual"),
 ("growth", "工业用电量同比增长" + P, Y, 2.8, "%", "exact", "同比增长2.8%", False, "change"),
 ("service", "新增市级专精特新中小企业（年初至10月）", Y, 1126, "家", "exact", "本市新增市级专精特新中小企业1,126家", True, "actual"),
 ("other", "累计市级专精特新中小企业", Y, 1.3, "万家", "exact", "累计达到1.3万家", True, "actual"),
 ("service", "新增国家级专精特新“小巨人”企业（年初至10月）", Y, 102, "家", "exact", "新增国家级专精特新“小巨人”企业102家", True, "actual"),
 ("other", "累计国家级专精特新“小巨人”企业", Y, 800, "家", "over", "累计超过800家", False, "actual"),
 ("service", "新增市级企业技术中心（年初至10月）", Y, 68, "家", "exact", "新增市级企业技术中心68家", False, "actual"),
 ("other", "市级企业技术中心总数", Y, 1000, "家", "nearly", "总数近千家", False, "actual"),
 ("growth", "规上工业总产值增长（全年目标）", Y, 3.5, "%", "approx", "确保全年规上工业总产值增长3.5%左右", False, "target"),
 ("service", "新增市级专精特新中小企业（全年目标）", Y, 1300, "家", "over", "新增市级专精特新中小企业不少于1,300家", False, "target"),
]
def td(parts, i):  # quote from the row label cell to cell i, as in the raw HTML
    s = "</td><td>".join(parts[:i + 1])
    return s.split("<tr><td>")[-1]
def html_row(line, specs):
    return cells(line, specs, sep="</td><td>", glue=td)
n07 += html_row("<tr><td>规模以上工业总产值</td><td>亿元</td><td>33186.4</td><td>3.6</td></tr>", {
    2: ("finance", "规模以上工业总产值" + P, Y, "亿元", False, "actual"),
    3: ("growth", "规模以上工业总产值同比增长" + P, Y, "%", False, "change")})
n07 += html_row("<tr><td>　其中：六大重点产业</td><td>亿元</td><td>22640.5</td><td>4.2</td></tr>", {
    2: ("finance", "六大重点产业工业总产值" + P, Y, "亿元", False, "actual"),
    3: ("growth", "六大重点产业工业总产值同比增长" + P, Y, "%", False, "change")})
n07 += html_row("<tr><td>　工业战略性新兴产业产值</td><td>亿元</td><td>14834.3</td><td>5.8</td></tr>", {
    2: ("finance", "工业战略性新兴产业产值" + P, Y, "亿元", False, "actual"),
    3: ("growth", "工业战略性新兴产业产值同比增长" + P, Y, "%", False, "change")})
n07 += html_row("<tr><td>工业用电量</td><td>亿千瓦时</td><td>1095.3</td><td>2.8</td></tr>", {
    2: ("other", "工业用电量" + P, Y, "亿千瓦时", False, "actual"),
    3: ("growth", "工业用电量同比增长" + P, Y, "%", False, "change")})
n07 += html_row("<tr><td>新能源汽车产量</td><td>万辆</td><td>108.6</td><td>21.5</td></tr>", {
    2: ("other", "新能源汽车产量" + P, Y, "万辆", False, "actual"),
    3: ("growth", "新能源汽车产量同比增长" + P, Y, "%", False, "change")})
docs["n07_shjxw_news2025"] = dict(
 document="n07_shjxw_news2025.html", kind="other", unit="上海市经济和信息化委员会",
 aliases=["市经济信息化委"], year=2025, published="2025-11-21", facts=facts(n07), honours=[])

# ---------------------------------------------------------------- n08 宝山区科委 WeChat feed
U8 = "上海市宝山区科学技术委员会"
A1, D1 = "2247488702_1", "2025-01-22"
A2, D2 = "2247489130_2", "2025-04-16"
A3, D3 = "2247489804_1", "2025-07-02"
A4, D4 = "2247490266_1", "2025-09-28"
A5, D5 = "2247490511_1", "2025-12-05"
n08 = []
n08 += facts([
 ("other", "有效期内高新技术企业", 2024, 1752, "家", "exact", "宝山区有效期内高新技术企业达到1,752家", True, "actual"),
 ("growth", "有效期内高新技术企业较上年净增", 2024, 136, "家", "exact", "较上年净增136家", False, "change"),
 ("service", "新认定高新技术企业", 2024, 523, "家", "exact", "全年新认定高新技术企业523家", True, "actual"),
 ("service", "新增上海市科技小巨人（含培育）企业", 2024, 18, "家", "exact", "新增上海市科技小巨人（含培育）企业18家", False, "actual"),
 ("service", "新增市级专精特新中小企业", 2024, 165, "家", "exact", "新增市级专精特新中小企业165家", False, "actual"),
 ("service", "认定登记技术合同", 2024, 1530, "项", "exact", "全区认定登记技术合同1,530项", True, "actual"),
 ("finance", "技术合同成交额", 2024, 112.4, "亿元", "exact", "技术合同成交额112.4亿元", True, "actual"),
 ("growth", "技术合同成交额同比增长", 2024, 15.3, "%", "exact", "同比增长15.3%", True, "change"),
 ("finance", "技术合同成交额", 2024, 100, "亿元", "over", "首次突破百亿元", False, "actual"),
 ("other", "全社会研发经费支出占地区生产总值比重", 2024, 3.9, "%", "exact", "全社会研发经费支出占地区生产总值的比重达到3.9%", True, "share"),
 ("growth", "研发经费支出占比较上年提高", 2024, 0.3, "个百分点", "exact", "较上年提高0.3个百分点", False, "change"),
 ("finance", "科技创新券发放", 2024, 2860, "万元", "exact", "全年发放科技创新券2,860万元", False, "actual"),
 ("service", "科技创新券惠及企业", 2024, 940, "家次", "exact", "惠及企业940家次", True, "actual"),
 ("service", "走访服务企业", 2024, 2100, "家", "over", "全年走访服务企业2100余家", True, "actual"),
 ("service", "解决企业诉求", 2024, 400, "件", "nearly", "解决企业诉求近400件", False, "actual"),
 ("satisfaction", "企业满意度", 2024, 97.8, "%", "exact", "企业满意度达97.8%", True, "actual"),
 ("other", "市级以上科技企业孵化器和众创空间", 2024, 42, "家", "exact", "全区市级以上科技企业孵化器和众创空间达到42家", False, "actual"),
 ("other", "在孵企业", 2024, 1600, "家", "over", "在孵企业超过1,600家", False, "actual"),
 ("service", "新认定高新技术企业（目标）", 2025, 550, "家", "over", "力争新认定高新技术企业550家以上", False, "target"),
 ("growth", "技术合同成交额增长（目标）", 2025, 10, "%", "approx", "技术合同成交额增长10%左右", False, "target"),
], article=A1, date=D1)
n08 += facts([
 ("growth", "技术合同成交额同比增长（一季度，标题）", 2025, 18.2, "%", "exact", "一季度宝山技术合同成交额同比增长18.2%", False, "change"),
 ("service", "认定登记技术合同（一季度）", 2025, 412, "项", "exact", "宝山区认定登记技术合同412项", True, "actual"),
 ("finance", "技术合同成交额（一季度）", 2025, 28.6, "亿元", "exact", "技术合同成交额28.6亿元", True, "actual"),
 ("growth", "技术合同成交额同比增长（一季度）", 2025, 18.2, "%", "exact", "同比增长18.2%；", True, "change"),
 ("service", "新增入库科技型中小企业（一季度）", 2025, 460, "家", "exact", "新增入库科技型中小企业460家", False, "actual"),
 ("other", "有效期内高新技术企业（截至3月底）", 2025, 1786, "家", "exact", "全区有效期内高新技术企业达到1,786家", False, "actual"),
], article=A2, date=D2)
n08 += facts([
 ("finance", "科技创新专项资金（每年）", 2025, 2, "亿元", "approx", "区财政每年安排科技创新专项资金约2亿元", False, "budget"),
 ("finance", "首次认定高新技术企业一次性奖励", 2025, 20, "万元", "exact", "对首次认定的高新技术企业，给予一次性奖励20万元", False, "target"),
 ("finance", "重新认定高新技术企业一次性奖励", 2025, 10, "万元", "exact", "对重新认定的高新技术企业，给予一次性奖励10万元", False, "target"),
 ("other", "研发投入增量补贴比例", 2025, 10, "%", "exact", "按其研发投入增量部分的10%给予补贴", False, "target"),
 ("finance", "研发投入增量补贴上限", 2025, 50, "万元", "under", "每家企业每年奖励最高不超过50万元", False, "target"),
 ("finance", "新认定国家级科技企业孵化器一次性奖励", 2025, 100, "万元", "exact", "对新认定的国家级科技企业孵化器，给予一次性奖励100万元", False, "target"),
 ("finance", "新认定市级科技企业孵化器一次性奖励", 2025, 50, "万元", "exact", "对新认定的市级科技企业孵化器，给予一次性奖励50万元", False, "target"),
 ("other", "技术转移服务机构奖励比例", 2025, 1, "%", "exact", "按其促成技术交易额的1%给予奖励", False, "target"),
 ("finance", "技术转移服务机构奖励上限", 2025, 30, "万元", "under", "最高不超过30万元", False, "target"),
], article=A3, date=D3)
n08 += facts([
 ("service", "科技节参与人次（标题）", 2025, 3000, "人次", "over", "2025宝山科技节落幕｜吸引3000余人次参与", False, "actual"),
 ("other", "科技节主会场", 2025, 1, "个", "exact", "共设主会场1个", False, "actual"),
 ("other", "科技节分会场", 2025, 12, "个", "exact", "分会场12个", False, "actual"),
 ("service", "科技节活动", 2025, 80, "场", "over", "院士讲坛等活动80余场", False, "actual"),
 ("service", "科技节参与人次", 2025, 3000, "人次", "over", "活动80余场，吸引3000余人次参与", True, "actual"),
 ("service", "科技节参展科技企业", 2025, 50, "家", "exact", "50家科技企业携200余项创新产品参展", False, "actual"),
 ("other", "科技节参展创新产品", 2025, 200, "项", "over", "50家科技企业携200余项创新产品参展", False, "actual"),
 ("service", "科技节线上直播观看量", 2025, 12.6, "万人次", "exact", "线上直播累计观看量达12.6万人次", False, "actual"),
 ("other", "发放科普读本", 2025, 5000, "册", "exact", "发放科普读本5000册", False, "actual"),
 ("service", "青少年科创实践营活动", 2025, 16, "期", "exact", "组织青少年科创实践营活动16期", False, "actual"),
], article=A4, date=D4)
n08 += facts([
 ("honour", "入选上海市科普教育基地单位", 2025, 3, "家", "exact", "三家单位入选2025年度上海市科普教育基地名单", False, "actual"),
 ("other", "市级科普教育基地总数", 2025, 31, "家", "exact", "全区市级科普教育基地总数达到31家", False, "actual"),
 ("other", "社区科普e站", 2025, 40, "个", "over", "累计建成社区科普e站40余个", False, "actual"),
 ("service", "年均科普活动", 2025, 1000, "场", "over", "年均开展各类科普活动千余场", False, "actual"),
 ("other", "公民具备科学素质的比例", 2025, 26.8, "%", "exact", "全区公民具备科学素质的比例达到26.8%", False, "share"),
], article=A5, date=D5)
n08h = [
 honour("上海市科普工作先进集体", "municipal", U8, "上海市科学技术委员会、上海市科学技术协会", 2025,
        "上海市宝山区科学技术委员会获评“上海市科普工作先进集体”"),
 honour("上海市科普工作先进个人", "municipal", "王一帆", "上海市科学技术委员会、上海市科学技术协会", 2025,
        "区科委科普科副科长王一帆获评“上海市科普工作先进个人”"),
 honour("2025年度上海市科普教育基地", "municipal", "宝山区 3 家单位（上海玻璃博物馆、宝山区青少年科学创新实践工作站、上海宝冶科技馆）", None, 2025,
        "三家单位入选2025年度上海市科普教育基地名单"),
]
docs["n08_baoshan_feed2025"] = dict(
 document="n08_baoshan_feed2025.json", kind="article-feed", unit=U8,
 aliases=["宝山区科委", "区科委", "宝山科技"], year=None, published=None, facts=n08, honours=n08h)

os.makedirs(os.path.join(HERE, "..", "gold"), exist_ok=True)
for name, d in docs.items():
    with open(os.path.join(HERE, "..", "gold", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(name, len(d["facts"]), sum(f["key"] for f in d["facts"]), len(d["honours"]))
