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
