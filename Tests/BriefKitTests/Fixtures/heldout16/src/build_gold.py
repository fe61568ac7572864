"""Writes gold/n59–n62 from rows typed by hand. Row: (category, subject, year, value, measure, qualifier, quote, key, role).
n61's table facts and all n62 facts are cut from the decoded TAB rows by `trow(L, LABEL, i)`: the row from its start
through cell i (cell 0 = label)."""
import json, os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import decode
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "..", "docs"), os.path.join(HERE, "..", "gold")
FIELDS = ("category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role")
N59, N60, N61, N62 = ("n59_hongkou_swj_yjd2026.txt", "n60_baoshan_zx_dybg2025.txt", "n61_changning_sjj_sjbg2024.txt",
                      "n62_jiading_tjj_api2025.json")
W, X, Y, Z, Q = 2023, 2024, 2025, 2026, 2027
E, T, F = "exact", True, False
O, A, NR, U = "over", "approx", "nearly", "under"


def facts(rows):
    out = []
    for r in rows:
        assert len(r) == 9, r
        out.append(dict(zip(FIELDS, r)))
    return out


def H(title, level, recipient, issuer, year, quote, source="text"):
    return dict(title=title, level=level, recipient=recipient, issuer=issuer, year=year, quote=quote, source=source)


def write(name, top, fs, hs):
    g = dict(top, document=name, facts=fs, honours=hs)
    g = {k: g[k] for k in ("document", "kind", "unit", "aliases", "year", "published", "facts", "honours")}
    with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def trow(L, label, i):
    rows = [l for l in L if "\t" in l and l.split("\t")[0] == label]
    assert len(rows) == 1, label
    return "\t".join(rows[0].split("\t")[: i + 1])


def num(s):
    s = s.replace(",", "")
    return float(s) if "." in s else int(s)


Q1 = "（一季度）"
n59 = [
 ("finance", "商品销售总额" + Q1, Z, 1286.4, "亿元", E, "全区实现商品销售总额1,286.4亿元", T, "actual"),
 ("growth", "商品销售总额同比增长" + Q1, Z, 4.2, "%", E, "1,286.4亿元，同比增长4.2%", T, "change"),
 ("other", "商品销售总额完成全年目标" + Q1, Z, 24.5, "%", E, "完成全年目标的24.5%", F, "share"),
 ("finance", "社会消费品零售总额" + Q1, Z, 152.6, "亿元", E, "全区社会消费品零售总额152.6亿元", T, "actual"),
 ("growth", "社会消费品零售总额同比增长" + Q1, Z, 3.6, "%", E, "152.6亿元，同比增长3.6%", T, "change"),
 ("growth", "社会消费品零售总额增速高于全市平均" + Q1, Z, 1.1, "个百分点", E, "增速高于全市平均1.1个百分点", F, "change"),
 ("finance", "网络零售额" + Q1, Z, 38.2, "亿元", E, "网络零售额38.2亿元", F, "actual"),
 ("growth", "网络零售额同比增长" + Q1, Z, 12.5, "%", E, "同比增长12.5%", F, "change"),
 ("other", "网络零售额占社会消费品零售总额比重" + Q1, Z, 25.0, "%", E, "占社会消费品零售总额的25.0%", F, "share"),
 ("finance", "货物进出口总额" + Q1, Z, 86.3, "亿元", E, "全区货物进出口总额86.3亿元", T, "actual"),
 ("growth", "货物进出口总额同比下降" + Q1, Z, 2.8, "%", E, "同比下降2.8%", T, "change"),
 ("finance", "出口额" + Q1, Z, 31.5, "亿元", E, "其中出口31.5亿元", F, "actual"),
 ("growth", "出口额同比增长" + Q1, Z, 5.1, "%", E, "增长5.1%", F, "change"),
 ("finance", "进口额" + Q1, Z, 54.8, "亿元", E, "进口54.8亿元", F, "actual"),
 ("growth", "进口额同比下降" + Q1, Z, 6.8, "%", E, "下降6.8%", F, "change"),
 ("service", "新设外资企业" + Q1, Z, 46, "家", E, "新设外资企业46家", F, "actual"),
 ("growth", "新设外资企业同比增加" + Q1, Z, 9, "家", E, "同比增加9家", F, "change"),
 ("finance", "实际使用外资" + Q1, Z, 1.82, "亿美元", E, "实际使用外资1.82亿美元", T, "actual"),
 ("other", "实际使用外资完成全年目标" + Q1, Z, 30.3, "%", E, "完成全年目标的30.3%", F, "share"),
 ("finance", "限额以上住宿餐饮业营业额" + Q1, Z, 18.7, "亿元", E, "限额以上住宿餐饮业营业额18.7亿元", F, "actual"),
 ("growth", "限额以上住宿餐饮业营业额同比增长" + Q1, Z, 6.3, "%", E, "同比增长6.3%", F, "change"),
 ("finance", "航运服务业营业收入" + Q1, Z, 412.5, "亿元", E, "航运服务业营业收入412.5亿元", F, "actual"),
 ("growth", "航运服务业营业收入同比增长" + Q1, Z, 7.9, "%", E, "同比增长7.9%", F, "change"),
 ("service", "促消费活动" + Q1, Z, 36, "场", E, "等促消费活动36场", T, "actual"),
 ("finance", "促消费活动带动销售额" + Q1, Z, 5.6, "亿元", A, "带动销售额约5.6亿元", F, "actual"),
 ("service", "发放餐饮消费券" + Q1, Z, 1.2, "万张", E, "发放餐饮消费券1.2万张", F, "actual"),
 ("satisfaction", "餐饮消费券核销率" + Q1, Z, 86.4, "%", E, "核销率86.4%", F, "actual"),
 ("service", "新引进品牌首店" + Q1, Z, 18, "家", E, "新引进品牌首店18家", T, "actual"),
 ("service", "新引进亚洲首店" + Q1, Z, 1, "家", E, "亚洲首店1家", F, "actual"),
 ("service", "新引进全国首店" + Q1, Z, 3, "家", E, "全国首店3家", F, "actual"),
 ("service", "新引进上海首店" + Q1, Z, 14, "家", E, "上海首店14家", F, "actual"),
 ("service", "新引进企业" + Q1, Z, 1152, "户", E, "新引进企业1,152户", T, "actual"),
 ("service", "新引进注册资本1亿元以上企业" + Q1, Z, 12, "户", E, "注册资本1亿元以上企业12户", F, "actual"),
 ("service", "新增总部型企业" + Q1, Z, 3, "家", E, "新增总部型企业3家", F, "actual"),
 ("other", "累计认定区级总部企业", Z, 68, "家", E, "累计认定区级总部企业68家", F, "actual"),
 ("service", "走访重点企业" + Q1, Z, 215, "家次", E, "走访重点企业215家次", F, "actual"),
 ("service", "协调解决企业诉求" + Q1, Z, 64, "个", E, "协调解决企业诉求64个", F, "actual"),
 ("satisfaction", "企业诉求办结率" + Q1, Z, 96.9, "%", E, "办结率96.9%", F, "actual"),
 ("service", "商贸领域安全检查" + Q1, Z, 1030, "家次", E, "开展商贸领域安全检查1,030家次", F, "actual"),
 ("other", "发现安全隐患" + Q1, Z, 427, "处", E, "发现隐患427处", F, "actual"),
 ("other", "已整改安全隐患" + Q1, Z, 412, "处", E, "已整改412处", F, "actual"),
 ("satisfaction", "安全隐患整改率" + Q1, Z, 96.5, "%", E, "整改率96.5%", F, "actual"),
 ("finance", "商品销售总额", Y, 4980.6, "亿元", E, "全区商品销售总额为4,980.6亿元", F, "baseline"),
 ("finance", "社会消费品零售总额", Y, 618.3, "亿元", E, "社会消费品零售总额为618.3亿元", F, "baseline"),
 ("other", "一季度商品销售总额相当于上年全年比重", Z, 25.8, "%", E, "相当于上年全年的25.8%", F, "share"),
 ("finance", "社会消费品零售总额" + Q1, Y, 147.3, "亿元", E, "全区社会消费品零售总额为147.3亿元", F, "baseline"),
 ("finance", "进口额（3月）", Z, 16.9, "亿元", E, "3月当月进口额16.9亿元", F, "actual"),
 ("growth", "进口额环比下降（3月）", Z, 4.5, "%", E, "环比下降4.5%", F, "change"),
 ("service", "重点商圈客流量" + Q1, Z, 1860, "万人次", E, "客流量合计1,860万人次", F, "actual"),
 ("growth", "重点商圈客流量同比下降" + Q1, Z, 3.2, "%", E, "同比下降3.2%", F, "change"),
 ("other", "在建商业项目", Z, 3, "个", E, "3个在建商业项目", F, "actual"),
 ("other", "在建商业项目平均招商率", Z, 61.5, "%", E, "招商率平均为61.5%", F, "actual"),
 ("finance", "商品销售总额（上半年）", Z, 2650, "亿元", O, "上半年商品销售总额达到2,650亿元以上", F, "target"),
 ("finance", "社会消费品零售总额（上半年）", Z, 310, "亿元", A, "社会消费品零售总额达到310亿元左右", F, "target"),
 ("service", "“五五购物节”虹口系列活动（上半年）", Z, 50, "场", O, "计划举办活动50场以上", F, "target"),
 ("service", "新引进品牌首店（二季度）", Z, 15, "家", O, "二季度新引进品牌首店不少于15家", F, "target"),
 ("service", "新引进品牌首店", Z, 60, "家", E, "全年力争达到60家", F, "target"),
 ("finance", "商品销售总额", Z, 5250, "亿元", E, "商品销售总额5,250亿元", F, "target"),
 ("growth", "商品销售总额增长", Z, 5, "%", A, "增长5%左右", F, "target"),
 ("growth", "社会消费品零售总额增长", Z, 4, "%", A, "社会消费品零售总额增长4%左右", F, "target"),
 ("finance", "实际使用外资", Z, 6, "亿美元", E, "实际使用外资6亿美元", F, "target"),
]
n59h = [
 H("2025年度上海市商务系统安全生产工作先进集体", "system", "上海市虹口区商务委员会", "上海市商务委员会", Z,
   "区商务委被市商务委评为“2025年度上海市商务系统安全生产工作先进集体”"),
 H("2025年度上海市夜间经济示范场所", "municipal", "北外滩来福士", None, Z, "北外滩来福士获评“2025年度上海市夜间经济示范场所”"),
]

HY = "（上半年）"
n60 = [
 ("service", "调研走访园区", Y, 14, "个", E, "调研组先后走访园区14个", F, "actual"),
 ("service", "调研走访企业", Y, 38, "家", E, "企业38家", F, "actual"),
 ("service", "调研座谈会", Y, 6, "场", E, "召开座谈会6场", F, "actual"),
 ("other", "科创园区", Y, 32, "个", E, "市、区两级认定的科创园区32个", T, "actual"),
 ("other", "科创园区总建筑面积", Y, 286.4, "万平方米", E, "总建筑面积286.4万平方米", F, "actual"),
 ("other", "科创园区入驻企业", Y, 4215, "家", E, "园区入驻企业4,215家", T, "actual"),
 ("other", "科创园区入驻高新技术企业", Y, 612, "家", E, "其中高新技术企业612家", T, "actual"),
 ("other", "科创园区入驻高新技术企业占比", Y, 14.5, "%", E, "高新技术企业612家，占14.5%", F, "share"),
 ("finance", "科创园区营业收入" + HY, Y, 612.4, "亿元", E, "实现营业收入612.4亿元", T, "actual"),
 ("growth", "科创园区营业收入同比增长" + HY, Y, 7.4, "%", E, "同比增长7.4%", T, "change"),
 ("finance", "科创园区税收" + HY, Y, 27.6, "亿元", E, "园区实现税收27.6亿元", F, "actual"),
 ("other", "科创园区税收占全区税收总额比重" + HY, Y, 18.6, "%", E, "占全区税收总额的18.6%", F, "share"),
 ("other", "入驻企业（上海机器人产业园）", Y, 412, "家", E, "上海机器人产业园入驻企业412家", F, "actual"),
 ("finance", "营业收入（上海机器人产业园）" + HY, Y, 148.6, "亿元", E, "营业收入148.6亿元", F, "actual"),
 ("other", "入驻企业（智慧湾科创园）", Y, 286, "家", E, "智慧湾科创园入驻企业286家", F, "actual"),
 ("finance", "营业收入（智慧湾科创园）" + HY, Y, 21.3, "亿元", E, "营业收入21.3亿元", F, "actual"),
 ("other", "入驻企业（南大智慧城）", Y, 352, "家", E, "南大智慧城入驻企业352家", F, "actual"),
 ("finance", "营业收入（南大智慧城）" + HY, Y, 46.8, "亿元", E, "营业收入46.8亿元", F, "actual"),
 ("other", "入驻企业（三个重点园区合计）", Y, 1050, "家", E, "三个园区入驻企业合计1,050家", F, "actual"),
 ("other", "三个重点园区入驻企业占全区科创园区比重", Y, 24.9, "%", E, "占全区科创园区入驻企业的24.9%", F, "share"),
 ("other", "园区国家级科技企业孵化器", Y, 4, "家", E, "国家级科技企业孵化器4家", F, "actual"),
 ("other", "园区市级孵化器", Y, 11, "家", E, "市级孵化器11家", F, "actual"),
 ("other", "园区国家级众创空间", Y, 6, "家", E, "国家级众创空间6家", F, "actual"),
 ("finance", "科创园区每平方米年营业收入", Y, 4.3, "万元", A, "每平方米年营业收入约4.3万元", F, "actual"),
 ("other", "调研园区平均空置率", Y, 18.5, "%", E, "平均空置率为18.5%", T, "actual"),
 ("growth", "调研园区平均空置率比上年末上升", Y, 2.3, "个百分点", E, "比上年末上升2.3个百分点", F, "change"),
 ("other", "空置率超过25%的园区", Y, 4, "个", E, "其中4个园区空置率", F, "actual"),
 ("other", "主导产业企业占比超过50%的园区", Y, 9, "个", E, "超过50%的仅有9个", F, "actual"),
 ("other", "主导产业企业占比超过50%的园区占比", Y, 28.1, "%", E, "仅有9个，占28.1%", F, "share"),
 ("people", "园区专业运营团队平均人数", Y, 8.6, "人", E, "平均每个园区仅8.6人", F, "actual"),
 ("other", "未配备专职招商人员的园区", Y, 6, "个", E, "有6个园区尚未配备专职招商人员", F, "actual"),
 ("satisfaction", "区级园区扶持资金兑现平均周期", X, 126, "天", E, "兑现平均周期为126天", F, "baseline"),
 ("satisfaction", "区级园区扶持资金兑现率", X, 72.4, "%", E, "兑现率仅为72.4%", F, "baseline"),
 ("other", "园区平均空置率", Q, 12, "%", U, "园区平均空置率降至12%以下", F, "target"),
 ("other", "主导产业特色园区", Q, 12, "个", O, "培育主导产业特色园区12个以上", F, "target"),
 ("other", "科创园区入驻高新技术企业", Q, 800, "家", O, "园区高新技术企业突破800家", F, "target"),
 ("finance", "园区发展专项资金", Z, 1, "亿元", O, "每年不少于1亿元", F, "target"),
 ("satisfaction", "区级园区扶持资金兑现平均周期", Z, 60, "天", U, "兑现周期压缩至60天以内", F, "target"),
 ("satisfaction", "区级园区扶持资金兑现率", Z, 90, "%", O, "兑现率提高到90%以上", F, "target"),
]
n60h = [
 H("国家小型微型企业创业创新示范基地", "national", "上海机器人产业园", None, X,
   "上海机器人产业园2024年获评“国家小型微型企业创业创新示范基地”"),
 H("上海市特色产业园区", "municipal", "智慧湾科创园", None, Y, "智慧湾科创园入选2025年“上海市特色产业园区”"),
]


def n61_rows(L):
    r = [
     ("service", "完成审计项目", X, 38, "个", E, "区审计局共完成审计项目38个", T, "actual"),
     ("service", "预算执行审计项目", X, 12, "个", E, "其中预算执行审计12个", F, "actual"),
     ("service", "经济责任审计项目", X, 9, "个", E, "经济责任审计9个", F, "actual"),
     ("service", "政府投资审计项目", X, 11, "个", E, "政府投资审计11个", F, "actual"),
     ("service", "专项审计项目", X, 6, "个", E, "专项审计6个", F, "actual"),
     ("finance", "审计查出违规问题金额", X, 2.36, "亿元", E, "审计查出违规问题金额2.36亿元", T, "actual"),
     ("finance", "审计查出管理不规范金额", X, 7.84, "亿元", E, "管理不规范金额7.84亿元", T, "actual"),
     ("service", "移送问题线索", X, 5, "件", E, "移送问题线索5件", F, "actual"),
     ("finance", "促进增收节支和挽回损失", X, 1.12, "亿元", E, "促进增收节支和挽回损失1.12亿元", T, "actual"),
     ("finance", "区级一般公共预算收入", X, 312.45, "亿元", E, "区级一般公共预算收入312.45亿元", T, "actual"),
     ("other", "区级一般公共预算收入完成调整预算", X, 100.6, "%", E, "完成调整预算的100.6%", F, "share"),
     ("growth", "区级一般公共预算收入同比增长", X, 3.2, "%", E, "同比增长3.2%", F, "change"),
     ("finance", "区级一般公共预算支出", X, 298.76, "亿元", E, "区级一般公共预算支出298.76亿元", T, "actual"),
     ("other", "区级一般公共预算支出完成调整预算", X, 97.8, "%", E, "完成调整预算的97.8%", F, "share"),
     ("service", "抽查部门（预算编制）", X, 16, "个", E, "抽查的16个部门中", F, "actual"),
     ("other", "年初预算项目执行率低于60%的部门", X, 5, "个", E, "有5个部门年初预算项目执行率", F, "actual"),
     ("finance", "年初预算项目执行率低于60%涉及资金", X, 1.46, "亿元", E, "涉及资金1.46亿元", F, "actual"),
     ("other", "结转两年以上资金未收回统筹的部门", X, 7, "个", E, "有7个部门结转两年以上资金", F, "actual"),
     ("finance", "结转两年以上资金未收回统筹", X, 3182.6, "万元", E, "资金3,182.6万元未按规定收回统筹", F, "actual"),
     ("other", "非税收入未及时缴库单位", X, 2, "个", E, "2个单位非税收入", F, "actual"),
     ("finance", "非税收入滞留单位账户", X, 2046.3, "万元", E, "非税收入2,046.3万元滞留单位账户", F, "actual"),
     ("other", "非税收入最长滞留时间", X, 14, "个月", E, "最长滞留14个月", F, "actual"),
     ("service", "部门预算执行审计部门", X, 12, "个", E, "等12个部门开展预算执行审计", F, "actual"),
     ("finance", "部门预算执行审计查出问题金额", X, 1.28, "亿元", E, "查出问题金额1.28亿元", F, "actual"),
     ("other", "无预算、超预算支出部门", X, 3, "个", E, "一是3个部门", F, "actual"),
     ("finance", "无预算、超预算支出", X, 386.4, "万元", E, "超预算支出386.4万元", F, "actual"),
     ("other", "未执行政府采购规定部门", X, 4, "个", E, "二是4个部门", F, "actual"),
     ("finance", "未执行政府采购规定涉及金额", X, 1562.7, "万元", E, "涉及金额1,562.7万元", F, "actual"),
     ("other", "违规发放津贴补贴部门", X, 2, "个", E, "三是2个部门", F, "actual"),
     ("finance", "违规发放津贴补贴", X, 47.8, "万元", E, "违规发放津贴补贴47.8万元", F, "actual"),
     ("finance", "科技创新和产业发展专项资金安排", X, 9.6, "亿元", E, "两项资金共安排9.6亿元", F, "budget"),
     ("finance", "科技创新和产业发展专项资金实际拨付", X, 8.72, "亿元", E, "实际拨付8.72亿元", F, "actual"),
     ("other", "科技创新和产业发展专项资金拨付率", X, 90.8, "%", E, "拨付率90.8%", F, "share"),
     ("finance", "向不符合条件企业拨付扶持资金", X, 628.5, "万元", E, "拨付扶持资金628.5万元", F, "actual"),
     ("other", "向不符合条件企业拨付扶持资金涉及企业", X, 11, "家", E, "涉及企业11家", F, "actual"),
     ("other", "绩效目标未实现的扶持项目", X, 23, "个", E, "扶持项目绩效目标未实现的23个", F, "actual"),
     ("finance", "绩效目标未实现的扶持项目涉及资金", X, 2315.0, "万元", E, "涉及资金2,315.0万元", F, "actual"),
     ("service", "审计政府投资项目", X, 11, "个", E, "审计政府投资项目11个", F, "actual"),
     ("finance", "政府投资项目送审金额", X, 24.68, "亿元", E, "送审金额24.68亿元", F, "actual"),
     ("finance", "政府投资项目审减金额", X, 1.53, "亿元", E, "审减金额1.53亿元", F, "actual"),
     ("other", "政府投资项目审减率", X, 6.2, "%", E, "审减率6.2%", F, "share"),
     ("finance", "审计查出违规问题金额", X, 23600.0, "万元", E, trow(L, "违规问题", 1), F, "actual"),
     ("other", "违规问题金额占比", X, 23.1, "%", E, trow(L, "违规问题", 2), F, "share"),
     ("finance", "审计查出管理不规范金额", X, 78400.0, "万元", E, trow(L, "管理不规范", 1), F, "actual"),
     ("other", "管理不规范金额占比", X, 76.9, "%", E, trow(L, "管理不规范", 2), F, "share"),
     ("finance", "审计查出问题金额合计", X, 102000.0, "万元", E, trow(L, "合计", 1), T, "actual"),
     ("finance", "已整改问题金额", X, 1.98, "亿元", E, "已整改问题金额1.98亿元", T, "actual"),
     ("other", "已整改问题金额占违规问题金额比重", X, 83.9, "%", E, "占违规问题金额的83.9%", F, "share"),
     ("output", "整改制定完善制度", X, 26, "项", E, "制定完善制度26项", F, "actual"),
     ("people", "追责问责", X, 14, "人", E, "追责问责14人", F, "actual"),
     ("other", "上年度审计工作报告反映问题", X, 126, "个", E, "上年度审计工作报告反映的126个问题", F, "actual"),
     ("other", "上年度审计查出问题已整改", X, 119, "个", E, "已整改119个", F, "actual"),
     ("satisfaction", "上年度审计查出问题整改率", X, 94.4, "%", E, "整改率94.4%", T, "actual"),
     ("growth", "上年度审计查出问题整改率较上年提高", X, 2.6, "个百分点", E, "较上年提高2.6个百分点", F, "change"),
     ("other", "部门预算项目执行率", Y, 90, "%", O, "部门预算项目执行率达到90%以上", F, "target"),
     ("satisfaction", "本次审计查出问题整改率", Y, 95, "%", O, "问题整改率达到95%以上", F, "target"),
    ]
    return r


def n62_rows(L):
    P = "（1—10月）"
    r = []
    spec = [  # label, subject, category, measure, yoy measure, key
     ("规模以上工业总产值", "规模以上工业总产值", "finance", "亿元", "%", T),
     ("其中：轻工业", "轻工业总产值", "finance", "亿元", "%", F),
     ("重工业", "重工业总产值", "finance", "亿元", "%", F),
     ("其中：汽车制造业", "汽车制造业总产值", "finance", "亿元", "%", F),
     ("战略性新兴产业产值", "战略性新兴产业产值", "finance", "亿元", "%", F),
     ("战略性新兴产业产值占比", "战略性新兴产业产值占规模以上工业总产值比重", "other", "%", "个百分点", F),
     ("工业出口交货值", "工业出口交货值", "finance", "亿元", "%", F),
     ("营业收入", "规模以上工业营业收入", "finance", "亿元", "%", T),
     ("利润总额", "规模以上工业利润总额", "finance", "亿元", "%", T),
     ("规模以上工业企业数", "规模以上工业企业", "other", "家", None, F),
     ("其中：亏损企业数", "规模以上工业亏损企业", "other", "家", None, F),
     ("产品销售率", "规模以上工业产品销售率", "other", "%", "个百分点", F),
    ]
    for label, subj, cat, m, ym, key in spec:
        row = [l for l in L if l.split("\t")[0] == label][0].split("\t")
        r.append((cat, subj + P, Y, num(row[1]), m, E, trow(L, label, 1), key,
                  "share" if m == "%" and "占比" in label else "actual"))
        if ym:
            grow = "同比提高" if ym == "个百分点" else "同比增长"
            r.append(("growth", subj + grow + P, Y, num(row[2]), ym, E, trow(L, label, 2), key and label != "营业收入", "change"))
    return r


def main():
    L59 = decode.lines_for(os.path.join(DOCS, N59))
    L61 = decode.lines_for(os.path.join(DOCS, N61))
    L62 = decode.lines_for(os.path.join(DOCS, N62))
    write(N59, dict(kind="other", unit="上海市虹口区商务委员会", aliases=["区商务委", "虹口区商务委员会"], year=Z,
                    published="2026-04-10"), facts(n59), n59h)
    write(N60, dict(kind="other", unit="中国人民政治协商会议上海市宝山区委员会", aliases=["区政协", "政协上海市宝山区委员会",
                    "区政协经济委员会"], year=Y, published="2025-10"), facts(n60), n60h)
    write(N61, dict(kind="other", unit="上海市长宁区审计局", aliases=["区审计局", "长宁区审计局"], year=X,
                    published="2025-08-26"), facts(n61_rows(L61)), [])
    write(N62, dict(kind="other", unit="上海市嘉定区统计局", aliases=[], year=Y, published="2025-11-20"),
          facts(n62_rows(L62)), [])


if __name__ == "__main__":
    main()
