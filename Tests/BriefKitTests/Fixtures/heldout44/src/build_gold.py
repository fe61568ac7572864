#!/usr/bin/env python3
"""Writes gold/ for n171–n174 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
H(title, level, recipient, issuer, year, quote, source="text")
Quotes are exact substrings of one line as check.read gives it (n171 keeps its full-width digits; n174 is the
GB18030-decoded text; n173 quotes never include the "- " bullet or the "1. " list number)."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GOLD = os.path.join(ROOT, "gold")
sys.path.insert(0, ROOT)
from check import NAMES
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


# ---------------------------------------------------------------- n171 长宁区科委 2025 年度工作总结 (full-width digits)
YEAR = 2025
R = "全社会研发经费支出占GDP比重"
n171 = [
    F("honour", "新认定高新技术企业", 126, "家", "exact", "全年新认定高新技术企业１２６家", True),
    F("other", "高新技术企业", 1058, "家", "exact", "有效期内高新技术企业总数达到１，０５８家", True),
    F("finance", "技术合同成交额", 15.68, "亿元", "exact", "技术合同成交额15.68亿元", True),
    F("growth", "技术合同成交额同比增长", 12.4, "%", "exact", "同比增长12.4％", True, "change"),
    F("finance", "区级科技专项资金", 2.36, "亿元", "exact", "拨付区级科技专项资金2.36亿元", True),
    F("service", "区级科技专项资金支持项目", 412, "项", "exact", "支持项目４１２项"),
    F("satisfaction", "企业对科技服务满意度", 97.2, "%", "exact", "企业对科技服务满意度为97.2%", True),
    F("other", "高新技术企业", 982, "家", "exact", "比２０２４年底的９８２家", role="baseline", year=2024),
    F("growth", "高新技术企业比2024年底增加", 76, "家", "exact", "增加７６家", role="change"),
    F("other", "新增市级科技小巨人（含培育）企业", 8, "家", "exact", "新增市级科技小巨人（含培育）企业８家"),
    F("honour", "新增市级专精特新中小企业", 45, "家", "exact", "市级专精特新中小企业４５家"),
    F("service", "登记技术合同", 2135, "项", "exact", "全区登记技术合同２，１３５项"),
    F("finance", "技术合同成交额", 13.95, "亿元", "exact", "比上年的13.95亿元", role="baseline", year=2024),
    F("growth", "技术合同成交额比上年增加", 1.73, "亿元", "exact", "增加1.73亿元", role="change"),
    # ※ `占２成以上` → 2 成 over (QUANTITIES rule 4), a share
    F("other", "输出到长三角地区的技术合同占比", 2, "成", "over", "输出到长三角地区的技术合同占２成以上", role="share"),
    F("output", "专利授权量", 2846, "件", "exact", "全年专利授权量２８４６件"),
    F("output", "发明专利授权量", 1032, "件", "exact", "其中发明专利授权１０３２件"),
    F("other", "发明专利授权量占专利授权量比重", 36.3, "%", "exact", "占36.3%", role="share"),
    F("output", "每万人口高价值发明专利拥有量", 86.5, "件", "exact", "每万人口高价值发明专利拥有量86.5件"),
    F("growth", "每万人口高价值发明专利拥有量较上年增加", 9.8, "件", "exact", "较上年增加9.8件", role="change"),
    F("finance", "发放科技创新券", 3200, "万元", "exact", "发放科技创新券3,200万元"),
    F("service", "科技创新券惠及企业", 586, "家", "exact", "惠及企业５８６家"),
    F("honour", "新增市级众创空间", 3, "家", "exact", "新增市级众创空间３家"),
    F("other", "市级以上众创空间和孵化器", 27, "家", "exact", "全区市级以上众创空间和孵化器达到２７家"),
    F("other", R, 4.12, "%", "exact", "全社会研发经费支出相当于地区生产总值的比例为4.12%"),
    F("growth", R + "比上年提高", 0.15, "个百分点", "exact", "比上年提高0.15个百分点", role="change"),
    F("service", "科普活动", 326, "场", "exact", "全年开展科普活动３２６场"),
    F("service", "科普活动参与群众", 12.6, "万人次", "exact", "参与群众12.6万人次"),
    F("other", "公民具备科学素质的比例", 25.8, "%", "exact", "全区公民具备科学素质的比例达到25.8%"),
    F("service", "科技服务进园区活动", 48, "场", "exact", "开展“科技服务进园区”活动４８场"),
    F("service", "走访企业", 612, "家次", "exact", "走访企业６１２家次"),
    F("service", "解决企业诉求", 205, "件", "exact", "解决企业诉求２０５件"),
    # 三、下一步工作打算 (no year in the heading): targets of 2026
    F("honour", "新认定高新技术企业", 130, "家", "over", "力争新认定高新技术企业１３０家以上", role="target", year=2026),
    F("other", "高新技术企业", 1100, "家", "over", "有效期内高新技术企业总数突破１，１００家", role="target", year=2026),
    F("finance", "技术合同成交额", 18, "亿元", "exact", "技术合同成交额力争达到18亿元", role="target", year=2026),
    F("growth", "技术合同成交额同比增长", 15, "%", "approx", "同比增长15%左右", role="target", year=2026),
    F("other", R, 4.2, "%", "approx", "地区生产总值的比例达到4.2%左右", role="target", year=2026),
    F("other", "新增市级以上众创空间和孵化器", 4, "家", "exact", "新增市级以上众创空间和孵化器４家", role="target", year=2026),
    F("service", "科普活动", 350, "场", "over", "全年开展科普活动３５０场以上", role="target", year=2026),
]
h171 = [
    H("全国科普日活动优秀组织单位", "national", "上海市长宁区科学技术委员会", "中国科学技术协会", 2025,
      "区科委荣获中国科学技术协会“全国科普日活动优秀组织单位”称号"),
    H("２０２５年度上海市科技管理工作先进集体", "municipal", "上海市长宁区科学技术委员会", "上海市科学技术委员会", 2025,
      "区科委被上海市科学技术委员会评为“２０２５年度上海市科技管理工作先进集体”"),
]
write(NAMES[0], "work-summary", "上海市长宁区科学技术委员会", ["区科委"], 2025, "2026-01-12", n171, h171)

# ---------------------------------------------------------------- n172 市经济信息化委 工业互联网 2025 成效 (HTML)
YEAR = 2025
S, D = "工业互联网核心产业规模", "规模以上工业企业数字化转型比例"
n172 = [
    F("finance", S, 1856, "亿元", "exact", "全市工业互联网核心产业规模达到1,856亿元", True),
    F("growth", S + "同比增长", 11.2, "%", "exact", "同比增长11.2%", True, "change"),
    F("finance", S, 1669, "亿元", "exact", "较2024年的1,669亿元", role="baseline", year=2024),
    F("growth", S + "比上年增加", 187, "亿元", "exact", "增加187亿元", role="change"),
    # ※ the national figure: a 全国… subject, never key
    F("finance", "全国" + S, 1.53, "万亿元", "approx", "全国工业互联网核心产业规模约1.53万亿元"),
    F("other", S + "占全国比重", 12.1, "%", "exact", "本市占全国的12.1%", role="share"),
    F("other", D, 72.5, "%", "exact", "规模以上工业企业数字化转型比例达到72.5%", True),
    F("other", D, 68.2, "%", "exact", "2024年为68.2%", role="baseline", year=2024),
    F("growth", D + "比上年提高", 4.3, "个百分点", "exact", "比上年提高4.3个百分点", True, "change"),
    F("other", "工业互联网平台", 32, "个", "exact", "工业互联网平台32个", True),
    F("honour", "国家级跨行业跨领域工业互联网平台", 6, "个", "exact", "其中国家级跨行业跨领域工业互联网平台6个"),
    F("growth", "国家级跨行业跨领域工业互联网平台比上年增加", 1, "个", "exact", "比上年增加1个", role="change"),
    F("other", "重点平台连接工业设备", 1350, "万台（套）", "over", "重点平台连接工业设备超过1,350万台（套）"),
    F("growth", "重点平台连接工业设备同比增长", 18.4, "%", "exact", "同比增长18.4%", role="change"),
    F("service", "工业互联网平台服务中小企业", 3.8, "万家", "exact", "服务中小企业3.8万家"),
    F("growth", "工业互联网平台服务中小企业同比增长", 15.2, "%", "exact", "同比增长15.2%", role="change"),
    F("other", "工业互联网标识解析二级节点", 28, "个", "exact", "建成工业互联网标识解析二级节点28个"),
    F("other", "标识解析二级节点覆盖重点行业", 24, "个", "exact", "等24个重点行业"),
    F("other", "标识注册量", 186.5, "亿个", "exact", "标识注册量累计达到186.5亿个"),
    F("other", "标识解析量", 68.2, "亿次", "exact", "全年标识解析量68.2亿次"),
    F("growth", "标识解析量同比增长", 38.6, "%", "exact", "同比增长38.6%", role="change"),
    F("other", "新建5G工厂", 86, "家", "exact", "新建5G工厂86家"),
    F("other", "5G行业虚拟专网", 512, "张", "exact", "累计建成5G行业虚拟专网512张"),
    F("honour", "新认定市级智能工厂", 85, "家", "exact", "全年新认定市级智能工厂85家"),
    F("other", "市级智能工厂", 365, "家", "exact", "累计达到365家"),
    F("other", "市级智能工厂", 280, "家", "exact", "2024年底为280家", role="baseline", year=2024),
    F("other", "市级工业互联网标杆示范场景", 120, "个", "exact", "遴选市级工业互联网标杆示范场景120个"),
    F("honour", "入选工业互联网试点示范项目企业", 12, "家", "exact", "上海电气等12家企业"),
    F("honour", "入选工业互联网试点示范项目", 15, "个", "exact", "15个项目入选"),
    F("service", "专项资金支持工业互联网项目", 146, "个", "exact", "全年支持工业互联网项目146个"),
    F("finance", "专项资金支持工业互联网项目资金", 5.8, "亿元", "exact", "安排支持资金5.8亿元"),
    F("finance", "带动企业投资", 46.4, "亿元", "exact", "带动企业投资46.4亿元"),
    F("service", "中国工业互联网大赛上海赛区参赛项目", 1260, "个", "exact", "吸引参赛项目1,260个"),
    F("service", "工业互联网专题培训", 216, "场", "exact", "全年开展工业互联网专题培训216场"),
    F("people", "工业互联网专题培训人员", 2.6, "万人次", "exact", "培训企业管理和技术人员2.6万人次"),
    F("finance", S, 2500, "亿元", "over", "工业互联网核心产业规模突破2,500亿元", role="target", year=2027),
    F("other", D, 85, "%", "exact", "规模以上工业企业数字化转型比例达到85%", role="target", year=2027),
]
h172 = [
    H("2025年工业互联网试点示范项目", "national", "上海电气等12家企业", "工业和信息化部", 2025,
      "上海电气等12家企业的15个项目入选工业和信息化部“2025年工业互联网试点示范项目”"),
]
write(NAMES[1], "other", "上海市经济和信息化委员会", ["市经济信息化委"], 2025, "2026-01-20", n172, h172)

# ---------------------------------------------------------------- n173 华鉴测评 2024 社会责任报告 (Markdown)
YEAR = 2024
n173 = [
    F("other", "分公司", 2, "家", "exact", "设有分公司2家"),
    # 关键绩效 (bulleted list): 2024 values (key where headline), (2023年：…) baselines
    F("finance", "营业收入", 3.2, "亿元", "exact", "营业收入：3.2亿元", True),
    F("finance", "营业收入", 2.9, "亿元", "exact", "2023年：2.9亿元", role="baseline", year=2023),
    F("finance", "利润总额", 4650, "万元", "exact", "利润总额：4,650万元", True),
    F("finance", "利润总额", 4120, "万元", "exact", "2023年：4,120万元", role="baseline", year=2023),
    F("finance", "上缴税费", 2180, "万元", "exact", "上缴税费：2,180万元"),
    F("finance", "上缴税费", 1960, "万元", "exact", "2023年：1,960万元", role="baseline", year=2023),
    F("service", "完成软件测评项目", 2368, "项", "exact", "完成软件测评项目：2,368项", True),
    F("service", "完成软件测评项目", 2105, "项", "exact", "2023年：2,105项", role="baseline", year=2023),
    F("service", "服务客户", 1126, "家", "exact", "服务客户：1,126家", True),
    F("service", "服务客户", 1018, "家", "exact", "2023年：1,018家", role="baseline", year=2023),
    F("satisfaction", "客户满意度", 98.1, "%", "exact", "客户满意度：98.1%", True),
    F("satisfaction", "客户满意度", 97.6, "%", "exact", "2023年：97.6%", role="baseline", year=2023),
    F("finance", "研发投入", 3520, "万元", "exact", "研发投入：3,520万元"),
    F("other", "研发投入占营业收入比重", 11.0, "%", "exact", "占营业收入的11.0%", role="share"),
    # ※ the bullet's (2023年：10.4%) is the 2023 share, a baseline
    F("other", "研发投入占营业收入比重", 10.4, "%", "exact", "2023年：10.4%", role="baseline", year=2023),
    F("people", "员工总数", 486, "人", "exact", "员工总数：486人"),
    F("people", "员工总数", 452, "人", "exact", "2023年：452人", role="baseline", year=2023),
    F("growth", "营业收入同比增长", 10.3, "%", "exact", "营业收入同比增长10.3%", True, "change"),
    F("growth", "利润总额同比增长", 12.9, "%", "exact", "利润总额同比增长12.9%", role="change"),
    F("growth", "完成软件测评项目同比增长", 12.5, "%", "exact", "完成软件测评项目同比增长12.5%", role="change"),
    F("service", "信创适配测评项目", 612, "项", "exact", "其中信创适配测评项目612项"),
    F("other", "信创适配测评项目占比", 25.8, "%", "exact", "占25.8%", role="share"),
    F("growth", "客户满意度较上年提高", 0.5, "个百分点", "exact", "客户满意度较上年提高0.5个百分点", role="change"),
    F("output", "出具测评报告", 3416, "份", "exact", "全年出具测评报告3,416份"),
    F("satisfaction", "报告一次交付合格率", 99.6, "%", "exact", "报告一次交付合格率99.6%"),
    F("output", "参与制定国家标准", 3, "项", "exact", "公司参与制定国家标准3项"),
    F("output", "参与制定行业标准", 5, "项", "exact", "行业标准5项"),
    F("output", "新取得软件著作权", 28, "件", "exact", "新取得软件著作权28件"),
    F("output", "新获授权发明专利", 6, "件", "exact", "新获授权发明专利6件"),
    F("people", "员工总数", 486, "人", "exact", "公司员工总数486人"),
    F("people", "硕士及以上学历员工", 158, "人", "exact", "其中硕士及以上学历158人"),
    F("other", "硕士及以上学历员工占比", 32.5, "%", "exact", "占32.5%", role="share"),
    F("people", "女性员工", 205, "人", "exact", "女性员工205人"),
    F("other", "女性员工占比", 42.2, "%", "exact", "占42.2%", role="share"),
    F("people", "新招聘高校毕业生", 46, "人", "exact", "全年新招聘高校毕业生46人"),
    F("other", "劳动合同签订率", 100, "%", "exact", "劳动合同签订率和社会保险覆盖率均为100%"),
    F("other", "社会保险覆盖率", 100, "%", "exact", "劳动合同签订率和社会保险覆盖率均为100%"),
    F("people", "员工培训", 1.8, "万学时", "exact", "全年组织培训1.8万学时"),
    F("people", "员工人均培训", 37.0, "学时", "exact", "人均培训37.0学时"),
    F("finance", "公益捐赠", 38, "万元", "exact", "全年公益捐赠38万元"),
    F("other", "员工志愿服务时长", 1260, "小时", "exact", "组织员工志愿服务1,260小时"),
    F("service", "网络安全进校园活动中小学", 12, "所", "exact", "为12所中小学"),
    F("finance", "营业收入", 3.6, "亿元", "exact", "公司力争营业收入达到3.6亿元", role="target", year=2025),
    F("service", "完成软件测评项目", 2600, "项", "over", "完成软件测评项目2,600项以上", role="target", year=2025),
]
U173 = "上海华鉴软件测评技术有限公司"
h173 = [
    H("国家级专精特新“小巨人”企业", "national", U173, "工业和信息化部", 2024,
      "华鉴测评被工业和信息化部认定为国家级专精特新“小巨人”企业"),
    H("2024年度上海市软件和信息技术服务业质量标杆企业", "other", U173, "上海市软件行业协会", 2024,
      "华鉴测评获评上海市软件行业协会“2024年度上海市软件和信息技术服务业质量标杆企业”"),
    H("上海市工人先锋号", "municipal", "测评中心", "上海市总工会", 2024, "测评中心获评上海市总工会“上海市工人先锋号”"),
    H("上海市五四红旗团组织", "municipal", "公司团委", "共青团上海市委员会", 2024,
      "公司团委获评共青团上海市委员会“上海市五四红旗团组织”"),
]
write(NAMES[2], "csr-report", U173, ["华鉴测评"], 2024, "2025-05-28", n173, h173)

# ---------------------------------------------------------------- n174 市科技创新服务中心 2023 部门预算 (GB18030)
YEAR = 2023
n174 = [
    F("other", "内设部门", 7, "个", "exact", "等7个部门"),
    F("people", "核定事业编制", 52, "名", "exact", "核定事业编制52名"),
    F("people", "在编人员", 49, "名", "exact", "编制范围的在编人员49名"),
    F("finance", "收入预算", 6842.57, "万元", "exact", "2023年收入预算总额6,842.57万元", True),
    F("finance", "收入预算", 6330.21, "万元", "exact", "2022年预算6,330.21万元", role="baseline", year=2022),
    F("growth", "收入预算比2022年预算增加", 512.36, "万元", "exact", "比2022年预算增加512.36万元", role="change"),
    F("growth", "收入预算比2022年预算增长", 8.1, "%", "exact", "增长8.1%", True, "change"),
    F("finance", "财政拨款收入", 5926.4, "万元", "exact", "财政拨款收入5,926.40万元", True),
    F("growth", "财政拨款收入比2022年预算增加", 438.9, "万元", "exact", "比2022年预算增加438.90万元", role="change"),
    F("growth", "财政拨款收入比2022年预算增长", 8.0, "%", "exact", "增长8.0%", role="change"),
    F("other", "财政拨款收入占收入预算比重", 86.6, "%", "exact", "占收入预算总额的86.6%", role="share"),
    F("finance", "事业收入", 786.17, "万元", "exact", "事业收入786.17万元"),
    F("growth", "事业收入比2022年预算增加", 83.46, "万元", "exact", "比2022年预算增加83.46万元", role="change"),
    F("growth", "事业收入比2022年预算增长", 11.9, "%", "exact", "增长11.9%", role="change"),
    F("finance", "其他收入", 130.0, "万元", "exact", "其他收入130.00万元"),
    F("growth", "其他收入比2022年预算减少", 10.0, "万元", "exact", "比2022年预算减少10.00万元", role="change"),
    F("finance", "支出预算", 6842.57, "万元", "exact", "2023年支出预算总额6,842.57万元", True),
    F("finance", "基本支出", 2315.82, "万元", "exact", "基本支出2,315.82万元"),
    F("other", "基本支出占支出预算比重", 33.8, "%", "exact", "占33.8%", role="share"),
    F("finance", "项目支出", 4526.75, "万元", "exact", "项目支出4,526.75万元"),
    F("other", "项目支出占支出预算比重", 66.2, "%", "exact", "占66.2%", role="share"),
    F("finance", "科学技术支出", 6104.35, "万元", "exact", "科学技术支出6,104.35万元"),
    F("finance", "社会保障和就业支出", 392.1, "万元", "exact", "社会保障和就业支出392.10万元"),
    F("finance", "住房保障支出", 346.12, "万元", "exact", "住房保障支出346.12万元"),
    F("finance", "“三公”经费财政拨款预算", 3.2, "万元", "exact", "2023年“三公”经费财政拨款预算3.20万元", True),
    F("growth", "“三公”经费财政拨款预算比2022年预算减少", 0.8, "万元", "exact", "比2022年预算减少0.80万元", role="change"),
    # ※ zero amounts are labelled (value 0); the zero vehicle count `车辆0辆` is not (seed 004's convention)
    F("finance", "因公出国（境）费", 0, "万元", "exact", "因公出国（境）费0万元"),
    F("finance", "公务用车购置及运行费", 0, "万元", "exact", "公务用车购置及运行费0万元"),
    F("finance", "公务接待费", 3.2, "万元", "exact", "公务接待费3.20万元"),
    F("finance", "政府采购预算", 865.0, "万元", "exact", "2023年政府采购预算865.00万元", True),
    F("finance", "货物类政府采购预算", 312.5, "万元", "exact", "货物类312.50万元"),
    F("finance", "服务类政府采购预算", 552.5, "万元", "exact", "服务类552.50万元"),
    F("other", "实行绩效目标管理项目", 18, "个", "exact", "实行绩效目标管理的项目18个"),
    F("finance", "实行绩效目标管理项目预算资金", 4526.75, "万元", "exact", "涉及项目预算资金4,526.75万元"),
    F("other", "实行绩效目标管理项目预算资金占项目支出比重", 100, "%", "exact", "占项目支出的100%", role="share"),
    F("other", "重点绩效评价项目", 3, "个", "exact", "其中重点绩效评价项目3个"),
    # ※ stocks as at 2022-12-31: year 2022, role baseline; the 单价50万元/100万元 thresholds are not facts
    F("other", "单价50万元以上通用设备", 6, "台（套）", "exact", "单价50万元以上通用设备6台（套）", role="baseline", year=2022),
    F("other", "单价100万元以上专用设备", 2, "台（套）", "exact", "单价100万元以上专用设备2台（套）", role="baseline", year=2022),
]
write(NAMES[3], "budget", "上海市科技创新服务中心", ["中心"], 2023, "2023-02", n174, [])
