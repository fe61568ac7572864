import Foundation
import XCTest
@testable import BriefKit

/// Mutated Word files (their zip bytes, and their XML re-zipped), web pages and pdftotext
/// output: each is read or refused with a BriefError, never a crash, and quickly.
final class FormatFuzzTests: XCTestCase {
    static let seed: UInt64 = 20_261_201
    static let cases = 400
    static let bound: TimeInterval = 2.0

    static let palette: [[UInt8]] = ["<", ">", "</", "/>", "<w:p>", "</w:p>", "<w:t>", "<w:tbl>", "<w:tc>", "<td>", "<tr>", "<p>", "<table>",
                                     "<script>", "<!--", "<!DOCTYPE x [<!ENTITY e SYSTEM \"f\">]>", "&", "&#", "&#x110000;", "&nbsp", "\"",
                                     "'", "=", "\u{0C}", "\n", "\t", "   ", "第 3 页", "- 2 -", "5,514", "项", "PK\u{3}\u{4}"]
        .map { Array($0.utf8) } + [[0xFF], [0x00], [0xE4, 0xB8]]

    func mutate(_ base: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var b = base
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            guard !b.isEmpty else { b = Self.palette[0]; continue }
            let i = Int.random(in: 0..<b.count, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: b[i] = UInt8.random(in: 0...255, using: &rng)
            case 1: b.insert(contentsOf: Self.palette[Int.random(in: 0..<Self.palette.count, using: &rng)], at: i)
            case 2: b.removeSubrange(i..<min(b.count, i + Int.random(in: 1...64, using: &rng)))
            default: let j = min(b.count, i + Int.random(in: 1...200, using: &rng)); b.insert(contentsOf: b[i..<j], at: i)
            }
        }
        return b
    }

    /// Runs `body` on each input; only BriefErrors may come out, each case within the bound.
    func run(_ label: String, _ inputs: (inout SplitMix64) -> [UInt8], _ body: ([UInt8]) throws -> Void) {
        var rng = SplitMix64(state: Self.seed)
        for k in 0..<Self.cases {
            let input = inputs(&rng)
            let start = Date()
            do { try body(input) } catch is BriefError {} catch { XCTFail("\(label) #\(k): \(error)") }
            XCTAssertLessThan(Date().timeIntervalSince(start), Self.bound, "\(label) #\(k)")
        }
    }

    func testMutatedWordFiles() throws {
        let docx = try Formats.bytes("summary-2023.docx")
        run("zip bytes", { mutate(docx, &$0) }) { _ = try DocxText.extract($0, path: "m.docx") }
        var zip = try ZipArchive(docx, file: "s.docx")
        let document = try XCTUnwrap(try zip.contents(of: "word/document.xml"))
        let styles = try XCTUnwrap(try zip.contents(of: "word/styles.xml"))
        run("document.xml", { rng in
            // A window of the XML keeps the cases small and the damage local.
            let start = Int.random(in: 0..<(document.count - 4_000), using: &rng)
            var xml = Array(document[0..<600]) + Array(document[start..<(start + 3_000)])
            xml = mutate(xml, &rng)
            var w = ZipWriter()
            w.add("word/document.xml", xml)
            w.add("word/styles.xml", mutate(styles, &rng))
            return w.finished()
        }) { _ = try DocxText.extract($0, path: "m.docx") }
    }

    func testMutatedWebPages() throws {
        let page = Array(try HTMLCharset.decode(try Formats.bytes("summary-2023.html"), file: "p").text.utf8)
        run("html", { rng in
            let start = Int.random(in: 0..<(page.count - 5_000), using: &rng)
            return mutate(Array(page[0..<1_500]) + Array(page[start..<(start + 4_000)]), &rng)
        }) { _ = try HTMLText.extract($0, path: "m.html") }
    }

    func testMutatedPDFText() {
        let base = Array((1...6).map { n in
            "   上海计算机软件技术开发中心 2023 年度社会责任报告\n\n年上海软件中心专业技术服务项目 5514        广泛践行社会主义核心价值观\n项，服务企业 2599 家。              以创新增强策源力\n\n                 - \(n) -\n"
        }.joined(separator: "\u{0C}").utf8)
        run("pdf text", { mutate(base, &$0) }) { _ = PDFLayout.clean(String(decoding: $0, as: UTF8.self)) }
    }
}
