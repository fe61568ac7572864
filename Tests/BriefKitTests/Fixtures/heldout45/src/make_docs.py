#!/usr/bin/env python3
"""Writes docs/ for n175–n178 (content invented; every line typed here by hand). UTF-8 without BOM, LF.
n176 is a minimal WordprocessingML .docx written with zipfile (fixed timestamps, so the bytes are reproducible);
its headings are bold paragraphs (<w:b/>), one heading split over two runs."""
import json, os, sys, zipfile
from xml.sax.saxutils import escape
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

# ------------------------------------------------------------------ n175: district 科协 WeChat feed, 2025-11 … 2026-01
IMG = '<p><img src="https://mmbiz.qpic.cn/mmbiz_{}/HKkx{}/640?wx_fmt={}"></p>'
N175 = [
 {"文章标识符aid": "2651203318_1", "标题title": "第十二届虹口区科技节暨“院士专家进社区”活动圆满落幕", "作者author": "虹口科协",
  "时间time": "2025-11-21 18:30:00", "finalContent": "\n".join([
  "<p>11月15日至20日，第十二届虹口区科技节暨“院士专家进社区”活动举行。科技节期间，全区开展<strong>科普活动186场</strong>，同比增长9.4%，吸引市民参与3.8万人次。</p>",
  IMG.format("jpg", "20251121a", "jpeg"),
  "<p>其中，院士专家科普讲座24场，线上直播12场，观看量达15.6万人次；<br>活动覆盖全区8个街道，发放科普读物1.2万册。</p>",
  "<p>科技节期间，全区15家科普基地免费开放，接待参观者6,200人次。</p>",
  "<p>报名咨询：021-65871234（工作日9:00—17:00）</p>",
  "<p>编辑：沈佳 审核：顾晓东</p>"])},
 {"文章标识符aid": "2651203562_1", "标题title": "2025年虹口区科协学术年会举行", "作者author": "虹口科协",
  "时间time": "2025-12-19 17:45:10", "finalContent": "\n".join([
  "<p>12月13日，2025年虹口区科协学术年会在北外滩举行。本届年会共征集<strong>学术论文428篇</strong>，比上届增加52篇、增长13.8%，参会科技工作者650余人。</p>",
  "<p>经专家评审，评出优秀论文一等奖8篇、二等奖16篇、三等奖24篇，合计48篇，获奖率11.2%；<br>全区12家区级学会参与承办分论坛。</p>",
  IMG.format("png", "20251219b", "png"),
  "<p>年会上，5名青年科技工作者获评“虹口区青年科技创新之星”。</p>",
  "<p>编辑：沈佳 审核：顾晓东</p>"])},
 {"文章标识符aid": "2651203790_1", "标题title": "回望2025｜虹口科协这一年", "作者author": "虹口科协",
  "时间time": "2026-01-16 19:05:00", "finalContent": "\n".join([
  "<p>2025年，我们<strong>全年举办各类科普活动1,268场</strong>，同比增长8.2%（2024年为1,172场），服务公众46.5万人次。</p>",
  "<p>全年新增基层科协组织12家，累计达到118家；<br>新建社区科普e站8个，全区累计达到52个。</p>",
  IMG.format("jpg", "20260116c", "jpeg"),
  "<p>区科协获评中国科协2025年度全国科普日活动优秀组织单位；全区公民具备科学素质比例达到26.3%，比上年提高1.5个百分点。</p>",
  "<p>2026年是“十五五”开局之年。2026年，我们将力争举办科普活动1,350场以上，公民具备科学素质比例达到28%左右，新建社区科普e站10个。</p>",
  "<p>编辑：沈佳 审核：顾晓东</p>"])},
]

# ------------------------------------------------------------------ n176: 市级 科技创新服务中心 2025 工作总结 (.docx)
# ("B", text) = bold heading paragraph; ("B2", a, b) = bold heading in two runs; None = the table; str = body paragraph
N176_BODY = [
 ("B", "上海市科技创新服务中心2025年度工作总结"),
 "（2026年1月12日）",
 ("B", "一、总体情况"),
 "2025年，中心服务企业2,714家，同比增长15.0%，其中中小企业2,269家，占83.6%；促成技术合同587项，技术合同成交额21.4亿元，同比增长15.1%；服务满意度96.7%，比上年提高0.9个百分点。",
 ("B", "二、主要工作"),
 ("B", "（一）技术转移与成果转化"),
 "全年组织技术对接活动146场，发布企业技术需求1,320项，匹配成功428项，匹配率32.4%；承办第十届上海“创新杯”科技服务创新大赛，参赛项目486个。",
 ("B", "（二）科技创新券服务"),
 "全年受理科技创新券申请1,086件，兑付创新券资金3,860万元，惠及企业612家，平均每家6.3万元。",
 ("B", "（三）技术经理人培训"),
 "举办技术经理人培训班42期，培训2,120人次；新增持证技术经纪人236名，累计达到1,058名。",
 ("B", "（四）平台与队伍建设"),
 "“科创服务云”平台注册用户达到3.26万个，全年新增4,870个；服务热线021-64321234全年接听咨询9,460个。",
 "中心现有在编职工86人，其中硕士及以上学历51人，占59.3%。",
 ("B2", "三、", "主要指标对比"),
 "表1 2024—2025年主要服务指标",
 None,
 ("B", "四、荣誉"),
 "中心获评2025年度上海市科技服务业先进集体；中心党总支被中共上海市科学技术工作委员会评为2025年度先进基层党组织。",
 ("B", "五、2026年工作计划"),
 "2026年，中心将力争服务企业3,000家以上，技术合同成交额突破24亿元，组织技术对接活动150场左右，服务满意度保持在96%以上。",
 "一是推进“1+16”区级分中心建设；二是深化长三角科技服务协同；三是提升“科创服务云”平台智能化水平。",
 "上海市科技创新服务中心",
]
N176_TABLE = [
 ["指标", "2024年", "2025年", "增幅"],
 ["服务企业（家）", "2,360", "2,714", "15.0%"],
 ["组织技术对接活动（场）", "128", "146", "14.1%"],
 ["促成技术合同（项）", "520", "587", "12.9%"],
 ["技术合同成交额（亿元）", "18.6", "21.4", "15.1%"],
 ["培训技术经理人（人次）", "1,850", "2,120", "14.6%"],
 ["服务满意度（%）", "95.8", "96.7", "0.9个百分点"],
]

# ------------------------------------------------------------------ n177: district leader's speech, plain text
N177 = """在2026年普陀区科技工作会议上的讲话
普陀区副区长 陈立群
（2026年1月22日）
同志们：
今天，我们召开全区科技工作会议，主要任务是总结过去一年的科技工作，部署今年的重点任务。刚才，区科委通报了情况，桃浦智创城等单位作了交流发言，讲得都很好。下面，我讲几点意见。
一、过去一年的工作成效
过去一年，我们坚持把科技创新作为区域发展的第一动力，各项指标稳中有进。全区新认定高新技术企业312家，有效期内高新技术企业总数达到1,248家，比上年末的1,152家增加96家；技术合同成交额186.4亿元，同比增长13.2%（上年为164.7亿元）；全社会研发经费支出占GDP比重达到3.42%，比上年提高0.15个百分点。
企业主体更加壮大。新增科技小巨人（含培育）企业9家，累计达到67家；新增市级专精特新中小企业58家。
创新成果持续涌现。全区专利授权量6,820件，其中发明专利2,134件，占31.3%；每万人口高价值发明专利拥有量达到48.6件。
全区企业和科研机构牵头或参与的14个项目获得上海市科学技术奖，其中一等奖3项。
载体平台加快建设。新增市级以上孵化器和众创空间5家，累计达到42家；桃浦智创城新增入驻科技企业168家。
要素保障不断加强。区级科技专项资金投入4.8亿元，比上年增长6.7%；发放科技履约贷款12.6亿元，惠及企业386家；引进海外高层次人才56名。
这些成绩来之不易。普陀区入选国家知识产权局确定的国家知识产权强县建设示范县（区）；桃浦智创城入选上海市特色产业园区。
同时也要清醒看到，我们的研发投入强度与先进城区相比仍有差距，高能级创新平台还不够多，科技成果就地转化的渠道还不够畅通。
二、今年的目标任务
今年是“十五五”开局之年，也是《普陀区科技创新三年行动计划（2024—2026年）》的收官之年。
今年，我们的主要目标是：新认定高新技术企业350家以上，技术合同成交额突破200亿元，全社会研发经费支出占GDP比重达到3.5%左右，新增科技小巨人（含培育）企业10家。
第一，聚焦企业主体，实施高新技术企业“育苗扶壮”工程，推动更多科技型中小企业成长为高新技术企业。
第二，聚焦载体建设，推动桃浦智创城、中以（上海）创新园提质增效，打造一批高能级孵化器。
第三，聚焦成果转化，深化与在沪高校院所的合作，完善“概念验证—中试—产业化”服务链条。
三、几点要求
一是压实工作责任。各部门、各街镇要对照目标任务，细化工作举措，确保各项任务落地见效。
二是强化协同联动。要加强部门之间、区校之间的沟通协作，形成推动科技创新的工作合力。
三是营造良好氛围。要大力宣传科技创新的典型案例，营造崇尚创新、宽容失败的良好氛围。
同志们，科技创新只有进行时，没有完成时。让我们以更加饱满的精神状态，为2035年基本建成具有全球影响力的科技创新中心重要承载区打下坚实基础！
"""

# ------------------------------------------------------------------ n178: 区统计局 monthly bulletin 2025年1—11月 (saved HTML)
N178 = "\n".join([
 '<!DOCTYPE html>',
 '<html lang="zh-CN"><head><meta charset="utf-8"><title>2025年1—11月杨浦区国民经济主要指标_上海市杨浦区统计局</title></head>',
 '<body>',
 '<div class="crumb">首页 &gt; 统计数据 &gt; 月度数据</div>',
 '<h1>2025年1—11月杨浦区国民经济主要指标</h1>',
 '<div class="info">发布时间：2025年12月19日&nbsp;&nbsp;来源：上海市杨浦区统计局&nbsp;&nbsp;浏览次数：2,317</div>',
 '<p>1—11月，全区经济运行总体平稳。全区规模以上工业总产值1,046.2亿元，同比增长3.8%（去年同期为1,007.9亿元），增速比1—10月回落0.2个百分点；其中11月当月完成98.6亿元，同比增长2.1%。</p>',
 '<p>全区社会消费品零售总额658.9亿元，同比增长4.6%；固定资产投资214.6亿元，同比增长7.2%，完成全年目标230亿元的93.3%。</p>',
 '<p>全区区级一般公共预算收入142.35亿元，同比增长5.1%（去年同期为135.44亿元）；技术合同成交额205.7亿元，同比增长12.6%。</p>',
 '<p>规模以上工业中，高技术产业产值432.1亿元，占规模以上工业总产值的41.3%；实到外资9.47亿美元，同比下降3.2%。</p>',
 '<h2>表1 2025年1—11月杨浦区主要经济指标</h2>',
 '<table border="1">',
 '<tr><th>指标</th><th>本月</th><th>1—11月累计</th><th>同比增长（%）</th></tr>',
 '<tr><td>规模以上工业总产值（亿元）</td><td>98.6</td><td>1,046.2</td><td>3.8</td></tr>',
 '<tr><td>社会消费品零售总额（亿元）</td><td>62.4</td><td>658.9</td><td>4.6</td></tr>',
 '<tr><td>固定资产投资（亿元）</td><td>21.3</td><td>214.6</td><td>7.2</td></tr>',
 '<tr><td>区级一般公共预算收入（亿元）</td><td>8.72</td><td>142.35</td><td>5.1</td></tr>',
 '<tr><td>技术合同成交额（亿元）</td><td>18.4</td><td>205.7</td><td>12.6</td></tr>',
 '<tr><td>实到外资（亿美元）</td><td>0.86</td><td>9.47</td><td>-3.2</td></tr>',
 '</table>',
 '<p>注：1.同比增长按可比口径计算；2.“本月”为11月当月数；3.部分数据为快报数，以年报为准。</p>',
 '<p>上海市杨浦区统计局&nbsp;&nbsp;咨询电话：021-65012345</p>',
 '<p class="foot">沪ICP备12034567号</p>',
 '</body></html>']) + "\n"

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(t, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f"<w:r>{rpr}<w:t xml:space=\"preserve\">{escape(t)}</w:t></w:r>"


def wp(*runs):
    return "<w:p>" + "".join(runs) + "</w:p>"


def docx_xml():
    body = []
    for l in N176_BODY:
        if l is None:
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>{wp(run(c, i == 0))}</w:tc>"
                                              for c in r) + "</w:tr>" for i, r in enumerate(N176_TABLE))
            body.append(f"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>{rows}</w:tbl>")
        elif isinstance(l, tuple):
            body.append(wp(*(run(t, True) for t in l[1:])))
        else:
            body.append(wp(run(l)))
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
    w("n175_hongkou_kx_gzh_feed2026.json", json.dumps(N175, ensure_ascii=False, indent=1) + "\n")
    write_docx(os.path.join(DOCS, "n176_shkjcxfwzx_gzzj2025.docx"))
    w("n177_putuo_fqz_kjgzhy_jh2026.txt", N177)
    w("n178_yangpu_tjj_yb2025_11.html", N178)


if __name__ == "__main__":
    main()
