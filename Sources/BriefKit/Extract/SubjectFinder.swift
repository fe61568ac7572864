/// Names what a number counts: the phrase before it in its clause (服务企业 2599 家), or,
/// when that is only a verb, the verb with the noun after the measure (完成 189 家基地评审).
enum SubjectFinder {
    static let clauseBreaks: ScalarSet = ["，", ",", "。", "；", ";", "：", ":", "！", "？", "!", "?", "\t", "、", "【", "】"]
    /// Left phrases that only compare or distribute: the noun is the previous figure's.
    static let comparisonOnly: ByteWords = ["较之", "比", "较", "同比", "与", "相比", "分别", "和", "及", "或", "其中", "以及"]
    /// Change words after a figure: the subject is the previous figure's, changed
    /// (营收 1104.94 亿元，同比增长 32.17% → 营收同比增长).
    static let changeOnly: ByteWords = ["同比增长", "增长", "同比下降", "下降", "提升", "提高", "增加", "减少", "降低", "同比提高", "同比减少", "同比增加", "环比增长", "缩短", "压缩", "节约", "节省",
                                        "增幅", "增速", "降幅", "涨幅", "年均增长", "年均提高", "年均下降"]
    /// A change phrase with no noun of its own: 同比增长, 较上年同期提高, 比2023年预算增加.
    static func isChangeOnly(_ left: String) -> Bool {
        if changeOnly.containsBytes(left) { return true }
        // "“十四五”期间年均增长": the years a change spans are no noun either.
        if let rest = withoutPlanPeriod(left) { return changeOnly.containsBytes(rest) }
        // The first scalar before the word list: most phrases start with none of them.
        guard let first = left.unicodeScalars.first, changeMarkFirsts.contains(first) else { return false }
        guard left.scalarCount <= 12, changeMarks.contains(where: { left.startsWithBytes($0) }) else { return false }
        return YearResolver.changeWords.contains { left.endsWithBytes($0) }
    }

    /// What follows a five-year plan's period at the start (`“十四五”期间`, `十四五时期`,
    /// `“十四五”以来`); nil when `left` opens on none.
    static func withoutPlanPeriod(_ left: String) -> String? {
        var u = left.unicodeScalars[...]
        guard let f = u.first, f == "“" || f == "十" else { return nil }
        if f == "“" { u = u.dropFirst() }
        guard u.count >= 3, u.first == "十", u.dropFirst(2).first == "五", ChineseNumerals.digit(u[u.index(after: u.startIndex)]) != nil else { return nil }
        u = u.dropFirst(3)
        if u.first == "”" { u = u.dropFirst() }
        let rest = String(String.UnicodeScalarView(u))
        for w in ["期间", "时期", "以来"] where rest.startsWithBytes(w) { return String(rest.unicodeScalars.dropFirst(2)) }
        return nil
    }

    // 增速较上年加快, 占比提升, 同口径比上年增长: the rate or share of the figure before, changed.
    static let changeMarks = ["较", "比", "同比", "环比", "与上年", "增速", "增幅", "占比", "同口径"]
    static let rateLeads = ["增速", "增幅"]
    static let changeMarkFirsts = ScalarSet(changeMarks.compactMap(\.unicodeScalars.first))
    static let comparisonFirsts = ScalarSet(comparisonOnly.words.compactMap(\.unicodeScalars.first))

    static let prepositions = ["向", "为", "对", "给", "在", "从", "由", "和", "与", "及", "将"]

    /// "较2021年", "较之 2021 年", "与上年同期": a comparison's earlier year, no noun of its own.
    static func isComparisonYear(_ left: String) -> Bool {
        // The mark first: most phrases start with none, and need no scalars decoded; the
        // first scalar rules most out before any word is compared.
        guard let first = left.unicodeScalars.first, comparisonFirsts.contains(first),
              let mark = comparisonOnly.words.first(where: { left.startsWithBytes($0) }) else { return false }
        var t = left.scalarArray.filter { $0 != " " }
        t.removeFirst(mark.scalarCount)
        if t.last == "期", t.count >= 2, t[t.count - 2] == "同" { t.removeLast(2) }
        if t.last == "度" { t.removeLast() }
        guard t.last == "年" else { return false }
        t.removeLast()
        return (t.count == 4 && t.allSatisfy(QuantityScanner.isDigit)) || t == ["上"] || t == ["去"]
    }

    /// Who a subject is about, without what it counts: 招商引进企业共计产税 → 招商引进企业.
    static func owner(of subject: String, replacedBy part: String = "") -> String? {
        var t = Array(subject.unicodeScalars)
        guard t.count >= 5 else { return nil }
        // "…培训班48期，培训一万二千余人次": 培训 is not a part of 培训班's owner; the head
        // to replace would split a word.
        if let first = part.unicodeScalars.first, t[t.count - 3] == first { return nil }
        t.removeLast(2)
        // 高企合计实现营收 → 高企: the verb and total word before the head are no part of who.
        var trimmed = true
        while trimmed {
            trimmed = false
            for w in ownerTails where t.count > w.count + 1 && Array(t.suffix(w.count)) == w { t.removeLast(w.count); trimmed = true }
        }
        let o = clean(t)
        return o.scalarCount >= 2 ? o : nil
    }

    static let ownerTails: [[Unicode.Scalar]] = ["实现", "完成", "缴纳", "合计", "共计", "累计", "总计"].map { Array($0.unicodeScalars) }

    /// Only a link verb before the number: 达到, 为, 是, 共计.
    /// A year and 预计 before it too (`2024年…为432.6亿元，2025年预计达到487.2亿元`: the same
    /// thing the next year).
    static func isLinkOnly(_ rawLeft: String) -> Bool {
        let trimmed = rawLeft.trimmingSpaces
        if linkVerbs.containsBytes(trimmed) { return true }
        // (Asked of nearly every figure: the year and 预计 are looked for only when it opens so.)
        guard let f = trimmed.unicodeScalars.first, QuantityScanner.isDigit(f) || f == "预" else { return false }
        var t = trimmed.scalarArray[...]
        if t.count > 5, t.prefix(4).allSatisfy(QuantityScanner.isDigit), t[t.startIndex + 4] == "年" { t = t.dropFirst(5) }
        if t.starts(with: ["预", "计"]) { t = t.dropFirst(2) }
        return linkVerbs.containsBytes(String(scalars: t))
    }
    static let linkVerbs: ByteWords = ["达到", "达", "为", "是", "共计", "共", "计", "合计", "约为", "已达"]

    /// A left phrase that speaks of the figure before: 为预算的, 完成调整后预算, 占全国.
    static func describesPrevious(_ left: String) -> Bool {
        ["为", "完成", "占", "约占", "达到", "相当于"].contains { left.startsWithBytes($0) } && left.scalarCount <= 14
    }

    /// A subject that is only a total word: what it totals is the figure before's.
    /// Words of a total: the head of a name while little else is left (收入总计).
    static let totalWords = ["累计", "合计", "共计", "总计"]
    static let totalOnly: ByteWords = ["总数", "总量", "总额", "总计", "合计", "共计", "累计", "总规模", "总和", "（未识别）"]
    static let newWords = ["全区新增", "全市新增", "本市新增", "本区新增", "新增", "新认定", "新引进", "新培育", "当年新增", "全年新增"]

    /// 全区新增规模以上企业 → 规模以上企业: the stock a total counts.
    /// 科技小巨人企业新增 → 科技小巨人企业 too: the verb written after its object.
    static func withoutNewWords(_ subject: String) -> String {
        for w in newWords where subject.startsWithBytes(w) && subject.scalarCount > w.scalarCount + 1 {
            return String(subject.unicodeScalars.dropFirst(w.scalarCount))
        }
        for w in ["新增", "新认定", "新引进", "新培育", "新建"] where subject.endsWithBytes(w) && subject.scalarCount > w.scalarCount + 1 {
            return String(subject.unicodeScalars.dropLast(w.scalarCount))
        }
        return subject
    }

    /// A `,` between digits with three digits after it (1,189.0): no clause break.
    static func isThousandsComma(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard s[i] == ",", i > 0, i + 3 < s.count, QuantityScanner.isDigit(s[i - 1]),
              s[(i + 1)...(i + 3)].allSatisfy(QuantityScanner.isDigit) else { return false }
        return i + 4 == s.count || !QuantityScanner.isDigit(s[i + 4])
    }

    /// What `find` saw: the phrase before the number and the one after the measure.
    struct Parts {
        var left: String
        var right: String
        /// The raw text of the left segment, before cleaning (for 均 lists).
        var rawLeft: String
        /// The left segment said nothing of its own: the subject is the previous figure's.
        var inherits: Bool
        /// "A、B分别…": values that go to list items respectively; the subject is unsure.
        var respectively: Bool
    }

    /// `floor`: where the figure before on the line ends. The phrase never reaches back over
    /// it ("营收分别为8.61亿元、9.17亿元和9.82亿元": the left of 9.82 is 和, not 9.17亿元和).
    static func parts(in line: ScalarLine, span: Range<Int>, floor: Int = 0) -> Parts {
        let s = line.scalars
        var a = span.lowerBound
        var depth = 0
        // Stop at an opening bracket the number stands inside: "（区税10594万元" → 区税.
        // Inside a bracket walked back over, a thousands comma is the number's (比上年
        // （1,189.0万元）增长8.2%: the comparison before the bracket names the change).
        while a > floor, !clauseBreaks.contains(s[a - 1]) || (depth > 0 && isThousandsComma(s, a - 1)) {
            let c = s[a - 1]
            if c == "）" || c == ")" { depth += 1 }
            if c == "（" || c == "(" { if depth == 0 { break }; depth -= 1 }
            a -= 1
        }
        // "服务政府、金融、能源等领域客户1850家": a list of kinds closed by 等 is part of the
        // name; the verb before its first item is the name's start.
        if a > 0, s[a - 1] == "、", enumerationClose(s, from: a, to: span.lowerBound) != nil {
            var b = a - 1
            while b > 0, span.lowerBound - b <= 24, !clauseBreaks.contains(s[b - 1]) || s[b - 1] == "、" { b -= 1 }
            // Only a whole list: one the window would cut keeps the phrase after its last 、.
            if span.lowerBound - b <= 24, b == 0 || clauseBreaks.contains(s[b - 1]) { a = b }
        }
        // A thousands comma read as a clause break (帮助8,|642家中小企业获得融资): the rest of
        // that number and its measure are no part of this name.
        if a > 0, a < span.lowerBound, s[a - 1] == ",", a >= 2, QuantityScanner.isDigit(s[a - 2]), QuantityScanner.isDigit(s[a]) {
            var k = a
            while k < span.lowerBound, numberPart(s[k]) { k += 1 }
            while k < span.lowerBound, k - a < 12, cutMeasures.contains(s[k]) { k += 1 }
            // (Only a range's 至 left, 1,000元至1.5万元: the name is the lower bound's.)
            if span.lowerBound - k >= 2 || (k < span.lowerBound && PartOfYear.rangeMarks.contains(s[k])) { a = k }
        }
        // At most 24 characters, spaces not counted (PDF text spaces words apart).
        var counted = 0, limit = span.lowerBound
        while limit > a, counted < 24 { limit -= 1; if s[limit] != " " { counted += 1 } }
        if limit > a { limit = wholePhraseStart(s, from: limit, to: span.lowerBound) }
        a = limit
        // "…创新券1.36亿元 专利授权量首次突破万件": a blank after another figure's measure
        // starts a new phrase (a title's second headline), not a longer name.
        if let gap = figureGap(s, from: a, to: span.lowerBound) { a = gap }
        let rawLeft = line.text(a..<span.lowerBound)
        var left = clean(Array(s[a..<span.lowerBound]))
        let listItem = a > 0 && s[a - 1] == "、" && left.scalarCount <= 1
        if left.isEmpty, a > 0, s[a - 1] == "：" || s[a - 1] == ":" {
            // "财政资金：1480.6万元": the name stands before the colon.
            var b = a - 1
            while b > 0, !clauseBreaks.contains(s[b - 1]) { b -= 1 }
            left = clean(Array(s[max(b, a - 25)..<(a - 1)]))
        } else if left.isEmpty || left.hasSameBytes(as: "/") || left.hasSameBytes(as: "／"), let colon = slashedColon(s, before: span.lowerBound) {
            // "计量技术培训：146期 / 6,520人次": the second value of a key-figure line is the
            // same label's, in another measure.
            var b = colon
            while b > 0, !clauseBreaks.contains(s[b - 1]) { b -= 1 }
            left = clean(Array(s[max(b, colon - 25)..<colon]))
        }
        // "资产损益情况：年初数1,236.58万元，年末数1,318.42万元", "新认定高新技术企业数量：年度目标值
        // 300家，实际完成342家": a column word alone names the figure of the label before the
        // colon of its sentence.
        if columnWords.containsBytes(left), let label = colonLabel(s, before: a) {
            left = label + left
        }
        // A key-figure card, "**1,286** 项 —— 全年承担各类标准化服务项目": the label after the
        // dash is the right phrase, read from there.
        var rightStart = span.upperBound
        if let labelStart = cardLabelStart(s, after: span.upperBound) { rightStart = labelStart }
        var b = rightStart
        // An award's year (获2024年度上海市科学技术奖) is read past: six scalars more.
        var reach = rightStart > span.upperBound ? 24 : 16
        while b < s.count, !clauseBreaks.contains(s[b]) || s[b] == "、" && rightListGoesOn(s, at: b, from: span.upperBound),
              s[b] != "（", s[b] != "(", b - rightStart < reach {
            if s[b] == "获", b + 1 < s.count, QuantityScanner.isDigit(s[b + 1]) { reach = 22 }
            if s[b] == "、" { reach = 24 }
            b += 1
        }
        let rightScalars = rightPhrase(s[rightStart..<b])
        let right = String(scalars: rightScalars)
        // "13.51%、14.69%" repeats the subject; "7期读书班、7场专题党课" names each item.
        let rightIsVerb = rightVerbs.match(in: rightScalars, at: 0) != nil
        let inherits = comparisonOnly.containsBytes(left) || isChangeOnly(left) || isComparisonYear(left) || (listItem && (right.isEmpty || rightIsVerb))
        let respectively = rawLeft.hasBytes("分别") && a > 0 && s[a - 1] == "、"
        return Parts(left: left, right: right, rawLeft: rawLeft, inherits: inherits, respectively: respectively)
    }

    static let columnWords: ByteWords = ["年初数", "年末数", "期初数", "期末数", "年初", "年末", "年度目标值", "目标值", "实际完成", "实际完成值",
                                         "实际值", "完成值", "完成率", "本年数", "上年数", "预算数", "决算数", "执行数"]

    /// The label before the colon of the sentence a phrase stands in (`资产损益情况：`): its
    /// words cleaned, 情况 off; nil when the sentence has no colon or the label is long.
    static func colonLabel(_ s: [Unicode.Scalar], before a: Int) -> String? {
        var k = a
        while k > 0, !YearResolver.endsSentence(s[k - 1]), s[k - 1] != "：", s[k - 1] != ":", a - k < 60 { k -= 1 }
        guard k > 0, s[k - 1] == "：" || s[k - 1] == ":" else { return nil }
        let colon = k - 1
        var b = colon
        while b > 0, colon - b < 20, !clauseBreaks.contains(s[b - 1]) { b -= 1 }
        var label = Array(s[b..<colon])
        if label.count > 2, label.suffix(2).elementsEqual("情况".unicodeScalars) { label.removeLast(2) }
        let text = clean(label)
        return text.scalarCount >= 2 && text.scalarCount <= 18 ? text : nil
    }

    /// "60余家银行、担保和投资机构": after the noun, a list of kinds with no figure of its
    /// own names what was counted; "专利12项、软件著作权8项" lists figures and stops at 、.
    static func rightListGoesOn(_ s: [Unicode.Scalar], at b: Int, from start: Int) -> Bool {
        guard b > start else { return false }
        var k = b + 1, joined = false
        while k < s.count, k - start < 24, !clauseBreaks.contains(s[k]) || s[k] == "、" {
            if QuantityScanner.isDigit(s[k]) || ChineseNumerals.isNumeral(s[k]) { return false }
            if s[k] == "和" || s[k] == "及" || s[k] == "与" || s[k] == "等" { joined = true }
            k += 1
        }
        // A list closed by 和/及/等 and ending within the reach: 审议、修改 or 机器人、机器狗共同展示
        // are verbs and scenes, and a cut list names half the kinds.
        return joined && k < s.count && k - start < 24 && clauseBreaks.contains(s[k]) && s[k] != "、"
    }

    /// The colon of "标签：A / B" when `a` follows the slash: only the first value and spaces
    /// between the colon and the slash.
    static func slashedColon(_ s: [Unicode.Scalar], before a: Int) -> Int? {
        var k = a
        while k > 0, s[k - 1] == " " { k -= 1 }
        guard k > 0, s[k - 1] == "/" || s[k - 1] == "／" else { return nil }
        k -= 1
        var sawDigit = false
        while k > 0, s[k - 1] != "：", s[k - 1] != ":", k > a - 24 {
            if clauseBreaks.contains(s[k - 1]) { return nil }
            if QuantityScanner.isDigit(s[k - 1]) { sawDigit = true }
            k -= 1
        }
        guard k > 0, sawDigit, s[k - 1] == "：" || s[k - 1] == ":" else { return nil }
        return k - 1
    }

    /// The 24-character window was cut inside a clause, so it may open mid-word. A year
    /// cut in two ("20|24年本部门…", "2024年|度对外…") is dropped; a window that holds
    /// another figure before a 的 ("…所属2家机|关和2家参公事业单位财政拨款的机关运行经费预算")
    /// starts after that 的, where this figure's name begins.
    static func wholePhraseStart(_ s: [Unicode.Scalar], from: Int, to end: Int) -> Int {
        var i = from
        if from > 0, QuantityScanner.isDigit(s[from - 1]) || s[from - 1] == "年" {
            var k = from
            while k < end, QuantityScanner.isDigit(s[k]) { k += 1 }
            let year = k < end && s[k] == "年"
            if year { k += 1 }
            if year || s[from - 1] == "年", k < end, yearTails.contains(s[k]) { k += 1 }
            if k > from, year || s[from - 1] == "年" { i = k }
        }
        func nameLength(from k: Int) -> Int { s[k..<end].reduce(0) { $1 == " " ? $0 : $0 + 1 } }
        // The window cut another figure (帮助8,|642家中小企业获得融资386.5亿元): its digits and
        // measure are no part of this one's name.
        if i == from, from > 0, numberPart(s[from - 1]), numberPart(s[from]) {
            var k = from
            while k < end, numberPart(s[k]) { k += 1 }
            while k < end, k - from < 12, cutMeasures.contains(s[k]) { k += 1 }
            if nameLength(from: k) >= 2 { i = k }
        }
        if let de = (i..<end).first(where: { s[$0] == "的" }), (i..<de).contains(where: { QuantityScanner.isDigit(s[$0]) }),
           nameLength(from: de + 1) >= 4 {
            return de + 1
        }
        return nameLength(from: i) >= 2 ? i : from
    }

    static let yearTails: ScalarSet = ["度", "底", "末"]
    static let cutMeasures: ScalarSet = ["家", "个", "项", "人", "次", "件", "场", "期", "元", "万", "亿", "%", "位", "名", "台", "套", "余", "多",
                                          "片", "吨", "户", "条", "篇", "本", "份", "只", "辆", "架", "座", "所", "处", "起", "例", "批", "款", "笔", "张"]
    static func numberPart(_ c: Unicode.Scalar) -> Bool { QuantityScanner.isDigit(c) || c == "," || c == "." }

    /// The 等 that closes a list of kinds (能源等领域客户), with at least two scalars of
    /// the head noun after it; not 一等奖 or 等级.
    static func enumerationClose(_ s: [Unicode.Scalar], from: Int, to end: Int) -> Int? {
        guard from < end else { return nil }
        return (from..<end).first { i in
            s[i] == "等" && end - i > 2 && s[i + 1] != "级" && s[i + 1] != "奖" && !(i > 0 && ChineseNumerals.isNumeral(s[i - 1]))
        }
    }

    /// Verbs that open another figure's count of what the noun before them holds or gained
    /// (载体新增在孵企业, 园区入驻企业): read as this figure's name, they would make it that count.
    /// (Not 获得/完成: 864家中小企业获得融资3.26亿元 counts the firms that got it.)
    static let nextFigureVerbs = WordList(["新增", "新设", "新认定", "新引进", "新培育", "累计", "共计", "共有", "拥有", "入驻", "集聚", "吸引", "吸纳"])
    static let rightVerbs = WordList(["持续", "大幅", "稳步", "逐年", "增长", "提升", "提高", "下降", "分别", "同比", "均", "较", "比", "实现"])
    static let rightCuts: ScalarSet = ["的", "，", "。", "；"]

    /// The noun phrase after a measure: a leading 的/之/次/人 dropped, cut at 的 or a
    /// clause end, without spaces or a leading 以上/左右/以下/以内.
    static let rightLeads: [Unicode.Scalar] = ["的", "之", "次", "人"]
    static let rightApproximations: [[Unicode.Scalar]] = [["以", "上"], ["左", "右"], ["以", "下"], ["以", "内"]]

    /// Where the label of a key-figure card starts: after Markdown emphasis marks and a dash
    /// (—— / — / – / -) that follow the figure; nil when no dash follows.
    static func cardLabelStart(_ s: [Unicode.Scalar], after end: Int) -> Int? {
        var k = end
        while k < s.count, s[k] == " " || s[k] == "*" { k += 1 }
        let dashStart = k
        while k < s.count, cardDashes.contains(s[k]) { k += 1 }
        guard k > dashStart else { return nil }
        while k < s.count, s[k] == " " { k += 1 }
        return k < s.count && !QuantityScanner.isDigit(s[k]) ? k : nil
    }
    static let cardDashes: ScalarSet = ["—", "–", "―", "─", "-", "－"]

    /// Where the phrase after the last `<figure><measure> ` in `a..<end` starts: a blank right
    /// after a measure word that follows digits (亿元 , 万件 ); nil when there is none.
    static func figureGap(_ s: [Unicode.Scalar], from a: Int, to end: Int) -> Int? {
        var k = end - 1
        while k > a + 1 {
            if s[k] == " " || s[k] == "\u{3000}" {
                // Back over the measure (at most 4 scalars) to a digit.
                var m = k - 1
                var letters = 0
                while m > a, letters < 4, !QuantityScanner.isDigit(s[m]), s[m] != " " { m -= 1; letters += 1 }
                if letters >= 1, m >= a, QuantityScanner.isDigit(s[m]), cutMeasures.contains(s[k - 1]) || s[k - 1] == "%" {
                    var b = k + 1
                    while b < end, s[b] == " " || s[b] == "\u{3000}" { b += 1 }
                    // (One arrow is a phrase too: 1286家 ↑12.4% says 增长.)
                    return end - b >= 2 || (end - b == 1 && "↑↓⬆⬇".unicodeScalars.contains(s[b])) ? b : nil
                }
            }
            k -= 1
        }
        return nil
    }

    static func rightPhrase(_ raw: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var r = raw
        for w in rightLeads where r.first == w { r = r.dropFirst() }
        while r.first == " " { r = r.dropFirst() }
        while r.last == " " { r = r.dropLast() }
        if let cut = r.firstIndex(where: { rightCuts.contains($0) }) { r = r[..<cut] }
        // Another number starts another figure: 发布了2017年度… ends at 2017. Not the year
        // of an award received: 17项成果获2024年度上海市科学技术奖 counts the award's items.
        var awardYear: Range<Int>? = nil
        var nextFigure = false
        if let cut = r.firstIndex(where: { QuantityScanner.isDigit($0) }) {
            var end = cut
            while end < r.endIndex, end - cut < 4, QuantityScanner.isDigit(r[end]) { end += 1 }
            if end - cut == 4, cut > r.startIndex, r[cut - 1] == "获", end < r.endIndex, r[end] == "年" {
                end += 1
                if end < r.endIndex, r[end] == "度" { end += 1 }
                awardYear = cut..<end
                if let next = r[end...].firstIndex(where: { QuantityScanner.isDigit($0) }) { r = r[..<next] }
            } else {
                r = r[..<cut]
                nextFigure = true
            }
        }
        // Most phrases have no space: one copy, not filter's append at a time.
        var t: [Unicode.Scalar]
        if let y = awardYear {
            t = (Array(r[..<y.lowerBound]) + Array(r[y.upperBound...])).filter { $0 != " " }
        } else {
            t = r.contains(" ") ? r.filter { $0 != " " } : Array(r)
        }
        for w in rightApproximations where t.first == w[0] && t.starts(with: w) { t.removeFirst(2) }
        // "186家市级以上孵化载体新增在孵企业1,326家": from the verb on, the words before the
        // next figure are its name; this figure counts the noun before the verb.
        if nextFigure, t.count > 2, let v = nextFigureVerbs.nextMatch(in: t, from: 2) { t.removeSubrange(v.at...) }
        // "312个问题中已整改到位286个": the count is of the whole the next figure is a part of.
        if nextFigure, let k = t.indices.dropFirst().first(where: { t[$0] == "中" && $0 + 1 < t.count && amongFollowers.contains(t[$0 + 1]) }) {
            t.removeSubrange(k...)
        }
        // "…9.17亿元和9.82亿元": a conjunction before the next figure names nothing.
        if t.count <= 2, listJoins.contains(String(scalars: t)) { t = [] }
        return t
    }

    static let amongFollowers: Set<Unicode.Scalar> = ["已", "有", "共", "累", "新", "完", "获", "，"]
    static let listJoins: Set<String> = ["和", "及", "与", "或", "以及", "、", "/", "／"]

    /// The subject from the parts: the left phrase, with the noun after the measure added
    /// when the left is only a verb, a preposition, an example list (…等) or very short.
    static func subject(_ p: Parts) -> String {
        var left = p.left
        let scalars = left.scalarArray
        // Trimmed and decoded once: each is asked up to three times below.
        let raw = p.rawLeft.trimmingSpaces
        let rawEndsInDe = raw.endsWithBytes("的")
        var rightScalars: [Unicode.Scalar]? = nil
        func right() -> [Unicode.Scalar] {
            if let r = rightScalars { return r }
            let r = p.right.scalarArray
            rightScalars = r
            return r
        }
        let weak = scalars.count <= 3 || verbList.match(in: scalars, endingBefore: scalars.count) != nil
            || prepositionList.match(in: scalars, at: 0) != nil || raw.endsWithBytes("等")
            // "…科研院所的380余名代表参加": after 的 the number counts the noun that follows it.
            // ("比2024年的1,168.92万元增加36.45万元": a change verb after it names no noun.)
            || (rawEndsInDe && p.right.scalarCount >= 2
                && rightVerbs.match(in: right(), at: 0) == nil && changeStarts.match(in: right(), at: 0) == nil)
            // "上海累计43家信息服务业企业…": a total word before the number, the noun after it.
            || totalWords.contains { left.endsWithBytes($0) }
            // "浦东新区47家企业入选": a place alone names where, the noun after the measure what.
            || (p.right.scalarCount >= 2 && isPlaceOnly(left))
        // (Not the Markdown emphasis closing the figure: 学生**2.8万人次** is 学生's.)
        // (Nor a range's mark after its lower bound: 完成40-45期 is no 完成-.)
        if weak, !(p.right.unicodeScalars.first.map { PartOfYear.rangeMarks.contains($0) } ?? false) {
            left += p.right.hasBytes("**") ? p.right.replacingOccurrences(of: "**", with: "") : p.right
        }
        // "项目支出比2024年的1,168.92万元增加…": the earlier value is 项目支出's, the comparison
        // no part of its name.
        if rawEndsInDe, changeStarts.match(in: right(), at: 0) != nil,
           let cut = comparisonCut(left.scalarArray) {
            left = String(scalars: cut)
        }
        return trimPunctuation(left)
    }

    /// A name ending in 比2024年 / 较上年 without it (nil when it does not end so, or nothing
    /// would be left).
    static func comparisonCut(_ s: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
        var k = s.count
        if let w = relativeYears.match(in: s, endingBefore: k) {
            k -= relativeYears.scalars[w].count
        } else {
            guard k >= 5, s[k - 1] == "年" else { return nil }
            k -= 1
            let end = k
            while k > 0, QuantityScanner.isDigit(s[k - 1]) { k -= 1 }
            guard end - k == 4 else { return nil }
        }
        guard k >= 3, s[k - 1] == "比" || s[k - 1] == "较" else { return nil }
        return s[..<(k - 1)]
    }

    static let relativeYears = WordList(["上年", "去年", "上年度", "上一年"])

    /// A district, the city or the whole area and nothing else (浦东新区, 上海市闵行区, 全区).
    static func isPlaceOnly(_ left: String) -> Bool {
        var t = left
        for lead in ["上海市", "上海"] where t.startsWithBytes(lead) { t = String(t.unicodeScalars.dropFirst(lead.unicodeScalars.count)) }
        if t.isEmpty { return left.hasSameBytes(as: "上海市") || left.hasSameBytes(as: "上海") }
        return UnitNames.districts.contains { t.hasSameBytes(as: $0) } || UnitNames.districtShort.contains { t.hasSameBytes(as: $0.0) }
            || ["全区", "全市", "本市", "本区", "我区", "我市", "全国"].contains { t.hasSameBytes(as: $0) }
    }

    static let changeStarts = WordList(["增加", "净增", "增长", "提高", "提升", "减少", "下降", "降低", "上升", "缩短", "压缩", "节约", "扩大"])

    /// A left phrase ending in one of these is a verb: the noun comes after the measure.
    static let verbs = ["帮助", "带动", "助力", "促成", "完成", "开展", "举办", "组织", "引进", "认定", "发布", "获得", "荣获", "接待", "走访", "培训", "形成", "推动", "实现", "新增", "引入", "落地", "服务", "参与", "参加", "入选", "获评", "办理", "受理", "核发", "推荐", "选派", "接收", "调入", "调出", "录用", "招收", "吸引", "帮扶", "资助", "支持", "覆盖", "涉及", "发放", "兑现", "编报", "购置", "安排", "投入", "申请", "遴选", "指导", "协调", "保障", "举行", "召开", "开通", "打造", "建设", "建成", "设立", "下设", "拥有", "承办", "协办", "开设", "主持", "参与编制", "编制", "力争", "对照", "预计", "计划", "拟", "达成", "制定", "出台", "评选", "评审", "选树", "培育", "孵化", "聘任", "招聘", "通过", "立项", "授权", "集聚", "汇聚", "连续", "蝉联", "成功"]

    static let verbList = WordList(verbs)
    static let prepositionList = WordList(prepositions)
}

extension String {
    /// Without leading and trailing U+0020, by byte.
    var trimmingSpaces: String {
        let u = utf8
        var a = u.startIndex, b = u.endIndex
        while a < b, u[a] == 32 { a = u.index(after: a) }
        while b > a, u[u.index(before: b)] == 32 { b = u.index(before: b) }
        return a == u.startIndex && b == u.endIndex ? self : String(self[a..<b])
    }
}
