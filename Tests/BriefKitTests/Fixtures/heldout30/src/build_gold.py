#!/usr/bin/env python3
"""Writes gold/ for n115–n118 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
H(title, level, recipient, issuer, year, quote, source="text")
n116's pipe-table facts quote the row from its label cell through the value cell (`电磁兼容 | 1.38 | 5,920`);
n117's table facts quote text inside one cell of the .docx table (never across cells).
"""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GOLD = os.path.join(ROOT, "gold")
YEAR = 2025


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


T = "target"
# ---------------------------------------------------------------- n115 工作简报 (other)
# ※ key facts: the 区科委's own item (一、, its first paragraph); the other bodies' items are key false.
# ※ subjects of other bodies start with the body; month windows: `11月` (当月) and `1—11月` (cumulative) in the subject.
N115 = "n115_songjiang_kw_gzjb2025.txt"
n115 = [
    # 一、区科委11月重点工作进展 — first paragraph (key)
    F("other", "11月完成科技型中小企业评价入库", 198, "家", "exact", "区科委完成科技型中小企业评价入库198家", True),
    F("finance", "11月兑付科技创新券", 312.4, "万元", "exact", "兑付科技创新券312.4万元", True),
    F("service", "11月科技创新券惠及企业", 87, "家", "exact", "惠及企业87家", True),
    F("other", "1—11月新增科技型中小企业评价入库", 1742, "家", "exact", "全区累计新增科技型中小企业评价入库1,742家", True),
    F("growth", "1—11月新增科技型中小企业评价入库同比增长", 10.6, "%", "exact", "1,742家，同比增长10.6%", True, "change"),
    F("finance", "1—11月技术合同成交额", 218.5, "亿元", "exact", "技术合同成交额218.5亿元", True),
    F("growth", "1—11月技术合同成交额同比增长", 13.2, "%", "exact", "218.5亿元，同比增长13.2%", True, "change"),
    F("finance", "技术合同成交额", 240, "亿元", "exact", "完成全年目标240亿元", role=T),
    F("other", "1—11月技术合同成交额完成全年目标比例", 91.0, "%", "exact", "240亿元的91.0%", True, "share"),
    # 一、second paragraph (当月 = 11月)
    F("service", "11月受理科技型中小企业评价入库申请", 216, "家", "exact", "受理科技型中小企业评价入库申请216家"),
    F("service", "11月高新技术企业认定材料初审", 54, "家", "exact", "组织高新技术企业认定材料初审54家"),
    F("service", "11月“科技政策进园区”宣讲", 4, "场", "exact", "开展“科技政策进园区”宣讲4场"),
    F("service", "11月“科技政策进园区”宣讲参加企业", 160, "家", "over", "参加企业160余家"),
    # 二、方松街道
    F("other", "方松街道商务楼宇", 18, "幢", "exact", "依托辖区18幢商务楼宇"),
    F("service", "方松街道11月走访楼宇企业", 126, "家", "exact", "街道走访楼宇企业126家"),
    F("service", "方松街道11月收集企业需求", 43, "条", "exact", "收集企业需求43条"),
    F("service", "方松街道11月协调解决企业需求", 38, "条", "exact", "已协调解决38条"),
    F("satisfaction", "方松街道11月企业需求解决率", 88.4, "%", "exact", "解决率88.4%"),
    F("service", "方松街道11月推荐申报科技型中小企业评价企业", 11, "家", "exact", "推荐11家企业申报科技型中小企业评价"),
    # 三、漕河泾开发区松江园区 (截至11月底 stocks: 2025, no window)
    F("other", "漕河泾开发区松江园区入驻科技型企业", 412, "家", "exact", "漕河泾开发区松江园区入驻科技型企业412家"),
    F("other", "漕河泾开发区松江园区高新技术企业", 136, "家", "exact", "其中高新技术企业136家"),
    F("other", "漕河泾开发区松江园区高新技术企业占入驻科技型企业比重", 33.0, "%", "exact", "136家，占33.0%", role="share"),
    F("finance", "漕河泾开发区松江园区1—11月技术合同成交额", 26.8, "亿元", "exact", "园区企业技术合同成交额26.8亿元"),
    F("growth", "漕河泾开发区松江园区1—11月技术合同成交额同比增长", 18.6, "%", "exact", "26.8亿元，同比增长18.6%",
      role="change"),
    F("other", "漕河泾开发区松江园区科创载体二期新增研发办公面积", 4.2, "万平方米", "exact", "新增研发办公面积4.2万平方米"),
    # 四、云间科技企业孵化器
    F("other", "云间科技企业孵化器运营面积", 1.6, "万平方米", "exact", "该孵化器运营面积1.6万平方米"),
    F("other", "云间科技企业孵化器在孵企业", 68, "家", "exact", "现有在孵企业68家"),
    F("other", "云间科技企业孵化器新增毕业企业", 9, "家", "exact", "2025年新增毕业企业9家"),
    F("finance", "云间科技企业孵化器在孵企业累计获得股权融资", 2.35, "亿元", "exact", "累计获得股权融资2.35亿元"),
    F("finance", "星衍智能A轮融资", 5000, "万元", "exact", "星衍智能获得A轮融资5,000万元"),
    # 五、凌云机器人
    F("finance", "凌云机器人1—11月营业收入", 10.97, "亿元", "exact", "实现营业收入10.97亿元"),
    F("growth", "凌云机器人1—11月营业收入同比增长", 21.3, "%", "exact", "10.97亿元，同比增长21.3%", role="change"),
    F("finance", "凌云机器人1—11月研发投入", 1.36, "亿元", "exact", "研发投入1.36亿元"),
    F("other", "凌云机器人1—11月研发投入占营业收入比重", 12.4, "%", "exact", "占营业收入的12.4%", role="share"),
    F("output", "凌云机器人1—11月新增授权发明专利", 27, "件", "exact", "新增授权发明专利27件"),
    F("output", "凌云机器人有效发明专利", 186, "件", "exact", "累计拥有有效发明专利186件"),
    # 六、岳阳街道
    F("service", "岳阳街道11月“科普进社区”活动", 14, "场", "exact", "开展“科普进社区”系列活动14场"),
    F("service", "岳阳街道11月“科普进社区”活动参与居民", 2300, "人次", "approx", "参与居民约2,300人次"),
    F("people", "岳阳街道社区科普志愿者", 174, "人", "exact", "街道社区科普志愿者已达174人"),
    F("service", "岳阳街道1—11月科普活动", 132, "场", "exact", "街道累计开展科普活动132场"),
    F("service", "岳阳街道1—11月科普活动参与居民", 2.1, "万人次", "approx", "参与居民约2.1万人次"),
    # 七、第三届大赛 (the prize counts are honour counts)
    F("service", "第三届松江区科技创新创业大赛征集项目", 268, "个", "exact", "本届大赛共征集项目268个"),
    F("service", "第三届松江区科技创新创业大赛进入决赛项目", 30, "个", "exact", "30个项目进入决赛"),
    F("honour", "第三届松江区科技创新创业大赛一等奖", 3, "个", "exact", "评出一等奖3个"),
    F("honour", "第三届松江区科技创新创业大赛二等奖", 6, "个", "exact", "二等奖6个"),
    F("honour", "第三届松江区科技创新创业大赛三等奖", 9, "个", "exact", "三等奖9个"),
    F("finance", "第三届松江区科技创新创业大赛获奖项目区级资金支持", 360, "万元", "exact", "获得总额360万元的区级资金支持"),
    # 八、下期预告 (plans of the same year ※)
    F("other", "第二批区级企业研发机构认定", 12, "家", "exact", "拟认定12家", role=T),
    F("service", "组织企业赴长三角G60科创走廊城市技术对接", 30, "家", "exact", "区科委将组织30家企业", role=T),
]
n115h = [
    H("市级科技企业孵化器", "municipal", "云间科技企业孵化器", "上海市科学技术委员会", 2025,
      "云间科技企业孵化器通过认定，成为松江区第9家市级科技企业孵化器"),
    H("专精特新“小巨人”企业", "national", "上海凌云机器人科技有限公司", "工业和信息化部", 2025,
      "公司入选工业和信息化部第七批专精特新“小巨人”企业名单"),
]
write(N115, "other", "上海市松江区科学技术委员会", ["区科委"], 2025, "2025-12-12", n115, n115h)

# ---------------------------------------------------------------- n116 三季度工作报告 (work-summary ※)
# ※ 1—9月 cumulative figures and 三季度 single-quarter figures are 2025 with the window in the subject; 上年同期 is 2024;
# 全年目标 and the 四季度 plans are targets of 2025 itself; key facts: the 一、总体情况 opening paragraph.
N116 = "n116_seiqc_jdbg2025.md"
n116 = [
    F("service", "1—9月完成检测报告", 4.28, "万份", "exact", "中心累计完成检测报告4.28万份", True),
    F("growth", "1—9月完成检测报告同比增长", 9.7, "%", "exact", "4.28万份，同比增长9.7%", True, "change"),
    F("service", "完成检测报告", 5.6, "万份", "exact", "完成全年目标（5.6万份）", role=T),
    F("other", "1—9月完成检测报告完成全年目标比例", 76.4, "%", "exact", "（5.6万份）的76.4%", True, "share"),
    F("finance", "1—9月检测业务收入", 1.86, "亿元", "exact", "实现检测业务收入1.86亿元", True),
    F("growth", "1—9月检测业务收入同比增长", 7.5, "%", "exact", "1.86亿元，同比增长7.5%", True, "change"),
    F("finance", "检测业务收入", 2.5, "亿元", "exact", "完成全年目标（2.5亿元）", role=T),
    F("other", "1—9月检测业务收入完成全年目标比例", 74.4, "%", "exact", "（2.5亿元）的74.4%", True, "share"),
    F("service", "三季度完成检测报告", 1.52, "万份", "exact", "三季度完成检测报告1.52万份", True),
    F("service", "三季度完成检测报告", 1.36, "万份", "exact", "（上年同期为1.36万份）", role="baseline", year=2024),
    F("growth", "三季度完成检测报告同比增长", 11.8, "%", "exact", "1.36万份），同比增长11.8%", True, "change"),
    # second paragraph of 一、
    F("finance", "三季度检测业务收入", 6850, "万元", "exact", "三季度，中心实现检测业务收入6,850万元"),
    F("growth", "三季度检测业务收入同比增长", 8.9, "%", "exact", "6,850万元，同比增长8.9%", role="change"),
    F("service", "三季度服务客户", 1264, "家", "exact", "服务客户1,264家"),
    F("service", "三季度新增客户", 218, "家", "exact", "其中新增客户218家"),
    F("service", "1—9月服务客户", 3126, "家", "exact", "1—9月累计服务客户3,126家"),
    F("growth", "1—9月服务客户同比增长", 6.3, "%", "exact", "3,126家，同比增长6.3%", role="change"),
    # 二、pipe table (measure from the header's brackets, as heldout23's n89)
    F("service", "1—9月电磁兼容检测报告", 1.38, "万份", "exact", "电磁兼容 | 1.38"),
    F("finance", "1—9月电磁兼容检测业务收入", 5920, "万元", "exact", "电磁兼容 | 1.38 | 5,920"),
    F("service", "1—9月信息安全检测报告", 0.94, "万份", "exact", "信息安全 | 0.94"),
    F("finance", "1—9月信息安全检测业务收入", 4680, "万元", "exact", "信息安全 | 0.94 | 4,680"),
    F("service", "1—9月软件测评检测报告", 1.12, "万份", "exact", "软件测评 | 1.12"),
    F("finance", "1—9月软件测评检测业务收入", 4350, "万元", "exact", "软件测评 | 1.12 | 4,350"),
    F("service", "1—9月环境与可靠性检测报告", 0.84, "万份", "exact", "环境与可靠性 | 0.84"),
    F("finance", "1—9月环境与可靠性检测业务收入", 3650, "万元", "exact", "环境与可靠性 | 0.84 | 3,650"),
    F("service", "1—9月完成检测报告", 4.28, "万份", "exact", "合计 | 4.28"),
    F("finance", "1—9月检测业务收入", 18600, "万元", "exact", "合计 | 4.28 | 18,600"),
    F("growth", "1—9月信息安全检测报告同比增长", 24.6, "%", "exact", "检测报告同比增长24.6%", role="change"),
    F("growth", "1—9月软件测评检测报告同比下降", 3.2, "%", "exact", "检测报告同比下降3.2%", role="change"),
    # 三、能力建设
    F("other", "三季度新增CNAS认可检测项目", 36, "项", "exact", "新增CNAS认可检测项目36项"),
    F("other", "CNAS认可检测项目", 1248, "项", "exact", "累计达到1,248项"),
    F("other", "三季度新增CMA资质认定参数", 52, "个", "exact", "新增CMA资质认定参数52个"),
    F("service", "三季度参加能力验证和实验室间比对", 17, "项", "exact", "参加能力验证和实验室间比对17项"),
    # 四、科研与标准
    F("output", "1—9月主持或参与制修订标准", 9, "项", "exact", "主持或参与制修订标准9项"),
    F("output", "1—9月主持或参与制修订国家标准", 3, "项", "exact", "其中国家标准3项"),
    F("output", "1—9月获得授权发明专利", 6, "件", "exact", "获得授权发明专利6件"),
    # 五、客户服务与队伍建设
    F("satisfaction", "1—9月客户满意度", 96.8, "%", "exact", "客户满意度为96.8%"),
    F("growth", "1—9月客户满意度比上年同期提高", 0.6, "个百分点", "exact", "比上年同期提高0.6个百分点", role="change"),
    F("satisfaction", "1—9月检测报告平均出具周期", 5.2, "个工作日", "exact", "平均出具周期为5.2个工作日"),
    F("growth", "1—9月检测报告平均出具周期比上年同期缩短", 0.8, "个工作日", "exact", "比上年同期缩短0.8个工作日",
      role="change"),
    F("people", "在职职工", 386, "人", "exact", "中心在职职工386人"),
    F("people", "硕士及以上学历职工", 152, "人", "exact", "其中硕士及以上学历152人"),
    F("other", "硕士及以上学历职工占比", 39.4, "%", "exact", "152人，占39.4%", role="share"),
    # 六、四季度工作计划 (targets of 2025 ※)
    F("service", "四季度完成检测报告", 1.32, "万份", "over", "完成检测报告1.32万份以上", role=T),
    F("service", "完成检测报告", 5.6, "万份", "exact", "确保全年完成5.6万份", role=T),
    F("finance", "四季度检测业务收入", 6400, "万元", "over", "实现检测业务收入6,400万元以上", role=T),
    F("finance", "检测业务收入", 2.5, "亿元", "exact", "全年检测业务收入力争达到2.5亿元", role=T),
    F("other", "四季度新增CNAS认可检测项目", 20, "项", "over", "新增CNAS认可检测项目不少于20项", role=T),
]
n116h = [H("上海市工人先锋号", "municipal", "电磁兼容实验室", None, 2025, "中心电磁兼容实验室获评“上海市工人先锋号”")]
write(N116, "work-summary", "上海市电子信息产品质量检测中心", [], 2025, "2025-10-15", n116, n116h)

# ---------------------------------------------------------------- n117 完成情况表 (.docx, work-summary ※)
# ※ 年度目标 cells: targets of 2025 itself; 完成情况 cells: actuals; 完成率 cells: shares (`<指标>完成年度目标比例`).
# Key facts: the intro paragraph that gives the totals (the table's copies are key false).
N117 = "n117_minhang_kw_mbwc2025.docx"
n117 = [
    # intro (key)
    F("other", "重点工作目标任务", 18, "项", "exact", "下达的重点工作目标任务18项", True),
    F("other", "已完成的重点工作目标任务", 16, "项", "exact", "已完成16项", True),
    F("other", "重点工作目标任务完成率", 88.9, "%", "exact", "16项，完成率88.9%", True, "share"),
    F("finance", "技术合同成交额", 312.6, "亿元", "exact", "全区技术合同成交额312.6亿元", True),
    F("other", "有效期内高新技术企业", 2386, "家", "exact", "有效期内高新技术企业达到2,386家", True),
    F("other", "新增科技型中小企业评价入库", 2148, "家", "exact", "新增科技型中小企业评价入库2,148家", True),
    # second paragraph
    F("other", "量化指标任务", 11, "项", "exact", "量化指标任务11项"),
    F("other", "节点性任务", 7, "项", "exact", "节点性任务7项"),
    F("other", "基本完成的重点工作目标任务", 1, "项", "exact", "基本完成1项"),
    F("other", "未完成的重点工作目标任务", 1, "项", "exact", "未完成1项"),
    # table rows 1–11 (quotes inside one cell)
    F("output", "认定登记技术合同", 3000, "项", "exact", "认定登记技术合同3,000项", role=T),
    F("finance", "技术合同成交额", 300, "亿元", "exact", "3,000项，成交额300亿元", role=T),
    F("output", "认定登记技术合同", 3260, "项", "exact", "完成认定登记技术合同3,260项"),
    F("finance", "技术合同成交额", 312.6, "亿元", "exact", "3,260项，成交额312.6亿元"),
    F("other", "技术合同成交额完成年度目标比例", 104.2, "%", "exact", "104.2%", role="share"),
    F("other", "有效期内高新技术企业", 2300, "家", "exact", "有效期内高新技术企业达到2,300家", role=T),
    F("other", "有效期内高新技术企业", 2386, "家", "exact", "有效期内高新技术企业2,386家"),
    F("other", "有效期内高新技术企业完成年度目标比例", 103.7, "%", "exact", "103.7%", role="share"),
    F("other", "新增科技型中小企业评价入库", 2000, "家", "exact", "新增科技型中小企业评价入库2,000家", role=T),
    F("other", "新增科技型中小企业评价入库", 2148, "家", "exact", "新增评价入库2,148家"),
    F("other", "新增科技型中小企业评价入库完成年度目标比例", 107.4, "%", "exact", "107.4%", role="share"),
    F("other", "全社会研发经费投入强度", 4.3, "%", "exact", "全社会研发经费投入强度达到4.3%", role=T),
    F("other", "全社会研发经费投入强度", 4.38, "%", "exact", "全社会研发经费投入强度达到4.38%"),
    F("other", "全社会研发经费投入强度完成年度目标比例", 101.9, "%", "exact", "101.9%", role="share"),
    F("other", "新增市级科技小巨人（含培育）企业", 15, "家", "exact", "新增市级科技小巨人（含培育）企业15家", role=T),
    F("other", "新增市级科技小巨人（含培育）企业", 18, "家", "exact", "新增市级科技小巨人（含培育）企业18家"),
    F("other", "新增市级科技小巨人（含培育）企业完成年度目标比例", 120.0, "%", "exact", "120.0%", role="share"),
    F("finance", "科技创新券发放金额", 2500, "万元", "over", "发放科技创新券不少于2,500万元", role=T),
    F("finance", "科技创新券发放金额", 2635, "万元", "exact", "发放科技创新券2,635万元"),
    F("service", "科技创新券惠及企业", 512, "家", "exact", "惠及企业512家"),
    F("other", "科技创新券发放金额完成年度目标比例", 105.4, "%", "exact", "105.4%", role="share"),
    F("output", "每万人口高价值发明专利拥有量", 50, "件", "exact", "每万人口高价值发明专利拥有量达到50件", role=T),
    F("output", "每万人口高价值发明专利拥有量", 52.6, "件", "exact", "每万人口高价值发明专利拥有量达到52.6件"),
    F("other", "每万人口高价值发明专利拥有量完成年度目标比例", 105.2, "%", "exact", "105.2%", role="share"),
    F("people", "引进培育区级科技领军人才", 30, "人", "exact", "引进培育区级科技领军人才30人", role=T),
    F("people", "引进培育区级科技领军人才", 32, "人", "exact", "引进培育区级科技领军人才32人"),
    F("other", "引进培育区级科技领军人才完成年度目标比例", 106.7, "%", "exact", "106.7%", role="share"),
    F("service", "科普活动", 300, "场", "over", "举办科普活动不少于300场", role=T),
    F("service", "科普活动", 342, "场", "exact", "举办科普活动342场"),
    F("service", "科普活动参与人次", 15, "万人次", "approx", "参与市民约15万人次"),
    F("other", "科普活动完成年度目标比例", 114.0, "%", "exact", "114.0%", role="share"),
    F("finance", "“科技贷”贷款规模", 20, "亿元", "exact", "“科技贷”贷款规模达到20亿元", role=T),
    F("finance", "“科技贷”贷款规模", 19.2, "亿元", "exact", "“科技贷”贷款规模19.2亿元"),
    F("other", "“科技贷”贷款规模完成年度目标比例", 96.0, "%", "exact", "96.0%", role="share"),
    F("other", "建成概念验证中心", 3, "个", "exact", "建成概念验证中心3个", role=T),
    F("other", "建成概念验证中心", 2, "个", "exact", "建成概念验证中心2个"),
    F("other", "建成概念验证中心完成年度目标比例", 66.7, "%", "exact", "66.7%", role="share"),
    # node-task rows with figures in the 完成情况 cell
    F("output", "获批市级以上科技项目", 86, "项", "exact", "获批市级以上科技项目86项"),
    F("finance", "获批市级以上科技项目资金支持", 2.4, "亿元", "exact", "获得资金支持2.4亿元"),
]
write(N117, "work-summary", "上海市闵行区科学技术委员会", ["区科委"], 2025, "2026-01-08", n117, [])

# ---------------------------------------------------------------- n118 interview page (other)
# ※ published 2026-01-22: 去年 = 2025 (actuals), 今年 = 2026 (targets), 到2030年 = 2030 (targets); the reporter's
# `2024年，…` figures are baselines of 2024. Key facts: the six figures of the 数读 box, each key where the page first
# states it (the lead paragraph or an answer); the box's own lines are key false copies.
N118 = "n118_baoshan_kw_zf2025.html"
n118 = [
    # lead paragraph
    F("other", "全社会研发经费投入强度", 3.62, "%", "exact", "全社会研发经费投入强度达到3.62%", True),
    F("finance", "技术合同成交额", 206.4, "亿元", "exact", "技术合同成交额达到206.4亿元", True),
    F("other", "有效期内高新技术企业", 1568, "家", "exact", "有效期内高新技术企业达到1,568家", True),
    # Q1 / A1
    F("other", "全社会研发经费投入强度", 3.41, "%", "exact", "全社会研发经费投入强度为3.41%", role="baseline", year=2024),
    F("finance", "技术合同成交额", 178.2, "亿元", "exact", "技术合同成交额为178.2亿元", role="baseline", year=2024),
    F("growth", "全社会研发经费投入强度比上年提高", 0.21, "个百分点", "exact", "提高0.21个百分点", role="change"),
    F("growth", "技术合同成交额同比增长", 15.8, "%", "exact", "技术合同成交额同比增长15.8%", True, "change"),
    F("finance", "技术开发合同成交额", 121.7, "亿元", "exact", "技术开发合同成交额121.7亿元"),
    F("other", "技术开发合同成交额占技术合同成交额比重", 59.0, "%", "exact", "占全区技术合同成交额的59.0%", role="share"),
    F("finance", "区内企业作为买方吸纳技术合同成交额", 88.3, "亿元", "exact", "吸纳技术合同成交额88.3亿元"),
    # Q2 / A2
    F("other", "有效期内高新技术企业", 1412, "家", "exact", "有效期内高新技术企业为1,412家", role="baseline", year=2024),
    F("growth", "有效期内高新技术企业净增", 156, "家", "exact", "有效期内高新技术企业净增156家", role="change"),
    F("other", "新增科技型中小企业评价入库", 1802, "家", "exact", "新增科技型中小企业评价入库1,802家", True),
    F("growth", "新增科技型中小企业评价入库同比增长", 11.2, "%", "exact", "1,802家，同比增长11.2%", role="change"),
    F("other", "新增市级专精特新中小企业", 138, "家", "exact", "新增市级专精特新中小企业138家"),
    F("other", "市级专精特新中小企业", 612, "家", "exact", "累计达到612家"),
    F("other", "新增科创板上市企业", 2, "家", "exact", "新增科创板上市企业2家"),
    F("other", "科创板上市企业", 11, "家", "exact", "全区科创板上市企业累计达到11家"),
    # Q3 / A3
    F("finance", "区级财政科技投入", 15.6, "亿元", "exact", "区级财政科技投入15.6亿元"),
    F("growth", "区级财政科技投入同比增长", 8.3, "%", "exact", "15.6亿元，同比增长8.3%", role="change"),
    F("finance", "区级财政科技投入中支持企业研发和成果转化的资金", 9.8, "亿元", "exact", "成果转化的资金9.8亿元"),
    F("other", "支持企业研发和成果转化的资金占区级财政科技投入比重", 62.8, "%", "exact", "9.8亿元，占62.8%", role="share"),
    F("finance", "科技创新券发放金额", 2960, "万元", "exact", "发放科技创新券2,960万元"),
    F("service", "科技创新券服务企业", 680, "家", "over", "服务企业680余家"),
    F("service", "“科技贷”支持企业", 326, "家", "exact", "“科技贷”为326家企业"),
    F("finance", "“科技贷”贷款金额", 24.5, "亿元", "exact", "提供贷款24.5亿元"),
    # Q4 / A4
    F("other", "市级以上科技企业孵化器和众创空间", 42, "家", "exact", "孵化器和众创空间达到42家", True),
    F("other", "新增市级以上科技企业孵化器和众创空间", 5, "家", "exact", "其中去年新增5家"),
    F("other", "孵化载体总面积", 68, "万平方米", "approx", "孵化载体总面积约68万平方米"),
    F("other", "在孵企业", 2300, "家", "over", "在孵企业2,300余家"),
    # Q5 / A5: 今年 = 2026
    F("other", "全社会研发经费投入强度", 3.8, "%", "approx", "投入强度达到3.8%左右", role=T, year=2026),
    F("finance", "技术合同成交额", 230, "亿元", "over", "技术合同成交额突破230亿元", role=T, year=2026),
    F("other", "有效期内高新技术企业", 1700, "家", "over", "有效期内高新技术企业达到1,700家以上", role=T, year=2026),
    F("other", "新增市级以上孵化载体", 3, "家", "exact", "新增市级以上孵化载体3家", role=T, year=2026),
    F("other", "新增科技型中小企业评价入库", 2000, "家", "over", "新增科技型中小企业评价入库2,000家以上", role=T, year=2026),
    # Q6 / A6: 到2030年
    F("other", "全社会研发经费投入强度", 4.5, "%", "exact", "投入强度达到4.5%", role=T, year=2030),
    F("other", "有效期内高新技术企业", 2500, "家", "over", "有效期内高新技术企业突破2,500家", role=T, year=2030),
    # 数读 box (copies, key false)
    F("other", "全社会研发经费投入强度", 3.62, "%", "exact", "全社会研发经费投入强度：3.62%"),
    F("finance", "技术合同成交额", 206.4, "亿元", "exact", "技术合同成交额：206.4亿元"),
    F("growth", "技术合同成交额同比增长", 15.8, "%", "exact", "206.4亿元，同比增长15.8%", role="change"),
    F("other", "有效期内高新技术企业", 1568, "家", "exact", "有效期内高新技术企业：1,568家"),
    F("other", "新增科技型中小企业评价入库", 1802, "家", "exact", "新增科技型中小企业评价入库：1,802家"),
    F("other", "市级以上科技企业孵化器和众创空间", 42, "家", "exact", "市级以上科技企业孵化器和众创空间：42家"),
]
n118h = [H("国家知识产权强市建设试点城区", "national", "宝山区", "国家知识产权局", 2025,
           "宝山区获国家知识产权局批准，成为国家知识产权强市建设试点城区")]
write(N118, "other", "上海市宝山区科学技术委员会", ["宝山区科学技术委员会", "宝山区科委"], 2025, "2026-01-22", n118, n118h)
print("gold written")
