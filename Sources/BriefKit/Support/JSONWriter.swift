/// Serialises a `JSONValue` with keys in the order given, so output is byte-identical
/// for identical input. Non-ASCII text is written as is (UTF-8), not as \u escapes.
public enum JSONWriter {
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var out = ""
        write(value, into: &out, indent: pretty ? 0 : -1)
        if pretty { out += "\n" }
        return out
    }

    static func write(_ value: JSONValue, into out: inout String, indent: Int) {
        let pretty = indent >= 0
        let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let closePad = pretty ? String(repeating: "  ", count: indent) : ""
        let nl = pretty ? "\n" : ""
        switch value {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .number(n): out += n
        case let .string(s): writeString(s, into: &out)
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            out += "[" + nl
            for (i, item) in items.enumerated() {
                out += pad
                write(item, into: &out, indent: pretty ? indent + 1 : -1)
                out += (i + 1 < items.count ? "," : "") + nl
            }
            out += closePad + "]"
        case let .object(members):
            if members.isEmpty { out += "{}"; return }
            out += "{" + nl
            for (i, m) in members.enumerated() {
                out += pad
                writeString(m.key, into: &out)
                out += pretty ? ": " : ":"
                write(m.value, into: &out, indent: pretty ? indent + 1 : -1)
                out += (i + 1 < members.count ? "," : "") + nl
            }
            out += closePad + "}"
        }
    }

    public static func writeString(_ s: String, into out: inout String) {
        if !needsEscape(s) {
            out += "\""
            out += s
            out += "\""
            return
        }
        var bytes: [UInt8] = []
        writeString(s, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// The same, as UTF-8 bytes: plain runs are copied whole, escapes written byte by byte
    /// (a quote with table tabs in it must not fall back to a scalar at a time).
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { u in
            var run = 0, i = 0
            func flush() { if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<i])) } }
            while i < u.count {
                // Plain text passes eight bytes a step: no control, quote, backslash or E2.
                while i + 8 <= u.count {
                    let w = ByteScan.word(u, at: i)
                    if ByteScan.hasLess(w, than: 0x20) || ByteScan.has(w, 0x22) || ByteScan.has(w, 0x5C) || ByteScan.has(w, 0xE2) { break }
                    i += 8
                }
                guard i < u.count else { break }
                let b = u[i]
                if b < 0x20 || b == 0x22 || b == 0x5C {
                    flush()
                    switch b {
                    case 0x22: out.append(contentsOf: [0x5C, 0x22])
                    case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                    case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                    case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                    case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                    default: out.append(contentsOf: Array("\\u00".utf8) + hex(b >> 4) + hex(b & 0x0F))
                    }
                    i += 1
                    run = i
                } else if b == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 {
                    flush()
                    out.append(contentsOf: (u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    i += 3
                    run = i
                } else {
                    i += 1
                }
            }
            flush()
        }
        out.append(0x22)
    }

    private static func hex(_ v: UInt8) -> [UInt8] { [v < 10 ? 0x30 + v : 0x61 + v - 10] }
}

/// Whether a string has a byte JSON must escape: a control, a quote, a backslash, or
/// U+2028/U+2029 (E2 80 A8/A9), which JavaScript reads as line ends.
func needsEscape(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { u in
        var i = 0
        while i < u.count {
            let b = u[i]
            if b < 0x20 || b == 0x22 || b == 0x5C { return true }
            if b == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 { return true }
            i += 1
        }
        return false
    }
}

extension JSONValue {
    /// A JSON number from an integer.
    public static func int(_ v: Int) -> JSONValue { .number(String(v)) }

    /// A JSON number from a double, written without a trailing `.0` for whole values.
    public static func double(_ v: Double) -> JSONValue { .number(NumberFormatting.plain(v)) }

    /// A string, or null when absent.
    public static func optional(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
}
