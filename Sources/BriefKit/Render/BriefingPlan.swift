import Foundation

/// Which briefings a set of documents supports: an annual brief for each reporting year,
/// a diff for each pair of consecutive reports of one unit and kind, a digest per feed.
public struct BriefingPlan: Sendable {
    public enum Item: Sendable, Equatable {
        case annual(year: Int)
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
        var groups: [String: [Document]] = [:]
        for d in reports { groups["\(d.unit ?? d.path)|\(d.kind.rawValue)", default: []].append(d) }
        for key in groups.keys.sorted() {
            let docs = groups[key]!.sorted { ($0.year ?? 0, $0.path) < ($1.year ?? 0, $1.path) }
            for (a, b) in zip(docs, docs.dropFirst()) where a.year != b.year {
                let base = "diff-\(a.kind.rawValue)-\(a.year ?? 0)-\(b.year ?? 0)"
                var name = base, n = 2
                while items.contains(where: { $0.0 == name }) { name = "\(base)-\(n)"; n += 1 }
                items.append((name, "\(b.unit ?? "") \(a.year ?? 0)–\(b.year ?? 0) 报告对比", .diff(earlier: a.path, later: b.path)))
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

    static func digestStem(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}

/// Builds every planned briefing into a folder, each written atomically.
public struct BriefingBuilder: Sendable {
    public var renderer: BriefingRenderer
    public var formats: [String] = ["md", "html"]

    public init(renderer: BriefingRenderer, formats: [String] = ["md", "html"]) {
        self.renderer = renderer
        self.formats = formats
    }

    public struct Result: Sendable {
        public var written: [String] = []
        public var errors: [BriefError] = []
    }

    public func build(documents: [Document], extractions: [Extraction], into folder: String,
                      include: (BriefingPlan.Item) -> Bool = { _ in true },
                      unseen: (Extraction) -> Bool = { _ in true },
                      text load: ((String) -> String)? = nil) -> Result {
        build(documents: documents, extractions: extractions, into: folder, include: include, unseen: unseen, text: load, digests: [:])
    }

    /// - Parameters:
    ///   - include: which planned briefings to make (all by default).
    ///   - unseen: for a feed, which articles a digest covers (all by default).
    ///   - text: a document's text by path, for documents loaded without it.
    ///   - digests: digests already made while the corpus loaded (`digest(of:…)`), by feed path.
    func build(documents: [Document], extractions: [Extraction], into folder: String,
               include: (BriefingPlan.Item) -> Bool = { _ in true },
               unseen: (Extraction) -> Bool = { _ in true },
               text load: ((String) -> String)? = nil, digests: [String: ItemOutcome]) -> Result {
        var result = Result()
        let items = BriefingPlan.plan(documents).items.filter { include($0.item) }
        // Each document's extractions found once, not by a scan of all per briefing.
        let byDocument = Dictionary(grouping: extractions.indices, by: { extractions[$0].document })
        // Briefings are independent: views are built and rendered on all cores, each file
        // written as it is done; results and the index keep the plan's order.
        let outcomes = Slots<ItemOutcome>(count: items.count)
        withoutActuallyEscaping(unseen) { unseen in
            let context = UncheckedSendable((unseen: unseen, load: load))   // only read
            DispatchQueue.concurrentPerform(iterations: items.count) { k in
                let (name, title, item) = items[k]
                if case let .digest(feed) = item, let done = digests[feed] {
                    outcomes[k] = done
                    return
                }
                outcomes[k] = make(name: name, title: title, item: item, documents: documents, extractions: extractions,
                                   byDocument: byDocument, unseen: context.value.unseen, load: context.value.load, into: folder)
            }
        }
        var index: [MustacheValue] = []
        for outcome in outcomes.values {
            guard let outcome else { continue }
            result.written += outcome.written
            result.errors += outcome.errors
            if let entry = outcome.indexEntry { index.append(entry) }
        }
        for format in formats {
            do {
                let text = try renderer.render("index", format: format, data: ["briefings": .list(index)])
                let path = "\(folder)/index.\(format)"
                try OutputFile.write(text, to: path)
                result.written.append(path)
            } catch let e as BriefError { result.errors.append(e) } catch {}
        }
        return result
    }

    /// One briefing's files, errors and index entry (none when a format failed).
    struct ItemOutcome: Sendable {
        var written: [String] = []
        var errors: [BriefError] = []
        var indexEntry: MustacheValue?
    }

    private func make(name: String, title: String, item: BriefingPlan.Item, documents: [Document], extractions: [Extraction],
                      byDocument: [String: [Int]], unseen: (Extraction) -> Bool, load: ((String) -> String)?,
                      into folder: String) -> ItemOutcome? {
        let view: MustacheValue
        switch item {
        case let .annual(year):
            view = AnnualView.build(year: year, extractions: extractions, unitFilter: nil)
        case let .diff(a, b):
            guard let ia = byDocument[a]?.first(where: { extractions[$0].article == nil }),
                  let ib = byDocument[b]?.first(where: { extractions[$0].article == nil }) else { return nil }
            let ea = extractions[ia], eb = extractions[ib]
            let text = { (p: String) -> String in
                let kept = documents.first { $0.path == p }?.text ?? ""
                return kept.isEmpty ? load?(p) ?? "" : kept
            }
            view = DiffView.build(a: ea, b: eb, textA: text(a), textB: text(b))
        case let .digest(feed):
            view = digestView(feed: feed, extractions: (byDocument[feed] ?? []).map { extractions[$0] }, unseen: unseen)
        }
        return write(view, name: name, title: title, into: folder)
    }

    /// A feed's digest, made as soon as the feed is extracted: a corpus then keeps none of
    /// its articles' figures (a thousand feeds would otherwise be held to the end).
    func digest(of feed: Document, extractions: [Extraction], unseen: (Extraction) -> Bool, into folder: String) -> ItemOutcome {
        let (name, title) = BriefingPlan.digestNaming(feed)
        return write(digestView(feed: feed.path, extractions: extractions, unseen: unseen), name: name, title: title, into: folder)
    }

    private func digestView(feed: String, extractions: [Extraction], unseen: (Extraction) -> Bool) -> MustacheValue {
        DigestView.build(feed: feed, extractions: extractions.filter(unseen), since: nil)
    }

    private func write(_ view: MustacheValue, name: String, title: String, into folder: String) -> ItemOutcome {
        var outcome = ItemOutcome()
        var ok = true
        for format in formats {
            do {
                let text = try renderer.render(String(name.split(separator: "-")[0]), format: format, data: view)
                let path = "\(folder)/\(name).\(format)"
                try OutputFile.write(text, to: path)
                outcome.written.append(path)
            } catch let e as BriefError {
                outcome.errors.append(e)
                ok = false
            } catch {
                ok = false
            }
        }
        if ok { outcome.indexEntry = ["title": .string(title), "md": .string("\(name).md"), "html": .string("\(name).html")] }
        return outcome
    }
}

/// Results filled by index from several threads.
private final class Slots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [T?]
    init(count: Int) { items = Array(repeating: nil, count: count) }
    subscript(k: Int) -> T? {
        get { lock.withLock { items[k] } }
        set { lock.withLock { items[k] = newValue } }
    }
    var values: [T?] { lock.withLock { items } }
}

