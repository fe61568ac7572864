#!/usr/bin/env python3
"""Writes docs/ for n135–n138 (content invented; every line typed here by hand). UTF-8 without BOM, LF.

n135 is a .docx built with zipfile from the paragraphs typed below ([Content_Types].xml, _rels/.rels,
word/document.xml only; fixed zip timestamps so the file is reproducible)."""
import os, sys, zipfile
from xml.sax.saxutils import escape
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

# ------------------------------------------------------------------ n135: 区科委 2019 summary and 2020 plan (.docx)
# Each entry is one w:p: (style, [runs]); a run list is split where a real Word file would split runs (bold figures,
# proofing marks). The line of a paragraph is "".join(runs). "T" is the table (rows of cells).
N135 = [
    ("Title", ["黄浦区科学技术委员会2019年工作总结和2020年工作思路"]),
    ("Center", ["（2019年12月20日）"]),
    ("Body", ["2019年，区科委坚持以习近平新时代中国特色社会主义思想为指导，紧紧围绕建设具有全球影响力的科技创新中心核心功能区的目标，全区科技创新工作取得新进展。全年新认定高新技术企业",
              "126", "家，有效期内高新技术企业达到412家；技术合同成交额", "38.65", "亿元，同比增长15.2%；每万人口发明专利拥有量达到52.8件；区级科技创新资金投入2.36亿元。"]),
    ("Heading1", ["一、2019年主要工作"]),
    ("Heading2", ["（一）高新技术企业培育"]),
    ("Body", ["1. 加大高企培育力度。全年举办高企申报辅导培训12场，服务企业860家次；全区申报高新技术企业198家，通过认定126家，通过率63.6%。"]),
    ("Body", ["2. 推进科技小巨人工程。新增市级科技小巨人企业4家、科技小巨人培育企业7家，全区累计达到53家。"]),
    ("Heading2", ["（二）科技成果转化"]),
    ("Body", ["3. 活跃技术市场。全年登记技术合同", "1,046", "项，成交额38.65亿元；其中技术开发合同成交额21.30亿元，占55.1%。"]),
    ("Body", ["4. 建设创新载体。新认定市级众创空间3家，全区市级以上孵化载体达到21家。"]),
    ("Heading2", ["（三）科技创新资金"]),
    ("Body", ["5. 优化资金扶持。全年区级科技创新资金投入2.36亿元，其中支持科技型中小企业技术创新项目85个、资金3,120万元；落实研发费用加计扣除政策，惠及企业356家，减免税额4.82亿元。"]),
    ("Heading2", ["（四）科学普及"]),
    ("Body", ["6. 举办2019年黄浦区科技节，开展各类科普活动230场，参与市民约8.5万人次；新创建全国科普示范社区2个。"]),
    ("Heading2", ["（五）荣誉"]),
    ("Body", ["7. 黄浦区顺利通过科技部复核，继续保持“全国科技进步示范区”称号；外滩街道、南京东路街道被中国科协命名为“全国科普示范社区”；区科委获评“上海市科普工作先进集体”。"]),
    ("Heading1", ["二、2019年主要指标完成情况"]),
    ("Body", ["表1  2019年主要科技指标完成情况"]),
    ("T", [["指标", "2018年", "2019年", "增幅"],
           ["新认定高新技术企业（家）", "108", "126", "16.7%"],
           ["有效期内高新技术企业（家）", "365", "412", "12.9%"],
           ["技术合同成交额（亿元）", "33.55", "38.65", "15.2%"],
           ["每万人口发明专利拥有量（件）", "47.6", "52.8", "10.9%"]]),
    ("Small", ["注：增幅按2018年数据计算；技术合同成交额为技术合同登记口径。"]),
    ("Heading1", ["三、存在的不足"]),
    ("Body", ["科技企业总量偏小、结构不优，有效期内高新技术企业数量在中心城区中仍处于中游；部分科技型企业受商务成本影响外迁，全年外迁高新技术企业17家。"]),
    ("Heading1", ["四、2020年工作思路"]),
    ("Body", ["2020年，区科委将围绕“四大品牌”建设，主要预期目标是：新认定高新技术企业130家以上，有效期内高新技术企业突破450家，技术合同成交额达到42亿元，每万人口发明专利拥有量达到56件。"]),
    ("Body", ["（一）强化企业主体地位。实施高企“育苗”计划，全年举办申报辅导培训不少于12场。"]),
    ("Body", ["（二）提升成果转化效能。推动技术合同成交额增长8%以上。"]),
    ("Body", ["（三）加大资金支持力度。2020年区级科技创新资金预算安排2.50亿元，比2019年增长5.9%。"]),
    ("Body", ["（四）深化科学普及。举办2020年黄浦区科技节，开展科普活动不少于240场。"]),
    ("Right", ["黄浦区科学技术委员会"]),
    ("Right", ["2019年12月20日"]),
]

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PPR = {"Title": '<w:pPr><w:pStyle w:val="Title"/><w:jc w:val="center"/></w:pPr>',
       "Center": '<w:pPr><w:jc w:val="center"/></w:pPr>',
       "Right": '<w:pPr><w:jc w:val="right"/></w:pPr>',
       "Heading1": '<w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="0"/></w:pPr>',
       "Heading2": '<w:pPr><w:pStyle w:val="Heading2"/><w:outlineLvl w:val="1"/></w:pPr>',
       "Body": '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>',
       "Small": '<w:pPr><w:spacing w:before="60"/></w:pPr>'}
RPR = {"Title": '<w:rPr><w:b/><w:sz w:val="36"/></w:rPr>', "Heading1": '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>',
       "Heading2": '<w:rPr><w:b/></w:rPr>', "Small": '<w:rPr><w:sz w:val="21"/></w:rPr>'}


def run(text, rpr=""):
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(style, runs):
    rs = []
    for i, t in enumerate(runs):
        # a figure alone in its run is bold (as Word writes a bolded number); other runs take the style's rPr
        rs.append(run(t, '<w:rPr><w:b/></w:rPr>' if style == "Body" and i % 2 == 1 else RPR.get(style, "")))
    return f"<w:p>{PPR[style]}{''.join(rs)}</w:p>"


def table(rows):
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in (3600, 1600, 1600, 1600))
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="8400" w:type="dxa"/><w:tblBorders>{b}</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for r, cells in enumerate(rows):
        tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{1600 if c else 3600}" w:type="dxa"/></w:tcPr>'
                      f'<w:p><w:pPr><w:jc w:val="{"center" if c else "left"}"/></w:pPr>{run(t, "<w:rPr><w:b/></w:rPr>" if r == 0 else "")}</w:p></w:tc>'
                      for c, t in enumerate(cells))
        out.append(f"<w:tr>{tcs}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx(path, items):
    body = "\n".join(table(x) if s == "T" else para(s, x) for s, x in items)
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>\n{body}\n'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800"'
           ' w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>\n')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>\n')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>\n')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2019, 12, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


# ------------------------------------------------------------------ n136: WeChat article saved as HTML (2023-06-18)
N136 = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<title>数读2022｜漕河泾松江园年度“成绩单”来了</title>
<script type="text/javascript">
var nickname = "漕河泾松江园";
var msg_title = "数读2022｜漕河泾松江园年度“成绩单”来了";
var publish_time = "2023-06-18";
var ct = "1687051800";
</script>
</head>
<body id="activity-detail" class="zh_CN">
<div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">数读2022｜漕河泾松江园年度“成绩单”来了</h1>
<div id="meta_content"><span id="js_author_name">园区宣传部</span>&nbsp;<a id="js_name">漕河泾松江园</a>&nbsp;<em id="publish_time">2023-06-18 09:30</em>&nbsp;<span id="js_ip_wording">上海</span></div>
<div class="rich_media_content" id="js_content">
<section style="text-align:center;font-size:14px;color:#888;">点击上方蓝字&nbsp;关注我们</section>
<section style="margin:10px 0;padding:0 8px;">
<p style="font-size:15px;line-height:1.75em;">近日，上海漕河泾开发区松江高科技园发展有限公司发布《2022年度园区发展报告》，回顾园区一年来的发展成效。</p>
<p style="font-size:15px;line-height:1.75em;">2022年，面对多重超预期因素冲击，园区坚持“稳增长、优服务、强创新”，全年实现营业总收入412.6亿元，同比增长8.3%；完成工业总产值186.4亿元；实现税收总额21.8亿元，同比增长5.1%；新增注册企业486家。</p>
</section>
<section style="margin:20px 0 10px;"><section style="display:inline-block;padding:4px 12px;background-color:#c00;color:#fff;font-size:16px;">01&nbsp;经济规模稳步扩大</section></section>
<section style="padding:0 8px;">
<p style="text-align:center;"><span style="font-size:15px;">营业总收入</span><span style="color:#c00;font-size:24px;"><strong>412.6</strong></span><span style="font-size:15px;">亿元</span></p>
<p style="text-align:center;"><span style="font-size:15px;">工业总产值</span><span style="color:#c00;font-size:24px;"><strong>1</strong></span><span style="color:#c00;font-size:24px;"><strong>86.4</strong></span><span style="font-size:15px;">亿元</span></p>
<p style="font-size:15px;line-height:1.75em;">其中，规模以上工业企业实现产值172.9亿元，占工业总产值的92.8%；战略性新兴产业产值98.5亿元，同比增长11.2%。</p>
<p style="text-align:center;">税收总额<span style="color:#c00;font-size:24px;"><strong>21.8</strong></span>亿元，同比增长<span style="color:#c00">5</span><span>.1%</span></p>
</section>
<section style="margin:20px 0 10px;"><section style="display:inline-block;padding:4px 12px;background-color:#c00;color:#fff;font-size:16px;">02&nbsp;企业集聚持续增强</section></section>
<section style="padding:0 8px;">
<p style="font-size:15px;line-height:1.75em;">截至2022年底，园区集聚企业<span style="color:#c00;font-weight:bold;">3,126</span>家，其中外资企业<span style="color:#c00;font-weight:bold;">268</span>家。</p>
<p style="font-size:15px;line-height:1.75em;">全年新增注册企业486家，新引进亿元以上项目14个，总投资达到126.3亿元。</p>
<p style="font-size:15px;line-height:1.75em;">园区高新技术企业达到238家，全年新认定42家；市级专精特新中小企业65家；国家级专精特新“小巨人”企业9家，其中2022年新增3家。</p>
</section>
<section style="margin:20px 0 10px;"><section style="display:inline-block;padding:4px 12px;background-color:#c00;color:#fff;font-size:16px;">03&nbsp;创新动能加快释放</section></section>
<section style="padding:0 8px;">
<p style="font-size:15px;line-height:1.75em;">园区企业研发投入28.5亿元，占营业总收入的6.9%；有效发明专利<span style="color:#c00;">1,842</span>件，同比增长14.6%；市级以上研发机构37家。</p>
</section>
<section style="margin:20px 0 10px;"><section style="display:inline-block;padding:4px 12px;background-color:#c00;color:#fff;font-size:16px;">04&nbsp;载体空间不断拓展</section></section>
<section style="padding:0 8px;">
<p style="font-size:15px;line-height:1.75em;">全年新竣工产业载体12.8&nbsp;万平方米，园区可租赁载体总面积达到126.5万平方米，平均出租率91.2%。</p>
</section>
<section style="margin:20px 0 10px;"><section style="display:inline-block;padding:4px 12px;background-color:#c00;color:#fff;font-size:16px;">05&nbsp;企业服务提质增效</section></section>
<section style="padding:0 8px;">
<p style="text-align:center;"><span style="font-size:15px;">助力企业融资</span><span style="color:#c00;font-size:24px;"><strong>1</strong></span><span style="font-size:24px;"><strong>2.6</strong></span><span style="font-size:15px;">亿元</span></p>
<p style="font-size:15px;line-height:1.75em;">全年举办政策宣讲、投融资对接等活动86场，服务企业2,360家次，协助园区企业获得银行贷款、股权融资等合计12.6亿元；企业服务满意度达到95.3%。</p>
<p style="font-size:15px;line-height:1.75em;">2022年，园区入选上海市经济和信息化委员会公布的“上海市特色产业园区”名单，获评上海市开发区协会“五星级品牌园区”；园区3家企业入选工业和信息化部第四批国家级专精特新“小巨人”企业。</p>
<p style="font-size:15px;line-height:1.75em;">2023年，园区将力争营业总收入突破450亿元，新增注册企业500家以上，新竣工产业载体10万平方米。</p>
</section>
<section style="text-align:center;font-size:12px;color:#999;">来源：园区综合办&nbsp;|&nbsp;编辑：李琳&nbsp;|&nbsp;审核：王强</section>
</div>
<div id="js_tags"><a id="js_view_source">阅读原文</a>&nbsp;&nbsp;<span id="readNum3">阅读&nbsp;2,371</span>&nbsp;&nbsp;<span id="js_like">在看&nbsp;18</span></div>
</div>
</body>
</html>
"""

# ------------------------------------------------------------------ n137: incubator annual operating report (Markdown)
N137 = """# 新微创源孵化器2022年度运营报告

> 运营单位：上海嘉定新微创源孵化器管理有限公司
> 发布日期：2023年2月15日

## 一、总体情况

2022年，孵化器克服疫情反复等不利影响，坚持“专业孵化+创业投资”模式，孵化成效稳步提升。截至2022年底，在孵企业156家；全年新增入孵企业42家，毕业企业18家，累计毕业企业83家；在孵企业全年获得投融资3.85亿元，同比增长21.5%；拥有有效知识产权1,268件。

## 二、主要运营指标

表1 企业孵化情况

| 指标 | 2021年 | 2022年 | 同比 |
|---|---|---|---|
| | （家） | （家） | （%） |
| 在孵企业 | 138 | 156 | 13.0 |
| 新增入孵企业 | 36 | 42 | 16.7 |
| 当年毕业企业 | 15 | 18 | 20.0 |
| 累计毕业企业 | 65 | 83 | 27.7 |

表2 投融资、知识产权与创业活动

| 指标 | 单位 | 2021年 | 2022年 | 同比（%） |
|---|---|---|---|---|
| 在孵企业获得投融资 | 亿元 | 3.17 | 3.85 | 21.5 |
| 在孵企业有效知识产权 | 件 | 1,106 | 1,268 | 14.6 |
| 举办创新创业活动 | 场 | 64 | 72 | 12.5 |

注：同比按上年同口径计算；在孵企业、累计毕业企业为年末数。

## 三、孵化服务

1. **投融资服务。** 全年组织项目路演和投融资对接会18场，获得投融资的在孵企业27家，其中股权融资2.64亿元、银行贷款1.21亿元；孵化器自有种子基金新增投资在孵企业6家，投资金额1,850万元。
2. **知识产权服务。** 在孵企业有效知识产权中，发明专利312件，占24.6%；全年新增专利申请205件。
3. **创业活动。** 全年举办创新创业活动72场，服务创业者超过5,800人次。
4. **团队与导师。** 孵化器专业服务人员14人，其中持有创业导师资格的9人；聘请创业导师36名。
5. **场地与入驻。** 孵化场地面积1.2万平方米，年末入驻率92.5%；全年清退不符合要求的企业6家。
6. **企业培育。** 全年在孵企业中新认定上海市专精特新中小企业5家。

## 四、荣誉资质

- 2016年被科学技术部认定为国家级科技企业孵化器
- 2022年获评科技部火炬中心2021年度国家级科技企业孵化器评价优秀（A类）
- 入选上海市科学技术委员会2022年度上海市科技企业孵化器绩效评价优秀名单
- 获评嘉定区科学技术委员会“嘉定区创新创业服务示范基地”

## 五、2023年工作计划

2023年，孵化器将聚焦集成电路、智能传感等领域，力争在孵企业达到170家，新增入孵企业45家以上，毕业企业不少于20家，在孵企业获得投融资突破4亿元。

上海嘉定新微创源孵化器管理有限公司

2023年2月15日
"""

# ------------------------------------------------------------------ n138: district 政府工作报告, January 2021 (pdftotext -layout)
# Page breaks (form feeds) are left out, as heldout31/33 did for pdftotext text; the page footers stay.
N138 = """                                  政 府 工 作 报 告
               —— 2021年1月7日在青浦区第五届人民代表大会第六次会议上
                                 青浦区区长    周  明

各位代表：
        现在，我代表青浦区人民政府，向大会报告工作，请予审议，并请区政协委员
和其他列席人员提出意见。
                      一、2020年和“十三五”时期工作回顾
        2020年是极不平凡的一年。面对突如其来的新冠肺炎疫情和复杂严峻的外部
环境，我们坚持统筹推进疫情防控和经济社会发展，全区经济稳步恢复、社会大局
保持稳定。全年实现地区生产总值1,193.4亿元，比上年增长3.2%；区级一般公共
预算收入203.6亿元，增长1.8%；全社会固定资产投资增长15.7%；社会消费品零售
总额612.5亿元，增长2.6%；城乡居民人均可支配收入分别达到6.26万元和3.81万
元，分别增长4.1%和6.9%。
        一年来，我们主要做了以下工作：
        （一）全力抓好疫情防控和复工复产。落实各项惠企政策，全年为企业减免
房租、减税降费38.7亿元，帮助中小企业渡过难关。
        （二）高水平建设长三角生态绿色一体化发展示范区。示范区青浦片区全年
实施重点项目65个，完成投资312.4亿元；华为青浦研发中心等重大项目开工建设。
                                       — 1 —
        （三）增强科技创新策源能力。全年新认定高新技术企业278家，有效期内高
新技术企业总数达到806家；全社会研发经费支出占地区生产总值比重达到3.1%；
技术合同成交额62.5亿元，增长18.3%。
        （四）持续改善民生福祉。新增就业岗位1.82万个；新建、改扩建学校8所；
新增养老床位1,020张。
        回顾“十三五”，五年来，全区经济实力迈上新台阶。地区生产总值由2015年
的862.1亿元增加到2020年的1,193.4亿元，年均增长6.7%；区级一般公共预算收入
五年累计完成913.4亿元，年均增长9.3%；累计完成全社会固定资产投资2,468亿元，
是“十二五”时期的1.8倍。高新技术企业由2015年的186家增加到806家，是2015年
的4.3倍。民生福祉持续增进，城乡面貌显著改善，五年累计新增就业岗位12.
6万个，建设筹措各类保障性住房2.35万套，改造农村危旧房3,
105户；生态环境持续改善，城乡人居环境明显提升，新建各类公园绿地486
公顷，森林覆盖率由2015年的14.3%提高到18.6%。
                                       — 2 —
                     二、“十四五”时期发展目标和2021年工作安排
        “十四五”时期，全区经济社会发展的主要目标是：到2025年，地区生产总值
力争达到1,800亿元，年均增长8.6%左右；高新技术企业突破1,500家；全社会研发
经费支出占地区生产总值比重达到3.5%；森林覆盖率达到20%以上。
        2021年是“十四五”开局之年。今年经济社会发展的主要预期目标是：地区生
产总值增长7%左右；区级一般公共预算收入增长5%；全社会固定资产投资增长10%
以上；新增就业岗位1.8万个；居民人均可支配收入增长与经济增长基本同步。
        重点抓好以下工作：
        （一）推动示范区建设取得新突破。全年实施示范区重点项目70个以上，完成
投资350亿元左右。
        （二）加快科技创新。新认定高新技术企业300家以上，技术合同成交额突破
70亿元。
        各位代表，新征程已经开启，新使命催人奋进。让我们更加紧密地团结在以
习近平同志为核心的党中央周围，为加快建设“上海之门”而努力奋斗！
                                       — 3 —
"""


def main():
    os.makedirs(DOCS, exist_ok=True)
    docx(os.path.join(DOCS, "n135_huangpu_kw_zjsl2019.docx"), N135)
    for name, text in (("n136_chjsj_yq_wx2023.html", N136), ("n137_xwcy_fhq_yybg2022.md", N137),
                       ("n138_qingpu_zf_zfgzbg2021.txt", N138)):
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)


if __name__ == "__main__":
    main()
