import Foundation

/// The date a document was published: a labelled 发布日期, a dateline, an ISO date, the date in
/// its address or its signature.
extension MetadataDetector {
    /// The publication date (YYYY-MM or YYYY-MM-DD): a labelled date in the head, else the signed
    /// date not before the reporting year.
    public static func publishedDate(of text: String, reportingYear: Int?) -> String? {
        publishedDate(of: TextSurvey(text: text), reportingYear: reportingYear)
    }

    static func publishedDate(of survey: TextSurvey, reportingYear: Int?) -> String? {
        // A web page says it in its head: 发布时间：2024-02-21 10:35, 发布日期:2024年2月6日.
        let head = survey.headLines.prefix(40)
        for line in head {
            if let d = labelledDate(String(line)) { return d }
        }
        if let d = survey.signedDate(reportingYear) { return d }
        // A dateline opening the body: "2013年4月9日,上海市科学技术奖励管理办公室召开了…".
        for line in head.prefix(6) {
            let s = Array(line.unicodeScalars)
            guard let day = s.firstIndex(of: "日"), day < 14, day + 1 < s.count, "，,".unicodeScalars.contains(s[day + 1]),
                  let d = parseDateLine(String(scalars: s[...day])), d.count == 10 else { continue }
            return d
        }
        // A date on a line of its own under the title, bracketed or not: "（2025年10月）",
        // "2025年12月10日".
        for line in head.prefix(6) {
            var t = String(line).trimmingBlanks
            // (Counted without its blanks: a PDF's text spaces it out, "（2026 年 2 月 26 日）".)
            guard t.unicodeScalars.filter({ $0 != " " }).count <= 16 else { continue }
            for (open, close) in [("（", "）"), ("(", ")")] where t.hasPrefix(open) && t.hasSuffix(close) {
                t = String(t.dropFirst().dropLast())
            }
            if let d = parseDateLine(t) { return d }
        }
        // A page header with a bare ISO date beside its source: "… 2012-02-08 00:00 来源: …".
        for line in head.prefix(15) {
            let l = String(line)
            if l.hasBytes("来源") || l.scalarCount < 60, let d = isoDate(in: l) { return d }
        }
        // A saved page's address: …/2013/0429/…, …/20251202/…, …/2021-06/09/….
        for line in head.prefix(3) where String(line).hasBytes("http") {
            if let d = urlDate(String(line)) { return d }
        }
        return nil
    }

    /// The date a web address carries in its path, if any.
    static func urlDate(_ line: String) -> String? {
        let parts = line.split(whereSeparator: { $0 == "/" || $0 == "_" || $0 == "?" || $0 == "=" || $0 == "&" || $0 == " " }).map(String.init)
        func digits(_ s: String) -> Int? { s.allSatisfy(\.isASCII) && !s.isEmpty && s.allSatisfy { $0 >= "0" && $0 <= "9" } ? Int(s) : nil }
        func date(_ y: Int, _ m: Int, _ d: Int) -> String? {
            (1990...2099).contains(y) && (1...12).contains(m) && (1...31).contains(d) ? String(format: "%04d-%02d-%02d", y, m, d) : nil
        }
        for (k, p) in parts.enumerated() {
            if p.count == 8, let v = digits(p), let d = date(v / 10000, v / 100 % 100, v % 100) { return d }
            if p.count == 4, let y = digits(p), k + 1 < parts.count {
                let n = parts[k + 1]
                if n.count == 4, let md = digits(n), let d = date(y, md / 100, md % 100) { return d }
            }
            if p.count == 7, p.dropFirst(4).first == "-", let y = digits(String(p.prefix(4))), let m = digits(String(p.suffix(2))),
               k + 1 < parts.count, let dd = digits(parts[k + 1]), let d = date(y, m, dd) { return d }
        }
        return nil
    }

    static let dateLabels = ["发布时间", "发布日期", "发文日期", "成文日期", "印发日期", "日期", "时间"]

    /// The date after a 发布时间/发布日期 label on a line, in ISO or Chinese form.
    static func labelledDate(_ line: String) -> String? {
        for label in dateLabels {
            guard let at = line.byteOffset(of: label) else { continue }
            let rest = String(decoding: Array(line.utf8)[(at + label.utf8.count)...], as: UTF8.self)
            var r = Substring(rest)
            while let f = r.unicodeScalars.first, f == ":" || f == "：" || f == " " || f == "\u{3000}" || f == "\t" { r = r.dropFirst() }
            if let d = isoDate(in: String(r.prefix(12)), anchored: true) { return d }
            // 2024年2月6日
            let upTo = r.unicodeScalars.firstIndex(of: "日").map { String(r[...$0]) } ?? String(r.prefix(12))
            if let d = parseDateLine(upTo) { return d }
        }
        return nil
    }

    /// YYYY-MM-DD (or / .) in a line: the first one, or only at the start when `anchored`.
    static func isoDate(in line: String, anchored: Bool = false) -> String? {
        let s = Array(line.unicodeScalars)
        var i = 0
        while i + 8 <= s.count {
            if let y = fourDigitYear(s, at: i), i + 4 < s.count, s[i + 4] == "-" || s[i + 4] == "/" || s[i + 4] == "." {
                var j = i + 5
                var month = 0, md = 0
                while j < s.count, let d = Digits.asciiValue(s[j]), md < 2 { month = month * 10 + d; md += 1; j += 1 }
                guard md > 0, j < s.count, s[j] == s[i + 4] else { i += 4; continue }
                j += 1
                var day = 0, dd = 0
                while j < s.count, let d = Digits.asciiValue(s[j]), dd < 2 { day = day * 10 + d; dd += 1; j += 1 }
                if dd > 0, (1...12).contains(month), (1...31).contains(day), j >= s.count || Digits.asciiValue(s[j]) == nil {
                    return String(format: "%04d-%02d-%02d", y, month, day)
                }
            }
            if anchored { return nil }
            i += 1
        }
        return nil
    }

    /// A line that is only a date ("2024 年 11 月", "2024 年 2月 6日"), the way reports sign
    /// off their cover or close; or a line ending in 印发 with such a date. The first one
    /// The publication date (YYYY-MM or YYYY-MM-DD): a labelled date in the head, else the signed
    /// date not before the reporting year.
    static func signedDate(of text: String, reportingYear: Int?) -> String? {
        var found: String? = nil
        var copy = text
        copy.withUTF8 { b in
            forEachSignedDate(in: b) { date in
                if let y = reportingYear, Int(date.prefix(4)) ?? 0 < y { return true }
                found = date
                return false
            }
        }
        return found
    }

    /// Calls `body` with each signed date of the text in order, while it returns true.
    static func forEachSignedDate(in b: UnsafeBufferPointer<UInt8>, _ body: (String) -> Bool) {
        var month = "月"
        // Only a short line holding 月 is made a string and read: this runs over every
        // document.
        month.withUTF8 { m in
            ByteSearch.forEachLine(in: b) { line in
                let bytes = UnsafeBufferPointer(rebasing: b[line])
                guard line.count <= 120, line.count >= 6, ByteSearch.offset(of: m, in: bytes) != nil else { return true }
                var s = String(decoding: bytes, as: UTF8.self).trimmingBlanks
                if s.endsWithBytes("印发") {
                    s = String(s.dropLast(2))
                    if let r = s.range(of: " ", options: .backwards) { s = String(s[r.upperBound...]) }
                }
                guard let date = parseDateLine(s) else { return true }
                return body(date)
            }
        }
    }

    /// `YYYY 年 M 月 [D 日]` with nothing else on the line → `YYYY-MM[-DD]`.
    static func parseDateLine(_ line: String) -> String? {
        var compact = line.unicodeScalars.filter { $0 != " " && $0 != "\t" }.map { Digits.fold($0) }
        // 二〇二四年一月十二日: a signature's date in numerals.
        if let folded = ChineseNumerals.foldingYears(compact) { compact = folded }
        var parts: [Int] = []
        var current: Int? = nil
        var markers: [Unicode.Scalar] = []
        for s in compact {
            if let d = Digits.asciiValue(s) {
                current = (current ?? 0) * 10 + d
            } else if s == "年" || s == "月" || s == "日" {
                guard let c = current else { return nil }
                parts.append(c); markers.append(s); current = nil
            } else {
                return nil
            }
        }
        guard current == nil, markers.count >= 2, markers[0] == "年", markers[1] == "月",
              (1900...2099).contains(parts[0]), (1...12).contains(parts[1]) else { return nil }
        var out = String(format: "%04d-%02d", parts[0], parts[1])
        if markers.count == 3, markers[2] == "日", (1...31).contains(parts[2]) { out += String(format: "-%02d", parts[2]) }
        return out
    }
}
