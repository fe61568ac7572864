/// The phrase tests and word lists the chain's rules ask of a figure's clause and of the
/// figure before: brackets, earlier values, attributes, places, levels, parts and plans.
/// Static and free of the chain's state, so `SubjectChain.swift` holds only the rules.
extension SubjectChain {
    /// Whether `i` stands inside a bracket opened in its sentence.
    static func insideBracket(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var depth = 0
        var k = i
        while k > 0 {
            let c = s[k - 1]
            if YearResolver.endsSentence(c) { break }
            if c == "）" || c == ")" { depth -= 1 } else if c == "（" || c == "(" { depth += 1; if depth > 0 { return true } }
            k -= 1
        }
        return false
    }

    static let steadyTails = ["与上年持平", "与去年持平", "与上年基本持平", "同比持平", "基本持平", "保持稳定", "保持平稳", "持平"].map { Array($0.unicodeScalars) }

    /// The name a clause before the comma gives (服务企业数与上年持平，为…): only a clause with
    /// no figure of its own, without its words of staying level.
    static func clauseBefore(_ s: [Unicode.Scalar], number: Int, rawLeft: String) -> String? {
        var k = number
        while k > 0, s[k - 1] == " " { k -= 1 }
        k -= rawLeft.trimmingSpaces.scalarCount
        while k > 0, s[k - 1] == " " { k -= 1 }
        guard k > 1, s[k - 1] == "，" || s[k - 1] == "," else { return nil }
        let end = k - 1
        var b = end
        while b > 0, !SubjectFinder.clauseBreaks.contains(s[b - 1]), end - b < 30 { b -= 1 }
        var clause = Array(s[b..<end])
        guard !clause.contains(where: { QuantityScanner.isDigit($0) || ChineseNumerals.isNumeral($0) }) else { return nil }
        for t in steadyTails where clause.count > t.count + 1 && clause.suffix(t.count).elementsEqual(t) { clause.removeLast(t.count); break }
        let name = SubjectFinder.clean(clause)
        return name.scalarCount >= 2 ? name : nil
    }

    /// `（2021年分别为`, `（上年分别为`: the earlier values of a list of figures.
    static func earlierRespectively(_ raw: String) -> Bool {
        let t = raw.trimmingSpaces
        return t.endsWithBytes("分别为") && (t.hasBytes("年") || t.hasBytes("同期"))
    }

    /// `完成年初预算`, `完成调整后预算`, `完成全年预算数`: the plan a figure met; nil otherwise.
    /// Also a goal (`完成年度兑付计划`, `完成全年目标任务`).
    static func planOfFigure(_ left: String) -> String? {
        guard left.startsWithBytes("完成"), left.unicodeScalars.count <= 12,
              planOrGoalEnds.contains(where: { left.endsWithBytes($0) }) else { return nil }
        return String(String.UnicodeScalarView(left.unicodeScalars.dropFirst(2)))
    }
    static let planEnds = ["预算", "预算数"]
    static let goalEnds = ["计划", "目标", "任务", "目标任务", "计划任务"]
    static let planOrGoalEnds = planEnds + goalEnds

    /// "完成年度兑付计划3,000万元的78.1%": the figure is the goal the one before met (a
    /// target of its year), its share met said right after it.
    static func isGoalMet(_ s: [Unicode.Scalar], span: Range<Int>) -> Bool {
        // Asked of every achieved figure: the 的 and the number after it first, the clause
        // before (copied out) only then.
        var k = YearResolver.skipSpaces(s, span.upperBound)
        guard k < s.count, s[k] == "的" else { return false }
        k = YearResolver.skipSpaces(s, k + 1)
        guard k < s.count, QuantityScanner.isDigit(s[k]) || ChineseNumerals.digit(s[k]) != nil else { return false }
        // (已完成年度目标32,000片的77.7%: the 已 says it is done, the goal is still the goal.)
        let left = String(scalars: RoleReader.trimmedLinks(RoleReader.clause(s, before: span.lowerBound)).drop { $0 == " " || $0 == "已" })
        return left.startsWithBytes("完成") && left.unicodeScalars.count <= 12 && goalEnds.contains(where: { left.endsWithBytes($0) })
    }

    /// A final figure's name without its 决算 (…财政拨款支出决算 → …财政拨款支出).
    static func withoutFinalWord(_ subject: String) -> String {
        for w in ["决算数", "决算"] where subject.endsWithBytes(w) && subject.unicodeScalars.count > w.unicodeScalars.count + 1 {
            return String(String.UnicodeScalarView(subject.unicodeScalars.dropLast(w.unicodeScalars.count)))
        }
        return subject
    }

    /// The thing a clause without a figure compares (`兑付额较上年翻了一番，`): the name before
    /// its 较/比, when that clause stands right before the number's and after `floor`.
    static func comparedClauseBefore(_ s: [Unicode.Scalar], number: Int, rawLeft: String, after floor: Int) -> String? {
        var k = number
        while k > 0, s[k - 1] == " " { k -= 1 }
        k -= rawLeft.trimmingSpaces.unicodeScalars.count
        while k > 0, s[k - 1] == " " { k -= 1 }
        guard k > 1, s[k - 1] == "，" || s[k - 1] == "," else { return nil }
        let end = k - 1
        var b = end
        while b > 0, !SubjectFinder.clauseBreaks.contains(s[b - 1]), end - b < 30 { b -= 1 }
        guard b >= floor, b > 0 || floor == 0 else { return nil }
        let clause = Array(s[b..<end])
        guard !clause.contains(where: { QuantityScanner.isDigit($0) }),
              let mark = clause.firstIndex(where: { $0 == "较" || $0 == "比" }), mark >= 2,
              clause[(mark + 1)...].contains(where: { $0 == "翻" || $0 == "增" || $0 == "提" || $0 == "降" || $0 == "减" }) else { return nil }
        let name = SubjectFinder.clean(Array(clause[..<mark]))
        return name.unicodeScalars.count >= 2 ? name : nil
    }

    /// "21 个项目获上海市科学技术奖，其中 5 个项目荣获一等奖": 其中 and a noun after the
    /// number name a part of the figure before, which keeps its own name (the two are no
    /// rival values of one metric).
    static func namesPart(_ parts: SubjectFinder.Parts) -> Bool {
        let right = parts.right.scalarArray
        return parts.rawLeft.trimmingSpaces.hasSameBytes(as: "其中") && right.count >= 2
            && SubjectFinder.rightVerbs.match(in: right, at: 0) == nil && !"为是属来由在".unicodeScalars.contains(right[0])
    }

    /// Whose a bare part is: the figure before's subject; after a change, the changed figure's
    /// (营收…，同比增长32.17%，缴纳税收46.01亿元).
    static func ownerPhrase(_ subject: String, role: FactRole, part: String) -> String {
        // (Never the change's own words: 案件同比下降 + 结案 is no 案件同比结案.)
        guard role == .change else { return subject }
        return HeadlineRules.changedThing(subject)
    }

    /// Attributes of a thing with no noun of their own: whose they are is the figure before's.
    static let attributes: ByteWords = ["成交额", "交易额", "合同额", "合同金额", "金额", "销售额", "支出决算", "决算", "决算数",
                                        "执行数", "预算数", "支出预算"]
    static let resultRates: ByteWords = ["满意率", "通过率", "合格率", "满意结果率"]
    /// A rate named by itself alone (满意率), and the rate words a name ends in.
    static let bareRates: ByteWords = ["满意率", "满意度", "办结率", "按时办结率", "及时率", "回访率", "好评率", "解决率", "响应率", "签收率"]
    static let rateEnds = ["按时办结率", "办结率", "满意率", "满意度", "及时率", "回访率", "好评率", "解决率", "响应率", "签收率", "完成率"]
    /// `12345热线工单按时办结率` → `12345热线工单`: whose rate it is (nil when nothing is left).
    static func rateOwner(_ subject: String) -> String? {
        guard let w = rateEnds.first(where: { subject.endsWithBytes($0) }) else { return nil }
        let owner = String(String.UnicodeScalarView(subject.unicodeScalars.dropLast(w.unicodeScalars.count)))
        return owner.unicodeScalars.count >= 2 ? owner : nil
    }
    static let proficiencyWords = ["能力验证", "比对", "测量审核", "能力考核"]
    /// `较8月的`, `比上年同期的`, `较2023年的`: a comparison naming only when the earlier value is.
    static func comparesWith(_ raw: String) -> Bool {
        let u = Array(raw.trimmingSpaces.unicodeScalars)
        // (较行动计划基期2023年的: a base year named as such.)
        guard u.count >= 2, u.count <= 16, u[0] == "较" || u[0] == "比" || u[0] == "与" else { return false }
        // 比上年决算数7.35万元: the earlier year's account of the same figure.
        return u.last == "的" || accountEnds.match(in: u, endingBefore: u.count) != nil
    }
    /// "…决算为18,472.86万元。比2023年度决算17,446.34万元增加…": a sentence that opens on the
    /// comparison names no thing of its own; it goes on about the figure before.
    static func opensOnComparison(_ raw: String) -> Bool {
        let t = raw.trimmingSpaces
        return t.startsWithBytes("比") || t.startsWithBytes("较")
    }
    static let accountEnds = WordList(["决算数", "预算数", "执行数", "年度决算", "上年决算"])

    /// "年中调减37.40万元，全年预算数为…": an adjustment names no owner for the attribute after it.
    static func endsInAdjustment(_ subject: String) -> Bool {
        ["调减", "调增", "追加", "核减", "压减", "增加", "减少"].contains { subject.endsWithBytes($0) }
    }

    /// `预算执行率较2024年（94.87%）提高…`: the bracket after a comparison's year holds the
    /// earlier value of what stands before 较 in the clause (empty when nothing does: then it
    /// is the figure before's); nil when the figure at `start` is not in such a bracket.
    static func bracketedBaselineHead(_ s: [Unicode.Scalar], at start: Int) -> String? {
        var k = start
        while k > 0, s[k - 1] == " " { k -= 1 }
        // "服务科技企业 1286家 ↑12.4%（2024年 1144家）", "（2022年：1,143家）": a bracket that
        // opens on an earlier year holds that year's value of the figure before.
        if let open = yearOpensBracket(s, before: k) {
            var b = open
            while b > 0, s[b - 1] == " " { b -= 1 }
            if b > 0, !SubjectFinder.clauseBreaks.contains(s[b - 1]) { return "" }
        }
        guard k > 0, s[k - 1] == "（" || s[k - 1] == "(" else { return nil }
        k -= 1
        while k > 0, s[k - 1] == " " { k -= 1 }
        // "较上年（97.9%）提高0.7个百分点": last year's value, in brackets after the comparison.
        if let w = Self.relativeComparisons.match(in: s, endingBefore: k) {
            let end = k - Self.relativeComparisons.scalars[w].count
            var b = end
            while b > 0, end - b < 24, !SubjectFinder.clauseBreaks.contains(s[b - 1]) { b -= 1 }
            return SubjectFinder.clean(Array(s[b..<end]))
        }
        // "比上一年度审计查出问题整改率（89.4%）": the earlier value of the figure named between.
        if let name = Self.namedAfterComparison(s, before: k) { return name }
        k -= Self.periodAfterYear(s, endingAt: k)
        guard k > 0, s[k - 1] == "年" else { return nil }
        k -= 1
        let yearEnd = k
        while k > 0, QuantityScanner.isDigit(s[k - 1]) || s[k - 1] == " " { k -= 1 }
        // (是2019年（12,848家）的1.9倍: the multiple's earlier value.)
        guard yearEnd - k >= 4, k > 0, s[k - 1] == "较" || s[k - 1] == "比" || s[k - 1] == "是" else { return nil }
        let end = k - 1
        var b = end
        while b > 0, end - b < 24, !SubjectFinder.clauseBreaks.contains(s[b - 1]) { b -= 1 }
        return SubjectFinder.clean(Array(s[b..<end]))
    }

    /// Where the bracket opens when the text before `k` is `（2024年 `, `（2024年为`, `（2022年：`;
    /// nil otherwise.
    static func yearOpensBracket(_ s: [Unicode.Scalar], before k: Int) -> Int? {
        var j = k
        if j > 0, s[j - 1] == "为" || s[j - 1] == "：" || s[j - 1] == ":" { j -= 1 }
        while j > 0, s[j - 1] == " " { j -= 1 }
        guard j > 0, s[j - 1] == "年" else { return nil }
        j -= 1
        while j > 0, s[j - 1] == " " { j -= 1 }
        guard j >= 5, YearResolver.fourDigitYear(s, endingBefore: j) != nil else { return nil }
        j -= 4
        guard s[j - 1] == "（" || s[j - 1] == "(" else { return nil }
        return j - 1
    }

    /// `授予…等6个集体“2025年度…先进集体”称号`, `2名同志“…突出贡献奖”`: the honoured, counted
    /// by the title they are given; `3个单位予以通报表扬`: by what they are given. Nil for
    /// any other count.
    static func honouredName(_ s: [Unicode.Scalar], after end: Int) -> String? {
        var k = end
        // "授予张明远等10人“2024年度上海市科技精英”称号": the count's own measure names them.
        let counted = end > 0 && "人名位".unicodeScalars.contains(s[end - 1]) && end < s.count && s[end] == "“"
        guard let noun = counted ? [] : honouredNouns.first(where: { w in k + w.count <= s.count && s[k..<(k + w.count)].elementsEqual(w) }) else { return nil }
        k = YearResolver.skipSpaces(s, k + noun.count)
        guard k < s.count else { return nil }
        if s[k] == "“" || s[k] == "\"" {
            let open = k + 1
            guard let close = s[open..<min(s.count, open + 40)].firstIndex(where: { $0 == "”" || $0 == "\"" }), close - open >= 4 else { return nil }
            let title = String(scalars: s[open..<close])
            // (Counted by its measure, a title given as one: …“上海市科技精英”称号, …“提名奖”; not
            // 30位“小小科学探秘家”, the ones a talk was given to.)
            if counted, !title.endsWithBytes("奖"), !(close + 3 <= s.count && s[close + 1] == "称" && s[close + 2] == "号") { return nil }
            return title.endsWithBytes("奖") ? title + "获得者" : title
        }
        guard k + 4 <= s.count, s[k] == "予", s[k + 1] == "以" else { return nil }
        var e = k + 2
        while e < s.count, e - k < 12, !RoleReader.isClauseStop(s[e]) { e += 1 }
        guard e - (k + 2) >= 2 else { return nil }
        return String(scalars: s[(k + 2)..<e]) + String(scalars: noun)
    }
    /// `10家单位参与项目获上海市科学技术奖` → `单位参与项目获上海市科学技术奖`: a name without the
    /// count it opens on; nil when it opens on none or too little would be left.
    static func withoutLeadingCount(_ name: String) -> String? {
        let u = name.scalarArray
        var k = 0
        while k < u.count, QuantityScanner.isDigit(u[k]) || u[k] == "," || u[k] == "." { k += 1 }
        // Counts of bodies and items only (not 6年来, 5分钟, 26批次, 3个月).
        guard k > 0, k + 1 < u.count, leadingCounts.contains(u[k]), !longerMeasureEnds.contains(u[k + 1]), u.count - k - 1 >= 3 else { return nil }
        return String(scalars: u[(k + 1)...])
    }
    static let leadingCounts: ScalarSet = ["家", "个", "项", "名", "位", "所", "支", "条", "件"]
    static let longerMeasureEnds: ScalarSet = ["月", "次", "钟", "时", "年", "天", "工", "百", "千", "万"]
    static let honouredNouns: [[Unicode.Scalar]] = ["同志", "集体", "单位", "个人", "企业", "团队"].map(\.scalarArray)

    /// `高于全市平均水平（`: the figure in the bracket is that average; its name's head
    /// (`全市平均`), nil for any other bracket.
    static func averageCompared(_ s: [Unicode.Scalar], at start: Int) -> String? {
        var k = start
        while k > 0, s[k - 1] == " " { k -= 1 }
        guard k > 0, s[k - 1] == "（" || s[k - 1] == "(" else { return nil }
        k -= 1
        let end = k
        for w in ["平均水平", "平均值", "平均"] where end >= w.scalarCount && s[(end - w.scalarCount)..<end].elementsEqual(w.unicodeScalars) {
            let avg = end - w.scalarCount
            // Back over the place (全市, 全国, 行业) to the comparison before it.
            var b = avg
            while b >= 2, avg - b <= 4 {
                if comparedAbove.contains(String(scalars: s[(b - 2)..<b])) { return String(scalars: s[b..<avg]) + "平均" }
                if RoleReader.isClauseStop(s[b - 1]) { break }
                b -= 1
            }
            return nil
        }
        return nil
    }
    /// A name without the unit's own place before it (我区, 本区, 全区, 区内).
    static func withoutOwnPlace(_ name: String) -> String {
        for w in ["我区", "本区", "全区", "区内", "我市", "本市"] where name.startsWithBytes(w) && name.scalarCount > w.scalarCount + 1 {
            return String(scalars: name.scalarArray.dropFirst(w.scalarCount))
        }
        return name
    }
    static let comparedAbove: Set<String> = ["高于", "低于", "超过", "优于", "超出", "快于", "慢于"]

    /// `高于全市平均水平`, `低于全国平均（…）`: a change that is a gap to an average.
    static func gapToAverage(_ left: String) -> Bool {
        comparedAbove.contains { left.startsWithBytes($0) } && left.hasBytes("平均") && left.scalarCount <= 16
    }

    /// The part of a year after its 年 that still names the compared period (较2024年末,
    /// 比2024年同期, 比2024年第二批): how many scalars before `end` it takes, 0 for none.
    static func periodAfterYear(_ s: [Unicode.Scalar], endingAt end: Int) -> Int {
        guard end >= 2 else { return 0 }
        for w in ["同期", "年末", "年底", "末", "底", "度"] {
            let u = w.scalarArray
            // 年末/年底 only after 年 itself (2024年年末).
            if end - u.count >= 1, s[(end - u.count)..<end].elementsEqual(u), s[end - u.count - 1] == "年" { return u.count }
        }
        // 第二批, 第3期: an ordinal batch of that year.
        guard s[end - 1] == "批" || s[end - 1] == "期" else { return 0 }
        var k = end - 1
        while k > 0, end - k <= 4, QuantityScanner.isDigit(s[k - 1]) || ChineseNumerals.digit(s[k - 1]) != nil || s[k - 1] == "十" { k -= 1 }
        guard k < end - 1, k > 0, s[k - 1] == "第" else { return 0 }
        return end - (k - 1)
    }

    /// The name without its brackets that hold a figure (`（97.9%）`, `(2023年为12家)`), or
    /// nil when it has none.
    static func withoutQuotedFigures(_ subject: String) -> String? {
        var out: [Unicode.Scalar] = []
        var group: [Unicode.Scalar] = []
        var open = false, removed = false
        for c in subject.unicodeScalars {
            if !open, c == "（" || c == "(" { open = true; group = [c]; continue }
            if open {
                group.append(c)
                if c == "）" || c == ")" {
                    open = false
                    // A figure: its first scalar a digit, or a % or 为 in it ((PM2.5) is a name).
                    let inner = group.dropFirst()
                    if let f = inner.first, QuantityScanner.isDigit(f) || inner.contains("%") || inner.contains("为") { removed = true } else { out += group }
                }
                continue
            }
            out.append(c)
        }
        if open { out += group }
        return removed && !out.isEmpty ? String(scalars: out) : nil
    }

    static let relativeComparisons = WordList(["较上年", "比上年", "较去年", "比去年", "较上年同期", "比上年同期", "较去年同期", "比去年同期",
                                               "较上年度", "比上年度", "比上一年度", "较上一年度", "比上一年", "较上一年", "同比"])

    /// Whether the figure at `start` stands in brackets after `比上一年度X`.
    static func bracketAfterNamedComparison(_ s: [Unicode.Scalar], at start: Int) -> Bool {
        var k = start
        while k > 0, s[k - 1] == " " { k -= 1 }
        guard k > 0, s[k - 1] == "（" || s[k - 1] == "(" else { return false }
        return namedAfterComparison(s, before: k - 1) != nil
    }

    /// `比上一年度X` right before `end`: X, when it is a name (no figure, no clause break).
    static func namedAfterComparison(_ s: [Unicode.Scalar], before end: Int) -> String? {
        var b = end
        while b > 0, end - b < 24, !SubjectFinder.clauseBreaks.contains(s[b - 1]), !QuantityScanner.isDigit(s[b - 1]) { b -= 1 }
        var from = b, found: Int? = nil
        while let (i, w) = relativeComparisons.nextMatch(in: s, from: from, to: end) {
            found = i + relativeComparisons.scalars[w].count
            from = i + 1
        }
        guard let start = found, end - start >= 2 else { return nil }
        let name = SubjectFinder.clean(Array(s[start..<end]))
        return name.isEmpty ? nil : name
    }

    /// What is left of `去年同期为` as a subject: a time, no thing of its own.
    static let earlierTimes = ["去年同期", "上年同期", "去年", "上年", "同期"]

    /// `（2024年为`, `上年为`, `去年同期为`: a bracket or clause giving the figure's earlier value.
    static func isEarlierValue(_ raw: String) -> Bool {
        var u = Array(raw.unicodeScalars)
        // Markdown's emphasis around the figures (`**15件**（2024年为**21件**）`) is no word.
        while let f = u.first, f == "（" || f == "(" || f == "*" || f == "_" { u.removeFirst() }
        while let l = u.last, l == "*" || l == "_" { u.removeLast() }
        guard u.last == "为", u.count <= 10, u.count >= 3 else { return false }
        let t = String(scalars: u)
        return ["上年", "去年", "上年同期", "去年同期", "年末", "年底"].contains { t.hasBytes($0) }
            || (u.count >= 6 && u.prefix(4).allSatisfy { QuantityScanner.isDigit($0) } && u[4] == "年")
    }

    /// `是2020年的`, `为“十三五”末的`, `相当于上年的`: what a multiple (…倍) is of, said of the figure
    /// before it; the name's tail (`是2020年的倍数`), nil for anything else.
    static func multipleOfEarlier(_ raw: String) -> String? {
        var u = Array(raw.unicodeScalars)
        while let f = u.first, f == "，" || f == "," || f == " " { u.removeFirst() }
        guard u.last == "的", (3...14).contains(u.count) else { return nil }
        let t = String(scalars: u)
        guard ["是", "为", "相当于"].contains(where: { t.startsWithBytes($0) }) else { return nil }
        return t + "倍数"
    }

    /// Adverbs of a level reached (首次突破): they name no thing.
    static let onceWords: ByteWords = ["首次", "再次", "历史上首次", "历史性", "首度", "一举"]
    /// Whether the sentence before `end` opens on an item's label and a colon (`行政运行（项）：
    /// 年初预算为…`), not on 其中：: its attributes are the item's, not the unit's.
    /// `start`: the sentence's start (`YearResolver.sentenceStart`), which the caller tracks.
    static func opensOnItemLabel(_ s: [Unicode.Scalar], sentenceStart start: Int, before end: Int) -> Bool {
        guard let colon = s[start..<end].firstIndex(where: { $0 == "：" || $0 == ":" }), colon - start >= 2 else { return false }
        return !(colon - start >= 2 && s[colon - 2] == "其" && s[colon - 1] == "中")
    }
    static let roleTails = WordList(["预算数", "决算数", "执行数", "预算", "决算"])
    static let roleQualifiers: [[Unicode.Scalar]] = ["调整后", "年初", "全年", "本年", "年度", "调整"].map { Array($0.unicodeScalars) }

    /// The owner's name joined to the attribute: `认定登记技术合同` + `成交额`; `“三公”经费财政
    /// 拨款支出预算` + `支出决算` → `“三公”经费财政拨款支出决算` (its role word replaced, the
    /// shared 支出 written once). Nil when the owner has too little name left.
    static func attributeOwner(_ subject: String, attribute: String) -> String? {
        var s = HeadlineRules.withoutChange(subject)
        if let w = roleTails.match(in: s, endingBefore: s.count), s.count > roleTails.scalars[w].count + 1 {
            s.removeLast(roleTails.scalars[w].count)
            // “三公”经费财政拨款年初预算 → “三公”经费财政拨款: the role word's qualifier goes with it.
            for q in roleQualifiers where s.count > q.count + 2 && s.suffix(q.count).elementsEqual(q) { s.removeLast(q.count); break }
        }
        // 调整后预算 → 调整后: a role word's qualifier, not a thing (年初预算…，调整后预算…，
        // 支出决算…: all the row's, named before them).
        guard s.count >= 3, !["调整后", "年初", "全年", "本年", "年度"].contains(where: { s.elementsEqual($0.unicodeScalars) }) else { return nil }
        var a = attribute.scalarArray
        // 区科委收入决算…；支出决算…: the other side of the same books, 区科委支出决算, not an
        // attribute of the income (区科委收入支出决算).
        let income: [Unicode.Scalar] = ["收", "入"], spending: [Unicode.Scalar] = ["支", "出"]
        if s.count >= 4, a.count >= 2, Array(s.suffix(2)) == income && Array(a.prefix(2)) == spending
            || Array(s.suffix(2)) == spending && Array(a.prefix(2)) == income {
            return String(scalars: s.dropLast(2) + a)
        }
        if a.count > 2, s.count > 2, Array(s.suffix(2)) == Array(a.prefix(2)) { a.removeFirst(2) }
        return String(scalars: s + a)
    }

    /// Provinces, cities and Shanghai's districts, as a subject of their own.
    static let places = ByteWords(["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建",
                                   "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏",
                                   "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾", "深圳", "全国", "全市"]
                                  // The full names first: 浦东新区 is stripped whole, not as 浦东 leaving 新区.
                                  + UnitNames.districtShort.map(\.1) + UnitNames.districtShort.map(\.0))

    /// What a place's figure measures: the figure before's subject without its own place
    /// (上海最高负荷 → 最高负荷), if it starts with one.
    static func placeHead(_ subject: String) -> String? {
        guard let place = places.words.first(where: { subject.startsWithBytes($0) }) else { return nil }
        let head = String(subject.unicodeScalars.dropFirst(place.scalarCount))
        return head.scalarCount >= 2 ? head : nil
    }

    /// 缴纳税收 → 税收: a verb and a two-character noun say nothing of whose the figure is.
    static func withoutLeadVerb(_ subject: String) -> String {
        let u = subject.unicodeScalars
        guard u.count == 4, let v = leadVerbs.first(where: { subject.startsWithBytes($0) }) else { return subject }
        return String(subject.dropFirst(v.count))
    }
    static let leadVerbs = ["缴纳", "上缴", "实现", "完成", "贡献"]

    /// People counted after bodies (服务中小学163所，学生2.8万人次): the people are no part of
    /// the bodies' name, as the 20 trainees of a training's 2 sessions are of the training's.
    static func peopleOfBodies(_ q: Quantity, after prev: Quantity) -> Bool {
        Reading.countMeasures.containsBytes(prev.measure) && peopleMeasures.containsBytes(MetricCatalog.withoutScale(q.measure))
    }
    static let peopleMeasures: ByteWords = ["人", "人次", "名", "位"]
    /// Whether only a range mark (至, 到, —, ～, -) stands between the figure before's end
    /// (its measure, or a lower bound that borrows this one's) and this number.
    static func isRangeEnd(_ s: [Unicode.Scalar], number: Int, after prevEnd: Int) -> Bool {
        var k = number
        while k > 0, s[k - 1] == " " { k -= 1 }
        guard k > 0, PartOfYear.rangeMarks.contains(s[k - 1]) else { return false }
        var m = k - 1
        while m > 0, PartOfYear.rangeMarks.contains(s[m - 1]) { m -= 1 }
        while m > 0, s[m - 1] == " " { m -= 1 }
        // The lower bound's span may end before or after the mark (20—25场 lends 20 its 场).
        return prevEnd <= number && prevEnd >= m
    }

    /// Verbs of whom a figure reached, alone before a count (惠及, 覆盖, 带动).
    static let reachVerbs: ByteWords = ["惠及", "覆盖", "带动", "受益", "涉及", "惠及"]
    /// A verb of completion alone (已完成16项): the part of the figure before that is done.
    static let doneVerbs: ByteWords = ["已完成", "已办结", "已整改", "已落实", "已验收", "已兑现", "已整改到位", "已全部完成"]

    /// 国家级, 市级, 省部级, 区级: a level with no noun of its own.
    static func isLevelOnly(_ subject: String) -> Bool {
        let u = subject.unicodeScalars
        return (2...4).contains(u.count) && u.last == "级" && !u.contains("各")
    }

    /// "从1000亿元到3000亿元": only 到/至 between the earlier value and this one.
    static func onlyTo(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        let gap = s[a..<b].filter { $0 != " " }
        return gap.elementsEqual(["到"]) || gap.elementsEqual(["至"])
    }
}
