/// How interpolated text is escaped, chosen per output: document text is untrusted.
public enum ContentType: String, Sendable, CaseIterable {
    case html, markdown, none

    /// From a template file name: `annual.html.mustache` → html, `annual.md.mustache` → markdown.
    public static func forTemplate(named name: String) -> ContentType {
        var base = name
        if base.hasSuffix(".mustache") { base = String(base.dropLast(".mustache".count)) }
        // Word parts are XML: HTML escaping is valid XML escaping.
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

    /// `& < > " '` as entities.
    public static func escapeHTML(_ text: String) -> String {
        escaping(text, with: escapeHTML(_:into:))
    }

    /// Makes document text inert in Markdown: it stays inside its table cell (line breaks
    /// become spaces, `|` is escaped), cannot open emphasis, code, links or images, cannot
    /// start a heading, quote or list, and raw HTML is shown as text.
    public static func escapeMarkdown(_ text: String) -> String {
        escaping(text, with: escapeMarkdown(_:into:))
    }

    private static func escaping(_ text: String,
                                 with escape: (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Void) -> String {
        var text = text
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        text.withUTF8 { escape($0, &out) }
        return String(decoding: out, as: UTF8.self)
    }
}
