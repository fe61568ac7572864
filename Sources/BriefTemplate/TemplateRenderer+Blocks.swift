extension TemplateRenderer {
    /// A block renders its override (or its own content), re-indented: the indentation it
    /// had where it was defined comes off, the indentation where it stands goes on.
    mutating func renderBlock(_ own: BlockReference, _ frame: Frame) throws {
        let block = own.step
        let chosen = frame.overrides[block.name] ?? own
        var inner = frame
        inner.indent = []
        let text = try capture { r in
            try r.nested(own.program, at: block.tag) { try $0.run(chosen.program, chosen.step.body, inner) }
        }
        let removeIndent = chosen.step.standalone ? Self.leadingBlanks(of: text) : []
        var addIndent: [UInt8] = []
        var indentFirstLine = false
        if block.standalone {
            if block.body.isEmpty {
                addIndent = block.leadingWhitespace.map { Array(own.program.bytes[$0]) } ?? []
            } else {
                addIndent = block.contentIndent
            }
            indentFirstLine = true
        } else if let lead = block.leadingWhitespace {
            addIndent = Array(own.program.bytes[lead])
        }
        var result: [UInt8] = []
        result.reserveCapacity(text.count + 64)
        var first = true
        for line in Self.lineRanges(of: text) {
            if !first { result.append(0x0A) }
            var l = line
            if !removeIndent.isEmpty, Self.hasCharacterPrefix(text, l, removeIndent) {
                l = (l.lowerBound + removeIndent.count)..<l.upperBound
            }
            if !l.isEmpty && (!first || indentFirstLine) { result.append(contentsOf: addIndent) }
            result.append(contentsOf: text[l])
            first = false
        }
        emitRenderedText(result, indent: frame.indent)
    }

    /// The lines of `text` as byte ranges, cut at each "\n" that does not follow "\r": what
    /// splitting by Character gives ("\r\n" is one Character), without grapheme breaking.
    static func lineRanges(of text: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var previous: UInt8 = 0
        for (i, b) in text.enumerated() {
            if b == 0x0A && previous != 0x0D {
                lines.append(start..<i)
                start = i + 1
            }
            previous = b
        }
        lines.append(start..<text.count)
        return lines
    }

    /// The same cut of a String, for tests against the Character split.
    static func lines(of text: String) -> [Substring] {
        let bytes = Array(text.utf8)
        return lineRanges(of: bytes).map { r in
            let lo = text.utf8.index(text.utf8.startIndex, offsetBy: r.lowerBound)
            let hi = text.utf8.index(text.utf8.startIndex, offsetBy: r.upperBound)
            return text[lo..<hi]
        }
    }

    /// The spaces and tabs `text` starts with, as Characters: a blank followed by a
    /// combining mark is a different Character and ends the run. Only a non-ASCII byte after
    /// the blanks can combine, so only then are the Characters looked at.
    static func leadingBlanks(of text: [UInt8]) -> [UInt8] {
        var k = 0
        while k < text.count && (text[k] == 0x20 || text[k] == 0x09) { k += 1 }
        guard k > 0, k < text.count, text[k] >= 0x80 else { return Array(text[0..<k]) }
        var end = k + 1
        while end < text.count && text[end] & 0xC0 == 0x80 { end += 1 }
        let s = String(decoding: text[0..<end], as: UTF8.self)
        return Array(String(s.prefix { $0 == " " || $0 == "\t" }).utf8)
    }

    /// Whether the line `text[line]` starts with the blanks `prefix`, compared by Character.
    static func hasCharacterPrefix(_ text: [UInt8], _ line: Range<Int>, _ prefix: [UInt8]) -> Bool {
        guard line.count >= prefix.count, text[line.lowerBound..<(line.lowerBound + prefix.count)].elementsEqual(prefix) else {
            return false
        }
        let next = line.lowerBound + prefix.count
        guard next < line.upperBound, text[next] >= 0x80 else { return true }
        var end = next + 1
        while end < line.upperBound && text[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: text[line.lowerBound..<end], as: UTF8.self).hasPrefix(String(decoding: prefix, as: UTF8.self))
    }
}
