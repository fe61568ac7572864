/// What follows a number (余/多, 万/亿, a unit or measure word, 以上/左右) and the qualifier
/// words before it.
extension QuantityScanner {
    /// Reads what follows a number: 余/多, a scale (万/亿), a unit or measure word, and
    /// 以上/左右/以下. Returns the position after it all.
    /// Past a Markdown emphasis that closes after a number (`**1,286** 项`, `**3.2万** 家次`):
    /// the measure after it is the number's.
    func skipEmphasisClose(_ j: Int) -> Int {
        guard at(j) == "*", at(j + 1) == "*" else { return j }
        let m = skipSpaces(j + 2)
        // Only when a measure or scale could follow: "**42**，" leaves the marks alone.
        guard let c = at(m), !Self.isDigit(c), c != "*", !Self.isSpace(c), c != "，", c != "。", c != "\n" else { return j }
        return m
    }

    func readMeasure(into q: inout ScannedQuantity, from start: Int, arabicDigits: Int?) -> Int {
        var j = skipEmphasisClose(skipSpaces(start))
        func takeOver() {
            if let c = at(j), c == "余" || c == "多" || c == "几" {
                // 多元/多项/多年 after a number still mean "more than N": 60 多项.
                q.quantity.qualifier = .over
                j = skipSpaces(j + 1)
            }
        }
        takeOver()
        var scale = ""
        if hasPrefix("万亿", at: j) { scale = "万亿"; j += 2 }
        else if at(j) == "万" || at(j) == "亿" { scale = String(Character(s[j])); j += 1 }
        if !scale.isEmpty {
            // 1万2千余人次, 3亿5千万元: the digits after the scale continue the number.
            if let (extra, next) = scaleContinuation(after: j, scale: scale) {
                q.quantity.value += extra
                j = next
            }
            j = skipEmphasisClose(skipSpaces(j))
            takeOver()
        }
        var measure = ""
        if let c = MeasureWords.currencyList.match(in: s, at: j), case let currency = MeasureWords.currencies[c],
           !(currency.hasSameBytes(as: "元") && q.isLoneChineseDigit && scale.isEmpty && q.quantity.qualifier == .exact) {
            // (三元正极, 二元结构: a lone small Chinese numeral before 元 is a word, not money.)
            measure = scale + currency; j += currency.scalarCount
        } else if at(j) == "%" {
            if scale.isEmpty { measure = "%"; j += 1 }
        } else if let w = MeasureWords.countList.match(in: s, at: j), case let word = MeasureWords.counts[w] {
            let len = word.scalarCount
            if word.hasSameBytes(as: "余人") { measure = scale + "人"; q.quantity.qualifier = .over } else { measure = scale + word }
            j += len
        } else if at(j) == "成", scale.isEmpty, q.quantity.value <= 10 {
            measure = "成"; j += 1
        } else if !scale.isEmpty {
            measure = scale
        } else if let c = at(j), c.value >= 0x4E00, let p = at(skipSpacesBack(q.number.lowerBound) - 1), p.value >= 0x4E00,
                  let next = at(j + 1), MeasureWords.oneScalarCounts.contains(next), case let word = String(Character(next)),
                  joinsWord(p, c) {
            q.splitWordTail = c
            measure = scale + word
            j += 2
        } else if at(j) == "大", let d = arabicDigits, d <= 2, q.quantity.value <= 20, j == start || Self.isSpace(at(j - 1)) || j == start {
            // "7 大行业领域": a count with its noun and no measure word.
            q.hasNDa = true
            j += 1
        }
        // 三分之二: a fraction, not a score.
        if measure.hasSameBytes(as: "分"), at(j) == "之" { measure = "" }
        // Numbered names, not counts: 二支部 (branch No. 2), 74 周年 (an anniversary), 3 号楼,
        // 十七届人大, 三次会议 of a congress, 二期工程.
        if let m = measure.unicodeScalars.last, let n = at(j),
           Self.numberedNameWords.containsBytes(String(scalars: [m, n])) || isOrdinalName(measure, at: j, number: q.number, lone: q.isLoneChineseDigit) {
            q.quantity.measure = ""
            q.isNumberedName = true
            return start
        }
        q.quantity.measure = measure
        if measure.isEmpty && !q.hasNDa && q.quantity.qualifier == .exact {
            // Nothing follows that belongs to the number: the span ends at its last digit.
            return start
        }
        if !measure.isEmpty || q.hasNDa {
            let k = skipSpaces(j)
            for (word, qual) in MeasureWords.postQualifiers where hasPrefix(word, at: k) {
                q.quantity.qualifier = qual
                j = k + word.scalarCount
                break
            }
            // "50元起": a starting price, at least that much; not 起步/起草/起来.
            if at(k) == "起", at(k + 1).map({ SubjectFinder.clauseBreaks.contains($0) || $0 == "。" }) ?? true {
                q.quantity.qualifier = .over
                j = k + 1
            }
        }
        q.span = q.span.lowerBound..<max(q.span.upperBound, j)
        return j
    }

    /// 近/约/超/不到… written just before the number (签约, 附近 are words, not qualifiers).
    func applyPreQualifier(_ q: inout ScannedQuantity, numberStart: Int) {
        let end = skipSpacesBack(numberStart)
        if let w = MeasureWords.preQualifierList.match(in: s, endingBefore: end) {
            let (word, qual) = MeasureWords.preQualifiers[w]
            let wordStart = end - word.scalarCount
            if wordStart > 0 {
                let pair = String(scalars: [s[wordStart - 1], s[wordStart]])
                if MeasureWords.falseQualifierWords.containsBytes(pair) { return }
            }
            if word.scalarCount == 1 {
                let two = end >= 2 ? String(scalars: [s[end - 2], s[end - 1]]) : ""
                if MeasureWords.falseQualifierWords.containsBytes(two) { return }
            }
            // 近N年来 is a look-back window, not a quantity: the caller drops it.
            if q.quantity.qualifier == .exact || qual == .nearly || qual == .approx || qual == .under { q.quantity.qualifier = qual }
            q.span = wordStart..<q.span.upperBound
            return
        }
    }

    /// Congress terms and sessions, project phases: 十七届人大, 二十届四中全会, 人大三次会议,
    /// 二期工程 — names with a number in them.
    func isOrdinalName(_ measure: String, at j: Int, number: Range<Int>, lone: Bool) -> Bool {
        if measure.hasSameBytes(as: "届") {
            if Self.termFollowers.match(in: s, at: j) != nil { return true }
            // 区政协十四届四次会议: a term and its session, and a term after the body it numbers.
            if j + 1 < s.count, ChineseNumerals.digit(s[j]) != nil || QuantityScanner.isDigit(s[j]), s[j + 1] == "次" { return true }
            let before = String(scalars: s[max(0, number.lowerBound - 3)..<number.lowerBound])
            return before.hasBytes("人大") || before.hasBytes("政协")
        }
        if measure.hasSameBytes(as: "次") || measure.hasSameBytes(as: "中") {
            guard Self.sessionFollowers.match(in: s, at: j) != nil else { return false }
            let before = String(scalars: s[max(0, number.lowerBound - 8)..<number.lowerBound])
            return before.hasBytes("届") || before.hasBytes("人大") || before.hasBytes("常委会") || before.hasBytes("政协")
        }
        if measure.hasSameBytes(as: "期"), lone { return Self.phaseFollowers.match(in: s, at: j) != nil }
        // 三人篮球赛, 五人制足球: the size of a team in a game's name.
        if measure.hasSameBytes(as: "人"), lone { return Self.gameFollowers.match(in: s, at: j) != nil }
        // 第十五个五年规划, 三年行动计划: the span in a plan's name, not a length of time.
        if measure.hasSameBytes(as: "年"), lone { return Self.planFollowers.match(in: s, at: j) != nil }
        // 测评一部、测评二部: a department's number right after its name, not a count of 部.
        if measure.hasSameBytes(as: "部"), lone, number.lowerBound > 0, case let p = s[number.lowerBound - 1], p.value >= 0x4E00, p.value <= 0x9FFF,
           !Self.countLeadsBeforeBu.contains(p), j >= s.count || Self.afterDepartment.contains(s[j]) { return true }
        return false
    }

    /// What may stand before a count of 部 (拍摄宣传片三部 is rare; 共/有/拍/了 lead counts).
    static let countLeadsBeforeBu: Set<Unicode.Scalar> = ["共", "有", "了", "拍", "出", "制", "作", "计", "达", "近", "约", "余"]
    static let afterDepartment: Set<Unicode.Scalar> = ["、", "和", "及", "与", "，", "。", "；", " ", "（", "等"]
    static let termFollowers = WordList(["人大", "全会", "中央", "政协", "一中", "二中", "三中", "四中", "五中", "六中", "七中",
                                         "代表大会", "委员会", "党代会", "团代会", "人民代表", "历次", "全国人大", "市委", "区委", "党委"])
    static let sessionFollowers = WordList(["会议", "全会", "全体会议", "常委会", "大会"])
    static let gameFollowers = WordList(["篮球", "足球", "排球", "制", "赛", "对抗"])
    static let planFollowers = WordList(["规划", "计划", "行动", "纲要", "发展规划"])
    static let phaseFollowers = WordList(["工程", "项目", "载体", "建设", "园区", "基地", "扩建", "厂房", "大楼", "用地", "改造", "地块", "楼"])

    /// 约占全国30%, 约为, 约合: an 约 before the verb still bounds the figure.
    func applyVerbQualifier(_ q: inout ScannedQuantity, numberStart: Int) {
        guard q.quantity.qualifier == .exact else { return }
        var k = skipSpacesBack(numberStart) - 1
        let floor = max(0, numberStart - 16)
        while k > floor, !SubjectFinder.clauseBreaks.contains(s[k]), s[k] != "。" {
            if s[k] == "约", let n = at(k + 1), "占为合达有计是".unicodeScalars.contains(n), !(k > 0 && "签预节制公合条契集邀履大".unicodeScalars.contains(s[k - 1])) {
                q.quantity.qualifier = .approx
                return
            }
            k -= 1
        }
    }

    /// 超亿元企业, 亿元以上项目, 超十亿元的企业: a bound inside a name, not a figure.
    func isThreshold(_ q: ScannedQuantity, end: Int) -> Bool {
        // Only money bounds a kind of enterprise or project; 400 余家企业 counts them.
        guard q.quantity.qualifier == .over || q.quantity.qualifier == .under, q.quantity.isMoney || q.quantity.isBareScale else { return false }
        var k = skipSpaces(end)
        if at(k) == "的" { k += 1 }
        // The noun may carry a short qualifier of its own: 超百亿元的大企业, 亿元以上重点项目.
        for d in 0...2 where Self.thresholdNouns.match(in: s, at: k + d) != nil {
            if d == 0 || s[k..<(k + d)].allSatisfy({ $0.value >= 0x4E00 && $0.value <= 0x9FFF }) { return true }
        }
        return false
    }

    static let thresholdNouns = WordList(["企业", "项目", "单位", "机构", "工厂", "园区", "楼宇", "平台", "产业集群", "集群", "级", "户"])

    /// After 万: `2千` (0.2), `5百` (0.05); after 亿: `5千万` (0.5), `2千` … in units of the
    /// scale, so `1万2千` reads 1.2 万. Arabic or Chinese digits; nil when none follow.
    func scaleContinuation(after j: Int, scale: String) -> (Double, Int)? {
        guard let c = at(j) else { return nil }
        let digit: Int? = Self.isDigit(c) ? Int(c.value - 0x30) : ChineseNumerals.digit(c)
        guard let d = digit, d > 0, let unit = at(j + 1) else { return nil }
        let base = scale.hasSameBytes(as: "亿") ? 1e8 : 1e4
        var place: Double
        var next = j + 2
        switch unit {
        case "千": place = 1000
        case "百": place = 100
        default: return nil
        }
        // 3亿5千万: the thousand is of 万.
        if base == 1e8, at(next) == "万" { place *= 1e4; next += 1 }
        guard place < base else { return nil }
        return (Double(d) * place / base, next)
    }

    func hasPreQualifier(before i: Int) -> Bool {
        let end = skipSpacesBack(i)
        return MeasureWords.preQualifierList.match(in: s, endingBefore: end) != nil
    }
}
