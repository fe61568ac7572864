#!/usr/bin/env python3
"""Writes docs/ for n183–n186 (content invented; every line typed here by hand). UTF-8 without BOM, LF.
n183 is a minimal WordprocessingML .docx written with zipfile (fixed timestamps, so the bytes are reproducible)."""
import json, os, sys, zipfile
from xml.sax.saxutils import escape
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

# ------------------------------------------------------------------ n183: district 科协 2024 部门整体支出绩效自评报告 (.docx)
N183_BODY = [
 "上海市奉贤区科学技术协会2024年度部门整体支出绩效自评报告",
 "（2025年3月20日）",
 "一、部门基本情况",
 "区科协内设办公室、学会学术部、科普部3个科室，核定行政编制12名，年末实有在编人员11名；下属奉贤区科技馆1家事业单位。",
 "二、预算执行情况",
 "2024年，区科协年初预算1,286.40万元，年中追加66.40万元，调整后全年预算1,352.80万元，实际支出1,309.06万元，预算执行率96.8%。",
 "其中：基本支出586.32万元，占44.8%；项目支出722.74万元，占55.2%。",
 "2024年实际支出比2023年的1,218.55万元增长7.4%；“三公”经费支出3.26万元，比上年下降12.1%。",
 "三、绩效目标完成情况",
 "全年开展各类科普活动1,136场，同比增长9.2%，服务公众63.5万人次；举办学术交流活动46场；新增基层科协组织9家，累计达到168家。",
 "全区公民具备科学素质比例达到24.8%，比上年提高1.6个百分点；服务对象满意度97.3%。",
 "表1 2024年度绩效指标完成情况",
 None,   # the table goes here
 "四、自评结论",
 "经自评，决策指标得分14.5分，过程指标得分23分，产出和效益指标得分59分，综合自评得分96.5分，较2023年度的94.2分提高2.3分，评价等级为“优”。",
 "五、存在问题和改进措施",
 "一是学术交流活动未完成年度目标，完成率92.0%；二是公民具备科学素质比例距年度目标差0.2个百分点。",
 "2025年，区科协将举办科普活动1,200场以上，学术交流活动不少于50场，公民具备科学素质比例达到26%。",
 "联系人：办公室 电话：021-57412365",
 "上海市奉贤区科学技术协会",
]
N183_TABLE = [
 ["指标", "年度目标值", "实际完成值", "得分"],
 ["科普活动场次（场）", "1,000", "1,136", "12"],
 ["服务公众人次（万人次）", "60", "63.5", "10"],
 ["学术交流活动（场）", "50", "46", "7.5"],
 ["新增基层科协组织（家）", "8", "9", "8"],
 ["公民具备科学素质比例（%）", "25", "24.8", "11.5"],
 ["服务对象满意度（%）", "90", "97.3", "10"],
 ["合计", "—", "—", "59"],
]

# ------------------------------------------------------------------ n184: 市科委 WeChat feed 2025 on 科技创新券 (HTML in finalContent)
IMG = '<p><img src="https://mmbiz.qpic.cn/mmbiz_{}/STcsm2025{}/640?wx_fmt={}"></p>'
N184 = [
 {"文章标识符aid": "2651203318_1", "标题title": "一季度本市科技创新券申领企业同比增长14.6%", "作者author": "上海科技",
  "时间time": "2025-04-18 17:30:00", "finalContent": "\n".join([
  "<p>一季度，全市<strong>申领科技创新券企业2,856家</strong>，同比增长14.6%；兑付金额0.72亿元。</p>",
  "<p>其中，首次申领企业1,934家，占67.7%；<br>创业团队申领312个。</p>",
  IMG.format("jpg", "0418a", "jpeg"),
  "<p>按照现行政策，科技创新券单家企业年度使用额度最高30万元，创业团队最高3万元。</p>",
  "<p>2025年，本市科技创新券年度总额度为6亿元，比2024年的5亿元增加1亿元。第一批服务机构名录已于3月31日发布。</p>",
  "<p>咨询电话：021-64315678 编辑：陈琳 审核：赵宇</p>"])},
 {"文章标识符aid": "2651204127_2", "标题title": "上半年科技创新券兑付金额2.08亿元", "作者author": "上海科技",
  "时间time": "2025-07-22 18:05:12", "finalContent": "\n".join([
  "<p>上半年，全市<strong>申领科技创新券企业达到9,468家</strong>，同比增长11.8%；<strong>兑付金额2.08亿元</strong>，同比增长16.2%。</p>",
  "<p>从服务类型看，检验检测服务兑付0.86亿元，研发设计服务兑付0.74亿元，技术转移等其他服务兑付0.48亿元。</p>",
  IMG.format("png", "0722b", "png"),
  "<p>参与科技创新券服务的服务机构达到1,265家，其中新增入库服务机构138家；<br>长三角科技创新券通用通兑兑付金额0.31亿元。</p>",
  "<p>本文为“创新券在身边”系列第十二期。编辑：陈琳 审核：赵宇</p>"])},
 {"文章标识符aid": "2651206540_1", "标题title": "2025年上海科技创新券惠及1.86万家企业和创业团队", "作者author": "上海科技",
  "时间time": "2025-12-30 19:20:00", "finalContent": "\n".join([
  "<p>2025年，全市共有<strong>1.86万家企业和创业团队申领科技创新券</strong>，比2024年的1.62万家增长14.8%；全年<strong>兑付金额5.12亿元</strong>，同比增长17.7%。</p>",
  "<p>2024年全年兑付金额为4.35亿元；2025年年度额度使用率达到85.3%，科技型中小企业申领占比72.4%。</p>",
  IMG.format("jpg", "1230c", "jpeg"),
  "<p>第三方调查显示，<strong>企业对科技创新券的满意度达到96.1%</strong>。</p>",
  "<p>2026年，市科委将推动科技创新券申领企业突破2万家，兑付金额达到6亿元左右。</p>",
  "<p>编辑：陈琳 审核：赵宇</p>"])},
]

# ------------------------------------------------------------------ n185: district 经委 2025 法治政府建设情况报告 (saved HTML)
N185 = "\n".join([
 '<!DOCTYPE html>',
 '<html lang="zh-CN"><head><meta charset="utf-8"><title>上海市宝山区经济委员会2025年法治政府建设情况报告</title></head>',
 '<body>',
 '<div class="crumb">首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 法治政府建设</div>',
 '<table class="xxgk"><tr><td>索引号：BS0312-2026-00008</td><td>发布机构：上海市宝山区经济委员会</td></tr>',
 '<tr><td>文号：宝经委〔2026〕6号</td><td>发布日期：2026年2月10日</td></tr></table>',
 '<h1>上海市宝山区经济委员会2025年法治政府建设情况报告</h1>',
 '<p>2025年，区经委深入学习贯彻习近平法治思想，对照《法治政府建设实施纲要（2021—2025年）》要求，现将有关情况报告如下。</p>',
 '<h2>一、依法全面履行政府职能</h2>',
 '<p>全年受理行政许可事项1,248件，办结1,248件，按时办结率100%；其中“一网通办”网上办理1,173件，占94.0%。</p>',
 '<p>行政许可平均办理时限压缩至3.2个工作日，比法定时限20个工作日压缩84.0%。</p>',
 '<h2>二、严格规范公正文明执法</h2>',
 '<p>开展“双随机、一公开”抽查142次，检查市场主体586户，责令整改37户，整改完成率100%。</p>',
 '<h2>三、行政复议和行政应诉</h2>',
 '<p>全年以区经委为被申请人的行政复议申请9件，比2024年的14件减少5件；依法受理8件，已全部审结，其中维持6件、撤销1件、确认违法1件。</p>',
 '<p>发生行政诉讼案件3件，行政机关负责人出庭应诉率100%，全年无败诉案件。</p>',
 '<h2>四、法治宣传与培训</h2>',
 '<p>组织党委理论学习中心组集体学法4次，举办依法行政专题培训6期，培训干部职工412人次；全委干部网上学法考试参考率100%，平均成绩92.6分。</p>',
 '<p>开展“八五”普法进企业活动28场，覆盖企业1,350家；区经委被评为2025年度宝山区依法行政示范单位。</p>',
 '<h2>五、2026年工作安排</h2>',
 '<p>2026年，区经委将力争行政许可事项网上办理率达到96%以上，举办依法行政专题培训不少于8期，规范性文件合法性审核率保持100%。</p>',
 '<p>联系电话：021-56691234（区经委办公室）</p>',
 '<p style="text-align:right">上海市宝山区经济委员会<br>2026年2月10日</p>',
 '</body></html>']) + "\n"

# ------------------------------------------------------------------ n186: 计量测试研究院 2022 年度社会责任报告 (plain text)
N186 = """上海东衡计量测试研究院2022年度社会责任报告
发布日期：2023年4月18日
一、关于我们
上海东衡计量测试研究院成立于1986年，现有职工四百二十六名，其中高级职称一百零八名、博士二十三名。
研究院建有国家级计量标准十二项、社会公用计量标准二百一十六项，拥有CNAS认可检测参数3,860个。
二、履行公共服务职责
2022年，研究院完成计量器具检定校准86.4万台件，同比增长6.3%（2021年为81.3万台件）；出具检测报告4.26万份，同比下降3.2%。
4—5月研究院实行封闭管理，其间为保供企业和医疗机构提供应急检定服务1.2万台件，派出技术人员一百三十六人次。
全年开展民用“四表”首次强制检定32.5万只，免费为集贸市场复核电子秤二千四百台次。
开展“计量惠民”进社区活动三十二场，服务居民约5,600人次。
三、科技创新
全年承担各类科研项目四十七项，其中国家重点研发计划课题三项；主导或参与制修订计量技术规范十一项。
获授权发明专利18件，较2021年的13件增加5件；发表科技论文126篇，其中SCI/EI收录三十一篇。
研发投入3,485万元，占营业收入的8.2%。
四、经营与员工
2022年实现营业收入4.25亿元，比2021年的4.08亿元增长4.2%；纳税总额2,316万元。
全年组织员工培训一百五十八场次，人均培训学时42.5小时；员工体检覆盖率100%。
五、客户服务
客户满意度测评得分95.8分，较2021年的95.1分提高0.7分；客户投诉处理及时率100%。
服务热线：021-50281234（工作日8:30—17:00）
六、荣誉
研究院获评“2022年度上海市文明单位”；
研究院检测中心荣获国家市场监督管理总局“全国市场监管系统先进集体”称号；
研究院计量校准实验室入选上海市科学技术委员会“上海市专业技术服务平台”；
“计量惠民”项目获评第二届长三角质量服务优秀案例。
七、2023年展望
2023年，研究院将力争检定校准突破90万台件，营业收入达到4.5亿元，新增社会公用计量标准十项以上。
上海东衡计量测试研究院
"""

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def wp(t):
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(t)}</w:t></w:r></w:p>"


def docx_xml():
    body = []
    for l in N183_BODY:
        if l is None:
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>{wp(c)}</w:tc>"
                                              for c in r) + "</w:tr>" for r in N183_TABLE)
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
    write_docx(os.path.join(DOCS, "n183_fengxian_kx_jxzp2024.docx"))
    w("n184_stcsm_kjcxq_feed2025.json", json.dumps(N184, ensure_ascii=False, indent=1) + "\n")
    w("n185_baoshan_jw_fzzf2025.html", N185)
    w("n186_dhjl_csr2022.txt", N186)


if __name__ == "__main__":
    main()
