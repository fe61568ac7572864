#!/usr/bin/env python3
"""Writes docs/ for n123–n126 (content invented; every line typed here by hand).

n123 .html: UTF-8, LF, one element a line.  n124 .txt: UTF-8, LF, `pdftotext -layout` style (running header, footer
`— N —`, a form feed at the start of each later page's first line and after the last page).  n125 .txt: UTF-16LE with
BOM, CRLF.  n126 .docx: a zip written with zipfile (word/document.xml with <w:p>/<w:r>/<w:t> and one <w:tbl>)."""
import os, sys, zipfile
from xml.sax.saxutils import escape
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

# ------------------------------------------------------------------ n123: 政府信息公开工作年度报告 (HTML)
N123 = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>上海市徐汇区科学技术委员会2025年政府信息公开工作年度报告</title></head>
<body>
<h1>上海市徐汇区科学技术委员会2025年政府信息公开工作年度报告</h1>
<p class="info">发布日期：2026年1月20日　来源：徐汇区科委　索引号：XH-KW-2026-00012</p>
<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《上海市政府信息公开规定》要求，由上海市徐汇区科学技术委员会（以下简称区科委）编制。报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。</p>
<h2>一、总体情况</h2>
<p>2025年，区科委认真落实《2025年徐汇区政务公开工作要点》，全年通过区政府门户网站主动公开政府信息412条，其中政策文件26条、工作动态238条、通知公告148条；发布政策解读材料31篇，其中图文解读18篇、视频解读7篇、专家解读6篇；组织政策吹风会和新闻发布会5场。</p>
<p>依申请公开方面，全年共收到政府信息公开申请48件，同比增长20.0%（2024年为40件），其中自然人申请31件、法人或其他组织申请17件；加上年结转3件，共需办理51件，已办结49件，结转下年度继续办理2件，按时办结率100%。</p>
<p>平台建设和监督保障方面，区科委政务公开专栏全年访问量18.6万人次，同比增长12.0%；“徐汇科创”微信公众号发布信息326条；组织政务公开专题培训4场，参训156人次。</p>
<h2>二、主动公开政府信息情况</h2>
<table border="1">
<tr><th colspan="4">第二十条第（一）项</th></tr>
<tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>2</td><td>1</td><td>9</td></tr>
<tr><th colspan="4">第二十条第（五）项</th></tr>
<tr><th>信息内容</th><th colspan="3">本年处理决定数量</th></tr>
<tr><td>行政许可</td><td colspan="3">0</td></tr>
<tr><th colspan="4">第二十条第（六）项</th></tr>
<tr><td>行政处罚</td><td colspan="3">0</td></tr>
<tr><td>行政强制</td><td colspan="3">0</td></tr>
<tr><th colspan="4">第二十条第（八）项</th></tr>
<tr><th>信息内容</th><th colspan="3">本年收费金额（单位：万元）</th></tr>
<tr><td>行政事业性收费</td><td colspan="3">0</td></tr>
</table>
<h2>三、收到和处理政府信息公开申请情况</h2>
<table border="1">
<tr><th>本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和</th><th>自然人</th><th>法人或其他组织</th><th>总计</th></tr>
<tr><td>一、本年新收政府信息公开申请数量</td><td>31</td><td>17</td><td>48</td></tr>
<tr><td>二、上年结转政府信息公开申请数量</td><td>2</td><td>1</td><td>3</td></tr>
<tr><td>三、本年度办理结果（一）予以公开</td><td>13</td><td>8</td><td>21</td></tr>
<tr><td>（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td><td>4</td><td>2</td><td>6</td></tr>
<tr><td>（三）不予公开</td><td>2</td><td>1</td><td>3</td></tr>
<tr><td>（四）无法提供</td><td>8</td><td>4</td><td>12</td></tr>
<tr><td>（五）不予处理</td><td>2</td><td>0</td><td>2</td></tr>
<tr><td>（六）其他处理</td><td>3</td><td>2</td><td>5</td></tr>
<tr><td>（七）总计</td><td>32</td><td>17</td><td>49</td></tr>
<tr><td>四、结转下年度继续办理</td><td>1</td><td>1</td><td>2</td></tr>
</table>
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
<table border="1">
<tr><th colspan="5">行政复议</th><th colspan="5">行政诉讼（未经复议直接起诉）</th><th colspan="5">行政诉讼（复议后起诉）</th></tr>
<tr><th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th><th>总计</th><th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th><th>总计</th><th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th><th>总计</th></tr>
<tr><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table>
<h2>五、存在的主要问题及改进情况</h2>
<p>上一年度报告中提出的“政策解读形式较为单一”问题已整改到位，本年度视频解读和专家解读占比明显提高。本年度存在的主要问题：一是部分政策解读发布不够及时；二是依申请公开答复文书的说理性有待加强。2026年，区科委将计划发布政策解读材料不少于35篇，开展政务公开专题培训不少于4场，进一步提升政务公开工作质效。</p>
<h2>六、其他需要报告的事项</h2>
<p>本机关2025年度发出收费通知0件，收取信息处理费0元。全年承办区人大代表建议9件、区政协提案14件，办结率100%。</p>
<p class="sign">上海市徐汇区科学技术委员会　2026年1月20日</p>
</body>
</html>
"""

# ------------------------------------------------------------------ n124: 知识产权白皮书 (pdftotext -layout)
HEAD = "                         上海市知识产权白皮书（2025）"
def foot(n):
    return " " * 34 + f"— {n} —"
P1 = [
    HEAD,
    "",
    "    2025年是“十四五”规划收官之年。全市知识产权工作坚持以高质量发展为",
    "主线，知识产权创造、运用、保护、管理和服务水平全面提升，为加快建设具有",
    "全球影响力的科技创新中心提供了有力支撑。",
    "一、知识产权创造",
    "    2025年，全市专利授权量11.06万件，同比增长5.1%；其中发明专利授权量4.8",
    "万件，同比增长7.6%，占专利授权量的43.4%。截至2025年底，全市有效发明专",
    "利拥有量24.35万件，每万人口高价值发明专利拥有量达到58.6件，比上年增加",
    "6.3件。全年PCT国际专利申请量6,842件，同比增长10.1%。",
    "    商标方面，全年商标注册量36.52万件，同比增长6.8%；截至年底有效商标注",
    "册量291.7万件，同比增长8.6%。",
    "",
    foot(1),
]
P2 = [
    "\f" + HEAD,
    "",
    "二、知识产权运用",
    "    全年专利转让、许可备案3.62万次，同比增长15.3%。知识产权质押融资金额",
    "538.2亿元，同比增长30.4%，惠及企业2,186家，其中中小微企业占比达到",
    "86.5%。全市知识产权主要指标见表1。",
    "",
    "                      表1  2025年上海市知识产权主要指标",
    "  指标                                  2024年       2025年      增长%",
    "  专利授权量（万件）                    10.52        11.06        5.1",
    "  发明专利授权量（万件）                 4.46         4.80        7.6",
    "  有效发明专利拥有量（万件）            21.86        24.35       11.4",
    "  每万人口高价值发明专利拥有量（件）     52.3         58.6       12.0",
    "  知识产权质押融资金额（亿元）          412.6        538.2       30.4",
    "  注：每万人口高价值发明专利拥有量按年末常住人口计算。",
    "",
    foot(2),
]
P3 = [
    "\f" + HEAD,
    "",
    "三、知识产权保护",
    "    全市各级知识产权管理部门办理专利侵权纠纷行政裁决案件1,126件，同比",
    "增长9.9%，结案率96.2%。中国（上海）知识产权保护中心和中国（浦东）知",
    "识产权保护中心全年完成专利快速预审4,862件，发明专利平均授权周期缩短至",
    "3.2个月。全市法院全年受理知识产权民事一审案件数量继续保持高位，超过",
    "4.1万件；上海海关查扣侵权嫌疑货物1,580批次。",
    "四、知识产权服务与环境",
    "    截至2025年底，全市知识产权服务机构达到2,960家，执业专利代理师5,128",
    "人。全年本市46家企业入选国家知识产权局认定的国家知识产权示范企业。",
    "    2025年，上海市入选国家知识产权局“国家知识产权强市建设示范城市”；",
    "中国（浦东）知识产权保护中心获评“全国知识产权快速维权优秀单位”。",
    "五、2026年工作展望",
    "    2026年，全市力争发明专利授权量达到5万件以上，每万人口高价值发明专利",
    "拥有量达到63件，知识产权质押融资金额突破600亿元。",
    "",
    " " * 52 + "上海市知识产权局",
    " " * 54 + "2026年4月",
    "",
    foot(3),
]
N124 = "\n".join(P1 + P2 + P3) + "\n\f"

# ------------------------------------------------------------------ n125: 科普工作年度报告 (UTF-16LE, BOM, CRLF)
N125 = [
    "闵行区科学技术协会2025年科普工作年度报告",
    "上海市闵行区科学技术协会",
    "2026年1月16日",
    "",
    "2025年，区科协以提升公民科学素质为主线，统筹推进科普活动、科普阵地和科普队伍建设。全年组织开展各类科普活动2,846场次，参与公众186.4万人次，同比增长8.7%；全区科普基地总数达到68个；全区公民具备科学素质的比例达到27.86%，比上年提高1.32个百分点。",
    "",
    "一、科普活动",
    "（一）全国科普日。9月，区科协牵头组织2025年全国科普日闵行主场活动，全区14个街镇和功能区同步开展主题活动326场，吸引线上线下参与公众42.6万人次。",
    "（二）科普讲座和科技活动周。全年举办“闵行科普大讲堂”讲座48场，线下听众1.2万人次；5月科技活动周期间开展活动215场。",
    "（三）科普讲解大赛。举办第十二届闵行区科普讲解大赛，86名选手参赛。区科技馆讲解员李晓雯获2025年上海市科普讲解大赛一等奖，闵行代表队另获二等奖2项、三等奖3项，区科协获大赛优秀组织奖。",
    "",
    "二、科普阵地",
    "截至2025年底，全区共有科普基地68个，其中全国科普教育基地5个、上海市科普教育基地23个、区级科普基地40个；2025年新认定上海市科普教育基地3个。",
    "全区建成社区科普e站126个、科普画廊412块，各类科普场馆全年接待参观38.5万人次。",
    "",
    "三、科普队伍",
    "全区注册科普志愿者达到1.86万人（2024年底为1.65万人），一年新增2,100人，全年志愿服务时长24.6万小时；专兼职科普人员3,280人。",
    "",
    "四、公民科学素质",
    "2025年度监测调查（有效样本3,600份）显示，闵行区公民具备科学素质的比例为27.86%，较2024年的26.54%提高1.32个百分点，高于全市26.10%的平均水平。",
    "",
    "五、荣誉",
    "2025年，闵行区通过中国科协复查，继续保持“全国科普示范区”称号。",
    "区科协被中国科协评为“2025年全国科普日活动优秀组织单位”。",
    "吴泾镇被上海市科学技术协会命名为“上海市科普示范街镇”。",
    "全年全区获市级以上科普荣誉17项。",
    "",
    "六、2026年工作计划",
    "2026年，区科协将力争全年开展科普活动3,000场次以上，参与公众200万人次以上，全区公民具备科学素质的比例达到29%，新增上海市科普教育基地2个以上，注册科普志愿者突破2万人。",
    "",
    "联系人：区科协科普部，电话：021-64128736。",
    "（本报告数据截至2025年12月31日，部分数据为快报数。）",
]

# ------------------------------------------------------------------ n126: 述职述廉报告 (.docx)
TAB = "\t"
N126_BODY = [
    # ("p", [runs]) where a run is text or ("b", text) for bold;  ("tbl", [rows of cells])
    ("p", [("b", "述职述廉报告")]),
    ("p", ["上海市软件评测中心副主任　张立新"]),
    ("p", ["2026年1月12日"]),
    ("p", ["根据中心党委关于开展2025年度中层以上干部述职述廉工作的安排，现将本人一年来履职尽责和廉洁自律情况报告如下。"]),
    ("p", [("b", "一、分管工作完成情况")]),
    ("p", ["2025年，本人协助主任分管测评一部、测评二部和标准研究室。分管部门全年完成软件测试项目",
           "1,268", "项，同比增长12.6%；实现营业收入1.86亿元，同比增长9.4%，占中心营业收入的42.3%；客户满意度达到97.6分，比上年提高0.8分。"]),
    ("p", [("b", "（一）测评业务。"), "完成软件产品登记测试536项、信息系统验收测试418项、密码应用安全性评估314项，出具测试报告1,302份；承接国家和市级重大项目测试27项。"]),
    ("p", [("b", "（二）市场拓展。"), "新签合同额2.05亿元，新增客户186家，服务客户总数达到1,420家。"]),
    ("p", [("b", "（三）标准制定。"), "牵头或参与制定标准16项，其中国家标准3项、行业标准5项、团体标准8项，年内已发布6项。"]),
    ("p", [("b", "（四）队伍建设。"), "分管部门现有员工148人，其中具有高级职称的36人，占24.3%。"]),
    ("p", ["表1  分管领域主要指标完成情况"]),
    ("tbl", [["指标", "2024年", "2025年", "2026年目标"],
             ["软件测试项目", "1,126项", "1,268项", "1,400项"],
             ["营业收入", "1.70亿元", "1.86亿元", "2.00亿元"],
             ["客户满意度", "96.8分", "97.6分", "98.0分"],
             ["参与制定标准", "11项", "16项", "18项"]]),
    ("p", [("b", "二、团队荣誉")]),
    ("p", ["2025年，分管部门共获市级以上荣誉5项。测评一部获评上海市总工会“上海市工人先锋号”；标准研究室获评共青团上海市委“上海市青年文明号”；本人获评中心“2025年度优秀共产党员”。"]),
    ("p", [("b", "三、履行党风廉政建设“一岗双责”情况")]),
    ("p", ["本人认真履行分管领域党风廉政建设责任。全年参加中心党委理论学习中心组学习12次，为分管部门讲廉政党课2次，与分管部门负责人和关键岗位人员开展廉政谈话18人次；督促分管部门开展廉政风险点排查，梳理风险点23个，制定防控措施31条。"]),
    ("p", ["带领分管部门党员干部赴廉政教育基地开展警示教育，推动廉政要求融入测评业务各环节。"]),
    ("p", [("b", "四、廉洁自律情况")]),
    ("p", ["本人严格遵守中央八项规定及其实施细则精神，严格执行“三重一大”决策制度，全年无违规收受礼品礼金、无公款吃喝等情况，按规定如实报告个人有关事项。"]),
    ("p", ["本人及分管部门全年未发生违反廉洁纪律的问题。"]),
    ("p", [("b", "五、存在的不足")]),
    ("p", ["一是对新兴测评领域的前瞻布局还不够；二是标准成果向测评业务的转化还不充分；三是对分管部门廉政风险的日常监督还需加强。"]),
    ("p", [("b", "六、2026年工作打算")]),
    ("p", ["2026年，本人将力争分管部门完成软件测试项目1,400项、营业收入2.00亿元，客户满意度达到98.0分以上；新建人工智能测评实验室1个；参与制定标准18项。"]),
    ("p", ["以上报告，请予审议。"]),
    ("p", ["述职人：张立新"]),
    ("p", ["2026年1月12日"]),
]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def run_xml(r):
    if isinstance(r, tuple):
        return f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(r[1])}</w:t></w:r>'
    return f'<w:r><w:t xml:space="preserve">{escape(r)}</w:t></w:r>'


def docx_xml():
    parts = []
    for kind, content in N126_BODY:
        if kind == "p":
            parts.append("<w:p>" + "".join(run_xml(r) for r in content) + "</w:p>")
        else:
            rows = []
            for row in content:
                cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p>{run_xml(c)}</w:p></w:tc>' for c in row)
                rows.append(f"<w:tr>{cells}</w:tr>")
            parts.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                         '<w:tblGrid>' + '<w:gridCol w:w="2000"/>' * 4 + '</w:tblGrid>' + "".join(rows) + "</w:tbl>")
    sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800"/></w:sectPr>'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>'
            + "".join(parts) + sect + "</w:body></w:document>")


CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '</Relationships>')
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>述职述廉报告</dc:title><dc:creator>张立新</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-12T09:00:00Z</dcterms:created></cp:coreProperties>')


def main():
    os.makedirs(DOCS, exist_ok=True)
    with open(os.path.join(DOCS, "n123_xuhui_kw_zfxxgk2025.html"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(N123)
    with open(os.path.join(DOCS, "n124_sipo_zscq_bps2025.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(N124)
    with open(os.path.join(DOCS, "n125_minhang_kx_kpnb2025.txt"), "wb") as fh:
        fh.write(b"\xff\xfe" + ("\r\n".join(N125) + "\r\n").encode("utf-16-le"))
    with zipfile.ZipFile(os.path.join(DOCS, "n126_sstc_zgfzr_szbg2025.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", docx_xml())
        z.writestr("docProps/core.xml", CORE)


if __name__ == "__main__":
    main()
