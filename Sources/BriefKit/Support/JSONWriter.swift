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

    /// The same, as UTF-8 bytes (escaped by `ByteWriter.string`).
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.appendWritten(atMost: ByteWriter.escapedBound(s.utf8.count)) { $0.string(s) }
    }
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
