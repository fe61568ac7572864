import Foundation

/// The text encodings Brief recognises, detected from a file's bytes.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8-BOM"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case gb18030 = "GB18030"
}

/// Decodes file bytes as UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030,
/// in that order, and rejects binary data.
public enum TextDecoding {
    /// GB18030 as Foundation on Linux knows it (CFStringEncoding 0x0632 with the high bit):
    /// for encoding, and the decoding `GB18030` was generated from and is tested against.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    public static func decode(_ data: [UInt8], file: String) throws -> (text: String, encoding: TextEncoding) {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(data.dropFirst(3))
            if let s = validUTF8(body) { return (try checkText(s, file: file), .utf8BOM) }
            throw invalidUTF8(body, file: file)
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let le = data[0] == 0xFF
            guard let s = String(data: Data(data), encoding: le ? .utf16LittleEndian : .utf16BigEndian)
                    ?? String(data: Data(data.dropFirst(2)), encoding: le ? .utf16LittleEndian : .utf16BigEndian)
            else { throw BriefError(.input, "cannot decode as UTF-16 despite its byte-order mark", at: SourceLocation(file: file)) }
            let text = s.hasPrefix("\u{FEFF}") ? String(s.unicodeScalars.dropFirst()) : s
            return (try checkText(text, file: file), le ? .utf16LE : .utf16BE)
        }
        if let nul = firstNUL(data) {
            throw BriefError(.input, "binary data (NUL byte at offset \(nul)); not a text document",
                             at: SourceLocation(file: file, offset: nul))
        }
        if let s = validUTF8(data) { return (try checkText(s, file: file), .utf8) }
        // Not UTF-8: GB18030 is the one other encoding Chinese documents come in without a BOM.
        if let s = GB18030.decode(data), !s.isEmpty {
            return (try checkText(s, file: file), .gb18030)
        }
        throw invalidUTF8(data, file: file)
    }

    static func validUTF8(_ bytes: [UInt8]) -> String? {
        UncheckedUTF8.validating(bytes)
    }

    /// Names the first byte where UTF-8 decoding fails, for the error line.
    static func invalidUTF8(_ bytes: [UInt8], file: String) -> BriefError {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        var lastGood = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(s): consumed += UTF8.width(s); lastGood = consumed
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        let loc = LineIndex(bytes: Array(bytes[0..<lastGood])).location(ofOffset: lastGood, file: file)
        return BriefError(.input, "cannot decode as UTF-8, UTF-16 or GB18030 (first bad byte at offset \(lastGood)); convert the file to UTF-8", at: loc)
    }

    /// The offset of the first NUL byte, found with memchr: this scans every file.
    static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, let hit = memchr(base, 0, b.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
    }

    /// Rejects decoded text that is mostly control characters: a binary file that happened to decode.
    static func checkText(_ text: String, file: String) throws -> String {
        // GB18030 and UTF-16 grow when decoded (two bytes become three): offsets are 32-bit.
        guard text.utf8.count < FileBytes.hardLimit else {
            throw BriefError(.input, "over 4 GB once decoded; split it into smaller documents", at: SourceLocation(file: file))
        }
        // Counted on the UTF-8 bytes: a scalar starts at every non-continuation byte, and
        // control characters are single bytes. Words of eight bytes with no byte below
        // 0x20 only add their scalars (bytes not of the form 10xxxxxx).
        var controls = 0, total = 0
        var copy = text
        copy.withUTF8 { bytes in
            // Most text has no control character at all, and then passes whatever its length:
            // the bytes that can hold the first 65,536 scalars are searched for one first.
            guard hasControl(bytes, upTo: 4 * 65_536) else { return }
            var i = 0
            while i < bytes.count {
                if i + 8 <= bytes.count, total + 8 <= 65_536 {
                    let w = ByteScan.word(bytes, at: i)
                    if !ByteScan.hasLess(w, than: 0x20) {
                        // High bit set and next bit clear: a continuation byte.
                        let continuation = w & ~(w << 1) & 0x8080_8080_8080_8080
                        total += 8 - continuation.nonzeroBitCount
                        i += 8
                        continue
                    }
                }
                let b = bytes[i]
                i += 1
                if b & 0xC0 == 0x80 { continue }
                total += 1
                if total > 65_536 { total -= 1; break }
                if isControl(b) { controls += 1 }
            }
        }
        if total > 0 && controls * 10 > total {
            throw BriefError(.input, "binary data (\(controls) control characters in the first \(total)); not a text document",
                             at: SourceLocation(file: file))
        }
        return text
    }

    /// Whether a control character other than tab, newline, form feed or carriage return is
    /// among the first `limit` bytes: eight bytes a step where none is below 0x20.
    /// A control byte no text has (not a line feed, return, tab or form feed).
    @inline(__always) static func isControl(_ b: UInt8) -> Bool {
        b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C
    }

    static func hasControl(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Bool {
        let n = min(bytes.count, limit)
        var i = 0
        while i < n {
            if i + 8 <= n, !ByteScan.hasLess(ByteScan.word(bytes, at: i), than: 0x20) { i += 8; continue }
            let b = bytes[i]
            if isControl(b) { return true }
            i += 1
        }
        return false
    }
}
