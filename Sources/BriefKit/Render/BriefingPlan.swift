import Foundation

/// Which briefings a set of documents supports: an annual brief for each reporting year,
/// a page per unit over all its years, a diff for each pair of consecutive reports of one
/// unit and kind, a digest per feed.
public struct BriefingPlan: Sendable {
    public enum Item: Sendable, Equatable {
        case annual(year: Int)
        case unit(String)
        case diff(earlier: String, later: String)
        case digest(feed: String)
    }

    public var items: [(name: String, title: String, item: Item)]

    public static func plan(_ documents: [Document]) -> BriefingPlan {
        var items: [(String, String, Item)] = []
        let reports = documents.filter { $0.format != .feed && $0.year != nil }
        for year in Set(reports.compactMap(\.year)).sorted() {
            items.append(("annual-\(year)", "\(year) 年度简报", .annual(year: year)))
        }
        let units = Set(reports.map { $0.unit ?? $0.path }).sorted()
        for unit in units {
            items.append((UnitView.fileName(unit), "\(displayUnit(unit))：历年数据", .unit(unit)))
        }
        var groups: [String: [Document]] = [:]
        for d in reports { groups["\(d.unit ?? d.path)|\(d.kind.rawValue)", default: []].append(d) }
        for key in groups.keys.sorted() {
            let docs = groups[key]!.sorted { ($0.year ?? 0, $0.path) < ($1.year ?? 0, $1.path) }
            for (a, b) in zip(docs, docs.dropFirst()) where a.year != b.year {
                // The unit is in the name: a diff's name never passes to another unit's reports
                // when more units arrive.
                let base = "diff-\(UnitView.slug(a.unit ?? a.path))-\(a.kind.rawValue)-\(a.year ?? 0)-\(b.year ?? 0)"
                var name = base, n = 2
                while items.contains(where: { $0.0 == name }) { name = "\(base)-\(n)"; n += 1 }
                items.append((name, "\(displayUnit(b.unit ?? b.path)) \(a.year ?? 0)–\(b.year ?? 0) 报告对比", .diff(earlier: a.path, later: b.path)))
            }
        }
        // A digest is named after its feed's file. Feeds whose names (without extension) are
        // shared get numbered digests in input order, so none overwrites another.
        let feeds = documents.filter { $0.format == .feed }
        var stems: [String: Int] = [:]
        for f in feeds { stems[digestStem(f.path), default: 0] += 1 }
        var taken = Set(items.map(\.0))
        for f in feeds where stems[digestStem(f.path)] == 1 { taken.insert(digestNaming(f).name) }
        for feed in feeds {
            var (name, title) = digestNaming(feed)
            if stems[digestStem(feed.path)] ?? 0 > 1 {
                var n = 1
                repeat { name = "digest-\(digestStem(feed.path))-\(n)"; n += 1 } while taken.contains(name)
                taken.insert(name)
            }
            items.append((name, title, .digest(feed: feed.path)))
        }
        return BriefingPlan(items: items)
    }

    /// A feed's digest when no other feed shares its file name: its file name and title.
    static func digestNaming(_ feed: Document) -> (name: String, title: String) {
        let stem = digestStem(feed.path)
        return ("digest-\(stem)", "文章摘要：\(feed.unit ?? stem)")
    }

    /// A unit as a title names it: its name, or the file name of a document of no known unit.
    static func displayUnit(_ unit: String) -> String {
        unit.contains("/") ? (unit as NSString).lastPathComponent : unit
    }

    static func digestStem(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
