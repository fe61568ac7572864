"""Hand-written labels for the four n0x documents; writes ../gold/*.json.
Each fact row: (category, subject, year, value, measure, qualifier, quote, key, role)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
F = ("category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role")
T = "\t"

def facts(rows, **extra):
    out = []
    for r in rows:
        d = dict(zip(F, r))
        d.update(extra)
        out.append(d)
    return out

def honour(title, level, recipient, issuer, year, quote, source="text"):
    return dict(title=title, level=level, recipient=recipient, issuer=issuer, year=year, quote=quote, source=source)

docs = {}

# ---------------------------------------------------------------- n01
Y = 2025
n01 = [
 ("output", "主动公开政府信息", Y, 428, "条", "exact", "全年主动公开政府信息428条", True, "actual"),
 ("growth", "主动公开政府信息同比增长", Y, 9.2, "%", "exact", "同比增长9.2%", True, "change"),
 ("output", "门户网站公开政府信息", Y, 351, "条", "exact", "通过“上海嘉定”门户网站公开351条", False, "actual"),
 ("output", "微信公众号发布政府信息", Y, 77, "条", "exact", "通过“嘉定科创”微信公众号发布77条", False, "actual"),
 ("output", "科技政策申报指南", Y, 26, "项", "exact", "发布科技政策申报指南26项", False, "actual"),
 ("output", "政策解读材料", Y, 18, "篇", "exact", "制作政策解读材料18篇", False, "actual"),
 ("output", "图文解读", Y, 11, "篇", "exact", "其中图文解读11篇", False, "actual"),
 ("output", "视频解读", Y, 4, "个", "exact", "视频解读4个", False, "actual"),
 ("service", "新收政府信息公开申请", Y, 14, "件", "exact", "本年新收政府信息公开申请14件", True, "actual"),
 ("service", "上年结转政府信息公开申请", Y, 2, "件", "exact", "上年结转2件", False, "actual"),
 ("satisfaction", "依申请公开按期答复率", Y, 100, "%", "exact", "按期答复率100%", True, "actual"),
 ("output", "清理行政规范性文件", Y, 7, "件", "exact", "完成行政规范性文件清理7件", False, "actual"),
 ("output", "现行有效行政规范性文件", Y, 9, "件", "exact", "对现行有效的9件规范性文件逐件标注有效期", False, "actual"),
 ("other", "政务公众号关注用户", Y, 3.6, "万人", "exact", "“嘉定科创”公众号关注用户达到3.6万人", False, "actual"),
 ("growth", "政务公众号关注用户较上年增加", Y, 4800, "人", "exact", "较上年增加4800人", False, "change"),
 ("service", "政务公开专题培训", Y, 3, "次", "exact", "组织政务公开专题培训3次", False, "actual"),
 ("service", "政务公开培训参训人员", Y, 130, "人次", "over", "参训人员130余人次", False, "actual"),
 # table 二
 ("output", "本年制发行政规范性文件", Y, 3, "件", "exact", "行政规范性文件\t3", False, "actual"),
 ("output", "本年废止行政规范性文件", Y, 1, "件", "exact", "行政规范性文件\t3\t1", False, "actual"),
 ("output", "现行有效行政规范性文件", Y, 9, "件", "exact", "行政规范性文件\t3\t1\t9", False, "actual"),
 ("service", "行政许可处理决定", Y, 1687, "", "exact", "行政许可\t1687", True, "actual"),
 # table 三 (单位：件)
 ("service", "新收政府信息公开申请（自然人）", Y, 9, "件", "exact", "一、本年新收政府信息公开申请数量\t9", False, "actual"),
 ("service", "新收政府信息公开申请（法人或其他组织）", Y, 5, "件", "exact", "一、本年新收政府信息公开申请数量\t9\t5", False, "actual"),
 ("service", "新收政府信息公开申请", Y, 14, "件", "exact", "一、本年新收政府信息公开申请数量\t9\t5\t14", True, "actual"),
 ("service", "上年结转政府信息公开申请（自然人）", Y, 2, "件", "exact", "二、上年结转政府信息公开申请数量\t2", False, "actual"),
 ("service", "上年结转政府信息公开申请", Y, 2, "件", "exact", "二、上年结转政府信息公开申请数量\t2\t0\t2", False, "actual"),
 ("service", "依申请予以公开（自然人）", Y, 4, "件", "exact", "（一）予以公开\t4", False, "actual"),
 ("service", "依申请予以公开（法人或其他组织）", Y, 2, "件", "exact", "（一）予以公开\t4\t2", False, "actual"),
 ("service", "依申请予以公开", Y, 6, "件", "exact", "（一）予以公开\t4\t2\t6", False, "actual"),
 ("service", "依申请部分公开（自然人）", Y, 2, "件", "exact", "（二）部分公开\t2", False, "actual"),
 ("service", "依申请部分公开（法人或其他组织）", Y, 1, "件", "exact", "（二）部分公开\t2\t1", False, "actual"),
 ("service", "依申请部分公开", Y, 3, "件", "exact", "（二）部分公开\t2\t1\t3", False, "actual"),
 ("service", "依申请无法提供（自然人）", Y, 3, "件", "exact", "（四）无法提供\t3", False, "actual"),
 ("service", "依申请无法提供（法人或其他组织）", Y, 1, "件", "exact", "（四）无法提供\t3\t1", False, "actual"),
 ("service", "依申请无法提供", Y, 4, "件", "exact", "（四）无法提供\t3\t1\t4", False, "actual"),
 ("service", "依申请其他处理（自然人）", Y, 1, "件", "exact", "（六）其他处理\t1", False, "actual"),
 ("service", "依申请其他处理", Y, 1, "件", "exact", "（六）其他处理\t1\t0\t1", False, "actual"),
 ("service", "依申请办理结果总计（自然人）", Y, 10, "件", "exact", "（七）总计\t10", False, "actual"),
 ("service", "依申请办理结果总计（法人或其他组织）", Y, 4, "件", "exact", "（七）总计\t10\t4", False, "actual"),
 ("service", "依申请办理结果总计", Y, 14, "件", "exact", "（七）总计\t10\t4\t14", True, "actual"),
 ("service", "结转下年度继续办理（自然人）", Y, 1, "件", "exact", "四、结转下年度继续办理\t1", False, "actual"),
 ("service", "结转下年度继续办理（法人或其他组织）", Y, 1, "件", "exact", "四、结转下年度继续办理\t1\t1", False, "actual"),
 ("service", "结转下年度继续办理", Y, 2, "件", "exact", "四、结转下年度继续办理\t1\t1\t2", False, "actual"),
 # table 四 (单位：件)
 ("other", "政府信息公开行政复议结果维持", Y, 1, "件", "exact", "\t1\t0\t0\t0\t1", False, "actual"),
 ("other", "政府信息公开行政复议总计", Y, 1, "件", "exact", "\t1\t0\t0\t0\t1", False, "actual"),
 # 2026 plans
 ("output", "政策解读材料（目标）", 2026, 20, "篇", "over", "全年制作政策解读材料不少于20篇", False, "target"),
 ("output", "视频解读（目标）", 2026, 6, "个", "over", "其中视频解读不少于6个", False, "target"),
 ("service", "政务公开专题培训（目标）", 2026, 4, "次", "over", "开展政务公开专题培训4次以上", False, "target"),
 ("satisfaction", "依申请公开按期答复率（目标）", 2026, 100, "%", "exact", "依申请公开按期答复率保持100%", False, "target"),
 ("other", "政务公众号关注用户（目标）", 2026, 4, "万人", "over", "推动“嘉定科创”公众号关注用户突破4万人", False, "target"),
 # 其他需要报告的事项
 ("service", "承办区人大代表建议", Y, 8, "件", "exact", "全年承办区人大代表建议8件", False, "actual"),
 ("service", "承办区政协提案", Y, 11, "件", "exact", "区政协提案11件", False, "actual"),
 ("satisfaction", "建议提案办结率", Y, 100, "%", "exact", "办结率100%", False, "actual"),
]
docs["n01_jiading_kw_gkbg2025"] = dict(
 document="n01_jiading_kw_gkbg2025.txt", kind="other", unit="上海市嘉定区科学技术委员会",
 aliases=["嘉定区科学技术委员会", "区科委"], year=2025, published="2026-01-23",
 facts=facts(n01), honours=[])

# ---------------------------------------------------------------- n02
Y = 2024
U2 = "上海科学技术情报研究所"
n02 = [
 ("other", "主业", Y, 3, "", "exact", "聚焦决策咨询、情报研究和科技文献服务三大主业", False, "actual"),
 ("output", "决策咨询报告", Y, 136, "篇", "exact", "全年完成各类决策咨询报告136篇", True, "actual"),
 ("growth", "决策咨询报告同比增长", Y, 12.3, "%", "exact", "同比增长12.3%", True, "change"),
 ("output", "获市领导批示决策咨询报告", Y, 41, "篇", "exact", "其中获市领导批示41篇", False, "actual"),
 ("growth", "获市领导批示报告较上年增加", Y, 7, "篇", "exact", "较上年增加7篇", False, "change"),
 ("output", "编报内参", Y, 52, "期", "exact", "等内参52期", False, "actual"),
 ("other", "年度监测报告媒体转载", Y, 60, "次", "over", "被中央和市级媒体转载60余次", False, "actual"),
 ("output", "承担国家和市级科研课题", Y, 47, "项", "exact", "一是承担国家和市级科研课题47项", True, "actual"),
 ("output", "承担国家级科研课题", Y, 9, "项", "exact", "其中国家级课题9项", False, "actual"),
 ("finance", "科研经费到款", Y, 3860, "万元", "exact", "二是全年科研经费到款3860万元", True, "actual"),
 ("growth", "科研经费到款同比增长", Y, 8.6, "%", "exact", "同比增长8.6%", False, "change"),
 ("output", "发表学术论文", Y, 94, "篇", "exact", "三是发表学术论文94篇", False, "actual"),
 ("output", "出版专著", Y, 3, "部", "exact", "出版专著3部", False, "actual"),
 ("output", "获授权软件著作权", Y, 12, "项", "exact", "获授权软件著作权12项", False, "actual"),
 ("service", "科技查新和检索咨询", Y, 2186, "项", "exact", "一是完成科技查新和检索咨询2186项", True, "actual"),
 ("growth", "科技查新和检索咨询同比增长", Y, 6.4, "%", "exact", "同比增长6.4%", False, "change"),
 ("service", "服务企业和科研机构", Y, 1420, "家", "exact", "二是服务企业和科研机构1420家", True, "actual"),
 ("service", "累计服务科技型企业", Y, 8000, "家", "over", "累计服务科技型企业突破8000家", False, "actual"),
 ("service", "公益讲座", Y, 38, "场", "exact", "等公益讲座38场", False, "actual"),
 ("service", "公益讲座参与人次", Y, 2, "万人次", "nearly", "线上线下参与近2万人次", False, "actual"),
 ("satisfaction", "用户满意度", Y, 98.6, "%", "exact", "四是用户满意度达到98.6%", True, "actual"),
 ("satisfaction", "用户满意度", 2023, 97.1, "%", "exact", "较2023年的97.1%提高1.5个百分点", False, "baseline"),
 ("growth", "用户满意度较2023年提高", Y, 1.5, "个百分点", "exact", "较2023年的97.1%提高1.5个百分点", False, "change"),
 ("finance", "总收入", Y, 1.82, "亿元", "exact", "全年实现总收入1.82亿元", True, "actual"),
 ("finance", "财政拨款收入", Y, 9650, "万元", "exact", "其中财政拨款收入9650万元", False, "actual"),
 ("finance", "事业收入", Y, 7320, "万元", "exact", "事业收入7320万元", False, "actual"),
 ("other", "事业收入占总收入比重", Y, 40.2, "%", "exact", "事业收入占总收入的比重为40.2%", False, "share"),
 ("growth", "事业收入占总收入比重较上年提高", Y, 2.1, "个百分点", "exact", "较上年提高2.1个百分点", False, "change"),
 ("people", "在职职工", Y, 318, "人", "exact", "全所在职职工318人", False, "actual"),
 ("people", "高级职称人员", Y, 136, "人", "exact", "其中具有高级职称的136人", False, "actual"),
 ("people", "博士学位人员", Y, 74, "人", "exact", "博士学位人员74人", False, "actual"),
 ("honour", "各级各类荣誉", Y, 18, "项", "exact", "全年获得各级各类荣誉18项", True, "actual"),
 ("honour", "国家级荣誉", Y, 3, "项", "exact", "其中国家级3项", True, "actual"),
 ("honour", "市级荣誉", Y, 10, "项", "exact", "市级10项", True, "actual"),
 ("output", "决策咨询报告（目标）", 2025, 140, "篇", "over", "一是力争完成决策咨询报告不少于140篇", False, "target"),
 ("output", "获市领导批示报告（目标）", 2025, 45, "篇", "over", "获市领导批示45篇以上", False, "target"),
 ("output", "承担国家和市级科研课题（目标）", 2025, 50, "项", "approx", "二是承担国家和市级科研课题50项左右", False, "target"),
 ("service", "科技查新和检索咨询（目标）", 2025, 2300, "项", "over", "三是科技查新和检索咨询服务2300项以上", False, "target"),
 ("satisfaction", "用户满意度（目标）", 2025, 98, "%", "over", "用户满意度保持在98%以上", False, "target"),
 ("people", "新引进博士（目标）", 2025, 10, "名", "exact", "四是新引进博士10名", False, "target"),
]
n02h = [
 honour("国家科技创新智库建设试点单位", "national", U2, "科学技术部", 2024, "情报所入选科技部首批国家科技创新智库建设试点单位"),
 honour("2024年度上海市决策咨询研究成果奖一等奖", "municipal", U2, None, 2024, "《长三角科技资源共享机制研究》荣获2024年度上海市决策咨询研究成果奖一等奖"),
 honour("2024年度上海市五四红旗团组织", "municipal", "上海科学技术情报研究所团委", None, 2024, "所团委获评2024年度上海市五四红旗团组织"),
 honour("2023—2024年度上海市文明单位", "municipal", U2, None, 2024, "情报所被评为2023—2024年度上海市文明单位"),
 honour("2024年度上海市青年科技启明星计划", "municipal", "陈思远", None, 2024, "研究员陈思远入选2024年度上海市青年科技启明星计划"),
 honour("市科技系统2024年度先进集体", "system", "上海科学技术情报研究所科技文献服务部", None, 2024, "科技文献服务部荣获市科技系统2024年度先进集体称号"),
 honour("中国科学技术情报学会情报科学技术奖二等奖", "other", U2, "中国科学技术情报学会", 2024, "《区域创新指数测度方法》获中国科学技术情报学会情报科学技术奖二等奖"),
]
docs["n02_sstir_zj2024"] = dict(
 document="n02_sstir_zj2024.txt", kind="work-summary", unit=U2,
 aliases=["情报所"], year=2024, published="2025-01",
 facts=facts(n02), honours=n02h)

# ---------------------------------------------------------------- n03
Y = 2024
n03 = [
 ("other", "全社会研发经费支出占地区生产总值比重", Y, 5.8, "%", "approx", "闵行区全社会研发经费支出占地区生产总值的比重达到5.8%左右", True, "share"),
 ("other", "有效期内高新技术企业", Y, 3265, "家", "exact", "全区有效期内高新技术企业达到3265家", True, "actual"),
 ("growth", "有效期内高新技术企业同比增长", Y, 9.7, "%", "exact", "同比增长9.7%", True, "change"),
 ("service", "新认定高新技术企业", Y, 986, "家", "exact", "去年新认定高新技术企业986家", True, "actual"),
 ("growth", "新认定高新技术企业比2023年增加", Y, 112, "家", "exact", "比2023年增加112家", False, "change"),
 ("service", "认定登记技术合同", Y, 5120, "项", "exact", "去年全区认定登记技术合同5120项", True, "actual"),
 ("finance", "技术合同成交额", Y, 626.4, "亿元", "exact", "技术合同成交额626.4亿元", True, "actual"),
 ("growth", "技术合同成交额同比增长", Y, 18.5, "%", "exact", "同比增长18.5%", True, "change"),
 ("service", "新认定高新技术成果转化项目", Y, 210, "项", "exact", "新认定高新技术成果转化项目210项", False, "actual"),
 ("service", "新增市级科技小巨人（含培育）企业", Y, 34, "家", "exact", "新增市级科技小巨人（含培育）企业34家", False, "actual"),
 ("other", "大零号湾新增硬科技企业", Y, 320, "家", "over", "功能区新增硬科技企业320余家", False, "actual"),
 ("other", "大零号湾累计集聚硬科技企业", Y, 1600, "家", "over", "累计集聚硬科技企业超过1600家", False, "actual"),
 ("service", "大零号湾创新创业活动", Y, 150, "场", "over", "全年举办创新创业活动150余场", False, "actual"),
 ("service", "大零号湾服务创业团队", Y, 900, "个", "nearly", "服务创业团队近900个", False, "actual"),
 ("finance", "大零号湾助力企业融资", Y, 45, "亿元", "over", "助力企业完成融资超45亿元", False, "actual"),
 ("finance", "科技创新券发放", Y, 3860, "万元", "exact", "全区发放科技创新券3860万元", False, "actual"),
 ("service", "科技创新券惠及中小企业", Y, 1180, "家", "exact", "惠及中小企业1180家", True, "actual"),
 ("service", "科技企业服务专窗受理企业咨询", Y, 6500, "件", "over", "全年受理企业咨询6500余件", True, "actual"),
 ("satisfaction", "科技企业服务专窗企业满意度", Y, 99.2, "%", "exact", "企业满意度为99.2%", True, "actual"),
 ("other", "有效期内高新技术企业（目标）", 2025, 3500, "家", "over", "今年闵行将力争有效期内高新技术企业突破3500家", False, "target"),
 ("growth", "技术合同成交额增长（目标）", 2025, 10, "%", "over", "技术合同成交额增长10%以上", False, "target"),
 ("other", "新增市级以上科技企业孵化器（目标）", 2025, 3, "家", "exact", "新增市级以上科技企业孵化器3家", False, "target"),
]
docs["n03_minhang_news2025"] = dict(
 document="n03_minhang_news2025.html", kind="other", unit="上海市闵行区",
 aliases=["闵行区", "闵行", "闵行区科学技术委员会", "区科委"], year=2024, published="2025-01-16",
 facts=facts(n03),
 honours=[honour("国家科技成果转移转化示范区", "national", "上海市闵行区", "科学技术部", 2024,
                 "闵行区成功入选科技部首批国家科技成果转移转化示范区建设名单")])

# ---------------------------------------------------------------- n04
A1, D1 = "2247486120_1", "2025-01-14"
A2, D2 = "2247486355_1", "2025-03-06"
A3, D3 = "2247486590_2", "2025-04-18"
A4, D4 = "2247486902_1", "2025-07-22"
A5, D5 = "2247487213_1", "2025-10-20"
n04 = []
n04 += facts([
 ("service", "测评项目（标题）", 2024, 3860, "项", "exact", "2024年完成测评项目3860项", False, "actual"),
 ("service", "测评项目", 2024, 3860, "项", "exact", "全年完成各类软件测评项目3860项", True, "actual"),
 ("growth", "测评项目同比增长", 2024, 11.2, "%", "exact", "同比增长11.2%", True, "change"),
 ("output", "出具测评报告", 2024, 4125, "份", "exact", "出具测评报告4125份", False, "actual"),
 ("service", "服务企业和机构", 2024, 1460, "家", "over", "服务企业和机构1460余家", True, "actual"),
 ("service", "首次合作客户", 2024, 310, "家", "exact", "其中首次合作客户310家", False, "actual"),
 ("service", "信创适配测试项目", 2024, 620, "项", "exact", "全年完成信创适配测试项目620项", False, "actual"),
 ("growth", "信创适配测试项目较上年增长", 2024, 35.4, "%", "exact", "较上年增长35.4%", False, "change"),
 ("service", "数据安全评估和个人信息保护合规审计", 2024, 87, "项", "exact", "完成数据安全评估和个人信息保护合规审计87项", False, "actual"),
 ("finance", "营业收入", 2024, 2.36, "亿元", "exact", "全年实现营业收入2.36亿元", True, "actual"),
 ("growth", "营业收入同比增长", 2024, 9.8, "%", "exact", "同比增长9.8%", True, "change"),
 ("satisfaction", "客户满意度", 2024, 98.7, "%", "exact", "2024年客户满意度为98.7%", True, "actual"),
 ("growth", "客户满意度较2023年提高", 2024, 0.6, "个百分点", "exact", "较2023年提高0.6个百分点", False, "change"),
 ("satisfaction", "客户有效投诉", 2024, 2, "件", "exact", "全年收到客户有效投诉2件", False, "actual"),
 ("satisfaction", "投诉处理及时率", 2024, 100, "%", "exact", "投诉处理及时率100%", True, "actual"),
 ("service", "软件测试技术培训", 2024, 46, "期", "exact", "中心全年开展软件测试技术培训46期", False, "actual"),
 ("service", "培训学员", 2024, 2300, "人次", "over", "培训学员2300余人次", False, "actual"),
 ("output", "牵头和参与制定标准", 2024, 11, "项", "exact", "牵头和参与制定国家、行业和团体标准11项", False, "actual"),
 ("service", "测评项目（目标）", 2025, 4000, "项", "over", "力争全年测评项目突破4000项", False, "target"),
], article=A1, date=D1)
n04 += facts([
 ("people", "员工", 2025, 420, "人", "exact", "现有员工420人", False, "actual"),
 ("people", "高级工程师", 2025, 86, "人", "exact", "其中高级工程师86人", False, "actual"),
], article=A2, date=D2)
n04 += facts([
 ("service", "测评项目（一季度）", 2025, 916, "项", "exact", "中心完成测评项目916项", True, "actual"),
 ("growth", "测评项目同比增长（一季度）", 2025, 8.4, "%", "exact", "同比增长8.4%", True, "change"),
 ("service", "服务企业（一季度）", 2025, 412, "家", "exact", "服务企业412家", True, "actual"),
 ("service", "新增信创适配测试项目（一季度）", 2025, 168, "项", "exact", "新增信创适配测试项目168项", False, "actual"),
 ("satisfaction", "客户满意度（一季度）", 2025, 99.0, "%", "exact", "一季度客户满意度达到99.0%", True, "actual"),
], article=A3, date=D3)
n04 += facts([
 ("service", "服务企业（上半年，标题）", 2025, 780, "家", "over", "上半年中心服务企业超780家", False, "actual"),
 ("satisfaction", "客户满意度（上半年，标题）", 2025, 99.1, "%", "exact", "满意度达99.1%", False, "actual"),
 ("service", "测评项目（上半年）", 2025, 1980, "项", "exact", "累计完成各类测评项目1980项", True, "actual"),
 ("growth", "测评项目同比增长（上半年）", 2025, 10.1, "%", "exact", "同比增长10.1%", True, "change"),
 ("service", "服务企业（上半年）", 2025, 780, "家", "over", "服务企业780余家", True, "actual"),
 ("satisfaction", "客户满意度（上半年）", 2025, 99.1, "%", "exact", "上半年客户满意度为99.1%", True, "actual"),
 ("growth", "客户满意度较去年同期提高（上半年）", 2025, 0.3, "个百分点", "exact", "较去年同期提高0.3个百分点", False, "change"),
 ("service", "免费测试咨询服务（上半年）", 2025, 120, "次", "over", "面向中小企业开展免费测试咨询服务120余次", False, "actual"),
 ("finance", "为企业节约测试成本（上半年）", 2025, 260, "万元", "approx", "为企业节约测试成本约260万元", False, "actual"),
], article=A4, date=D4)
n04 += facts([
 ("service", "软件质量月专题论坛", 2025, 6, "场", "exact", "共举办专题论坛6场", False, "actual"),
 ("service", "软件质量月技术沙龙", 2025, 12, "场", "exact", "技术沙龙12场", False, "actual"),
 ("service", "软件质量月参与企业", 2025, 200, "家", "over", "吸引软件企业200余家", False, "actual"),
 ("service", "软件质量月参会人员", 2025, 1500, "人次", "over", "参会人员1500余人次", False, "actual"),
 ("service", "颁发测评证书企业", 2025, 38, "家", "exact", "并为通过评测的38家企业的52款软件产品颁发测评证书", False, "actual"),
 ("service", "颁发测评证书软件产品", 2025, 52, "款", "exact", "并为通过评测的38家企业的52款软件产品颁发测评证书", False, "actual"),
 ("service", "测评项目（年初至10月）", 2025, 3120, "项", "exact", "今年以来中心已完成测评项目3120项", True, "actual"),
 ("service", "测评项目（目标）", 2025, 4000, "项", "over", "确保全年完成测评项目4000项以上", False, "target"),
], article=A5, date=D5)
docs["n04_sstc_feed2025"] = dict(
 document="n04_sstc_feed2025.json", kind="article-feed", unit="上海市软件评测中心",
 aliases=["中心", "上海软件评测"], year=None, published=None,
 facts=n04,
 honours=[honour("上海市五一劳动奖状", "municipal", "上海市软件评测中心", "上海市总工会", 2025,
                 "上海市软件评测中心荣获“上海市五一劳动奖状”")])

os.makedirs(os.path.join(HERE, "..", "gold"), exist_ok=True)
for name, d in docs.items():
    with open(os.path.join(HERE, "..", "gold", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(name, len(d["facts"]), sum(f["key"] for f in d["facts"]), len(d["honours"]))
