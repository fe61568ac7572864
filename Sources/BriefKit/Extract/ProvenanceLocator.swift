/// Turns an original byte range into provenance: line, column and the quote around it.
final class ProvenanceLocator {
    let original: [UInt8]
    /// The last position located, so columns along one long line are counted once.
    private var cache: (line: Int, offset: Int, column: Int)? = nil
    let lines: LineIndex
    let document: String
    let article: String?

    /// The text being read, when the locator maps its ranges back (see `Reading`): held
    /// here, a closure per line captures one reference instead of copying its arrays.
    let normalized: NormalizedText?

    init(original: [UInt8], document: String, article: String?, normalized: NormalizedText? = nil) {
        self.original = original
        self.normalized = normalized
        self.lines = LineIndex(bytes: original)
        self.document = document
        self.article = article
    }

    /// 。；！？ in UTF-8 (E3 80 82; EF BC 9B, 81, 9F): a quote stops at the end of its
    /// sentence or clause.
    @inline(__always)
    static func isQuoteBreak(_ original: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        // The lead byte first: nearly every scalar walked is neither.
        guard i >= 0, i + 3 <= original.count, original[i] == 0xE3 || original[i] == 0xEF else { return false }
        let a = original[i], b = original[i + 1], c = original[i + 2]
        return (a == 0xE3 && b == 0x80 && c == 0x82) || (a == 0xEF && b == 0xBC && (c == 0x9B || c == 0x81 || c == 0x9F))
    }

    func provenance(of range: Range<Int>) -> Provenance {
        let line = lines.line(ofOffset: range.lowerBound)
        var from = lines.lineStarts[line - 1], column = 1
        if let c = cache, c.line == line, c.offset <= range.lowerBound { from = c.offset; column = c.column }
        column += original.withUnsafeBufferPointer { o in
            var i = from, n = 0
            let end = min(range.lowerBound, o.count)
            // Eight bytes a step: a scalar starts at each byte not of the form 10xxxxxx
            // (high bit set, next bit clear), and a line of a table can be long.
            while i + 8 <= end {
                let w = ByteScan.word(o, at: i)
                n += 8 - (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
            while i < end {
                if o[i] & 0xC0 != 0x80 { n += 1 }
                i += 1
            }
            return n
        }
        cache = (line, range.lowerBound, column)
        return Provenance(document: document, article: article, line: line, column: column,
                          offset: range.lowerBound, length: range.count, quote: quote(around: range, line: line))
    }

    /// An honour's provenance: its quote, unlike a figure's, runs on past the line's end to
    /// where the title ends ("荣获上海市通管局" / "2023 年度网络和数据安全工作突出集体"), the line
    /// breaks and the next lines' indents left out, and then to the clause's end.
    func provenance(ofHonour range: Range<Int>) -> Provenance {
        var p = provenance(of: range)
        let lineEnd = lines.range(ofLine: p.line).upperBound
        // (A title is short: a range running far on is no title over a line's end.)
        guard range.upperBound > lineEnd, range.upperBound <= original.count, range.upperBound - lineEnd < 240 else { return p }
        var tail: [UInt8] = []
        original.withUnsafeBufferPointer { o in
            var atLineStart = false
            var i = lineEnd
            // The title's rest, lines joined.
            while i < range.upperBound {
                let c = o[i]
                if c == 0x0A || c == 0x0D || c == 0x0C { atLineStart = true } else if !(atLineStart && (c == 0x20 || c == 0x09)) {
                    atLineStart = false
                    tail.append(c)
                }
                i += 1
            }
            // Then a scalar at a time to the clause's end on that line, at most twenty.
            var taken = 0
            while i < o.count, taken < 20, o[i] != 0x0A, o[i] != 0x0D {
                let stop = Self.isQuoteBreak(o, at: i)
                var j = i + 1
                while j < o.count, o[j] & 0xC0 == 0x80 { j += 1 }
                tail.append(contentsOf: o[i..<j])
                i = j
                taken += 1
                if stop { break }
            }
        }
        p.quote = (p.quote + String(decoding: tail, as: UTF8.self)).trimmingSpaces
        return p
    }

    /// The clause holding the number, on its own line of the original, at most 40
    /// characters either side: enough to check the figure against the source. Walked in
    /// UTF-8 bytes, counting scalars by their lead bytes; one string is made, at the end.
    func quote(around range: Range<Int>, line: Int) -> String {
        let lineRange = lines.range(ofLine: line)
        let numberEnd = max(range.lowerBound, min(range.upperBound, lineRange.upperBound))
        // Walked in the buffer: through the class's array, every byte read was checked and
        // the array reloaded.
        let (a, b) = original.withUnsafeBufferPointer { o -> (Int, Int) in
            var a = range.lowerBound, taken = 0
            while a > lineRange.lowerBound, taken < 40 {
                var p = a - 1
                while p > lineRange.lowerBound, o[p] & 0xC0 == 0x80 { p -= 1 }
                if Self.isQuoteBreak(o, at: p) { break }
                a = p
                taken += 1
            }
            // A quote never opens inside a number (`20,838万元` cut from 620,838): back to its start.
            func inNumber(_ x: UInt8) -> Bool { (x >= 0x30 && x <= 0x39) || x == 0x2C || x == 0x2E }
            while a > lineRange.lowerBound, inNumber(o[a]), inNumber(o[a - 1]) { a -= 1 }
            var b = numberEnd
            taken = 0
            while b < lineRange.upperBound, taken < 40 {
                let stop = Self.isQuoteBreak(o, at: b)
                b += 1
                while b < lineRange.upperBound, o[b] & 0xC0 == 0x80 { b += 1 }
                taken += 1
                if stop { break }
            }
            // Nor closes inside one (`政府采购工程预算16,449.` of 16,449.49万元): on to its end,
            // and its per cent sign.
            while b < lineRange.upperBound, inNumber(o[b]), inNumber(o[b - 1]) { b += 1 }
            if b < lineRange.upperBound, b > a, o[b] == 0x25, inNumber(o[b - 1]) { b += 1 }
            return (a, b)
        }
        // Cut from the original string when the text kept it: a substring is copied as it
        // is, where decoding the bytes checked them again (both start and end on a scalar).
        if let text = normalized?.originalText {
            let u = text.utf8
            return String(text[u.index(u.startIndex, offsetBy: a)..<u.index(u.startIndex, offsetBy: b)]).trimmingSpaces
        }
        return String(decoding: original[a..<b], as: UTF8.self).trimmingSpaces
    }
}
