import Foundation

/// The view data of `brief annual --year Y`: 要点 first, then per unit its headline figures
/// against the previous report (value, previous value with its year, change, trend), its
/// honours received that year (new and kept, by level, the count checked against the
/// list), then units side by side on the metrics they share — a league table when there are
/// many — a legend and the sources.
enum AnnualView {
    /// Units from which on metrics are ranked in league tables instead of one wide grid.
    static let leagueFrom = 4

    static func build(year: Int, model: ComparisonModel, units unitFilter: [String]? = nil) -> MustacheValue {
        let units = model.units.filter { u in model.report(of: u, in: year) != nil && (unitFilter.map { $0.contains(u) } ?? true) }
        let notes = SourceNotes(reports: model.reports.values.flatMap { $0 })
        var unitViews: [MustacheValue] = []
        var summaryUnits: [AnnualSummary.Unit] = []
        var shared: [String: (name: String, cells: [String: (row: [String: MustacheValue], series: Series)])] = [:]
        var sharedOrder: [String] = []
        for (k, unit) in units.enumerated() {
            let previousReport = model.previousReportYear(of: unit, before: year)
            var rows: [MustacheValue] = []
            var summaryRows: [AnnualSummary.Row] = []
            var stated: [AnnualSummary.Stated] = []
            for s in FigureRows.ordered(model.series(for: unit)) {
                guard let v = s.value(in: year) else { continue }
                let compare = s.comparisonYear(before: year, previousReport: previousReport)
                guard let row = FigureRows.row(s, year: year, comparedWith: compare, notes: notes) else { continue }
                rows.append(.object(row))
                if let py = compare, let pv = s.value(in: py) {
                    summaryRows.append(AnnualSummary.Row(name: s.name, value: v.fact.quantity, previous: pv.fact.quantity, previousYear: py,
                                                         isRate: s.isRate))
                } else if let st = v.stated, case let .string(text)? = row["change"] {
                    let q = st.quantity
                    let weight = q.measure == "%" ? abs(q.value) : q.measure.hasBytes("百分点") ? abs(q.value) * 10 : 0
                    stated.append(AnnualSummary.Stated(name: s.name, value: v.fact.quantity, text: text, weight: weight))
                }
                if shared[s.key] == nil { sharedOrder.append(s.key); shared[s.key] = (s.name, [:]) }
                shared[s.key]?.cells[unit] = (row, s)
            }
            let unsure = FigureRows.unsure(FigureRows.ordered(model.series(for: unit)), year: year, notes: notes)
            let honours = HonourView.levels(model: model, unit: unit, year: year, notes: notes, topLevelsOnly: units.count >= leagueFrom)
            summaryUnits.append(AnnualSummary.Unit(name: unit, rows: summaryRows, stated: stated, honours: honours.count, newHonours: honours.new,
                                                   conflicts: model.series(for: unit).filter { !$0.conflicts(in: year).isEmpty }.count,
                                                   unsure: unsure.count))
            let report = model.report(of: unit, in: year)
            // Columns of dashes (a first report has no 上一期) and of nothing (no trend before a second year) are left out.
            let objects = rows.compactMap { r -> [String: MustacheValue]? in if case let .object(o) = r { return o } else { return nil } }
            func texts(_ key: String) -> [String] { objects.map { $0[key]?.interpolated ?? "" } }
            let previous = objects.map { o in
                (o["previous"]?.interpolated ?? "") + (o["previousYear"].flatMap { y in
                    y.isFalsey ? nil : "（\(y.interpolated)\(o["quotedPrevious"]?.isFalsey == false ? "，引用" : "")）"
                } ?? "")
            }
            let change = objects.map { o in (o["change"]?.interpolated ?? "") + (o["stated"]?["text"].map { "；文中：" + $0.interpolated } ?? "") }
            let (showPrevious, showChange, showTrend) = (ColumnWidths.shows(previous), ColumnWidths.shows(change), ColumnWidths.shows(texts("trend")))
            let names = objects.map { ($0["name"]?.interpolated ?? "") + ($0["hasRole"]?.isFalsey == false ? "（\($0["role"]?.interpolated ?? "")）" : "") }
            let widths = ColumnWidths.value(label: names, [("value", true, ["本年"] + texts("value")), ("previous", showPrevious, ["上一期"] + previous),
                                             ("change", showChange, ["变化"] + change), ("trend", showTrend, ["走势"] + texts("trend"))])
            unitViews.append([
                "showPrevious": .bool(showPrevious), "showChange": .bool(showChange), "showTrend": .bool(showTrend),
                "columns": .int(2 + [showPrevious, showChange, showTrend].filter { $0 }.count), "widths": widths,
                "unit": .string(unit), "anchor": .string("u\(k + 1)"), "page": .string(UnitView.fileName(unit)),
                "documents": .list((model.reports[unit] ?? []).filter { $0.year == year }.map { .string($0.name) }),
                "comparedWith": .optional(previousReport.flatMap { model.report(of: unit, in: $0) }?.name),
                "figures": .list(rows), "hasFigures": .bool(!rows.isEmpty), "figureCount": .int(rows.count),
                "unsure": .list(unsure), "hasUnsure": .bool(!unsure.isEmpty),
                // A table this short is kept on one printed page.
                "short": .bool(rows.count <= 12),
                "honours": honours.value, "hasHonours": .bool(honours.count > 0),
                "kind": .string(report.map { DiffView.kindName($0.kind) } ?? ""),
            ])
        }
        // Units side by side only on the metrics two or more of them report.
        let common = sharedOrder.filter { (shared[$0]?.cells.count ?? 0) >= 2 }
        let compare: [MustacheValue] = common.compactMap { key in
            guard let m = shared[key] else { return nil }
            return ["name": .string(m.name), "cells": .list(units.map { u in
                guard let c = m.cells[u] else { return ["value": "—", "note": .null] }
                // A reference of its own: each use of a note has its own back-link target.
                return ["value": c.row["value"] ?? "—", "note": c.series.value(in: year).map { notes.reference(for: $0.fact.provenance) } ?? .null]
            })]
        }
        // Many units: a league table per shared metric, the most widely reported first, ranked
        // by this year's value and, as a second ordering, by the change.
        let anchors = Dictionary(units.enumerated().map { ($1, "u\($0 + 1)") }, uniquingKeysWith: { a, _ in a })
        let league: [MustacheValue] = units.count >= leagueFrom ? common.sorted { (shared[$0]?.cells.count ?? 0) > (shared[$1]?.cells.count ?? 0) }.compactMap { key in
            guard let m = shared[key] else { return nil }
            func value(_ c: (row: [String: MustacheValue], series: Series)) -> Double { c.series.value(in: year)?.fact.quantity.folded.value ?? 0 }
            func change(_ c: (row: [String: MustacheValue], series: Series)) -> Double? {
                guard let py = c.series.comparisonYear(before: year, previousReport: model.previousReportYear(of: c.series.unit, before: year)),
                      let p = c.series.value(in: py), let v = c.series.value(in: year),
                      let ch = Change.between(p.fact.quantity, v.fact.quantity, rate: c.series.isRate) else { return nil }
                return ch.points ?? ch.percent
            }
            func rows(_ ranked: [(key: String, value: (row: [String: MustacheValue], series: Series))]) -> MustacheValue {
                .list(ranked.enumerated().map { i, c in
                    ["rank": .int(i + 1), "unit": .string(c.key), "anchor": .string(anchors[c.key] ?? ""),
                     "value": c.value.row["value"] ?? "—", "note": c.value.series.value(in: year).map { notes.reference(for: $0.fact.provenance) } ?? .null,
                     "change": c.value.row["change"] ?? "—", "direction": c.value.row["direction"] ?? "none"]
                })
            }
            let byValue = m.cells.sorted { (value($0.value), $1.key) > (value($1.value), $0.key) }
            let byChange = m.cells.sorted { (change($0.value) ?? -.infinity, $1.key) > (change($1.value) ?? -.infinity, $0.key) }
            return ["name": .string(m.name), "count": .int(m.cells.count), "rows": rows(byValue), "rowsByChange": rows(byChange)]
        } : []
        let reportCount = units.reduce(0) { $0 + (model.reports[$1] ?? []).filter { $0.year == year }.count }
        var toc: [MustacheValue] = [["anchor": "summary", "title": "要点"]]
        if !league.isEmpty { toc.append(["anchor": "compare", "title": "单位对比"]) }
        toc += unitViews.map { ["anchor": $0["anchor"] ?? "", "title": $0["unit"] ?? ""] }
        if !compare.isEmpty && league.isEmpty { toc.append(["anchor": "compare", "title": "单位对比"]) }
        toc.append(["anchor": "sources", "title": "来源"])
        return [
            "kind": "annual", "linked": false, "year": .int(year), "title": .string("\(year) 年度简报"),
            "scope": .string("依据 \(units.count) 个单位的 \(reportCount) 份 \(year) 年文件；上一期为各单位此前最近一份报告的年份。"),
            "summary": .list(AnnualSummary.sentences(summaryUnits, year: year).map { .string($0) }),
            "toc": .list(toc), "hasToc": .bool(units.count > 1),
            "units": .list(unitViews), "hasUnits": .bool(!unitViews.isEmpty),
            "compare": ["units": .list(units.map { .string($0) }), "metrics": .list(compare), "hasMetrics": .bool(!compare.isEmpty && league.isEmpty),
                        "widths": compareWidths(units: units, metrics: compare)],
            "league": .list(league), "hasLeague": .bool(!league.isEmpty), "hasCompare": .bool(!compare.isEmpty),
            // The legend explains only what the page shows: a budget's first brief has no 上一期,
            // no 走势 and no honours, so no words on them.
            "legend": ["previous": .bool(unitViews.contains { $0["showPrevious"]?.isFalsey == false }),
                       "trend": .bool(unitViews.contains { $0["showTrend"]?.isFalsey == false }),
                       "honours": .bool(unitViews.contains { $0["hasHonours"]?.isFalsey == false })],
            "sources": notes.value,
        ]
    }

    /// Word widths of the side-by-side table: `name` for the metric, `unit` for each unit's column.
    static func compareWidths(units: [String], metrics: [MustacheValue]) -> MustacheValue {
        let columns = units.indices.map { k in
            [units[k]] + metrics.map { m -> String in
                guard case let .list(cells)? = m["cells"], k < cells.count else { return "" }
                return cells[k]["value"]?.interpolated ?? ""
            }
        }
        let w = ColumnWidths.widths(label: metrics.map { $0["name"]?.interpolated ?? "" }, figures: columns)
        // One width for every unit: the widest, so the columns line up as equals.
        let unit = units.isEmpty ? 0 : (ColumnWidths.page - ColumnWidths.labelMin) / units.count
        let each = min(w.figures.max() ?? 0, unit > 0 ? unit : .max)
        return ["name": .int(ColumnWidths.page - each * units.count), "unit": .int(each), "page": .int(ColumnWidths.page)]
    }
}
