/// Turns an original byte range into provenance: line, column and the quote around it.
final class ProvenanceLocator {
    let original: [UInt8]
    /// The last position located, so columns along one long line are counted once.
    private var cache: (line: Int, offset: Int, column: Int)? = nil
    let lines: LineIndex
    let document: String
    let article: String?

    init(original: [UInt8], document: String, article: String?) {
        self.original = original
        self.lines = LineIndex(bytes: original)
        self.document = document
        self.article = article
    }

    static let quoteBreaks: Set<Unicode.Scalar> = ["。", "；", "！", "？"]

    func provenance(of range: Range<Int>) -> Provenance {
        let line = lines.line(ofOffset: range.lowerBound)
        var from = lines.lineStarts[line - 1], column = 1
        if let c = cache, c.line == line, c.offset <= range.lowerBound { from = c.offset; column = c.column }
        var i = from
        while i < range.lowerBound && i < original.count {
            if original[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        cache = (line, range.lowerBound, column)
        return Provenance(document: document, article: article, line: line, column: column,
                          offset: range.lowerBound, length: range.count, quote: quote(around: range, line: line))
    }

    /// The clause holding the number, on its own line of the original, at most ~40
    /// characters either side: enough to check the figure against the source.
    func quote(around range: Range<Int>, line: Int) -> String {
        let lineRange = lines.range(ofLine: line)
        // At most ~200 bytes either side are decoded: enough for 40 characters of context.
        var lo = max(lineRange.lowerBound, range.lowerBound - 200)
        while lo > lineRange.lowerBound, original[lo] & 0xC0 == 0x80 { lo -= 1 }
        var hi = min(lineRange.upperBound, range.upperBound + 200)
        while hi < lineRange.upperBound, hi < original.count, original[hi] & 0xC0 == 0x80 { hi += 1 }
        let before = Array(String(decoding: original[lo..<range.lowerBound], as: UTF8.self).unicodeScalars)
        let after = Array(String(decoding: original[min(range.upperBound, lineRange.upperBound)..<max(hi, min(range.upperBound, lineRange.upperBound))], as: UTF8.self).unicodeScalars)
        let number = String(decoding: original[range.lowerBound..<min(range.upperBound, lineRange.upperBound)], as: UTF8.self)
        var a = before.count
        while a > 0, !Self.quoteBreaks.contains(before[a - 1]), before.count - a < 40 { a -= 1 }
        var b = 0
        while b < after.count, b < 40 {
            if Self.quoteBreaks.contains(after[b]) { b += 1; break }
            b += 1
        }
        let text = String(String.UnicodeScalarView(before[a...])) + number + String(String.UnicodeScalarView(after[..<b]))
        return text.trimmingSpaces
    }
}
