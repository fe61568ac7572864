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
    let skipped: SkipLog
    /// Whether two characters form a word of the document, for repairing split words.
    let joinsWord: (Unicode.Scalar, Unicode.Scalar) -> Bool

    /// `skipped`: a log to reuse (emptied here), so a text's lines share one.
    init(_ scalars: [Unicode.Scalar], skipped: SkipLog = SkipLog(),
         joinsWord: @escaping (Unicode.Scalar, Unicode.Scalar) -> Bool = { _, _ in false }) {
        s = scalars
        skipped.entries.removeAll(keepingCapacity: true)
        self.skipped = skipped
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

    /// The scalar just before `i` is `c` (a one-character word, without walking a string).
    @inline(__always)
    func hasSuffix(_ c: Unicode.Scalar, before i: Int) -> Bool { i >= 1 && i <= s.count && s[i - 1] == c }

    /// The word of `word`'s length ending just before `i`.
    func hasSuffix(_ word: String, before i: Int) -> Bool {
        // Compared from the end: counting the word's scalars first walked it once more.
        var k = i
        for c in word.unicodeScalars.reversed() {
            k -= 1
            guard k >= 0, k < s.count, s[k] == c else { return false }
        }
        return true
    }

    // MARK: Scanning

    /// Measure and next character that make a numbered name: 二支部, 74 周年, 3 号楼.
    static let numberedNameWords: ByteWords = ["支部", "周年", "号楼", "号线", "届次"]

    /// The scalars any branch of `scan` acts on: book-title marks, digits, numerals and the
    /// words that lead them (上/数 before a numeral, 百分之). Any other scalar is passed with
    /// one bit test; most of a line is such text.
    static let scanStartList: [Unicode.Scalar] = {
        var list: [Unicode.Scalar] = ["《", "》", "上", "数", "百"]
        list += (0x30...0x39).compactMap(Unicode.Scalar.init)
        list += (0x3000...0x9FFF).compactMap(Unicode.Scalar.init).filter(ChineseNumerals.isNumeral)
        return list
    }()
    static let scanStarts = ScalarSet(scanStartList)
    /// The scan's starts and the opening quote: outside a quoted name, nothing else is read.
    static let scanOrQuoteStarts = ScalarSet(scanStartList + ["“"])

    func scan() -> [ScannedQuantity] {
        var found: [ScannedQuantity] = []
        var i = 0
        var bookDepth = 0
        // The end of a short quoted name (“光荣在党50年”, “靠谱 8090”): numbers in it are no figures.
        var quoteEnd = -1
        let starts = Self.scanStarts   // read once: a static is a lazy global behind a once-check
        let startsOrQuote = Self.scanOrQuoteStarts
        while i < s.count {
            // Outside a quoted name, the scalars that neither start a figure nor open a quote
            // are passed over in one loop (they fall through every test below).
            if i >= quoteEnd {
                guard let k = startsOrQuote.firstMember(in: s, from: i) else { break }
                i = k
            }
            let c = s[i]
            if c == "“", quoteEnd < i, let close = s[(i + 1)..<min(s.count, i + 18)].firstIndex(of: "”") { quoteEnd = close }
            if i < quoteEnd {
                if Self.isDigit(c) || (ChineseNumerals.digit(c) != nil && at(i + 1).map { MeasureWords.oneScalarCounts.contains($0) } == true) {
                    var e = i
                    while e < quoteEnd, Self.isDigit(s[e]) || ChineseNumerals.isNumeral(s[e]) { e += 1 }
                    if e > i, s[i..<e].contains(where: Self.isDigit) || e - i >= 1 { skipped.append(i..<e, "inside a quoted name") }
                    i = max(e, i + 1)
                    continue
                }
                i += 1
                continue
            }
            if !starts.contains(c) { i += 1; continue }
            if c == "《" { bookDepth += 1; i += 1; continue }
            if c == "》" { bookDepth = max(0, bookDepth - 1); i += 1; continue }
            if bookDepth > 0 { i += 1; continue }
            if Self.isDigit(c) {
                // Appended in place: an array per number cost an allocation and a copy.
                let next = readArabicQuantity(at: i, into: &found)
                i = max(next, i + 1)
                continue
            }
            if c == "百", hasPrefix("百分之", at: i) {
                if let (q, next) = readPercentWords(at: i) { found += q.map { [$0] } ?? []; i = next; continue }
            }
            if c == "千" || c == "万", at(i + 1) == "分", at(i + 2) == "之" {
                if let (q, next) = readPercentWords(at: i, measure: c == "千" ? "‰" : "‱") { found += q.map { [$0] } ?? []; i = next; continue }
            }
            if ChineseNumerals.isNumeral(c) || ((c == "上" || c == "数") && at(i + 1).map(ChineseNumerals.isNumeral) == true) {
                if let (qs, next) = readChineseQuantities(at: i) { found += qs; i = next; continue }
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
    func skip(_ next: Int, _ range: Range<Int>, _ reason: String) -> Int {
        skipped.append(range, reason)
        return next
    }

    /// Reads the figure whose digits start at `i` (two for a range), appends it to `found`
    /// and returns where scanning goes on.
    func readArabicQuantity(at i: Int, into found: inout [ScannedQuantity]) -> Int {
        guard let n = readArabicNumber(at: i) else { return skip(i + 1, i..<(i + 1), "not a number") }
        // Codes, versions, product names and set forms: 5G, T/SAQ0006-2023, 7*24, 1+8, 1/4.
        let before = at(skipSpacesBack(i) - 1)
        let prev = at(i - 1)
        let next = at(n.end)
        // 1+8 joins two numbers; `1200+家`, `800+` say "over" (a post's way of writing 余).
        let plusJoins = next == "+" && (Self.isDigit(at(n.end + 1)) || Self.isASCIILetter(at(n.end + 1)))
        let plusOver = next == "+" && !plusJoins
        // A single * multiplies (7*24); a double one is Markdown emphasis (**42.7万台**).
        let times = prev == "*" && at(i - 2) != "*" || next == "*" && at(n.end + 1) != "*"
        if Self.isASCIILetter(prev) || Self.isASCIILetter(next) || prev == "/" || next == "/" || times
            || (prev == "+" && (Self.isDigit(at(i - 2)) || Self.isASCIILetter(at(i - 2)))) || plusJoins || prev == "_" || prev == "." || next == "." && Self.isDigit(at(n.end + 1))
            || (Self.isASCIILetter(before) && Self.isSpace(prev)) {
            return skip(skipCodeToken(from: n.end), i..<n.end, "code, version or product name")
        }
        if prev == "〔" || prev == "[" || prev == "【" || next == "〕" || next == "]" || next == "】" { return skip(n.end, i..<n.end, "document number") }
        if hasSuffix("第", before: skipSpacesBack(i)) { return skip(n.end, i..<n.end, "ordinal (第…)") }
        // "04 节庆活动", "01｜": a zero-padded integer opening a line numbers a section or card.
        if isLineStart(i), s[i] == "0", n.plain, n.integerDigits >= 2, next != ".", next != "%" {
            return skip(n.end, i..<n.end, "section or list number")
        }
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
        // An explicit plus (`+1.4` in a 变化 column, `增长+12.5%`) is a sign, not 1+8's operator.
        // Either sign is the figure's, not the last character of its subject.
        let minus = (prev == "-" || prev == "－" || prev == "负") && !Self.isDigit(at(i - 2)) && !Self.isASCIILetter(at(i - 2))
        if minus { value = -value }
        let signed = minus || prev == "+"
        var q = ScannedQuantity(quantity: Quantity(value: value, measure: ""), number: i..<n.end, span: (signed ? i - 1 : i)..<n.end)
        after = readMeasure(into: &q, from: plusOver ? n.end + 1 : n.end, arabicDigits: n.integerDigits)
        if plusOver {
            q.quantity.qualifier = .over
            q.span = q.span.lowerBound..<max(q.span.upperBound, n.end + 1)
        }
        applyPreQualifier(&q, numberStart: i)
        applyVerbQualifier(&q, numberStart: i)
        // ￥12,000: money in 元 with the sign before it. Before a measure of money (¥3.5万元) the
        // sign is the figure's too, not the last character of its subject.
        if prev == "￥" || prev == "¥", q.quantity.measure.isEmpty || q.quantity.measure.hasSuffix("元") {
            if q.quantity.measure.isEmpty { q.quantity.measure = "元" }
            q.span = (i - 1)..<q.span.upperBound
        }
        if isThreshold(q, end: after) { return skip(after, i..<n.end, "bound inside a name (超亿元企业)") }
        // 8点30分, 8:30分: minutes of a time (not a score after a label's colon: 标准：90分).
        if q.quantity.measure.hasSameBytes(as: "分"), value < 60, prev == "点" || prev == "时" || (prev == ":" && Self.isDigit(at(i - 2))) {
            return skip(after, i..<n.end, "date or time")
        }
        // A range: "3-5 家", "20～50 万元", "10%—20%".
        let dashAt = skipSpaces(after)
        // "从1000亿元到3000亿元" is a change of level, not a range.
        let fromTo = (at(dashAt) == "到" || at(dashAt) == "至") && (hasSuffix("从", before: skipSpacesBack(i)) || hasSuffix("由", before: skipSpacesBack(i)))
        if !fromTo, Self.isDash(at(dashAt)), Self.isDigit(at(skipSpaces(dashAt + 1))) {
            let bStart = skipSpaces(dashAt + 1)
            var bItems: [ScannedQuantity] = []
            let bEnd = readArabicQuantity(at: bStart, into: &bItems)
            guard var b = bItems.first, bItems.count == 1 else { return skip(max(bEnd, bStart + 1), i..<n.end, "range") }
            if q.quantity.measure.isEmpty { q.quantity.measure = b.quantity.measure }
            if q.quantity.measure.isEmpty { return skip(bEnd, i..<n.end, "date range") }   // 1—10 月 and other dates
            q.quantity.qualifier = .over
            b.quantity.qualifier = .under
            q.isRangeEnd = true
            b.isRangeEnd = true
            found.append(q)
            found.append(b)
            return bEnd
        }
        found.append(q)
        return after
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

}
