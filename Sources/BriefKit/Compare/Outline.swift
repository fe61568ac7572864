/// A report's section headings ("3.2 诚信生产经营", "一、谋深做实…", "（二）支持…"), for
/// laying two reports' structures side by side.
public struct Heading: Sendable, Equatable {
    public var number: String
    public var title: String
    public var line: Int
}

public enum Outline {
    /// Headings of a text: numbered lines short enough to be titles, not table-of-contents
    /// rows (which carry a tab and a page number) and not sentences.
    public static func headings(of text: String) -> [Heading] {
        var result: [Heading] = []
        var seen = Set<String>()
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.contains("\t"), line.scalarCount <= 40, let (number, title) = split(line) else { continue }
            guard title.scalarCount >= 2, !title.contains("。"), !title.hasSuffix("，") else { continue }
            // A heading is a name: mostly CJK, few digits.
            let digits = title.unicodeScalars.filter { Digits.asciiValue($0) != nil }.count
            guard digits * 4 < title.scalarCount else { continue }
            let key = number + title
            if seen.insert(key).inserted { result.append(Heading(number: number, title: title, line: i + 1)) }
        }
        return result
    }

    /// "3.2.1 标题" → ("3.2.1", "标题"); "一、标题" → ("一", "标题"); "（二）标题" → ("（二）", "标题").
    static func split(_ line: String) -> (String, String)? {
        let s = Array(line.unicodeScalars)
        var i = 0
        if i < s.count, Digits.asciiValue(s[i]) != nil {
            while i < s.count, Digits.asciiValue(s[i]) != nil || s[i] == "." || s[i] == "．" { i += 1 }
            let number = String(scalars: s[0..<i])
            // "1." or "3.2" — but not a bare figure like "2023".
            guard number.contains(".") || number.contains("．") || (i < s.count && s[i] == "、") else { return nil }
            if i < s.count, s[i] == "、" { i += 1 }
            return (number, String(scalars: s[i...]).trimmingSpaces)
        }
        let cn = "一二三四五六七八九十".unicodeScalars
        if i < s.count, cn.contains(s[i]) {
            while i < s.count, cn.contains(s[i]) { i += 1 }
            guard i < s.count, s[i] == "、" else { return nil }
            return (String(scalars: s[0..<i]), String(scalars: s[(i + 1)...]).trimmingSpaces)
        }
        if i < s.count, s[i] == "（" {
            var j = 1
            while j < s.count, cn.contains(s[j]) { j += 1 }
            guard j > 1, j < s.count, s[j] == "）" else { return nil }
            return (String(scalars: s[0...j]), String(scalars: s[(j + 1)...]).trimmingSpaces)
        }
        return nil
    }

    /// Pairs headings of two reports by theme (shared characters of their titles); each row
    /// has the heading of A, of B, or both. Rows follow B's order; A's unpaired headings
    /// stand after the B heading they follow.
    public static func align(_ a: [Heading], _ b: [Heading]) -> [(Heading?, Heading?)] {
        var pairs: [(Int, Int, Double)] = []
        for (i, x) in a.enumerated() {
            for (j, y) in b.enumerated() {
                let s = HonourComparison.similarity(HonourComparison.normalised(x.title), HonourComparison.normalised(y.title))
                if s >= 0.34 { pairs.append((i, j, s)) }
            }
        }
        pairs.sort { $0.2 > $1.2 || ($0.2 == $1.2 && ($0.0, $0.1) < ($1.0, $1.1)) }
        var aFor: [Int: Int] = [:], used = Set<Int>()
        for (i, j, _) in pairs where aFor[j] == nil && !used.contains(i) { aFor[j] = i; used.insert(i) }
        var rows: [(Heading?, Heading?)] = []
        var nextA = 0
        for (j, y) in b.enumerated() {
            if let i = aFor[j] {
                // A's unpaired headings before this one keep their place.
                while nextA < i { if !used.contains(nextA) { rows.append((a[nextA], nil)) }; nextA += 1 }
                rows.append((a[i], y))
                nextA = max(nextA, i + 1)
            } else {
                rows.append((nil, y))
            }
        }
        while nextA < a.count { if !used.contains(nextA) { rows.append((a[nextA], nil)) }; nextA += 1 }
        return rows
    }
}

/// Terms a later report uses that an earlier one does not: quoted names (“数字化转型”)
/// and 《titles》, most frequent first.
public enum NewTerms {
    public static func terms(in b: String, notIn a: String, limit: Int = 20) -> [String] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for term in quoted(b) where !a.contains(term) {
            if counts[term] == nil { order.append(term) }
            counts[term, default: 0] += 1
        }
        return order.sorted { (counts[$0] ?? 0, order.firstIndex(of: $1) ?? 0) > (counts[$1] ?? 0, order.firstIndex(of: $0) ?? 0) }
            .prefix(limit).map { $0 }
    }

    static func quoted(_ text: String) -> [String] {
        var result: [String] = []
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            let open = s[i]
            let close: Unicode.Scalar? = open == "“" ? "”" : open == "《" ? "》" : nil
            guard let close else { i += 1; continue }
            var j = i + 1
            while j < s.count, s[j] != close, s[j] != "\n", j - i <= 16 { j += 1 }
            if j < s.count, s[j] == close, j - i - 1 >= 2 {
                let term = String(scalars: s[(i + 1)..<j]).trimmingSpaces
                if term.unicodeScalars.contains(where: { $0.value >= 0x4E00 }) { result.append(term) }
            }
            i = j + 1
        }
        return result
    }
}
