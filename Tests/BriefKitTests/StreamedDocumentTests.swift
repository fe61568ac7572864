import Foundation
import XCTest
@testable import BriefKit

/// A large text read in windows (`StreamedDocument`, `StreamedExtraction`) comes out as the
/// whole-document path reads it: the same metadata, and the same facts and honours, line
/// for line, whatever the window size.
final class StreamedDocumentTests: XCTestCase {
    /// Samples concatenated in an order: the first decides the kind (a budget reads its
    /// head for 执行情况; a work summary names 区科委 and its district), the rest make the
    /// sections, tables and restatements run across many windows.
    static let cases: [(samples: [Int], copies: Int, windows: [Int])] = [
        ([0, 1, 2, 4], 1, [1, 700, 1 << 20]),
        ([4, 0, 2], 1, [1, 3000]),
        ([2, 4, 1], 1, [500]),
        // Over the survey's 512 KB head: the head is cut, not the whole text.
        ([1, 0, 2, 4], 4, [64 << 10]),
    ]

    func testWindowedExtractionEqualsWholeDocument() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var extractor = FactExtractor()
        extractor.recordsSkipped = false
        for (k, c) in Self.cases.enumerated() {
            let text = try (0..<c.copies).flatMap { _ in c.samples }
                .map { try String(contentsOfFile: Paths.sample(Paths.sampleNames[$0]), encoding: .utf8) }.joined()
            let path = dir.appendingPathComponent("doc\(k).txt").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let whole = try Ingestor().load(path: path)
            let expected = extractor.extract(whole)[0]
            XCTAssertGreaterThan(expected.facts.count, 100, "case \(k)")
            for w in c.windows {
                let label = "case \(k), samples \(c.samples), window \(w)"
                let doc = try XCTUnwrap(StreamedDocument.survey(path, ingestor: Ingestor(), windowSize: w), label)
                XCTAssertEqual(doc.kind, whole.kind, label)
                XCTAssertEqual(doc.year, whole.year, label)
                XCTAssertEqual(doc.yearIsGuess, whole.yearIsGuess, label)
                XCTAssertEqual(doc.unit, whole.unit, label)
                XCTAssertEqual(doc.published, whole.published, label)
                XCTAssertEqual(doc.title, whole.title, label)
                XCTAssertEqual(doc.format, whole.format, label)
                XCTAssertEqual(doc.sizeInBytes, whole.sizeInBytes, label)
                var facts: [Fact] = [], windows = 0
                let honours = try StreamedExtraction(extractor: extractor, windowSize: w).run(doc) { facts += $0; windows += 1 }
                XCTAssertGreaterThan(windows, w < 1 << 20 ? 3 : 0, label)
                XCTAssertEqual(facts.count, expected.facts.count, label)
                for (a, b) in zip(facts, expected.facts) where a != b {
                    XCTFail("\(label): first differing fact\n  streamed: \(a)\n  whole:    \(b)")
                    break
                }
                XCTAssertEqual(honours.count, expected.honours.count, label)
                for (a, b) in zip(honours, expected.honours) where a != b {
                    XCTFail("\(label): first differing honour\n  streamed: \(a)\n  whole:    \(b)")
                    break
                }
            }
        }
    }

    /// Windows end right after 。 and a newline, carry their file offset and line, and
    /// together are the file.
    func testWindowsCutAfterSentenceEnds() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("w.txt").path
        let text = "一行没有句号\n第二行。\n\n第三行，接着写\n第四行。\n尾巴"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var windows = try TextWindows(path: path, size: 1)
        defer { windows.close() }
        var parts: [TextWindow] = []
        while let w = try windows.next() { parts.append(w) }
        XCTAssertEqual(parts.map { String(decoding: $0.bytes, as: UTF8.self) },
                       ["一行没有句号\n第二行。\n", "\n第三行，接着写\n第四行。\n", "尾巴"])
        XCTAssertEqual(parts.map(\.offset), [0, 32, 68])
        XCTAssertEqual(parts.map(\.linesBefore), [0, 2, 5])
        XCTAssertEqual(parts.map(\.isLast), [false, false, true])
    }
}
