import Foundation

/// Documents loaded and extracted for a command, with the failures reported as they occur.
struct Corpus {
    var documents: [Document] = []
    var extractions: [Extraction] = []
    var failed = 0
    var total = 0

    static func load(_ paths: [String], console: Console, registry: UnitRegistry = .builtIn, catalog: MetricCatalog = .builtIn) throws -> Corpus {
        let files = try Ingestor.expand(paths)
        var corpus = Corpus()
        corpus.total = files.count
        let ingestor = Ingestor(registry: registry)
        let extractor = FactExtractor(catalog: catalog)
        for file in files {
            do {
                let doc = try ingestor.load(path: file)
                corpus.documents.append(doc)
                corpus.extractions += extractor.extract(doc)
            } catch let e as BriefError {
                console.report(e)
                corpus.failed += 1
            }
        }
        return corpus
    }

    func text(of path: String) -> String { documents.first { $0.path == path }?.text ?? "" }

    func extraction(of path: String) -> Extraction? { extractions.first { $0.document == path && $0.article == nil } }
}
