import XCTest
@testable import BriefKit

/// What a figure means — its year, role, baseline year and headline flag — case by case.
/// Each expectation is read off the sentence by a reader of Chinese, not off Brief's output.
final class MeaningTests: XCTestCase {
    struct Case {
        var label: String
        var text: String
        var year: Int?
        var kind: DocumentKind = .workSummary
        var relative: Int? = nil
        /// The figure, as value and measure, and what it should mean.
        var value: Double
        var measure: String
        var expectYear: Int?
        var role: FactRole
        var baseYear: Int? = nil
        /// The document's title, when it says what kind of document it is (a plan).
        var title: String? = nil
    }

    static let cases: [Case] = [
        Case(label: "stock of the report year", text: "全年服务企业2599家。", year: 2023, value: 2599, measure: "家", expectYear: 2023, role: .actual),
        Case(label: "earlier value quoted for comparison", text: "客户服务满意度指数达到97.7%，较之2021年的96.8%提升0.9个百分点。", year: 2023,
             value: 96.8, measure: "%", expectYear: 2021, role: .baseline),
        Case(label: "the change against it", text: "客户服务满意度指数达到97.7%，较之2021年的96.8%提升0.9个百分点。", year: 2023,
             value: 0.9, measure: "个百分点", expectYear: 2023, role: .change, baseYear: 2021),
        Case(label: "较 YEAR names the baseline, not the figure's year", text: "有效期内高新技术企业达到3612家，较2023年净增298家。", year: 2024,
             value: 298, measure: "家", expectYear: 2024, role: .change, baseYear: 2023),
        Case(label: "同比 compares with the year before", text: "实现营收1104.94亿元，同比增长32.17%。", year: 2023,
             value: 32.17, measure: "%", expectYear: 2023, role: .change, baseYear: 2022),
        Case(label: "a year of the clause dates its change", text: "全区高企2022年合计实现营收1104.94亿元，同比增长32.17%。", year: 2023,
             value: 32.17, measure: "%", expectYear: 2022, role: .change, baseYear: 2021),
        Case(label: "a heading dated after the report plans", text: "一、2025年工作回顾\n全年服务企业1,200家。\n六、2026年改进目标\n客户投诉控制在12件以内。", year: 2025,
             value: 12, measure: "件", expectYear: 2026, role: .target),
        Case(label: "a note under a plan explains the figures before it", text: "一、主要成效\n全年接待观众1,150万人次。\n二、2026年工作打算\n力争接待观众1,200万人次。\n[注1] 满意度由第三方机构抽样调查，全年有效问卷3,200份。", year: 2025,
             value: 3200, measure: "份", expectYear: 2025, role: .actual),
        Case(label: "Markdown's emphasis around a bracketed earlier value", text: "全年受理客户投诉**15件**（2024年为**21件**）。", year: 2025,
             value: 21, measure: "件", expectYear: 2024, role: .baseline),
        Case(label: "applications to next year's programme are counted this year", text: "七、2026年度区科技计划项目申报受理完成\n截至12月25日，区科委共受理2026年度闵行区科技计划项目申报684项。", year: 2025,
             value: 684, measure: "项", expectYear: 2025, role: .actual),
        Case(label: "a programme named in a heading is no plan", text: "三、市科技计划项目管理\n全年立项市科技计划项目42项。", year: 2025,
             value: 42, measure: "项", expectYear: 2025, role: .actual),
        Case(label: "a bracketed year after 较 dates the base", text: "全社会研发经费投入占地区生产总值比重达到4.35%，较“十三五”末（2020年）提高0.69个百分点。", year: 2025,
             value: 0.69, measure: "个百分点", expectYear: 2025, role: .change),
        Case(label: "a multiple of an earlier year's value is a change on it", text: "全区PCT国际专利申请量达到1,020件，是2020年的2.1倍。", year: 2025,
             value: 2.1, measure: "倍", expectYear: 2025, role: .change, baseYear: 2020),
        Case(label: "so is one of that year's whole", text: "今年以来累计成交电量5.27亿千瓦时，为2024年全年总量的3.5倍。", year: 2025,
             value: 3.5, measure: "倍", expectYear: 2025, role: .change, baseYear: 2024),
        Case(label: "计划 before a time, then the verb, is a plan", text: "计划每年培育三至五家专精特新企业。", year: 2024,
             value: 5, measure: "家", expectYear: 2024, role: .target),
        Case(label: "a 计划 programme's projects are achieved", text: "承担国家科技计划项目12项。", year: 2024,
             value: 12, measure: "项", expectYear: 2024, role: .actual),
        Case(label: "a plan heading gives its year", text: "一、2024年工作回顾\n全年新增企业120家。\n二、2025年工作思路\n全年新增企业150家。", year: 2024,
             value: 150, measure: "家", expectYear: 2025, role: .target),
        Case(label: "the figures before the plan heading stay achieved", text: "一、2024年工作回顾\n全年新增企业120家。\n二、2025年工作思路\n全年新增企业150家。", year: 2024,
             value: 120, measure: "家", expectYear: 2024, role: .actual),
        Case(label: "a bracketed plan heading", text: "全年服务企业1320家。\n【下一步工作：2025年工作计划】\n服务中小微企业不少于1500家。", year: 2024,
             value: 1500, measure: "家", expectYear: 2025, role: .target),
        Case(label: "an unnumbered plan heading", text: "全年服务企业1320家。\n2025年工作计划\n服务中小微企业1500家。", year: 2024,
             value: 1500, measure: "家", expectYear: 2025, role: .target),
        Case(label: "a short line that is no heading", text: "全年服务企业1320家\n超过99%的单位全年无重大安全事故发生。", year: 2024,
             value: 99, measure: "%", expectYear: 2024, role: .actual),
        Case(label: "下一步 plans the year after the report", text: "（三）下一步工作打算\n举办培训20场。", year: 2023,
             value: 20, measure: "场", expectYear: 2024, role: .target),
        Case(label: "力争 is a goal", text: "完成首次认定高新技术企业67家，力争实现70家。", year: 2023,
             value: 70, measure: "家", expectYear: 2023, role: .target),
        Case(label: "a goal word earlier in the sentence does not reach past its clause", text: "认真落实年度目标任务，实现区税13.19亿元。", year: 2023,
             value: 13.19, measure: "亿元", expectYear: 2023, role: .actual),
        Case(label: "a share of GDP", text: "全社会研发投入304.45亿元，占GDP达10.6%。", year: 2023,
             value: 10.6, measure: "%", expectYear: 2023, role: .share),
        Case(label: "a share of the budget", text: "全区一般公共预算收入1549911万元，为调整预算的101.9%。", year: 2023, kind: .budget,
             value: 101.9, measure: "%", expectYear: 2023, role: .share),
        Case(label: "money in a departmental budget is planned", text: "2024年部门预算\n收入预算620,838万元。", year: 2024, kind: .budget,
             value: 620838, measure: "万元", expectYear: 2024, role: .budget),
        Case(label: "money in a budget execution report was spent", text: "2023年预算执行情况的报告\n全区一般公共预算支出2862260万元。", year: 2023, kind: .budget,
             value: 2862260, measure: "万元", expectYear: 2023, role: .actual),
        Case(label: "a forecast for the next year", text: "预计2012年经营收入将达3600亿元，比上年增加20%左右。", year: 2011, kind: .other,
             value: 3600, measure: "亿元", expectYear: 2012, role: .target),
        Case(label: "its change is for the same year", text: "预计2012年经营收入将达3600亿元，比上年增加20%左右。", year: 2011, kind: .other,
             value: 20, measure: "%", expectYear: 2012, role: .target),
        Case(label: "a year stops at a semicolon", text: "2022年实现营收100亿元；服务企业50家。", year: 2023,
             value: 50, measure: "家", expectYear: 2023, role: .actual),
        Case(label: "a year opening the paragraph dates its later sentences", text: "2024年，浦东集成电路产业规模达到2860亿元。设计环节实现销售收入1146亿元。", year: 2025, kind: .articleFeed,
             value: 1146, measure: "亿元", expectYear: 2024, role: .actual),
        Case(label: "an article's paragraph going on about last year", text: "2024年，全区共举办科普活动1,152场。\n全年新建院士专家工作站3家。\n申领对象为中小企业，服务机构库已入库机构412家。", year: 2025, kind: .articleFeed, relative: 2025,
             value: 3, measure: "家", expectYear: 2024, role: .actual),
        Case(label: "a paragraph of the present after it", text: "2024年，全区共举办科普活动1,152场。\n全年新建院士专家工作站3家。\n申领对象为中小企业，服务机构库已入库机构412家。", year: 2025, kind: .articleFeed, relative: 2025,
             value: 412, measure: "家", expectYear: 2025, role: .actual),
        Case(label: "a share planned for a year to come is a goal", text: "到2027年，全区公民具备科学素质比例达到30%。", year: 2025, kind: .workSummary,
             value: 30, measure: "%", expectYear: 2027, role: .target),
        Case(label: "a lead-in before the opening year", text: "会议指出，2024年，区科经委各项工作取得新成效。技术合同成交额达到1286.4亿元。", year: 2025, kind: .articleFeed,
             value: 1286.4, measure: "亿元", expectYear: 2024, role: .actual),
        Case(label: "今年 of a news page is its publication year", text: "今年徐汇将力争人工智能核心产业规模达到1300亿元。", year: 2023, kind: .other, relative: 2024,
             value: 1300, measure: "亿元", expectYear: 2024, role: .target),
        Case(label: "去年 of a news page counts from its date", text: "去年徐汇区人工智能核心产业规模达到1126.4亿元。", year: 2023, kind: .other, relative: 2024,
             value: 1126.4, measure: "亿元", expectYear: 2023, role: .actual),
        Case(label: "上年结转 is this year's money", text: "2023年预算执行情况\n上年结转收入、调入资金等969065万元。", year: 2023, kind: .budget,
             value: 969065, measure: "万元", expectYear: 2023, role: .actual),
        Case(label: "what a comparison leaves out is not the figure's year", text: "区级税收收入86.4亿元，剔除上年土地出让一次性因素后同比增长4.8%。", year: 2025, kind: .workSummary,
             value: 4.8, measure: "%", expectYear: 2025, role: .change, baseYear: 2024),
        Case(label: "the amount left out keeps its year", text: "注：可比增长是指扣除2024年一次性退税收入3.15亿元后计算的增长。", year: 2025, kind: .budget,
             value: 3.15, measure: "亿元", expectYear: 2024, role: .actual),
        Case(label: "完成年初预算的 X% is a share of the plan met", text: "2025年度“三公”经费财政拨款支出决算为31.20万元，比年初预算减少4.80万元，完成年初预算的86.7%；比2024年度决算减少2.05万元。", year: 2025, kind: .budget,
             value: 86.7, measure: "%", expectYear: 2025, role: .share),
        Case(label: "今年 under a section of the next year is that year", text: "2026年是“十五五”规划开局之年。今年全区的主要预期目标是：地区生产总值增长5%左右。", year: 2025, kind: .workSummary,
             value: 5, measure: "%", expectYear: 2026, role: .target),
        Case(label: "buildings counted in 幢", text: "月均税收亿元楼宇达到86幢，比上年增加4幢。", year: 2025, kind: .workSummary,
             value: 86, measure: "幢", expectYear: 2025, role: .actual),
        Case(label: "land in 公顷", text: "新增绿地4.6公顷。", year: 2025, kind: .workSummary,
             value: 4.6, measure: "公顷", expectYear: 2025, role: .actual),
        Case(label: "a far-off year in a heading does not make 今年 that year", text: "一、2025年工作回顾\n全年实现地区生产总值3,268.45亿元。\n二、锚定2035年远景目标\n今年全区研发经费投入增长10%。", year: 2025, kind: .workSummary,
             value: 10, measure: "%", expectYear: 2025, role: .change),
        Case(label: "同时 with this year's quarter does not go on about last year", text: "2024年，全区新增高新技术企业100家。\n同时，一季度全区新签约科技项目15个。", year: 2025, kind: .articleFeed, relative: 2025,
             value: 15, measure: "个", expectYear: 2025, role: .actual),
        Case(label: "a congress's term is no count", text: "区科委共承办区十八届人大五次会议代表建议和区政协十四届四次会议提案58件。", year: 2025, kind: .other,
             value: 58, measure: "件", expectYear: 2025, role: .actual),
        Case(label: "a plan's 解读 page quoting last year's result", text: "2024年，本市具身智能产业加快集聚，核心产业规模达到128亿元，同比增长32.6%。", year: 2024, kind: .other, relative: 2025,
             value: 128, measure: "亿元", expectYear: 2024, role: .actual, title: "《上海市具身智能产业高质量发展行动方案（2025—2027年）》政策解读"),
        Case(label: "and its growth", text: "2024年，本市具身智能产业加快集聚，核心产业规模达到128亿元，同比增长32.6%。", year: 2024, kind: .other, relative: 2025,
             value: 32.6, measure: "%", expectYear: 2024, role: .change, baseYear: 2023, title: "《上海市具身智能产业高质量发展行动方案（2025—2027年）》政策解读"),
        Case(label: "从 YEAR 的 X is the earlier value", text: "全市工业增加值从2011年的7231亿元提高到2021年的10739亿元。", year: 2021, kind: .other,
             value: 7231, measure: "亿元", expectYear: 2011, role: .baseline),
        Case(label: "提高到 YEAR 的 Y is the later value", text: "全市工业增加值从2011年的7231亿元提高到2021年的10739亿元。", year: 2021, kind: .other,
             value: 10739, measure: "亿元", expectYear: 2021, role: .actual),
        Case(label: "an earlier year's value in brackets", text: "客户满意率为98.5%（2022年为97.9%）。", year: 2023,
             value: 97.9, measure: "%", expectYear: 2022, role: .baseline),
        Case(label: "a list of changes shares its role", text: "新能源汽车、高端装备、新材料产业产值分别增长28.6%、7.3%和4.1%。", year: 2023,
             value: 4.1, measure: "%", expectYear: 2023, role: .change),
        Case(label: "last year's report names what is followed up, not the year of the state now", text: "上年度审计工作报告反映的126个问题，已整改119个，整改率94.4%。", year: 2024, kind: .other,
             value: 94.4, measure: "%", expectYear: 2024, role: .actual),
        Case(label: "last year's value in brackets after 较上年", text: "客户满意度98.6%，较上年（97.9%）提高0.7个百分点。", year: 2025,
             value: 97.9, measure: "%", expectYear: 2024, role: .baseline),
        Case(label: "and the change after it", text: "客户满意度98.6%，较上年（97.9%）提高0.7个百分点。", year: 2025,
             value: 0.7, measure: "个百分点", expectYear: 2025, role: .change, baseYear: 2024),
        Case(label: "将 before a verb of doing is a plan", text: "暑期文旅消费季期间，全市将推出文旅活动3,000场以上。", year: 2025, kind: .articleFeed, relative: 2025,
             value: 3000, measure: "场", expectYear: 2025, role: .target),
        Case(label: "an as-of month of the next year is a state reached, not a goal", text: "截至2025年7月底，已整改问题金额1.98亿元。", year: 2024, kind: .other,
             value: 1.98, measure: "亿元", expectYear: 2025, role: .actual),
        Case(label: "the next year with no month is still a goal", text: "到2025年，整改问题金额达到3亿元。", year: 2024, kind: .other,
             value: 3, measure: "亿元", expectYear: 2025, role: .target),
        Case(label: "预计 in a review of its own year is the year's estimated result", text: "2025年，全社会研发经费投入占地区生产总值比重预计达到3.1%，较上年提高0.2个百分点。", year: 2025,
             value: 3.1, measure: "%", expectYear: 2025, role: .share),
        Case(label: "and the change that follows it", text: "2025年，全社会研发经费投入占地区生产总值比重预计达到3.1%，较上年提高0.2个百分点。", year: 2025,
             value: 0.2, measure: "个百分点", expectYear: 2025, role: .change, baseYear: 2024),
        Case(label: "预计 for the next year stays a forecast", text: "预计2026年技术合同成交额达到140亿元。", year: 2025,
             value: 140, measure: "亿元", expectYear: 2026, role: .target),
        Case(label: "预计全年 in a half-year report is a forecast", text: "预计全年完成技术合同成交额130亿元。", year: 2025,
             value: 130, measure: "亿元", expectYear: 2025, role: .target, title: "区科委2025年上半年工作总结"),
        Case(label: "an event's expected turnout is no result", text: "本届活动周共推出科普活动58项，预计参与4万人次。", year: 2025, kind: .workSummary,
             value: 4, measure: "万人次", expectYear: 2025, role: .target),
        Case(label: "a news page's 预计 without the whole year is a forecast", text: "项目建成后预计年送电量达到400亿千瓦时。", year: 2025, kind: .other,
             value: 400, measure: "亿千瓦时", expectYear: 2025, role: .target),
        Case(label: "a year opening a quotation dates what is said", text: "馆长表示，“2026年，我们将力争接待观众突破35万人次。”", year: 2025, kind: .other,
             value: 35, measure: "万人次", expectYear: 2026, role: .target),
        Case(label: "届时 refers to the year the clause before named", text: "新馆预计2026年开放，届时展陈面积将由3,200平方米扩大到5,000平方米。", year: 2025,
             value: 5000, measure: "平方米", expectYear: 2026, role: .target),
        Case(label: "and the area before it is what there is now", text: "新馆预计2026年开放，届时展陈面积将由3,200平方米扩大到5,000平方米。", year: 2025,
             value: 3200, measure: "平方米", expectYear: 2025, role: .baseline),
        Case(label: "Markdown emphasis is no word of the clause", text: "新馆预计2026年开放，届时展陈面积将由**3,200平方米**扩大到**5,000平方米**。", year: 2025,
             value: 3200, measure: "平方米", expectYear: 2025, role: .baseline),
        Case(label: "a month range after the year is a period, not a figure", text: "据统计局数据，2024年1-9月，全区软件和信息服务业实现营业收入4386.7亿元。", year: 2025, kind: .articleFeed,
             value: 4386.7, measure: "亿元", expectYear: 2024, role: .actual),
        Case(label: "a goal met after a change is a goal", text: "技术合同成交额218.5亿元，同比增长13.2%，完成全年目标240亿元的91.0%。", year: 2025,
             value: 240, measure: "亿元", expectYear: 2025, role: .target),
        Case(label: "and the part of it met is a share", text: "技术合同成交额218.5亿元，同比增长13.2%，完成全年目标240亿元的91.0%。", year: 2025,
             value: 91.0, measure: "%", expectYear: 2025, role: .share),
        Case(label: "a count of tasks set is no goal", text: "区科委承担区政府下达的重点工作目标任务18项，已完成16项，完成率88.9%。", year: 2025,
             value: 18, measure: "项", expectYear: 2025, role: .actual),
        Case(label: "money set aside for a plan is its budget", text: "2025年，本领域拟支持项目约150项，拟安排市级财政资金约2.8亿元。", year: 2025, kind: .other,
             value: 2.8, measure: "亿元", expectYear: 2025, role: .budget),
        Case(label: "a multiple of another figure keeps the paragraph's year", text: "2024年，本领域资助金额2.3亿元，带动承担单位自筹研发投入18.6亿元，是财政资助金额的8.1倍。", year: 2025, kind: .other,
             value: 8.1, measure: "倍", expectYear: 2024, role: .actual),
        Case(label: "a year before a colon dates the list after it", text: "会议总结了2024年工作：全市规模以上工业总产值39,652.8亿元，同比增长0.7%；工业投资同比增长12.6%；三大先导产业规模达到1.8万亿元。", year: 2025, kind: .articleFeed,
             value: 1.8, measure: "万亿元", expectYear: 2024, role: .actual),
        Case(label: "an earlier value named after 比上一年度", text: "整改率91.7%，比上一年度审计查出问题整改率（89.4%）提高2.3个百分点。", year: 2025, kind: .other,
             value: 89.4, measure: "%", expectYear: 2024, role: .baseline),
        Case(label: "beating expectations sets no goal", text: "2022年，面对多重超预期因素冲击，园区全年实现营业总收入412.6亿元，同比增长8.3%。", year: 2022, kind: .other,
             value: 412.6, measure: "亿元", expectYear: 2022, role: .actual),
        Case(label: "a sentence opening on 比 gives the figure before its earlier value", text: "2024年度财政拨款支出决算为18,472.86万元，完成调整预算的96.3%。比2023年度决算17,446.34万元增加1,026.52万元，增长5.9%。", year: 2024, kind: .budget,
             value: 17446.34, measure: "万元", expectYear: 2023, role: .baseline),
        Case(label: "a bracketed earlier rate after a change in points", text: "2018年，全区R&D经费支出相当于全区生产总值的比重为8.12%，比上年提高0.21个百分点（2017年为7.91%）。", year: 2018, kind: .other,
             value: 7.91, measure: "%", expectYear: 2017, role: .baseline),
        Case(label: "the plan reviewed is no plan word", text: "规划确定的8项主要指标中，超额完成5项、已完成1项、未完成2项。", year: 2025, kind: .other,
             value: 2, measure: "项", expectYear: 2025, role: .actual),
        Case(label: "the level a goal builds on", text: "2026年，促成技术合同成交额突破50亿元，在2025年促成技术合同成交额46.8亿元的基础上实现稳步增长。", year: 2026, kind: .budget,
             value: 46.8, measure: "亿元", expectYear: 2025, role: .baseline),
        Case(label: "a slide's title dated after the report plans", text: "第3页 年度概览\n· 服务科技企业 1286家 ↑12.4%（2024年 1144家）\n3/9\n第8页 2026年目标\n· 服务科技企业 1400家以上\n", year: 2025, kind: .other,
             value: 1400, measure: "家", expectYear: 2026, role: .target),
        Case(label: "a slide numbered P8 too", text: "P3 年度概览\n· 服务科技企业 1286家\nP8 2026年目标\n· 服务科技企业 1400家以上\n", year: 2025, kind: .other,
             value: 1400, measure: "家", expectYear: 2026, role: .target),
        Case(label: "an arrow before a rate is its change", text: "第3页 年度概览\n· 服务科技企业 1286家 ↑12.4%（2024年 1144家）\n", year: 2025, kind: .other,
             value: 12.4, measure: "%", expectYear: 2025, role: .change),
        Case(label: "a bracket opening on an earlier year", text: "第3页 年度概览\n· 服务科技企业 1286家 ↑12.4%（2024年 1144家）\n", year: 2025, kind: .other,
             value: 1144, measure: "家", expectYear: 2024, role: .baseline),
        Case(label: "a review's proposal for a year is that year's goal", text: "二、建议\n建议到2025年，全社会研发经费支出相当于全市生产总值的比例达到4.4%左右。", year: 2023, kind: .other,
             value: 4.4, measure: "%", expectYear: 2025, role: .target),
        Case(label: "a five-year plan named by its number plans to its last year",
             text: "## 三、发展目标\n\n到2030年，本市知识产权保护效果全面提升。每万人口高价值发明专利拥有量达到80件。\n\n## 四、重点任务\n\n累计培育国家知识产权示范企业达到800家。\n",
             year: 2025, kind: .other, value: 800, measure: "家", expectYear: 2030, role: .target, title: "上海市知识产权保护和运用“十五五”规划（征求意见稿）"),
        Case(label: "a heading that compares with a year dates nothing under it", text: "二、与2021年相比\n服务会员单位1,268家，较2021年的1,105家增长14.8%。\n", year: 2022, kind: .csrReport,
             value: 1268, measure: "家", expectYear: 2022, role: .actual),
    ]

    func fact(_ c: Case) -> Fact? {
        let context = TextContext(path: "t.txt", reportYear: c.year, relativeYear: c.relative, kind: c.kind, title: c.title)
        let e = FactExtractor().extract(text: c.text, context: context)
        return e.facts.first { $0.quantity.value == c.value && $0.quantity.measure == c.measure }
    }

    func testYearsAndRoles() {
        for c in Self.cases {
            guard let f = fact(c) else { XCTFail("\(c.label): no figure \(c.value) \(c.measure)"); continue }
            XCTAssertEqual(f.year, c.expectYear, "\(c.label): year")
            XCTAssertEqual(f.role, c.role, "\(c.label): role")
            if c.role == .change || c.baseYear != nil { XCTAssertEqual(f.baseYear, c.baseYear, "\(c.label): base year") }
        }
    }

    /// A subject is read at most 24 characters back; where that cuts a clause, the name
    /// must not open on half a year or on the tail of another figure's words.
    func testSubjectsCutByTheWindowStartOnAWholeWord() {
        let cases: [(text: String, value: Double, subject: String)] = [
            ("科学技术委员会（部门）所属2家机关和2家参公事业单位财政拨款的机关运行经费预算为1,380.94万元。", 1380.94, "机关运行经费预算"),
            ("2024年本部门面向中小企业预留政府采购项目预算金额为1,200万元。", 1200, "本部门面向中小企业预留政府采购项目预算金额"),
            ("截至2025年底全区国家级专精特新“小巨人”企业达到85家。", 85, "全区国家级专精特新“小巨人”企业"),
            ("2024年度对外开展中试服务原则上不少于3家用户或服务金额达500万元。", 500, "对外开展中试服务原则上不少于3家用户或服务金额"),
            // Not cut, or cut where no year or other figure is: unchanged.
            ("全年服务企业2599家。", 2599, "服务企业"),
        ]
        for c in cases {
            let e = FactExtractor().extract(text: c.text, context: TextContext(path: "t.txt", reportYear: 2024, kind: .budget))
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("no figure \(c.value) in \(c.text)"); continue }
            XCTAssertEqual(f.subject, c.subject, c.text)
        }
        // Official writing's 一是/二是 and a 今年以来 are not part of a name (今年以来 is the
        // figure's period, written after it as any part of a year is); a level alone
        // ("其中国家级3项、市级10项") names a part of the figure before it.
        let more: [(text: String, value: Double, subject: String)] = [
            ("一是完成科技查新和检索咨询2186项，同比增长6.4%。", 2186, "完成科技查新和检索咨询"),
            ("全年获得各级各类荣誉18项，其中国家级3项、市级10项。", 3, "国家级荣誉"),
            ("全年获得各级各类荣誉18项，其中国家级3项、市级10项。", 10, "市级荣誉"),
            ("据介绍，今年以来中心已完成测评项目3120项。", 3120, "中心已完成测评项目（今年以来）"),
            ("今年以来，本市新增市级专精特新中小企业1,126家，累计达到1.3万家。", 1.3, "市级专精特新中小企业累计（今年以来）"),
            ("截至2011年底，上海累计43家信息服务业企业在海内外上市。", 43, "上海累计信息服务业企业在海内外上市"),
            ("服务政府、金融、能源等领域客户1,850余家。", 1850, "服务政府、金融、能源等领域客户"),
            ("面向行业举办软件测试工程师培训班48期，培训一万二千余人次。", 12000, "培训"),   // not 培培训
            ("招商引进企业共计产税35238.25万元，区税10594万元。", 10594, "招商引进企业区税"),
            // People after bodies, a verb of reach, a range's upper bound, a part after a change,
            // a new list item, a stock after its additions: no other name's tail is replaced.
            ("研学课程服务中小学163所，学生2.8万人次。", 2.8, "学生"),
            ("发放失业保险金1.27亿元，惠及约1.1万人。", 1.1, "发放失业保险金惠及"),
            ("每家企业补助标准为1,000元至1.5万元不等。", 1.5, "每家企业补助标准"),
            ("计划举办专场招聘会20—25场。", 25, "计划举办专场招聘会"),
            // Short items of a 分别 list share the noun the last one holds; their changes follow.
            ("城镇和农村常住居民人均可支配收入分别达到9.12万元和4.58万元，分别增长4.6%和6.1%。", 9.12, "城镇常住居民人均可支配收入"),
            ("城镇和农村常住居民人均可支配收入分别达到9.12万元和4.58万元，分别增长4.6%和6.1%。", 6.1, "农村常住居民人均可支配收入增长"),
            ("全区国家级和市级专精特新企业分别有12家和45家。", 12, "全区国家级专精特新企业"),
            // A multiple of an earlier value is the figure before's.
            ("全区PCT国际专利申请量达到1,020件，是2020年的2.1倍。", 2.1, "全区PCT国际专利申请量是2020年的倍数"),
            // A currency sign before a measure of money is the figure's, not its subject's end.
            ("全年发放补贴资金¥3.5万元。", 3.5, "发放补贴资金"),
            ("受理劳动人事争议案件4,215件，同比下降8.6%，结案3,982件。", 3982, "受理劳动人事争议结案"),
            ("研发1种高效鉴定技术；4：开发2-3种验证方法。", 3, "开发"),
            ("科技小巨人企业新增12家，累计达到86家。", 86, "科技小巨人企业累计"),
            ("三大先导产业制造业产值同比增长8.9%，占全市规上工业总产值的比重达到16.4%。", 16.4, "三大先导产业制造业产值占全市规上工业总产值的比重"),
            // The share of its plan a final figure met, and the change after it, are that figure's.
            ("“三公”经费支出决算为31.20万元，比年初预算减少4.80万元，完成年初预算的86.7%；比上年决算减少2.05万元。", 86.7, "“三公”经费支出决算完成年初预算"),
            ("“三公”经费支出决算为31.20万元，比年初预算减少4.80万元，完成年初预算的86.7%；比上年决算减少2.05万元。", 2.05, "“三公”经费支出决算比上年决算减少"),
        ]
        for c in more {
            let e = FactExtractor().extract(text: c.text, context: TextContext(path: "t.txt", reportYear: 2024, kind: .workSummary))
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("no figure \(c.value) in \(c.text)"); continue }
            XCTAssertEqual(f.subject, c.subject, c.text)
        }
        // A 的 in a window with no other figure is part of the name: the share keeps what it is of.
        let share = FactExtractor().extract(text: "战略性新兴产业总产值占全市工业总产值的比重已攀升至43.9%。", context: TextContext(path: "t.txt", reportYear: 2024, kind: .workSummary))
        XCTAssertTrue(share.facts.first { $0.quantity.value == 43.9 }?.subject.contains("工业总产值的比重") == true)
    }

    /// A figure's name continues from the figure before it: an attribute alone (成交额, 支出
    /// 决算) is that figure's thing; a change restated another way replaces the first change's
    /// words; a change in points after a share is the share's; an earlier year's value in
    /// brackets is the same figure's; a level passed for the first time is no value of it.
    func testNamesCarriedFromTheFigureBefore() {
        let cases: [(text: String, value: Double, subject: String)] = [
            ("全年认定登记技术合同5,236项，成交额312.68亿元，同比增长21.4%。", 312.68, "认定登记技术合同成交额"),
            // A plan word alone before a later year's goal is no part of the thing.
            ("2026年，力争高新技术企业达到1,200家，规划到2030年突破1,500家。", 1500, "高新技术企业"),
            ("全年认定登记技术合同5,236项，成交额312.68亿元，同比增长21.4%。", 21.4, "认定登记技术合同成交额同比增长"),
            ("“三公”经费财政拨款支出预算为8.50万元，支出决算为5.78万元，完成预算的68.0%，比2023年度决算减少1.24万元，下降17.7%。", 5.78, "“三公”经费财政拨款支出决算"),
            ("“三公”经费财政拨款支出预算为8.50万元，支出决算为5.78万元，完成预算的68.0%，比2023年度决算减少1.24万元，下降17.7%。", 1.24, "“三公”经费财政拨款支出决算比2023年度决算减少"),
            ("“三公”经费财政拨款支出预算为8.50万元，支出决算为5.78万元，完成预算的68.0%，比2023年度决算减少1.24万元，下降17.7%。", 17.7, "“三公”经费财政拨款支出决算比2023年度决算下降"),
            ("基础研究经费占R&D经费支出的比重为10.0%，比上年提高0.6个百分点。", 0.6, "基础研究经费占R&D经费支出的比重比上年提高"),
            ("地区生产总值同比增长5.5%，较上半年提升0.4个百分点。", 0.4, "地区生产总值同比增长较上半年提升"),
            ("成交额186.52亿元（2024年为153.77亿元）。", 153.77, "成交额"),
            // A change worded around the earlier value it is measured from is that figure's;
            // the value in brackets after 较上年 is the same figure's, last year.
            ("客户满意度达98.6%，较2023年的97.1%提高1.5个百分点。", 1.5, "客户满意度提高"),
            ("有效期内高新技术企业862家，较2024年的789家净增73家。", 73, "有效期内高新技术企业净增"),
            ("客户满意度98.6%，较上年（97.9%）提高0.7个百分点。", 97.9, "客户满意度"),
            ("技术合同成交额218.5亿元，同比增长13.2%，完成全年目标240亿元的91.0%。", 240, "技术合同成交额全年目标"),
            ("区科委承担重点工作目标任务18项，已完成16项。", 16, "区科委承担重点工作目标任务已完成"),
            ("截至10月底，312个问题中已整改到位286个。", 312, "问题"),
            ("12345市民服务热线工单按时办结率99.6%、满意率96.8%。", 96.8, "12345市民服务热线工单满意率"),
            ("整改率91.7%，比上一年度审计查出问题整改率（89.4%）提高2.3个百分点。", 89.4, "审计查出问题整改率"),
            ("客户满意度98.6%，较上年（97.9%）提高0.7个百分点。", 0.7, "客户满意度较上年提高"),
            ("客户满意度98.6%，较2024年（97.9%）提高0.7个百分点。", 97.9, "客户满意度"),
            // A column word alone is the figure of the label before its sentence's colon.
            ("资产损益情况：年初数1,236.58万元，年末数1,318.42万元。", 1318.42, "资产损益年末数"),
            ("新认定高新技术企业数量：年度目标值300家，实际完成342家。", 342, "新认定高新技术企业数量实际完成"),
            // A part after 其中 is of what the figure before counts.
            ("协助在孵企业申请知识产权287件，其中发明专利96件。", 96, "申请发明专利"),
            // A change month on month is the figure's; months, a year's end and a heading's
            // marks are no part of a name.
            ("全区认定登记技术合同成交额4.6亿元，环比下降3.2%。", 3.2, "全区认定登记技术合同成交额环比下降"),
            ("2024年末在编人员42人。", 42, "在编人员"),
            ("完成能力验证项目126项，满意率100%。", 100, "完成能力验证项目满意率"),
            // A district alone after another district's figure measures the same thing.
            ("分区看，浦东新区完成工业总产值8,126.4亿元，增长5.2%；嘉定区4,215.7亿元，增长2.8%。", 4215.7, "嘉定区完成工业总产值"),
            ("## 长宁区新增6家市级专精特新企业", 6, "长宁区新增市级专精特新企业"),
            ("全区共有17项成果获2024年度上海市科学技术奖，其中一等奖3项。", 17, "全区成果获上海市科学技术奖"),
            // An earlier month's value compared with names the same thing; the changes after it are the figure's.
            ("9月，平台共完成晶圆测试3,120片，较8月的2,991片环比增长4.3%，同比增长9.6%。", 4.3, "平台共完成晶圆测试环比增长"),
            ("9月，平台共完成晶圆测试3,120片，较8月的2,991片环比增长4.3%，同比增长9.6%。", 9.6, "平台共完成晶圆测试同比增长"),
            // Another figure's count opening the name is dropped (not a length of time).
            ("10家单位参与的21个项目获上海市科学技术奖。", 21, "单位参与项目获上海市科学技术奖"),
            // The 24-character window cut another figure: its digits and measure are dropped.
            ("联合60余家银行、担保和投资机构，举办融资对接活动132场，帮助8,642家中小企业获得融资386.5亿元。", 386.5, "中小企业获得融资"),
        ]
        for c in cases {
            let e = FactExtractor().extract(text: c.text, context: TextContext(path: "t.txt", reportYear: 2024, kind: .workSummary))
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("no figure \(c.value) in \(c.text)"); continue }
            XCTAssertEqual(f.subject, c.subject, c.text)
        }
        let e = FactExtractor().extract(text: "全年认定登记技术合同5,236项，成交额312.68亿元，同比增长21.4%，首次突破300亿元。",
                                        context: TextContext(path: "t.txt", reportYear: 2024, kind: .workSummary))
        let value = e.facts.first { $0.quantity.value == 312.68 }, bound = e.facts.first { $0.quantity.value == 300 }
        XCTAssertEqual(value?.metric, "tech-contract-value")
        XCTAssertTrue(value?.key == true)
        XCTAssertNil(bound?.metric, "a level passed is no value of the metric")
        XCTAssertFalse(bound?.key ?? true)
        XCTAssertEqual(bound?.year, 2024)
        let month = FactExtractor().extract(text: "9月，平台共完成晶圆测试3,120片，较8月的2,991片环比增长4.3%。",
                                            context: TextContext(path: "t.txt", reportYear: 2025, kind: .other))
        let august = month.facts.first { $0.quantity.value == 2991 }
        XCTAssertEqual(august?.role, .baseline)
        XCTAssertFalse(august?.key ?? true, "an earlier month's value is no rival of September's")
        // A key-figure card: a label line, then the value alone; a headline of the page.
        let card = FactExtractor().extract(text: "一组数据\n“企业服务云”注册企业\n23.4万家\n\n六、年度预算安排\n23,275万元\n",
                                           context: TextContext(path: "t.html", reportYear: 2025, kind: .other))
        let registered = card.facts.first { $0.quantity.value == 23.4 }
        XCTAssertEqual(registered?.subject, "“企业服务云”注册企业")
        XCTAssertEqual(registered?.category, .service, "万家 counts 家")
        XCTAssertTrue(registered?.key == true)
        XCTAssertNotEqual(card.facts.first { $0.quantity.value == 23275 }?.subject, "六、年度预算安排", "a heading labels no value")
    }

    /// Headlines by general rules: a headline metric, a total, the change or share stated
    /// after a headline figure; never a goal, a guess or a detail.
    /// A final account's sentence: 其他 is a word, not 其 (its) before 他; past a bracket of
    /// parts the change is the whole's; the spending after the income is the unit's spending,
    /// no attribute of the income; and the unit's short name before them names no other metric.
    func testAFinalAccountsIncomeAndSpending() {
        let text = "崇明区科委2025年度部门决算\n2025年度，区科委收入决算合计12,486.35万元（其中财政拨款收入11,952.40万元），比2024年度决算增加882.55万元，增长7.6%；"
            + "支出决算合计12,302.18万元，比2024年度决算增加846.52万元。其他收入533.95万元。"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .budget, title: "2025年度部门决算"))
        func fact(_ v: Double) -> Fact? { e.facts.first { $0.quantity.value == v } }
        XCTAssertEqual(fact(533.95)?.subject, "其他收入")
        XCTAssertEqual(fact(882.55)?.subject.hasPrefix("区科委收入决算"), true, fact(882.55)?.subject ?? "")
        XCTAssertEqual(fact(7.6)?.subject.hasPrefix("区科委收入决算"), true, fact(7.6)?.subject ?? "")
        XCTAssertEqual(fact(12_302.18)?.subject, "区科委支出决算")
        XCTAssertEqual(fact(846.52)?.subject.hasPrefix("区科委支出决算"), true, fact(846.52)?.subject ?? "")
        XCTAssertEqual(fact(12_486.35)?.metric, "budget-income-final")
        XCTAssertEqual(fact(12_302.18)?.metric, "budget-spending-final")
    }

    func testHeadlines() {
        let cases: [(label: String, text: String, kind: DocumentKind, value: Double, measure: String, key: Bool)] = [
            ("a headline metric", "全年服务企业2599家。", .csrReport, 2599, "家", true),
            ("its main growth", "全区高企合计实现营收1104.94亿元，同比增长32.17%。", .workSummary, 32.17, "%", true),
            ("a share of a headline figure", "全社会研发投入304.45亿元，占GDP达10.6%。", .workSummary, 10.6, "%", true),
            ("a total", "全市三大先导产业总规模1.27万亿元。", .other, 1.27, "万亿元", true),
            ("R&D intensity written with 的", "2024年，全区全社会研发经费支出占地区生产总值的比重达到5.8%左右。", .other, 5.8, "%", true),
            ("honours of one level, as part of a total", "全年获得各级各类荣誉18项，其中国家级3项、市级10项。", .workSummary, 3, "项", true),
            ("a budget's total", "2024年部门预算\n收入预算620,838万元。", .budget, 620838, "万元", true),
            ("a goal is never a headline", "力争服务企业3000家。", .csrReport, 3000, "家", false),
            ("a modest cost item is a detail", "其中会议费12万元。", .budget, 12, "万元", false),
            ("a count with no measure is not", "打造五大创新应用主链。", .csrReport, 5, "", false),
            ("an event count is no headline metric", "举办培训20场。", .workSummary, 20, "场", false),
            ("a work summary's opening paragraph sums up the year", "2024年，全区技术合同成交额186.52亿元，同比增长21.3%；区级科技专项资金兑现2.16亿元，惠及企业近千家。\n一、主要工作\n举办培训20场。",
             .workSummary, 2.16, "亿元", true),
            ("a figure after it is not", "2024年，全区技术合同成交额186.52亿元，同比增长21.3%；区级科技专项资金兑现2.16亿元，惠及企业近千家。\n一、主要工作\n举办培训20场。",
             .workSummary, 20, "场", false),
            ("a figure named in an article's title", "会上推介了52个项目，估值约1800亿元。", .articleFeed, 52, "个", true),
            ("clients served, worded 惠及", "全区发放科技创新券3860万元，惠及中小企业1180家。", .other, 1180, "家", true),
            ("consultations handled", "区科技企业服务专窗全年受理企业咨询6500余件。", .other, 6500, "件", true),
            ("requests handled", "全年受理企业诉求1862件，办结率100%。", .workSummary, 1862, "件", true),
            ("government information published", "全年主动公开政府信息428条，同比增长9.2%。", .other, 428, "条", true),
            ("a class's bound is no result", "注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业。", .other, 2000, "万元", false),
            ("a share of a total whose growth is stated", "三大先导产业制造业产值同比增长8.9%，占全市规上工业总产值的比重达到16.4%。", .other, 16.4, "%", true),
            ("one project's total budget is no headline", "项目总预算17,365.16万元，财政资金15,000万元。", .budget, 17365.16, "万元", false),
            ("clients of listed kinds", "服务政府、金融、能源等领域客户1,850余家。", .csrReport, 1850, "家", true),
            ("complaints counted in 起", "全年安全生产零事故，客户投诉3起，全部在5个工作日内办结。", .workSummary, 3, "起", true),
            ("R&D intensity written 相当于", "2024年全社会研发经费支出相当于全市生产总值的比例为4.35%。", .other, 4.35, "%", true),
            ("clients helped, worded 帮扶", "走访产业园区28个，帮扶中小微企业1320家。", .workSummary, 1320, "家", true),
            ("a testing centre's projects", "据介绍，今年以来中心已完成测评项目3120项。", .articleFeed, 3120, "项", true),
            ("science spending of a district", "区级财政科技投入28.7亿元，增长9.5%。", .workSummary, 28.7, "亿元", true),
            ("talents attracted", "新引进各类人才3.2万人，其中高层次人才1,860人。", .workSummary, 3.2, "万人", true),
            ("a performance self-evaluation's score", "经自评，资源中心2024年度整体支出绩效自评得分为94.6分。", .budget, 94.6, "分", true),
            ("a platform's service volume", "全年平台在线服务量162.4万次，同比增长8.6%。", .csrReport, 162.4, "万次", true),
            ("the value of contracts signed", "现场8家企业签署测试服务合作协议，签约金额合计1.2亿元。", .csrReport, 1.2, "亿元", true),
            ("wafers tested", "5月，平台共完成晶圆测试2,860片，服务企业137家。", .csrReport, 2860, "片", true),
            ("a budget's total for the year", "年初预算数为4,862.50万元，经年中追加和调减，全年预算数为5,106.38万元。", .budget, 5106.38, "万元", true),
            ("a budget's classification row is no headline", "其他科学技术支出66,193,299元。", .budget, 66193299, "元", false),
            ("a budget plan's projects with goals are a fact of the plan", "2025年部门预算\n本部门编报绩效目标的项目共42个，涉及项目预算资金24,358.60万元。",
             .budget, 42, "个", true),
            ("and their money", "2025年部门预算\n本部门编报绩效目标的项目共42个，涉及项目预算资金24,358.60万元。", .budget, 24358.6, "万元", true),
            ("money set aside for small firms", "2025年部门预算\n本部门面向中小企业预留政府采购项目预算金额10,747.68万元。", .budget, 10747.68, "万元", true),
            ("a programme the government funds", "年内区财政安排人才发展专项资金1.6亿元，其中安居资助4,200万元。", .workSummary, 1.6, "亿元", true),
            ("not the part of it", "年内区财政安排人才发展专项资金1.6亿元，其中安居资助4,200万元。", .workSummary, 4200, "万元", false),
            ("a main part of the spending", "2024年度决算\n按支出功能分类，科学技术支出8,356.10万元，占78.4%；住房保障支出612.40万元，占5.7%。", .budget, 8356.1, "万元", true),
            ("a small part is not", "2024年度决算\n按支出功能分类，科学技术支出8,356.10万元，占78.4%；住房保障支出612.40万元，占5.7%。", .budget, 612.4, "万元", false),
            ("an amount executed is no part of a total", "2024年度决算\n其中，会议费支出决算3.10万元，完成预算的96.9%。", .budget, 3.1, "万元", false),
            ("the change of the final figure, not of the plan between", "2024年度决算\n2024年度“三公”经费财政拨款支出决算为42.10万元，完成年初预算50.00万元的84.2%，比2023年度决算减少3.55万元，下降7.8%。",
             .budget, 7.8, "%", true),
            ("the largest spending category a budget lists", "2025年部门预算\n财政拨款支出预算18,250.00万元，主要用于以下方面：\n1.“教育支出”科目310.20万元，主要用于干部培训。\n2.“科学技术支出”科目16,482.50万元，主要用于科技计划项目。",
             .budget, 16482.5, "万元", true),
            ("not the smaller one", "2025年部门预算\n财政拨款支出预算18,250.00万元，主要用于以下方面：\n1.“教育支出”科目310.20万元，主要用于干部培训。\n2.“科学技术支出”科目16,482.50万元，主要用于科技计划项目。",
             .budget, 310.2, "万元", false),
            ("a final figure's change after the share of its plan met, over a ；", "2025年度决算\n2025年度“三公”经费财政拨款支出决算为31.20万元，比年初预算减少4.80万元，完成年初预算的86.7%；比2024年度决算减少2.05万元，下降6.2%。",
             .budget, 6.2, "%", true),
            ("a zero amount says there was none", "2025年部门预算\n事业单位经营收入0万元，政府性基金拨款支出预算0万元。", .budget, 0, "万元", false),
            ("a zero rate is still a headline", "全年客户投诉率保持为0%。", .csrReport, 0, "%", true),
            ("a round level passed before the figure reached", "规模以上工业总产值突破4,000亿元，达到4,026.8亿元。", .workSummary, 4000, "亿元", false),
            ("and the figure reached", "规模以上工业总产值突破4,000亿元，达到4,026.8亿元。", .workSummary, 4026.8, "亿元", true),
            ("a level passed in another scale", "有效期内高新技术企业总数突破1.3万家，达到13,268家。", .workSummary, 1.3, "万家", false),
            ("a form's field is no page's lead", "开办资金：500万元\n从业人数：38人", .other, 500, "万元", false),
            ("a rate followed from year to year", "已整改119个，整改率94.4%，较上年提高2.6个百分点。", .other, 94.4, "%", true),
            ("a rate with no year-on-year change is not", "已整改119个，整改率94.4%。", .other, 94.4, "%", false),
            ("loans the service brought", "全年举办银企对接会45场，促成银行贷款86.2亿元。", .csrReport, 86.2, "亿元", true),
            ("innovation vouchers redeemed", "2024年，全区共兑付科技创新券6,820万元，惠及企业1,136家。", .workSummary, 6820, "万元", true),
            ("the value of technology contracts, worded 合同金额", "全年签订技术开发合同138项，技术开发合同金额2.46亿元。", .workSummary, 2.46, "亿元", true),
        ]
        for c in cases {
            let title = c.kind == .articleFeed ? "市经济信息化委推介52个产业项目" : nil
            let e = FactExtractor().extract(text: c.text, context: TextContext(path: "t.txt", reportYear: 2024, kind: c.kind, title: title))
            guard let f = e.facts.first(where: { $0.quantity.value == c.value && $0.quantity.measure == c.measure }) else {
                XCTFail("\(c.label): no figure"); continue
            }
            XCTAssertEqual(f.key, c.key, c.label)
        }
    }

    /// A subject's name, the same across wordings: owners, period words, 各类 and the examples
    /// before 等 go; a word that opens on 有 (有效, 有关) or holds 等 (一等奖) keeps it.
    /// Numbers that are no figures: a department's number (测评二部), a caption's (表1), a
    /// note's item number glued to a year (2.2025年).
    func testNumbersThatNameThings() {
        for text in ["本人协助主任分管测评一部、测评二部和标准研究室。", "表1  分管领域主要指标完成情况", "注：1.数据来源于统计局；2.2025年数据为初步统计数。"] {
            let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .workSummary))
            XCTAssertEqual(e.facts.map(\.quantity.value), [], text)
        }
    }

    /// N大 counts the kinds it names, not what the clause goes on to say: the name ends on the
    /// kind noun (kinds of kinds are one name) or before a verb.
    func testCountsOfKinds() {
        let cases: [(text: String, value: Double, subject: String)] = [
            ("2025年，三大先导产业规模达到1.8万亿元。", 3, "先导产业"),
            ("四大新赛道产业增长12%。", 4, "新赛道产业"),
            ("聚焦7 大行业领域开展服务。", 7, "行业领域"),
            ("五大中心建设取得进展。", 5, "中心"),
            ("打造区块链五大创新应用主链。", 5, "创新应用主链"),
            ("六大重点产业集群完成工业总产值1.2万亿元。", 6, "重点产业集群"),
        ]
        for c in cases {
            let e = FactExtractor().extract(text: c.text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .workSummary))
            let f = e.facts.first { $0.quantity.value == c.value && $0.quantity.measure.isEmpty }
            XCTAssertEqual(f?.subject, c.subject, c.text)
            XCTAssertEqual(f?.key, false, c.text)
        }
    }

    /// The nation's economy quoted as the setting is no headline of a city body's; an honour's
    /// quote runs on over a PDF line's end to the end of its title.
    func testTheNationsFiguresAndAWrappedHonour() {
        let e = FactExtractor().extract(text: "据国家统计局发布的数据，今年上半年全国社会消费品零售总额增长8.2%。本市社会消费品零售总额9,000亿元，增长10.2%。",
                                        context: TextContext(path: "t.txt", reportYear: 2023, unit: "上海市商务委员会", kind: .other))
        XCTAssertEqual(e.facts.first { $0.quantity.value == 8.2 }?.key, false)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 9000 }?.key, true)
        let h = FactExtractor().extract(text: "通信网络安全防护测评服务覆盖快递物流、旅游等 7 大行业领域，拓\n\n展了等保项目相关的上下游安全服务的业务市场。荣获上海市通管局\n\n2023 年度网络和数据安全工作突出集体；荣获“AutoSec 安全之星”\n",
                                        context: TextContext(path: "t.txt", reportYear: 2023, unit: "上海计算机软件技术开发中心", kind: .csrReport)).honours
        let wrapped = h.first { $0.title.hasPrefix("上海市通管局") }
        XCTAssertTrue(wrapped?.provenance.quote.hasSuffix("2023 年度网络和数据安全工作突出集体；") == true, "\(h.map(\.provenance.quote))")
        XCTAssertEqual(wrapped?.provenance.line, 3)
    }

    /// A Markdown table's row under a plan evaluation's title (…占一般公共预算支出比重) names no
    /// budget; a budget's 财政拨款资金 is its appropriation, a headline; the earlier value a
    /// sentence opening on 比 compares with is the figure before's.
    func testAPlanEvaluationsTableAndABudgetsParts() {
        let evaluation = "# 长宁区科技创新“十四五”规划实施情况总结评估报告\n\n| 指标 | 2020年（基期） | 2025年目标 | 2025年完成 |\n|---|---|---|---|\n| 财政科技支出占一般公共预算支出比重（%） | 4.8 | ≥5 | 5.6 |\n"
        XCTAssertEqual(MetadataDetector.kindAndYear(of: evaluation).0, .other)
        let budget = FactExtractor().extract(text: "2026年度部门预算资金总额5,862.40万元，其中财政拨款资金5,620.00万元、其他资金242.40万元。",
                                             context: TextContext(path: "t.txt", reportYear: 2026, kind: .budget))
        XCTAssertEqual(budget.facts.first { $0.quantity.value == 5620 }?.metric, "fiscal-appropriation")
        let final = FactExtractor().extract(text: "2024年度财政拨款支出决算为18,472.86万元，完成调整预算的96.3%。比2023年度决算17,446.34万元增加1,026.52万元。",
                                            context: TextContext(path: "t.txt", reportYear: 2024, kind: .budget))
        XCTAssertEqual(final.facts.first { $0.quantity.value == 17446.34 }?.subject, "财政拨款支出决算")
    }

    /// The kind, year and unit from a document's head: an audit of a budget is no budget, a
    /// report on rectifying its findings is of the year after; a title line is no wrapped
    /// sentence; a verb ends a body's name.
    func testAuditsTitlesAndNamesAcrossVerbs() {
        let (kind, year) = MetadataDetector.kindAndYear(of: "关于2024年度上海市本级预算执行和其他财政收支审计查出问题整改情况的报告\n正文")
        XCTAssertEqual(kind, .other)
        XCTAssertEqual(year, 2025)
        let found = FactExtractor().extract(text: "审计工作报告共反映问题312个，涉及金额186.42亿元。\n截至2025年10月底，已整改到位286个。",
                                            context: TextContext(path: "t.txt", reportYear: 2025, kind: .other,
                                                                 title: "关于2024年度上海市本级预算执行和其他财政收支审计查出问题整改情况的报告"))
        XCTAssertEqual(found.facts.first { $0.quantity.value == 312 }?.year, 2024, "what the audit found is of the audited year")
        XCTAssertEqual(found.facts.first { $0.quantity.value == 186.42 }?.role, .actual)
        XCTAssertEqual(found.facts.first { $0.quantity.value == 286 }?.year, 2025, "what was done about it is of the year after")
        let titled = FactExtractor().extract(text: "上海市科学技术委员会2025年度工作报告\n2024年，本领域共受理申报项目1,082项，带动承担单位自筹研发投入18.6亿元。",
                                             context: TextContext(path: "t.txt", reportYear: 2025, kind: .workSummary))
        XCTAssertEqual(titled.facts.first { $0.quantity.value == 1082 }?.year, 2024, "the title is not joined to the paragraph under it")
        XCTAssertFalse(UnitDetector.orgs(in: Array("2025年，上海市入选国家知识产权局“示范城市”。".unicodeScalars)).contains("上海市入选国家知识产权局"))
    }

    func testNormalisedNames() {
        let cases: [(subject: String, name: String)] = [
            ("本中心专业技术服务项目", "专业技术服务项目"),
            ("全区开展各类科普活动", "开展科普活动"),
            ("举办杨浦科技节等科普活动", "举办科普活动"),
            ("有效期内高新技术企业", "有效期内高新技术企业"),
            ("有关部门制定完善制度", "有关部门制定完善制度"),
            ("市科技进步一等奖", "市科技进步一等奖"),
            ("智能化等11个专业", "智能化等11个专业"),
            ("有效期内高新技术企业总数", "有效期内高新技术企业"),
            ("知识产权侵权案件占案件总数", "知识产权侵权案件占案件总数"),
        ]
        for c in cases {
            XCTAssertEqual(SubjectNormalizer.normalized(c.subject, registry: .builtIn), c.name, c.subject)
        }
    }

    /// The work a unit exists for is its headline: science popularisation for a 科协 or a
    /// 科技馆, training in an article about a training; not for a unit of other work.
    func testTheWorkAUnitExistsForIsItsHeadline() {
        let text = "一、主要工作\n（一）服务群众\n全年开展各类科普活动1,240场，参与公众46.5万人次；举办专业培训86场。"
        let cases: [(title: String, unit: String?, value: Double, key: Bool)] = [
            ("2025年崇明区科协工作总结", nil, 1240, true),
            ("2025年崇明区科协工作总结", nil, 46.5, true),
            ("2025年崇明区科协工作总结", nil, 86, false),
            ("2025年度工作报告", "上海科技馆", 1240, true),
            ("市科技创业中心举办孵化器从业人员能力提升培训", nil, 86, true),
            ("2025年闵行区科委工作总结", nil, 1240, false),
            ("2025年闵行区科委工作总结", nil, 86, false),
            // A trade association exists for its members' training; a 科学技术协会 for science popularisation.
            ("2025年度工作报告", "上海市集成电路行业协会", 86, true),
            ("2025年度工作报告", "上海市崇明区科学技术协会", 86, false),
        ]
        for c in cases {
            let context = TextContext(path: "t.txt", reportYear: 2025, unit: c.unit, kind: .csrReport, title: c.title)
            let f = FactExtractor().extract(text: text, context: context).facts.first { $0.quantity.value == c.value }
            XCTAssertEqual(f?.key, c.key, "\(c.title) \(c.unit ?? "") \(c.value)")
        }
        // A yearbook entry's run-in head says what it is about; another entry's does not.
        let yearbook = "【科学普及】　2024年，全区开展各类科普活动1,240场，参与群众46.5万人次。\n【科技人才】　2024年，全区举办人才培训86场。"
        let facts = FactExtractor().extract(text: yearbook, context: TextContext(path: "t.txt", reportYear: 2024, kind: .csrReport, title: "奉贤年鉴·区科委")).facts
        XCTAssertEqual(facts.first { $0.quantity.value == 1240 }?.key, true)
        XCTAssertEqual(facts.first { $0.quantity.value == 46.5 }?.key, true)
        XCTAssertEqual(facts.first { $0.quantity.value == 86 }?.key, false)
    }

    /// A length of time is the period a figure is counted over, never the headline, though
    /// the title names it; a 五年规划 or 三年行动计划 is a plan's name, no figure at all.
    func testLengthsOfTimeAndPlanNames() {
        let title = "“空中出租车”飞入进博会，两天收获200架订单"
        let text = "两天进博会参展期间已在现场斩获200架订单。在此基础上再奋斗五年。制定第十五个五年规划，实施品牌三年行动计划。"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .articleFeed, title: title))
        func fact(_ v: Double, _ m: String) -> Fact? { e.facts.first { $0.quantity.value == v && $0.quantity.measure == m } }
        XCTAssertEqual(fact(200, "架")?.key, true, "the orders named in the title")
        XCTAssertEqual(fact(2, "天")?.key, false, "the period of the orders")
        XCTAssertEqual(e.facts.filter { $0.quantity.measure == "年" }.map(\.quantity.value), [5], "再奋斗五年 only: plan names are no figures")
        XCTAssertEqual(fact(5, "年")?.key, false)
    }

    /// The new level of `从2020年的4.1%提高到6.3%` is not of 2020; a count after `…的` names
    /// the noun after it; 共享 keeps its 共; a bare 缴纳税收 after a group's revenue is the group's.
    func testYearsAndNamesAroundOtherFigures() {
        let text = "全社会研发经费支出相当于全区生产总值的比例从2020年的4.1%提高到6.3%。来自高校和科研院所的380余名代表参加会议。"
            + "全年共享服务机时45.8万小时。全区高企合计实现营收1104.94亿元，同比增长32.17%，缴纳税收46.01亿元。"
            + "上海最高负荷达4010万千瓦，同比增长3.1%；江苏达15658万千瓦，同比增长6.47%。"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2024, kind: .workSummary))
        func fact(_ v: Double) -> Fact? { e.facts.first { $0.quantity.value == v } }
        XCTAssertEqual(fact(4.1)?.year, 2020)
        XCTAssertEqual(fact(6.3)?.year, 2024)
        XCTAssertTrue(fact(380)?.subject.hasBytes("代表") ?? false, fact(380)?.subject ?? "")
        XCTAssertEqual(fact(380)?.quantity.qualifier, .over)
        XCTAssertTrue(fact(45.8)?.subject.startsWithBytes("共享") ?? false, fact(45.8)?.subject ?? "")
        XCTAssertTrue(fact(46.01)?.subject.hasBytes("高企") ?? false, fact(46.01)?.subject ?? "")
        XCTAssertEqual(fact(15658)?.subject, "江苏最高负荷", "another place's figure of the same measure")
        XCTAssertEqual(fact(6.47)?.subject, "江苏最高负荷同比增长")
    }

    /// Years listed and paired by 分别 date each figure (8.61 亿元 is 2022's, a baseline); 同期 in
    /// the next paragraph pairs with the same years. A history (多年来) states no year's result,
    /// and 三人篮球赛 no count.
    func testRespectiveYearsHistoriesAndGames() {
        let text = "2022年、2023年、2024年，研究院营业收入分别为8.61亿元、9.17亿元和9.82亿元，2024年同比增长7.1%。\n"
            + "同期研发投入分别为0.94亿元、1.03亿元和1.15亿元。\n"
            + "多年来，中心为行业做出了开创性贡献。获得国家及本市级科技进步奖20余项。\n"
            + "全年服务企业2599家。本届三人篮球赛吸引了48支队伍。\n"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2024, kind: .csrReport))
        func fact(_ v: Double) -> Fact? { e.facts.first { $0.quantity.value == v } }
        for (v, y, role) in [(8.61, 2022, FactRole.baseline), (9.17, 2023, .baseline), (9.82, 2024, .actual),
                             (0.94, 2022, .baseline), (1.03, 2023, .baseline), (1.15, 2024, .actual)] {
            XCTAssertEqual(fact(v)?.year, y, "\(v)")
            XCTAssertEqual(fact(v)?.role, role, "\(v)")
        }
        XCTAssertEqual(fact(20)?.key, false, "a total of many years")
        XCTAssertEqual(fact(2599)?.key, true, "the next paragraph is the year's again")
        XCTAssertNil(e.facts.first { $0.quantity.measure == "人" }, "三人篮球赛 names a game")
        XCTAssertEqual(fact(48)?.quantity.measure, "支")
        // Set as a PDF of a Word file sets it, a blank before each 年 and around each number.
        let spaced = FactExtractor().extract(text: "2022 年、2023 年、 2024 年，研究院营业收入分别为 8.61 亿元、9.17 亿元和 9.82 亿元。\n",
                                             context: TextContext(path: "t.txt", reportYear: 2024, kind: .csrReport))
        XCTAssertEqual(spaced.facts.map(\.year), [2022, 2023, 2024])
        XCTAssertEqual(spaced.facts.map(\.role), [.baseline, .baseline, .actual])
    }

    /// Batch 16's wrong headlines, each by a general rule: a share of last year's total is
    /// this year's (相当于上年全年的25.8%); another district's figure quoted for comparison is
    /// no headline of the unit's; a count opening its clause names the next figure's thing
    /// (三个园区…合计1,050家); a rate bound that picks out counted bodies is no result
    /// (有5个部门…执行率低于60%).
    func testFiguresThatAreNotTheUnitsResults() {
        let quarter = FactExtractor().extract(text: "一季度，全区实现商品销售总额1,860.4亿元，相当于上年全年的25.8%。",
                                              context: TextContext(path: "t.txt", reportYear: 2026, kind: .other))
        let share = quarter.facts.first { $0.quantity.value == 25.8 }
        XCTAssertEqual(share?.year, 2026)
        XCTAssertEqual(share?.role, .share)
        XCTAssertEqual(share?.subject.hasPrefix("全区实现商品销售总额相当于上年全年"), true, share?.subject ?? "")
        let text = "截至2025年6月底，全区共有科创园区32个，园区入驻企业4,215家，其中高新技术企业612家。\n"
            + "三个园区入驻企业合计1,050家，占全区科创园区入驻企业的24.9%。\n"
            + "闵行区科创园区入驻高新技术企业超过1,300家，是我区的2.1倍。\n"
            + "抽查的16个部门中，有5个部门年初预算项目执行率低于60%，涉及资金1.46亿元。\n"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, unit: "上海市宝山区科学技术委员会", kind: .workSummary))
        func fact(_ v: Double) -> Fact? { e.facts.first { $0.quantity.value == v } }
        XCTAssertEqual(fact(612)?.key, true, "the unit's own figure stays a headline")
        XCTAssertEqual(fact(1300)?.key, false, "闵行's figure in a report of 宝山")
        XCTAssertEqual(fact(3)?.key, false, "三个园区 names which parks")
        XCTAssertEqual(fact(3)?.category, .other)
        XCTAssertEqual(fact(60)?.key, false, "a bound picking out the departments")
        XCTAssertEqual(fact(60)?.category, .other)
        XCTAssertTrue(HeadlineRules.namesOtherDistrict("上海市嘉定区科创园区营业收入", unit: "上海市宝山区科学技术委员会"))
        XCTAssertFalse(HeadlineRules.namesOtherDistrict("宝山区科创园区营业收入", unit: "上海市宝山区科学技术委员会"))
        XCTAssertFalse(HeadlineRules.namesOtherDistrict("长宁路沿线商铺", unit: "上海市宝山区科学技术委员会"), "a road is no district")
    }

    /// A work report's opening, a sentence a line, runs to its first heading: its figures sum
    /// up the year; those under the heading are the sections' own.
    func testAWorkReportsOpeningRunsToItsFirstHeading() {
        let text = "某区2024年度审计工作报告\n　　2024年，区审计局共完成审计项目38个。\n　　审计查出违规问题金额2.36亿元、管理不规范金额7.84亿元。\n"
            + "　　促进增收节支和挽回损失1.12亿元。\n一、预算执行审计情况\n　　抽查部门16个，涉及资金1.46亿元。\n"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2024, kind: .workSummary))
        func key(_ v: Double) -> Bool? { e.facts.first { $0.quantity.value == v }?.key }
        XCTAssertEqual(key(38), true)
        XCTAssertEqual(key(2.36), true)
        XCTAssertEqual(key(1.12), true)
        XCTAssertEqual(key(16), false, "under the first heading")
    }

    /// A report dated on a line of its own under its title (（2025年10月）) is of that date, and
    /// the goals it sets (到2027年) do not make its year.
    func testADateLineUnderTheTitleAndGoalYears() {
        let head = "关于推动我区科创园区高质量发展的调研报告\n某区政协经济委员会\n（2025年10月）\n\n今年5月至8月开展调研。\n力争到2027年园区营收突破1,000亿元，到2027年新增高企200家，2027年前建成3个园区。\n"
        XCTAssertEqual(MetadataDetector.publishedDate(of: head, reportingYear: nil), "2025-10")
        XCTAssertEqual(MetadataDetector.inferredYear(of: head, published: nil).year, nil, "goal years name no report year")
    }

    /// A place alone before a count names where; the noun after the measure names what.
    func testAPlaceAloneTakesTheNounAfterTheMeasure() {
        let e = FactExtractor().extract(text: "工业和信息化部公布第六批名单，浦东新区47家企业入选。全区新增市级专精特新中小企业612家。",
                                        context: TextContext(path: "t.txt", reportYear: 2024, kind: .workSummary))
        XCTAssertEqual(e.facts.first { $0.quantity.value == 47 }?.subject, "浦东新区企业入选")
        XCTAssertEqual(e.facts.first { $0.quantity.value == 612 }?.subject.hasSuffix("新增市级专精特新中小企业"), true)
    }

    /// "其中 N 个X": the part keeps a name of its own, so a briefing does not take the part and
    /// the whole for two rival values of one metric.
    func testAPartAfter其中KeepsItsOwnName() {
        let text = "10 家单位参与的 21 个项目获上海市科学技术奖，其中 5 个项目荣获一等奖；共有企业100家，其中60家为高新技术企业。"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2023, kind: .workSummary))
        let whole = e.facts.first { $0.quantity.value == 21 }, part = e.facts.first { $0.quantity.value == 5 }
        XCTAssertNotNil(whole); XCTAssertNotNil(part)
        XCTAssertNotEqual(whole?.name, part?.name)
        XCTAssertTrue(part?.name.hasBytes("一等奖") ?? false, part?.name ?? "")
        // 为 after the number: the noun is the whole's, the part is said of it (unchanged).
        XCTAssertEqual(e.facts.first { $0.quantity.value == 60 }?.name, e.facts.first { $0.quantity.value == 100 }?.name)
    }

    /// A report of a year published the next (a 政府信息公开 annual report of January 2026)
    /// counts 本年 as its year; a news page counts it from its date.
    func testTheYearOfAnAnnualReportPublishedLater() throws {
        let text = "上海市嘉定区科学技术委员会2025年政府信息公开工作年度报告\n发布日期：2026-01-23\n本年新收政府信息公开申请14件，按期答复率100%。\n"
        let ingestor = Ingestor()
        let doc = try ingestor.analyse(text: text, path: "r.txt")
        XCTAssertEqual(doc.year, 2025)
        let facts = FactExtractor().extract(doc).flatMap(\.facts)
        XCTAssertEqual(facts.first { $0.quantity.value == 14 }?.year, 2025)
        XCTAssertEqual(facts.first { $0.quantity.value == 14 }?.role, .actual)
        XCTAssertEqual(facts.first { $0.quantity.value == 100 }?.year, 2025)
        let news = try ingestor.analyse(text: "嘉定区科创工作综述\n发布日期：2026-01-23\n本年新收企业申请14件。\n2025年服务企业300家。\n", path: "n.txt")
        XCTAssertFalse(ReportYear.titleReports(year: news.year, title: news.title))
    }

    /// An article of January 2025 titled `数说2024` reports on 2024, the year written without 年.
    func testAnArticleTitledWithLastYearWithout年() {
        XCTAssertEqual(ReportYear.ofArticle(title: "数说2024｜宝山科技创新年度成绩单", content: "创新主体持续壮大2024年，全区高企1752家。",
                                            publishedYear: 2025), 2024)
        XCTAssertEqual(ReportYear.ofArticle(title: "2025宝山科技节落幕", content: "吸引3000余人次参与。", publishedYear: 2025), 2025)
        XCTAssertEqual(ReportYear.ofArticle(title: "第2024号通知", content: "", publishedYear: 2026), 2026)
        // An award named for last year, given this year: the article is this year's news.
        XCTAssertEqual(ReportYear.ofArticle(title: "喜报｜浦东12个项目获2024年度上海市科学技术奖", content: "近日，2024年度上海市科学技术奖揭晓。",
                                            publishedYear: 2025, publishedMonth: 5), 2025)
        XCTAssertEqual(ReportYear.ofArticle(title: "我区3家单位荣获2024年度上海市科技系统先进集体称号", content: "", publishedYear: 2025), 2025)
        XCTAssertEqual(ReportYear.ofArticle(title: "2024年浦东科技创新回顾", content: "", publishedYear: 2025), 2024)
    }

    /// A year guessed from an undated page that names it once leaves the figures that only
    /// take it unsure, and out of headlines.
    func testAGuessedReportYearIsNotSure() {
        var context = TextContext(path: "t.txt", reportYear: 2022, kind: .other)
        context.reportYearIsGuess = true
        let e = FactExtractor().extract(text: "全区科技型中小企业入库1741家；2021年服务企业300家。", context: context)
        let guessed = e.facts.first { $0.quantity.value == 1741 }
        let written = e.facts.first { $0.quantity.value == 300 }
        XCTAssertEqual(guessed?.confident, false)
        XCTAssertEqual(guessed?.key, false)
        XCTAssertEqual(written?.confident, true, "a year written for the figure is sure")
    }
    /// Markdown emphasis around a figure, a new level (下降至), a change by shortening, a
    /// dash in a table cell, a unit column in brackets and a commission's short name.
    func testEmphasisNewLevelsDashesAndShortNames() {
        func extract(_ text: String, kind: DocumentKind = .workSummary, year: Int = 2025) -> [Fact] {
            FactExtractor().extract(text: text, context: TextContext(path: "t.md", reportYear: year, kind: kind)).facts
        }
        // A list of kinds after the noun names what was counted; a list of figures does not.
        XCTAssertEqual(extract("联合60余家银行、担保和投资机构，举办活动132场。").first { $0.quantity.value == 60 }?.subject, "联合银行、担保和投资机构")
        XCTAssertEqual(extract("召开会议2次进行审议、修改。").first { $0.quantity.value == 2 }?.subject.contains("修改"), false)
        XCTAssertEqual(extract("获得授权专利12项、软件著作权8项。").first { $0.quantity.value == 12 }?.subject.contains("著作权"), false)

        // A balanced budget's spending total is no restatement of its income total.
        let balanced = extract("2025年部门预算\n收入预算总额为8,765.43万元，比上年预算增加512.30万元；支出预算总额8,765.43万元。", kind: .budget)
        XCTAssertEqual(balanced.first { $0.subject.hasPrefix("支出") }?.key, true)

        // A link verb after a clause with no figure takes that clause's name.
        let steady = extract("全年服务企业数与上年持平，为2,600家。").first { $0.quantity.value == 2600 }
        XCTAssertEqual(steady?.subject, "服务企业数")
        XCTAssertEqual(steady?.metric, "clients-served")

        let bold = extract("全年服务企业**1.2万家**，完成检验检测**326项**。")
        XCTAssertEqual(bold.first { $0.quantity.value == 1.2 }?.subject, "服务企业", "** is no part of the name")
        XCTAssertEqual(bold.first { $0.quantity.value == 1.2 }?.quantity.measure, "万家")
        XCTAssertNotNil(bold.first { $0.quantity.value == 326 && $0.quantity.measure == "项" }, "a number before ** is read")
        XCTAssertNil(extract("提供7*24小时服务。").first { $0.quantity.value == 24 }, "a single * still multiplies")

        let faster = extract("平均办理时间下降至3.5个工作日，较上年缩短0.8个工作日。")
        let level = faster.first { $0.quantity.value == 3.5 }
        XCTAssertEqual(level?.subject, "平均办理时间", "下降至 goes with its verb")
        XCTAssertEqual(level?.role, .actual)
        let shorter = faster.first { $0.quantity.value == 0.8 }
        XCTAssertEqual(shorter?.role, .change, "缩短 is a change")
        XCTAssertEqual(shorter?.year, 2025)
        XCTAssertEqual(shorter?.baseYear, 2024)

        XCTAssertEqual(extract("气瓶检验11.2万只。").first?.quantity.measure, "万只")

        let table = extract("""
        | 指标 | 单位 | 2023年 | 2024年 | 2025年 |
        | --- | --- | --- | --- | --- |
        | 特种设备检验检测 | 万台（套） | 38.6 | 40.2 | 42.7 |
        | 屋顶光伏发电量 | 万千瓦时 | — | 38.5 | 52.8 |
        """, kind: .csrReport)
        let solar = table.first { $0.quantity.value == 38.5 }
        XCTAssertEqual(solar?.subject, "屋顶光伏发电量", "a dash cell is no row label")
        XCTAssertEqual(solar?.year, 2024)
        XCTAssertEqual(table.first { $0.quantity.value == 38.6 }?.quantity.measure, "万台（套）", "the unit column as written")

        let budget = extract("2026年区经委“三公”经费财政拨款预算12.60万元，比2025年预算减少1.60万元。", kind: .budget, year: 2026)
        XCTAssertEqual(budget.first { $0.quantity.value == 12.6 }?.metric, "three-public-costs", "区经委 is the unit itself")
    }
}

/// The metric a figure is a value of: equal wordings meet, different things stay apart.
final class MetricIdentityTests: XCTestCase {
    func testMetricsOfPatentsAndStocks() {
        let cases: [(text: String, value: Double, metric: String?)] = [
            ("全年新增授权发明专利56件，累计拥有有效发明专利1,230件。", 56, "patents"),
            ("全年新增授权发明专利56件，累计拥有有效发明专利1,230件。", 1230, "valid-patents"),
            ("全年专利申请量达434件。", 434, "patent-applications"),
            ("有效期内高新技术企业达到862家。", 862, "high-tech-enterprises"),
            ("新增高新技术企业120家。", 120, "high-tech-new"),
            // 新增 before a stock counts the year's additions: not the stock's value.
            ("新增科技型中小企业入库52家。", 52, nil),
            ("科技型中小企业评价入库1,508家。", 1508, "tech-smes"),
            // A unit calling itself by its kind of institution.
            ("2023年，研究院营业收入为11.7亿元。", 11.7, "revenue"),
            ("中心完成测评项目916项。", 916, "testing-projects"),
            ("中心完成安全性评估项目486项。", 486, "testing-projects"),
            // Not any 评估项目: 完成30余个评估项目 of a service line is no count of the tests.
            ("完成30余个评估项目。", 30, nil),
            // Culture and tourism, forests, a project's supported firms and its spending.
            ("全年接待国内旅游者3.92亿人次，比上年增长8.6%。", 3.92, "tourist-visits"),
            ("全年接待入境游客850.4万人次，增长27.5%。", 850.4, "inbound-tourists"),
            ("入境旅游外汇收入93.6亿美元，增长31.2%。", 93.6, "tourism-forex"),
            ("实现国内旅游收入5,218.6亿元。", 5218.6, "tourism-revenue"),
            ("森林覆盖率达到31.6%。", 31.6, "forest-coverage"),
            // A share of GDP is R&D intensity whatever the R&D spending is called before it, and only then.
            ("全社会研发经费投入占地区生产总值比重达到3.1%。", 3.1, "rd-intensity"),
            ("全社会研发经费支出相当于全区生产总值的比例为4.62%。", 4.62, "rd-intensity"),
            ("全区战略性新兴产业增加值占地区生产总值比重达到28.5%。", 28.5, nil),
            // Employment and labour, and a tax total that is no revenue.
            ("全区新增就业岗位1.86万个。", 1.86, "jobs-created"),
            ("受理劳动人事争议案件4,215件。", 4215, "labour-disputes"),
            ("全区城镇职工养老保险参保人数达到78.6万人。", 78.6, "insured-persons"),
            ("全年实现税收总收入38.62亿元。", 38.62, "tax"),
            // A unit naming itself by its kind of institution, then period and totals words;
            // a contest's entries; a stock after a verb of service is the clients served.
            ("中心今年已累计举办各类培训38场。", 38, "trainings"),
            ("本届大赛共收到报名项目5,360个。", 5360, "contest-entries"),
            ("中心共服务科技型中小企业5,820家。", 5820, nil),
            ("全区科技型中小企业达到5,820家。", 5820, "tech-smes"),
            // A district's health, care, environment and housing figures.
            ("全区医疗机构门急诊人次达到1,250.3万人次。", 1250.3, "outpatient-visits"),
            ("“12345”市民服务热线受理工单9,864件。", 9864, "hotline-tickets"),
            ("全镇养老床位总数1,060张。", 1060, "elderly-care-beds"),
            ("建成社区助餐点18个。", 18, "elderly-meal-points"),
            ("细颗粒物(PM2.5)年均浓度23微克/立方米。", 23, "pm25"),
            ("环境空气质量优良率88.5%。", 88.5, "air-quality-rate"),
            ("地表水优Ⅲ类水体比例96.4%。", 96.4, "water-quality-rate"),
            ("筹措保障性租赁住房1.2万套（间）。", 1.2, "affordable-housing"),
            ("粮食总产量9.8万吨。", 9.8, "grain-output"),
            ("全年发生生产安全事故0起。", 0, "safety-accidents"),
            ("全区举办各类公共文化活动1.26万场。", 1.26, "cultural-events"),
            ("全区城镇调查失业率为4.3%。", 4.3, "unemployment-rate"),
            // Parks and their firms: a stock, so not the firms of three of them, the new ones or the parks visited.
            ("全区共有科创园区32个。", 32, "science-parks"),
            ("园区入驻企业4,215家。", 4215, "park-enterprises"),
            ("三个园区入驻企业1,050家。", 1050, nil),
            ("新入驻企业71家。", 71, nil),
            ("走访产业园区28个。", 28, nil),
            ("全区线上直播观看量达85万人次。", 85, "online-views"),
            ("活动吸引市民1.2万人次。", 1.2, "participants"),
            ("园区企业吸纳就业6,850人。", 6850, "employment-absorbed"),
            ("社区助餐服务96,450人次。", 96450, "elderly-meal-services"),
            ("受理12345市民服务热线工单1,846件。", 1846, "hotline-tickets"),
            // A count of air-quality days is not the rate.
            ("空气质量优良天数312天。", 312, nil),
            ("全年服务生产企业1,135家。", 1135, "clients-served"),
            ("经专家评审，确定支持企业136家。", 136, "supported-enterprises"),
            ("项目全年执行数2,874.36万元，预算执行率97.1%。", 2874.36, "budget-executed"),
            ("项目全年执行数2,874.36万元，预算执行率97.1%。", 97.1, "budget-execution-rate"),
            ("经自评，项目综合得分98.2分。", 98.2, "performance-score"),
            // A bulletin's schools and students.
            ("年末全区共有各级各类学校216所，在校学生18.65万人。", 216, "schools"),
            ("年末全区共有各级各类学校216所，在校学生18.65万人。", 18.65, "students"),
            // A market supervision bureau's work.
            ("全区实有经营主体累计达38.62万户，全年新设经营主体4.86万户。", 38.62, "market-entities"),
            ("全区实有经营主体累计达38.62万户，全年新设经营主体4.86万户。", 4.86, "new-market-entities"),
            ("有效注册商标累计达21.37万件。", 21.37, "trademarks"),
            ("全年查办各类案件1,236件，受理投诉举报5.62万件。", 1236, "cases-handled"),
            ("全年查办各类案件1,236件，受理投诉举报5.62万件。", 5.62, "complaints-received"),
            ("完成产品质量监督抽检3,420批次。", 3420, "quality-sampling"),
            // A disclosure report's requests closed and posts on its account.
            ("全年新收政府信息公开申请19件，全年办结18件。", 18, "requests-closed"),
            ("全年微信公众号发布信息246篇。", 246, "wechat-posts"),
            // An association's size.
            ("截至2025年底，协会会员单位685家，较上年末净增52家。", 685, "member-units"),
            // A budget's or final account's two parts of spending.
            ("其中：基本支出7,456.20万元，占36.8%；项目支出12,831.73万元，占63.2%。", 7456.2, "basic-spending"),
            ("其中：基本支出7,456.20万元，占36.8%；项目支出12,831.73万元，占63.2%。", 12831.73, "project-spending"),
            // The most specific pattern wins: 科普活动 is science popularisation's, not any 活动's;
            // 申请专利 are applications, not grants.
            ("科普活动1,386场。", 1386, "science-pop-events"),
            ("全年申请专利126件。", 126, "patent-applications"),
            // One metric however the work is worded: 各类, the examples before 等, a verb of
            // the unit's own work, a goal's word before it.
            ("全区开展各类科普活动1,240场。", 1240, "science-pop-events"),
            ("举办杨浦科技节等科普活动560场。", 560, "science-pop-events"),
            ("开展各类科普教育活动6,842场。", 6842, "science-pop-events"),
            ("受理客户有效投诉2起。", 2, "complaints"),
            ("服务对象满意度97.2%。", 97.2, "satisfaction-rate"),
            // Not a verb whose object is others' figure, nor 新增 before a stock.
            ("带动新车销售额426.8亿元。", 426.8, nil),
            ("新增市级科技企业孵化器2家。", 2, nil),
            ("智能化等11个专业。", 11, nil),
            // A form's capital is no project's funds; 其中 after 申请 counts applications.
            ("开办资金：500万元", 500, "registered-capital"),
            ("区级科技创新券累计兑付4,860万元。", 4860, "innovation-vouchers-redeemed"),
            ("协助在孵企业申请知识产权287件，其中发明专利96件。", 96, "patent-applications"),
        ]
        for c in cases {
            let e = FactExtractor().extract(text: c.text, context: TextContext(path: "t.txt", reportYear: 2024, kind: .workSummary))
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("no figure \(c.value) in \(c.text)"); continue }
            XCTAssertEqual(f.metric, c.metric, c.text)
        }
    }
}

/// Changes between two values: percentage points only between rates written with %.
final class ChangeTests: XCTestCase {
    func testChangesByKindOfValue() {
        let cases: [(before: Quantity, after: Quantity, rate: Bool, text: String)] = [
            (Quantity(value: 96.8, measure: "%"), Quantity(value: 97.7, measure: "%"), true, "+0.9 个百分点"),
            (Quantity(value: 96.8, measure: ""), Quantity(value: 97.7, measure: "%"), true, "+0.9 个百分点"),
            (Quantity(value: 85.05, measure: ""), Quantity(value: 96.8, measure: ""), true, "+11.75"),
            (Quantity(value: 2713, measure: "家"), Quantity(value: 2599, measure: "家"), false, "−114 家（−4.2%）"),
            // Per mille moves by its own points, a rate or not.
            (Quantity(value: 4.6, measure: "‰"), Quantity(value: 2.1, measure: "‰"), true, "−2.5 个千分点"),
            (Quantity(value: 3.8, measure: "‱"), Quantity(value: 3.2, measure: "‱"), false, "−0.6 个万分点"),
        ]
        for c in cases {
            XCTAssertEqual(Change.between(c.before, c.after, rate: c.rate)?.text, c.text, "\(c.before) → \(c.after)")
        }
        XCTAssertNil(Change.between(Quantity(value: 3, measure: "家"), Quantity(value: 3, measure: "项"), rate: false))
        XCTAssertNil(Change.between(Quantity(value: 0.46, measure: "%"), Quantity(value: 2.1, measure: "‰"), rate: true), "‰ against %: not one measure")
    }

    /// 千分之 and 万分之 are rates of their own; 由上年的A…到B dates A the year before and B
    /// the year reported on, whatever measure they are in.
    func testPerMilleAndAFromToLevel() {
        let text = "全年预付卡投诉率为万分之3.2，比上年下降0.6个万分点。问题资金占比由上年的千分之4.6下降到千分之2.1。平均周期由上年的96天缩短至78天。满意率由上年的95.1%提高到96.0%。"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .workSummary))
        let got = e.facts.map { "\($0.quantity.value)\($0.quantity.measure) \($0.role) \($0.year ?? 0)" }
        XCTAssertEqual(got, ["3.2‱ actual 2025", "0.6个万分点 change 2025", "4.6‰ baseline 2024", "2.1‰ share 2025",
                             "96.0天 baseline 2024", "78.0天 actual 2025", "95.1% baseline 2024", "96.0% actual 2025"])
        XCTAssertEqual(e.facts.first { $0.quantity.value == 96 && $0.quantity.measure == "天" }?.subject, "平均周期")
        XCTAssertEqual(e.facts.first?.key, true, "a complaint rate per ten thousand is the catalog's headline rate")
        // A review of 2025 published in 2026: 上年 is 2024 (去年 would be 2025).
        var page = TextContext(path: "t.html", reportYear: 2025, relativeYear: 2026, kind: .other)
        page.joinsWrappedLines = false
        let review = FactExtractor().extract(text: "全年诉求平均响应时长由上年的4.1小时缩短至2.6小时。\n", context: page)
        XCTAssertEqual(review.facts.map { $0.year }, [2024, 2025])
    }
}

/// A figure of part of a year is named by its period and compared only with that period.
final class PartOfYearTests: XCTestCase {
    func testPeriodsOfFigures() {
        let cases: [(text: String, title: String?, value: Double, period: String?)] = [
            ("今年上半年，全区实现规模以上工业总产值1,234.5亿元，同比增长5.6%。", nil, 1234.5, "上半年"),
            ("今年上半年，全区实现规模以上工业总产值1,234.5亿元，同比增长5.6%。", nil, 5.6, "上半年"),
            ("1—6月，新引进企业326家。", nil, 326, "1—6月"),
            ("1-10月，规模以上工业总产值完成33186.4亿元。", nil, 33186.4, "1—10月"),
            // 较上半年 compares with the half year; the figure is the year's.
            ("全年服务企业2,600家，较上半年增加1,200家。", nil, 2600, nil),
            // 全年 after the period word: the year's figure.
            ("上半年开局良好，全年服务企业2,600家。", nil, 2600, nil),
            // The title of a report of part of a year dates its achieved figures…
            ("全区实现规模以上工业总产值1,234.5亿元。", "2025年上半年工作总结", 1234.5, "上半年"),
            // …but not its plans.
            ("二、下步工作安排\n力争全年服务企业3000家。", "2025年上半年工作总结", 3000, nil),
            ("全年服务企业2,600家。", "2025年工作总结", 2600, nil),
            // A title that reviews one half and plans the other: the figures are the first half's.
            ("全区新增就业岗位1.86万个。", "徐汇区人社局2025年上半年工作总结和下半年工作要点", 1.86, "上半年"),
        ]
        for c in cases {
            let e = FactExtractor().extract(text: c.text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .workSummary, title: c.title))
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("no figure \(c.value) in \(c.text)"); continue }
            if let p = c.period {
                XCTAssertTrue(f.name.hasSuffix("（\(p)）"), "\(c.text): \(f.name)")
                XCTAssertTrue(f.subject.contains(p), "\(c.text): \(f.subject)")
                XCTAssertNil(f.metric, "\(c.text): a part of the year is no value of the year's metric")
            } else {
                XCTAssertFalse(PartOfYear.words.contains { f.name.contains(String(scalars: $0)) } || f.name.contains("月）"), "\(c.text): \(f.name)")
            }
        }
        // A name that opens with its period is named as the others are, the period after it.
        let named: [(text: String, value: Double, name: String)] = [
            ("下半年举办技术转移对接活动24场。", 24, "举办技术转移对接活动（下半年）"),
            ("一季度举办“虹口消费季”等促消费活动36场。", 36, "举办促消费活动（一季度）"),
            ("上半年客户满意度98.5%。", 98.5, "客户满意度（上半年）"),
        ]
        for c in named {
            let e = FactExtractor().extract(text: c.text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .workSummary))
            let f = e.facts.first { $0.quantity.value == c.value }
            XCTAssertEqual(f?.name, c.name, c.text)
            XCTAssertEqual(f?.subject.hasSuffix("（" + c.name.split(separator: "（").last!), true, "\(c.text): \(f?.subject ?? "-")")
        }
        XCTAssertEqual(PartOfYear.movingPeriod("上半年", in: "服务企业较上半年增加"), "服务企业较上半年增加", "a period compared with stays")
        XCTAssertEqual(PartOfYear.movingPeriod("上半年", in: "服务企业（上半年）"), "服务企业（上半年）")
        let kept = FactExtractor().extract(text: "今年上半年，全区服务企业1,200家。", context: TextContext(path: "t.txt", reportYear: 2025, kind: .workSummary))
        XCTAssertEqual(kept.facts.first?.key, true, "the headline flag stays")
    }

    /// Years and roles of plans, proposals and bracketed earlier values (held-out batch 9's styles).
    func testPlansOfTheRestOfAYearProposalsAndBrackets() {
        let cases: [(label: String, text: String, title: String?, value: Double, year: Int?, role: FactRole)] = [
            ("a half-year report plans the rest of its own year", "一、上半年主要工作成效\n上半年服务企业1,200家。\n三、下半年工作安排\n力争全年规上工业总产值达到650亿元。",
             "崇明区经济委员会2026年上半年工作总结和下半年工作安排", 650, 2026, .target),
            ("so does a 下半年 heading in any report", "二、下半年工作打算\n新建5G基站150个。", nil, 150, 2026, .target),
            ("a 下一步 heading of an annual report plans the next year", "二、下一步工作\n新建5G基站150个。", "2026年工作总结", 150, 2027, .target),
            ("a bracket's earlier value is the figure before's", "1—6月，全区规模以上工业总产值312.6亿元，同比增长4.8%（去年同期为298.3亿元），增速比一季度提高1.3个百分点。",
             nil, 298.3, 2025, .baseline),
            ("the year in that bracket dates nothing after it", "1—6月，全区规模以上工业总产值312.6亿元，同比增长4.8%（去年同期为298.3亿元），增速比一季度提高1.3个百分点。",
             nil, 1.3, 2026, .change),
            ("到2030年 aims the clauses after it", "建议在延续现有指标体系的基础上，到2030年，研发经费支出占比力争达到3.5%，技术合同成交额达到200亿元。",
             nil, 200, 2030, .target),
            ("so does it after a comma and a blank (ASCII punctuation)", "《行动方案》提出, 到2030年, 技术合同成交额达到200亿元, 年均增长12%左右。",
             nil, 200, 2030, .target),
            ("and after an indent of ideographic spaces", "　　到2030年，力争技术合同成交额达到200亿元。", nil, 200, 2030, .target),
            ("当年 is the year the sentence named", "同时，2027年作为开局之年，建议当年新增高新技术企业不少于80家。", nil, 80, 2027, .target),
            ("a task heading that reports progress is achieved", "三、重点任务推进情况\n建成专业化技术转移机构14家。", nil, 14, 2026, .actual),
            ("a proposal handled is counted, not planned", "全年办理人大代表建议45件。", nil, 45, 2026, .actual),
        ]
        for c in cases {
            let e = FactExtractor().extract(text: c.text, context: TextContext(path: "t.txt", reportYear: 2026, kind: .workSummary, title: c.title))
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("\(c.label): no figure \(c.value)"); continue }
            XCTAssertEqual(f.year, c.year, "\(c.label): year")
            XCTAssertEqual(f.role, c.role, "\(c.label): role")
        }
        let bracket = FactExtractor().extract(text: cases[3].text, context: TextContext(path: "t.txt", reportYear: 2026, kind: .workSummary))
        let earlier = bracket.facts.first { $0.quantity.value == 298.3 }
        XCTAssertTrue(earlier?.subject.contains("规模以上工业总产值") == true, "the earlier value is named by the figure before: \(earlier?.subject ?? "-")")
        XCTAssertEqual(earlier?.key, false, "an earlier value in a bracket is no headline")
    }

    /// A lone 零 is a word (零部件, 零首付), never a figure; measures of energy saved keep their fuel.
    func testLoneZeroAndEnergyMeasures() {
        let e = FactExtractor().extract(text: "新能源汽车零部件产业产值占比接近三成。推出零首付购车政策。实现年节能量约1.1万吨标准煤。",
                                        context: TextContext(path: "t.txt", reportYear: 2026, kind: .workSummary))
        XCTAssertFalse(e.facts.contains { $0.quantity.value == 0 }, "\(e.facts.map { "\($0.quantity.value)\($0.quantity.measure)" })")
        XCTAssertTrue(e.facts.contains { $0.quantity.value == 3 && $0.quantity.measure == "成" && $0.subject.hasPrefix("新能源") })
        XCTAssertTrue(e.facts.contains { $0.quantity.value == 1.1 && $0.quantity.measure == "万吨标准煤" })
        let decimal = FactExtractor().extract(text: "增速提高零点五个百分点。", context: TextContext(path: "t.txt", reportYear: 2026, kind: .workSummary))
        XCTAssertEqual(decimal.facts.first?.quantity.value, 0.5)
    }

    /// A performance report's budget sentences: goals after a colon, adjustments, brackets of
    /// earlier values, and the adjusted budget as a figure of its own.
    func testBudgetGoalsAdjustmentsAndBrackets() {
        let text = """
        2025年项目总体目标为：完成600家以上使用单位的现场监察，被监察单位满意度不低于90%。
        项目支出比2024年的1,168.92万元增加36.45万元，主要是检测设备购置增加。
        年初预算数为1,286.00万元，年中调减37.40万元，全年预算数为1,248.60万元，执行率为96.52%。
        项目支出执行率较2024年（94.87%）提高1.65个百分点。
        基本支出执行率为98.10%，较2024年（97.35%）有所提高。
        全年节约能源费用12.5万元。
        """
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .budget))
        let cases: [(label: String, value: Double, subject: String, year: Int, role: FactRole?)] = [
            ("each figure of a goal list after 目标为： is a goal", 600, "使用单位", 2025, .target),
            ("so is the last one, past the comma", 90, "满意度", 2025, .target),
            ("比2024年的X is the earlier value, named without the comparison", 1168.92, "项目支出", 2024, .baseline),
            ("the change after it", 36.45, "项目支出", 2025, .change),
            ("a mid-year cut is a change, not an amount", 37.4, "调减", 2025, .change),
            ("the adjusted budget keeps its 全年", 1248.6, "全年预算数", 2025, .budget),
            ("a bracket after 较YEAR is the earlier value of what stands before 较", 94.87, "项目支出执行率", 2024, .baseline),
            ("or, with nothing before 较, of the figure before", 97.35, "基本支出执行率", 2024, .baseline),
            ("a word ending in 约 keeps it", 12.5, "节约能源费用", 2025, nil),
        ]
        for c in cases {
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("\(c.label): no figure \(c.value)"); continue }
            XCTAssertTrue(f.subject.contains(c.subject), "\(c.label): subject \(f.subject)")
            XCTAssertFalse(f.subject.contains("比2024年"), "\(c.label): subject \(f.subject)")
            XCTAssertEqual(f.year, c.year, "\(c.label): year")
            if let role = c.role { XCTAssertEqual(f.role, role, "\(c.label): role") }
        }
        XCTAssertEqual(e.facts.first { $0.quantity.value == 12.5 }?.quantity.qualifier, .exact, "节约 is no 约")
        let initial = e.facts.first { $0.quantity.value == 1286 }, adjusted = e.facts.first { $0.quantity.value == 1248.6 }
        XCTAssertNotNil(initial?.metric)
        XCTAssertNotEqual(initial?.metric, adjusted?.metric, "年初预算数 and 全年预算数 of one year are two figures, not a conflict")
        XCTAssertEqual(e.facts.first { $0.quantity.value == 96.52 }?.category, .other, "an execution rate is no satisfaction figure")
    }

    /// A press conference's transcript: a speaker's colon opens what is said, and the
    /// speaker's words are no part of a figure's name.
    func testASpeakersYearAndWords() {
        let text = """
        闵行区2025年科技创新工作新闻发布会实录
        区科委主任王某某：2026年，我们将力争新认定高新技术企业不少于650家，技术合同成交额突破350亿元。
        一是创新投入持续加大。全区研发经费投入强度预计达到4.8%左右，比上年提高0.2个百分点。
        """
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .other, title: "闵行区2025年科技创新工作新闻发布会实录"))
        let cases: [(value: Double, subject: String, year: Int, role: FactRole)] = [
            (650, "新认定高新技术企业", 2026, .target),
            (350, "技术合同成交额", 2026, .target),
            (4.8, "全区研发经费投入强度", 2025, .target),
        ]
        for c in cases {
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("no figure \(c.value)"); continue }
            XCTAssertEqual(f.subject, c.subject, "\(c.value)")
            XCTAssertEqual(f.year, c.year, "\(c.value): year")
            XCTAssertEqual(f.role, c.role, "\(c.value): role")
        }
    }
}

/// Key-figure cards of articles and Markdown pages: the number in emphasis, its measure after
/// the marks, its label after a dash; and a report of part of a year named by its front matter.
final class CardTests: XCTestCase {
    func testCardsWithEmphasisAndDashedLabels() {
        let cases: [(line: String, value: Double, measure: String, subject: String)] = [
            ("- **1,286** 项 —— 全年承担各类标准化服务项目", 1286, "项", "全年承担各类标准化服务项目"),
            ("- **1,286**项——全年承担各类标准化服务项目", 1286, "项", "全年承担各类标准化服务项目"),
            ("- **3.2万** 家次 —— 服务企业", 3.2, "万家次", "服务企业"),
            ("- **98.7%** —— 客户满意度", 98.7, "%", "客户满意度"),
            ("- 有效期内高新技术企业 **2,684** 家", 2684, "家", "有效期内高新技术企业"),
            ("- 技术合同成交额：**86.4**亿元", 86.4, "亿元", "技术合同成交额"),
        ]
        for c in cases {
            let e = FactExtractor().extract(text: c.line, context: TextContext(path: "t.md", reportYear: 2025, kind: .other))
            guard let f = e.facts.first else { XCTFail("\(c.line): no figure"); continue }
            XCTAssertEqual(f.quantity.value, c.value, c.line)
            XCTAssertEqual(f.quantity.measure, c.measure, c.line)
            XCTAssertEqual(f.subject, c.subject, c.line)
        }
        // A card written number first, alone on its line, is a headline; a sentence is not one.
        let first = FactExtractor().extract(text: "18.6亿元专利质押融资登记金额\n", context: TextContext(path: "t.html", reportYear: 2025, kind: .other))
        XCTAssertEqual(first.facts.first?.key, true, "\(first.facts.map(\.subject))")
        let sentence = FactExtractor().extract(text: "全年办理专利质押融资登记，金额18.6亿元，同比增长。\n其他事项办理完毕。\n", context: TextContext(path: "t.html", reportYear: 2025, kind: .other))
        XCTAssertEqual(sentence.facts.first { $0.quantity.value == 18.6 }?.key, false)
        // A range stays a range, and emphasis before a comma is no measure's.
        let range = FactExtractor().extract(text: "企业 **3** 家—5家", context: TextContext(path: "t.md", reportYear: 2025, kind: .other))
        XCTAssertEqual(range.facts.map(\.quantity.value), [3, 5])
    }

    /// A card block written number first, the label under each value: every label goes
    /// with the value above it, never with the value below (a headline under the wrong name).
    func testCardsWithTheLabelUnderTheValue() {
        let text = "数说2025\n1,386场\n科普活动\n42.5万人次\n参与公众\n16家\n院士专家工作站\n21.6%\n公民具备科学素质比例\n2025年，全区共举办科普活动1,386场。\n"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.json", reportYear: 2025, kind: .articleFeed))
        let cases: [(Double, String)] = [(1386, "科普活动"), (42.5, "参与公众"), (16, "院士专家工作站"), (21.6, "公民具备科学素质比例")]
        for (value, subject) in cases {
            XCTAssertEqual(e.facts.first { $0.quantity.value == value }?.subject, subject, "\(value)")
        }
        XCTAssertEqual(e.facts.first { $0.quantity.value == 21.6 }?.metric, "science-literacy")
        // A stray value, then labels above their values: the block ends on a value, so it is
        // no number-first block and each label keeps the value under it.
        let stray = FactExtractor().extract(text: "　　本馆全年围绕科普教育扎实推进各项任务，取得较好成效，全年总投入为：\n3.5亿元\n科普活动\n1,386场\n参与公众\n42.5万人次\n",
                                            context: TextContext(path: "t.txt", reportYear: 2025, kind: .workSummary))
        XCTAssertEqual(stray.facts.first { $0.quantity.value == 1386 }?.subject, "科普活动")
        XCTAssertEqual(stray.facts.first { $0.quantity.value == 42.5 }?.subject, "参与公众")
        XCTAssertNotEqual(stray.facts.first { $0.quantity.value == 3.5 }?.subject, "科普活动")
        // Labels above their values stay as they were.
        let above = FactExtractor().extract(text: "主要指标\n服务企业\n2,599家\n客户满意度\n98.6%\n", context: TextContext(path: "t.html", reportYear: 2025, kind: .other))
        XCTAssertEqual(above.facts.map(\.subject), ["服务企业", "客户满意度"])
    }

    /// A plan published at the end of the year before it is that year's plan.
    func testAPlanArticlePublishedTheYearBefore() {
        XCTAssertEqual(ReportYear.ofArticle(title: "2026年崇明区科协工作要点发布", content: "2026年，区科协将…", publishedYear: 2025), 2026)
        XCTAssertEqual(ReportYear.ofArticle(title: "2026年科技活动周即将开幕", content: "", publishedYear: 2025), 2025, "only a plan's title")
    }

    func testAFrontMatterTitleNamesThePartOfTheYear() throws {
        let dir = try Paths.temporaryDirectory()
        let file = dir.appendingPathComponent("h1.md")
        try Data("---\ntitle: 上半年松江科技创新主要指标稳中向好\ndate: 2025-07-18\n---\n\n# 上半年松江科技创新主要指标稳中向好\n\n- 技术合同成交额：**86.4**亿元\n- 9月当月成交额42.3亿元\n".utf8).write(to: file)
        let doc = try Ingestor().load(path: file.path)
        XCTAssertEqual(doc.title, "上半年松江科技创新主要指标稳中向好")
        let e = FactExtractor().extract(doc)[0]
        let total = e.facts.first { $0.quantity.value == 86.4 }
        XCTAssertEqual(total?.subject, "技术合同成交额（上半年）", "a half year's figure is named by its period")
        XCTAssertNil(total?.metric, "and is never compared with a whole year's")
        XCTAssertFalse(e.facts.first { $0.quantity.value == 42.3 }?.subject.hasBytes("上半年") ?? true, "a month names its own period")
    }

    /// PDF text: a sentence wrapped after 比 onto an indented line is one sentence, its year the
    /// comparison's base; a zero-padded number opening a line numbers a card, never a figure.
    func testAWrappedComparisonAndCardNumbers() {
        let text = "          2025年项目共受理企业申报412家次，经形式审查和专家评审，确定支持企业136家，比\n      2024年增加17家；组织专家评审会9场，参与评审专家54人次。\n04 节庆活动\n"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .budget))
        let change = e.facts.first { $0.quantity.value == 17 }
        XCTAssertEqual(change?.year, 2025, "the year after a wrapped 比 is the base")
        XCTAssertEqual(change?.role, .change)
        XCTAssertEqual(change?.baseYear, 2024)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 136 }?.year, 2025)
        XCTAssertFalse(e.facts.contains { $0.quantity.value == 4 && $0.quantity.measure == "节" }, "04 numbers a card")
    }

    /// A count after 的 or 等 that names the places the next figure counts is part of that
    /// name, no result; after a verb it is a result of its own.
    func testACountInsideTheNextFiguresName() {
        let cases: [(text: String, value: Double, subject: String, key: Bool?)] = [
            ("据监测，全市重点监测的119家A级旅游景区累计接待游客1,286.4万人次。", 119, "全市重点监测A级旅游景区", false),
            ("其中，豫园、东方明珠等10家重点景区接待游客386.7万人次。", 10, "重点景区", false),
            ("全年帮助864家中小企业获得融资3.26亿元。", 864, "中小企业获得融资", nil),
        ]
        for c in cases {
            let e = FactExtractor().extract(text: c.text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .other))
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("no figure \(c.value)"); continue }
            XCTAssertTrue(f.subject.hasSuffix(c.subject), "\(c.value): \(f.subject)")
            if let key = c.key { XCTAssertEqual(f.key, key, "\(c.value)") }
            if c.key == false { XCTAssertEqual(f.category, .other, "\(c.value): category") } else { XCTAssertNotEqual(f.category, .other, "\(c.value): category") }
        }
    }

    /// The next figure's verb of holding or gaining, and its noun, are that figure's name:
    /// read as this one's, 186 would be a count of 在孵企业.
    func testTheNextFiguresVerbEndsThisFiguresName() {
        let cases: [(text: String, value: Double, subject: String)] = [
            ("上半年，全市186家市级以上孵化载体新增在孵企业1,326家。", 186, "全市市级以上孵化载体"),
            ("全区32个科创园区入驻企业4,215家。", 32, "全区科创园区"),
            // 获得 keeps what the firms got: they are counted as the firms that got it.
            ("全年帮助864家中小企业获得融资3.26亿元。", 864, "中小企业获得融资"),
        ]
        for c in cases {
            let e = FactExtractor().extract(text: c.text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .other))
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("no figure \(c.value)"); continue }
            XCTAssertTrue(f.subject.hasPrefix(c.subject) || f.subject.hasSuffix(c.subject), "\(c.value): \(f.subject)")
            XCTAssertFalse(f.subject.hasBytes("在孵企业") || f.subject.hasBytes("入驻"), "\(c.value): \(f.subject)")
        }
    }

    /// A plan's mid-term review: a goal named after its figure, a span of years before a
    /// name, a part of the next year already past, and a concentration's measure.
    func testAMidTermReview() {
        let text = """
        从主要经济指标看，2022年全区实现地区生产总值412.6亿元，2021—2022年年均增长4.1%，低于6%左右的预期目标；规模以上工业总产值365.8亿元。
        细颗粒物（PM2.5）年均浓度23微克/立方米，较2020年下降11.5%。
        2023年上半年，全区接待游客512.3万人次，同比增长1.1倍。
        2021年成功举办第十届中国花卉博览会，花博会期间累计接待游客212.8万人次。
        """
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2022, kind: .workSummary))
        let cases: [(value: Double, subject: String, year: Int, role: FactRole)] = [
            // (The change of the figure before: 地区生产总值412.6亿元，2021—2022年年均增长4.1%.)
            (4.1, "全区实现地区生产总值年均增长", 2022, .change),
            (6, "预期目标", 2022, .target),
            (23, "细颗粒物(PM2.5)年均浓度", 2022, .actual),
            (11.5, "细颗粒物(PM2.5)年均浓度较2020年下降", 2022, .change),
            (512.3, "全区接待游客（上半年）", 2023, .actual),
            // A year opening its sentence dates the sentence, though its own clause has no figure.
            (212.8, "花博会期间累计接待游客", 2021, .actual),
        ]
        for c in cases {
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("no figure \(c.value)"); continue }
            XCTAssertEqual(f.subject, c.subject, "\(c.value)")
            XCTAssertEqual(f.year, c.year, "\(c.value): year")
            XCTAssertEqual(f.role, c.role, "\(c.value): role")
        }
        XCTAssertFalse(e.facts.first { $0.quantity.value == 6 }?.key ?? true, "a goal is no headline")
        XCTAssertEqual(e.facts.first { $0.quantity.value == 23 }?.quantity.measure, "微克/立方米")
    }

    /// A table row's 预算收入 makes no budget of a review: the kind is read from title lines.
    func testATableRowNamesNoKind() {
        let head = "崇明区国民经济和社会发展第十四个五年规划纲要\n实施中期评估报告\n序号\t指标\t单位\t2020年基数\n8\t区级一般公共预算收入\t亿元\t118.5\n"
        XCTAssertNotEqual(MetadataDetector.kindAndYear(of: head).0, .budget)
        XCTAssertEqual(MetadataDetector.kindAndYear(of: "上海市黄浦区科学技术委员会2025年部门预算\n").0, .budget)
    }

    /// The report's year is the one its title names (2027年度), not that of an attachment
    /// listed further down which names a kind (2.2026年度预算项目绩效自评汇总表); a date on
    /// the first line (2027年3月) names no report year.
    func testTheTitleYearOutranksAnAttachmentLine() {
        let cases: [(head: String, year: Int?)] = [
            ("某中心2027年度整体支出绩效自评报告\n\n主管部门：某委\n联系人：王\n附件：1.2026年度整体支出绩效自评表\n2.2026年度预算项目绩效自评汇总表\n", 2027),
            ("某中心 2027 年度整体支出绩效自评报告\n主管部门：某委\n联系人：王\n2.2026年度预算项目绩效自评汇总表\n", 2027),
            ("2027年3月5日\n发布：某委\n来源：某委\n某委2026年度工作总结\n", 2026),
            ("某委2026年度工作总结\n", 2026),
        ]
        for c in cases {
            XCTAssertEqual(MetadataDetector.kindAndYear(of: c.head).1, c.year, c.head)
        }
    }

    /// A PDF's text breaks a sentence at the line's width: a piece of it that names 预算
    /// (…，占地方一般公共预算) makes no budget of a statistical bulletin; a sentence that
    /// states a 预算数 still names a budget's kind.
    func testABrokenSentenceNamesNoBudget() {
        let cases: [(head: String, kind: DocumentKind)] = [
            ("2024年上海市科技进步统计公报\n\n全年地方财政科技支出546.80亿元，比上年增长6.3%，占地方一般公共预算\n支出的比重为6.8%。\n", .other),
            ("2024年上海市科技进步统计公报\n\n全年地方财政科技支出546.80亿元，比上年增长6.3%，占地方一般公共预算支出的比重为6.8%。\n", .other),
            ("某区科技创新专项资金项目\n支出绩效自评报告\n2025年项目年初预算数3,200.00万元，年中调减预算240.00万\n", .budget),
        ]
        for c in cases {
            XCTAssertEqual(MetadataDetector.kindAndYear(of: c.head).0, c.kind, c.head)
        }
    }

    /// A performance self-evaluation reports what was done, its title spaced out or not: its
    /// counts keep their category (a budget plan's would not).
    func testASpacedSelfEvaluationTitle() {
        for title in ["支 出 绩 效 自 评 报 告", "支出绩效自评报告"] {
            let e = FactExtractor().extract(text: "2025年度科技创新专项资金项目\n\(title)\n经专家评审，确定支持企业136家。\n",
                                            context: TextContext(path: "t.txt", reportYear: 2025, kind: .budget))
            XCTAssertEqual(e.facts.first { $0.quantity.value == 136 }?.category, .service, title)
        }
        let plan = FactExtractor().extract(text: "2025年部门预算\n计划支持企业136家。\n", context: TextContext(path: "t.txt", reportYear: 2025, kind: .budget))
        XCTAssertEqual(plan.facts.first { $0.quantity.value == 136 }?.category, .other, "a plan's count")
    }

    /// A bulletin's rates of the figure before: 增幅, 增速较上年加快, 同口径比上年增长, 占比提升.
    func testRatesAndSharesOfTheFigureBefore() {
        let text = "全年技术合同成交额突破200亿元，达到213.6亿元，增幅为18.2%，增速较上年加快3.1个百分点。全年专利授权量6,842件，同口径比上年增长9.7%；其中发明专利授权2,315件，占专利授权总量的33.8%，占比提升2.4个百分点。"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .other))
        let cases: [(value: Double, subject: String, role: FactRole)] = [
            (18.2, "技术合同成交额增幅", .change),
            (3.1, "技术合同成交额增速较上年加快", .change),
            (9.7, "专利授权量同口径比上年增长", .change),
            (2.4, "发明专利授权占专利授权总量占比提升", .change),
        ]
        for c in cases {
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("no figure \(c.value)"); continue }
            XCTAssertEqual(f.subject, c.subject, "\(c.value)")
            XCTAssertEqual(f.role, c.role, "\(c.value)")
        }
    }

    /// Documents named for what they are: a year's plan (工作要点) plans what it names, last
    /// year's results aside; a yearbook records the year before the one it is named for.
    func testAPlanDocumentAndAYearbook() throws {
        let dir = try Paths.temporaryDirectory()
        let plan = dir.appendingPathComponent("plan.txt"), book = dir.appendingPathComponent("book.txt")
        try Data("上海市静安区科学技术委员会2026年工作要点\n\n一、加快培育创新主体\n全年新认定高新技术企业不少于150家；技术合同成交额力争达到120亿元。\n2025年，全区新认定高新技术企业142家。\n".utf8).write(to: plan)
        try Data("闵行年鉴（2025）\n【科技创新】\n【概况】 2024年，区科委完成科技投入12.6亿元，比上年增长5.2%。年内新增科技小巨人企业29家。\n【荣誉】区科委获评2024年度上海市科普工作先进集体。\n".utf8).write(to: book)
        let p = FactExtractor().extract(try Ingestor().load(path: plan.path))[0]
        for v in [150.0, 120] {
            XCTAssertEqual(p.facts.first { $0.quantity.value == v }?.role, .target, "\(v) is planned")
            XCTAssertEqual(p.facts.first { $0.quantity.value == v }?.year, 2026)
        }
        XCTAssertEqual(p.facts.first { $0.quantity.value == 120 }?.subject, "技术合同成交额")
        XCTAssertEqual(p.facts.first { $0.quantity.value == 142 }?.role, .actual, "last year's result in a plan")
        XCTAssertEqual(p.facts.first { $0.quantity.value == 142 }?.year, 2025)
        let bookDoc = try Ingestor().load(path: book.path)
        XCTAssertEqual(bookDoc.year, 2024, "a yearbook of 2025 records 2024")
        let b = FactExtractor().extract(bookDoc)[0]
        XCTAssertEqual(b.facts.first { $0.quantity.value == 12.6 }?.year, 2024)
        XCTAssertEqual(b.facts.first { $0.quantity.value == 29 }?.year, 2024)
        XCTAssertEqual(b.honours.first?.recipient.hasPrefix("【"), false, "the entry's head is no recipient")
    }

    /// A letter of June 2025 on 2024's results: 目前 is the day it was written; a count of
    /// districts over a bar is no headline of the bar.
    func testNowInALetterAndABarCleared() {
        var c = TextContext(path: "t.txt", reportYear: 2024, relativeYear: 2025, kind: .other)
        c.joinsWrappedLines = false
        let e = FactExtractor().extract(text: "2024年，全区新认定高新技术企业120家。\n目前，全区共有市级以上科技企业孵化器28家。\n列入下表的8个区中，有6个区研发经费投入强度超过4%。\n", context: c)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 120 }?.year, 2024)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 28 }?.year, 2025, "目前 is when the letter was written")
        XCTAssertEqual(e.facts.first { $0.quantity.value == 4 }?.key, false, "a bar cleared")
    }

    /// Prizes applied for are no honours won; the ones won are.
    func testApplicationsForPrizesAreNoHonours() {
        let e = FactExtractor().extract(text: "组织申报市级以上科技奖项42项，获奖18项。\n", context: TextContext(path: "t.txt", reportYear: 2025, kind: .workSummary))
        let applied = e.facts.first { $0.quantity.value == 42 }
        XCTAssertNotEqual(applied?.category, .honour)
        XCTAssertEqual(applied?.key, false)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 18 }?.category, .honour)
    }

    /// A speech at a year's first meeting sums up the year before and plans its own; a plan of
    /// five years starts from the year before its first and aims at its last (held-out batch 22).
    func testASpeechAndAPlanOfYears() throws {
        let dir = try Paths.temporaryDirectory()
        let speech = dir.appendingPathComponent("speech.txt"), plan = dir.appendingPathComponent("plan.md")
        try Data("在2026年某区科技创新大会上的讲话\n（2026年2月26日）\n\n同志们：\n\n一、过去一年，全区科技创新工作迈上新台阶\n\n过去的一年，全区高新技术企业总数达到1,286家，比上年净增112家。\n\n二、今年要重点抓好的几项工作\n\n要深入实施“倍增计划”，全年新认定高新技术企业400家以上。\n".utf8).write(to: speech)
        try Data("# 某区“十五五”产业发展规划（2026—2030年）\n\n> 发布时间：2026年1月\n\n## 一、发展基础\n\n其中，人工智能产业规模1,150亿元，集聚人工智能企业超过1,200家。\n\n## 三、主要目标\n\n全区地区生产总值年均增长5%—6%，全社会研发经费投入强度达到6%左右。\n\n## 五、保障措施\n\n设立总规模100亿元的产业发展母基金。\n".utf8).write(to: plan)
        let speechDoc = try Ingestor().load(path: speech.path)
        XCTAssertEqual(speechDoc.year, 2025, "a speech of February 2026 sums up 2025")
        let s = FactExtractor().extract(speechDoc)[0]
        XCTAssertEqual(s.facts.first { $0.quantity.value == 1286 }.map { [$0.year, $0.role == .actual ? 1 : 0] }, [2025, 1])
        XCTAssertEqual(s.facts.first { $0.quantity.value == 400 }.map { [$0.year, $0.role == .target ? 1 : 0] }, [2026, 1], "今年要… plans 2026")
        // A New Year's message of 31 December names the year it opens; it sums up the one ending.
        let message = dir.appendingPathComponent("message.txt")
        try Data("2026年新年贺词\n（2025年12月31日）\n\n过去的一年，全区新认定高新技术企业386家。\n\n新的一年，我们将力争新认定高新技术企业400家。\n".utf8).write(to: message)
        let m = FactExtractor().extract(try Ingestor().load(path: message.path))[0]
        XCTAssertEqual(m.facts.first { $0.quantity.value == 386 }.map { [$0.year, $0.role == .actual ? 1 : 0] }, [2025, 1])
        XCTAssertEqual(m.facts.first { $0.quantity.value == 400 }.map { [$0.year, $0.role == .target ? 1 : 0] }, [2026, 1], "新的一年 is 2026")
        let planDoc = try Ingestor().load(path: plan.path)
        XCTAssertEqual(planDoc.year, 2025, "a plan for 2026—2030 starts from 2025")
        let p = FactExtractor().extract(planDoc)[0]
        for v in [1150.0, 1200] {
            XCTAssertEqual(p.facts.first { $0.quantity.value == v }.map { [$0.year, $0.role == .actual ? 1 : 0] }, [2025, 1], "\(v): where the plan starts")
        }
        for v in [6.0, 100] {
            XCTAssertEqual(p.facts.first { $0.quantity.value == v }.map { [$0.year, $0.role == .target ? 1 : 0] }, [2030, 1], "\(v): what the plan aims at")
            XCTAssertEqual(p.facts.first { $0.quantity.value == v }?.key, false)
        }
    }

    /// A news page of November: 今年以来 is the year so far, 明年 the year after, and the share
    /// of a goal done is no goal.
    func testYearToDateNextYearAndGoalsDone() {
        let text = "记者从区科委获悉，今年以来，全区新增高新技术企业312家，同比增长8.7%。\n前三季度，全区技术合同成交额达到156.3亿元，已完成全年目标的86%。\n据介绍，明年我区将力争新增高新技术企业350家。\n"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.html", reportYear: 2025, kind: .other))
        let ytd = e.facts.first { $0.quantity.value == 312 }
        XCTAssertEqual(ytd?.subject, "全区新增高新技术企业（今年以来）", "the year so far, never compared with a whole year")
        XCTAssertNil(ytd?.metric)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 86 }?.role, .share)
        let next = e.facts.first { $0.quantity.value == 350 }
        XCTAssertEqual(next?.year, 2026)
        XCTAssertEqual(next?.role, .target)
        XCTAssertEqual(next?.subject.hasPrefix("明年"), false)
    }

    /// A bulletin's note marks and earlier values: ① is no part of a name; （上年为…） after a
    /// change is the changed figure's earlier value; a change after a clause that compares
    /// without a figure (兑付额较上年翻了一番，同比增长…) is that clause's thing's.
    func testNoteMarksAndWhatAChangeIsOf() {
        let text = "全年全区研究与试验发展（R&D）经费支出①68.46亿元，比上年增长9.3%（上年为62.64亿元）。\n共发放科技创新券额度1.62亿元，实际兑付13,628万元，兑付率84.1%，兑付额较上年翻了一番，同比增长102.0%（上年为6,746万元）。\n"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .other))
        let cases: [(value: Double, subject: String, year: Int, role: FactRole)] = [
            (68.46, "全区研究与试验发展(R&D)经费支出", 2025, .actual),
            (62.64, "全区研究与试验发展(R&D)经费支出", 2024, .baseline),
            (102, "兑付额同比增长", 2025, .change),
            (6746, "兑付额", 2024, .baseline),
        ]
        for c in cases {
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("no figure \(c.value)"); continue }
            XCTAssertEqual(f.subject, c.subject, "\(c.value)")
            XCTAssertEqual(f.year, c.year, "\(c.value): year")
            XCTAssertEqual(f.role, c.role, "\(c.value): role")
        }
    }

    /// A news page's lead is its first paragraph of text, not its title (which the page's
    /// text repeats) nor an editor's note.
    func testTheLeadComesAfterTheTitleAndTheEditorsNote() {
        let title = "2025年奉贤兑付科技创新券1.36亿元"
        let text = "2025年奉贤兑付科技创新券1.36亿元\n编者按：九年来累计发放创新券额度5.8亿元。\n记者获悉，2025年奉贤区共发放科技创新券额度1.62亿元，获券企业2,418家。\n二、其他\n全年举办培训活动36场。\n"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.html", reportYear: 2025, kind: .other, title: title))
        XCTAssertEqual(e.facts.first { $0.quantity.value == 1.62 }?.key, true, "the lead's figure")
        XCTAssertEqual(e.facts.first { $0.quantity.value == 2418 }?.key, true)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 36 }?.key, false, "a later paragraph's")
    }

    /// A final account's sentence: the budget the figure met, the share met, and the changes
    /// are all the final figure's (they were named after the budget amount inside the clause).
    /// The 年初预算 met is a planned amount (batch 27: a 年初预算 is a budget wherever it stands).
    func testTheBudgetAFinalFigureMet() {
        let text = "2025年度“三公”经费财政拨款支出决算为59.43万元，完成年初预算68.50万元的86.8%，比2024年度决算减少4.21万元，下降6.6%。"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .budget))
        let cases: [(value: Double, subject: String, role: FactRole)] = [
            (59.43, "“三公”经费财政拨款支出决算", .actual),
            (68.5, "“三公”经费财政拨款支出年初预算", .budget),
            (86.8, "“三公”经费财政拨款支出决算占年初预算", .share),
            (4.21, "“三公”经费财政拨款支出决算比2024年度决算减少", .change),
            (6.6, "“三公”经费财政拨款支出决算比2024年度决算下降", .change),
        ]
        for c in cases {
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("no figure \(c.value)"); continue }
            XCTAssertEqual(f.subject, c.subject, "\(c.value)")
            XCTAssertEqual(f.role, c.role, "\(c.value)")
        }
    }

    /// `A X，B Y，分别…p和q（YEAR年分别为…）`: each change and earlier value of the list is the
    /// figure's at its place, not the last figure's.
    func testRespectiveChangesOfFiguresInSeparateClauses() {
        let text = "2022年受疫情影响，全区接待游客486.2万人次，实现旅游直接收入18.7亿元，分别比2021年下降42.6%和38.1%（2021年分别为847.0万人次和30.2亿元）。全年发放科技履约贷和知识产权质押融资32.4亿元，惠及科技企业516家，同比分别增长21.6%和14.2%。"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2022, kind: .workSummary))
        let cases: [(value: Double, subject: String, year: Int, role: FactRole)] = [
            (42.6, "全区接待游客比2021年下降", 2022, .change),
            (38.1, "实现旅游直接收入比2021年下降", 2022, .change),
            (847, "全区接待游客", 2021, .baseline),
            (30.2, "实现旅游直接收入", 2021, .baseline),
            (21.6, "发放科技履约贷和知识产权质押融资同比分别增长", 2022, .change),
            (14.2, "惠及科技企业同比分别增长", 2022, .change),
        ]
        for c in cases {
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("no figure \(c.value)"); continue }
            XCTAssertEqual(f.subject, c.subject, "\(c.value)")
            XCTAssertEqual(f.year, c.year, "\(c.value): year")
            XCTAssertEqual(f.role, c.role, "\(c.value): role")
        }
        // Running totals after the year's additions: each is of the thing at its place.
        let totals = FactExtractor().extract(text: "全年新认定跨国公司地区总部65家、外资研发中心28家，累计分别达到1,021家和619家。",
                                             context: TextContext(path: "t.txt", reportYear: 2025, kind: .workSummary))
        XCTAssertEqual(totals.facts.map(\.subject), ["新认定跨国公司地区总部", "外资研发中心", "跨国公司地区总部累计", "外资研发中心累计"])
        XCTAssertEqual(totals.facts.map(\.role), [.actual, .actual, .actual, .actual])
    }

    /// A thousands comma inside a bracketed earlier value is no clause break; the compared
    /// period may run past its 年 (第二批, 年末); a goal met is stated with its amount; a
    /// heading over the year's running totals sums the year up (held-out batch 23).
    func testEarlierValuesWithThousandsAndGoalsMetWithTheirAmount() {
        let text = """
        一、兑付总体情况
        本批次共兑付企业86家，兑付金额合计1,286.5万元，比2024年第二批（1,189.0万元）增长8.2%。
        二、其他情况
        全年受理投诉1,236件，比上年（1,102件）增加134件。
        有效期内高新技术企业1,386家，较2024年末（1,188家）净增198家。
        三、全年累计兑付情况
        截至目前，今年累计兑付企业158家，兑付金额2,342.8万元，完成年度兑付计划3,000万元的78.1%。
        四、工作目标
        全年完成技术合同登记金额120亿元，完成年度目标150亿元的80%。
        """
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .other))
        let cases: [(value: Double, subject: String?, year: Int, role: FactRole, base: Int?, key: Bool?)] = [
            (1189, "兑付金额", 2024, .baseline, nil, false),
            (8.2, "兑付金额增长", 2025, .change, 2024, true),
            (1102, "受理投诉", 2024, .baseline, nil, nil),
            (134, nil, 2025, .change, 2024, nil),
            (1188, "有效期内高新技术企业", 2024, .baseline, nil, false),
            (158, nil, 2025, .actual, nil, true),
            (2342.8, nil, 2025, .actual, nil, true),
            (3000, nil, 2025, .target, nil, false),
            (78.1, nil, 2025, .share, nil, true),
            (150, nil, 2025, .target, nil, false),
            (80, nil, 2025, .share, nil, nil),
        ]
        for c in cases {
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("no figure \(c.value)"); continue }
            if let subject = c.subject { XCTAssertEqual(f.subject, subject, "\(c.value)") }
            XCTAssertFalse(f.subject.unicodeScalars.contains { QuantityScanner.isDigit($0) }, "\(c.value): a number in its name \(f.subject)")
            XCTAssertEqual(f.year, c.year, "\(c.value): year")
            XCTAssertEqual(f.role, c.role, "\(c.value): role")
            XCTAssertEqual(f.baseYear, c.base, "\(c.value): base year")
            if let key = c.key { XCTAssertEqual(f.key, key, "\(c.value): key") }
        }
    }

    /// An index's points in a news page's lead are its news; a model's score in a test is not.
    func testAnIndexScoreInTheLead() {
        let context = TextContext(path: "t.html", reportYear: 2025, kind: .other)
        let e = FactExtractor().extract(text: "监测显示，全市16个区科技创新发展综合指数平均得分为71.2分，比上年提高1.8分。\n", context: context)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 71.2 }?.key, true)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 1.8 }?.key, true)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 16 }?.key, false)
        let test = FactExtractor().extract(text: "在第三方评测中，某模型以61分获得开源模型第一，发布企业研发投入12亿元。\n", context: context)
        XCTAssertEqual(test.facts.first { $0.quantity.value == 61 }?.key, false)
        XCTAssertEqual(test.facts.first { $0.quantity.value == 12 }?.key, true, "the lead's rule runs")
    }

    /// Held-out batch 26: a year's plan in Markdown (`…2026年工作要点`) states the year before's
    /// results, then its goals of the plan year itself; a blank line ends a Markdown paragraph,
    /// so the approval date above the results dates none of them. An institute named for its
    /// work (…纤维检验所) is the unit its title names. A speech under a slogan, whose subtitle
    /// names the 2026年工作会议, reviews 2025 and plans 2026.
    func testAYearsPlanInMarkdownAndASpeechUnderASlogan() throws {
        let dir = try Paths.temporaryDirectory()
        let plan = dir.appendingPathComponent("plan.md")
        try Data("""
        # 上海市某纤维检验所2026年工作要点

        > 沪纤检〔2026〕1号　2026年1月15日所长办公会审议通过

        2025年，全所完成纤维及纺织品检验检测样品8.62万批次，同比增长6.8%；实现检验检测收入2.35亿元。根据市科委有关通知要求，全所制定本要点。

        ## 一、主要目标

        - **检验检测**：全年完成检验检测样品9.2万批次以上，同比增长6.7%左右。

        """.utf8).write(to: plan)
        let doc = try Ingestor().load(path: plan.path)
        XCTAssertEqual(doc.year, 2026)
        XCTAssertEqual(doc.unit, "上海市某纤维检验所")
        let e = FactExtractor().extract(doc)[0]
        let cases: [(value: Double, year: Int, role: FactRole)] = [(8.62, 2025, .actual), (6.8, 2025, .change), (2.35, 2025, .actual),
                                                                  (9.2, 2026, .target), (6.7, 2026, .target)]
        for c in cases {
            let f = try XCTUnwrap(e.facts.first { $0.quantity.value == c.value }, "\(c.value)")
            XCTAssertEqual(f.year, c.year, "\(c.value): year")
            XCTAssertEqual(f.role, c.role, "\(c.value): role")
        }
        let speech = dir.appendingPathComponent("speech.txt")
        try Data("""
        坚定信心　守正创新　奋力开创检验检测事业新局面
        ——在上海市某检验研究院2026年工作会议上的讲话
        （2026年1月9日）
        同志们：
        今天我们召开2026年工作会议，总结2025年工作，部署2026年重点任务。
        一、充分肯定2025年取得的成绩
        过去的一年，全院完成检验检测报告32,468份，同比增长9.3%。
        三、扎实做好2026年各项工作
        新增检验项目不少于150项。

        """.utf8).write(to: speech)
        let s = try Ingestor().load(path: speech.path)
        XCTAssertEqual(s.year, 2025, "the year the speech reviews")
        let sf = FactExtractor().extract(s)[0].facts
        XCTAssertEqual(sf.first { $0.quantity.value == 32_468 }.map { [$0.year, $0.role] as [AnyHashable?] }, [2025, FactRole.actual])
        XCTAssertEqual(sf.first { $0.quantity.value == 150 }.map { [$0.year, $0.role] as [AnyHashable?] }, [2026, FactRole.target])
    }

    /// Held-out batches 28 and 29: a post's `1200+家` is over 1,200 and its emoji and arrows are
    /// no part of a name (↑ says 增长); a bound over a class of districts is no amount; an
    /// index on a base of 100 passes 100 and is a headline of its page's results, which come
    /// after an opening that only counts what the page is about; a fund's performance
    /// self-evaluation opens on its results.
    func testPostsNumbersBoundsIndexesAndAnEvaluationsOpening() throws {
        let post = FactExtractor().extract(text: "✅ 全年服务企业1200+家\n📈 园区企业营收同比↑12.5%\n“1+8”产业体系\n",
                                           context: TextContext(path: "t.json", reportYear: 2025, kind: .articleFeed))
        let served = try XCTUnwrap(post.facts.first { $0.quantity.value == 1200 })
        XCTAssertEqual([served.subject, served.quantity.measure], ["服务企业", "家"])
        XCTAssertEqual(served.quantity.qualifier, .over)
        XCTAssertEqual(post.facts.first { $0.quantity.value == 12.5 }?.subject, "园区企业营收同比增长")
        XCTAssertFalse(post.facts.contains { $0.quantity.value == 8 || $0.quantity.value == 1 && $0.quantity.measure.isEmpty }, "1+8 is a name")
        let page = FactExtractor().extract(text: """
            为客观反映各区科技创新发展水平，市统计局对全市16个区2025年度科技创新发展情况进行了综合评价。
            评价结果显示，2025年度上海市科技创新发展指数为326.4（以2015年为100），比上年提高19.8；各区综合指数平均得分为74.6分。全市技术合同成交额超过100亿元的区共12个。助力企业完成融资超45亿元。闵行区入选示范区。
            """, context: TextContext(path: "t.html", reportYear: 2025, kind: .other, title: "2025年度上海市各区科技创新发展指数评价结果"))
        let cases: [(value: Double, found: Bool, key: Bool)] = [(16, true, false), (326.4, true, true), (19.8, true, true), (74.6, true, true),
                                                                 (100, true, false), (12, true, false), (45, true, true)]
        for c in cases {
            let f = page.facts.first { $0.quantity.value == c.value }
            XCTAssertEqual(f != nil, c.found, "\(c.value): found")
            if let f { XCTAssertEqual(f.key, c.key, "\(c.value): key") }
        }
        XCTAssertEqual(page.facts.first { $0.quantity.value == 100 }?.category, .other, "a bound over the districts counted")
        XCTAssertEqual(page.facts.first { $0.quantity.value == 45 }?.category, .finance, "助力企业完成融资超45亿元。闵行区…: the bound names no class")
        let evaluation = FactExtractor().extract(text: "2025年度某区科技创新专项资金绩效自评报告\n一、项目概况\n2025年，该项目年初预算8,600万元，全年执行数8,342.5万元，预算执行率97.0%；全年支持项目326个，惠及企业284家。\n（二）预算安排情况\n",
                                                 context: TextContext(path: "t.docx", reportYear: 2025, kind: .budget, title: "2025年度某区科技创新专项资金绩效自评报告"))
        XCTAssertEqual(evaluation.facts.first { $0.quantity.value == 326 }?.key, true)
        XCTAssertEqual(evaluation.facts.first { $0.quantity.value == 8_342.5 }?.key, true)
    }

    /// A list put up for objections (held-out batch 27): what it proposes to honour is the
    /// selection made, not a goal, and its headline beside the lead; a grade's count is not.
    func testASelectionNoticesProposedHonours() throws {
        let text = """
        本届评选共受理申报86项，其中科学技术进步奖申报62项。
        经综合评审，拟表彰某区科学技术进步奖12项（一等奖2项、二等奖4项、三等奖6项），比2023年度的10项增加2项；拟表彰某区科技创新领军人才3名。
        """
        let context = TextContext(path: "t.html", reportYear: 2025, kind: .other, title: "关于2025年度某区科学技术奖拟表彰名单的公示")
        let e = FactExtractor().extract(text: text, context: context)
        let cases: [(value: Double, year: Int, role: FactRole, key: Bool)] = [
            (86, 2025, .actual, true), (12, 2025, .actual, true), (2, 2025, .actual, false), (6, 2025, .actual, false),
            (10, 2023, .baseline, false), (3, 2025, .actual, true),
        ]
        for c in cases {
            let f = try XCTUnwrap(e.facts.first { $0.quantity.value == c.value }, "\(c.value)")
            XCTAssertEqual(f.year, c.year, "\(c.value): year")
            XCTAssertEqual(f.role, c.role, "\(c.value): role")
            XCTAssertEqual(f.key, c.key, "\(c.value): key")
        }
    }

    /// A mid-term review of a plan (held-out batch 24): its title, broken over two centred
    /// lines, names a review, not the plan; its 预计 of the year is the year's estimate; a goal
    /// in brackets after 目标 is the goal, the share after it the part met this year; a base year
    /// named as such is the base; a date with its month dates what was done then.
    func testAMidTermReviewOfAPlan() throws {
        XCTAssertEqual(MetadataDetector.title(of: "      某区促进人工智能产业创新发展三年行动计划\n        （2024—2026年）中期评估报告\n      上海市某区科学技术委员会\n          2025年12月\n"),
                       "某区促进人工智能产业创新发展三年行动计划（2024—2026年）中期评估报告")
        XCTAssertEqual(MetadataDetector.title(of: "上海市软件评测中心2025年度社会责任报告\n上海市软件评测中心\n"), "上海市软件评测中心2025年度社会责任报告")
        let dir = try Paths.temporaryDirectory()
        let file = dir.appendingPathComponent("review.txt")
        let text = """
              某区促进人工智能产业创新发展三年行动计划
                （2024—2026年）中期评估报告
              上海市某区科学技术委员会
                     2025年12月
        一、评估背景
        2024年3月，区政府印发《三年行动计划》，部署18项重点任务。为掌握进展，区科委于2025年9月至11月开展中期评估，实地走访企业46家。
        二、总体评估结论
        预计2025年全区人工智能核心产业规模达到487.2亿元，同比增长12.6%，完成2026年目标（600亿元）的81.2%；人工智能企业数量达到352家，完成目标（400家）的88.0%。
        三、主要进展
        2024年全区人工智能核心产业规模为432.6亿元，2025年预计达到487.2亿元，较行动计划基期2023年的368.5亿元累计增长32.2%。
        """
        try Data(text.utf8).write(to: file)
        let doc = try Ingestor().load(path: file.path)
        XCTAssertEqual(doc.year, 2025, "the review's year, not the plan's first")
        let e = FactExtractor().extract(doc)[0]
        let cases: [(value: Double, line: Int, year: Int, role: FactRole, base: Int?, subject: String?, key: Bool?)] = [
            (46, 6, 2025, .actual, nil, nil, nil),
            (487.2, 8, 2025, .actual, nil, nil, true),
            (12.6, 8, 2025, .change, 2024, nil, true),
            (600, 8, 2026, .target, nil, nil, false),
            (81.2, 8, 2025, .share, nil, nil, true),
            (400, 8, 2026, .target, nil, "人工智能企业数量目标", false),
            (88, 8, 2025, .share, nil, "人工智能企业数量完成目标", true),
            (487.2, 10, 2025, .actual, nil, "全区人工智能核心产业规模", nil),
            (368.5, 10, 2023, .baseline, nil, "全区人工智能核心产业规模", nil),
            (32.2, 10, 2025, .change, 2023, "全区人工智能核心产业规模累计增长", nil),
        ]
        for c in cases {
            guard let f = e.facts.first(where: { $0.quantity.value == c.value && $0.provenance.line == c.line }) else { XCTFail("no figure \(c.value)"); continue }
            XCTAssertEqual(f.year, c.year, "\(c.value): year")
            XCTAssertEqual(f.role, c.role, "\(c.value): role")
            XCTAssertEqual(f.baseYear, c.base, "\(c.value): base year")
            if let subject = c.subject { XCTAssertEqual(f.subject, subject, "\(c.value)") }
            XCTAssertFalse(f.subject.unicodeScalars.contains { QuantityScanner.isDigit($0) }, "\(c.value): a number in its name \(f.subject)")
            if let key = c.key { XCTAssertEqual(f.key, key, "\(c.value): key") }
        }
    }

    /// A hotline's report (held-out batch 24): seconds are a measure; `上年为` binds its figure
    /// only; the city's average in brackets after 高于全市平均水平 is the city's, no headline of
    /// the district's, and the gap after it is the district's figure's; the count a share
    /// names (三类合计占…) is no total.
    func testAverageComparedSecondsAndTheCountOfAShare() {
        let text = """
        一、总体情况
        全年按时办结率99.3%，高于全市平均水平（98.9%）0.4个百分点；平均等待时长9.2秒，同比缩短1.6秒。
        市民满意率95.6%，上年为94.7%，全市平均水平为93.7%。
        城市管理类、住房物业类、交通出行类三类合计占全部工单50.9%。
        """
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, unit: "上海市青浦区城市运行管理中心", kind: .workSummary))
        let cases: [(value: Double, measure: String, subject: String?, year: Int, role: FactRole, key: Bool?)] = [
            (98.9, "%", "全市平均按时办结率", 2025, .actual, false),
            (0.4, "个百分点", "按时办结率高于全市平均水平", 2025, .change, nil),
            (9.2, "秒", "平均等待时长", 2025, .actual, nil),
            (1.6, "秒", nil, 2025, .change, nil),
            (94.7, "%", "市民满意率", 2024, .baseline, nil),
            (93.7, "%", nil, 2025, .actual, false),
            (3, "类", nil, 2025, .actual, false),
        ]
        for c in cases {
            guard let f = e.facts.first(where: { $0.quantity.value == c.value && $0.quantity.measure == c.measure }) else { XCTFail("no figure \(c.value)\(c.measure)"); continue }
            if let subject = c.subject { XCTAssertEqual(f.subject, subject, "\(c.value)") }
            XCTAssertEqual(f.year, c.year, "\(c.value): year")
            XCTAssertEqual(f.role, c.role, "\(c.value): role")
            if let key = c.key { XCTAssertEqual(f.key, key, "\(c.value): key") }
        }
    }

    /// A commendation (held-out batch 24): its headlines are whom it honours and the sums it
    /// pays, not the year's results its preamble recalls; the honoured are counted by the
    /// title they are given.
    func testACommendationsHeadlines() {
        let text = """
        2025年，全区技术合同成交额达到128.4亿元，同比增长11.6%；有效期内高新技术企业达到862家。
        一、授予区科委科技企业服务科等6个集体“2025年度某区科技创新工作先进集体”称号，授予周景行、林若曦2名同志“2025年度某区科技创新突出贡献奖”。
        二、对表现突出的北外滩街道办事处等3个单位予以通报表扬。
        三、对受表彰的先进集体每个给予奖励3万元，突出贡献奖获得者每人给予奖励10万元，以上奖励资金共计38万元。
        """
        let context = TextContext(path: "t.txt", reportYear: 2025, kind: .other, title: "某区科学技术委员会关于表彰2025年度某区科技创新工作先进集体和先进个人的决定")
        let e = FactExtractor().extract(text: text, context: context)
        let cases: [(value: Double, measure: String, subject: String?, key: Bool)] = [
            (128.4, "亿元", nil, false),
            (862, "家", nil, false),
            (6, "个", "2025年度某区科技创新工作先进集体", true),
            (2, "名", "2025年度某区科技创新突出贡献奖获得者", true),
            (3, "个", "通报表扬单位", true),
            (10, "万元", nil, false),
            (38, "万元", nil, true),
        ]
        for c in cases {
            guard let f = e.facts.first(where: { $0.quantity.value == c.value && $0.quantity.measure == c.measure }) else { XCTFail("no figure \(c.value)\(c.measure)"); continue }
            if let subject = c.subject { XCTAssertEqual(f.subject, subject, "\(c.value)") }
            XCTAssertEqual(f.key, c.key, "\(c.value)\(c.measure): key")
        }
        // 获得者 is the one who got the prize, no verb: what follows it is no title.
        XCTAssertEqual(e.honours.filter { $0.title.contains("给予奖励") }.map(\.title), [])
        // The same lines in a work summary keep its own rules.
        let summary = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .workSummary))
        XCTAssertEqual(summary.facts.first { $0.quantity.value == 128.4 }?.key, true)
    }

    /// A white paper named for the year it is published in reports the year before (held-out
    /// batch 25); a month's end written without its year is of the year written in once that
    /// month has passed, whatever year its paragraph opened with.
    func testAWhitePapersYearAndAMonthsEndWithoutItsYear() throws {
        let dir = try Paths.temporaryDirectory()
        let paper = dir.appendingPathComponent("paper.txt")
        try Data("上海市某产业发展白皮书（2025）\n\n第二章  产业发展总体情况\n2024年，全市某产业规模达到9,847.2亿元，同比增长5.6%（2023年为9,325.0亿元）。\n2024年，全市规模以上企业512家。\n预计到2027年，产业规模突破1.2万亿元。\n".utf8).write(to: paper)
        let doc = try Ingestor().load(path: paper.path)
        XCTAssertEqual(doc.year, 2024)
        var c = TextContext(path: "t.html", reportYear: 2025, relativeYear: 2025, kind: .other)
        c.publishedMonth = 10
        let text = "2024年，全市推动中小企业数字化转型18,600家。今年1—9月，全市新增推动中小企业数字化转型14,250家。截至9月底，全市累计推动中小企业数字化转型超过4.8万家。\n"
        let e = FactExtractor().extract(text: text, context: c)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 18600 }?.year, 2024)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 4.8 }?.year, 2025, "September's end before an October reply")
        c.publishedMonth = 1
        c.reportYear = 2024
        c.relativeYear = 2025
        let january = FactExtractor().extract(text: "截至12月底，全区累计认定高新技术企业1,286家。\n", context: c)
        XCTAssertEqual(january.facts.first { $0.quantity.value == 1286 }?.year, 2024, "December's end in a January text")
    }
}
