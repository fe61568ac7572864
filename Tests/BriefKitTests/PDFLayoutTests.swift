import Foundation
import XCTest
@testable import BriefKit

final class PDFLayoutTests: XCTestCase {
    func testRunningHeadersFootersAndPageNumbersAreDropped() {
        let openings = ["服务企业 2599 家。", "满意度 97.7%。", "投诉率保持为 0。", "荣誉十余项。"]
        let closings = ["合计 1,234", "合计 987", "合计 5,514", "合计 3"]
        let pages = (1...4).map { n in
            ["上海计算机软件技术开发中心 2023 年度社会责任报告", "", openings[n - 1], "\(n * 100)", closings[n - 1], "", "- \(n) -"].joined(separator: "\n")
        }
        let text = PDFLayout.clean(pages.joined(separator: "\n\u{0C}") + "\n\u{0C}")
        XCTAssertFalse(text.contains("年度社会责任报告"), text)
        XCTAssertFalse(text.contains("- 2 -"), text)
        // Repeated at the foot of each page but not counting the pages: a table's total, kept.
        for n in 1...4 { XCTAssertTrue(text.contains("\(openings[n - 1])\n\(n * 100)\n\(closings[n - 1])"), text) }
        XCTAssertFalse(text.contains("\u{0C}"))
        // A running title with the page number in it.
        let bodies = ["坚持创新驱动。", "服务企业发展。", "提升满意程度。"]
        let titled = (1...3).map { "\(bodies[$0 - 1])\n上海计算机软件技术开发中心 \($0 + 1)" }.joined(separator: "\n\u{0C}")
        XCTAssertEqual(PDFLayout.clean(titled), "坚持创新驱动。\n\n服务企业发展。\n\n提升满意程度。\n")
    }

    func testPageNumberShapes() {
        let numbers = ["3", "- 3 -", "—3—", "第 3 页", "第3页 共20页", "第 3 页/共 20 页", "3 / 20", "Page 3", "page 3 of 20", "（3）",
                       "上海计算机软件技术开发中心 第 2 页"]
        for n in numbers { XCTAssertTrue(PDFRunningLines.isPageNumber(n), n) }
        let text = ["2023", "5,514 项", "第 3 条", "3.2 经济效益", "3 / 20 / 5", "共 20 页的报告摘要说明"]
        for t in text where t != "2023" { XCTAssertFalse(PDFRunningLines.isPageNumber(t), t) }
    }

    func testALineOnOnlyOnePageIsKept() {
        let text = PDFLayout.clean("首页标题\n正文一。\n\u{0C}第二页开头\n正文二。\n")
        XCTAssertEqual(text, "首页标题\n正文一。\n\n第二页开头\n正文二。\n")
    }

    func testTwoColumnsAreReadOneAfterTheOther() {
        let left = ["上海软件中心始终秉持科学规范开拓创新", "年上海软件中心专业技术服务项目 5514", "项，服务企业 2599 家。客户服务满意度",
                    "指数达到 97.7%，较之 2021 年的 96.8%", "持续增长，客户投诉率保持为 0。", "", "新主体新动能，跑赢技术服务新赛道"]
        let right = ["在蝉联 7 届上海市文明单位的基础上", "广泛践行社会主义核心价值观，以创新", "增强策源力、文明提升凝聚力为主题，",
                     "开启了创建全国文明单位的步伐，积极", "投身社会公益事业，涌现出一批先进典型", "", "和先进集体。"]
        let page = zip(left, right).map { l, r in
            r.isEmpty ? l : l + String(repeating: " ", count: 40 - l.unicodeScalars.count) + r
        }
        XCTAssertEqual(PDFColumns.split(page), left.map { $0 } + right.filter { !$0.isEmpty })
    }

    func testATableIsNotTakenForColumns() {
        let rows = (1...8).map { i in
            "项目\(i)支出" + String(repeating: " ", count: 14) + "\(i * 1_000_000)" + String(repeating: " ", count: 10) + "\(i * 37)" + String(repeating: " ", count: 10) + "说明\(i)"
        }
        XCTAssertEqual(PDFColumns.split(rows), rows)
        let prose = (1...8).map { "第\($0)行是一段很长的正文，没有任何分栏的痕迹，也没有对齐的空白。" }
        XCTAssertEqual(PDFColumns.split(prose), prose)
    }

    func testLibreOfficePDFLosesItsHeaderAndPageNumbers() throws {
        try Formats.requirePDFToText()
        let text = String(decoding: try PDFText.extract(path: Formats.path("csr-2023.pdf")), as: UTF8.self)
        XCTAssertFalse(text.contains("上海计算机软件技术开发中心 · 2023 年度社会责任报告"), "running header")
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertFalse(lines.contains { $0.hasPrefix("第 ") && $0.hasSuffix(" 页") && $0.count < 10 }, "page-number footer")
        XCTAssertTrue(text.contains("年上海软件中心专业技术服务项目 5514 项，服务企业 2599 家。客户"))
        XCTAssertFalse(text.contains("\u{0C}"))
    }

    func testChromiumTwoColumnPDFIsReadColumnByColumn() throws {
        try Formats.requirePDFToText()
        let text = String(decoding: try PDFText.extract(path: Formats.path("csr-2023-columns.pdf")), as: UTF8.self)
        XCTAssertFalse(text.contains("2023 年度社会责任报告\n上海计算机软件技术开发中心 2023 年度社会责任报告"))
        XCTAssertFalse(text.contains("- 1 -") || text.contains("-1-"), "page numbers")
        let lines = text.split(separator: "\n").map(String.init)
        // The left column's lines are whole (nothing of the right column on them), and the
        // figures split across the column's lines follow each other.
        let i = try XCTUnwrap(lines.firstIndex { $0.hasSuffix("较之 2021 年的") }, text)
        XCTAssertTrue(lines[i + 1].hasPrefix("96.8%、2022 年 97.3%"), lines[i + 1])
        XCTAssertFalse(lines.contains { $0.contains("编制说明") && $0.contains("文明单位") }, "two columns on one line")
    }
}
