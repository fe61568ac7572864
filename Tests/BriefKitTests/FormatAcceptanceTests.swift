import Foundation
import XCTest
@testable import BriefKit

/// Documents as users receive them — Word files and PDFs LibreOffice and Chromium made from
/// the samples, a saved government page — ingested and extracted like the text samples.
final class FormatAcceptanceTests: XCTestCase {
    struct Case {
        var fixture: String
        var sample: String
        var format: DocumentFormat
        /// The fixture holds only part of the sample (a two-column excerpt).
        var partial = false
        var pdf: Bool { format == .pdf }
    }

    static let cases = [
        Case(fixture: "csr-2023.docx", sample: "000_d87a536be5b8778f", format: .docx),
        Case(fixture: "csr-2023.pdf", sample: "000_d87a536be5b8778f", format: .pdf),
        Case(fixture: "csr-2023-columns.pdf", sample: "000_d87a536be5b8778f", format: .pdf, partial: true),
        Case(fixture: "summary-2023.docx", sample: "002_9c3f654a89426a59", format: .docx),
        Case(fixture: "summary-2023.pdf", sample: "002_9c3f654a89426a59", format: .pdf),
        Case(fixture: "summary-2023.html", sample: "002_9c3f654a89426a59", format: .html),
        Case(fixture: "budget-2024.docx", sample: "004_32787314a6ca9ec6", format: .docx),
    ]

    /// A headline figure as the briefings compare it.
    struct Headline: Hashable, CustomStringConvertible {
        var metric: String, year: Int?, value: Double, measure: String, qualifier: String
        init(_ f: Fact) {
            metric = f.metric ?? f.subject
            year = f.year
            (value, measure) = f.quantity.folded
            qualifier = f.quantity.qualifier.rawValue
        }
        var description: String { "\(year.map(String.init) ?? "-") \(metric) \(qualifier) \(value) \(measure)" }
    }

    func testEachFormatIngestsWithTheSampleUnitKindAndYear() throws {
        for c in Self.cases {
            if c.pdf && Platform.findExecutable("pdftotext") == nil { continue }
            let gold = try readJSON(Paths.gold(c.sample))
            let doc = try Ingestor().load(path: Formats.path(c.fixture))
            XCTAssertEqual(doc.format, c.format, c.fixture)
            XCTAssertEqual(doc.kind.rawValue, gold["kind"]?.stringValue, c.fixture)
            XCTAssertEqual(doc.unit, gold["unit"]?.stringValue, c.fixture)
            XCTAssertEqual(doc.year, gold["year"]?.stringValue.flatMap(Int.init), c.fixture)
        }
        try Formats.requirePDFToText()
    }

    func testEachFormatFindsTheSampleHeadlineFigures() throws {
        for c in Self.cases {
            if c.pdf && Platform.findExecutable("pdftotext") == nil { continue }
            let converted = FactExtractor().extract(try Ingestor().load(path: Formats.path(c.fixture))).flatMap(\.facts)
            let text = FactExtractor().extract(try Ingestor().load(path: Paths.sample(c.sample))).flatMap(\.facts)
            // What `extract --key-only` lists is the same as for the text sample (an excerpt: a part of it)…
            let convertedKeys = converted.filter(\.key).map(Headline.init).sorted { $0.description < $1.description }
            let textKeys = text.filter(\.key).map(Headline.init).sorted { $0.description < $1.description }
            if c.partial {
                XCTAssertTrue(Set(convertedKeys).isSubset(of: Set(textKeys)), "\(c.fixture): \(Set(convertedKeys).subtracting(textKeys))")
                XCTAssertFalse(convertedKeys.isEmpty, c.fixture)
            } else {
                XCTAssertEqual(convertedKeys, textKeys, c.fixture)
            }
            // …and every hand-labelled headline figure of the sample is found, with its year.
            for g in (try readJSON(Paths.gold(c.sample)))["facts"]?.arrayValue ?? [] {
                guard case .bool(true)? = g["key"] else { continue }
                let year = g["year"]?.stringValue.flatMap(Int.init)
                let value = g["value"]?.doubleValue ?? .nan, measure = g["measure"]?.stringValue ?? ""
                let qualifier = g["qualifier"]?.stringValue ?? "exact"
                let found = { (facts: [Fact]) in
                    facts.contains { $0.year == year && GoldEvaluation.sameQuantity($0, value: value, measure: measure) && $0.quantity.qualifier.rawValue == qualifier }
                }
                if found(text) { XCTAssertTrue(found(converted), "\(c.fixture): \(g["quote"]?.stringValue ?? "")") }
            }
        }
        try Formats.requirePDFToText()
    }

    func testProvenanceRefersToTheConvertedText() throws {
        for name in ["csr-2023.docx", "summary-2023.html"] {
            let doc = try Ingestor().load(path: Formats.path(name))
            let bytes = Array(doc.text.utf8)
            let lines = doc.text.split(separator: "\n", omittingEmptySubsequences: false)
            let facts = FactExtractor().extract(doc).flatMap(\.facts)
            XCTAssertGreaterThan(facts.count, 50, name)
            for f in facts {
                let p = f.provenance
                let found = String(decoding: bytes[p.offset..<(p.offset + p.length)], as: UTF8.self)
                XCTAssertTrue(lines[p.line - 1].contains(found), "\(name):\(p.line): \(found)")
            }
        }
    }

    func testTheAuditViewAndIngestShowTheConvertedDocument() throws {
        let (status, out, _) = runBrief(["extract", "--format", "html", Formats.path("csr-2023.docx")])
        XCTAssertEqual(status, .success)
        XCTAssertTrue(out.contains("本报告由上海软件中心综合办公室编制，对外公开发布。"), "the footnote, as extracted")
        XCTAssertFalse(out.contains("w:document") || out.contains("PK"), "not the file's bytes")
        let (_, json, _) = runBrief(["ingest", "--format", "json", Formats.path("csr-2023.docx"), Formats.path("summary-2023.html")])
        XCTAssertTrue(json.contains(#""format": "docx""#) || json.contains(#""format":"docx""#), json)
        XCTAssertTrue(json.contains(#""format": "html""#) || json.contains(#""format":"html""#), json)
        XCTAssertTrue(json.contains("GB18030"), json)
    }

    /// Good and bad files in one folder: one line per bad file naming it, exit 1, the good
    /// ones still listed and extracted. Run through the built binary when there is one, and
    /// in process either way.
    func testBadWordFilesFailOneLineEachAndTheRestIsProcessed() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = ["csr-2023.docx", "summary-2023.html"], bad = ["corrupt.docx", "bomb.docx", "external-entity.docx"]
        for f in good { try FileManager.default.copyItem(atPath: Formats.path(f), toPath: dir.appendingPathComponent(f).path) }
        for f in bad { try FileManager.default.copyItem(atPath: Formats.path("bad/" + f), toPath: dir.appendingPathComponent(f).path) }
        let expected = ["bomb.docx": "zip bomb", "corrupt.docx": "no zip central directory", "external-entity.docx": "external entity"]

        func check(_ label: String, _ status: Int32, _ out: String, _ err: String) {
            XCTAssertEqual(status, 1, "\(label): \(err)")
            let lines = err.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.count, 4, "\(label): three errors and the summary: \(err)")
            for (file, reason) in expected {
                XCTAssertEqual(lines.filter { $0.hasPrefix("brief: " + dir.appendingPathComponent(file).path + ": ") && $0.contains(reason) }.count, 1,
                               "\(label): \(file): \(err)")
            }
            XCTAssertEqual(lines.last, label == "extract" ? "brief: 3 of 5 documents failed; 2 extracted" : "brief: 3 of 5 documents failed; 2 read", label)
            for f in good where label == "ingest" { XCTAssertTrue(out.contains(f), "\(label): \(out)") }
        }
        for args in [["ingest", dir.path], ["extract", "--format", "jsonl", dir.path]] {
            let (status, out, err) = runBrief(args)
            check(args[0], status.rawValue, out, err)
            if args[0] == "extract" { XCTAssertTrue(out.contains("专业技术服务项目") && out.contains("高新技术企业")) }
            if briefBinary() != nil {
                let (s, o, e) = try runBinary(args)
                check(args[0], s, o, e)
            }
        }
    }
}
