/// The facts the briefings read, so that a corpus loaded for briefings keeps only those
/// (a corpus of thousands of reports is otherwise held whole in memory):
///
/// - `ComparisonModel` (annual and diff figures): a report's confident headline facts;
/// - `AnnualView.statedChange`: the first fact after such a headline on its line;
/// - `DigestView`: the confident facts an article's entry lists; the others it only
///   counts, so they are dropped and counted (`Extraction.omittedFacts`).
///
/// A view that reads other facts must be added here; `BriefingFactsTests` checks that the
/// views' data is the same from the kept facts as from all of them.
enum BriefingFacts {
    /// The extraction with only the facts the briefings read.
    static func reduced(_ e: Extraction) -> Extraction {
        var copy = e
        copy.facts = retained(e)
        if e.kind == .articleFeed { copy.omittedFacts += e.facts.filter(\.confident).count - copy.facts.count }
        return copy
    }

    static func retained(_ e: Extraction) -> [Fact] {
        if e.kind == .articleFeed { return Array(DigestView.shownFacts(e.facts).prefix(DigestView.figuresPerArticle)) }
        var keep = [Bool](repeating: false, count: e.facts.count)
        for (i, f) in e.facts.enumerated() where f.key && f.confident {
            keep[i] = true
            if let next = e.facts.firstIndex(where: { $0.provenance.line == f.provenance.line && $0.provenance.offset > f.provenance.offset }) {
                keep[next] = true
            }
        }
        return e.facts.indices.filter { keep[$0] }.map { e.facts[$0] }
    }
}
