/// Finds the running headers, footers and page numbers of a converted PDF: lines at the top
/// or bottom of a page that recur on many pages, the same or with a number that counts the
/// pages ("… 第 3 页", "… 第 4 页"), and page-number lines (`第 3 页`, `第 3 页 共 20 页`,
/// `- 3 -`, `3 / 20`, `Page 3`) at a page's edge. Only the first and last lines of a page
/// are looked at, and a repeated line whose numbers do not count the pages ("合计 1,234" at
/// the foot of each page of a table) is text, so a figure is never taken for furniture.
enum PDFRunningLines {
    /// Non-blank lines at each edge of a page that may be running lines.
    static let edgeLines = 2

    /// For each page (its lines), the indices of the lines to drop.
    static func find(in pages: [[String]]) -> [Set<Int>] {
        let edges = pages.map(edgeIndices)
        // Shape (digits as #) → the pages it is on, with the line's text and last number there.
        var seen: [String: [(page: Int, text: String, number: Int?)]] = [:]
        for (p, page) in pages.enumerated() {
            for i in edges[p] {
                let key = shape(of: page[i])
                if seen[key]?.last?.page != p { seen[key, default: []].append((p, collapsed(page[i]), lastNumber(in: page[i]))) }
            }
        }
        // A line on at least half the pages (and two of them) is a running line.
        let threshold = max(2, (pages.count + 1) / 2)
        let running = Set(seen.filter { _, on in on.count >= threshold && (Set(on.map(\.text)).count == 1 || countsPages(on)) }.keys)
        return pages.enumerated().map { p, page in
            Set(edges[p].filter { i in
                isPageNumber(page[i]) || (pages.count >= 2 && running.contains(shape(of: page[i])))
            })
        }
    }

    /// Whether the lines' last numbers follow the page index (most of them at one offset).
    static func countsPages(_ on: [(page: Int, text: String, number: Int?)]) -> Bool {
        var offsets: [Int: Int] = [:]
        for o in on { if let n = o.number { offsets[n - o.page, default: 0] += 1 } }
        return (offsets.values.max() ?? 0) * 10 >= on.count * 8
    }

    static func lastNumber(in line: String) -> Int? {
        var value: Int? = nil, current: Int? = nil
        for s in line.unicodeScalars {
            if let d = Digits.asciiValue(Digits.fold(s)) { current = (current ?? 0) &* 10 &+ d } else if let c = current { value = c; current = nil }
        }
        return current ?? value
    }

    static func collapsed(_ line: String) -> String {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }).joined(separator: " ")
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
        let plain = s.filter { $0 != " " }
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
