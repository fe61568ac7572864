import Foundation
import XCTest
@testable import BriefKit

/// A seeded generator, so a failing case can be replayed exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generated and mutated inputs (from the samples and templates) for the loader, the
/// extractor and the template parser: none may crash, and each finishes within a bound.
final class FuzzTests: XCTestCase {
    static let seed: UInt64 = 20_261_122
    static let casesPerTarget = 3_400      // three targets: over 10,000 inputs in all
    static let bound: TimeInterval = 2.0    // seconds for one small input, even in a debug build

    static let palette: [[UInt8]] = ["0", "9", "万", "亿", "元", "%", "％", "余", "近", "约", "第", "年", "月", "“", "”", "《", "》",
                                     "\t", "\n", "{{", "}}", "{{#", "{{/", "{{>", "{{<", "{{$", "{{=", "[", "]", ",", "，", "、",
                                     "-", "—", "十", "百", "千", "两", ".", "１"].map { Array($0.utf8) } + [[0xFF], [0x00], [0xC3], [0xE4, 0xB8]]

    func mutate(_ base: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var b = base
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            guard !b.isEmpty else { b = Self.palette.randomElement(using: &rng)!; continue }
            let i = Int.random(in: 0..<b.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: b[i] = UInt8.random(in: 0...255, using: &rng)
            case 1: b.insert(contentsOf: Self.palette.randomElement(using: &rng)!, at: i)
            case 2: b.removeSubrange(i..<min(b.count, i + Int.random(in: 1...40, using: &rng)))
            case 3: let j = min(b.count, i + Int.random(in: 1...60, using: &rng)); b.insert(contentsOf: b[i..<j], at: i)
            default: b = Array(b[..<i])
            }
        }
        return b
    }

    func window(of text: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        let length = Int.random(in: 50...900, using: &rng)
        var start = Int.random(in: 0..<max(1, text.count - length), using: &rng)
        var end = min(text.count, start + length)
        // Whole characters only: the mutations, not the slicing, decide what decodes.
        while start < end, text[start] & 0xC0 == 0x80 { start += 1 }
        while end < text.count, text[end] & 0xC0 == 0x80 { end += 1 }
        return Array(text[start..<end])
    }

    func timed(_ label: String, _ body: () -> Void) {
        let t0 = Date()
        body()
        let t = Date().timeIntervalSince(t0)
        XCTAssertLessThan(t, Self.bound, "\(label) took \(t) s")
    }

    func testLoaderAndExtractorSurviveMutatedDocuments() throws {
        var rng = SplitMix64(state: Self.seed)
        let corpora = try Paths.sampleNames.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: Paths.sample($0)))) }
        let ingestor = Ingestor(), extractor = FactExtractor()
        var decoded = 0, extracted = 0
        for n in 0..<Self.casesPerTarget {
            let bytes = mutate(window(of: corpora.randomElement(using: &rng)!, &rng), &rng)
            timed("loader case \(n)") {
                guard let (text, encoding) = try? TextDecoding.decode(bytes, file: "fuzz.txt") else { return }
                decoded += 1
                if let doc = try? ingestor.analyse(text: text, path: "fuzz.txt", encoding: encoding) { _ = extractor.extract(doc) }
            }
            // The extractor on its own, on text that decodes.
            let text = String(decoding: mutate(window(of: corpora.randomElement(using: &rng)!, &rng), &rng), as: UTF8.self)
            timed("extractor case \(n)") {
                let e = extractor.extract(text: text, path: "fuzz.txt", article: nil, reportYear: 2023)
                for f in e.facts {
                    XCTAssertTrue(f.quantity.value.isFinite)
                    XCTAssertLessThanOrEqual(f.provenance.offset + f.provenance.length, text.utf8.count)
                }
                extracted += 1
            }
        }
        XCTAssertGreaterThan(decoded, Self.casesPerTarget / 4, "enough mutated inputs still decode")
        XCTAssertEqual(extracted, Self.casesPerTarget)
        // Mutated feeds exercise the JSON reader.
        let feed = corpora[3]
        for n in 0..<(Self.casesPerTarget / 10) {
            let head = Array(feed.prefix(Int.random(in: 10...4000, using: &rng)))
            let bytes = mutate(head, &rng)
            timed("json case \(n)") { _ = try? JSONReader.parse(bytes: bytes, file: "fuzz.json") }
        }
    }

    func testTemplateParserSurvivesMutatedTemplates() throws {
        var rng = SplitMix64(state: Self.seed ^ 0xABCD)
        let folder = Paths.repo.appendingPathComponent("Templates")
        let sources = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".mustache") }
            .map { [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))) }
        let data: MustacheValue = ["title": "标题", "units": [["unit": "单位", "figures": [["name": "<b>", "value": "5,514 项"]]]],
                                   "sources": [], "briefings": []]
        let library = TemplateLibrary.folder(folder.path, kind: "md")
        var parsed = 0
        for n in 0..<Self.casesPerTarget {
            let bytes = mutate(window(of: sources.randomElement(using: &rng)!, &rng), &rng)
            let source = String(decoding: bytes, as: UTF8.self)
            timed("template case \(n)") {
                guard let t = try? Template(source: source, name: "fuzz.md.mustache") else { return }
                parsed += 1
                _ = try? t.render(data, library: library)
                _ = try? t.render(data, library: library, strict: true)
            }
        }
        XCTAssertGreaterThan(parsed, 100)
    }
}
