/// Numbers written in Chinese numerals: 百分之九十五, 二十余场, 三千五百万元.
extension QuantityScanner {
    /// 百分之九十五, 百分之百, 百分之 95. A number too long to hold exactly gives no
    /// quantity, only the position after it (it is logged as skipped).
    /// 千分之4.6 and 万分之3.2 are read the same way, as ‰ and ‱.
    func readPercentWords(at i: Int, measure: String = "%") -> (ScannedQuantity?, Int)? {
        var j = i + 3
        j = skipSpaces(j)
        if Self.isDigit(at(j)), let n = readArabicNumber(at: j) {
            if let problem = ExactNumber.problem(significantDigits: n.significant) {
                skipped.append(j..<n.end, problem)
                return (nil, n.end)
            }
            var q = ScannedQuantity(quantity: Quantity(value: n.value, measure: measure), number: j..<n.end, span: i..<n.end)
            applyPreQualifier(&q, numberStart: i)
            return (q, n.end)
        }
        var k = j
        var run: [Unicode.Scalar] = []
        while let c = at(k), ChineseNumerals.isNumeral(c) || c == "点" { run.append(c); k += 1 }
        guard !run.isEmpty else { return nil }
        var v: Double
        // 百分之一千万亿亿点五: stacked multipliers make numbers no double holds exactly.
        let tooLarge = { (problem: String) -> (ScannedQuantity?, Int) in
            skipped.append(j..<k, problem)
            return (nil, k)
        }
        if let dot = run.firstIndex(of: "点") {
            guard let whole = ChineseNumerals.value(of: Array(run[..<dot])) else { return nil }
            if let problem = ExactNumber.problem(value: whole) { return tooLarge(problem) }
            var frac = ""
            for c in run[(dot + 1)...] { guard let d = ChineseNumerals.digit(c) else { return nil }; frac += String(d) }
            // The whole part is below 10¹⁵ here, so it prints as its digits.
            let text = NumberFormatting.plain(whole) + "." + frac
            if let problem = ExactNumber.problem(significantDigits: ExactNumber.significantDigits(in: text.unicodeScalars)) {
                return tooLarge(problem)
            }
            v = Double(text) ?? whole
        } else {
            guard let whole = ChineseNumerals.value(of: run) else { return nil }
            if let problem = ExactNumber.problem(value: whole) { return tooLarge(problem) }
            v = whole
        }
        var q = ScannedQuantity(quantity: Quantity(value: v, measure: measure), number: j..<k, span: i..<k)
        applyPreQualifier(&q, numberStart: i)
        return (q, k)
    }

    /// Chinese numerals, accepted only where a measure word, 元, 成 or 大 follows, so that
    /// words such as 统一 or 十四五 are not read as numbers.
    func readChineseQuantity(at i: Int) -> (ScannedQuantity, Int)? {
        readChineseQuantities(at: i).map { ($0.0[0], $0.1) }
    }

    /// The same, with a range written in numerals (三至五家 → 3 家 over and 5 家 under).
    func readChineseQuantities(at i: Int) -> ([ScannedQuantity], Int)? {
        var start = i
        if s[i] == "上" || s[i] == "数" { start = i + 1 }
        var k = start
        while let c = at(k), ChineseNumerals.isNumeral(c) { k += 1 }
        if k > start, isDashWord(at(k)), let c = at(k + 1), ChineseNumerals.digit(c) != nil,
           let (b, bEnd) = readChineseQuantity(from: k + 1), !b.quantity.measure.isEmpty,
           var a = readChineseQuantity(from: i, measureAt: k + 1 + (b.number.count), borrowing: b) {
            var b = b
            a.quantity.qualifier = .over
            b.quantity.qualifier = .under
            a.isRangeEnd = true
            b.isRangeEnd = true
            // Both ends name the same thing: the subject is read around the whole range.
            a.span = i..<bEnd
            b.span = i..<bEnd
            return ([a, b], bEnd)
        }
        return readChineseQuantity(from: i).map { ([$0.0], $0.1) }
    }

    /// 至 / 到 / ～ between the two ends of a range in numerals.
    func isDashWord(_ c: Unicode.Scalar?) -> Bool { c == "至" || c == "到" || c == "～" || c == "~" || c == "—" || c == "-" }

    /// The first end of a numeral range: its value, with the measure the second end writes.
    func readChineseQuantity(from i: Int, measureAt: Int, borrowing b: ScannedQuantity) -> ScannedQuantity? {
        var k = i
        var run: [Unicode.Scalar] = []
        while let c = at(k), ChineseNumerals.isNumeral(c) { run.append(c); k += 1 }
        guard let v = ChineseNumerals.value(of: run), ExactNumber.problem(value: v) == nil else { return nil }
        var q = ScannedQuantity(quantity: Quantity(value: v, measure: b.quantity.measure), number: i..<k, span: i..<k)
        q.isLoneChineseDigit = run.count == 1
        return q
    }

    func readChineseQuantity(from i: Int) -> (ScannedQuantity, Int)? {
        if let p = at(i - 1), ChineseNumerals.isNumeral(p) { return nil }
        var start = i
        var vague: Qualifier? = nil
        if s[i] == "上" || s[i] == "数" {
            // 上百/上千/上万: at least that many; 数十/数百: some tens, some hundreds.
            vague = .over
            start = i + 1
        }
        var k = start
        var run: [Unicode.Scalar] = []
        while let c = at(k), ChineseNumerals.isNumeral(c) { run.append(c); k += 1 }
        guard !run.isEmpty else { return nil }
        // A lone 一 is mostly a word (统一, 一家亲), and the commonest numeral of all: turned
        // away here, before the rules below, unless a decimal (一点五) follows. The same
        // test as further down; nothing before it there records anything.
        if run == ["一"], at(k) != "点", !hasPrefix("项", at: skipSpaces(k)) || hasPrefix("项项", at: skipSpaces(k)) { return nil }
        // A lone 零 is a word (零部件, 零件, 零星, 零距离), never a count, unless a decimal follows (零点五).
        if run == ["零"] || run == ["〇"], at(k) != "点" { return nil }
        // A set phrase around the numerals (一站式, 三大件) is no figure.
        for back in 0..<3 where i - back >= 0 {
            if MeasureWords.setPhraseList.contains(in: s, at: i - back, where: { $0.count > back }) { return nil }
        }
        if hasSuffix("第" as Unicode.Scalar, before: i) || hasSuffix("初" as Unicode.Scalar, before: i)
            || hasSuffix("周" as Unicode.Scalar, before: i) || hasSuffix("星期", before: i) { return nil }
        if vague != nil && run.count != 1 { return nil }
        let onlyUnits = run.allSatisfy { ChineseNumerals.digit($0) == nil }
        // 万/亿 alone are scale words of a unit (单位：万元), not numbers.
        // (万余人次, 千余家: a lone unit with 余/多 after it is a vague figure.)
        let overAfter = at(skipSpaces(k)) == "余" || at(skipSpaces(k)) == "多"
        if run.count == 1, run[0] == "万" || run[0] == "亿", vague == nil, !hasPreQualifier(before: i), !overAfter { return nil }
        guard var total = ChineseNumerals.value(of: run) else { return nil }
        if let problem = ExactNumber.problem(value: total) {
            skipped.append(start..<k, problem)
            return nil
        }
        // 三点五个百分点: a decimal in numerals (not a time: 三点五十分, 三点半).
        if at(k) == "点", let d = at(k + 1), ChineseNumerals.digit(d) != nil, run.allSatisfy({ $0 != "万" && $0 != "亿" }) {
            var f = k + 1
            var fraction = 0.0, scale = 0.1
            while let c = at(f), let d = ChineseNumerals.digit(c) { fraction += Double(d) * scale; scale /= 10; f += 1 }
            if let n = at(f), n == "分" || n == "刻" || n == "时" || n == "十" || n == "半" { return nil }
            total += fraction
            k = f
        }
        // A lone 一 is mostly a word (统一, 一家亲); 一项 still counts.
        if run == ["一"], !hasPrefix("项", at: skipSpaces(k)) || hasPrefix("项项", at: skipSpaces(k)) { return nil }
        var measureFrom = k
        var scale = ""
        // Money: the last 万/亿 of the run is the unit: 三千五百万元 → 3500 万元.
        let moneyAt = skipSpaces(k + ((at(skipSpaces(k)) == "余" || at(skipSpaces(k)) == "多") ? 1 : 0))
        if at(moneyAt) == "元" || hasPrefix("余元", at: moneyAt), let last = run.last, last == "万" || last == "亿" {
            scale = String(Character(last))
            total /= last == "万" ? 1e4 : 1e8
            measureFrom = k
        }
        var q = ScannedQuantity(quantity: Quantity(value: total, measure: ""), number: start..<k, span: i..<k)
        q.isLoneChineseDigit = run.count == 1 && ChineseNumerals.digit(run[0]) != nil
        if let v = vague { q.quantity.qualifier = v }
        let end = readMeasure(into: &q, from: measureFrom, arabicDigits: nil)
        if !scale.isEmpty { q.quantity.measure = scale + q.quantity.measure }
        if q.quantity.measure.isEmpty {
            // 五大创新应用主链: one numeral and 大.
            if run.count == 1, ChineseNumerals.digit(run[0]) != nil, at(k) == "大" {
                q.hasNDa = true
                return (q, k + 1)
            }
            return nil
        }
        // A measure that is really a scale word on its own (上万, 数万) must come with a real measure.
        if q.quantity.measure.hasSameBytes(as: "万") || q.quantity.measure.hasSameBytes(as: "亿") { return nil }
        if onlyUnits && vague == nil && q.quantity.qualifier == .exact && !hasPreQualifier(before: i) {
            // 百家企业 / 千家万户: a bare unit needs 余/多/近/超 to be a figure.
            return nil
        }
        if q.quantity.measure.hasSameBytes(as: "年"), hasPrefix("来", at: end) { return nil }
        applyPreQualifier(&q, numberStart: i)
        applyVerbQualifier(&q, numberStart: i)
        if isThreshold(q, end: end) { skipped.append(start..<k, "bound inside a name (超亿元企业)"); return nil }
        return (q, end)
    }
}
