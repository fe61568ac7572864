#!/usr/bin/env python3
"""Writes gold/ for n91–n94 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
H(title, level, recipient, issuer, year, quote, source="text")
Table facts: n92's come from hcell(label, i) = the HTML row's text from its label through cell i (the `</td><td>`
markup kept, as heldout23's n89); n93's from scell(no, i) = the pdftotext row from its 序号 through column i (spaces
kept). n91's table rows (TAB-joined cells of the docx w:tbl) are honours, quoted whole.
"""
import json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import doctext
DOCS, GOLD = os.path.join(ROOT, "docs"), os.path.join(ROOT, "gold")
YEAR = None
CELL = "</td><td>"


def F(cat, subj, val, meas, qual, quote, key=False, role="actual", year=None):
    return {"category": cat, "subject": subj, "year": YEAR if year is None else year, "value": val, "measure": meas,
            "qualifier": qual, "quote": quote, "key": key, "role": role}


def H(title, level, recipient, issuer, year, quote, source="text"):
    return {"title": title, "level": level, "recipient": recipient, "issuer": issuer, "year": year, "quote": quote,
            "source": source}


def lines_of(name):
    return doctext.lines(os.path.join(DOCS, name))


def write(name, kind, unit, aliases, year, published, facts, honours):
    g = {"document": name, "kind": kind, "unit": unit, "aliases": aliases, "year": year, "published": published,
         "facts": facts, "honours": honours}
    out = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def num(s):
    """A cell's number: an int when the cell writes no decimals (`3,000`), else a float (`8.0`)."""
    s = s.replace(",", "")
    return float(s) if "." in s else int(s)


# ---------------------------------------------------------------- n91 表彰决定 (.docx, other)
N91 = "n91_hongkou_kw_bzjd2025.docx"
YEAR = 2025
L91 = lines_of(N91)
n91 = [
    # opening paragraph: the district's year (context, not key ※)
    F("finance", "技术合同成交额", 128.4, "亿元", "exact", "全区技术合同成交额达到128.4亿元"),
    F("growth", "技术合同成交额同比增长", 11.6, "%", "exact", "128.4亿元，同比增长11.6%", role="change"),
    F("other", "有效期内高新技术企业", 862, "家", "exact", "有效期内高新技术企业达到862家"),
    F("other", "新增科技型中小企业评价入库", 1035, "家", "exact", "新增科技型中小企业评价入库1,035家"),
    F("other", "新增市级“专精特新”企业", 48, "家", "exact", "新增市级“专精特新”企业48家"),
    # 一、二、三、 the decision (key)
    F("honour", "表彰先进集体", 6, "个", "exact", "区科委科技企业服务科等6个集体", True),
    F("honour", "表彰先进个人", 8, "名", "exact", "陈立群等8名同志", True),
    F("honour", "科技创新突出贡献奖获得者", 2, "名", "exact", "周景行、林若曦2名同志", True),
    F("honour", "通报表扬单位", 3, "个", "exact", "上海虹口科技园发展有限公司3个单位予以通报表扬", True),
    F("finance", "先进集体每个奖励金额", 3, "万元", "exact", "先进集体每个给予奖励3万元"),
    F("finance", "先进个人每人奖励金额", 1, "万元", "exact", "先进个人每人给予奖励1万元"),
    F("finance", "突出贡献奖每人奖励金额", 10, "万元", "exact", "突出贡献奖获得者每人给予奖励10万元"),
    F("finance", "表彰奖励资金", 46, "万元", "exact", "以上奖励资金共计46万元", True),
    # 四、 配套奖励
    F("honour", "获得配套奖励的区内单位", 4, "家", "exact", "4家区内单位给予配套奖励"),
    F("finance", "上海智链数字科技有限公司配套奖励", 100, "万元", "exact", "给予配套奖励100万元"),
    F("finance", "上海瑞康生物医药有限公司配套奖励", 50, "万元", "exact", "给予配套奖励50万元"),
    F("finance", "上海澜芯半导体有限公司配套奖励", 30, "万元", "exact", "给予配套奖励30万元"),
    F("finance", "上海虹信智能装备有限公司配套奖励", 20, "万元", "exact", "给予配套奖励20万元"),
    F("finance", "配套奖励资金", 200, "万元", "exact", "以上配套奖励资金共计200万元", True),
    F("finance", "表彰奖励和配套奖励资金合计", 246, "万元", "exact", "表彰奖励和配套奖励资金合计246万元", True),
]
ISS91 = "上海市虹口区科学技术委员会"
n91h = []
for l in L91:  # the docx table: one honour per row, quoted whole (source table)
    c = l.split("\t")
    if len(c) == 4 and c[0].isdigit():
        n91h.append(H(c[1], "district", c[2], ISS91, 2025, l, "table"))
T7 = "对在2025年虹口区科技活动周组织工作中表现突出的北外滩街道办事处、嘉兴路街道办事处、上海虹口科技园发展有限公司3个单位予以通报表扬"
for r in ["北外滩街道办事处", "嘉兴路街道办事处", "上海虹口科技园发展有限公司"]:
    n91h.append(H("通报表扬", "district", r, ISS91, 2025, T7))
n91h += [
    H("2024年度国家科学技术进步奖二等奖", "national", "上海智链数字科技有限公司", None, 2025,
      "上海智链数字科技有限公司牵头完成的“城市级多源数据融合治理关键技术及应用”项目荣获2024年度国家科学技术进步奖二等奖"),
    H("2024年度上海市科技进步奖一等奖", "municipal", "上海瑞康生物医药有限公司", None, 2025,
      "上海瑞康生物医药有限公司完成的“新型抗肿瘤抗体药物研发及产业化”项目荣获2024年度上海市科技进步奖一等奖"),
    H("2024年度上海市技术发明奖二等奖", "municipal", "上海澜芯半导体有限公司", None, 2025,
      "上海澜芯半导体有限公司完成的“高可靠车规级功率芯片设计技术”项目荣获2024年度上海市技术发明奖二等奖"),
    H("2025年度中国产学研合作创新成果奖一等奖", "other", "上海虹信智能装备有限公司", "中国产学研合作促进会", 2025,
      "上海虹信智能装备有限公司与同济大学合作完成的项目荣获中国产学研合作促进会颁发的2025年度中国产学研合作创新成果奖一等奖"),
]
write(N91, "other", "上海市虹口区科学技术委员会", ["虹口区科学技术委员会", "区科委"], 2025, "2026-01-22", n91, n91h)

# ---------------------------------------------------------------- n92 12345热线年度报告 (HTML, work-summary)
N92 = "n92_qingpu_cyzx_12345nb2025.html"
YEAR = 2025
L92 = lines_of(N92)


def hcell(label, i):
    row = next(l for l in L92 if l.startswith("<tr><td>" + label + "</td>"))
    cells = row[len("<tr><td>"):-len("</td></tr>")].split(CELL)
    return CELL.join(cells[:i + 1]), num(cells[i])


n92 = [
    # first <p> (key)
    F("service", "受理市民诉求工单", 168452, "件", "exact", "全年共受理市民诉求工单168,452件", True),
    F("growth", "受理市民诉求工单同比下降", 4.3, "%", "exact", "168,452件，同比下降4.3%", True, "change"),
    F("satisfaction", "工单按时办结率", 99.3, "%", "exact", "工单按时办结率99.3%", True),
    F("satisfaction", "实际解决率", 91.8, "%", "exact", "实际解决率91.8%，市民满意率", True),
    F("satisfaction", "市民满意率", 95.6, "%", "exact", "市民满意率95.6%，同比上升", True),
    F("growth", "市民满意率同比上升", 0.9, "个百分点", "exact", "同比上升0.9个百分点", True, "change"),
    F("growth", "市民满意率高于全市平均水平", 1.9, "个百分点", "exact", "高于全市平均水平1.9个百分点", True, "change"),
    # 一、诉求受理情况
    F("service", "受理市民诉求工单", 176030, "件", "exact", "全年受理量较2024年（176,030件）", role="baseline", year=2024),
    F("growth", "受理市民诉求工单比上年减少", 7578, "件", "exact", "减少7,578件", role="change"),
    F("service", "投诉类工单", 58960, "件", "exact", "投诉类工单58,960件"),
    F("other", "投诉类工单占比", 35.0, "%", "exact", "58,960件，占35.0%", role="share"),
    F("growth", "投诉类工单同比下降", 8.4, "%", "exact", "占35.0%，同比下降8.4%", role="change"),
    F("service", "求助类工单", 49870, "件", "exact", "求助类工单49,870件"),
    F("growth", "求助类工单同比上升", 3.7, "%", "exact", "49,870件，同比上升3.7%", role="change"),
    F("service", "咨询类工单", 51236, "件", "exact", "咨询类工单51,236件"),
    F("service", "建议类工单", 6814, "件", "exact", "建议类工单6,814件"),
    F("service", "表扬及其他工单", 1572, "件", "exact", "表扬及其他工单1,572件"),
    F("service", "电话渠道受理工单", 121870, "件", "exact", "电话渠道受理121,870件"),
    F("service", "网络渠道受理工单", 46582, "件", "exact", "网络渠道受理46,582件"),
    F("other", "网络渠道受理工单占比", 27.7, "%", "exact", "46,582件，占27.7%", role="share"),
    F("growth", "网络渠道受理工单占比比上年提高", 3.2, "个百分点", "exact", "比上年提高3.2个百分点", role="change"),
    F("service", "城市管理类工单", 39870, "件", "exact", "城市管理类39,870件"),
    F("service", "住房物业类工单", 28640, "件", "exact", "住房物业类28,640件"),
    F("service", "交通出行类工单", 17215, "件", "exact", "交通出行类17,215件"),
    F("other", "前三类工单合计占比", 50.9, "%", "exact", "三类合计占全部工单的50.9%", role="share"),
    F("service", "7—8月供水、供电类诉求", 4286, "件", "exact", "受理供水、供电类诉求4,286件"),
    # 二、办理质效情况
    F("service", "按时办结工单", 167273, "件", "exact", "全年按时办结工单167,273件"),
    F("satisfaction", "工单按时办结率", 99.3, "%", "exact", "按时办结率99.3%，比上年提高"),
    F("growth", "工单按时办结率比上年提高", 0.5, "个百分点", "exact", "比上年提高0.5个百分点", role="change"),
    F("satisfaction", "全市平均工单按时办结率", 98.9, "%", "exact", "高于全市平均水平（98.9%）"),
    F("growth", "工单按时办结率高于全市平均水平", 0.4, "个百分点", "exact", "（98.9%）0.4个百分点", role="change"),
    F("satisfaction", "实际解决率", 91.8, "%", "exact", "实际解决率91.8%，比上年提高"),
    F("growth", "实际解决率比上年提高", 1.6, "个百分点", "exact", "比上年提高1.6个百分点", role="change"),
    F("satisfaction", "重复来电率", 6.2, "%", "exact", "重复来电率6.2%"),
    F("growth", "重复来电率同比下降", 1.1, "个百分点", "exact", "同比下降1.1个百分点", role="change"),
    F("service", "电话回访工单", 48690, "件", "exact", "开展电话回访48,690件"),
    F("satisfaction", "工单回访率", 28.9, "%", "exact", "占受理工单的28.9%"),
    F("service", "回访不满意工单", 3126, "件", "exact", "市民表示不满意的3,126件"),
    F("satisfaction", "市民满意率", 95.6, "%", "exact", "市民满意率95.6%，上年为"),
    F("satisfaction", "市民满意率", 94.7, "%", "exact", "上年为94.7%", role="baseline", year=2024),
    F("satisfaction", "全市平均市民满意率", 93.7, "%", "exact", "全市平均水平为93.7%"),
    F("satisfaction", "热线接通率", 98.7, "%", "exact", "热线接通率98.7%"),
    F("other", "平均等待时长", 9.2, "秒", "exact", "平均等待时长9.2秒"),
    F("growth", "平均等待时长同比缩短", 1.6, "秒", "exact", "同比缩短1.6秒", role="change"),
]
COLS92 = [("受理工单", "service", "件", "actual"), ("受理工单同比", "growth", "%", "change"),
          ("工单按时办结率", "satisfaction", "%", "actual"), ("市民满意率", "satisfaction", "%", "actual")]
FULL = {"受理工单": "受理市民诉求工单", "受理工单同比": "受理市民诉求工单同比", "工单按时办结率": "工单按时办结率",
        "市民满意率": "市民满意率"}
for q in ["一季度", "二季度", "三季度", "四季度", "全年"]:
    for i, (col, cat, meas, role) in enumerate(COLS92, 1):
        quote, v = hcell(q, i)
        subj = FULL[col] if q == "全年" else q + col      # the 全年 row is the year's total (a table copy)
        n92.append(F(cat, subj, v, meas, "exact", quote, role=role))
n92 += [
    F("growth", "三季度受理工单同比上升", 1.4, "%", "exact", "三季度受理量同比上升1.4%", role="change"),
    F("growth", "四季度受理工单同比下降", 9.1, "%", "exact", "四季度受理量同比下降9.1%", role="change"),
    # 三、主要工作举措
    F("other", "纳入热线工单协同平台的街镇", 11, "个", "exact", "全区11个街镇"),
    F("other", "纳入热线工单协同平台的委办局", 34, "家", "exact", "34家委办局全部纳入"),
    F("service", "督办重点难点工单", 612, "件", "exact", "督办重点难点工单612件"),
    F("output", "热线数据分析专报", 24, "期", "exact", "编发热线数据分析专报24期"),
    F("other", "推动解决共性问题", 83, "个", "exact", "等共性问题83个"),
    F("service", "承办人员业务培训", 16, "场", "exact", "组织承办人员业务培训16场"),
    F("service", "承办人员业务培训人次", 1250, "人次", "exact", "16场、1,250人次"),
    # 四、2026年工作目标
    F("satisfaction", "工单按时办结率", 99, "%", "over", "按时办结率保持在99%以上", role="target", year=2026),
    F("satisfaction", "实际解决率", 92.5, "%", "over", "实际解决率达到92.5%以上", role="target", year=2026),
    F("satisfaction", "市民满意率", 96, "%", "over", "市民满意率达到96%以上", role="target", year=2026),
    F("satisfaction", "重复来电率", 6, "%", "under", "重复来电率控制在6%以内", role="target", year=2026),
]
write(N92, "work-summary", "上海市青浦区城市运行管理中心", ["青浦区城市运行管理中心", "区城运中心", "区12345热线办"], 2025,
      "2026-01-28", n92, [])

# ---------------------------------------------------------------- n93 三年行动计划中期评估 (pdftotext, other)
N93 = "n93_yangpu_kw_xdjhpg2025.txt"
YEAR = 2025
L93 = lines_of(N93)


def scell(no, i):
    """The pdftotext row of 序号 `no` from its 序号 through numeric column i (1 = 目标值, 2 = 完成值, 3 = 进度)."""
    row = next(l.strip() for l in L93 if re.match(r"\s+%d\s{2,}\S" % no, l))
    spans = [m for m in re.finditer(r"[\d,.]+", row)][1:]      # the numeric columns after the 序号
    m = spans[-3:][i - 1]
    return row[:m.end()], num(m.group())


n93 = [
    # 一、评估背景
    F("other", "行动计划重点任务", 18, "项", "exact", "部署18项重点任务"),
    F("other", "行动计划主要指标", 8, "项", "exact", "设置8项主要指标"),
    F("service", "中期评估走访企业", 46, "家", "exact", "走访企业46家"),
    F("service", "中期评估回收有效问卷", 312, "份", "exact", "回收有效问卷312份"),
    # 二、总体评估结论 (key; the two headline targets are key here ※)
    F("other", "行动计划主要指标", 8, "项", "exact", "行动计划8项主要指标中"),
    F("other", "提前完成2026年目标值的主要指标", 2, "项", "exact", "2项已提前完成2026年目", True),
    F("other", "完成进度超过80%的主要指标", 4, "项", "exact", "4项完成进度超过80%"),
    F("finance", "人工智能核心产业规模", 487.2, "亿元", "exact", "人工智能核心产业规模达到487.2亿元", True),
    F("growth", "人工智能核心产业规模同比增长", 12.6, "%", "exact", "比增长12.6%", True, "change"),
    F("finance", "人工智能核心产业规模", 600, "亿元", "exact", "完成2026年目标（600亿元）", True, "target", 2026),
    F("other", "人工智能核心产业规模完成2026年目标进度", 81.2, "%", "exact", "（600亿元）的81.2%", True, "share"),
    F("other", "人工智能企业数量", 352, "家", "exact", "智能企业数量达到352家", True),
    F("other", "人工智能企业数量", 400, "家", "exact", "完成目标（400家）", True, "target", 2026),
    F("other", "人工智能企业数量完成2026年目标进度", 88.0, "%", "exact", "（400家）的88.0%", True, "share"),
    F("other", "已完成重点任务", 7, "项", "exact", "已完成7项", True),
    F("other", "有序推进中的重点任务", 11, "项", "exact", "其余11项有序推进"),
    # 三、（一）
    F("finance", "人工智能核心产业规模", 432.6, "亿元", "exact", "2024年全区人工智能核心产业规模为432.6亿元", role="baseline", year=2024),
    F("finance", "人工智能核心产业规模", 487.2, "亿元", "exact", "2025年预计达到487.2亿元"),
    F("finance", "人工智能核心产业规模", 368.5, "亿元", "exact", "基期2023年的368.5亿元", role="baseline", year=2023),
    F("growth", "人工智能核心产业规模较2023年累计增长", 32.2, "%", "exact", "累计增长32.2%", role="change"),
    F("other", "人工智能企业数量", 352, "家", "exact", "全区人工智能企业数量达到352"),   # 家 on the next line ※
    F("other", "人工智能企业数量", 286, "家", "exact", "较2023年底的286家", role="baseline", year=2023),
    F("growth", "人工智能企业数量较2023年底净增", 66, "家", "exact", "286家净增66家", role="change"),
    F("other", "规模以上人工智能企业", 138, "家", "exact", "其中规模以上企业138家"),
    # 三、（二）
    F("other", "新增市级以上人工智能创新平台", 5, "个", "exact", "新增市级以上人工智能创新平台5个"),
    F("other", "市级以上人工智能创新平台", 24, "个", "exact", "24个，其中国家级平台6个"),
    F("other", "国家级人工智能创新平台", 6, "个", "exact", "其中国家级平台6个"),
    F("output", "1—11月新增人工智能领域发明专利授权", 1086, "件", "exact", "新增人工智能领域发明专利授权1,086件"),
    F("output", "人工智能领域有效发明专利", 5320, "件", "exact", "有效发明专利达到5,320件"),
]
ROWS93 = [(1, "人工智能核心产业规模", "finance", "亿元"), (2, "人工智能企业数量", "other", "家"),
          (3, "规模以上人工智能企业研发投入强度", "other", "%"), (4, "智能算力规模", "other", "PFlops"),
          (5, "人工智能领域有效发明专利", "output", "件"), (6, "市级以上人工智能创新平台", "other", "个"),
          (7, "人工智能示范应用场景", "other", "个"), (8, "人工智能领域高层次人才", "people", "人")]
for no, subj, cat, meas in ROWS93:
    q, v = scell(no, 1)
    n93.append(F(cat, subj, v, meas, "exact", q, role="target", year=2026))
    q, v = scell(no, 2)
    n93.append(F(cat, subj, v, meas, "exact", q))
    q, v = scell(no, 3)
    n93.append(F("other", subj + "完成2026年目标进度", v, "%", "exact", q, role="share"))
n93 += [
    # 三、（三）（四）
    F("other", "人工智能示范应用场景", 162, "个", "exact", "累计发布人工智能示范应用场景162个"),
    F("other", "城市治理类人工智能示范应用场景", 58, "个", "exact", "类58个"),
    F("other", "医疗健康类人工智能示范应用场景", 41, "个", "exact", "医疗健康类41个"),
    F("other", "教育类人工智能示范应用场景", 27, "个", "exact", "教育类27个"),
    F("other", "其他类人工智能示范应用场景", 36, "个", "exact", "其他类36个"),
    F("other", "智能算力规模", 1750, "PFlops", "exact", "建成智能算力1,750PFlops"),
    F("other", "智能算力规模完成2026年目标进度", 58.3, "%", "exact", "完成进度仅58.3%", role="share"),
    F("people", "人工智能领域高层次人才", 1015, "人", "exact", "集聚人工智能领域高层次人才1,015人"),
    F("people", "引进海外高层次人才", 126, "人", "exact", "年引进海外高层次人才126人"),
    F("finance", "区级人工智能专项资金累计投入", 3.86, "亿元", "exact", "区级人工智能专项资金累计投入3.86亿"),  # 元 on the next line ※
    F("service", "区级人工智能专项资金支持项目", 214, "个", "exact", "支持项目214个"),
    F("finance", "带动社会投资", 28, "亿元", "approx", "带动社会投资约28亿元"),
    F("satisfaction", "企业对政策落实的总体满意度", 91.4, "%", "exact", "体满意度为91.4%"),
    # 四、存在的问题
    F("other", "市级以上人工智能创新平台完成2026年目标进度", 80.0, "%", "exact", "新平台完成进度为80.0%", role="share"),
    F("other", "营业收入超10亿元的人工智能企业", 3, "家", "exact", "营业收入超10亿元的企业仅3家"),
    # 五、下一步工作建议 (targets of 2026)
    F("finance", "人工智能核心产业规模", 600, "亿元", "over", "业规模突破600亿元", role="target", year=2026),
    F("other", "新增智能算力", 1250, "PFlops", "over", "力争年内新增算力1,250", role="target", year=2026),  # PFlops以上 next line ※
    F("other", "智能算力规模", 3000, "PFlops", "exact", "实现3,000PFlops目标", role="target", year=2026),
    F("other", "新增市级以上人工智能创新平台", 6, "个", "over", "新增市级以上创新平台不少于6个", role="target", year=2026),
    F("other", "新增人工智能企业", 50, "家", "approx", "人工智能企业50家左右", role="target", year=2026),
]
write(N93, "other", "上海市杨浦区科学技术委员会", ["区科委"], 2025, "2025-12", n93, [])

# ---------------------------------------------------------------- n94 社会责任报告 (Markdown, UTF-16LE, csr-report)
N94 = "n94_sribs_jczx_csr2025.md"
YEAR = 2025
UNIT94 = "上海市建筑科学研究院检测中心"
n94 = [
    # 一、年度关键绩效 (key)
    F("service", "检测检验服务项目", 12860, "项", "exact", "完成检测检验服务项目**12,860项**", True),
    F("service", "检测检验服务项目", 11942, "项", "exact", "较上年（11,942项）", role="baseline", year=2024),
    F("growth", "检测检验服务项目同比增长", 7.7, "%", "exact", "（11,942项）增长7.7%", True, "change"),
    F("service", "服务企业", 3400, "家", "over", "服务企业**3,400余家**", True),
    F("other", "服务企业中中小企业占比", 6, "成", "over", "中小企业占比超六成", role="share"),
    F("service", "出具检测报告", 15, "万份", "nearly", "出具检测报告**近15万份**", True),
    F("satisfaction", "检测报告按期交付率", 99.6, "%", "exact", "报告按期交付率99.6%"),
    F("finance", "营业收入", 4.86, "亿元", "exact", "实现营业收入**4.86亿元**", True),
    F("growth", "营业收入同比增长", 6.1, "%", "exact", "同比增长6.1%", True, "change"),
    F("finance", "营业收入", 4.58, "亿元", "exact", "（2024年为4.58亿元）", role="baseline", year=2024),
    F("satisfaction", "客户满意度", 97.3, "%", "exact", "客户满意度**97.3%**", True),
    F("growth", "客户满意度比上年提高", 0.5, "个百分点", "exact", "较上年提高0.5个百分点", role="change"),
    F("honour", "获得各类荣誉", 6, "项", "exact", "获得国家级、市级等各类荣誉**6项**", True),
    # 二、服务城市建设与安全
    F("service", "建设工程质量检测", 7415, "项", "exact", "完成建设工程质量检测7,415项"),
    F("service", "既有建筑检测鉴定", 2938, "项", "exact", "既有建筑检测鉴定2,938项"),
    F("service", "绿色建筑与节能检测", 1652, "项", "exact", "绿色建筑与节能检测1,652项"),
    F("service", "建材及室内环境等其他检测", 855, "项", "exact", "建材及室内环境等其他检测855项"),
    F("service", "服务市重大工程", 68, "项", "exact", "全年服务市重大工程六十八项"),
    F("service", "参与城市更新和旧区改造项目", 120, "个", "approx", "参与城市更新和旧区改造项目约120个"),
    F("service", "突发事件应急检测任务", 23, "次", "exact", "突发事件应急检测任务23次"),
    F("service", "免费开展房屋安全检测居民户数", 1200, "户", "over", "为1,200余户居民免费开展房屋安全检测"),
    F("service", "建筑安全科普活动", 20, "场", "over", "开展建筑安全科普活动二十余场"),
    # 三、科技创新与标准引领
    F("finance", "研发投入", 4180, "万元", "exact", "全年研发投入4,180万元"),
    F("other", "研发投入占营业收入比重", 8.6, "%", "exact", "占营业收入的8.6%", role="share"),
    F("output", "主编、参编标准", 17, "项", "exact", "主编、参编国家、行业及地方标准十七项"),
    F("output", "已发布实施标准", 5, "项", "exact", "等5项已发布实施"),
    F("output", "授权发明专利", 26, "件", "exact", "获授权发明专利26件"),
    F("output", "发表论文", 58, "篇", "exact", "发表论文58篇"),
    F("other", "新增CMA资质参数", 120, "项", "over", "新增CMA资质参数120余项"),
    F("other", "资质参数总数", 3260, "项", "exact", "资质参数总数达到3,260项"),
    # 四、质量诚信与客户服务
    F("service", "接受各级监督抽查", 9, "次", "exact", "全年接受各级监督抽查9次"),
    F("satisfaction", "监督抽查合格率", 100, "%", "exact", "抽查合格率100%"),
    F("service", "受理客户投诉", 14, "件", "exact", "受理客户投诉14件"),
    F("satisfaction", "客户投诉办结率", 100, "%", "exact", "14件，办结率100%"),
    F("satisfaction", "客户满意度", 97.3, "%", "exact", "客户满意度97.3%（2024年为"),
    F("satisfaction", "客户满意度", 96.8, "%", "exact", "（2024年为96.8%）", role="baseline", year=2024),
    # 五、员工发展
    F("people", "在职员工", 682, "人", "exact", "中心在职员工682人"),
    F("people", "具有高级职称的员工", 215, "人", "exact", "具有高级职称的215人"),
    F("other", "具有高级职称的员工占比", 31.5, "%", "exact", "215人，占31.5%", role="share"),
    F("service", "内外部培训", 4300, "人次", "exact", "全年组织内外部培训4,300人次"),
    # 六、荣誉
    F("honour", "获得各类荣誉", 6, "项", "exact", "共获得各类荣誉6项"),
    F("honour", "国家级荣誉", 1, "项", "exact", "其中国家级1项"),
    F("honour", "市级荣誉", 3, "项", "exact", "市级3项"),
    # 七、2026年工作计划 (targets)
    F("service", "检测检验服务项目", 1.4, "万项", "over", "全年服务项目突破1.4万项", role="target", year=2026),
    F("finance", "营业收入", 5.2, "亿元", "approx", "营业收入达到5.2亿元左右", role="target", year=2026),
    F("satisfaction", "客户满意度", 97, "%", "over", "客户满意度保持在97%以上", role="target", year=2026),
    F("other", "研发投入占营业收入比重", 9, "%", "over", "研发投入占营业收入比重不低于9%", role="target", year=2026),
    F("output", "主编、参编标准", 10, "项", "over", "主编、参编标准不少于十项", role="target", year=2026),
]
n94h = [
    H("2023—2024年度上海市文明单位", "municipal", UNIT94, "上海市精神文明建设委员会", 2025,
      "中心被上海市精神文明建设委员会命名为“2023—2024年度上海市文明单位”"),
    H("上海市五一劳动奖状", "municipal", UNIT94, "上海市总工会", 2025, "中心荣获上海市总工会授予的“上海市五一劳动奖状”"),
    H("上海工匠", "municipal", "李卫平", None, 2025, "结构安全检测所高级工程师李卫平入选2025年度“上海工匠”"),
    H("全国青年文明号", "national", "建材检测所", None, 2025, "建材检测所获评“全国青年文明号”"),
    H("上海市住房城乡建设管理系统先进集体", "system", "结构安全检测所", "上海市住房和城乡建设管理委员会", 2025,
      "结构安全检测所被上海市住房和城乡建设管理委员会评为“上海市住房城乡建设管理系统先进集体”"),
    H("全国建设工程质量检测行业诚信示范单位", "other", UNIT94, "中国工程建设检验检测协会", 2025,
      "中心入选中国工程建设检验检测协会“全国建设工程质量检测行业诚信示范单位”"),
]
write(N94, "csr-report", UNIT94, ["检测中心", "中心"], 2025, "2026-03-18", n94, n94h)
print("gold written")
