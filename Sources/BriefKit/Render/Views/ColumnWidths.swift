import Foundation

/// The columns of a briefing's table: which are shown, and how wide each is in a Word file.
///
/// A column whose every cell is a dash (—) tells the reader nothing — a unit's first report
/// has no 上一期, a page of one year no 最近变化 — so it is left out, in every format alike.
/// Word, unlike a browser, does not size a table by its content, so the view gives each
/// column a width in twips (dxa): a figure column as wide as its longest cell on one line, up
/// to a cap, and the label column everything left over — never less than its longest name
/// needs up to a third of the page — so numbers stay on one line and the widest texts (a
/// change in the document's words) wrap first.
enum ColumnWidths {
    /// The text width of an A4 page with the Word layout's margins: 11906 − 2 × 1134.
    static let page = 9638
    /// One CJK character of 9 pt table text.
    static let em = 180.0
    /// The cell margins of `partials/table.docx.mustache`: 80 on each side.
    static let padding = 160
    /// A figure column is at least this wide, and at most `figureCap` unless it must wrap.
    static let figureMin = 720, figureCap = 2600
    /// The label column's share when figures crowd it: a third of the page, or what its
    /// longest name needs when that is less.
    static var labelMin: Int { page / 3 }

    /// Whether a column of these cells shows anything: some cell is neither a dash nor empty.
    static func shows(_ cells: [String]) -> Bool {
        cells.contains { let t = $0.trimmingSpaces; return !t.isEmpty && t != "—" }
    }

    /// Widths of a label column followed by figure columns, each column given by the texts
    /// of its header and cells (a character more for a note's mark); they add up to `page`.
    /// A figure column wider than `figureCap` gets more only from room the labels do not need.
    ///
    /// - Complexity: O(n log n) for n columns, after reading every text once.
    static func widths(label: [String] = [], figures columns: [[String]]) -> (label: Int, figures: [Int]) {
        func natural(_ texts: [String]) -> Int { Int(((texts.map(ems).max() ?? 0) + 1) * em) + padding }
        let wanted = columns.map { max(figureMin, natural($0)) }
        var figures = wanted.map { min(figureCap, $0) }
        // The label keeps room for its longest name on one line, up to a third of the page.
        let labelRoom = label.isEmpty ? labelMin : min(labelMin, max(figureMin * 2, natural(label)))
        let room = page - labelRoom
        if figures.reduce(0, +) > room {
            // Too wide for the page: the widest columns (a change with the document's own
            // words, a trend) give way first, so a short number never wraps; and none is
            // left wider than the label column.
            figures = filled(figures, into: room)
            if let widest = figures.max(), widest > page - figures.reduce(0, +) {
                figures = Array(filled(figures + [Int.max], into: page).dropLast())
            }
        } else {
            // Room the labels do not need goes to a figure column the cap cut short (较 2022
            // 年提高 2.03 个百分点 on one line), in the order of the columns, as long as the
            // label column stays the widest.
            var spare = page - figures.reduce(0, +) - max(labelRoom, natural(label))
            for k in figures.indices where spare > 0 && wanted[k] > figures[k] {
                let label = page - figures.reduce(0, +)
                let more = min(spare, wanted[k] - figures[k], max(0, (label - figures[k]) / 2))
                figures[k] += more
                spare -= more
            }
        }
        return (page - figures.reduce(0, +), figures)
    }

    /// Columns wanting these widths within `room`: each as wide as it wants, except that the
    /// widest are cut to one width so that all fit (so many columns that even the narrowest
    /// would not fit share the room alike, at least `figureMin` when there is room for it).
    static func filled(_ wanted: [Int], into room: Int) -> [Int] {
        guard wanted.reduce(0, { $0 &+ $1 }) > room || wanted.contains(.max) else { return wanted }
        let floor = min(figureMin, room / max(1, wanted.count))
        var left = room, rest = wanted.count
        var cap = floor
        for w in wanted.sorted() {
            if w > left / rest { cap = max(floor, left / rest); break }
            left -= w
            rest -= 1
        }
        return wanted.map { min($0, cap) }
    }

    /// The widths as a view object: `name` (the label column), each shown column's width
    /// by its key (0 for a column not shown) and `page`, the whole table's.
    static func value(label: [String], _ columns: [(key: String, shown: Bool, texts: [String])]) -> MustacheValue {
        let shown = columns.filter(\.shown)
        let w = widths(label: label, figures: shown.map(\.texts))
        var o: [String: MustacheValue] = ["name": .int(w.label), "page": .int(page)]
        for c in columns { o[c.key] = .int(0) }
        for (k, c) in shown.enumerated() { o[c.key] = .int(w.figures[k]) }
        return .object(o)
    }

    /// A text's width in CJK characters: a full-width character is one, other characters
    /// (digits, Latin letters, spaces) a little over half.
    static func ems(_ s: String) -> Double {
        s.unicodeScalars.reduce(0) { w, c in w + (c.value >= 0x2E80 ? 1 : 0.55) }
    }
}
