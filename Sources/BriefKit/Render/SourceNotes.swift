import Foundation

/// Numbers the sources a briefing cites, one note per quote, in order of first use, so
/// every figure points at "document, line, “quote”" and the note points back at it.
final class SourceNotes {
    private var index: [String: Int] = [:]
    private var uses: [Int] = []
    private(set) var notes: [Provenance] = []
    /// Document path → how briefings name it (title and year).
    private let names: [String: String]

    /// Article id → how a digest names it (its title and date).
    private let articleNames: [String: String]

    init(reports: [Report] = [], articles: [Article] = []) {
        var names: [String: String] = [:]
        for r in reports { names[r.document] = r.name }
        self.names = names
        var articleNames: [String: String] = [:]
        for a in articles where !a.title.isEmpty { articleNames[a.id] = "《\(a.title)》（\(a.date.prefix(10))）" }
        self.articleNames = articleNames
    }

    /// The note of a source, and this use of it (for the back-link).
    func reference(for p: Provenance) -> MustacheValue {
        let n = number(for: p)
        uses[n - 1] += 1
        return ["n": .int(n), "ref": .string("r\(n)-\(uses[n - 1])")]
    }

    /// The note of an honour: its quote cut to whole clauses around the title, never to a
    /// scrap beside it ("2023 年，" of "2023 年，区科委荣获“市城市数字化转型工作先进集体”").
    func reference(for h: Honour) -> MustacheValue {
        let n = number(for: Self.cut(h), verbatim: true)
        uses[n - 1] += 1
        return ["n": .int(n), "ref": .string("r\(n)-\(uses[n - 1])")]
    }

    static func cut(_ h: Honour) -> Provenance {
        var p = h.provenance
        p.quote = clauses(p.quote, around: h.title)
        return p
    }

    /// What an honour's note is known by: two honours of one quote share it.
    static func key(_ h: Honour) -> String { verbatimKey(cut(h)) }
    static func verbatimKey(_ p: Provenance) -> String { "\(p.document)|\(p.article ?? "")|\(p.line)|\(p.quote)" }

    /// Notes whose quote is shown as kept (an honour's, already cut around its title).
    private var verbatim = Set<Int>()

    func number(for p: Provenance, verbatim isVerbatim: Bool = false) -> Int {
        let key = isVerbatim ? Self.verbatimKey(p) : Self.key(p)
        if let n = index[key] { return n }
        notes.append(p)
        uses.append(0)
        index[key] = notes.count
        if isVerbatim { verbatim.insert(notes.count) }
        return notes.count
    }

    /// Two figures of one quote share its note, and so do two quotes of one line that read
    /// alike once trimmed to whole clauses (547,443万元 and the 70,526万元 after it): a note is
    /// what the reader sees, never the same words under two numbers.
    static func key(_ p: Provenance) -> String {
        "\(p.document)|\(p.article ?? "")|\(p.line)|\(clauses(p.quote))"
    }

    var value: MustacheValue {
        .list(notes.enumerated().map { i, p in
            let file = (p.document as NSString).lastPathComponent
            // An article of a feed is named by its title; its id then adds nothing.
            let article = p.article.flatMap { articleNames[$0] }
            // `namedInEntry`: the entry citing it already names its document (a digest's entry
            // is its article's title and date), so a footnote on the same page need not.
            return ["n": .int(i + 1), "document": .string(article ?? names[p.document] ?? file), "namedInEntry": .bool(article != nil),
                    "file": .string(file), "path": .string(p.document),
                    "article": article == nil ? .optional(p.article) : .null, "line": .int(p.line), "quote": .string(Self.spaced(Self.nested(verbatim.contains(i + 1) ? p.quote : Self.clauses(p.quote)))),
                    "ref": .string("r\(i + 1)-1")]
        })
    }

    /// A quote from a table row with its cells set apart by one space, as a browser shows
    /// it: the tabs between them (two for an empty cell) made wide gaps in a Word note.
    static func spaced(_ quote: String) -> String {
        guard quote.contains("\t") else { return quote }
        var out = ""
        var lastWasTab = false
        for c in quote {
            if c == "\t" {
                if !lastWasTab { out.append(" ") }
                lastWasTab = true
            } else {
                out.append(c)
                lastWasTab = false
            }
        }
        return out
    }

    /// A quote as it stands inside the note's “…”: its own double quotation marks become single
    /// ones (“‘市政务公开先进集体’‘第八届…’”), as Chinese nests quotations, not ““…”“…””.
    static func nested(_ quote: String) -> String {
        guard quote.contains("“") || quote.contains("”") else { return quote }
        return quote.replacingOccurrences(of: "“", with: "‘").replacingOccurrences(of: "”", with: "’")
    }

    /// A quote without the scrap of a clause a cut left at either end: from the first clause
    /// break to the last, when what lies outside holds no digit (the figure is never cut).
    /// An honour's quote without the scrap a cut left after its last clause, unless the
    /// title lies in it; nothing before (a quote opens on its trigger or its recipient, and
    /// 2023 年，区科委荣获“…先进集体” must not lose the title after its comma). Honours of one
    /// quote keep one cut, so they share one note.
    static func clauses(_ quote: String, around title: String) -> String {
        let s = Array(quote.unicodeScalars)
        let t = title.hanScalars
        guard t.count >= 2, let at = (0..<max(0, s.count - 1)).first(where: { s[$0] == t[0] && s[$0 + 1] == t[1] }) else { return quote }
        // (A list's 、 ends a clause too.)
        let breaks: Set<Unicode.Scalar> = ["，", "；", "。", "、", "：", "！", "？", ",", ";"]
        guard let last = s.lastIndex(where: { breaks.contains($0) }), last > at, last < s.count - 1 else { return quote }
        return String(scalars: s[...last]).trimmingSpaces
    }

    static func clauses(_ quote: String) -> String {
        let s = Array(quote.unicodeScalars)
        let breaks: Set<Unicode.Scalar> = ["，", "；", "。", "、", "：", "！", "？", ",", ";"]
        func hasFigure(_ r: ArraySlice<Unicode.Scalar>) -> Bool {
            r.contains { QuantityScanner.isDigit($0) || ChineseNumerals.isNumeral($0) }
        }
        var a = 0, b = s.count
        if let first = s.firstIndex(where: { breaks.contains($0) }), first < s.count - 1, !hasFigure(s[..<first]), first < 24 { a = first + 1 }
        if let last = s.lastIndex(where: { breaks.contains($0) }), last >= a, last < s.count - 1, !hasFigure(s[(last + 1)...]) { b = last + 1 }
        guard a < b else { return quote }
        return String(scalars: s[a..<b]).trimmingSpaces
    }
}

/// How figures are written in a briefing.
enum FigureText {
    /// "5,514 项", "超 1.4 亿元", "近 250 项", "97.7%".
    static func text(_ q: Quantity) -> String {
        let prefix: String
        switch q.qualifier {
        case .exact: prefix = ""
        case .over: prefix = "超 "
        case .nearly: prefix = "近 "
        case .approx: prefix = "约 "
        case .under: prefix = "不到 "
        }
        let number = NumberFormatting.grouped(q.value)
        if q.measure == "%" { return prefix + number + "%" }
        return prefix + number + (q.measure.isEmpty ? "" : " " + q.measure)
    }

    static func levelName(_ l: Honour.Level) -> String {
        switch l {
        case .national: return "国家级"
        case .municipal: return "市级"
        case .district: return "区级"
        case .system: return "系统内"
        case .other: return "其他"
        }
    }

    static func categoryName(_ c: FactCategory) -> String {
        switch c {
        case .service: return "服务"
        case .satisfaction: return "满意度"
        case .honour: return "荣誉"
        case .finance: return "财务"
        case .people: return "人员"
        case .output: return "产出"
        case .growth: return "增长"
        case .other: return "其他"
        }
    }

    static func roleName(_ r: FactRole) -> String {
        switch r {
        case .actual: return ""
        case .baseline: return "引用"
        case .change: return "变化"
        case .target: return "目标"
        case .budget: return "预算"
        case .share: return "占比"
        }
    }
}
