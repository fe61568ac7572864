/// Finds the running headers, footers and page numbers of a converted PDF: lines at the top
/// or bottom of a page that recur on many pages (digits aside, so "… 第 3 页" and "… 第 4 页"
/// are one line), and page-number lines (`第 3 页`, `第 3 页 共 20 页`, `- 3 -`, `3 / 20`,
/// `Page 3`, a lone `3`) at a page's edge. Only the first and last lines of a page are
/// looked at, so a figure inside the text is never taken for a page number.
enum PDFRunningLines {
    /// Non-blank lines at each edge of a page that may be running lines.
    static let edgeLines = 2

    /// For each page (its lines), the indices of the lines to drop.
    static func find(in pages: [[String]]) -> [Set<Int>] {
        let edges = pages.map(edgeIndices)
        var counts: [String: Int] = [:]
        for (p, page) in pages.enumerated() {
            for key in Set(edges[p].map { shape(of: page[$0]) }) { counts[key, default: 0] += 1 }
        }
        // A line on at least half the pages (and two of them) is a running line.
        let threshold = max(2, (pages.count + 1) / 2)
        return pages.enumerated().map { p, page in
            Set(edges[p].filter { i in
                isPageNumber(page[i]) || (pages.count >= 2 && counts[shape(of: page[i]), default: 0] >= threshold)
            })
        }
    }

    /// The first and last `edgeLines` non-blank lines.
    static func edgeIndices(_ page: [String]) -> [Int] {
        let nonBlank = page.indices.filter { !page[$0].trimmingBlanks.isEmpty }
        return Array(Set(nonBlank.prefix(edgeLines) + nonBlank.suffix(edgeLines))).sorted()
    }

    /// The line with blanks collapsed and every run of digits written `#`.
    static func shape(of line: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasBlank = true, lastWasDigit = false
        for s in line.unicodeScalars {
            if s == " " || s == "\t" || s == "\u{3000}" {
                if !lastWasBlank { out.append(" ") }
                lastWasBlank = true; lastWasDigit = false
            } else if Digits.asciiValue(Digits.fold(s)) != nil {
                if !lastWasDigit { out.append("#") }
                lastWasBlank = false; lastWasDigit = true
            } else {
                out.append(s)
                lastWasBlank = false; lastWasDigit = false
            }
        }
        return String(String(out).trimmingBlanks)
    }

    /// A line that is only a page number, or a short running title ending in `第 N 页`.
    static func isPageNumber(_ line: String) -> Bool {
        let s = shape(of: line)
        let plain = s.replacingOccurrences(of: " ", with: "")
        let dashes: Set<Character> = ["-", "—", "–", "－", "·"]
        // "#", "- # -", "—#—", "(#)", "#/#", "Page #", "Page # of #"
        if plain.contains("#"), plain.allSatisfy({ $0 == "#" || dashes.contains($0) }), plain.filter({ $0 == "#" }).count == 1 { return true }
        if plain == "(#)" || plain == "（#）" || plain == "#/#" { return true }
        let lower = plain.lowercased()
        if lower == "page#" || lower == "page#of#" { return true }
        // "第 # 页", "第 # 页 共 # 页", "第#页/共#页", and "单位名 第 # 页" (short).
        for ending in ["第#页", "第#页共#页", "第#页/共#页", "第#页,共#页", "第#页，共#页", "共#页第#页"] where plain.hasSuffix(ending) {
            return plain.count - ending.count <= 40
        }
        return false
    }
}
