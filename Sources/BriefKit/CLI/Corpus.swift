import Foundation

/// Documents loaded and extracted for a command, with the failures reported as they occur.
///
/// Files are extracted on all cores, in order. A document's text is dropped once its
/// facts are out, and only the facts briefings read are kept (`BriefingFacts`): a 1 GB
/// corpus is not held in memory. A diff's outline reads its two files again.
struct Corpus {
    var documents: [Document] = []
    var extractions: [Extraction] = []
    var failed = 0
    var total = 0
    var ingestor = Ingestor()
    /// Digests made while loading, by feed path; those feeds' extractions are not kept,
    /// nor their articles, only the newest article's date.
    var digests: [String: BriefingBuilder.ItemOutcome] = [:]
    private var newestArticles: [String: String] = [:]

    /// The date of a feed's newest article, or nil when it has none.
    func newestArticleDate(of feed: Document) -> String? {
        newestArticles[feed.path] ?? feed.articles.map(\.date).max()
    }

    /// Makes a feed's digest as soon as it is extracted (on the worker that extracted it).
    typealias DigestMaker = @Sendable (Document, [Extraction]) -> BriefingBuilder.ItemOutcome

    /// - Parameters:
    ///   - maxFileSize: larger files are refused unread.
    ///   - skipping: folders not to read (the output folder, when it lies inside an input).
    ///   - progress: show a progress line on stderr (only ever at a terminal).
    ///   - digest: when given, each feed's digest is made as the feed is extracted and its
    ///     articles' figures are dropped, so memory does not grow with the feeds. A feed whose
    ///     file name (without extension) another input shares is left to the end: the plan
    ///     numbers such digests, which takes knowing every feed.
    static func load(_ paths: [String], console: Console, registry: UnitRegistry = .builtIn, catalog: MetricCatalog = .builtIn,
                     maxFileSize: Int = FileBytes.defaultLimit, skipping: [String] = [],
                     progress showProgress: Bool = false, digest: DigestMaker? = nil) throws -> Corpus {
        let (files, skipped) = try InputOptions.walk(paths, skipping: skipping, console: console)
        var stemCounts: [String: Int] = [:]
        for f in files { stemCounts[BriefingPlan.digestStem(f), default: 0] += 1 }
        let sharedStems = Set(stemCounts.filter { $0.value > 1 }.keys)
        let progress = Progress(total: files.count, enabled: showProgress && Platform.isTerminal(2))
        var corpus = Corpus()
        corpus.total = files.count + skipped
        corpus.failed = skipped
        corpus.ingestor = Ingestor(registry: registry)
        corpus.ingestor.maxFileSize = maxFileSize
        var extractor = FactExtractor(catalog: catalog)
        extractor.recordsSkipped = false   // briefings never show them
        var engine = ParallelExtraction(ingestor: corpus.ingestor, extractor: extractor)
        engine.keepsText = false
        engine.run(files, prepare: { _, outcome -> (ParallelExtraction.Outcome, BriefingBuilder.ItemOutcome?, String?) in
            guard case .extracted(var doc, var extractions) = outcome else { return (outcome, nil, nil) }
            // Briefings show an article's title and link, never its body (only the audit page does).
            doc.text = ""
            for i in doc.articles.indices { doc.articles[i].content = "" }
            for i in extractions.indices {
                extractions[i] = BriefingFacts.reduced(extractions[i])
                extractions[i].article?.content = ""
            }
            if doc.format == .feed, let digest, !sharedStems.contains(BriefingPlan.digestStem(doc.path)) {
                let made = digest(doc, extractions)
                let newest = doc.articles.map(\.date).max()
                doc.articles = []
                return (.extracted(doc, []), made, newest)
            }
            return (.extracted(doc, extractions), nil, nil)
        }, handle: { _, result in
            let (outcome, digest, newest) = result
            switch outcome {
            case let .extracted(doc, extractions):
                corpus.documents.append(doc)
                corpus.extractions += extractions
                if let digest { corpus.digests[doc.path] = digest }
                if let newest { corpus.newestArticles[doc.path] = newest }
                progress.advance(bytes: doc.sizeInBytes)
            case let .failed(e):
                progress.clear()
                console.report(e)
                corpus.failed += 1
            }
        })
        progress.clear()
        return corpus
    }

    /// Why the briefings must not be replaced: no document could be read at all (an input
    /// folder gone unreadable would otherwise publish an empty set over the last good one).
    var nothingRead: BriefError? {
        guard documents.isEmpty, failed > 0 else { return nil }
        return BriefError(.input, "no document could be read; the previous briefings stay")
    }

    /// A document's text, read again from its file ("" when it cannot be).
    func text(of path: String) -> String { (try? ingestor.load(path: path).text) ?? "" }

    func extraction(of path: String) -> Extraction? { extractions.first { $0.document == path && $0.article == nil } }
}
