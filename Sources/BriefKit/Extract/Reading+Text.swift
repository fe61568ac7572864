/// Figures in running text: a number, the subject before it (or inherited from the figure
/// before), its year and role from its sentence, then the paragraph, section and report.
extension Reading {
    mutating func readText(_ line: ScalarLine) {
        let s = line.scalars
        let normalized = self.normalized
        let scanner = QuantityScanner(s, skipped: skipLog, joinsWord: joinsWord)
        var subjects = SubjectChain(line)
        var previous: (end: Int, role: FactRole, baseYear: Int?, year: Int?)? = nil
        var sentence = 0, sentenceScan = 0, sentenceStart = 0
        var partOfYear = PartOfYear.Scan()
        // "2024年，…" opening a sentence dates the rest of its paragraph.
        // Read only when a figure names no year of its own.
        var topicYears: ParagraphYears? = nil
        let inLead = !leadSeen && !Self.isFormField(s)
        // Read into a local: a closure that touched self made Swift copy the whole reading.
        let relativeYear = context.relativeYear
        let found = scanner.scan()
        // A line without figures (most lines) needs none of the three below, and carries no
        // list of years on (what `pairs` hands back for it).
        // "多年来，…获得国家及本市级科技进步奖20余项": totals of many years, no year's result.
        let longRun = found.isEmpty ? nil : FactExtractor.longRunSpan(s)
        let respective = found.isEmpty ? (years: [:], last: []) : RespectiveYears.pairs(s, found: found, carried: respectiveYears)
        respectiveYears = respective.last
        // "注：规模以上工业统计范围为…": a note explains; its figures are no results.
        let isNote = !found.isEmpty && FactExtractor.isNote(s)
        // "【科学普及】2024年，全区开展…": a yearbook's run-in head names what its entry is about.
        let entryHead = found.isEmpty ? nil : Self.runInHead(s)
        for (index, q) in found.enumerated() {
            while sentenceScan < q.span.lowerBound {
                if YearResolver.endsSentence(s[sentenceScan]) { sentence += 1; sentenceStart = sentenceScan + 1 }
                sentenceScan += 1
            }
            func skip(_ reason: String) {
                guard extractor.recordsSkipped else { return }
                let r = normalized.originalRange(line.byteRange(q.number))
                skipped.append(SkippedNumber(text: line.text(q.number), reason: reason, provenance: locator.provenance(of: r)))
            }
            // 近三年来 / 5年来: a look-back window, not a figure.
            if q.quantity.measure.hasSameBytes(as: "年"), scanner.at(q.span.upperBound) == "来" { skip("look-back window (N年来)"); continue }
            if q.isNumberedName { skip("numbered name (二支部, 周年)"); continue }
            // "表1  分管领域主要指标完成情况": a caption's number.
            if Self.isCaptionNumber(s, q.number) { skip("caption number (表1)"); continue }
            // "注：1.…；2.2025年数据为初步统计数": a note's number glued to a year.
            if q.quantity.measure.hasSameBytes(as: "年"), Self.isItemNumberBeforeYear(s, q.number) { skip("item number before a year (2.2025年)"); continue }
            if q.isBare && !FactExtractor.isRateContext(line, q) { skip("no measure word"); continue }
            let sameSentence = previous.map { p in !s[min(p.end, q.span.lowerBound)..<q.span.lowerBound].contains(where: YearResolver.endsSentence) } ?? false
            var period = period(of: q, in: line, paragraphYear: {
                if topicYears == nil { topicYears = ParagraphYears(s, relativeYear: relativeYear) }
                return topicYears?.year(before: q.span.lowerBound)
            })
            // "分别增长28.6%、7.3%和4.1%": later items of a list share the first one's role.
            if let prev = previous, sameSentence, Self.onlyListSeparators(s, from: prev.end, to: q.span.lowerBound) {
                period.role = prev.role
                period.baseYear = prev.baseYear
                if period.year == nil || prev.role == .change { period.year = prev.year }
            }
            // "完成年初预算68.50万元的86.8%": a rate right after an amount and 的 is its share.
            if q.quantity.isRate, let prev = previous, sameSentence, prev.end <= q.span.lowerBound,
               String(scalars: s[prev.end..<q.span.lowerBound]).trimmingSpaces.hasSameBytes(as: "的"),
               Self.afterPlanAmount(s, before: prev.end) {
                period.role = .share
            }
            // "低于6%左右的预期目标", "完成120家的年度目标": the figure is the goal it names
            // after it (not a change, though 低于 and a change before it say so).
            if Self.isGoalNamedAfter(s, from: q.span.upperBound) { period.role = .target; period.baseYear = nil }
            // "已完成全年目标的86%": how much of the goal is done, not the goal.
            if q.quantity.isRate, Self.doneOfGoal.match(in: s, endingBefore: q.span.lowerBound) != nil { period.role = .share }
            // "2022年、2023年、2024年…分别为8.61亿元、9.17亿元和9.82亿元": each its own year.
            if let y = respective.years[index], period.role == .actual || period.role == .baseline {
                period.year = y
                period.role = context.reportYear.map { y < $0 } == true ? .baseline : .actual
            }
            var named = subjects.subject(of: q, at: index, in: found, sentence: sentence, role: period.role, splitTail: q.splitWordTail)
            // A key-figure card: the label on a line of its own, the value alone on the next
            // ("“企业服务云”注册企业" / "23.4万家").
            // Such cards show a page's headline figures.
            var card = false
            let valueOnly = found.count == 1 && Self.isValueOnly(s, q.span)
            let unlabelled = named.subject.isEmpty && valueOnly
            if unlabelled, let label = cardLabel {
                named.subject = label
                card = true
            }
            // A card on one line, its number first ("2,418家获券企业", "1.36亿元全年兑付创新券").
            if !card, found.count == 1, Self.isNumberFirstCard(s, q.span) { card = true }
            let range = normalized.originalRange(line.byteRange(q.number))
            // A class's bound or a note's figure is no result of any category.
            let aside = FactExtractor.thresholdReason(q, in: s) ?? (isNote ? "a note's figure" : nil)
                ?? (named.levelPassed ? "a level passed (首次突破)" : nil)
                ?? (Self.passedThenReached(s, q, next: index + 1 < found.count ? found[index + 1] : nil) ? "a level passed (突破…，达到…)" : nil)
            let manyYears = longRun?.contains(q.span.lowerBound) == true ? "a total over many years (多年来)" : nil
            // "重点监测的119家A级旅游景区累计接待游客1,286.4万人次": the count says which
            // places the next figure counts; it is part of that figure's name, no result.
            // (Only after 的 or a list's 等: after a verb, 帮助8,642家中小企业获得融资…, the count
            // is a result of its own.)
            // (Nor when a count in numerals opens its clause: "三个园区入驻企业合计1,050家".)
            let modifierLead = named.rawLeft.trimmingSpaces.endsWithBytes("的") || named.rawLeft.trimmingSpaces.endsWithBytes("等")
                || (named.rawLeft.trimmingSpaces.isEmpty && ChineseNumerals.isNumeral(s[q.number.lowerBound]))
            let modifier = modifierLead && index + 1 < found.count && Self.namesNextFiguresThing(s, q, next: found[index + 1])
                ? "a count in the next figure's name" : nil
            if modifier != nil, let cut = Self.beforeVerb(named.subject) { named.subject = cut }
            // YearResolver.sentenceStart, from the sentence start tracked above (no walk back).
            let figureSentence = max(sentenceStart, q.span.lowerBound - YearResolver.lookBack)
            var detail = aside ?? manyYears ?? modifier ?? FactExtractor.detailReason(subject: named.subject, quantity: q.quantity,
                                                             sentence: s[figureSentence..<q.span.lowerBound])
            // 每万人口高价值发明专利拥有量: a rate per head the catalog reports as a headline.
            if detail == FactExtractor.perItem, extractor.catalog.metric(forSubject: named.subject, measure: q.quantity.measure, registry: extractor.registry)?.key == true {
                detail = nil
            }
            // "按时办结率和市民满意率均 100%": one figure for each item of the list.
            let passedName = named.levelPassed ? SubjectNormalizer.normalizedWithScalars(named.subject, registry: extractor.registry).text : nil
            for itemSubject in FactExtractor.distributedSubjects(named.rawLeft) ?? [named.subject] {
                var fact = makeFact(q, subject: itemSubject, year: period.year, range: range, role: period.role, boundName: passedName,
                                    itemLabelled: SubjectChain.opensOnItemLabel(s, sentenceStart: figureSentence, before: q.span.lowerBound))
                fact.role = period.role
                fact.baseYear = period.baseYear
                if period.role == .change, fact.category != .other { fact.category = .growth }
                // A goal is not an achievement of its category.
                if period.role == .target { fact.category = .other }
                if detail != nil && (fact.metric == nil || aside != nil) { fact.category = .other }
                if detail != nil { fact.confident = fact.confident && fact.metric != nil }
                // A bound passed is no value of the metric: it must not stand beside the value.
                if named.unsure || period.guessed { fact.confident = false }
                if named.earlierValue {
                    fact.role = .baseline
                    fact.baseYear = nil
                    // （上年为6,746万元）: the year before the figure's; （2023年为…）: that year.
                    // (Only while the year is still the report's: 上年 may be read already.)
                    if fact.year == context.reportYear, let y = Self.earlierYear(named.rawLeft, current: fact.year) { fact.year = y }
                    // 比上一年度…整改率（89.4%）: last year's value.
                    else if fact.year == context.reportYear, SubjectChain.bracketAfterNamedComparison(s, at: q.span.lowerBound) { fact.year = fact.year.map { $0 - 1 } }
                    fact.confident = false
                    fact.category = .other
                }
                if valueOnly {
                    lastValueCard = PendingCard(fact: facts.count, line: lineNumber, quantity: q, year: period.year, range: range,
                                                role: fact.role, baseYear: fact.baseYear)
                }
                // Moved, not copied: the fact is not used again.
                facts.append(consume fact)
                traces.append(FigureTrace(line: lineNumber, sentence: sentence, inherits: named.inherited, inSummary: sections.isSummary || card,
                                          position: position + q.number.lowerBound, inLead: inLead, isTotalRow: false, fromTable: false,
                                          isDetail: detail != nil,
                                          partOfYear: partOfYear.period(in: s, sentenceStart: sentenceStart, upTo: q.span.lowerBound),
                                          entryHead: entryHead, statedAsSum: Self.statesASum(s, before: q.span.lowerBound)))
            }
            previous = (q.span.upperBound, period.role, period.baseYear, period.year)
        }
        for entry in scanner.skipped.entries where extractor.recordsSkipped && entry.reason != "not a number" {
            let r = normalized.originalRange(line.byteRange(entry.range))
            skipped.append(SkippedNumber(text: line.text(entry.range), reason: entry.reason, provenance: locator.provenance(of: r)))
        }
    }

    /// Whether the line holds nothing but this figure (and punctuation).
    /// Asked of every line with one figure: one pass over the scalars either side, no
    /// arrays (two filtered copies and their sum cost three allocations a line).
    static func isValueOnly(_ s: [Unicode.Scalar], _ span: Range<Int>) -> Bool {
        for i in s.indices where i < span.lowerBound || i >= span.upperBound {
            switch s[i] {
            case " ", "\u{3000}", "，", "。", "；", "、", "！", ",", ".", ";", "+", "↑": continue
            default: return false
            }
        }
        return true
    }

    /// A short line that is a figure then its label, nothing before it (a list mark aside)
    /// and no sentence after it.
    static func isNumberFirstCard(_ s: [Unicode.Scalar], _ span: Range<Int>) -> Bool {
        guard s.count <= 28 else { return false }
        let before = s[..<span.lowerBound].filter { $0 != " " && $0 != "\u{3000}" && $0 != "-" && $0 != "*" && $0 != "•" }
        guard before.isEmpty else { return false }
        let label = s[span.upperBound...].filter { $0 != " " && $0 != "\u{3000}" && $0 != "*" }
        guard (2...16).contains(label.count), !label.contains(where: { cardStops.contains($0) || QuantityScanner.isDigit($0) }) else { return false }
        // "3家企业获评…": a verb makes it a sentence, not a label (the label made a string once).
        let text = String(scalars: label)
        return !HonourExtractor.triggers.contains { text.hasBytes($0) }
    }

    /// A line that may label the value on the next: short, with no figure and no sentence.
    static func cardLabel(_ s: [Unicode.Scalar]) -> String? {
        // Asked of every short line: one pass that gives up at a digit, a stop or the 21st
        // scalar, counting the label's scalars; the string is made from the line at the end.
        let kept = { (c: Unicode.Scalar) in c != " " && c != "\u{3000}" && c != "\u{A0}" }
        var n = 0
        var first: Unicode.Scalar = " ", second: Unicode.Scalar = " "
        for c in s where kept(c) {
            if QuantityScanner.isDigit(c) || isCardStop(c) || n == 20 { return nil }
            if n == 0 { first = c } else if n == 1 { second = c }
            n += 1
        }
        // A heading (六、年度预算安排) heads a section, not a value.
        guard n >= 2, !(cardNumerals.contains(first) && second == "、"), SectionContext.heading(s) == nil else { return nil }
        return String(scalars: s.lazy.filter(kept))
    }
    static let cardStops: ScalarSet = ["，", "。", "；", "：", ":", ",", ";", "！", "？"]
    /// `cardStops.contains(c)` as a switch: asked of each scalar of every short line, where
    /// each ask of the static set went through `swift_once`.
    @inline(__always)
    static func isCardStop(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "，", "。", "；", "：", ":", ",", ";", "！", "？": return true
        default: return false
        }
    }
    static let cardNumerals: ScalarSet = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// Only 、 和 及 与 and spaces between two figures: items of one list.
    static func onlyListSeparators(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> Bool {
        guard a <= b else { return false }
        return s[a..<b].allSatisfy { $0 == "、" || $0 == "和" || $0 == "及" || $0 == "与" || $0 == " " || $0 == "," || $0 == "，" }
            && s[a..<b].contains { $0 != " " }
    }

    /// `共计46万元`, `合计为246万元`: the words right before a figure sum it.
    static func statesASum(_ s: [Unicode.Scalar], before start: Int) -> Bool {
        var k = start
        while k > 0, s[k - 1] == " " || s[k - 1] == "为" || s[k - 1] == "达" { k -= 1 }
        guard k >= 2 else { return false }
        let a = s[k - 2], b = s[k - 1]
        return b == "计" && (a == "共" || a == "合" || a == "总")
    }

    /// A count followed, in its clause, by a noun and then another figure (`119家A级旅游景区
    /// 累计接待游客1,286.4万人次`): it names the thing the next figure is of.
    static func namesNextFiguresThing(_ s: [Unicode.Scalar], _ q: ScannedQuantity, next: ScannedQuantity) -> Bool {
        guard !q.quantity.isMoney, !q.quantity.isRate, !q.quantity.measure.isEmpty,
              countMeasures.containsBytes(q.quantity.measure) else { return false }
        let from = q.span.upperBound, to = next.span.lowerBound
        guard to - from >= 3, to - from <= 30 else { return false }
        if s[from..<to].contains(where: { SubjectFinder.clauseBreaks.contains($0) || $0 == "（" || $0 == "(" }) { return false }
        let rest = Array(s[from..<to])
        // "120家实现营收…", "8家，…": a verb or link after the count makes it a figure of its own.
        if SubjectFinder.rightVerbs.match(in: rest, at: 0) != nil || SubjectFinder.verbList.match(in: rest, at: 0) != nil { return false }
        if rest.first == "的" || rest.first == "以" || rest.first == "左" || rest.first == "和" || rest.first == "及" || rest.first == "与" { return false }
        // The noun is followed by a verb before the next figure (景区 累计接待 游客), or by a
        // total word (园区入驻企业 合计).
        return SubjectFinder.verbList.nextMatch(in: rest, from: 2) != nil || Self.sumWords.nextMatch(in: rest, from: 2) != nil
    }
    static let sumWords = WordList(["合计", "共计", "总计", "累计"])
    static let countMeasures: ByteWords = ["家", "个", "所", "座", "条", "处", "支", "批"]

    /// A name up to its first verb after a count: `全市重点监测A级旅游景区累计接待游客` →
    /// `全市重点监测A级旅游景区`; nil when no verb cuts it.
    static func beforeVerb(_ subject: String) -> String? {
        let u = subject.scalarArray
        guard let m = SubjectFinder.verbList.nextMatch(in: u, from: 2), m.at >= 2 else { return nil }
        let cut = SubjectFinder.clean(Array(u[..<m.at]))
        return cut.unicodeScalars.count >= 2 ? cut : nil
    }

    static func isGoalNamedAfter(_ s: [Unicode.Scalar], from end: Int) -> Bool {
        var k = end
        if let w = approximateAfter.match(in: s, at: k) { k += approximateAfter.scalars[w].count }
        return goalAfter.match(in: s, at: k) != nil
    }
    static func earlierYear(_ rawLeft: String, current: Int?) -> Int? {
        var u = rawLeft.trimmingSpaces.scalarArray
        while let f = u.first, f == "（" || f == "(" { u.removeFirst() }
        if u.count >= 5, u[4] == "年", let y = YearResolver.fourDigitYear(u, endingBefore: 4) { return y }
        let t = String(scalars: u)
        if t.startsWithBytes("上年") || t.startsWithBytes("去年") { return current.map { $0 - 1 } }
        return nil
    }

    /// `表1`, `图2` opening a line (a caption), however the words after it read.
    static func isCaptionNumber(_ s: [Unicode.Scalar], _ number: Range<Int>) -> Bool {
        let k = number.lowerBound
        guard k > 0, s[k - 1] == "表" || s[k - 1] == "图" else { return false }
        return s[..<(k - 1)].allSatisfy { $0 == " " || $0 == "\u{3000}" }
    }

    /// `2.2025年`: one or two digits, a point and a year of four digits (19xx, 20xx) — no
    /// length of time is written so.
    static func isItemNumberBeforeYear(_ s: [Unicode.Scalar], _ number: Range<Int>) -> Bool {
        guard let dot = s[number].firstIndex(of: "."), (1...2).contains(dot - number.lowerBound), number.upperBound - dot == 5 else { return false }
        return YearResolver.fourDigitYear(s, endingBefore: number.upperBound) != nil
    }

    /// Whether the amount ending at `end` follows 完成…预算 in its clause (完成年初预算68.50万元).
    static func afterPlanAmount(_ s: [Unicode.Scalar], before end: Int) -> Bool {
        var k = end
        while k > 0, !SubjectFinder.clauseBreaks.contains(s[k - 1]), end - k < 24 { k -= 1 }
        let clause = String(scalars: s[k..<end])
        return clause.startsWithBytes("完成") && clause.hasBytes("预算")
    }

    static let doneOfGoal = WordList(["完成全年目标的", "完成年度目标的", "完成目标的", "完成全年计划的", "完成年度计划的", "完成计划的",
                                      "完成年度指标值的", "完成全年任务的", "完成年度任务的"])
    static let approximateAfter = WordList(["左右", "以上", "以下", "上下"])
    static let goalAfter = WordList(["的预期目标", "的目标", "的年度目标", "的规划目标", "的目标值", "的计划目标"])

    /// `boundName`: the name of a level passed (首次突破…), which is no value of a metric.
    /// `itemLabelled`: the sentence opens on an item's label (行政运行（项）：…).
    func makeFact(_ q: ScannedQuantity, subject: String, year: Int?, range: Range<Int>, role: FactRole = .actual, boundName: String? = nil,
                  itemLabelled: Bool = false) -> Fact {
        let subject = subject.isEmpty ? "（未识别）" : subject
        let scalars = subject.scalarArray
        // A bare attribute (支出决算 after 行政运行（项）：年初预算…) has lost whose it is: no
        // metric, or each item's would stand as a rival value of the unit's total.
        let ownerless = SubjectChain.attributes.containsBytes(subject) && itemLabelled
            ? SubjectNormalizer.normalizedWithScalars(subject, registry: extractor.registry).text : nil
        let (metric, name) = (boundName ?? ownerless).map { (nil, $0) }
            ?? identity(of: subject, scalars: scalars, measure: q.quantity.measure, final: documentIsFinal && role == .actual)
        let catalog = extractor.catalog
        // A change ("…比2023年预算增加") is growth even when it names a known metric.
        let heuristic = MetricCatalog.category(subject: scalars, quantity: q.quantity)
        var category = heuristic == .growth ? .growth
            : metric?.category ?? catalog.category(forSubject: scalars, measure: q.quantity.measure) ?? heuristic
        // 三大先导产业, 7 大行业领域: a descriptor of what follows, not a count to compare.
        if q.hasNDa { category = .other }
        // A two-character subject ("区税") has lost its owner: never a headline on its own.
        // A bare number is sure only as a known rate or index (客户投诉率保持为 0, 满意度指数达到 96.8).
        let rateMetric = metric ?? (q.isBare ? catalog.headlineMetric(forSubject: scalars, measure: "") : nil)
        // (Or an index by its name, and its change: 科技创新发展指数为326.4，比上年提高19.8.)
        let bareRate = q.isBare && (rateMetric?.family == "rate" || rateMetric?.family == "index" || Self.namesAnIndex(scalars))
        let confident = !q.isRangeEnd && (!q.isBare || bareRate) && !subject.hasSameBytes(as: "（未识别）") && scalars.count >= 3
        if !confident { category = .other }
        var quantity = q.quantity
        quantity.measure = MeasureWords.written(quantity.measure)
        var fact = Fact(subject: subject, quantity: quantity, year: year, category: category, metric: metric?.id,
                        key: false, confident: confident, source: .text, provenance: locator.provenance(of: range))
        fact.name = name
        return fact
    }

    /// A name that ends on 指数, before any change words (…发展指数, …发展指数比上年提高).
    static func namesAnIndex(_ subject: [Unicode.Scalar]) -> Bool {
        guard subject.count >= 4, let at = (1..<subject.count).last(where: { subject[$0 - 1] == "指" && subject[$0] == "数" }), at >= 3 else { return false }
        return at + 1 == subject.count || SubjectFinder.isChangeOnly(String(scalars: subject[(at + 1)...]))
    }
}

/// The years that open sentences of a paragraph (`2024年，…`, `2024年1-9月，…`): each
/// dates the sentences after it that name no year of their own.
struct ParagraphYears {
    private var starts: [(at: Int, year: Int)] = []

    init(_ s: [Unicode.Scalar], relativeYear: Int?) {
        var i = 0
        var sentenceStart = true
        while i < s.count {
            // Inside a sentence only a digit or a sentence's end changes anything: the
            // scalars between are passed over in one loop.
            if !sentenceStart {
                guard let k = Self.digitsAndEnds.firstMember(in: s, from: i) else { break }
                i = k
            }
            let c = s[i]
            // A year opening a sentence, or a clause after a lead-in (会议指出，2024年，…).
            // Only a digit can open a year, so the clause break before is asked of digits
            // alone; any other non-blank scalar just ends the sentence's start.
            if QuantityScanner.isDigit(c) {
                if sentenceStart || (i > 0 && YearResolver.endsClause(s[i - 1])) {
                    sentenceStart = false
                    if i + 5 <= s.count, let y = YearResolver.fourDigitYear(s, endingBefore: i + 4) {
                        var j = i + 4
                        while j < s.count, s[j] == " " { j += 1 }
                        if j < s.count, s[j] == "年", YearResolver.isTopicClause(s, yearStart: i, after: j + 1) { starts.append((i, y)) }
                    }
                }
            } else if sentenceStart, c != " ", c != "\u{3000}" {
                sentenceStart = false
            }
            if YearResolver.endsSentence(c) { sentenceStart = true }
            i += 1
        }
    }

    static let digitsAndEnds = ScalarSet(Array("0123456789。！？!?".unicodeScalars))

    /// The opening year of the latest sentence before `i` that had one.
    func year(before i: Int) -> Int? { starts.last { $0.at < i }?.year }
}
