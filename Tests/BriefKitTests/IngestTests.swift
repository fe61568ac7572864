import Foundation
import XCTest
@testable import BriefKit

final class IngestTests: XCTestCase {
    /// Metadata of every sample against the hand-checked gold files.
    func testSamplesMetadataMatchesGold() throws {
        let ingestor = Ingestor()
        for name in Paths.sampleNames {
            let doc = try ingestor.load(path: Paths.sample(name))
            let gold = try readJSON(Paths.gold(name))
            XCTAssertEqual(doc.kind.rawValue, gold["kind"]?.stringValue, name)
            XCTAssertEqual(doc.unit, gold["unit"]?.stringValue, name)
            XCTAssertEqual(doc.year.map(String.init), gold["year"]?.stringValue, name)
            if doc.kind != .articleFeed {
                XCTAssertEqual(doc.published, gold["published"]?.stringValue, name)
            }
        }
    }

    /// The year a title names anywhere, not that of a date, a document number or a comparison.
    func testTheYearATitleNames() {
        let cases: [(String, Int?)] = [
            ("数说2025｜服务企业超12万家次，中心年度“成绩单”请查收", 2025),
            ("嘉定区2024年度科技创新工作综述", 2024),
            ("奉经委〔2025〕5号", nil),
            ("2026年1月9日 20:15", nil),
            ("发布于2026-01-09", nil),
            ("较2023年增长一成", nil),
            ("服务企业超12万家次", nil),
        ]
        for (title, year) in cases { XCTAssertEqual(MetadataDetector.yearNamed(inTitle: title), year, title) }
        XCTAssertTrue(MetadataDetector.isDocumentNumber("奉经委〔2025〕5号"))
        XCTAssertFalse(MetadataDetector.isDocumentNumber("上海市奉贤区经济委员会2024年政府信息公开工作年度报告"))
    }

    func testFeedHas97ArticlesEachWithPublisherAndDate() throws {
        let doc = try Ingestor().load(path: Paths.sample("003_8681bce01ccbf3f3"))
        XCTAssertEqual(doc.format, .feed)
        XCTAssertEqual(doc.articles.count, 97)
        XCTAssertTrue(doc.articles.allSatisfy { $0.publisher == "上海经信委" && $0.date.hasPrefix("2025-") })
        XCTAssertEqual(doc.unit, "上海市经济和信息化委员会")
    }

    /// The same document in each encoding reads as the same text and metadata.
    func testEachEncodingDecodesToTheSameText() throws {
        let path = Paths.sample("000_d87a536be5b8778f")
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [(String, Data, TextEncoding)] = [
            ("utf8", Data(original.utf8), .utf8),
            ("utf8bom", Data([0xEF, 0xBB, 0xBF]) + Data(original.utf8), .utf8BOM),
            ("utf16le", Data([0xFF, 0xFE]) + original.data(using: .utf16LittleEndian)!, .utf16LE),
            ("utf16be", Data([0xFE, 0xFF]) + original.data(using: .utf16BigEndian)!, .utf16BE),
            ("gb18030", original.data(using: TextDecoding.gb18030)!, .gb18030),
        ]
        for (label, data, expected) in cases {
            let file = dir.appendingPathComponent("\(label).txt").path
            try data.write(to: URL(fileURLWithPath: file))
            let doc = try Ingestor().load(path: file)
            XCTAssertEqual(doc.encoding, expected, label)
            XCTAssertEqual(doc.text, original, label)
            XCTAssertEqual(doc.unit, "上海计算机软件技术开发中心", label)
            XCTAssertEqual(doc.year, 2023, label)
        }
        // GB18030 bytes are not valid UTF-8: the detector really had to fall back.
        XCTAssertNil(String(validating: [UInt8](original.data(using: TextDecoding.gb18030)!), as: UTF8.self))
    }

    func testBadFilesGiveOneLineErrorsNamingTheFile() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [(String, [UInt8], String, Int?)] = [
            ("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00], "binary", nil),
            ("empty.txt", [], "empty", nil),
            ("broken.json", Array("[{\"title\": \"a\",\n  \"content\": \"b\"\n  \"time\": 1}]".utf8), "malformed JSON", 3),
            ("truncated.json", Array("[{\"title\": \"标题\", \"content\": \"正文".utf8), "malformed JSON", 1),
            ("deep.json", Array((String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)).utf8), "nested deeper", 1),
        ]
        for (name, bytes, fragment, line) in cases {
            let file = dir.appendingPathComponent(name).path
            XCTAssertTrue(FileManager.default.createFile(atPath: file, contents: Data(bytes)))
            XCTAssertThrowsError(try Ingestor().load(path: file), name) { error in
                guard let e = error as? BriefError else { return XCTFail("\(name): \(error)") }
                XCTAssertEqual(e.kind, .input, name)
                XCTAssertEqual(e.location?.file, file, name)
                XCTAssertTrue(e.message.contains(fragment), "\(name): \(e.message)")
                XCTAssertFalse(e.description.contains("\n"), name)
                if let line { XCTAssertEqual(e.location?.line, line, name) }
            }
        }
    }

    /// A feed's bare CR line breaks (WeChat) read as lines, byte for byte, so a figure on the
    /// second line is found there; JSON read for other purposes keeps its CR.
    func testFeedCarriageReturnsBreakLines() throws {
        let json = #"[{"title": "标题", "time": "2025-01-02", "content": "第一行\r全年服务企业 2599 家。\r\n第三行"}]"#
        let doc = try Ingestor().analyse(text: json, path: "feed.json")
        XCTAssertEqual(doc.articles.first?.content, "第一行\n全年服务企业 2599 家。\n\n第三行")
        let facts = FactExtractor().extract(doc).flatMap(\.facts)
        XCTAssertEqual(facts.map(\.quantity.value), [2599])
        XCTAssertEqual(facts.first?.provenance.line, 2)
        XCTAssertEqual(try JSONReader.parse(#"["a\rb"]"#), .array([.string("a\rb")]))
        XCTAssertEqual(FeedReader.crToNewline("a\rb\r"), "a\nb\n")
        XCTAssertEqual(FeedReader.crToNewline("中文"), "中文")
    }

    /// The binary-text check counts scalars and control characters of the first 65,536
    /// scalars exactly as a scalar-by-scalar count would, whatever the mix and length.
    func testControlCharacterCountMatchesScalarCount() {
        var rng = SplitMix64(state: 11)
        let pieces = ["a", "中", "😀", "\u{01}", "\u{1F}", "\t", "\n", "é", "\u{0C}", "\u{7F}"]
        for round in 0..<300 {
            let n = round < 10 ? 70_000 + round * 5 : Int(rng.next() % 400)
            let text = (0..<n).map { _ in pieces[Int(rng.next() % UInt64(round % 3 == 0 ? 4 : pieces.count))] }.joined()
            var controls = 0, total = 0
            for u in text.unicodeScalars {
                total += 1
                if total > 65_536 { total -= 1; break }
                if u.value < 0x20 && ![0x0A, 0x0D, 0x09, 0x0C].contains(u.value) { controls += 1 }
            }
            let binary = total > 0 && controls * 10 > total
            do {
                _ = try TextDecoding.checkText(text, file: "t")
                XCTAssertFalse(binary, "round \(round): \(controls) of \(total)")
            } catch let e as BriefError {
                XCTAssertTrue(binary, "round \(round)")
                XCTAssertTrue(e.message.contains("(\(controls) control characters in the first \(total))"), "round \(round): \(e.message)")
            } catch { XCTFail("\(error)") }
        }
    }

    /// The publication date: a date after a 发布时间/日期 label in the head, else the first
    /// line that is only a date (or ends in one and 印发) not before the reporting year, else
    /// an ISO date beside 来源 in a page header.
    func testPublishedDateLines() {
        let cases: [(text: String, year: Int?, expected: String?)] = [
            ("标题\n2024 年 11 月\n正文", nil, "2024-11"),
            ("标题\n  2024年2月6日  \n", nil, "2024-02-06"),
            ("通知\n上海市科学技术委员会 2024年3月5日印发\n", nil, "2024-03-05"),
            ("2022 年 5 月\n2024 年 1 月\n", 2023, "2024-01"),          // an earlier year is passed over
            ("2023 年 12 月完成了很多工作\n", nil, nil),               // not only a date
            ("日期：2024 年 11 月\n", nil, "2024-11"),                // a labelled date
            ("首页 > 新闻\n发布时间：2024-02-21 10:35    来源：徐汇区科委\n正文", nil, "2024-02-21"),
            ("来源:闵行区科委  发布时间:2024年2月6日\n", nil, "2024-02-06"),
            ("http://example.cn 2012-02-08 00:00 来源: 中华工商时报\n", nil, "2012-02-08"),
            ("发布时间：2024-13-21\n", nil, nil),                      // no month 13
            ("全年完成2024-2026年规划编制\n", nil, nil),              // a year range, no date
            (String(repeating: "很", count: 40) + "2024 年 11 月\n", nil, nil),
            ("2024 年 13 月\n2024 年 10 月", nil, "2024-10"),          // no month 13; the last line has no newline
            ("", nil, nil),
        ]
        for c in cases {
            XCTAssertEqual(MetadataDetector.publishedDate(of: c.text, reportingYear: c.year), c.expected, c.text)
        }
    }

    /// Files are read whole and exactly, across the read buffer's size; a folder or a
    /// missing file reads as nothing.
    func testFileBytesReadWholeFiles() throws {
        let dir = NSTemporaryDirectory() + "brief-filebytes-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for size in [0, 1, 65_535, 65_536, 65_537, 200_003] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
            let path = dir + "/f\(size)"
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            XCTAssertEqual(try FileBytes.contents(of: path), bytes, "size \(size)")
        }
        XCTAssertNil(try? FileBytes.contents(of: dir))
        XCTAssertNil(try? FileBytes.contents(of: dir + "/missing"))
    }

    /// A file of 4 GB or more is refused from its size, before any of it is read (a sparse
    /// file: it takes no disk space, and reading it would take 4 GB of memory).
    func testFileOver4GBIsRefusedBeforeReading() throws {
        let path = NSTemporaryDirectory() + "brief-huge-\(getpid()).txt"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(UInt32.max) + 1)
        try handle.close()
        let readBefore = Self.bytesReadByThisProcess()
        XCTAssertThrowsError(try Ingestor().load(path: path)) { error in
            XCTAssertTrue((error as? BriefError)?.message.contains("over 4 GB") == true, "\(error)")
        }
        if let before = readBefore, let after = Self.bytesReadByThisProcess() {
            XCTAssertLessThan(after - before, 1 << 20, "the file was read")
        }
    }

    /// Bytes this process has read through read() and the like (Linux's /proc/self/io), or nil.
    static func bytesReadByThisProcess() -> Int? {
        guard let io = try? String(contentsOfFile: "/proc/self/io", encoding: .utf8),
              let line = io.split(separator: "\n").first(where: { $0.hasPrefix("rchar:") }) else { return nil }
        return Int(line.dropFirst("rchar:".count).trimmingCharacters(in: .whitespaces))
    }

    /// Outcomes without text (streaming, briefings) carry the same extractions.
    func testOutcomesWithoutTextExtractTheSame() {
        var engine = ParallelExtraction(ingestor: Ingestor(), extractor: FactExtractor())
        for name in Paths.sampleNames {
            let file = Paths.sample(name)
            engine.keepsText = true
            guard case let .extracted(full, a) = engine.outcome(of: file) else { XCTFail(name); continue }
            engine.keepsText = false
            guard case let .extracted(shell, b) = engine.outcome(of: file) else { XCTFail(name); continue }
            XCTAssertFalse(full.text.isEmpty && full.format != .feed, name)
            XCTAssertEqual(shell.text, "", name)
            XCTAssertEqual(a.map(\.facts), b.map(\.facts), name)
            XCTAssertEqual(a.map(\.honours), b.map(\.honours), name)
        }
    }

    func testMalformedJSONNamesLineAndColumn() {
        let text = "[\n  {\"title\": \"标题\",\n   \"content\": tru}\n]"
        XCTAssertThrowsError(try JSONReader.parse(text, file: "f.json")) { error in
            let e = error as? BriefError
            XCTAssertEqual(e?.location?.line, 3)
            XCTAssertEqual(e?.location?.column, 15)
            XCTAssertEqual(e?.location?.file, "f.json")
        }
    }

    func testInvalidUTF8InTheMiddleFallsBackOrFailsWithOffset() throws {
        // A lone 0xFF is neither UTF-8 nor GB18030.
        var bytes = Array("第一行\n第二行".utf8)
        bytes.insert(0xFF, at: 10)
        XCTAssertThrowsError(try TextDecoding.decode(bytes, file: "x.txt")) { error in
            let e = error as? BriefError
            XCTAssertEqual(e?.location?.offset, 10)
            XCTAssertEqual(e?.location?.line, 2)
        }
    }

    func testUnitAliasesResolveWithContext() {
        let r = UnitRegistry.builtIn
        let cases: [(String, String, String?)] = [
            ("上海软件中心", "", "上海计算机软件技术开发中心"),
            ("上海经信委", "", "上海市经济和信息化委员会"),
            ("市科委", "上海市科委", "上海市科学技术委员会"),
            ("区科委", "普陀区 2023 年", "上海市普陀区科学技术委员会"),
            ("区科委", "徐汇区 2023 年", nil),
            ("某某研究所", "", nil),
        ]
        for (alias, context, expected) in cases {
            XCTAssertEqual(r.canonicalName(for: alias, context: context), expected, alias)
        }
    }

    func testUnknownUnitIsReportedByTheNameFound() throws {
        let text = "上海市某某区科技发展中心\n\n2022 年度社会责任报告\n\n正文。"
        let doc = try Ingestor().analyse(text: text, path: "x.txt")
        XCTAssertEqual(doc.unit, "上海市某某区科技发展中心")
        XCTAssertEqual(doc.kind, .csrReport)
        XCTAssertEqual(doc.year, 2022)
    }

    func testBuiltInRegistryMatchesDataFile() throws {
        let file = try UnitRegistry.parse(json: String(contentsOfFile: Paths.repo.appendingPathComponent("Data/units.json").path, encoding: .utf8), file: "units.json")
        XCTAssertEqual(file.units, UnitRegistry.builtIn.units)
    }

    func testBuiltInCatalogMatchesDataFile() throws {
        let file = try MetricCatalog.parse(json: String(contentsOfFile: Paths.repo.appendingPathComponent("Data/metrics.json").path, encoding: .utf8), file: "metrics.json")
        XCTAssertEqual(file.metrics, MetricCatalog.builtIn.metrics)
        XCTAssertFalse(file.metrics.isEmpty)
    }

    func testFolderExpansionIsRecursiveAndSorted() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        for f in ["z.txt", "a.md", "b/c/d.json", "b/skip.png", ".hidden.txt"] {
            XCTAssertTrue(FileManager.default.createFile(atPath: dir.appendingPathComponent(f).path, contents: Data("x".utf8)))
        }
        let files = try Ingestor.expand([dir.path]).map { $0.replacingOccurrences(of: dir.path + "/", with: "") }
        XCTAssertEqual(files, ["a.md", "b/c/d.json", "z.txt"])
        XCTAssertThrowsError(try Ingestor.expand([dir.path + "/missing"]))
    }
}
