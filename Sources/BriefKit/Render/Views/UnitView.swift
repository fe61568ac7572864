import Foundation

/// The view data of a unit's page: every headline metric over all its years (the
/// year-over-year view), a chart per metric grouped by measure family, its honours by year,
/// and links to its annual briefs and diffs.
enum UnitView {
    /// `unit-上海市普陀区科学技术委员会`: the page's file name, without extension.
    static func fileName(_ unit: String) -> String { "unit-" + slug(unit) }

    /// A unit in a file name: its name without characters file systems or URLs object to,
    /// at most 60 scalars; a document of no known unit by its file's stem.
    static func slug(_ unit: String) -> String {
        let name = unit.contains("/") ? ((unit as NSString).lastPathComponent as NSString).deletingPathExtension : unit
        let kept = name.unicodeScalars.filter { !"/\\:*?\"<>|#%&{}$!'@+`= \t\r\n".unicodeScalars.contains($0) && $0.value >= 0x20 }
        let s = String(String.UnicodeScalarView(kept.prefix(60)))
        return s.isEmpty || s.hasPrefix(".") ? "unit" : s
    }

    static func build(unit: String, model: ComparisonModel, diffs: [(name: String, title: String)] = []) -> MustacheValue {
        let notes = SourceNotes(reports: model.reports.values.flatMap { $0 })
        let series = FigureRows.ordered(model.series(for: unit))
        let reportYears = model.reportYears(of: unit)
        let years = Array(Set(series.flatMap(\.years))).sorted()
        var families: [(String, [MustacheValue])] = []
        var rows: [[String: MustacheValue]] = []
        for s in series where !s.years.isEmpty {
            let cells: [MustacheValue] = years.map { y in
                guard let v = s.value(in: y) else { return ["year": .int(y), "empty": true, "value": "—", "note": .null, "quoted": false, "hasConflict": false] }
                return ["year": .int(y), "empty": false, "value": .string(FigureText.text(v.fact.quantity)), "note": notes.reference(for: v.fact.provenance),
                        "quoted": .bool(v.isQuoted), "hasConflict": .bool(!s.conflicts(in: y).isEmpty)]
            }
            let last = s.years.last ?? 0
            // Only the change is shown: the row's other notes (the previous value's) are made in
            // a scratch numbering and dropped. A change the document states is cited, after the
            // row's cells as it is read. Compared as the annual brief compares: with the unit's
            // previous report when it has a value there, so the two pages give the same change.
            let since = s.comparisonYear(before: last, previousReport: model.previousReportYear(of: unit, before: last))
            let latest = FigureRows.row(s, year: last, comparedWith: since, notes: SourceNotes())
            let compared = since != nil && latest?["previousYear"].map { !$0.isFalsey } == true
            let change = latest?["change"] ?? "—"
            let statedShown = latest?["changeNote"].map { !$0.isFalsey } == true
            let changeNote = statedShown ? s.value(in: last)?.stated.map { notes.reference(for: $0.provenance) } ?? .null : .null
            rows.append(["name": .string(s.name), "cells": .list(cells), "change": change, "hasChange": .bool(change.interpolated != "—"),
                         "changeNote": changeNote,
                         "direction": latest?["direction"] ?? "none", "rise": latest?["rise"] ?? false, "fall": latest?["fall"] ?? false,
                         "lastYear": .int(last),
                         "since": compared ? .int(since ?? 0) : .null,
                         // "2023 较 2021", one phrase: HTML and Word join its words by no-break spaces.
                         "sinceText": compared ? .string("\(last) 较 \(since ?? 0)") : .null])
            let points = s.years.compactMap { y in s.value(in: y).map { (year: y, value: $0.fact.quantity.folded.value) } }
            guard points.count >= 2, let unitMeasure = s.value(in: last)?.fact.quantity.folded.measure else { continue }
            let family = familyName(s, measure: unitMeasure)
            let chart: MustacheValue = ["name": .string(s.name), "chart": .string(Charts.trend(points, unit: unitMeasure, width: 260, height: 90)),
                                        "trend": .string(Charts.sparkline(points))]
            if let i = families.firstIndex(where: { $0.0 == family }) { families[i].1.append(chart) } else { families.append((family, [chart])) }
        }
        // The change column is left out when no metric has one (a unit of one report). In Word
        // each year's column is as wide as its longest value and the name column takes the rest.
        func text(_ v: MustacheValue?) -> String { v?.interpolated ?? "" }
        // A change and its years are two lines in Word (±0 over （2023 较 2021）): the column is as
        // wide as the longer of the two.
        let changes = rows.map { text($0["change"]) } + rows.compactMap { r in r["sinceText"].flatMap { $0.isFalsey ? nil : "（\($0.interpolated)）" } }
        let showChange = ColumnWidths.shows(changes)
        let cellTexts = rows.map { r -> [String] in
            guard case let .list(cells)? = r["cells"] else { return [] }
            return cells.map { c in text(c["value"]) + (c["quoted"]?.isFalsey == false ? "（引用）" : "") + (c["hasConflict"]?.isFalsey == false ? " ⚠" : "") }
        }
        let widths = ColumnWidths.widths(label: rows.map { text($0["name"]) }, figures: years.indices.map { k in ["\(years[k])"] + cellTexts.map { k < $0.count ? $0[k] : "" } }
                                                  + (showChange ? [["最近变化"] + changes] : []))
        let yearWidths = Array(widths.figures.prefix(years.count))
        for i in rows.indices {
            guard case let .list(cells)? = rows[i]["cells"] else { continue }
            rows[i]["cells"] = .list(cells.enumerated().map { k, c in
                guard case var .object(cell) = c else { return c }
                cell["w"] = .int(yearWidths[k])
                return .object(cell)
            })
        }
        // The figures to check come after the table, and their notes are numbered after its.
        var unsure: [MustacheValue] = []
        for y in Set(series.flatMap(\.byYear.keys)).sorted().reversed() { unsure += FigureRows.unsure(series, year: y, notes: notes) }
        var honourYears: [MustacheValue] = []
        for y in reportYears.reversed() {
            let h = HonourView.levels(model: model, unit: unit, year: y, notes: notes)
            if h.count > 0 { honourYears.append(["year": .int(y), "honours": h.value]) }
        }
        return [
            "kind": "unit", "linked": false, "unit": .string(unit), "title": .string("\(unit)：历年数据"),
            "scope": .string("依据 \(model.reports[unit]?.count ?? 0) 份文件（\(reportYears.map(String.init).joined(separator: "、")) 年）；"
                             + "其他年份的数值为后来报告引用的数据。"),
            "years": .list(years.map { .int($0) }), "metrics": .list(rows.map(MustacheValue.object)), "hasMetrics": .bool(!rows.isEmpty),
            "showChange": .bool(showChange), "yearColumns": .list(zip(years, yearWidths).map { ["year": .int($0), "w": .int($1)] }),
            "widths": ["name": .int(widths.label), "change": .int(showChange ? widths.figures.last ?? 0 : 0), "page": .int(ColumnWidths.page)],
            "unsure": .list(unsure), "hasUnsure": .bool(!unsure.isEmpty),
            "families": .list(families.map { ["family": .string($0.0), "charts": .list($0.1)] }), "hasCharts": .bool(!families.isEmpty),
            "honourYears": .list(honourYears), "hasHonours": .bool(!honourYears.isEmpty),
            "annuals": .list(reportYears.map { ["year": .int($0), "page": .string("annual-\($0)")] }),
            "diffs": .list(diffs.map { ["page": .string($0.name), "title": .string($0.title)] }), "hasDiffs": .bool(!diffs.isEmpty),
            "documents": .list((model.reports[unit] ?? []).map { .string($0.name) }),
            "sources": notes.value,
        ]
    }

    /// Charts grouped by what they count: money, rates, counts of enterprises, of projects …
    static func familyName(_ s: Series, measure: String) -> String {
        if s.isRate || measure == "%" || measure.isEmpty { return "比率与指数" }
        if Quantity(value: 1, measure: measure).isMoney { return "金额" }
        if ["家", "户", "个"].contains(measure) { return "单位与企业数" }
        if ["人", "名", "位", "人次"].contains(measure) { return "人数与人次" }
        return "数量（\(measure)）"
    }
}
