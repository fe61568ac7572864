import Foundation

/// One metric's row in a briefing, from the comparison model: its value in a year with its
/// source, the value it is compared with (and that year), the change — computed, and the
/// one the document states when it states one — a chart of the years up to this one, and
/// any source that disagrees. Annual briefs, diffs and unit pages all use it, so a figure
/// reads the same on every page.
enum FigureRows {
    /// `conflicts: false` leaves the sources that disagree to the caller (a diff lists both
    /// years'), so no note is numbered for a use that is never shown.
    static func row(_ s: Series, year: Int, comparedWith compareYear: Int?, notes: SourceNotes,
                    conflicts withConflicts: Bool = true) -> [String: MustacheValue]? {
        guard let v = s.value(in: year) else { return nil }
        // Every figure of a budget is a budget: the tag would only repeat it.
        let budgetOfBudget = v.fact.role == .budget && v.documentKind == .budget
        var row: [String: MustacheValue] = [
            "name": .string(s.name), "key": .string(s.key), "category": .string(s.category.rawValue),
            "categoryName": .string(FigureText.categoryName(s.category)),
            "role": .string(FigureText.roleName(v.fact.role)), "hasRole": .bool(!FigureText.roleName(v.fact.role).isEmpty && !budgetOfBudget),
            "value": .string(FigureText.text(v.fact.quantity)), "note": notes.reference(for: v.fact.provenance),
            "previous": .string("—"), "previousYear": .null, "previousNote": .null, "quotedPrevious": .bool(false),
            "change": .string("—"), "direction": .string("none"), "changeNote": .null,
            "stated": .null,
        ]
        var compared = false
        if let py = compareYear, let pv = s.value(in: py) {
            compared = true
            row["previous"] = .string(FigureText.text(pv.fact.quantity))
            row["previousYear"] = .int(py)
            row["previousNote"] = notes.reference(for: pv.fact.provenance)
            row["quotedPrevious"] = .bool(pv.isQuoted)
            if let c = Change.between(pv.fact.quantity, v.fact.quantity, rate: s.isRate) {
                row["change"] = .string(c.text)
                row["direction"] = .string(c.absolute > 0 ? "up" : c.absolute < 0 ? "down" : "same")
            }
        }
        if let st = v.stated {
            // The document's own comparison: 比2023年预算增加70,526万元, 同比增长32.17%.
            // Against a budget when the document says so (比2023年预算增加): another base than the year's outcome.
            let base = st.subject.hasBytes("预算") && !st.subject.hasBytes("预算执行") ? "预算" : ""
            let against = st.baseYear.map { "较 \($0) 年\(base)" } ?? "较上期"
            let text = "\(against)\(Self.verb(st.subject)) \(FigureText.text(st.quantity))"
            // One use of the note, shown in one place: a use made and dropped left the note's
            // back-link pointing at nothing.
            let note = notes.reference(for: st.provenance)
            if compared {
                row["stated"] = ["text": .string(text), "note": note]
            } else {
                row["change"] = .string(text)
                row["direction"] = .string(Self.isDecrease(st.subject) ? "down" : "up")
                row["changeNote"] = note
            }
        }
        // The direction as flags, for Word: a template shades a rise's or a fall's cell by them
        // (the HTML colours by the class `direction` names).
        row["rise"] = .bool(row["direction"]?.interpolated == "up")
        row["fall"] = .bool(row["direction"]?.interpolated == "down")
        let points = s.years.filter { $0 <= year }.compactMap { y in s.value(in: y).map { (year: y, value: $0.fact.quantity.folded.value) } }
        let unit = v.fact.quantity.folded.measure
        row["chart"] = .string(Charts.trend(points, unit: unit))
        row["trend"] = .string(Charts.sparkline(points))
        let conflicts = withConflicts ? s.conflicts(in: year) : []
        row["conflicts"] = .list(conflicts.map { o in
            ["value": .string(FigureText.text(o.fact.quantity)), "note": notes.reference(for: o.fact.provenance),
             "document": .string((o.document as NSString).lastPathComponent)]
        })
        row["hasConflicts"] = .bool(!conflicts.isEmpty)
        return row
    }

    /// The metrics of a unit whose value for `year` is unsure (one document gives several
    /// different values): kept out of the tables, listed with every value and its quote.
    static func unsure(_ series: [Series], year: Int, notes: SourceNotes) -> [MustacheValue] {
        series.compactMap { s in
            let obs = s.unsure(in: year)
            guard !obs.isEmpty else { return nil }
            return ["name": .string(s.name), "year": .int(year), "values": .list(obs.enumerated().map { k, o in
                // "23 家；360 家": the rival values set apart.
                ["sep": .string(k == 0 ? "" : "；"), "value": .string(FigureText.text(o.fact.quantity)), "note": notes.reference(for: o.fact.provenance)]
            })]
        }
    }

    /// 增加 / 减少 / 提高 … as the document says it.
    static func verb(_ subject: String) -> String {
        for w in ["增加", "增长", "提高", "提升", "上升", "减少", "下降", "降低", "持平"] where subject.hasBytes(w) { return w }
        return "变化"
    }

    static func isDecrease(_ subject: String) -> Bool {
        ["减少", "下降", "降低", "回落", "下滑"].contains { subject.hasBytes($0) }
    }

    /// Metrics in the order a briefing lists them: the catalog's, then by category.
    static func ordered(_ series: [Series]) -> [Series] {
        let catalog = MetricCatalog.builtIn
        func rank(_ s: Series) -> (Int, Int, String) {
            if let k = catalog.metrics.firstIndex(where: { $0.id == s.key }) { return (0, k, s.name) }
            let c = FactCategory.allCases.firstIndex(of: s.category) ?? 99
            return (1, c, s.name)
        }
        return series.sorted { rank($0) < rank($1) }
    }
}
