import Foundation
import XCTest
@testable import BriefKit

/// The extraction acceptance test: recall and precision against shared/gold per sample.
final class ExtractionGoldTests: XCTestCase {
    func testRecallAndPrecisionAgainstGold() throws {
        var report = ""
        var totals = GoldScore(name: "all samples")
        for name in Paths.sampleNames {
            let s = try GoldEvaluation.score(sample: name)
            report += s.line + "\n"
            totals.goldFacts += s.goldFacts; totals.matchedFacts += s.matchedFacts
            totals.goldKey += s.goldKey; totals.matchedKey += s.matchedKey
            totals.categorised += s.categorised; totals.categorisedMatched += s.categorisedMatched
            totals.goldHonours += s.goldHonours; totals.matchedHonours += s.matchedHonours
            if ProcessInfo.processInfo.environment["BRIEF_SHOW_MISSES"] != nil {
                report += s.missed.map { "  missed: \($0)\n" }.joined()
                report += s.wrongCategorised.map { "  unmatched categorised: \($0)\n" }.joined()
            }
        }
        report += totals.line + "\n"
        print(report)
        if let path = ProcessInfo.processInfo.environment["BRIEF_GOLD_REPORT"] {
            try report.write(toFile: path, atomically: true, encoding: .utf8)
        }
        XCTAssertGreaterThanOrEqual(totals.keyRecall, 0.95, "key-fact recall")
        XCTAssertGreaterThanOrEqual(totals.recall, 0.85, "fact recall")
        XCTAssertGreaterThanOrEqual(totals.honourRecall, 0.9, "honour recall")
        XCTAssertGreaterThanOrEqual(totals.precision, 0.9, "categorised precision")
    }
}
