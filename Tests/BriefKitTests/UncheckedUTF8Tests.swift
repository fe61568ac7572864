import XCTest
@testable import BriefKit

/// Brief's own UTF-8 check accepts exactly what `String(validating:as:)` accepts, and the
/// strings made from checked bytes are the strings the standard library makes.
final class UncheckedUTF8Tests: XCTestCase {
    func check(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        let expected = String(validating: bytes, as: UTF8.self)
        let (valid, ascii) = bytes.withUnsafeBufferPointer(UncheckedUTF8.validate)
        XCTAssertEqual(valid, expected != nil, "\(bytes.map { String($0, radix: 16) })", file: file, line: line)
        if valid { XCTAssertEqual(ascii, bytes.allSatisfy { $0 < 0x80 }, file: file, line: line) }
        let made = UncheckedUTF8.validating(bytes)
        XCTAssertEqual(made.map { Array($0.utf8) }, expected.map { Array($0.utf8) }, file: file, line: line)
        XCTAssertEqual(made, expected, file: file, line: line)
    }

    func testEveryLeadWithTheEdgesOfItsContinuationBytes() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE4, 0xFF]
        for b0 in 0...0xFF {
            check([UInt8(b0)])
            for b1 in 0...0xFF {
                check([UInt8(b0), UInt8(b1)])
                for b2 in edges {
                    check([UInt8(b0), UInt8(b1), b2])
                    if b0 >= 0xF0 { for b3 in edges { check([UInt8(b0), UInt8(b1), b2, b3]) } }
                }
            }
        }
    }

    func testMixedTextAndCutSequencesAtEveryPosition() {
        let text = Array("2025年，上海市科委 completed 12 项 𠀀 tasks；é".utf8)
        check(text)
        for cut in 0...text.count { check(Array(text[..<cut])); check(Array(text[cut...])) }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var b = text
            b[Int.random(in: 0..<b.count, using: &rng)] = UInt8.random(in: 0...0xFF, using: &rng)
            check(b)
            check(Array(repeating: 0x61, count: Int.random(in: 0..<20, using: &rng)) + b)
        }
    }

    func testStringsOfScalarsAreTheStandardLibrarysStrings() {
        for s in ["", "a", "abcdefghijklmnop", "上海", "上海市科学技术委员会年度报告", "é", "𠀀1", "1 234.5 万元"] {
            let scalars = Array(s.unicodeScalars)
            let made = String(scalars: scalars)
            XCTAssertEqual(Array(made.utf8), Array(s.utf8))
            XCTAssertEqual(made, s)
            XCTAssertEqual(made.count, s.count)
            XCTAssertEqual(made.hashValue, s.hashValue)
        }
    }
}
