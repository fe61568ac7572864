import XCTest
@testable import BriefKit

/// Containers the samples do not have: WeChat's own API export, tables that pdftotext
/// -layout lays out with spaces, budget tables with empty rows. Expectations come from the
/// texts, not from Brief's output.
final class ExportShapesTests: XCTestCase {
    /// freepublish/batchget: one article per news item (`id_1`, `id_2`), dated by the Beijing
    /// day of create_time, its HTML body read a block per line.
    func testAWeChatFreepublishExportIsAFeed() throws {
        // 1735662600 is 2024-12-31 16:30 UTC: 00:30 on 2025-01-01 in Beijing.
        let json = #"""
        {"total_count": 2, "item_count": 1, "item": [{"article_id": "2_abc", "update_time": 1735662700,
         "content": {"create_time": 1735662600, "news_item": [
           {"title": "2024年上海跨境电商进出口额增长", "url": "https:\/\/mp.weixin.qq.com\/s\/x",
            "content": "<p><span>2024年，全市跨境电商进出口额2,865.4亿元，<\/span><span>同比增长28.6%。<\/span><\/p><p>新设外资企业6,015家&nbsp;。<\/p>"},
           {"title": "第二篇", "content": "<h3>会展业</h3><p>举办各类展会712个。<\/p>"}]}}]}
        """#
        let value = try JSONReader.parse(json, file: "feed.json")
        XCTAssertTrue(FeedReader.isFeed(value))
        let articles = try FeedReader.articles(from: value, file: "feed.json")
        XCTAssertEqual(articles.map(\.id), ["2_abc_1", "2_abc_2"])
        XCTAssertEqual(articles.first?.date, "2025-01-01", "the Beijing day, not the UTC one")
        XCTAssertEqual(articles.first?.url, "https://mp.weixin.qq.com/s/x")
        let body = articles.first?.content ?? ""
        XCTAssertFalse(body.contains("<"), body)
        XCTAssertTrue(body.contains("2024年，全市跨境电商进出口额2,865.4亿元，同比增长28.6%。"), body)
        XCTAssertTrue(body.contains("\n新设外资企业6,015家"), "each paragraph a line: \(body)")
        XCTAssertTrue(articles[1].content.contains("会展业\n举办各类展会712个。"), articles[1].content)
        // A create_time no clock reaches is no date, not a crash.
        XCTAssertNil(FeedReader.beijingDay("9223372036854775807"))
        XCTAssertEqual(FeedReader.beijingDay("0"), nil)
    }

    /// `{account, exported_at, items[]}` with ISO 8601 UTC times: each item dated by its Beijing day,
    /// published by the export's account unless it names its own.
    func testAnExportWithAnAccountAndUTCTimes() throws {
        let json = #"""
        {"account": {"name": "上海质量和标准化", "owner": "上海市质量和标准化研究院"}, "exported_at": "2026-03-02T10:15:06+08:00", "count": 3,
         "items": [{"id": "a", "title": "数说2025", "author": "质标院", "publish_at": "2025-12-31T16:05:00Z", "content": "<p>全年服务企业4,300余家。</p>"},
                   {"id": "b", "title": "通知", "author": "质标院", "publish_at": "2026-02-10T09:00:00+08:00", "content": "<p>通知。</p>"},
                   {"id": "c", "title": "转载", "source": "市场监管局", "publish_at": "2026-02-10T23:59:59.5-01:00", "content": "<p>转载。</p>"}]}
        """#
        let articles = try FeedReader.articles(from: try JSONReader.parse(json, file: "feed.json"), file: "feed.json")
        XCTAssertEqual(articles.map(\.date), ["2026-01-01", "2026-02-10", "2026-02-11"], "16:05 UTC on 31 December is New Year's Day in Beijing")
        XCTAssertEqual(articles.map(\.publisher), ["上海市质量和标准化研究院", "上海市质量和标准化研究院", "市场监管局"])
        // Times without a zone, and plain days, stay as written.
        XCTAssertEqual(FeedReader.day("2026-02-10 09:00"), "2026-02-10 09:00")
        XCTAssertEqual(FeedReader.day("2026-13-10T09:00:00Z"), "2026-13-10T09:00:00Z")
        XCTAssertEqual(FeedReader.day("1735662600"), "2025-01-01")
    }

    /// An API envelope around the list, camelCase names, times in milliseconds and bodies as
    /// arrays of paragraphs.
    func testAnAPIEnvelopeAndParagraphBodies() throws {
        let json = #"""
        {"code": 0, "msg": "ok", "data": {"total": 2, "accountName": "乐游上海", "list": [
          {"articleId": "a1", "title": "一季度接待入境游客236.8万人次", "pubTime": 1776322812000, "paragraphs": ["今年一季度，入境游持续升温。", "全市接待入境游客236.8万人次，同比增长29.8%。"]},
          {"articleId": "a2", "title": "通知", "publishTime": "2026-02-10T09:00:00+08:00", "contentText": "通知。"}]}}
        """#
        let articles = try FeedReader.articles(from: try JSONReader.parse(json, file: "feed.json"), file: "feed.json")
        XCTAssertEqual(articles.map(\.id), ["a1", "a2"])
        XCTAssertEqual(articles.first?.content, "今年一季度，入境游持续升温。\n全市接待入境游客236.8万人次，同比增长29.8%。", "a paragraph a line")
        XCTAssertEqual(articles.first?.date, "2026-04-16", "milliseconds since 1970, as the day in Beijing")
        XCTAssertEqual(articles.last?.date, "2026-02-10")
        XCTAssertEqual(articles.last?.content, "通知。")
    }

    /// A body under a name the field table lacks is the item's longest text; `body_html` by name.
    func testBodiesUnderOtherNames() throws {
        let json = #"""
        {"items": [
          {"id": "x1", "headline": "协会完成年度评估", "body_html": "<p>全年评估软件企业326家，同比增长11.3%。</p>", "published_at": "2025-12-18T10:00:00+08:00"},
          {"id": "x2", "headline": "通知", "source": "协会", "文章正文html": "<p>全年组织参展企业68家，展出面积2,400平方米，发布新产品136项。</p>"}]}
        """#
        let articles = try FeedReader.articles(from: try JSONReader.parse(json, file: "feed.json"), file: "feed.json")
        XCTAssertEqual(articles.map(\.title), ["协会完成年度评估", "通知"])
        XCTAssertTrue(articles[0].content.contains("326家"), articles[0].content)
        XCTAssertTrue(articles[1].content.contains("68家"), "the longest text field: \(articles[1].content)")
        XCTAssertEqual(articles[0].date, "2025-12-18")
        // A long link is no body; a field named like one comes first.
        let linked = #"{"items": [{"headline": "通知", "cover_image": "https://example.org/images/2025/12/a-very-long-path-to-a-cover-image-file.jpg", "摘要说明": "全年组织参展企业68家，展出面积2,400平方米，发布新产品136项，现场签约意向金额约4.6亿元。"}]}"#
        let l = try FeedReader.articles(from: try JSONReader.parse(linked, file: "feed.json"), file: "feed.json")
        XCTAssertTrue(l[0].content.contains("68家"), l[0].content)
    }

    /// An RSS feed turned to JSON: the channel's items, descriptions in CDATA or escaped HTML,
    /// RFC 822 dates as the day in Beijing.
    func testAnRSSFeedAsJSON() throws {
        let json = #"""
        {"rss": {"channel": {"title": "上海市科技创业中心", "item": [
          {"title": "半年工作", "guid": "g1", "pubDate": "Tue, 04 Nov 2025 09:30:00 +0800", "description": "<![CDATA[<p>上半年新增在孵企业1,326家。</p>]]>"},
          {"title": "回顾", "guid": "g2", "pubDate": "30 Sep 2025 17:30 GMT", "description": "&lt;p&gt;全年服务企业5,820家。&lt;/p&gt;"}]}}}
        """#
        let articles = try FeedReader.articles(from: try JSONReader.parse(json, file: "feed.json"), file: "feed.json")
        XCTAssertEqual(articles.map(\.id), ["g1", "g2"])
        XCTAssertEqual(articles.map(\.date), ["2025-11-04", "2025-10-01"], "17:30 GMT is the next day in Beijing")
        XCTAssertEqual(articles[0].content, "上半年新增在孵企业1,326家。")
        XCTAssertEqual(articles[1].content, "全年服务企业5,820家。")
        XCTAssertEqual(articles[0].publisher, "上海市科技创业中心")
    }

    /// A feed's account by its short name stands for the organisation its articles name.
    func testAnAccountStandsForItsOrganisation() throws {
        let dir = try Paths.temporaryDirectory()
        let file = dir.appendingPathComponent("feed.json")
        try Data(#"[{"title":"a","author":"上海知识产权","content":"上海市知识产权局发布数据，全年专利授权量12万件。上海市知识产权局办公室通知。","date":"2026-01-05"},{"title":"b","author":"上海知识产权","content":"市局举办活动30场。","date":"2026-01-06"}]"#.utf8).write(to: file)
        XCTAssertEqual(try Ingestor().load(path: file.path).unit, "上海市知识产权局")
    }

    /// JSON Lines: one article object a line; a bad line is an error at that line.
    func testJSONLinesFeeds() throws {
        let dir = try Paths.temporaryDirectory()
        let good = dir.appendingPathComponent("feed.jsonl"), bad = dir.appendingPathComponent("bad.ndjson")
        try Data("{\"title\":\"a\",\"content\":\"全年服务企业1,200家。\"}\n\n{\"title\":\"b\",\"content\":\"举办活动30场。\"}\n".utf8).write(to: good)
        try Data("{\"title\":\"a\",\"content\":\"x\"}\n{\"title\": bad}\n".utf8).write(to: bad)
        let doc = try Ingestor().load(path: good.path)
        XCTAssertEqual(doc.format, .feed)
        XCTAssertEqual(doc.articles.map(\.title), ["a", "b"])
        XCTAssertThrowsError(try Ingestor().load(path: bad.path)) { e in
            XCTAssertEqual((e as? BriefError)?.location?.line, 2, "\(e)")
        }
        XCTAssertTrue(Ingestor.documentExtensions.contains("jsonl"), "a folder walk picks them up")
    }

    /// A table laid out with spaces: each column's year dates its cells, the label's bracket
    /// gives the measure, and quotes keep the text as written.
    func testASpaceAlignedTableReadsByColumn() {
        let text = """
           表 1  2023—2025 年关键绩效指标

           指标                                   2023 年         2024 年         2025 年
           测评认证项目（项）                       2,712           2,939           3,186
           营业收入（亿元）                          2.86            3.08            3.27

        联系方式：上海市浦东新区张衡路1500号  邮编：201203  电话：021-50798800
        """
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .csrReport))
        func fact(_ v: Double) -> Fact? { e.facts.first { $0.quantity.value == v } }
        XCTAssertEqual(fact(2712)?.year, 2023)
        XCTAssertEqual(fact(2712)?.quantity.measure, "项")
        XCTAssertEqual(fact(3186)?.year, 2025)
        XCTAssertEqual(fact(3.08)?.quantity.measure, "亿元")
        XCTAssertEqual(fact(3.08)?.year, 2024)
        XCTAssertTrue(fact(2712)?.provenance.quote.contains("测评认证项目（项）                       2,712") ?? false,
                      fact(2712)?.provenance.quote ?? "")
        XCTAssertNil(fact(201203), "an address line is no table row")
        XCTAssertEqual(e.facts.filter { $0.quantity.value == 3186 }.count, 1, "rows are not joined as wrapped text")
    }

    /// A performance table laid out with spaces whose rows leave merged cells empty: each cell
    /// goes under the header it stands in (the target under 年度指标值, the result under 实际完成值),
    /// and a cell wrapped onto a second line finishes its label or its measure.
    func testASpacedTableWithEmptyLeadingCellsAndWrappedCells() {
        let text = """
          一级指标    二级指标          三级指标              年度指标值      实际完成值      分值  得分  偏差原因
          产出指标    数量指标          重点用能单位现场监察  ≥600家          628家           8     8
                                        能耗在线监测接入单位  ≥1,500户        1,536户         8     8
                      时效指标          监察报告出具时限      ≤15个工作日     12.6个工作日    6     6
                      成本指标          单家现场监察平均      ≤0.70万元       0.66万元        6     6
                                        成本
          效益指标    经济效益          推动实现节能量        ≥8万吨          8.46万吨        10    10
                                                              标准煤          标准煤
                      可持续影响        能耗在线监测平台      ≥99%            98.7%           10    9.0   三季度机房迁移，
                                        稳定运行率                                                        计划停机2次
          满意度指标  服务对象满意度    被监察单位            ≥90%            94.2%           10    10

        注：预算执行率95%（含）以上得满分。
        """
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .budget))
        func fact(_ v: Double, _ m: String) -> Fact? { e.facts.first { $0.quantity.value == v && $0.quantity.measure.hasSuffix(m) } }
        let expected: [(Double, String, FactRole, String)] = [
            (600, "家", .target, "重点用能单位现场监察"), (628, "家", .actual, "重点用能单位现场监察"),
            (1500, "户", .target, "能耗在线监测接入单位"), (1536, "户", .actual, "能耗在线监测接入单位"),
            (15, "个工作日", .target, "监察报告出具时限"), (12.6, "个工作日", .actual, "监察报告出具时限"),
            (0.7, "万元", .target, "单家现场监察平均成本"), (0.66, "万元", .actual, "单家现场监察平均成本"),
            (8, "万吨标准煤", .target, "推动实现节能量"), (8.46, "万吨标准煤", .actual, "推动实现节能量"),
            (99, "%", .target, "能耗在线监测平台稳定运行率"), (98.7, "%", .actual, "能耗在线监测平台稳定运行率"),
            (90, "%", .target, "被监察单位"), (94.2, "%", .actual, "被监察单位"),
        ]
        for (v, m, role, subject) in expected {
            guard let f = fact(v, m) else { XCTFail("no \(v)\(m): \(e.facts.map { "\($0.quantity.value)\($0.quantity.measure)" })"); continue }
            XCTAssertEqual(f.role, role, "\(v)\(m)")
            XCTAssertEqual(f.quantity.measure, m, "\(v)\(m)")
            XCTAssertTrue(f.subject.hasPrefix(subject), "\(v)\(m): \(f.subject)")
            XCTAssertTrue(f.provenance.quote.contains(m == "万吨标准煤" ? "万吨" : m), f.provenance.quote)
        }
    }

    /// A budget row with no amounts (—) is no header: the rows after it keep the 2024 column.
    func testARowOfDashesKeepsTheColumns() {
        let text = "表1　2025年部门财务收支预算总表\n单位：万元\n项目\t2024年执行数\t2025年预算数\t增减率（%）\n"
            + "一、一般公共预算拨款收入\t118,642.35\t131,208.60\t10.6\n二、政府性基金拨款收入\t—\t—\t—\n四、事业收入\t6,215.40\t5,386.20\t-13.3\n"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .budget))
        XCTAssertEqual(e.facts.first { $0.quantity.value == 6215.4 }?.year, 2024)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 5386.2 }?.year, 2025)
    }

    /// A final-accounts table: the unit declared after 编制单位 on the same line, its total
    /// named 支出决算 (not 预算), and the total row's 基本支出 and 项目支出 headlines of their own.
    func testAFinalAccountsTableNamesItsTotals() {
        let text = "表2　2024年度支出决算表\n编制单位：上海市长宁区科学技术委员会\t单位：万元\n项目\t本年支出合计\t基本支出\t项目支出\n"
            + "合计\t10,587.93\t2,702.15\t7,885.78\n"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2024, kind: .budget))
        func fact(_ v: Double) -> Fact? { e.facts.first { $0.quantity.value == v } }
        XCTAssertEqual(fact(10587.93)?.quantity.measure, "万元", "the second 单位： of the line")
        XCTAssertEqual(fact(10587.93)?.subject, "支出决算")
        XCTAssertEqual(fact(2702.15)?.key, true)
        XCTAssertEqual(fact(2702.15)?.category, .finance)
    }

    /// A rate per head the catalog reports (每万人口高价值发明专利拥有量) is a headline; other
    /// 每 rates stay details.
    func testAHeadlineRatePerHead() {
        let text = "2024年，全区每万人口高价值发明专利拥有量达到56.7件。每场活动平均参与120人次。"
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2024, kind: .workSummary))
        XCTAssertEqual(e.facts.first { $0.quantity.value == 56.7 }?.key, true)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 120 }?.key, false)
    }
}
