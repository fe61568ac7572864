/// Parses JSON from UTF-8 bytes, reporting malformed input with line and column.
///
/// Written here rather than using `JSONSerialization` so that errors carry a position,
/// numbers keep their literal text and nesting depth is bounded (a hostile file cannot
/// exhaust the stack).
public struct JSONReader {
    public static let maxDepth = 256

    private let bytes: [UInt8]
    /// The text the bytes are, when parsing a string: strings are then cut from it, which
    /// copies valid UTF-8 instead of validating it again (an article's content is long).
    private var source: String? = nil
    private var pos = 0
    private var depth = 0
    /// Reads the escape `\r` as a newline: article feeds break lines with a bare CR
    /// (WeChat), and their text is read by lines. Byte for byte, so offsets hold.
    private var carriageReturnAsNewline = false

    public static func parse(_ text: String, file: String = "", carriageReturnAsNewline: Bool = false) throws -> JSONValue {
        try parse(bytes: Array(text.utf8), source: text, file: file, carriageReturnAsNewline: carriageReturnAsNewline)
    }

    public static func parse(bytes: [UInt8], file: String = "", carriageReturnAsNewline: Bool = false) throws -> JSONValue {
        try parse(bytes: bytes, source: nil, file: file, carriageReturnAsNewline: carriageReturnAsNewline)
    }

    private static func parse(bytes: [UInt8], source: String?, file: String, carriageReturnAsNewline: Bool) throws -> JSONValue {
        var reader = JSONReader(bytes: bytes)
        reader.source = source
        reader.carriageReturnAsNewline = carriageReturnAsNewline
        // A UTF-8 byte-order mark, as Windows editors write one, is not part of the JSON.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.pos = 3 }
        do {
            reader.skipSpace()
            let value = try reader.readValue()
            reader.skipSpace()
            if reader.pos < bytes.count { throw reader.fail("unexpected text after the JSON value") }
            return value
        } catch var error as BriefError {
            if var loc = error.location { loc.file = file; error.location = loc }
            throw error
        }
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func fail(_ message: String) -> BriefError {
        let loc = LineIndex(bytes: bytes).location(ofOffset: min(pos, bytes.count), file: "")
        return BriefError(.input, "malformed JSON: \(message)", at: loc)
    }

    private mutating func skipSpace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x20, 0x09, 0x0A, 0x0D: pos += 1
            default: return
            }
        }
    }

    private mutating func readValue() throws -> JSONValue {
        guard pos < bytes.count else { throw fail("unexpected end of input") }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try readObject()
        case UInt8(ascii: "["): return try readArray()
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
        default: throw fail("unexpected character")
        }
    }

    private mutating func expectWord(_ word: String) throws {
        let w = Array(word.utf8)
        guard pos + w.count <= bytes.count, bytes[pos..<(pos + w.count)].elementsEqual(w) else {
            throw fail("unexpected character")
        }
        pos += w.count
    }

    private mutating func enter() throws {
        depth += 1
        if depth > Self.maxDepth { throw fail("nested deeper than \(Self.maxDepth) levels") }
    }

    private mutating func readObject() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        pos += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") { pos += 1; return .object(members) }
        while true {
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
            let key = try readString()
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw fail("expected ':' after key") }
            pos += 1
            skipSpace()
            members.append((key, try readValue()))
            skipSpace()
            guard pos < bytes.count else { throw fail("unexpected end of input in object") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "}") { pos += 1; return .object(members) }
            throw fail("expected ',' or '}' in object")
        }
    }

    private mutating func readArray() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        pos += 1
        var items: [JSONValue] = []
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") { pos += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try readValue())
            skipSpace()
            guard pos < bytes.count else { throw fail("unexpected end of input in array") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "]") { pos += 1; return .array(items) }
            throw fail("expected ',' or ']' in array")
        }
    }

    private mutating func readNumber() throws -> JSONValue {
        let start = pos
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        func digits() -> Int {
            let s = pos
            while pos < bytes.count, bytes[pos] >= 0x30, bytes[pos] <= 0x39 { pos += 1 }
            return pos - s
        }
        guard digits() > 0 else { throw fail("malformed number") }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            guard digits() > 0 else { throw fail("malformed number") }
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            guard digits() > 0 else { throw fail("malformed number") }
        }
        return .number(String(decoding: bytes[start..<pos], as: UTF8.self))
    }

    private mutating func readHex4() throws -> UInt32 {
        guard pos + 4 <= bytes.count else { throw fail("truncated \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[pos]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("bad \\u escape")
            }
            v = v * 16 + d
            pos += 1
        }
        return v
    }

    /// Bytes `a..<b` of the source, both at ASCII bytes (quotes, backslashes).
    private static func slice(_ text: String, _ a: Int, _ b: Int) -> Substring {
        let u = text.utf8
        return Substring(u[u.index(u.startIndex, offsetBy: a)..<u.index(u.startIndex, offsetBy: b)])
    }

    private mutating func readString() throws -> String {
        pos += 1
        var out: [UInt8] = []
        // With a source, the string is built from its slices and the escapes' scalars. The
        // escapes between two slices are gathered as UTF-8 and appended as one string: a
        // WeChat article writes \r\r\r between paragraphs, and every append costs hundreds
        // of instructions.
        var built = ""
        var escapes: [UInt8] = []
        func flushEscapes() {
            guard !escapes.isEmpty else { return }
            built.append(UncheckedUTF8.decoding(escapes))
            escapes.removeAll(keepingCapacity: true)
        }
        var escaped = false
        var runStart = pos
        while true {
            // Skip plain bytes in one tight pass over the buffer: article bodies are long.
            pos = bytes.withUnsafeBufferPointer { b in
                var p = pos
                while p + 8 <= b.count {
                    let w = ByteScan.word(b, at: p)
                    if ByteScan.has(w, 0x22) || ByteScan.has(w, 0x5C) || ByteScan.hasLess(w, than: 0x20) { break }
                    p += 8
                }
                while p < b.count, b[p] != 0x22, b[p] != 0x5C, b[p] >= 0x20 { p += 1 }
                return p
            }
            guard pos < bytes.count else { throw fail("unterminated string") }
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") {
                defer { pos += 1 }
                if let text = source {
                    if !escaped { return String(Self.slice(text, runStart, pos)) }
                    flushEscapes()
                    if runStart < pos { built.append(contentsOf: Self.slice(text, runStart, pos)) }
                    return built
                }
                // No escape met: decode the bytes in place, without a copy.
                if out.isEmpty { return UncheckedUTF8.decoding(bytes[runStart..<pos]) }
                out.append(contentsOf: bytes[runStart..<pos])
                return UncheckedUTF8.decoding(out)
            }
            if c < 0x20 { throw fail("control character in string") }
            if c != UInt8(ascii: "\\") { pos += 1; continue }
            if let text = source {
                if runStart < pos {
                    flushEscapes()
                    built.append(contentsOf: Self.slice(text, runStart, pos))
                }
            } else {
                out.append(contentsOf: bytes[runStart..<pos])
            }
            escaped = true
            pos += 1
            guard pos < bytes.count else { throw fail("unterminated string") }
            let e = bytes[pos]
            pos += 1
            var ascii: UInt8? = nil
            switch e {
            case UInt8(ascii: "\""): ascii = 0x22
            case UInt8(ascii: "\\"): ascii = 0x5C
            case UInt8(ascii: "/"): ascii = 0x2F
            case UInt8(ascii: "b"): ascii = 0x08
            case UInt8(ascii: "f"): ascii = 0x0C
            case UInt8(ascii: "n"): ascii = 0x0A
            case UInt8(ascii: "r"): ascii = carriageReturnAsNewline ? 0x0A : 0x0D
            case UInt8(ascii: "t"): ascii = 0x09
            case UInt8(ascii: "u"):
                var code = try readHex4()
                if (0xD800...0xDBFF).contains(code), pos + 1 < bytes.count,
                   bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") {
                    pos += 2
                    let low = try readHex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                }
                let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                if source != nil { UTF8.encode(scalar) { escapes.append($0) } } else { out.append(contentsOf: Array(String(Character(scalar)).utf8)) }
            default:
                pos -= 1
                throw fail("bad escape")
            }
            if let b = ascii {
                if source != nil { escapes.append(b) } else { out.append(b) }
            }
            runStart = pos
        }
    }
}
