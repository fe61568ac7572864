/// "2022年、2023年、2024年，营业收入分别为8.61亿元、9.17亿元和9.82亿元": a list of years and
/// a list of figures paired by 分别, each figure of its own year (8.61 亿元 is 2022's, not the
/// report's). `同期…分别为…` later in the paragraph, or in the next, pairs with the same years.
enum RespectiveYears {
    /// Figure index → year, for the figures of `found` that a 分别 pairs with a year list.
    /// `carried` is the last year list of the text before (for 同期).
    static func pairs(_ s: [Unicode.Scalar], found: [ScannedQuantity], carried: [Int]) -> (years: [Int: Int], last: [Int]) {
        var result: [Int: Int] = [:]
        var last = carried
        var sawList = false
        var i = 0
        while i + 1 < s.count {
            defer { i += 1 }
            // Straight to the next 分: most lines have none.
            guard let k = s.firstIndex(of: "分", from: i), k + 1 < s.count else { break }
            i = k
            guard s[i + 1] == "别" else { continue }
            let start = YearResolver.sentenceStart(s, i)
            // The figures after 分别: a run joined by 、 和 及 only, as many as the years.
            guard let first = found.firstIndex(where: { $0.span.lowerBound > i }) else { continue }
            var n = 1
            while first + n < found.count,
                  Reading.onlyListSeparators(s, from: found[first + n - 1].span.upperBound, to: found[first + n].span.lowerBound) { n += 1 }
            var years = yearList(s, from: start, to: i)
            // "2022—2024年，…分别为A、B和C": a range of as many years as figures lists them.
            if years.count < 2, let r = yearRange(s, from: start, to: i), r.count == n { years = Array(r) }
            if years.count < 2, sameTime.occurs(in: Array(s[start..<i])) { years = last }
            guard years.count >= 2 else { continue }
            last = years
            sawList = true
            guard n == years.count else { continue }
            for k in 0..<n { result[first + k] = years[k] }
        }
        // Only the paragraph right after a list carries it to a 同期.
        return (result, sawList ? last : [])
    }

    /// The last run of two or more years (2022年、2023年和2024年) between `a` and `b`.
    static func yearList(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> [Int] {
        var runs: [[Int]] = []
        var run: [Int] = []
        var lastEnd = -1
        var k = a
        while k + 5 <= min(b, s.count) {
            guard s[k + 4] == "年", k == 0 || !QuantityScanner.isDigit(s[k - 1]),
                  let y = YearResolver.fourDigitYear(s, endingBefore: k + 4) else { k += 1; continue }
            // Joined to the year before by 、 和 及 与 only; a range (2022—2024年) is no list.
            let joined = lastEnd >= 0 && s[lastEnd..<k].allSatisfy { "、和及与 ".unicodeScalars.contains($0) }
            if !joined {
                if run.count >= 2 { runs.append(run) }
                run = []
            }
            if k > 0, QuantityScanner.isDash(s[k - 1]) { run = [] } else { run.append(y) }
            lastEnd = k + 5
            k += 5
        }
        if run.count >= 2 { runs.append(run) }
        return runs.last ?? []
    }

    /// The last range of years (2022—2024年, 2022至2024年, 2022-2024 年) between `a` and `b`, of
    /// two to ten years.
    static func yearRange(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> ClosedRange<Int>? {
        var found: ClosedRange<Int>? = nil
        var k = a
        while k + 4 <= min(b, s.count) {
            guard k == 0 || !QuantityScanner.isDigit(s[k - 1]), (k..<k + 4).allSatisfy({ QuantityScanner.isDigit(s[$0]) }),
                  k + 4 == s.count || !QuantityScanner.isDigit(s[k + 4]) else { k += 1; continue }
            var j = k + 4
            if j < s.count, s[j] == "年" { j += 1 }
            while j < s.count, s[j] == " " { j += 1 }
            guard j < s.count, QuantityScanner.isDash(s[j]) else { k += 1; continue }
            while j < s.count, QuantityScanner.isDash(s[j]) { j += 1 }
            while j < s.count, s[j] == " " { j += 1 }
            guard j + 4 < s.count, j + 4 <= b, (j..<j + 4).allSatisfy({ QuantityScanner.isDigit(s[$0]) }),
                  let y1 = YearResolver.fourDigitYear(s, endingBefore: k + 4), let y2 = YearResolver.fourDigitYear(s, endingBefore: j + 4) else { k += 1; continue }
            var e = j + 4
            while e < s.count, s[e] == " " { e += 1 }
            if e < s.count, s[e] == "年", y1 < y2, y2 - y1 <= 9 { found = y1...y2 }
            k = j + 4
        }
        return found
    }

    static let sameTime = WordList(["同期"])
}
