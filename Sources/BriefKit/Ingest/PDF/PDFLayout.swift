/// Turns `pdftotext -layout` output into the text Brief extracts from: pages (separated
/// by form feeds) without their running headers, footers and page numbers, two-column
/// pages read column by column, pages joined by a blank line.
enum PDFLayout {
    static func clean(_ text: String) -> String {
        var pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        // The text ends with a form feed after the last page: nothing follows it.
        if pages.count > 1, pages.last?.allSatisfy({ $0.isEmpty }) == true { pages.removeLast() }
        let drops = PDFRunningLines.find(in: pages)
        var out: [String] = []
        for (p, page) in pages.enumerated() {
            let kept = page.indices.filter { !drops[p].contains($0) }.map { page[$0] }
            var lines = PDFColumns.split(kept)
            // The page's trailing blank lines; one blank line marks the page break.
            while lines.last?.trimmingBlanks.isEmpty == true { lines.removeLast() }
            if !out.isEmpty { out.append("") }
            out += lines
        }
        return out.joined(separator: "\n") + "\n"
    }
}
