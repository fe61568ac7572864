/// `新认定总部65家、研发中心28家，累计分别达到1,021家和619家`: the words that make a 分别 list
/// running totals, and the name each total takes from the figure at its place.
extension SubjectChain {
    /// A left phrase that only says the figures are running totals (累计分别达到 → 累计).
    static func isRunningTotal(_ left: String) -> Bool {
        var t = String(left.unicodeScalars.filter { $0 != " " }).replacingOccurrences(of: "分别", with: "")
        for tail in ["达到", "达", "为"] where t.endsWithBytes(tail) { t = String(t.unicodeScalars.dropLast(tail.unicodeScalars.count)) }
        return ["累计", "总数", "总量", "共计"].contains { t.hasSameBytes(as: $0) }
    }

    /// A name without the verb of what was added (新认定跨国公司地区总部 → 跨国公司地区总部).
    static func withoutFlowVerb(_ name: String) -> String {
        for verb in ["新认定", "新引进", "新增", "新培育", "新设立", "新设", "新建", "认定", "引进"] where name.startsWithBytes(verb) {
            let rest = String(name.unicodeScalars.dropFirst(verb.unicodeScalars.count))
            if rest.unicodeScalars.count >= 2 { return rest }
        }
        return name
    }
}
