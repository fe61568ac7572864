import XCTest
@testable import BriefKit

/// Documents in the styles of held-out batches 38 and 39: a slide deck's outline, a
/// congress's inspection report, a five-year plan's draft, a programme's announcement.
/// Each check was written from the sentence, and seen to fail before its rule.
final class OutlinesAndReviewsTests: XCTestCase {
    private func extract(_ text: String, year: Int? = 2025, kind: DocumentKind = .other, unit: String? = nil, title: String? = nil) -> Extraction {
        FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: year, unit: unit, kind: kind, title: title))
    }

    /// A table's header row (`指标	2019年	2020年…`) or caption is no title that dates a page:
    /// an inspection of 2023 published in January 2024 reports on 2023.
    func testATablesHeaderIsNoTitle() {
        let head = "关于检查《上海市科学技术进步条例》实施情况的报告\n首页 > 常委会工作\n主任、各位副主任：\n表1　2019—2023年本市科技创新主要指标\n指标\t2019年\t2020年\t2023年\n全社会研发经费支出（亿元）\t1524.6\t1615.7\t2049.6\n2023年，全市全社会研发经费支出2,049.6亿元。2023年，全市技术合同成交额4,850.2亿元。\n"
        XCTAssertEqual(MetadataDetector.inferredYear(of: head, published: "2024-01-19").year, 2023)
        XCTAssertTrue(MetadataDetector.isTablePart("表 2 主要指标"))
        XCTAssertFalse(MetadataDetector.isTablePart("表彰大会召开"))
    }

    /// A slide's bullets are items of their own, never one wrapped sentence; the subject of a
    /// change after an arrow is the figure before's.
    func testASlidesBulletsAreItemsOfTheirOwn() {
        let e = extract("第3页 年度概览\n· 服务科技企业 1286家 ↑12.4%（2024年 1144家）\n· 有效期内高企 1035家 净增86家\n")
        XCTAssertEqual(e.facts.first { $0.quantity.value == 1035 }?.subject, "有效期内高企")
        XCTAssertEqual(e.facts.first { $0.quantity.value == 1144 }?.subject, "服务科技企业")
        XCTAssertEqual(e.facts.first { $0.quantity.value == 12.4 }?.subject, "服务科技企业增长")
    }

    /// Under a slide titled 荣誉, `recipient：title` bullets are honours, a designation at a
    /// level as much as a titled award; a PDF's page footer (第3页 共10页) opens no section.
    func testHonoursOnASlide() {
        let e = extract("P7 荣誉\n· 区科委：2025年度上海市科普工作先进集体\n· 外滩智谷：国家级科技企业孵化器（科技部，2025年）\n· 3家企业：2025年度上海市科技小巨人企业\n", unit: "上海市黄浦区科学技术委员会")
        let incubator = e.honours.first { $0.title == "国家级科技企业孵化器" }
        XCTAssertEqual(incubator?.recipient, "外滩智谷")
        XCTAssertEqual(incubator?.issuer, "科技部")
        XCTAssertEqual(incubator?.level, .national)
        XCTAssertEqual(e.honours.first { $0.title.hasSuffix("科技小巨人企业") }?.recipient, "3家企业")
        XCTAssertNil(SectionContext.heading(Array("第3页 共10页".unicodeScalars)))
        XCTAssertNotNil(SectionContext.heading(Array("第8页 2026年目标".unicodeScalars)))
        XCTAssertNotNil(SectionContext.heading(Array("第 8 页 2026 年目标".unicodeScalars)))
        XCTAssertNil(SectionContext.heading(Array("第 3 页 共 10 页".unicodeScalars)))
    }

    /// `授予A等10人“T”称号`: the honour goes to A等10人, and the count is of its holders; a
    /// prize named for the nation is national, but not its leg held in the city; a count
    /// before a quoted name that is no title (30位“小小科学探秘家”) names no honour.
    func testTitlesGrantedToPeople() {
        let e = extract("经上海市科学技术委员会审定，授予张明远等10人“2024年度上海市科技精英”称号，授予李晓雯等10人“2024年度上海市科技精英提名奖”。本市3名青年科学家获得第十八届“中国青年科技奖”。", year: 2024)
        XCTAssertEqual(e.honours.first { $0.title == "2024年度上海市科技精英" }?.recipient, "张明远等10人")
        XCTAssertEqual(e.honours.first { $0.title == "2024年度上海市科技精英提名奖" }?.recipient, "李晓雯等10人")
        XCTAssertEqual(e.facts.first { $0.quantity.value == 10 }?.subject, "2024年度上海市科技精英")
        XCTAssertEqual(HonourExtractor.level(of: "第十八届中国青年科技奖"), .national)
        XCTAssertEqual(HonourExtractor.level(of: "第八届中国创新挑战赛（上海）优秀组织奖"), .municipal)
        let talk = extract("中心的业务骨干向30位“小小科学探秘家”介绍区块链。", year: 2021)
        XCTAssertNotEqual(talk.facts.first { $0.quantity.value == 30 }?.subject, "小小科学探秘家")
    }

    /// A change over a five-year plan's years is the figure before's (有效发明专利拥有量“十四五”
    /// 期间年均增长), and the earlier value after it in brackets is that figure's too; a
    /// public institution's class (公益二类) is no count.
    func testChangesOverAPlansYears() {
        let e = extract("有效发明专利拥有量达到28.5万件，“十四五”期间年均增长13.5%（2020年为15.1万件）；上海软信测评中心是上海市科学技术委员会所属公益二类事业单位。")
        XCTAssertEqual(e.facts.first { $0.quantity.value == 13.5 }?.subject, "有效发明专利拥有量“十四五”期间年均增长")
        let earlier = e.facts.first { $0.quantity.value == 15.1 }
        XCTAssertEqual(earlier?.subject, "有效发明专利拥有量")
        XCTAssertEqual(earlier?.year, 2020)
        XCTAssertFalse(e.facts.contains { $0.quantity.value == 2 })
        XCTAssertEqual(SectionContext.fiveYearPlanEnd(Array("“十四五”规划".unicodeScalars)), 2025)
        XCTAssertNil(SectionContext.planSpanEnd(ofTitle: "推进新型工业化，“十五五”规划座谈会召开"))
    }

    /// A year written digit by digit in numerals (二〇二三年) is a year: of the title, of a
    /// heading that plans the next, of a signed date with its month and day; its quote
    /// keeps it as written. A run of numerals that is no year (一二三四) stays no year.
    func testYearsWrittenInNumerals() {
        XCTAssertEqual(MetadataDetector.kindAndYear(of: "上海市公共检验检测服务中心二〇二三年工作总结\n\n正文。").1, 2023)
        XCTAssertEqual(MetadataDetector.parseDateLine("二〇二四年一月十二日"), "2024-01-12")
        XCTAssertNil(ChineseNumerals.foldingYears(Array("一二三四年".unicodeScalars)))
        let e = extract("二〇二三年，全年完成检验检测样品四万二千六百批次。\n三、二〇二四年工作打算\n力争完成检验检测样品四万五千批次以上。\n", year: 2023, kind: .workSummary)
        let plan = e.facts.first { $0.quantity.value == 45000 }
        XCTAssertEqual(plan?.year, 2024)
        XCTAssertEqual(plan?.role, .target)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 42600 }?.provenance.quote.hasPrefix("二〇二三年"), true)
    }

    /// A 表彰名单 of organisations signs nothing; a page's <title> names its site last; a
    /// page on a meeting that commends the year before is that year's; the year after who
    /// says it (李明华强调，2026年是…) dates what follows.
    func testACommendationPage() throws {
        let html = """
        <html><head><meta charset="utf-8"><title>2026年虹口区科技创新大会召开_虹口要闻_上海市虹口区人民政府</title></head><body>
        <h1>2026年虹口区科技创新大会召开 表彰2025年度科技创新先进集体和先进个人</h1>
        <p>发布日期：2026-02-27</p>
        <p>李明华在讲话中指出，2025年，全区有效期内高新技术企业达到1,268家。</p>
        <p>李明华强调，2026年是“十五五”开局之年，要围绕科创产业体系，力争全年有效期内高新技术企业突破1,400家。</p>
        <p>二、2025年度虹口区科技创新先进集体（3个）</p>
        <ul><li>上海北外滩数智科技有限公司</li><li>上海九州通量子信息技术有限公司</li><li>上海七弦生物医药有限公司</li></ul>
        </body></html>
        """
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("page.html")
        try Data(html.utf8).write(to: url)
        let doc = try Ingestor().load(path: url.path)
        XCTAssertEqual(doc.unit, "上海市虹口区人民政府")
        XCTAssertEqual(doc.year, 2025)
        let e = FactExtractor().extract(doc)
        XCTAssertEqual(e.flatMap(\.facts).first { $0.quantity.value == 1400 }?.year, 2026)
    }

    /// One name on a cover, a running head and a signature signs the document however often
    /// it is written; three different names in a row are a list.
    func testARepeatedNameSignsAListDoesNot() {
        let cover = "上海市青松检测服务中心\n2025 年社会责任报告\n上海市青松检测服务中心\n目 录\n1. 概况\n上海市青松检测服务中心\n中心全年服务企业1,286家。\n"
        XCTAssertEqual(UnitDetector.unit(of: cover, kind: .csrReport, registry: .builtIn), "上海市青松检测服务中心")
        let list = "上海市虹口区科学技术委员会召开大会，上海市虹口区科学技术委员会主任讲话。\n表彰名单\n上海北外滩数智科技有限公司\n上海九州通量子信息技术有限公司\n上海七弦生物医药有限公司\n"
        XCTAssertEqual(UnitDetector.unit(of: list, kind: .other, registry: .builtIn), "上海市虹口区科学技术委员会")
    }

    /// An incubator or a service platform reports on itself by its name; a body named after
    /// it (…孵化器管理有限公司) keeps its whole name.
    func testAnIncubatorIsAUnit() {
        let text = "# 上海宝山智造谷科技企业孵化器2025年度运营报告\n\n2025年，上海宝山智造谷科技企业孵化器在孵企业达到186家，获评上海市科学技术委员会认定的市级孵化器。\n"
        XCTAssertEqual(UnitDetector.unit(of: text, kind: .other, registry: .builtIn), "上海宝山智造谷科技企业孵化器")
        XCTAssertEqual(UnitDetector.orgs(in: Array("上海嘉定新微创源孵化器管理有限公司".unicodeScalars)), ["上海嘉定新微创源孵化器管理有限公司"])
    }

    /// A bulletin's `本月` column beside `1—11月累计` holds one month's figures: named so, and
    /// no headline; the cumulative column's are.
    func testAMonthColumnBesideTheYearSoFar() {
        let e = extract("指标\t本月\t1—11月累计\t同比增长（%）\n技术合同成交额（亿元）\t18.4\t205.7\t12.6\n", kind: .other)
        let month = e.facts.first { $0.quantity.value == 18.4 }
        XCTAssertEqual(month?.subject, "技术合同成交额（本月）")
        XCTAssertEqual(month?.key, false)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 205.7 }?.subject, "技术合同成交额")
        XCTAssertTrue(TableLayout.isOneMonth("11月"))
        XCTAssertFalse(TableLayout.isOneMonth("1—11月"))
    }

    /// A foundation is an organisation (上海市科学技术普及基金会); a Markdown front matter's
    /// `title:` key is no part of the name its title line gives.
    func testAFoundationAndAFrontMattersTitle() {
        let report = "上海市科学技术普及基金会2025年度工作报告\n2025年，基金会全年实施科普公益项目128项。\n"
        XCTAssertEqual(UnitDetector.unit(of: report, kind: .workSummary, registry: .builtIn), "上海市科学技术普及基金会")
        XCTAssertEqual(UnitDetector.titleOrg("title: 上海华鉴软件测评技术有限公司2024年社会责任报告"), "上海华鉴软件测评技术有限公司")
    }
}
