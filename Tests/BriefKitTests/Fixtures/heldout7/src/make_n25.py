#!/usr/bin/env python3
"""Build docs/n25_changning_kw_js2024.docx by hand (minimal WordprocessingML, no docx library).

Paragraph text markup used below (only inside this script):
  '¦'          split into a new <w:r> run (Word's rsid splitting; the decoded text is joined)
  '⟦pe⟧'       a <w:proofErr/> element between two runs
  '⟦del:X⟧'    a tracked deletion <w:del><w:r><w:delText>X</w:delText></w:r></w:del> (NOT part of the text)
  '⟦ins:X⟧'    a tracked insertion <w:ins><w:r><w:t>X</w:t></w:r></w:ins> (part of the text)
  '\t'         <w:tab/>        '\n'  <w:br/> (a soft line break: the decoded paragraph spans two lines)
"""
import itertools, os, re, zipfile
IDS = itertools.count(1)
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.environ.get("HELDOUT7_DOCS") or os.path.join(HERE, "..", "docs"), "n25_changning_kw_js2024.docx")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = 'w:author="cnkw-cwk" w:date="2025-08-12T09:30:00Z"'


def run_xml(text, bold=False, size=None):
    rpr = ""
    props = ""
    props += '<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/>'
    if bold:
        props += "<w:b/>"
    if size:
        props += f'<w:sz w:val="{size}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>"
    out = []
    # tabs and breaks inside one run
    parts = re.split(r"(\t|\n)", text)
    body = ""
    for p in parts:
        if p == "\t":
            body += "<w:tab/>"
        elif p == "\n":
            body += "<w:br/>"
        elif p:
            body += f'<w:t xml:space="preserve">{escape(p)}</w:t>'
    return f"<w:r>{rpr}{body}</w:r>"


def para_xml(text, bold=False, size=None, align=None, indent=True, style=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    ppr += '<w:spacing w:line="560" w:lineRule="exact"/>'
    if indent:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    xml = f"<w:p><w:pPr>{ppr}</w:pPr>"
    tokens = re.split(r"(⟦[^⟧]*⟧|¦)", text)
    open_pe = False
    for t in tokens:
        if not t or t == "¦":
            continue
        if t == "⟦pe⟧":
            xml += '<w:proofErr w:type="spellStart"/>'
            open_pe = True
        elif t.startswith("⟦del:"):
            s = t[5:-1]
            xml += (f'<w:del w:id="{next(IDS)}" {DATE}><w:r>'
                    f'<w:delText xml:space="preserve">{escape(s)}</w:delText></w:r></w:del>')
        elif t.startswith("⟦ins:"):
            s = t[5:-1]
            xml += f'<w:ins w:id="{next(IDS)}" {DATE}>{run_xml(s, bold, size)}</w:ins>'
        else:
            xml += run_xml(t, bold, size)
            if open_pe:  # close the spell-check range after the run that follows it
                xml += '<w:proofErr w:type="spellEnd"/>'
                open_pe = False
    return xml + "</w:p>"


def cell_xml(text, width, span=1, vmerge=None, header=False, align=None):
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        tcpr += "<w:vMerge/>"
    tcpr += '<w:vAlign w:val="center"/>'
    if align is None:
        align = "center" if header else ("right" if re.fullmatch(r"[-\d,.]+", text or "x") else "left")
    ppr = f'<w:jc w:val="{align}"/>'
    body = ""
    if text:
        body = run_xml(text, bold=header, size=21)
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p><w:pPr>{ppr}</w:pPr>{body}</w:p></w:tc>"


def table_xml(widths, rows):
    """rows: list of (kind, cells); a cell is a str or a dict(text=, span=, vmerge=)."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    xml = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
           '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>'
           '<w:tblLook w:val="04A0"/></w:tblPr>'
           f"<w:tblGrid>{grid}</w:tblGrid>")
    for kind, cells in rows:
        header = kind == "h"
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
        xml += f"<w:tr>{trpr}"
        col = 0
        for c in cells:
            if isinstance(c, str):
                c = {"text": c}
            span = c.get("span", 1)
            w = sum(widths[col:col + span])
            xml += cell_xml(c.get("text", ""), w, span, c.get("vmerge"), header, c.get("align"))
            col += span
        xml += "</w:tr>"
    return xml + "</w:tbl>"


# ---------------------------------------------------------------- content
B = []  # body blocks (xml strings)


def P(text, **kw):
    B.append(para_xml(text, **kw))


def H(text):  # a heading paragraph (bold, no indent)
    B.append(para_xml(text, bold=True, indent=False))


def T(widths, rows):
    B.append(table_xml(widths, rows))


UNIT = "上海市长宁区科学技术委员会"

# cover
P(UNIT + "\n2024年度部门决算", bold=True, size=44, align="center", indent=False)
P("公开日期：2025年8月20日", align="center", indent=False)
P("目　录", bold=True, align="center", indent=False)
for s in ("第一部分　部门概况", "第二部分　2024年度部门决算表", "第三部分　2024年度部门决算情况说明", "第四部分　名词解释"):
    P(s, indent=False)

# part 1
H("第一部分　部门概况")
H("一、主要职能")
P("上海市长宁区科学技术委员会是区政府主管全区科学技术工作的工作部门，主要职能是：")
P("（一）贯彻执行国家和本市有关科技创新的方针政策和法律法规，拟订本区科技创新发展规划和年度计划并组织实施。")
P("（二）统筹推进区域科技创新体系建设，负责高新技术企业培育、科技型中小企业评价服务等工作。")
P("（三）负责本区科技创新专项资金的管理和使用，会同有关部门做好专项资金绩效评价。")
P("（四）负责本区科学技术普及工作，组织开展科技节、全国科普日等群众性科普活动。")
P("（五）负责本区知识产权创造、运用、保护、管理和服务工作。")
P("（六）完成区委、区政府交办的其他任务。")
H("二、机构设置及决算单位构成")
P("区科委机关内设办公室、科技发展科、高新技术产业科、科普与人才科等4个职能科室。")
P("纳入区科委2024年度部门决算编制范围的单位共2家，包括：区科委本级（行政单位）和上海市长宁区科技创新服务中心（事业单位）。")
P("截至2024年12月31日，区科委共有编制人数32人，其中行政编制19人、事业编制13人；年末实有在职人员30人，离退休人员11人。")

# part 2: tables
H("第二部分　2024年度部门决算表")
P("表1　2024年度收入决算表", bold=True, align="center", indent=False)
P("编制单位：" + UNIT + "\t单位：万元", indent=False)
W1 = [3600, 1500, 1500, 1500, 1700]
T(W1, [
    ("h", ["项目", "年初预算数", "调整后预算数", "决算数", "决算数为调整预算数的%"]),
    ("d", ["一、一般公共预算财政拨款收入", "9,860.00", "10,426.38", "10,426.38", "100.0"]),
    ("d", ["二、政府性基金预算财政拨款收入", "0.00", "0.00", "0.00", ""]),
    ("d", ["三、国有资本经营预算财政拨款收入", "0.00", "0.00", "0.00", ""]),
    ("d", ["四、事业收入", "120.00", "120.00", "108.64", "90.5"]),
    ("d", ["五、经营收入", "0.00", "0.00", "0.00", ""]),
    ("d", ["六、其他收入", "30.00", "30.00", "46.20", "154.0"]),
    ("d", ["本年收入合计", "10,010.00", "10,576.38", "10,581.22", "100.0"]),
    ("d", ["年初结转和结余", "", "", "312.45", ""]),
    ("d", ["收入总计", "", "", "10,893.67", ""]),
])

P("表2　2024年度支出决算表", bold=True, align="center", indent=False)
P("编制单位：" + UNIT + "\t单位：万元", indent=False)
W2 = [1200, 3400, 1700, 1500, 1500]
T(W2, [
    ("h", ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]),
    ("d", [{"text": "合计", "span": 2, "align": "center"}, "10,587.93", "2,702.15", "7,885.78"]),
    ("d", ["206", "科学技术支出", "9,730.07", "1,844.29", "7,885.78"]),
    ("d", ["208", "社会保障和就业支出", "407.70", "407.70", ""]),
    ("d", ["210", "卫生健康支出", "149.57", "149.57", ""]),
    ("d", ["221", "住房保障支出", "300.59", "300.59", ""]),
    ("d", [{"text": "年末结转和结余", "span": 2, "align": "center"}, "305.74", "", ""]),
    ("d", [{"text": "支出总计", "span": 2, "align": "center"}, "10,893.67", "", ""]),
])

P("表3　2024年度一般公共预算财政拨款支出决算表", bold=True, align="center", indent=False)
P("编制单位：" + UNIT + "\t单位：万元", indent=False)
W3 = [1100, 3300, 1300, 1400, 1300, 1500]
VR = {"vmerge": "restart"}
T(W3, [
    ("h", [{"text": "项目", "span": 2}, dict(VR, text="年初预算数"), dict(VR, text="调整后预算数"),
           dict(VR, text="决算数"), dict(VR, text="决算数为调整预算数的%")]),
    ("h", ["科目编码", "科目名称", {"vmerge": "cont"}, {"vmerge": "cont"}, {"vmerge": "cont"}, {"vmerge": "cont"}]),
    ("d", ["206", "科学技术支出", "9,012.40", "9,561.90", "9,480.66", "99.2"]),
    ("d", ["2060101", "行政运行", "1,236.50", "1,248.30", "1,236.84", "99.1"]),
    ("d", ["2060199", "其他科学技术管理事务支出", "285.00", "310.00", "296.45", "95.6"]),
    ("d", ["2060499", "其他技术研究与开发支出", "5,600.00", "5,960.00", "5,928.93", "99.5"]),
    ("d", ["2060701", "机构运行", "412.90", "418.60", "415.32", "99.2"]),
    ("d", ["2060702", "科普活动", "478.00", "525.00", "503.12", "95.8"]),
    ("d", ["2069999", "其他科学技术支出", "1,000.00", "1,100.00", "1,100.00", "100.0"]),
    ("d", ["208", "社会保障和就业支出", "402.60", "407.70", "407.70", "100.0"]),
    ("d", ["2080505", "机关事业单位基本养老保险缴费支出", "268.40", "271.80", "271.80", "100.0"]),
    ("d", ["2080506", "机关事业单位职业年金缴费支出", "134.20", "135.90", "135.90", "100.0"]),
    ("d", ["210", "卫生健康支出", "148.90", "150.50", "149.57", "99.4"]),
    ("d", ["2101101", "行政单位医疗", "96.30", "97.40", "96.85", "99.4"]),
    ("d", ["2101102", "事业单位医疗", "52.60", "53.10", "52.72", "99.3"]),
    ("d", ["221", "住房保障支出", "296.10", "306.28", "300.59", "98.1"]),
    ("d", ["2210201", "住房公积金", "296.10", "306.28", "300.59", "98.1"]),
    ("d", [{"text": "合计", "span": 2, "align": "center"}, "9,860.00", "10,426.38", "10,338.52", "99.2"]),
])

P("表4　2024年度一般公共预算财政拨款基本支出决算表", bold=True, align="center", indent=False)
P("编制单位：" + UNIT + "\t单位：万元", indent=False)
W4 = [1400, 5000, 2200]
T(W4, [
    ("h", ["科目编码", "科目名称", "决算数"]),
    ("d", [{"text": "合计", "span": 2, "align": "center"}, "2,510.02"]),
    ("d", [{"text": "人员经费", "span": 2, "align": "left"}, "2,186.47"]),
    ("d", ["301", "工资福利支出", "2,130.52"]),
    ("d", ["30101", "基本工资", "486.30"]),
    ("d", ["30102", "津贴补贴", "402.76"]),
    ("d", ["30103", "奖金", "168.20"]),
    ("d", ["30107", "绩效工资", "215.40"]),
    ("d", ["30108", "机关事业单位基本养老保险缴费", "271.80"]),
    ("d", ["30109", "职业年金缴费", "135.90"]),
    ("d", ["30110", "职工基本医疗保险缴费", "149.57"]),
    ("d", ["30113", "住房公积金", "300.59"]),
    ("d", ["303", "对个人和家庭的补助", "55.95"]),
    ("d", ["30399", "其他对个人和家庭的补助", "55.95"]),
    ("d", [{"text": "公用经费", "span": 2, "align": "left"}, "323.55"]),
    ("d", ["302", "商品和服务支出", "323.55"]),
    ("d", ["30201", "办公费", "42.18"]),
    ("d", ["30211", "差旅费", "8.36"]),
    ("d", ["30213", "维修（护）费", "36.40"]),
    ("d", ["30215", "会议费", "4.20"]),
    ("d", ["30216", "培训费", "6.85"]),
    ("d", ["30217", "公务接待费", "1.86"]),
    ("d", ["30226", "劳务费", "52.30"]),
    ("d", ["30228", "工会经费", "28.64"]),
    ("d", ["30229", "福利费", "21.50"]),
    ("d", ["30231", "公务用车运行维护费", "3.92"]),
    ("d", ["30239", "其他交通费用", "64.80"]),
    ("d", ["30299", "其他商品和服务支出", "52.54"]),
])

P("表5　2024年度财政拨款“三公”经费支出决算表", bold=True, align="center", indent=False)
P("编制单位：" + UNIT + "\t单位：万元", indent=False)
W5 = [4200, 1500, 1500, 2200]
T(W5, [
    ("h", ["项目", "预算数", "决算数", "决算数为预算数的%"]),
    ("d", ["合计", "8.50", "5.78", "68.0"]),
    ("d", ["1.因公出国（境）费", "0.00", "0.00", ""]),
    ("d", ["2.公务用车购置及运行费", "5.00", "3.92", "78.4"]),
    ("d", ["　其中：（1）公务用车购置费", "0.00", "0.00", ""]),
    ("d", ["　　　　（2）公务用车运行费", "5.00", "3.92", "78.4"]),
    ("d", ["3.公务接待费", "3.50", "1.86", "53.1"]),
])
P("注：本部门2024年度没有政府性基金预算财政拨款收入和支出，也没有国有资本经营预算财政拨款收入和支出，"
  "故《政府性基金预算财政拨款收入支出决算表》《国有资本经营预算财政拨款支出决算表》未列示。")

# part 3
H("第三部分　2024年度部门决算情况说明")
H("一、收入支出决算总体情况")
P("2024年度收入总计10,893.67万元，支出总计10,893.67万元。与2023年度相比，收入、支出总计各增加826.35万元，增长8.2%，"
  "主要原因是：区科技创新专项资金规模扩大，年中追加人工智能、生物医药等重点产业专项资金。")
H("二、收入决算情况")
P("2024年度本年收入合计10,58¦1.22万元，比年初预算增加571.22万元，增长5.7%，为调整后预算的100.0%。其中：一般公共预算财政拨款收入"
  "10,426.38万元，占98.5%；事业收入108.64万元，占1.0%；其他收入46.20万元，占0.4%。此外，年初结转和结余312.45万元。")
H("三、支出决算情况")
P("2024年度本年支出合计10,587.93万元，比年初预算增加347.93万元，增长3.4%。其中：基本支出2,702.15万元，占25.5%；"
  "项目支出7,885.78万元，占74.5%。年末结转和结余305.74万元。")
P("基本支出是指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费；项目支出是指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。")
H("四、财政拨款支出决算情况")
H("（一）财政拨款支出决算总体情况")
P("2024年度一般公共预算财政拨款支出决算为10,338.52万元，比年初预算增加478.52万元，增长4.9%，完成调整预算的99.2%。"
  "决算数大于年初预算数的主要原因是：年中追加人工智能产业创新专项和科技创新券兑付资金；决算数小于调整预算数的主要原因是："
  "部分科普项目按合同进度支付，结转下年使用。")
H("（二）财政拨款支出决算结构情况")
P("2024年度一般公共预算财政拨款支出中，科学技术支出9,480.66万元，占91.7%；社会保障和就业支出407.70万元，占3.9%；"
  "卫生健康支出149.57万元，占1.4%；住房保障支出300.59万元，占2.9%。")
H("（三）财政拨款支出决算具体情况")
P("1.科学技术支出（类）科学技术管理事务（款）行政运行（项）：年初预算为1,236.50万元，调整后预算为⟦del:1,228.30⟧⟦ins:1,248.30⟧万元，"
  "支出决算为1,236.84万元，完成调整预算的99.1%。主要用于区科委机关人员经费和日常运转。")
P("2.科学技术支出（类）科学技术管理事务（款）其他科学技术管理事务支出（项）：年初预算为285.00万元，调整后预算为310.00万元，"
  "支出决算为296.45万元，完成调整预算的95.6%。主要用于科技政策宣传、高新技术企业认定服务等工作，全年组织政策宣讲会36场、"
  "服务企业1,200余家次；对新认定的高新技术企业，按照《长宁区促进科技创新若干政策》给予一次性奖励。")
P("3.科学技术支出（类）技术研究与开发（款）其他技术研究与开发支出（项）：年初预算为5,600.00万元，调整后预算为5,960.00万元，"
  "支出决算为5,928.93万元，完成调整预算的99.5%。决算数大于年初预算数的主要原因是年中追加人工智能产业创新专项资金360.00万元。"
  "主要用于支持区内企业开展关键核心技术攻关，全年支持项目126个，惠及企业83家。")
P("4.科学技术支出（类）科学技术普及（款）机构运行（项）：年初预算为412.90万元，调整后预算为418.60万元，支出决算为415.32万元，"
  "完成调整预算的99.2%。主要用于区科技创新服务中心人员经费和日常运转。")
P("5.科学技术支出（类）科学技术普及（款）科普活动（项）：年初预算为478.00万元，调整后预算为525.00万元，支出决算为503.12万元，"
  "完成调整预算的95.8%。主要用于举办2024长宁科技节、全国科普日长宁主场等活动，全年开展科普活动180余场，线上线下参与约12万人次。")
P("6.科学技术支出（类）其他科学技术支出（款）其他科学技术支出（项）：年初预算为1,000.00万元，调整后预算为1,100.00万元，"
  "支出决算为1,100.00万元，完成调整预算的100.0%。主要用于科技创新券兑付，全年兑付创新券1,036张，支持中小企业购买研发服务。")
P("7.社会保障和就业支出（类）行政事业单位养老支出（款）：支出决算为407.70万元，完成调整预算的100.0%，其中机关事业单位基本养老保险缴费支出"
  "271.80万元，机关事业单位职业年金缴费支出135.90万元。")
P("8.卫生健康支出（类）行政事业单位医疗（款）：支出决算为149.57万元，完成调整预算的99.4%，其中行政单位医疗96.85万元，事业单位医疗52.72万元。")
P("9.住房保障支出（类）住房改革支出（款）住房公积金（项）：年初预算为296.10万元，调整后预算为306.28万元，支出决算为300.59万元，"
  "完成调整预算的98.1%。")
H("五、一般公共预算财政拨款基本支出决算情况")
P("2024年度一般公共预算财政拨款基本支出2,510.02万元，其中：人员经费2,186.47万元，主要包括基本工资、津贴补贴、奖金、绩效工资、"
  "机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、其他对个人和家庭的补助；公用经费323.55万元，"
  "主要包括办公费、差旅费、维修（护）费、会议费、培训费、公务接待费、劳务费、工会经费、福利费、公务用车运行维护费、其他交通费用、"
  "其他商品和服务支出。")
H("六、“三公”经费财政拨款支出决算情况")
P("2024年度“三公”经费财政拨款支出预算为8.50万元，支出决算为5.78万元，完成预算的68.0%，比2023年度决算减少1.24万元，下降17.7%。"
  "决算数小于预算数的主要原因是：严格落实过“紧日子”要求，压减公务接待和公务用车运行支出。")
P("其中：因公出国（境）费支出决算为0万元，与预算持平。")
P("公务用车购置及运行费支出决算为3.92万元，完成预算的78.4%。其中：公务用车购置费0万元；公务用车运行费3.92万元，"
  "主要用于1辆公务用车的燃料、维修、保险等支出。")
P("公务接待费支出决算为1.86万元，完成预算的53.1%，全年共接待国内公务团组9批次、68人次，主要为接待兄弟省市科技部门考察交流；未发生外事接待。")
H("七、机关运行经费支出情况")
P("2024年度区科委（行政单位）机关运行经费支出281.36万元，比2023年度减少12.58万元，下降4.3%，主要原因是：压减办公费、印刷费等日常公用支出。")
H("八、政府采购支出情况")
P("2024年度区科委政府采购支出总额1,286.40万元，其中：政府采购货物支出186.25万元，政府采购工程支出0万元，政府采购服务支出1,100.15万元。"
  "授予中小企业合同金额1,03⟦pe⟧¦2.80万元，占政府采购支出总额的80.3%，其中：授予小微企业合同金额756.20万元，占政府采购支出总额的58.8%。")
H("九、国有资产占用情况")
P("截至2024年12月31日，区科委共有车辆1辆，其中：主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、"
  "特种专业技术用车0辆、离退休干部用车0辆、其他用车1辆；单价100万元（含）以上设备（不含车辆）0台（套）。")
P("其他用车主要用于机关日常公务出行和科技企业走访服务。")
H("十、预算绩效管理情况")
P("2024年度，区科委对纳入预算的全部12个项目开展了绩效自评，涉及一般公共预算财政拨款支出7,828.50万元，自评覆盖率100%。"
  "自评结果为“优”的项目9个，“良”的项目3个，无“中”和“差”等级项目。")
P("区财政局对“长宁区科技创新专项资金”项目开展了财政重点绩效评价，涉及资金5,960.00万元，评价得分92.6分，评价等级为“优”。")
P("从绩效目标完成情况看，2024年全区新认定高新技术企业186家，有效期内高新技术企业总数达到1,152家；技术合同认定登记成交额达到"
  "185.6亿元，同比增长12.4%；每万人口高价值发明专利拥有量达到83.5件。")
P("区科委获评2024年度长宁区预算绩效管理工作先进单位，区科技创新服务中心获评“上海市科普工作先进集体”。")
H("十一、其他重要事项的说明")
P("2024年末一般公共预算财政拨款结转87.86万元，主要为科普活动项目按合同进度结转的资金，将于2025年按规定继续使用。")

# part 4
H("第四部分　名词解释")
P("1.财政拨款收入：指区财政当年拨付的资金。")
P("2.事业收入：指事业单位开展专业业务活动及其辅助活动所取得的收入。")
P("3.其他收入：指除上述“财政拨款收入”“事业收入”“经营收入”等以外的收入。")
P("4.年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。")
P("5.“三公”经费：纳入区级财政预决算管理的“三公”经费，是指区级部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。")
P("6.机关运行经费：为保障行政单位运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、"
  "专用材料及一般设备购置费、办公用房水电费、办公用房物业管理费、公务用车运行维护费以及其他费用。")

SECT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>'
        '</w:sectPr>')
DOC = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       f'<w:document {W}><w:body>' + "".join(B) + SECT + "</w:body></w:document>")

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
        'Target="docProps/core.xml"/>'
        '</Relationships>')
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>2024年度上海市长宁区科学技术委员会部门决算</dc:title><dc:creator>cnkw-cwk</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-08-12T09:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-08-12T09:30:00Z</dcterms:modified>'
        '</cp:coreProperties>')


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    fixed = (2025, 8, 12, 9, 30, 0)  # fixed timestamps: the build is reproducible
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", CT), ("_rels/.rels", RELS),
                           ("docProps/core.xml", CORE), ("word/document.xml", DOC)):
            zi = zipfile.ZipInfo(name, fixed)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
