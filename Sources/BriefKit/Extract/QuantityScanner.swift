/// A quantity found in a line of text, before subject, year and category are attached.
struct ScannedQuantity {
    var quantity: Quantity
    /// Scalar range of the number as written ("1,351,459,890", "二十", "97.7").
    var number: Range<Int>
    /// From the first qualifier word before the number to the end of the measure and any
    /// qualifier after it.
    var span: Range<Int>
    /// One end of a range (3-5 家): reported, but never as a headline.
    var isRangeEnd = false
    /// No measure word followed: only reported where the context says what it is.
    var isBare: Bool { quantity.measure.isEmpty && !hasNDa }
    /// `5 大重点产业`: a count with no measure word.
    var hasNDa = false
    /// The second half of a word a PDF split around the number (项 5483 目项 → 目).
    var splitWordTail: Unicode.Scalar? = nil
    /// Written as one Chinese digit (三, 二): before 元 that is a word (三元正极), not money.
    var isLoneChineseDigit = false
    /// 二支部, 74 周年: a name with a number in it, never reported.
    var isNumberedName = false
}

/// Collects skipped numbers while a scanner runs.
final class SkipLog {
    var entries: [(range: Range<Int>, reason: String)] = []
    func append(_ range: Range<Int>, _ reason: String) { entries.append((range, reason)) }
}

/// Finds quantities in one line of normalised text (full-width forms already folded),
/// following docs/QUANTITIES.md. Works on Unicode scalars with explicit ranges.
struct QuantityScanner {
    let s: [Unicode.Scalar]
    /// Numbers seen and not reported, with the reason (shared so the struct stays a value).
    let skipped = SkipLog()
    /// Whether two characters form a word of the document, for repairing split words.
    let joinsWord: (Unicode.Scalar, Unicode.Scalar) -> Bool

    init(_ scalars: [Unicode.Scalar], joinsWord: @escaping (Unicode.Scalar, Unicode.Scalar) -> Bool = { _, _ in false }) {
        s = scalars
        self.joinsWord = joinsWord
    }

    // MARK: Classification

    @inline(__always) func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < s.count ? s[i] : nil }
    @inline(__always) static func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { $0.value >= 0x30 && $0.value <= 0x39 } ?? false }
    @inline(__always) static func isASCIILetter(_ c: Unicode.Scalar?) -> Bool {
        guard let v = c?.value else { return false }
        return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }
    @inline(__always) static func isSpace(_ c: Unicode.Scalar?) -> Bool { c == " " || c == "\u{A0}" }
    static func isDash(_ c: Unicode.Scalar?) -> Bool { c == "-" || c == "—" || c == "–" || c == "～" || c == "~" || c == "至" || c == "到" || c == "－" }

    func skipSpaces(_ i: Int) -> Int {
        var j = i
        while j < s.count, Self.isSpace(s[j]) { j += 1 }
        return j
    }

    func skipSpacesBack(_ i: Int) -> Int {
        var j = i
        while j > 0, Self.isSpace(s[j - 1]) { j -= 1 }
        return j
    }

    func hasPrefix(_ word: String, at i: Int) -> Bool {
        var k = i
        for c in word.unicodeScalars {
            guard k < s.count, s[k] == c else { return false }
            k += 1
        }
        return true
    }

    /// The word of `word`'s length ending just before `i`.
    func hasSuffix(_ word: String, before i: Int) -> Bool {
        let n = word.unicodeScalars.count
        return i - n >= 0 && hasPrefix(word, at: i - n)
    }

    // MARK: Scanning

    /// Measure and next character that make a numbered name: 二支部, 74 周年, 3 号楼.
    static let numberedNameWords: ByteWords = ["支部", "周年", "号楼", "号线", "届次"]

    /// The scalars any branch of `scan` acts on: book-title marks, digits, numerals and the
    /// words that lead them (上/数 before a numeral, 百分之). Any other scalar is passed with
    /// one bit test; most of a line is such text.
    static let scanStarts: ScalarSet = {
        var list: [Unicode.Scalar] = ["《", "》", "上", "数", "百"]
        list += (0x30...0x39).compactMap(Unicode.Scalar.init)
        list += (0x3000...0x9FFF).compactMap(Unicode.Scalar.init).filter(ChineseNumerals.isNumeral)
        return ScalarSet(list)
    }()

    func scan() -> [ScannedQuantity] {
        var found: [ScannedQuantity] = []
        var i = 0
        var bookDepth = 0
        let starts = Self.scanStarts   // read once: a static is a lazy global behind a once-check
        while i < s.count {
            let c = s[i]
            if !starts.contains(c) { i += 1; continue }
            if c == "《" { bookDepth += 1; i += 1; continue }
            if c == "》" { bookDepth = max(0, bookDepth - 1); i += 1; continue }
            if bookDepth > 0 { i += 1; continue }
            if Self.isDigit(c) {
                let (items, next) = readArabicQuantity(at: i)
                found += items
                i = max(next, i + 1)
                continue
            }
            if c == "百", hasPrefix("百分之", at: i) {
                if let (q, next) = readPercentWords(at: i) { found += q.map { [$0] } ?? []; i = next; continue }
            }
            if ChineseNumerals.isNumeral(c) || ((c == "上" || c == "数") && at(i + 1).map(ChineseNumerals.isNumeral) == true) {
                if let (q, next) = readChineseQuantity(at: i) { found.append(q); i = next; continue }
            }
            i += 1
        }
        return sharingTrailingMeasures(found)
    }

    /// "12、35、108 家": bare numbers joined by 、 share the measure of the last one.
    func sharingTrailingMeasures(_ items: [ScannedQuantity]) -> [ScannedQuantity] {
        var result = items
        var k = result.count - 2
        while k >= 0 {
            let next = result[k + 1]
            let gapStart = result[k].number.upperBound
            let gap = gapStart < next.number.lowerBound ? s[gapStart..<next.number.lowerBound] : []
            if result[k].isBare, !next.quantity.measure.isEmpty, !next.isRangeEnd,
               gap.filter({ !Self.isSpace($0) }).elementsEqual(["、"]) {
                result[k].quantity.measure = next.quantity.measure
                if result[k].quantity.qualifier == .exact { result[k].quantity.qualifier = next.quantity.qualifier }
            }
            k -= 1
        }
        return result
    }

    /// Reads digits with `,` thousands groups and one decimal point from `i`.
    ///
    /// The digits are gathered into an integer and divided by a power of ten once: for up
    /// to 15 digits both are exact doubles and the one division rounds correctly, so the
    /// value is the one `Double("…")` reads, without a string per number. Longer numbers
    /// go through `Double`; `significant` (digits after leading zeros) tells the caller
    /// whether the double holds the number exactly (`ExactNumber`).
    func readArabicNumber(at i: Int) -> ArabicNumber? {
        var j = i
        var mantissa: UInt64 = 0, digits = 0, fractionDigits = 0, significant = 0
        var plain = true
        func take(_ k: Int) {
            if digits < 18 { mantissa = mantissa &* 10 &+ UInt64(s[k].value - 0x30) }
            digits += 1
            if significant > 0 || s[k] != "0" { significant += 1 }
        }
        while j < s.count, Self.isDigit(s[j]) { take(j); j += 1 }
        let firstGroup = digits
        // "1,351,459,890": every group after the first has exactly three digits.
        while j + 3 < s.count || j + 3 == s.count - 0 {
            guard at(j) == "," || at(j) == "，" else { break }
            guard Self.isDigit(at(j + 1)), Self.isDigit(at(j + 2)), Self.isDigit(at(j + 3)), !Self.isDigit(at(j + 4)) else { break }
            guard firstGroup <= 3 else { break }
            for k in 1...3 { take(j + k) }
            j += 4
            plain = false
        }
        let integerDigits = digits
        if at(j) == ".", Self.isDigit(at(j + 1)) {
            j += 1
            while j < s.count, Self.isDigit(s[j]) { take(j); fractionDigits += 1; j += 1 }
            plain = false
        }
        guard digits > 0 else { return nil }
        if digits <= 15 {
            return ArabicNumber(value: Double(mantissa) / Self.powersOfTen[fractionDigits], end: j, integerDigits: integerDigits,
                                plain: plain, significant: significant)
        }
        // What was read is digits, group commas and at most one point.
        guard let v = Double(String(scalars: s[i..<j].filter { Self.isDigit($0) || $0 == "." })) else { return nil }
        return ArabicNumber(value: v, end: j, integerDigits: integerDigits, plain: plain, significant: significant)
    }

    struct ArabicNumber {
        var value: Double, end: Int, integerDigits: Int, plain: Bool
        /// Digits after any leading zeros.
        var significant: Int
    }

    static let powersOfTen: [Double] = (0...15).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }

    /// A plain four-digit 19xx/20xx: a year when 年 or a date shape follows.
    static func isYearLike(_ n: ArabicNumber) -> Bool {
        n.plain && n.integerDigits == 4 && n.value >= 1900 && n.value <= 2099
    }

    /// Records a number deliberately not reported, for the audit view.
    func skip(_ next: Int, _ range: Range<Int>, _ reason: String) -> ([ScannedQuantity], Int) {
        skipped.append(range, reason)
        return ([], next)
    }

    func readArabicQuantity(at i: Int) -> ([ScannedQuantity], Int) {
        guard let n = readArabicNumber(at: i) else { return skip(i + 1, i..<(i + 1), "not a number") }
        // Codes, versions, product names and set forms: 5G, T/SAQ0006-2023, 7*24, 1+8, 1/4.
        let before = at(skipSpacesBack(i) - 1)
        let prev = at(i - 1)
        let next = at(n.end)
        if Self.isASCIILetter(prev) || Self.isASCIILetter(next) || prev == "/" || next == "/" || prev == "*" || next == "*"
            || prev == "+" || next == "+" || prev == "_" || prev == "." || next == "." && Self.isDigit(at(n.end + 1))
            || (Self.isASCIILetter(before) && Self.isSpace(prev)) {
            return skip(skipCodeToken(from: n.end), i..<n.end, "code, version or product name")
        }
        if prev == "〔" || prev == "[" || prev == "【" || next == "〕" || next == "]" || next == "】" { return skip(n.end, i..<n.end, "document number") }
        if hasSuffix("第", before: skipSpacesBack(i)) { return skip(n.end, i..<n.end, "ordinal (第…)") }
        // Section and list numbers at the start of a line: "3.2.1", "5.2.", "1、", "(1)".
        if isLineStart(i), next == "." || next == "、" || next == ")" || next == "）" || (next == "," && !Self.isDigit(at(n.end + 1))) {
            return skip(skipCodeToken(from: n.end), i..<n.end, "section or list number")
        }
        if prev == "(" || prev == "（", next == ")" || next == "）" { return skip(n.end, i..<n.end, "list number") }
        var after = skipSpaces(n.end)
        // Years, year ranges and dates.
        if Self.isYearLike(n) {
            if at(after) == "年" { return skip(after + 1, i..<n.end, "year") }
            if Self.isDash(next) || next == "/" {
                return skip(skipDateOrRange(from: n.end), i..<n.end, "date or year range")
            }
        }
        if let c = at(after), c == "月" || c == "日" || c == "号" || c == "时" || c == "点" && !hasPrefix("点", at: after) {
            // 2月6日, 8点: times and dates; 个百分点 is read as a measure below, not here.
            if !(c == "点") || !hasSuffix("百分", before: after) { return skip(after + 1, i..<n.end, "date or time") }
        }
        if let c = at(after), c == "等" || c == "级" || c == "星" || c == "强" || c == "期" && hasPrefix("期间", at: after) {
            return skip(after + 1, i..<n.end, "grade, level or ranking")
        }
        // Too long for a double to hold as written: never rounded into a figure.
        if let problem = ExactNumber.problem(significantDigits: n.significant) { return skip(n.end, i..<n.end, problem) }
        var value = n.value
        // An explicit minus sign attached to the digits: "-3.5%", "－7,404.4".
        if (prev == "-" || prev == "－" || prev == "负"), !Self.isDigit(at(i - 2)), !Self.isASCIILetter(at(i - 2)) { value = -value }
        var q = ScannedQuantity(quantity: Quantity(value: value, measure: ""), number: i..<n.end, span: i..<n.end)
        after = readMeasure(into: &q, from: n.end, arabicDigits: n.integerDigits)
        applyPreQualifier(&q, numberStart: i)
        // A range: "3-5 家", "20～50 万元", "10%—20%".
        let dashAt = skipSpaces(after)
        if Self.isDash(at(dashAt)), Self.isDigit(at(skipSpaces(dashAt + 1))) {
            let bStart = skipSpaces(dashAt + 1)
            let (bItems, bEnd) = readArabicQuantity(at: bStart)
            guard var b = bItems.first, bItems.count == 1 else { return skip(max(bEnd, bStart + 1), i..<n.end, "range") }
            if q.quantity.measure.isEmpty { q.quantity.measure = b.quantity.measure }
            if q.quantity.measure.isEmpty { return skip(bEnd, i..<n.end, "date range") }   // 1—10 月 and other dates
            q.quantity.qualifier = .over
            b.quantity.qualifier = .under
            q.isRangeEnd = true
            b.isRangeEnd = true
            return ([q, b], bEnd)
        }
        return ([q], after)
    }

    /// Skips the rest of a token of letters, digits and code punctuation.
    func skipCodeToken(from i: Int) -> Int {
        var j = i
        while let c = at(j), Self.isDigit(c) || Self.isASCIILetter(c) || c == "." || c == "-" || c == "/" || c == "_" || c == "*" || c == "+" { j += 1 }
        return j
    }

    /// Skips a date or year range: 2024-02-06, 2023—2025年, 2024.11, 2024/3/1.
    func skipDateOrRange(from i: Int) -> Int {
        var j = i
        while let c = at(j), Self.isDigit(c) || Self.isDash(c) || c == "/" || c == "." || Self.isSpace(c) { j += 1 }
        if at(j) == "年" { j += 1 }
        return j
    }

    func isLineStart(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 {
            let c = s[j]
            if Self.isSpace(c) || c == "\t" || c == "-" || c == "#" || c == "(" || c == "（" || c == "•" { j -= 1; continue }
            return false
        }
        return true
    }

    /// Reads what follows a number: 余/多, a scale (万/亿), a unit or measure word, and
    /// 以上/左右/以下. Returns the position after it all.
    func readMeasure(into q: inout ScannedQuantity, from start: Int, arabicDigits: Int?) -> Int {
        var j = skipSpaces(start)
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
        if !scale.isEmpty { j = skipSpaces(j); takeOver() }
        var measure = ""
        if let c = MeasureWords.currencyList.match(in: s, at: j), case let currency = MeasureWords.currencies[c],
           !(currency.hasSameBytes(as: "元") && q.isLoneChineseDigit && scale.isEmpty && q.quantity.qualifier == .exact) {
            // (三元正极, 二元结构: a lone small Chinese numeral before 元 is a word, not money.)
            measure = scale + currency; j += currency.unicodeScalars.count
        } else if at(j) == "%" {
            if scale.isEmpty { measure = "%"; j += 1 }
        } else if let w = MeasureWords.countList.match(in: s, at: j), case let word = MeasureWords.counts[w] {
            let len = word.unicodeScalars.count
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
        // Numbered names, not counts: 二支部 (branch No. 2), 74 周年 (an anniversary), 3 号楼.
        if let m = measure.unicodeScalars.last, let n = at(j),
           Self.numberedNameWords.containsBytes(String(scalars: [m, n])) {
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
                j = k + word.unicodeScalars.count
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
            let wordStart = end - word.unicodeScalars.count
            if wordStart > 0 {
                let pair = String(scalars: [s[wordStart - 1], s[wordStart]])
                if MeasureWords.falseQualifierWords.containsBytes(pair) { return }
            }
            if word.unicodeScalars.count == 1 {
                let two = end >= 2 ? String(scalars: [s[end - 2], s[end - 1]]) : ""
                if MeasureWords.falseQualifierWords.containsBytes(two) { return }
            }
            // 近N年来 is a look-back window, not a quantity: the caller drops it.
            if q.quantity.qualifier == .exact || qual == .nearly || qual == .approx || qual == .under { q.quantity.qualifier = qual }
            q.span = wordStart..<q.span.upperBound
            return
        }
    }

    /// 百分之九十五, 百分之百, 百分之 95. A number too long to hold exactly gives no
    /// quantity, only the position after it (it is logged as skipped).
    func readPercentWords(at i: Int) -> (ScannedQuantity?, Int)? {
        var j = i + 3
        j = skipSpaces(j)
        if Self.isDigit(at(j)), let n = readArabicNumber(at: j) {
            if let problem = ExactNumber.problem(significantDigits: n.significant) {
                skipped.append(j..<n.end, problem)
                return (nil, n.end)
            }
            var q = ScannedQuantity(quantity: Quantity(value: n.value, measure: "%"), number: j..<n.end, span: i..<n.end)
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
        var q = ScannedQuantity(quantity: Quantity(value: v, measure: "%"), number: j..<k, span: i..<k)
        applyPreQualifier(&q, numberStart: i)
        return (q, k)
    }

    /// Chinese numerals, accepted only where a measure word, 元, 成 or 大 follows, so that
    /// words such as 统一 or 十四五 are not read as numbers.
    func readChineseQuantity(at i: Int) -> (ScannedQuantity, Int)? {
        if let p = at(i - 1), ChineseNumerals.isNumeral(p) { return nil }
        for back in 0..<3 where i - back >= 0 {
            if MeasureWords.setPhraseList.contains(in: s, at: i - back, where: { $0.count > back }) { return nil }
        }
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
        if hasSuffix("第", before: i) || hasSuffix("初", before: i) || hasSuffix("周", before: i) || hasSuffix("星期", before: i) { return nil }
        if vague != nil && run.count != 1 { return nil }
        let onlyUnits = run.allSatisfy { ChineseNumerals.digit($0) == nil }
        // 万/亿 alone are scale words of a unit (单位：万元), not numbers.
        if run.count == 1, run[0] == "万" || run[0] == "亿", vague == nil, !hasPreQualifier(before: i) { return nil }
        guard var total = ChineseNumerals.value(of: run) else { return nil }
        if let problem = ExactNumber.problem(value: total) {
            skipped.append(start..<k, problem)
            return nil
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
        return (q, end)
    }

    func hasPreQualifier(before i: Int) -> Bool {
        let end = skipSpacesBack(i)
        return MeasureWords.preQualifierList.match(in: s, endingBefore: end) != nil
    }
}
