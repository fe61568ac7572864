import Foundation

/// The view data of `brief diff A B`: two reports of one unit side by side.
enum DiffView {
    static func build(a: Extraction, b: Extraction, textA: String, textB: String) -> MustacheValue {
        let notes = SourceNotes()
        let model = ComparisonModel([a, b])
        let unit = b.unit ?? a.unit ?? ""
        let yearA = a.year ?? 0, yearB = b.year ?? 0
        var figures: [MustacheValue] = []
        for s in model.series(for: unit) {
            let va = s.value(in: yearA), vb = s.value(in: yearB)
            guard va != nil || vb != nil else { continue }
            var row: [String: MustacheValue] = [
                "name": .string(s.name), "category": .string(s.category.rawValue),
                "categoryName": .string(FigureText.categoryName(s.category)),
                "a": .string(va.map { FigureText.text($0.fact.quantity) } ?? "—"),
                "b": .string(vb.map { FigureText.text($0.fact.quantity) } ?? "—"),
                "noteA": va.map { .int(notes.number(for: $0.fact.provenance)) } ?? .null,
                "noteB": vb.map { .int(notes.number(for: $0.fact.provenance)) } ?? .null,
                "change": .string("—"), "direction": "",
            ]
            if let va, let vb, let c = Change.between(va.fact.quantity, vb.fact.quantity, rate: s.isRate) {
                row["change"] = .string(c.text)
                row["direction"] = .string(c.absolute > 0 ? "up" : c.absolute < 0 ? "down" : "same")
            }
            let conflicts = s.conflicts(in: yearA) + s.conflicts(in: yearB)
            row["conflicts"] = .list(conflicts.map { o in
                ["year": .int(o.year), "value": .string(FigureText.text(o.fact.quantity)), "note": .int(notes.number(for: o.fact.provenance))]
            })
            figures.append(.object(row))
        }
        let hc = HonourComparison(before: a.honours, after: b.honours)
        func honourRow(_ h: Honour) -> MustacheValue {
            ["title": .string(h.title), "level": .string(h.level.rawValue), "levelName": .string(FigureText.levelName(h.level)),
             "recipient": .string(h.recipient), "note": .int(notes.number(for: h.provenance))]
        }
        let outline = Outline.align(Outline.headings(of: textA), Outline.headings(of: textB)).map { x, y -> MustacheValue in
            ["a": .string(x.map { "\($0.number) \($0.title)" } ?? ""), "b": .string(y.map { "\($0.number) \($0.title)" } ?? "")]
        }
        return [
            "kind": "diff",
            "title": .string("\(unit)：\(yearA) 年与 \(yearB) 年报告对比"),
            "unit": .string(unit),
            "a": document(a), "b": document(b),
            "figures": .list(figures),
            "honours": ["added": .list(hc.added.map(honourRow)), "kept": .list(hc.kept.map { honourRow($0.after) }),
                        "dropped": .list(hc.dropped.map(honourRow)),
                        "addedCount": .int(hc.added.count), "keptCount": .int(hc.kept.count), "droppedCount": .int(hc.dropped.count)],
            "outline": .list(outline),
            "newTerms": .list(NewTerms.terms(in: textB, notIn: textA).map { .string($0) }),
            "sources": notes.value,
        ]
    }

    static func document(_ e: Extraction) -> MustacheValue {
        ["path": .string(e.document), "name": .string((e.document as NSString).lastPathComponent),
         "year": e.year.map(MustacheValue.int) ?? .null, "kind": .string(e.kind.rawValue), "published": .optional(e.published)]
    }
}
