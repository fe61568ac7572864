/// The caption over a table that is not a statutory budget table (`五、审计查出问题分类（单位：万元）`,
/// `表2 2025年科普活动统计`): what its bare 合计 row sums. Without it the row's figure is
/// named 合计, which says nothing in a briefing and lines up with every other table's total.
enum TableCaption {
    /// The caption's words: numbering, the year in front, the unit declaration and the
    /// words that only say it is a table (情况, 统计表, 一览表) dropped; nil for a line that
    /// is prose (it has a sentence's punctuation) or leaves fewer than two scalars.
    static func text(_ line: [Unicode.Scalar]) -> String? {
        // Spaces part the number from the caption (表1　2024年…): kept until the number is off.
        var s = ArraySlice(line.map { $0 == "\u{3000}" || $0 == "\t" ? " " : $0 })
        // The unit declaration in brackets, and anything after it.
        if let open = s.firstIndex(where: { $0 == "（" || $0 == "(" }), s[(open + 1)...].starts(with: "单位".unicodeScalars) {
            s = s[..<open]
        }
        guard !s.contains(where: { prose.contains($0) }) else { return nil }
        // 五、 (一) 1. 表2: the caption's number.
        if let first = s.first, ChineseNumerals.isNumeral(first) || QuantityScanner.isDigit(first) {
            var k = s.startIndex
            while k < s.endIndex, ChineseNumerals.isNumeral(s[k]) || QuantityScanner.isDigit(s[k]) { k += 1 }
            if k < s.endIndex, ["、", ".", "．"].contains(s[k]) { s = s[(k + 1)...] }
        }
        if s.first == "（" || s.first == "(", let close = s.firstIndex(where: { $0 == "）" || $0 == ")" }), close - s.startIndex <= 4 {
            s = s[(close + 1)...]
        }
        var t = String(scalars: s).trimmingSpaces
        // 第二十条第（一）项: an article of a law the table reports under, no name of a sum.
        if t.startsWithBytes("第") && t.hasBytes("条") { return nil }
        t = BudgetTableTitle.dropTableNumber(t)
        t = BudgetTableTitle.dropLeadingYear(t.filter { $0 != " " })
        for tail in ["基本情况", "分类型情况", "分类情况", "情况统计表", "统计表", "一览表", "情况表", "情况", "分类型", "分类", "表"] where t.endsWithBytes(tail) && t.scalarCount > tail.scalarCount + 1 {
            t = String(t.unicodeScalars.dropLast(tail.scalarCount))
            break
        }
        return t.scalarCount >= 2 && t.scalarCount <= 24 ? t : nil
    }

    static let prose: ScalarSet = ["。", "，", "；", "：", ":", "！", "？"]

    /// A row labelled only 合计 or 总计.
    static func isBareTotal(_ label: String) -> Bool {
        ["合计", "总计"].contains { label.hasSameBytes(as: $0) }
    }
}
