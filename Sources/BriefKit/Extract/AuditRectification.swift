/// A report on rectifying what an audit found (关于2024年度…审计查出问题整改情况的报告) is of the
/// year after the audited one: what was done about the problems is that year's, the problems
/// themselves (审计工作报告共反映问题312个, 涉及金额186.42亿元, a table's 问题数 column) the
/// audited year's, restated.
enum AuditRectification {
    static func applies(title: String?) -> Bool {
        guard let t = title else { return false }
        return t.hasBytes("审计") && t.hasBytes("整改")
    }

    /// Moves the figures of what was found back to the audited year.
    static func mark(_ facts: inout [Fact], title: String?, reportYear: Int?) {
        guard applies(title: title), let r = reportYear else { return }
        for i in facts.indices where facts[i].role == .actual && facts[i].year == r {
            let subject = facts[i].subject
            if doneWords.contains(where: { subject.hasBytes($0) }) { continue }
            if facts[i].source == .table || foundWords.contains(where: { subject.hasBytes($0) }) {
                facts[i].year = r - 1
            }
        }
    }

    static let foundWords = ["问题", "线索", "涉及金额"]
    static let doneWords = ["整改", "已", "办结", "处理", "追责", "问责", "制度", "尚未", "完成", "追回", "挽回"]
}
