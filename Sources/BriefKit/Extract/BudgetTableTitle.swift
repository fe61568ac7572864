/// The statutory tables of a 部门预算/决算 are titled by what they sum
/// (`2024年部门财政拨款收支预算总表`, `…一般公共预算支出功能分类预算表`), and their 合计 rows
/// are labelled only 合计 or 收入总计. Read alone, the 收入总计 of the 财政拨款 table is taken
/// for the whole budget's income: a figure with the wrong subject. The title names the sum.
enum BudgetTableTitle {
    /// The scope a title line names: `财政拨款收支`, `收入`, `一般公共预算支出`; `""` for the
    /// table of everything (财务收支), whose totals are the budget's own; nil for other lines.
    static func scope(of line: [Unicode.Scalar]) -> String? {
        // Most lines have no 表 where a title would end: decided before any string is made.
        // A long title is joined with the line after it as a wrapped sentence would be
        // (…功能分类预算表编制部门：…): it ends before 编制 or 单位.
        guard line.count >= 6, let end = line.prefix(41).indices.first(where: { k in
            line[k] == "表" && (k + 1 == line.count || "编单（(".unicodeScalars.contains(line[k + 1]))
        }), end >= 5 else { return nil }
        let s = line[...end]
        guard !s.contains(where: { stops.contains($0) }) else { return nil }
        var t = String(scalars: s).trimmingSpaces
        guard t.hasBytes("预算") || t.hasBytes("决算") else { return nil }
        // A list of the tables (- 1. 2024年…表) or a pointer (详见…表) is no title.
        guard let first = t.unicodeScalars.first, first.value >= 0x4E00 && first.value <= 0x9FFF || QuantityScanner.isDigit(first),
              !t.startsWithBytes("详见"), !t.startsWithBytes("见") else { return nil }
        let kind = t.hasBytes("决算") ? "决算" : "预算"
        t = dropLeadingYear(dropTableNumber(t))
        for p in ["部门", "单位"] where t.startsWithBytes(p) { t = String(t.unicodeScalars.dropFirst(p.scalarCount)) }
        for suffix in ["\(kind)总表", "总表", "\(kind)表", "表"] where t.endsWithBytes(suffix) {
            t = String(t.unicodeScalars.dropLast(suffix.scalarCount)); break
        }
        // …与2024年执行数对比, …决算与预算对比: what the columns compare, not what is summed.
        if let yu = comparisonStart(t) { t = String(t.unicodeScalars.prefix(yu)) }
        for c in ["部门\(kind)经济分类", "经济分类", "功能分类"] where t.endsWithBytes(c) {
            t = String(t.unicodeScalars.dropLast(c.scalarCount)); break
        }
        if t.endsWithBytes(kind) { t = String(t.unicodeScalars.dropLast(2)) }
        guard !t.isEmpty else { return nil }
        return t == "财务收支" || t == "收支" ? "" : t
    }

    static let stops: ScalarSet = ["，", "。", "；", "：", "\t", "|", "、"]

    /// The subject of a total row's figure in a table of `scope`: `收入总计` of 财政拨款收支 is
    /// 财政拨款收入; `合计` of 收入 is 收入预算; its 基本支出 column under 一般公共预算支出 is
    /// 一般公共预算基本支出. Nil where the title adds nothing.
    /// `final`: the table is of a 决算 (final accounts): its whole income or spending is the
    /// year's 收入决算 / 支出决算, not a budget.
    static func totalSubject(scope: String, label: String, column: String?, final: Bool = false) -> String? {
        guard !scope.isEmpty else { return nil }
        var base = scope
        let twoSided = base.hasBytes("收支") || base.hasBytes("收入") && base.hasBytes("支出")
        // A label that names its sum (收入合计, 本年支出合计) keeps it, unless the table is of
        // one source of funds (the 收入总计 of the 财政拨款收支 table).
        guard ["合计", "总计", "小计"].contains(where: { label.hasSameBytes(as: $0) }) || twoSided else { return nil }
        if twoSided {
            // A two-sided table: each side's total is its own.
            let side = label.hasBytes("收入") ? "收入" : label.hasBytes("支出") ? "支出" : nil
            guard let side else { return nil }
            base = base.hasBytes("收支") ? base.replacingOccurrences(of: "收支", with: side)
                : base.replacingOccurrences(of: side == "收入" ? "支出" : "收入", with: "").replacingOccurrences(of: "和", with: "")
        }
        // The whole budget's income or spending: named as the narrative names it.
        let whole = base == "收入" || base == "支出"
        if whole { base += final ? "决算" : "预算" }
        guard let column, !column.isEmpty else { return base }
        if whole || column.hasBytes(base) { return column }
        // 一般公共预算支出 × 基本支出 → 一般公共预算基本支出.
        for tail in ["支出", "收入"] where base.endsWithBytes(tail) && column.endsWithBytes(tail) {
            return String(base.unicodeScalars.dropLast(2)) + column
        }
        return base + "（" + column + "）"
    }

    /// `表1 `, `表 3`: the table's number.
    static func dropTableNumber(_ t: String) -> String {
        let s = t.scalarArray
        guard s.first == "表" else { return t }
        var i = 1
        while i < s.count, s[i] == " " { i += 1 }
        let digits = i
        while i < s.count, QuantityScanner.isDigit(s[i]) || s[i] == "-" { i += 1 }
        guard i > digits else { return t }
        while i < s.count, s[i] == " " { i += 1 }
        return String(scalars: s[i...])
    }

    /// Where `与2024年执行数对比` or `决算与预算对比`'s 与 starts, if the title ends on 对比.
    static func comparisonStart(_ t: String) -> Int? {
        guard t.endsWithBytes("对比") else { return nil }
        let s = t.scalarArray
        guard let yu = s.lastIndex(of: "与") else { return nil }
        // 决算与预算对比: the sum is the 决算's, the word before 与.
        let before = yu >= 2 ? String(scalars: s[(yu - 2)..<yu]) : ""
        return before == "决算" || before == "预算" ? yu - 2 : yu
    }

    /// `2024年`, `2024年度`, `2024 年` at the start.
    static func dropLeadingYear(_ t: String) -> String {
        let s = t.scalarArray
        var i = 0
        while i < s.count, QuantityScanner.isDigit(s[i]) || s[i] == " " { i += 1 }
        guard i >= 4, i < s.count, s[i] == "年" else { return t }
        i += 1
        if i < s.count, s[i] == "度" { i += 1 }
        return String(scalars: s[i...])
    }
}
