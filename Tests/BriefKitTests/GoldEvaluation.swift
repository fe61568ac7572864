import Foundation
import XCTest
@testable import BriefKit

/// Scores extraction against the hand-checked gold labels (Fixtures/gold, from shared/gold).
/// A fact matches a gold fact when year, folded value and measure, and qualifier agree and
/// the subjects share a two-character run.
struct GoldScore {
    var name: String
    var goldFacts = 0, matchedFacts = 0
    var goldKey = 0, matchedKey = 0
    var categorised = 0, categorisedMatched = 0
    var goldHonours = 0, matchedHonours = 0
    var missed: [String] = []
    var wrongCategorised: [String] = []

    var recall: Double { goldFacts == 0 ? 1 : Double(matchedFacts) / Double(goldFacts) }
    var keyRecall: Double { goldKey == 0 ? 1 : Double(matchedKey) / Double(goldKey) }
    var precision: Double { categorised == 0 ? 1 : Double(categorisedMatched) / Double(categorised) }
    var honourRecall: Double { goldHonours == 0 ? 1 : Double(matchedHonours) / Double(goldHonours) }

    var line: String {
        String(format: "%@: facts recall %.3f (%d/%d), key recall %.3f (%d/%d), categorised precision %.3f (%d/%d), honours recall %.3f (%d/%d)",
               name, recall, matchedFacts, goldFacts, keyRecall, matchedKey, goldKey, precision, categorisedMatched, categorised,
               honourRecall, matchedHonours, goldHonours)
    }
}

enum GoldEvaluation {
    static func bigrams(_ s: String) -> Set<String> {
        let cs = Array(s.unicodeScalars.filter { $0.value >= 0x3400 || QuantityScanner.isASCIILetter($0) })
        guard cs.count >= 2 else { return Set(cs.map { String(Character($0)) }) }
        return Set((0..<(cs.count - 1)).map { String(String.UnicodeScalarView([cs[$0], cs[$0 + 1]])) })
    }

    static func subjectsOverlap(_ a: String, _ b: String) -> Bool {
        !bigrams(a).isDisjoint(with: bigrams(b))
    }

    /// Share of common two-character runs (Jaccard); 0 when the subjects share none.
    static func overlap(_ a: String, _ b: String) -> Double {
        let x = bigrams(a), y = bigrams(b)
        let union = x.union(y).count
        return union == 0 ? 0 : Double(x.intersection(y).count) / Double(union)
    }

    /// One-to-one matching of gold items to found items: all pairs with a positive score,
    /// best first, each side used once. Returns gold index → found index.
    static func assign(gold: Int, found: Int, score: (Int, Int) -> Double) -> [Int: Int] {
        var scored: [(Int, Int, Double)] = []
        for g in 0..<gold { for f in 0..<found { let v = score(g, f); if v > 0 { scored.append((g, f, v)) } } }
        scored.sort { $0.2 > $1.2 || ($0.2 == $1.2 && ($0.0, $0.1) < ($1.0, $1.1)) }
        var result: [Int: Int] = [:]
        var usedFound = Set<Int>()
        for (g, f, _) in scored where result[g] == nil && !usedFound.contains(f) {
            result[g] = f
            usedFound.insert(f)
        }
        return result
    }

    /// The candidate with the largest positive score: each gold item takes its best match.
    static func best(_ candidates: [Int], by score: (Int) -> Double) -> Int? {
        candidates.map { ($0, score($0)) }.filter { $0.1 > 0 }.max { $0.1 < $1.1 }?.0
    }

    static func sameQuantity(_ f: Fact, _ g: JSONValue) -> Bool {
        guard let gv = g["value"]?.stringValue.flatMap(Double.init), let gm = g["measure"]?.stringValue,
              let gq = g["qualifier"]?.stringValue else { return false }
        let gold = Quantity(value: gv, measure: gm, qualifier: Qualifier(rawValue: gq) ?? .exact).folded
        let mine = f.quantity.folded
        return abs(gold.value - mine.value) <= 1e-9 * max(1, abs(gold.value)) && gold.measure == mine.measure
            && gq == f.quantity.qualifier.rawValue
    }

    static func score(sample name: String) throws -> GoldScore {
        let gold = try readJSON(Paths.gold(name))
        let doc = try Ingestor().load(path: Paths.sample(name))
        var extractions = FactExtractor().extract(doc)
        var goldFacts = gold["facts"]?.arrayValue ?? []
        if doc.format == .feed {
            let labelled = Set(goldFacts.compactMap { $0["article"]?.stringValue })
            extractions = extractions.filter { labelled.contains($0.article?.id ?? "") }
        }
        var score = GoldScore(name: name)
        let facts = extractions.flatMap(\.facts)
        var used = Set<Int>()
        goldFacts = goldFacts.filter { _ in true }
        score.goldFacts = goldFacts.count
        var matchedFactIndices = Set<Int>()
        for g in goldFacts {
            let isKey: Bool = { if case .bool(true)? = g["key"] { return true }; return false }()
            if isKey { score.goldKey += 1 }
            let year = g["year"]?.stringValue.flatMap(Int.init)
            let candidates = facts.indices.filter { i in
                !used.contains(i) && facts[i].year == year && sameQuantity(facts[i], g)
                    && (g["article"]?.stringValue == nil || facts[i].provenance.article == g["article"]?.stringValue)
            }
            let subject = g["subject"]?.stringValue ?? ""
            if let hit = best(candidates, by: { overlap(facts[$0].subject, subject) }) {
                used.insert(hit)
                matchedFactIndices.insert(hit)
                score.matchedFacts += 1
                if isKey { score.matchedKey += 1 }
            } else {
                score.missed.append("\(isKey ? "KEY " : "")\(year.map(String.init) ?? "-") \(g["value"]?.stringValue ?? "") \(g["measure"]?.stringValue ?? "") \(g["qualifier"]?.stringValue ?? "") \(subject) | \(g["quote"]?.stringValue ?? "")")
            }
        }
        for (i, f) in facts.enumerated() where f.category != .other {
            score.categorised += 1
            if matchedFactIndices.contains(i) { score.categorisedMatched += 1 } else {
                score.wrongCategorised.append("\(f.category.rawValue) \(f.year.map(String.init) ?? "-") \(NumberFormatting.plain(f.quantity.value)) \(f.quantity.measure) \(f.quantity.qualifier.rawValue) \(f.subject) | \(f.provenance.quote)")
            }
        }
        let honours = extractions.flatMap(\.honours)
        let goldHonours = gold["honours"]?.arrayValue ?? []
        score.goldHonours = goldHonours.count
        let pairs = assign(gold: goldHonours.count, found: honours.count) { g, h in
            honours[h].level.rawValue == goldHonours[g]["level"]?.stringValue
                ? overlap(honours[h].title, goldHonours[g]["title"]?.stringValue ?? "") : 0
        }
        score.matchedHonours = pairs.count
        for (g, h) in goldHonours.enumerated() where pairs[g] == nil {
            score.missed.append("HONOUR \(h["level"]?.stringValue ?? "") \(h["title"]?.stringValue ?? "") | \(h["quote"]?.stringValue ?? "")")
        }
        return score
    }
}
