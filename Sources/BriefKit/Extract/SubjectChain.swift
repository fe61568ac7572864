/// Names the figures of one paragraph in turn: each takes the phrase before it, or the
/// subject of the figure it continues —
///
/// - a change or comparison with no noun of its own (营收 1104.94 亿元，同比增长 32.17%),
///   also opening the next sentence (…40721.17亿元。按不变价格计算，同比增长5.5%);
/// - a share said of the figure before (收入总量…万元，完成调整后预算的105.58%);
/// - a total word alone (新增…企业87家，总数达到1426家);
/// - the new level of a `从 X 提高到 Y`;
/// - the items of `A、B分别实现区税 13.19 亿元、11.57 亿元`, one each, and the list of
///   changes after them (同比增长 13.51%、14.69%).
struct SubjectChain {
    struct Named {
        var subject: String
        var rawLeft: String
        var inherited: Bool
        /// A rule had to guess (values given "respectively" that could not be paired).
        var unsure: Bool
        /// A level passed (首次突破300亿元): a bound of the figure before, not its value.
        var levelPassed = false
        /// The earlier value of the figure before, compared with (较8月的2,991片).
        var earlierValue = false
    }

    let line: ScalarLine
    /// The figure before: its subject, where it ends, and for a share or change said of a
    /// figure, that figure's subject (its `owner`).
    /// (A reference: some twenty rules bind it, and a tuple of strings was copied for each.)
    private var previous: Previous? = nil
    /// The figure before a bracket, while the figures inside it (（其中财政拨款收入11,952.40万元）)
    /// are read: after the bracket closes, the sentence goes on about it, not about them.
    private var beforeBracket: Previous? = nil
    private var previousInBracket = false
    final class Previous {
        let subject: String, end: Int, respectively: Bool, role: FactRole, owner: String?, quantity: Quantity
        init(_ subject: String, _ end: Int, _ respectively: Bool, _ role: FactRole, _ owner: String?, _ quantity: Quantity) {
            (self.subject, self.end, self.respectively, self.role, self.owner, self.quantity) = (subject, end, respectively, role, owner, quantity)
        }
        /// What the figure is of: its owner's name, a change's changed thing, else its name
        /// (what an earlier value, a goal or an average said after it belongs to).
        var thing: String { owner ?? (role == .change ? HeadlineRules.changedThing(subject) : subject) }
    }
    /// The first figure with a subject of its own in the sentence before, and in this one.
    private var lead: (subject: String, sentence: Int)? = nil
    private var currentLead: (subject: String, sentence: Int)? = nil
    /// Subjects given out in advance to the figures of a 分别 list, by index.
    private var assigned: [Int: String] = [:]
    /// The subjects of the last 分别 list, for a list of changes that follows it.
    private var lastGroup: [String] = []
    /// The achieved figures of the current sentence, in order (for `A X，B Y，分别增长 p和q`).
    private var sentenceFigures: [(subject: String, sentence: Int)] = []
    /// Figures given out in advance as earlier values (`（2021年分别为X和Y）`).
    private var assignedEarlier: Set<Int> = []

    init(_ line: ScalarLine) { self.line = line }

    /// The words after an earlier value quoted in a change's name (`较2023年的97.1%提高` →
    /// `提高`; `较上年（97.9%）提高` → `提高`), when the name opens on a comparison and quotes
    /// one: nil otherwise.
    static func afterQuotedValue(_ subject: String, measure: String) -> String? {
        let s = subject.scalarArray
        guard let first = s.first, first == "较" || first == "比" || first == "与",
              let last = s.lastIndex(where: { QuantityScanner.isDigit($0) }) else { return nil }
        var k = last + 1
        let m = measure.scalarArray
        if !m.isEmpty, k + m.count <= s.count, Array(s[k..<(k + m.count)]) == m { k += m.count }
        while k < s.count, s[k] == "）" || s[k] == ")" || s[k] == " " { k += 1 }
        guard k < s.count else { return nil }
        let tail = String(scalars: s[k...])
        return tail.scalarCount <= 6 && YearResolver.changeWords.contains(where: { tail.endsWithBytes($0) }) ? tail : nil
    }

    mutating func subject(of q: ScannedQuantity, at index: Int, in found: [ScannedQuantity], sentence: Int,
                          role: FactRole, splitTail: Unicode.Scalar?) -> Named {
        let s = line.scalars
        let parts = SubjectFinder.parts(in: line, span: q.span, floor: listFloor(before: q))
        var subject = SubjectFinder.subject(parts)
        if let tail = splitTail { subject += String(Character(tail)) }
        // "三大先导产业规模达到1.8万亿元": N大 counts the kinds it names; the rest of the clause
        // is the next figure's.
        if q.hasNDa, let kinds = Self.kindsAfterNDa(s, from: q.span.upperBound) { subject = kinds }
        var last = previous
        // "收入决算合计12,486.35万元（其中财政拨款收入11,952.40万元），比2024年度决算增加…":
        // past the closing bracket the figure before is the one the bracket was about.
        if previousInBracket, let p = last, p.end <= q.span.lowerBound,
           s[p.end..<q.span.lowerBound].contains(where: { $0 == "）" || $0 == ")" }) {
            last = beforeBracket
        }
        let gap = last.map { s[min($0.end, q.span.lowerBound)..<q.span.lowerBound] } ?? []
        let sameSentence = last != nil && !gap.contains(where: YearResolver.endsSentence)
        // Counted, not filtered into an array.
        let nextSentence = last != nil && gap.reduce(0, { YearResolver.endsSentence($1) ? $0 + 1 : $0 }) == 1
        if let c = currentLead, c.sentence < sentence { lead = c; currentLead = nil }
        var inherited = false
        var earlier = false
        var owner: String? = nil
        var unsure = parts.respectively || (parts.inherits && last?.respectively == true)

        if let given = assigned.removeValue(forKey: index) {
            subject = given
            inherited = true
            unsure = false
            if assignedEarlier.remove(index) != nil { earlier = true }
        } else if sameSentence, parts.rawLeft.hasBytes("分别"), case let n = listRun(from: index, in: found), n >= 2,
                  case let figures = sentenceFigures.filter({ $0.sentence == sentence }), figures.count >= n,
                  SubjectFinder.isChangeOnly(parts.left) || Self.isEarlierValue(parts.rawLeft.trimmingSpaces) || Self.earlierRespectively(parts.rawLeft)
                  || (parts.left.isEmpty && Self.isRunningTotal(parts.rawLeft)) {
            // "接待游客486.2万人次，实现旅游直接收入18.7亿元，分别比2021年下降42.6%和38.1%
            // （2021年分别为847.0万人次和30.2亿元）": each figure of the list is the change, or the
            // earlier value, of the figure at its place among the sentence's last ones.
            let owners = figures.suffix(n).map(\.subject)
            let change = SubjectFinder.isChangeOnly(parts.left)
            // "新认定总部65家、研发中心28家，累计分别达到1,021家和619家": each running total is
            // of the thing the figure at its place adds to.
            let total = !change && parts.left.isEmpty && Self.isRunningTotal(parts.rawLeft)
            let group = owners.map { change ? $0 + parts.left : total ? Self.withoutFlowVerb($0) + "累计" : $0 }
            for (k, name) in group.enumerated() where k > 0 {
                assigned[index + k] = name
                if !change { assignedEarlier.insert(index + k) }
            }
            subject = group[0]
            if change { owner = owners[0] } else if total {
                for k in 1..<n { assignedEarlier.remove(index + k) }
            } else { earlier = true }
            inherited = true
            unsure = false
        } else if let group = respectivelyGroup(q, at: index, in: found) {
            for (k, name) in group.enumerated() where k > 0 { assigned[index + k] = name }
            lastGroup = group
            subject = group[0]
            unsure = false
        } else if sameSentence, !lastGroup.isEmpty, SubjectFinder.isChangeOnly(Self.withoutRespectively(parts.left)),
                  listRun(from: index, in: found) == lastGroup.count {
            // "同比增长 13.51%、14.69%", "分别增长4.6%和6.1%" after a 分别 list: each item's change.
            let group = lastGroup.map { $0 + Self.withoutRespectively(parts.left) }
            for (k, name) in group.enumerated() where k > 0 { assigned[index + k] = name }
            subject = group[0]
            inherited = true
            unsure = false
            lastGroup = []
        } else if let prev = last, sameSentence || (nextSentence && Self.opensOnComparison(parts.rawLeft)),
                  role == .actual || role == .baseline, prev.role == .actual || prev.role == .change || (prev.role == .share && prev.owner != nil),
                  Self.comparesWith(parts.rawLeft) {
            // "完成晶圆测试3,120片，较8月的2,991片": the earlier value of the same figure, never
            // a rival value of it. (One dated by its own words, 较之2021年的96.8%, is already read
            // as an earlier year's: it keeps its kind.) After a change, of the thing it changed
            // (…比年初预算减少1.96万元，比上年决算数7.35万元下降6.9%).
            subject = prev.thing
            inherited = true
            earlier = role == .actual
        } else if let prev = last, sameSentence, prev.role == .baseline,
                  RoleReader.isNewLevel(RoleReader.clause(s, before: q.span.lowerBound)) || Self.onlyTo(s, from: prev.end, to: q.span.lowerBound) {
            // "由2022年的10.9%提高到2024年的11.7%": the new level of the same figure.
            subject = prev.subject
            inherited = true
        } else if parts.inherits, SubjectFinder.isChangeOnly(parts.left),
                  let named = Self.comparedClauseBefore(s, number: q.span.lowerBound, rawLeft: parts.rawLeft, after: last?.end ?? 0) {
            // "兑付率84.1%，兑付额较上年翻了一番，同比增长102.0%": the change is of what the
            // clause before it compared (兑付额), not of the figure before (兑付率).
            owner = named
            subject = named + parts.left
            inherited = true
        } else if parts.inherits, let prev = last, sameSentence, !Self.namesPart(parts) {
            if SubjectFinder.isChangeOnly(parts.left) {
                // A change after a change restates it another way (比上年减少1.24万元，下降17.7%):
                // its words replace the first's. A rate's change after a share is the shared
                // figure's (…决算为5.78万元，完成预算的68.0%，比2023年度决算减少1.24万元); a change
                // in points after a share is the share's (占营业收入6.1%，比上年提高0.4个百分点).
                let points = q.quantity.isPoints
                // "增幅为18.2%，增速较上年加快3.1个百分点": the left names the rate itself.
                let namesRate = SubjectFinder.rateLeads.contains { parts.left.startsWithBytes($0) }
                switch prev.role {
                case .change where points && !namesRate:
                    // 同比增长5.5%，较上半年提升0.4个百分点: the growth rate's change.
                    owner = prev.subject
                    subject = prev.subject + parts.left
                case .change:
                    let unchanged = String(scalars: HeadlineRules.withoutChange(prev.subject))
                    owner = prev.owner ?? unchanged
                    subject = unchanged + parts.left
                case .share where !points:
                    owner = prev.owner ?? prev.subject
                    subject = owner! + parts.left
                default:
                    owner = prev.subject
                    subject = prev.subject + parts.left
                }
            } else {
                subject = prev.subject
            }
            inherited = true
        } else if parts.inherits, nextSentence, SubjectFinder.isChangeOnly(parts.left), let l = lead, l.sentence == sentence - 1 {
            subject = l.subject + parts.left
            inherited = true
        } else if let prev = last, sameSentence, prev.role == .actual, q.quantity.isMoney || q.quantity.measure == prev.quantity.measure,
                  !q.quantity.isRate, let plan = Self.planOfFigure(parts.left) {
            // "支出决算为59.43万元，完成年初预算68.50万元的86.8%": the budget the figure before met.
            subject = Self.withoutFinalWord(prev.subject) + plan
            owner = prev.subject
            inherited = true
        } else if let prev = last, sameSentence, prev.role == .change, !q.quantity.isRate, let plan = Self.planOfFigure(parts.left) {
            // "成交额218.5亿元，同比增长13.2%，完成全年目标240亿元的91.0%": the goal is the
            // changed figure's, not the change's.
            let of = prev.owner ?? String(scalars: HeadlineRules.withoutChange(prev.subject))
            subject = Self.withoutFinalWord(of) + plan
            owner = of
            inherited = true
        } else if let prev = last, sameSentence, q.quantity.isRate, let of = prev.owner,
                  case let between = String(scalars: s[min(prev.end, q.span.lowerBound)..<q.span.lowerBound]).trimmingSpaces,
                  between.hasSameBytes(as: "的") || between.hasSameBytes(as: "）的") || between.hasSameBytes(as: ")的") {
            // "…完成年初预算68.50万元的86.8%": the share of that budget met, the figure's.
            owner = of
            subject = of + "占" + String(scalars: Array(prev.subject.unicodeScalars.dropFirst(Self.withoutFinalWord(of).unicodeScalars.count)))
            inherited = true
        } else if let prev = last, sameSentence, role == .share, Self.isPlanMet(parts.left), prev.role == .actual || prev.role == .change {
            // "决算为28.64万元，比年初预算减少6.36万元，完成年初预算的81.8%": how much of its plan
            // the figure before met; a change after it is that figure's again.
            let of = prev.owner ?? (prev.role == .change ? String(scalars: HeadlineRules.withoutChange(prev.subject)) : prev.subject)
            owner = of
            subject = of + parts.left
            inherited = true
        } else if let prev = last, sameSentence, role == .share, SubjectFinder.describesPrevious(parts.left) {
            // "产值同比增长8.9%，占…比重16.4%": the share is of the total, not of its growth.
            let of = prev.role == .change ? (prev.owner ?? String(scalars: HeadlineRules.withoutChange(prev.subject))) : prev.subject
            owner = of
            subject = of + parts.left
            inherited = true
        } else if let prev = last, sameSentence, SubjectFinder.totalOnly.containsBytes(subject) {
            subject = SubjectFinder.withoutNewWords(prev.subject) + subject
            inherited = true
        } else if let prev = last, sameSentence, Self.resultRates.containsBytes(subject),
                  Self.proficiencyWords.contains(where: { prev.subject.hasBytes($0) }) {
            // "完成能力验证项目126项，满意率100%": a proficiency test's share of satisfactory
            // results, no client's satisfaction.
            subject = SubjectFinder.clean(Array(HeadlineRules.withoutChange(prev.subject))) + subject
            inherited = true
        } else if let prev = last, sameSentence, q.quantity.isRate, prev.quantity.isRate, Self.bareRates.containsBytes(subject),
                  let owner = Self.rateOwner(prev.subject) {
            // "12345热线工单按时办结率99.6%、满意率96.8%": the second rate is of the same thing.
            subject = owner + subject
            inherited = true
        } else if let prev = last, sameSentence, Self.attributes.containsBytes(subject), !Self.endsInAdjustment(prev.subject),
                  let head = Self.attributeOwner(prev.owner ?? prev.subject, attribute: subject) {
            // "认定登记技术合同5,236项，成交额312.68亿元", "…支出预算为8.50万元，支出决算为
            // 5.78万元": an attribute alone is the figure before's thing.
            subject = head
            inherited = true
        } else if let prev = last, sameSentence, Self.places.containsBytes(subject),
                  let head = Self.placeHead(prev.role == .change ? String(scalars: HeadlineRules.withoutChange(prev.subject)) : prev.subject) {
            // "上海最高负荷达…；江苏达15658万千瓦": another place's figure of the same measure.
            subject += head
            inherited = true
        } else if let prev = last, sameSentence, Self.isRangeEnd(s, number: q.span.lowerBound, after: prev.end) {
            // "举办专场招聘会20—25场", "标准为1,000元至1.5万元不等": a range's upper bound is
            // of the same thing as its lower bound.
            subject = prev.subject
            inherited = true
        } else if let prev = last, sameSentence, Self.doneVerbs.containsBytes(subject), prev.role == .actual,
                  q.quantity.measure == prev.quantity.measure {
            // "下达的重点工作目标任务18项，已完成16项": how many of those are done.
            subject = prev.subject + subject
            inherited = true
        } else if let prev = last, sameSentence, subject.scalarCount == 2, Self.reachVerbs.containsBytes(subject), prev.role == .actual {
            // "发放失业保险金1.27亿元，惠及约1.1万人": whom the figure before reached.
            subject = prev.subject + subject
            inherited = true
        } else if let prev = last, sameSentence, prev.role == .actual || prev.role == .target,
                  Self.planLeads.contains(where: { subject.hasSameBytes(as: $0) }) {
            // "力争高新技术企业达到1,200家，规划到2030年突破1,500家": the same thing, for a later
            // year; 规划 is no part of 高新技术企业 (it made 高新技术规划).
            subject = prev.thing
            inherited = true
        } else if let prev = last, sameSentence, case let part = Self.withoutLeadVerb(subject), part.scalarCount <= 2,
                  !part.isEmpty, !Self.onceWords.containsBytes(part), !Self.isLevelOnly(part), !SubjectFinder.isChangeOnly(part),
                  Self.bracketedBaselineHead(s, at: q.span.lowerBound) == nil,
                  // （上年为62.64亿元）: a time, no part of anything.
                  !Self.earlierTimes.contains(where: { part.hasSameBytes(as: $0) }),
                  // 服务中小学163所，学生2.8万人次: a thing of another kind is no part of the schools.
                  !Self.peopleOfBodies(q.quantity, after: prev.quantity),
                  // "…鉴定技术；4：开发2-3种": a new item of a list owns nothing of the one before.
                  !gap.contains(where: { $0 == "；" || $0 == ";" || $0 == "：" || $0 == ":" }),
                  let owner = SubjectFinder.owner(of: Self.ownerPhrase(prev.subject, role: prev.role, part: part), replacedBy: part) {
            // "招商引进企业共计产税 35238.25 万元，区税 10594 万元": the part's owner is the figure
            // before's; so is a bare 缴纳税收 after 全区高企…实现营收 (the firms' tax, not the district's).
            subject = owner + part
            inherited = true
        }
        // "荣誉18项，其中国家级3项、市级10项": a level alone names a part of the figure before.
        if !inherited, let prev = last, sameSentence, Self.isLevelOnly(subject), prev.subject.scalarCount >= 2 {
            let head = prev.subject.hasBytes("荣誉") ? "荣誉" : String(String.UnicodeScalarView(prev.subject.unicodeScalars.suffix(2)))
            subject += head
            inherited = true
        }
        // "成交额312.68亿元，同比增长21.4%，首次突破300亿元": a level passed for the first time
        // is the changed figure's, not its change's.
        // "成交额186.52亿元（2024年为153.77亿元）": the earlier year's value of the same figure.
        // "（去年同期为298.3亿元）": the same, the subject left being only a time.
        let onlyTime = Self.earlierTimes.contains(where: { subject.hasSameBytes(as: $0) })
        if !inherited, let prev = last, sameSentence,
           subject.isEmpty || SubjectFinder.clean(parts.left).isEmpty || onlyTime,
           Self.isEarlierValue(parts.rawLeft.trimmingSpaces) {
            subject = prev.thing
            inherited = true
            if onlyTime { earlier = true }
        }
        // "…申请量达到1,020件，是2020年的2.1倍": a multiple of an earlier value is the figure
        // before's, measured against that value.
        if !inherited, let prev = last, sameSentence, q.quantity.measure.hasSameBytes(as: "倍"),
           let tail = Self.multipleOfEarlier(parts.rawLeft.trimmingSpaces) {
            subject = (prev.owner ?? prev.subject) + tail
            inherited = true
        }
        // "核心产业规模达到487.2亿元，…，完成2026年目标（600亿元）的81.2%": the goal in brackets is
        // of the figure before; the share after it that figure's part met.
        if !inherited, role == .target, let prev = last, sameSentence, RoleReader.isBracketedGoal(RoleReader.clause(s, before: q.span.lowerBound)) {
            let of = prev.thing
            owner = of
            subject = of + "目标"
            inherited = true
        }
        // "按时办结率99.3%，高于全市平均水平（98.9%）0.4个百分点": the bracket holds the city's
        // average of the figure before; the gap after it is that figure's.
        if !inherited, let prev = last, sameSentence, let average = Self.averageCompared(s, at: q.span.lowerBound) {
            let of = prev.thing
            // (The city's average of 我区园区每平方米年营业收入 is of 园区每平方米年营业收入.)
            subject = average + Self.withoutOwnPlace(of)
            owner = of
            inherited = true
        }
        if !inherited, role == .change, let prev = last, sameSentence, Self.gapToAverage(parts.left),
           case let of = prev.thing,
           !of.unicodeScalars.contains(where: QuantityScanner.isDigit) {
            subject = of + (Self.withoutQuotedFigures(parts.left) ?? parts.left)
            owner = of
            inherited = true
        }
        if !inherited, let head = Self.bracketedBaselineHead(s, at: q.span.lowerBound) {
            if !head.isEmpty {
                subject = head
                inherited = true
                earlier = true
            } else if let prev = last, sameSentence {
                subject = prev.owner ?? (prev.role == .change ? String(scalars: HeadlineRules.withoutChange(prev.subject)) : prev.subject)
                inherited = true
                earlier = true
            }
        }
        // "客户满意度达98.6%，较2023年的97.1%提高1.5个百分点": a change worded around the earlier
        // value it is measured from is the change of that value's figure, not a figure named
        // 较2023年的97.1%提高.
        if !inherited, role == .change, let prev = last, sameSentence, prev.role == .baseline || prev.role == .actual,
           index > 0, let tail = Self.afterQuotedValue(subject, measure: found[index - 1].quantity.measure) {
            owner = prev.owner ?? prev.subject
            subject = owner! + tail
            inherited = true
        }
        // "申请知识产权287件，其中发明专利96件": a part after 其中 is of what the figure before
        // counts — applied for, not granted.
        if let prev = last, sameSentence, parts.rawLeft.trimmingSpaces.startsWithBytes("其中"), prev.subject.hasBytes("申请"),
           !subject.hasBytes("申请"), !subject.hasBytes("授权"), !subject.isEmpty {
            subject = "申请" + subject
        }
        var levelPassed = false
        if !inherited, let prev = last, sameSentence, Self.onceWords.containsBytes(subject) {
            subject = (prev.owner ?? prev.subject) + parts.rawLeft.trimmingSpaces
            inherited = true
            levelPassed = true
        }
        // "首次突破300亿元，达到317.7亿元": a bare link verb restates the figure before's subject.
        // (The link verb is asked first: it is rare, and cleaning the phrase again is not cheap.)
        if !inherited, let prev = last, sameSentence, SubjectFinder.isLinkOnly(parts.rawLeft), SubjectFinder.clean(parts.left).isEmpty {
            subject = prev.subject
            inherited = true
        }
        // "全年服务企业数与上年持平，为2,600家": a bare link verb after a clause without a figure
        // gives the figure that clause's name.
        if !inherited, SubjectFinder.isLinkOnly(parts.rawLeft), SubjectFinder.clean(parts.left).isEmpty,
           let named = Self.clauseBefore(s, number: q.span.lowerBound, rawLeft: parts.rawLeft) {
            subject = named
            inherited = true
        }
        // "客户满意度较上年（97.9%）提高": the earlier value quoted in a change's name is a
        // figure of its own, no part of the name.
        // (So is the goal quoted in a share's: 完成目标（400家）的88.0%.)
        if role == .change || role == .share, subject.utf8.contains(where: { $0 == 0x28 || $0 == 0xEF }), let plain = Self.withoutQuotedFigures(subject) {
            subject = plain
        }
        if !q.quantity.isMoney, !q.quantity.isRate, let honoured = Self.honouredName(s, after: q.span.upperBound) { subject = honoured }
        // "10 家单位参与的 21 个项目获…": another figure's count is no part of this one's name.
        if let first = subject.unicodeScalars.first, QuantityScanner.isDigit(first), let rest = Self.withoutLeadingCount(subject) { subject = rest }
        if !inherited, currentLead == nil { currentLead = (subject, sentence) }
        let bracketed = Self.insideBracket(s, at: q.span.lowerBound)
        if bracketed {
            // The first figure inside keeps the one before the bracket; later ones leave it.
            if !previousInBracket || last !== previous { beforeBracket = last }
        } else {
            beforeBracket = nil
        }
        previousInBracket = bracketed
        previous = Previous(subject, q.span.upperBound, unsure, role, owner, q.quantity)
        if role == .actual, !earlier, !inherited || owner == nil {
            if sentenceFigures.last.map({ $0.sentence != sentence }) ?? false { sentenceFigures.removeAll(keepingCapacity: true) }
            sentenceFigures.append((subject, sentence))
        }
        return Named(subject: subject, rawLeft: parts.rawLeft, inherited: inherited, unsure: unsure, levelPassed: levelPassed,
                     earlierValue: earlier)
    }

    /// Where the figure before ends, when a list separator follows it (8.61亿元、9.17亿元和9.82亿元):
    /// the next item's name never reaches back over it. Other figures before may sit inside
    /// the name (营收超亿元的高新技术企业1135家).
    func listFloor(before q: ScannedQuantity) -> Int {
        guard let end = previous?.end, end < q.span.lowerBound else { return 0 }
        let s = line.scalars
        var k = end
        while k < q.span.lowerBound, s[k] == " " { k += 1 }
        return k < q.span.lowerBound && Self.listSeparators.contains(s[k]) ? end : 0
    }
    static let listSeparators: ScalarSet = ["、", "和", "及", "与", "或", "/", "／"]

    /// How many figures from `index` on are joined by 、 和 及 only.
    func listRun(from index: Int, in found: [ScannedQuantity]) -> Int {
        var n = 1
        while index + n < found.count,
              Reading.onlyListSeparators(line.scalars, from: found[index + n - 1].span.upperBound, to: found[index + n].span.lowerBound) {
            n += 1
        }
        return n
    }

    /// `A、B分别实现区税 X、Y`: one subject per item when the items and the figures pair up.
    func respectivelyGroup(_ q: ScannedQuantity, at index: Int, in found: [ScannedQuantity]) -> [String]? {
        let s = line.scalars
        var a = q.span.lowerBound
        while a > 0, !RoleReader.isClauseStop(s[a - 1]) { a -= 1 }
        // The 分别 looked for in the line itself: the clause is copied only when it has one.
        guard let marker = (a..<max(a, q.span.lowerBound - 1)).last(where: { s[$0] == "分" && s[$0 + 1] == "别" }) else { return nil }
        let clause = Array(s[a..<q.span.lowerBound])
        let at = marker - a
        let items = clause[..<at].split(whereSeparator: { $0 == "、" || $0 == "和" || $0 == "及" })
            .map { SubjectFinder.clean(Array($0)) }.filter { !$0.isEmpty }
        let n = listRun(from: index, in: found)
        guard items.count >= 2, items.count == n, items.allSatisfy({ $0.scalarCount >= 2 }) else { return nil }
        var predicate = Array(clause[(at + 2)...])
        if let v = SubjectFinder.verbList.match(in: predicate, at: 0), predicate.count > SubjectFinder.verbList.scalars[v].count {
            predicate.removeFirst(SubjectFinder.verbList.scalars[v].count)
        }
        let tail = SubjectFinder.clean(predicate)
        return Self.sharingTheHead(items).map { $0 + tail }
    }

    /// `城镇和农村常住居民人均可支配收入`, `国家级和市级专精特新企业`: short items before a last one
    /// that holds the noun they share; each gets the noun (城镇常住居民人均可支配收入).
    static func sharingTheHead(_ items: [String]) -> [String] {
        guard items.count >= 2, let last = items.last, last.scalarCount >= 6,
              items.dropLast().allSatisfy({ $0.scalarCount <= 5 }) else { return items }
        let l = last.scalarArray
        // The place the sentence opens on is no part of the word (全区国家级 / 市级).
        var before = items[items.count - 2].scalarArray
        for place in ["全区", "全市", "本区", "本市", "我区", "我市", "全国"].map(\.scalarArray) where before.starts(with: place) {
            before.removeFirst(place.count)
            break
        }
        guard (1...3).contains(before.count) else { return items }
        // The last item's own word: as long as the one before, or up to its 级 (国家级 / 市级).
        let own = before.last == "级" ? (l.firstIndex(of: "级").map { $0 + 1 } ?? before.count) : before.count
        guard l.count - own >= 2 else { return items }
        let head = String(scalars: l[own...])
        return items.dropLast().map { $0 + head } + [last]
    }

    /// `分别增长` → `增长`: the change each item of a 分别 list had.
    static func withoutRespectively(_ left: String) -> String {
        left.startsWithBytes("分别") ? String(String.UnicodeScalarView(left.unicodeScalars.dropFirst(2))) : left
    }

    /// `完成年初预算`, `完成年度计划`: a share of a plan met, with no amount of its own.
    static func isPlanMet(_ left: String) -> Bool {
        left.startsWithBytes("完成") && left.scalarCount <= 8 && (left.hasBytes("预算") || left.hasBytes("计划"))
    }
}
