import XCTest
@testable import BriefKit

/// A number is reported only when a double holds it exactly as written; anything longer is
/// skipped with its reason (shown in the audit view), never rounded, trapped on or shown as 0.
final class ExactNumberTests: XCTestCase {
    func extract(_ text: String) -> Extraction {
        FactExtractor().extract(text: text, path: "t.txt", article: nil, reportYear: 2023)
    }

    func testStackedChineseMultipliersAreSkippedNotTrapped() {
        // 一千万亿亿 is 10²³: converting it to Int trapped (signal 4) and stopped the run.
        for text in ["满意度达到百分之一千万亿亿点五。", "投入一千万亿亿元。", "服务一千万亿亿家企业。",
                     "覆盖率百分之" + String(repeating: "亿", count: 60) + "。", "达到百分之一点" + String(repeating: "五", count: 40) + "。"] {
            let e = extract(text)
            XCTAssertTrue(e.facts.isEmpty, "\(text): \(e.facts.map(\.quantity.value))")
            XCTAssertTrue(e.skipped.contains { $0.reason.contains("exactly") }, "\(text): \(e.skipped.map(\.reason))")
        }
    }

    func testLongDigitRunsAreSkippedWithTheirReasonNotReportedAsZero() {
        let long = String(repeating: "9", count: 400)
        for text in ["服务企业 \(long) 家。", "客户满意率为 \(long)%。", "满意度百分之 \(long)。", "收入 1\(String(repeating: "0", count: 20)) 元。",
                     "比例为 0.\(String(repeating: "3", count: 30))%。"] {
            let e = extract(text)
            XCTAssertTrue(e.facts.isEmpty, "\(text): \(e.facts.map { NumberFormatting.plain($0.quantity.value) })")
            let skip = e.skipped.first { $0.reason.contains("exactly") }
            XCTAssertNotNil(skip, "\(text): \(e.skipped.map(\.reason))")
        }
        // Fifteen significant digits still read, leading zeros not counted.
        XCTAssertEqual(extract("收入 123456789012345 元。").facts.first?.quantity.value, 123_456_789_012_345)
        XCTAssertEqual(extract("占比 0.000123456789012345%。").facts.first?.quantity.value, 0.000123456789012345)
    }

    func testLongNumbersInTableCellsAreSkipped() {
        let text = "单位：元\n项目\t合计\n财政拨款\t\(String(repeating: "9", count: 400))\n其他收入\t1,000\n"
        let e = extract(text)
        XCTAssertEqual(e.facts.map(\.quantity.value), [1000])
        XCTAssertTrue(e.skipped.contains { $0.reason.contains("exactly") }, "\(e.skipped.map(\.reason))")
    }

    func testTheAuditViewShowsTheReason() {
        let e = extract("服务企业 \(String(repeating: "9", count: 40)) 家。")
        let html = AuditPage.render([e], texts: ["t.txt": "服务企业 \(String(repeating: "9", count: 40)) 家。"])
        XCTAssertTrue(html.contains("exactly"), html)
    }

    func testChartsNeverTrapOnValuesAtTheEdges() {
        let edges: [Double] = [.nan, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 0, 1e300]
        for a in edges {
            for b in edges {
                _ = Charts.sparkline([(2021, a), (2022, b), (2023, 1)])
                _ = Charts.trend([(2021, a), (2022, b)], unit: "%")
                _ = Charts.trend([(2021, a), (2022, b), (2023, -1)], unit: "")
            }
        }
    }

    /// A series of zeros lies on the zero line, and its axis is not said to be cut off: 0 → 0
    /// was drawn mid-height with ≈ and titled 纵轴未从零起.
    func testAChartOfZerosIsDrawnFromZero() {
        let svg = Charts.trend([(2021, 0), (2023, 0)], unit: "")
        XCTAssertFalse(svg.contains("纵轴未从零起") || svg.contains("≈"), svg)
        XCTAssertTrue(svg.contains("<path d=\"M16 50 L174 50\""), "on the bottom line (64 − 14): \(svg)")
        XCTAssertTrue(Charts.trend([(2021, 96.8), (2023, 97.7)], unit: "%").contains("纵轴未从零起"), "close values are still drawn from below the lowest")
    }

    func testWeekLabelsOfAbsurdDatesDoNotTrap() {
        for date in ["9223372036854775807-01-01", "2025-99999999999999-01", "-9223372036854775808-1-1", "0-0-0", "2025-02-30"] {
            _ = DigestView.Week(date: date)
        }
        XCTAssertEqual(DigestView.Week(date: "2025-11-11").heading(count: 7), "2025 年第 46 周（11 月 10 日—16 日，7 篇）")
        XCTAssertEqual(DigestView.Week(date: "2025-10-30").heading(count: 35), "2025 年第 44 周（10 月 27 日—11 月 2 日，35 篇）")
        XCTAssertEqual(DigestView.Week(date: "2026-01-01").heading(count: 1), "2026 年第 1 周（12 月 29 日—1 月 4 日，1 篇）")
        XCTAssertEqual(DigestView.Week(date: "2025-11").heading(count: 2), "日期不详（2 篇）")
    }
}
