/// The facts the briefings read, so that a corpus loaded for briefings keeps only those
/// (a corpus of thousands of reports is otherwise held whole in memory):
///
/// - `ComparisonModel` (annual and diff figures): a report's confident headline facts;
/// - `ComparisonModel.statedChange`: the facts after such a headline on its line;
/// - `DigestView`: the headline facts an article's entry may list; the others it only
///   counts, so they are dropped and counted (`Extraction.omittedFacts`).
///
/// A view that reads other facts must be added here; `BriefingFactsTests` checks that the
/// views' data is the same from the kept facts as from all of them.
enum BriefingFacts {
    /// The extraction with only the facts the briefings read.
    static func reduced(_ e: Extraction) -> Extraction {
        var copy = e
        copy.facts = retained(e)
        if e.kind == .articleFeed { copy.omittedFacts += DigestView.shownFacts(e.facts).count - copy.facts.count }
        return copy
    }

    static func retained(_ e: Extraction) -> [Fact] {
        // Every headline figure an entry may list: one already listed that week is passed over.
        if e.kind == .articleFeed { return DigestView.shownFacts(e.facts).filter(\.key) }
        var keep = [Bool](repeating: false, count: e.facts.count)
        for (i, f) in e.facts.enumerated() where f.key && f.confident {
            keep[i] = true
            // The changes stated after it (ComparisonModel.statedChange reads them).
            var k = i + 1
            while k < e.facts.count, e.facts[k].provenance.line == f.provenance.line,
                  e.facts[k].provenance.offset - f.provenance.offset < 160 {
                keep[k] = true
                k += 1
            }
        }
        return e.facts.indices.filter { keep[$0] }.map { e.facts[$0] }
    }
}
