import Foundation
import XCTest
@testable import BriefKit

/// The table-driven GB18030 decoder against Foundation's, which it replaces and was generated
/// from (Scripts/embed-gb18030.swift): every two-byte sequence, every four-byte one of the BMP
/// and the planes above, and invalid or cut-off bytes giving nil as Foundation's does.
final class GB18030Tests: XCTestCase {
    func foundation(_ bytes: [UInt8]) -> String? {
        String(data: Data(bytes), encoding: TextDecoding.gb18030)
    }

    /// Bytes of the four-byte sequence with this linear index (0 is 81 30 81 30).
    func fourBytes(_ index: Int) -> [UInt8] {
        [UInt8(0x81 + index / 12600), UInt8(0x30 + index / 1260 % 10), UInt8(0x81 + index / 10 % 126), UInt8(0x30 + index % 10)]
    }

    /// Many sequences in one call each way, then one by one only if the whole differs, to name it.
    func assertSame(_ sequences: [[UInt8]], _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let all = sequences.flatMap { $0 }
        let ours = GB18030.decode(all), theirs = foundation(all)
        XCTAssertNotNil(theirs, label, file: file, line: line)
        if ours.map({ Array($0.unicodeScalars) }) == theirs.map({ Array($0.unicodeScalars) }) { return }
        var reported = 0
        for s in sequences where reported < 10 {
            let a = GB18030.decode(s).map { Array($0.unicodeScalars) }, b = foundation(s).map { Array($0.unicodeScalars) }
            if a != b {
                XCTFail("\(label): \(s.map { String($0, radix: 16) }) gives \(String(describing: a)), Foundation \(String(describing: b))", file: file, line: line)
                reported += 1
            }
        }
        XCTAssertGreaterThan(reported, 0, "\(label): differs as a whole but not sequence by sequence", file: file, line: line)
    }

    func testEveryTwoByteSequenceAsFoundation() {
        var sequences: [[UInt8]] = []
        for lead in UInt8(0x81)...0xFE {
            for trail in UInt8(0x40)...0xFE where trail != 0x7F { sequences.append([lead, trail]) }
        }
        XCTAssertEqual(sequences.count, GB18030Table.twoByte.count)
        assertSame(sequences, "two-byte")
    }

    func testEveryFourByteSequenceOfTheBMPAsFoundation() {
        assertSame((0..<GB18030Table.fourByteCount).map(fourBytes), "four-byte BMP")
    }

    func testEveryFourByteSequenceAboveTheBMPAsFoundation() {
        let first = (0x90 - 0x81) * 12600
        assertSame((first..<first + 0x10_0000).map(fourBytes), "four-byte supplementary")
    }

    func testSingleBytesAndMixedTextAsFoundation() {
        assertSame((UInt8(0x00)...0x80).map { [$0] }, "single bytes")
        let text = "第一行 2023年 服务企业1,234家\r\n“首批”《名单》€ ·—… 𠀀 \u{FEFF}end"
        let bytes = [UInt8](text.data(using: TextDecoding.gb18030)!)
        XCTAssertEqual(GB18030.decode(bytes), text)
        XCTAssertEqual(GB18030.decode(bytes), foundation(bytes))
        XCTAssertEqual(GB18030.decode([]), foundation([]))
    }

    func testInvalidAndCutOffBytesAreNilAsInFoundation() {
        let cases: [[UInt8]] = [
            [0xFF], [0x41, 0xFF, 0x42], [0x81], [0x41, 0x81], [0xFE],
            [0x81, 0x7F], [0x81, 0xFF], [0x81, 0x20], [0x81, 0x3A], [0x81, 0x00],
            [0x81, 0x30], [0x81, 0x30, 0x81], [0x81, 0x30, 0x81, 0x3A], [0x81, 0x30, 0x80, 0x30], [0x81, 0x30, 0xFF, 0x30],
            [0x81, 0x30, 0x20, 0x30], [0x81, 0x30, 0x81, 0x30, 0x81],
            fourBytes(GB18030Table.fourByteCount), [0x84, 0x31, 0xA5, 0x30], [0x8F, 0x39, 0xFE, 0x39],
            [0xE3, 0x32, 0x9A, 0x36], [0xE4, 0x30, 0x81, 0x30], [0xFE, 0x39, 0xFE, 0x39],
        ]
        for c in cases {
            XCTAssertNil(foundation(c), "Foundation decodes \(c)")
            XCTAssertNil(GB18030.decode(c), "\(c)")
        }
        // Between the BMP and U+10000 nothing decodes; a sample of it, one sequence at a time.
        for index in stride(from: GB18030Table.fourByteCount, to: (0x90 - 0x81) * 12600, by: 997) {
            XCTAssertNil(GB18030.decode(fourBytes(index)), "\(index)")
            XCTAssertNil(foundation(fourBytes(index)), "\(index)")
        }
    }

    /// Random bytes, mostly well-formed GB18030 with errors mixed in: the same text or nil.
    func testRandomBytesAsFoundation() {
        var state: UInt64 = 20_261_203
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var decoded = 0
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<(1 + next(12)) {
                switch next(10) {
                case 0: bytes.append(UInt8(next(256)))
                case 1, 2: bytes.append(UInt8(0x20 + next(0x5F)))
                case 3: bytes += fourBytes(next(GB18030Table.fourByteCount))
                case 4: bytes += fourBytes(next(0x10_0000) + (0x90 - 0x81) * 12600)
                default: bytes += [UInt8(0x81 + next(126)), UInt8(0x40 + next(0xBF))]
                }
            }
            let ours = GB18030.decode(bytes), theirs = foundation(bytes)
            XCTAssertEqual(ours.map { Array($0.unicodeScalars) }, theirs.map { Array($0.unicodeScalars) }, "\(bytes)")
            if theirs != nil { decoded += 1 }
        }
        XCTAssertGreaterThan(decoded, 300, "too few random cases decode to test the decoding")
        XCTAssertLessThan(decoded, 2700, "too few random cases fail to test the failures")
    }

    /// TextDecoding and HTMLCharset take the table's text, with Foundation's result.
    func testDecodersUseTheTable() throws {
        let text = "上海市科学技术委员会2023年度工作总结"
        let bytes = [UInt8](text.data(using: TextDecoding.gb18030)!)
        let plain = try TextDecoding.decode(bytes, file: "t.txt")
        XCTAssertEqual(plain.text, text)
        XCTAssertEqual(plain.encoding, .gb18030)
        let page = Array("<meta charset=\"gbk\"><p>".utf8) + bytes
        let html = try HTMLCharset.decode(page, file: "p.html")
        XCTAssertEqual(html.text, foundation(page))
        XCTAssertEqual(html.encoding, .gb18030)
    }
}
