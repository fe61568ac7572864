import Foundation

/// A large plain UTF-8 text read in windows rather than whole (`brief extract` to JSONL or
/// CSV), so memory follows the window, not the document.
///
/// A first pass over the file checks what `Ingestor.load` would check (UTF-8, no NUL, not
/// binary, not JSON) and collects what the metadata detectors read: the head and the
/// answers about the whole text (`TextSurvey`). Anything unusual — a byte-order mark, a PDF,
/// Word or web page, bytes that are not UTF-8 — leaves the file to the whole-file path,
/// which reads it and reports its errors as always.
public enum StreamedDocument {
    /// Files at least this large are streamed (`BRIEF_STREAM_THRESHOLD`, in bytes, for tests).
    static let threshold = environmentSize("BRIEF_STREAM_THRESHOLD") ?? 8 << 20
    /// About this many bytes are read per window (`BRIEF_STREAM_WINDOW`, in bytes, for tests).
    static let windowSize = environmentSize("BRIEF_STREAM_WINDOW") ?? 4 << 20

    static func environmentSize(_ name: String) -> Int? {
        ProcessInfo.processInfo.environment[name].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }

    /// Extensions of documents that are converted, not read as text.
    static let convertedExtensions: Set<String> = ["pdf", "docx", "html", "htm", "xhtml", "json"]

    /// Whether `path` is a regular file large enough to stream and small enough to read.
    static func qualifies(_ path: String, limit: Int, threshold: Int = threshold) -> Bool {
        guard let info = Platform.status(path), info.type == .regular else { return false }
        let ext = (path as NSString).pathExtension.lowercased()
        return info.size >= threshold && info.size <= limit && info.size < FileBytes.hardLimit && !convertedExtensions.contains(ext)
    }

    /// The document as `Ingestor.load` describes it, without its text, or nil when the file
    /// is to be read whole.
    /// - Throws: a `BriefError` naming the file when it cannot be read.
    static func survey(_ path: String, ingestor: Ingestor, windowSize: Int = windowSize) throws -> Document? {
        var windows = try TextWindows(path: path, size: windowSize)
        defer { windows.close() }
        var head: [UInt8] = []
        var headDone = false
        var needles = Set(ingestor.registry.requiredWords + ["区科委"])
        var found = Set<String>()
        var dates = SignedDates()
        var size = 0
        while let w = try windows.next() {
            if w.offset == 0, !startsAsText(w.bytes) { return nil }
            // What the whole-file path refuses or decodes otherwise, it reports.
            if TextDecoding.firstNUL(w.bytes) != nil || TextDecoding.validUTF8(w.bytes) == nil { return nil }
            size += w.bytes.count
            if !headDone {
                head += w.bytes
                headDone = TextSurvey.isEnoughHead(head)
            }
            for n in needles where n.isEmpty || w.bytes.withUnsafeBufferPointer({ b in
                var n = n
                return n.withUTF8 { ByteSearch.offset(of: $0, in: b) != nil }
            }) {
                found.insert(n)
                needles.remove(n)
            }
            w.bytes.withUnsafeBufferPointer { dates.read($0) }
        }
        let text = String(decoding: head, as: UTF8.self)
        head = []
        guard (try? TextDecoding.checkText(text, file: path)) != nil else { return nil }
        let first = text.unicodeScalars.first { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }
        guard let first, first != "[", first != "{" else { return nil }
        var json: JSONValue? = nil
        let format = try ingestor.detectFormat(text, path: path, json: &json)
        var doc = Document(path: path, format: format, encoding: .utf8, kind: .other, unit: nil, year: nil,
                           published: nil, sizeInBytes: size, text: "", articles: [])
        let survey = TextSurvey(head: text, mentions: { found.contains($0) },
                                mostNamedDistrict: { try? districts(path, windowSize: windowSize) },
                                signedDate: { dates.first(notBefore: $0) })
        ingestor.describe(&doc, survey: survey, properties: nil)
        return doc
    }

    /// Plain text: no byte-order mark, not a PDF, Word file or web page.
    static func startsAsText(_ bytes: [UInt8]) -> Bool {
        !bytes.starts(with: [0xEF, 0xBB, 0xBF]) && !bytes.starts(with: [0xFF, 0xFE]) && !bytes.starts(with: [0xFE, 0xFF])
            && !bytes.starts(with: Array("%PDF-".utf8)) && !bytes.starts(with: DocumentConversion.zipSignature)
            && !DocumentConversion.looksLikeHTML(bytes)
    }

    /// The district the whole file names most, read again window by window: asked only of
    /// a text that writes 区科委.
    static func districts(_ path: String, windowSize: Int) throws -> String? {
        var windows = try TextWindows(path: path, size: windowSize)
        defer { windows.close() }
        var counts = [Int](repeating: 0, count: UnitDetector.districtList.words.count)
        while let w = try windows.next() {
            // Decoded first: the count walks valid UTF-8, as a string's is.
            var text = String(decoding: w.bytes, as: UTF8.self)
            text.withUTF8 { UnitDetector.countDistricts($0, into: &counts) }
        }
        return UnitDetector.mostNamed(counts)
    }
}

/// The signed dates of a text as it is read: each one later than all before it. The first
/// date not before a year is always one of them (every earlier date is before that year),
/// so `MetadataDetector.signedDate` is answered for any year without keeping every date.
struct SignedDates {
    private var records: [(year: Int, date: String)] = []

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        MetadataDetector.forEachSignedDate(in: bytes) { date in
            let y = Int(date.prefix(4)) ?? 0
            if records.last.map({ y > $0.year }) ?? true { records.append((y, date)) }
            return true
        }
    }

    func first(notBefore year: Int?) -> String? {
        guard let year else { return records.first?.date }
        return records.first { $0.year >= year }?.date
    }
}
