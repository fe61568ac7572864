/// Honours of two years side by side: new, kept (蝉联) and no longer listed.
public struct HonourComparison: Sendable {
    public var added: [Honour]
    public var kept: [(before: Honour, after: Honour)]
    public var dropped: [Honour]

    /// One entry per honour: a report often names the same honour in its overview and
    /// again in detail (or in a table and in the text).
    public static func distinct(_ honours: [Honour]) -> [Honour] {
        var result: [Honour] = []
        for h in honours {
            let t = normalised(h.title)
            if !result.contains(where: { similarity(normalised($0.title), t) >= 0.8 && $0.recipient == h.recipient }) { result.append(h) }
        }
        return result
    }

    /// Pairs honours whose titles name the same thing (most shared characters first).
    public init(before allBefore: [Honour], after allAfter: [Honour]) {
        let before = Self.distinct(allBefore), after = Self.distinct(allAfter)
        var pairs: [(Int, Int, Double)] = []
        for (i, a) in before.enumerated() {
            for (j, b) in after.enumerated() {
                let s = Self.similarity(Self.normalised(a.title), Self.normalised(b.title))
                if s >= 0.6 { pairs.append((i, j, s)) }
            }
        }
        pairs.sort { $0.2 > $1.2 || ($0.2 == $1.2 && ($0.0, $0.1) < ($1.0, $1.1)) }
        var usedA = Set<Int>(), usedB = Set<Int>()
        var kept: [(Honour, Honour)] = []
        for (i, j, _) in pairs where !usedA.contains(i) && !usedB.contains(j) {
            usedA.insert(i); usedB.insert(j)
            kept.append((before[i], after[j]))
        }
        self.kept = kept.sorted { $0.1.provenance.offset < $1.1.provenance.offset }
        self.added = after.enumerated().filter { !usedB.contains($0.offset) }.map(\.element)
        self.dropped = before.enumerated().filter { !usedA.contains($0.offset) }.map(\.element)
    }

    /// A title without years, counts and punctuation: "2021年度上海市文明单位（集体）" → "上海市文明单位集体".
    static func normalised(_ title: String) -> String {
        String(String.UnicodeScalarView(title.unicodeScalars.filter { $0.value >= 0x4E00 && $0.value <= 0x9FFF && !"年度届第".unicodeScalars.contains($0) }))
    }

    /// Dice coefficient over character bigrams.
    static func similarity(_ a: String, _ b: String) -> Double {
        func grams(_ s: String) -> [String] {
            let c = Array(s.unicodeScalars)
            guard c.count >= 2 else { return c.map { String(Character($0)) } }
            return (0..<(c.count - 1)).map { String(String.UnicodeScalarView([c[$0], c[$0 + 1]])) }
        }
        let x = grams(a), y = grams(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var pool = y
        var common = 0
        for g in x { if let i = pool.firstIndex(of: g) { pool.remove(at: i); common += 1 } }
        return 2 * Double(common) / Double(x.count + y.count)
    }
}
