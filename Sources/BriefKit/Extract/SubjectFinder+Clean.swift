/// Cleaning a phrase into a name: punctuation at its ends, noise words (全年, 累计, 达到 …),
/// years, note marks and list numbering off it. Part of naming a figure (SubjectFinder).
extension SubjectFinder {
    static let edge: ScalarSet = ["（", "(", "）", ")", "“", "”", "\"", "、", "，", " ", "：", ":", "《", "》", "/", "／", "=", "＝"]

    static func trimPunctuation(_ t: String) -> String {
        var scalars = Substring(t).unicodeScalars[...]
        while let f = scalars.first, edge.contains(f), !(f == "“" && scalars.contains("”")) && !(f == "《" && scalars.contains("》")) { scalars = scalars.dropFirst() }
        while let l = scalars.last, edge.contains(l), !(l == "”" && scalars.contains("“")) && !(l == "）" && scalars.contains("（")) && !(l == ")" && scalars.contains("(")) && !(l == "》" && scalars.contains("《")) { scalars = scalars.dropLast() }
        // Usually nothing was trimmed; otherwise the bytes are sliced, not re-encoded.
        if scalars.startIndex == t.startIndex && scalars.endIndex == t.endIndex { return t }
        return String(Substring(scalars))
    }

    static let leadingNoise = ["共计", "其中", "同时", "届时", "全年", "年内", "今年", "本年", "明年", "此外", "目前", "另外", "截至", "并且", "并", "且", "和", "及", "与", "共", "累计", "合计", "已", "还", "另", "又", "分别", "先后", "现", "均", "其", "以及", "以来",
                               // "我们将力争新认定…": the speaker and the plan's verbs are no part of the name.
                               "我们", "将", "力争", "争取"]
    // 预计 before 计: "强度预计达到" loses 预计, not only its 计.
    static let trailingNoise = ["由上年", "从上年", "由去年", "从去年", "预计将", "预计", "力争", "争取", "保持为", "达到了", "达到", "达", "为", "是", "共计", "合计", "累计", "总计", "共", "有", "超过", "突破", "不少于", "不低于", "多达", "将近", "接近", "大约", "约", "近", "超", "逾", "计", "均", "各", "分别", "了", "的", "已", "至", "到", "等", "人民币", "从", "由", "有望", "将"]
    static let leadingNoiseScalars = leadingNoise.map { Array($0.unicodeScalars) }
    // 下降至, 提高到 first: the verb of a new level goes with its 至 (平均办理时间下降至 → 平均办理时间).
    static let trailingNoiseScalars = (RoleReader.newLevelPhrases + trailingNoise).map { Array($0.unicodeScalars) }
    static let leadingNoiseFirsts = ScalarSet(leadingNoiseScalars.compactMap(\.first))
    static let trailingNoiseLasts = ScalarSet(trailingNoiseScalars.compactMap(\.last))

    /// Years, spaces, list numbering and noise words off a phrase. Works on one scalar
    /// array and makes one string: it runs for every figure found.
    static func clean(_ text: String) -> String { clean(text.scalarArray) }

    static func clean(_ text: [Unicode.Scalar]) -> String {
        let years = removeYears(removeNoteMarks(withoutPictographs(text)))
        // Copied only when there are spaces, and sized once: filter grows its result an
        // append at a time.
        var spaceless = years
        if years.contains(" ") || years.contains("*") {
            spaceless = []
            spaceless.reserveCapacity(years.count)
            // A doubled * is Markdown emphasis (服务企业**1.2万家**), a single one multiplies (7*24).
            for (k, c) in years.enumerated() where c != " " {
                if c == "*", k > 0 && years[k - 1] == "*" || k + 1 < years.count && years[k + 1] == "*" { continue }
                spaceless.append(c)
            }
        }
        var t = removeListMarker(spaceless)[...]
        var changed = true
        while changed {
            changed = false
            // Each word in list order against the phrase as it stands (a removal can expose
            // the next word); the first or last scalar is compared before the whole word.
            // A word is noise only while a name remains: 全年收入 keeps its 全年.
            // A phrase whose ends start and end no noise word skips the lists: nothing in
            // them could match, and nothing would change the phrase while they are read.
            if let f = t.first, leadingNoiseFirsts.contains(f) {
                for w in leadingNoiseScalars where t.first == w[0] && (t.count > w.count + 2 || (w == ["其", "中"] && t.count >= 4)) && t.starts(with: w) {
                    // "其中市级21家": 其中 goes even before a two-character name; 其 alone is not
                    // taken off 其中 (that left 中市级).
                    // Nor off 其他/其余/其它 (other, the rest): 其他收入 is no 他收入.
                    if w == ["其"], let n = t.dropFirst().first, "中他余它".unicodeScalars.contains(n) { continue }
                    // 全年预算数 is the adjusted budget, not 年初预算数: its 全年 is the name's.
                    if w == ["全", "年"], t.dropFirst(2).starts(with: ["预", "算"]) { continue }
                    // 共享, 共同, 共建: words of their own, not 共 (in all).
                    if w == ["共"], let n = t.dropFirst().first, "享同建性识".unicodeScalars.contains(n) { continue }
                    t = t.dropFirst(w.count); changed = true
                }
            }
            guard let l = t.last, trailingNoiseLasts.contains(l) else { continue }
            for w in trailingNoiseScalars where t.last == w[w.count - 1] && t.count >= w.count && t.suffix(w.count).elementsEqual(w) {
                // 平均 is a word: its 均 stays.
                if w == ["均"], t.count >= 2, t[t.index(t.endIndex, offsetBy: -2)] == "平" { continue }
                // 节约, 签约, 最近, 赶超: words ending in a qualifier's character keep it.
                if w.count == 1, t.count >= 2, MeasureWords.falseQualifierWords.containsBytes(String(scalars: t.suffix(2))) { continue }
                // 累计, 共计, 合计, 总计, 预计 are words: their 计 stays ("累计达到1.3万家").
                if w == ["计"], t.count >= 2, "累共合总预".unicodeScalars.contains(t[t.index(t.endIndex, offsetBy: -2)]) { continue }
                // 收入总计, 支出合计: the total word is the name's head while little else is left.
                if t.count - w.count <= 2, totalWords.contains(String(scalars: w)) { continue }
                t = t.dropLast(w.count); changed = true
            }
        }
        return String(scalars: t)
    }

    /// A post's pictographs and arrows (`✅ 服务企业`, `📈 营收同比↑`): emoji are no part of a
    /// name; ↑ and ↓ say 增长 and 下降.
    static func withoutPictographs(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard s.contains(where: { $0.value >= 0x2190 && $0.value < 0x3000 || $0.value >= 0xFE00 && $0.value <= 0xFE0F || $0.value >= 0x1F000 }) else { return s }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count + 2)
        for c in s {
            switch c.value {
            case 0x2191, 0x2B06: out += ["增", "长"]
            case 0x2193, 0x2B07: out += ["下", "降"]
            case 0x200D, 0x2190...0x21FF, 0x2300...0x23FF, 0x2600...0x27BF, 0x2B00...0x2BFF, 0xFE00...0xFE0F, 0x1F000...0x1FAFF: continue
            default: out.append(c)
            }
        }
        return out
    }

    /// "（二）", "-(1)", "4)", "一、", "3." at the start: list numbering, not part of a name.
    static func removeListMarker(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var s = scalars
        // "-", "•", and a Markdown heading's "#" ("## 长宁区新增6家…" as a title's figure).
        while let f = s.first, f == "-" || f == "•" || f == "·" || f == "#" { s.removeFirst() }
        // "1—11月全区认定登记技术合同": the months a figure covers are its period (PartOfYear
        // names it), not the start of its name.
        if let end = leadingMonthRange(s), end < s.count - 1 { s.removeFirst(end) }
        // "一是…", "三是…": the enumeration of official writing, not part of a name.
        if s.count > 3, s[1] == "是", ChineseNumerals.digit(s[0]) != nil || s[0] == "十" { s.removeFirst(2) }
        var i = 0
        if i < s.count, s[i] == "(" || s[i] == "（" { i += 1 }
        let digitsStart = i
        while i < s.count, QuantityScanner.isDigit(s[i]) || ChineseNumerals.digit(s[i]) != nil || s[i] == "十" { i += 1 }
        if i > digitsStart, i < s.count, s[i] == ")" || s[i] == "）" || s[i] == "、" || (s[i] == "." && digitsStart == 0) {
            s.removeSubrange(0...i)
        }
        return s
    }

    /// The end of a month range opening a phrase (`1—11月`, `1-9月`, `1至6月`), or nil.
    static func leadingMonthRange(_ s: [Unicode.Scalar]) -> Int? {
        var i = 0
        func month() -> Bool {
            let start = i
            while i < s.count, i - start < 2, QuantityScanner.isDigit(s[i]) { i += 1 }
            return i > start
        }
        guard month(), i < s.count, QuantityScanner.isDash(s[i]) || s[i] == "至" || s[i] == "~" || s[i] == "～" else { return nil }
        i += 1
        guard month(), i < s.count, s[i] == "月" else { return nil }
        return i + 1
    }

    /// Drops footnote marks ("高新技术企业[4]", "［3］"): a reference to a note, no part of the name.
    static func isCircledNumber(_ c: Unicode.Scalar) -> Bool {
        (0x2460...0x249B).contains(c.value) || (0x2776...0x2793).contains(c.value) || (0x24EB...0x24FF).contains(c.value)
    }

    static func removeNoteMarks(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        // ①–⑳, ⑴–⒇, ❶–❿: a note's mark (经费支出①68.46亿元), never part of a name.
        var text = text
        if text.contains(where: isCircledNumber) { text.removeAll(where: isCircledNumber) }
        guard text.contains(where: { $0 == "[" || $0 == "［" }) else { return text }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            if text[i] == "[" || text[i] == "［" {
                var k = i + 1
                while k < text.count, k - i <= 3, QuantityScanner.isDigit(text[k]) { k += 1 }
                if k > i + 1, k < text.count, text[k] == "]" || text[k] == "］" { i = k + 1; continue }
            }
            out.append(text[i])
            i += 1
        }
        return out
    }

    /// Drops "2023 年", "2024年度", "上年度" from a subject: the year is a field of its own.
    static func removeYears(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var scalars = text
        var i = 0
        while i + 4 <= scalars.count {
            if (0..<4).allSatisfy({ QuantityScanner.isDigit(scalars[i + $0]) }) {
                var j = i + 4
                while j < scalars.count, scalars[j] == " " { j += 1 }
                // "比2023年预算增加" keeps its year: it names the baseline.
                let comparison = i > 0 && (scalars[i - 1] == "比" || scalars[i - 1] == "较" || scalars[i - 1] == "之")
                if j < scalars.count, scalars[j] == "年", !comparison {
                    j += 1
                    // 年度, and 年底 ("截至2025年底全区…"): the year's end is the date, not the name.
                    if j < scalars.count, yearTails.contains(scalars[j]) { j += 1 }
                    // "2021—2022年": the span's first year and its dash go with it.
                    var a = i
                    if a >= 5, QuantityScanner.isDash(scalars[a - 1]) || scalars[a - 1] == "至" || scalars[a - 1] == "~" || scalars[a - 1] == "～",
                       (1...4).allSatisfy({ QuantityScanner.isDigit(scalars[a - 1 - $0]) }) { a -= 5 }
                    scalars.removeSubrange(a..<j)
                    i = a
                    continue
                }
            }
            i += 1
        }
        return scalars
    }
}
