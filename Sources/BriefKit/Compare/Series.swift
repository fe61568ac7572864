/// One figure as it enters a comparison: what, for whom, when, and from where.
public struct Observation: Sendable {
    public var unit: String
    /// The metric id when known, else the fact's normalised name.
    public var key: String
    public var year: Int
    public var fact: Fact
    /// The document it was read from (its reporting year may differ from `year`).
    public var document: String
    public var documentYear: Int?
    public var documentKind: DocumentKind
    /// The change the document states right after the figure, if any.
    public var stated: Fact?

    /// Quoted by a later report for an earlier year (`较之 2021 年的 96.8%`).
    public var isQuoted: Bool { documentYear.map { $0 != year } ?? false }
}

/// Every value of one metric for one unit, by year. Two sources that disagree on a year are
/// a conflict: both are kept and shown, never averaged or silently resolved.
public struct Series: Sendable {
    public var unit: String
    public var key: String
    public var name: String
    public var category: FactCategory
    public var isRate: Bool
    public var byYear: [Int: [Observation]]

    /// The years with a value (a year whose value is unsure is not among them).
    public var years: [Int] { byYear.keys.sorted().filter { value(in: $0) != nil } }

    /// The value for a year: from the document that is the authority on it — the first
    /// report of that year, else the first document quoting it. When that document gives
    /// two values that disagree (新注册企业 49 家 and 引进企业 360 家 read as one metric),
    /// which one is the unit's figure is not sure: another document agreeing with exactly one
    /// of them settles it, otherwise there is no value (`unsure(in:)` lists them).
    public func value(in year: Int) -> Observation? {
        let (candidates, others) = split(year)
        guard let first = candidates.first else { return nil }
        if candidates.dropFirst().allSatisfy({ Self.agree($0.fact.quantity, first.fact.quantity) }) { return first }
        let confirmed = candidates.filter { c in others.contains { Self.agree($0.fact.quantity, c.fact.quantity) } }
        return confirmed.count == 1 ? confirmed[0] : nil
    }

    /// The disagreeing values of one document that leave a year without a value.
    public func unsure(in year: Int) -> [Observation] {
        value(in: year) == nil ? split(year).candidates : []
    }

    /// Values other documents give for the year that differ from its value: a conflict
    /// between sources, shown beside the value and never resolved silently.
    public func conflicts(in year: Int) -> [Observation] {
        guard let v = value(in: year) else { return [] }
        return (byYear[year] ?? []).filter { $0.document != v.document && !Self.agree($0.fact.quantity, v.fact.quantity) }
    }

    /// The authority's observations for a year, and the rest.
    private func split(_ year: Int) -> (candidates: [Observation], others: [Observation]) {
        guard let obs = byYear[year], !obs.isEmpty else { return ([], []) }
        let authority = (obs.first { $0.documentYear == year } ?? obs[0]).document
        return (obs.filter { $0.document == authority }, obs.filter { $0.document != authority })
    }

    /// The latest year before `year` that has a value.
    public func previousYear(before year: Int) -> Int? {
        years.last { $0 < year }
    }

    /// The year a value for `year` is compared with: the unit's previous report's year when
    /// the series has a value there, else the latest earlier year it has.
    public func comparisonYear(before year: Int, previousReport: Int?) -> Int? {
        if let p = previousReport, byYear[p] != nil { return p }
        return previousYear(before: year)
    }

    /// Two statements of one figure agree when they are equal to the precision of the less
    /// precise one: 620,838 万元 and 6,208,375,874 元 agree; 96.8 and 97.3 do not.
    public static func agree(_ a: Quantity, _ b: Quantity) -> Bool {
        guard a.qualifier == b.qualifier else { return false }
        let fa = a.folded, fb = b.folded
        let rateLike = ["", "%"]
        guard fa.measure == fb.measure || (rateLike.contains(fa.measure) && rateLike.contains(fb.measure)) else { return false }
        let tolerance = max(resolution(a), resolution(b)) / 2
        return abs(fa.value - fb.value) <= tolerance + 1e-9 * max(1, abs(fa.value))
    }

    /// The smallest step the written value can express, in the folded measure.
    static func resolution(_ q: Quantity) -> Double {
        let scale = q.value == 0 ? 1 : q.folded.value / q.value
        let text = NumberFormatting.plain(q.value)
        let decimals = text.split(separator: ".").dropFirst().first?.count ?? 0
        return scale * (0..<decimals).reduce(1.0) { r, _ in r / 10 }
    }
}
