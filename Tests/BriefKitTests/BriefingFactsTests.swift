import Foundation
import XCTest
@testable import BriefKit

/// Briefings built from the facts a corpus keeps (`BriefingFacts`) are the briefings built
/// from every fact: the filter drops nothing a view reads.
final class BriefingFactsTests: XCTestCase {
    func testViewsAreTheSameFromRetainedFacts() throws {
        var documents: [Document] = []
        var all: [Extraction] = []
        for name in Paths.sampleNames {
            let doc = try Ingestor().load(path: Paths.sample(name))
            documents.append(doc)
            all += FactExtractor().extract(doc)
        }
        let kept = all.map(BriefingFacts.reduced)
        let dropped = zip(all, kept).reduce(0) { $0 + $1.0.facts.count - $1.1.facts.count }
        XCTAssertGreaterThan(dropped, 100, "the filter should drop the facts no briefing reads")

        let plan = BriefingPlan.plan(documents)
        XCTAssertFalse(plan.items.isEmpty)
        for (name, _, item) in plan.items {
            func view(_ extractions: [Extraction]) -> String {
                let model = ComparisonModel(extractions.filter { $0.article == nil })
                switch item {
                case let .annual(year):
                    return BriefingRenderer.json(AnnualView.build(year: year, model: model))
                case let .unit(unit):
                    return BriefingRenderer.json(UnitView.build(unit: unit, model: model))
                case let .diff(a, b):
                    let ea = extractions.first { $0.document == a && $0.article == nil }!
                    let eb = extractions.first { $0.document == b && $0.article == nil }!
                    return BriefingRenderer.json(DiffView.build(a: ea, b: eb, model: model, textA: "", textB: ""))
                case let .digest(feed):
                    return BriefingRenderer.json(DigestView.build(feed: feed, extractions: extractions.filter { $0.document == feed }, since: nil))
                }
            }
            XCTAssertEqual(view(kept), view(all), name)
        }
        // Every kind of briefing was compared.
        XCTAssertTrue(plan.items.contains { if case .annual = $0.2 { return true }; return false })
        XCTAssertTrue(plan.items.contains { if case .diff = $0.2 { return true }; return false })
        XCTAssertTrue(plan.items.contains { if case .digest = $0.2 { return true }; return false })
        XCTAssertTrue(plan.items.contains { if case .unit = $0.2 { return true }; return false })
    }
}

/// 要点 sentences: one per notable change, never the same figure and change twice.
final class AnnualSummaryTests: XCTestCase {
    func testAFigureAndItsChangeAreSaidOnce() {
        let q = Quantity(value: 547443, measure: "万元")
        let unit = AnnualSummary.Unit(name: "上海市科学技术委员会", rows: [],
                                      stated: [.init(name: "财政拨款收入", value: q, text: "较 2023 年预算增加 70,526 万元", weight: 14.8),
                                               .init(name: "财政拨款支出", value: q, text: "较 2023 年预算增加 70,526 万元", weight: 14.8),
                                               .init(name: "“三公”经费预算", value: Quantity(value: 1111.13, measure: "万元"),
                                                     text: "较 2023 年预算增加 229.88 万元", weight: 26.1)],
                                      honours: 0, newHonours: 0, conflicts: 0)
        let s = AnnualSummary.sentences([unit], year: 2024)
        XCTAssertEqual(s.count, 1)
        XCTAssertTrue(s[0].contains("“三公”经费预算"), s[0])
        XCTAssertEqual(s[0].components(separatedBy: "547,443").count - 1, 1, s[0])
    }
}

/// The change a briefing shows beside a figure is the one said of that figure.
final class StatedChangeTests: XCTestCase {
    func testEachItemOfARespectivelyListTakesItsOwnChange() throws {
        let text = "智能软件、研发服务产业分别实现区税13.19亿元、11.57亿元，同比增长13.51%、14.69%。"
        let facts = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2023, kind: .workSummary)).facts
        let second = try XCTUnwrap(facts.firstIndex { $0.quantity.value == 11.57 })
        XCTAssertEqual(ComparisonModel.statedChange(after: second, in: facts)?.quantity.value, 14.69)
        let first = try XCTUnwrap(facts.firstIndex { $0.quantity.value == 13.19 })
        // The first item's change stands after the second figure: none is shown rather than a wrong one.
        XCTAssertNotEqual(ComparisonModel.statedChange(after: first, in: facts)?.quantity.value, 14.69)
    }
}
