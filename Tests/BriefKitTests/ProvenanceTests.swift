import Foundation
import XCTest
@testable import BriefKit

/// Every fact points at the number as written in the original file.
final class ProvenanceTests: XCTestCase {
    func testOffsetsPointAtTheNumberAsWritten() throws {
        var checked = 0
        for name in Paths.sampleNames {
            let doc = try Ingestor().load(path: Paths.sample(name))
            for e in FactExtractor().extract(doc) {
                let original = Array((e.article?.content ?? doc.text).utf8)
                let lines = LineIndex(bytes: original)
                for f in e.facts {
                    let p = f.provenance
                    XCTAssertLessThanOrEqual(p.offset + p.length, original.count, "\(name) \(f.subject)")
                    let written = String(decoding: original[p.offset..<(p.offset + p.length)], as: UTF8.self)
                    // Only digits, separators, full-width digits and Chinese numerals.
                    let allowed = CharacterSet(charactersIn: "0123456789., ，．０１２３４５６７８９-－零〇一二两三四五六七八九十百千万亿\n")
                    XCTAssertTrue(written.unicodeScalars.allSatisfy { allowed.contains($0) } && !written.isEmpty,
                                  "\(name):\(p.line) '\(written)' for \(f.subject)")
                    if written.unicodeScalars.allSatisfy({ CharacterSet(charactersIn: "0123456789.,， \n").contains($0) }) {
                        let digits = written.filter { $0.isASCII && ($0.isNumber || $0 == ".") }
                        if let v = Double(digits) {
                            let scaled = f.quantity.value
                            XCTAssertEqual(abs(v), abs(scaled), accuracy: 1e-6 * max(1, abs(v)), "\(name):\(p.line) '\(written)'")
                        }
                    }
                    XCTAssertEqual(lines.line(ofOffset: p.offset), p.line, "\(name) \(f.subject)")
                    XCTAssertFalse(p.quote.contains("\n"), "\(name):\(p.line) quote spans lines")
                    let lineText = String(decoding: original[lines.range(ofLine: p.line)], as: UTF8.self)
                    XCTAssertTrue(lineText.contains(p.quote), "\(name):\(p.line) quote not on its line: \(p.quote)")
                    // Nor opens or closes inside a number (…工程预算16,449. of 16,449.49万元).
                    if let r = lineText.range(of: p.quote) {
                        func inNumber(_ c: Character?) -> Bool { c.map { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") } ?? false }
                        let before = r.lowerBound > lineText.startIndex ? lineText[lineText.index(before: r.lowerBound)] : nil
                        let after = r.upperBound < lineText.endIndex ? lineText[r.upperBound] : nil
                        XCTAssertFalse(inNumber(before) && inNumber(p.quote.first), "\(name):\(p.line) quote opens in a number: \(p.quote)")
                        XCTAssertFalse(inNumber(after) && inNumber(p.quote.last) && after?.isNumber == true, "\(name):\(p.line) quote closes in a number: \(p.quote)")
                    }
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 1000)
    }

    func testFeedFactsCarryTheirArticle() throws {
        let doc = try Ingestor().load(path: Paths.sample("003_8681bce01ccbf3f3"))
        let extractions = FactExtractor().extract(doc)
        XCTAssertEqual(extractions.count, 97)
        for e in extractions {
            XCTAssertTrue(e.facts.allSatisfy { $0.provenance.article == e.article?.id })
            XCTAssertEqual(e.year, Int(e.article?.date.prefix(4) ?? ""))
        }
    }
}
