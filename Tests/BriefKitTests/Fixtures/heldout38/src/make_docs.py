#!/usr/bin/env python3
"""Writes docs/ for n147–n150 (content invented; every line typed here by hand). UTF-8 without BOM, LF.
n150 is a WeChat feed export written with json.dumps(ensure_ascii=False, indent=1)."""
import json, os, sys
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

# ------------------------------------------------------------------ n147: district 科委 slide deck, PPT outline exported to text
N147 = """【大纲视图导出】黄浦区科委2025年工作回顾与2026年工作思路.pptx
P1
2025年工作回顾与2026年工作思路
上海市黄浦区科学技术委员会
2026年1月
P2 目录
01 年度概览
02 企业服务
03 载体与金融
04 人才与科普
05 2026年目标
第3页 年度概览
· 服务科技企业 1286家 ↑12.4%（2024年 1144家）
· 有效期内高企 1035家 净增86家
· 技术合同成交额 86.4亿元 ↑18.2%（2024年 73.1亿元）
· 企业服务满意度 98.6% 同比 +1.2个百分点
· 数字经济核心产业营收占比 32.6% 同比 +3.1个百分点
3/9
第4页 企业服务
· 走访企业 642家次
· 企业诉求 318件 办结率 100%
· 科技创新券 2350万元 惠及企业 412家
· 惠企政策精准推送 超3000家次
· 科技小巨人（含培育） 新增9家 累计48家
4/9
P5 载体与金融
· 外滩“1+N”科创空间布局
· 市级以上孵化器/众创空间 27家（新增3家）
· 孵化面积 18.6万平方米 入驻率 92.5%
· 在孵企业 930家 毕业企业 72家
· 科技贷款 15.8亿元 ↑9.7%
· 投融资对接 24场 对接金额 6.2亿元
5/9
第6页 人才与科普
· 引进科技人才 156名 其中领军人才 12名
· 科普活动 420场 参与 21.5万人次
· 公民科学素质比例 28.6% 同比 +1.6个百分点
6/9
P7 荣誉
· 区科委：2025年度上海市科普工作先进集体
· 外滩智谷：国家级科技企业孵化器（科技部，2025年）
· 3家企业：2025年度上海市科技小巨人企业
7/9
第8页 2026年目标
· 服务科技企业 1400家以上
· 技术合同成交额 突破100亿元
· 有效期内高企 1100家左右
· 企业服务满意度 不低于98%
· 新增市级以上科创载体 2家
8/9
P9 谢谢！
联系人：科技创新科 王磊　电话：021-63281234
黄浦区科委 | 2026.01
9/9
"""

# ------------------------------------------------------------------ n148: bilingual (zh paragraph, then its English) annual report, Markdown
N148 = """# 上海市检验检测认证服务中心2024年度报告
# Shanghai Testing, Inspection and Certification Service Centre: Annual Report 2024

> 发布日期：2025年3月28日 | Published: 28 March 2025

## 一、年度概况
## 1. Overview

2024年，中心全年出具检验检测报告**12.86万份**，同比增长9.3%；服务企业4,620家，其中中小微企业3,512家，占76.0%；实现营业收入3.42亿元，同比增长7.5%（2023年为3.18亿元）；客户满意度97.8%。

In 2024, the Centre issued **128,600 test reports**, up 9.3% year on year; it served 4,620 enterprises, 3,512 of them SMEs (76.0%); operating revenue reached RMB 342 million, up 7.5% (RMB 318 million in 2023); customer satisfaction was 97.8%.

## 二、资质与能力
## 2. Accreditation and Capability

截至2024年底，中心CMA资质认定检测参数达到6,850项、CNAS认可参数5,230项，分别比上年增加420项和310项；实验室总面积2.6万平方米，主要仪器设备1,480台，原值4.96亿元。

By the end of 2024, the Centre held 6,850 CMA-approved and 5,230 CNAS-accredited parameters, 420 and 310 more than a year earlier; its laboratories covered 26,000 square metres, with 1,480 major instruments worth RMB 496 million.

中心按照GB/T 27025—2019（ISO/IEC 17025:2017）运行管理体系，全年参加能力验证和测量审核63项，结果满意率100%。

The Centre runs its management system under GB/T 27025-2019 (ISO/IEC 17025:2017); it took part in 63 proficiency tests and measurement audits, all satisfactory (100%).

## 三、认证服务
## 3. Certification

全年颁发产品认证证书1,268张、管理体系认证证书846张，合计2,114张；完成“上海品牌”认证评价企业38家。

The Centre issued 1,268 product certificates and 846 management-system certificates, 2,114 in total, and completed "Shanghai Brand" certification for 38 enterprises.

## 四、标准与科研
## 4. Standards and Research

主导或参与制修订国家标准9项、行业标准14项、团体标准22项，合计45项；承担国家和市级科研项目17项，获授权发明专利26件。

The Centre led or took part in 45 standards (9 national, 14 sector and 22 association standards), undertook 17 national and municipal research projects and was granted 26 invention patents.

## 五、公共服务
## 5. Public Service

面向中小企业开展免费检测咨询服务1.2万余次；举办质量技术培训86场，培训3,400余人次；“一站式”服务窗口平均办结时间缩短至3.5个工作日，比上年缩短1.2个工作日。

It gave SMEs more than 12,000 free testing consultations and held 86 quality training sessions for over 3,400 trainees; the one-stop window's average processing time fell to 3.5 working days, 1.2 days shorter than in 2023.

## 六、人才队伍
## 6. People

年末在职职工412人，其中高级职称138人，占33.5%；博士46人。

At the end of 2024 the Centre had 412 staff, 138 (33.5%) with senior titles and 46 with doctorates.

## 七、荣誉
## 7. Honours

- 中心获评国家市场监督管理总局“2024年度检验检测机构能力验证优秀单位”；
- The Centre was named a 2024 Outstanding Institution in Proficiency Testing by the State Administration for Market Regulation;
- 中心荣获上海市人民政府颁发的“2024年上海市质量金奖”；
- The Centre won the 2024 Shanghai Quality Gold Award from the Shanghai Municipal People's Government;
- 中心电子电器检测所获评“上海市工人先锋号”。
- Its Electrical and Electronic Testing Institute was named a Shanghai Workers' Pioneer Team.

## 八、2025年展望
## 8. Outlook for 2025

2025年，中心计划出具检验检测报告13.5万份以上，营业收入达到3.6亿元左右，客户满意度保持在98%以上。

In 2025 the Centre plans to issue more than 135,000 reports, lift revenue to about RMB 360 million and keep customer satisfaction above 98%.

地址：上海市徐汇区宜山路716号 | 电话：021-64701234 | Address: 716 Yishan Road, Xuhui District, Shanghai | Tel: +86-21-6470-1234
"""

# ------------------------------------------------------------------ n149: 市人大常委会 执法检查报告 (saved HTML)
ROWS149 = [
 ("全社会研发经费支出（亿元）", ["1524.6", "1615.7", "1819.8", "1981.6", "2049.6"]),
 ("研发经费支出相当于生产总值比例（%）", ["4.00", "4.17", "4.19", "4.28", "4.34"]),
 ("技术合同成交额（亿元）", ["1522.2", "1815.3", "2761.3", "4003.5", "4850.2"]),
]
N149 = "\n".join([
 '<!DOCTYPE html>',
 '<html lang="zh-CN"><head><meta charset="utf-8"><title>关于检查《上海市科学技术进步条例》实施情况的报告_上海人大</title></head>',
 '<body>',
 '<div class="crumb">首页 &gt; 常委会工作 &gt; 监督工作 &gt; 执法检查</div>',
 '<h1>上海市人民代表大会常务委员会执法检查组关于检查《上海市科学技术进步条例》实施情况的报告</h1>',
 '<div class="info">发布日期：2024年1月19日&nbsp;&nbsp;来源：上海市人大常委会教育科学文化卫生委员会&nbsp;&nbsp;浏览次数：1386</div>',
 '<p class="sub">——2024年1月16日在上海市第十六届人民代表大会常务委员会第九次会议上</p>',
 '<p class="sub">上海市人大常委会副主任　陈敏</p>',
 '<p>主任、各位副主任、秘书长、各位委员：</p>',
 '<p>根据市人大常委会2023年度监督工作计划，2023年5月至9月，常委会组织开展了《上海市科学技术进步条例》执法检查。检查组由常委会副主任任组长，教育科学文化卫生委员会具体承办，先后赴16个区、28家单位实地检查，召开座谈会12场；同时委托各区人大常委会在本行政区域内同步开展检查，发放调查问卷3,260份，回收有效问卷3,015份，有效率92.5%。现将检查情况报告如下：</p>',
 '<h2>一、条例实施取得的主要成效</h2>',
 '<p>条例实施以来，本市科技创新投入和产出持续增长。2023年，全市全社会研发经费支出2,049.6亿元，2019年至2023年年均增长7.7%；研发经费支出相当于全市生产总值的比例达到4.34%，比2019年提高0.34个百分点；全市技术合同成交额4,850.2亿元，比上年增长21.1%；有效期内高新技术企业24,120家，是2019年（12,848家）的1.9倍；每万人口高价值发明专利拥有量50.2件。</p>',
 '<table border="1">',
 '<caption>表1　2019—2023年本市科技创新主要指标</caption>',
 '<tr><th>指标</th><th>2019年</th><th>2020年</th><th>2021年</th><th>2022年</th><th>2023年</th></tr>',
] + [f"<tr><td>{l}</td>" + "".join(f"<td>{c}</td>" for c in cs) + "</tr>" for l, cs in ROWS149] + [
 '</table>',
 '<p>（一）创新平台体系不断完善。截至2023年底，全市拥有全国重点实验室45家、市级重点实验室142家，累计备案新型研发机构78家。</p>',
 '<p>（二）企业创新主体地位持续增强。2023年，全市规模以上工业企业中有研发活动的企业占比38.6%，比2019年的31.2%提高7.4个百分点；科技小巨人（含培育）企业累计达到2,860家。</p>',
 '<p>（三）科技成果转化持续活跃。2023年，全市高校院所专利转让、许可5,630次，比上年增长18.6%。</p>',
 '<h2>二、存在的主要问题</h2>',
 '<p>一是配套制度尚未完全到位。条例明确的28项配套制度中，已出台23项，占82.1%，仍有5项尚未出台，其中涉及条例第三十七条、第四十二条的科研经费“包干制”等制度推进较慢。</p>',
 '<p>二是研发投入结构不够均衡。问卷显示，41.3%的受访企业反映研发费用加计扣除等政策“知晓但未享受”；基础研究经费占全社会研发经费的比重为10.1%，与国际创新型城市相比仍有差距。</p>',
 '<p>三是成果转化“最后一公里”仍需打通。全市有6个区尚未建立专业化技术转移机构，部分高校院所技术转移人员“一人多岗”现象较为普遍。</p>',
 '<h2>三、意见和建议</h2>',
 '<p>（一）加快完善配套制度。建议市政府在2024年底前出台剩余5项配套制度，确保条例各项规定落地见效。</p>',
 '<p>（二）持续加大研发投入。建议到2025年，全社会研发经费支出相当于全市生产总值的比例达到4.4%左右，基础研究经费占比提高到12%以上。</p>',
 '<p>（三）打通成果转化通道。落实条例第二十九条规定，推动各区建立专业化技术转移机构，完善“概念验证—中试—产业化”全链条服务。</p>',
 '<p>（四）优化创新人才发展环境。进一步落实科研人员职务科技成果赋权改革，激发人才创新活力。</p>',
 '<p>以上报告，请审议。</p>',
 '<p>上海市人大常委会执法检查组</p>',
 '<p>2024年1月16日</p>',
 '<div class="footer">上海市人民代表大会常务委员会 版权所有　沪ICP备05012345号　地址：上海市人民大道200号　邮编：200003</div>',
 '</body></html>']) + "\n"

# ------------------------------------------------------------------ n150: 区科技馆 WeChat feed (2 articles), HTML in finalContent
FOLLOW = '<p style="text-align:center;"><span style="font-size:15px;color:rgb(0, 112, 192);">点击蓝字 关注我们</span></p>'
IMG = '<p><img src="https://mmbiz.qpic.cn/mmbiz_jpg/FXkjg{}/640?wx_fmt=jpeg" data-ratio="0.5625" data-w="1080"></p>'
RED = '<span style="color:#e60012;">{}</span>'
N150 = [
 {"文章标识符aid": "2650431287_1", "标题title": "📈2025年度回顾｜奉贤区科技馆这一年", "作者author": "奉贤区科技馆",
  "时间time": "2025-12-30 17:30:00", "finalContent": "\n".join([
  FOLLOW,
  "<p>2025年，奉贤区科技馆全年" + RED.format("<strong>接待观众38.6万人次</strong>") + "，同比增长15.2%（2024年为33.5万人次），<strong>观众满意度99.1%</strong>。</p>",
  IMG.format("2025123001"),
  "<p>📈 <strong>科普活动</strong>：全年举办科普活动" + RED.format("612场") + "，其中“馆校合作”课程286场，覆盖全区中小学42所；</p>",
  "<p>📈 <strong>线上传播</strong>：线上科普直播48场，累计观看<strong>126.4万人次</strong>；<br>公众号粉丝突破10万；</p>",
  "<p>✅ <strong>展教更新</strong>：新开放“海洋与湿地”“人工智能”展区2个，新增互动展品48件，展品完好率98.2%；</p>",
  "<p>✅ <strong>志愿服务</strong>：注册志愿者1,260名，全年志愿服务2.1万小时；</p>",
  "<p>🏆 <strong>荣誉</strong>：全年获得市级以上荣誉4项。科技馆入选中国科协2021—2025年度全国科普教育基地；</p>",
  "<p>🏆 讲解员张莉获2025年上海市科普讲解大赛一等奖；<br>“AI小创客”项目获评2025年度上海市科普教育创新奖。</p>",
  IMG.format("2025123002"),
  "<p>▲ 2025年奉贤科技节开幕式现场</p>",
  "<p>编辑：陈思 审核：顾伟</p>",
  "<p>📍 地址：奉贤区望园南路1688号　☎️ 021-57181234</p>"])},
 {"文章标识符aid": "2650431402_1", "标题title": "✅2026年，我们这样干！奉贤区科技馆年度计划发布", "作者author": "奉贤区科技馆",
  "时间time": "2026-01-08 18:00:00", "finalContent": "\n".join([
  FOLLOW,
  "<p>元旦假期，科技馆<strong>接待观众1.26万人次</strong>，同比增长8.6%，实现新年“开门红”。</p>",
  "<p>在2025年接待观众" + RED.format("38.6万人次") + "的基础上，2026年科技馆将重点做好以下工作：</p>",
  "<p>1️⃣ 接待观众力争<strong>突破40万人次</strong>；</p>",
  "<p>2️⃣ 举办科普活动<strong>650场以上</strong>，“馆校合作”覆盖中小学50所；</p>",
  "<p>3️⃣ 新建“流动科技馆”站点5个，实现全区12个街镇全覆盖；</p>",
  "<p>4️⃣ 观众满意度保持在99%以上。</p>",
  IMG.format("2026010801"),
  "<p>📅 开放时间：周二至周日 9:00—16:30（16:00停止入馆）</p>",
  "<p>编辑：陈思 审核：顾伟</p>"])},
]

NAMES = {"n147_huangpu_kw_pptdg2025.txt": N147, "n148_sticc_zyndbg2024.md": N148, "n149_shrd_zfjc_kjjbtl2024.html": N149,
         "n150_fengxian_kjg_wx2025.json": json.dumps(N150, ensure_ascii=False, indent=1) + "\n"}


def main():
    os.makedirs(DOCS, exist_ok=True)
    for name, text in NAMES.items():
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)


if __name__ == "__main__":
    main()
