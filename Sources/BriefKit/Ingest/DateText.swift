/// Reads a date as documents and pages write it: `2024-02-06`, `2024-02-06T08:30:00Z`,
/// `2024/2/6 10:00`, `2024.02.06`, `2024年2月6日`, `2024 年 2 月 6 日` → `2024-02-06`.
enum DateText {
    /// The first date at the start of `text` (after blanks), as `YYYY-MM-DD`, or nil.
    static func parse<S: StringProtocol>(_ text: S) -> String? {
        let s = Array(text.unicodeScalars.map { Digits.fold($0) })
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
        return date(in: s, at: i)?.text
    }

    /// The first date anywhere in `text`.
    static func find<S: StringProtocol>(in text: S) -> String? {
        let s = Array(text.unicodeScalars.map { Digits.fold($0) })
        var i = 0
        while i + 8 <= s.count {
            if Digits.asciiValue(s[i]) != nil, i == 0 || Digits.asciiValue(s[i - 1]) == nil, let d = date(in: s, at: i) { return d.text }
            i += 1
        }
        return nil
    }

    /// A date starting at `i`: year, then month and day each after a separator (`-`, `/`,
    /// `.`, or 年 and 月, spaces allowed), the day optional only after 月.
    static func date(in s: [Unicode.Scalar], at start: Int) -> (text: String, end: Int)? {
        var i = start
        func number(maxDigits: Int) -> Int? {
            var v = 0, n = 0
            while i < s.count, n < maxDigits, let d = Digits.asciiValue(s[i]) { v = v * 10 + d; n += 1; i += 1 }
            if i < s.count, Digits.asciiValue(s[i]) != nil { return nil }   // too many digits
            return n > 0 ? v : nil
        }
        func blanks() { while i < s.count, s[i] == " " { i += 1 } }
        guard let year = number(maxDigits: 4), i - start == 4, (1900...2099).contains(year) else { return nil }
        blanks()
        guard i < s.count else { return nil }
        let separator = s[i]
        guard "-/.年".unicodeScalars.contains(separator) else { return nil }
        i += 1
        blanks()
        guard let month = number(maxDigits: 2), (1...12).contains(month) else { return nil }
        blanks()
        guard i < s.count else { return nil }
        let expected: Unicode.Scalar = separator == "年" ? "月" : separator
        guard s[i] == expected else { return nil }
        i += 1
        blanks()
        guard let day = number(maxDigits: 2), (1...31).contains(day) else { return nil }
        if separator == "年" { blanks(); if i < s.count, s[i] == "日" { i += 1 } }
        return (pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2), i)
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
