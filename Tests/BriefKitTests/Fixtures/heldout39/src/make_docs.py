#!/usr/bin/env python3
"""Writes docs/ for n151–n154 (content invented; every line typed here by hand). UTF-8 without BOM, LF.
n151 imitates `pdftotext` without -layout: the PDF's own line breaks, a form feed "\\f" closing every page (so each new
page's first line starts with "\\f"), running header and footer on every content page; the file ends with "\\f" as
pdftotext writes it. n154 is a minimal WordprocessingML .docx written with zipfile (fixed timestamps, reproducible)."""
import os, sys, zipfile
from xml.sax.saxutils import escape
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
NAMES = ["n151_srxc_csr2025.txt", "n152_minhang_kw_fangtan2025.html", "n153_sipa_sswgh_zqyj2025.md",
         "n154_stcsm_rcfw_rcjh2024.docx"]

# ------------------------------------------------------------------ n151: CSR report PDF → pdftotext (no -layout)
HDR = "上海软信测评中心2025年社会责任报告"
N151_PAGES = [
 [  # cover + contents (no running header/footer on the cover)
  "上海软信测评中心",
  "2025年社会责任报告",
  "2026年1月",
  "目录",
  "一、关于我们..............................................1",
  "二、2025年履责成效......................................1",
  "三、荣誉与认可..........................................3",
  "四、2026年展望..........................................3",
 ],
 [
  HDR,
  "一、关于我们",
  "上海软信测评中心成立于2003年，是上海市科学技术委员会所属公益二类事业单",
  "位，具有CNAS、CMA资质。截至2025年底，中心在编职工186人，其中高级职称",
  "68人，占36.6%；博士、硕士学历人员共计121人。",
  "二、2025年履责成效",
  "2025年，中心完成软件测评项目3,412项，同比增长14.3%；服务客户1,286",
  "家，其中中小企业942家，占73.3%；实现营业收入2.68亿元，同比增长9.8%；",
  "客户满意度97.6%①，较上年提高0.8个百分点（2024年为96.8%）。",
  "① 满意度由第三方机构调查，回收有效问卷1,520份。",
  "— 1 —",
 ],
 [
  HDR,
  "（一）服务产业发展",
  "全年完成信创适配验证项目528项，出具检测报告4,105份注1；开展测评技术培训36",
  "场，培训1,840人次；承担国家和市级科研课题12项，牵头制定团体标准6项。",
  "表1 2024—2025年主要服务指标",
  "指标",
  "2024年",
  "2025年",
  "软件测评项目（项）",
  "2,986",
  "3,412",
  "服务客户（家）",
  "1,173",
  "1,286",
  "营业收入（万元）",
  "24,400",
  "26,800",
  "注1：检测报告含软件产品登记测试报告2,318份。",
  "— 2 —",
 ],
 [
  HDR,
  "（二）履行公益责任",
  "全年为中小企业减免测试费用386万元，惠及企业215家；开展“信创测评进园",
  "区”公益活动24场，服务企业超过600家次。",
  "（三）员工与环境",
  "组织职工培训4,260学时，人均22.9学时；单位能耗同比下降6.5%。",
  "三、荣誉与认可",
  "2025年，中心荣获“上海市五一劳动奖状”；测评二部获评“上海市工人先锋号”；",
  "中心入选工业和信息化部“信息技术应用创新测评服务机构”名单。全年获得省部",
  "级以上荣誉5项。",
  "四、2026年展望",
  "2026年，中心将力争完成软件测评项目3,800项以上，客户满意度保持在97%以上。",
  "— 3 —",
 ],
]
N151 = "\f".join("\n".join(p) + "\n" for p in N151_PAGES) + "\f"

# ------------------------------------------------------------------ n152: interview with the district 科委 director (HTML)
N152 = "\n".join([
 '<!DOCTYPE html>',
 '<html lang="zh-CN"><head><meta charset="utf-8"><title>专访区科委主任周建华：让创新活力在闵行持续迸发_今日闵行</title></head>',
 '<body>',
 '<div class="nav">首页 &gt; 新闻中心 &gt; 专访</div>',
 '<h1>专访区科委主任周建华：让创新活力在闵行持续迸发</h1>',
 '<div class="info">发布时间：2025年12月16日 10:32&nbsp;&nbsp;来源：今日闵行&nbsp;&nbsp;记者：沈佳怡&nbsp;&nbsp;浏览次数：2,318&nbsp;&nbsp;字号：大 中 小</div>',
 '<div class="article">',
 '<p class="lead">编者按：岁末之际，本报推出“回眸2025·奋进2026”系列访谈。本期，记者专访了闵行区科学技术委员会主任周建华。</p>',
 '<p><strong>记者：</strong>今年上海全社会研发经费支出相当于全市生产总值的比例预计达到4.4%左右，全市有效高新技术企业突破2.5万家，1—11月全市技术合同成交额超过4,800亿元。在这样的背景下，闵行科技创新交出了怎样的答卷？</p>',
 '<p><strong>周建华：</strong>今年以来，我们累计服务科技企业3,860家次，同比增长12.4%；全区新认定高新技术企业612家，有效期内高新技术企业总数达到2,846家，比2024年底的2,632家增加214家。</p>',
 '<p>全区技术合同登记成交额达到586.2亿元，同比增长15.6%（2024年为507.1亿元）；区级科技专项资金投入9.8亿元，其中6.08亿元用于支持企业研发，占62.0%。</p>',
 '<p><strong>记者：</strong>企业对科技服务的感受如何？</p>',
 '<p><strong>周建华：</strong>我们委托第三方开展了科技服务满意度调查，企业满意度达到96.2%，比上年提高1.1个百分点。“科创闵行”服务平台全年受理企业诉求1,245件，办结1,231件，办结率98.9%。</p>',
 '<p><strong>记者：</strong>听说闵行今年在创新载体建设上也有新突破？</p>',
 '<p><strong>周建华：</strong>是的。全区新认定市级以上科技企业孵化器和众创空间8家，累计达到96家；新增国家级专精特新“小巨人”企业18家。紫竹高新区创业园获评科技部“优秀国家级科技企业孵化器”，区科委获评“2025年度上海市科技工作先进集体”。</p>',
 '<p>10月举办的第十三届闵行科技节，吸引市民参与12.6万人次。</p>',
 '<p><strong>记者：</strong>2026年是“十五五”开局之年，闵行科技工作有哪些打算？</p>',
 '<p><strong>周建华：</strong>我们将围绕“4+5”重点产业，力争2026年新认定高新技术企业650家以上，技术合同登记成交额突破650亿元，新建市级以上孵化载体10家左右，科技服务企业满意度保持在96%以上。</p>',
 '<p class="editor">责任编辑：王敏</p>',
 '</div>',
 '<div class="related"><h3>相关新闻</h3><ul>',
 '<li><a href="/xwzx/20251210/t3586.html">闵行区2025年第三批科技项目立项公示</a><span>2025-12-10</span></li>',
 '<li><a href="/xwzx/20251128/t3541.html">区科委召开2025年四季度科技企业座谈会</a><span>2025-11-28</span></li>',
 '</ul></div>',
 '<div class="footer">主办：闵行区融媒体中心&nbsp;&nbsp;地址：沪闵路6258号&nbsp;&nbsp;电话：021-64128888<br>沪ICP备05012345号-1&nbsp;&nbsp;沪公网安备31011202012345号</div>',
 '</body></html>']) + "\n"

# ------------------------------------------------------------------ n153: 十五五 plan draft of a municipal bureau (Markdown)
N153 = """# 上海市知识产权保护和运用“十五五”规划（征求意见稿）

> 上海市知识产权局 2025年11月20日
> 征求意见时间：2025年11月20日至12月19日；联系电话：021-52901234

## 一、发展基础

“十四五”时期，本市知识产权工作取得显著成效。2025年，全市每万人口高价值发明专利拥有量达到52.6件，较2020年的28.4件增长85.2%；有效发明专利拥有量达到28.5万件，“十四五”期间年均增长13.5%（2020年为15.1万件）；PCT国际专利申请量7,420件；知识产权质押融资登记金额426.8亿元，同比增长18.2%；知识产权保护社会满意度达到87.5分，较2020年的81.2分提高6.3分。

2021—2025年，全市累计办理专利侵权纠纷行政裁决案件3,126件，建成国家级知识产权保护中心2家、知识产权快速维权中心4家，累计培育国家知识产权示范企业和优势企业512家。2023年，上海市入选国家知识产权局首批国家知识产权强市建设示范城市；2024年，浦东新区、徐汇区入选国家知识产权强县建设示范县（区）。

## 二、主要指标

表1 “十五五”时期知识产权发展主要指标

| 指标 | 2025年基数 | 2030年目标 | 属性 |
|---|---|---|---|
| 每万人口高价值发明专利拥有量（件） | 52.6 | 80 | 预期性 |
| 有效发明专利拥有量（万件） | 28.5 | 45 | 预期性 |
| PCT国际专利申请量（件） | 7,420 | 10,000 | 预期性 |
| 知识产权质押融资登记金额（亿元） | 426.8 | 600 | 预期性 |
| 知识产权保护社会满意度（分） | 87.5 | 90以上 | 预期性 |
| 专利侵权纠纷行政裁决案件平均办案周期（个月） | 3.5 | 3以内 | 约束性 |

注：2025年基数为预计数。

## 三、发展目标

到2030年，本市知识产权创造质量、运用效益、保护效果全面提升，基本建成国际知识产权保护高地。每万人口高价值发明专利拥有量达到80件，PCT国际专利申请量突破1万件，知识产权质押融资登记金额年度达到600亿元，知识产权保护社会满意度保持在90分以上。

展望2035年，全面建成具有全球影响力的国际知识产权中心城市。

## 四、重点任务

### （一）强化知识产权全链条保护

到2030年，国家级知识产权保护中心达到3家，专利侵权纠纷行政裁决案件平均办案周期压缩至3个月以内。

### （二）促进知识产权转化运用

累计培育国家知识产权示范企业和优势企业达到800家，推动“一区一品”知识产权运营平台建设。
"""

# ------------------------------------------------------------------ n154: 科技人才计划 入选情况公告 of a 市科委 budget unit (.docx)
N154_BODY = [
 "上海市科技人才服务中心",
 "关于2024年度上海市科技人才计划入选情况的公告",
 "沪科人服〔2024〕18号",
 "根据《上海市科技人才计划项目管理办法》，经单位推荐、形式审查、专家评审和社会公示，现将2024年度上海市科技人才计划入选情况公告如下。",
 "一、总体情况",
 "2024年度上海市科技人才计划共遴选入选人员1,180人，较2023年的1,062人增加118人，增长11.1%；安排资助经费4.26亿元，同比增长8.7%（2023年为3.92亿元）。",
 "入选人员中，35周岁以下青年人才860人，占72.9%；女性科技人才402人，占34.1%；来自企业的科技人才318人，占26.9%。",
 "二、分类入选情况",
 "表1 2024年度上海市科技人才计划分类入选情况",
 None,   # the table goes here
 "其中，扬帆计划每人资助20万元，资助期限为2025年1月至2026年12月；启明星计划入选人员平均年龄32.6岁。",
 "三、荣誉表彰",
 "经上海市科学技术委员会审定，授予张明远等10人“2024年度上海市科技精英”称号，授予李晓雯等10人“2024年度上海市科技精英提名奖”。",
 "本市3名青年科学家获得第十八届“中国青年科技奖”；王立群研究员入选“上海市领军人才”。",
 "四、其他事项",
 "请入选人员所在单位于2024年12月20日前完成任务书签订。咨询电话：021-64311234。",
 "上海市科技人才服务中心",
 "2024年11月28日",
]
N154_TABLE = [
 ["计划类别", "入选人数（人）", "资助经费（万元）", "人数占比（%）"],
 ["扬帆计划", "520", "10,400", "44.1"],
 ["青年科技启明星计划", "260", "7,800", "22.0"],
 ["浦江人才计划", "300", "15,000", "25.4"],
 ["优秀学术带头人计划", "60", "6,000", "5.1"],
 ["优秀技术带头人计划", "40", "3,400", "3.4"],
 ["合计", "1,180", "42,600", "100.0"],
]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def wp(t):
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(t)}</w:t></w:r></w:p>"


def docx_xml():
    body = []
    for l in N154_BODY:
        if l is None:
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"2200\" w:type=\"dxa\"/></w:tcPr>{wp(c)}</w:tc>"
                                              for c in r) + "</w:tr>" for r in N154_TABLE)
            body.append(f"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>{rows}</w:tbl>")
        else:
            body.append(wp(l))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + "".join(body)
            + '<w:sectPr/></w:body></w:document>')


CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def write_docx(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, t in (("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("word/document.xml", docx_xml())):
            zi = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, t.encode("utf-8"))


def main():
    os.makedirs(DOCS, exist_ok=True)
    def w(name, text):
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    w(NAMES[0], N151)
    w(NAMES[1], N152)
    w(NAMES[2], N153)
    write_docx(os.path.join(DOCS, NAMES[3]))


if __name__ == "__main__":
    main()
