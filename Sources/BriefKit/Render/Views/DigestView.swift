import Foundation

/// The view data of `brief digest FEED`: per ISO week, newest first, each article's date
/// and linked title with its headline figures — ranked, and each figure shown once a week
/// (the GDP five articles repeat is listed with the first), a clause holding several of them
/// once — and its honours. A month of a hundred articles fits in a few pages.
enum DigestView {
    /// Figures an article's entry lists; the rest are left out (`more` counts them).
    static let figuresPerArticle = 3

    static func build(feed: String, extractions: [Extraction], since: String?) -> MustacheValue {
        let articles = extractions.filter { e in
            guard let a = e.article else { return false }
            return since.map { a.date >= $0 } ?? true
        }.sorted { ($0.article?.date ?? "", $0.article?.id ?? "") > ($1.article?.date ?? "", $1.article?.id ?? "") }
        let notes = SourceNotes(articles: articles.compactMap(\.article))
        var weeks: [(Week, [MustacheValue], Set<String>)] = []
        // Week → quantity with its qualifier → the names it was listed under: a weekly round-up
        // restates another article's figure under a shorter name (近300亿元的产业项目投资机遇,
        // 带来近300亿元投资机遇).
        var namesOfQuantity: [String: [String: [[Unicode.Scalar]]]] = [:]
        for e in articles {
            guard let a = e.article else { continue }
            let week = Week(date: a.date)
            var w = weeks.firstIndex { $0.0 == week } ?? { weeks.append((week, [], [])); return weeks.count - 1 }()
            var shown: [Shown] = []
            var repeated = 0
            var inArticle: Set<String> = []
            var figures = 0
            for f in shownFacts(e.facts) where f.key {
                // One figure once a week: the same metric and quantity again is counted, not listed;
                // within one article the same quantity is the same figure, however it is named
                // (两天斩获200架订单 in the lead and again in the last paragraph).
                let quantity = "\(NumberFormatting.plain(f.quantity.folded.value))|\(f.quantity.folded.measure)"
                let id = "\(f.name)|" + quantity
                let stated = quantity + "|\(f.quantity.qualifier.rawValue)"
                let name = f.name.hanScalars
                let restated = namesOfQuantity[week.name]?[stated]?.contains { Self.endAlike($0, name) } ?? false
                if weeks[w].2.contains(id) || inArticle.contains(quantity) || restated { repeated += 1; continue }
                inArticle.insert(quantity)
                guard figures < figuresPerArticle else { continue }
                weeks[w].2.insert(id)
                namesOfQuantity[week.name, default: [:]][stated, default: []].append(name)
                figures += 1
                let clause = Clause(of: f)
                // A figure in a clause already listed bolds its number there: the clause is shown
                // once (共评选出团队奖**3个**、团体单项奖**9个**以及个人奖**5个**), not once per figure.
                let source = "\(f.provenance.document)|\(f.provenance.article ?? "")|\(f.provenance.line)|\(f.provenance.quote)"
                if let clause, let k = shown.firstIndex(where: { $0.source == source && $0.clause?.overlaps(clause) == true }) {
                    if let merged = shown[k].clause?.merging(clause) { shown[k].clause = merged }
                    continue
                }
                shown.append(Shown(fact: f, source: source, clause: clause, note: notes.reference(for: f.provenance)))
            }
            let others = shownFacts(e.facts).count + e.omittedFacts - figures
            let honours = Array(HonourComparison.distinct(e.honours).prefix(2))
            let article: MustacheValue = [
                "id": .string(a.id), "date": .string(String(a.date.prefix(10))), "day": .string(String(a.date.dropFirst(5).prefix(5))),
                "title": .string(a.title.isEmpty ? "（无标题）" : a.title), "url": .string(safeURL(a.url)), "hasURL": .bool(!safeURL(a.url).isEmpty),
                "figures": .list(shown.enumerated().map { k, f in f.value(separator: k == 0 ? "" : "；") }), "hasFigures": .bool(!shown.isEmpty),
                "more": .int(max(0, others)), "hasMore": .bool(others > 0), "repeated": .int(repeated),
                "honours": .list(honourEntries(honours, notes: notes)),
                "hasHonours": .bool(!honours.isEmpty),
            ]
            weeks[w].1.append(article)
            w = 0
        }
        let title = "文章摘要：\(extractions.first?.unit ?? (feed as NSString).lastPathComponent)"
        let dates = articles.compactMap { $0.article?.date }.map { String($0.prefix(10)) }.sorted()
        return [
            "kind": "digest", "linked": false, "title": .string(title),
            "feed": .string((feed as NSString).lastPathComponent), "publisher": .optional(extractions.first?.unit),
            "since": .optional(since), "articleCount": .int(articles.count),
            "scope": .string(articles.isEmpty ? "没有文章。" : "\(articles.count) 篇文章，\(dates.first ?? "") 至 \(dates.last ?? "")；每篇列出至多 \(figuresPerArticle) 个主要数字，同一周内重复的数字只列一次。"),
            "weeks": .list(weeks.map { week, entries, _ in
                ["week": .string(week.name), "days": .string(week.days), "heading": .string(week.heading(count: entries.count)),
                 "articles": .list(entries), "count": .int(entries.count)]
            }),
            "sources": notes.value,
        ]
    }

    /// An article's honours as one list after one 荣誉： label: `sep` (、 before all but the
    /// first), `title`, `levelName` and `hasLevel` (false for 其他, which tells a reader
    /// nothing), and `note` — null on an honour whose quote the next one shares, so
    /// 红点最佳设计奖、IF设计奖 carry their common note once, after the last.
    static func honourEntries(_ honours: [Honour], notes: SourceNotes) -> [MustacheValue] {
        func key(_ h: Honour) -> String { SourceNotes.key(h) }
        return honours.enumerated().map { k, h in
            let sharesNext = k + 1 < honours.count && key(honours[k + 1]) == key(h)
            return ["sep": .string(k == 0 ? "" : "、"), "title": .string(h.title), "levelName": .string(FigureText.levelName(h.level)),
                    "hasLevel": .bool(h.level != .other), "note": sharesNext ? .null : notes.reference(for: h)]
        }
    }

    /// An article's confident facts in the order its entry lists them: headline figures
    /// first — those in its title, then totals and money, then the rest — each group in
    /// document order.
    static func shownFacts(_ facts: [Fact]) -> [Fact] {
        func rank(_ f: Fact) -> Int {
            (f.key ? 0 : 4) + (f.category == .other ? 2 : 0) + (f.role == .actual || f.role == .budget ? 0 : 1)
        }
        return facts.enumerated().filter { $0.element.confident && $0.element.category != .other || $0.element.key && $0.element.confident }
            .sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
            .map(\.element)
    }

    /// A figure listed in an article's entry: the clause it stands in and its note.
    struct Shown {
        let fact: Fact
        /// Document, article, line and quote: figures of one quote may share a clause.
        let source: String
        var clause: Clause?
        let note: MustacheValue

        /// `before`, `figure`, `after` — the first number of the clause in bold and the words
        /// up to the next — and `also[]` (`figure`, `after`) for each further number in it;
        /// `sep`, what sets it apart from the figure before (none for the first).
        func value(separator: String) -> MustacheValue {
            let text = clause?.text ?? (before: fact.subject.isEmpty ? "" : fact.subject + "：", figure: FigureText.text(fact.quantity), after: "", also: [])
            return ["sep": .string(separator), "subject": .string(fact.subject), "value": .string(FigureText.text(fact.quantity)),
                    "before": .string(text.before), "figure": .string(text.figure), "after": .string(text.after),
                    "also": .list(text.also.map { ["figure": .string($0.figure), "after": .string($0.after)] }),
                    "note": note]
        }
    }

    /// A figure as its article writes it, in the words around it: `投资推介52个、近` **300亿元**
    /// `的产业项目投资机遇`, from the quote's clause — a digest reads as sentences, not as
    /// subject fragments. Nil when the quote does not show the number in digits (the entry
    /// then shows `subject：` and the value).
    struct Clause {
        let quote: [Unicode.Scalar]
        /// The clause shown: `quote[start..<stop]`.
        private(set) var start: Int, stop: Int
        /// The numbers in bold, with their measures as written, in reading order.
        private(set) var figures: [Range<Int>]

        static let stops: Set<Unicode.Scalar> = ["，", "；", "。", "！", "？", ",", ";"]

        init?(of f: Fact) {
            let quote = Array(f.provenance.quote.unicodeScalars)
            let v = f.quantity.value
            let forms = [NumberFormatting.grouped(v), NumberFormatting.plain(v)].map { Array($0.unicodeScalars) }
            for form in forms where !form.isEmpty {
                guard let i = quote.indices.first(where: { k in
                    k + form.count <= quote.count && Array(quote[k..<k + form.count]) == form
                        && (k == 0 || !QuantityScanner.isDigit(quote[k - 1]) && quote[k - 1] != ".")
                        && (k + form.count == quote.count || !QuantityScanner.isDigit(quote[k + form.count]))
                }) else { continue }
                var end = i + form.count
                // The measure as the article writes it: 300亿元, 5 个.
                var m = end
                while m < quote.count, quote[m] == " " { m += 1 }
                let measure = Array(f.quantity.measure.unicodeScalars)
                if !measure.isEmpty, m + measure.count <= quote.count, Array(quote[m..<m + measure.count]) == measure { end = m + measure.count }
                var start = i
                while start > 0, !Self.stops.contains(quote[start - 1]), i - start < 24 { start -= 1 }
                var stop = end
                while stop < quote.count, !Self.stops.contains(quote[stop]), quote[stop] != "、", stop - end < 18 { stop += 1 }
                (self.quote, self.start, self.stop, self.figures) = (quote, start, stop, [i..<end])
                return
            }
            return nil
        }

        /// Whether the other figure's clause shares words with this one (the same quote).
        func overlaps(_ other: Clause) -> Bool {
            quote == other.quote && start < other.stop && other.start < stop
        }

        /// One clause holding both: the words of each, every number in bold. Nil when the
        /// other's number is one already in bold here (the same digits read twice).
        func merging(_ other: Clause) -> Clause? {
            guard other.figures.allSatisfy({ o in !figures.contains { $0.overlaps(o) } }) else { return nil }
            var c = self
            c.start = min(start, other.start)
            c.stop = max(stop, other.stop)
            c.figures = (figures + other.figures).sorted { $0.lowerBound < $1.lowerBound }
            return c
        }

        /// The clause cut at its numbers, with … where it was cut inside a sentence.
        var text: (before: String, figure: String, after: String, also: [(figure: String, after: String)]) {
            func words(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(quote[r])) }
            guard let first = figures.first else { return ("", "", "", []) }
            let before = (start > 0 && !Self.stops.contains(quote[start - 1]) ? "…" : "") + words(start..<first.lowerBound).trimmingSpaces
            let cut = stop < quote.count && !Self.stops.contains(quote[stop]) && quote[stop] != "、" ? "…" : ""
            var afters: [String] = []
            for (k, r) in figures.enumerated() {
                if k + 1 < figures.count { afters.append(words(r.upperBound..<figures[k + 1].lowerBound)) }
                else { afters.append(words(r.upperBound..<stop).trimmingSpaces + cut) }
            }
            let also = figures.indices.dropFirst().map { (figure: words(figures[$0]), after: afters[$0]) }
            return (before, words(first), afters[0], also)
        }
    }

    /// Only http(s) links survive: a javascript: or data: URL from a feed never becomes a link.
    static func safeURL(_ url: String) -> String {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? url : ""
    }

    /// Two names of one quantity that end alike, in their last four characters (or all of
    /// the shorter, two at least): 产业项目投资机遇 and 带来投资机遇.
    static func endAlike(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        let n = min(4, a.count, b.count)
        return n >= 2 && a.suffix(n).elementsEqual(b.suffix(n))
    }

    /// An ISO 8601 week (Monday first): its `name`, "2025 年第 45 周", and its `days`,
    /// "11 月 3 日—9 日" ("10 月 27 日—11 月 2 日" across a month; empty when the date is
    /// not one, and the name is then 日期不详).
    struct Week: Equatable {
        let name: String
        let days: String

        init(date: String) {
            (name, days) = Self.parts(date) ?? ("日期不详", "")
        }

        /// The week's heading with its article count in one pair of brackets:
        /// "2025 年第 46 周（11 月 10 日—16 日，7 篇）" — not "…（11 月 10 日—11 月 16 日）（7 篇）".
        func heading(count: Int) -> String {
            days.isEmpty ? "\(name)（\(count) 篇）" : "\(name)（\(days)，\(count) 篇）"
        }

        private static func parts(_ date: String) -> (String, String)? {
            let parts = date.prefix(10).split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            var cal = Calendar(identifier: .iso8601)
            cal.timeZone = TimeZone(identifier: "UTC") ?? .current
            guard let d = cal.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
                  let start = cal.dateInterval(of: .weekOfYear, for: d)?.start,
                  let end = cal.date(byAdding: .day, value: 6, to: start) else { return nil }
            let week = cal.component(.weekOfYear, from: d)
            let year = cal.component(.yearForWeekOfYear, from: d)
            let (m1, d1) = (cal.component(.month, from: start), cal.component(.day, from: start))
            let (m2, d2) = (cal.component(.month, from: end), cal.component(.day, from: end))
            let days = m1 == m2 ? "\(m1) 月 \(d1) 日—\(d2) 日" : "\(m1) 月 \(d1) 日—\(m2) 月 \(d2) 日"
            return ("\(year) 年第 \(week) 周", days)
        }
    }
}
