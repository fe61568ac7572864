import Foundation

/// The view data of `brief diff A B`: two reports of one unit and kind, earlier → later —
/// their figures side by side with the change (from the comparison model every briefing
/// reads), honours 新增 / 蝉联 / 不再列出, the two outlines aligned by section, and the
/// quoted terms new in the later report.
enum DiffView {
    /// Why two documents cannot be compared, or nil: another unit, another kind, one year.
    static func refusal(_ a: Extraction, _ b: Extraction) -> String? {
        let na = (a.document as NSString).lastPathComponent, nb = (b.document as NSString).lastPathComponent
        if a.document == b.document { return "\(na) is given twice; diff compares two reports of one unit" }
        if a.kind == .articleFeed || b.kind == .articleFeed {
            return "\(a.kind == .articleFeed ? na : nb) is an article feed; diff compares two reports (use brief digest for a feed)"
        }
        if (a.unit ?? "") != (b.unit ?? "") {
            return "the reports are of different units: \(na) is \(a.unit ?? "of no known unit"), \(nb) is \(b.unit ?? "of no known unit"); diff compares two reports of one unit"
        }
        if a.kind != b.kind {
            return "the reports are of different kinds: \(na) is a \(a.kind.rawValue), \(nb) a \(b.kind.rawValue); diff compares two reports of one kind"
        }
        if a.year == nil || b.year == nil || a.year == b.year {
            return "both reports are of \(a.year.map { "\($0)" } ?? "an unknown year"): \(na) and \(nb); diff compares reports of two years"
        }
        return nil
    }

    /// The two in reading order: earlier first.
    static func ordered(_ a: Extraction, _ b: Extraction) -> (Extraction, Extraction) {
        (a.year ?? 0) <= (b.year ?? 0) ? (a, b) : (b, a)
    }

    static func build(a: Extraction, b: Extraction, model: ComparisonModel, textA: String, textB: String) -> MustacheValue {
        let notes = SourceNotes(reports: model.reports.values.flatMap { $0 })
        let unit = b.unit ?? a.unit ?? ""
        let yearA = a.year ?? 0, yearB = b.year ?? 0
        var figures: [MustacheValue] = []
        let series = FigureRows.ordered(model.series(for: unit))
        for s in series {
            guard s.value(in: yearA) != nil || s.value(in: yearB) != nil else { continue }
            // Notes are numbered in reading order: the earlier value, the later one, the
            // document's own change, then the sources that disagree.
            let earlier = s.value(in: yearA)
            if let earlier { _ = notes.number(for: earlier.fact.provenance) }
            let later = FigureRows.row(s, year: yearB, comparedWith: yearA, notes: notes, conflicts: false)
            var row: [String: MustacheValue] = [
                "name": .string(s.name), "category": .string(s.category.rawValue), "categoryName": .string(FigureText.categoryName(s.category)),
                "a": .string(earlier.map { FigureText.text($0.fact.quantity) } ?? "—"),
                // The later row already made the earlier value's use of its note: shown here, not made twice.
                "noteA": later.flatMap { r -> MustacheValue? in if case .object = r["previousNote"] ?? .null { return r["previousNote"] } else { return nil } }
                    ?? earlier.map { notes.reference(for: $0.fact.provenance) } ?? .null,
                "quotedA": .bool(earlier?.isQuoted ?? false),
                "b": later?["value"] ?? "—", "noteB": later?["note"] ?? .null,
                "change": later?["change"] ?? "—", "direction": later?["direction"] ?? "none", "changeNote": later?["changeNote"] ?? .null,
                "rise": later?["rise"] ?? false, "fall": later?["fall"] ?? false,
                "stated": later?["stated"] ?? .null, "trend": later?["trend"] ?? "",
            ]
            let conflicts = s.conflicts(in: yearA) + s.conflicts(in: yearB)
            row["conflicts"] = .list(conflicts.map { o in
                ["year": .int(o.year), "value": .string(FigureText.text(o.fact.quantity)), "note": notes.reference(for: o.fact.provenance)]
            })
            figures.append(.object(row))
        }
        // A column of dashes is left out; in Word the figure columns are as wide as their values.
        func texts(_ key: String, _ extra: (MustacheValue) -> String = { _ in "" }) -> [String] {
            figures.map { ($0[key]?.interpolated ?? "") + extra($0) }
        }
        let earlier = texts("a") { $0["quotedA"]?.isFalsey == false ? "（引用）" : "" }, later = texts("b")
        let change = texts("change") { r in r["stated"]?["text"].map { "；文中：" + $0.interpolated } ?? "" }
        let (showA, showB, showChange) = (ColumnWidths.shows(earlier), ColumnWidths.shows(later), ColumnWidths.shows(change))
        let widths = ColumnWidths.value(label: texts("name"), [("a", showA, ["\(yearA)"] + earlier), ("b", showB, ["\(yearB)"] + later),
                                         ("change", showChange, ["变化"] + change)])
        let unsure = FigureRows.unsure(series, year: yearA, notes: notes) + FigureRows.unsure(series, year: yearB, notes: notes)
        // Honours of each period: A's year, and the years after it up to B's.
        let periodA = HonourComparison.distinct(a.honours.filter { ($0.year ?? yearA) == yearA })
        let periodB = HonourComparison.distinct(b.honours.filter { let y = $0.year ?? yearB; return y > yearA && y <= yearB })
        let hc = HonourComparison(before: periodA, after: periodB)
        func honourRow(_ h: Honour) -> MustacheValue {
            // 其他 tells the reader nothing: 博士后流动站, not 博士后流动站（其他）. The kept and
            // dropped lists name a recipient other than the unit itself: a title held by two
            // departments is two honours, and without their names two identical lines.
            let level = h.level != .other ? FigureText.levelName(h.level) : ""
            let other = h.recipient.isEmpty || h.recipient == unit ? "" : h.recipient
            return ["title": .string(h.title), "level": .string(h.level.rawValue), "levelName": .string(FigureText.levelName(h.level)), "hasLevel": .bool(h.level != .other),
                    "recipient": .string(h.recipient), "detail": .string([level, other].filter { !$0.isEmpty }.joined(separator: "，")),
                    "year": h.year.map(MustacheValue.int) ?? .null, "note": notes.reference(for: h)]
        }
        let added = hc.added.map(honourRow), kept = hc.kept.map { honourRow($0.after) }
        let held = hc.held.map { honourRow($0.after) }, dropped = hc.dropped.map(honourRow)
        let outline = OutlineRows.rows(Outline.headings(of: textA), Outline.headings(of: textB))
        let names = Dictionary(model.reports.values.flatMap { $0 }.map { ($0.document, $0.name) }, uniquingKeysWith: { x, _ in x })
        return [
            "kind": "diff", "linked": false,
            "title": .string("\(unit)：\(yearA) 年与 \(yearB) 年\(kindName(b.kind))对比"),
            "unit": .string(unit), "unitPage": .string(UnitView.fileName(unit)),
            // The later period: the years after the earlier report, up to the later one.
            "periodB": .string(yearB - yearA > 1 ? "\(yearA + 1)—\(yearB) 年" : "\(yearB) 年"),
            "a": document(a, name: names[a.document]), "b": document(b, name: names[b.document]),
            "figures": .list(figures), "hasFigures": .bool(!figures.isEmpty),
            "showA": .bool(showA), "showB": .bool(showB), "showChange": .bool(showChange), "widths": widths,
            "columns": .int(1 + [showA, showB, showChange].filter { $0 }.count),
            "unsure": .list(unsure), "hasUnsure": .bool(!unsure.isEmpty),
            // In the order the page lists them, so their notes are numbered as they are read.
            "honours": ["added": .list(added), "kept": .list(kept), "held": .list(held), "dropped": .list(dropped),
                        "heldCount": .int(hc.held.count), "hasHeld": .bool(!hc.held.isEmpty),
                        "addedCount": .int(hc.added.count), "keptCount": .int(hc.kept.count), "droppedCount": .int(hc.dropped.count)],
            "outline": .list(outline), "hasOutline": .bool(!outline.isEmpty),
            "newTerms": .list(NewTerms.terms(in: textB, notIn: textA).map { .string($0) }),
            "scope": .string("比较同一单位的两份\(kindName(b.kind))：\(yearA) 年与 \(yearB) 年；数值取自全部文件汇成的同一套数据。"),
            "sources": notes.value,
        ]
    }

    static func document(_ e: Extraction, name: String?) -> MustacheValue {
        ["path": .string(e.document), "name": .string(name ?? (e.document as NSString).lastPathComponent),
         "file": .string((e.document as NSString).lastPathComponent),
         "year": e.year.map(MustacheValue.int) ?? .null, "kind": .string(e.kind.rawValue), "published": .optional(e.published)]
    }

    static func kindName(_ k: DocumentKind) -> String {
        switch k {
        case .csrReport: return "社会责任报告"
        case .workSummary: return "工作总结"
        case .budget: return "预算"
        case .articleFeed: return "文章"
        case .other: return "文件"
        }
    }
}

/// Two reports' outlines side by side: sections matched by theme, moved (matched but out of
/// order), added in the later report, or no longer there.
enum OutlineRows {
    static func rows(_ a: [Heading], _ b: [Heading]) -> [MustacheValue] {
        var lastA = -1
        return Outline.align(a, b).map { x, y -> MustacheValue in
            var status = "matched"
            if x == nil { status = "added" } else if y == nil { status = "removed" }
            else if let x, let i = a.firstIndex(of: x) {
                if i < lastA { status = "moved" }
                lastA = max(lastA, i)
            }
            let label = ["matched": "对应", "moved": "调整位置", "added": "新增", "removed": "不再有"][status] ?? ""
            return ["a": .string(x.map { "\($0.number) \($0.title)" } ?? ""), "b": .string(y.map { "\($0.number) \($0.title)" } ?? ""),
                    "status": .string(status), "statusName": .string(label),
                    // For Word, which cannot shade a cell by a class as the HTML does.
                    "added": .bool(status == "added"), "removed": .bool(status == "removed"), "moved": .bool(status == "moved")]
        }
    }
}
