/// A zip archive read from memory through its central directory: entry names, and the
/// bytes of an entry stored or deflated, inflated within `ZipLimits`.
///
///     let zip = try ZipArchive(bytes, file: "report.docx")
///     let xml = try zip.contents(of: "word/document.xml")
///
/// Only what is asked for is inflated, and nothing is written anywhere, so entry names
/// (`../x`, absolute paths) are harmless strings here.
struct ZipArchive {
    struct Entry {
        var name: String
        var method: UInt16
        var flags: UInt16
        var crc: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    let bytes: [UInt8]
    let file: String
    let limits: ZipLimits
    private(set) var entries: [Entry] = []
    /// Inflated bytes handed out so far, against `limits.totalBytes`.
    private var inflated = 0

    /// Reads the central directory.
    /// - Throws: `BriefError(.input)` naming the file when it is not a zip archive, is cut
    ///   short, has more entries than the limit, or spans several disks or needs zip64.
    init(_ bytes: [UInt8], file: String, limits: ZipLimits = .standard) throws {
        self.bytes = bytes
        self.file = file
        self.limits = limits
        let end = try findEndOfCentralDirectory()
        let count = Int(u16(end + 10)), size = Int(u32(end + 12)), offset = Int(u32(end + 16))
        if u16(end + 4) != 0 || u16(end + 6) != 0 || count != Int(u16(end + 8)) {
            throw fail("is a multi-disk zip archive; not a Word document", at: end)
        }
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw fail("is a zip64 archive (over 4 GB or 65,535 entries); not supported", at: end)
        }
        guard count <= limits.entries else {
            throw fail("zip archive has \(count) entries, over the limit of \(limits.entries); refused", at: end)
        }
        guard offset + size <= end else { throw fail("zip central directory lies outside the file; the file is damaged", at: end) }
        var p = offset
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard p + 46 <= end, u32(p) == 0x0201_4B50 else {
                throw fail("zip central directory is damaged (entry \(entries.count + 1))", at: p)
            }
            let nameLength = Int(u16(p + 28)), extraLength = Int(u16(p + 30)), commentLength = Int(u16(p + 32))
            guard p + 46 + nameLength <= end else { throw fail("zip entry name runs past the directory", at: p) }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            entries.append(Entry(name: name, method: u16(p + 10), flags: u16(p + 8), crc: u32(p + 16),
                                 compressedSize: Int(u32(p + 20)), uncompressedSize: Int(u32(p + 24)),
                                 localHeaderOffset: Int(u32(p + 42))))
            p += 46 + nameLength + extraLength + commentLength
        }
    }

    /// The entry named `name`, compared without case (part names in Office files are).
    func entry(named name: String) -> Entry? {
        let wanted = name.lowercased()
        return entries.first { $0.name.lowercased() == wanted }
    }

    /// The bytes of an entry, or nil when the archive has none of that name.
    /// - Throws: when the entry is encrypted, compressed by another method, damaged
    ///   (CRC mismatch, bad stream), or would inflate beyond the limits.
    mutating func contents(of name: String) throws -> [UInt8]? {
        guard let e = entry(named: name) else { return nil }
        return try contents(of: e)
    }

    mutating func contents(of e: Entry) throws -> [UInt8] {
        let at = e.localHeaderOffset
        guard at + 30 <= bytes.count, u32(at) == 0x0403_4B50 else {
            throw fail("zip entry \(e.name) has no local header; the file is damaged", at: at)
        }
        guard e.flags & 1 == 0 else { throw fail("zip entry \(e.name) is encrypted; remove the password and try again", at: at) }
        let start = at + 30 + Int(u16(at + 26)) + Int(u16(at + 28))
        guard start + e.compressedSize <= bytes.count else {
            throw fail("zip entry \(e.name) runs past the end of the file; the file is cut short or damaged", at: at)
        }
        guard e.uncompressedSize <= limits.entryBytes else {
            throw fail("zip entry \(e.name) would inflate to \(e.uncompressedSize) bytes, over the limit of \(limits.entryBytes); refused", at: at)
        }
        let remaining = limits.totalBytes - inflated
        let out: [UInt8]
        switch e.method {
        case 0:
            guard e.compressedSize == e.uncompressedSize else { throw fail("zip entry \(e.name) is stored with two different sizes; the file is damaged", at: at) }
            guard e.compressedSize <= remaining else { throw fail("zip archive inflates to more than \(limits.totalBytes) bytes in all; refused", at: at) }
            out = Array(bytes[start..<(start + e.compressedSize)])
        case 8:
            out = try inflate(e, from: start, remaining: remaining)
        default:
            throw fail("zip entry \(e.name) uses compression method \(e.method); only stored and deflate are read", at: at)
        }
        guard Zlib.crc32(out) == e.crc else { throw fail("zip entry \(e.name) fails its CRC check; the file is damaged", at: at) }
        inflated += out.count
        return out
    }

    private func inflate(_ e: Entry, from start: Int, remaining: Int) throws -> [UInt8] {
        // The stated size is a claim, not a bound: the stream is inflated against the
        // smallest of the limits, and the one reached names the refusal.
        let scaled = e.compressedSize.multipliedReportingOverflow(by: limits.ratio)
        let ratioLimit = max(limits.ratioFloor, scaled.overflow ? Int.max : scaled.partialValue)
        let limit = min(e.uncompressedSize, limits.entryBytes, remaining, ratioLimit)
        do {
            return try bytes.withUnsafeBufferPointer { b throws(Zlib.Failure) in
                try Zlib.inflate(UnsafeBufferPointer(rebasing: b[start..<(start + e.compressedSize)]), limit: limit, sizeHint: e.uncompressedSize)
            }
        } catch .overLimit {
            let at = e.localHeaderOffset
            if limit == ratioLimit {
                throw fail("zip entry \(e.name) inflates to more than \(limits.ratio) times its compressed size; refused as a zip bomb", at: at)
            }
            if limit == remaining { throw fail("zip archive inflates to more than \(limits.totalBytes) bytes in all; refused", at: at) }
            if limit == limits.entryBytes { throw fail("zip entry \(e.name) inflates to more than \(limits.entryBytes) bytes; refused", at: at) }
            throw fail("zip entry \(e.name) inflates to more than its stated \(e.uncompressedSize) bytes; the file is damaged or crafted", at: at)
        } catch let .corrupt(message) {
            throw fail("zip entry \(e.name) cannot be inflated (\(message)); the file is damaged", at: e.localHeaderOffset)
        }
    }

    /// The end-of-central-directory record: its signature in the last 64 KB + 22 bytes
    /// (the record and the longest comment), searched from the end.
    private func findEndOfCentralDirectory() throws -> Int {
        guard bytes.count >= 22 else { throw fail("is too short to be a zip archive; the file is damaged", at: 0) }
        var p = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while p >= lowest {
            if bytes[p] == 0x50, u32(p) == 0x0605_4B50 { return p }
            p -= 1
        }
        throw fail("has no zip central directory (cut short or damaged); not a readable Word document", at: bytes.count)
    }

    private func u16(_ p: Int) -> UInt16 { UInt16(bytes[p]) | UInt16(bytes[p + 1]) << 8 }
    private func u32(_ p: Int) -> UInt32 { UInt32(u16(p)) | UInt32(u16(p + 2)) << 16 }

    private func fail(_ message: String, at offset: Int) -> BriefError {
        BriefError(.input, message, at: SourceLocation(file: file, offset: offset))
    }
}
