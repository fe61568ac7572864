#!/usr/bin/env python3
"""Writes docs/ for n143–n146 (content invented; every line typed here by hand). UTF-8 without BOM, LF.
n146 is a minimal WordprocessingML .docx written with zipfile (fixed timestamps, so the bytes are reproducible)."""
import json, os, sys, zipfile
from xml.sax.saxutils import escape
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

# ------------------------------------------------------------------ n143: district 科协 WeChat feed, HTML in finalContent
IMG = '<p><img src="https://mmbiz.qpic.cn/mmbiz_{}/YPkx2024{}/640?wx_fmt={}"></p>'
N143 = [
 {"文章标识符aid": "2247489301_1", "标题title": "杨浦区2024年“全国科技工作者日”主题活动举行", "作者author": "杨浦科协",
  "时间time": "2024-05-30 18:20:00", "finalContent": "\n".join([
  "<p>5月30日，杨浦区2024年“全国科技工作者日”主题活动在长阳创谷举行。今年以来，区科协已<strong>走访慰问一线科技工作者326名</strong>，同比增长8.7%。</p>",
  IMG.format("jpg", "0530a", "jpeg"),
  "<p>活动现场，12名青年科技工作者获评“杨浦区优秀青年科技人才”；<br>区科协与5家高校院所签署科普合作协议。</p>",
  "<p>编辑：李岩 审核：周敏</p>"])},
 {"文章标识符aid": "2247489517_1", "标题title": "2024年杨浦区青少年科技创新大赛落幕", "作者author": "杨浦科协",
  "时间time": "2024-08-26 17:05:30", "finalContent": "\n".join([
  "<p>8月24日，2024年杨浦区青少年科技创新大赛闭幕。本届大赛共收到<strong>参赛作品1,286件</strong>，比上届增加126件、增长10.9%，参赛学生2,350人次。</p>",
  "<p>经评审，共评出一等奖36项、二等奖72项、三等奖108项，合计216项，获奖率16.8%。</p>",
  IMG.format("png", "0826b", "png"),
  "<p>其中，18项作品将代表杨浦区参加第39届上海市青少年科技创新大赛。</p>",
  "<p>编辑：王婧 审核：周敏</p>"])},
 {"文章标识符aid": "2247489733_2", "标题title": "杨浦区“科普进社区”活动月成果丰硕", "作者author": "杨浦科协",
  "时间time": "2024-10-15 19:40:12", "finalContent": "\n".join([
  "<p>9月全国科普月期间，区科协组织开展<strong>“科普进社区”活动158场</strong>，吸引<strong>居民参与4.6万人次</strong>。</p>",
  "<p>其中，线上科普直播23场，观看量达38.2万人次；<br>新建社区科普e站6个，全区累计达到45个。</p>",
  IMG.format("jpg", "1015c", "jpeg"),
  "<p>全区科普志愿者队伍发展至186支、注册志愿者5,420人。</p>",
  "<p>编辑：李岩 审核：周敏</p>"])},
 {"文章标识符aid": "2247490102_1", "标题title": "2024年杨浦区科协工作亮点回顾", "作者author": "杨浦科协",
  "时间time": "2024-12-27 20:10:00", "finalContent": "\n".join([
  "<p>2024年，区科协<strong>全年举办各类科普活动1,042场</strong>，同比增长6.9%，服务公众52.8万人次。</p>",
  "<p>全年新增基层科协组织14家，累计达到132家；<br>举办“科创杨浦”学术沙龙24期，参与专家380人次。</p>",
  IMG.format("jpg", "1227d", "jpeg"),
  "<p>区科协获评2024年度上海市科普工作先进集体；全区公民具备科学素质比例达到25.6%，比上年提高1.8个百分点。</p>",
  "<p>2025年，区科协将力争全年举办科普活动1,100场以上，公民具备科学素质比例达到27%以上。</p>",
  "<p>编辑：王婧 审核：周敏</p>"])},
]

# ------------------------------------------------------------------ n144: 专精特新 拟认定名单公示 (saved HTML)
FIRMS = [
 ("上海九天微电子科技有限公司", "浦东新区"), ("上海三六五智联科技有限公司", "浦东新区"), ("上海1号位精密机械有限公司", "浦东新区"),
 ("上海芯原动力半导体有限公司", "浦东新区"), ("上海七星汇生物医药有限公司", "浦东新区"), ("上海张江8号药业有限公司", "浦东新区"),
 ("上海临港百川新能源科技有限公司", "浦东新区"), ("上海蓝海2050智能装备有限公司", "浦东新区"),
 ("上海第九元素新材料有限公司", "闵行区"), ("上海紫竹云图信息技术有限公司", "闵行区"), ("上海莘庄四维测控技术有限公司", "闵行区"),
 ("上海闵联3D打印科技有限公司", "闵行区"), ("上海吴泾精细化工有限公司", "闵行区"), ("上海万象二十一传感器有限公司", "闵行区"),
 ("上海嘉定汽车电子系统有限公司", "嘉定区"), ("上海安亭5G车联网科技有限公司", "嘉定区"), ("上海南翔双子星机器人有限公司", "嘉定区"),
 ("上海千帆氢能装备有限公司", "嘉定区"), ("上海菊园六合精密模具有限公司", "嘉定区"),
 ("上海松江G60光电科技有限公司", "松江区"), ("上海九亭百灵医疗器械有限公司", "松江区"), ("上海洞泾一号工业软件有限公司", "松江区"),
 ("上海车墩智造科技有限公司", "松江区"),
 ("上海宝山钢研新材料有限公司", "宝山区"), ("上海罗店三友机电有限公司", "宝山区"), ("上海吴淞口100度环保科技有限公司", "宝山区"),
 ("上海五角场数智科技有限公司", "杨浦区"), ("上海复新二期生物技术有限公司", "杨浦区"),
]
N144 = "\n".join([
 '<!DOCTYPE html>',
 '<html lang="zh-CN"><head><meta charset="utf-8"><title>关于2025年度第四批上海市专精特新中小企业拟认定名单的公示</title></head>',
 '<body>',
 '<div class="crumb">首页 &gt; 政务公开 &gt; 通知公告</div>',
 '<h1>关于2025年度第四批上海市专精特新中小企业拟认定名单的公示</h1>',
 '<div class="info">发布日期：2025年9月12日&nbsp;&nbsp;来源：上海市经济和信息化委员会</div>',
 '<p>根据《上海市优质中小企业梯度培育管理实施细则》，经企业申报、各区推荐、专家评审，拟认定上海九天微电子科技有限公司等28家企业为2025年度上海市专精特新中小企业，其中浦东新区8家、闵行区6家、嘉定区5家、松江区4家、宝山区3家、杨浦区2家。</p>',
 '<p>本批次共受理申报企业41家，评审通过率68.3%。拟认定企业中，制造业企业22家，占78.6%；电子信息领域11家、高端装备领域9家、生物医药领域5家、新材料领域3家。</p>',
 '<p>拟认定企业平均营业收入1.86亿元，平均研发投入占营业收入比重8.6%，平均拥有有效发明专利12.4件；其中9家企业已列入国家级专精特新“小巨人”企业培育库。</p>',
 '<p>本批次公示无异议后，2025年度本市累计认定专精特新中小企业将达到1,846家（前三批已认定1,818家）。</p>',
 '<p>公示期为2025年9月12日至9月18日（5个工作日）。如有异议，请在公示期内以书面形式反映，联系电话：021-23112345。</p>',
 '<h2>2025年度第四批上海市专精特新中小企业拟认定名单</h2>',
 '<table border="1">',
 '<tr><th>序号</th><th>企业名称</th><th>所在区</th></tr>',
] + [f"<tr><td>{i}</td><td>{n}</td><td>{d}</td></tr>" for i, (n, d) in enumerate(FIRMS, 1)] + [
 '</table>',
 '<p>上海市经济和信息化委员会</p>',
 '<p>2025年9月12日</p>',
 '</body></html>']) + "\n"

# ------------------------------------------------------------------ n145: TTO annual report, plain text, ASCII punctuation
N145 = """上海市闵行区技术转移服务中心2023年度报告
(2024年3月8日)
一、总体情况
2023年,中心围绕"科技成果转化"主线,服务企业1,286家,同比增长12.5%(2022年:1,143家);促成技术合同386项,技术合同成交额9.82亿元,同比增长18.3%(2022年为8.30亿元);举办技术对接活动64场.
全年新增入库科技成果520项,其中高校院所成果312项,占60.0%;完成成果转化项目47个.
二、主要工作
(一)技术转移服务
1.需求挖掘:走访企业436家次,梳理企业技术需求628项,匹配解决412项,解决率65.6%.
2.R&D对接:帮助企业对接高校院所R&D资源,带动企业R&D投入3.65亿元.
3.IP服务:开展IP(知识产权)评估152次,协助企业获得知识产权质押融资2.4亿元,服务企业38家.
(二)人才与平台
1.TTO建设:培训技术经理人(TTO专员)210名,其中新取得技术经纪人证书58名;累计持证技术经纪人达到176名.
2.平台运营:线上平台"闵科转"注册用户8,640个,全年发布需求1,150条.
3.中心通过ISO 9001质量管理体系复审,服务满意度96.4%.
(三)合作网络
新增合作高校院所9家,累计达到35家;与长三角G60科创走廊沿线3个城市的TTO机构建立协作关系.
三、荣誉
中心入选科技部2023年度国家技术转移示范机构;
中心获评上海市科学技术委员会"2023年度上海市优秀技术转移服务机构".
四、2024年工作目标
1.服务企业1,400家以上;
2.技术合同成交额突破11亿元;
3.举办技术对接活动70场左右;
4.培训技术经理人250名.
上海市闵行区技术转移服务中心
"""

# ------------------------------------------------------------------ n146: suburban district 2017 科技工作总结 (.docx)
N146_BODY = [
 "上海市金山区科学技术委员会2017年科技工作总结和2018年工作计划",
 "（2018年1月15日）",
 "一、2017年主要工作成效",
 "2017年，全区新认定高新技术企业58家，有效期内高新技术企业总数达到232家，比2016年增加46家；专利授权量1,586件，同比增长17.3%；技术合同成交额15.3亿元，同比增长21.4%；全社会研发经费支出占GDP比重达到2.35%，比上年提高0.12个百分点。",
 "（一）企业创新主体培育",
 "新增科技小巨人（含培育）企业6家，累计达到34家；新培育科技型中小企业312家，比2016年的265家增加47家。",
 "（二）创新载体建设",
 "新认定区级以上众创空间3家，累计达到15家；孵化器在孵企业418家，毕业企业37家；金山第二工业区科创园新增入驻企业26家。",
 "（三）科技金融与人才",
 "发放科技型中小企业履约贷款2.86亿元，惠及企业61家；兑现各类科技扶持资金1.12亿元；引进“金山英才”科技人才42名。",
 "（四）科普工作",
 "举办第二十届金山科技节，开展科普活动260场，参与群众8.5万人次。",
 "表1 2016—2017年主要科技指标",
 None,   # the table goes here
 "二、2018年工作计划",
 "2018年，力争新认定高新技术企业60家以上，专利授权量达到1,700件，技术合同成交额突破17亿元，全社会研发经费支出占GDP比重达到2.45%左右。",
 "一是深化“一区一策”产业创新布局；二是推进5个科技创新载体建设；三是完善科技金融服务体系。",
 "上海市金山区科学技术委员会",
]
N146_TABLE = [
 ["指标", "2016年", "2017年"],
 ["高新技术企业（家）", "186", "232"],
 ["科技小巨人（含培育）企业（家）", "28", "34"],
 ["专利申请量（件）", "2,864", "3,318"],
 ["专利授权量（件）", "1,352", "1,586"],
 ["技术合同成交额（亿元）", "12.6", "15.3"],
]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def wp(t):
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(t)}</w:t></w:r></w:p>"


def docx_xml():
    body = []
    for l in N146_BODY:
        if l is None:
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"2400\" w:type=\"dxa\"/></w:tcPr>{wp(c)}</w:tc>"
                                              for c in r) + "</w:tr>" for r in N146_TABLE)
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
    w("n143_yangpu_kx_gzh_feed2024.json", json.dumps(N143, ensure_ascii=False, indent=1) + "\n")
    w("n144_sheitc_zjtx_gs2025.html", N144)
    w("n145_minhang_jszy_ndbg2023.txt", N145)
    write_docx(os.path.join(DOCS, "n146_jinshan_kw_gzzj2017.docx"))


if __name__ == "__main__":
    main()
