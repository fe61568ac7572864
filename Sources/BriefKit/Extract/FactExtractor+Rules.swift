/// Small rules of running text that decide whether a number is a figure and whether it is
/// a detail rather than a headline of its category.
extension FactExtractor {
    /// Why a figure is a detail rather than a headline of its category, or nil: a cost line
    /// item (…费) of modest size, a rate per period (每季度, 每次), or a target quoted from
    /// another document (《…》提出：…).
    /// The sentence is read as scalars in place: this runs for every figure, and a
    /// sentence may be hundreds of characters.
    static func detailReason(subject: String, quantity: Quantity, sentence: ArraySlice<Unicode.Scalar>) -> String? {
        if quantity.isMoney, subject.endsWithBytes("费") || subject.endsWithBytes("费用"), quantity.folded.value < 1_000_000 { return "cost line item" }
        if subject.hasBytes("每") || sentence.last == "每" || subject.hasBytes("单价") { return "rate per period or item" }
        var i = sentence.startIndex
        while let close = sentence[i...].firstIndex(of: "》") {
            if quotedTargetVerbs.match(in: sentence, at: close + 1) != nil { return "target quoted from another document" }
            i = close + 1
        }
        return nil
    }

    /// After 《…》: a target another document sets.
    static let quotedTargetVerbs = WordList(["提出", "指出", "明确", "要求"])

    /// "A和B均", "A、B均": the subjects a shared figure applies to, or nil.
    static func distributedSubjects(_ rawLeft: String) -> [String]? {
        let t = rawLeft.trimmingSpaces
        guard t.endsWithBytes("均") else { return nil }
        let items = t.dropLast().split(whereSeparator: { $0 == "和" || $0 == "、" || $0 == "及" }).map { SubjectFinder.clean(String($0)) }
        guard items.count >= 2, items.allSatisfy({ $0.unicodeScalars.count >= 2 }) else { return nil }
        return items
    }

    /// A number with no measure is a figure only after a rate or index word in its sentence
    /// (客户投诉率保持为 0, 满意度指数达到 96.8), and then only as a value up to 100.
    static func isRateContext(_ line: ScalarLine, _ q: ScannedQuantity) -> Bool {
        guard q.quantity.value >= 0, q.quantity.value <= 100 else { return false }
        if let next = line.scalars[safe: q.span.upperBound], !SubjectFinder.clauseBreaks.contains(next), next != "。", next != " " { return false }
        let start = max(0, q.span.lowerBound - 30)
        let before = line.text(start..<q.span.lowerBound)
        let sentence = before.split(whereSeparator: { $0 == "。" || $0 == "；" }).last.map(String.init) ?? before
        return ["率", "指数", "得分", "评分"].contains { sentence.hasBytes($0) }
    }
}
