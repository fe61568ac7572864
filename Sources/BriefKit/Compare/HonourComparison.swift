/// Honours of two years side by side: new, kept (蝉联) and no longer listed.
public struct HonourComparison: Sendable {
    public var added: [Honour]
    public var kept: [(before: Honour, after: Honour)]
    /// Named again as background ("在荣获上海市质量金奖的…基础上"): held before, not received again.
    public var held: [(before: Honour, after: Honour)]
    public var dropped: [Honour]

    /// One entry per honour: a report often names the same honour in its overview and
    /// again in detail (or in a table and in the text).
    ///
    /// Only honours of the same recipient are compared, and a title seen before exactly is
    /// a repeat at once: a year of many reports has thousands of honours.
    public static func distinct(_ honours: [Honour], unit: String) -> [Honour] {
        let result = distinct(honours)
        // "2021年入选上海市党支部建设风采录" in a later report names no recipient, so the unit is
        // taken; the year's own report named the branch that won it: one honour, the branch's.
        var byOthers = Set<String>()
        for h in result where h.recipient != unit { byOthers.insert(normalised(h.title)) }
        guard !byOthers.isEmpty else { return result }
        return result.filter { $0.recipient != unit || !byOthers.contains(normalised($0.title)) }
    }

    public static func distinct(_ honours: [Honour]) -> [Honour] {
        var result: [Honour] = []
        var exact = Set<String>()
        var kept: [String: [[UInt64]]] = [:]
        for h in honours {
            let t = normalised(h.title)
            let g = grams(t)
            let key = h.recipient + "\u{1}" + t
            if !g.isEmpty, exact.contains(key) { continue }
            if kept[h.recipient, default: []].contains(where: { dice($0, g) >= 0.8 }) { continue }
            exact.insert(key)
            kept[h.recipient, default: []].append(g)
            result.append(h)
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
                if s >= 0.6, s >= 0.85 || Self.kind(a.title) == Self.kind(b.title) { pairs.append((i, j, s)) }
            }
        }
        pairs.sort { $0.2 > $1.2 || ($0.2 == $1.2 && ($0.0, $0.1) < ($1.0, $1.1)) }
        var usedA = Set<Int>(), usedB = Set<Int>()
        var kept: [(Honour, Honour)] = []
        for (i, j, _) in pairs where !usedA.contains(i) && !usedB.contains(j) {
            usedA.insert(i); usedB.insert(j)
            kept.append((before[i], after[j]))
        }
        let sorted = kept.sorted { $0.1.provenance.offset < $1.1.provenance.offset }
        self.kept = sorted.filter { !Self.refersBack($0.1) }
        self.held = sorted.filter { Self.refersBack($0.1) }
        self.added = after.enumerated().filter { !usedB.contains($0.offset) }.map(\.element)
        self.dropped = before.enumerated().filter { !usedA.contains($0.offset) }.map(\.element)
    }

    /// A title without years, counts and punctuation: "2021年度上海市文明单位（集体）" → "上海市文明单位集体".
    static func normalised(_ title: String) -> String {
        String(scalars: title.unicodeScalars.filter { $0.value >= 0x4E00 && $0.value <= 0x9FFF && !"年度届第".unicodeScalars.contains($0) })
    }

    /// "在荣获X的…基础上", "继获得X之后": the honour is the background of the sentence. A title
    /// kept for terms says so itself ("在蝉联 7 届…的基础上" stays 蝉联).
    static func refersBack(_ h: Honour) -> Bool {
        let q = h.provenance.quote
        guard ["在荣获", "在获得", "在获评", "在获批", "继荣获", "继获得"].contains(where: { q.hasBytes($0) }) else { return false }
        return q.hasBytes("基础") || q.hasBytes("之后")
    }

    /// What kind of distinction a title names: its last two characters outside brackets
    /// (示范点, 风采录, 金奖, 单位). 上海市党支部建设示范点 and …风采录 share most of their
    /// characters and are still two honours.
    static func kind(_ title: String) -> String {
        var depth = 0
        var han: [Unicode.Scalar] = []
        for c in title.unicodeScalars {
            if c == "（" || c == "(" { depth += 1 } else if c == "）" || c == ")" { depth = max(0, depth - 1) }
            else if depth == 0, c.value >= 0x4E00, c.value <= 0x9FFF { han.append(c) }
        }
        return String(scalars: han.suffix(2))
    }

    /// Dice coefficient over character bigrams.
    static func similarity(_ a: String, _ b: String) -> Double { dice(grams(a), grams(b)) }

    /// A title's character bigrams as sorted numbers (a one-character title is its own
    /// gram, kept apart from every bigram).
    static func grams(_ s: String) -> [UInt64] {
        let c = s.scalarArray
        guard c.count >= 2 else { return c.map { UInt64($0.value) << 32 | 0xFFFF_FFFF } }
        return (0..<(c.count - 1)).map { UInt64(c[$0].value) << 32 | UInt64(c[$0 + 1].value) }.sorted()
    }

    /// Dice coefficient of two sorted gram lists (shared grams counted with multiplicity).
    static func dice(_ x: [UInt64], _ y: [UInt64]) -> Double {
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var i = 0, j = 0, common = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] { common += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return 2 * Double(common) / Double(x.count + y.count)
    }
}
