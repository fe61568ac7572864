import Foundation

/// Documents loaded and extracted for a command, with the failures reported as they occur.
///
/// Files are extracted on all cores, in order. A document's text is dropped once its
/// facts are out (a 1 GB corpus is not held in memory); the few briefings that read a
/// text again (a diff's outline) load that file anew.
struct Corpus {
    var documents: [Document] = []
    var extractions: [Extraction] = []
    var failed = 0
    var total = 0
    var ingestor = Ingestor()

    static func load(_ paths: [String], console: Console, registry: UnitRegistry = .builtIn, catalog: MetricCatalog = .builtIn) throws -> Corpus {
        let files = try Ingestor.expand(paths)
        var corpus = Corpus()
        corpus.total = files.count
        corpus.ingestor = Ingestor(registry: registry)
        let engine = ParallelExtraction(ingestor: corpus.ingestor, extractor: FactExtractor(catalog: catalog))
        engine.run(files, prepare: { _, outcome -> ParallelExtraction.Outcome in
            guard case .extracted(var doc, let extractions) = outcome else { return outcome }
            doc.text = ""
            return .extracted(doc, extractions)
        }, handle: { _, outcome in
            switch outcome {
            case let .extracted(doc, extractions):
                corpus.documents.append(doc)
                corpus.extractions += extractions
            case let .failed(e):
                console.report(e)
                corpus.failed += 1
            }
        })
        return corpus
    }

    /// A document's text, read again from its file ("" when it cannot be).
    func text(of path: String) -> String { (try? ingestor.load(path: path).text) ?? "" }

    func extraction(of path: String) -> Extraction? { extractions.first { $0.document == path && $0.article == nil } }
}
