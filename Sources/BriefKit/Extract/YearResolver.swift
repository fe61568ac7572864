/// The year a figure refers to: the report's year, unless the sentence ties it to another
/// (较之 2021 年的 96.8% → 2021; 上年度 … 3.07% → the year before). A year written after
/// 比/较 with a change verb between it and the number is the baseline of a comparison, so
/// the change belongs to the report's year (比2023年预算增加70,526万元 → 2024).
enum YearResolver {
    /// 。！？!?: a switch, not a static set, since it is asked for nearly every scalar read
    /// and a global costs a swift_once check per access.
    @inline(__always)
    static func endsSentence(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "！", "？", "!", "?": return true
        default: return false
        }
    }
    static let changeWords = ["增加", "减少", "增长", "下降", "提高", "降低", "提升", "持平", "增幅", "回落", "上升", "净增", "新增",
                              "多出", "高出", "超出", "扩大", "缩小", "加快", "放缓", "回升", "增速", "降幅", "涨幅", "减", "缩短", "压缩", "节约", "节省"]
    static let comparisonMarks = ["比", "较", "较之", "同比", "相比", "与"]

    /// ，,；; (a switch for the same reason).
    @inline(__always)
    static func endsClause(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "，", ",", "；", ";": return true
        default: return false
        }
    }
    /// How far back (in characters) a year can date a figure.
    static let lookBack = 300

    /// The year the text ties a figure to, or nil when it ties none (the caller then takes
    /// the table column's, the section's or the report's year).
    ///
    /// Looks back through the sentence: a year in the figure's own clause, a year that opens
    /// the sentence (`2024年，…`) or dates the clauses after it (`截至2023年8月31日，…`);
    /// `上年`/`去年` for the year before the report. A year that names a comparison's
    /// baseline (`比2023年预算增加`, `较上年同期提高`) is passed over: the change belongs to
    /// the year it is measured in. A `；` closes the clauses a year dates.
    /// `relativeTo` is the year 今年 means and 去年/上年 count back from: the report's year,
    /// or for news and articles the year they were published.
    /// Whether the clause of a year ends in a colon before `end` (`总结了2024年工作：`).
    static func leadsList(_ s: [Unicode.Scalar], after from: Int, before end: Int) -> Bool {
        var k = from
        while k < end, k - from < 16 {
            switch s[k] {
            case "：", ":": return true
            case "，", ",", "；", ";", "。": return false
            default: k += 1
            }
        }
        return false
    }

    static func writtenYear(in line: ScalarLine, before start: Int, reportYear: Int?, relativeTo: Int? = nil) -> Int? {
        let s = line.scalars
        let now = relativeTo ?? reportYear
        var i = start - 1
        var crossedClause = false
        var crossedSemicolon = false
        // Sentences are short; a bounded look-back keeps a huge unbroken line linear.
        let floor = max(0, start - lookBack)
        while i >= floor, !endsSentence(s[i]) {
            // "（去年同期为298.3亿元），增速比一季度提高…": a bracket with a figure of its own
            // dates that figure only; the year in it is not the later figures'.
            if s[i] == "）" || s[i] == ")", let open = bracketWithFigure(s, closing: i, floor: floor) {
                i = open - 1
                crossedClause = true
                continue
            }
            if endsClause(s[i]) {
                crossedClause = true
                if s[i] == "；" || s[i] == ";" { crossedSemicolon = true }
            }
            if s[i] == "年", i >= 1 {
                // 今年 / 本年 (not 本年度预算 in a budget's own name? still the year written in).
                // 明年: the year after the one written in.
                // 新的一年 / 新一年: the year after the one reviewed.
                let newYear = s[i - 1] == "一" && i >= 2 && (s[i - 2] == "新" || (i >= 3 && s[i - 2] == "的" && s[i - 3] == "新"))
                let thisYear = (s[i - 1] == "今" || s[i - 1] == "本") && !(i + 1 < s.count && s[i + 1] == "来") ? now
                    : s[i - 1] == "明" ? now.map { $0 + 1 } : newYear ? reportYear.map { $0 + 1 } : nil
                if let y = fourDigitYear(s, endingBefore: i) ?? fourDigitYear(s, endingBefore: skipSpacesBack(s, i)) ?? thisYear {
                    let yearStart = thisYear != nil && fourDigitYear(s, endingBefore: skipSpacesBack(s, i)) == nil
                        ? (newYear ? (s[i - 2] == "的" ? i - 3 : i - 2) : i - 1) : i - 4 - (i - skipSpacesBack(s, i))
                    if clauseMentions(s, from: i + 1, to: start, ["以来", "至今", "开始", "起步"]) || follows(s, i + 1, ["起"]) { return nil }
                    if excludes(s, before: yearStart, number: start) { i = yearStart - 1; continue }
                    // "共受理2026年度闵行区科技计划项目申报684项" in December 2025: the year names the
                    // programme applied to; the applications are counted as they come in.
                    if let r = reportYear, y == r + 1, i + 1 < s.count, s[i + 1] == "度",
                       clauseMentions(s, from: i + 1, to: start, ["申报", "受理", "征集", "报名", "申请"]) { i = yearStart - 1; continue }
                    if isComparisonBaseline(s, yearStart: yearStart, yearEnd: i + 1, number: start) { i = yearStart - 1; continue }
                    // "较“十三五”末（2020年）提高0.69个百分点": the bracket dates the base compared with.
                    if yearStart > 0, s[yearStart - 1] == "（" || s[yearStart - 1] == "(", i + 1 < s.count, s[i + 1] == "）" || s[i + 1] == ")",
                       (max(0, yearStart - 12)..<(yearStart - 1)).contains(where: { s[$0] == "较" || s[$0] == "比" }) { i = yearStart - 1; continue }
                    if isShareBase(s, yearStart: yearStart) { i = yearStart - 1; continue }
                    // A historical date a clause away (于 1984 年…成立，…) does not date later figures.
                    // ("到2030年，…" aims the clauses after it at 2030, however far off.)
                    if crossedClause, let r = reportYear, abs(y - r) > 2,
                       !(y > r && isTopicClause(s, yearStart: yearStart, after: i + 1)) { return nil }
                    // "2022 年 97.3%" dates only its own figure; a later clause looks further back.
                    if crossedClause, isBoundToFigure(s, after: i + 1) { i = yearStart - 1; continue }
                    // "从2020年的4.1%提高到6.3%": the year is the earlier level's, not the new one's.
                    if isBoundToFigure(s, after: i + 1), RoleReader.isNewLevel(RoleReader.clause(s, before: start)) { i = yearStart - 1; continue }
                    let opensSentence = isTopicClause(s, yearStart: yearStart, after: i + 1) || isAsOf(s, yearStart)
                    // A year dates later clauses when its own clause states a figure, or when it
                    // is an as-of date (截至2023年8月31日，…); "2021 年荣获…奖，" dates only its clause.
                    // ("2021年成功举办第十届花博会，花博会期间累计接待游客212.8万人次": a year that
                    // opens its sentence dates the sentence.)
                    let atSentenceStart = { () -> Bool in
                        var k = yearStart
                        while k > floor, s[k - 1] == " " || s[k - 1] == "\u{3000}" { k -= 1 }
                        return k == 0 || endsSentence(s[k - 1])
                    }
                    // "预计2026年下半年开放，届时展陈面积将…": 届时 points back at the year named.
                    // ("于2025年9月开展中期评估，实地走访企业46家": a past date with its month is when
                    // the clauses after it were done.)
                    if crossedClause, !clauseHasFigure(s, from: i + 1, before: start), !opensSentence, !atSentenceStart(),
                       !clauseOpens(s, before: start, with: thenWords), !(Self.monthFollows(s, i + 1) && reportYear.map { y <= $0 && y >= $0 - 1 } == true) { return nil }
                    // ("预计到2027年，…突破1.2万亿元…；…企业达到20家以上": a goal's year dates the
                    // rest of its sentence.)
                    // ("会议总结了2024年工作：…；工业投资同比增长12.6%；…": a year in a colon's lead
                    // dates the whole list after it.)
                    if crossedSemicolon, !opensSentence, !Self.isGoalYearLead(s, yearStart), !Self.leadsList(s, after: i + 1, before: start) { return nil }
                    // "2024-2026年": the report's year when the span covers it, else the span's end.
                    if let first = rangeStart(s, yearStart: yearStart), let r = reportYear, (first...y).contains(r) { return r }
                    return y
                }
                // "2026年作为开局之年，建议当年新增…": 当年 is the year the sentence named before it.
                if i >= 1, s[i - 1] == "当", !follows(s, i + 1, ["度", "以来"]),
                   let y = yearNamedEarlier(s, before: i - 1, floor: floor) {
                    return y
                }
                if i >= 1, s[i - 1] == "上" || s[i - 1] == "去" {
                    let markStart = i - 1
                    // 上年结转收入: this year's income carried over, not last year's figure.
                    if follows(s, i + 1, ["结转", "结余", "结存"]) { i = markStart - 1; continue }
                    // 扣除上年一次性留抵退税因素后可比增长5.1%: what is left out, not the figure's year.
                    if excludes(s, before: markStart, number: start) { i = markStart - 1; continue }
                    if crossedClause, isBoundToFigure(s, after: i + 1) { i = markStart - 1; continue }
                    // "由上年的4.6%下降到2.1%": 上年 is the earlier level's, not the new one's.
                    if isBoundToFigure(s, after: i + 1), RoleReader.isNewLevel(RoleReader.clause(s, before: start)) { i = markStart - 1; continue }
                    if isComparisonBaseline(s, yearStart: markStart, yearEnd: i + 1, number: start) { i = markStart - 1; continue }
                    // "相当于上年全年的25.8%": last year's total is what the share is of.
                    if isShareBase(s, yearStart: markStart) { i = markStart - 1; continue }
                    // "上年度审计工作报告反映的126个问题，已整改119个": last year's report names
                    // what is being followed up; the figures are the state now.
                    if namesDocument(s, after: i + 1, before: start) { i = markStart - 1; continue }
                    if crossedSemicolon { return nil }
                    // 上年 counts back from the year reported on (a review of 2025 published in
                    // 2026: 由上年的4.1小时 is 2024's), 去年 from the day it was written.
                    if s[markStart] == "上", let r = reportYear, let n = now, r < n { return r - 1 }
                    return now.map { $0 - 1 }
                }
            }
            i -= 1
        }
        return nil
    }

    /// Whether a year is what a comparison leaves out before the figure (`扣除2024年…后可比
    /// 增长5.1%`): not the figure's year. The amount left out (`扣除2024年…收入2.74亿元后`) keeps it.
    static func excludes(_ s: [Unicode.Scalar], before yearStart: Int, number: Int) -> Bool {
        var k = yearStart
        while k > 0, s[k - 1] == " " || s[k - 1] == "\u{3000}" { k -= 1 }
        guard k >= 2, number <= s.count else { return false }
        let a = s[k - 2], b = s[k - 1]
        guard (b == "除" && (a == "扣" || a == "剔" || a == "排")) || (a == "不" && b == "含") else { return false }
        return s[yearStart..<number].contains("后")
    }

    /// The last four-digit year written in the sentence before `end`.
    static func yearNamedEarlier(_ s: [Unicode.Scalar], before end: Int, floor: Int) -> Int? {
        var k = end - 1
        while k >= floor, !endsSentence(s[k]) {
            if s[k] == "年", let y = fourDigitYear(s, endingBefore: skipSpacesBack(s, k)) { return y }
            k -= 1
        }
        return nil
    }

    /// The opening bracket of the bracket closed at `closing`, when the bracket holds a figure
    /// (a number that is not a year).
    static func bracketWithFigure(_ s: [Unicode.Scalar], closing: Int, floor: Int) -> Int? {
        var k = closing - 1
        var figure = false
        while k >= floor, k > closing - 40 {
            let c = s[k]
            if c == "（" || c == "(" { return figure ? k : nil }
            if c == "）" || c == ")" || endsSentence(c) { return nil }
            // A digit run's last digit: a figure unless 年 follows it.
            if QuantityScanner.isDigit(c), k + 1 < closing, !QuantityScanner.isDigit(s[k + 1]), s[k + 1] != "年", s[k + 1] != "." { figure = true }
            k -= 1
        }
        return nil
    }

    /// The year of a figure: written, or the report's (kept for callers that have no section).
    static func year(in line: ScalarLine, before start: Int, reportYear: Int?) -> (year: Int?, explicit: Bool) {
        if let y = writtenYear(in: line, before: start, reportYear: reportYear) { return (y, true) }
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
        while end < to, !endsClause(s[end]) { end += 1 }
        let text = String(scalars: s[min(from, end)..<end])
        return words.contains { text.hasBytes($0) }
    }

    /// Whether a figure follows the year at once ("2022 年 97.3%", "2021 年的 96.8%"),
    /// not a date ("2023年8月31日").
    static func isBoundToFigure(_ s: [Unicode.Scalar], after i: Int) -> Bool {
        var j = i
        // (上年为94.7%: 为 binds it as well.)
        while j < s.count, s[j] == " " || s[j] == "度" || s[j] == "的" || s[j] == "为" { j += 1 }
        // 上年的千分之4.6, 2020年的百分之九十.
        if j + 3 < s.count, s[j] == "百" || s[j] == "千" || s[j] == "万", s[j + 1] == "分", s[j + 2] == "之" { return true }
        guard j < s.count, QuantityScanner.isDigit(s[j]) else { return false }
        return !isDatePart(s, j)
    }

    /// Digits at `j` followed by 月/日/号: part of a date.
    static func isDatePart(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
        var k = j
        while k < s.count, QuantityScanner.isDigit(s[k]) { k += 1 }
        // A month range: 1-9月, 1—10月.
        if k < s.count, QuantityScanner.isDash(s[k]), k + 1 < s.count, QuantityScanner.isDigit(s[k + 1]) {
            k += 1
            while k < s.count, QuantityScanner.isDigit(s[k]) { k += 1 }
        }
        while k < s.count, s[k] == " " { k += 1 }
        return k < s.count && (s[k] == "月" || s[k] == "日" || s[k] == "号")
    }

    /// Whether the clause from `from` states a figure (digits that are not a date) before `limit`.
    static func clauseHasFigure(_ s: [Unicode.Scalar], from: Int, before limit: Int) -> Bool {
        var j = from
        while j < limit, !endsClause(s[j]) {
            if QuantityScanner.isDigit(s[j]), j == 0 || !QuantityScanner.isDigit(s[j - 1]), !isDatePart(s, j) { return true }
            j += 1
        }
        return false
    }

    /// "2024年，…" opening a sentence: the year is the whole first clause, so it dates the sentence.
    static func isTopicClause(_ s: [Unicode.Scalar], yearStart: Int, after i: Int) -> Bool {
        var j = i
        while j < s.count, s[j] == " " || s[j] == "度" || s[j] == "底" || s[j] == "末" { j += 1 }
        // "2024年1-9月，", "2024年上半年，", "2024年前三季度，": a period of the year opens the sentence.
        j = skipPeriodOfYear(s, from: j)
        guard j < s.count, endsClause(s[j]) else { return false }
        var k = yearStart
        while k > 0, s[k - 1] == " " { k -= 1 }
        // "到2030年，", "力争到2030年，": the year a plan's clauses aim at.
        if k > 0, s[k - 1] == "到" || s[k - 1] == "至" {
            k -= 1
            if k >= 2, let w = targetLeads.first(where: { s[(k - 2)..<k].elementsEqual($0.unicodeScalars) }) { k -= w.scalarCount }
            // A page in ASCII punctuation: "提出, 到2027年, …".
            while k > 0, s[k - 1] == " " { k -= 1 }
        }
        // "王某某：2026年，我们将…": a speaker's colon opens what is said.
        // "【概况】 2024年，…": a yearbook entry's bracketed head opens its text.
        // "馆长表示，“2026年，我们将…": a quotation opens what is said, too.
        return k == 0 || endsSentence(s[k - 1]) || endsClause(s[k - 1]) || s[k - 1] == "：" || s[k - 1] == ":" || s[k - 1] == "】"
            || s[k - 1] == "“" || s[k - 1] == "「"
    }
    /// (建议到2025年，…: what a review proposes is a goal of that year too.)
    static let targetLeads = ["力争", "预计", "计划", "争取", "预期", "建议", "确保"]

    /// Words that refer a clause to the time the clause before it named.
    static let thenWords = WordList(["届时", "到那时", "到时"])

    /// Whether the clause holding `end` opens (after spaces) on one of `words`.
    static func clauseOpens(_ s: [Unicode.Scalar], before end: Int, with words: WordList) -> Bool {
        var a = end
        // (The comma of 3,200 ends no clause.)
        while a > 0, !endsSentence(s[a - 1]),
              !endsClause(s[a - 1]) || (s[a - 1] == "," && a >= 2 && QuantityScanner.isDigit(s[a - 2]) && QuantityScanner.isDigit(s[a])) { a -= 1 }
        while a < end, s[a] == " " { a += 1 }
        return words.match(in: s, at: a) != nil
    }

    /// Past a part of a year written after it: 1-9月, 上半年, 前三季度, 一季度, 全年.
    static func skipPeriodOfYear(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        for w in periodWords where j + w.count <= s.count && s[j..<(j + w.count)].elementsEqual(w) { return j + w.count }
        var k = j
        while k < s.count, QuantityScanner.isDigit(s[k]) || QuantityScanner.isDash(s[k]) || ChineseNumerals.digit(s[k]) != nil || s[k] == " " { k += 1 }
        if k > j, k < s.count, s[k] == "月" { j = k + 1 }
        return j
    }

    static let periodWords: [[Unicode.Scalar]] = ["上半年", "下半年", "前三季度", "一季度", "二季度", "三季度", "四季度", "第一季度", "全年", "年内", "年底", "年末"].map { Array($0.unicodeScalars) }

    /// `预计到2027年`, `力争到2030年`: a goal's year.
    static func isGoalYearLead(_ s: [Unicode.Scalar], _ yearStart: Int) -> Bool {
        guard yearStart >= 3, s[yearStart - 1] == "到" else { return false }
        let lead = String(scalars: s[(yearStart - 3)..<(yearStart - 1)])
        return targetLeads.contains(lead)
    }

    /// `9月`, `11 月`: a month right after a year's 年.
    static func monthFollows(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var k = i
        while k < s.count, s[k] == " " { k += 1 }
        let digits = k
        while k < s.count, k - digits < 2, QuantityScanner.isDigit(s[k]) { k += 1 }
        while k < s.count, s[k] == " " { k += 1 }
        return k > digits && k < s.count && s[k] == "月"
    }

    static func isAsOf(_ s: [Unicode.Scalar], _ yearStart: Int) -> Bool {
        let before = String(scalars: s[max(0, yearStart - 3)..<yearStart].filter { $0 != " " })
        return before.endsWithBytes("截至") || before.endsWithBytes("截止") || before.endsWithBytes("截止到") || before.endsWithBytes("截至到")
    }

    /// Whether the words from `start` to `end` hold an as-of date with a month
    /// (`截至2025年7月底`, `截止2025年6月30日`): a state reached by then, no goal.
    static func hasAsOfMonth(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        var i = max(0, start)
        let end = min(end, s.count)
        while i + 6 < end {
            if (s[i] == "截" && (s[i + 1] == "至" || s[i + 1] == "止")) {
                var k = i + 2
                if k < end, s[k] == "到" { k += 1 }
                while k < end, s[k] == " " { k += 1 }
                var digits = 0
                while k < end, QuantityScanner.isDigit(s[k]) { digits += 1; k += 1 }
                while k < end, s[k] == " " { k += 1 }
                if digits == 4, k < end, s[k] == "年" {
                    k += 1
                    while k < end, s[k] == " " { k += 1 }
                    var m = 0
                    while k < end, QuantityScanner.isDigit(s[k]) { m += 1; k += 1 }
                    while k < end, s[k] == " " { k += 1 }
                    if (1...2).contains(m), k < end, s[k] == "月" { return true }
                }
            }
            i += 1
        }
        return false
    }

    static func sentenceStart(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        let floor = max(0, i - lookBack)
        while j > floor, !endsSentence(s[j - 1]) { j -= 1 }
        return j
    }

    /// The first place at or after `i` that is no space.
    static func skipSpaces(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var k = i
        while k < s.count, s[k] == " " { k += 1 }
        return k
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

    /// Whether a relative year opens the name of a report whose findings are followed up
    /// (`上年度审计工作报告反映的`, `去年报告指出的`): within a short run of words, 报告 then
    /// 反映/指出/提出/查出/发现/所.
    static func namesDocument(_ s: [Unicode.Scalar], after i: Int, before end: Int) -> Bool {
        var j = i
        if j < end, s[j] == "度" { j += 1 }
        let limit = min(end, j + 14)
        while j + 1 < limit {
            let c = s[j]
            if endsClause(c) || endsSentence(c) || QuantityScanner.isDigit(c) { return false }
            if c == "报", s[j + 1] == "告" {
                let k = j + 2
                guard k + 1 < s.count else { return false }
                let next = String(scalars: s[k..<min(s.count, k + 2)])
                return ["反映", "指出", "提出", "查出", "发现"].contains(next) || s[k] == "所"
            }
            j += 1
        }
        return false
    }

    /// A year after 相当于/占 names the whole a share is of (相当于上年全年的25.8%, 占2024年的).
    static func isShareBase(_ s: [Unicode.Scalar], yearStart: Int) -> Bool {
        let before = String(scalars: s[max(0, yearStart - 3)..<max(0, yearStart)].filter { $0 != " " })
        return before.endsWithBytes("相当于") || before.endsWithBytes("占")
    }

    static func isComparisonBaseline(_ s: [Unicode.Scalar], yearStart: Int, yearEnd: Int, number: Int) -> Bool {
        let before = String(scalars: s[max(0, yearStart - 3)..<max(0, yearStart)].filter { $0 != " " })
        guard comparisonMarks.contains(where: { before.endsWithBytes($0) }) || comparesWithBaseYear(s, yearStart: yearStart) else { return false }
        let between = String(scalars: s[min(yearEnd, number)..<number])
        return changeWords.contains { between.hasBytes($0) }
    }

    /// `较行动计划基期2023年`, `比规划基年2020年`: a base year named as such after the comparison.
    static func comparesWithBaseYear(_ s: [Unicode.Scalar], yearStart: Int) -> Bool {
        var k = yearStart
        while k > 0, s[k - 1] == " " { k -= 1 }
        guard k >= 3, s[k - 2] == "基", s[k - 1] == "期" || s[k - 1] == "年" else { return false }
        k -= 2
        let floor = max(0, k - 12)
        while k > floor, !RoleReader.isClauseStop(s[k - 1]) {
            if s[k - 1] == "较" || s[k - 1] == "比" { return true }
            k -= 1
        }
        return false
    }
}
