import Foundation
import XCTest
@testable import BriefKit

/// The briefings on the samples: figures checked against the issue's hand-worked values,
/// rendering pinned by golden files, and output/ kept in step with `brief build`.
final class BriefingTests: XCTestCase {
    static var templates: String { Paths.repo.appendingPathComponent("Templates").path }

    func render(_ args: [String]) -> String {
        let (status, out, err) = runBrief(args + ["--templates", Self.templates])
        XCTAssertEqual(status, .success, "\(args): \(err)")
        return out
    }

    /// Figures from the issue's acceptance, worked out by hand from the two reports.
    func testDiffOfTheTwoCSRReports() {
        let md = render(["diff", Paths.sample("001_eec11ce2cac5b232"), Paths.sample("000_d87a536be5b8778f")])
        let rows = md.split(separator: "\n").map(String.init)
        func row(_ name: String) -> String { rows.first { $0.hasPrefix("| \(name) |") } ?? "" }
        XCTAssertTrue(row("专业技术服务项目").contains("5,483 项") && row("专业技术服务项目").contains("5,514 项"))
        XCTAssertTrue(row("专业技术服务项目").contains("+31 项（+0.6%）"), row("专业技术服务项目"))
        XCTAssertTrue(row("服务企业").contains("2,713 家") && row("服务企业").contains("2,599 家") && row("服务企业").contains("−114 家（−4.2%）"))
        XCTAssertTrue(row("客户服务满意度指数").contains("96.8") && row("客户服务满意度指数").contains("97.7") && row("客户服务满意度指数").contains("+0.9 个百分点"))
        XCTAssertTrue(row("市级荣誉").contains("15 项") && row("市级荣誉").contains("7 项") && row("市级荣誉").contains("−8 项"))
        XCTAssertTrue(md.contains("## 荣誉变化") && md.contains("### 新增") && md.contains("### 蝉联（2022—2023 年再次获得）") && md.contains("### 不再列出"))
        XCTAssertTrue(md.contains("## 报告结构对照"))
        // Every figure has a footnote with file, line and quote.
        // (Numbered as read: the 2021 column's note first.)
        XCTAssertTrue(md.contains("[^1]: 《2021 年社会责任报告》（2021 年），第 224 行："), "named by title, with line and quote")
        XCTAssertTrue(md.contains("[^2]: 《2023 年度社会责任报告》（2023 年），第 312 行："))
    }

    func testAnnualCoversBothUnitsIn2023AndTheBudgetIn2024() {
        let y2023 = render(["annual", "--year", "2023", Paths.samples.path])
        XCTAssertTrue(y2023.contains("## 上海计算机软件技术开发中心"))
        XCTAssertTrue(y2023.contains("## 上海市普陀区科学技术委员会"))
        XCTAssertTrue(y2023.contains("5,483 项（2021）"), "prior-year comparison from the 2021 report")
        // Compared with the previous report, as the diff is; the 2022 value the report quotes is in the trend.
        XCTAssertTrue(y2023.contains("96.8（2021）") && y2023.contains("2022 97.3"), "prior-report comparison and the quoted 2022 value")
        let y2024 = render(["annual", "--year", "2024", Paths.samples.path])
        XCTAssertTrue(y2024.contains("## 上海市科学技术委员会"))
        XCTAssertTrue(y2024.contains("547,443 万元") && y2024.contains("较 2023 年预算增加 70,526 万元"))
    }

    func testDigestGroupsArticlesByWeekNewestFirst() {
        let md = render(["digest", Paths.sample("003_8681bce01ccbf3f3")])
        let weeks = md.split(separator: "\n").filter { $0.hasPrefix("## 2025 年第") }
        XCTAssertGreaterThanOrEqual(weeks.count, 2)
        XCTAssertEqual(weeks.map(String.init), weeks.map(String.init).sorted(by: >))
        let since = render(["digest", Paths.sample("003_8681bce01ccbf3f3"), "--since", "2025-11-10"])
        XCTAssertFalse(since.contains("### 2025-11-0"), "articles before --since are left out")
    }

    /// The `word/document.xml` of a briefing command's Word output.
    func wordDocumentXML(_ args: [String]) throws -> String {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("briefing.docx").path
        let (status, _, err) = runBrief(args + ["--format", "docx", "-o", out, "--templates", Self.templates])
        XCTAssertEqual(status, .success, err)
        var zip = try ZipArchive([UInt8](try XCTUnwrap(FileManager.default.contents(atPath: out))), file: out)
        return String(decoding: try XCTUnwrap(try zip.contents(of: "word/document.xml")), as: UTF8.self)
    }

    /// A week's heading holds its days and its article count in one pair of brackets, in every
    /// format: 2025 年第 46 周（11 月 10 日—16 日，7 篇）, not …（11 月 10 日—11 月 16 日）（7 篇）.
    func testDigestWeekHeadingsHaveOnePairOfBrackets() throws {
        let feed = Paths.sample("003_8681bce01ccbf3f3")
        let md = render(["digest", feed])
        // (HTML and Word join a number to its unit by no-break spaces; read them as spaces.)
        let html = render(["digest", feed, "--format", "html"]).replacingOccurrences(of: "\u{00A0}", with: " ")
        let mdHeadings = md.split(separator: "\n").filter { $0.hasPrefix("## 2025 年第") }.map(String.init)
        let htmlHeadings = html.split(separator: "\n").filter { $0.hasPrefix("<h2>2025 年第") }.map(String.init)
        XCTAssertGreaterThanOrEqual(mdHeadings.count, 2)
        XCTAssertEqual(mdHeadings.count, htmlHeadings.count)
        XCTAssertTrue(mdHeadings.contains("## 2025 年第 46 周（11 月 10 日—16 日，7 篇）"), "\(mdHeadings)")
        XCTAssertTrue(htmlHeadings.contains("<h2>2025 年第 44 周（10 月 27 日—11 月 2 日，35 篇）</h2>"), "\(htmlHeadings)")
        for heading in mdHeadings + htmlHeadings {
            XCTAssertEqual(heading.filter { $0 == "（" }.count, 1, heading)
            XCTAssertFalse(heading.contains("）（"), heading)
        }
        let docx = try wordDocumentXML(["digest", feed]).replacingOccurrences(of: "\u{00A0}", with: " ")
        XCTAssertTrue(docx.contains("2025 年第 46 周（11 月 10 日—16 日，7 篇）"))
        XCTAssertFalse(docx.contains("）（7 篇）"))
    }

    func testHTMLIsSelfContainedAndWellFormed() throws {
        for args in [["annual", "--year", "2023", Paths.samples.path],
                     ["diff", Paths.sample("001_eec11ce2cac5b232"), Paths.sample("000_d87a536be5b8778f")],
                     ["digest", Paths.sample("003_8681bce01ccbf3f3")],
                     ["unit", "--unit", "上海软件中心", Paths.samples.path]] {
            let html = render(args + ["--format", "html"])
            XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
            for needle in ["<script", "src=\"http", "href=\"http://fonts", "@import", "url(http", "<link"] {
                XCTAssertFalse(html.contains(needle), "\(args[0]): requests or runs something: \(needle)")
            }
            XCTAssertEqual(Self.unbalancedTags(html), [], "\(args[0])")
        }
    }

    /// Open and close tags pair up (void elements aside): a cheap well-formedness check.
    static func unbalancedTags(_ html: String) -> [String] {
        let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "!doctype"]
        var stack: [String] = []
        var problems: [String] = []
        var rest = Substring(html)
        while let lt = rest.firstIndex(of: "<") {
            guard let gt = rest[lt...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: lt)..<gt]
            rest = rest[rest.index(after: gt)...]
            let selfClosing = tag.hasSuffix("/")
            let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" && false }).first.map { String($0).lowercased() } ?? ""
            if name.hasPrefix("/") {
                let n = String(name.dropFirst())
                if stack.last == n { stack.removeLast() } else { problems.append("</\(n)> closes \(stack.last ?? "nothing")"); break }
            } else if !void.contains(name) && !selfClosing && !name.hasPrefix("!") {
                stack.append(name.replacingOccurrences(of: "/", with: ""))
            }
        }
        return problems + stack.map { "<\($0)> not closed" }
    }

    /// Each template on the samples against its golden file. BRIEF_RECORD=1 re-records the
    /// file and fails, so a new baseline is always looked at before it is committed.
    func testGoldenOutputs() throws {
        let cases: [(String, [String])] = [
            ("annual-2023.md", ["annual", "--year", "2023", Paths.samples.path]),
            ("annual-2024.md", ["annual", "--year", "2024", Paths.samples.path]),
            ("diff-2021-2023.md", ["diff", Paths.sample("001_eec11ce2cac5b232"), Paths.sample("000_d87a536be5b8778f")]),
            ("diff-2021-2023.html", ["diff", Paths.sample("001_eec11ce2cac5b232"), Paths.sample("000_d87a536be5b8778f"), "--format", "html"]),
            ("annual-2023.html", ["annual", "--year", "2023", Paths.samples.path, "--format", "html"]),
            ("digest.md", ["digest", Paths.sample("003_8681bce01ccbf3f3"), "--since", "2025-11-07"]),
            ("digest.html", ["digest", Paths.sample("003_8681bce01ccbf3f3"), "--since", "2025-11-07", "--format", "html"]),
            ("annual-2021.md", ["annual", "--year", "2021", Paths.samples.path]),
            ("unit-csr.md", ["unit", "--unit", "上海软件中心", Paths.samples.path]),
            ("unit-csr.html", ["unit", "--unit", "上海软件中心", Paths.samples.path, "--format", "html"]),
            ("unit-budget.md", ["unit", "--unit", "市科委", Paths.samples.path]),
            ("annual-2024.html", ["annual", "--year", "2024", Paths.samples.path, "--format", "html"]),
        ]
        for (file, args) in cases {
            let got = relativised(render(args))
            let url = Paths.fixtures.appendingPathComponent("golden/\(file)")
            if ProcessInfo.processInfo.environment["BRIEF_RECORD"] == "1" || !FileManager.default.fileExists(atPath: url.path) {
                try got.write(to: url, atomically: true, encoding: .utf8)
                XCTFail("recorded new baseline \(file): review it, then run the tests again")
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            if got != expected {
                let a = got.split(separator: "\n", omittingEmptySubsequences: false), b = expected.split(separator: "\n", omittingEmptySubsequences: false)
                let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
                XCTFail("\(file) differs at line \(i + 1):\n  got:      \(i < a.count ? String(a[i]) : "<end>")\n  expected: \(i < b.count ? String(b[i]) : "<end>")")
            }
        }
    }

    /// A briefing written alone links to no page it did not write; a built one links to its
    /// index and unit pages, which the same build writes.
    func testOnlyBuiltBriefingsLinkToOtherPages() throws {
        for format in ["md", "html"] {
            let alone = render(["annual", "--year", "2023", Paths.samples.path, "--format", format])
            XCTAssertFalse(alone.contains("unit-上海") || alone.contains("index.\(format)"), "annual --format \(format) links to pages it did not write")
            let diff = render(["diff", Paths.sample("001_eec11ce2cac5b232"), Paths.sample("000_d87a536be5b8778f"), "--format", format])
            XCTAssertFalse(diff.contains("unit-上海") || diff.contains("index.\(format)"), "diff --format \(format) links to pages it did not write")
            let built = try String(contentsOf: Paths.repo.appendingPathComponent("output/annual-2023.\(format)"), encoding: .utf8)
            XCTAssertTrue(built.contains("unit-上海计算机软件技术开发中心.\(format)"), "the built annual brief links to its unit pages")
        }
    }

    /// Paths in outputs depend on where the repository is; golden files use repo-relative ones.
    func relativised(_ s: String) -> String {
        s.replacingOccurrences(of: Paths.repo.path + "/", with: "")
    }

    /// output/ holds what `brief build` makes from samples/.
    func testCommittedOutputIsUpToDate() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cwd = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(Paths.repo.path))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(cwd) }
        let (status, _, err) = runBrief(["build", "samples", "--out", dir.path, "--templates", "Templates"])
        XCTAssertEqual(status, .success, err)
        // Hidden entries are Brief's machinery (.brief/, the lock), not briefings.
        let built = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix(".") }.sorted()
        let committed = try FileManager.default.contentsOfDirectory(atPath: Paths.repo.appendingPathComponent("output").path)
            .filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(built, committed, "output/ lists different files; run: swift run brief build")
        for f in built {
            let a = try Data(contentsOf: dir.appendingPathComponent(f))
            let b = try Data(contentsOf: Paths.repo.appendingPathComponent("output/\(f)"))
            XCTAssertEqual(a, b, "output/\(f) is out of date; run: swift run brief build")
        }
    }

    /// Feeds that share a file name get numbered digests, none overwriting another, and a
    /// feed named like such a number keeps its name; digests made while loading (unshared
    /// names) and at the end (shared ones) come out as the plan names them.
    func testDigestsOfFeedsSharingAFileName() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feeds = [("a/feed.json", "甲文"), ("b/feed.json", "乙文"), ("c/feed-1.json", "丙文")]
        for (path, title) in feeds {
            let url = dir.appendingPathComponent("in/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let json = #"[{"title": "\#(title)", "time": "2025-01-02", "content": "服务企业 12 家。"}]"#
            try json.write(to: url, atomically: true, encoding: .utf8)
        }
        let out = dir.appendingPathComponent("out")
        let (status, _, err) = runBrief(["build", dir.appendingPathComponent("in").path, "--out", out.path,
                                         "--templates", Paths.repo.appendingPathComponent("Templates").path, "--format", "md"])
        XCTAssertEqual(status, .success, err)
        let expected = [("digest-feed-1.md", "丙文"), ("digest-feed-2.md", "甲文"), ("digest-feed-3.md", "乙文")]
        for (file, title) in expected {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            XCTAssertTrue(text.contains(title), "\(file) should be the digest of the feed with \(title)")
            for (_, other) in feeds where other != title { XCTAssertFalse(text.contains(other), "\(file) holds \(other)") }
        }
        let index = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
        for (file, _) in expected { XCTAssertTrue(index.contains(file), "index lists \(file)") }
    }
}
