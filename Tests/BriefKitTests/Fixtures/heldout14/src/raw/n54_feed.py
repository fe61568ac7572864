"""n54: RSS-to-JSON export of the 上海市科技创业中心 feed. FEED is dumped by make_docs.py."""
import html
def cd(body):   # CDATA-wrapped HTML
    return "<![CDATA[" + body + "]]>"
def esc(body):  # entity-escaped HTML (no CDATA): one item is exported this way
    return html.escape(body, quote=False)
ITEMS = [
 dict(title="市科技创业中心举办2025年孵化器从业人员能力提升培训", link="https://www.stic.sh.cn/news/20251104", description=cd(
  "<p>11月3日至4日，市科技创业中心举办2025年科技企业孵化器从业人员能力提升培训班，来自全市16个区的<strong>218名</strong>孵化器从业人员参加培训。</p>"
  "<p>培训共设置课程<strong>12门</strong>，考核合格率<strong>96.8%</strong>。截至目前，中心今年已累计举办各类培训<strong>38场</strong>、培训<strong>4,600余人次</strong>。</p>"
  "<p>培训围绕孵化服务标准、投融资对接、知识产权运营等内容展开，邀请专家授课<strong>9位</strong>，组织实地观摩孵化器<strong>3家</strong>。</p>"
  "<p>中心有关负责人表示，下一步将建立孵化器从业人员培训档案，力争到2027年实现全市孵化器从业人员持证上岗率达到<strong>90%</strong>以上。</p>"
  "<p>报名咨询：021-64311234。</p>"),
  pubDate="Tue, 04 Nov 2025 09:30:00 +0800", guid="stic-20251104"),
 dict(title="中心获评“全国科技企业孵化器优秀服务机构”", link="https://www.stic.sh.cn/news/20250930", description=cd(
  "<p>近日，科技部火炬中心公布第三批优秀服务机构名单，市科技创业中心获评“全国科技企业孵化器优秀服务机构”，为本市唯一入选的省级孵化器管理服务机构。</p>"
  "<p>本次全国共有<strong>45家</strong>机构入选。</p>"
  "<p>近年来，中心持续完善孵化服务体系，牵头制定孵化器服务规范团体标准<strong>2项</strong>，连续<strong>5年</strong>组织全市孵化器绩效评价。</p>"
  "<p>此前，中心已于2023年入选“国家级科技企业孵化器培育单位”名单。</p>"),
  pubDate="Tue, 30 Sep 2025 17:30:00 GMT", guid="stic-20250930"),
 dict(title="上半年全市孵化载体新增在孵企业1,326家", link="https://www.stic.sh.cn/news/20250718", description=cd(
  "<p>据市科技创业中心统计，2025年上半年，全市<strong>186家</strong>市级以上孵化载体新增在孵企业<strong>1,326家</strong>，同比增长<strong>8.7%</strong>；在孵企业总数达到<strong>1.05万家</strong>。</p>"
  "<p>上半年在孵企业获得融资<strong>42.6亿元</strong>，同比增长<strong>12.3%</strong>；新增知识产权<strong>2,840件</strong>。</p>"
  "<ul><li>新增毕业企业<strong>214家</strong></li><li>服务创业团队<strong>870个</strong></li><li>举办创业活动<strong>320场</strong></li></ul>"
  "<p>6月当月，新增在孵企业<strong>248家</strong>。</p>"
  "<p>分区域看，浦东新区、闵行区、杨浦区新增在孵企业分别为<strong>312家</strong>、<strong>186家</strong>、<strong>158家</strong>，合计占全市的<strong>49.5%</strong>。</p>"
  "<p>▲第二季度孵化载体运营监测会现场</p>"
  "<p>下半年，中心将重点推动孵化载体提质，力争全年新增在孵企业<strong>2,600家</strong>以上。</p>"),
  pubDate="Fri, 18 Jul 2025 15:00:00 +0800", guid="stic-20250718"),
 dict(title="中心组织“创业在上海”国际创新创业大赛半决赛", link="https://www.stic.sh.cn/news/20250609", description=cd(
  "<p>6月5日至8日，第十届“创业在上海”国际创新创业大赛半决赛举行，<strong>1,120个</strong>项目参加路演，评审专家<strong>260人次</strong>。</p>"
  "<p>本届大赛共收到报名项目<strong>5,360个</strong>，较上届增长<strong>7.2%</strong>；其中海外项目<strong>412个</strong>。</p>"
  "<p>经评审，<strong>360个</strong>项目晋级决赛。</p>"),
  pubDate="Mon, 09 Jun 2025 18:00:00 +0800", guid="stic-20250609"),
 dict(title="2025年度创新资金项目申报启动", link="https://www.stic.sh.cn/news/20250415", description=esc(
  "<p>2025年度上海市科技型中小企业技术创新资金申报工作启动，计划支持项目<b>800项</b>左右，资助总额约<b>2.4亿元</b>。</p>"
  "<p>初创期项目每项资助<b>20万元</b>，成长期项目每项资助<b>30万元</b>。申报截止日期为5月20日。</p>"
  "<p>申报企业须为上一年度营业收入<b>2亿元</b>以下、职工总数<b>500人</b>以下的科技型中小企业。</p>"
  "<p>咨询电话：021-64318899（工作日9:00—17:00）。</p>"),
  pubDate="Tue, 15 Apr 2025 10:00:00 +0800", guid="stic-20250415"),
 dict(title="2024年市科技创业中心工作回顾", link="https://www.stic.sh.cn/news/20250116", description=cd(
  "<p>2024年，中心共服务科技型中小企业<strong>5,820家</strong>，同比增长<strong>6.4%</strong>；受理创新资金项目<strong>2,136项</strong>，立项<strong>786项</strong>，立项资助<strong>2.31亿元</strong>。</p>"
  "<p>全年新认定市级孵化器<strong>14家</strong>，全市在孵企业总数<strong>9,870家</strong>；举办培训<strong>52场</strong>、<strong>6,300人次</strong>。</p>"
  "<p>服务对象满意度<strong>97.2%</strong>，较上年提高<strong>0.6个百分点</strong>。</p>"
  "<p>技术合同认定方面，全年登记技术合同<strong>1,245项</strong>，成交金额<strong>38.6亿元</strong>，同比增长<strong>10.9%</strong>。</p>"
  "<p>中心获评“2024年度上海市科技系统先进集体”。</p>"
  "<p>2025年，中心将力争服务科技型中小企业<strong>6,000家</strong>以上。</p>"),
  pubDate="Thu, 16 Jan 2025 10:00:00 +0800", guid="stic-20250116"),
]
FEED = {"rss": {"version": "2.0", "channel": {"title": "上海市科技创业中心 · 中心动态", "link": "https://www.stic.sh.cn/",
        "description": "上海市科技创业中心官方网站文章RSS导出", "language": "zh-cn",
        "lastBuildDate": "Tue, 04 Nov 2025 10:00:00 +0800", "item": ITEMS}}}
