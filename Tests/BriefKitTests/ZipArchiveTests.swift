import Foundation
import XCTest
@testable import BriefKit

final class ZipArchiveTests: XCTestCase {
    func testReadsTheEntriesLibreOfficeWrote() throws {
        var zip = try ZipArchive(try Formats.bytes("csr-2023.docx"), file: "csr-2023.docx")
        let names = Set(zip.entries.map(\.name))
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/footnotes.xml", "docProps/core.xml"] {
            XCTAssertTrue(names.contains(part), part)
        }
        let xml = try XCTUnwrap(try zip.contents(of: "word/document.xml"))
        XCTAssertTrue(String(decoding: xml, as: UTF8.self).contains("专业技术服务项目"))
        XCTAssertNil(try zip.contents(of: "word/nothing.xml"))
    }

    func testWhatOurWriterStoresOrDeflatesReadsBackTheSame() throws {
        let text = Array(String(repeating: "上海软件中心 5,514 项\n", count: 500).utf8)
        let tiny: [UInt8] = [1, 2, 3]
        var writer = ZipWriter()
        writer.add("a.txt", text)
        writer.add("b.bin", tiny)      // deflate would not help: stored
        writer.add("empty", [])
        var zip = try ZipArchive(writer.finished(), file: "t.zip")
        XCTAssertEqual(zip.entries.map(\.method), [8, 0, 0])
        XCTAssertEqual(try zip.contents(of: "a.txt"), text)
        XCTAssertEqual(try zip.contents(of: "B.BIN"), tiny, "part names compare without case")
        XCTAssertEqual(try zip.contents(of: "empty"), [])
    }

    func testFixedTimestampsMakeTheSameBytes() {
        func archive() -> [UInt8] {
            var z = ZipWriter()
            z.add("x.xml", Array("<x/>".utf8))
            return z.finished()
        }
        let bytes = archive()
        XCTAssertEqual(bytes, archive())
        // Date field of the local header (offset 12): 1980-01-01.
        XCTAssertEqual(UInt16(bytes[12]) | UInt16(bytes[13]) << 8, 0x0021)
    }

    func testTheZipBombIsRefusedNamingTheFile() throws {
        let file = Formats.path("bad/bomb.docx")
        XCTAssertThrowsError(try DocxText.extract(try Formats.bytes("bad/bomb.docx"), path: file)) { error in
            let e = error as? BriefError
            XCTAssertEqual(e?.kind, .input)
            XCTAssertEqual(e?.location?.file, file)
            XCTAssertTrue(e?.message.contains("zip bomb") == true, "\(error)")
            XCTAssertFalse(e?.description.contains("\n") == true)
        }
    }

    func testEachLimitNamesWhatWasExceeded() throws {
        let big = Array(repeating: UInt8(ascii: "a"), count: 200_000)
        var writer = ZipWriter()
        writer.add("one", big)
        writer.add("two", big)
        let archive = writer.finished()
        let cases: [(String, (inout ZipLimits) -> Void, String)] = [
            ("entries", { $0.entries = 1 }, "2 entries, over the limit of 1"),
            ("entry size", { $0.entryBytes = 100_000 }, "would inflate to 200000 bytes, over the limit"),
            ("ratio", { $0.ratio = 10; $0.ratioFloor = 1_000 }, "refused as a zip bomb"),
            ("total", { $0.totalBytes = 300_000 }, "300000 bytes in all"),
        ]
        for (label, set, message) in cases {
            var limits = ZipLimits()
            set(&limits)
            XCTAssertThrowsError(try {
                var zip = try ZipArchive(archive, file: "t.zip", limits: limits)
                _ = try zip.contents(of: "one")
                _ = try zip.contents(of: "two")
            }(), label) { error in
                XCTAssertTrue("\(error)".contains(message), "\(label): \(error)")
                XCTAssertTrue("\(error)".hasPrefix("t.zip"), "\(label): \(error)")
            }
        }
    }

    func testDamagedArchivesAreRefusedNotCrashedOn() throws {
        var writer = ZipWriter()
        writer.add("word/document.xml", Array(String(repeating: "<w:p/>", count: 100).utf8))
        writer.add("stored", [1, 2, 3, 4])
        let good = writer.finished()
        // A stated size smaller than what the stream holds.
        var lying = good
        let sizeAt = try XCTUnwrap(directoryEntry(in: lying)) + 24   // its uncompressed size
        lying[sizeAt] = 10; lying[sizeAt + 1] = 0; lying[sizeAt + 2] = 0; lying[sizeAt + 3] = 0
        // A flipped byte in the stored entry: its CRC no longer matches.
        var flipped = good
        if let i = flipped.indices.first(where: { flipped[$0] == 1 && flipped[$0 + 1] == 2 && flipped[$0 + 2] == 3 }) { flipped[i] = 9 }
        let cases: [(String, [UInt8], String, String)] = [
            ("cut short", Array(good.prefix(good.count / 2)), "word/document.xml", "no zip central directory"),
            ("not a zip", Array("PK\u{3}\u{4} hello".utf8), "word/document.xml", "zip"),
            ("stated size", lying, "word/document.xml", "more than its stated 10 bytes"),
            ("crc", flipped, "stored", "fails its CRC check"),
        ]
        for (label, bytes, entry, message) in cases {
            XCTAssertThrowsError(try {
                var zip = try ZipArchive(bytes, file: "d.docx")
                _ = try zip.contents(of: entry)
            }(), label) { error in
                XCTAssertTrue("\(error)".contains(message), "\(label): \(error)")
                XCTAssertEqual((error as? BriefError)?.kind, .input, label)
            }
        }
    }

    func testEncryptedEntriesAreRefused() throws {
        var writer = ZipWriter()
        writer.add("x", [1])
        var bytes = writer.finished()
        bytes[6] |= 1                                   // local header flags
        bytes[try XCTUnwrap(directoryEntry(in: bytes)) + 8] |= 1    // central directory flags
        XCTAssertThrowsError(try { var z = try ZipArchive(bytes, file: "e.docx"); _ = try z.contents(of: "x") }()) { error in
            XCTAssertTrue("\(error)".contains("encrypted"), "\(error)")
        }
    }

    /// The offset of the first central directory entry.
    func directoryEntry(in bytes: [UInt8]) -> Int? {
        bytes.indices.dropLast(4).first { bytes[$0] == 0x50 && bytes[$0 + 1] == 0x4B && bytes[$0 + 2] == 1 && bytes[$0 + 3] == 2 }
    }
}
