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
        for e in entries {
            switch e.item {
            case let .annual(year):
                let n = model.units.filter { model.report(of: $0, in: year) != nil }.count
                years.append(["name": .string(e.name), "title": .string(e.title), "year": .int(year), "units": .int(n)])
            case .diff: diffs.append(["name": .string(e.name), "title": .string(e.title)])
            case .digest: digests.append(["name": .string(e.name), "title": .string(e.title)])
            case let .unit(unit):
                // The unit's annual briefs, each opened at the unit's section.
                let annual: [MustacheValue] = model.reportYears(of: unit).map { y in
                    let k = model.units.filter { model.report(of: $0, in: y) != nil }.firstIndex(of: unit) ?? 0
                    return ["year": .int(y), "name": .string("annual-\(y)"), "anchor": .string("u\(k + 1)")]
                }
                units.append(["unit": .string(unit), "page": .string(e.name), "years": .list(annual)])
            }
        }
        let reports = model.reports.values.reduce(0) { $0 + $1.count }
        return [
            "scope": .string("\(model.units.count) 个单位、\(reports) 份报告；\(years.count) 份年度简报，\(diffs.count) 份报告对比，\(digests.count) 份文章摘要。"),
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
