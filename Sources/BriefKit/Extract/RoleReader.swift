/// Reads a figure's role from the words around it, and for a change the year it is
/// measured against. Only the figure's own sentence is read; the table column and the
/// section fill in what it leaves open (see `FactExtractor`).
enum RoleReader {
    struct Reading {
        var role: FactRole
        /// A change's baseline year: written (`比2023年`) or implied (`同比`, `较上年`:
        /// the year before the figure's); nil when not said.
        var baseYear: BaseYear?
        /// A baseline's own year when the words give one (`较之 2021 年的 96.8%`).
        var boundYear: Int?
        /// For a goal marked only by 预计 (`研发投入强度预计达到3.1%`): the role the figure
        /// has when it is an estimate of the year being reported on, which the caller decides.
        var estimated: FactRole? = nil
        /// Whether that sentence speaks of the whole year (全年…预计达到4.8%).
        var estimateOfYear = false
    }

    enum BaseYear: Equatable {
        case year(Int)
        /// The year before the figure's own year (同比, 较上年, 比去年).
        case previous
    }

    static let sentenceStops: ScalarSet = ["。", "！", "？", "!", "?"]
    static let clauseStops: ScalarSet = ["，", ",", "；", ";", "。", "！", "？", "!", "?", "：", ":"]

    /// `sentenceStops.contains(c)` as a switch: the walks back over a clause ask it of each
    /// scalar, and each ask of a static set went through `swift_once`.
    @inline(__always)
    static func isSentenceStop(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "！", "？", "!", "?": return true
        default: return false
        }
    }

    /// `clauseStops.contains(c)` as a switch (see `isSentenceStop`).
    @inline(__always)
    static func isClauseStop(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "，", ",", "；", ";", "。", "！", "？", "!", "?", "：", ":": return true
        default: return false
        }
    }

    /// The role of the figure whose span starts at `start` (its qualifier word included)
    /// and whose number is `q`.
    static func read(_ s: [Unicode.Scalar], start: Int, quantity q: Quantity, isMoneyDocument: Bool) -> Reading {
        var clauseStart = start
        // (A thousands comma, 比上年（1,189.0万元）增长, is no clause's end.)
        while clauseStart > 0, !isClauseStop(s[clauseStart - 1]) || SubjectFinder.isThousandsComma(s, clauseStart - 1) { clauseStart -= 1 }
        var sentenceStart = clauseStart
        let floor = max(0, start - 300)
        while sentenceStart > floor, !isSentenceStop(s[sentenceStart - 1]) { sentenceStart -= 1 }
        // Markdown emphasis (由**3,200平方米**扩大到**5,000平方米**) is no word of the clause.
        let clause = s[clauseStart..<start].contains("*") ? s[clauseStart..<start].filter { $0 != "*" } : Array(s[clauseStart..<start])
        let left = trimmedLinks(clause)

        // "完成2026年目标（600亿元）的81.2%": the share of the goal met (its 目标 no goal word).
        if q.isRate, planMet(clause) != nil { return Reading(role: .share, baseYear: nil, boundYear: nil) }
        // "完成目标（400家）的88.0%": the figure in the bracket is the goal.
        if isBracketedGoal(clause) { return Reading(role: .target, baseYear: nil, boundYear: nil) }
        // A new level after a change verb (增至, 提高到2021年的 10739 亿元) is the later value, not a change.
        let newLevel = isNewLevel(clause)
        if let base = baselineYear(s, before: start, clauseStart: clauseStart), !newLevel {
            return Reading(role: .baseline, baseYear: nil, boundYear: base)
        }
        if fromWords.match(in: left, endingBefore: left.count) != nil {
            // 从 33834 亿元提高到…: the earlier value, its year the sentence's last baseline year.
            return Reading(role: .baseline, baseYear: nil, boundYear: lastBaselineYear(s, from: sentenceStart, to: start))
        }
        // A goal word dates the clauses after it up to a ；: "超额完成力争 65 家的年度目标任务；
        // 全年…产税 35238.25 万元" is achieved.
        var scopeStart = clauseStart
        while scopeStart > sentenceStart, s[scopeStart - 1] != "；", s[scopeStart - 1] != ";" { scopeStart -= 1 }
        // "2025年项目总体目标为：完成600家以上…，被监察单位满意度不低于90%": a goal's colon
        // makes its whole list of figures goals.
        // "承担区政府下达的重点工作目标任务18项": a count of the tasks set, not a goal's value.
        let tasksCounted = countsTasks(left, q)
        let firm = isTarget(s, in: scopeStart..<start, words: firmTargetWords)
            || (!tasksCounted && (isTarget(clause, words: weakTargetWords) || isTarget(s, in: sentenceStart..<start, words: goalLeads)))
        // 预计 alone is a forecast or, in a review written before the year's books close, the
        // year's estimated result (预计全年完成…): which, the figure's year decides.
        // (The scope is read for goal words once: a figure asks this for every clause.)
        let goal = firm || isTarget(s, in: scopeStart..<start)
        if !firm, goal, estimateWords.occurs(in: s, within: scopeStart..<start) || estimatesAYear(s, in: scopeStart..<start) {
            var r = role(clause: clause, left: left, quantity: q, target: false, newLevel: newLevel, isMoneyDocument: isMoneyDocument)
            if r.role != .target {
                r.estimated = r.role
                r.role = .target
                r.estimateOfYear = wholeYearWords.occurs(in: s, within: sentenceStart..<start)
            }
            return r
        }
        return role(clause: clause, left: left, quantity: q, target: goal, newLevel: newLevel, isMoneyDocument: isMoneyDocument)
    }

    /// The role from the words of the clause once whether it speaks of a goal is known.
    private static func role(clause: [Unicode.Scalar], left: [Unicode.Scalar], quantity q: Quantity,
                             target: Bool, newLevel: Bool, isMoneyDocument: Bool) -> Reading {
        if q.isPoints && !target {
            return Reading(role: .change, baseYear: comparisonBase(clause), boundYear: nil)
        }
        if q.isRate || q.measure.isEmpty || q.measure.hasSameBytes(as: "成") {
            if shareWords.occurs(in: clause) || shareEndings.match(in: left, endingBefore: left.count) != nil || isShareOfPlan(clause) {
                return Reading(role: target ? .target : .share, baseYear: nil, boundYear: nil)
            }
        }
        if !newLevel, changeVerbs.match(in: left, endingBefore: left.count) != nil
            || (q.isRate && (rateChangeWords.occurs(in: clause))) {
            return Reading(role: target ? .target : .change, baseYear: comparisonBase(clause), boundYear: nil)
        }
        // "拟安排市级财政资金约2.8亿元": money set aside for a plan is its budget.
        if target, q.isMoney, allocationWords.occurs(in: clause), fundWords.occurs(in: clause) {
            return Reading(role: .budget, baseYear: nil, boundYear: nil)
        }
        if target { return Reading(role: .target, baseYear: nil, boundYear: nil) }
        if q.isMoney, plannedAmountWords.occurs(in: clause) || (isMoneyDocument && budgetWords.occurs(in: clause) && !budgetNames.occurs(in: clause)) {
            return Reading(role: .budget, baseYear: nil, boundYear: nil)
        }
        return Reading(role: .actual, baseYear: nil, boundYear: nil)
    }

    /// `完成年度兑付计划3,000万元的`, `完成2026年目标（600亿元）的`, `完成目标（400家）的`: the
    /// part met of a plan stated with its amount (and year).
    static func isShareOfPlan(_ clause: [Unicode.Scalar]) -> Bool {
        planMet(clause) != nil
    }

    /// Where the 完成 of such a clause starts in it; nil when the clause is none.
    static func planMet(_ clause: [Unicode.Scalar]) -> Int? {
        guard let from = clause.firstIndex(where: { $0 != " " && $0 != "已" }), clause.count - from <= 30, clause.last == "的",
              clause[from...].starts(with: ["完", "成"]) else { return nil }
        // Without the bracketed amount and the 的 …
        var body: [Unicode.Scalar] = [], depth = 0
        for c in clause[(from + 2)..<(clause.count - 1)] {
            if c == "（" || c == "(" { depth += 1; continue }
            if c == "）" || c == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { body.append(c) }
        }
        // … and the plan's year (完成2026年目标).
        if body.count > 5, body[0..<4].allSatisfy(QuantityScanner.isDigit), body[4] == "年" { body.removeFirst(5) }
        let plan = String(scalars: body.prefix { !QuantityScanner.isDigit($0) })
        guard plan.scalarCount < body.count || clause.contains("（") || clause.contains("(") else { return nil }
        return SubjectChain.planOrGoalEnds.contains { plan.endsWithBytes($0) } ? from : nil
    }

    /// `完成2026年目标（`, `年度目标为（`: a figure in brackets after a goal is that goal.
    static func isBracketedGoal(_ clause: [Unicode.Scalar]) -> Bool {
        var t = clause[...]
        while t.last == " " { t = t.dropLast() }
        guard t.last == "（" || t.last == "(" else { return false }
        t = t.dropLast()
        if t.last == "为" { t = t.dropLast() }
        let w = String(scalars: t)
        return ["目标", "目标值", "计划", "任务"].contains { w.endsWithBytes($0) }
    }

    /// The year of the last goal named before `end` on the line (`完成2026年目标（600亿元）…；
    /// …完成目标（400家）`: the second goal is 2026's too).
    static func lastGoalYear(_ s: [Unicode.Scalar], before end: Int) -> Int? {
        var k = end - 1
        while k >= 6 {
            if s[k] == "标", s[k - 1] == "目", s[k - 2] == "年", let y = YearResolver.fourDigitYear(s, endingBefore: k - 2) { return y }
            k -= 1
        }
        return nil
    }

    /// The clause before `start` (back to the last ，；。：).
    static func clause(_ s: [Unicode.Scalar], before start: Int) -> [Unicode.Scalar] {
        var a = start
        while a > 0, !isClauseStop(s[a - 1]) || SubjectFinder.isThousandsComma(s, a - 1) { a -= 1 }
        return s[a..<start].contains("*") ? s[a..<start].filter { $0 != "*" } : Array(s[a..<start])
    }

    /// Whether the clause ends in 增至 / 提高到 (a year phrase after it allowed).
    static func isNewLevel(_ clause: [Unicode.Scalar]) -> Bool {
        var t = clause
        while t.last == " " || t.last == "的" || t.last == "了" { t.removeLast() }
        if t.last == "年", t.count >= 5, YearResolver.fourDigitYear(t, endingBefore: t.count - 1) != nil { t.removeLast(5) }
        return newLevelWords.match(in: t, endingBefore: t.count) != nil
    }

    /// The clause before a number without its trailing link words (达到, 为, 了, 高达 …).
    static func trimmedLinks(_ clause: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var t = clause
        var changed = true
        while changed {
            changed = false
            while t.last == " " { t.removeLast(); changed = true }
            if let w = linkWords.match(in: t, endingBefore: t.count) {
                t.removeLast(linkWords.scalars[w].count)
                changed = true
            }
        }
        return t
    }

    static let linkWords = WordList(["达到了", "达到", "高达", "多达", "约为", "分别为", "分别", "为", "达", "了", "是", "至", "到", "约", "近", "超", "逾", "超过", "突破", "接近", "将近", "不到", "不足"])
    /// Change verbs ending the left phrase: the figure is the change itself.
    static let changeVerbs = WordList(["增长", "增加", "提高", "提升", "下降", "减少", "降低", "增幅", "增速", "降幅", "涨幅", "跌幅",
                                       "净增", "回落", "上升", "扩大", "缩小", "加快", "放缓", "回升", "增长率", "增长速度", "增幅为",
                                       "高于", "低于", "快于", "慢于", "高出", "超出", "多出", "拉动", "下滑", "收窄", "翻", "缩短", "压缩", "节约", "节省",
                                       // A budget's adjustment in the year: 年中调减37.40万元.
                                       "调减", "调增", "核减", "压减",
                                       // A slide's or a post's arrows: 1286家 ↑12.4%.
                                       "↑", "↓", "⬆", "⬇"])
    /// A rate whose clause says it compares: 同比, 环比, 比上年.
    static let rateChangeWords = WordList(["同比", "环比", "比上年", "较上年", "比去年", "较去年", "年均增", "增速", "增幅"])
    /// 增至, 提高到: what follows is the new level.
    static let newLevelWords = WordList(newLevelPhrases)
    static let newLevelPhrases = ["增至", "增加到", "增加至", "增长到", "增长至", "提高到", "提高至", "提升到", "提升至",
                                         "上升到", "上升至", "下降到", "下降至", "降至", "降低到", "降低至", "减少到", "减少至",
                                         "缩减至", "缩减到", "扩大到", "扩大至", "跃升至", "跃升到", "攀升至", "攀升到", "增到",
                                         "提高到了", "增加到了", "缩短至", "缩短到", "压缩至", "压缩到"]
    static let fromWords = WordList(["从", "由"])
    /// A proportion of a whole: 占全国25%, 占GDP比重, 为调整预算的101.9%.
    static let shareWords = WordList(["占", "相当于", "比重", "占比", "比例", "份额", "为预算的", "为调整预算的", "完成预算的", "完成调整预算的", "完成年初预算的", "完成年度预算的",
                                      "为年度预算的", "完成年度目标的", "达到全年目标的", "完成全年目标的"])
    static let shareEndings = WordList(["的比重", "之比"])
    /// A goal, plan or forecast in the sentence before the figure.
    /// 目标 marks a goal only in the figure's own clause (落实年度目标任务，…实现区税 is achieved).
    static let goalLeads = WordList(["目标为：", "目标为:", "目标是：", "目标是:", "目标：", "目标:", "目标如下：",
                                     // A goal's year opening the rest of the sentence (预计到2027年，…；…).
                                     "预计到", "力争到", "争取到"])
    /// A number of tasks right after their name (目标任务18项, 工作目标12个).
    static func countsTasks(_ left: [Unicode.Scalar], _ q: Quantity) -> Bool {
        guard taskCountMeasures.contains(where: { q.measure.hasSameBytes(as: $0) }) else { return false }
        var end = left.count
        while end > 0, left[end - 1] == " " || left[end - 1] == "共" { end -= 1 }
        return taskNames.contains { w in end >= w.count && left[(end - w.count)..<end].elementsEqual(w) }
    }
    static let taskCountMeasures = ["项", "个", "条", "类"]
    static let taskNames: [[Unicode.Scalar]] = ["目标任务", "工作目标", "工作任务"].map { Array($0.unicodeScalars) }
    static let weakTargetWords = WordList(["目标为", "目标是", "目标值", "年度目标", "目标"])
    static let targetWords = WordList(targetPhrases)
    /// The goal words but 预计 (and 预计 alone).
    static let firmTargetWords = WordList(targetPhrases.filter { $0 != "预计" })
    /// 预计 before a result (达到, 完成, 全年), not before what an event or a project is to do
    /// (预计吸引, 预计参与, 预计可减排, 预计年送电量).
    static let estimateWords = WordList(["预计全年", "全年预计", "预计达到", "预计完成", "预计实现", "预计增长", "预计同比", "预计突破", "预计超过"])
    static let wholeYearWords = WordList(["全年", "年度", "本年"])

    /// `预计2025年全区…达到`: 预计 before the year it estimates (its result, or a forecast,
    /// as that year decides).
    static func estimatesAYear(_ s: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k + 7 <= range.upperBound {
            if s[k] == "预", s[k + 1] == "计", s[k + 6] == "年", s[(k + 2)..<(k + 6)].allSatisfy(QuantityScanner.isDigit) { return true }
            k += 1
        }
        return false
    }
    static let targetPhrases = ["力争", "预计", "预期", "拟", "将达", "将实现", "将突破", "将超过", "将新增",
                                       // 将 before a verb of doing (not 将…纳入, which is 把).
                                       "将推出", "将举办", "将开展", "将组织", "将建成", "将引进", "将发放", "将提供", "将完成",
                                       "将带动", "将吸引", "将培育", "将投入",
                                       "将增长", "确保", "有望", "力求", "计划新增", "计划完成", "计划招收", "计划举办", "计划培育",
                                       "计划实现", "计划引进", "要达到", "规划",
                                       // 计划 before a time and then the verb (计划每年培育三至五家); 计划 alone
                                       // also names a programme (承担国家科技计划项目12项, achieved).
                                       "计划每年", "计划全年", "计划年内", "计划今年", "计划明年", "计划到", "计划于", "计划用",
                                       // A proposal for a coming year (not 办理建议45件: 建议 before a plan's verb or time).
                                       "建议当年", "建议新增", "建议到", "建议达到", "建议实现", "建议全年", "建议每年"]
    /// Words that contain a target word but name something achieved or a kind of figure.
    static let notTargetWords = WordList(["绩效目标", "完成目标", "实现目标", "目标完成", "完成年度目标", "达成目标", "超额完成",
                                          "规划设计", "规划建设", "拟支持", "预计划",
                                          // Expectations met or beaten (面对多重超预期因素冲击, 总体好于预期), and a
                                          // plan indicator's kind (预期性 / 约束性): no goal set.
                                          "超预期", "好于预期", "优于预期", "高于预期", "低于预期", "不及预期", "符合预期", "超出预期", "达到预期", "预期性",
                                          // The plan as the document reviewed (规划确定的8项主要指标中，超额完成5项).
                                          "规划》", "规划”", "规划实施", "规划确定", "规划中期", "规划纲要",
                                          // A list announced for objections (拟表彰…12项 in a 公示): the selection made.
                                          "拟表彰", "拟授予", "拟命名", "拟认定", "拟推荐", "用地规划", "规划类", "规划资源", "规划和自然资源", "空间规划", "城市规划"])
    /// A planned amount, in any document.
    static let plannedAmountWords = WordList(["计划总投资", "计划投资", "计划投入", "拟投入", "预计投入", "预算安排", "预算金额", "年初预算", "调整预算",
                                              "预算数", "预算为", "安排资金", "申请财政", "申请年度预算", "年度预算", "总预算", "项目预算"])
    static let allocationWords = WordList(["安排", "拨付", "下达"])
    static let fundWords = WordList(["资金", "经费", "预算"])
    /// In a budget, money in a clause about the budget is planned.
    static let budgetWords = WordList(["预算", "安排", "拨款"])
    /// Names of revenue and spending categories that contain 预算 but are not plans.
    static let budgetNames = WordList(["预算收入", "预算支出", "预算执行", "决算", "执行数", "完成"])

    /// A goal word in the sentence, outside a phrase that is no plan (编报绩效目标165个项目
    /// counts projects that have goals; 完成年度目标 is achieved).
    static func isTarget(_ sentence: [Unicode.Scalar], words: WordList = targetWords) -> Bool {
        isTarget(sentence, in: 0..<sentence.count, words: words)
    }

    /// The same for the part `range` of `s`, read in place: a figure asks it of its scope
    /// and its sentence, which were copied out for it.
    static func isTarget(_ s: [Unicode.Scalar], in range: Range<Int>, words: WordList = targetWords) -> Bool {
        // Each position where a word starts, in order (what asking every position finds).
        var from = range.lowerBound
        while let (i, w) = words.nextMatch(in: s, from: from, to: range.upperBound) {
            from = i + 1
            // The word inside a phrase that is no plan (绩效目标, 完成年度目标, 规划设计).
            let lo = max(range.lowerBound, i - 4), hi = min(range.upperBound, i + words.scalars[w].count + 4)
            if notTargetWords.occurs(in: s, within: lo..<hi) { continue }
            return true
        }
        return false
    }

    /// 较之 2021 年的 96.8%, 与上年同期的 3.1%: the number is the earlier value; its year.
    static func baselineYear(_ s: [Unicode.Scalar], before start: Int, clauseStart: Int) -> Int? {
        // Back over "的", spaces and 度 to a 年 bound to the number.
        var j = start
        while j > clauseStart, s[j - 1] == " " || s[j - 1] == "的" || s[j - 1] == "为" { j -= 1 }
        if j > clauseStart, s[j - 1] == "期", j - 2 > clauseStart, s[j - 2] == "同" { j -= 2 }   // 上年同期
        // 比上年决算数7.35万元: the earlier year's account of the same figure.
        if j - 3 > clauseStart, s[j - 1] == "数", accountWords.contains(where: { w in s[(j - 3)..<(j - 1)].elementsEqual(w) }) { j -= 3 }
        if j > clauseStart, s[j - 1] == "度" { j -= 1 }
        guard j > clauseStart, s[j - 1] == "年" else { return nil }
        let yearEnd = YearResolver.skipSpacesBack(s, j - 1)
        var year: Int? = nil
        var markEnd = yearEnd
        if let y = YearResolver.fourDigitYear(s, endingBefore: yearEnd) {
            year = y
            markEnd = yearEnd - 4
        } else if yearEnd >= 1, s[yearEnd - 1] == "上" || s[yearEnd - 1] == "去" {
            // The year before, resolved by the caller: -1 for 上年 (before the year reported
            // on), -2 for 去年 (before the year written in).
            year = s[yearEnd - 1] == "上" ? -1 : -2
            markEnd = yearEnd - 1
        }
        guard let y = year else { return nil }
        // A comparison mark just before the year: 较之 2021 年的, 比上年的, 和 2022 年 (a list of them).
        let before = Array(s[max(clauseStart, markEnd - 3)..<markEnd].filter { $0 != " " })
        if comparisonMarks.match(in: before, endingBefore: before.count) != nil || YearResolver.comparesWithBaseYear(s, yearStart: markEnd) { return y }
        // "…、2022 年 97.3%" continuing a list of earlier values.
        if markEnd > 0, ["、", "和", "及"].contains(s[YearResolver.skipSpacesBack(s, markEnd) - 1 < 0 ? 0 : YearResolver.skipSpacesBack(s, markEnd) - 1]),
           hasEarlierComparison(s, before: markEnd) { return y }
        return nil
    }

    static let accountWords: [[Unicode.Scalar]] = ["决算", "预算", "执行", "完成", "实际"].map { Array($0.unicodeScalars) }

    static let comparisonMarks = WordList(["较之", "较", "比", "相比", "与", "同", "从", "由", "对比"])

    /// Whether the sentence already compared with an earlier year before `i` (较之 2021 年的…).
    static func hasEarlierComparison(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        var k = i - 1
        let floor = max(0, i - 60)
        while k >= floor, !isSentenceStop(s[k]) {
            if comparisonMarks.match(in: s, at: k) != nil { return true }
            k -= 1
        }
        return false
    }

    /// The last year written as a comparison's baseline (从2011年的) in `s[from..<to]`.
    static func lastBaselineYear(_ s: [Unicode.Scalar], from: Int, to: Int) -> Int? {
        var found: Int? = nil
        var i = from
        while i + 4 <= to {
            if let y = YearResolver.fourDigitYear(s, endingBefore: i + 4), i + 4 < to, s[YearResolver.skipSpacesBack(s, i) > 0 ? i - 1 : i] != "至" {
                let before = Array(s[max(from, i - 2)..<i])
                if fromWords.occurs(in: before) || comparisonMarks.occurs(in: before) { found = y }
                i += 4
                continue
            }
            i += 1
        }
        return found
    }

    /// The baseline a change names: 比2023年 → 2023; 同比, 较上年, 比去年 → the year before.
    static func comparisonBase(_ clause: [Unicode.Scalar]) -> BaseYear? {
        for i in clause.indices {
            guard let w = comparisonMarks.match(in: clause, at: i) else { continue }
            var j = i + comparisonMarks.scalars[w].count
            while j < clause.count, clause[j] == " " { j += 1 }
            if j + 4 <= clause.count, let y = YearResolver.fourDigitYear(clause, endingBefore: j + 4) { return .year(y) }
            if j + 1 < clause.count, clause[j] == "上" || clause[j] == "去", clause[j + 1] == "年" { return .previous }
            // 较行动计划基期2023年: the base year named as such.
            if let d = clause[j...].prefix(12).firstIndex(where: QuantityScanner.isDigit), d + 4 <= clause.count,
               YearResolver.comparesWithBaseYear(clause, yearStart: d), let y = YearResolver.fourDigitYear(clause, endingBefore: d + 4) { return .year(y) }
        }
        if previousYearWords.occurs(in: clause) { return .previous }
        return nil
    }

    static let previousYearWords = WordList(["同比", "上年同期", "去年同期", "比上年", "较上年", "比去年", "较去年"])
}
