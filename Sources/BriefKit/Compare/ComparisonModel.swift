import Foundation

/// The one model every briefing reads: for each unit and metric a series over all years
/// from every document — the values a report gives for its own year, the earlier values a
/// later report quotes, the amounts a budget plans — each with its source, and the change
/// each document states beside a value. Two sources that disagree on one year are a
/// conflict, kept and shown. Honours are kept per unit with the year they were received.
///
/// Annual briefs, diffs and unit pages all take their figures from here, so no page can
/// contradict another.
public struct ComparisonModel: Sendable {
    public var series: [Series]
    /// Unit → its reports, oldest first.
    public var reports: [String: [Report]]
    /// Unit → its honours, one entry per distinct honour of each report.
    public var honours: [String: [Honour]]
    /// Every document's extraction, by path, for views that need more than the series.
    public var documents: [String: Extraction]

    public init(_ extractions: [Extraction]) {
        var bucket: [String: Series] = [:]
        var order: [String] = []
        var reports: [String: [Report]] = [:]
        var honours: [String: [Honour]] = [:]
        var documents: [String: Extraction] = [:]
        for e in extractions where e.kind != .articleFeed {
            let unit = e.unit ?? e.document
            documents[e.document] = e
            reports[unit, default: []].append(Report(extraction: e))
            // A budget names honours only as background to its projects: they are not the unit's.
            if e.kind != .budget { honours[unit, default: []] += HonourComparison.distinct(e.honours) }
            for (i, f) in e.facts.enumerated() where Self.enters(f) {
                guard let year = f.year else { continue }
                let key = f.metric ?? (f.name.isEmpty ? f.subject : f.name)
                let k = unit + "\u{1}" + key
                if bucket[k] == nil {
                    bucket[k] = Series(unit: unit, key: key, name: Self.displayName(f), category: f.category,
                                       isRate: f.quantity.isRate || f.category == .satisfaction, byYear: [:])
                    order.append(k)
                }
                let obs = Observation(unit: unit, key: key, year: year, fact: f, document: e.document, documentYear: e.year,
                                      documentKind: e.kind, stated: Self.statedChange(after: i, in: e.facts))
                // The same figure from the same document twice (narrative and table) counts once.
                if !(bucket[k]?.byYear[year] ?? []).contains(where: { $0.document == e.document && Series.agree($0.fact.quantity, f.quantity) }) {
                    bucket[k]?.byYear[year, default: []].append(obs)
                }
            }
        }
        series = order.compactMap { bucket[$0] }
        self.reports = reports.mapValues { $0.sorted { ($0.year ?? 0, $0.document) < ($1.year ?? 0, $1.document) } }
        self.honours = honours
        self.documents = documents
    }

    /// A headline figure enters the series when it is sure and says what a year holds:
    /// achieved, quoted for an earlier year, planned in a budget, or a proportion.
    static func enters(_ f: Fact) -> Bool {
        f.key && f.confident && [.actual, .baseline, .budget, .share].contains(f.role)
    }

    /// The catalog's name for a known metric; otherwise the normalised subject.
    static func displayName(_ f: Fact) -> String {
        if let id = f.metric, let m = MetricCatalog.builtIn.metric(id: id) { return m.name }
        return f.name.isEmpty ? f.subject : f.name
    }

    /// The change a document states right after a figure (`…547,443万元，比2023年预算增加
    /// 70,526万元`; `营收…，同比增长32.17%`): the next facts on its line, while they are changes.
    static func statedChange(after i: Int, in facts: [Fact]) -> Fact? {
        let f = facts[i]
        var k = i + 1
        while k < facts.count, facts[k].provenance.line == f.provenance.line, facts[k].provenance.document == f.provenance.document,
              facts[k].provenance.offset - f.provenance.offset < 160 {
            let c = facts[k]
            // Said of this figure: "A、B分别…13.19亿元、11.57亿元，同比增长13.51%、14.69%" gives
            // B's change after A's; a change whose subject is another figure's is passed over.
            if c.role == .change, c.year == f.year, c.quantity.isRate || c.quantity.folded.measure == f.quantity.folded.measure,
               c.subject.startsWithBytes(f.subject) {
                return c
            }
            if c.role != .change && c.role != .share { return nil }
            k += 1
        }
        return nil
    }

    public var units: [String] {
        var seen: [String] = []
        for u in reports.keys.sorted() where !seen.contains(u) { seen.append(u) }
        return seen
    }

    public func series(for unit: String) -> [Series] { series.filter { $0.unit == unit } }

    /// The unit's report for a year, if it has one (the latest document when several).
    public func report(of unit: String, in year: Int) -> Report? {
        reports[unit]?.last { $0.year == year }
    }

    /// The year of the unit's report before `year`: what a brief compares with.
    public func previousReportYear(of unit: String, before year: Int) -> Int? {
        reports[unit]?.compactMap(\.year).filter { $0 < year }.max()
    }

    /// The unit's honours received in a year, distinct.
    public func honours(of unit: String, in year: Int) -> [Honour] {
        HonourComparison.distinct((honours[unit] ?? []).filter { ($0.year ?? 0) == year }, unit: unit)
    }

    /// The years the unit has reports for, oldest first.
    public func reportYears(of unit: String) -> [Int] {
        Array(Set(reports[unit]?.compactMap(\.year) ?? [])).sorted()
    }
}

/// A document as briefings name it.
public struct Report: Sendable {
    public var document: String
    public var title: String?
    public var kind: DocumentKind
    public var year: Int?
    public var published: String?

    init(extraction e: Extraction) {
        document = e.document
        title = e.title
        kind = e.kind
        year = e.year
        published = e.published
    }

    /// `《2023 年度社会责任报告》（2023 年）`, or the file's name when it has no title.
    public var name: String {
        let file = (document as NSString).lastPathComponent
        let t = title.map { "《\($0)》" } ?? file
        return t + (year.map { "（\($0) 年）" } ?? "")
    }
}
