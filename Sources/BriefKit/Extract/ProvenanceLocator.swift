/// Turns an original byte range into provenance: line, column and the quote around it.
struct ProvenanceLocator {
    let original: [UInt8]
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
        let loc = lines.location(ofOffset: range.lowerBound, file: document)
        return Provenance(document: document, article: article, line: loc.line, column: loc.column,
                          offset: range.lowerBound, length: range.count, quote: quote(around: range, line: loc.line))
    }

    /// The clause holding the number, on its own line of the original, at most ~40
    /// characters either side: enough to check the figure against the source.
    func quote(around range: Range<Int>, line: Int) -> String {
        let lineRange = lines.range(ofLine: line)
        let before = Array(String(decoding: original[lineRange.lowerBound..<range.lowerBound], as: UTF8.self).unicodeScalars)
        let after = Array(String(decoding: original[min(range.upperBound, lineRange.upperBound)..<lineRange.upperBound], as: UTF8.self).unicodeScalars)
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
