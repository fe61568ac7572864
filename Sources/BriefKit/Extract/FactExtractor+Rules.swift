/// Small rules of running text that decide whether a number is a figure and whether it is
/// a detail rather than a headline of its category.
extension FactExtractor {
    /// Why a figure is a detail rather than a headline of its category, or nil: a cost line
    /// item (…费) of modest size, a rate per period (每季度, 每次), or a target quoted from
    /// another document (《…》提出：…).
    /// The sentence is read as scalars in place: this runs for every figure, and a
    /// sentence may be hundreds of characters.
    static let perItem = "rate per period or item"

    static func detailReason(subject: String, quantity: Quantity, sentence: ArraySlice<Unicode.Scalar>) -> String? {
        if quantity.isMoney, subject.endsWithBytes("费") || subject.endsWithBytes("费用"), quantity.folded.value < 1_000_000 { return "cost line item" }
        if subject.hasBytes("每") || sentence.last == "每" || subject.hasBytes("单价") { return perItem }
        var i = sentence.startIndex
        while let close = sentence[i...].firstIndex(of: "》") {
            if quotedTargetVerbs.match(in: sentence, at: close + 1) != nil { return "target quoted from another document" }
            i = close + 1
        }
        return nil
    }

    /// Where a paragraph starts speaking of many years at once (多年来, 成立以来): its later
    /// figures are totals of a history, not of the report's year.
    /// The span is its sentence and the next (多年来，中心…贡献：…。完成了100多项…，获得…20余项。).
    static func longRunSpan(_ s: [Unicode.Scalar]) -> Range<Int>? {
        // Every word ends in 来: only a 来 is looked behind (来自, 未来 are passed at once).
        var start: Int? = nil
        var at = s.firstIndex(of: "来", from: 2)
        while let i = at {
            let two = (s[i - 2], s[i - 1])
            if two == ("多", "年") || two == ("历", "年") { start = i - 2; break }
            if i >= 3, s[i - 1] == "以", longRunHeads.contains(where: { $0.0 == s[i - 3] && $0.1 == s[i - 2] }) { start = i - 3; break }
            at = s.firstIndex(of: "来", from: i + 1)
        }
        guard let start else { return nil }
        var end = start, ends = 0
        while end < s.count, ends < 2 { if YearResolver.endsSentence(s[end]) { ends += 1 }; end += 1 }
        return start..<end
    }
    /// 多年来, 历年来, and X以来 for these X: 成立, 建院, 建所, 建立, 组建, 长期.
    static let longRunHeads: [(Unicode.Scalar, Unicode.Scalar)] = [("成", "立"), ("建", "院"), ("建", "所"), ("建", "立"), ("组", "建"), ("长", "期")]

    /// "年主营业务收入2000万元及以上的工业企业", "对研发投入超过500万元的企业": a bound that
    /// defines a class of things, not an amount anyone reached.
    static func thresholdReason(_ q: ScannedQuantity, in s: [Unicode.Scalar]) -> String? {
        // Tested on the scalars, with no string made: this runs for every figure.
        // A bound is written as one (超过, 不低于, 以上): 十余年的坚守 is an amount.
        // "单户贷款额度最高1,000万元", "最高可申领30万元": a limit a rule sets, not an amount granted.
        if q.quantity.isMoney, limitWords.match(in: s, endingBefore: q.number.lowerBound) != nil { return "a limit a rule sets" }
        // "单个项目最高200万元给予支持": the most a rule grants, said after the amount.
        if q.quantity.isMoney, q.number.lowerBound >= 2, s[q.number.lowerBound - 2] == "最", s[q.number.lowerBound - 1] == "高",
           grantWords.match(in: s, at: YearResolver.skipSpaces(s, q.span.upperBound)) != nil { return "a limit a rule sets" }
        var bounded = boundWords.match(in: s, endingBefore: q.number.lowerBound) != nil
        // "有5个部门年初预算项目执行率低于60%": the rate picks out the bodies counted before it.
        if bounded, q.quantity.isRate, countsBodies(s, before: q.number.lowerBound) { return "threshold of a class" }
        var j = q.span.upperBound
        while j < s.count, s[j] == " " { j += 1 }
        // "及以上", "或以上": the bound written after the measure (in the span or not).
        if q.span.upperBound - 2 >= q.number.upperBound, boundsAfter.match(in: s, endingBefore: q.span.upperBound) != nil { bounded = true }
        if j < s.count, s[j] == "及" || s[j] == "或" { j += 1 }
        if j + 1 < s.count, s[j] == "以", s[j + 1] == "上" || s[j + 1] == "下" || s[j + 1] == "内" { j += 2; bounded = true }
        // "单位价值50万元以上通用设备": a class named right after its bound, without 的.
        // (Within the clause: 融资超45亿元。闵行区… names no class.)
        if bounded, j < s.count, s[j] != "的", q.quantity.isMoney, case let end = min(s.count, j + 6),
           classNouns.occurs(in: s, within: j..<(s[j..<end].firstIndex { SubjectFinder.clauseBreaks.contains($0) || YearResolver.endsSentence($0) } ?? end)) {
            return "threshold of a class"
        }
        guard bounded, j < s.count, s[j] == "的" else { return nil }
        // What the bound picks out is a class of bodies (的工业企业, 的城市); 超过100万平方米的
        // 设计面积 and 15%以上的增速 are amounts.
        var k = j + 1
        while k < s.count, k - j <= 12, !SubjectFinder.clauseBreaks.contains(s[k]), !YearResolver.endsSentence(s[k]), s[k] != "，" { k += 1 }
        // 超过99%的单位 is the share of a class that did something; 占比超过20%的城市 a bound.
        if q.quantity.isRate, !shareWords.occurs(in: s, within: max(0, q.number.lowerBound - 8)..<q.number.lowerBound) { return nil }
        return classNouns.occurs(in: s, within: (j + 1)..<k) ? "threshold of a class" : nil
    }

    static let grantWords = WordList(["给予", "的支持", "的补贴", "的补助", "的奖励", "的资助", "补贴", "补助", "奖励", "资助", "支持"])
    static let classNouns = WordList(["企业", "单位", "项目", "机构", "城市", "地区", "人员", "个人", "产品", "主体", "团队", "家庭", "用户", "客户", "学校",
                                      "医院", "园区", "平台", "载体", "人群", "职工", "工程", "设施", "设备", "仪器",
                                      // 成交额超过100亿元的区共12个: places counted by the bound.
                                      "区", "街镇", "街道", "乡镇", "省市", "省份", "国家", "高校", "院所"])
    static let limitWords = WordList(["额度最高", "最高可申领", "最高可获得", "最高可获", "最高可享受", "最高补贴", "最高奖励", "最高资助",
                                      "最高支持", "最高补助", "最高给予", "最高不超过", "最多可", "上限为"])
    /// Each at most three scalars: the three before the number were tested.
    /// Whether the clause before `end` counts bodies (5个部门, 三家企业, 12个项目).
    static func countsBodies(_ s: [Unicode.Scalar], before end: Int) -> Bool {
        var k = end - 1
        while k > 0, !SubjectFinder.clauseBreaks.contains(s[k - 1]) { k -= 1 }
        var i = k
        while i + 1 < end {
            if QuantityScanner.isDigit(s[i]) || ChineseNumerals.digit(s[i]) != nil {
                var j = i
                while j < end, QuantityScanner.isDigit(s[j]) || ChineseNumerals.isNumeral(s[j]) { j += 1 }
                if j < end, "个家项所".unicodeScalars.contains(s[j]), j + 1 < end, classNouns.occurs(in: s, within: (j + 1)..<min(end, j + 4))
                    || (j + 2 < end && s[j + 1] == "部" && s[j + 2] == "门") { return true }
                i = j
            }
            i += 1
        }
        return false
    }

    static let boundWords = WordList(["超过", "不低于", "不少于", "不超过", "低于", "高于", "大于", "小于", "不足", "超"])
    static let boundsAfter = WordList(["以上", "以下", "以内"])
    static let shareWords = WordList(["占比", "比重", "率", "增速"])

    /// A line that opens with 注：/注: or 备注：/说明：.
    static func isNote(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "（" || s[i] == "(" { i += 1 }
        return noteHeads.match(in: s, at: i) != nil
    }

    static let noteHeads = WordList(["注：", "注:", "备注", "说明："])

    /// After 《…》: a target another document sets.
    static let quotedTargetVerbs = WordList(["提出", "指出", "明确", "要求"])

    /// "A和B均", "A、B均": the subjects a shared figure applies to, or nil.
    static func distributedSubjects(_ rawLeft: String) -> [String]? {
        let t = rawLeft.trimmingSpaces
        guard t.endsWithBytes("均") else { return nil }
        let items = t.dropLast().split(whereSeparator: { $0 == "和" || $0 == "、" || $0 == "及" }).map { SubjectFinder.clean(String($0)) }
        guard items.count >= 2, items.allSatisfy({ $0.scalarCount >= 2 }) else { return nil }
        return items
    }

    /// A number with no measure is a figure only after a rate or index word in its sentence
    /// (客户投诉率保持为 0, 满意度指数达到 96.8), and then only as a value up to 100.
    static func isRateContext(_ line: ScalarLine, _ q: ScannedQuantity) -> Bool {
        // An index on a base of 100 may pass it (指数为326.4（以2015年为100）); a rate may not.
        guard q.quantity.value >= 0, q.quantity.value <= 100 || (q.quantity.value < 10_000 && namesIndex(line.scalars, before: q.span.lowerBound)) else { return false }
        if let next = line.scalars[safe: q.span.upperBound], !SubjectFinder.clauseBreaks.contains(next), next != "。", next != " ",
           !((next == "（" || next == "(") && line.scalars[safe: q.span.upperBound + 1] == "以") { return false }
        // On the scalars of the 30 before the number: their last clause (between 。 and ；)
        // that is not empty, as a Character split of that text gave.
        let s = line.scalars
        let start = max(0, q.span.lowerBound - 30), end = min(s.count, q.span.lowerBound)
        func isBreak(_ k: Int) -> Bool { s[k] == "。" || s[k] == "；" }
        // A 。 or ； next to a scalar that may join it into one Character (a combining
        // mark after, a prepended one before) was no separator there: split as before.
        func mayJoin(_ k: Int) -> Bool {
            (k > start && !isPlainScalar(s[k - 1])) || (k + 1 < end && !isPlainScalar(s[k + 1]))
        }
        var hi = end
        while hi > start, isBreak(hi - 1) {
            if mayJoin(hi - 1) { return isRateContextByCharacters(line, start..<end) }
            hi -= 1
        }
        var lo = hi
        while lo > start, !isBreak(lo - 1) { lo -= 1 }
        if lo > start, mayJoin(lo - 1) { return isRateContextByCharacters(line, start..<end) }
        var k = lo
        while k < hi {
            let c = s[k], next = k + 1 < hi ? s[k + 1] : " "
            if c == "率" || (c == "指" && next == "数") || ((c == "得" || c == "评") && next == "分") { return true }
            k += 1
        }
        return false
    }

    /// `…指数为` / `…指数` right before the number (within its clause).
    static func namesIndex(_ s: [Unicode.Scalar], before end: Int) -> Bool {
        var k = end
        if k > 0, s[k - 1] == "为" || s[k - 1] == "达" { k -= 1 }
        if k > 1, s[k - 1] == "到", s[k - 2] == "达" { k -= 2 }
        return k >= 2 && s[k - 2] == "指" && s[k - 1] == "数"
    }

    /// A scalar that is its own Character whatever stands beside it: ASCII, and CJK
    /// ideographs and punctuation other than their combining marks.
    static func isPlainScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 0x300 || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3000 && v <= 0x3029) || (v >= 0x3030 && v <= 0x303F)
            || (v >= 0xFF01 && v <= 0xFF5E) || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)
    }

    /// The same test on the text's Characters, for the rare line where scalars may join.
    static func isRateContextByCharacters(_ line: ScalarLine, _ range: Range<Int>) -> Bool {
        let before = line.text(range)
        let sentence = before.split(whereSeparator: { $0 == "。" || $0 == "；" }).last.map(String.init) ?? before
        return ["率", "指数", "得分", "评分"].contains { sentence.hasBytes($0) }
    }
}
