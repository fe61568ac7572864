import Foundation

/// Builds every planned briefing as one generation of an output folder: all are staged,
/// then published at once (`Generation`), so the folder shows the whole previous set or
/// the whole new one, and a run that changes nothing touches nothing.
public struct BriefingBuilder: Sendable {
    public var renderer: BriefingRenderer
    public var formats: [String] = ["md", "html"]

    public init(renderer: BriefingRenderer, formats: [String] = ["md", "html"]) {
        self.renderer = renderer
        self.formats = formats
    }

    public struct Result: Sendable {
        /// Briefings whose content changed or that are new (`OUT/name`).
        public var written: [String] = []
        /// Briefings of the previous set the new one lacks, removed.
        public var removed: [String] = []
        public var errors: [BriefError] = []
        /// Whether the folder shows this build (false: publishing failed, the previous set stays).
        public var published = false
    }

    /// Builds into `folder`, holding its run lock for the time.
    /// - Parameters:
    ///   - include: which planned briefings to make (all by default).
    ///   - unseen: for a feed, which articles a digest covers (all by default).
    ///   - text: a document's text by path, for documents loaded without it.
    public func build(documents: [Document], extractions: [Extraction], into folder: String,
                      include: (BriefingPlan.Item) -> Bool = { _ in true },
                      unseen: (Extraction) -> Bool = { _ in true },
                      text load: ((String) -> String)? = nil) -> Result {
        do {
            let lock = try RunLock.acquire(folder: folder, wait: 0)
            defer { lock.release() }
            let output = try Generation.begin(in: folder)
            return build(documents: documents, extractions: extractions, into: output, include: include, unseen: unseen, text: load, digests: [:])
        } catch let e as BriefError {
            return Result(errors: [e])
        } catch {
            return Result(errors: [BriefError(.output, "\(error)", at: SourceLocation(file: folder))])
        }
    }

    /// Stages every briefing and the index, then publishes the generation.
    /// - Parameters:
    ///   - digests: digests already made while the corpus loaded (`digest(of:…)`), by feed path.
    ///   - keepDigests: a feed with nothing new keeps its previous digest (`brief run`).
    func build(documents: [Document], extractions: [Extraction], into output: Generation,
               include: (BriefingPlan.Item) -> Bool = { _ in true },
               unseen: (Extraction) -> Bool = { _ in true },
               text load: ((String) -> String)? = nil, digests: [String: ItemOutcome], keepDigests: Bool = false) -> Result {
        var result = Result()
        let items = BriefingPlan.plan(documents).items.filter { include($0.item) }
        // Each document's extractions found once, not by a scan of all per briefing.
        let byDocument = Dictionary(grouping: extractions.indices, by: { extractions[$0].document })
        // One model of every unit's figures over all years: every briefing reads it, so an
        // annual brief, a unit page and a diff cannot disagree on a figure.
        let model = ComparisonModel(extractions.filter { $0.article == nil })
        let unitOf = Dictionary(documents.map { ($0.path, $0.unit ?? $0.path) }, uniquingKeysWith: { a, _ in a })
        var diffsOfUnit: [String: [(name: String, title: String)]] = [:]
        for (name, title, item) in items {
            if case let .diff(a, _) = item, let u = unitOf[a] { diffsOfUnit[u, default: []].append((name, title)) }
        }
        let shared = Shared(model: model, diffsOfUnit: diffsOfUnit)
        // Briefings are independent: views are built and rendered on all cores, each file
        // staged as it is done; results and the index keep the plan's order.
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
                                   byDocument: byDocument, shared: shared, unseen: context.value.unseen, load: context.value.load,
                                   into: output, keepDigests: keepDigests)
            }
        }
        var index: [IndexView.Entry] = []
        for (k, outcome) in outcomes.values.enumerated() {
            guard let outcome else { continue }
            result.errors += outcome.errors
            if outcome.indexEntry != nil { index.append(IndexView.Entry(name: items[k].name, title: items[k].title, item: items[k].item)) }
        }
        let indexView = IndexView.build(index, model: model)
        for format in formats {
            do {
                try output.write("index.\(format)", bytes: renderer.renderFile("index", format: format, data: indexView))
            } catch let e as BriefError { result.errors.append(e) } catch {}
        }
        let published = output.publish()
        result.written = published.changed.map(output.displayPath)
        result.removed = published.removed.map(output.displayPath)
        result.errors += published.errors
        result.published = published.published
        return result
    }

    /// One briefing's errors and index entry (none when a format failed).
    struct ItemOutcome: Sendable {
        var errors: [BriefError] = []
        var indexEntry: MustacheValue?
    }

    /// What every briefing of one build reads.
    struct Shared: Sendable {
        var model: ComparisonModel
        var diffsOfUnit: [String: [(name: String, title: String)]]
    }

    private func make(name: String, title: String, item: BriefingPlan.Item, documents: [Document], extractions: [Extraction],
                      byDocument: [String: [Int]], shared: Shared, unseen: (Extraction) -> Bool, load: ((String) -> String)?,
                      into output: Generation, keepDigests: Bool) -> ItemOutcome? {
        let view: MustacheValue
        switch item {
        case let .annual(year):
            view = AnnualView.build(year: year, model: shared.model)
        case let .unit(unit):
            view = UnitView.build(unit: unit, model: shared.model, diffs: shared.diffsOfUnit[unit] ?? [])
        case let .diff(a, b):
            guard let ia = byDocument[a]?.first(where: { extractions[$0].article == nil }),
                  let ib = byDocument[b]?.first(where: { extractions[$0].article == nil }) else { return nil }
            let ea = extractions[ia], eb = extractions[ib]
            let text = { (p: String) -> String in
                let kept = documents.first { $0.path == p }?.text ?? ""
                return kept.isEmpty ? load?(p) ?? "" : kept
            }
            view = DiffView.build(a: ea, b: eb, model: shared.model, textA: text(a), textB: text(b))
        case let .digest(feed):
            return digest(feed: feed, name: name, title: title, extractions: (byDocument[feed] ?? []).map { extractions[$0] },
                          unseen: unseen, into: output, keepWhenNothingNew: keepDigests)
        }
        return write(view, name: name, title: title, into: output)
    }

    /// A feed's digest, made as soon as the feed is extracted: a corpus then keeps none of
    /// its articles' figures (a thousand feeds would otherwise be held to the end).
    /// - Parameter keepWhenNothingNew: when no article is unseen, the previous digest is
    ///   carried over instead of being replaced by an empty one.
    func digest(of feed: Document, extractions: [Extraction], unseen: (Extraction) -> Bool, into output: Generation,
                keepWhenNothingNew: Bool = false) -> ItemOutcome {
        let (name, title) = BriefingPlan.digestNaming(feed)
        return digest(feed: feed.path, name: name, title: title, extractions: extractions, unseen: unseen,
                      into: output, keepWhenNothingNew: keepWhenNothingNew)
    }

    private func digest(feed: String, name: String, title: String, extractions: [Extraction], unseen: (Extraction) -> Bool,
                        into output: Generation, keepWhenNothingNew: Bool) -> ItemOutcome {
        let fresh = extractions.filter(unseen)
        let files = formats.map { "\(name).\($0)" }
        if keepWhenNothingNew, !fresh.contains(where: { $0.article != nil }), output.carryOver(files) {
            return ItemOutcome(indexEntry: indexEntry(name: name, title: title))
        }
        return write(DigestView.build(feed: feed, extractions: fresh, since: nil), name: name, title: title, into: output)
    }

    private func write(_ view: MustacheValue, name: String, title: String, into output: Generation) -> ItemOutcome {
        var outcome = ItemOutcome()
        var ok = true
        // A built briefing stands among the index and unit pages it links to; one written by
        // `brief annual` or `brief diff` alone has none, and leaves the links out.
        var view = view
        if case var .object(fields) = view { fields["linked"] = true; view = .object(fields) }
        for format in formats {
            do {
                try output.write("\(name).\(format)", bytes: renderer.renderFile(String(name.split(separator: "-")[0]), format: format, data: view))
            } catch let e as BriefError {
                outcome.errors.append(e)
                ok = false
            } catch {
                ok = false
            }
        }
        if ok { outcome.indexEntry = indexEntry(name: name, title: title) }
        return outcome
    }

    private func indexEntry(name: String, title: String) -> MustacheValue {
        ["title": .string(title), "md": .string("\(name).md"), "html": .string("\(name).html"), "docx": .string("\(name).docx")]
    }
}

/// Results filled by index from several threads.
final class Slots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [T?]
    init(count: Int) { items = Array(repeating: nil, count: count) }
    subscript(k: Int) -> T? {
        get { lock.withLock { items[k] } }
        set { lock.withLock { items[k] = newValue } }
    }
    var values: [T?] { lock.withLock { items } }
}
