"""Hand-written labels for the four n13-n16 documents; writes ../gold/*.json.
Each fact row: (category, subject, year, value, measure, qualifier, quote, key, role).
Table cells use tab_cell() (n13, tab-separated) or td_cell() (n16, HTML row on one line): the quote
runs from the row label up to the labelled cell. n15 rows carry the article id; its date is added
from the article. Run from anywhere: python3 src/build_gold.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
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

def tab_cell(line, i):
    """Quote for cell i of a tab-separated row: the row from its start up to and including cell i."""
    return T.join(line.split(T)[:i + 1])

def td_cell(line, i):
    """Quote for cell i of an HTML row '<tr><td>label</td><td>v</td>…</tr>': label … cell i's text."""
    assert line.startswith("<tr><td>"), line
    assert line.endswith("</td></tr>"), line
    return "</td><td>".join(line[len("<tr><td>"):-len("</td></tr>")].split("</td><td>")[:i + 1])

def honour(title, level, recipient, issuer, year, quote, source="text"):
    return dict(title=title, level=level, recipient=recipient, issuer=issuer, year=year, quote=quote, source=source)

docs = {}

# ---------------------------------------------------------------- n13 上海科技创新资源数据中心 2024 整体支出绩效自评报告
Y, N = 2024, 2025
U13 = "上海科技创新资源数据中心"
W = "万元"
n13 = [
 # 一、单位基本情况
 ("people", "核定事业编制", Y, 98, "名", "exact", "核定事业编制98名", False, "actual"),
 ("people", "实有在编人员", Y, 91, "人", "exact", "实有在编人员91人", False, "actual"),
 ("people", "高级职称人员", Y, 37, "人", "exact", "其中具有高级职称的37人", False, "actual"),
 # 二、（一）预算收支
 ("finance", "年初预算数", Y, 4862.50, W, "exact", "资源中心年初预算数为4,862.50万元", True, "budget"),
 ("finance", "全年预算数", Y, 5106.38, W, "exact", "全年预算数为5,106.38万元", True, "budget"),
 ("finance", "全年实际支出", Y, 4931.27, W, "exact", "全年实际支出4,931.27万元", True, "actual"),
 ("other", "预算执行率", Y, 96.57, "%", "exact", "预算执行率为96.57%", True, "actual"),
 ("finance", "基本支出全年预算数", Y, 1836.42, W, "exact", "基本支出全年预算数1,836.42万元", False, "budget"),
 ("finance", "基本支出执行数", Y, 1829.65, W, "exact", "执行1,829.65万元", False, "actual"),
 ("other", "基本支出执行率", Y, 99.63, "%", "exact", "执行率99.63%", False, "actual"),
 ("finance", "项目支出全年预算数", Y, 3269.96, W, "exact", "项目支出全年预算数3,269.96万元", False, "budget"),
 ("finance", "项目支出执行数", Y, 3101.62, W, "exact", "执行3,101.62万元", False, "actual"),
 ("other", "项目支出执行率", Y, 94.85, "%", "exact", "执行率94.85%", False, "actual"),
 ("growth", "全年预算数比2023年增加", Y, 287.14, W, "exact", "全年预算数增加287.14万元", True, "change"),
 ("growth", "全年预算数比2023年增长", Y, 5.96, "%", "exact", "增长5.96%", True, "change"),
 ("growth", "预算执行率比2023年提高", Y, 2.45, "个百分点", "exact", "预算执行率提高2.45个百分点", False, "change"),
 ("other", "预算执行率", 2023, 94.12, "%", "exact", "（2023年为94.12%）", False, "baseline"),
 # （二）结转结余
 ("finance", "年末结转结余资金", Y, 175.11, W, "exact", "2024年末结转结余资金175.11万元", False, "actual"),
 ("other", "结转结余率", Y, 3.43, "%", "exact", "结转结余率3.43%", False, "actual"),
 # （三）三公 （四）政府采购
 ("finance", "“三公”经费支出", Y, 3.26, W, "exact", "2024年“三公”经费支出3.26万元", False, "actual"),
 ("growth", "“三公”经费支出比年初预算节约", Y, 0.84, W, "exact", "比年初预算节约0.84万元", False, "change"),
 ("finance", "因公出国（境）费", Y, 0, "元", "exact", "因公出国（境）费0元", False, "actual"),
 ("finance", "政府采购金额", Y, 1286.40, W, "exact", "全年政府采购金额1,286.40万元", False, "actual"),
 ("other", "授予中小企业合同金额占政府采购金额比重", Y, 80.66, "%", "exact", "其中授予中小企业合同金额占比80.66%", False, "share"),
 # 三、绩效目标设定
 ("other", "绩效目标一级指标", Y, 4, "个", "exact", "共设置一级指标4个", False, "actual"),
 ("other", "绩效目标二级指标", Y, 13, "个", "exact", "二级指标13个", False, "actual"),
 ("other", "绩效目标三级指标", Y, 20, "个", "exact", "三级指标20个", False, "actual"),
 # 四、（一）自评得分
 ("other", "整体支出绩效自评得分", Y, 94.6, "分", "exact", "整体支出绩效自评得分为94.6分", True, "actual"),
 ("other", "决策类指标得分", Y, 14.5, "分", "exact", "决策类指标得分14.5分", False, "actual"),
 ("other", "过程类指标得分", Y, 19.0, "分", "exact", "过程类指标得分19.0分", False, "actual"),
 ("other", "产出类指标得分", Y, 37.1, "分", "exact", "产出类指标得分37.1分", False, "actual"),
 ("other", "效益类指标得分", Y, 24.0, "分", "exact", "效益类指标得分24.0分", False, "actual"),
 ("growth", "整体支出绩效自评扣减分", Y, 5.4, "分", "exact", "共扣减5.4分", False, "change"),
 ("growth", "产出类指标扣分", Y, 2.9, "分", "exact", "产出类（扣2.9分）", False, "change"),
 ("growth", "效益类指标扣分", Y, 1.0, "分", "exact", "效益类（扣1.0分）", False, "change"),
 ("other", "整体支出绩效自评得分", 2023, 92.8, "分", "exact", "自评得分较2023年的92.8分", False, "baseline"),
 ("growth", "整体支出绩效自评得分比2023年提高", Y, 1.8, "分", "exact", "提高1.8分", False, "change"),
]
# 表1: 年度指标值 (target; ≥ → over, ≤ → under), 实际完成值 (actual), 得分 (no unit written → "").
def zb(line, cat, name, target, measure, tq, actual, score):
    return [(cat, name + "（年度指标值）", Y, target, measure, tq, tab_cell(line, 3), False, "target"),
            (cat, name, Y, actual, measure, "exact", tab_cell(line, 4), False, "actual"),
            ("other", name + "得分", Y, score, "", "exact", tab_cell(line, 5), False, "actual")]
n13 += zb("过程\t预算执行\t预算执行率\t≥95%\t96.57%\t5", "other", "预算执行率", 95, "%", "over", 96.57, 5)
n13 += zb("产出\t数量\t研发公共服务平台在线服务量\t≥150万次\t162.4万次\t5", "service", "研发公共服务平台在线服务量", 150, "万次", "over", 162.4, 5)
n13 += zb("\t\t大型科学仪器共享服务机时\t≥42万小时\t45.8万小时\t5", "service", "大型科学仪器共享服务机时", 42, "万小时", "over", 45.8, 5)
n13 += zb("\t\t科技查新及检索服务\t≥3,000项\t3,412项\t5", "service", "科技查新及检索服务", 3000, "项", "over", 3412, 5)
n13 += zb("\t\t科技资源数据汇聚量\t≥50TB\t47.6TB\t3.1", "other", "科技资源数据汇聚量", 50, "TB", "over", 47.6, 3.1)
n13 += zb("\t时效\t科技查新报告平均出具周期\t≤5个工作日\t5.8个工作日\t4", "other", "科技查新报告平均出具周期", 5, "个工作日", "under", 5.8, 4)
n13 += zb("效益\t社会效益\t服务科研机构和企业用户\t≥8,000家\t8,653家\t5", "service", "服务科研机构和企业用户", 8000, "家", "over", 8653, 5)
n13 += zb("\t\t带动企业节约研发成本\t≥2亿元\t2.37亿元\t5", "finance", "带动企业节约研发成本", 2, "亿元", "over", 2.37, 5)
n13 += zb("\t满意度\t用户满意度\t≥90%\t93.2%\t5", "satisfaction", "用户满意度", 90, "%", "over", 93.2, 5)
n13 += zb("\t\t主管部门满意度\t≥90%\t88.5%\t4", "satisfaction", "主管部门满意度", 90, "%", "over", 88.5, 4)
n13 += [
 # （三）偏差
 ("other", "科技资源数据汇聚量完成率", Y, 95.2, "%", "exact", "完成率95.2%", False, "actual"),
 ("growth", "科技资源数据汇聚量扣分", Y, 1.9, "分", "exact", "扣1.9分", False, "change"),
 ("other", "数据接口改造延期的数据提供单位", Y, 2, "家", "exact", "主要原因是2家数据提供单位", False, "actual"),
 ("growth", "科技查新报告平均出具周期比指标值多", Y, 0.8, "个工作日", "exact", "科技查新报告平均出具周期比指标值多0.8个工作日", False, "change"),
 ("growth", "科技查新报告平均出具周期扣分", Y, 1.0, "分", "exact", "多0.8个工作日，扣1.0分", False, "change"),
 ("service", "科技查新受理量（11月）", Y, 486, "项", "exact", "11月单月受理量达到486项", False, "actual"),
 ("growth", "主管部门满意度低于指标值", Y, 1.5, "个百分点", "exact", "主管部门满意度低于指标值1.5个百分点", False, "change"),
 ("growth", "主管部门满意度扣分", Y, 1.0, "分", "exact", "1.5个百分点，扣1.0分", False, "change"),
 ("growth", "项目支出执行率比基本支出执行率低", Y, 4.78, "个百分点", "exact", "比基本支出执行率低4.78个百分点", False, "change"),
 # 五、主要绩效
 ("service", "研发公共服务平台在线服务量", Y, 162.4, "万次", "exact", "全年平台在线服务量162.4万次", True, "actual"),
 ("growth", "研发公共服务平台在线服务量同比增长", Y, 8.6, "%", "exact", "同比增长8.6%", False, "change"),
 ("other", "研发公共服务平台累计注册用户", Y, 14.3, "万个", "exact", "累计注册用户达到14.3万个", False, "actual"),
 ("other", "入网大型科学仪器设施", Y, 12486, "台（套）", "exact", "入网大型科学仪器设施12,486台（套）", False, "actual"),
 ("other", "原值50万元以上设施占入网大型科学仪器设施比重", Y, 62, "%", "over", "的设施占62%以上", False, "share"),
 ("service", "大型科学仪器共享服务机时", Y, 45.8, "万小时", "exact", "全年共享服务机时45.8万小时", True, "actual"),
 ("growth", "大型科学仪器共享服务机时同比增长", Y, 6.3, "%", "exact", "同比增长6.3%", False, "change"),
 ("finance", "带动企业节约研发成本", Y, 2.37, "亿元", "exact", "带动企业节约研发成本2.37亿元", False, "actual"),
 ("service", "科技查新及检索服务", Y, 3412, "项", "exact", "全年完成科技查新及检索服务3,412项", True, "actual"),
 ("growth", "科技查新及检索服务同比增长", Y, 11.2, "%", "exact", "同比增长11.2%", False, "change"),
 ("output", "分析报告", Y, 18, "份", "exact", "等分析报告18份", False, "actual"),
 ("other", "新接入数据提供单位", Y, 14, "家", "exact", "全年新接入数据提供单位14家", False, "actual"),
 ("other", "数据资源目录覆盖类别", Y, 9, "", "exact", "科研设施等9大类", False, "actual"),
 ("service", "服务科研机构和企业用户", Y, 8653, "家", "exact", "全年服务科研机构和企业用户8,653家", True, "actual"),
 ("service", "服务中小企业用户", Y, 6120, "家", "exact", "其中中小企业6,120家", False, "actual"),
 ("other", "中小企业占服务用户比重", Y, 70.7, "%", "exact", "占70.7%", False, "share"),
 ("satisfaction", "用户满意度", Y, 93.2, "%", "exact", "用户满意度为93.2%", True, "actual"),
 ("growth", "用户满意度比上年提高", Y, 0.9, "个百分点", "exact", "比上年提高0.9个百分点", False, "change"),
 # 六、问题和2025年目标
 ("other", "第四季度支出占全年项目支出比重", Y, 41.3, "%", "exact", "第四季度支出占全年项目支出的41.3%", False, "share"),
 ("other", "预算执行率（目标）", N, 97, "%", "over", "2025年力争预算执行率达到97%以上", False, "target"),
 ("other", "第四季度项目支出占比（目标）", N, 35, "%", "under", "第四季度项目支出占比控制在35%以内", False, "target"),
 ("other", "科技资源数据汇聚量（目标）", N, 60, "TB", "exact", "科技资源数据汇聚量达到60TB", False, "target"),
 ("other", "科技查新报告平均出具周期（目标）", N, 5, "个工作日", "under", "平均出具周期压缩至5个工作日以内", False, "target"),
]
docs["n13_sstir_jxzp2024"] = dict(
 document="n13_sstir_jxzp2024.txt", kind="budget", unit=U13,
 aliases=["资源中心"], year=2024, published="2025-03-28", facts=facts(n13), honours=[])

# ---------------------------------------------------------------- n14 杨浦区 2025 政府工作报告（节选）
Y, N = 2024, 2025
S = "（“十四五”以来）"
n14 = [
 # 一、开篇
 ("growth", "全区生产总值增长", Y, 5.2, "%", "exact", "全区生产总值增长5.2%", True, "change"),
 ("finance", "区级一般公共预算收入", Y, 142.6, "亿元", "exact", "区级一般公共预算收入142.6亿元", True, "actual"),
 ("growth", "区级一般公共预算收入增长", Y, 3.8, "%", "exact", "142.6亿元、增长3.8%", False, "change"),
 ("growth", "全社会固定资产投资增长", Y, 9.1, "%", "exact", "全社会固定资产投资增长9.1%", False, "change"),
 ("other", "城镇调查失业率", Y, 4.3, "%", "exact", "城镇调查失业率4.3%", False, "actual"),
 ("growth", "居民人均可支配收入增长", Y, 4.6, "%", "exact", "居民人均可支配收入增长4.6%", False, "change"),
 # （一）
 ("other", "全社会研发经费支出相当于全区生产总值的比例", Y, 6.3, "%", "exact", "全社会研发经费支出相当于全区生产总值的比例达到6.3%", True, "actual"),
 ("growth", "全社会研发经费支出占比比上年提高", Y, 0.4, "个百分点", "exact", "比上年提高0.4个百分点，位列全市中心城区第一", False, "change"),
 ("finance", "区级财政科技投入", Y, 28.7, "亿元", "exact", "区级财政科技投入28.7亿元", True, "actual"),
 ("growth", "区级财政科技投入增长", Y, 7.5, "%", "exact", "28.7亿元，增长7.5%", False, "change"),
 ("other", "区级财政科技投入占区级一般公共预算支出比重", Y, 12.4, "%", "exact", "占区级一般公共预算支出的比重为12.4%", False, "share"),
 ("other", "新增国家重点实验室", Y, 2, "家", "exact", "新增国家重点实验室2家", False, "actual"),
 ("other", "新增市级重点实验室", Y, 5, "家", "exact", "市级重点实验室5家", False, "actual"),
 ("other", "新增市级工程技术研究中心", Y, 4, "家", "exact", "市级工程技术研究中心4家", False, "actual"),
 ("other", "市级以上研发机构（累计）", Y, 186, "家", "exact", "全区市级以上研发机构累计达到186家", False, "actual"),
 ("other", "与区内企业共建联合实验室的高校", Y, 11, "所", "exact", "同济大学等11所高校", False, "actual"),
 ("other", "高校与区内企业共建联合实验室", Y, 37, "个", "exact", "共建联合实验室37个", False, "actual"),
 ("output", "有效发明专利拥有量", Y, 3.86, "万件", "exact", "全区有效发明专利拥有量达到3.86万件", False, "actual"),
 ("output", "每万人口高价值发明专利拥有量", Y, 96.4, "件", "exact", "每万人口高价值发明专利拥有量96.4件", False, "actual"),
 ("growth", "每万人口高价值发明专利拥有量比上年增加", Y, 8.2, "件", "exact", "比上年增加8.2件", False, "change"),
 ("other", "每万人口高价值发明专利拥有量为全市平均水平的倍数", Y, 1.9, "倍", "exact", "是全市平均水平的1.9倍", False, "actual"),
 ("honour", "获国家科学技术奖项目", Y, 7, "项", "exact", "获国家科学技术奖7项", True, "actual"),
 ("honour", "获国家科学技术进步奖一等奖项目", Y, 2, "项", "exact", "其中国家科学技术进步奖一等奖2项", False, "actual"),
 # （二）
 ("service", "认定登记技术合同", Y, 6842, "项", "exact", "全年认定登记技术合同6,842项", False, "actual"),
 ("growth", "认定登记技术合同增长", Y, 12.3, "%", "exact", "6,842项，增长12.3%", False, "change"),
 ("finance", "技术合同成交额", Y, 486.2, "亿元", "exact", "技术合同成交额达到486.2亿元", True, "actual"),
 ("growth", "技术合同成交额增长", Y, 18.7, "%", "exact", "增长18.7%，总量居全市各区第三", True, "change"),
 ("output", "高校院所向区内企业转移转化科技成果", Y, 312, "项", "exact", "高校院所向区内企业转移转化科技成果312项", False, "actual"),
 ("finance", "高校院所科技成果转化成交金额", Y, 21.5, "亿元", "exact", "成交金额21.5亿元", False, "actual"),
 ("service", "新增高新技术企业", Y, 362, "家", "exact", "新增高新技术企业362家", True, "actual"),
 ("other", "有效期内高新技术企业", Y, 1738, "家", "exact", "有效期内高新技术企业总数达到1,738家", True, "actual"),
 ("other", "营收超亿元的科技企业", Y, 235, "家", "exact", "营收超亿元的科技企业达到235家", False, "actual"),
 ("growth", "营收超亿元的科技企业比上年增加", Y, 27, "家", "exact", "比上年增加27家", False, "change"),
 ("service", "新增国家级专精特新“小巨人”企业", Y, 11, "家", "exact", "新增国家级专精特新“小巨人”企业11家", True, "actual"),
 ("service", "新增市级专精特新中小企业", Y, 156, "家", "exact", "市级专精特新中小企业156家", False, "actual"),
 ("other", "国家级专精特新“小巨人”企业（累计）", Y, 47, "家", "exact", "累计分别达到47家和683家", False, "actual"),
 ("other", "市级专精特新中小企业（累计）", Y, 683, "家", "exact", "累计分别达到47家和683家", False, "actual"),
 ("service", "新增市科技小巨人（含培育）企业", Y, 28, "家", "exact", "新增市科技小巨人（含培育）企业28家", False, "actual"),
 ("other", "新增上市企业", Y, 5, "家", "exact", "新增上市企业5家", False, "actual"),
 ("other", "新增科创板上市企业", Y, 3, "家", "exact", "其中科创板上市企业3家", False, "actual"),
 ("other", "上市企业（累计）", Y, 52, "家", "exact", "累计上市企业达到52家", False, "actual"),
 ("other", "新增市级以上科技企业孵化器", Y, 4, "家", "exact", "新增市级以上科技企业孵化器4家", False, "actual"),
 ("other", "孵化器和众创空间", Y, 82, "家", "exact", "全区孵化器和众创空间总数达到82家", True, "actual"),
 ("other", "国家级孵化器", Y, 13, "家", "exact", "其中国家级孵化器13家", False, "actual"),
 ("other", "国家级众创空间", Y, 17, "家", "exact", "国家级众创空间17家", False, "actual"),
 ("other", "孵化面积", Y, 52.6, "万平方米", "exact", "孵化面积52.6万平方米", False, "actual"),
 ("other", "在孵企业", Y, 2600, "家", "over", "在孵企业超过2,600家", False, "actual"),
 ("service", "“创业在杨浦”创新创业大赛参赛项目", Y, 1150, "个", "exact", "参赛项目1,150个", False, "actual"),
 ("service", "“创业在杨浦”创新创业大赛观众", Y, 12, "万人次", "over", "吸引观众超过12万人次", False, "actual"),
 ("finance", "区科创母基金总规模", Y, 50, "亿元", "exact", "设立总规模50亿元的区科创母基金", False, "actual"),
 ("finance", "区科创母基金首期规模", Y, 10, "亿元", "exact", "首期规模10亿元", False, "actual"),
 ("finance", "科技履约贷和知识产权质押融资", Y, 32.4, "亿元", "exact", "全年发放科技履约贷和知识产权质押融资32.4亿元", False, "actual"),
 ("service", "科技履约贷和知识产权质押融资惠及科技企业", Y, 516, "家", "exact", "惠及科技企业516家", False, "actual"),
 ("growth", "科技履约贷和知识产权质押融资同比增长", Y, 21.6, "%", "exact", "同比分别增长21.6%和14.2%", False, "change"),
 ("growth", "科技履约贷和知识产权质押融资惠及科技企业同比增长", Y, 14.2, "%", "exact", "同比分别增长21.6%和14.2%", False, "change"),
 ("finance", "兑现区级科技创新专项资金", Y, 3.65, "亿元", "exact", "兑现区级科技创新专项资金3.65亿元", False, "actual"),
 ("service", "区级科技创新专项资金支持项目", Y, 1208, "个", "exact", "支持项目1,208个", False, "actual"),
 ("people", "新引进各类人才", Y, 3.2, "万人", "exact", "新引进各类人才3.2万人", True, "actual"),
 ("people", "新引进高层次人才", Y, 1150, "人", "exact", "其中高层次人才1,150人", False, "actual"),
 ("finance", "“长阳秀带”在线新经济企业营业收入", Y, 2860, "亿元", "exact", "在线新经济企业实现营业收入2,860亿元", False, "actual"),
 ("growth", "“长阳秀带”在线新经济企业营业收入增长", Y, 15.3, "%", "exact", "2,860亿元，增长15.3%", False, "change"),
 ("other", "在线新经济企业营业收入占全区规模以上企业营业收入比重", Y, 38.5, "%", "exact", "占全区规模以上企业营业收入的比重达到38.5%", False, "share"),
 ("other", "新增人工智能、数字内容等领域重点企业", Y, 64, "家", "exact", "数字内容等领域重点企业64家", False, "actual"),
 ("output", "通过国家备案的大模型产品", Y, 6, "款", "exact", "6款大模型产品通过国家备案", False, "actual"),
 ("other", "新增市级科普基地", Y, 3, "家", "exact", "新增市级科普基地3家", False, "actual"),
 ("other", "市级科普基地（累计）", Y, 41, "家", "exact", "累计达到41家", False, "actual"),
 ("service", "科普活动", Y, 560, "场", "over", "科普活动560余场", False, "actual"),
 ("service", "科普活动参与市民", Y, 28, "万人次", "exact", "参与市民28万人次", False, "actual"),
 ("other", "公民具备科学素质比例", Y, 26.8, "%", "exact", "全区公民具备科学素质比例达到26.8%", False, "actual"),
 ("growth", "公民具备科学素质比例比上年提高", Y, 1.2, "个百分点", "exact", "比上年提高1.2个百分点", False, "change"),
 # （三）“十四五”以来
 ("service", "累计新增高新技术企业" + S, Y, 1268, "家", "exact", "全区累计新增高新技术企业1,268家", False, "actual"),
 ("other", "累计新增高新技术企业为“十三五”同期的倍数", Y, 1.6, "倍", "exact", "是“十三五”同期的1.6倍", False, "actual"),
 ("growth", "技术合同成交额年均增长" + S, Y, 19.4, "%", "exact", "技术合同成交额年均增长19.4%", False, "change"),
 ("other", "全社会研发经费支出相当于全区生产总值的比例", 2020, 4.1, "%", "exact", "从2020年的4.1%", False, "baseline"),
 ("other", "全社会研发经费支出相当于全区生产总值的比例", Y, 6.3, "%", "exact", "提高到6.3%", False, "actual"),
 ("other", "国家级专精特新“小巨人”企业（累计）", Y, 47, "家", "exact", "累计培育国家级专精特新“小巨人”企业47家", False, "actual"),
 ("other", "累计新增上市企业" + S, Y, 19, "家", "exact", "累计新增上市企业19家", False, "actual"),
 ("other", "“长阳秀带”集聚企业", Y, 1200, "家", "over", "集聚企业1,200余家", False, "actual"),
 ("people", "“长阳秀带”从业人员", Y, 5, "万人", "nearly", "从业人员近5万人", False, "actual"),
 # 二、2025年主要预期目标
 ("growth", "全区生产总值增长（目标）", N, 5, "%", "approx", "全区生产总值增长5%左右", False, "target"),
 ("growth", "区级一般公共预算收入增长（目标）", N, 4, "%", "approx", "区级一般公共预算收入增长4%左右", False, "target"),
 ("other", "全社会研发经费支出相当于全区生产总值的比例（目标）", N, 6.3, "%", "over", "比例保持在6.3%以上", False, "target"),
 ("growth", "技术合同成交额增长（目标）", N, 10, "%", "over", "技术合同成交额增长10%以上", False, "target"),
 ("service", "新增高新技术企业（目标）", N, 300, "家", "over", "新增高新技术企业300家以上", False, "target"),
 ("output", "每万人口高价值发明专利拥有量（目标）", N, 100, "件", "over", "每万人口高价值发明专利拥有量达到100件以上", False, "target"),
 ("other", "城镇调查失业率（目标）", N, 5, "%", "under", "城镇调查失业率控制在5%以内", False, "target"),
 ("other", "新建改建科创载体（目标）", N, 30, "万平方米", "exact", "新建改建科创载体30万平方米", False, "target"),
 ("output", "高校院所转移转化科技成果（目标）", N, 300, "项", "over", "推动高校院所转移转化科技成果300项以上", False, "target"),
 ("other", "新增市级以上研发机构（目标）", N, 10, "家", "over", "新增市级以上研发机构10家以上", False, "target"),
 ("service", "新增国家级专精特新“小巨人”企业（目标）", N, 8, "家", "over", "新增国家级专精特新“小巨人”企业8家以上", False, "target"),
 ("service", "新增市级专精特新中小企业（目标）", N, 120, "家", "over", "市级专精特新中小企业120家以上", False, "target"),
 ("other", "新增上市企业（目标）", N, 5, "家", "exact", "力争新增上市企业5家", False, "target"),
 ("finance", "区科创母基金二期新增规模（目标）", N, 20, "亿元", "over", "新增规模不少于20亿元", False, "target"),
 ("finance", "科技履约贷和知识产权质押融资（目标）", N, 35, "亿元", "approx", "融资规模达到35亿元左右", False, "target"),
 ("people", "新引进各类人才（目标）", N, 3, "万人", "over", "全年新引进各类人才3万人以上", False, "target"),
 ("service", "“创业在杨浦”创新创业大赛参赛项目（目标）", N, 1200, "个", "exact", "参赛项目力争达到1,200个", False, "target"),
 ("finance", "兑现科技创新专项资金（目标）", N, 3.5, "亿元", "over", "全年兑现科技创新专项资金不低于3.5亿元", False, "target"),
 ("other", "政策兑现平均时限（目标）", N, 15, "个工作日", "under", "政策兑现平均时限压缩至15个工作日以内", False, "target"),
 ("other", "新增市级科普基地（目标）", N, 2, "家", "exact", "新增市级科普基地2家", False, "target"),
 ("other", "公民具备科学素质比例（目标）", N, 28, "%", "approx", "全区公民具备科学素质比例达到28%左右", False, "target"),
]
n14h = [
 honour("国家级科技企业孵化器年度评价优秀（A类）", "national", "复旦科技园", None, Y,
        "复旦科技园在国家级科技企业孵化器年度评价中获评“优秀（A类）”"),
 honour("国家知识产权强市建设示范城区", "national", "杨浦区", None, Y, "杨浦区获批国家知识产权强市建设示范城区"),
 honour("上海市杰出创新创业人才", "municipal", "陈嘉怡", None, Y, "区内科技企业家陈嘉怡获评“上海市杰出创新创业人才”"),
]
docs["n14_yangpu_zfgzbg2025"] = dict(
 document="n14_yangpu_zfgzbg2025.txt", kind="work-summary", unit="上海市杨浦区人民政府",
 aliases=["杨浦区人民政府", "区政府"], year=2024, published="2025-01-20", facts=facts(n14), honours=n14h)

# ---------------------------------------------------------------- n15 上海集成电路技术与产业促进中心 微信公众号导出 (JSON)
Y, P = 2025, 2024
A1, A2, A3, A4, A5, A6 = ("2247486512_1", "2247486677_1", "2247486901_1", "2247487105_1", "2247487562_1", "2247487830_1")
n15 = {
 A1: [
  ("service", "集成电路测试技术研讨会参会单位", Y, 62, "家", "exact", "来自62家芯片设计、制造、封测企业", False, "actual"),
  ("service", "集成电路测试技术研讨会参会代表", Y, 380, "名", "over", "的380余名代表参加会议", True, "actual"),
  ("service", "集成电路测试技术研讨会分论坛", Y, 2, "个", "exact", "设主论坛和2个分论坛", False, "actual"),
  ("service", "集成电路测试技术研讨会专题报告", Y, 12, "场", "exact", "共安排专题报告12场", False, "actual"),
  ("finance", "本市集成电路测试业销售收入", P, 218.6, "亿元", "exact", "2024年本市集成电路测试业销售收入达到218.6亿元", False, "actual"),
  ("growth", "本市集成电路测试业销售收入同比增长", P, 13.5, "%", "exact", "同比增长13.5%", False, "change"),
  ("other", "集成电路测试业销售收入占全市集成电路产业销售收入比重", P, 6.1, "%", "exact", "占全市集成电路产业销售收入的6.1%", False, "share"),
  ("other", "本市专业测试企业", P, 47, "家", "exact", "全市拥有专业测试企业47家", False, "actual"),
  ("other", "本市年营收超过5亿元的专业测试企业", P, 9, "家", "exact", "年营收超过5亿元的企业9家", False, "actual"),
  ("service", "签署测试服务合作协议企业", Y, 8, "家", "exact", "促进中心与8家企业签署测试服务合作协议", False, "actual"),
  ("finance", "测试服务合作协议签约金额", Y, 1.2, "亿元", "exact", "签约金额合计1.2亿元", True, "actual"),
  ("service", "签订人才联合培养协议高校", Y, 3, "所", "exact", "与3所高校签订人才联合培养协议", False, "actual"),
  ("other", "新增ATE测试机台（2025年目标）", Y, 10, "台", "exact", "2025年将新增ATE测试机台10台", False, "target"),
  ("service", "公共测试服务企业（2025年目标）", Y, 450, "家", "over", "力争全年公共测试服务企业数突破450家", False, "target"),
 ],
 A2: [
  ("other", "认可检测项目（标题）", Y, 156, "项", "exact", "认可检测项目增至156项", False, "actual"),
  ("output", "CNAS扩项新增认可检测项目", Y, 23, "项", "exact", "本次扩项新增认可检测项目23项", True, "actual"),
  ("other", "认可检测项目", Y, 133, "项", "exact", "认可检测项目总数由133项", False, "baseline"),
  ("other", "认可检测项目", Y, 156, "项", "exact", "增至156项", True, "actual"),
  ("other", "认可检测项目覆盖类别", Y, 3, "", "exact", "失效分析3大类", False, "actual"),
  ("other", "认可检测项目涉及标准", Y, 41, "项", "exact", "涉及标准41项", False, "actual"),
  ("other", "认可检测项目涉及国家标准", Y, 18, "项", "exact", "其中国家标准18项", False, "actual"),
  ("other", "认可检测项目涉及国际标准", Y, 16, "项", "exact", "国际标准16项", False, "actual"),
  ("other", "认可检测项目涉及行业标准", Y, 7, "项", "exact", "行业标准7项", False, "actual"),
  ("people", "实验室检测人员", Y, 42, "名", "exact", "现有检测人员42名", False, "actual"),
  ("people", "实验室高级职称检测人员", Y, 11, "名", "exact", "其中具有高级职称的11名", False, "actual"),
  ("people", "实验室授权签字人", Y, 6, "名", "exact", "授权签字人6名", False, "actual"),
  ("output", "实验室出具检测报告（一季度）", Y, 1386, "份", "exact", "实验室共出具检测报告1,386份", False, "actual"),
  ("satisfaction", "检测报告按时出具率（一季度）", Y, 99.4, "%", "exact", "报告按时出具率99.4%", False, "actual"),
  ("satisfaction", "实验室客户满意度（一季度）", Y, 98.7, "%", "exact", "客户满意度98.7%", False, "actual"),
 ],
 A3: [
  ("service", "晶圆测试（5月）", Y, 2860, "片", "exact", "平台共完成晶圆测试2,860片", True, "actual"),
  ("growth", "晶圆测试同比增长（5月）", Y, 14.2, "%", "exact", "同比增长14.2%", False, "change"),
  ("service", "成品芯片测试（5月）", Y, 1350, "万颗", "exact", "完成成品芯片测试1,350万颗", False, "actual"),
  ("growth", "成品芯片测试同比增长（5月）", Y, 9.8, "%", "exact", "同比增长9.8%", False, "change"),
  ("service", "ATE测试机时（5月）", Y, 6420, "小时", "exact", "提供ATE测试机时6,420小时", False, "actual"),
  ("other", "设备平均利用率（5月）", Y, 82.5, "%", "exact", "设备平均利用率82.5%", False, "actual"),
  ("growth", "设备平均利用率比上月提高（5月）", Y, 3.1, "个百分点", "exact", "比上月提高3.1个百分点", False, "change"),
  ("service", "服务企业（5月）", Y, 137, "家", "exact", "5月服务企业137家", True, "actual"),
  ("service", "新增客户（5月）", Y, 19, "家", "exact", "其中新增客户19家", False, "actual"),
  ("service", "服务中小微企业（5月）", Y, 112, "家", "exact", "服务中小微企业112家", False, "actual"),
  ("other", "中小微企业占服务企业比重（5月）", Y, 81.8, "%", "exact", "占81.8%", False, "share"),
  ("service", "晶圆测试（1—5月）", Y, 12940, "片", "exact", "平台累计完成晶圆测试12,940片", False, "actual"),
  ("growth", "晶圆测试同比增长（1—5月）", Y, 11.8, "%", "exact", "同比增长11.8%", False, "change"),
  ("service", "服务企业（1—5月）", Y, 286, "家", "exact", "累计服务企业286家", False, "actual"),
  ("finance", "为中小企业减免测试费用（1—5月）", Y, 186.5, "万元", "exact", "累计为中小企业减免测试费用186.5万元", False, "actual"),
  ("other", "ATE测试机台（截至5月底）", Y, 46, "台", "exact", "平台拥有ATE测试机台46台", False, "actual"),
  ("other", "探针台（截至5月底）", Y, 38, "台", "exact", "探针台38台", False, "actual"),
 ],
 A4: [
  ("other", "集成电路测试工程师高级研修班学制", Y, 5, "天", "exact", "本期研修班为期5天", False, "actual"),
  ("service", "集成电路测试工程师高级研修班学员来源企业", Y, 31, "家", "exact", "共有来自31家企业的48名学员参加", False, "actual"),
  ("service", "集成电路测试工程师高级研修班学员", Y, 48, "名", "exact", "共有来自31家企业的48名学员参加", True, "actual"),
  ("other", "集成电路测试工程师高级研修班课程模块", Y, 2, "", "exact", "课程设置理论授课和上机实训两大模块", False, "actual"),
  ("service", "集成电路测试工程师高级研修班学时", Y, 36, "学时", "exact", "总计36学时", False, "actual"),
  ("service", "集成电路测试工程师高级研修班上机实训学时", Y, 20, "学时", "exact", "其中上机实训20学时", False, "actual"),
  ("service", "集成电路测试工程师高级研修班通过考核学员", Y, 46, "名", "exact", "46名学员通过考核", False, "actual"),
  ("satisfaction", "集成电路测试工程师高级研修班考核通过率", Y, 95.8, "%", "exact", "考核通过率95.8%", False, "actual"),
  ("satisfaction", "集成电路测试工程师高级研修班学员满意度", Y, 97.6, "%", "exact", "学员对课程的总体满意度为97.6%", False, "actual"),
  ("service", "集成电路测试工程师高级研修班累计培训学员", Y, 1860, "人次", "exact", "已累计培训学员1,860人次", False, "actual"),
  ("service", "集成电路测试工程师高级研修班学员覆盖企业（累计）", Y, 230, "家", "over", "学员覆盖长三角地区230余家企业", False, "actual"),
  ("service", "集成电路测试工程师高级研修班拟招收学员（第23期）", Y, 40, "名", "exact", "拟招收学员40名", False, "target"),
 ],
 A5: [
  ("service", "晶圆测试（9月）", Y, 3120, "片", "exact", "平台共完成晶圆测试3,120片", True, "actual"),
  ("service", "晶圆测试（8月）", Y, 2991, "片", "exact", "较8月的2,991片", False, "baseline"),
  ("growth", "晶圆测试环比增长（9月）", Y, 4.3, "%", "exact", "环比增长4.3%", False, "change"),
  ("growth", "晶圆测试同比增长（9月）", Y, 9.6, "%", "exact", "同比增长9.6%", False, "change"),
  ("service", "成品芯片测试（9月）", Y, 1512, "万颗", "exact", "完成成品芯片测试1,512万颗", False, "actual"),
  ("service", "ATE测试机时（9月）", Y, 6980, "小时", "exact", "提供ATE测试机时6,980小时", False, "actual"),
  ("other", "设备平均利用率（9月）", Y, 86.2, "%", "exact", "设备平均利用率86.2%", False, "actual"),
  ("service", "服务企业（9月）", Y, 148, "家", "exact", "9月服务企业148家", False, "actual"),
  ("service", "新增客户（9月）", Y, 15, "家", "exact", "其中新增客户15家", False, "actual"),
  ("service", "晶圆测试（1—9月）", Y, 24870, "片", "exact", "平台累计完成晶圆测试24,870片", True, "actual"),
  ("growth", "晶圆测试同比增长（1—9月）", Y, 12.4, "%", "exact", "同比增长12.4%", False, "change"),
  ("service", "晶圆测试（年度目标）", Y, 32000, "片", "exact", "已完成年度目标32,000片", False, "target"),
  ("other", "晶圆测试年度目标完成比例（1—9月）", Y, 77.7, "%", "exact", "的77.7%", False, "share"),
  ("service", "服务企业（1—9月）", Y, 392, "家", "exact", "累计服务企业392家", False, "actual"),
  ("finance", "减免测试费用（1—9月）", Y, 318.2, "万元", "exact", "累计减免测试费用318.2万元", False, "actual"),
  ("other", "新增ATE测试机台（9月）", Y, 4, "台", "exact", "平台新增ATE测试机台4台", False, "actual"),
  ("other", "ATE测试机台（截至9月底）", Y, 50, "台", "exact", "机台总数达到50台", False, "actual"),
 ],
 A6: [
  ("honour", "市级荣誉（标题）", Y, 2, "项", "exact", "促进中心再获两项市级荣誉", False, "actual"),
  ("people", "测试服务部员工", Y, 36, "人", "exact", "测试服务部现有员工36人", False, "actual"),
  ("people", "测试服务部员工平均年龄", Y, 32.5, "岁", "exact", "平均年龄32.5岁", False, "actual"),
  ("service", "测试服务部承担公共测试服务项目", Y, 1040, "项", "exact", "部门承担公共测试服务项目1,040项", False, "actual"),
  ("service", "车规级芯片可靠性测试项目", Y, 87, "项", "exact", "完成车规级芯片可靠性测试项目87项", False, "actual"),
  ("output", "林晓峰主持开发测试程序", Y, 120, "套", "over", "主持开发测试程序120余套", False, "actual"),
  ("output", "林晓峰获授权发明专利", Y, 5, "项", "exact", "获授权发明专利5项", False, "actual"),
  ("honour", "市级以上荣誉", Y, 7, "项", "exact", "累计获得市级以上荣誉7项", True, "actual"),
  ("honour", "国家级荣誉", Y, 2, "项", "exact", "其中国家级荣誉2项", True, "actual"),
 ],
}
arts = {a["id"]: a for a in json.load(open(os.path.join(DOCS, "n15_icc_wechat2025.json"), encoding="utf-8"))}
n15f = []
for aid, rows in n15.items():
    n15f += facts(rows, article=aid, date=arts[aid]["publish_time"][:10])
U15 = "上海集成电路技术与产业促进中心"
n15h = [
 honour("2024年度上海市研发与转化功能型平台绩效评估优秀", "municipal", "上海集成电路公共测试服务平台", None, Y,
        "在2024年度上海市研发与转化功能型平台绩效评估中获评“优秀”等级"),
 honour("上海市工人先锋号", "municipal", "上海集成电路技术与产业促进中心测试服务部", "上海市总工会", Y,
        "促进中心测试服务部获评“上海市工人先锋号”"),
 honour("2025年度上海市青年科技启明星", "municipal", "林晓峰", None, Y,
        "促进中心测试工程师林晓峰入选2025年度上海市青年科技启明星计划"),
]
for h, aid in zip(n15h, (A2, A6, A6)):
    h["article"], h["date"] = aid, arts[aid]["publish_time"][:10]
docs["n15_icc_wechat2025"] = dict(
 document="n15_icc_wechat2025.json", kind="other", unit=U15,
 aliases=["促进中心"], year=None, published=None, facts=n15f, honours=n15h)

# ---------------------------------------------------------------- n16 嘉定区科委 2024年度工作总结和2025年工作安排 (HTML, GB18030)
Y, N = 2024, 2025
n16 = [
 ("other", "新兴产业", Y, 3, "", "exact", "三大新兴产业", False, "actual"),
 # <strong> headline paragraph
 ("other", "全社会研发经费支出相当于地区生产总值的比例", Y, 4.76, "%", "exact", "全社会研发经费支出相当于地区生产总值的比例达到4.76%", True, "actual"),
 ("growth", "全社会研发经费支出占比比上年提高", Y, 0.24, "个百分点", "exact", "比上年提高0.24个百分点；有效期内", True, "change"),
 ("other", "有效期内高新技术企业", Y, 2136, "家", "exact", "有效期内高新技术企业总数达到2,136家", True, "actual"),
 ("growth", "有效期内高新技术企业同比增长", Y, 12.9, "%", "exact", "2,136家，同比增长12.9%", True, "change"),
 ("finance", "技术合同成交额", Y, 332.7, "亿元", "exact", "；技术合同成交额332.7亿元", True, "actual"),
 ("growth", "技术合同成交额同比增长", Y, 16.2, "%", "exact", "332.7亿元，同比增长16.2%", True, "change"),
]
def zb_row(line, cat, name, measure, gname, gmeasure):
    """表1 row: 2023年 (baseline) | 2024年 (actual) | 增长 (change, measure as written in the cell)."""
    cells = line[len("<tr><td>"):].split("</td><td>")
    num = lambda s: float(s.replace(",", "")) if "." in s else int(s.replace(",", ""))
    g = cells[3].replace("</td></tr>", "")
    gv = num("".join(c for c in g if c.isdigit() or c == "."))
    return [(cat, name, 2023, num(cells[1]), measure, "exact", td_cell(line, 1), False, "baseline"),
            (cat, name, Y, num(cells[2]), measure, "exact", td_cell(line, 2), False, "actual"),
            ("growth", gname, Y, gv, gmeasure, "exact", td_cell(line, 3), False, "change")]
n16 += zb_row("<tr><td>全社会研发经费支出相当于地区生产总值比例（%）</td><td>4.52</td><td>4.76</td><td>提高0.24个百分点</td></tr>",
              "other", "全社会研发经费支出相当于地区生产总值的比例", "%", "全社会研发经费支出占比比上年提高", "个百分点")
n16 += zb_row("<tr><td>有效期内高新技术企业（家）</td><td>1,892</td><td>2,136</td><td>12.9%</td></tr>",
              "other", "有效期内高新技术企业", "家", "有效期内高新技术企业同比增长", "%")
n16 += zb_row("<tr><td>技术合同成交额（亿元）</td><td>286.4</td><td>332.7</td><td>16.2%</td></tr>",
              "finance", "技术合同成交额", "亿元", "技术合同成交额同比增长", "%")
n16 += zb_row("<tr><td>科技小巨人（含培育）企业（家）</td><td>158</td><td>181</td><td>14.6%</td></tr>",
              "other", "科技小巨人（含培育）企业", "家", "科技小巨人（含培育）企业同比增长", "%")
n16 += zb_row("<tr><td>市级专精特新中小企业（家）</td><td>1,024</td><td>1,237</td><td>20.8%</td></tr>",
              "other", "市级专精特新中小企业", "家", "市级专精特新中小企业同比增长", "%")
n16 += zb_row("<tr><td>每万人口高价值发明专利拥有量（件）</td><td>38.6</td><td>45.1</td><td>增加6.5件</td></tr>",
              "output", "每万人口高价值发明专利拥有量", "件", "每万人口高价值发明专利拥有量比上年增加", "件")
n16 += zb_row("<tr><td>科技企业孵化器和众创空间（家）</td><td>63</td><td>71</td><td>12.7%</td></tr>",
              "other", "科技企业孵化器和众创空间", "家", "科技企业孵化器和众创空间同比增长", "%")
n16 += [
 # （一）
 ("service", "新认定高新技术企业", Y, 486, "家", "exact", "全年新认定高新技术企业486家", True, "actual"),
 ("service", "首次认定高新技术企业", Y, 312, "家", "exact", "其中首次认定312家", False, "actual"),
 ("service", "重新认定高新技术企业", Y, 174, "家", "exact", "重新认定174家", False, "actual"),
 ("service", "新增科技小巨人（含培育）企业", Y, 23, "家", "exact", "新增科技小巨人（含培育）企业23家", False, "actual"),
 ("service", "新增市级专精特新中小企业", Y, 213, "家", "exact", "新增市级专精特新中小企业213家", True, "actual"),
 ("finance", "高新技术企业营业收入", Y, 5860, "亿元", "exact", "高新技术企业全年实现营业收入5,860亿元", True, "actual"),
 ("growth", "高新技术企业营业收入增长", Y, 8.7, "%", "exact", "5,860亿元，增长8.7%", False, "change"),
 ("other", "营收超10亿元的高新技术企业", Y, 68, "家", "exact", "营收超10亿元的高新技术企业达到68家", False, "actual"),
 ("other", "新增科创板上市企业", Y, 3, "家", "exact", "新增科创板上市企业3家", False, "actual"),
 ("other", "科创板上市企业（累计）", Y, 19, "家", "exact", "全区科创板上市企业累计达到19家", False, "actual"),
 # （二）
 ("other", "新增市级工程技术研究中心", Y, 5, "家", "exact", "新增市级工程技术研究中心5家", False, "actual"),
 ("other", "市级工程技术研究中心（累计）", Y, 42, "家", "exact", "累计达到42家", False, "actual"),
 ("other", "新增市级重点实验室", Y, 2, "家", "exact", "新增市级重点实验室2家", False, "actual"),
 ("other", "驻区中科院院所和高校", Y, 11, "家", "exact", "推动驻区11家中科院院所和高校", False, "actual"),
 ("service", "产学研合作项目", Y, 126, "项", "exact", "开展产学研合作项目126项", False, "actual"),
 ("finance", "产学研合作项目合同金额", Y, 3.8, "亿元", "exact", "合同金额3.8亿元", False, "actual"),
 # （三）
 ("service", "认定登记技术合同", Y, 4216, "项", "exact", "全年认定登记技术合同4,216项", False, "actual"),
 ("growth", "认定登记技术合同增长", Y, 9.4, "%", "exact", "4,216项，增长9.4%", False, "change"),
 ("finance", "技术交易额", Y, 118.5, "亿元", "exact", "技术合同成交额中技术交易额118.5亿元", False, "actual"),
 ("service", "科技成果转化对接活动", Y, 28, "场", "exact", "等活动28场", False, "actual"),
 ("service", "发布技术需求", Y, 430, "项", "exact", "发布技术需求430项", False, "actual"),
 ("service", "促成合作意向", Y, 96, "项", "exact", "促成合作意向96项", False, "actual"),
 ("other", "新增科技企业孵化器和众创空间", Y, 8, "家", "exact", "新增科技企业孵化器和众创空间8家", False, "actual"),
 ("other", "新增国家级孵化器", Y, 1, "家", "exact", "其中国家级孵化器1家", False, "actual"),
 # （四）
 ("finance", "兑现区级科技专项扶持资金", Y, 2.35, "亿元", "exact", "全年兑现区级科技专项扶持资金2.35亿元", True, "actual"),
 ("growth", "兑现区级科技专项扶持资金同比增长", Y, 11.5, "%", "exact", "2.35亿元，同比增长11.5%", False, "change"),
 ("service", "区级科技专项扶持资金惠及企业", Y, 1126, "家次", "exact", "惠及企业1,126家次", True, "actual"),
 ("finance", "发放科技履约贷", Y, 28.6, "亿元", "exact", "发放科技履约贷28.6亿元", False, "actual"),
 ("service", "科技履约贷惠及企业", Y, 412, "家", "exact", "惠及企业412家", False, "actual"),
 ("service", "“科创政策进园区”宣讲", Y, 46, "场", "exact", "宣讲46场", False, "actual"),
 ("service", "“科创政策进园区”宣讲覆盖企业", Y, 3800, "家", "over", "覆盖企业3,800余家", False, "actual"),
 # （五）
 ("people", "新增市级以上科技领军人才", Y, 12, "人", "exact", "新增市级以上科技领军人才12人", False, "actual"),
 ("people", "入选国家级人才计划", Y, 3, "人", "exact", "其中入选国家级人才计划3人", False, "actual"),
 ("service", "嘉定科技节活动", Y, 320, "场", "over", "举办嘉定科技节活动320余场", False, "actual"),
 ("service", "嘉定科技节参与市民", Y, 15, "万人次", "exact", "参与市民15万人次", False, "actual"),
 ("other", "公民具备科学素质比例", Y, 24.6, "%", "exact", "全区公民具备科学素质比例达到24.6%", False, "actual"),
 ("growth", "公民具备科学素质比例比上年提高", Y, 1.3, "个百分点", "exact", "比上年提高1.3个百分点", False, "change"),
 # 三、2025年工作安排
 ("other", "全社会研发经费支出相当于地区生产总值的比例（目标）", N, 5, "%", "approx", "全社会研发经费支出相当于地区生产总值的比例达到5%左右", False, "target"),
 ("service", "新认定高新技术企业（目标）", N, 500, "家", "over", "新认定高新技术企业500家以上", False, "target"),
 ("other", "有效期内高新技术企业（目标）", N, 2300, "家", "over", "有效期内高新技术企业总数突破2,300家", False, "target"),
 ("finance", "技术合同成交额（目标）", N, 360, "亿元", "exact", "技术合同成交额达到360亿元", False, "target"),
 ("service", "新增科技小巨人（含培育）企业（目标）", N, 20, "家", "over", "新增科技小巨人（含培育）企业20家以上", False, "target"),
 ("service", "新增市级专精特新中小企业（目标）", N, 200, "家", "over", "新增市级专精特新中小企业200家以上", False, "target"),
 ("output", "每万人口高价值发明专利拥有量（目标）", N, 50, "件", "exact", "每万人口高价值发明专利拥有量达到50件", False, "target"),
 ("other", "新建市级以上科技企业孵化器和众创空间（目标）", N, 3, "家", "exact", "新建市级以上科技企业孵化器和众创空间3家", False, "target"),
 ("other", "新增市级工程技术研究中心（目标）", N, 4, "家", "exact", "新增市级工程技术研究中心4家", False, "target"),
 ("service", "科技成果对接活动（目标）", N, 30, "场", "over", "举办科技成果对接活动30场以上", False, "target"),
 ("service", "产学研合作项目（目标）", N, 130, "项", "over", "推动产学研合作项目不少于130项", False, "target"),
 ("finance", "兑现科技专项扶持资金（目标）", N, 2.5, "亿元", "over", "全年兑现科技专项扶持资金不低于2.5亿元", False, "target"),
 ("finance", "科技履约贷发放规模（目标）", N, 30, "亿元", "approx", "科技履约贷发放规模达到30亿元左右", False, "target"),
 ("people", "新增市级以上科技领军人才（目标）", N, 10, "人", "over", "新增市级以上科技领军人才10人以上", False, "target"),
 ("other", "公民具备科学素质比例（目标）", N, 26, "%", "exact", "全区公民具备科学素质比例达到26%", False, "target"),
]
U16 = "上海市嘉定区科学技术委员会"
n16h = [
 honour("上海市车规级激光雷达专业技术服务平台", "municipal", "上海昇瑞光电科技有限公司", None, Y,
        "上海昇瑞光电科技有限公司获批建设“上海市车规级激光雷达专业技术服务平台”"),
 honour("全国科普示范区（2021—2025年）", "national", "嘉定区", "中国科学技术协会", Y,
        "嘉定区被中国科协命名为“全国科普示范区（2021—2025年）”"),
 honour("2024年度上海市科普工作先进集体", "municipal", U16, None, Y, "区科委获评“2024年度上海市科普工作先进集体”"),
]
docs["n16_jiading_kw_zj2024"] = dict(
 document="n16_jiading_kw_zj2024.html", kind="work-summary", unit=U16,
 aliases=["区科委", "嘉定区科委"], year=2024, published="2025-02-18", facts=facts(n16), honours=n16h)

os.makedirs(os.path.join(HERE, "..", "gold"), exist_ok=True)
for name, d in docs.items():
    with open(os.path.join(HERE, "..", "gold", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(name, len(d["facts"]), sum(f["key"] for f in d["facts"]), len(d["honours"]))
