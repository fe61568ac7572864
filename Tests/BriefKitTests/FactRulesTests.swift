import XCTest
@testable import BriefKit

/// The rules that decide a figure's category and whether it is a headline, case by case.
/// Expected answers are read off the rules' wording, not the program's output.
final class FactRulesTests: XCTestCase {
    /// A limit a rule sets and the bound of a class of things are no amounts of any category;
    /// 场次 is a measure of its own; the titles listed under 往期推荐 are other articles'.
    func testLimitsClassesAndRelatedLinks() {
        let cases: [(text: String, value: Double, measure: String, other: Bool)] = [
            ("单户贷款额度最高1,000万元，期限一年。", 1000, "万元", true),
            ("单家企业年度最高可申领30万元。", 30, "万元", true),
            ("单位价值50万元以上通用设备12台。", 50, "万元", true),
            ("其中原值50万元以上的设施占62%。", 50, "万元", true),
            ("全年发放贷款1,000万元。", 1000, "万元", false),
            ("全年举办各类科普活动2,860场次。", 2860, "场次", false),
        ]
        for c in cases {
            let e = FactExtractor().extract(text: c.text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .workSummary))
            guard let f = e.facts.first(where: { $0.quantity.value == c.value }) else { XCTFail("no figure in \(c.text)"); continue }
            XCTAssertEqual(f.quantity.measure, c.measure, c.text)
            XCTAssertEqual(f.category == .other, c.other, c.text)
            if c.other { XCTAssertFalse(f.key, c.text) }
        }
        let page = "全年服务企业1,260家。\n往期推荐\n政银企对接会走进金山，现场签约18.6亿元\n一图读懂2026年服务券\n"
        let e = FactExtractor().extract(text: page, context: TextContext(path: "t.html", reportYear: 2025, kind: .other))
        XCTAssertEqual(e.facts.map(\.quantity.value), [1260], "a linked title's 18.6亿元 is another article's")
        let joined = FactExtractor().extract(text: "全年服务企业1,260家。\n往期推荐\n一图读懂｜2026年中小企业服务券申领指南与常见问题解答政银企对接会走进金山，现场签约18.6亿元\n",
                                             context: TextContext(path: "t.html", reportYear: 2025, kind: .other))
        XCTAssertEqual(joined.facts.map(\.quantity.value), [1260], "two titles run into one line are still links")
    }

    /// Why a figure is a detail: a modest cost line item, a rate per period or item, a
    /// target quoted from another document; nil for an ordinary figure.
    func testDetailReasons() {
        let cases: [(subject: String, value: Double, measure: String, sentence: String, expected: String?)] = [
            ("会议费", 12, "万元", "会议费", "cost line item"),
            ("培训费用", 30.5, "万元", "其中培训费用", "cost line item"),
            ("会议费", 150, "万元", "会议费", nil),                       // 1.5 million 元: no modest line item
            ("会议费", 5, "次", "会议费", nil),                          // not money
            ("每季度走访企业", 3, "次", "每季度走访企业", "rate per period or item"),
            ("走访企业", 3, "次", "坚持每", "rate per period or item"),     // 每 just before the figure
            ("设备单价", 2, "万元", "设备单价", "rate per period or item"),
            ("走访企业", 3, "次", "每月走访企业", nil),                   // 每 earlier, not before the figure
            ("研发投入", 3, "%", "《规划》提出研发投入", "target quoted from another document"),
            ("服务企业", 500, "家", "《方案》要求服务企业", "target quoted from another document"),
            ("服务企业", 500, "家", "根据《方案》，服务企业", nil),          // 》 not followed by its verb
            ("服务企业", 500, "家", "《方案》提", nil),                     // the verb cut off at the figure
            ("服务企业", 2599, "家", "全年服务企业", nil),
        ]
        for c in cases {
            let sentence = Array(c.sentence.unicodeScalars)
            // A slice that does not start at 0, as the line scanner hands over.
            let padded = Array("前文。".unicodeScalars) + sentence
            let slice = padded[3...]
            let got = FactExtractor.detailReason(subject: c.subject, quantity: Quantity(value: c.value, measure: c.measure),
                                                 sentence: slice)
            XCTAssertEqual(got, c.expected, "\(c.subject) | \(c.sentence)")
        }
    }
}

extension FactRulesTests {
    /// The loose category match: the first metric, in catalog order, with one of its
    /// patterns anywhere in the subject and the measure among its measures.
    func testCategoryForSubjectFollowsCatalogOrder() {
        let catalog = MetricCatalog(metrics: [
            .init(id: "a", name: "A", category: .service, key: true, patterns: ["服务企业", "服务"], measures: ["家"]),
            .init(id: "b", name: "B", category: .satisfaction, key: true, patterns: ["满意度"], measures: nil),
            .init(id: "c", name: "C", category: .finance, key: true, patterns: ["服务收入", "企业"], measures: ["万元"]),
            .init(id: "d", name: "D", category: .people, key: false, patterns: ["企业"], measures: ["家", "人"]),
        ])
        let cases: [(subject: String, measure: String, expected: FactCategory?)] = [
            ("全年服务企业", "家", .service),          // a's pattern, a's measure
            ("全年服务企业", "万元", .finance),        // a's measure fails; c has 企业
            ("全年服务企业", "人", .people),           // only d takes 人
            ("技术服务收入", "万元", .finance),        // 服务 (a) is there but a wants 家
            ("客户满意度指数", "%", .satisfaction),    // b takes any measure
            ("客户满意度指数", "", .satisfaction),
            ("参与单位", "家", nil),                   // no pattern anywhere
            ("企", "家", nil),                          // a pattern cut short
            ("", "家", nil),
        ]
        for c in cases {
            XCTAssertEqual(catalog.category(forSubject: c.subject, measure: c.measure), c.expected, "\(c.subject) \(c.measure)")
        }
    }
}

extension FactRulesTests {
    /// Money is a currency after an optional scale word (元, 万元, 亿美元, 万亿元), and
    /// nothing else: the rule `folded` states, asked of each measure.
    func testMoneyMeasures() {
        let money = ["元", "万元", "亿元", "万亿元", "美元", "亿美元", "万欧元", "港元", "日元", "英镑", "万英镑"]
        let notMoney = ["", "万", "亿", "万亿", "项", "元次", "万万元", "千元", "人民币", "%", "千瓦时", "镑", "万人次", "亿千瓦时"]
        for m in money { XCTAssertTrue(Quantity(value: 1, measure: m).isMoney, m) }
        for m in notMoney { XCTAssertFalse(Quantity(value: 1, measure: m).isMoney, m) }
        for m in money + notMoney {
            let currencies = ["元", "美元", "欧元", "港元", "日元", "英镑"]
            XCTAssertEqual(Quantity(value: 1, measure: m).isMoney, currencies.contains(Quantity(value: 1, measure: m).folded.measure), m)
        }
        XCTAssertTrue(Quantity(value: 1, measure: "个百分点").isRate)
        XCTAssertTrue(Quantity(value: 1, measure: "%").isRate)
        XCTAssertFalse(Quantity(value: 1, measure: "百分点").isRate)
        XCTAssertTrue(Quantity(value: 1, measure: "万亿").isBareScale)
        XCTAssertFalse(Quantity(value: 1, measure: "万元").isBareScale)
    }
}
