import Foundation

/// The view data of `brief annual --year Y`: per unit its headline figures against the
/// previous value, its honours of the year by level (new ones marked), units side by side.
enum AnnualView {
    /// A change the document states right after a figure ("…547,443万元，比2023年预算增加70,526万元").
    static func statedChange(after fact: Fact, in docs: [Extraction]) -> (text: String, year: Int?, fact: Fact)? {
        guard let doc = docs.first(where: { $0.document == fact.provenance.document }) else { return nil }
        guard let next = doc.facts.first(where: { $0.provenance.line == fact.provenance.line && $0.provenance.offset > fact.provenance.offset }),
              next.category == .growth, next.quantity.isMoney || next.quantity.isRate,
              next.subject.contains("比") || next.subject.contains("较") else { return nil }
        let scalars = Array(next.subject.unicodeScalars)
        var year: Int? = nil
        if let nian = scalars.firstIndex(of: "年") { year = YearResolver.fourDigitYear(scalars, endingBefore: nian) }
        // Show the comparison phrase only ("比2023年预算增加"), not the figure's name again.
        let phrase = next.subject.range(of: "比").map { String(next.subject[$0.lowerBound...]) }
            ?? next.subject.range(of: "较").map { String(next.subject[$0.lowerBound...]) } ?? next.subject
        return ("\(phrase) \(FigureText.text(next.quantity))", year, next)
    }

    static func build(year: Int, extractions: [Extraction], unitFilter: String?) -> MustacheValue {
        let notes = SourceNotes()
        let docs = extractions.filter { $0.kind != .articleFeed }
        let model = ComparisonModel(docs)
        var units: [MustacheValue] = []
        var grid: [FactCategory: [String: [String: String]]] = [:]   // category → metric name → unit → value
        var metricOrder: [FactCategory: [String]] = [:]
        var shownUnits: [String] = []
        for unit in model.units where unitFilter == nil || unit == unitFilter || unit.contains(unitFilter ?? "") {
            let unitDocs = docs.filter { ($0.unit ?? $0.document) == unit }
            let thisYear = unitDocs.filter { $0.year == year }
            var figures: [MustacheValue] = []
            for s in model.series(for: unit) {
                guard let v = s.value(in: year) else { continue }
                var row: [String: MustacheValue] = [
                    "name": .string(s.name), "category": .string(s.category.rawValue),
                    "categoryName": .string(FigureText.categoryName(s.category)),
                    "value": .string(FigureText.text(v.fact.quantity)), "note": .int(notes.number(for: v.fact.provenance)),
                    "previous": .string("—"), "previousYear": .null, "previousNote": .null, "change": .string("—"), "changeNote": .null,
                ]
                if let stated = statedChange(after: v.fact, in: thisYear) {
                    // "比2023年预算增加70,526万元": the document's own comparison.
                    row["change"] = .string(stated.text)
                    row["changeNote"] = .int(notes.number(for: stated.fact.provenance))
                }
                if let py = s.previousYear(before: year), let pv = s.value(in: py) {
                    row["previous"] = .string(FigureText.text(pv.fact.quantity))
                    row["previousYear"] = .int(py)
                    row["previousNote"] = .int(notes.number(for: pv.fact.provenance))
                    if let c = Change.between(pv.fact.quantity, v.fact.quantity, rate: s.isRate) { row["change"] = .string(c.text) }
                }
                let points = s.years.compactMap { y in s.value(in: y).map { (year: y, value: $0.fact.quantity.folded.value) } }
                row["chart"] = .string(Charts.bars(points))
                row["trend"] = .string(Charts.sparkline(points))
                row["conflicts"] = .list(s.conflicts(in: year).map { o in
                    ["value": .string(FigureText.text(o.fact.quantity)), "note": .int(notes.number(for: o.fact.provenance)),
                     "document": .string((o.document as NSString).lastPathComponent)]
                })
                figures.append(.object(row))
                if [.service, .satisfaction, .honour, .finance].contains(s.category) {
                    if grid[s.category]?[s.name] == nil { metricOrder[s.category, default: []].append(s.name) }
                    grid[s.category, default: [:]][s.name, default: [:]][unit] = FigureText.text(v.fact.quantity)
                }
            }
            // Honours of the year, marked new when the unit's previous report did not list them.
            // A budget names honours only as background to projects: they are not the unit's.
            let current = HonourComparison.distinct(thisYear.filter { $0.kind != .budget }.flatMap(\.honours))
            let previousDoc = unitDocs.filter { ($0.year ?? 0) < year }.max { ($0.year ?? 0) < ($1.year ?? 0) }
            let comparison = previousDoc.map { HonourComparison(before: $0.honours, after: current) }
            let newTitles = Set((comparison?.added ?? []).map { $0.provenance.offset })
            var levels: [MustacheValue] = []
            for level in Honour.Level.allCases {
                let hs = current.filter { $0.level == level }
                guard !hs.isEmpty else { continue }
                levels.append(["level": .string(level.rawValue), "levelName": .string(FigureText.levelName(level)),
                               "honours": .list(hs.map { h in
                                   ["title": .string(h.title), "recipient": .string(h.recipient),
                                    "new": .bool(comparison != nil && newTitles.contains(h.provenance.offset)),
                                    "note": .int(notes.number(for: h.provenance))]
                               })])
            }
            guard !figures.isEmpty || !levels.isEmpty else { continue }
            shownUnits.append(unit)
            units.append([
                "unit": .string(unit),
                "documents": .list(thisYear.map { ["name": .string(($0.document as NSString).lastPathComponent), "kind": .string($0.kind.rawValue)] }),
                "figures": .list(figures), "hasFigures": .bool(!figures.isEmpty),
                "honourLevels": .list(levels), "hasHonours": .bool(!levels.isEmpty),
                "comparedWith": .optional(previousDoc.map { "\(($0.document as NSString).lastPathComponent)（\($0.year.map(String.init) ?? "?") 年）" }),
            ])
        }
        var categories: [MustacheValue] = []
        for c in [FactCategory.service, .satisfaction, .honour, .finance] {
            guard let rows = grid[c], shownUnits.count > 1 else { continue }
            categories.append([
                "category": .string(c.rawValue), "categoryName": .string(FigureText.categoryName(c)),
                "metrics": .list((metricOrder[c] ?? []).map { name in
                    ["name": .string(name), "cells": .list(shownUnits.map { .string(rows[name]?[$0] ?? "—") })]
                }),
            ])
        }
        return [
            "kind": "annual", "year": .int(year), "title": .string("\(year) 年度简报"),
            "units": .list(units), "hasUnits": .bool(!units.isEmpty),
            "compare": ["units": .list(shownUnits.map { .string($0) }), "categories": .list(categories), "hasCategories": .bool(!categories.isEmpty)],
            "sources": notes.value,
        ]
    }
}
