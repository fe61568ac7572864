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

    /// - Parameter progress: show a progress line on stderr (only ever at a terminal).
    static func load(_ paths: [String], console: Console, registry: UnitRegistry = .builtIn, catalog: MetricCatalog = .builtIn,
                     progress showProgress: Bool = false) throws -> Corpus {
        let files = try Ingestor.expand(paths)
        let progress = Progress(total: files.count, enabled: showProgress && Platform.isTerminal(2))
        var corpus = Corpus()
        corpus.total = files.count
        corpus.ingestor = Ingestor(registry: registry)
        var extractor = FactExtractor(catalog: catalog)
        extractor.recordsSkipped = false   // briefings never show them
        var engine = ParallelExtraction(ingestor: corpus.ingestor, extractor: extractor)
        engine.keepsText = false
        engine.run(files, prepare: { _, outcome -> ParallelExtraction.Outcome in
            guard case .extracted(var doc, var extractions) = outcome else { return outcome }
            // Briefings show an article's title and link, never its body (only the audit page does).
            doc.text = ""
            for i in doc.articles.indices { doc.articles[i].content = "" }
            for i in extractions.indices {
                extractions[i] = BriefingFacts.reduced(extractions[i])
                extractions[i].article?.content = ""
            }
            return .extracted(doc, extractions)
        }, handle: { _, outcome in
            switch outcome {
            case let .extracted(doc, extractions):
                corpus.documents.append(doc)
                corpus.extractions += extractions
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

    /// A document's text, read again from its file ("" when it cannot be).
    func text(of path: String) -> String { (try? ingestor.load(path: path).text) ?? "" }

    func extraction(of path: String) -> Extraction? { extractions.first { $0.document == path && $0.article == nil } }
}
