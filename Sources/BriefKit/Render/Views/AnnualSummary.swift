import Foundation

/// 要点: three to six sentences on a year's largest and most notable changes, written from
/// the comparison model — the biggest relative changes of each unit's headline figures
/// (percentage points for rates), the honours received, and any source that disagrees.
enum AnnualSummary {
    struct Row {
        var name: String
        var value: Quantity
        var previous: Quantity
        var previousYear: Int
        var isRate: Bool

        var change: Change? { Change.between(previous, value, rate: isRate) }

        /// How notable: the relative change, or ten times the points of a rate.
        var weight: Double {
            guard let c = change else { return 0 }
            if let p = c.points { return abs(p) * 10 }
            return abs(c.percent ?? 0)
        }
    }

    /// A change the document states where no earlier value is known (技术合同成交额 131.91
    /// 亿，同比增长 44.4%): notable too, said as the document says it.
    struct Stated {
        var name: String
        var value: Quantity
        var text: String
        /// The stated per cent, or ten times the points; 0 when neither.
        var weight: Double
    }

    struct Unit {
        var name: String
        var rows: [Row]
        var stated: [Stated] = []
        var honours: Int
        var newHonours: Int
        var conflicts: Int
        var unsure: Int = 0
    }

    static func sentences(_ units: [Unit], year: Int) -> [String] {
        var out: [String] = []
        // Few units: each unit's two largest changes; many: the largest across all.
        let perUnit = units.count <= 3 ? 2 : 1
        var candidates: [(weight: Double, unit: String, phrases: [String])] = []
        for u in units {
            let top = u.rows.filter { $0.weight > 0 || $0.change != nil }.sorted { $0.weight > $1.weight }.prefix(perUnit)
            var phrases = top.map(phrase)
            var weight = top.map(\.weight).max() ?? 0
            // Room left: the changes the documents state, largest first.
            // A balanced budget states its income and its spending with one figure and one
            // change: one sentence says it once.
            var said = Set<String>()
            let stated = u.stated.sorted { $0.weight > $1.weight }
                .filter { said.insert("\($0.value.folded.value) \($0.value.folded.measure) \($0.text)").inserted }
                .prefix(perUnit - phrases.count)
            phrases += stated.map { "\($0.name) \(FigureText.text($0.value))，\($0.text)" }
            weight = max(weight, stated.map(\.weight).max() ?? 0)
            if !phrases.isEmpty { candidates.append((weight, u.name, phrases)) }
        }
        for c in candidates.sorted(by: { $0.weight > $1.weight }).prefix(units.count <= 3 ? 3 : 4) {
            out.append("\(c.unit)：" + c.phrases.joined(separator: "；") + "。")
        }
        let honoured = units.filter { $0.honours > 0 }
        if !honoured.isEmpty {
            let parts = honoured.prefix(3).map { u in
                "\(u.name) \(u.honours) 项" + (u.newHonours > 0 && u.newHonours < u.honours ? "（新获 \(u.newHonours) 项）" : "")
            }
            out.append("\(year) 年获得的荣誉：" + parts.joined(separator: "，") + (honoured.count > 3 ? "等" : "") + "。")
        }
        let conflicts = units.reduce(0) { $0 + $1.conflicts }
        if conflicts > 0 { out.append("\(conflicts) 项数据的来源之间不一致，表中列出了各自的数值。") }
        let unsure = units.reduce(0) { $0 + $1.unsure }
        if unsure > 0 { out.append("\(unsure) 项指标在同一文件中有几个不同的数值，未列入表中，见各单位的“需核对”。") }
        if out.isEmpty { out.append("本年度的文件没有可与往年比较的主要数据。") }
        return Array(out.prefix(6))
    }

    /// "服务企业 2,599 家，较 2021 年减少 114 家（−4.2%）".
    static func phrase(_ r: Row) -> String {
        var s = "\(r.name) \(FigureText.text(r.value))"
        guard let c = r.change else { return s }
        let up = c.absolute > 0
        if c.absolute == 0 { return s + "，与 \(r.previousYear) 年持平" }
        if let p = c.points {
            s += "，较 \(r.previousYear) 年\(up ? "提高" : "下降") \(Change.signed(abs(p), digits: 2).dropFirst()) 个百分点"
        } else {
            // An index (no measure, no per cent) rises and falls; a count grows and shrinks.
            let index = c.measure.isEmpty && c.percent == nil
            s += "，较 \(r.previousYear) 年\(up ? (index ? "提高" : "增加") : (index ? "下降" : "减少")) \(Change.signed(abs(c.absolute), digits: 2).dropFirst())\(c.measure.isEmpty ? "" : " " + c.measure)"
            if let pc = c.percent { s += "（\(Change.signed(pc, digits: 1))%）" }
        }
        if c.approximate { s += "（约数）" }
        return s
    }
}
