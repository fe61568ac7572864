import Foundation
import XCTest
@testable import BriefKit

final class ExtractCommandTests: XCTestCase {
    func hostileDocument() throws -> URL {
        let dir = try Paths.temporaryDirectory()
        let text = """
        上海某某中心

        2023 年度社会责任报告

        全年服务企业 120 家，<script>alert('x')</script>满意率达 98%。
        =HYPERLINK("http://evil") 完成 3 项 [点我](javascript:alert(1))。
        """
        let url = dir.appendingPathComponent("hostile.txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func testFormats() throws {
        let doc = try hostileDocument()
        defer { try? FileManager.default.removeItem(at: doc.deletingLastPathComponent()) }

        let (s1, json, _) = runBrief(["extract", doc.path])
        XCTAssertEqual(s1, .success)
        let parsed = try JSONReader.parse(json)
        let facts = parsed["documents"]?.arrayValue?.first?["facts"]?.arrayValue ?? []
        XCTAssertTrue(facts.contains { $0["value"]?.stringValue == "120" && $0["measure"]?.stringValue == "家" && $0["year"]?.stringValue == "2023" })

        let (_, jsonl, _) = runBrief(["extract", "--format", "jsonl", doc.path])
        for line in jsonl.split(separator: "\n") {
            XCTAssertEqual(try JSONReader.parse(String(line))["type"]?.stringValue, "fact")
        }

        let (_, csv, _) = runBrief(["extract", "--format", "csv", doc.path])
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}document,"), "CSV starts with a BOM and a header")
        XCTAssertFalse(csv.contains(",=HYPERLINK"), "a formula from the document is neutralised")

        let (_, html, _) = runBrief(["extract", "--format", "html", doc.path])
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertFalse(html.contains("<script>alert"), "document text is escaped")
        XCTAssertTrue(html.contains("&lt;script&gt;"))
        XCTAssertFalse(html.contains("src=\"http"), "the page requests nothing")
        XCTAssertTrue(html.contains("<mark class=\"c-"))

        let (_, keyOnly, _) = runBrief(["extract", "--format", "table", "--key-only", Paths.sample("000_d87a536be5b8778f")])
        XCTAssertTrue(keyOnly.contains("专业技术服务项目") && keyOnly.contains("5514"))
    }

    /// The built executable itself: stdout, stderr and the exit code.
    func testBuiltBinaryEndToEnd() throws {
        // The shared helper finds the executable beside the test bundle (or skips).
        let exec = { (args: [String]) in try runBinary(args) }
        let (ok, out, err) = try exec(["ingest", Paths.samples.path])
        XCTAssertEqual(ok, 0)
        XCTAssertTrue(out.contains("上海市普陀区科学技术委员会"))
        XCTAssertEqual(err, "", "quiet on success")
        let (bad, _, badErr) = try exec(["extract", "--formt", "csv"])
        XCTAssertEqual(bad, 2)
        XCTAssertTrue(badErr.contains("did you mean '--format'?"))
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertTrue(FileManager.default.createFile(atPath: dir.appendingPathComponent("a.json").path, contents: Data("[{\"title\": 1,".utf8)))
        try FileManager.default.copyItem(atPath: Paths.sample("002_9c3f654a89426a59"), toPath: dir.appendingPathComponent("b.txt").path)
        let (partial, pout, perr) = try exec(["extract", "--format", "jsonl", dir.path])
        XCTAssertEqual(partial, 1)
        XCTAssertTrue(perr.contains("a.json:1:14: malformed JSON"), perr)
        XCTAssertTrue(pout.contains("b.txt"), "the other input is still processed")
    }
}
