/// A unit's honours received in one year, by level, each marked 新 (not seen in the unit's
/// earlier years) or 蝉联 (received again), with the counts the documents state checked
/// against the list (`市级荣誉 7 项` beside sixteen listed municipal honours says so).
enum HonourView {
    struct Levels {
        var value: MustacheValue
        var count: Int
        var new: Int
    }

    static let countMetrics: [(id: String, level: Honour.Level?)] = [
        ("honours-national", .national), ("honours-municipal", .municipal), ("honours-district", .district),
        ("honours-system", .system), ("honours-total", nil),
    ]

    /// - Parameter topLevelsOnly: list national and municipal honours, count the others
    ///   (an annual brief of many units; each unit's page lists them all).
    static func levels(model: ComparisonModel, unit: String, year: Int, notes: SourceNotes, topLevelsOnly: Bool = false) -> Levels {
        let current = model.honours(of: unit, in: year)
        let earlier = (model.honours[unit] ?? []).filter { ($0.year ?? year) < year }
        let hasEarlier = model.reportYears(of: unit).contains { $0 < year }
        let comparison = HonourComparison(before: earlier, after: current)
        let kept = Set(comparison.kept.map { $0.after.provenance.offset })
        let held = Set(comparison.held.map { $0.after.provenance.offset })
        var levels: [MustacheValue] = []
        var newCount = 0
        for level in Honour.Level.allCases {
            let hs = current.filter { $0.level == level }
            guard !hs.isEmpty else { continue }
            let listed = !topLevelsOnly || level == .national || level == .municipal
            if !listed { newCount += hasEarlier ? hs.filter { !kept.contains($0.provenance.offset) && !held.contains($0.provenance.offset) }.count : 0 }
            levels.append(["level": .string(level.rawValue), "levelName": .string(FigureText.levelName(level)), "count": .int(hs.count),
                           "listed": .bool(listed),
                           "honours": .list(!listed ? [] : hs.map { h in
                               let isKept = kept.contains(h.provenance.offset)
                               let isHeld = held.contains(h.provenance.offset)
                               let isNew = hasEarlier && !isKept && !isHeld
                               if isNew { newCount += 1 }
                               // The unit's own name after each of its honours says nothing.
                               return ["title": .string(h.title), "recipient": .string(h.recipient),
                                       "otherRecipient": .string(h.recipient == unit ? "" : h.recipient),
                                       "status": .string(isKept ? "蝉联" : isHeld ? "此前已获" : isNew ? "新" : ""), "new": .bool(isNew),
                                       "kept": .bool(isKept), "held": .bool(isHeld),
                                       "note": notes.reference(for: h)]
                           })])
        }
        // What the documents count against what they list.
        var checks: [MustacheValue] = []
        for (id, level) in countMetrics {
            guard let s = model.series(for: unit).first(where: { $0.key == id }), let v = s.value(in: year) else { continue }
            let listed = level.map { l in current.filter { $0.level == l }.count } ?? current.count
            let stated = v.fact.quantity
            let matches = stated.qualifier == .exact ? Int(exactly: stated.value) == listed : Double(listed) >= stated.value
            // 市级荣誉 7 项, but 各级荣誉超 10 项: a qualifier reads on from the name, as the document has it.
            checks.append(["stated": .string(s.name + (stated.qualifier == .exact ? " " : "") + FigureText.text(stated)), "listed": .int(listed), "matches": .bool(matches),
                           "note": notes.reference(for: v.fact.provenance)])
        }
        let value: MustacheValue = ["levels": .list(levels), "count": .int(current.count), "newCount": .int(newCount),
                                    "keptCount": .int(comparison.kept.count), "checks": .list(checks), "hasChecks": .bool(!checks.isEmpty),
                                    "compared": .bool(hasEarlier)]
        return Levels(value: value, count: current.count, new: newCount)
    }
}
