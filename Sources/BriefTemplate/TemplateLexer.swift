/// Scans template bytes into tokens, applying delimiter changes as it goes.
///
/// One pass over the bytes: every byte is looked at once, and no line or column is tracked;
/// an error computes its position from the tag's offset (`TemplateError.at`).
struct TemplateLexer {
    let bytes: [UInt8]
    let name: String
    /// Every set of delimiters the template used, in order; tokens refer to them by index.
    private(set) var delimiterSets: [Delimiters]

    /// The markers in force: the opening one, and the closing ones of a plain tag, of a
    /// `{{{triple}}}` tag and of a `{{=delimiter change=}}`.
    private var open: [UInt8]
    private var close: [UInt8]
    private var closeBrace: [UInt8]
    private var closeEquals: [UInt8]

    init(bytes: [UInt8], name: String, delimiters: Delimiters) {
        self.bytes = bytes
        self.name = name
        self.delimiterSets = [delimiters]
        (open, close, closeBrace, closeEquals) = ([], [], [], [])
        use(delimiters)
    }

    private mutating func use(_ d: Delimiters) {
        open = d.open
        close = d.close
        closeBrace = [UInt8(ascii: "}")] + d.close
        closeEquals = [UInt8(ascii: "=")] + d.close
    }

    private func error(_ message: String, at offset: Int) -> TemplateError {
        TemplateError.at(offset, in: bytes, template: name, message)
    }

    /// All tokens of the template.
    /// - Throws: `TemplateError` for an unclosed tag, an empty name or a bad delimiter change.
    /// - Complexity: O(n) in the source's length.
    mutating func tokens() throws -> [TemplateToken] {
        let source = bytes
        return try source.withUnsafeBufferPointer { try scan($0) }
    }

    private mutating func scan(_ buf: UnsafeBufferPointer<UInt8>) throws -> [TemplateToken] {
        var result: [TemplateToken] = []
        let n = buf.count
        var pos = 0, textStart = 0
        func flushText(upTo end: Int) {
            if end > textStart {
                result.append(TemplateToken(kind: .text, range: textStart..<end, name: textStart..<end,
                                            delimiterSet: delimiterSets.count - 1))
            }
        }
        // An empty opening marker would match everywhere; a delimiter change refuses one.
        var first = open.first ?? 0
        while pos < n {
            let b = buf[pos]
            if b == 0x0A {
                pos += 1
                flushText(upTo: pos)
                textStart = pos
                continue
            }
            guard b == first, open.withUnsafeBufferPointer({ ByteText.matches($0, in: buf, at: pos) }) else {
                pos += 1
                continue
            }
            flushText(upTo: pos)
            let token = try readTag(buf, start: pos)
            result.append(token)
            pos = token.range.upperBound
            textStart = pos
            first = open.first ?? 0
        }
        flushText(upTo: n)
        return result
    }

    /// Reads the tag whose opening marker is at `start`.
    private mutating func readTag(_ buf: UnsafeBufferPointer<UInt8>, start: Int) throws -> TemplateToken {
        var pos = start + open.count
        var kind = TemplateToken.Kind.variable
        var closing = close
        if pos < buf.count {
            switch buf[pos] {
            case UInt8(ascii: "{"): kind = .unescaped; closing = closeBrace
            case UInt8(ascii: "&"): kind = .unescaped
            case UInt8(ascii: "#"): kind = .sectionOpen
            case UInt8(ascii: "^"): kind = .invertedOpen
            case UInt8(ascii: "/"): kind = .close
            case UInt8(ascii: "!"): kind = .comment
            case UInt8(ascii: ">"): kind = .partial
            case UInt8(ascii: "<"): kind = .parent
            case UInt8(ascii: "$"): kind = .block
            case UInt8(ascii: "="): kind = .delimiters; closing = closeEquals
            default: break
            }
            if kind != .variable { pos += 1 }
        }
        let contentStart = pos
        let found = closing.withUnsafeBufferPointer { marker -> Bool in
            let c0 = marker[0]
            while pos < buf.count {
                let b = buf[pos]
                if b == c0 && ByteText.matches(marker, in: buf, at: pos) { return true }
                // Only a comment may run over several lines.
                if b == 0x0A && kind != .comment { return false }
                pos += 1
            }
            return false
        }
        guard found else {
            let closingText = String(decoding: closing, as: UTF8.self)
            let message = pos < buf.count ? "unclosed tag: expected '\(closingText)' before the end of the line"
                                          : "unclosed tag: expected '\(closingText)'"
            throw error(message, at: start)
        }
        let content = contentStart..<pos
        let name = ByteText.trimmed(buf, content)
        let token = TemplateToken(kind: kind, range: start..<(pos + closing.count), name: name,
                                  delimiterSet: delimiterSets.count - 1)
        if kind == .delimiters {
            try changeDelimiters(buf, name, tagStart: start, content: content)
        } else if kind != .comment && name.isEmpty {
            throw error("empty tag name", at: start)
        }
        return token
    }

    /// `{{=<% %>=}}`: two markers separated by spaces or tabs, neither containing `=`.
    private mutating func changeDelimiters(_ buf: UnsafeBufferPointer<UInt8>, _ name: Range<Int>, tagStart: Int,
                                           content: Range<Int>) throws {
        var parts: [[UInt8]] = []
        var partStart: Int? = nil
        var valid = true
        for i in name.lowerBound...name.upperBound {
            let separator = i == name.upperBound || buf[i] == 0x20 || buf[i] == 0x09
            if separator {
                if let s = partStart { parts.append(Array(buf[s..<i])) }
                partStart = nil
            } else {
                if partStart == nil { partStart = i }
                if buf[i] == UInt8(ascii: "=") { valid = false }
            }
        }
        guard valid, parts.count == 2 else {
            let raw = String(decoding: buf[content], as: UTF8.self)
            throw error("bad delimiter change '\(raw)': write two markers separated by a space, e.g. {{=<% %>=}}", at: tagStart)
        }
        let d = Delimiters(open: parts[0], close: parts[1])
        delimiterSets.append(d)
        use(d)
    }
}
