/// Finds the article in a web page by a general rule, not by any one site's markup: the
/// smallest element that holds most of the page's Chinese prose. Text inside links does
/// not count (menus, related-article lists and link footers are mostly links), and
/// navigation, headers, footers, sidebars and share bars — by element or by a class or id
/// word such as `nav`, `footer`, `crumb`, `share` — are left out unless they hold most of
/// the text themselves.
enum HTMLArticle {
    struct Weight {
        var chinese = 0, punctuation = 0
        /// Scalars inside links.
        var linked = 0
        var score: Int { chinese + 3 * punctuation }
    }

    static let boilerplateElements: Set<String> = ["nav", "header", "footer", "aside", "form", "button", "select", "noscript", "label", "menu"]
    /// Class and id words of page furniture (split at '-', '_' and spaces).
    static let boilerplateWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "menubar", "header", "head", "top", "topbar", "footer", "foot", "bottom",
        "breadcrumb", "breadcrumbs", "crumb", "crumbs", "position", "location", "sidebar", "side", "aside", "share", "toolbar",
        "tools", "banner", "copyright", "related", "recommend", "comment", "comments", "search", "login", "logo",
        "ad", "ads", "advert", "pager", "pagination", "print", "qrcode", "friendlink", "links",
    ]
    /// The share of the article's weight a child must hold for the article to be looked for
    /// inside it: the rest (a heading, an information bar) is then furniture.
    static let descendShare = 0.85
    /// Elements that hold text, not articles: the search never goes inside one.
    static let textBlocks: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "dd", "dt", "caption",
                                          "figcaption", "span", "font", "a", "b", "strong", "em", "i", "u", "label", "th"]

    /// The node holding the article, the data tables that stand beside it (a press release's 发布材料 after
    /// the transcript: little prose, so no part of the article by weight, yet its figures),
    /// in page order, and the nodes left out.
    static func find(in tree: HTMLTree) -> (article: Int, tables: [Int], excluded: [Bool]) {
        let nodes = tree.nodes
        var hidden = [Bool](repeating: false, count: nodes.count)
        var inLink = [Bool](repeating: false, count: nodes.count)
        // Parents come before their children in the array: one forward pass inherits.
        for i in nodes.indices.dropFirst() {
            let p = nodes[i].parent
            hidden[i] = hidden[p] || isHidden(nodes[i])
            inLink[i] = inLink[p] || nodes[i].name == "a"
        }
        let all = weights(nodes, excluded: hidden, inLink: inLink)
        let total = all[0].score
        var excluded = hidden
        for i in nodes.indices.dropFirst() where !excluded[i] {
            excluded[i] = excluded[nodes[i].parent] || (isBoilerplate(nodes[i]) && all[i].score * 10 < total * 4)
        }
        let kept = weights(nodes, excluded: excluded, inLink: inLink)
        var current = tree.first("body") ?? 0
        var tables: [Int] = []
        while true {
            let children = nodes[current].children.filter { !excluded[$0] && !nodes[$0].name.isEmpty }
            guard let best = children.max(by: { kept[$0].score < kept[$1].score }),
                  Double(kept[best].score) >= descendShare * Double(kept[current].score), kept[best].score > 0,
                  !textBlocks.contains(nodes[best].name),
                  nodes[best].name != "table" || isLayoutTable(best, in: nodes, weights: kept) else { break }
            // Siblings after the article that hold a data table are read after it, the
            // nearest level last (they follow the article's own text on the page).
            let after = children.drop { $0 != best }.dropFirst().filter { holdsDataTable($0, in: nodes, excluded: excluded) }
            tables.insert(contentsOf: after, at: 0)
            current = best
        }
        return (current, tables, excluded)
    }

    /// Whether a node holds a table of figures: two rows or more with a digit in a cell.
    static func holdsDataTable(_ node: Int, in nodes: [HTMLTree.Node], excluded: [Bool]) -> Bool {
        var stack = [node]
        var rowsWithDigits = 0
        while let i = stack.popLast() {
            guard !excluded[i] else { continue }
            if nodes[i].name == "tr", rowHasDigit(i, in: nodes) {
                rowsWithDigits += 1
                if rowsWithDigits >= 2 { return true }
                continue
            }
            stack += nodes[i].children
        }
        return false
    }

    static func rowHasDigit(_ row: Int, in nodes: [HTMLTree.Node]) -> Bool {
        var stack = nodes[row].children
        while let i = stack.popLast() {
            // ASCII or full-width digits (１８,７０２.６).
            if nodes[i].name.isEmpty, nodes[i].text.unicodeScalars.contains(where: { Digits.asciiValue($0) != nil }) { return true }
            if nodes[i].name != "table" { stack += nodes[i].children }
        }
        return false
    }

    /// A table that lays out the page rather than holding data: one of its cells holds
    /// most of its text (the article beside a menu). A data table's text is spread over
    /// its cells, and the article includes all of it with what surrounds it.
    static func isLayoutTable(_ table: Int, in nodes: [HTMLTree.Node], weights: [Weight]) -> Bool {
        var best = 0
        var stack = nodes[table].children
        while let i = stack.popLast() {
            switch nodes[i].name {
            case "td", "th": best = max(best, weights[i].score)
            case "table": continue
            default: stack += nodes[i].children
            }
        }
        return best * 10 >= weights[table].score * 7
    }

    /// Each node's weight with its descendants', leaving out excluded nodes.
    static func weights(_ nodes: [HTMLTree.Node], excluded: [Bool], inLink: [Bool]) -> [Weight] {
        var w = [Weight](repeating: Weight(), count: nodes.count)
        for i in nodes.indices.reversed() {
            if excluded[i] { continue }
            if nodes[i].name.isEmpty {
                for s in nodes[i].text.unicodeScalars {
                    if inLink[i] { w[i].linked += 1; continue }
                    if isChinese(s) { w[i].chinese += 1 } else if isPunctuation(s) { w[i].punctuation += 1 }
                }
            }
            if i > 0 {
                let p = nodes[i].parent
                w[p].chinese += w[i].chinese
                w[p].punctuation += w[i].punctuation
                w[p].linked += w[i].linked
            }
        }
        return w
    }

    static func isBoilerplate(_ node: HTMLTree.Node) -> Bool {
        if boilerplateElements.contains(node.name) { return true }
        let names = [node.attribute("class"), node.attribute("id")].compactMap { $0 }.joined(separator: " ").lowercased()
        guard !names.isEmpty else { return false }
        let words = names.split { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" }
        return words.contains { boilerplateWords.contains(String($0)) }
    }

    static func isHidden(_ node: HTMLTree.Node) -> Bool {
        if node.attributes.contains(where: { $0.0 == "hidden" }) { return true }
        guard let style = node.attribute("style")?.lowercased().filter({ $0 != " " }) else { return false }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    static func isChinese(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }

    /// Read for every scalar of a page: a bitmap, not a string searched per call.
    static let punctuation = ScalarSet("，。；：、！？“”《》（）".unicodeScalars)

    static func isPunctuation(_ s: Unicode.Scalar) -> Bool { punctuation.contains(s) }
}
