#!/usr/bin/env python3
"""Builds the two encoded documents of this batch (the other two, n92 and n93, are typed directly into docs/).

- n91: a minimal real .docx (zip with [Content_Types].xml, _rels/.rels, word/document.xml): the paragraphs and the one
  table (w:tbl) below, in body order.
- n94: src/n94_source.md re-encoded as UTF-16LE with a BOM (LF line ends kept).
"""
import os, sys, zipfile
from xml.sax.saxutils import escape
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), "docs")

# ---------------------------------------------------------------- n91 表彰决定 (.docx)
TITLE = "上海市虹口区科学技术委员会关于表彰2025年度虹口区科技创新工作先进集体和先进个人的决定"
BEFORE = [
    ("c", "虹科委〔2026〕4号"),
    ("", "各街道，区政府各委、办、局，各有关单位："),
    ("", "2025年，全区科技战线坚持以科技创新引领高质量发展，聚焦北外滩新一轮开发建设，全力推进科创中心承载区建设，"
         "全区技术合同成交额达到128.4亿元，同比增长11.6%；有效期内高新技术企业达到862家，新增科技型中小企业评价入库1,035家，"
         "新增市级“专精特新”企业48家，科技创新对区域经济发展的支撑作用进一步增强。"),
    ("", "一年来，全区涌现出一批勇于担当、锐意创新的先进集体和先进个人。为表彰先进、树立典型，进一步激发全区科技工作者的"
         "创新活力，经区科委党组会议研究，决定："),
    ("", "一、授予区科委科技企业服务科等6个集体“2025年度虹口区科技创新工作先进集体”称号，授予陈立群等8名同志"
         "“2025年度虹口区科技创新工作先进个人”称号，授予周景行、林若曦2名同志“2025年度虹口区科技创新突出贡献奖”。"),
    ("", "二、对在2025年虹口区科技活动周组织工作中表现突出的北外滩街道办事处、嘉兴路街道办事处、上海虹口科技园发展有限公司"
         "3个单位予以通报表扬。"),
    ("", "三、对受表彰的先进集体每个给予奖励3万元，先进个人每人给予奖励1万元，突出贡献奖获得者每人给予奖励10万元，"
         "以上奖励资金共计46万元，在区科技发展专项资金中列支。"),
    ("", "四、根据《虹口区关于加快建设科创中心承载区的若干政策》（虹府规〔2024〕2号）第十五条规定，对2025年获得国家和"
         "市级科技奖励的4家区内单位给予配套奖励："),
    ("", "（一）上海智链数字科技有限公司牵头完成的“城市级多源数据融合治理关键技术及应用”项目荣获2024年度国家科学技术进步奖"
         "二等奖，给予配套奖励100万元；"),
    ("", "（二）上海瑞康生物医药有限公司完成的“新型抗肿瘤抗体药物研发及产业化”项目荣获2024年度上海市科技进步奖一等奖，"
         "给予配套奖励50万元；"),
    ("", "（三）上海澜芯半导体有限公司完成的“高可靠车规级功率芯片设计技术”项目荣获2024年度上海市技术发明奖二等奖，"
         "给予配套奖励30万元；"),
    ("", "（四）上海虹信智能装备有限公司与同济大学合作完成的项目荣获中国产学研合作促进会颁发的"
         "2025年度中国产学研合作创新成果奖一等奖，给予配套奖励20万元。"),
    ("", "以上配套奖励资金共计200万元。本次表彰奖励和配套奖励资金合计246万元。"),
    ("", "希望受到表彰的先进集体和先进个人珍惜荣誉、戒骄戒躁，在新的起点上再创佳绩。全区各单位和广大科技工作者要以先进为"
         "榜样，勇攀科技高峰，为虹口加快建设具有世界影响力的北外滩新一代城市中心贡献科技力量。"),
    ("", "附件：2025年度虹口区科技创新工作先进集体和先进个人名单"),
    ("r", "上海市虹口区科学技术委员会"),
    ("r", "2026年1月22日"),
    ("", "（此件公开发布）"),
    ("", "附件"),
    ("cb", "2025年度虹口区科技创新工作先进集体和先进个人名单"),
]
JT, JG, TX = "2025年度虹口区科技创新工作先进集体", "2025年度虹口区科技创新工作先进个人", "2025年度虹口区科技创新突出贡献奖"
TABLE = [["序号", "荣誉称号", "集体名称或姓名", "所在单位及职务"],
         ["1", JT, "区科委科技企业服务科", "上海市虹口区科学技术委员会"],
         ["2", JT, "区市场监管局知识产权科", "上海市虹口区市场监督管理局"],
         ["3", JT, "上海北外滩数字科技园管理办公室", "上海北外滩（集团）有限公司"],
         ["4", JT, "上海虹口科技创业中心孵化服务部", "上海虹口科技创业中心"],
         ["5", JT, "上海智链数字科技有限公司研发中心", "上海智链数字科技有限公司"],
         ["6", JT, "江湾镇街道社区科普工作站", "上海市虹口区江湾镇街道办事处"],
         ["7", JG, "陈立群", "上海市虹口区科学技术委员会科技企业服务科科长"],
         ["8", JG, "王海燕", "上海虹口科技创业中心副主任"],
         ["9", JG, "刘子涵", "上海澜芯半导体有限公司研发总监"],
         ["10", JG, "赵明远", "上海虹口科技园发展有限公司总经理助理"],
         ["11", JG, "孙佳怡", "上海市虹口区四川北路街道办事处科员"],
         ["12", JG, "郑伟", "上海瑞康生物医药有限公司首席科学家"],
         ["13", JG, "何思远", "上海市虹口区科学技术协会科普部部长"],
         ["14", JG, "马晓东", "上海北外滩数字科技园管理办公室主任"],
         ["15", TX, "周景行", "上海智链数字科技有限公司董事长"],
         ["16", TX, "林若曦", "上海瑞康生物医药有限公司研发中心主任"]]
AFTER = [("", "抄送：区委办公室，区政府办公室。"),
         ("", "上海市虹口区科学技术委员会办公室　　　　2026年1月22日印发")]

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def para(text, style=""):
    ppr = ""
    if "c" in style: ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>'
    if "r" in style: ppr = '<w:pPr><w:jc w:val="right"/></w:pPr>'
    rpr = '<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/>' + ("<w:b/>" if "b" in style else "") + '<w:sz w:val="32"/></w:rPr>'
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def table(rows):
    widths = [800, 3800, 2600, 3400]
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{b}</w:tblBorders></w:tblPr><w:tblGrid>'
           + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"]
    for i, r in enumerate(rows):
        out.append("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{para(c, "b" if i == 0 else "")}</w:tc>'
                                      for c, w in zip(r, widths)) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def build_n91():
    body = [para(TITLE, "cb")] + [para(t, s) for s, t in BEFORE] + [table(TABLE)] + [para(t, s) for s, t in AFTER]
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + "".join(body)
           + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
             'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    path = os.path.join(DOCS, "n91_hongkou_kw_bzjd2025.docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 22, 9, 0, 0))  # fixed time: the file is reproducible
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


def build_n94():
    src = open(os.path.join(HERE, "n94_source.md"), encoding="utf-8").read()
    assert "\r" not in src and src.endswith("\n")
    with open(os.path.join(DOCS, "n94_sribs_jczx_csr2025.md"), "wb") as fh:
        fh.write(b"\xff\xfe" + src.encode("utf-16-le"))


if __name__ == "__main__":
    build_n91()
    build_n94()
    print("docs written")
