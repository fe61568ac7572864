import Foundation
import XCTest
@testable import BriefKit

/// The streaming path of `brief extract`: its hand-written JSON lines and the ordered,
/// bounded parallel pipeline behind it.
final class StreamingTests: XCTestCase {
    /// JSONLines writes exactly what JSONWriter writes for the same fact or honour, for
    /// every fact of the samples and for strings that need escaping.
    func testJSONLinesMatchJSONWriter() throws {
        var facts: [Fact] = [], honours: [Honour] = []
        for name in Paths.sampleNames {
            let doc = try Ingestor().load(path: Paths.sample(name))
            for e in FactExtractor().extract(doc) { facts += e.facts; honours += e.honours }
        }
        XCTAssertGreaterThan(facts.count, 500)
        XCTAssertGreaterThan(honours.count, 50)
        let odd = Provenance(document: "a\"b\\c.txt", article: "x\ny", line: 3, column: 4, offset: 5, length: 6,
                             quote: "tab\there \u{2028} ctl\u{1} “引号” end")
        facts.append(Fact(subject: "主题\"\u{2029}", quantity: Quantity(value: -1.25, measure: "万元", qualifier: .approx),
                          year: nil, category: .finance, metric: "m", key: true, confident: false, source: .table, provenance: odd))
        honours.append(Honour(title: "奖\\", level: .national, recipient: "r\r", issuer: nil, year: nil, source: .text, provenance: odd))
        assertSameLines(facts, type: "fact", JSONLines.fact, ExtractionJSON.fact)
        assertSameLines(honours, type: "honour", JSONLines.honour, ExtractionJSON.honour)
    }

    func assertSameLines<T>(_ items: [T], type: String, _ write: (T, inout [UInt8]) -> Void, _ tree: (T) -> JSONValue,
                            file: StaticString = #filePath, line: UInt = #line) {
        for item in items {
            var bytes: [UInt8] = []
            write(item, &bytes)
            let expected = JSONWriter.write(.object([("type", .string(type))] + members(tree(item))), pretty: false) + "\n"
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), expected, file: file, line: line)
        }
    }

    /// Integers written as bytes read as `String(v)` does, at every length and both ends.
    func testIntegerBytesMatchDescription() {
        var values = [0, 1, 9, 10, 11, 99, 100, 101, 2023, -1, -9, -10, -2023, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var p = 1
        for _ in 0..<18 { values += [p - 1, p, p + 1, -p]; p *= 10 }
        for v in values {
            var bytes: [UInt8] = []
            bytes.integer(v)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), String(v))
        }
    }

    /// Escapes, written as bytes and as a string, against literals: quotes, backslashes,
    /// the named controls, other controls as \u00XX, and U+2028/2029 for JavaScript.
    func testStringEscapes() {
        let table: [(String, String)] = [
            ("plain 文字", #""plain 文字""#),
            ("a\"b", #""a\"b""#),
            ("back\\slash", #""back\\slash""#),
            ("收入\t1,234\n", #""收入\t1,234\n""#),
            ("cr\r", #""cr\r""#),
            ("\u{01}x\u{1F}", #""\u0001x\u001f""#),
            ("行\u{2028}分\u{2029}", #""行\u2028分\u2029""#),
            ("\u{2027}\u{202A}", "\"\u{2027}\u{202A}\""),
            ("", #""""#),
        ]
        for (input, expected) in table {
            var bytes: [UInt8] = []
            JSONWriter.writeString(input, into: &bytes)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), expected, "bytes of \(input.debugDescription)")
            var text = ""
            JSONWriter.writeString(input, into: &text)
            XCTAssertEqual(text, expected, "string of \(input.debugDescription)")
            // And it reads back.
            XCTAssertEqual(try? JSONReader.parse(expected), .string(input), "round trip of \(input.debugDescription)")
        }
    }

    func members(_ v: JSONValue) -> [(key: String, value: JSONValue)] {
        if case let .object(m) = v { return m }
        return []
    }

    /// Runs `pipeline` on `workers` threads with uneven work (later items often finish
    /// first), telling `started` and `finished` each item's index; returns what was emitted.
    private func drive(_ pipeline: OrderedPipeline<Int>, workers: Int,
                       started: @escaping @Sendable (Int) -> Void, finished: @escaping (Int) -> Void) -> [Int] {
        var emitted: [Int] = []
        let lock = NSLock()
        withoutActuallyEscaping({ (i: Int, v: Int) in
            finished(i)
            lock.withLock { emitted.append(v) }
        }) { emit in
            let box = UncheckedBox(emit)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                pipeline.work(produce: { i in
                    started(i)
                    usleep(UInt32((i * 7919) % 13) * 40)
                    return i * 10
                }, emit: box.value)
            }
        }
        return emitted
    }

    /// Items come out in order, each once, however unevenly the workers finish, and no
    /// worker runs more than `window` items ahead of the oldest one not yet emitted.
    func testOrderedPipelineKeepsOrderAndWindow() {
        for (count, window, workers) in [(0, 3, 2), (1, 1, 4), (50, 1, 3), (200, 4, 4), (300, 2, 8)] {
            let tracker = InFlight()
            let emitted = drive(OrderedPipeline<Int>(count: count, window: window), workers: workers,
                                started: tracker.start, finished: tracker.finish)
            XCTAssertEqual(emitted, (0..<count).map { $0 * 10 }, "count \(count) window \(window)")
            XCTAssertLessThanOrEqual(tracker.maxAhead, window, "count \(count) window \(window)")
        }
    }

    /// With costs, the items started and not yet emitted never weigh more than the budget
    /// unless no more than `floor` are in flight; every item still comes out, in order; and
    /// items heavier than the budget still run `floor` at a time.
    func testOrderedPipelineKeepsWithinBudget() {
        for (budget, workers, floor) in [(10, 2, 1), (25, 4, 1), (1, 3, 1), (1000, 2, 1), (10, 2, 2), (1, 4, 4)] {
            let costs = (0..<120).map { i in [1, 3, 7, 12, 30][(i * 31) % 5] }
            let weights = Weights(costs: costs, budget: budget, floor: floor)
            let emitted = drive(OrderedPipeline<Int>(count: costs.count, window: 64, costs: costs, budget: budget, floor: floor),
                                workers: workers, started: weights.start, finished: weights.finish)
            XCTAssertEqual(emitted, (0..<costs.count).map { $0 * 10 }, "budget \(budget)")
            XCTAssertEqual(weights.worst, 0, "budget \(budget) floor \(floor): \(weights.worst) in flight")
            // With a floor of several, heavy items overlap (the pipeline does not serialise them).
            if floor > 1 && workers >= floor { XCTAssertGreaterThan(weights.mostAtOnce, 1, "budget \(budget) floor \(floor)") }
        }
    }
}

private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// The heaviest load in flight that broke the budget (0 if none did): over budget is
/// allowed only with at most `floor` items in flight. Also the most items ever in flight.
private final class Weights: @unchecked Sendable {
    private let lock = NSLock()
    private let costs: [Int], budget: Int, floor: Int
    private var running = 0, items = 0
    private(set) var worst = 0, mostAtOnce = 0
    init(costs: [Int], budget: Int, floor: Int) { self.costs = costs; self.budget = budget; self.floor = floor }
    func start(_ i: Int) {
        lock.withLock {
            running += costs[i]
            items += 1
            mostAtOnce = max(mostAtOnce, items)
            if running > budget && items > floor { worst = max(worst, running) }
        }
    }
    func finish(_ i: Int) { lock.withLock { running -= costs[i]; items -= 1 } }
}

/// How far ahead of the oldest unfinished item a started item ever was.
private final class InFlight: @unchecked Sendable {
    private let lock = NSLock()
    private var emittedUpTo = 0
    private(set) var maxAhead = 0
    func start(_ i: Int) { lock.withLock { maxAhead = max(maxAhead, i - emittedUpTo + 1) } }
    func finish(_ i: Int) { lock.withLock { emittedUpTo = i + 1 } }
}

/// The run-length origin map answers exactly as a plain array of offsets would.
final class OriginMapTests: XCTestCase {
    func testMatchesPlainArray() {
        var rng = SplitMix64(state: 42)
        for round in 0..<200 {
            var map = OriginMap(), model: [UInt32] = []
            var next: UInt32 = 0
            for _ in 0..<Int(rng.next() % 60) {
                switch rng.next() % 5 {
                case 0:   // a jump (a dropped footer, a folded character)
                    next += UInt32(rng.next() % 7); map.append(next); model.append(next); next += 1
                case 1:   // a run copied unchanged
                    let n = UInt32(rng.next() % 9)
                    map.append(contentsOf: next..<(next + n)); model += Array(next..<(next + n)); next += n
                case 2:
                    if !model.isEmpty { map.removeLast(); model.removeLast() }
                default:
                    map.append(next); model.append(next); next += 1
                }
            }
            XCTAssertEqual(map.count, model.count, "round \(round)")
            for i in model.indices { XCTAssertEqual(map[i], model[i], "round \(round) byte \(i)") }
            // Random disjoint gaps, some empty, some at either end.
            var gaps: [Range<Int>] = [], at = 0
            while at < model.count {
                let start = at + Int(rng.next() % 4), end = min(model.count, start + Int(rng.next() % 4))
                if start <= end { gaps.append(start..<end) }
                at = end + 1
            }
            let kept = map.removing(gaps)
            let expected = model.indices.filter { i in !gaps.contains { $0.contains(i) } }.map { model[$0] }
            XCTAssertEqual((0..<kept.count).map { kept[$0] }, expected, "round \(round) removing \(gaps)")
        }
    }
}

/// Strings made from scalars by Brief's own UTF-8 encoder equal the standard library's.
final class ScalarStringTests: XCTestCase {
    func testMatchesStandardLibrary() {
        let cases = ["", "a", "服务企业 2599 家", "é ß ¥", "€ “” 。", "𠀀𝄞😀", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"]
        for text in cases {
            let scalars = Array(text.unicodeScalars)
            XCTAssertEqual(String(scalars: scalars), String(String.UnicodeScalarView(scalars)), text)
            XCTAssertEqual(Array(String(scalars: scalars[...]).utf8), Array(text.utf8), text)
            XCTAssertEqual(text.scalarArray, scalars, text)
            XCTAssertEqual(String(Substring(text).dropFirst()).scalarArray, Array(text.unicodeScalars.dropFirst()), text)
        }
    }
}

/// Byte search finds what a naive scan of the UTF-8 finds: first offset, or none.
final class ByteSearchTests: XCTestCase {
    /// A byte word list answers as comparing the bytes with each word in turn would.
    func testByteWordsMatchWordByWord() {
        let lists: [[String]] = [[], [""], ["项", "家", "人次", "万人次", "%"], ["abc", "ab", "a"], ["é", "e\u{301}"]]
        let needles = ["", "项", "家次", "人次", "次", "万人", "万人次", "%", "a", "ab", "abc", "abcd", "é", "e\u{301}", "x"]
        for list in lists {
            let words = ByteWords(list)
            for n in needles {
                XCTAssertEqual(words.containsBytes(n), list.contains { Array($0.utf8) == Array(n.utf8) }, "\(list) / \(n)")
            }
        }
    }

    func testMatchesNaiveScan() {
        let hays = ["", "a", "aaab", "服务企业 2599 家，服务企业", "上海市科委 市科委", "abcabcabd", "软件中心上海软件中心"]
        let needles = ["", "a", "ab", "abd", "服务", "企业", "家", "市科委", "上海软件中心", "中心上", "x", "服务企业 2599 家，服务企业!"]
        for h in hays {
            for n in needles {
                let hb = Array(h.utf8), nb = Array(n.utf8)
                var naive: Int? = nil
                if !nb.isEmpty && hb.count >= nb.count {
                    naive = (0...(hb.count - nb.count)).first { i in Array(hb[i..<(i + nb.count)]) == nb }
                }
                XCTAssertEqual(h.byteOffset(of: n), naive, "\(h) / \(n)")
                XCTAssertEqual(h.hasBytes(n), nb.isEmpty || naive != nil, "\(h) / \(n)")
            }
        }
    }
}

/// The eight-byte tests answer as a byte-by-byte loop would, on random and edge words.
final class ByteScanTests: XCTestCase {
    func testWordTestsMatchByteLoop() {
        var rng = SplitMix64(state: 99)
        let interesting: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x5C, 0x7F, 0x80, 0xE2, 0xE3, 0xE4, 0xEE, 0xEF, 0xF0, 0xFF]
        for round in 0..<20_000 {
            // Mostly bytes near the ones tested, so hits, near misses and borrows all occur.
            let bytes = (0..<8).map { _ in round % 2 == 0 ? interesting[Int(rng.next() % UInt64(interesting.count))] : UInt8(truncatingIfNeeded: rng.next()) }
            let word = bytes.withUnsafeBufferPointer { ByteScan.word($0, at: 0) }
            for b: UInt8 in [0x22, 0x5C, 0xE3, 0xEF, 0x00] {
                XCTAssertEqual(ByteScan.has(word, b), bytes.contains(b), "\(bytes) has \(b)")
            }
            for n: UInt8 in [0x01, 0x20, 0x80] {
                XCTAssertEqual(ByteScan.hasLess(word, than: n), bytes.contains { $0 < n }, "\(bytes) below \(n)")
            }
        }
    }
}

/// Lines decode as `decodeScalar` does scalar by scalar, whatever the bytes: ASCII, CJK,
/// four-byte, broken and cut-off sequences, surrogates, newlines anywhere.
final class ScalarLineTests: XCTestCase {
    func testLinesMatchScalarByScalarDecoding() {
        var rng = SplitMix64(state: 5)
        let pieces: [[UInt8]] = [[0x41], [0x0A], [0x20], Array("中".utf8), Array("，".utf8), Array("😀".utf8), Array("é".utf8),
                                 [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0x80], [0xFF], [0xF0, 0x9F], [0xE4, 0x0A, 0xAD]]
        for round in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(rng.next() % 30) { bytes += pieces[Int(rng.next() % UInt64(pieces.count))] }
            var expected: [([Unicode.Scalar], [Int])] = []
            var lineStart = 0
            while true {
                let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
                var scalars: [Unicode.Scalar] = [], offsets: [Int] = []
                var i = lineStart
                while i < lineEnd {
                    let (u, w) = decodeScalar(bytes, at: i)
                    scalars.append(u); offsets.append(i); i += w
                }
                offsets.append(lineEnd)
                expected.append((scalars, offsets))
                if lineEnd >= bytes.count { break }
                lineStart = lineEnd + 1
            }
            let got = Array(ScalarLine.Lines(bytes: bytes)).map { ($0.scalars, $0.offsets) }
            XCTAssertEqual(got.map(\.0), expected.map(\.0), "round \(round): \(bytes)")
            XCTAssertEqual(got.map(\.1), expected.map(\.1), "round \(round): \(bytes)")
        }
    }
}
