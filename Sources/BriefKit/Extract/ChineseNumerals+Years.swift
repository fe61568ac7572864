/// Years written digit by digit in numerals, as formal documents date their titles, headings
/// and signatures: 二〇二三年工作总结, 三、二〇二四年工作打算, 二〇二四年一月十二日.
extension ChineseNumerals {
    /// A digit of such a year: 〇 (or ○, 零) and 一 … 九; not 两, which writes no digit.
    @inline(__always)
    static func yearDigit(_ s: Unicode.Scalar) -> Int? {
        if s == "○" { return 0 }
        if s == "两" { return nil }
        return digit(s)
    }

    /// The four digits of a year (19xx or 20xx) written in numerals at `i`, followed (blanks
    /// allowed) by 年, and not inside a longer run of numerals; nil otherwise.
    static func numeralYear(_ s: [Unicode.Scalar], at i: Int) -> [Int]? {
        guard i + 4 < s.count, s[i] == "一" || s[i] == "二" else { return nil }
        if i > 0, isNumeral(s[i - 1]) || s[i - 1] == "○" { return nil }
        var digits: [Int] = []
        for k in i..<(i + 4) {
            guard let d = yearDigit(s[k]) else { return nil }
            digits.append(d)
        }
        guard (digits[0] == 1 && digits[1] == 9) || (digits[0] == 2 && digits[1] == 0) else { return nil }
        var j = i + 4
        while j < s.count, s[j] == " " { j += 1 }
        if j < s.count, s[j] == "年" { return digits }
        // 二〇二三至二〇二五年度: the first year of a span, whose 年 the second carries.
        guard j < s.count, s[j] == "至" || s[j] == "到" || s[j] == "—" || s[j] == "-", numeralYear(s, at: j + 1) != nil else { return nil }
        return digits
    }

    /// The scalars with each year in numerals written in ASCII digits, and the month and day
    /// that follow such a year (二〇二四年一月十二日 → 2024年1月12日); nil when there is none.
    static func foldingYears(_ s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        var folded = false
        var i = 0
        func ascii(_ n: Int) -> [Unicode.Scalar] { String(n).unicodeScalars.map { $0 } }
        while i < s.count {
            guard s[i] == "一" || s[i] == "二", let digits = numeralYear(s, at: i) else {
                out.append(s[i])
                i += 1
                continue
            }
            if !folded { out.reserveCapacity(s.count); folded = true }
            out += digits.map { Unicode.Scalar(UInt8(0x30 + $0)) }
            var j = i + 4
            while s[j] == " " { out.append(" "); j += 1 }
            // (The first year of a span: the span's mark and the second year follow.)
            guard s[j] == "年" else { i = j; continue }
            out.append("年")
            j += 1
            // 一月十二日: the month, then the day, in numerals too.
            if let (m, end) = numeralRun(s, from: j), end < s.count, s[end] == "月", (1...12).contains(m) {
                out += ascii(m) + ["月"]
                j = end + 1
                if let (d, dEnd) = numeralRun(s, from: j), dEnd < s.count, s[dEnd] == "日" || s[dEnd] == "号", (1...31).contains(d) {
                    out += ascii(d) + [s[dEnd]]
                    j = dEnd + 1
                }
            }
            i = j
        }
        return folded ? out : nil
    }

    /// A month's or day's number in numerals at `from` (十二, 三十一) and where it ends.
    static func numeralRun(_ s: [Unicode.Scalar], from: Int) -> (Int, Int)? {
        var k = from
        while k < s.count, k - from < 3, digit(s[k]) != nil || s[k] == "十" { k += 1 }
        guard k > from, let v = value(of: Array(s[from..<k])) else { return nil }
        return (Int(v), k)
    }

    /// In UTF-8: the numeral digit whose three bytes start at `k` (〇 E3 80 87, 一 E4 B8 80 …).
    @inline(__always)
    static func yearDigit(_ b: UnsafeBufferPointer<UInt8>, at k: Int) -> Int? {
        guard k >= 0, k + 3 <= b.count else { return nil }
        switch (b[k], b[k + 1], b[k + 2]) {
        case (0xE3, 0x80, 0x87): return 0   // 〇
        case (0xE4, 0xB8, 0x80): return 1   // 一
        case (0xE4, 0xBA, 0x8C): return 2   // 二
        case (0xE4, 0xB8, 0x89): return 3   // 三
        case (0xE5, 0x9B, 0x9B): return 4   // 四
        case (0xE4, 0xBA, 0x94): return 5   // 五
        case (0xE5, 0x85, 0xAD): return 6   // 六
        case (0xE4, 0xB8, 0x83): return 7   // 七
        case (0xE5, 0x85, 0xAB): return 8   // 八
        case (0xE4, 0xB9, 0x9D): return 9   // 九
        default: return nil
        }
    }

    /// The same in UTF-8, for the normaliser, which meets a year's 〇 at `i`: where the year's
    /// first digit starts and its digits, when the 〇 is one of the four of 19xx/20xx followed
    /// (blanks allowed) by 年 (E5 B9 B4) and not inside a longer run of numerals.
    static func numeralYear(_ b: UnsafeBufferPointer<UInt8>, around i: Int) -> (Int, [Int])? {
        for back in 0...3 {
            let start = i - 3 * back
            guard start >= 0, start + 12 <= b.count else { continue }
            var digits: [Int] = []
            for k in 0..<4 {
                guard let d = yearDigit(b, at: start + 3 * k) else { break }
                digits.append(d)
            }
            guard digits.count == 4, (digits[0] == 1 && digits[1] == 9) || (digits[0] == 2 && digits[1] == 0) else { continue }
            if yearDigit(b, at: start - 3) != nil { continue }
            var j = start + 12
            while j < b.count, b[j] == 0x20 { j += 1 }
            if j + 3 <= b.count, b[j] == 0xE5, b[j + 1] == 0xB9, b[j + 2] == 0xB4 { return (start, digits) }
            // 二〇二三至二〇二五年度: the first year of a span (至 E8 87 B3, 到 E5 88 B0, — E2 80 94).
            let mark = j + 3 <= b.count && ((b[j] == 0xE8 && b[j + 1] == 0x87 && b[j + 2] == 0xB3)
                || (b[j] == 0xE5 && b[j + 1] == 0x88 && b[j + 2] == 0xB0) || (b[j] == 0xE2 && b[j + 1] == 0x80 && b[j + 2] == 0x94))
            if mark, j + 3 + 12 <= b.count, yearDigit(b, at: j + 3) != nil, numeralYear(b, around: j + 3 + 3)?.0 == j + 3 { return (start, digits) }
        }
        return nil
    }
}
