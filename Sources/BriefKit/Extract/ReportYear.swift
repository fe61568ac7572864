/// The year an article or a page reports on, when no report title says it.
enum ReportYear {
    /// An article of early 2025 titled `2024年浦东…`, or opening `2024年，…`, reports on 2024;
    /// otherwise an article reports on the year it was published.
    static func ofArticle(title: String, content: String, publishedYear: Int?, publishedMonth: Int? = nil) -> Int? {
        guard let p = publishedYear else { return nil }
        // "喜报｜浦东12个项目获2024年度上海市科学技术奖": the year names the award, given this year.
        if let y = MetadataDetector.firstYear(in: title), y == p - 1, !namesAward(title, year: y) { return y }
        // A plan published late in the year before it (`2026年…工作要点发布`, 2025-12-31).
        if let y = MetadataDetector.firstYear(in: title), y == p + 1, SectionContext.isPlanTitle(title) { return y }
        // A title names the year without 年 (`数说2024｜…年度成绩单`, `回眸2024`).
        if bareYears(in: title).contains(p - 1), !namesAward(title, year: p - 1) { return p - 1 }
        // A title naming a part of the year that has ended by the article's date (我区一季度…综述
        // of 10 April) reports on the year it is published in, whatever its first sentence looks
        // back on. (前三季度 in January is last year's.)
        let t = title.scalarArray
        if let m = publishedMonth, let period = PartOfYear.named(in: t, from: 0, to: t.count), let end = Self.endMonth(of: period), m > end { return p }
        // The first sentence of the body opening with last year.
        // A plain loop: `Array(unicodeScalars.prefix(200))` copies through a generic sequence.
        var head: [Unicode.Scalar] = []
        head.reserveCapacity(200)
        for u in content.unicodeScalars {
            if head.count == 200 { break }
            head.append(u)
        }
        let years = ParagraphYears(head, relativeYear: p)
        if let y = years.year(before: head.count), y == p - 1, firstSentenceOpens(head, withYear: y) { return y }
        return p
    }

    /// Whether `year` stands in a title as an award's (获2024年度…奖, 荣获2024年度…称号).
    static func namesAward(_ title: String, year: Int) -> Bool {
        let t = title.scalarArray.filter { $0 != " " }
        let digits = Array(String(year).unicodeScalars)
        guard let at = (0..<max(0, t.count - 5)).first(where: { t[$0..<($0 + 4)].elementsEqual(digits) }),
              at >= 1, t[at + 4] == "年", at + 5 < t.count, t[at + 5] == "度" else { return false }
        let lead = t[max(0, at - 2)..<at]
        guard lead.contains("获") || lead.contains("评") else { return false }
        let rest = String(scalars: t[(at + 6)...])
        return rest.hasBytes("奖") || rest.hasBytes("称号") || rest.hasBytes("先进")
    }

    /// The month a part of the year ends in: 一季度 3, 上半年 6, 前三季度 9, 1—10月 10.
    static func endMonth(of period: String) -> Int? {
        let s = period.scalarArray
        if s.last == "月", let dash = s.lastIndex(where: { !QuantityScanner.isDigit($0) && $0 != "月" }),
           let m = Int(String(scalars: s[(dash + 1)..<(s.count - 1)])) { return m }
        if period.hasBytes("一季度") { return 3 }
        if period.hasBytes("上半年") || period.hasBytes("二季度") { return 6 }
        if period.hasBytes("三季度") { return 9 }
        return nil
    }

    /// Whether the first sentence with a year opens with it (after a 来源/dateline prefix).
    static func firstSentenceOpens(_ s: [Unicode.Scalar], withYear y: Int) -> Bool {
        guard let first = (0..<max(0, s.count - 4)).first(where: { YearResolver.fourDigitYear(s, endingBefore: $0 + 4) != nil }) else { return false }
        return YearResolver.fourDigitYear(s, endingBefore: first + 4) == y
    }

    /// Four-digit years (1900–2099) standing alone in a text, with or without 年.
    static func bareYears(in text: String) -> [Int] {
        let s = Array(text.unicodeScalars)
        return s.indices.compactMap { MetadataDetector.fourDigitYear(s, at: $0) }
    }

    /// Whether a title names the report of a year (`…2025年政府信息公开工作年度报告`,
    /// `2024年统计公报`): its 本年/今年 is that year, though it is published the next.
    static func titleReports(year: Int?, title: String?) -> Bool {
        guard let year, let title, MetadataDetector.firstYear(in: title) == year else { return false }
        return annualReportWords.contains { title.hasBytes($0) }
    }

    static let annualReportWords = ["年度报告", "年报", "工作报告", "工作总结", "统计公报", "年度总结"]
}
