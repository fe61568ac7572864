/// The text of part of a page as lines: a block element (paragraph, heading, list item,
/// division) or `<br>` starts a line, a table row is a line with its cells joined by tabs,
/// and white space collapses as a browser collapses it — except that a line break in the
/// source between two Chinese characters is dropped, not shown as a space, since Chinese
/// puts no space between words.
struct HTMLTextRenderer {
    static let blocks: Set<String> = ["address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
                                      "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
                                      "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "section", "summary", "ul", "html"]

    let tree: HTMLTree
    let excluded: [Bool]
    private var lines: [String] = []
    private var line = String.UnicodeScalarView()
    private var pendingSpace = false
    private var pendingNewline = false

    /// The lines of the element `root` and its content.
    static func lines(of root: Int, in tree: HTMLTree, excluding excluded: [Bool]? = nil) -> [String] {
        var r = HTMLTextRenderer(tree: tree, excluded: excluded ?? [Bool](repeating: false, count: tree.nodes.count))
        r.render(root)
        r.breakLine()
        return r.lines
    }

    private init(tree: HTMLTree, excluded: [Bool]) {
        self.tree = tree
        self.excluded = excluded
    }

    private mutating func render(_ i: Int) {
        guard !excluded[i] else { return }
        let node = tree.nodes[i]
        switch node.name {
        case "": appendText(node.text)
        case "br": breakLine()
        case "table":
            breakLine()
            for cells in grid(of: i) where cells.contains(where: { !$0.isEmpty }) {
                lines.append(cells.joined(separator: "\t"))
            }
        case "pre":
            breakLine()
            var text = ""
            collectRaw(i, into: &text)
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        case "img", "script", "style", "head", "title": break
        default:
            let block = Self.blocks.contains(node.name)
            if block { breakLine() }
            for c in node.children { render(c) }
            if block { breakLine() }
        }
    }

    /// A table's rows as text cells laid on its grid: a cell spanning columns (colspan) is
    /// followed by empty cells, and a cell spanning rows (rowspan) leaves an empty cell in
    /// each row below, so that every value sits under its own header (`比上年增减` over
    /// `增减额 | 增减率` and a `2026年预算数` of two rows beside them).
    private func grid(of table: Int) -> [[String]] {
        var out: [[String]] = []
        // Columns still covered by a cell from a row above, and for how many more rows.
        var covered: [Int: Int] = [:]
        for row in rows(of: table) {
            var cells: [String] = []
            func fillCovered() {
                while let left = covered[cells.count], left > 0 {
                    covered[cells.count] = left - 1
                    cells.append("")
                }
            }
            for c in row {
                fillCovered()
                let span = Self.span(tree.nodes[c].attribute("colspan"))
                let down = Self.span(tree.nodes[c].attribute("rowspan"))
                for k in 0..<span {
                    if down > 1 { covered[cells.count] = down - 1 }
                    cells.append(k == 0 ? inlineText(c) : "")
                }
            }
            fillCovered()
            out.append(cells)
        }
        return out
    }

    /// A colspan or rowspan: 1 unless a small positive number (a page's 999 is not obeyed).
    private static func span(_ value: String?) -> Int {
        guard let v = value.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), (1...64).contains(v) else { return 1 }
        return v
    }

    /// The rows of a table (not those of tables nested in its cells), each as its cells.
    private func rows(of table: Int) -> [[Int]] {
        var rows: [[Int]] = []
        func walk(_ i: Int) {
            for c in tree.nodes[i].children where !excluded[c] {
                switch tree.nodes[c].name {
                case "tr": rows.append(tree.nodes[c].children.filter { !excluded[$0] && (tree.nodes[$0].name == "td" || tree.nodes[$0].name == "th") })
                case "table": break
                case "": break
                default: walk(c)
                }
            }
        }
        walk(table)
        return rows
    }

    /// A cell's text on one line (a nested table's text run together).
    private func inlineText(_ i: Int) -> String {
        var r = HTMLTextRenderer(tree: tree, excluded: excluded)
        r.render(i)
        r.breakLine()
        // Tabs would split the row: by byte, since Foundation's search is slow on Linux.
        return r.lines.map { $0.utf8.contains(0x09) ? String(decoding: $0.utf8.map { $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self) : $0 }
            .joined(separator: " ")
    }

    private func collectRaw(_ i: Int, into text: inout String) {
        guard !excluded[i] else { return }
        let node = tree.nodes[i]
        if node.name.isEmpty { text.unicodeScalars.append(contentsOf: node.text.unicodeScalars.map { $0 == "\u{A0}" ? " " : $0 }) }
        if node.name == "br" { text += "\n" }
        for c in node.children { collectRaw(c, into: &text) }
    }

    private mutating func appendText(_ text: String) {
        for s in text.unicodeScalars {
            switch s {
            case " ", "\t", "\r", "\u{0C}":
                pendingSpace = true
            case "\n":
                pendingSpace = true
                pendingNewline = true
            default:
                if pendingSpace, let last = line.last {
                    let joinChinese = pendingNewline && HTMLArticle.isChinese(last) && HTMLArticle.isChinese(s)
                    if !joinChinese && last != " " { line.append(" ") }
                }
                pendingSpace = false
                pendingNewline = false
                // A no-break space is a space that does not collapse.
                line.append(s == "\u{A0}" ? " " : s)
            }
        }
    }

    private mutating func breakLine() {
        let text = String(line).trimmingBlanks
        if !text.isEmpty { lines.append(text) }
        line = String.UnicodeScalarView()
        pendingSpace = false
        pendingNewline = false
    }
}
