import Foundation

/// A tag or a run of text, with its position; text runs end at each newline.
struct TemplateToken {
    enum Kind: Equatable {
        case text
        case variable, unescaped, sectionOpen, invertedOpen, close, comment, partial, parent, block, delimiters
    }
    var kind: Kind
    /// Text content, or the tag's trimmed name.
    var content: String
    /// Byte range in the source (the whole tag for tags).
    var range: Range<Int>
    var line: Int
    var column: Int
    var delimiters: Delimiters
    /// Set by the standalone pass.
    var standalone = false
    var indent: String? = nil
    var removed = false

    /// Tags that write nothing where they stand, so may stand alone on a line.
    var mayStandAlone: Bool {
        switch kind {
        case .sectionOpen, .invertedOpen, .close, .comment, .partial, .parent, .block, .delimiters: return true
        default: return false
        }
    }
}

/// Scans template bytes into tokens, applying delimiter changes as it goes.
struct TemplateLexer {
    let bytes: [UInt8]
    let name: String
    var delimiters: Delimiters
    var pos = 0
    var line = 1
    var lineStart = 0

    init(source: String, name: String, delimiters: Delimiters) {
        self.bytes = Array(source.utf8)
        self.name = name
        self.delimiters = delimiters
    }

    func column(of offset: Int) -> Int {
        var c = 1
        var i = lineStart
        while i < offset { if bytes[i] & 0xC0 != 0x80 { c += 1 }; i += 1 }
        return c
    }

    func error(_ message: String, at offset: Int, line: Int, column: Int) -> TemplateError {
        TemplateError(message, template: name, line: line, column: column, offset: offset)
    }

    func matches(_ marker: [UInt8], at i: Int) -> Bool {
        guard i + marker.count <= bytes.count else { return false }
        for k in 0..<marker.count where bytes[i + k] != marker[k] { return false }
        return true
    }

    mutating func tokens() throws -> [TemplateToken] {
        var result: [TemplateToken] = []
        var textStart = 0
        func flushText(upTo end: Int, _ result: inout [TemplateToken], line: Int, column: Int) {
            if end > textStart {
                result.append(TemplateToken(kind: .text, content: String(decoding: bytes[textStart..<end], as: UTF8.self),
                                            range: textStart..<end, line: line, column: column, delimiters: delimiters))
            }
        }
        var textLine = 1, textColumn = 1
        while pos < bytes.count {
            if bytes[pos] == 0x0A {
                pos += 1
                flushText(upTo: pos, &result, line: textLine, column: textColumn)
                textStart = pos
                line += 1
                lineStart = pos
                textLine = line; textColumn = 1
                continue
            }
            guard matches(delimiters.open, at: pos) else { pos += 1; continue }
            flushText(upTo: pos, &result, line: textLine, column: textColumn)
            let tagStart = pos
            let tagLine = line, tagColumn = column(of: pos)
            let token = try readTag(start: tagStart, line: tagLine, column: tagColumn)
            result.append(token)
            textStart = pos
            textLine = line; textColumn = column(of: pos)
        }
        flushText(upTo: pos, &result, line: textLine, column: textColumn)
        return result
    }

    /// Reads one tag at `start`, leaving `pos` after it.
    mutating func readTag(start: Int, line tagLine: Int, column tagColumn: Int) throws -> TemplateToken {
        let open = delimiters.open, close = delimiters.close
        pos = start + open.count
        var kind = TemplateToken.Kind.variable
        var closing = close
        if pos < bytes.count {
            switch bytes[pos] {
            case UInt8(ascii: "{"): kind = .unescaped; closing = [UInt8(ascii: "}")] + close; pos += 1
            case UInt8(ascii: "&"): kind = .unescaped; pos += 1
            case UInt8(ascii: "#"): kind = .sectionOpen; pos += 1
            case UInt8(ascii: "^"): kind = .invertedOpen; pos += 1
            case UInt8(ascii: "/"): kind = .close; pos += 1
            case UInt8(ascii: "!"): kind = .comment; pos += 1
            case UInt8(ascii: ">"): kind = .partial; pos += 1
            case UInt8(ascii: "<"): kind = .parent; pos += 1
            case UInt8(ascii: "$"): kind = .block; pos += 1
            case UInt8(ascii: "="): kind = .delimiters; closing = [UInt8(ascii: "=")] + close; pos += 1
            default: break
            }
        }
        let contentStart = pos
        while pos < bytes.count && !matches(closing, at: pos) {
            if bytes[pos] == 0x0A {
                if kind != .comment {
                    throw error("unclosed tag: expected '\(String(decoding: closing, as: UTF8.self))' before the end of the line",
                                at: start, line: tagLine, column: tagColumn)
                }
                line += 1
                lineStart = pos + 1
            }
            pos += 1
        }
        guard pos < bytes.count else {
            throw error("unclosed tag: expected '\(String(decoding: closing, as: UTF8.self))'", at: start, line: tagLine, column: tagColumn)
        }
        let raw = String(decoding: bytes[contentStart..<pos], as: UTF8.self)
        pos += closing.count
        let token = TemplateToken(kind: kind, content: raw.trimmingCharacters(in: .whitespaces), range: start..<pos,
                                  line: tagLine, column: tagColumn, delimiters: delimiters)
        if kind == .delimiters {
            let parts = token.content.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count == 2, !parts[0].contains("="), !parts[1].contains("=") else {
                throw error("bad delimiter change '\(raw)': write two markers separated by a space, e.g. {{=<% %>=}}",
                            at: start, line: tagLine, column: tagColumn)
            }
            delimiters = Delimiters(open: Array(parts[0].utf8), close: Array(parts[1].utf8))
        } else if kind != .comment && token.content.isEmpty {
            throw error("empty tag name", at: start, line: tagLine, column: tagColumn)
        }
        return token
    }
}
