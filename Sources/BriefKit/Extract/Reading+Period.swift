/// The year and role of a figure in running text, and the words of a sentence or title they
/// are read from (目前, 截至9月底, 2022年为, a review's or a part-year's title).
extension Reading {
    /// The year and role of a figure in running text: its own words first (a year written
    /// for it, 较之/比/同比, 力争, 占), then its paragraph's opening year, the section it
    /// stands in, then the report.
    func period(of q: ScannedQuantity, in line: ScalarLine, paragraphYear paragraph: () -> Int?) -> (year: Int?, role: FactRole, baseYear: Int?, guessed: Bool) {
        let reportYear = context.reportYear
        let reading = RoleReader.read(line.scalars, start: q.span.lowerBound, quantity: q.quantity, isMoneyDocument: isBudgetPlan)
        // Under a section of the year after the report (`2026年是…开局之年`, `2026年工作安排`),
        // 今年 is that year: a report delivered in January speaks of the new year so.
        // (Only the year right after: 二、锚定2035年远景目标 does not make 今年 2035.)
        let sectionAhead = sections.year.flatMap { y in reportYear.map { y == $0 + 1 } == true ? y : nil }
        var written = YearResolver.writtenYear(in: line, before: q.span.lowerBound, reportYear: reportYear, relativeTo: sectionAhead ?? context.relativeYear)
        // "完成2026年目标（600亿元）的81.2%": the share met is of the year reported on, not of
        // the goal's year.
        if reading.role == .share, written != nil, case let clause = RoleReader.clause(line.scalars, before: q.span.lowerBound),
           let met = RoleReader.planMet(clause), clause[met...].contains(where: QuantityScanner.isDigit) {
            written = YearResolver.writtenYear(in: line, before: q.span.lowerBound - (clause.count - met), reportYear: reportYear,
                                               relativeTo: sectionAhead ?? context.relativeYear)
        }
        // "…，比" / "2024年增加17家": the year the wrapped comparison names is its base.
        var wrappedBase: Int? = nil
        if endsInComparison, let y = written, Self.opensWithYear(line.scalars) == y, reading.role == .change || reading.role == .actual {
            wrappedBase = y
            written = nil
        }
        // A goal in brackets without its year (完成目标（400家）) is of the goal named before it.
        if written == nil, reading.role == .target, RoleReader.isBracketedGoal(RoleReader.clause(line.scalars, before: q.span.lowerBound)) {
            written = RoleReader.lastGoalYear(line.scalars, before: q.span.lowerBound)
        }
        // A goal takes no year from a paragraph before (下一步…力争 is the coming year's).
        let paragraphYear = written == nil ? paragraph() ?? (reading.role == .target ? nil : carriedYear) : nil
        let governing = written ?? paragraphYear ?? sections.year ?? reportYear
        var role = reading.role
        var year = governing
        // A section dated after the text was written (七、2026年度区科技计划项目申报受理完成 in a
        // bulletin of 30 December 2025) names a programme's year: what was done under it is
        // of the report's year.
        if written == nil, paragraphYear == nil, let sy = sections.year, sy == governing, sections.role == nil,
           let writtenIn = context.relativeYear, sy > writtenIn, let r = reportYear, role == .actual { year = r }
        // 预计 in a review of the year it dates (研发投入强度预计达到3.1% in the 2025 summary):
        // the year's estimated result, written before its books close. In a plan, a budget, a
        // part-year report (预计全年… in 上半年工作总结) or for a later year it stays a forecast.
        // (A news page's 预计 is the whole year's only when it says so: 全年…预计达到4.8%.)
        if role == .target, let estimated = reading.estimated, let r = reportYear, governing == r,
           sections.role != .target, !isBudgetPlan, !Self.isPartYearTitle(context.title),
           context.kind == .workSummary || context.kind == .csrReport || reading.estimateOfYear || Self.isReviewTitle(context.title) {
            role = estimated
        }
        switch role {
        case .baseline:
            if let b = reading.boundYear {
                // A review of 2025 published in 2026: 由上年的4.1小时 is 2024's, 去年 2025.
                let reported = b == -1 ? [reportYear, context.relativeYear].compactMap { $0 }.min() : context.relativeYear
                year = b < 0 ? (paragraphYear ?? sections.year ?? reported).map { $0 - 1 } : b
            } else if let r = reportYear, let g = governing, g > r {
                // "届时展陈面积将由3,200平方米扩大到5,000平方米" of a coming year: what is there now.
                year = r
            }
        case .actual:
            // Under a plan heading, an unqualified figure is a goal; under a budget draft, money is planned.
            // ("2025年，全区新认定…142家" in a plan for 2026 is last year's result, not a goal.)
            if sections.role == .target, !(written.map { w in w < (sections.year ?? reportYear ?? w) || isPastOfPage(w) } ?? false) { role = .target }
            else if sections.role == .budget, q.quantity.isMoney { role = .budget }
            else if isBudgetPlan, q.quantity.isMoney, sections.role != .actual, let r = reportYear, (year ?? r) >= r { role = .budget }
            // A figure for a year still to come is a goal or forecast.
            // ("2023年上半年，全区接待游客512.3万人次" in a review of 2022 written after it: a
            // part of the next year already past is achieved.)
            else if let y = written, let r = reportYear, y > r, context.kind != .budget,
                    !(y == r + 1 && Self.partOfNextYearPassed(line.scalars, before: q.span.lowerBound)) { role = .target }
            // "2022 年 97.3%", "（2022年为97.9%）": an earlier year's value bound to the figure.
            else if let y = written, let r = reportYear, y < r, Self.yearBound(line.scalars, before: q.span.lowerBound) { role = .baseline }
        case .change, .target, .budget, .share:
            // "比上年提高0.21个百分点（2017年为7.91%）": the bracket's rate is the earlier value, not
            // the change its clause began with.
            if role == .change, let y = written, let r = reportYear, y < r, !q.quantity.measure.hasSameBytes(as: "个百分点"),
               Self.yearBound(line.scalars, before: q.span.lowerBound), Self.inBracket(line.scalars, before: q.span.lowerBound) {
                role = .baseline
                year = y
                break
            }
            if role == .change, sections.role == .target, !(written.map(isPastOfPage) ?? false) { role = .target }
            // A share planned (科学素质比例达到30% under 2026年工作安排) or for a year to come is a goal.
            if role == .share, sections.role == .target, !(written.map { w in w < (sections.year ?? reportYear ?? w) } ?? false) { role = .target }
            else if role == .share, let y = written, let r = reportYear, y > r, context.kind != .budget { role = .target }
        }
        // "兑付金额2,342.8万元，完成年度兑付计划3,000万元的78.1%": the plan met, not a result.
        if role == .actual, SubjectChain.isGoalMet(line.scalars, span: q.span) { role = .target }
        // "在2025年促成技术合同成交额46.8亿元的基础上实现稳步增长": the earlier year's level a
        // goal builds on.
        if role == .target || role == .actual, let y = written, let r = reportYear, y < r, Self.isGroundOfGoal(line.scalars, after: q.span.upperBound) {
            role = .baseline
            year = y
        }
        var base: Int? = nil
        switch reading.baseYear {
        case .year(let y)?: base = y
        case .previous?: base = year.map { $0 - 1 }
        case nil: break
        }
        // "目前，全区共有…孵化器28家" in a letter of June 2025 on 2024's results: the state on
        // the day it was written.
        if written == nil, paragraphYear == nil, sections.year == nil, let now = context.relativeYear, let r = reportYear, now > r,
           role == .actual, Self.saysNow(line.scalars, before: q.span.lowerBound) { year = now }
        // "截至9月底，全市累计…4.8万家" in a reply of 30 October 2025: a month's end without its
        // year is of the year written in, once that month has passed (in January, 截至12月底 is
        // of the year before), whatever year the paragraph opened with.
        if written == nil, role == .actual, let now = context.relativeYear, let month = context.publishedMonth,
           let asOf = Self.asOfMonth(line.scalars, before: q.span.lowerBound) {
            year = asOf <= month ? now : now - 1
        }
        // "是2020年的2.1倍", "为2024年全年总量的3.5倍": a multiple of an earlier year's value is
        // a change on that year, not a figure of it.
        if q.quantity.measure.hasSameBytes(as: "倍"), let w = written, let r = reportYear, w < r,
           Self.yearBound(line.scalars, before: q.span.lowerBound)
            // (Only a year of the 的 phrase itself: in "2024年，…18.6亿元，是财政资助金额的8.1倍"
            // the multiple is of another figure of 2024.)
            || (Self.followsOf(line.scalars, before: q.span.lowerBound) && Self.clauseNamesYear(line.scalars, before: q.span.lowerBound)) {
            role = .change
            base = w
            year = paragraphYear ?? sections.year ?? r
        }
        if let b = wrappedBase {
            // 比 / 2024年增加17家 is a change on 2024; 比 / 2024年的119家 is 2024's value.
            if role == .change { base = b } else if role == .actual { role = .baseline; year = b }
        }
        // Only the report's guessed year dates it.
        let guessed = context.reportYearIsGuess && written == nil && paragraphYear == nil && sections.year == nil && reading.boundYear == nil
        return (year, role, base, guessed)
    }

    /// Whether 的基础上 / 基础上 follows the figure (spaces skipped).
    static func isGroundOfGoal(_ s: [Unicode.Scalar], after end: Int) -> Bool {
        var k = end
        while k < s.count, s[k] == " " { k += 1 }
        if k < s.count, s[k] == "的" { k += 1 }
        return k + 2 < s.count && s[k] == "基" && s[k + 1] == "础" && s[k + 2] == "上"
    }

    /// Whether a title names a review (中期评估报告, 自评报告, 工作回顾): its 预计 of the year is
    /// the year's estimated result.
    static func isReviewTitle(_ title: String?) -> Bool {
        guard let t = title else { return false }
        return reviewWords.occurs(in: t.scalarArray)
    }
    static let reviewWords = WordList(["评估", "总结", "回顾", "自评", "述职"])

    /// Whether a title names a part of a year (上半年工作总结, 一季度经济运行情况, 1—9月).
    static func isPartYearTitle(_ title: String?) -> Bool {
        guard let t = title else { return false }
        return partYearWords.occurs(in: t.scalarArray)
    }
    static let partYearWords = WordList(["上半年", "半年", "季度", "月份", "月度"])

    /// The year a line opens with (`2024年增加…`, spaces allowed before it).
    static func opensWithYear(_ s: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "\u{3000}" { i += 1 }
        guard i + 4 < s.count, s[i + 4] == "年" else { return nil }
        return YearResolver.fourDigitYear(s, endingBefore: i + 4)
    }

    /// Whether the sentence before `start` speaks of now (目前, 截至目前, 当前, 现有).
    static func saysNow(_ s: [Unicode.Scalar], before start: Int) -> Bool {
        var a = start
        while a > 0, !YearResolver.endsSentence(s[a - 1]) { a -= 1 }
        return nowWords.occurs(in: s, within: a..<start)
    }
    static let nowWords = WordList(["目前", "当前", "现有"])

    /// `截至9月底，`: the month of an as-of date written without its year, in the sentence
    /// before `start`; nil when there is none or it has a year (截至2025年9月底).
    static func asOfMonth(_ s: [Unicode.Scalar], before start: Int) -> Int? {
        var a = start
        while a > 0, start - a < 120, !YearResolver.endsSentence(s[a - 1]) { a -= 1 }
        var i = a
        while i + 3 < start {
            if s[i] == "截", s[i + 1] == "至" || s[i + 1] == "止" {
                var k = i + 2
                if k < start, s[k] == "到" { k += 1 }
                var month = 0, digits = 0
                while k < start, digits < 2, let d = Digits.asciiValue(s[k]) { month = month * 10 + d; k += 1; digits += 1 }
                return digits > 0 && k < start && s[k] == "月" && (1...12).contains(month) ? month : nil
            }
            i += 1
        }
        return nil
    }

    /// Whether the clause before `start` writes a year (`是2020年同期的`).
    static func clauseNamesYear(_ s: [Unicode.Scalar], before start: Int) -> Bool {
        var a = start
        while a > 0, start - a < 40, !RoleReader.isClauseStop(s[a - 1]) { a -= 1 }
        var i = a
        while i + 4 < start {
            if s[i + 4] == "年", YearResolver.fourDigitYear(s, endingBefore: i + 4) != nil { return true }
            i += 1
        }
        return false
    }

    /// `…的3.5倍`: the number follows the 的 of what it is a multiple of.
    static func followsOf(_ s: [Unicode.Scalar], before start: Int) -> Bool {
        var j = start
        while j > 0, s[j - 1] == " " { j -= 1 }
        return j > 0 && s[j - 1] == "的"
    }

    /// `2022 年 97.3%`, `2021年的`, `2022年为`: a year written right before the number.
    /// Whether an open bracket stands at most ten characters before `start` with no close.
    static func inBracket(_ s: [Unicode.Scalar], before start: Int) -> Bool {
        var k = start
        while k > 0, start - k < 10 {
            k -= 1
            if s[k] == "）" || s[k] == ")" { return false }
            if s[k] == "（" || s[k] == "(" { return true }
        }
        return false
    }

    static func yearBound(_ s: [Unicode.Scalar], before start: Int) -> Bool {
        var j = start
        // (Markdown's `**` around the figure, `2024年为**21件**`, is no word.)
        while j > 0, s[j - 1] == " " || s[j - 1] == "的" || s[j - 1] == "为" || s[j - 1] == "是" || s[j - 1] == "*" { j -= 1 }
        if j > 0, s[j - 1] == "度" { j -= 1 }
        guard j > 0, s[j - 1] == "年" else { return false }
        return YearResolver.fourDigitYear(s, endingBefore: YearResolver.skipSpacesBack(s, j - 1)) != nil
    }
}
