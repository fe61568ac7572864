/// The view data of the index: every briefing, by unit (its page and its annual briefs) and
/// by year, then the diffs and digests — navigable for thirty units and five years.
enum IndexView {
    struct Entry {
        var name: String
        var title: String
        var item: BriefingPlan.Item
    }

    static func build(_ entries: [Entry], model: ComparisonModel) -> MustacheValue {
        var years: [MustacheValue] = []
        var diffs: [MustacheValue] = []
        var digests: [MustacheValue] = []
        var units: [MustacheValue] = []
        // A unit's diffs sit in its row of the index; only diffs of no listed unit are listed apart.
        let pageUnits = Set(entries.compactMap { e -> String? in if case let .unit(u) = e.item { return u }; return nil })
        var diffsOf: [String: [MustacheValue]] = [:]
        for e in entries {
            guard case let .diff(a, b) = e.item else { continue }
            let unit = model.documents[a]?.unit ?? a
            guard pageUnits.contains(unit) else { continue }
            let years = [model.documents[a]?.year, model.documents[b]?.year].compactMap { $0 }.map(String.init).joined(separator: "–")
            diffsOf[unit, default: []].append(["name": .string(e.name), "title": .string(e.title), "years": .string(years)])
        }
        for e in entries {
            switch e.item {
            case let .annual(year):
                let n = model.units.filter { model.report(of: $0, in: year) != nil }.count
                years.append(["name": .string(e.name), "title": .string(e.title), "year": .int(year), "units": .int(n)])
            case let .diff(a, _):
                if !pageUnits.contains(model.documents[a]?.unit ?? a) { diffs.append(["name": .string(e.name), "title": .string(e.title)]) }
            case .digest: digests.append(["name": .string(e.name), "title": .string(e.title)])
            case let .unit(unit):
                // The unit's annual briefs, each opened at the unit's section.
                let annual: [MustacheValue] = model.reportYears(of: unit).map { y in
                    let k = model.units.filter { model.report(of: $0, in: y) != nil }.firstIndex(of: unit) ?? 0
                    return ["year": .int(y), "name": .string("annual-\(y)"), "anchor": .string("u\(k + 1)")]
                }
                let diffs = diffsOf[unit] ?? []
                units.append(["unit": .string(unit), "page": .string(e.name), "years": .list(annual),
                              "diffs": .list(diffs), "hasDiffs": .bool(!diffs.isEmpty)])
            }
        }
        let reports = model.reports.values.reduce(0) { $0 + $1.count }
        let diffCount = entries.filter { if case .diff = $0.item { return true }; return false }.count
        return [
            // The Word footer's running title.
            "title": "Brief 简报目录",
            "scope": .string("\(model.units.count) 个单位、\(reports) 份报告；\(years.count) 份年度简报，\(diffCount) 份报告对比，\(digests.count) 份文章摘要。"),
            "units": .list(units), "hasUnits": .bool(!units.isEmpty),
            "years": .list(years), "hasYears": .bool(!years.isEmpty),
            "diffs": .list(diffs), "hasDiffs": .bool(!diffs.isEmpty),
            "digests": .list(digests), "hasDigests": .bool(!digests.isEmpty),
            // The old flat list, for templates users wrote against it.
            "briefings": .list(entries.map { ["title": .string($0.title), "md": .string("\($0.name).md"), "html": .string("\($0.name).html"),
                                              "docx": .string("\($0.name).docx")] }),
        ]
    }
}
