/// Splits a page that `pdftotext -layout` wrote in two columns side by side: the left
/// column's lines first, then the right column's.
///
/// pdftotext places each text fragment at a character column from its x position, so
/// the right column starts at the same scalar index on every line of a page, with blanks
/// before it. A page is taken as two columns when one such gutter holds for most lines, no
/// second one does (that is a table: label, number, number), and the right side is prose
/// (Chinese text, not figures).
enum PDFColumns {
    /// Blanks a gutter needs before the right column starts.
    static let gutter = 2

    /// The page's lines, its columns one after the other when it has two.
    static func split(_ lines: [String]) -> [String] {
        let rows = lines.map { Array($0.unicodeScalars) }
        guard let c = column(rows) else { return lines }
        var left: [String] = [], right: [String] = []
        for row in rows {
            if row.count > c, isGutter(row, c) {
                left.append(trimmedRight(row[..<c]))
                let r = trimmedRight(row[c...])
                if !r.isEmpty { right.append(r) }
            } else {
                // Blank, short, or a line across both columns: it stays in the left column's place.
                left.append(String(String.UnicodeScalarView(row)))
            }
        }
        return left + right
    }

    /// The scalar index where the right column starts, or nil for a page of one column.
    static func column(_ rows: [[Unicode.Scalar]]) -> Int? {
        let nonBlank = rows.filter { $0.contains { $0 != " " } }
        guard nonBlank.count >= 6, let width = nonBlank.map(\.count).max(), width >= 20 else { return nil }
        var support = [Int](repeating: 0, count: width)
        var crossing = [Int](repeating: 0, count: width)
        for row in nonBlank {
            for c in max(gutter, width / 4)..<min(width, width * 3 / 4 + 1) where row.count > c {
                if isGutter(row, c) { support[c] += 1 } else if row[c - 1] != " " { crossing[c] += 1 }
            }
        }
        guard let best = support.indices.max(by: { support[$0] < support[$1] }) else { return nil }
        let n = nonBlank.count
        guard support[best] * 10 >= n * 4, crossing[best] * 10 <= n * 2 else { return nil }
        // A second gutter as strong, away from this one: columns of a table.
        if support.indices.contains(where: { abs($0 - best) > 3 && support[$0] * 10 >= n * 3 }) { return nil }
        // The right side must be prose: most of its lines hold Chinese text.
        let rights = nonBlank.filter { $0.count > best && isGutter($0, best) }.map { $0[best...] }
        let prose = rights.filter { r in r.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } }.count
        guard prose * 10 >= rights.count * 6 else { return nil }
        return best
    }

    /// Blanks just before `c` and text at `c`.
    static func isGutter(_ row: [Unicode.Scalar], _ c: Int) -> Bool {
        guard c >= gutter, c < row.count, row[c] != " " else { return false }
        return (1...gutter).allSatisfy { row[c - $0] == " " }
    }

    private static func trimmedRight(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var end = s.endIndex
        while end > s.startIndex, s[end - 1] == " " { end -= 1 }
        return String(String.UnicodeScalarView(s[s.startIndex..<end]))
    }
}
