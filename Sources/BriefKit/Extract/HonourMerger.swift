/// One honour named twice in a document (in the text and again in a list, or as
/// `第二批` and `新一批` of the same designation) is listed once, at its first mention.
enum HonourMerger {
    static func merged(_ honours: [Honour]) -> [Honour] {
        var seen: [String: Int] = [:]
        var result: [Honour] = []
        for h in honours {
            let k = key(h.title) + "|" + h.recipient
            if let at = seen[k] {
                // Keep the first mention; a table row says more than running text.
                if result[at].source == .text, h.source == .table { result[at] = h }
                continue
            }
            seen[k] = result.count
            result.append(h)
        }
        return result
    }

    static let keyMarks = ScalarSet("“”\"《》（）() ".unicodeScalars)

    /// The title without its batch (第二批, 新一批, 首批), year, quotes and brackets.
    static func key(_ title: String) -> String {
        // An array's filter with a bitmap: the scalar view's filter builds a string a scalar
        // at a time, and a literal's scalars were decoded for every scalar tested.
        var s = title.scalarArray.filter { !keyMarks.contains($0) }
        var i = 0
        while i < s.count {
            // 第N批 / 首批 / 新一批 / 2023年度
            if s[i] == "第" || s[i] == "新" || s[i] == "首" {
                var j = i + 1
                while j < s.count, ChineseNumerals.isNumeral(s[j]) || QuantityScanner.isDigit(s[j]) { j += 1 }
                if j < s.count, s[j] == "批", j > i + 1 || s[i] == "首" { s.removeSubrange(i...j); continue }
            }
            if i + 5 <= s.count, YearResolver.fourDigitYear(s, endingBefore: i + 4) != nil, s[i + 4] == "年" {
                var j = i + 5
                if j < s.count, s[j] == "度" { j += 1 }
                s.removeSubrange(i..<j)
                continue
            }
            i += 1
        }
        return String(scalars: s)
    }
}
