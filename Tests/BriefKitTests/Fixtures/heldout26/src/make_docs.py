#!/usr/bin/env python3
"""Writes docs/ for n99–n102 (content invented; the arithmetic is checked by ../check.py).

n99  a real minimal .docx (zipfile: [Content_Types].xml, _rels/.rels, word/document.xml, word/styles.xml,
     word/_rels/document.xml.rels), one paragraph per line of text, dates of entries in a bold run, one table
n100 a speech transcript encoded GB18030 (LF)
n101 a saved HTML page (UTF-8, LF) with nav/breadcrumb/footer chrome and a rowspan/colspan table
n102 a Markdown work plan (UTF-8, LF) with one pipe table
"""
import os, re, sys, zipfile
from xml.sax.saxutils import escape
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

# ---------------------------------------------------------------- n99 大事记 (.docx)
N99 = [
    ("Heading1", "上海市静安区科学技术委员会2025年大事记"),
    ("Normal", "2025年，区科委坚持以科技创新引领区域高质量发展，全年组织各类科技活动186场，服务企业2,350家次；"
               "全区新认定高新技术企业268家，有效期内高新技术企业达到1,105家；全年拨付区级科技专项资金1.86亿元；"
               "全区技术合同成交额438.6亿元，同比增长12.5%。现将全年大事辑录如下。"),
    ("Heading2", "第一季度"),
    ("Entry", "1月8日，区科委召开2025年全区科技创新工作会议，总结2024年工作，部署2025年重点任务，区内高校、科研院所和企业代表230余人参加会议。"),
    ("Entry", "1月21日，在2025年上海市科技工作会议上，区科委获评“2024年度上海市科技管理工作先进集体”。"),
    ("Entry", "2月19日，区科委印发《静安区促进科技成果转移转化实施办法（2025年修订）》，进一步加大对高校院所成果在区内转化的支持力度。"),
    ("Entry", "3月12日，区科委发布2024年度全区技术合同登记情况：2024年全区登记技术合同2,846项，成交额389.9亿元。"),
    ("Entry", "3月，区科委完成区级科技专项资金项目绩效评价，共评价项目46个，评价结果为“优良”的41个，占89.1%。"),
    ("Heading2", "第二季度"),
    ("Entry", "4月10日，第十一届静安科技节开幕。科技节期间，全区举办科普活动120余场，参与市民约8.5万人次。"),
    ("Entry", "4月28日，区科委联合区金融办举办2025年静安科技金融对接会，多家银行和投资机构与150家科技企业参加，现场签约意向融资金额6.2亿元。"),
    ("Entry", "5月，区科委组织2025年度科技创新券申领工作，共受理企业申请312家，审核通过286家。"),
    ("Entry", "6月18日，国家知识产权局公布新一批国家知识产权强县建设示范县（区）名单，静安区入选。"),
    ("Entry", "6月30日，区科委拨付上半年区级科技专项资金0.92亿元，支持项目138个。"),
    ("Heading2", "第三季度"),
    ("Entry", "7月1日，区科委科技创新科科长陈晓燕获评“上海市科技系统优秀共产党员”。"),
    ("Entry", "7月15日，区科委完成2025年度高新技术企业认定申报组织工作，全区申报企业386家，同比增加41家。"),
    ("Entry", "8月20日，2025静安国际科创大会在市北高新园区举办，约600名中外嘉宾参会。"),
    ("Entry", "9月12日，区科委完成2025年度科技创新券兑付，兑付企业205家，兑付金额1,230万元，平均每家企业约6.0万元。"),
    ("Entry", "9月26日，市北高新技术服务业园区被市科委评为“上海市优秀科技园区”。"),
    ("Heading2", "第四季度"),
    ("Entry", "10月16日，本市公布2025年度科技小巨人（含培育）企业名单，全区新增市级科技小巨人（含培育）企业12家，累计达到146家。"),
    ("Entry", "11月7日，第三届“静安杯”科技创新创业大赛总决赛举行，大赛共吸引参赛项目420个，评出获奖项目36个。"),
    ("Entry", "11月28日，本市2025年度第二批高新技术企业认定名单公示结束，区科委组织新认定企业开展政策培训。"),
    ("Entry", "12月10日，区科委拨付下半年区级科技专项资金0.94亿元，支持项目149个；全年累计拨付1.86亿元，支持项目287个。"),
    ("Entry", "12月26日，区科委召开2026年工作务虚会，提出2026年力争全区技术合同成交额突破480亿元，有效期内高新技术企业达到1,200家以上，"
              "新增市级科技小巨人（含培育）企业15家。"),
    ("Entry", "12月31日，区科委完成全年各季度科技活动和企业服务情况统计，具体见附表。"),
    ("Caption", "附表：2025年各季度科技活动和服务企业情况"),
    ("Table", [["季度", "科技活动（场）", "服务企业（家次）"],
               ["一季度", "38", "486"], ["二季度", "52", "612"], ["三季度", "41", "538"], ["四季度", "55", "714"],
               ["合计", "186", "2,350"]]),
    ("Right", "（静安区科学技术委员会办公室　2026年1月20日）"),
]

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(style, text):
    if style == "Entry":  # the date of an entry is a bold run of its own, as in most 大事记
        m = re.match(r"(\d+月(?:\d+日)?)，", text)
        body = run(m.group(1), True) + run(text[len(m.group(1)):])
        return f"<w:p>{body}</w:p>"
    ppr = {"Heading1": '<w:pPr><w:pStyle w:val="Heading1"/><w:jc w:val="center"/></w:pPr>',
           "Heading2": '<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>',
           "Caption": '<w:pPr><w:pStyle w:val="Caption"/></w:pPr>',
           "Right": '<w:pPr><w:jc w:val="right"/></w:pPr>', "Normal": ""}[style]
    return f"<w:p>{ppr}{run(text)}</w:p>"


def table(rows):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="2400"/><w:gridCol w:w="2400"/><w:gridCol w:w="2400"/></w:tblGrid>']
    for i, r in enumerate(rows):
        cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr>'
                        f'<w:p>{run(c, i == 0)}</w:p></w:tc>' for c in r)
        out.append(f"<w:tr>{cells}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def make_docx(path, items):
    body = "".join(table(t) if s == "Table" else para(s, t) for s, t in items)
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:b/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'wordprocessingml.styles+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'styles" Target="styles.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", document),
                           ("word/_rels/document.xml.rels", drels), ("word/styles.xml", styles)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


# ---------------------------------------------------------------- n100 领导讲话 (GB18030 .txt)
N100 = """坚定信心　守正创新　奋力开创检验检测事业高质量发展新局面
——在上海市医疗器械检验研究院2026年工作会议上的讲话
院长　王建华
（2026年1月9日）
同志们：
今天我们召开2026年工作会议，主要任务是深入贯彻落实全市药品监管工作会议精神，总结2025年和“十四五”工作，部署2026年重点任务。刚才，李明同志代表院领导班子作了工作报告，我都同意。下面，我讲三点意见。
一、充分肯定2025年取得的成绩
过去的一年，全院上下攻坚克难，各项工作取得新成效。全年完成检验检测报告32,468份，同比增长9.3%；实现业务收入4.12亿元，同比增长8.7%；服务医疗器械企业一千二百余家；报告按时出具率达到百分之九十八，客户满意度96.5分，创历史新高；荣获省部级以上集体和个人荣誉8项。成绩来之不易，主要体现在以下几个方面：
一是检验能力持续增强。全年新增检验项目186项，新增承检产品标准97项，累计具备检验能力的产品标准达到一千零八十六项；顺利通过实验室资质认定扩项评审两次。
二是服务保障更加有力。完成医疗器械注册检验12,650批次，其中创新医疗器械优先检验三百二十批次，同比增长两成；平均检验周期由2024年的62个工作日缩短至45个工作日，缩短近三成。
三是监督抽检扎实有效。承担国家和本市医疗器械监督抽检任务1,850批次，发现不合格产品63批次，不合格率3.4%，为监管部门提供了有力技术支撑。
四是科技创新实现突破。承担国家级和市级科研项目四十二项，其中国家重点研发计划项目五项；主导或参与制修订国家和行业标准二十三项；授权发明专利15件；全年科研投入三千二百万元，比上年增长百分之十五。
五是队伍建设不断加强。全院在职职工612人，其中高级职称人员184人，约占三成；全年引进博士研究生9名。全院获评“上海市五一劳动奖状”，有源器械检验室获评“全国巾帼文明岗”。
回顾“十四五”，五年来我们走过了不平凡的历程。“十四五”期间，全院累计出具检验检测报告十四万余份；年业务收入从“十三五”末的2.06亿元增长到4.12亿元，翻了一番；建成国家药监局重点实验室2个。这些成绩，是全院干部职工团结拼搏的结果。在此，我代表院党委和院领导班子，向大家表示衷心的感谢！
二、清醒认识面临的形势和挑战
当前，医疗器械产业创新发展步伐明显加快，人工智能、手术机器人、脑机接口等新产品不断涌现，对检验检测的能力、效率和质量提出了更高要求。
同时也要看到，第三方检测机构加快布局，行业竞争日趋激烈。从我院自身看，检验能力与产业需求之间仍有差距，高端人才储备不足，信息化水平有待进一步提升。
对此，我们必须保持清醒头脑，增强忧患意识，以更大的决心和力度推动各项工作迈上新台阶。
三、扎实做好2026年各项工作
2026年是“十五五”开局之年，做好今年工作意义重大。全院工作的主要预期目标是：检验检测报告突破三万五千份，业务收入达到4.5亿元左右，报告按时出具率保持在百分之九十八以上，平均检验周期控制在40个工作日以内。重点抓好以下几个方面：
（一）聚焦能力建设，打造检验检测新优势
新增检验项目不少于150项，重点拓展人工智能医疗器械、手术机器人等领域检验能力，年内建成专业实验室2个。
（二）聚焦服务提质，助力产业创新发展
深化“送检上门”服务，全年开展不少于二十场次，创新医疗器械优先检验覆盖率达到百分之百。
（三）聚焦科研攻关，提升技术支撑水平
申报国家和市级科研项目三十项以上，主导制修订标准十项以上，推动更多科研成果转化为检验方法和标准。
（四）聚焦队伍建设，夯实事业发展根基
全年引进高层次人才10名，组织专业技术培训一百二十学时以上，完善青年骨干培养机制。
（五）聚焦党建引领，营造风清气正环境
坚决做到“两个维护”，深入推进全面从严治党，持续加强作风建设和廉政风险防控。
同志们，新的一年，任务艰巨，使命光荣。让我们更加紧密地团结起来，锐意进取，真抓实干，为推动本市医疗器械产业高质量发展作出新的更大贡献！
谢谢大家！
"""

# ---------------------------------------------------------------- n101 saved HTML page with a rowspan/colspan table
D101 = {"技术合同成交额": ("亿元", [("356.8", "402.3", "12.8"), ("168.5", "192.6", "14.3"), ("276.4", "301.2", "9.0")]),
        "有效期内高新技术企业": ("家", [("2,615", "2,842", "8.7"), ("1,386", "1,512", "9.1"), ("2,208", "2,376", "7.6")]),
        "规模以上工业企业研发费用": ("亿元", [("148.6", "162.4", "9.3"), ("52.3", "58.9", "12.6"), ("96.7", "101.5", "5.0")])}
ROWS101 = "\n".join("<tr><td>" + "</td><td>".join([k, u] + [c for d in ds for c in d]) + "</td></tr>"
                    for k, (u, ds) in D101.items())
N101 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="上海嘉定">
<meta name="ColumnName" content="统计信息">
<title>2025年嘉定区与青浦区、松江区科技创新主要指标比较_统计信息_上海嘉定</title>
<link rel="stylesheet" href="/css/article.css">
</head>
<body>
<div class="topbar">上海嘉定门户网站&nbsp;|&nbsp;无障碍浏览&nbsp;|&nbsp;长者模式&nbsp;|&nbsp;English</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjjd/">走进嘉定</a></li></ul>
<div class="breadcrumb">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/tjxx/">统计信息</a>&nbsp;&gt;&nbsp;正文</div>
<div class="article">
<h1>2025年嘉定区与青浦区、松江区科技创新主要指标比较</h1>
<div class="info">发布日期：2026年2月10日&nbsp;&nbsp;来源：嘉定区科学技术委员会&nbsp;&nbsp;字号：<a>大</a> <a>中</a> <a>小</a>&nbsp;&nbsp;浏览次数：2,417</div>
<div class="content">
<p>2025年，嘉定区深入实施创新驱动发展战略，科技创新主要指标保持较快增长。全区技术合同成交额达到402.3亿元，同比增长12.8%；有效期内高新技术企业2,842家，比上年净增227家；规模以上工业企业研发费用162.4亿元，同比增长9.3%。区科委全年拨付区级科技专项资金3.28亿元，支持项目526个。</p>
<p>为便于比较，现将嘉定区与同处本市西北部的青浦区、松江区科技创新主要指标列表如下（数据来源于各区统计部门和科技部门）。</p>
<table class="data" border="1" cellspacing="0">
<caption>表1　嘉定区、青浦区、松江区科技创新主要指标</caption>
<tr><th rowspan="2">指标</th><th rowspan="2">单位</th><th colspan="3">嘉定区</th><th colspan="3">青浦区</th><th colspan="3">松江区</th></tr>
<tr><th>2024年</th><th>2025年</th><th>增速（%）</th><th>2024年</th><th>2025年</th><th>增速（%）</th><th>2024年</th><th>2025年</th><th>增速（%）</th></tr>
""" + ROWS101 + """
</table>
<p>注：增速按可比口径计算；有效期内高新技术企业为年末数。</p>
<p>从比较情况看，嘉定区、青浦区、松江区技术合同成交额合计896.1亿元，其中嘉定区占44.9%，规模居首位；青浦区技术合同成交额增速达到14.3%，增幅最高。嘉定区、青浦区、松江区有效期内高新技术企业合计6,730家，比上年增加521家；嘉定区有效期内高新技术企业数量是青浦区的1.9倍。</p>
<p>从研发投入看，嘉定区规模以上工业企业研发费用分别是青浦区、松江区的2.8倍和1.6倍，企业创新主体地位进一步巩固。</p>
<p>下一步，区科委将对标先进找差距，力争2026年全区技术合同成交额突破450亿元，有效期内高新技术企业达到3,000家以上，规模以上工业企业研发费用增长8%左右。</p>
<p>（本文数据为初步统计数，最终以各区统计年鉴公布数据为准。）</p>
</div>
</div>
<div class="share">分享到：<a>微信</a>&nbsp;<a>微博</a>&nbsp;<a>打印本页</a>&nbsp;<a>关闭窗口</a></div>
<div class="footer">
<p>主办单位：上海市嘉定区人民政府办公室&nbsp;&nbsp;承办单位：嘉定区科学技术委员会</p>
<p>地址：上海市嘉定区博学路1208号&nbsp;&nbsp;邮编：201800&nbsp;&nbsp;联系电话：021-69981234</p>
<p>沪ICP备05012688号-1&nbsp;&nbsp;沪公网安备31011402001025号&nbsp;&nbsp;网站标识码：3101140001</p>
</div>
</body>
</html>
"""

# ---------------------------------------------------------------- n102 2026年工作要点 (Markdown)
N102 = """# 上海市纤维检验所2026年工作要点

> 沪纤检〔2026〕1号　2026年1月15日所长办公会审议通过

2025年，市纤检所全年完成纤维及纺织品检验检测样品8.62万批次，同比增长6.8%；完成棉花公证检验46.8万吨；实现检验检测收入2.35亿元（2024年为2.19亿元），同比增长7.3%；客户满意度95.6分。

“十四五”期间，全所检验检测样品量由2021年的6.35万批次增长到8.62万批次，年均增长7.9%。2026年是“十五五”开局之年，全所工作要点如下。

## 一、主要目标

- **检验检测**：全年完成**检验检测样品9.2万批次以上**，同比增长6.7%左右；完成**棉花公证检验48万吨**。
- **经营收入**：实现**检验检测收入2.52亿元**，同比增长7.2%。
- **服务质量**：报告按时出具率不低于99%（2025年为98.7%），客户满意度保持在95分以上，有效投诉办结率100%。
- **科研标准**：承担科研项目不少于15项，主导或参与制修订标准12项以上。

| 序号 | 指标 | 单位 | 2025年完成 | 2026年目标 |
|---|---|---|---|---|
| 1 | 检验检测样品 | 万批次 | 8.62 | 9.2 |
| 2 | 棉花公证检验 | 万吨 | 46.8 | 48 |
| 3 | 检验检测收入 | 亿元 | 2.35 | 2.52 |
| 4 | 客户满意度 | 分 | 95.6 | 95 |
| 5 | 主导或参与制修订标准 | 项 | 11 | 12 |

## 二、重点任务

### （一）提升检验检测能力

1. **新增检验检测参数80项**，重点拓展功能性纺织品、再生纤维等领域检测能力；
2. 按照ISO/IEC 17025:2017要求完成实验室认可复评审，评审通过率100%；
3. 投入**设备购置资金1,200万元**，新购**大型仪器设备25台套**。

### （二）优化服务供给

1. 为长三角地区**300家以上纺织服装企业**提供质量提升帮扶服务；
2. 开展**“检验检测进企业”活动不少于40场**，覆盖本市主要纺织服装产业集群；
3. **常规检测报告平均出具周期压缩至5个工作日以内**（2025年为6.5个工作日）。

### （三）强化科研和标准化

1. 按照市科委《关于做好2026年度科技计划项目组织实施工作的通知》（沪科〔2026〕3号）要求，**申报各级科研项目不少于20项**；
2. 严格执行《检验检测机构监督管理办法》第十三条有关规定，全年开展内部质量审核2次、管理评审1次；
3. **申请发明专利8件**。

### （四）加强队伍建设

1. **全所在编在岗人员控制在186人以内**；
2. 引进**硕士以上专业技术人员6名**，组织**业务培训不少于1,500人次**。

## 三、进度安排

- 3月31日前完成年度目标任务分解，6月30日前开展上半年工作评估，12月15日前完成年度考核。
- 所办公室负责统筹协调，联系人：周敏，联系电话：021-62751234。
"""


def main():
    os.makedirs(DOCS, exist_ok=True)
    make_docx(os.path.join(DOCS, "n99_jingan_kw_dsj2025.docx"), N99)
    with open(os.path.join(DOCS, "n100_shmdi_ldjh2025.txt"), "wb") as fh:
        fh.write(N100.encode("gb18030"))
    for name, text in (("n101_jiading_kw_zbbj2025.html", N101), ("n102_shxjs_gzyd2026.md", N102)):
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    print("docs written")


if __name__ == "__main__":
    main()
