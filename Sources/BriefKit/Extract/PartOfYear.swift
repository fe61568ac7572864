/// The part of a year a figure covers (上半年, 前三季度, 1—6月, 一季度), from its sentence or,
/// for a report of part of a year (2025年上半年工作总结), from the title.
///
/// A half-year output is no value of the year's output: compared with last year's annual
/// figure it would read as a fall by half. Such a figure keeps its metric's headline flag
/// but is named with its period and has no metric id, so it is compared only with the same
/// period of other years.
enum PartOfYear {
    static let words: [[Unicode.Scalar]] = ["上半年", "下半年", "前三季度", "第一季度", "第二季度", "第三季度", "第四季度",
                                           "一季度", "二季度", "三季度", "四季度", "前两个月", "前三个月", "前四个月", "前五个月",
                                           // Year to date: a news page's 今年以来 is not the whole year.
                                           "今年以来", "年初以来", "年初至今"]
        .map { Array($0.unicodeScalars) }
    static let firsts = ScalarSet(words.compactMap(\.first))
    static let yearToDate: Set<String> = ["今年以来", "年初以来", "年初至今"]
    /// Every scalar the scan stops at: 全, a period word's first, a digit (of 1—6月).
    static let scanStops = ScalarSet(words.compactMap(\.first) + ["全"] + Array("0123456789".unicodeScalars))
    /// 较上半年, 比一季度: the period compared with, not the figure's.
    static let comparisonMarks: ScalarSet = ["较", "比", "与", "于"]
    static let rangeMarks: ScalarSet = ["-", "—", "–", "~", "～", "至", "到"]

    /// The period in force as a sentence is read figure by figure: each figure's scan goes
    /// on from where the one before it stopped, so a long sentence is read once.
    struct Scan {
        var start = -1, scanned = 0
        var found: String? = nil

        mutating func period(in s: [Unicode.Scalar], sentenceStart: Int, upTo end: Int) -> String? {
            if sentenceStart != start || end < scanned { start = sentenceStart; scanned = sentenceStart; found = nil }
            (found, scanned) = PartOfYear.scan(s, from: scanned, to: end, found: found)
            return found
        }
    }

    /// The last period word between `start` and `end` that is not a comparison's base,
    /// unless 全年 comes after it.
    static func named(in s: [Unicode.Scalar], from start: Int, to end: Int) -> String? {
        scan(s, from: start, to: end, found: nil).found
    }

    static func scan(_ s: [Unicode.Scalar], from start: Int, to end: Int, found initial: String?) -> (found: String?, next: Int) {
        var found = initial
        var i = max(0, start)
        let end = min(end, s.count)
        // Read once, not per scalar (a static is behind a once-check).
        let stops = scanStops, firsts = firsts
        while i < end {
            // The scalars no test below stops at are passed over in one loop.
            guard let k = stops.firstMember(in: s, from: i, to: end) else { break }
            i = k
            let c = s[i]
            if c == "全", i + 1 < end, s[i + 1] == "年" { found = nil; i += 2; continue }
            if firsts.contains(c), let w = words.first(where: { i + $0.count <= end && s[i..<(i + $0.count)].elementsEqual($0) }) {
                if !(i > 0 && comparisonMarks.contains(s[i - 1])) { found = String(scalars: w) }
                i += w.count
                continue
            }
            if QuantityScanner.isDigit(c), let (text, next) = monthRange(s, at: i, end: end) {
                if !(i > 0 && comparisonMarks.contains(s[i - 1])) { found = text }
                i = next
                continue
            }
            i += 1
        }
        return (found, max(i, end))
    }

    /// The first period a title names: `上半年工作总结和下半年工作要点` reports on the first
    /// half, and plans the second.
    static func firstNamed(in s: [Unicode.Scalar]) -> String? {
        // One pass: the first period word or month range not after a comparison's mark (what
        // `scan` finds first in ever longer prefixes, without reading the title once per scalar).
        var i = 0
        let stops = scanStops, firsts = firsts
        while i < s.count {
            guard let k = stops.firstMember(in: s, from: i, to: s.count) else { return nil }
            i = k
            let c = s[i]
            let compared = i > 0 && comparisonMarks.contains(s[i - 1])
            if firsts.contains(c), let w = words.first(where: { i + $0.count <= s.count && s[i..<(i + $0.count)].elementsEqual($0) }) {
                if !compared { return String(scalars: w) }
                i += w.count
                continue
            }
            if QuantityScanner.isDigit(c), let (text, next) = monthRange(s, at: i, end: s.count) {
                if !compared { return text }
                i = next
                continue
            }
            i += 1
        }
        return nil
    }

    /// "1—6月", "1-10月", "1至9月": months from January, as written (with an en dash).
    static func monthRange(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (String, Int)? {
        guard s[i] == "1", i == 0 || !QuantityScanner.isDigit(s[i - 1]), i + 1 < end else { return nil }
        var k = i + 1
        guard k < end, rangeMarks.contains(s[k]) else { return nil }
        while k < end, rangeMarks.contains(s[k]) { k += 1 }
        let from = k
        while k < end, QuantityScanner.isDigit(s[k]), k - from < 2 { k += 1 }
        guard k > from, k < end, s[k] == "月", let last = Int(String(scalars: s[from..<k])), (2...11).contains(last) else { return nil }
        return ("1—\(last)月", k + 1)
    }

    /// Names each figure of a part of a year by its period: from its sentence, else (for
    /// figures achieved, not planned) from the title of a report of part of a year.
    static func mark(_ facts: inout [Fact], traces: [FigureTrace], title: String?, reportYear: Int?, catalog: MetricCatalog) {
        let titlePeriod = title.flatMap { t in firstNamed(in: t.scalarArray) }
        for i in facts.indices {
            guard i < traces.count, !traces[i].fromTable else { continue }
            // The title's period is the report's: not a plan's, nor an earlier year's figure.
            let fromTitle = facts[i].role != .target && facts[i].role != .baseline && (facts[i].year == nil || facts[i].year == reportYear)
            // "9月当月成交额" names its own month: the title's 前三季度 is not its period.
            let ownMonth = facts[i].subject.hasBytes("当月") || facts[i].subject.hasBytes("单月")
            // 今年以来 in a report of 1—10月 is that report's period, said loosely.
            var sentencePeriod = traces[i].partOfYear
            if let sp = sentencePeriod, yearToDate.contains(sp), fromTitle, let tp = titlePeriod { sentencePeriod = tp }
            guard let p = sentencePeriod ?? (fromTitle && !ownMonth ? titlePeriod : nil) else { continue }
            let suffix = "（" + p + "）"
            let base = facts[i].metric.flatMap { catalog.metric(id: $0)?.name } ?? (facts[i].name.isEmpty ? facts[i].subject : facts[i].name)
            facts[i].name = base.hasBytes(p) ? movingPeriod(p, in: base) : base + suffix
            facts[i].metric = nil
            facts[i].subject = facts[i].subject.hasBytes(p) ? movingPeriod(p, in: facts[i].subject) : facts[i].subject + suffix
        }
    }

    /// A name that opens with its period (`下半年举办技术转移对接活动`) is named as the others
    /// are, the period after it in brackets (`举办技术转移对接活动（下半年）`), so the same
    /// activity of two periods reads and sorts as one name. A period compared with
    /// (`较上半年`), one already in brackets, or one with too little left beside it stays.
    static func movingPeriod(_ p: String, in name: String) -> String {
        let s = name.scalarArray, w = p.scalarArray
        guard w.count > 0, s.count > w.count else { return name }
        for i in 0...(s.count - w.count) where s[i..<(i + w.count)].elementsEqual(w) {
            if i > 0, comparisonMarks.contains(s[i - 1]) || s[i - 1] == "（" || s[i - 1] == "(" { continue }
            var end = i + w.count
            // The comma after an opening period goes with it: 上半年，全区… → 全区…
            if end < s.count, "，,、".unicodeScalars.contains(s[end]) { end += 1 }
            let rest = Array(s[..<i]) + Array(s[end...])
            guard rest.count >= 2 else { return name }
            return String(scalars: rest) + "（" + p + "）"
        }
        return name
    }
}
