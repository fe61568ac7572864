import XCTest
@testable import BriefKit

/// A statistics page's data-API JSON: read as the table it holds. The expectations are the
/// figures a reader takes from the records, not Brief's output.
final class JSONDataTableTests: XCTestCase {
    static let answer = """
    {"code": 0, "msg": "success",
     "data": {"title": "2024年1-6月某区规模以上工业主要指标", "unit": "亿元",
              "columns": ["指标名称", "1-6月累计", "同比增长（%）"],
              "rows": [
                {"name": "规模以上工业总产值", "value": "2,506.40", "yoy": "4.1", "level": 0},
                {"name": "其中：汽车制造业", "value": "1,203.00", "yoy": "-2.5", "level": 1},
                {"name": "产品销售率", "value": "98.2", "unit": "%", "yoy": "0.4", "yoy_unit": "百分点", "level": 0},
                {"name": "规模以上工业企业数", "value": "612", "unit": "家", "yoy": "", "level": 0}
              ],
              "source": "上海市某区统计局", "pageSize": 20, "total": 4},
     "prev": {"title": "2024年1-5月某区规模以上工业主要指标"},
     "updated": "2024-07-20 09:00:00", "ts": 1721437200000}
    """

    func document(_ json: String) throws -> Document {
        try Ingestor().analyse(text: json, path: "api.json")
    }

    func testTheRecordsAreReadAsATableWithTheirUnits() throws {
        let doc = try document(Self.answer)
        XCTAssertEqual(doc.format, .dataTable)
        XCTAssertEqual(doc.year, 2024)
        XCTAssertEqual(doc.published, "2024-07-20")
        let facts = FactExtractor().extract(doc).flatMap(\.facts)
        func fact(_ value: Double, _ measure: String) -> Fact? {
            facts.first { $0.quantity.value == value && $0.quantity.measure == measure }
        }
        let cases: [(value: Double, measure: String, subject: String, role: FactRole)] = [
            (2506.4, "亿元", "规模以上工业总产值", .actual),
            (4.1, "%", "规模以上工业总产值", .change),
            (1203, "亿元", "汽车制造业", .actual),
            (-2.5, "%", "汽车制造业", .change),
            // A record's own unit, and its change in percentage points.
            (98.2, "%", "产品销售率", .actual),
            (0.4, "个百分点", "产品销售率", .change),
            (612, "家", "规模以上工业企业数", .actual),
        ]
        for c in cases {
            guard let f = fact(c.value, c.measure) else { XCTFail("no \(c.value) \(c.measure)"); continue }
            XCTAssertTrue(f.subject.hasPrefix(c.subject), "\(c.value): \(f.subject)")
            XCTAssertEqual(f.role, c.role, "\(c.value)")
            XCTAssertEqual(f.year, 2024, "\(c.value)")
        }
        // The total's amount is the table's headline, as the table of a budget's is.
        XCTAssertEqual(fact(2506.4, "亿元")?.key, true)
        // Bookkeeping is no figure: the level, the page size, the timestamp, an empty growth.
        XCTAssertNil(facts.first { $0.quantity.value == 20 || $0.quantity.value == 1_721_437_200_000 })
        XCTAssertEqual(facts.filter { $0.subject.hasPrefix("规模以上工业企业数") }.count, 1)
    }

    func testWithoutColumnsTheFieldNamesHeadTheTable() throws {
        let json = #"{"list": [{"指标": "技术合同成交额", "value": 186.5, "yoy": 12.3}, {"指标": "高新技术企业", "value": 1320, "yoy": 8.0, "unit": "家"}], "unit": "亿元"}"#
        let facts = FactExtractor().extract(try document(json)).flatMap(\.facts)
        XCTAssertEqual(facts.first { $0.quantity.value == 186.5 }?.quantity.measure, "亿元")
        XCTAssertEqual(facts.first { $0.quantity.value == 12.3 }?.role, .change)
        XCTAssertEqual(facts.first { $0.quantity.value == 1320 }?.quantity.measure, "家")
        // A growth rate beside a count of 家 is a rate, not a count.
        XCTAssertEqual(facts.first { $0.quantity.value == 8 }?.quantity.measure, "%")
    }

    func testRecordsWrittenAsArraysUnderAHeader() throws {
        let json = #"{"result": {"title": "2023年某区科技创新主要指标", "unit": "亿元", "header": ["指标", "本期", "同比增长（%）"], "data": [["技术合同成交额", "186.50", "12.3"], ["全社会研发投入", "95.2", "-1.5"]]}}"#
        let doc = try document(json)
        XCTAssertEqual(doc.year, 2023)
        let facts = FactExtractor().extract(doc).flatMap(\.facts)
        XCTAssertEqual(facts.first { $0.quantity.value == 186.5 }?.subject, "技术合同成交额")
        XCTAssertEqual(facts.first { $0.quantity.value == 186.5 }?.quantity.measure, "亿元")
        XCTAssertEqual(facts.first { $0.quantity.value == -1.5 }?.role, .change)
        XCTAssertEqual(facts.first { $0.quantity.value == 95.2 }?.subject, "全社会研发投入")
    }

    /// Records named by `title` are no articles when none has a body.
    func testRecordsNamedByTitleAreATableNotAFeed() throws {
        let json = #"{"data": {"unit": "家", "list": [{"title": "高新技术企业", "value": "1,320"}, {"title": "科技小巨人企业", "value": "86"}]}}"#
        let doc = try document(json)
        XCTAssertEqual(doc.format, .dataTable)
        XCTAssertEqual(FactExtractor().extract(doc).flatMap(\.facts).first { $0.quantity.value == 1320 }?.quantity.measure, "家")
        let feed = #"[{"title": "全区新增高新技术企业120家", "content": "2024年，全区新增高新技术企业120家。", "value": "3"}, {"title": "b", "content": "c", "value": "4"}]"#
        XCTAssertEqual(try document(feed).format, .feed)
    }

    func testJSONWithNeitherArticlesNorRecordsIsAnErrorSayingWhatIsExpected() {
        XCTAssertThrowsError(try document(#"{"code": 0, "data": {"name": "x", "values": [1, 2, 3]}}"#)) { error in
            let e = error as? BriefError
            XCTAssertEqual(e?.location?.file, "api.json")
            XCTAssertTrue(e?.message.contains("data table") == true, e?.message ?? "")
        }
    }
}
