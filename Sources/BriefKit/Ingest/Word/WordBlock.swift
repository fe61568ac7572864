/// What the body of a Word document is made of, in reading order.
enum WordBlock: Sendable, Equatable {
    case paragraph(String)
    /// A paragraph whose style or outline level makes it a heading (1 = top level).
    case heading(level: Int, String)
    /// Rows of cells; a merged cell is followed by empty cells for the columns it spans.
    case table([[String]])

    /// The block as lines of text: a paragraph per line (a line break inside it makes
    /// two), a table row per line with its cells joined by tabs, the way the extractor's
    /// table rules read rows.
    var lines: [String] {
        switch self {
        case let .paragraph(text), let .heading(_, text):
            // By byte: splitting a String walks its grapheme clusters.
            guard text.utf8.contains(0x0A) else { return [text] }
            return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        case let .table(rows):
            return rows.map { $0.joined(separator: "\t") }
        }
    }
}
