"""Hand-written labels for the four n17-n20 documents; writes ../gold/*.json.
Each fact row: (category, subject, year, value, measure, qualifier, quote, key, role).
Table cells: tab_cell() (n18, tab-separated .docx rows) or sp_cell() (n17, columns aligned with runs of
spaces): the quote runs from the start of the row up to the labelled cell. Zero cells are not labelled.
Run from anywhere: python3 src/build_gold.py"""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
F = ("category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role")
T = "\t"

def facts(rows):
    out = []
    for r in rows:
        assert len(r) == len(F), r
        out.append(dict(zip(F, r)))
    return out

def num(s):
    s = s.replace(",", "")
    return float(s) if "." in s else int(s)

def tab_cell(line, i):
    """Quote for cell i of a tab-separated row: the row from its start up to and including cell i."""
    return T.join(line.split(T)[:i + 1])

def sp_cell(line, i):
    """Quote for cell i of a row whose cells are separated by runs of 2+ spaces."""
    spans = [m.span() for m in re.finditer(r"\S+(?: \S+)*", line)]
    return line[:spans[i][1]]

def cell(line, i, sep):
    return (line.split(T)[i] if sep == "tab" else re.findall(r"\S+(?: \S+)*", line)[i])

def honour(title, level, recipient, issuer, year, quote, source="text"):
    return dict(title=title, level=level, recipient=recipient, issuer=issuer, year=year, quote=quote, source=source)

docs = {}

# ---------------------------------------------------------------- n17 2024年上海市科技进步统计公报
Y = 2024
n17 = [
 # 一、科技投入
 ("finance", "全社会R&D经费支出", Y, 2186.53, "亿元", "exact", "全年全社会研究与试验发展（R&D）经费支出[1]2,186.53亿元", True, "actual"),
 ("growth", "全社会R&D经费支出比上年增长", Y, 10.2, "%", "exact", "2,186.53亿元，比上年增长10.2%", True, "change"),
 ("other", "R&D经费支出相当于全市生产总值的比例", Y, 4.05, "%", "exact", "R&D经费支出相当于全市生产总值的比例为4.05%", True, "actual"),
 ("growth", "R&D经费支出占生产总值比例比上年提高", Y, 0.07, "个百分点", "exact", "比上年提高0.07个百分点", False, "change"),
 ("growth", "全社会R&D经费支出年均增长（“十四五”以来）", Y, 9.6, "%", "exact", "全社会R&D经费支出年均增长9.6%", False, "change"),
 ("finance", "基础研究经费", Y, 218.65, "亿元", "exact", "基础研究经费218.65亿元", False, "actual"),
 ("growth", "基础研究经费比上年增长", Y, 16.8, "%", "exact", "比上年增长16.8%", False, "change"),
 ("other", "基础研究经费占R&D经费支出比重", Y, 10.0, "%", "exact", "占R&D经费支出的比重为10.0%", False, "share"),
 ("growth", "基础研究经费占比比上年提高", Y, 0.6, "个百分点", "exact", "比上年提高0.6个百分点", False, "change"),
 ("finance", "应用研究经费", Y, 327.98, "亿元", "exact", "应用研究经费327.98亿元", False, "actual"),
 ("growth", "应用研究经费增长", Y, 9.5, "%", "exact", "327.98亿元，增长9.5%", False, "change"),
 ("finance", "试验发展经费", Y, 1639.90, "亿元", "exact", "试验发展经费1,639.90亿元", False, "actual"),
 ("growth", "试验发展经费增长", Y, 9.4, "%", "exact", "1,639.90亿元，增长9.4%", False, "change"),
 ("finance", "企业R&D经费支出", Y, 1420.75, "亿元", "exact", "企业R&D经费支出1,420.75亿元", False, "actual"),
 ("other", "企业R&D经费支出占全市R&D经费支出比重", Y, 65.0, "%", "exact", "占全市R&D经费支出的65.0%", False, "share"),
 ("finance", "政府属研究机构R&D经费支出", Y, 385.03, "亿元", "exact", "政府属研究机构385.03亿元", False, "actual"),
 ("other", "政府属研究机构R&D经费支出占比", Y, 17.6, "%", "exact", "385.03亿元，占17.6%", False, "share"),
 ("finance", "高等学校R&D经费支出", Y, 301.74, "亿元", "exact", "高等学校301.74亿元", False, "actual"),
 ("other", "高等学校R&D经费支出占比", Y, 13.8, "%", "exact", "301.74亿元，占13.8%", False, "share"),
 ("finance", "地方财政科技支出", Y, 546.80, "亿元", "exact", "全年地方财政科技支出546.80亿元", True, "actual"),
 ("growth", "地方财政科技支出比上年增长", Y, 6.3, "%", "exact", "546.80亿元，比上年增长6.3%", False, "change"),
 ("other", "地方财政科技支出占地方一般公共预算支出比重", Y, 6.8, "%", "exact", "占地方一般公共预算支出的比重为6.8%", False, "share"),
 ("finance", "规模以上工业企业R&D经费支出", Y, 812.36, "亿元", "exact", "规模以上工业企业[2]R&D经费支出812.36亿元", False, "actual"),
 ("growth", "规模以上工业企业R&D经费支出比上年增长", Y, 8.1, "%", "exact", "812.36亿元，比上年增长8.1%", False, "change"),
 ("other", "有R&D活动的规模以上工业企业", Y, 3942, "家", "exact", "规模以上工业企业中有R&D活动的企业3,942家", False, "actual"),
 ("other", "有R&D活动的企业占规模以上工业企业比重", Y, 38.6, "%", "exact", "占规模以上工业企业的比重为38.6%", False, "share"),
 # 二、科技人力资源
 ("people", "R&D人员全时当量", Y, 32.60, "万人年", "exact", "年末全市R&D人员[3]全时当量32.60万人年", True, "actual"),
 ("growth", "R&D人员全时当量比上年增长", Y, 5.8, "%", "exact", "32.60万人年，比上年增长5.8%", False, "change"),
 ("people", "研究人员全时当量", Y, 19.40, "万人年", "exact", "研究人员全时当量19.40万人年", False, "actual"),
 ("other", "研究人员占R&D人员全时当量比重", Y, 59.5, "%", "exact", "占59.5%", False, "share"),
 ("people", "每万名就业人员中R&D人员全时当量", Y, 236.2, "人年", "exact", "每万名就业人员中R&D人员全时当量为236.2人年", False, "actual"),
 ("people", "每万名就业人员中R&D人员全时当量", 2020, 178.5, "人年", "exact", "比2020年的178.5人年", False, "baseline"),
 ("growth", "每万名就业人员中R&D人员全时当量比2020年增加", Y, 57.7, "人年", "exact", "增加57.7人年", False, "change"),
 ("people", "在沪两院院士", Y, 187, "人", "exact", "年末在沪两院院士187人", False, "actual"),
 ("people", "新当选两院院士", Y, 9, "人", "exact", "全年新当选两院院士9人", False, "actual"),
 # 三、科技成果与知识产权
 ("honour", "获国家科学技术奖项目", Y, 47, "项", "exact", "全年本市牵头或参与完成的项目获国家科学技术奖47项", True, "actual"),
 ("other", "获国家科学技术奖项目占全国授奖总数比重", Y, 17.3, "%", "exact", "占全国授奖总数的17.3%", False, "share"),
 ("honour", "获国家最高科学技术奖", Y, 1, "项", "exact", "国家最高科学技术奖1项", False, "actual"),
 ("honour", "获国家自然科学奖项目", Y, 12, "项", "exact", "国家自然科学奖、国家技术发明奖和国家科学技术进步奖分别为12项、9项和25项", False, "actual"),
 ("honour", "获国家技术发明奖项目", Y, 9, "项", "exact", "国家自然科学奖、国家技术发明奖和国家科学技术进步奖分别为12项、9项和25项", False, "actual"),
 ("honour", "获国家科学技术进步奖项目", Y, 25, "项", "exact", "国家自然科学奖、国家技术发明奖和国家科学技术进步奖分别为12项、9项和25项", False, "actual"),
 ("output", "专利授权量", Y, 18.26, "万件", "exact", "全年专利授权量18.26万件", False, "actual"),
 ("growth", "专利授权量比上年增长", Y, 6.1, "%", "exact", "18.26万件，比上年增长6.1%", False, "change"),
 ("output", "发明专利授权量", Y, 5.63, "万件", "exact", "发明专利授权量5.63万件", True, "actual"),
 ("growth", "发明专利授权量增长", Y, 21.4, "%", "exact", "5.63万件，增长21.4%", False, "change"),
 ("other", "发明专利授权量占专利授权量比重", Y, 30.8, "%", "exact", "占专利授权量的比重为30.8%", False, "share"),
 ("output", "有效发明专利拥有量", Y, 27.45, "万件", "exact", "年末全市有效发明专利拥有量27.45万件", False, "actual"),
 ("growth", "有效发明专利拥有量比上年末增长", Y, 16.2, "%", "exact", "比上年末增长16.2%", False, "change"),
 ("output", "每万人口高价值发明专利拥有量", Y, 58.6, "件", "exact", "每万人口高价值发明专利拥有量58.6件", False, "actual"),
 ("growth", "每万人口高价值发明专利拥有量比上年增加", Y, 8.9, "件", "exact", "比上年增加8.9件", False, "change"),
 # 四、技术市场
 ("service", "认定登记技术合同", Y, 4.86, "万项", "exact", "全年经认定登记的技术合同4.86万项", True, "actual"),
 ("growth", "认定登记技术合同比上年增长", Y, 12.4, "%", "exact", "4.86万项，比上年增长12.4%", False, "change"),
 ("finance", "技术合同成交金额", Y, 5082.16, "亿元", "exact", "成交金额5,082.16亿元", True, "actual"),
 ("growth", "技术合同成交金额增长", Y, 19.8, "%", "exact", "5,082.16亿元，增长19.8%", True, "change"),
 ("finance", "平均每项技术合同成交金额", Y, 1045.7, "万元", "exact", "平均每项技术合同成交金额1,045.7万元", False, "actual"),
]
# 表1: columns 合同数（项） | 成交金额（亿元） | 比上年增长（%）; the header gives the unit of each column.
def t1(line, name):
    return [("service", name + "合同数", Y, num(cell(line, 1, "sp")), "项", "exact", sp_cell(line, 1), False, "actual"),
            ("finance", name + "合同成交金额", Y, num(cell(line, 2, "sp")), "亿元", "exact", sp_cell(line, 2), False, "actual"),
            ("growth", name + "合同成交金额比上年增长", Y, num(cell(line, 3, "sp")), "%", "exact", sp_cell(line, 3), False, "change")]
n17 += t1("技术开发        18,642          1,986.35              21.2", "技术开发")
n17 += t1("技术转让         1,208            412.60               8.7", "技术转让")
n17 += t1("技术咨询         6,815             95.42               3.1", "技术咨询")
n17 += t1("技术服务        21,935          2,587.79              21.5", "技术服务")
L = "合计            48,600          5,082.16              19.8"
n17 += [("service", "认定登记技术合同", Y, 48600, "项", "exact", sp_cell(L, 1), False, "actual"),
        ("finance", "技术合同成交金额", Y, 5082.16, "亿元", "exact", sp_cell(L, 2), False, "actual"),
        ("growth", "技术合同成交金额增长", Y, 19.8, "%", "exact", sp_cell(L, 3), False, "change")]
FL = "技术合同成交金额中，流向本市、流向外省市和技术出口分别为1,785.63亿元、2,612.40亿元和684.13亿元，分别占35.1%、51.4%和13.5%。"
n17 += [
 ("finance", "流向本市技术合同成交金额", Y, 1785.63, "亿元", "exact", FL, False, "actual"),
 ("finance", "流向外省市技术合同成交金额", Y, 2612.40, "亿元", "exact", FL, False, "actual"),
 ("finance", "技术出口合同成交金额", Y, 684.13, "亿元", "exact", FL, False, "actual"),
 ("other", "流向本市技术合同成交金额占比", Y, 35.1, "%", "exact", FL, False, "share"),
 ("other", "流向外省市技术合同成交金额占比", Y, 51.4, "%", "exact", FL, False, "share"),
 ("other", "技术出口合同成交金额占比", Y, 13.5, "%", "exact", FL, False, "share"),
 # 五、科技企业
 ("other", "有效期内高新技术企业", Y, 24316, "家", "exact", "年末有效期内高新技术企业[4]24,316家", True, "actual"),
 ("growth", "有效期内高新技术企业比上年末增加", Y, 1276, "家", "exact", "比上年末增加1,276家", False, "change"),
 ("service", "新认定高新技术企业", Y, 8162, "家", "exact", "全年新认定高新技术企业8,162家", True, "actual"),
 ("other", "年营业收入2亿元以上的高新技术企业", Y, 3015, "家", "exact", "的高新技术企业3,015家", False, "actual"),
 ("other", "年营业收入2亿元以上的高新技术企业占比", Y, 12.4, "%", "exact", "占有效期内高新技术企业的12.4%", False, "share"),
 ("finance", "高新技术企业营业收入", Y, 4.12, "万亿元", "exact", "全年高新技术企业实现营业收入4.12万亿元", False, "actual"),
 ("growth", "高新技术企业营业收入比上年增长", Y, 7.6, "%", "exact", "4.12万亿元，比上年增长7.6%", False, "change"),
 ("other", "科技小巨人企业和小巨人培育企业（累计）", Y, 2780, "家", "exact", "年末累计培育科技小巨人企业和小巨人培育企业2,780家", False, "actual"),
 ("service", "评价入库科技型中小企业", Y, 2.35, "万家", "exact", "全年评价入库科技型中小企业2.35万家", False, "actual"),
 ("growth", "评价入库科技型中小企业比上年增长", Y, 11.3, "%", "exact", "2.35万家，比上年增长11.3%", False, "change"),
 # 六、创新载体
 ("other", "全国重点实验室", Y, 42, "家", "exact", "年末全市有全国重点实验室42家", False, "actual"),
 ("other", "科技企业孵化器和众创空间", Y, 530, "家", "exact", "科技企业孵化器和众创空间530家", False, "actual"),
 ("other", "国家级科技企业孵化器", Y, 65, "家", "exact", "其中国家级科技企业孵化器65家", False, "actual"),
 ("other", "在孵企业", Y, 1.92, "万家", "exact", "在孵企业1.92万家", False, "actual"),
 # 七、高新技术产业
 ("finance", "工业战略性新兴产业总产值", Y, 18316.40, "亿元", "exact", "全年工业战略性新兴产业总产值18,316.40亿元", False, "actual"),
 ("growth", "工业战略性新兴产业总产值比上年增长", Y, 2.6, "%", "exact", "18,316.40亿元，比上年增长2.6%", False, "change"),
 ("other", "工业战略性新兴产业总产值占规模以上工业总产值比重", Y, 43.9, "%", "exact", "占规模以上工业总产值的比重为43.9%", False, "share"),
 ("growth", "工业战略性新兴产业总产值占比比上年提高", Y, 0.8, "个百分点", "exact", "比上年提高0.8个百分点", False, "change"),
 ("other", "先导产业", Y, 3, "", "exact", "人工智能三大先导产业", False, "actual"),
 ("finance", "三大先导产业规模", Y, 1.8, "万亿元", "exact", "三大先导产业规模达到1.8万亿元", False, "actual"),
]
docs["n17_stcsm_tjgb2024"] = dict(
 document="n17_stcsm_tjgb2024.txt", kind="other", unit="上海市科学技术委员会",
 aliases=[], year=2024, published="2025-04-18", facts=facts(n17), honours=[])

# ---------------------------------------------------------------- n18 奉贤区经委 2024年政府信息公开工作年度报告 (.docx text)
Y, N = 2024, 2025
SH = "分别占办结总数的34.2%、26.3%和18.4%"
n18 = [
 ("output", "主动公开政府信息", Y, 612, "条", "exact", "全年主动公开政府信息612条", True, "actual"),
 ("growth", "主动公开政府信息比上年增加", Y, 58, "条", "exact", "比上年增加58条", False, "change"),
 ("output", "门户网站公开政府信息", Y, 366, "条", "exact", "通过“上海奉贤”门户网站公开366条", False, "actual"),
 ("output", "微信公众号发布政府信息", Y, 246, "篇", "exact", "通过“奉贤经济”微信公众号发布246篇", True, "actual"),
 ("service", "微信公众号阅读量", Y, 38.6, "万次", "exact", "全年阅读量38.6万次", False, "actual"),
 ("output", "政策解读", Y, 24, "篇", "exact", "围绕产业扶持政策发布政策解读24篇", True, "actual"),
 ("output", "图文解读", Y, 15, "篇", "exact", "其中图文解读15篇", False, "actual"),
 ("output", "视频解读", Y, 6, "个", "exact", "视频解读6个", False, "actual"),
 ("output", "问答解读", Y, 3, "篇", "exact", "问答解读3篇", False, "actual"),
 ("service", "新闻发布会", Y, 4, "场", "exact", "召开新闻发布会4场", False, "actual"),
 ("service", "新收政府信息公开申请", Y, 37, "件", "exact", "全年共收到政府信息公开申请37件", True, "actual"),
 ("service", "新收政府信息公开申请", 2023, 44, "件", "exact", "比2023年的44件", False, "baseline"),
 ("growth", "新收政府信息公开申请比上年下降", Y, 15.9, "%", "exact", "比2023年的44件下降15.9%", True, "change"),
 ("service", "上年结转政府信息公开申请", Y, 3, "件", "exact", "上年结转3件", False, "actual"),
 ("service", "办结政府信息公开申请", Y, 38, "件", "exact", "全年办结38件", True, "actual"),
 ("service", "结转下年度继续办理", Y, 2, "件", "exact", "结转下年度继续办理2件", False, "actual"),
 ("satisfaction", "依申请公开按期答复率", Y, 100, "%", "exact", "按期答复率100%", True, "actual"),
 ("other", "产业扶持资金类申请占办结总数比重", Y, 34.2, "%", "exact", SH, False, "share"),
 ("other", "企业技术改造项目类申请占办结总数比重", Y, 26.3, "%", "exact", SH, False, "share"),
 ("other", "工业用地规划类申请占办结总数比重", Y, 18.4, "%", "exact", SH, False, "share"),
 ("output", "本年制发行政规范性文件", Y, 4, "件", "exact", "全年制发行政规范性文件4件", False, "actual"),
 ("output", "本年废止行政规范性文件", Y, 2, "件", "exact", "废止2件", False, "actual"),
 ("output", "现行有效行政规范性文件", Y, 15, "件", "exact", "现行有效的行政规范性文件15件", False, "actual"),
 ("other", "梳理优化政府信息公开专栏栏目", Y, 12, "个", "exact", "专栏12个栏目的梳理和优化", False, "actual"),
 ("other", "政务公众号关注用户", Y, 4.2, "万人", "exact", "微信公众号关注用户达到4.2万人", False, "actual"),
 ("service", "政务公开专题培训", Y, 2, "次", "exact", "组织政务公开专题培训2次", False, "actual"),
 ("service", "政务公开培训参训人员", Y, 85, "人次", "exact", "参训85人次", False, "actual"),
]
# 主动公开 tables: the headers say 件数 (→ 件, as in heldout n01); 本年处理决定数量 writes no unit (→ "").
L = "行政规范性文件\t4\t2\t15"
n18 += [("output", "本年制发行政规范性文件", Y, 4, "件", "exact", tab_cell(L, 1), False, "actual"),
        ("output", "本年废止行政规范性文件", Y, 2, "件", "exact", tab_cell(L, 2), False, "actual"),
        ("output", "现行有效行政规范性文件", Y, 15, "件", "exact", tab_cell(L, 3), False, "actual"),
        ("service", "行政许可处理决定", Y, 126, "", "exact", "行政许可\t126", True, "actual"),
        ("service", "行政处罚处理决定", Y, 18, "", "exact", "行政处罚\t18", False, "actual")]
# 申请 table: 10 columns, label repeated over the 3 merged label columns; no unit written → "".
COLS = {3: "自然人", 4: "商业企业", 5: "科研机构", 6: "社会公益组织", 7: "法律服务机构", 8: "其他", 9: None}
def sq(line, name, key_total=False):
    cells = line.split(T)
    out = []
    for i, who in COLS.items():
        v = num(cells[i])
        if v == 0:
            continue
        subj = name if who is None else f"{name}（{who}）"
        out.append(("service", subj, Y, v, "", "exact", tab_cell(line, i), False, "actual"))
    return out
R3 = "三、本年度办理结果\t"
rows = [
 ("一、本年新收政府信息公开申请数量\t一、本年新收政府信息公开申请数量\t一、本年新收政府信息公开申请数量\t22\t9\t1\t0\t4\t1\t37", "新收政府信息公开申请"),
 ("二、上年结转政府信息公开申请数量\t二、上年结转政府信息公开申请数量\t二、上年结转政府信息公开申请数量\t2\t1\t0\t0\t0\t0\t3", "上年结转政府信息公开申请"),
 (R3 + "（一）予以公开\t（一）予以公开\t8\t4\t0\t0\t1\t1\t14", "依申请予以公开"),
 (R3 + "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t3\t1\t0\t0\t1\t0\t5", "依申请部分公开"),
 (R3 + "（三）不予公开\t5.属于三类内部事务信息\t1\t0\t0\t0\t0\t0\t1", "不予公开：属于三类内部事务信息"),
 (R3 + "（三）不予公开\t6.属于四类过程性信息\t1\t1\t0\t0\t0\t0\t2", "不予公开：属于四类过程性信息"),
 (R3 + "（四）无法提供\t1.本机关不掌握相关政府信息\t6\t2\t1\t0\t1\t0\t10", "无法提供：本机关不掌握相关政府信息"),
 (R3 + "（四）无法提供\t2.没有现成信息需要另行制作\t1\t0\t0\t0\t0\t0\t1", "无法提供：没有现成信息需要另行制作"),
 (R3 + "（五）不予处理\t1.信访举报投诉类申请\t2\t0\t0\t0\t0\t0\t2", "不予处理：信访举报投诉类申请"),
 (R3 + "（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1\t1\t0\t0\t0\t0\t2", "其他处理：申请人无正当理由逾期不补正"),
 (R3 + "（六）其他处理\t3.其他\t0\t0\t0\t0\t1\t0\t1", "其他处理：其他"),
 (R3 + "（七）总计\t（七）总计\t23\t9\t1\t0\t4\t1\t38", "依申请办理结果总计"),
 ("四、结转下年度继续办理\t四、结转下年度继续办理\t四、结转下年度继续办理\t1\t1\t0\t0\t0\t0\t2", "结转下年度继续办理"),
]
for line, name in rows:
    n18 += sq(line, name)
# 复议/诉讼 table: one data row of 15 cells, no label (the three header rows name the columns).
D = "1\t0\t0\t1\t2\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0"
n18 += [
 ("other", "政府信息公开行政复议结果维持", Y, 1, "", "exact", tab_cell(D, 0), False, "actual"),
 ("other", "政府信息公开行政复议尚未审结", Y, 1, "", "exact", tab_cell(D, 3), False, "actual"),
 ("other", "政府信息公开行政复议总计", Y, 2, "", "exact", tab_cell(D, 4), False, "actual"),
 ("other", "政府信息公开行政诉讼（未经复议直接起诉）结果维持", Y, 1, "", "exact", tab_cell(D, 5), False, "actual"),
 ("other", "政府信息公开行政诉讼（未经复议直接起诉）总计", Y, 1, "", "exact", tab_cell(D, 9), False, "actual"),
 ("other", "政府信息公开行政复议总计", Y, 2, "件", "exact", "被申请行政复议2件", True, "actual"),
 ("other", "政府信息公开行政复议结果维持", Y, 1, "件", "exact", "其中结果维持1件", False, "actual"),
 ("other", "政府信息公开行政复议尚未审结", Y, 1, "件", "exact", "尚未审结1件", False, "actual"),
 ("other", "政府信息公开行政诉讼总计", Y, 1, "件", "exact", "被提起行政诉讼1件", False, "actual"),
 # 改进情况: 2025 targets
 ("output", "政策解读（目标）", N, 30, "篇", "over", "全年发布政策解读不少于30篇", False, "target"),
 ("output", "视频解读（目标）", N, 10, "个", "over", "其中视频解读不少于10个", False, "target"),
 ("service", "依申请公开业务培训（目标）", N, 3, "次", "over", "开展依申请公开业务培训3次以上", False, "target"),
 ("satisfaction", "答复文书规范率（目标）", N, 100, "%", "exact", "答复文书规范率达到100%", False, "target"),
 ("other", "政务公众号关注用户（目标）", N, 5, "万人", "over", "力争关注用户突破5万人", False, "target"),
 # 其他需要报告的事项
 ("service", "承办区人大代表建议", Y, 12, "件", "exact", "全年承办区人大代表建议12件", False, "actual"),
 ("service", "承办区政协提案", Y, 19, "件", "exact", "区政协提案19件", False, "actual"),
 ("satisfaction", "建议提案办结率", Y, 100, "%", "exact", "办结率和满意率均为100%", False, "actual"),
 ("satisfaction", "建议提案满意率", Y, 100, "%", "exact", "办结率和满意率均为100%", False, "actual"),
]
U18 = "上海市奉贤区经济委员会"
n18h = [honour("2024年度奉贤区政务公开工作考核优秀等次", "district", U18, None, Y,
               "在2024年度奉贤区政务公开工作考核中，区经委获评“优秀”等次")]
docs["n18_fengxian_jw_gkbg2024"] = dict(
 document="n18_fengxian_jw_gkbg2024.txt", kind="other", unit=U18,
 aliases=["区经委", "奉贤区经济委员会"], year=2024, published="2025-01-20", facts=facts(n18), honours=n18h)

# ---------------------------------------------------------------- n19 上海市计量测试技术研究院 2024年度社会责任报告 (hand-typed text)
Y, N = 2024, 2025
U19 = "上海市计量测试技术研究院"
R3 = "研究院营业收入分别为8.61亿元、9.17亿元和9.82亿元"
D3 = "同期研发投入分别为0.94亿元、1.03亿元和1.15亿元"
C3 = "检定校准证书数量分别为61.2万份、64.9万份和68.4万份"
n19 = [
 # 关键绩效 (headline page: the first statement of each metric; key where it is a headline metric)
 ("finance", "营业收入", Y, 9.82, "亿元", "exact", "营业收入：9.82亿元", True, "actual"),
 ("finance", "研发投入", Y, 1.15, "亿元", "exact", "研发投入：1.15亿元", True, "actual"),
 ("finance", "纳税总额", Y, 6842, "万元", "exact", "纳税总额：6,842万元", False, "actual"),
 ("service", "检定校准证书", Y, 68.4, "万份", "exact", "检定校准证书：68.4万份", True, "actual"),
 ("service", "检测报告", Y, 5.26, "万份", "exact", "检测报告：5.26万份", True, "actual"),
 ("service", "服务企业", Y, 12316, "家", "exact", "服务企业：12,316家", True, "actual"),
 ("service", "服务中小微企业", Y, 9870, "家", "exact", "其中中小微企业：9,870家", False, "actual"),
 ("service", "计量技术培训", Y, 146, "期", "exact", "计量技术培训：146期", True, "actual"),
 ("service", "计量技术培训人员", Y, 6520, "人次", "exact", "计量技术培训：146期 / 6,520人次", False, "actual"),
 ("satisfaction", "客户满意度", Y, 97.8, "%", "exact", "客户满意度: 97.8%", True, "actual"),
 ("satisfaction", "证书报告差错率", Y, 0.012, "%", "exact", "证书报告差错率：0.012%", True, "actual"),
 ("output", "主导制修订国家计量技术规范和标准", Y, 46, "项", "exact", "主导制修订国家计量技术规范和标准：46项", True, "actual"),
 ("other", "社会公用计量标准（累计）", Y, 216, "项", "exact", "社会公用计量标准（累计）：216项", False, "actual"),
 ("output", "授权发明专利", Y, 26, "件", "exact", "授权发明专利：２６件", False, "actual"),
 ("output", "发表论文", Y, 312, "篇", "exact", "发表论文：312篇", False, "actual"),
 ("people", "员工总数", Y, 1286, "人", "exact", "员工总数：1,286人", False, "actual"),
 ("people", "硕士及以上学历员工", Y, 642, "人", "exact", "其中硕士及以上学历：642人", False, "actual"),
 ("other", "员工培训覆盖率", Y, 100, "%", "exact", "员工培训覆盖率：100%", False, "actual"),
 ("service", "志愿服务时长", Y, 4860, "小时", "exact", "志愿服务时长：4,860小时", False, "actual"),
 ("other", "安全生产事故", Y, 0, "起", "exact", "安全生产事故：0起", False, "actual"),
 # 一、稳健运营: three-year comparison
 ("finance", "营业收入", 2022, 8.61, "亿元", "exact", R3, False, "baseline"),
 ("finance", "营业收入", 2023, 9.17, "亿元", "exact", R3, False, "baseline"),
 ("finance", "营业收入", Y, 9.82, "亿元", "exact", R3, False, "actual"),
 ("growth", "营业收入同比增长", Y, 7.1, "%", "exact", "2024年同比增长7.1%", True, "change"),
 ("finance", "研发投入", 2022, 0.94, "亿元", "exact", D3, False, "baseline"),
 ("finance", "研发投入", 2023, 1.03, "亿元", "exact", D3, False, "baseline"),
 ("finance", "研发投入", Y, 1.15, "亿元", "exact", D3, False, "actual"),
 ("other", "研发投入占营业收入比重", 2022, 10.9, "%", "exact", "研发投入占营业收入的比重由2022年的10.9%", False, "baseline"),
 ("other", "研发投入占营业收入比重", Y, 11.7, "%", "exact", "提高到2024年的11.7%", False, "share"),
 ("finance", "纳税总额", Y, 6842, "万元", "exact", "全年缴纳税费6,842万元", False, "actual"),
 ("growth", "纳税总额比上年增长", Y, 4.3, "%", "exact", "6,842万元，比上年增长4.3%", False, "change"),
 ("finance", "固定资产投资", Y, 1.36, "亿元", "exact", "全年完成固定资产投资1.36亿元", False, "actual"),
 ("other", "新购置高端计量仪器设备", Y, 218, "台（套）", "exact", "新购置高端计量仪器设备218台（套）", False, "actual"),
 # 二、计量为民
 ("service", "检定校准证书", Y, 68.4, "万份", "exact", "全年出具检定校准证书68.4万份", False, "actual"),
 ("service", "检测报告", Y, 5.26, "万份", "exact", "检测报告5.26万份", False, "actual"),
 ("service", "检定校准证书", 2022, 61.2, "万份", "exact", C3, False, "baseline"),
 ("service", "检定校准证书", 2023, 64.9, "万份", "exact", C3, False, "baseline"),
 ("service", "检定校准证书", Y, 68.4, "万份", "exact", C3, False, "actual"),
 ("growth", "检定校准证书年均增长（2022—2024年）", Y, 5.7, "%", "exact", "年均增长5.7%", False, "change"),
 ("service", "服务企业", Y, 12316, "家", "exact", "全年服务企业12,316家", False, "actual"),
 ("service", "服务中小微企业", Y, 9870, "家", "exact", "其中中小微企业9,870家", False, "actual"),
 ("other", "中小微企业占服务企业比重", Y, 80.1, "%", "exact", "占80.1%", False, "share"),
 ("service", "驻场服务企业", Y, 38, "家", "exact", "全年驻场服务企业38家", False, "actual"),
 ("service", "为集成电路企业提供计量测试服务", Y, 1.86, "万台件", "exact", "为集成电路企业提供计量测试服务1.86万台件", False, "actual"),
 ("growth", "为集成电路企业提供计量测试服务同比增长", Y, 23.4, "%", "exact", "1.86万台件，同比增长23.4%", False, "change"),
 ("service", "出租汽车计价器检定", Y, 4.2, "万台", "exact", "全年完成出租汽车计价器检定4.2万台", False, "actual"),
 ("service", "医用计量器具检定", Y, 11.6, "万台件", "exact", "医用计量器具检定11.6万台件", False, "actual"),
 ("service", "“计量惠民”进社区活动", Y, 32, "场", "exact", "开展“计量惠民”进社区活动32场", False, "actual"),
 ("service", "免费为居民检测计量器具", Y, 2400, "台", "over", "电子秤等2,400余台", False, "actual"),
 ("satisfaction", "客户满意度", Y, 97.8, "%", "exact", "客户满意度97.8%", False, "actual"),
 ("growth", "客户满意度比上年提高", Y, 0.6, "个百分点", "exact", "比上年提高0.6个百分点", False, "change"),
 ("satisfaction", "证书报告差错率", Y, 0.012, "%", "exact", "证书报告差错率0.012%", False, "actual"),
 ("satisfaction", "证书报告差错率", 2023, 0.018, "%", "exact", "（2023年为0.018%）", False, "baseline"),
 ("other", "检定校准平均周期", Y, 3.5, "个工作日", "exact", "检定校准平均周期缩短至3.5个工作日", False, "actual"),
 ("service", "计量技术培训", Y, 146, "期", "exact", "全年举办计量技术培训146期", False, "actual"),
 ("service", "计量技术培训人员", Y, 6520, "人次", "exact", "培训计量技术人员6,520人次", False, "actual"),
 # 三、科技创新
 ("output", "主导制修订国家计量技术规范和标准", Y, 46, "项", "exact", "全年主导制修订国家计量技术规范和标准46项", False, "actual"),
 ("output", "主导制修订国家计量技术规范", Y, 18, "项", "exact", "其中国家计量技术规范18项", False, "actual"),
 ("output", "主导制修订国家标准", Y, 12, "项", "exact", "国家标准12项", False, "actual"),
 ("output", "主导制修订地方和团体标准", Y, 16, "项", "exact", "地方和团体标准16项", False, "actual"),
 ("output", "承担国家重点研发计划项目", Y, 7, "项", "exact", "承担国家重点研发计划项目7项", False, "actual"),
 ("output", "承担市级科研项目", Y, 35, "项", "exact", "市级科研项目35项", False, "actual"),
 ("finance", "科研经费到款", Y, 1.08, "亿元", "exact", "全年科研经费到款1.08亿元", False, "actual"),
 ("other", "新建社会公用计量标准", Y, 14, "项", "exact", "新建社会公用计量标准14项", False, "actual"),
 ("other", "社会公用计量标准（累计）", Y, 216, "项", "exact", "累计达到216项", False, "actual"),
 ("output", "授权发明专利", Y, 26, "件", "exact", "获授权发明专利26件", False, "actual"),
 ("output", "发表论文", Y, 312, "篇", "exact", "发表论文312篇", False, "actual"),
 ("output", "SCI、EI收录论文", Y, 87, "篇", "exact", "其中被SCI、EI收录87篇", False, "actual"),
 # 四、员工
 ("people", "员工总数", Y, 1286, "人", "exact", "年末员工总数1,286人", False, "actual"),
 ("people", "硕士及以上学历员工", Y, 642, "人", "exact", "其中硕士及以上学历642人", False, "actual"),
 ("other", "硕士及以上学历员工占比", Y, 49.9, "%", "exact", "占49.9%", False, "share"),
 ("people", "高级职称员工", Y, 398, "人", "exact", "具有高级职称的398人", False, "actual"),
 ("people", "女职工", Y, 517, "人", "exact", "女职工517人", False, "actual"),
 ("other", "女职工占比", Y, 40.2, "%", "exact", "占40.2%", False, "share"),
 ("other", "员工培训覆盖率", Y, 100, "%", "exact", "员工培训覆盖率100%", False, "actual"),
 ("people", "员工人均培训学时", Y, 46, "学时", "exact", "人均培训46学时", False, "actual"),
 ("other", "员工年度体检覆盖率", Y, 100, "%", "exact", "员工年度体检覆盖率100%", False, "actual"),
 # 五、社会与环境
 ("people", "青年志愿者", Y, 210, "名", "exact", "组织青年志愿者210名", False, "actual"),
 ("service", "志愿服务时长", Y, 4860, "小时", "exact", "全年志愿服务时长4,860小时", False, "actual"),
 ("finance", "采购对口帮扶地区农产品", Y, 36.5, "万元", "exact", "采购对口帮扶地区农产品36.5万元", False, "actual"),
 ("growth", "单位营业收入综合能耗比上年下降", Y, 3.2, "%", "exact", "单位营业收入综合能耗比上年下降3.2%", False, "change"),
 ("other", "屋顶光伏发电量", Y, 86.4, "万千瓦时", "exact", "屋顶光伏全年发电86.4万千瓦时", False, "actual"),
 # 六、荣誉 counts
 ("honour", "各类荣誉", Y, 6, "项", "exact", "员工共获得各类荣誉6项", True, "actual"),
 ("honour", "国家级荣誉", Y, 2, "项", "exact", "其中国家级荣誉2项", False, "actual"),
 ("honour", "省部级荣誉", Y, 2, "项", "exact", "省部级荣誉2项", False, "actual"),
 # 七、2025年展望
 ("finance", "营业收入（目标）", N, 10.5, "亿元", "over", "力争实现营业收入突破10.5亿元", False, "target"),
 ("other", "研发投入占营业收入比重（目标）", N, 12, "%", "approx", "研发投入占营业收入比重保持在12%左右", False, "target"),
 ("service", "检定校准证书（目标）", N, 72, "万份", "over", "出具检定校准证书72万份以上", False, "target"),
 ("service", "服务企业（目标）", N, 1.3, "万家", "over", "服务企业1.3万家以上", False, "target"),
 ("satisfaction", "客户满意度（目标）", N, 98, "%", "over", "客户满意度不低于98%", False, "target"),
 ("output", "主导制修订国家计量技术规范和标准（目标）", N, 50, "项", "exact", "主导制修订国家计量技术规范和标准50项", False, "target"),
 ("other", "新建社会公用计量标准（目标）", N, 10, "项", "over", "新建社会公用计量标准10项以上", False, "target"),
]
n19h = [
 honour("全国市场监管系统先进集体", "national", U19, "人力资源社会保障部、国家市场监督管理总局", Y,
        "1. 全国市场监管系统先进集体（人力资源社会保障部、国家市场监督管理总局）"),
 honour("国家集成电路产业计量测试中心（筹建）", "national", U19, "国家市场监督管理总局", Y,
        "2. 国家集成电路产业计量测试中心（筹建）（国家市场监督管理总局）"),
 honour("上海市文明单位（2023—2024年度）", "municipal", U19, "中共上海市委、上海市人民政府", Y,
        "3. 上海市文明单位（2023—2024年度）（中共上海市委、上海市人民政府）"),
 honour("上海市五一劳动奖章", "municipal", "王立群（集成电路计量测试所）", "上海市总工会", Y,
        "4. 上海市五一劳动奖章——集成电路计量测试所 王立群（上海市总工会）"),
 honour("上海市市场监管系统标准化工作先进集体", "system", "标准化与质量研究所", "上海市市场监督管理局", Y,
        "5. 上海市市场监管系统标准化工作先进集体——标准化与质量研究所（上海市市场监督管理局）"),
 honour("中国计量测试学会科学技术进步奖一等奖", "other", U19 + "（“集成电路关键尺寸计量技术研究及应用”项目）",
        "中国计量测试学会", Y,
        "6. 中国计量测试学会科学技术进步奖一等奖——“集成电路关键尺寸计量技术研究及应用”项目（中国计量测试学会）"),
]
docs["n19_simt_csr2024"] = dict(
 document="n19_simt_csr2024.txt", kind="csr-report", unit=U19,
 aliases=["上海计量院", "研究院", "华东国家计量测试中心"], year=2024, published="2025-06", facts=facts(n19), honours=n19h)

# ---------------------------------------------------------------- n20 松江区科委 上半年科技创新主要指标 (Markdown page, 2025-07)
Y = 2025
H, Q1, Q2, M5, E6 = "（上半年）", "（一季度）", "（二季度）", "（1—5月）", "（截至6月底）"
n20 = [
 # H1 heading and 导读 restate the headline (key false); YAML front matter is metadata (not labelled).
 ("growth", "技术合同成交额同比增长（上半年，标题）", Y, 15.2, "%", "exact", "技术合同成交额同比增长15.2%", False, "change"),
 ("finance", "技术合同成交额（上半年，导读）", Y, 86.4, "亿元", "exact", "**导读：** 上半年，全区技术合同成交额86.4亿元", False, "actual"),
 ("growth", "技术合同成交额同比增长（上半年，导读）", Y, 15.2, "%", "exact", "全区技术合同成交额86.4亿元，同比增长15.2%；新增入库", False, "change"),
 ("service", "新增入库科技型中小企业（上半年，导读）", Y, 896, "家", "exact", "新增入库科技型中小企业896家，有效期内", False, "actual"),
 ("other", "有效期内高新技术企业（截至6月底，导读）", Y, 2684, "家", "exact", "有效期内高新技术企业达到2,684家", False, "actual"),
 # 一、主要指标
 ("service", "认定登记技术合同" + H, Y, 1862, "项", "exact", "全区认定登记技术合同1,862项", False, "actual"),
 ("growth", "认定登记技术合同同比增长" + H, Y, 9.7, "%", "exact", "1,862项，同比增长9.7%", False, "change"),
 ("finance", "技术合同成交额" + H, Y, 86.4, "亿元", "exact", "技术合同成交额86.4亿元，同比增长15.2%，完成", True, "actual"),
 ("growth", "技术合同成交额同比增长" + H, Y, 15.2, "%", "exact", "技术合同成交额86.4亿元，同比增长15.2%，完成", True, "change"),
 ("finance", "技术合同成交额（全年目标）", Y, 160, "亿元", "exact", "完成全年目标（160亿元）", False, "target"),
 ("other", "技术合同成交额完成全年目标比例" + H, Y, 54.0, "%", "exact", "完成全年目标（160亿元）的54.0%", False, "share"),
 ("finance", "技术合同成交额" + Q2, Y, 49.7, "亿元", "exact", "二季度成交额49.7亿元", False, "actual"),
 ("growth", "技术合同成交额环比增长" + Q2, Y, 35.4, "%", "exact", "环比增长35.4%", False, "change"),
 ("finance", "技术合同成交额" + Q1, Y, 36.7, "亿元", "exact", "（一季度为36.7亿元）", False, "baseline"),
 ("service", "新增入库科技型中小企业" + H, Y, 896, "家", "exact", "上半年新增入库科技型中小企业896家", True, "actual"),
 ("growth", "新增入库科技型中小企业同比增长" + H, Y, 11.2, "%", "exact", "896家，同比增长11.2%", False, "change"),
 ("service", "新增入库科技型中小企业" + Q1, Y, 410, "家", "exact", "一季度410家", False, "actual"),
 ("service", "新增入库科技型中小企业" + Q2, Y, 486, "家", "exact", "二季度486家", False, "actual"),
 ("growth", "新增入库科技型中小企业环比增长" + Q2, Y, 18.5, "%", "exact", "二季度环比增长18.5%", False, "change"),
 ("other", "有效期内高新技术企业" + E6, Y, 2684, "家", "exact", "全区有效期内高新技术企业2,684家", True, "actual"),
 ("growth", "有效期内高新技术企业较年初增加" + E6, Y, 152, "家", "exact", "较年初增加152家", True, "change"),
 ("growth", "有效期内高新技术企业较年初增长" + E6, Y, 6.0, "%", "exact", "较年初增加152家，增长6.0%", False, "change"),
 ("other", "营收超亿元的高新技术企业" + E6, Y, 318, "家", "exact", "营收超亿元的高新技术企业318家", False, "actual"),
 ("growth", "营收超亿元的高新技术企业较年初增加" + E6, Y, 21, "家", "exact", "较年初增加21家", False, "change"),
 ("finance", "规模以上工业企业研发费用" + M5, Y, 41.3, "亿元", "exact", "全区规模以上工业企业研发费用41.3亿元", False, "actual"),
 ("growth", "规模以上工业企业研发费用同比增长" + M5, Y, 8.6, "%", "exact", "41.3亿元，同比增长8.6%", False, "change"),
 ("output", "发明专利授权" + H, Y, 2317, "件", "exact", "全区发明专利授权2,317件", True, "actual"),
 ("growth", "发明专利授权同比增长" + H, Y, 12.1, "%", "exact", "2,317件，同比增长12.1%", False, "change"),
 ("output", "每万人口高价值发明专利拥有量" + E6, Y, 41.6, "件", "exact", "每万人口高价值发明专利拥有量41.6件", False, "actual"),
 ("growth", "每万人口高价值发明专利拥有量较年初增加" + E6, Y, 2.3, "件", "exact", "较年初增加2.3件", False, "change"),
 ("finance", "工业战略性新兴产业产值" + H, Y, 1386.5, "亿元", "exact", "全区工业战略性新兴产业产值1,386.5亿元", True, "actual"),
 ("growth", "工业战略性新兴产业产值同比增长" + H, Y, 6.8, "%", "exact", "1,386.5亿元，同比增长6.8%", False, "change"),
 ("other", "工业战略性新兴产业产值占规模以上工业总产值比重" + H, Y, 63.2, "%", "exact", "占规模以上工业总产值的比重为63.2%", False, "share"),
 ("growth", "工业战略性新兴产业产值占比比上年同期提高" + H, Y, 1.4, "个百分点", "exact", "比上年同期提高1.4个百分点", False, "change"),
 # 数据速览 (restatements; bold markup inside the quote)
 ("finance", "技术合同成交额（上半年，速览）", Y, 86.4, "亿元", "exact", "- 技术合同成交额：**86.4**亿元", False, "actual"),
 ("service", "新增入库科技型中小企业（上半年，速览）", Y, 896, "家", "exact", "- 新增入库科技型中小企业：**896**家", False, "actual"),
 ("other", "有效期内高新技术企业（截至6月底，速览）", Y, 2684, "家", "exact", "- 有效期内高新技术企业 **2,684** 家", False, "actual"),
 ("service", "新增市级专精特新中小企业（上半年，速览）", Y, 127, "家", "exact", "- 新增市级专精特新中小企业：**127**家", False, "actual"),
 ("finance", "兑现区级科技扶持资金（上半年，速览）", Y, 1.26, "亿元", "exact", "- 兑现区级科技扶持资金：**1.26**亿元", False, "actual"),
 # 二、（一）政策兑现
 ("finance", "兑现区级科技扶持资金" + H, Y, 1.26, "亿元", "exact", "上半年兑现区级科技扶持资金1.26亿元", True, "actual"),
 ("growth", "兑现区级科技扶持资金同比增长" + H, Y, 21.5, "%", "exact", "1.26亿元，同比增长21.5%", False, "change"),
 ("service", "区级科技扶持资金惠及企业" + H, Y, 683, "家次", "exact", "惠及企业683家次", False, "actual"),
 ("finance", "“科创贷”贴息" + H, Y, 2350, "万元", "exact", "“科创贷”贴息2,350万元", False, "actual"),
 ("service", "“科创贷”贴息惠及企业" + H, Y, 146, "家", "exact", "惠及企业146家", False, "actual"),
 ("finance", "核定科技创新券额度", Y, 1180, "万元", "exact", "全年核定科技创新券额度1,180万元", False, "budget"),
 ("other", "科技创新券使用率" + H, Y, 76.3, "%", "exact", "上半年使用率76.3%", False, "share"),
 # （二）企业培育
 ("service", "新增市级专精特新中小企业" + H, Y, 127, "家", "exact", "上半年新增市级专精特新中小企业127家", True, "actual"),
 ("service", "新增国家级专精特新“小巨人”企业" + H, Y, 6, "家", "exact", "国家级专精特新“小巨人”企业6家", False, "actual"),
 ("other", "市级专精特新中小企业（累计）", Y, 1046, "家", "exact", "累计分别达到1,046家和78家", False, "actual"),
 ("other", "国家级专精特新“小巨人”企业（累计）", Y, 78, "家", "exact", "累计分别达到1,046家和78家", False, "actual"),
 ("other", "新增上市企业" + H, Y, 2, "家", "exact", "新增上市企业2家", False, "actual"),
 ("other", "新增科创板上市企业" + H, Y, 1, "家", "exact", "其中科创板上市企业1家", False, "actual"),
 # （三）活动
 ("service", "长三角G60科创走廊科技成果拍卖会成交科技成果", Y, 156, "项", "exact", "现场成交科技成果156项", False, "actual"),
 ("finance", "长三角G60科创走廊科技成果拍卖会成交金额", Y, 2.86, "亿元", "exact", "成交金额2.86亿元", False, "actual"),
 ("service", "科技活动周科普活动", Y, 86, "场", "exact", "开展各类科普活动86场", False, "actual"),
 ("service", "科技活动周参与市民", Y, 4.3, "万人次", "exact", "参与市民4.3万人次", False, "actual"),
 ("service", "“创新松江”投融资路演对接会路演项目", Y, 15, "个", "exact", "15个项目现场路演", False, "actual"),
 ("service", "“创新松江”投融资路演对接会投资机构", Y, 42, "家", "exact", "吸引投资机构42家", False, "actual"),
 ("service", "“创新松江”投融资路演对接会参会嘉宾", Y, 300, "人", "over", "参会嘉宾300余人", False, "actual"),
 ("finance", "“创新松江”投融资路演对接会意向融资", Y, 3.5, "亿元", "exact", "达成意向融资3.5亿元", False, "actual"),
 ("service", "“G60杯”创新创业大赛报名项目", Y, 423, "个", "exact", "已有423个项目报名", False, "actual"),
 # （四）载体
 ("other", "新认定区级科技企业孵化器" + H, Y, 3, "家", "exact", "上半年新认定区级科技企业孵化器3家", False, "actual"),
 ("other", "科技企业孵化器和众创空间" + E6, Y, 48, "家", "exact", "全区科技企业孵化器和众创空间总数达到48家", False, "actual"),
 ("other", "国家级科技企业孵化器和众创空间" + E6, Y, 9, "家", "exact", "其中国家级9家", False, "actual"),
 ("other", "在孵企业" + E6, Y, 1520, "家", "over", "在孵企业1,520余家", False, "actual"),
 # （五）人才
 ("people", "新增入选市级以上科技人才计划" + H, Y, 18, "人", "exact", "新增入选市级以上科技人才计划18人", False, "actual"),
 ("people", "新增入选国家级人才计划" + H, Y, 4, "人", "exact", "其中国家级人才计划4人", False, "actual"),
 ("service", "“G60科创人才汇”专场招聘会" + H, Y, 3, "场", "exact", "专场招聘会3场", False, "actual"),
 ("other", "“G60科创人才汇”提供岗位" + H, Y, 2600, "个", "over", "提供岗位2,600余个", False, "actual"),
 ("finance", "人才安居补贴" + H, Y, 486, "万元", "exact", "发放人才安居补贴486万元", False, "actual"),
 ("people", "人才安居补贴惠及人才" + H, Y, 312, "人", "exact", "惠及人才312人", False, "actual"),
 # 三、下半年: full-year 2025 targets
 ("finance", "技术合同成交额（全年目标）", Y, 160, "亿元", "over", "力争全年技术合同成交额突破160亿元", False, "target"),
 ("service", "新增入库科技型中小企业（全年目标）", Y, 1800, "家", "over", "新增入库科技型中小企业1,800家以上", False, "target"),
 ("other", "有效期内高新技术企业（全年目标）", Y, 2800, "家", "over", "有效期内高新技术企业突破2,800家", False, "target"),
 ("service", "新增市级专精特新中小企业（全年目标）", Y, 250, "家", "approx", "新增市级专精特新中小企业250家左右", False, "target"),
 ("finance", "兑现区级科技扶持资金（全年目标）", Y, 2.6, "亿元", "over", "全年兑现区级科技扶持资金不少于2.6亿元", False, "target"),
 ("finance", "“科创贷”新增授信（全年目标）", Y, 10, "亿元", "over", "推动“科创贷”新增授信10亿元以上", False, "target"),
]
docs["n20_songjiang_kw_2025h1"] = dict(
 document="n20_songjiang_kw_2025h1.md", kind="other", unit="上海市松江区科学技术委员会",
 aliases=["区科委", "松江区科委"], year=2025, published="2025-07-18", facts=facts(n20), honours=[])

os.makedirs(os.path.join(HERE, "..", "gold"), exist_ok=True)
for name, d in docs.items():
    with open(os.path.join(HERE, "..", "gold", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(name, len(d["facts"]), sum(f["key"] for f in d["facts"]), len(d["honours"]))
