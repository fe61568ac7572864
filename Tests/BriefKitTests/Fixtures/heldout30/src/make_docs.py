#!/usr/bin/env python3
"""Writes the four n115–n118 documents into docs/ (UTF-8 without BOM, LF; n117 is a .docx built with zipfile).

The texts are typed here by hand; the figures are invented and add up (check.py recomputes them).
"""
import os, sys, zipfile
from xml.sax.saxutils import escape
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), "docs")

# ---------------------------------------------------------------- n115 工作简报 (plain text)
N115 = """松江区科技工作简报
2025年第12期（总第186期）
上海市松江区科学技术委员会办公室编　　　　　　2025年12月12日

【本期要目】
一、区科委11月重点工作进展
二、方松街道“科创服务进楼宇”成效明显
三、漕河泾开发区松江园区科技企业加速集聚
四、云间科技企业孵化器通过市级认定
五、凌云机器人研发投入持续加大
六、岳阳街道“科普进社区”活动丰富多彩
七、第三届松江区科技创新创业大赛决赛举行
八、下期预告

一、区科委11月重点工作进展
11月，区科委完成科技型中小企业评价入库198家，兑付科技创新券312.4万元，惠及企业87家。1—11月，全区累计新增科技型中小企业评价入库1,742家，同比增长10.6%；技术合同成交额218.5亿元，同比增长13.2%，完成全年目标240亿元的91.0%。
当月，区科委还受理科技型中小企业评价入库申请216家，组织高新技术企业认定材料初审54家，开展“科技政策进园区”宣讲4场，参加企业160余家。

二、方松街道“科创服务进楼宇”成效明显
方松街道依托辖区18幢商务楼宇开展“科创服务进楼宇”行动。11月，街道走访楼宇企业126家，收集企业需求43条，已协调解决38条，解决率88.4%；推荐11家企业申报科技型中小企业评价。

三、漕河泾开发区松江园区科技企业加速集聚
截至11月底，漕河泾开发区松江园区入驻科技型企业412家，其中高新技术企业136家，占33.0%。1—11月，园区企业技术合同成交额26.8亿元，同比增长18.6%。园区科创载体二期建成投用，新增研发办公面积4.2万平方米。

四、云间科技企业孵化器通过市级认定
近日，上海市科学技术委员会公布2025年度市级科技企业孵化器认定名单，云间科技企业孵化器通过认定，成为松江区第9家市级科技企业孵化器。该孵化器运营面积1.6万平方米，现有在孵企业68家，2025年新增毕业企业9家，在孵企业累计获得股权融资2.35亿元。11月，在孵企业星衍智能获得A轮融资5,000万元。

五、凌云机器人研发投入持续加大
上海凌云机器人科技有限公司是区重点培育的“专精特新”企业。1—11月，公司实现营业收入10.97亿元，同比增长21.3%；研发投入1.36亿元，占营业收入的12.4%；新增授权发明专利27件，累计拥有有效发明专利186件。近日，公司入选工业和信息化部第七批专精特新“小巨人”企业名单。

六、岳阳街道“科普进社区”活动丰富多彩
11月，岳阳街道联合区科协开展“科普进社区”系列活动14场，参与居民约2,300人次；街道社区科普志愿者已达174人。1—11月，街道累计开展科普活动132场，参与居民约2.1万人次。

七、第三届松江区科技创新创业大赛决赛举行
11月26日，由区科委、区人社局联合主办的第三届松江区科技创新创业大赛决赛举行。本届大赛共征集项目268个，30个项目进入决赛，最终评出一等奖3个、二等奖6个、三等奖9个，获奖项目将获得总额360万元的区级资金支持。

八、下期预告
下期将刊登区科委2025年度科技工作回顾，以及第二批区级企业研发机构认定情况（拟认定12家）。12月下旬，区科委将组织30家企业赴长三角G60科创走廊城市开展技术对接。

报：区委、区政府领导
送：市科委，各街道、镇，各园区
发：委内各科室
责任编辑：区科委办公室　　联系电话：021-37736021
"""

# ---------------------------------------------------------------- n116 三季度工作报告 (Markdown)
N116 = """# 上海市电子信息产品质量检测中心2025年第三季度工作报告

报送单位：上海市电子信息产品质量检测中心

报送日期：2025年10月15日

## 一、总体情况

1—9月，中心累计完成检测报告4.28万份，同比增长9.7%，完成全年目标（5.6万份）的76.4%；实现检测业务收入1.86亿元，同比增长7.5%，完成全年目标（2.5亿元）的74.4%。其中，三季度完成检测报告1.52万份（上年同期为1.36万份），同比增长11.8%。

三季度，中心实现检测业务收入6,850万元，同比增长8.9%；服务客户1,264家，其中新增客户218家。1—9月累计服务客户3,126家，同比增长6.3%。

## 二、分业务板块情况

1—9月各业务板块检测报告和收入情况见下表。

| 业务板块 | 1—9月检测报告（万份） | 1—9月检测业务收入（万元） |
| --- | --- | --- |
| 电磁兼容 | 1.38 | 5,920 |
| 信息安全 | 0.94 | 4,680 |
| 软件测评 | 1.12 | 4,350 |
| 环境与可靠性 | 0.84 | 3,650 |
| 合计 | 4.28 | 18,600 |

信息安全板块受数据安全评估需求带动，检测报告同比增长24.6%，增速居各板块首位；软件测评板块受部分项目延期影响，检测报告同比下降3.2%。

## 三、能力建设

三季度，中心新增CNAS认可检测项目36项，累计达到1,248项；新增CMA资质认定参数52个；参加能力验证和实验室间比对17项，结果均为满意。中心依据ISO/IEC 17025:2017完成管理体系内部审核。

## 四、科研与标准

1—9月，中心主持或参与制修订标准9项，其中国家标准3项；获得授权发明专利6件。

## 五、客户服务与队伍建设

1—9月，客户满意度为96.8%，比上年同期提高0.6个百分点；检测报告平均出具周期为5.2个工作日，比上年同期缩短0.8个工作日。截至9月底，中心在职职工386人，其中硕士及以上学历152人，占39.4%。8月，中心电磁兼容实验室获评“上海市工人先锋号”。

## 六、四季度工作计划

四季度，中心将全力冲刺全年目标：完成检测报告1.32万份以上，确保全年完成5.6万份；实现检测业务收入6,400万元以上，全年检测业务收入力争达到2.5亿元；新增CNAS认可检测项目不少于20项；启动新能源汽车电子检测实验室建设。
"""

# ---------------------------------------------------------------- n117 完成情况表 (.docx)
# Paragraphs are lists of runs (Word often splits a paragraph into several runs; a line is their concatenation).
# A table row is a list of cells, a cell a list of runs.
N117_BEFORE = [
    (["上海市闵行区科学技术委员会"], "title"),
    (["2025年度重点工作目标任务", "完成情况表"], "title"),
    (["填报单位：上海市闵行区科学技术委员会（盖章）　　填报日期：2026年1月8日"], None),
    (["2025年，区科委承担区委、区政府下达的重点工作目标任务", "18", "项。截至2025年12月31日，已完成16项，完成率88.9%；"
      "全区技术合同成交额312.6亿元，有效期内高新技术企业达到2,386家，新增科技型中小企业评价入库2,148家。"], None),
    (["其中，量化指标任务11项，节点性任务7项；基本完成1项（“科技贷”贷款规模），未完成1项（概念验证中心建设），具体情况如下表。"], None),
]
N117_TABLE = [
    ["序号", "目标任务", "责任部门", "年度目标", "完成情况", "完成率"],
    ["1", "技术合同认定登记", "技术市场科", ["认定登记技术合同", "3,000", "项，成交额300亿元"],
     ["完成认定登记技术合同", "3,260", "项，成交额", "312.6", "亿元"], "104.2%"],
    ["2", "高新技术企业培育", "高新技术科", "有效期内高新技术企业达到2,300家", "有效期内高新技术企业2,386家", "103.7%"],
    ["3", "科技型中小企业培育", "科技企业科", "新增科技型中小企业评价入库2,000家", "新增评价入库2,148家", "107.4%"],
    ["4", "研发经费投入", "规划发展科", "全社会研发经费投入强度达到4.3%", "全社会研发经费投入强度达到4.38%", "101.9%"],
    ["5", "科技小巨人企业培育", "科技企业科", "新增市级科技小巨人（含培育）企业15家", "新增市级科技小巨人（含培育）企业18家", "120.0%"],
    ["6", "科技创新券", "科技服务科", "发放科技创新券不少于2,500万元", ["发放科技创新券", "2,635", "万元，惠及企业512家"], "105.4%"],
    ["7", "高价值发明专利", "成果转化科", "每万人口高价值发明专利拥有量达到50件", "每万人口高价值发明专利拥有量达到52.6件", "105.2%"],
    ["8", "科技人才引育", "人才工作科", "引进培育区级科技领军人才30人", "引进培育区级科技领军人才32人", "106.7%"],
    ["9", "科普工作", "科普工作科", "举办科普活动不少于300场", "举办科普活动342场，参与市民约15万人次", "114.0%"],
    ["10", "科技金融", "科技金融科", "“科技贷”贷款规模达到20亿元", "“科技贷”贷款规模19.2亿元", "96.0%"],
    ["11", "概念验证中心建设", "成果转化科", "建成概念验证中心3个", "建成概念验证中心2个", "66.7%"],
    ["12", "大零号湾科技创新策源功能区建设", "创新载体科", "完成年度建设任务", "已完成", "—"],
    ["13", "《闵行区科技创新“十五五”规划》编制", "规划发展科", "完成规划编制", "已完成规划编制并报区政府审议", "—"],
    ["14", "重大科技项目组织", "高新技术科", "组织申报市级以上重大科技项目", ["获批市级以上科技项目", "86", "项，获得资金支持2.4亿元"], "—"],
    ["15", "科技企业服务", "科技服务科", "开展“服务包”企业走访", "已完成全年走访计划", "—"],
    ["16", "国际科技合作", "对外合作科", "举办国际科技合作交流活动", "举办第四届“大零号湾”国际创新论坛", "—"],
    ["17", "科技创新政策修订", "政策法规科", "修订区级科技创新政策", "已出台新一轮区级科技创新政策", "—"],
    ["18", "安全生产和保密工作", "办公室", "全年无责任事故", "全年未发生责任事故", "—"],
]
N117_AFTER = [
    (["说明："], None),
    (["1.完成率＝完成值÷年度目标值×100%，第1项按技术合同成交额计算。"], None),
    (["2.完成率100%及以上为已完成，90%（含）至100%为基本完成，90%以下为未完成；节点性任务按节点完成情况评定。"], None),
    (["3.第10项受部分银行授信收紧影响，贷款规模略低于年度目标；第11项剩余概念验证中心因场地调整，预计2026年3月建成。"], None),
    (["填报人：周敏　　审核人：刘建华　　联系电话：021-64120357"], None),
    (["上海市闵行区科学技术委员会"], "right"),
    (["2026年1月8日"], "right"),
]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def runs_xml(runs, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return "".join(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>' for t in runs)


def para_xml(runs, style=None):
    ppr = {"title": '<w:pPr><w:jc w:val="center"/></w:pPr>', "right": '<w:pPr><w:jc w:val="right"/></w:pPr>'}.get(style, "")
    return f"<w:p>{ppr}{runs_xml(runs, bold=style == 'title')}</w:p>"


def table_xml(rows):
    widths = [700, 2600, 1300, 2600, 2800, 1000]
    border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{border}</w:tblBorders></w:tblPr><w:tblGrid>']
    out += [f'<w:gridCol w:w="{w}"/>' for w in widths] + ["</w:tblGrid>"]
    for i, row in enumerate(rows):
        out.append("<w:tr>")
        for w, cell in zip(widths, row):
            runs = cell if isinstance(cell, list) else [cell]
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr><w:p>{runs_xml(runs, bold=i == 0)}</w:p></w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx_bytes(path):
    body = "".join(para_xml(r, s) for r, s in N117_BEFORE) + table_xml(N117_TABLE) + \
        "".join(para_xml(r, s) for r, s in N117_AFTER)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W}"><w:body>{body}'
                '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
                '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/>'
                '</w:sectPr></w:body></w:document>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" '
                     'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/docProps/core.xml" '
                     'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                     '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>2025年度重点工作目标任务完成情况表</dc:title><dc:creator>闵行区科委</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-08T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", content_types), ("_rels/.rels", rels),
                           ("word/document.xml", document), ("docProps/core.xml", core)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 8, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


# ---------------------------------------------------------------- n118 newspaper interview page (HTML)
N118 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>让“科创+产业”双轮驱动跑得更快——专访宝山区科委主任陈立群--上海频道--人民网</title>
</head>
<body>
<div class="main">
<div class="article">
<h1>让“科创+产业”双轮驱动跑得更快</h1>
<h2>——专访宝山区科委主任陈立群</h2>
<div class="info">2026年1月22日07:38&nbsp;&nbsp;来源：解放日报&nbsp;&nbsp;记者&nbsp;王佳&nbsp;&nbsp;通讯员&nbsp;李晓东</div>
<div class="content">
<p>2025年，宝山区全社会研发经费投入强度达到3.62%，技术合同成交额达到206.4亿元，有效期内高新技术企业达到1,568家，科技创新对产业转型的支撑作用持续增强。新年伊始，记者专访了宝山区科学技术委员会主任陈立群。</p>
<p><strong>记者：</strong>2024年，宝山全社会研发经费投入强度为3.41%，技术合同成交额为178.2亿元。去年这些指标有哪些新变化？</p>
<p><strong>陈立群：</strong>去年全区研发经费投入强度比2024年提高0.21个百分点，技术合同成交额同比增长15.8%，增速位居全市前列。其中，技术开发合同成交额121.7亿元，占全区技术合同成交额的59.0%；区内企业作为买方吸纳技术合同成交额88.3亿元。</p>
<p><strong>记者：</strong>2024年，全区有效期内高新技术企业为1,412家。企业梯度培育方面，去年有哪些进展？</p>
<p><strong>陈立群：</strong>去年全区有效期内高新技术企业净增156家，新增科技型中小企业评价入库1,802家，同比增长11.2%；新增市级专精特新中小企业138家，累计达到612家；新增科创板上市企业2家，全区科创板上市企业累计达到11家。</p>
<p><strong>记者：</strong>宝山是传统工业大区，科技投入如何向产业一线倾斜？</p>
<p><strong>陈立群：</strong>去年区级财政科技投入15.6亿元，同比增长8.3%，其中用于支持企业研发和成果转化的资金9.8亿元，占62.8%。我们发放科技创新券2,960万元，服务企业680余家；“科技贷”为326家企业提供贷款24.5亿元。</p>
<p><strong>记者：</strong>创新载体是科技企业成长的“沃土”。去年宝山在这方面有哪些新举措？</p>
<p><strong>陈立群：</strong>截至2025年底，全区市级以上科技企业孵化器和众创空间达到42家，其中去年新增5家；孵化载体总面积约68万平方米，在孵企业2,300余家。去年，宝山区获国家知识产权局批准，成为国家知识产权强市建设试点城区。</p>
<p><strong>记者：</strong>2026年是“十五五”开局之年，宝山科技创新有哪些新目标？</p>
<p><strong>陈立群：</strong>今年，我们力争全社会研发经费投入强度达到3.8%左右，技术合同成交额突破230亿元，有效期内高新技术企业达到1,700家以上，新增市级以上孵化载体3家，新增科技型中小企业评价入库2,000家以上。</p>
<p><strong>记者：</strong>对“十五五”时期，您有怎样的展望？</p>
<p><strong>陈立群：</strong>到2030年，力争全区全社会研发经费投入强度达到4.5%，有效期内高新技术企业突破2,500家，把宝山建设成为具有全国影响力的科创产业融合发展示范区。</p>
</div>
</div>
<div class="sidebar">
<h3>数读</h3>
<ul>
<li>全社会研发经费投入强度：3.62%</li>
<li>技术合同成交额：206.4亿元，同比增长15.8%</li>
<li>有效期内高新技术企业：1,568家</li>
<li>新增科技型中小企业评价入库：1,802家</li>
<li>市级以上科技企业孵化器和众创空间：42家</li>
</ul>
</div>
<div class="editor">（责编：赵欣、孙磊）</div>
</div>
</body>
</html>
"""

NAMES = {"n115_songjiang_kw_gzjb2025.txt": N115, "n116_seiqc_jdbg2025.md": N116,
         "n118_baoshan_kw_zf2025.html": N118}
DOCX = "n117_minhang_kw_mbwc2025.docx"

if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    for name, text in NAMES.items():
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    docx_bytes(os.path.join(DOCS, DOCX))
    print("docs written")
