/// One figure as it enters a comparison: what, for whom, when, and from where.
public struct Observation: Sendable {
    public var unit: String
    /// The metric id when known, else the fact's subject.
    public var metric: String
    public var name: String
    public var year: Int
    public var fact: Fact
    /// The document it was read from (its reporting year may differ from `year`).
    public var document: String
    public var documentYear: Int?
}

/// Every value of one metric for one unit, by year. Two sources that disagree on a year are
/// a conflict: both are kept and shown, never averaged or silently resolved.
public struct Series: Sendable {
    public var unit: String
    public var metric: String
    public var name: String
    public var category: FactCategory
    public var byYear: [Int: [Observation]]

    public var years: [Int] { byYear.keys.sorted() }

    /// The value for a year: the observation from the document reporting on that year if
    /// there is one (a report is the authority on its own year), else the first found.
    public func value(in year: Int) -> Observation? {
        guard let obs = byYear[year], !obs.isEmpty else { return nil }
        return obs.first { $0.documentYear == year } ?? obs.first
    }

    /// Years where sources give different values (after folding 万/亿 into the value).
    public func conflicts(in year: Int) -> [Observation] {
        guard let obs = byYear[year], obs.count > 1 else { return [] }
        let differing = obs.dropFirst().contains { !Self.agree($0.fact.quantity, obs[0].fact.quantity) }
        return differing ? obs : []
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

    /// The latest year before `year` that has a value.
    public func previousYear(before year: Int) -> Int? {
        years.last { $0 < year }
    }

    public var isRate: Bool {
        byYear.values.joined().contains { $0.fact.quantity.measure == "%" } || category == .satisfaction
    }
}
