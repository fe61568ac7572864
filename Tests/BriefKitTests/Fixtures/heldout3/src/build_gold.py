"""Hand-written labels for the four n09-n12 documents; writes ../gold/*.json.
Each fact row: (category, subject, year, value, measure, qualifier, quote, key, role).
Table rows use cells(): one fact per labelled cell, quote = row label up to that cell."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
F = ("category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role")
T = "\t"

def facts(rows, **extra):
    out = []
    for r in rows:
        assert len(r) == len(F), r
        d = dict(zip(F, r))
        d.update(extra)
        out.append(d)
    return out

def num(raw):
    s = raw.replace(",", "").replace(" ", "")
    v = float(s)
    return int(v) if v == int(v) and "." not in s else v

def cells(line, specs, sep=T):
    """line: the table row as written; specs: {column index: (category, subject, year, measure, key, role)}.
    The value is the cell as written with thousands separators (and PDF spaces) removed."""
    parts = line.split(sep)
    rows = []
    for i, (cat, subj, year, measure, key, role) in sorted(specs.items()):
        rows.append((cat, subj, year, num(parts[i].strip(" |")), measure, "exact", sep.join(parts[:i + 1]), key, role))
    return rows

def honour(title, level, recipient, issuer, year, quote, source="text"):
    return dict(title=title, level=level, recipient=recipient, issuer=issuer, year=year, quote=quote, source=source)

docs = {}

# ---------------------------------------------------------------- n09 上海市信息安全测评认证中心 2024 社会责任报告 (pdftotext)
Y = 2024
U9 = "上海市信息安全测评认证中心"
n09 = [
 # 一、中心概况
 ("other", "业务部门", Y, 8, "个", "exact", "设8个业务部门", False, "actual"),
 ("other", "分中心", Y, 2, "家", "exact", "临港2家分中心", False, "actual"),
 ("people", "职工总数", Y, 236, "人", "exact", "共有职工236人", False, "actual"),
 ("people", "硕士及以上学历人员", Y, 118, "人", "exact", "118人", False, "actual"),
 ("people", "高级职称人员", Y, 67, "人", "exact", "具有高级职称的67人", False, "actual"),
 # 二、年度概览
 ("finance", "营业收入", Y, 2.87, "亿元", "exact", "实现营业收入2.87亿元", True, "actual"),
 ("growth", "营业收入同比增长", Y, 9.5, "%", "exact", "增长9.5%", True, "change"),
 ("service", "测评项目", Y, 4126, "项", "exact", "全年完成各类测评项目4, 126", True, "actual"),
 ("growth", "测评项目同比增长", Y, 12.3, "%", "exact", "项，同比增长12.3%", True, "change"),
 ("service", "服务客户", Y, 1850, "家", "over", "领域客户1, 850余家", True, "actual"),
 ("satisfaction", "客户满意度", Y, 97.6, "%", "exact", "客户满意度97.6%", True, "actual"),
 ("growth", "客户满意度较上年提高", Y, 0.5, "个百分点", "exact", "年提高0.5个百分点", False, "change"),
 ("satisfaction", "客户投诉率", Y, 0.12, "%", "exact", "客户投诉率0.12%", True, "actual"),
 ("finance", "纳税总额", Y, 1620.5, "万元", "exact", "税1, 620.5万元", False, "actual"),
 # 三、组织架构
 ("people", "理事会理事", Y, 7, "名", "exact", "会由7名理事组成", False, "actual"),
 ("other", "理事会会议", Y, 4, "次", "exact", "2024年共召开理事会会议4", False, "actual"),
 ("other", "理事会审议重大事项", Y, 19, "项", "exact", "审议重大事项19项", False, "actual"),
 # 第二部分 责任管理
 ("service", "利益相关方调研", Y, 3, "次", "exact", "全年开展利益相关方调研3次", False, "actual"),
 ("service", "回收有效问卷", Y, 612, "份", "exact", "回收有效问卷612", False, "actual"),
 ("service", "客户座谈会", Y, 5, "场", "exact", "召开客户座谈会5场", False, "actual"),
 ("service", "收集意见建议", Y, 87, "条", "exact", "收集意见建议87条", False, "actual"),
 ("satisfaction", "意见建议办结率", Y, 100, "%", "exact", "办结率100%", False, "actual"),
 # 第三部分 履责绩效
 ("service", "网络安全等级保护测评系统", Y, 2318, "个", "exact", "护测评2, 318个系统", True, "actual"),
 ("service", "三级及以上系统等级保护测评", Y, 1407, "个", "exact", "其中三级及以上系统1, 407", False, "actual"),
 ("other", "等级保护测评覆盖行业", Y, 12, "个", "exact", "教育等12个行业", False, "actual"),
 ("growth", "等级保护测评系统数同比增长", Y, 8.7, "%", "exact", "评系统数同比增长8.7%", False, "change"),
 ("service", "商用密码应用安全性评估项目", Y, 486, "项", "exact", "完成商用密码应用安全性评估项目486项", True, "actual"),
 ("growth", "商用密码应用安全性评估项目同比增长", Y, 31.4, "%", "exact", "增长31.4%", False, "change"),
 ("service", "重大活动网络安全保障出动人员", Y, 420, "人次", "exact", "出动保障人员420人次", False, "actual"),
 ("service", "处置网络安全事件", Y, 17, "起", "exact", "各类网络安全事件17起", False, "actual"),
 ("output", "报送安全漏洞", Y, 1093, "个", "exact", "报送安全漏洞1, 093", False, "actual"),
 ("output", "被收录安全漏洞", Y, 856, "个", "exact", "被收录856个", False, "actual"),
 ("output", "被收录高危漏洞", Y, 214, "个", "exact", "其中高危漏洞214个", False, "actual"),
 ("service", "信息技术产品安全检测", Y, 635, "项", "exact", "完成信息技术产品安全检测635项", False, "actual"),
 ("output", "颁发安全认证证书", Y, 312, "张", "exact", "证证书312张", False, "actual"),
 ("other", "平均检测周期", Y, 18, "个工作日", "exact", "平均检测周期缩短至18个工作日", False, "actual"),
 ("service", "“网安护航”走访企业", Y, 260, "家", "exact", "企业260家", False, "actual"),
 ("finance", "为企业减免检测费用", Y, 186, "万元", "exact", "为企业减免检测费用186万元", False, "actual"),
 ("service", "公益培训", Y, 24, "场", "exact", "公益培训24场", False, "actual"),
 ("service", "公益培训受训人次", Y, 1900, "人次", "over", "受训人员1, 900余人次", False, "actual"),
 ("output", "承担国家级和市级科研项目", Y, 23, "项", "exact", "全年承担国家级和市级科研项目23项", False, "actual"),
 ("output", "国家重点研发计划课题", Y, 4, "项", "exact", "重点研发计划课题4项", False, "actual"),
 ("output", "主导或参与制定标准", Y, 19, "项", "exact", "主导或参与制定标准19", False, "actual"),
 ("output", "制定国家标准", Y, 7, "项", "exact", "其中国家标准7项", False, "actual"),
 ("output", "授权发明专利", Y, 11, "项", "exact", "获授权发明专利11项", False, "actual"),
 ("output", "软件著作权", Y, 38, "项", "exact", "件著作权38项", False, "actual"),
 ("output", "发表论文", Y, 45, "篇", "exact", "发表论文45篇", False, "actual"),
 ("finance", "研发投入", Y, 3460, "万元", "exact", "3, 460万元", False, "actual"),
 ("other", "研发投入占营业收入比重", Y, 12.1, "%", "exact", "占营业收入的12.1%", False, "share"),
 ("service", "员工培训", Y, 1260, "人次", "exact", "全年组织员工培训1, 260人次", False, "actual"),
 ("other", "人均培训时长", Y, 56, "小时", "exact", "人均培训时长56", False, "actual"),
 ("people", "新入职员工", Y, 21, "人", "exact", "新入职员工21人", False, "actual"),
 ("people", "新入职博士", Y, 3, "人", "exact", "其中博士3人", False, "actual"),
 ("other", "职工年度体检覆盖率", Y, 100, "%", "exact", "体检覆盖率100%", False, "share"),
 ("other", "女职工占比", Y, 41.5, "%", "exact", "女职工占比41.5%", False, "share"),
 ("satisfaction", "员工满意度测评得分", Y, 95.2, "", "exact", "满意度测评得分95.2", False, "actual"),
 ("growth", "员工满意度测评得分较上年提升", Y, 1.3, "分", "exact", "较上年提升1.3分", False, "change"),
 ("service", "志愿服务", Y, 38, "次", "exact", "全年开展志愿服务38次", False, "actual"),
 ("service", "志愿服务参与员工", Y, 560, "人次", "exact", "参与员工560人次", False, "actual"),
 ("other", "志愿服务时长", Y, 2140, "小时", "exact", "志愿服务时长2, 140小时", False, "actual"),
 ("service", "网络安全宣传周进社区进校园活动", Y, 32, "场", "exact", "开展进社区、进校园活动32场", False, "actual"),
 ("service", "网络安全宣传周覆盖市民", Y, 12, "万人次", "approx", "覆盖市民约12万人次", False, "actual"),
 ("other", "综合能耗", Y, 477.4, "吨标准煤", "exact", "全年综合能耗477.4吨标准煤", False, "actual"),
 ("growth", "综合能耗同比下降", Y, 4.2, "%", "exact", "比下降4.2%", False, "change"),
 ("growth", "办公用纸消耗同比减少", Y, 15, "%", "exact", "办公用纸消耗同比减少15%", False, "change"),
 # 六、荣誉
 ("honour", "各级各类荣誉", Y, 14, "项", "exact", "共获得各级各类荣誉14项", True, "actual"),
 ("honour", "国家级荣誉", Y, 3, "项", "exact", "中国家级3项", True, "actual"),
 ("honour", "市级荣誉", Y, 6, "项", "exact", "市级6项", True, "actual"),
]
def kpi(line, cat, name, measure):
    return cells(line, {2: (cat, name, 2022, measure, False, "baseline"),
                        3: (cat, name, 2023, measure, False, "baseline"),
                        4: (cat, name, 2024, measure, False, "actual")})
n09 += kpi("营业收入\t亿元\t2.41\t2.62\t2.87", "finance", "营业收入", "亿元")
n09 += kpi("纳税总额\t万元\t1, 385.2\t1, 497.0\t1, 620.5", "finance", "纳税总额", "万元")
n09 += kpi("测评项目\t项\t3, 402\t3, 674\t4, 126", "service", "测评项目", "项")
n09 += kpi("其中：等级保护测评系统\t个\t1, 968\t2, 132\t2, 318", "service", "网络安全等级保护测评系统", "个")
n09 += kpi("服务客户\t家\t1, 520\t1, 690\t1, 850", "service", "服务客户", "家")
n09 += kpi("客户满意度\t%\t96.8\t97.1\t97.6", "satisfaction", "客户满意度", "%")
n09 += kpi("客户投诉率\t%\t0.21\t0.15\t0.12", "satisfaction", "客户投诉率", "%")
n09 += kpi("职工总数\t人\t208\t221\t236", "people", "职工总数", "人")
n09 += kpi("研发投入\t万元\t2, 810\t3, 105\t3, 460", "finance", "研发投入", "万元")
n09 += kpi("员工培训\t人次\t1, 040\t1, 155\t1, 260", "service", "员工培训", "人次")
n09 += kpi("志愿服务时长\t小时\t1, 620\t1, 880\t2, 140", "other", "志愿服务时长", "小时")
n09 += kpi("综合能耗\t吨标准煤\t512.6\t498.3\t477.4", "other", "综合能耗", "吨标准煤")
n09h = [
 honour("全国网络安全等级保护工作先进集体", "national", U9, None, Y, "测评中心荣获“全国网络安全等级保护工作先进集体”"),
 honour("2023—2024年度上海市文明单位", "municipal", U9, None, Y, "测评中心被评为2023—2024年度上海市文明单位，"),
 honour("上海市网络安全应急技术支撑单位", "municipal", U9, "上海市通信管理局", Y, "测评中心入选上海市通信管理局“上海市网络安全"),
 honour("上海市工人先锋号", "municipal", "上海市信息安全测评认证中心临港分中心", None, Y, "临港分中心获评“上海市工人先锋号”"),
 honour("上海市青年岗位能手", "municipal", "陆佳怡", None, Y, "密评事业部工程师陆佳怡荣获“上海市青年岗位能手”"),
]
docs["n09_shtec_csr2024"] = dict(
 document="n09_shtec_csr2024.txt", kind="csr-report", unit=U9,
 aliases=["测评中心"], year=2024, published="2025-04", facts=facts(n09), honours=n09h)

# ---------------------------------------------------------------- n10 徐汇区科委 2025 部门预算
Y, B = 2025, 2024
W = "万元"
def ys_row(line, name, key_budget=False, budget_subject=None):
    """Columns: 2024年执行数 | 2025年预算数 | 增减额 | 增减率（%）."""
    b = budget_subject or name
    return cells(line, {
        1: ("finance", b + "（2024年执行数）", B, W, False, "baseline"),
        2: ("finance", b, Y, W, key_budget, "budget"),
        3: ("growth", b + "比2024年执行数增减额", Y, W, False, "change"),
        4: ("growth", b + "比2024年执行数增减率", Y, "%", False, "change"),
    })
n10 = [
 ("other", "内设科室", Y, 4, "个", "exact", "科技服务科4个科室", False, "actual"),
 ("other", "纳入部门预算编制范围的单位", Y, 3, "家", "exact", "纳入2025年部门预算编制范围的单位共3家", False, "actual"),
 ("people", "核定行政编制", Y, 23, "名", "exact", "本部门核定行政编制23名", False, "actual"),
 ("people", "核定事业编制", Y, 31, "名", "exact", "事业编制31名", False, "actual"),
 # （一）收入预算
 ("finance", "收入预算总额", Y, 5678.90, W, "exact", "2025年收入预算总额5,678.90万元", True, "budget"),
 ("growth", "收入预算总额比2024年预算增加", Y, 412.35, W, "exact", "比2024年预算增加412.35万元", True, "change"),
 ("growth", "收入预算总额比2024年预算增长", Y, 7.8, "%", "exact", "增长7.8%", True, "change"),
 ("finance", "财政拨款收入", Y, 5321.40, W, "exact", "其中：财政拨款收入5,321.40万元", True, "budget"),
 ("other", "财政拨款收入占收入预算比重", Y, 93.7, "%", "exact", "占93.7%", False, "share"),
 ("finance", "事业收入", Y, 245.00, W, "exact", "事业收入245.00万元", False, "budget"),
 ("other", "事业收入占收入预算比重", Y, 4.3, "%", "exact", "占4.3%", False, "share"),
 ("finance", "其他收入", Y, 112.50, W, "exact", "其他收入112.50万元", False, "budget"),
 ("other", "其他收入占收入预算比重", Y, 2.0, "%", "exact", "占2.0%", False, "share"),
]
n10 += ys_row("财政拨款收入\t5,108.72\t5,321.40\t212.68\t4.16", "财政拨款收入")
n10 += ys_row("事业收入\t231.60\t245.00\t13.40\t5.79", "事业收入")
n10 += ys_row("其他收入\t104.30\t112.50\t8.20\t7.86", "其他收入")
n10 += ys_row("收入合计\t5,444.62\t5,678.90\t234.28\t4.30", "收入合计", budget_subject="收入预算总额")
n10 += [
 # （二）支出预算
 ("finance", "支出预算总额", Y, 5678.90, W, "exact", "2025年支出预算总额5,678.90万元", True, "budget"),
 ("finance", "基本支出", Y, 1842.16, W, "exact", "其中：基本支出1,842.16万元", False, "budget"),
 ("other", "基本支出占支出预算比重", Y, 32.4, "%", "exact", "占32.4%", False, "share"),
 ("finance", "项目支出", Y, 3836.74, W, "exact", "项目支出3,836.74万元", False, "budget"),
 ("other", "项目支出占支出预算比重", Y, 67.6, "%", "exact", "占67.6%", False, "share"),
 # （三）财政拨款收支预算
 ("finance", "财政拨款收入", Y, 5321.40, W, "exact", "2025年财政拨款收入预算5,321.40万元", False, "budget"),
 ("growth", "财政拨款收入比2024年预算增加", Y, 298.60, W, "exact", "比2024年预算增加298.60万元", True, "change"),
 ("growth", "财政拨款收入比2024年预算增长", Y, 5.9, "%", "exact", "增长5.9%", True, "change"),
 ("finance", "财政拨款支出", Y, 5321.40, W, "exact", "2025年财政拨款支出预算5,321.40万元", False, "budget"),
]
n10 += ys_row("科学技术支出\t4,612.35\t4,803.92\t191.57\t4.15", "科学技术支出")
n10 += ys_row("社会保障和就业支出\t226.40\t238.16\t11.76\t5.19", "社会保障和就业支出")
n10 += ys_row("卫生健康支出\t95.12\t98.40\t3.28\t3.45", "卫生健康支出")
n10 += ys_row("住房保障支出\t174.85\t180.92\t6.07\t3.47", "住房保障支出")
n10 += ys_row("合计\t5,108.72\t5,321.40\t212.68\t4.16", "合计", budget_subject="一般公共预算财政拨款支出")
n10 += [
 ("finance", "“科技条件与服务”“技术创新服务体系”支出", Y, 1426.30, W, "exact", "技术创新服务体系（项）2025年预算数为1,426.30万元", False, "budget"),
 ("growth", "“技术创新服务体系”比2024年执行数增加", Y, 85.10, W, "exact", "比2024年执行数增加85.10万元", False, "change"),
 ("finance", "“其他科学技术支出”支出", Y, 2395.48, W, "exact", "其他科学技术支出（项）2025年预算数为2,395.48万元", False, "budget"),
 # （四）基本支出
 ("finance", "一般公共预算基本支出", Y, 1729.66, W, "exact", "2025年一般公共预算基本支出1,729.66万元", False, "budget"),
 ("finance", "人员经费", Y, 1486.20, W, "exact", "其中：人员经费1,486.20万元", False, "budget"),
 ("finance", "公用经费", Y, 243.46, W, "exact", "公用经费243.46万元", False, "budget"),
 # 五、（一）三公
 ("finance", "“三公”经费", Y, 9.80, W, "exact", "2025年“三公”经费预算数为9.80万元", True, "budget"),
 ("growth", "“三公”经费比2024年预算减少", Y, 1.20, W, "exact", "比2024年预算减少1.20万元", True, "change"),
 ("finance", "因公出国（境）费", Y, 0, W, "exact", "因公出国（境）费0万元", False, "budget"),
 ("finance", "公务用车购置及运行费", Y, 6.50, W, "exact", "公务用车购置及运行费6.50万元", False, "budget"),
 ("finance", "公务用车购置费", Y, 0, W, "exact", "公务用车购置费0万元", False, "budget"),
 ("finance", "公务用车运行费", Y, 6.50, W, "exact", "公务用车运行费6.50万元", False, "budget"),
 ("finance", "公务接待费", Y, 3.30, W, "exact", "公务接待费3.30万元", False, "budget"),
]
def sg_row(line, name):
    """Columns: 2024年预算数 | 2025年预算数; the 0.00 row is not labelled."""
    return cells(line, {1: ("finance", name + "（2024年预算）", B, W, False, "baseline"),
                        2: ("finance", name, Y, W, False, "budget")})
n10 += sg_row("合计\t11.00\t9.80", "“三公”经费")
n10 += sg_row("公务用车购置及运行费\t7.70\t6.50", "公务用车购置及运行费")
n10 += sg_row("公务接待费\t3.30\t3.30", "公务接待费")
n10 += [
 ("finance", "机关运行经费", Y, 243.46, W, "exact", "2025年本部门机关运行经费预算为243.46万元", False, "budget"),
 ("growth", "机关运行经费比2024年预算增加", Y, 5.18, W, "exact", "比2024年预算增加5.18万元", False, "change"),
 ("growth", "机关运行经费比2024年预算增长", Y, 2.2, "%", "exact", "增长2.2%", False, "change"),
 ("finance", "政府采购预算总额", Y, 1268.40, W, "exact", "2025年本部门政府采购预算总额1,268.40万元", False, "budget"),
 ("finance", "政府采购货物预算", Y, 156.20, W, "exact", "政府采购货物预算156.20万元", False, "budget"),
 ("finance", "政府采购服务预算", Y, 1112.20, W, "exact", "政府采购服务预算1,112.20万元", False, "budget"),
 ("finance", "预留面向中小企业采购预算", Y, 1015.00, W, "exact", "预留面向中小企业采购的预算1,015.00万元", False, "budget"),
 ("other", "预留面向中小企业采购占政府采购预算比重", Y, 80.0, "%", "exact", "占政府采购预算总额的80.0%", False, "share"),
 ("other", "车辆", B, 1, "辆", "exact", "本部门共有车辆1辆", False, "actual"),
 ("other", "单价50万元以上通用设备", B, 0, "台（套）", "exact", "通用设备0台（套）", False, "actual"),
 ("other", "实行绩效目标管理的项目", Y, 38, "个", "exact", "实行绩效目标管理的项目38个", False, "actual"),
 ("finance", "绩效目标管理涉及项目预算资金", Y, 3591.74, W, "exact", "涉及项目预算资金3,591.74万元", False, "budget"),
 ("other", "绩效目标管理重点项目", Y, 5, "个", "exact", "其中重点项目5个", False, "actual"),
 ("finance", "重点项目涉及资金", Y, 2140.00, W, "exact", "涉及资金2,140.00万元", False, "budget"),
 ("other", "绩效指标", Y, 412, "个", "exact", "全部项目共设置绩效指标412个", False, "actual"),
 ("other", "产出指标", Y, 236, "个", "exact", "其中产出指标236个", False, "actual"),
 ("other", "效益指标", Y, 128, "个", "exact", "效益指标128个", False, "actual"),
 ("other", "满意度指标", Y, 48, "个", "exact", "满意度指标48个", False, "actual"),
]
docs["n10_xuhui_kw_ys2025"] = dict(
 document="n10_xuhui_kw_ys2025.txt", kind="budget", unit="上海市徐汇区科学技术委员会",
 aliases=["区科委"], year=2025, published="2025-02-12", facts=facts(n10), honours=[])

# ---------------------------------------------------------------- n11 市科委 前三季度科技创新指标 (Markdown)
Y = 2025
P = "（1—9月）"
n11 = [
 ("growth", "技术合同成交额同比增长（1—9月，标题）", Y, 21.3, "%", "exact", "# 前三季度本市科技创新主要指标稳中有进 技术合同成交额同比增长21.3%", False, "change"),
 # 导读 (restatement)
 ("finance", "技术合同成交额（1—9月，导读）", Y, 3285.6, "亿元", "exact", "**【导读】** 1—9月，本市技术合同成交额3,285.6亿元", False, "actual"),
 ("growth", "技术合同成交额同比增长（1—9月，导读）", Y, 21.3, "%", "exact", "同比增长21.3%，增速比全国平均高6.8个百分点；", False, "change"),
 ("growth", "技术合同成交额增速比全国平均高（1—9月，导读）", Y, 6.8, "个百分点", "exact", "增速比全国平均高6.8个百分点；新认定", False, "change"),
 ("service", "新认定高新技术企业（1—9月，导读）", Y, 6420, "家", "exact", "新认定高新技术企业6,420家。", False, "actual"),
 # 一、技术市场
 ("service", "认定登记技术合同" + P, Y, 3.12, "万项", "exact", "全市认定登记技术合同3.12万项", True, "actual"),
 ("growth", "认定登记技术合同同比增长" + P, Y, 14.6, "%", "exact", "同比增长14.6%；成交额", True, "change"),
 ("finance", "技术合同成交额" + P, Y, 3285.6, "亿元", "exact", "；成交额3,285.6亿元", True, "actual"),
 ("growth", "技术合同成交额同比增长" + P, Y, 21.3, "%", "exact", "同比增长21.3%，增速比全国平均高6.8个百分点，成交额规模", True, "change"),
 ("growth", "技术合同成交额增速比全国平均高" + P, Y, 6.8, "个百分点", "exact", "增速比全国平均高6.8个百分点，成交额规模居全国第二", True, "change"),
 ("finance", "技术合同成交额（第三季度）", Y, 1236.4, "亿元", "exact", "第三季度技术合同成交额1,236.4亿元", False, "actual"),
 ("growth", "技术合同成交额同比增长（第三季度）", Y, 24.8, "%", "exact", "同比增长24.8%", False, "change"),
 ("growth", "技术合同成交额环比增长（第三季度）", Y, 8.5, "%", "exact", "环比增长8.5%", False, "change"),
 ("finance", "技术合同成交额（第二季度）", Y, 1139.5, "亿元", "exact", "第二季度技术合同成交额1,139.5亿元", False, "actual"),
 ("finance", "技术合同成交额（第一季度）", Y, 909.7, "亿元", "exact", "第一季度技术合同成交额909.7亿元", False, "actual"),
 ("finance", "技术合同成交额（9月）", Y, 452.3, "亿元", "exact", "9月当月成交额452.3亿元", False, "actual"),
 ("growth", "技术合同成交额环比增长（9月）", Y, 6.1, "%", "exact", "环比增长6.1%", False, "change"),
 ("finance", "输出外省市技术合同成交额" + P, Y, 1402.8, "亿元", "exact", "输出外省市技术合同成交额1,402.8亿元", False, "actual"),
 ("other", "输出外省市技术合同成交额占全市比重" + P, Y, 42.7, "%", "exact", "占全市成交额的42.7%", False, "share"),
 ("other", "先导产业", Y, 3, "", "exact", "三大先导产业领域", False, "actual"),
 ("finance", "三大先导产业领域技术合同成交额" + P, Y, 1587.2, "亿元", "exact", "合计1,587.2亿元", False, "actual"),
 ("growth", "三大先导产业领域技术合同成交额同比增长" + P, Y, 29.6, "%", "exact", "同比增长29.6%", False, "change"),
 ("other", "三大先导产业领域技术合同成交额占比" + P, Y, 48.3, "%", "exact", "占比达48.3%", False, "share"),
 ("growth", "三大先导产业领域占比比上年同期提高" + P, Y, 3.1, "个百分点", "exact", "比上年同期提高3.1个百分点", False, "change"),
 # 二、创新主体
 ("service", "新认定高新技术企业" + P, Y, 6420, "家", "exact", "- 新认定高新技术企业6,420家", True, "actual"),
 ("growth", "新认定高新技术企业同比增长" + P, Y, 9.2, "%", "exact", "同比增长9.2%", True, "change"),
 ("other", "有效期内高新技术企业（截至9月底）", Y, 2.46, "万家", "exact", "有效期内高新技术企业总数达2.46万家", True, "actual"),
 ("service", "新增入库科技型中小企业" + P, Y, 1.58, "万家", "exact", "新增入库科技型中小企业1.58万家", False, "actual"),
 ("growth", "新增入库科技型中小企业同比增长" + P, Y, 12.0, "%", "exact", "同比增长12.0%", False, "change"),
 ("service", "新培育科技小巨人（含培育）企业" + P, Y, 168, "家", "exact", "新培育科技小巨人（含培育）企业168家", False, "actual"),
 ("service", "新认定外资研发中心" + P, Y, 21, "家", "exact", "新认定外资研发中心21家", False, "actual"),
 ("other", "累计外资研发中心", Y, 618, "家", "exact", "累计达到618家", False, "actual"),
 ("other", "每万户企业中高新技术企业数", Y, 76.5, "家", "exact", "每万户企业中高新技术企业数为76.5家", False, "actual"),
 ("growth", "每万户企业中高新技术企业数比全国平均高", Y, 41.2, "家", "exact", "比全国平均高41.2家", False, "change"),
 # 三、研发投入与创新产出
 ("finance", "规上工业企业研发经费支出" + P, Y, 1086.3, "亿元", "exact", "规模以上工业企业研发经费支出1,086.3亿元", False, "actual"),
 ("growth", "规上工业企业研发经费支出同比增长" + P, Y, 7.4, "%", "exact", "同比增长7.4%", False, "change"),
 ("other", "全社会研发经费支出相当于全市生产总值的比例", 2024, 4.35, "%", "exact", "比例为4.35%", True, "share"),
 ("growth", "全社会研发经费支出占比比全国平均高", 2024, 1.67, "个百分点", "exact", "比全国平均高1.67个百分点", False, "change"),
 ("output", "PCT国际专利申请" + P, Y, 4326, "件", "exact", "PCT国际专利申请4,326件", False, "actual"),
 ("growth", "PCT国际专利申请同比增长" + P, Y, 11.0, "%", "exact", "同比增长11.0%", False, "change"),
 ("output", "每万人口高价值发明专利拥有量（截至9月底）", Y, 54.2, "件", "exact", "每万人口高价值发明专利拥有量54.2件", False, "actual"),
 ("growth", "每万人口高价值发明专利拥有量较6月底增加", Y, 1.6, "件", "exact", "较6月底增加1.6件", False, "change"),
]
def md_row(line, label, cat, name, measure, growth_name):
    """Markdown pipe row '| label | value | growth |': quote = row start up to the cell."""
    parts = line.split(" | ")
    return [(cat, name, Y, num(parts[1]), measure, "exact", " | ".join(parts[:2]), False, "actual"),
            ("growth", growth_name, Y, num(parts[2].rstrip(" |")), "%", "exact", " | ".join(parts[:3]), False, "change")]
n11 += md_row("| 技术合同成交额（亿元） | 3285.6 | 21.3 |", "", "finance", "技术合同成交额" + P, "亿元", "技术合同成交额同比增长" + P)
n11 += md_row("| 认定登记技术合同（万项） | 3.12 | 14.6 |", "", "service", "认定登记技术合同" + P, "万项", "认定登记技术合同同比增长" + P)
n11 += md_row("| 新认定高新技术企业（家） | 6420 | 9.2 |", "", "service", "新认定高新技术企业" + P, "家", "新认定高新技术企业同比增长" + P)
n11 += md_row("| 规上工业企业研发经费支出（亿元） | 1086.3 | 7.4 |", "", "finance", "规上工业企业研发经费支出" + P, "亿元", "规上工业企业研发经费支出同比增长" + P)
n11 += md_row("| PCT国际专利申请（件） | 4326 | 11.0 |", "", "output", "PCT国际专利申请" + P, "件", "PCT国际专利申请同比增长" + P)
n11 += [
 ("finance", "技术合同成交额（全年目标）", Y, 4500, "亿元", "over", "确保全年技术合同成交额突破4,500亿元", False, "target"),
 ("service", "新认定高新技术企业（全年目标）", Y, 8000, "家", "over", "全年新认定高新技术企业8,000家以上", False, "target"),
 ("service", "新增入库科技型中小企业（全年目标）", Y, 2, "万家", "approx", "新增入库科技型中小企业2万家左右", False, "target"),
]
docs["n11_stcsm_news2025q3"] = dict(
 document="n11_stcsm_news2025q3.md", kind="other", unit="上海市科学技术委员会",
 aliases=["市科委"], year=2025, published="2025-10-24", facts=facts(n11), honours=[])

# ---------------------------------------------------------------- n12 上海市软件评测中心 2025 工作总结 (Word-like text)
Y, Z = 2025, 2026
U12 = "上海市软件评测中心"
n12 = [
 ("finance", "营业收入", Y, 1.96, "亿元", "exact", "全年实现营业收入1.96亿元", True, "actual"),
 ("growth", "营业收入同比增长", Y, 8.3, "%", "exact", "同比增长8.3%", True, "change"),
 ("service", "软件测评项目", Y, 2874, "项", "exact", "完成软件测评项目2,874项", True, "actual"),
 ("growth", "软件测评项目同比增长", Y, 10.6, "%", "exact", "同比增长10.6%", True, "change"),
 ("service", "服务客户", Y, 1260, "家", "over", "服务客户1,260余家", True, "actual"),
 ("satisfaction", "客户满意度", Y, 98.1, "%", "exact", "客户满意度98.1%", True, "actual"),
 ("other", "客户满意度连续保持在98%以上", Y, 3, "年", "exact", "连续三年保持在98%以上", False, "actual"),
 ("satisfaction", "客户满意度（连续三年下限）", Y, 98, "%", "over", "连续三年保持在98%以上", False, "actual"),
 # （一）
 ("service", "软件测评项目", Y, 2874, "项", "exact", "等项目2,874项", False, "actual"),
 ("service", "政府信息化项目验收测试", Y, 612, "项", "exact", "其中政府信息化项目验收测试612项", False, "actual"),
 ("finance", "验收测试涉及项目总投资", Y, 38.5, "亿元", "approx", "涉及项目总投资约38.5亿元", False, "actual"),
 ("other", "人工智能模型测评实验室", Y, 1, "个", "exact", "建成人工智能模型测评实验室1个", False, "actual"),
 ("service", "大模型及智能体测评项目", Y, 146, "项", "exact", "完成大模型及智能体测评项目146项", False, "actual"),
 ("output", "参与编制人工智能测评相关标准", Y, 10, "项", "over", "参与编制人工智能测评相关标准十余项", False, "actual"),
 ("other", "信创适配验证领域", Y, 3, "个", "exact", "制造三个领域", False, "actual"),
 ("service", "每个领域联合龙头企业（下限）", Y, 3, "家", "over", "各联合三至五家龙头企业", False, "actual"),
 ("service", "每个领域联合龙头企业（上限）", Y, 5, "家", "under", "各联合三至五家龙头企业", False, "actual"),
 ("service", "信创适配测试", Y, 830, "项", "exact", "完成适配测试830项", False, "actual"),
 ("output", "适配报告", Y, 790, "份", "exact", "出具适配报告790份", False, "actual"),
 ("other", "测试报告平均出具周期", 2024, 15, "个工作日", "exact", "由上年的15个工作日", False, "baseline"),
 ("other", "测试报告平均出具周期", Y, 12, "个工作日", "exact", "缩短至12个工作日", False, "actual"),
 ("satisfaction", "按期交付率", Y, 99.2, "%", "exact", "按期交付率99.2%", False, "actual"),
 # （二）
 ("service", "走访产业园区", Y, 9, "个", "exact", "产业园区9个", False, "actual"),
 ("service", "上门服务企业", Y, 320, "家次", "exact", "上门服务企业320家次", False, "actual"),
 ("service", "减免测试费用小微企业", Y, 186, "家", "exact", "为186家小微企业", False, "actual"),
 ("finance", "减免测试费用", Y, 223.2, "万元", "exact", "减免测试费用合计223.2万元", False, "actual"),
 ("finance", "平均每家减免测试费用", Y, 12000, "元", "approx", "平均每家减免约￥12,000", False, "actual"),
 ("service", "软件测试工程师培训班", Y, 48, "期", "exact", "举办软件测试工程师培训班48期", False, "actual"),
 ("service", "行业培训人次", Y, 12000, "人次", "over", "培训一万二千余人次", True, "actual"),
 ("service", "线上培训人次", Y, 8600, "人次", "exact", "其中线上培训8,600人次", False, "actual"),
 # （三）
 ("output", "承担各级科研项目", Y, 17, "项", "exact", "全年承担各级科研项目17项", False, "actual"),
 ("output", "承担国家级科研项目", Y, 3, "项", "exact", "其中国家级项目3项", False, "actual"),
 ("output", "授权发明专利", Y, 6, "项", "exact", "获授权发明专利6项", False, "actual"),
 ("output", "软件著作权", Y, 29, "项", "exact", "软件著作权29项", False, "actual"),
 ("output", "主导或参与制定标准", Y, 21, "项", "exact", "团体标准共21项", False, "actual"),
 ("output", "发表学术论文", Y, 33, "篇", "exact", "发表学术论文33篇", False, "actual"),
 ("finance", "研发投入", Y, 2150, "万元", "exact", "研发投入2,150万元", False, "actual"),
 ("other", "研发投入占营业收入比重", Y, 11.0, "%", "exact", "占营业收入的11.0%", False, "share"),
 # （四）
 ("people", "在编在岗职工", Y, 312, "人", "exact", "在编在岗职工312人", False, "actual"),
 ("people", "研究生学历人员", Y, 164, "人", "exact", "其中研究生学历164人", False, "actual"),
 ("people", "高级职称人员", Y, 89, "人", "exact", "高级职称89人", False, "actual"),
 ("people", "新引进专业技术人员", Y, 27, "名", "exact", "全年新引进专业技术人员27名", False, "actual"),
 ("people", "新引进博士", Y, 4, "名", "exact", "其中博士4名", False, "actual"),
 ("service", "内部培训", Y, 65, "场", "exact", "组织内部培训65场", False, "actual"),
 ("service", "内部培训参训人次", Y, 2400, "人次", "over", "参训2,400余人次", False, "actual"),
 # （五）
 ("honour", "市级以上荣誉", Y, 10, "项", "over", "共获得市级以上荣誉十余项", True, "actual"),
 # （六）
 ("other", "内部审计项目", Y, 4, "项", "exact", "完成内部审计项目4项", False, "actual"),
 ("other", "审计整改问题", Y, 12, "个", "exact", "整改问题12个", False, "actual"),
 ("satisfaction", "审计整改完成率", Y, 100, "%", "exact", "整改完成率100%", False, "actual"),
 ("satisfaction", "客户投诉", Y, 3, "起", "exact", "客户投诉3起", True, "actual"),
 ("satisfaction", "客户投诉办结时限", Y, 5, "个工作日", "under", "全部在5个工作日内办结", False, "actual"),
 # 三、2026年工作计划
 ("finance", "营业收入（目标）", Z, 2.1, "亿元", "over", "力争全年营业收入突破2.1亿元", False, "target"),
 ("growth", "营业收入同比增长（目标）", Z, 7, "%", "approx", "同比增长7%左右", False, "target"),
 ("service", "软件测评项目（目标）", Z, 3000, "项", "over", "完成软件测评项目3,000项以上", False, "target"),
 ("service", "人工智能测评项目（目标）", Z, 200, "项", "exact", "人工智能测评项目达到200项", False, "target"),
 ("other", "建成数据安全测评实验室（目标）", Z, 1, "个", "exact", "建成数据安全测评实验室1个", False, "target"),
 ("service", "服务客户（目标）", Z, 1350, "家", "over", "服务客户不少于1,350家", False, "target"),
 ("satisfaction", "客户满意度（目标）", Z, 98, "%", "over", "客户满意度保持在98%以上", False, "target"),
 ("other", "测试报告平均出具周期（目标）", Z, 10, "个工作日", "under", "压缩至10个工作日以内", False, "target"),
 ("people", "新引进博士（目标）", Z, 5, "名", "exact", "新引进博士5名", False, "target"),
 ("people", "培养市级以上领军人才（目标，下限）", Z, 2, "名", "over", "培养市级以上领军人才2至3名", False, "target"),
 ("people", "培养市级以上领军人才（目标，上限）", Z, 3, "名", "under", "培养市级以上领军人才2至3名", False, "target"),
 ("other", "主题党日活动（目标）", Z, 12, "次", "over", "开展主题党日活动不少于12次", False, "target"),
]
n12h = [
 honour("上海市五一劳动奖状", "municipal", U12, None, Y, "评测中心荣获“上海市五一劳动奖状”"),
 honour("2025年度上海市工人先锋号", "municipal", "上海市软件评测中心张江分中心", None, Y, "张江分中心被评为“2025年度上海市工人先锋号”"),
 honour("人工智能测评服务机构（第二批）", "national", U12, "工业和信息化部", Y, "评测中心入选工业和信息化部第二批“人工智能测评服务机构”名单"),
 honour("上海市科技系统优秀共产党员", "system", "沈立群", None, Y, "人工智能测评部主任沈立群被评为“上海市科技系统优秀共产党员”"),
 honour("上海市青年岗位能手", "municipal", "周晓琳", None, Y, "测试工程师周晓琳荣获“上海市青年岗位能手”称号"),
 honour("2025年度优秀团体标准", "other", U12, "上海市软件行业协会", Y, "获上海市软件行业协会2025年度“优秀团体标准”"),
]
docs["n12_sstc_zj2025"] = dict(
 document="n12_sstc_zj2025.txt", kind="work-summary", unit=U12,
 aliases=["评测中心"], year=2025, published="2025-12-26", facts=facts(n12), honours=n12h)

os.makedirs(os.path.join(HERE, "..", "gold"), exist_ok=True)
for name, d in docs.items():
    with open(os.path.join(HERE, "..", "gold", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(name, len(d["facts"]), sum(f["key"] for f in d["facts"]), len(d["honours"]))
