#!/usr/bin/env python3
"""Writes the four documents of this batch into docs/ (UTF-8 without BOM, LF; n109 is a .docx built with zipfile).

n107  OCR'd scan of a district science commission's 2025 work summary (plain .txt)
n108  WeChat feed export of an industrial park (.json, a list of articles)
n109  Word .docx with tracked changes (w:del / w:ins) and comments (word/comments.xml)
n110  bilingual (Chinese / English) Markdown annual report excerpt of a key laboratory
"""
import json, os, re, sys, zipfile
from xml.sax.saxutils import escape
sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
HDR = "徐 汇 区 科 学 技 术 委 员 会                    2 0 2 5 年 工 作 总 结"

# ------------------------------------------------------------------ n107 (OCR text: physical lines as scanned)
N107 = [
    HDR,
    "",
    "上海市徐汇区科学技术委员会2 0 2 5 年工作总结",
    "",
    "2 0 2 5 年，区科委在区委、区政府的坚强领导下，紧扣科创中心核心区",
    "建设，各项工作取得新进展。全区技术合同成交额达到 268.4 亿元，同比增",
    "长 12.6%；有效期内高新技术企业达到 2, 156 家，净增１４３家；全社会研",
    "发经费投入强度达到 5.12％；全年安排区级科技专项资金 3.86 亿元；全年",
    "服务企业 3, 260 家次，企业满意度达到 97.6%。",
    "",
    "一 、 科 技 创 新 主 体 培 育 持 续 壮 大",
    "全年新认定高新技术企业 486 家，有效期内高新技术企业达到 2, 156 家（2 0 2 4",
    "年末为 2, 013 家）。全年新增科技型中小企业评价入库 1, 868",
    "家，同比增长 8.4%；新增市级科技小巨人（含培育）企业１４家，累计达到",
    "１２６家，其中国家级专精特新“小巨人”企业 23 家。",
    "",
    "二 、 研 发 投 入 和 成 果 转 化 稳 步 提 升",
    "全社会研发经费投入强度达到 5.12%，比上年提高 0.18 个百分点。全年登记",
    "技术合同 3, 426 项，成交额 268.4 亿元（2024 年为 238.4 亿元），其中技术",
    "开发合同成交额 171.8 亿元，占成交总额的 64.0%。每万人口高价值发明专",
    "利拥有量达到 88.6 件。",
    "",
    "— 1 —",
    "徐 汇 区 科 学 技 术 委 员 会                    2 O 2 5 年 工 作 总 结",
    "三 、 科 技 金 融 和 专 项 资 金 管 理 更 加 规 范",
    "全年安排区级科技专项资金 3.86 亿元，实际拨付 3.79 亿元，执行率 98.2％。",
    "其中，企业研发补贴 1.92 亿元，科技创新载体建设 0.98 亿元，科技人才及",
    "科普 0.89 亿元。全年发放科技创新券 2，450 万元，惠及企业６１２家。",
    "",
    "四 、 创 新 载 体 和 企 业 服 务 提 质 增 效",
    "新增市级众创空问 3 家，市级以上科技企业孵l化器和众创空间达到 46 家，",
    "在孵企业 1, 500 余家。全年走访服务企业 3, 260 家次，收集企业诉求 412 件，",
    "办结 405 件，办结率 98.3%；第三方测评企业满意度 97.6%，较 2024 年的",
    "96.9% 提高 0.7 个百分点。",
    "",
    "五 、 科 普 和 人 才 工 作 扎 实 推 进",
    "全年开展各类科普活动 560 余场，参与市民约 28 万人次。新增入选市级各",
    "类科技人才计划 45 人。",
    "区科委被市科委评为“2025年度上海市科技创新券工作优秀组织单位”；区科委",
    "科技创新服务科被评为“上海市巾帼文明岗”；",
    "全区 4 家企业牵头的项目获“上海市科学技术奖一等奖”。",
    "",
    "— 2 —",
    HDR,
    "六 、 2 0 2 6 年 工 作 打 算",
    "2 0 2 6 年，区科委将力争全区技术合同成交额突破 300 亿元，有效期内高新技术企",
    "业达到 2, 300 家以上，全社会研发经费投入强度保持在 5.3% 左右，新增市级以上",
    "孵化载体 3 家。",
    "",
    "上海市徐汇区科学技术委员会",
    "2026年1月9日",
    "— 3 —",
]

# ------------------------------------------------------------------ n108 (WeChat feed: finalContent lines joined by \n)
S, E = "<strong>", "</strong>"
N108 = [
    {"文章标识符aid": "2247491536_1", "标题title": "2025年终盘点｜数说市北高新园区这一年📊", "作者author": "市北高新",
     "时间time": "2025-12-31", "原文链接url": "https://mp.weixin.qq.com/s?__biz=MzA5NTE2&mid=2247491536&idx=1",
     "lines": [
         "<p>2025年，园区坚持“数智市北”发展定位，交出了一份亮眼的成绩单👇</p>",
         f"<p>✅ 园区企业营业收入{S}1,268.5{E}亿元，📈同比{S}↑12.5%{E}</p>",
         f"<p>✅ 实现税收{S}86.3{E}亿元，同比{S}↑{E}{S}8.6%{E}</p>",
         f"<p>✅ 全年服务企业{S}1200{E}{S}+{E}家，企业满意度{S}96.8%{E}</p>",
         f"<p>✅ 新增注册企业{S}486{E}家，其中新引进重点企业{S}52{E}家</p>",
         f"<p>✅ 高新技术企业{S}312{E}家，净增{S}41{E}家</p>",
         f"<p>🏢 新增载体面积{S}12.6万㎡{E}，载体出租率{S}93.5%{E}，同比↑{S}2.1{E}个百分点</p>",
         f"<p>⏱ 企业诉求平均响应时长{S}1.5{E}小时，同比↓{S}25%{E}</p>",
         f"<p>💡 数字经济企业{S}860{E}余家，贡献营收占比{S}68.2%{E}</p>",
         "<p>🏆 园区获评“上海市五星级品牌园区”，入选“2025中国数字经济产业园区TOP10”，数据要素集聚度位列全市No.1</p>",
         f"<p>🚀 2026年，园区营收力争突破{S}1,400{E}亿元，服务企业{S}1500+{E}家，一起加油💪</p>",
     ]},
    {"文章标识符aid": "2247491208_1", "标题title": "活动回顾｜第三届市北数智生态大会圆满落幕🎉", "作者author": "市北高新",
     "时间time": "2025-11-21", "原文链接url": "https://mp.weixin.qq.com/s?__biz=MzA5NTE2&mid=2247491208&idx=1",
     "lines": [
         "<p>11月20日上午9:30，第三届市北数智生态大会在园区会议中心开幕。</p>",
         f"<p>👥 大会吸引{S}800+{E}位嘉宾到场，线上直播观看超{S}12.6万{E}人次</p>",
         f"<p>🤝 现场签约项目{S}26{E}个，总投资超{S}50{E}亿元</p>",
         "<p>📢 大会发布三大成果：</p>",
         "<p>1️⃣ 《市北数据要素产业发展白皮书（2025）》</p>",
         f"<p>2️⃣ 首批{S}10{E}个数据场景开放清单</p>",
         "<p>3️⃣ 园区企业服务“1+6”政策包</p>",
         f"<p>🌟 大会期间，{S}30{E}余家企业参展，举办分论坛{S}4{E}场</p>",
     ]},
    {"文章标识符aid": "2247491777_1", "标题title": "招聘｜市北高新园区运营公司2026年度招聘启事", "作者author": "市北高新人力资源部",
     "时间time": "2026-01-08", "原文链接url": "https://mp.weixin.qq.com/s?__biz=MzA5NTE2&mid=2247491777&idx=1",
     "lines": [
         f"<p>因业务发展需要，现面向社会公开招聘{S}4{E}个岗位共{S}8{E}人，欢迎加入👏</p>",
         "<p>📌 岗位一：企业服务专员（3人）</p>",
         f"<p>年龄35周岁以下，本科及以上学历，3年以上园区招商或企业服务经验；月薪{S}12k-18k{E}</p>",
         "<p>📌 岗位二：数据运营经理（2人）</p>",
         f"<p>年龄40周岁以下，硕士及以上学历；年薪{S}25-35万{E}，五险二金</p>",
         "<p>📌 岗位三：财务主管（1人）；岗位四：行政专员（2人）</p>",
         "<p>📮 简历投递：hr@shibei-park.example，截止日期2026年1月31日</p>",
         "<p>☎ 咨询电话：021-36652288（工作日9:00—17:30）</p>",
     ]},
    {"文章标识符aid": "2247490652_1", "标题title": "半年报｜园区公共服务平台上半年服务数据出炉", "作者author": "市北高新",
     "时间time": "2025-07-15", "原文链接url": "https://mp.weixin.qq.com/s?__biz=MzA5NTE2&mid=2247490652&idx=1",
     "lines": [
         "<p>2025年上半年，园区公共技术服务平台持续发力📈</p>",
         f"<p>🔬 检验检测服务{S}2,360{E}批次，同比↑{S}18.2%{E}</p>",
         f"<p>🧑‍💻 算力服务平台累计服务企业{S}156{E}家，算力使用量同比↑{S}36.4%{E}</p>",
         f"<p>📚 举办政策宣讲、技术沙龙等活动{S}42{E}场，参与{S}3,150{E}人次</p>",
         f"<p>💬 受理企业诉求{S}268{E}件，办结{S}262{E}件，办结率{S}97.8%{E}</p>",
         f"<p>下半年，平台将新增服务企业{S}100{E}家以上💪</p>",
     ]},
    {"文章标识符aid": "2247491350_1", "标题title": "喜报｜园区5家企业获评国家级专精特新“小巨人”企业🎉", "作者author": "市北高新",
     "时间time": "2025-12-12", "原文链接url": "https://mp.weixin.qq.com/s?__biz=MzA5NTE2&mid=2247491350&idx=1",
     "lines": [
         f"<p>近日，工业和信息化部公布第七批专精特新“小巨人”企业名单，园区{S}5{E}家企业上榜🎉</p>",
         f"<p>截至目前，园区累计拥有国家级专精特新“小巨人”企业{S}18{E}家、市级“专精特新”中小企业{S}136{E}家</p>",
         "<p>👏 恭喜以上企业！园区将持续做好服务，助力企业“小升规、规升巨”</p>",
     ]},
]

# ------------------------------------------------------------------ n109 (docx). Markup: [-x-] deleted, {+x+} inserted,
# <<cN>> … <</cN>> comment range N, | a run boundary (Word splits runs; invisible in the text)
N109_COMMENTS = ["数据待核实", "数据待核实，请与技术合同登记系统核对后再定稿"]
N109 = [
    ("p", "上海市生产力促进中心2025年度工作报告"),
    ("p", "中心成立于1996年，是上海市科学技术委员会所属事业单位，主要从事中小企业创新服务、技术转移和知识产权服务。"),
    ("p", "一、总体情况"),
    ("p", "2025年，上海市生产力促进中心（以下简称“中心”）围绕“服务企业创新、促进成果转化”主线，全年服务企业[-1,000-]{+1,200+}家，"
          "实施专业服务项目[-1,350-]{+1,386+}项，实现服务收入[-6,850-]{+7,1|26+}万元，同比增长[-8.1-]{+12.5+}%，"
          "客户满意度达到96.|2%，客户投诉率为0。"),
    ("p", "二、主要工作"),
    ("p", "（一）企业诊断咨询。全年为[-近-]{+约+}320家中小企业开展管理诊断和数字化转型咨询，完成诊断报告[-306-]{+318+}份，"
          "其中数字化转型诊断报告<<c0>>205份<</c0>>，占64.5%。"),
    ("p", "（二）技术转移服务。促成技术合同[-412-]{+436+}项，技术合同成交额<<c1>>12.36亿元<</c1>>，同比增长9.8%；"
          "举办技术供需对接活动28场，参与企业[-980-]{+1,050+}家次。"),
    ("p", "（三）知识产权服务。提供专利导航、贯标辅导等服务212项，代理专利申请1,|480件，其中发明专利申请926件，占62.6%。"),
    ("p", "（四）人才培训。举办各类培训86场，培训5,|620人次，培训满意度98.1%。{+其中线上培训34场。+}"),
    ("p", "[-（五）创新券服务。作为服务机构承接科技创新券项目156个，兑付金额860万元。-]"),
    ("p", "（五）平台运营。运营上海市中小企业数字化转型公共服务平台，提供数据咨询、在线诊断、供需对接等线上服务。"),
    ("p", "三、主要业务指标"),
    ("p", "表1　2025年主要业务指标"),
    ("tbl", [["业务板块", "服务项目（项）", "服务收入（万元）"],
             ["企业诊断咨询", "318", "1,862"],
             ["技术转移服务", "[-412-]{+436+}", "2,385"],
             ["知识产权服务", "212", "1,418"],
             ["人才培训", "86", "906"],
             ["平台运营及其他", "334", "555"],
             ["合计", "[-1,350-]{+1,386+}", "[-6,850-]{+7,126+}"]]),
    ("p", "注：服务项目按合同（任务书）计，人才培训按场次计。"),
    ("p", "四、财务与人员情况"),
    ("p", "全年总收入[-9,860-]{+10,284+}万元，其中服务收入7,126万元（2024年为6,334万元），财政补助收入2,650万元，"
          "其他收入508万元；服务收入占总收入的69.3%。"),
    ("p", "年末在职职工168人，其中专业技术人员142人，占84.5%。"),
    ("p", "五、荣誉情况"),
    ("p", "全年获得市级以上荣誉[-3-]{+2+}项：中心获评“2025年度上海市科技服务业示范机构”[-，并获“上海市文明单位”称号-]；"
          "{+中心技术转移部被上海市总工会授予“上海市工人先锋号”称号。+}"),
    ("p", "六、存在的问题"),
    ("p", "一是服务收入结构仍需优化，市场化服务占比有待提高；二是高层次专业人才相对不足，服务能力与企业需求仍有差距。"),
    ("p", "七、2026年工作计划"),
    ("p", "2026年，中心计划服务企业1,400家以上，服务收入达到7,800万元，技术合同成交额力争突破15亿元，客户满意度保持在95%以上。"),
    ("p", "上海市生产力促进中心"),
    ("p", "2026年1月20日"),
]

# ------------------------------------------------------------------ n110 (bilingual Markdown)
N110 = [
    "# 上海市微纳传感与智能系统重点实验室2025年度报告（摘编）",
    "# Shanghai Key Laboratory of Micro-Nano Sensing and Intelligent Systems: Annual Report 2025 (Excerpt)",
    "",
    "发布日期：2026年3月6日 | Published: 6 March 2026",
    "",
    "## 一、实验室概况 / 1. Overview",
    "",
    "实验室于2012年经上海市科学技术委员会批准建设，依托上海大学，设微纳传感器件、智能感知芯片、柔性电子与系统、智能系统集成4个研究方向。"
    "2025年末，实验室有固定研究人员86人，其中正高级职称32人、副高级职称29人，45岁以下青年骨干占58.1%。",
    "",
    "The laboratory was approved by the Shanghai Municipal Science and Technology Commission in 2012 and is hosted by Shanghai "
    "University. It has 4 research directions: micro-nano sensing devices, intelligent sensing chips, flexible electronics and "
    "systems, and intelligent system integration. At the end of 2025 it had 86 permanent researchers, 32 of them full professors "
    "and 29 associate professors; researchers under 45 made up 58.1%.",
    "",
    "## 主要数据 / Key figures",
    "",
    "- 在研科研项目142项，其中国家级项目57项",
    "- 到账科研经费11,846万元，同比增长9.6%",
    "- 发表SCI论文312篇，授权发明专利68件",
    "- 专利转让许可合同金额2,860万元",
    "- Ongoing research projects: 142, including 57 national projects",
    "- Research funding received: RMB 118.46 million, up 9.6% year on year",
    "- SCI papers: 312; invention patents granted: 68",
    "- Patent transfer and licensing contracts: RMB 28.6 million",
    "",
    "## 二、科研项目与经费 / 2. Research Projects and Funding",
    "",
    "2025年，实验室在研科研项目142项，其中国家级项目57项、省部级项目49项。到账科研经费11,846万元，较2024年的10,808万元增长9.6%，"
    "其中纵向经费7,465万元，占63.0%。各研究方向情况见下表。",
    "",
    "In 2025 the laboratory had 142 ongoing research projects, 57 national and 49 provincial or ministerial. Research funding "
    "received was RMB 118.46 million, 9.6% more than the RMB 108.08 million of 2024; government-funded projects brought in "
    "RMB 74.65 million, or 63.0%. The table below gives the figures by research direction.",
    "",
    "| 研究方向 Research direction | 在研项目（项） Projects | 到账经费（万元） Funding (CNY 10k) | SCI论文（篇） SCI papers |",
    "|---|---|---|---|",
    "| 微纳传感器件 Micro-nano sensing devices | 46 | 3,862 | 98 |",
    "| 智能感知芯片 Intelligent sensing chips | 38 | 3,415 | 76 |",
    "| 柔性电子与系统 Flexible electronics and systems | 31 | 2,508 | 82 |",
    "| 智能系统集成 Intelligent system integration | 27 | 2,061 | 56 |",
    "| 合计 Total | 142 | 11,846 | 312 |",
    "",
    "## 三、成果产出与转化 / 3. Outputs and Technology Transfer",
    "",
    "全年发表SCI论文312篇；申请发明专利96件，授权发明专利68件；签订专利转让许可合同14项，合同金额2,860万元，同比增长31.2%。",
    "",
    "The laboratory published 312 SCI papers, filed 96 invention patent applications and was granted 68 invention patents. It "
    "signed 14 patent transfer and licensing contracts worth RMB 28.6 million, up 31.2% year on year.",
    "",
    "## 四、人才队伍与开放交流 / 4. Talent and Open Exchange",
    "",
    "全年新增国家级人才4人、市级人才9人；设立开放课题15项，资助金额150万元；大型仪器设备对外开放共享1.26万机时。",
    "",
    "Four national-level and nine municipal-level talents joined or were selected in 2025. The laboratory funded 15 open "
    "projects with RMB 1.5 million and shared its large instruments for 12,600 machine hours.",
    "",
    "## 五、荣誉与奖励 / 5. Honours and Awards",
    "",
    "实验室“高灵敏柔性压力传感器关键技术及应用”项目获“2024年度上海市科学技术进步奖一等奖”；实验室主任李明远教授入选“上海市优秀学术带头人计划”；"
    "实验室获评“2025年度上海市重点实验室绩效评估优秀实验室”。全年获省部级以上科技奖励3项。",
    "",
    "The project \"Key technologies and applications of highly sensitive flexible pressure sensors\" won a first prize of the "
    "2024 Shanghai Science and Technology Progress Award; Prof. Li Mingyuan, the laboratory's director, was selected for the "
    "Shanghai Academic Research Leader Program; the laboratory was rated excellent in the 2025 performance evaluation of Shanghai "
    "key laboratories. It received 3 provincial or ministerial science awards in the year.",
    "",
    "## 六、2026年工作计划 / 6. Plans for 2026",
    "",
    "2026年，实验室力争到账科研经费突破1.3亿元，新增国家级项目15项以上，授权发明专利75件左右。",
    "",
    "In 2026 the laboratory aims to bring in more than RMB 130 million of research funding, win over 15 new national projects "
    "and be granted about 75 invention patents.",
]

NAMES = {"n107": "n107_xuhui_kw_ocrzj2025.txt", "n108": "n108_shibei_yq_wx2025.json",
         "n109": "n109_sppc_ndbg2025.docx", "n110": "n110_mnsis_lab_ndbg2025.md"}


def write_text(name, lines):
    with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- docx builder
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
AUTH = ('w:author="王晓燕" w:date="2026-01-16T09:30:00Z"', 'w:author="陈立" w:date="2026-01-17T14:05:00Z"')
_rid = [0]


def rid():
    _rid[0] += 1
    return _rid[0]


def t(text, deleted=False):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def runs(markup):
    out = []
    for tok in re.split(r"(\[-.*?-\]|\{\+.*?\+\}|<<c\d>>|<</c\d>>)", markup):
        if not tok:
            continue
        if tok.startswith("[-"):
            out.append(f'<w:del w:id="{rid()}" {AUTH[0]}>' + "".join(t(x, True) for x in tok[2:-2].split("|")) + "</w:del>")
        elif tok.startswith("{+"):
            out.append(f'<w:ins w:id="{rid()}" {AUTH[1]}>' + "".join(t(x) for x in tok[2:-2].split("|")) + "</w:ins>")
        elif tok.startswith("<</c"):
            n = tok[4]
            out.append(f'<w:commentRangeEnd w:id="{n}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                       f'<w:commentReference w:id="{n}"/></w:r>')
        elif tok.startswith("<<c"):
            out.append(f'<w:commentRangeStart w:id="{tok[3]}"/>')
        else:
            out.extend(t(x) for x in tok.split("|") if x)
    return "".join(out)


def para(markup, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{runs(markup)}</w:p>"


def table(rows):
    grid = "".join('<w:gridCol w:w="2800"/>' for _ in rows[0])
    trs = "".join("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="2800" w:type="dxa"/></w:tcPr>{para(c)}</w:tc>' for c in r)
                  + "</w:tr>" for r in rows)
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>")


def write_docx(name, blocks, comments):
    body = []
    for i, (kind, x) in enumerate(blocks):
        if kind == "tbl":
            body.append(table(x))
        else:
            style = "Title" if i == 0 else ("Heading1" if re.match(r"[一二三四五六七]、", x) else None)
            body.append(para(x, style))
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + "".join(body)
           + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    com = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>'
           + "".join(f'<w:comment w:id="{i}" w:author="李华" w:date="2026-01-18T10:12:00Z" w:initials="LH">'
                     f'<w:p><w:r><w:t>{escape(c)}</w:t></w:r></w:p></w:comment>' for i, c in enumerate(comments))
           + "</w:comments>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>")
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
             "</Relationships>")
    settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W}><w:trackRevisions/></w:settings>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            "<dc:title>上海市生产力促进中心2025年度工作报告</dc:title><dc:creator>王晓燕</dc:creator>"
            '<cp:lastModifiedBy>陈立</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-12T08:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-18T10:12:00Z</dcterms:modified></cp:coreProperties>')
    with zipfile.ZipFile(os.path.join(DOCS, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                           ("word/_rels/document.xml.rels", drels), ("word/comments.xml", com),
                           ("word/settings.xml", settings), ("docProps/core.xml", core)):
            z.writestr(zipfile.ZipInfo(part, (2026, 1, 18, 10, 12, 0)), data.encode("utf-8"))


def main():
    os.makedirs(DOCS, exist_ok=True)
    write_text(NAMES["n107"], N107)
    feed = [{k: a[k] for k in ("文章标识符aid", "标题title", "作者author", "时间time", "原文链接url")}
            | {"finalContent": "\n".join(a["lines"])} for a in N108]
    with open(os.path.join(DOCS, NAMES["n108"]), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(feed, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    write_docx(NAMES["n109"], N109, N109_COMMENTS)
    write_text(NAMES["n110"], N110)
    print("docs written")


if __name__ == "__main__":
    main()
