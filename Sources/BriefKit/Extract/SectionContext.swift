/// The headings a document has passed and what they say about the figures under them:
/// `二、2025年工作思路` holds targets for 2025, `下一步工作` targets for the year after the
/// report, `一、2023年预算执行情况` what was achieved in 2023, `主要目标完成情况` the
/// headline figures of the year.
///
/// Fed one line at a time (a line of normalised text is a paragraph); each heading opens a
/// section at its level and closes the deeper ones, and what a section does not say it
/// inherits from its parent.
struct SectionContext {
    struct Section {
        var level: Int
        var year: Int?
        var role: FactRole?
        var isSummary: Bool
    }

    private(set) var stack: [Section] = []
    /// The line before was a rule; the line before was a title a rule under it would make a heading.
    private var afterRule = false
    private var pendingTitle: [Unicode.Scalar]? = nil
    /// The line before was a title opened by the rule above it.
    private var ruledTitle = false
    /// The year of the report, for sections that plan "the next year" without naming it.
    let reportYear: Int?
    /// A report of part of a year (2026年上半年工作总结): its plans are for the rest of that year.
    let coversPartOfYear: Bool

    /// A plan document (`2026年工作要点`, `…行动方案`): what no heading says otherwise is planned.
    let plansTheYear: Bool

    /// A plan of several years (`规划（2026—2030年）`): its last year, the year of the targets
    /// no heading dates (the year after the report's in any other document).
    let planSpanEnd: Int?

    /// The one year a plan's title names (`上海市纤维检验所2026年工作要点`): its 主要目标 are of
    /// that year, not the year after it (as a report's 下一步工作 are).
    let planYear: Int?

    init(reportYear: Int?, coversPartOfYear: Bool = false, plansTheYear: Bool = false, planSpanEnd: Int? = nil, planYear: Int? = nil) {
        self.reportYear = reportYear
        self.coversPartOfYear = coversPartOfYear
        self.plansTheYear = plansTheYear || planSpanEnd != nil
        self.planSpanEnd = planSpanEnd
        self.planYear = planSpanEnd == nil ? planYear : nil
    }

    /// The year of a plan's title that names one year and plans it (`2026年工作要点`); nil for a
    /// span (`行动方案（2025—2027年）`) or a report.
    static func planYear(ofTitle title: String) -> Int? {
        let t = title.scalarArray.map { Digits.fold($0) }
        guard isPlanTitle(title), !namesYearSpan(t) else { return nil }
        return MetadataDetector.firstYear(in: String(scalars: t))
    }

    /// The title of a plan over several years (`徐汇区“十五五”产业发展规划（2026—2030年）`,
    /// `…三年行动计划（2024—2026年）`): the span's last year; nil for any other title.
    static func planSpanEnd(ofTitle title: String) -> Int? {
        // A title is read as written: its full-width digits (２０２６—２０３０年) folded here.
        let t = title.scalarArray.map { Digits.fold($0) }
        guard MetadataDetector.isPlanOfYears(title), !reportTitleWords.occurs(in: t) else { return nil }
        return namesYearSpan(t) ? headingYear(t) : isPlanItself(title) ? fiveYearPlanEnd(t) : nil
    }

    /// A title that is a plan's own (`…“十五五”规划（征求意见稿）`), not a page about one
    /// (`…“十五五”规划座谈会召开`): it ends on the plan's word, drafts' brackets aside.
    static func isPlanItself(_ title: String) -> Bool {
        var t = title.trimmingSpaces
        if t.hasSuffix("）") || t.hasSuffix(")"), let open = t.lastIndex(where: { $0 == "（" || $0 == "(" }) { t = String(t[..<open]) }
        return ["规划", "纲要", "计划", "方案"].contains { t.endsWithBytes($0) }
    }

    /// The last year of the five-year plan a title names by its number (`“十五五”规划` →
    /// 2030, `十四五` → 2025): the plans from the third on run 1966–1970, 1971–1975 …
    /// Only 十一五 to 十九五, the plans a document today can name.
    static func fiveYearPlanEnd(_ t: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i + 3 <= t.count {
            if t[i] == "十", t[i + 2] == "五", let d = ChineseNumerals.digit(t[i + 1]), d >= 1 {
                return 1970 + 5 * (10 + d - 3)
            }
            i += 1
        }
        return nil
    }

    /// Whether a title names a plan for its year, not a report on one (工作要点, 工作计划,
    /// 行动方案 — but not 工作计划执行情况, 工作总结和下一步计划).
    static func isPlanTitle(_ title: String) -> Bool {
        let t = title.scalarArray
        return planTitleWords.occurs(in: t) && !reportTitleWords.occurs(in: t)
    }
    static let planTitleWords = WordList(["工作要点", "工作计划", "行动方案", "行动计划", "实施方案", "工作安排", "工作思路"])
    static let reportTitleWords = WordList(["总结", "报告", "情况", "执行", "完成", "回顾", "成效", "成绩"])

    /// The line read is a note (`[注1] 满意度由第三方机构按季度抽样调查，全年有效问卷3,200份。`,
    /// `注：…`): it explains the document's tables and figures, not the plan it may stand under.
    private(set) var inNote = false
    static let noteLeads: [[Unicode.Scalar]] = ["注：", "注:", "[注", "【注", "（注", "(注", "备注：", "说明："].map { Array($0.unicodeScalars) }

    /// The year the current section gives its figures, if it gives one.
    /// A plan document's undated sections are of its plan year, but for a section of what was
    /// achieved (一、发展基础), whose figures keep the report's year.
    var year: Int? {
        if inNote { return nil }
        if let y = stack.last(where: { $0.year != nil })?.year { return y }
        guard plansTheYear, role == .target else { return nil }
        return planSpanEnd ?? reportYear
    }
    /// The role the current section gives its figures (target under a plan heading).
    var role: FactRole? { inNote ? nil : stack.last { $0.role != nil }?.role ?? (plansTheYear ? .target : nil) }
    /// Under a summary heading: its figures are the year's headlines.
    var isSummary: Bool { stack.contains { $0.isSummary } }

    /// Reads a line: a heading opens its section; a paragraph that opens with
    /// `2023 年是…` dates the section it stands in.
    mutating func read(_ s: [Unicode.Scalar]) {
        var lead = 0
        while lead < s.count, s[lead] == " " || s[lead] == "\u{3000}" { lead += 1 }
        inNote = Self.noteLeads.contains { w in s.count - lead >= w.count && s[lead..<(lead + w.count)].elementsEqual(w) }
        // A title set off by a rule line (=====, -----) above or below it is a heading too.
        if Self.isRule(s) {
            // The line before, if it was a title (asked only now: most lines have no rule under them).
            let title = pendingTitle
            if let t = title { open(Heading(level: 0, text: t)) }
            // The rule under a title the rule above set off closes it; it opens nothing.
            afterRule = title == nil && !ruledTitle
            pendingTitle = nil
            ruledTitle = false
            return
        }
        let opensRuled = afterRule
        pendingTitle = nil
        // Rules mark the top level: what they set off holds the 【】 and numbered heads under it.
        if let h = Self.heading(s) {
            ruledTitle = opensRuled
            afterRule = false
            open(opensRuled ? Heading(level: 0, text: h.text) : h)
            return
        }
        if opensRuled, let t = Self.plainTitle(s) {
            ruledTitle = true
            afterRule = false
            open(Heading(level: 0, text: t))
            return
        }
        ruledTitle = false
        afterRule = false
        // A title, kept for a rule that may follow. Only a title is kept: holding on to every
        // line's array made the line reader allocate a new one for the next line.
        if s.count <= 40, let t = Self.plainTitle(s) { pendingTitle = t }
        if let y = Self.yearIsClause(s), var last = stack.popLast() {
            if last.year == nil { last.year = y }
            stack.append(last)
        } else if let y = Self.yearIsClause(s), stack.isEmpty {
            stack.append(Section(level: 99, year: y, role: nil, isSummary: false))
        }
    }

    private mutating func open(_ h: Heading) {
        while let last = stack.last, last.level >= h.level { stack.removeLast() }
        stack.append(section(for: h))
    }

    /// A rule line: one mark repeated, at least four times.
    static func isRule(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count >= 4, let f = s.first, ruleMarks.contains(f), s[3] == f || s[3] == " " else { return false }
        return s.allSatisfy { $0 == f || $0 == " " }
    }
    static let ruleMarks: ScalarSet = ["=", "-", "_", "—", "─", "━", "＝", "*", "~"]

    /// A short line of words alone (关键绩效, 报告说明): a heading when a rule sets it off.
    static func plainTitle(_ s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var t = s[...]
        while let f = t.first, f == " " || f == "\u{3000}" || f == "\t" { t = t.dropFirst() }
        while let l = t.last, l == " " || l == "\t" { t = t.dropLast() }
        guard (2...24).contains(t.count), !t.contains(where: { headingEnds.contains($0) || $0 == "。" || $0 == "\t" }), figureFree(t) else { return nil }
        return Array(t)
    }

    private func section(for h: Heading) -> Section {
        let text = h.text
        let year = Self.headingYear(text)
        var role: FactRole? = nil
        if Self.budgetWords.occurs(in: text) { role = .budget }
        else if Self.planWords.occurs(in: Self.withoutProgrammeNames(text)) && !Self.achievedWords.occurs(in: text) { role = .target }
        else if Self.achievedWords.occurs(in: text) { role = .actual }
        // "六、2026年改进目标" in a report on 2025: a heading dated the year after the report
        // plans it (not a far-off 2035年远景目标, under which 今年 is still this year).
        // (Not one that reports a thing done: 七、2026年度区科技计划项目申报受理完成.)
        if role == nil, let y0 = year, let r = reportYear, y0 == r + 1, !Self.namesYearSpan(text), !Self.doneWords.occurs(in: text) { role = .target }
        var y = year
        // "（2026—2030年）" over a plan's whole text names its period, not the year of the
        // figures under it: a span reaching past the report's year dates no achieved figure.
        if role != .target, let y0 = y, let r = reportYear, y0 > r, Self.namesYearSpan(text) { y = nil }
        // "下一步工作", "工作打算": the plans of the year after the one reported on; but
        // "下半年工作安排", "四季度工作打算", or any plan of a half-year report: the rest of that year.
        // In a plan for one year (2026年工作要点), its 主要目标 are of that year itself.
        if y == nil, role == .target, let r = reportYear {
            y = coversPartOfYear || Self.restOfYearWords.occurs(in: text) || planYear == r ? r : planSpanEnd ?? r + 1
        }
        return Section(level: h.level, year: y, role: role, isSummary: Self.summaryWords.occurs(in: text) && role != .target)
    }

    // MARK: Headings

    struct Heading {
        var level: Int
        var text: [Unicode.Scalar]
    }

    /// Also a speech's imperatives (二、今年要重点抓好的几项工作).
    static let planWords = WordList(["思路", "计划", "打算", "展望", "下一步", "工作安排", "重点任务", "工作要点", "目标任务", "努力方向", "工作设想",
                                     "主要目标", "发展目标", "保障措施", "预测",
                                     "今年要", "明年要", "今年工作", "明年工作", "抓好"])
    // Not 今年: a January report on last year plans "今年" for the year it is written in.
    static let restOfYearWords = WordList(["下半年", "四季度", "第四季度", "最后一个季度"])
    static let achievedWords = WordList(["完成情况", "推进情况", "实施情况", "落实情况", "进展情况", "回顾", "执行情况", "工作总结", "主要成效", "主要成绩", "取得成效", "决算",
                                         // A plan's account of where it starts from.
                                         "发展基础", "发展成效", "发展现状", "基础条件", "面临的问题", "存在的问题"])
    static let budgetWords = WordList(["预算草案", "预算安排", "预算编制"])
    /// A heading without the names of programmes that hold 计划 (区科技计划项目申报, 人才计划
    /// 入选): a programme is no plan.
    static func withoutProgrammeNames(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var t = s
        for name in programmeNames {
            var i = 0
            while i + name.count <= t.count {
                if t[i..<(i + name.count)].elementsEqual(name) { t.removeSubrange(i..<(i + name.count)) } else { i += 1 }
            }
        }
        return t
    }
    static let programmeNames: [[Unicode.Scalar]] = ["科技计划", "计划项目", "人才计划", "扬帆计划", "启明星计划"].map { Array($0.unicodeScalars) }

    /// A heading that reports a thing done (申报受理完成, 成功举办, 圆满落幕).
    static let doneWords = WordList(["完成", "成功", "圆满", "顺利", "落幕", "举办", "召开", "受理", "获评", "获批"])
    /// Headings over a year's results (not 概述/基本情况, which open a project or a unit's profile).
    static let summaryWords = WordList(["主要目标完成情况", "主要指标", "总体情况", "总体运行", "主要成效", "主要成绩", "核心指标",
                                        "关键指标", "主要数据", "成绩单", "工作成效", "总体成效", "关键绩效", "绩效概览",
                                        "关键数据", "核心数据", "数据概览", "年度数据", "数说", "亮点数据",
                                        // Over the year's running totals (三、全年累计兑付情况).
                                        "全年累计", "年度累计", "全年总体", "全年完成情况", "年度完成情况",
                                        // A review's findings (二、总体评估结论).
                                        "总体评估", "评估结论"])
    static let headingEnds: ScalarSet = ["。", "；", "，", "：", ":", ";", ","]

    /// A heading: a short line opening with a section number (一、 （一） 1. 第一部分 #) and
    /// not a sentence.
    static func heading(_ line: [Unicode.Scalar]) -> Heading? {
        var s = line[...]
        while let f = s.first, f == " " || f == "\t" || f == "\u{3000}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        guard !s.isEmpty, s.count <= 40, !s.contains("\t") else { return nil }
        // A heading states no sentence: nothing ends a clause inside it.
        if s.dropLast().contains(where: { $0 == "。" }) { return nil }
        if let l = s.last, headingEnds.contains(l) { return nil }
        var level: Int? = nil
        var rest = s
        if s.first == "#" {
            let hashes = s.prefix { $0 == "#" }.count
            level = hashes
            rest = s.dropFirst(hashes)
        } else if s.first == "第", let k = s.dropFirst().firstIndex(where: { "部分章节篇".unicodeScalars.contains($0) }),
                  s[s.index(after: s.startIndex)..<k].allSatisfy(isNumeralOrDigit) && k > s.index(after: s.startIndex) {
            level = 0
            rest = s[(k + 1)...]
        } else if s.first == "第", let k = s.dropFirst().prefix(8).firstIndex(of: "页"), case let n = s[s.index(after: s.startIndex)..<k],
                  n.contains(where: isNumeralOrDigit), n.allSatisfy({ isNumeralOrDigit($0) || $0 == " " }), figureFree(s[(k + 1)...]) {
            // A slide's title in a deck's outline (第8页 2026年目标); a PDF's page footer (第3页
            // 共10页) states a figure and opens nothing.
            level = 0
            rest = s[(k + 1)...]
        } else if s.first == "P", let d = s.dropFirst().first, QuantityScanner.isDigit(d) {
            // P5 载体与金融: the same, numbered the way a deck's export numbers its slides.
            let n = s.dropFirst().prefix(while: QuantityScanner.isDigit)
            if n.count <= 3, s.dropFirst(n.count + 1).first == " " {
                level = 0
                rest = s.dropFirst(n.count + 1)
            }
        } else if s.first == "【", s.last == "】", s.count > 3 {
            // 【下一步工作：2025年工作计划】: a bracketed heading of a news page or article.
            level = 1
            rest = s.dropFirst().dropLast()
        } else if s.first == "（" || s.first == "(" {
            let body = s.dropFirst()
            let n = body.prefix(while: isNumeralOrDigit)
            if !n.isEmpty, let close = body.dropFirst(n.count).first, close == "）" || close == ")" {
                level = n.allSatisfy { QuantityScanner.isDigit($0) } ? 4 : 2
                rest = body.dropFirst(n.count + 1)
            }
        } else {
            let n = s.prefix(while: isNumeralOrDigit)
            let after = s.dropFirst(n.count).first
            if !n.isEmpty, n.count <= 3 {
                if n.allSatisfy({ ChineseNumerals.digit($0) != nil || $0 == "十" }) {
                    // 一、… ; PDF text may lose the 、 ("一主要目标完成情况").
                    if after == "、" || after == "是" { level = 1; rest = s.dropFirst(n.count + (after == "、" ? 1 : 0)) }
                    else if after != nil, !isNumeralOrDigit(after!), s.count <= 20, n.count == 1 { level = 1; rest = s.dropFirst(n.count) }
                } else if n.allSatisfy({ QuantityScanner.isDigit($0) }), after == "." || after == "、" || after == "．" {
                    // "1." / "1、" / "3.2" numbering; "3.2.1" is deeper.
                    var k = s.dropFirst(n.count)
                    var depth = 3
                    while k.first == ".", k.dropFirst().first.map(QuantityScanner.isDigit) == true {
                        k = k.dropFirst().drop(while: QuantityScanner.isDigit)
                        depth += 1
                    }
                    level = depth
                    rest = k.dropFirst()
                }
            }
        }
        // An unnumbered line of its own that ends like a heading (2025年工作计划, 下一步工作打算,
        // 主要指标完成情况) and states no figure but a year.
        if level == nil, s.count <= 24, headingTails.match(in: Array(s), endingBefore: s.count) != nil,
           !s.contains(where: { headingEnds.contains($0) || $0 == "、" }), figureFree(s) {
            level = 1
        }
        guard let level else { return nil }
        // "一是…" opens an item of a paragraph, not a section.
        if rest.first == "是" { return nil }
        let text = Array(rest.drop { $0 == " " })
        guard text.count >= 2 else { return nil }
        return Heading(level: level, text: text)
    }

    static let headingTails = WordList(["工作思路", "工作计划", "工作打算", "工作安排", "工作要点", "下一步工作", "下一步计划", "下一步打算",
                                        "完成情况", "执行情况", "工作回顾", "主要成效", "主要成绩", "工作成效", "总体情况", "主要指标",
                                        "工作设想", "努力方向", "重点任务", "关键绩效", "关键绩效指标", "绩效概览", "关键数据", "数据概览"])

    /// No digits but a year's four (2025年工作计划).
    static func figureFree(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        // Counted, not filtered into an array (asked of every short line).
        let digits = s.reduce(0) { QuantityScanner.isDigit($1) ? $0 + 1 : $0 }
        return digits == 0 || (digits == 4 && headingYear(Array(s)) != nil)
    }

    static func isNumeralOrDigit(_ c: Unicode.Scalar) -> Bool {
        QuantityScanner.isDigit(c) || ChineseNumerals.digit(c) != nil || c == "十"
    }

    /// The year a heading names: `2025年工作思路` → 2025 (`2023—2025年` → its last year).
    /// Not the year it compares with: `二、与2021年相比` dates nothing under it.
    static func headingYear(_ s: [Unicode.Scalar]) -> Int? {
        var i = 0
        var found: Int? = nil
        while i + 4 <= s.count {
            if let y = YearResolver.fourDigitYear(s, endingBefore: i + 4) {
                var j = i + 4
                while j < s.count, s[j] == " " { j += 1 }
                if j < s.count, s[j] == "年", i == 0 || !"与较比同".unicodeScalars.contains(s[i - 1]) { found = y }
                i += 4
                continue
            }
            i += 1
        }
        return found
    }

    /// Whether a heading names a span of years (2026—2030年, 2021-2025年).
    static func namesYearSpan(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i + 9 <= s.count {
            if YearResolver.fourDigitYear(s, endingBefore: i + 4) != nil, "—-–~～至到".unicodeScalars.contains(s[i + 4]) {
                var j = i + 5
                while j < s.count, s[j] == "—" { j += 1 }
                if j + 4 <= s.count, YearResolver.fourDigitYear(s, endingBefore: j + 4) != nil { return true }
            }
            i += 1
        }
        return false
    }

    static let speechVerbs: [[Unicode.Scalar]] = ["强调", "指出", "表示", "要求", "提出"].map(\.scalarArray)

    /// `2023 年是…` opening a paragraph: the year the paragraph (and its section) is about.
    static func yearIsClause(_ s: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "\u{3000}" { i += 1 }
        // "李明华强调，2026年是“十五五”开局之年，…力争全年…": after who says it.
        if i < s.count, !QuantityScanner.isDigit(s[i]), let k = s[i..<min(s.count, i + 12)].firstIndex(where: { $0 == "，" || $0 == "," || $0 == "：" || $0 == ":" }),
           speechVerbs.contains(where: { w in k - i > w.count && s[(k - w.count)..<k].elementsEqual(w) }) {
            i = k + 1
        }
        guard i + 4 <= s.count, let y = YearResolver.fourDigitYear(s, endingBefore: i + 4), i + 4 < s.count else { return nil }
        var j = i + 4
        while j < s.count, s[j] == " " { j += 1 }
        guard j < s.count, s[j] == "年" else { return nil }
        j += 1
        if j < s.count, s[j] == "度" { j += 1 }
        return j < s.count && s[j] == "是" ? y : nil
    }
}
