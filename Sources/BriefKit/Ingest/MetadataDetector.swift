import Foundation

/// Works out a document's kind, reporting year, publication date and unit from its text.
///
/// Looks at the title area first: real reports name their kind and year there
/// ("2023 年度社会责任报告", "上海市2024年市级部门预算").
public enum MetadataDetector {
    /// Kind keywords, most specific first.
    static let kindKeywords: [(String, DocumentKind)] = [
        ("社会责任报告", .csrReport),
        ("工作总结", .workSummary), ("年度总结", .workSummary), ("工作报告", .workSummary), ("述职报告", .workSummary), ("述职述廉报告", .workSummary),
        ("部门预算", .budget), ("部门决算", .budget), ("预算", .budget),
    ]

    static let auditWords = ["整改", "审计工作报告", "审计结果", "审计报告"]

    /// How many lines from the top count as the title area.
    static let headLines = 80

    public static func kindAndYear(of text: String) -> (DocumentKind, Int?) { kindAndYear(head: headLineList(text)) }

    static func kindAndYear(head: [Substring]) -> (DocumentKind, Int?) {
        // Byte search, not Foundation's contains (which folds Unicode on Linux).
        // A table row (cells apart by tabs: 8	区级一般公共预算收入	亿元	118.5…) is no title and
        // names no kind; nor is a Markdown table's row (| 财政科技支出占一般公共预算支出比重（%） | 4.8 |).
        let lines = head.filter { !isTableRow($0) }.map(String.init)
        // A title that names its year as 年度 but not its kind (…2027年度整体支出绩效自评报告)
        // outranks a later line that names both (附件：2.2024年度预算项目绩效自评汇总表).
        let opening = lines.prefix(3).lazy.filter(Self.isTitleLike).compactMap { yearOfReport(in: $0) }.first
        // "关于2024年度…预算执行…审计查出问题整改情况的报告": an audit names the budget it
        // audited, no budget of its own; what it reports on rectifying was done the year after.
        if let title = lines.prefix(3).first(where: { $0.hasBytes("审计") && isTitleLike($0) }),
           auditWords.contains(where: { title.hasBytes($0) }) {
            let year = firstYear(in: title)
            return (.other, title.hasBytes("整改") ? year.map { $0 + 1 } : year)
        }
        // Only the lines that may name a kind are searched for each (most lines hold no 报总预决).
        let named = lines.indices.filter { mayNameKind(lines[$0]) }
        for (keyword, kind) in kindKeywords {
            // A title line: a sentence naming "2017年度社会责任报告" is no title.
            for n in named where lines[n].hasBytes(keyword) && isTitleLike(lines[n]) {
                let line = lines[n]
                // The year written on the title line itself, if any: "2023 年度社会责任报告".
                if let year = firstYear(in: line) { return (kind, n >= 3 ? opening ?? year : year) }
            }
        }
        // A bare 预算 in a sentence (…占地方一般公共预算支出的比重为6.8%。) makes no budget, nor
        // does a piece of one that a PDF's text broke at the line's width (…，占地方一般公共预算);
        // a sentence that states a 预算数 does (项目年初预算数3,200.00万元，…).
        for (keyword, kind) in kindKeywords where named.contains(where: {
            let l = lines[$0]
            return l.hasBytes(keyword) && (keyword != "预算" || isTitleLike(l) || (l.hasBytes("预算数") && !l.hasBytes("。")))
        }) {
            return (kind, nil)
        }
        return (.other, nil)
    }

    /// A table's row: cells apart by a tab, or a Markdown row (two `|` or more).
    static func isTableRow(_ line: Substring) -> Bool {
        func scan(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            var bars = 0
            for c in b {
                if c == 0x09 { return true }
                if c == 0x7C { bars += 1 }
            }
            return bars >= 2
        }
        return line.utf8.withContiguousStorageIfAvailable(scan) ?? Array(line.utf8).withUnsafeBufferPointer(scan)
    }

    /// Whether a line holds 报, 总, 预 or 决 (E6 8A A5, E6 80 BB, E9 A2 84, E5 86 B3), one of
    /// which every kind keyword holds: the byte test that spares the others a search per keyword.
    static func mayNameKind(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { b in
            guard b.count >= 3 else { return false }
            for i in 0..<(b.count - 2) {
                switch (b[i], b[i + 1], b[i + 2]) {
                case (0xE6, 0x8A, 0xA5), (0xE6, 0x80, 0xBB), (0xE9, 0xA2, 0x84), (0xE5, 0x86, 0xB3): return true
                default: continue
                }
            }
            return false
        }
    }

    /// A line short enough for a title and not a sentence.
    static func isTitleLike(_ line: String) -> Bool {
        line.scalarCount <= 60 && !line.unicodeScalars.contains(where: { $0 == "，" || $0 == "," || $0 == "。" })
    }

    /// The year a line names as a report's year: `2027年度`, `2027 年度` (not a date's 2027年3月).
    static func yearOfReport(in line: String) -> Int? {
        let s = Array(line.unicodeScalars)
        var i = 0
        while i < s.count {
            guard let y = fourDigitYear(s, at: i) else { i += 1; continue }
            var j = i + 4
            while j < s.count, s[j] == " " { j += 1 }
            if j + 1 < s.count, s[j] == "年", s[j + 1] == "度" { return y }
            i += 4
        }
        return nil
    }

    static func headLineList(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        // Only the head is read, by byte: stop once enough non-blank lines are found.
        text.forEachLine { line in
            let shape = line.utf8.withContiguousStorageIfAvailable(Self.shape) ?? Array(line.utf8).withUnsafeBufferPointer(Self.shape)
            guard !shape.blank else { return true }
            var line = line
            if shape.mayBeSpaced, let closed = letterSpaced(line) { line = Substring(closed) }
            // 二〇二三年工作总结: a title's year in numerals, read as 2023年.
            if shape.hasNumeralZero, let folded = ChineseNumerals.foldingYears(line.scalarArray) { line = Substring(String(scalars: folded)) }
            lines.append(line)
            return lines.count < headLines
        }
        return lines
    }

    /// A line's bytes, read once: whether it is blank, and whether it may be spaced letter by
    /// letter — a scalar standing alone needs a blank before it (or the line's start), so of
    /// `letterSpaced`'s lone scalars there are no more than the blanks plus one.
    /// And whether it holds 〇 (E3 80 87, …80 87 never ending another scalar), the zero of a
    /// year in numerals.
    static func shape(_ b: UnsafeBufferPointer<UInt8>) -> (blank: Bool, mayBeSpaced: Bool, hasNumeralZero: Bool) {
        var blanks = 0, scalars = 0, other = false, zero = false
        var prev: UInt8 = 0, prev2: UInt8 = 0
        for c in b {
            if c == 0x20 { blanks += 1 } else if c != 0x09 && c != 0x0D { other = true }
            if c & 0xC0 != 0x80 { scalars += 1 }
            if c == 0x87, prev == 0x80, prev2 == 0xE3 { zero = true }
            prev2 = prev
            prev = c
        }
        let letters = scalars - blanks
        return (!other, scalars >= 7 && blanks > 0 && letters >= 4 && (blanks + 1) * 10 >= letters * 8, zero)
    }

    /// A line a scan's OCR or a centred title spaced letter by letter (`徐 汇 区 科 学 技 术 委
    /// 员 会   2 0 2 5 年 工 作 总 结`), closed up (`徐汇区科学技术委员会  2025年工作总结`); nil for
    /// any other line. Gaps of two blanks or more stay: they part the line's pieces.
    static func letterSpaced(_ line: Substring) -> String? {
        let u = Array(line.unicodeScalars)
        guard u.count >= 7, u.contains(" ") else { return nil }
        // Most scalars stand alone between single blanks.
        var single = 0, letters = 0
        for (k, c) in u.enumerated() where c != " " {
            letters += 1
            if (k == 0 || u[k - 1] == " ") && (k + 1 == u.count || u[k + 1] == " ") { single += 1 }
        }
        guard letters >= 4, single * 10 >= letters * 8 else { return nil }
        var out = String.UnicodeScalarView()
        for (k, c) in u.enumerated() {
            if c == " ", k > 0, k + 1 < u.count, u[k - 1] != " ", u[k + 1] != " " { continue }
            out.append(c)
        }
        return String(out)
    }

    /// The first `19xx`/`20xx` followed (spaces allowed) by 年, in a line.
    static func firstYear<S: StringProtocol>(in line: S) -> Int? {
        let scalars = Array(String(line).unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard let y = fourDigitYear(scalars, at: i) else { i += 1; continue }
            var j = i + 4
            while j < scalars.count, scalars[j] == " " { j += 1 }
            if j < scalars.count, scalars[j] == "年" { return y }
            i += 4
        }
        return nil
    }

    static func fourDigitYear(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        guard i + 4 <= s.count else { return nil }
        if i > 0, Digits.asciiValue(s[i - 1]) != nil { return nil }
        var v = 0
        for k in 0..<4 {
            guard let d = Digits.asciiValue(s[i + k]) else { return nil }
            v = v * 10 + d
        }
        if i + 4 < s.count, Digits.asciiValue(s[i + 4]) != nil { return nil }
        return (1900...2099).contains(v) ? v : nil
    }

    /// The year a text without a report title is about (a news page, an article): the
    /// year its title names; else the year it was published, or the year before when the
    /// body speaks mostly of that one (a page of February 2012 on 2011's figures); else,
    /// undated, the year the body names most (the latest on a tie). Years of comparisons
    /// (较2012年) and look-backs (2018年以来) do not count.
    /// `sure` is false when an undated body names the year once among others.
    public static func inferredYear(of text: String, published: String?) -> (year: Int?, sure: Bool) {
        inferredYear(head: headLineList(text), published: published)
    }

    static func inferredYear(head: [Substring], published: String?) -> (year: Int?, sure: Bool) {
        let publishedYear = published.flatMap { Int($0.prefix(4)) }
        // The title: a short head line that is not navigation, naming a year
        // (`徐汇区2023年人工智能产业规模…`, `——2018上海市企业社会责任报告发布会举行`).
        // (A sentence is no title: "力争到2027年…，…。" names a goal's year.)
        // (Nor is a table's row, `指标	2019年	2020年…`, or its caption, `表1　2019—2023年…主要指标`.)
        let titles = head.prefix(8).filter { line in
            line.scalarCount <= 50 && !isNavigation(String(line)) && !line.unicodeScalars.contains(where: { $0 == "。" || $0 == "，" }) && !isTablePart(line)
        }
        for line in titles {
            let s = Array(line.unicodeScalars)
            if let y = titleYear(s) ?? firstYear(in: line).flatMap({ y in isDateLine(s) ? nil : y }), publishedYear.map({ y <= $0 }) ?? true {
                // "2026年虹口区科技创新大会召开 表彰2025年度科技创新先进集体": a meeting that
                // commends or sums up the year before is about that year (the page's <title>
                // may name the meeting only, its heading the year it looks back on).
                return (reviewedYear(y, titles: titles.map(String.init)), true)
            }
        }
        let counts = yearCounts(head, publishedYear: publishedYear)
        if let p = publishedYear {
            let last = counts[p - 1, default: 0]
            return (last >= 2 && last > counts[p, default: 0] ? p - 1 : p, true)
        }
        // Undated: the latest year the body speaks of (a page on 2024's release that recalls 2012).
        guard let latest = counts.keys.max() else { return (nil, false) }
        let n = counts[latest, default: 0]
        return (latest, n >= 2 && !counts.contains { $0.key != latest && $0.value > n })
    }

    /// The year a page is about when one of its title lines commends or sums up the year
    /// before the one its title names (`2026年…大会召开 表彰2025年度…先进集体`): that year.
    static func reviewedYear(_ y: Int, titles: [String]) -> Int {
        let reviews = titles.contains { l in
            l.scalarCount <= 50 && yearOfReport(in: l) == y - 1 && reviewWords.contains(where: { l.hasBytes($0) })
        }
        return reviews ? y - 1 : y
    }
    static let reviewWords = ["表彰", "总结", "回顾", "盘点"]

    /// A table's row (cells apart by tabs or `|`) or its caption (表1, 表 2-1, 图3 …).
    static func isTablePart(_ line: Substring) -> Bool {
        if isTableRow(line) { return true }
        let s = line.unicodeScalars.drop { $0 == " " || $0 == "\u{3000}" }
        guard let f = s.first, f == "表" || f == "图", let d = s.dropFirst().first(where: { $0 != " " }) else { return false }
        return Digits.asciiValue(Digits.fold(d)) != nil
    }

    /// How often each year is written as what the text reports on (`2024年，…`), not as a date,
    /// a baseline, a goal or a start.
    static func yearCounts(_ head: [Substring], publishedYear: Int?) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for line in head {
            let s = Array(line.unicodeScalars)
            var i = 0
            while i + 4 <= s.count {
                guard let y = fourDigitYear(s, at: i) else { i += 1; continue }
                defer { i += 4 }
                var j = i + 4
                while j < s.count, s[j] == " " { j += 1 }
                guard j < s.count, s[j] == "年" else { continue }
                // "2024年2月6日": a date, not what the text reports on.
                var k = j + 1
                while k < s.count, s[k] == " " || Digits.asciiValue(s[k]) != nil { k += 1 }
                if k > j + 1, k < s.count, s[k] == "月" { continue }
                let before = String(scalars: s[max(0, i - 2)..<i])
                // A baseline (较2023年), or a goal's year (到2027年, 2027年前): not what it reports on.
                if ["较", "比", "从", "与", "同", "到"].contains(where: { before.endsWithBytes($0) }) { continue }
                let after = String(scalars: s[(j + 1)..<min(s.count, j + 3)])
                if after.startsWithBytes("以来") || after.startsWithBytes("起") || after.startsWithBytes("前") { continue }
                if let p = publishedYear, y > p { continue }
                counts[y, default: 0] += 1
            }
        }
        return counts
    }

    /// The year the head names most often as what it reports on.
    static func mostNamedYear(head: [Substring]) -> Int? {
        yearCounts(head, publishedYear: nil).max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key
    }

    /// The title line of a text: the line naming its kind (`…2023 年度社会责任报告`), else the
    /// first short head line that is neither navigation nor a sentence; 关于印发《X》的通知 → X.
    public static func title(of text: String) -> String? { title(head: headLineList(text)) }

    static func title(head: [Substring]) -> String? {
        let lines = head.prefix(15).map { String($0).trimmingBlanks }
        // Markdown front matter (`title: …` between `---` lines) names the title itself.
        if lines.first == "---", let named = lines.dropFirst().prefix(while: { $0 != "---" }).first(where: { $0.hasPrefix("title:") }) {
            let t = named.dropFirst("title:".count).trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
            if !t.isEmpty { return t }
        }
        let head = lines.filter { !$0.hasPrefix("#") || $0.hasPrefix("# ") }
        let candidates = head.enumerated().filter { k, l in
            let n = l.unicodeScalars.count
            let sentence = l.unicodeScalars.contains { $0 == "。" || $0 == "：" || $0 == ":" } || (n > 30 && l.unicodeScalars.contains { $0 == "，" || $0 == "," })
            // The first line may end like a heading (…2026年工作要点) and still be the title;
            // a numbered heading (一、…) never is.
            let heading = SectionContext.heading(Array(l.unicodeScalars)) != nil && (k > 0 || startsNumbered(l))
            return n >= 6 && n <= 70 && !isNavigation(l) && !sentence && !heading && !isDocumentNumber(l)
        }.map(\.element)
        guard var t = candidates.first(where: { l in kindKeywords.contains { l.hasBytes($0.0) } }) ?? candidates.first else { return nil }
        // A centred title a PDF broke over two lines (…三年行动计划 / （2024—2026年）中期评估报告):
        // the second line goes on the first.
        if let k = lines.firstIndex(of: t), k + 1 < lines.count, continuesTitle(t, with: lines[k + 1]) { t += lines[k + 1] }
        if t.hasPrefix("# ") { t = String(t.dropFirst(2)) }
        if let open = t.firstIndex(of: "《"), let close = t[open...].firstIndex(of: "》"), t.hasPrefix("关于") {
            t = String(t[t.index(after: open)..<close])
        }
        return t.filter { $0 != "\t" }
    }

    /// Whether `next` is the rest of a title line `first`: a short line that opens on a
    /// bracketed year (`（2024—2026年）中期评估报告`) or ends the title's kind (`实施中期评估报告`)
    /// after a first line that did not (a unit's name or a date under a whole title is no part).
    static func continuesTitle(_ first: String, with next: String) -> Bool {
        let u = next.scalarArray
        guard (4...30).contains(u.count), !titleEnds.contains(where: { first.endsWithBytes($0) }), !first.hasPrefix("#"),
              !u.contains(where: { $0 == "。" || $0 == "，" || $0 == "," || $0 == "：" || $0 == ":" }),
              !isNavigation(next), !isDocumentNumber(next), !isDateLine(u) else { return false }
        if u[0] == "（" || u[0] == "(", u.count > 5, u[1...4].allSatisfy({ Digits.asciiValue(Digits.fold($0)) != nil }) { return true }
        return titleEnds.contains { next.endsWithBytes($0) }
    }
    static let titleEnds = ["报告", "总结", "公报", "通知", "决定", "答复", "公示", "通报", "意见", "办法"]

    /// 一、, （一）, 1., 1、, 第一章: a numbered heading's start.
    static func startsNumbered(_ line: String) -> Bool {
        guard let f = line.unicodeScalars.first(where: { $0 != " " && $0 != "\u{3000}" }) else { return false }
        return f == "（" || f == "(" || f == "第" || Digits.asciiValue(f) != nil || ChineseNumerals.digit(f) != nil || f == "十"
    }

    /// 奉经委〔2025〕5号, 沪科〔2024〕12号: a document number, never a title.
    static func isDocumentNumber(_ line: String) -> Bool {
        let u = line.unicodeScalars
        return u.count <= 24 && u.last == "号" && (u.contains("〔") || u.contains("[") || u.contains("【"))
    }

    static let navigationMarks = ["http", "首页", "当前位置", ">", "|", "发布时间", "发布日期", "来源", "字号", "浏览", "分享", "打印"]

    static func isNavigation(_ line: String) -> Bool { navigationMarks.contains { line.hasBytes($0) } }

    /// Whether the line's year is part of a date (2024年2月6日).
    static func isDateLine(_ s: [Unicode.Scalar]) -> Bool {
        guard let nian = s.firstIndex(of: "年") else { return false }
        var k = nian + 1
        while k < s.count, s[k] == " " || Digits.asciiValue(s[k]) != nil { k += 1 }
        return k > nian + 1 && k < s.count && s[k] == "月"
    }

    /// The year a title names anywhere (`数说2025｜…`, `…2024年度科技创新综述`): a four-digit
    /// year not part of a date (2026年1月9日, 2026-01-09) or of a comparison (较2024年).
    /// A plan over several years: 规划, 纲要, 行动计划, 行动方案, 实施方案.
    static func isPlanOfYears(_ title: String) -> Bool {
        ["规划", "纲要", "行动计划", "行动方案", "实施方案", "三年计划", "五年计划"].contains { title.hasBytes($0) }
    }

    /// A speech's title: 在…大会上的讲话, 新年致辞, 在…会议上的发言.
    static func isAddress(_ title: String) -> Bool {
        ["讲话", "致辞", "发言", "主旨报告", "贺词"].contains { title.hasBytes($0) }
    }

    /// The line under a title that opens on a dash (`——在…2026年工作会议上的讲话` under a
    /// slogan): the title's subtitle, which says what kind of text it is.
    static func subtitle(of title: String, in head: [Substring]) -> String? {
        let lines = head.prefix(15).map { String($0).trimmingBlanks }
        guard let k = lines.firstIndex(where: { $0.hasSuffix(title) }), k + 1 < lines.count else { return nil }
        let next = lines[k + 1]
        return next.hasPrefix("—") || next.hasPrefix("－") ? next : nil
    }

    /// Whether a text's opening sums up the year before the one it is written in (过去一年,
    /// 过去的一年, 一年来, 回顾这一年), as a speech at a year's first meeting does.
    static func reviewsPastYear(_ text: String) -> Bool {
        let opening = String(Substring(text.unicodeScalars.prefix(3000)))
        return ["过去一年", "过去的一年", "一年来", "回顾这一年", "回顾上一年"].contains { opening.hasBytes($0) }
    }

    public static func yearNamed(inTitle title: String) -> Int? {
        let s = Array(title.unicodeScalars)
        var i = 0
        while i + 4 <= s.count {
            guard let y = fourDigitYear(s, at: i) else { i += 1; continue }
            defer { i += 4 }
            // 奉经委〔2025〕5号: the year of a document number.
            if i > 0, "较比从与同第〔[【".unicodeScalars.contains(s[i - 1]) { continue }
            var j = i + 4
            if j < s.count, "-/.".unicodeScalars.contains(s[j]) { continue }
            if j < s.count, s[j] == "年" {
                j += 1
                while j < s.count, Digits.asciiValue(s[j]) != nil { j += 1 }
                if j < s.count, s[j] == "月" { continue }
            }
            return y
        }
        return nil
    }

    /// A year at the start of a title line, with 年 or a name right after it
    /// (`2021年上海集成电路…`, `——2018上海市企业社会责任报告发布会举行`).
    static func titleYear(_ s: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "—" || s[i] == "-" || s[i] == "\u{3000}" { i += 1 }
        guard s.count - i >= 8, let y = fourDigitYear(s, at: i) else { return nil }
        let next = s[i + 4]
        // Not a date (2024-02-06, 2024年2月6日) or a range.
        if next == "年" {
            if i + 5 < s.count, Digits.asciiValue(s[i + 5]) != nil { return nil }
            return y
        }
        return next.value >= 0x4E00 && next.value <= 0x9FFF ? y : nil
    }

    /// The writing unit: the registry name mentioned first in the title area, else a
    /// name-shaped phrase there (…中心/…委员会/…局), so unknown units are still reported.
    public static func unit(of text: String, registry: UnitRegistry) -> String? {
        unit(of: TextSurvey(text: text), registry: registry)
    }

    static func unit(of survey: TextSurvey, registry: UnitRegistry) -> String? {
        let head = String(Substring(survey.head.unicodeScalars.prefix(3000)))
        if let name = registry.unitMentionedFirst(in: head, mentions: survey.mentions) { return name }
        let suffixes = ["技术开发中心", "委员会", "研究院", "研究所", "中心", "局", "办公室"]
        for line in survey.headLines.prefix(20) {
            let t = line.trimmingBlanks
            if t.count <= 30, suffixes.contains(where: { t.endsWithBytes($0) }),
               !t.unicodeScalars.contains(where: { Digits.asciiValue($0) != nil }) {
                return t
            }
        }
        return nil
    }
}
