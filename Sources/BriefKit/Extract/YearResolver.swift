/// The year a figure refers to: the report's year, unless the sentence ties it to another
/// (较之 2021 年的 96.8% → 2021; 上年度 … 3.07% → the year before). A year written after
/// 比/较 with a change verb between it and the number is the baseline of a comparison, so
/// the change belongs to the report's year (比2023年预算增加70,526万元 → 2024).
enum YearResolver {
    static let sentenceEnds: ScalarSet = ["。", "！", "？", "!", "?"]
    static let changeWords = ["增加", "减少", "增长", "下降", "提高", "降低", "提升", "持平", "增幅", "回落", "上升"]
    static let comparisonMarks = ["比", "较", "较之", "同比", "相比", "与"]

    static let clauseEnds: ScalarSet = ["，", ",", "；", ";"]
    /// How far back (in characters) a year can date a figure.
    static let lookBack = 300

    static func year(in line: ScalarLine, before start: Int, reportYear: Int?) -> (year: Int?, explicit: Bool) {
        let s = line.scalars
        var i = start - 1
        var crossedClause = false
        // Sentences are short; a bounded look-back keeps a huge unbroken line linear.
        let floor = max(0, start - lookBack)
        while i >= floor, !sentenceEnds.contains(s[i]) {
            if clauseEnds.contains(s[i]) { crossedClause = true }
            // "上年度", "上年", "去年"
            if s[i] == "年", i >= 1 {
                if let y = fourDigitYear(s, endingBefore: i) ?? fourDigitYear(s, endingBefore: skipSpacesBack(s, i)) {
                    let yearStart = i - 4 - (i - skipSpacesBack(s, i))
                    if clauseMentions(s, from: i + 1, to: start, ["以来", "至今", "开始", "起步"]) || follows(s, i + 1, ["起"]) { return (reportYear, false) }
                    if isComparisonBaseline(s, yearStart: yearStart, yearEnd: i + 1, number: start) { return (reportYear, false) }
                    // A historical date a clause away (于 1984 年…成立，…) does not date later figures.
                    if crossedClause, let r = reportYear, abs(y - r) > 2 { return (reportYear, false) }
                    // "2022 年 97.3%" dates only its own figure; a later clause looks further back.
                    if crossedClause, isBoundToFigure(s, after: i + 1) { i = yearStart - 1; continue }
                    // A year dates later clauses when its own clause states a figure, or when it
                    // is an as-of date (截至2023年8月31日，…); "2021 年荣获…奖，" dates only its clause.
                    if crossedClause, !clauseHasFigure(s, from: i + 1, before: start), !isAsOf(s, yearStart),
                       !isTopicClause(s, yearStart: yearStart, after: i + 1) {
                        return (reportYear, false)
                    }
                    // "2024-2026年": the report's year when the span covers it, else the span's end.
                    if let first = rangeStart(s, yearStart: yearStart), let r = reportYear, (first...y).contains(r) { return (r, false) }
                    return (y, true)
                }
                if i >= 1, s[i - 1] == "上" || s[i - 1] == "去" {
                    let markStart = i - 1
                    if crossedClause, isBoundToFigure(s, after: i + 1) { i = markStart - 1; continue }
                    if isComparisonBaseline(s, yearStart: markStart, yearEnd: i + 1, number: start) { return (reportYear, false) }
                    return (reportYear.map { $0 - 1 }, true)
                }
            }
            i -= 1
        }
        return (reportYear, false)
    }

    /// The first year of a span written "2021-2023年", if the year ending at yearStart+4 has one.
    static func rangeStart(_ s: [Unicode.Scalar], yearStart: Int) -> Int? {
        guard yearStart >= 5, let dash = Optional(s[yearStart - 1]), QuantityScanner.isDash(dash) else { return nil }
        return fourDigitYear(s, endingBefore: yearStart - 1)
    }

    /// Whether the clause after a year (up to the number) mentions one of `words`.
    static func clauseMentions(_ s: [Unicode.Scalar], from: Int, to: Int, _ words: [String]) -> Bool {
        var end = from
        while end < to, !clauseEnds.contains(s[end]) { end += 1 }
        let text = String(scalars: s[min(from, end)..<end])
        return words.contains { text.hasBytes($0) }
    }

    /// Whether a figure follows the year at once ("2022 年 97.3%", "2021 年的 96.8%"),
    /// not a date ("2023年8月31日").
    static func isBoundToFigure(_ s: [Unicode.Scalar], after i: Int) -> Bool {
        var j = i
        while j < s.count, s[j] == " " || s[j] == "度" || s[j] == "的" { j += 1 }
        guard j < s.count, QuantityScanner.isDigit(s[j]) else { return false }
        return !isDatePart(s, j)
    }

    /// Digits at `j` followed by 月/日/号: part of a date.
    static func isDatePart(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
        var k = j
        while k < s.count, QuantityScanner.isDigit(s[k]) { k += 1 }
        while k < s.count, s[k] == " " { k += 1 }
        return k < s.count && (s[k] == "月" || s[k] == "日" || s[k] == "号")
    }

    /// Whether the clause from `from` states a figure (digits that are not a date) before `limit`.
    static func clauseHasFigure(_ s: [Unicode.Scalar], from: Int, before limit: Int) -> Bool {
        var j = from
        while j < limit, !clauseEnds.contains(s[j]) {
            if QuantityScanner.isDigit(s[j]), j == 0 || !QuantityScanner.isDigit(s[j - 1]), !isDatePart(s, j) { return true }
            j += 1
        }
        return false
    }

    /// "2024年，…" opening a sentence: the year is the whole first clause, so it dates the sentence.
    static func isTopicClause(_ s: [Unicode.Scalar], yearStart: Int, after i: Int) -> Bool {
        var j = i
        while j < s.count, s[j] == " " || s[j] == "度" || s[j] == "底" || s[j] == "末" { j += 1 }
        guard j < s.count, clauseEnds.contains(s[j]) else { return false }
        var k = yearStart
        while k > 0, s[k - 1] == " " { k -= 1 }
        return k == 0 || sentenceEnds.contains(s[k - 1]) || clauseEnds.contains(s[k - 1])
    }

    static func isAsOf(_ s: [Unicode.Scalar], _ yearStart: Int) -> Bool {
        let before = String(scalars: s[max(0, yearStart - 3)..<yearStart].filter { $0 != " " })
        return before.endsWithBytes("截至") || before.endsWithBytes("截止") || before.endsWithBytes("截止到") || before.endsWithBytes("截至到")
    }

    static func sentenceStart(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        let floor = max(0, i - lookBack)
        while j > floor, !sentenceEnds.contains(s[j - 1]) { j -= 1 }
        return j
    }

    static func skipSpacesBack(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j > 0, s[j - 1] == " " { j -= 1 }
        return j
    }

    static func fourDigitYear(_ s: [Unicode.Scalar], endingBefore end: Int) -> Int? {
        guard end >= 4 else { return nil }
        var v = 0
        for k in (end - 4)..<end {
            guard QuantityScanner.isDigit(s[k]) else { return nil }
            v = v * 10 + Int(s[k].value - 0x30)
        }
        if end - 5 >= 0, QuantityScanner.isDigit(s[end - 5]) { return nil }
        return (1900...2099).contains(v) ? v : nil
    }

    static func follows(_ s: [Unicode.Scalar], _ i: Int, _ words: [String]) -> Bool {
        var j = i
        if j < s.count, s[j] == "度" { j += 1 }
        let rest = String(scalars: s[j..<min(s.count, j + 3)])
        return words.contains { rest.startsWithBytes($0) }
    }

    static func isComparisonBaseline(_ s: [Unicode.Scalar], yearStart: Int, yearEnd: Int, number: Int) -> Bool {
        let before = String(scalars: s[max(0, yearStart - 3)..<max(0, yearStart)].filter { $0 != " " })
        guard comparisonMarks.contains(where: { before.endsWithBytes($0) }) else { return false }
        let between = String(scalars: s[min(yearEnd, number)..<number])
        return changeWords.contains { between.hasBytes($0) }
    }
}
