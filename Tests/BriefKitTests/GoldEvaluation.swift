import Foundation
import XCTest
@testable import BriefKit

/// Scores extraction against hand labels in the gold format, with the measures and the
/// matching of the scorer Brief is judged with (`shared/tools/score_extract.py`):
///
/// - a gold fact is found when a fact of the same document (and article, in a feed) has
///   the same quantity (value and measure equal after folding 万/亿 into the value,
///   relative 1e-6), qualifier and year, and a subject that overlaps the gold subject
///   (one contains the other, or they share a run of two characters that is not generic);
/// - headline recall: gold key facts found by a fact that is itself marked key;
/// - key precision: facts marked key in fully labelled documents (not feeds) that match
///   some gold fact by value, measure and year; categorised precision likewise for facts
///   whose category is not `other`;
/// - honours: a gold title is found when an extracted title overlaps it and shares 60% of
///   its characters; honour precision counts extracted honours that match a gold title.
struct GoldScore {
    var name: String
    var all = (found: 0, total: 0), key = (found: 0, total: 0), headline = (found: 0, total: 0)
    var keyPrecision = (right: 0, total: 0), categorised = (right: 0, total: 0)
    var honours = (found: 0, total: 0), honourPrecision = (right: 0, total: 0)
    var misses: [String] = []

    static func ratio(_ p: (Int, Int)) -> Double { p.1 == 0 ? 1 : Double(p.0) / Double(p.1) }
    var allRecall: Double { Self.ratio(all) }
    var keyRecall: Double { Self.ratio(key) }
    var headlineRecall: Double { Self.ratio(headline) }
    var keyPrecisionRatio: Double { Self.ratio(keyPrecision) }
    var categorisedPrecision: Double { Self.ratio(categorised) }
    var honourRecall: Double { Self.ratio(honours) }
    var honourPrecisionRatio: Double { Self.ratio(honourPrecision) }

    var line: String {
        func f(_ label: String, _ p: (Int, Int)) -> String { String(format: "%@ %.2f (%d/%d)", label, Self.ratio(p), p.0, p.1) }
        return "\(name): " + [f("headline recall", headline), f("key precision", keyPrecision), f("key recall", key),
                              f("all recall", all), f("categorised precision", categorised), f("honour recall", honours),
                              f("honour precision", honourPrecision)].joined(separator: ", ")
    }

    static func + (a: GoldScore, b: GoldScore) -> GoldScore {
        var s = GoldScore(name: a.name)
        func add(_ x: (Int, Int), _ y: (Int, Int)) -> (Int, Int) { (x.0 + y.0, x.1 + y.1) }
        s.all = add(a.all, b.all); s.key = add(a.key, b.key); s.headline = add(a.headline, b.headline)
        s.keyPrecision = add(a.keyPrecision, b.keyPrecision); s.categorised = add(a.categorised, b.categorised)
        s.honours = add(a.honours, b.honours); s.honourPrecision = add(a.honourPrecision, b.honourPrecision)
        s.misses = a.misses + b.misses
        return s
    }
}

enum GoldEvaluation {
    /// Two-character runs too common to show that two subjects name the same thing.
    static let generic: Set<String> = ["同比", "增长", "全年", "累计", "其中", "共计", "合计", "达到", "完成", "实现", "以上", "比例",
                                       "上年", "较上", "全区", "全市", "本市", "年度", "工作", "开展", "服务", "项目", "企业", "单位", "金额"]

    static func overlap(_ gold: String, _ found: String) -> Bool {
        guard !gold.isEmpty, !found.isEmpty else { return false }
        if gold.contains(found) || found.contains(gold) { return true }
        let g = Array(gold)
        guard g.count >= 2 else { return false }
        return (0..<(g.count - 1)).contains { i in
            let pair = String(g[i...(i + 1)])
            return !generic.contains(pair) && found.contains(pair)
        }
    }

    /// Value and measure with a leading 万/亿/万亿 of the measure folded into the value.
    static func canonical(_ value: Double, _ measure: String) -> (Double, String) {
        var m = measure.trimmingCharacters(in: .whitespaces)
        if m == "％" { m = "%" }
        if m == "百分点" { m = "个百分点" }
        for (prefix, k) in [("万亿", 1e12), ("亿", 1e8), ("万", 1e4)] where m.hasPrefix(prefix) {
            return (value * k, String(m.dropFirst(prefix.count)))
        }
        return (value, m)
    }

    static func sameQuantity(_ f: Fact, value: Double, measure: String) -> Bool {
        let (a, am) = canonical(f.quantity.value, f.quantity.measure), (b, bm) = canonical(value, measure)
        return am == bm && abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))
    }

    static func sameHonour(_ t: String, _ x: String) -> Bool {
        overlap(t, x) && Double(Set(t).intersection(Set(x)).count) >= 0.6 * Double(Set(t).count)
    }

    /// Scores every gold file in `gold` against the documents of `docs`, extracted in-process.
    static func score(name: String, docs: URL, gold: URL) throws -> GoldScore {
        let ingestor = Ingestor(), extractor = FactExtractor()
        var total = GoldScore(name: name)
        let files = try FileManager.default.contentsOfDirectory(atPath: gold.path).filter { $0.hasSuffix(".json") }.sorted()
        for file in files {
            let g = try readJSON(gold.appendingPathComponent(file).path)
            guard let document = g["document"]?.stringValue else { continue }
            // A document Brief refuses (a JSON shape it does not read) counts as read with
            // nothing found: its labels are misses, as the judge's scorer counts them.
            let extractions = (try? ingestor.load(path: docs.appendingPathComponent(document).path)).map { extractor.extract($0) } ?? []
            total = total + score(extractions, gold: g, label: String(document.prefix(3)))
        }
        return total
    }

    static func score(_ extractions: [Extraction], gold g: JSONValue, label: String) -> GoldScore {
        var s = GoldScore(name: label)
        let facts = extractions.flatMap(\.facts)
        let found = extractions.flatMap(\.honours)
        let feed = g["kind"]?.stringValue == "article-feed"
        let goldFacts = g["facts"]?.arrayValue ?? []
        for fact in goldFacts {
            guard let value = fact["value"]?.doubleValue, let measure = fact["measure"]?.stringValue else { continue }
            let year = fact["year"]?.doubleValue.map { Int($0) }
            let qualifier = fact["qualifier"]?.stringValue ?? "exact"
            let subject = fact["subject"]?.stringValue ?? ""
            let isKey = fact["key"]?.boolValue == true
            var candidates = facts
            if feed, let article = fact["article"]?.stringValue {
                let inArticle = facts.filter { $0.provenance.article == article }
                if !inArticle.isEmpty { candidates = inArticle }
            }
            let hits = candidates.filter { c in
                sameQuantity(c, value: value, measure: measure) && c.quantity.qualifier.rawValue == qualifier && c.year == year
                    && overlap(subject, c.subject)
            }
            s.all.total += 1
            if !hits.isEmpty { s.all.found += 1 }
            let what = "\(label) \(subject) \(year.map(String.init) ?? "-") \(NumberFormatting.plain(value))\(measure) \(qualifier)"
            if isKey {
                s.key.total += 1
                s.headline.total += 1
                if !hits.isEmpty { s.key.found += 1 }
                if hits.contains(where: \.key) { s.headline.found += 1 } else { s.misses.append((hits.isEmpty ? "KEY " : "NOT-HEADLINE ") + what) }
            } else if hits.isEmpty {
                s.misses.append(what)
            }
        }
        let goldHonours = (g["honours"]?.arrayValue ?? []).compactMap { $0["title"]?.stringValue }
        for t in goldHonours {
            s.honours.total += 1
            if found.contains(where: { sameHonour(t, $0.title) }) { s.honours.found += 1 } else { s.misses.append("\(label) HONOUR \(t)") }
        }
        if !goldHonours.isEmpty {
            for h in found {
                s.honourPrecision.total += 1
                if goldHonours.contains(where: { sameHonour($0, h.title) || sameHonour(h.title, $0) }) { s.honourPrecision.right += 1 }
                else { s.misses.append("\(label) FALSE-HONOUR \(h.title)") }
            }
        }
        if !feed {
            func matchesSome(_ c: Fact) -> Bool {
                goldFacts.contains { gf in
                    guard let v = gf["value"]?.doubleValue, let m = gf["measure"]?.stringValue else { return false }
                    return sameQuantity(c, value: v, measure: m) && c.year == gf["year"]?.doubleValue.map { Int($0) }
                }
            }
            for c in facts {
                if c.category != .other {
                    s.categorised.total += 1
                    if matchesSome(c) { s.categorised.right += 1 }
                }
                if c.key {
                    s.keyPrecision.total += 1
                    if matchesSome(c) { s.keyPrecision.right += 1 }
                    else { s.misses.append("\(label) FALSE-KEY \(c.subject) \(c.year.map(String.init) ?? "-") \(NumberFormatting.plain(c.quantity.value))\(c.quantity.measure)") }
                }
            }
        }
        return s
    }
}

extension JSONValue {
    var doubleValue: Double? {
        if case let .number(n) = self { return Double(n) }
        return nil
    }
    var boolValue: Bool? {
        if case let .bool(b) = self { return b }
        return nil
    }
}
