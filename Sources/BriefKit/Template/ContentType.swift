/// How interpolated text is escaped, chosen per output: document text is untrusted.
public enum ContentType: String, Sendable, CaseIterable {
    case html, markdown, none

    /// From a template file name: `annual.html.mustache` → html, `annual.md.mustache` → markdown.
    public static func forTemplate(named name: String) -> ContentType {
        var base = name
        if base.hasSuffix(".mustache") { base = String(base.dropLast(".mustache".count)) }
        if base.hasSuffix(".html") || base.hasSuffix(".htm") || base.hasSuffix(".xml") || base.hasSuffix(".docx") { return .html }
        if base.hasSuffix(".md") || base.hasSuffix(".markdown") { return .markdown }
        return .none
    }

    public func escape(_ text: String) -> String {
        switch self {
        case .none: return text
        case .html: return Self.escapeHTML(text)
        case .markdown: return Self.escapeMarkdown(text)
        }
    }

    /// `& < > " '` as entities, scanning UTF-8 bytes and copying unchanged runs whole.
    public static func escapeHTML(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var utf8 = text.utf8[...]
        while let i = utf8.firstIndex(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) {
            out += Substring(utf8[utf8.startIndex..<i])
            switch utf8[i] {
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x22: out += "&quot;"
            default: out += "&#39;"
            }
            utf8 = utf8[utf8.index(after: i)...]
        }
        out += Substring(utf8)
        return out
    }

    /// Makes document text inert in Markdown: it stays inside its table cell (line breaks
    /// become spaces, `|` is escaped), cannot open emphasis, code, links or images, cannot
    /// start a heading, quote or list, and raw HTML is shown as text.
    public static func escapeMarkdown(_ text: String) -> String {
        // By UTF-8 byte: every character acted on is ASCII, and the bytes of other
        // characters (all ≥ 0x80) are copied as they are.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        var atStart = true
        for b in text.utf8 {
            switch b {
            case 0x0D: continue                                        // \r
            case 0x0A, 0x09: out.append(0x20); atStart = false; continue // \n \t
            case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x7C, 0x21, 0x7E, 0x7B, 0x7D, 0x28, 0x29:   // \ ` * _ [ ] | ! ~ { } ( )
                out.append(0x5C); out.append(b)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: (atStart ? "\\&gt;" : "&gt;").utf8)
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x23, 0x2D, 0x2B, 0x3D:                                 // # - + =
                if atStart { out.append(0x5C) }
                out.append(b)
            default:
                out.append(b)
            }
            if b != 0x20 { atStart = false }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
