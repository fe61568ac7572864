import Foundation

/// The view data of `brief digest FEED`: per article its date, title, figures and honours,
/// grouped by week, newest first.
enum DigestView {
    static let figuresPerArticle = 12

    static func build(feed: String, extractions: [Extraction], since: String?) -> MustacheValue {
        let notes = SourceNotes()
        let articles = extractions.filter { e in
            guard let a = e.article else { return false }
            return since.map { a.date >= $0 } ?? true
        }.sorted { ($0.article?.date ?? "", $0.article?.id ?? "") > ($1.article?.date ?? "", $1.article?.id ?? "") }
        var weeks: [(String, [MustacheValue])] = []
        for e in articles {
            guard let a = e.article else { continue }
            let week = weekLabel(a.date)
            let shown = shownFacts(e.facts)
            let figures: [MustacheValue] = shown.prefix(figuresPerArticle).map { f in
                ["subject": .string(f.subject), "value": .string(FigureText.text(f.quantity)), "category": .string(f.category.rawValue),
                 "key": .bool(f.key), "note": .int(notes.number(for: f.provenance))]
            }
            let article: MustacheValue = [
                "id": .string(a.id), "date": .string(a.date), "title": .string(a.title), "url": .string(safeURL(a.url)),
                "figures": .list(figures), "hasFigures": .bool(!figures.isEmpty), "moreFigures": .int(max(0, shown.count + e.omittedFacts - figures.count)),
                "honours": .list(e.honours.map { ["title": .string($0.title), "levelName": .string(FigureText.levelName($0.level)),
                                                  "note": .int(notes.number(for: $0.provenance))] }),
            ]
            if let i = weeks.firstIndex(where: { $0.0 == week }) { weeks[i].1.append(article) } else { weeks.append((week, [article])) }
        }
        return [
            "kind": "digest", "title": .string("文章摘要：\(extractions.first?.unit ?? (feed as NSString).lastPathComponent)"),
            "feed": .string((feed as NSString).lastPathComponent), "publisher": .optional(extractions.first?.unit),
            "since": .optional(since), "articleCount": .int(articles.count),
            "weeks": .list(weeks.map { ["week": .string($0.0), "articles": .list($0.1)] }),
            "sources": notes.value,
        ]
    }

    /// An article's confident facts in the order its entry lists them: headline figures
    /// first, then categorised ones, then the rest, each group in document order.
    static func shownFacts(_ facts: [Fact]) -> [Fact] {
        func rank(_ f: Fact) -> Int { (f.key ? 0 : 2) + (f.category == .other ? 1 : 0) }
        return facts.enumerated().filter { $0.element.confident }
            .sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
            .map(\.element)
    }

    /// Only http(s) links survive: a javascript: or data: URL from a feed never becomes a link.
    static func safeURL(_ url: String) -> String {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? url : ""
    }

    /// "2025 年第 45 周" (ISO 8601 weeks, Monday first), from "YYYY-MM-DD".
    static func weekLabel(_ date: String) -> String {
        let parts = date.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return "日期不详" }
        var cal = Calendar(identifier: .iso8601)
        cal.timeZone = TimeZone(identifier: "UTC") ?? .current
        guard let d = cal.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else { return "日期不详" }
        let week = cal.component(.weekOfYear, from: d)
        let year = cal.component(.yearForWeekOfYear, from: d)
        return "\(year) 年第 \(week) 周"
    }
}
