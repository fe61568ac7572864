#!/usr/bin/env python3
"""Writes gold/ for n179–n182 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
H(title, level, recipient, issuer, year, quote, source="text")
"""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GOLD = os.path.join(ROOT, "gold")
YEAR = None


def F(cat, subj, val, meas, qual, quote, key=False, role="actual", year=None):
    return {"category": cat, "subject": subj, "year": YEAR if year is None else year, "value": val, "measure": meas,
            "qualifier": qual, "quote": quote, "key": key, "role": role}


def H(title, level, recipient, issuer, year, quote, source="text"):
    return {"title": title, "level": level, "recipient": recipient, "issuer": issuer, "year": year, "quote": quote,
            "source": source}


def write(name, kind, unit, aliases, year, published, facts, honours):
    g = {"document": name, "kind": kind, "unit": unit, "aliases": aliases, "year": year, "published": published,
         "facts": facts, "honours": honours}
    with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


# ---------------------------------------------------------------- n179 上海市科学技术普及基金会 2025 年度报告
YEAR = 2025
U179 = "上海市科学技术普及基金会"
n179 = [
    F("people", "理事", 21, "名", "exact", "现有理事21名"),
    F("people", "监事", 3, "名", "exact", "监事3名"),
    F("people", "专职工作人员", 14, "名", "exact", "专职工作人员14名"),
    F("service", "科普公益项目", 128, "项", "exact", "全年实施科普公益项目128项", True),
    F("service", "科普公益项目", 112, "项", "exact", "比2024年的112项", role="baseline", year=2024),
    F("growth", "科普公益项目比2024年增加", 16, "项", "exact", "增加16项", role="change"),
    F("other", "项目覆盖区", 16, "个", "exact", "项目覆盖全市16个区"),
    F("service", "受益公众", 186.5, "万人次", "exact", "受益公众达186.5万人次", True),
    F("growth", "受益公众同比增长", 12.4, "%", "exact", "同比增长12.4%", True, role="change"),
    F("service", "受益公众", 165.9, "万人次", "exact", "2024年为165.9万人次", role="baseline", year=2024),
    F("finance", "总收入", 5862.4, "万元", "exact", "2025年总收入5,862.4万元", True),
    F("growth", "总收入同比增长", 8.6, "%", "exact", "同比增长8.6%", True, role="change"),
    F("finance", "总收入", 5398.2, "万元", "exact", "2024年为5,398.2万元", role="baseline", year=2024),
    F("finance", "捐赠收入", 4716.8, "万元", "exact", "其中捐赠收入4,716.8万元", True),
    F("other", "捐赠收入占总收入比重", 80.5, "%", "exact", "占总收入的80.5%", role="share"),
    F("finance", "政府补助收入", 820.0, "万元", "exact", "政府补助收入820.0万元"),
    F("finance", "投资收益", 265.3, "万元", "exact", "投资收益265.3万元"),
    F("finance", "其他收入", 60.3, "万元", "exact", "其他收入60.3万元"),
    F("finance", "企业捐赠", 3582.6, "万元", "exact", "企业捐赠3,582.6万元"),
    F("finance", "个人捐赠", 1134.2, "万元", "exact", "个人捐赠1,134.2万元"),
    F("other", "接受捐赠笔数", 2318, "笔", "exact", "全年接受捐赠2,318笔"),
    F("finance", "总支出", 5431.7, "万元", "exact", "2025年总支出5,431.7万元", True),
    F("finance", "公益事业支出", 4932.5, "万元", "exact", "其中公益事业支出4,932.5万元"),
    F("other", "公益事业支出占总支出比重", 90.8, "%", "exact", "占总支出的90.8%", role="share"),
    F("finance", "管理费用", 412.6, "万元", "exact", "管理费用412.6万元"),
    F("other", "管理费用占总支出比重", 7.6, "%", "exact", "占7.6%", role="share"),
    F("finance", "筹资费用", 86.6, "万元", "exact", "筹资费用86.6万元"),
    F("other", "公益事业支出占上年总收入比重", 91.4, "%", "exact", "公益事业支出占上年总收入的91.4%", role="share"),
    F("finance", "年末净资产", 1.26, "亿元", "exact", "年末净资产1.26亿元"),
    F("service", "青少年科普项目", 46, "项", "exact", "等青少年项目46项"),
    F("service", "进校园活动", 1240, "场", "exact", "开展进校园活动1,240场"),
    F("service", "覆盖中小学", 312, "所", "exact", "覆盖中小学312所"),
    F("service", "青少年科普受益学生", 62.8, "万人次", "exact", "受益学生62.8万人次"),
    F("service", "社区科普项目", 38, "项", "exact", "资助社区科普项目38项"),
    F("other", "新增社区科普微站", 21, "个", "exact", "新增社区科普微站21个"),
    F("other", "社区科普微站", 156, "个", "exact", "累计达到156个"),
    F("service", "社区科普受益居民", 35.4, "万人次", "exact", "受益居民35.4万人次"),
    F("service", "科普传播项目", 28, "项", "exact", "实施科普传播项目28项"),
    F("output", "科普短视频", 640, "部", "exact", "制作科普短视频640部"),
    F("service", "科普传播受益公众", 81.6, "万人次", "exact", "线上线下受益公众81.6万人次"),
    F("service", "科普人才项目", 16, "项", "exact", "实施科普人才项目16项"),
    F("people", "培训科普讲解员和志愿者", 1.35, "万人次", "exact", "培训科普讲解员和志愿者1.35万人次"),
    F("service", "科普人才项目受益", 6.7, "万人次", "exact", "受益6.7万人次"),
    F("finance", "捐赠收入", 5000, "万元", "over", "力争捐赠收入5,000万元以上", role="target", year=2026),
    F("service", "科普公益项目", 135, "项", "approx", "实施科普公益项目135项左右", role="target", year=2026),
    F("service", "受益公众", 200, "万人次", "over", "受益公众突破200万人次", role="target", year=2026),
    F("other", "新增社区科普微站", 20, "个", "over", "新增社区科普微站不少于20个", role="target", year=2026),
]
h179 = [
    H("5A级社会组织", "municipal", U179, "上海市民政局", 2025, "基金会被上海市民政局评为5A级社会组织"),
    H("2025年度全国科普公益优秀项目", "national", "“小小科学家”项目", "中国科学技术协会", 2025,
      "“小小科学家”项目入选中国科学技术协会“2025年度全国科普公益优秀项目”"),
]
write("n179_shkpjjh_ndbg2025.txt", "csr-report", U179, [], 2025, "2026-03-16", n179, h179)

# ---------------------------------------------------------------- n180 静安区科委 2025 高企认定 news (HTML)
YEAR = 2025
U180 = "上海市静安区科学技术委员会"
S = "通过认定高新技术企业"
n180 = [
    F("honour", S, 386, "家", "exact", "386家企业通过高新技术企业认定"),
    F("honour", S, 386, "家", "exact", "上海静云数智科技有限公司等386家企业通过认定", True),
    F("honour", "首次认定高新技术企业", 152, "家", "exact", "首次认定企业152家", True),
    F("honour", "重新认定高新技术企业", 234, "家", "exact", "重新认定企业234家", True),
    F("honour", S, 352, "家", "exact", "比2024年的352家", role="baseline", year=2024),
    F("growth", S + "比2024年增加", 34, "家", "exact", "增加34家", role="change"),
    F("growth", S + "同比增长", 9.7, "%", "exact", "增长9.7%", True, role="change"),
    F("growth", "首次认定高新技术企业同比增长", 10.1, "%", "exact", "首次认定企业数比上年增长10.1%", role="change"),
    F("honour", "首次认定高新技术企业", 138, "家", "exact", "2024年为138家", role="baseline", year=2024),
    F("other", "高新技术企业认定批次", 2, "批", "exact", "本年度认定分两批开展"),
    F("honour", "第一批" + S, 210, "家", "exact", "第一批210家"),
    F("honour", "第二批" + S, 176, "家", "exact", "第二批176家"),
    F("other", "高新技术企业", 1108, "家", "exact", "全区有效期内高新技术企业总数达到1,108家", True),
    F("growth", "高新技术企业同比增长", 6.3, "%", "exact", "同比增长6.3%", True, role="change"),
    F("other", "高新技术企业", 1042, "家", "exact", "2024年底为1,042家", role="baseline", year=2024),
    F("other", "电子信息领域" + S, 162, "家", "exact", "电子信息领域162家"),
    F("other", "电子信息领域占" + S + "比重", 42.0, "%", "exact", "占42.0%", role="share"),
    F("other", "高技术服务领域" + S, 118, "家", "exact", "高技术服务领域118家"),
    F("other", "高技术服务领域占" + S + "比重", 30.6, "%", "exact", "占30.6%", role="share"),
    F("other", "生物与新医药领域" + S, 46, "家", "exact", "生物与新医药领域46家"),
    F("other", "生物与新医药领域占" + S + "比重", 11.9, "%", "exact", "占11.9%", role="share"),
    F("other", "先进制造与自动化领域" + S, 32, "家", "exact", "先进制造与自动化领域32家"),
    F("other", "先进制造与自动化领域占" + S + "比重", 8.3, "%", "exact", "占8.3%", role="share"),
    F("other", "其他领域" + S, 28, "家", "exact", "其他领域28家"),
    F("other", "其他领域占" + S + "比重", 7.3, "%", "exact", "占7.3%", role="share"),
    F("other", "科技型中小企业" + S, 312, "家", "exact", "科技型中小企业312家"),
    F("other", "科技型中小企业占" + S + "比重", 80.8, "%", "exact", "占通过认定企业的80.8%", role="share"),
    F("other", "市北高新技术服务业园区" + S, 97, "家", "exact", "位于市北高新技术服务业园区的企业97家"),
    F("finance", "首次认定高新技术企业奖励标准", 20, "万元", "exact", "给予每家20万元奖励"),
    F("finance", "兑现高新技术企业认定奖励资金", 3040, "万元", "exact", "共计兑现奖励资金3,040万元"),
    F("other", "高新技术企业", 1200, "家", "over", "力争2026年全区有效期内高新技术企业突破1,200家", role="target", year=2026),
]
h180 = [
    H("高新技术企业", "national", "上海静云数智科技有限公司等386家企业", "全国高新技术企业认定管理工作领导小组办公室", 2025,
      "对上海市认定机构2025年认定的高新技术企业进行备案公示（国科火字〔2025〕218号），静安区上海静云数智科技有限公司等386家企业通过认定"),
    H("2025年度高新技术企业认定管理工作先进集体", "municipal", U180, "上海市高新技术企业认定办公室", 2025,
      "区科委获评上海市高新技术企业认定办公室“2025年度高新技术企业认定管理工作先进集体”"),
]
write("n180_jingan_kw_gqrd2025.html", "other", U180, ["区科委"], 2025, "2025-12-22", n180, h180)

# ---------------------------------------------------------------- n181 测评中心 2023 年度工作总结 (Markdown)
YEAR = 2023
U181 = "上海市软件与信息服务测评中心"
n181 = [
    F("service", "软件测评项目", 1286, "项", "exact", "完成各类软件测评项目 1,286 项", True),
    F("growth", "软件测评项目同比增长", 9.2, "%", "exact", "同比增长 9.2%", True, role="change"),
    F("finance", "营业收入", 2.68, "亿元", "exact", "实现营业收入 2.68 亿元", True),
    F("growth", "营业收入同比增长", 7.6, "%", "exact", "同比增长 7.6%", True, role="change"),
    F("service", "软件测评项目", 1178, "项", "exact", "2022 年分别为 1,178 项", role="baseline", year=2022),
    F("finance", "营业收入", 2.49, "亿元", "exact", "2.49 亿元", role="baseline", year=2022),
    F("service", "服务客户", 1052, "家", "exact", "服务客户 1,052 家", True),
    F("service", "新增客户", 214, "家", "exact", "其中新增客户 214 家"),
    F("service", "软件产品登记测试", 468, "项", "exact", "软件产品登记测试 468 项"),
    F("service", "信息系统验收测试", 392, "项", "exact", "信息系统验收测试 392 项"),
    F("service", "软件安全测评", 276, "项", "exact", "软件安全测评 276 项"),
    F("service", "软件造价评估", 150, "项", "exact", "软件造价评估 150 项"),
    F("service", "政府信息化项目第三方测评", 218, "项", "exact", "承担政府信息化项目第三方测评 218 项"),
    F("finance", "第三方测评涉及项目投资额", 36.5, "亿元", "exact", "涉及项目投资额 36.5 亿元"),
    F("output", "测评报告", 1412, "份", "exact", "出具测评报告 1,412 份"),
    F("satisfaction", "测评报告一次通过率", 98.6, "%", "exact", "报告一次通过率 98.6%"),
    F("output", "主持或参与制定国家标准", 6, "项", "exact", "主持或参与制定国家标准 6 项"),
    F("output", "主持或参与制定团体标准", 11, "项", "exact", "团体标准 11 项"),
    F("output", "省部级科研课题", 8, "项", "exact", "承担省部级科研课题 8 项"),
    F("output", "授权发明专利", 5, "件", "exact", "获授权发明专利 5 件"),
    F("output", "软件著作权", 23, "件", "exact", "软件著作权 23 件"),
    F("output", "发表论文", 17, "篇", "exact", "发表论文 17 篇"),
    F("people", "在职职工", 236, "人", "exact", "年末在职职工 236 人"),
    F("people", "硕士及以上学历职工", 98, "人", "exact", "其中硕士及以上学历 98 人"),
    F("other", "硕士及以上学历职工占在职职工比重", 41.5, "%", "exact", "占 41.5%", role="share"),
    F("people", "新增CNAS授权签字人", 19, "名", "exact", "新增 CNAS 授权签字人 19 名"),
    F("service", "内部培训", 42, "场", "exact", "开展内部培训 42 场"),
    F("service", "客户满意度调查发放问卷", 860, "份", "exact", "发放问卷 860 份"),
    F("service", "客户满意度调查回收有效问卷", 812, "份", "exact", "回收有效问卷 812 份"),
    F("other", "客户满意度调查问卷回收率", 94.4, "%", "exact", "回收率 94.4%", role="share"),
    F("satisfaction", "综合满意度", 95.7, "分", "exact", "综合满意度 95.7 分", True),
    F("growth", "综合满意度比2022年提高", 1.3, "分", "exact", "比 2022 年提高 1.3 分", role="change"),
    F("satisfaction", "客户投诉", 3, "起", "exact", "全年客户投诉 3 起"),
    F("satisfaction", "客户投诉办结率", 100, "%", "exact", "办结率 100%"),
    F("service", "软件测评项目", 1400, "项", "over", "完成测评项目 1,400 项以上", role="target", year=2024),
    F("finance", "营业收入", 2.9, "亿元", "exact", "营业收入达到 2.9 亿元", role="target", year=2024),
    F("satisfaction", "综合满意度", 96, "分", "over", "综合满意度保持在 96 分以上", role="target", year=2024),
    F("output", "新增主持或参与制定标准", 10, "项", "exact", "新增主持或参与制定标准 10 项", role="target", year=2024),
]
h181 = [
    H("2023 年度软件和信息技术服务业优秀测评机构", "national", U181, "工业和信息化部", 2023,
      "中心获评工业和信息化部“2023 年度软件和信息技术服务业优秀测评机构”"),
    H("2023 年度上海市检验检测诚信示范单位", "municipal", U181, "上海市市场监督管理局", 2023,
      "中心被上海市市场监督管理局评为“2023 年度上海市检验检测诚信示范单位”"),
    H("上海市工人先锋号", "municipal", "测评一部", "上海市总工会", 2023, "测评一部获上海市总工会“上海市工人先锋号”称号"),
]
write("n181_sstec_gzzj2023.md", "work-summary", U181, [], 2023, "2024-01-26", n181, h181)

# ---------------------------------------------------------------- n182 宝山区科委 2025 三季度工作进展 (plain text)
YEAR = 2025
U182 = "上海市宝山区科学技术委员会"
T = dict(role="target")
n182 = [
    F("service", "技术合同登记", 1846, "项", "exact", "全区登记技术合同1,846项", True),
    F("growth", "技术合同登记同比增长", 11.8, "%", "exact", "同比增长11.8%", True, role="change"),
    F("finance", "技术合同成交额", 86.42, "亿元", "exact", "技术合同成交额86.42亿元", True),
    F("growth", "技术合同成交额同比增长", 14.6, "%", "exact", "同比增长14.6%", True, role="change"),
    F("finance", "技术合同成交额", 75.41, "亿元", "exact", "去年同期为75.41亿元", role="baseline", year=2024),
    F("finance", "技术合同成交额", 110, "亿元", "exact", "全年目标（110亿元）", **T),
    F("other", "技术合同成交额完成全年目标比例", 78.6, "%", "exact", "完成全年目标（110亿元）的78.6%", role="share"),
    F("finance", "上半年技术合同成交额", 54.27, "亿元", "exact", "其中上半年成交额54.27亿元"),
    F("finance", "三季度技术合同成交额", 32.15, "亿元", "exact", "三季度当季成交额32.15亿元"),
    F("output", "有效发明专利拥有量", 12468, "件", "exact", "全区有效发明专利拥有量达到12,468件", True),
    F("growth", "有效发明专利拥有量比上年末增加", 1236, "件", "exact", "比上年末增加1,236件", role="change"),
    F("other", "高新技术企业申报", 312, "家", "exact", "新增高新技术企业申报312家"),
    F("growth", "高新技术企业申报同比增长", 8.3, "%", "exact", "同比增长8.3%", role="change"),
    F("other", "高新技术企业申报", 288, "家", "exact", "2024年1—9月为288家", role="baseline", year=2024),
    F("other", "新培育科技型中小企业", 426, "家", "exact", "新培育科技型中小企业426家", True),
    F("other", "新培育科技型中小企业", 500, "家", "exact", "全年目标（500家）", **T),
    F("other", "新培育科技型中小企业完成全年目标比例", 85.2, "%", "exact", "完成全年目标（500家）的85.2%", role="share"),
    F("other", "新认定科技小巨人（含培育）企业", 18, "家", "exact", "新认定科技小巨人（含培育）企业18家"),
    F("honour", "新增市级众创空间", 2, "家", "exact", "新增市级众创空间2家"),
    F("other", "区级以上孵化载体", 48, "家", "exact", "区级以上孵化载体累计达到48家"),
    F("other", "在孵企业", 1126, "家", "exact", "在孵企业1,126家"),
    F("finance", "科技履约贷", 5.8, "亿元", "exact", "科技履约贷发放5.8亿元"),
    F("growth", "科技履约贷同比增长", 16.0, "%", "exact", "同比增长16.0%", role="change"),
    F("finance", "科技履约贷", 5.0, "亿元", "exact", "2024年1—9月为5.0亿元", role="baseline", year=2024),
    F("service", "科技履约贷服务企业", 132, "家", "exact", "服务企业132家"),
    F("finance", "兑现科技创新扶持资金", 2.36, "亿元", "exact", "兑现科技创新扶持资金2.36亿元"),
    F("service", "科技创新扶持资金惠及企业", 683, "家次", "exact", "惠及企业683家次"),
    F("finance", "知识产权质押融资", 4.2, "亿元", "exact", "开展知识产权质押融资4.2亿元"),
    F("service", "科普活动", 386, "场", "exact", "开展科普活动386场"),
    F("service", "科普活动参与市民", 12.6, "万人次", "exact", "参与市民12.6万人次"),
    F("growth", "科普活动参与市民同比增长", 8.2, "%", "exact", "同比增长8.2%", role="change"),
    F("people", "推荐申报市级科技人才计划", 56, "人", "exact", "推荐申报市级科技人才计划56人"),
    F("people", "入选市级科技人才计划", 22, "人", "exact", "入选22人"),
    F("other", "市级科技人才计划入选率", 39.3, "%", "exact", "入选率39.3%", role="share"),
    F("finance", "技术合同成交额", 110, "亿元", "over", "技术合同成交额确保110亿元以上", **T),
    F("other", "新培育科技型中小企业", 500, "家", "exact", "新培育科技型中小企业500家", **T),
    F("other", "高新技术企业申报", 350, "家", "approx", "新增高新技术企业申报350家左右", **T),
    F("service", "科普活动", 500, "场", "over", "全年开展科普活动500场以上", **T),
    F("growth", "技术合同成交额同比增长", 12, "%", "approx", "全年技术合同成交额同比增长12%左右", **T),
]
h182 = [
    H("2025年度上海市优秀科技企业孵化器", "municipal", "智慧湾科创园", "上海市科学技术委员会", 2025,
      "智慧湾科创园获评上海市科学技术委员会“2025年度上海市优秀科技企业孵化器”"),
    H("2025年度国家知识产权强县建设示范县", "national", "宝山区", "国家知识产权局", 2025,
      "宝山区入选国家知识产权局“2025年度国家知识产权强县建设示范县”"),
]
write("n182_baoshan_kw_q3jz2025.txt", "work-summary", U182, ["区科委"], 2025, "2025-10-15", n182, h182)
