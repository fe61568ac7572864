/// A fixed list of words matched against a scalar array at a position, in list order.
///
/// The words are decoded to scalars once, and a bitmap of their first scalars rejects
/// most positions with one test: the scanners ask at nearly every character.
struct WordList: Sendable {
    let words: [String]
    let scalars: [[Unicode.Scalar]]
    private let starts: ScalarSet
    private let ends: ScalarSet
    /// The distinct first scalars in ascending order, and for each the indices of the words
    /// starting with it in list order: 一 starts a dozen set phrases, and a position is
    /// compared with those only. Searched by halving (the metric catalog's patterns start
    /// with 148 scalars); hashing a scalar costs more.
    private let firsts: [UInt32]
    private let firstWords: [[Int]]

    init(_ words: [String]) {
        self.words = words
        scalars = words.map { Array($0.unicodeScalars) }
        starts = ScalarSet(scalars.compactMap(\.first))
        ends = ScalarSet(scalars.compactMap(\.last))
        var byFirst: [UInt32: [Int]] = [:]
        for (k, w) in scalars.enumerated() {
            guard let f = w.first else { continue }
            byFirst[f.value, default: []].append(k)
        }
        let sorted = byFirst.sorted { $0.key < $1.key }
        firsts = sorted.map(\.key)
        firstWords = sorted.map(\.value)
    }

    /// The indices of the words starting with `c` (which passed the bitmap).
    @inline(__always)
    private func candidates(_ c: Unicode.Scalar) -> [Int]? {
        let v = c.value
        var lo = 0, hi = firsts.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if firsts[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < firsts.count && firsts[lo] == v ? firstWords[lo] : nil
    }

    /// The index of the first word that `s` has at `i`, or nil.
    @inline(__always)
    func match(in s: [Unicode.Scalar], at i: Int) -> Int? {
        guard i >= 0, i < s.count, starts.contains(s[i]), let candidates = candidates(s[i]) else { return nil }
        return candidates.first { Self.has(s, scalars[$0], at: i) }
    }

    /// The first position at or after `i` where a word occurs, and the first word there
    /// in list order: what calling `match(in:at:)` at each position in turn finds, in one
    /// tight loop over the scalars (a caller walking a whole line reads the list once).
    func nextMatch(in s: [Unicode.Scalar], from i: Int) -> (at: Int, word: Int)? {
        var i = Swift.max(i, 0)
        while let k = starts.firstMember(in: s, from: i) {
            if let w = match(in: s, at: k) { return (k, w) }
            i = k + 1
        }
        return nil
    }

    /// The same for words wholly before `end`: the first position at or after `i` where a
    /// word ends by `end`, and the first such word there in list order (what `nextMatch`
    /// finds in a copy of `s[..<end]`).
    func nextMatch(in s: [Unicode.Scalar], from i: Int, to end: Int) -> (at: Int, word: Int)? {
        var i = Swift.max(i, 0)
        let end = Swift.min(end, s.count)
        while let k = starts.firstMember(in: s, from: i, to: end) {
            if let candidates = candidates(s[k]),
               let w = candidates.first(where: { k + scalars[$0].count <= end && Self.has(s, scalars[$0], at: k) }) {
                return (k, w)
            }
            i = k + 1
        }
        return nil
    }

    /// The same in a slice, `i` an index of the slice's base.
    func match(in s: ArraySlice<Unicode.Scalar>, at i: Int) -> Int? {
        guard i >= s.startIndex, i < s.endIndex, starts.contains(s[i]), let candidates = candidates(s[i]) else { return nil }
        return candidates.first { w in
            let w = scalars[w]
            return i + w.count <= s.endIndex && s[i..<(i + w.count)].elementsEqual(w)
        }
    }

    /// Calls `body` with the index of every word that `s` has at `i`, in list order.
    @inline(__always)
    func forEachMatch(in s: [Unicode.Scalar], at i: Int, _ body: (Int) -> Void) {
        guard i >= 0, i < s.count, starts.contains(s[i]), let candidates = candidates(s[i]) else { return }
        for k in candidates where Self.has(s, scalars[k], at: i) { body(k) }
    }

    /// Whether some word that satisfies `accept` occurs in `s` at `i`.
    @inline(__always)
    func contains(in s: [Unicode.Scalar], at i: Int, where accept: ([Unicode.Scalar]) -> Bool) -> Bool {
        guard i >= 0, i < s.count, starts.contains(s[i]), let candidates = candidates(s[i]) else { return false }
        return candidates.contains { accept(scalars[$0]) && Self.has(s, scalars[$0], at: i) }
    }

    /// Whether any word occurs anywhere in `s` (as `String.hasBytes` would say).
    func occurs(in s: [Unicode.Scalar]) -> Bool {
        nextMatch(in: s, from: 0) != nil
    }

    /// Whether a word occurs in `s` wholly within `range` (as `String.hasBytes` on the text
    /// of that range would say).
    func occurs(in s: [Unicode.Scalar], within range: Range<Int>) -> Bool {
        var i = Swift.max(range.lowerBound, 0)
        let end = Swift.min(range.upperBound, s.count)
        while i < end {
            if starts.contains(s[i]), contains(in: s, at: i, where: { i + $0.count <= end }) { return true }
            i += 1
        }
        return false
    }

    /// False when no word can end `s`: its last scalar ends none of them.
    @inline(__always)
    func mayEnd(_ s: [Unicode.Scalar]) -> Bool { s.last.map(ends.contains) ?? false }

    /// The index of the first word that ends in `s` just before `end`, or nil.
    @inline(__always)
    func match(in s: [Unicode.Scalar], endingBefore end: Int) -> Int? {
        guard end >= 1, end <= s.count, ends.contains(s[end - 1]) else { return nil }
        return scalars.firstIndex { w in end - w.count >= 0 && Self.has(s, w, at: end - w.count) }
    }

    @inline(__always)
    static func has(_ s: [Unicode.Scalar], _ w: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + w.count <= s.count else { return false }
        for k in 0..<w.count where s[i + k] != w[k] { return false }
        return true
    }
}
