/// The year an article's or news page's paragraph speaks of when it writes none: last year's
/// paragraph going on, a year before the page's publication.
extension Reading {
    /// A paragraph that goes on about the year of the one before: it opens with 全年 or 年内.
    /// (Not 同时, 此外 or 其中, which as often bring in this year's quarter; nor 全区.)
    static func goesOn(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "\u{3000}" { i += 1 }
        guard i + 2 <= s.count else { return false }
        let a = s[i], b = s[i + 1]
        return (a == "全" && b == "年") || (a == "年" && b == "内")
    }

    /// A year before a news page's or article's publication: what it states for that year is
    /// done, even on a page about a plan (a 行动方案's 解读 quoting 2024's result).
    func isPastOfPage(_ year: Int) -> Bool {
        (context.kind == .other || context.kind == .articleFeed) && context.relativeYear.map { year < $0 } == true
    }

    /// A part of the year after the report's, named before the figure, that was already past
    /// when it was written: `2023年上半年，…` in a review of 2022, `截至2025年7月底，已整改…`
    /// in an audit of 2024.
    static func partOfNextYearPassed(_ s: [Unicode.Scalar], before end: Int) -> Bool {
        let start = YearResolver.sentenceStart(s, end)
        return PartOfYear.named(in: s, from: start, to: end) != nil || YearResolver.hasAsOfMonth(s, from: start, to: end)
    }

    /// "规模以上工业总产值突破4,000亿元，达到4,026.8亿元": the round figure passed, before the
    /// figure reached in the same measure, is a level, not a second value.
    static func passedThenReached(_ s: [Unicode.Scalar], _ q: ScannedQuantity, next: ScannedQuantity?) -> Bool {
        // In one measure once scale words are folded (突破1.3万家，达到13,268家).
        guard let next, q.number.lowerBound >= 2, case let a = q.quantity.folded, case let b = next.quantity.folded,
              a.measure == b.measure, b.value > a.value else { return false }
        let before = String(scalars: s[max(0, q.number.lowerBound - 2)..<q.number.lowerBound])
        guard before.hasSameBytes(as: "突破") || before.hasSameBytes(as: "超过") || before.hasSameBytes(as: "迈上") else { return false }
        let gap = String(scalars: s[min(q.span.upperBound, next.number.lowerBound)..<next.number.lowerBound]).filter { $0 != " " }
        return ["，达到", "，达", "，为", ",达到", "、达到", "达到", "，实现"].contains { gap.hasSameBytes(as: $0) }
    }

    /// The head of a run-in entry (`【科学普及】　2024年，…`): a 【】 of 2–12 scalars opening a
    /// line that goes on after it.
    static func runInHead(_ s: [Unicode.Scalar]) -> String? {
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "\u{3000}" { i += 1 }
        guard i < s.count, s[i] == "【", let close = s[i...].prefix(14).firstIndex(of: "】"), close - i >= 3, close + 1 < s.count else { return nil }
        return String(scalars: s[(i + 1)..<close])
    }

    /// `2024年，…`: a paragraph that opens with a year as its topic.
    static func opensWithTopicYear(_ s: [Unicode.Scalar]) -> Int? {
        guard let y = opensWithYear(s) else { return nil }
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "\u{3000}" { i += 1 }
        return i + 5 < s.count && (s[i + 5] == "，" || s[i + 5] == ",") ? y : nil
    }
}
