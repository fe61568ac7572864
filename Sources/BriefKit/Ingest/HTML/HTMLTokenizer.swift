/// A forgiving scanner over a decoded web page's UTF-8 bytes, as browsers read pages that
/// are not well-formed: start tags (names lower-cased, attributes quoted, unquoted or bare),
/// end tags and text. Comments, doctypes and processing instructions are skipped, and the
/// content of `script`, `style` and the other raw-text elements is passed over whole, so
/// `if (a < b)` in a script never starts a tag.
struct HTMLTokenizer {
    enum Token {
        case start(name: String, attributes: [(String, String)], selfClosing: Bool)
        case end(name: String)
        /// Text with character references still encoded.
        case text(Range<Int>)
    }

    /// Elements whose content is not markup; it is skipped up to the matching end tag.
    static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "template", "svg", "math"]

    let bytes: [UInt8]
    private var p = 0
    /// The content of the last raw-text element (the page's <title> is read from it).
    private(set) var rawContent: (name: String, range: Range<Int>)? = nil

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() -> Token? {
        while p < bytes.count {
            guard bytes[p] == UInt8(ascii: "<") else {
                let start = p
                p = find(UInt8(ascii: "<"), from: p + 1) ?? bytes.count
                return .text(start..<p)
            }
            guard p + 1 < bytes.count else { p += 1; return .text((p - 1)..<p) }
            let b = bytes[p + 1]
            if b == UInt8(ascii: "!") {
                if starts(with: "<!--", at: p) {
                    p = (find("-->", from: p + 4).map { $0 + 3 }) ?? bytes.count
                } else {
                    p = (find(UInt8(ascii: ">"), from: p).map { $0 + 1 }) ?? bytes.count
                }
                continue
            }
            if b == UInt8(ascii: "?") { p = (find(UInt8(ascii: ">"), from: p).map { $0 + 1 }) ?? bytes.count; continue }
            if b == UInt8(ascii: "/") {
                guard p + 2 < bytes.count, isLetter(bytes[p + 2]) else {
                    p = (find(UInt8(ascii: ">"), from: p).map { $0 + 1 }) ?? bytes.count
                    continue
                }
                var q = p + 2
                while q < bytes.count, isNameByte(bytes[q]) { q += 1 }
                let name = lowerName(p + 2, q)
                p = (find(UInt8(ascii: ">"), from: q).map { $0 + 1 }) ?? bytes.count
                return .end(name: name)
            }
            guard isLetter(b) else {
                // "<" not starting a tag ("a < b", "<5%"): text.
                let start = p
                p = find(UInt8(ascii: "<"), from: p + 1) ?? bytes.count
                return .text(start..<p)
            }
            return startTag()
        }
        return nil
    }

    private mutating func startTag() -> Token {
        var q = p + 1
        while q < bytes.count, isNameByte(bytes[q]) { q += 1 }
        let name = lowerName(p + 1, q)
        var attributes: [(String, String)] = []
        var selfClosing = false
        while q < bytes.count {
            while q < bytes.count, isSpace(bytes[q]) { q += 1 }
            guard q < bytes.count else { break }
            if bytes[q] == UInt8(ascii: ">") { q += 1; break }
            if bytes[q] == UInt8(ascii: "/") {
                if q + 1 < bytes.count, bytes[q + 1] == UInt8(ascii: ">") { selfClosing = true; q += 2; break }
                q += 1
                continue
            }
            let nameStart = q
            while q < bytes.count, !isSpace(bytes[q]), bytes[q] != UInt8(ascii: "="), bytes[q] != UInt8(ascii: ">"),
                  !(bytes[q] == UInt8(ascii: "/") && q + 1 < bytes.count && bytes[q + 1] == UInt8(ascii: ">")) { q += 1 }
            let attribute = lowerName(nameStart, q)
            while q < bytes.count, isSpace(bytes[q]) { q += 1 }
            var value = ""
            if q < bytes.count, bytes[q] == UInt8(ascii: "=") {
                q += 1
                while q < bytes.count, isSpace(bytes[q]) { q += 1 }
                if q < bytes.count, bytes[q] == UInt8(ascii: "\"") || bytes[q] == UInt8(ascii: "'") {
                    let quote = bytes[q]
                    let end = find(quote, from: q + 1) ?? bytes.count
                    value = HTMLEntities.decode(bytes, (q + 1)..<end)
                    q = min(bytes.count, end + 1)
                } else {
                    let start = q
                    while q < bytes.count, !isSpace(bytes[q]), bytes[q] != UInt8(ascii: ">") { q += 1 }
                    value = HTMLEntities.decode(bytes, start..<q)
                }
            }
            if !attribute.isEmpty { attributes.append((attribute, value)) }
            if nameStart == q { q += 1 }   // a stray byte: never stall
        }
        p = q
        if Self.rawText.contains(name), !selfClosing {
            // Up to "</name", whatever its case; an unclosed one runs to the end.
            let close = findEndTag(name, from: p) ?? bytes.count
            rawContent = (name, p..<close)
            p = (find(UInt8(ascii: ">"), from: close).map { $0 + 1 }) ?? bytes.count
            return .start(name: name, attributes: attributes, selfClosing: true)
        }
        return .start(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    private func findEndTag(_ name: String, from: Int) -> Int? {
        let target = Array(name.utf8)
        var q = from
        while let lt = find(UInt8(ascii: "<"), from: q) {
            if lt + 2 + target.count <= bytes.count, bytes[lt + 1] == UInt8(ascii: "/") {
                var match = true
                for (k, t) in target.enumerated() where lower(bytes[lt + 2 + k]) != t { match = false; break }
                if match { return lt }
            }
            q = lt + 1
        }
        return nil
    }

    // MARK: bytes

    private func lowerName(_ a: Int, _ b: Int) -> String {
        String(decoding: bytes[a..<b].map(lower), as: UTF8.self)
    }

    private func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
    private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    private func isNameByte(_ b: UInt8) -> Bool { isLetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x3A }
    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C }

    private func find(_ b: UInt8, from: Int) -> Int? {
        guard from < bytes.count else { return nil }
        return bytes[from...].firstIndex(of: b)
    }

    private func find(_ s: String, from: Int) -> Int? {
        let needle = Array(s.utf8)
        var q = from
        while let hit = find(needle[0], from: q) {
            if hit + needle.count <= bytes.count, bytes[hit..<(hit + needle.count)].elementsEqual(needle) { return hit }
            q = hit + 1
        }
        return nil
    }

    private func starts(with s: String, at q: Int) -> Bool {
        let needle = Array(s.utf8)
        return q + needle.count <= bytes.count && bytes[q..<(q + needle.count)].elementsEqual(needle)
    }
}
