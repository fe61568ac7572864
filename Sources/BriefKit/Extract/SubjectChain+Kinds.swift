/// Names a figure takes from words rather than from the figure before: the kinds a count
/// before 大 names (三大先导产业), and the plan words that open a later year's goal of the same
/// thing (规划到2030年突破…). Static and free of the chain's state.
extension SubjectChain {
    static let planLeads = ["规划", "力争", "预计", "计划", "争取", "确保", "预期", "有望", "目标"]

    static let kindNouns = WordList(["产业集群", "产业", "领域", "集群", "主业", "工业", "中心", "行业", "模块", "团队", "成果", "赛道", "案例",
                                     "专业", "主链", "平台", "体系", "工程", "行动", "任务", "板块", "功能", "场景", "基地", "品牌", "园区"])

    /// The kinds after N大: up to the first kind noun (先导产业, 重点产业集群), else to a verb
    /// or the clause's end, at most 12 characters; nil when nothing is named.
    static func kindsAfterNDa(_ s: [Unicode.Scalar], from start: Int) -> String? {
        var k = start
        while k < s.count, s[k] == " " || s[k] == "大" { k += 1 }
        let from = k
        while k < s.count, k - from < 12, !SubjectFinder.clauseBreaks.contains(s[k]), !QuantityScanner.isDigit(s[k]), s[k] != "的" { k += 1 }
        let phrase = Array(s[from..<k])
        var end = phrase.count
        var i = 0
        while i < phrase.count {
            if var w = kindNouns.match(in: phrase, at: i) {
                // 新赛道产业, 行业领域: kinds of kinds are one name.
                end = i + kindNouns.scalars[w].count
                while let next = kindNouns.match(in: phrase, at: end) { w = next; end += kindNouns.scalars[w].count }
                break
            }
            if i > 0, SubjectFinder.verbList.match(in: phrase, at: i) != nil { end = i; break }
            i += 1
        }
        let name = String(scalars: phrase[..<end].filter { $0 != " " && $0 != "“" && $0 != "”" })
        return name.isEmpty ? nil : name
    }
}
