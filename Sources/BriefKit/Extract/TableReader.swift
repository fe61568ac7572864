/// Reads table rows — tab-separated (PDF and Word text) or Markdown pipes — into cells:
/// each figure becomes a fact whose subject is the row's label, and whose year, role and
/// unit come from its column (`TableLayout`), the row's unit cell, or the table's
/// `单位：元` line, since cells carry none.
enum TableReader {
    struct Cell {
        var subject: String
        /// The row's label, and the column's name when the subject adds it (合计（基本支出）).
        var label: String
        var columnPart: String?
        var quantity: Quantity
        var number: Range<Int>
        /// The first figure after its label (the total column, in budget tables).
        var firstValueOfRow: Bool
        /// Classification codes before the label (205 / 08 / 02): the row's depth.
        var codeDepth: Int
        /// The cell's column, for its header.
        var column: Int
        /// The column of the row's label this figure is named by.
        var labelColumn: Int = 0
        /// The unit was written (in the cell, its column, its row or the table), not guessed.
        var measureKnown: Bool
        /// The year a row stands for, in a table of years in rows (| 年份 | 年末有效（家） |).
        var rowYear: Int? = nil
    }

    static let unitWords = ["万亿元", "亿元", "万元", "元"]
    /// What a cell's figure may be followed by, joined once rather than per cell.
    static let cellMeasures = unitWords + MeasureWords.counts

    /// "单位：元", "单位:万元" → the unit.
    static func unitDeclaration(in s: [Unicode.Scalar]) -> String? {
        guard s.count < 80, s.contains("单") else { return nil }
        let t = s.filter { $0 != " " }
        guard t.count >= 3 else { return nil }
        // Every 单位： of the line: "编制单位：上海市…委员会	单位：万元" declares its unit in the second.
        for k in 0...(t.count - 3) where t[k] == "单" && t[k + 1] == "位" && (t[k + 2] == ":" || t[k + 2] == "：") {
            let start = k + 3
            if let money = unitWords.first(where: { t[start...].starts(with: $0.unicodeScalars) }) { return money }
            // A count (`（单位：件）` over a table of applications): the whole word, closed by a
            // bracket or the line's end, so 单位：个人 is not 个.
            if let count = MeasureWords.counts.first(where: { m in
                let end = start + m.scalarCount
                return t[start...].starts(with: m.unicodeScalars) && (end == t.count || closers.contains(t[end]) || t[end] == "\t")
            }) { return count }
        }
        return nil
    }

    /// A row with a cell of its own that is the declaration (`表1\t（单位：万元）`), not a
    /// header cell that names its column's unit (`本年收费金额（单位：万元）`).
    static func declaresInOwnCell(_ s: [Unicode.Scalar]) -> Bool {
        cellRanges(s).contains { r in
            var t = s[r].drop { $0 == "（" || $0 == "(" || $0 == " " }
            if t.first == "计" { t = t.dropFirst() }   // 计量单位
            return t.starts(with: "单位".unicodeScalars)
        }
    }

    private static let closers: Set<Unicode.Scalar> = ["）", ")", "，", ",", "；", ";", "、", "]", "】"]

    // MARK: Rows and cells

    /// A Markdown table row: `| a | b |`.
    static func isPipeRow(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, s[i] == " " { i += 1 }
        guard i < s.count, s[i] == "|" else { return false }
        return s[(i + 1)...].contains("|")
    }

    /// Whether a line is a table row at all.
    static func isRow(_ s: [Unicode.Scalar]) -> Bool { s.contains("\t") || isPipeRow(s) }

    /// `|---|:---:|`: the line under a Markdown header.
    static func isSeparatorRow(_ s: [Unicode.Scalar]) -> Bool {
        isPipeRow(s) && s.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " }
    }

    /// The scalar ranges of a row's cells, empty ones included, trimmed of spaces.
    static func cellRanges(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        let pipe = isPipeRow(s)
        let separator: Unicode.Scalar = pipe ? "|" : "\t"
        var cells: [Range<Int>] = []
        // Room for a usual row at once: growing from empty allocated four times for ten cells.
        cells.reserveCapacity(16)
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == separator {
            var r = start..<i
            while r.lowerBound < r.upperBound, s[r.lowerBound] == " " || s[r.lowerBound] == "\u{3000}" { r = (r.lowerBound + 1)..<r.upperBound }
            while r.lowerBound < r.upperBound, s[r.upperBound - 1] == " " { r = r.lowerBound..<(r.upperBound - 1) }
            cells.append(r)
            start = i + 1
        }
        if pipe {
            // The text before the first pipe and after the last is no cell.
            if let f = cells.first, f.isEmpty { cells.removeFirst() }
            if let l = cells.last, l.isEmpty { cells.removeLast() }
        }
        return cells
    }

    /// A header row: cells of words (and years) with no figure among them.
    /// What a table writes in a cell with no amount.
    static let placeholders: ScalarSet = ["—", "-", "–", "－", "/", "…", "─", "×", " "]

    static func isHeaderRow(_ s: [Unicode.Scalar]) -> Bool {
        guard !isSeparatorRow(s) else { return false }
        let all = cellRanges(s).filter { !$0.isEmpty }
        // "二、政府性基金拨款收入	—	—	—": a row with no amounts, not a header that would
        // start the columns over (and give the next rows' 2024 column the budget's year).
        let cells = all.filter { r in !r.allSatisfy { placeholders.contains(s[$0]) } }
        if cells.count < all.count, cells.count <= 1 { return false }
        guard cells.count >= 2 else { return false }
        var words = 0
        for r in cells {
            if let v = cellValue(s, r) {
                // "2023" as a column name: a plain year, not a figure.
                guard v.measure == nil, v.value == v.value.rounded(), (1990...2099).contains(v.value) else { return false }
            } else if !r.allSatisfy({ QuantityScanner.isDigit(s[$0]) || s[$0] == "." }) {
                // `受6家企业注册地迁出影响` in a remarks column: a count in words is a row's
                // text, not a column's name (a header counts no 家, 项 or 人).
                if countsThings(s, r) { return false }
                words += 1
            }
        }
        return words >= 1
    }

    /// Whether a cell writes a digit right before a counting word (`6家`, `2个项目`).
    static func countsThings(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count >= 2 else { return false }
        for i in r.lowerBound..<(r.upperBound - 1) where QuantityScanner.isDigit(s[i]) && TableLayout.countOfMeasure.contains(s[i + 1]) {
            return true
        }
        return false
    }

    /// A cell holding only a figure: "5,474,429,543", "-7,404.4", "446.00", "0.6%",
    /// "39580.3亿元"; with the unit it writes, if any.
    static func cellValue(_ s: [Unicode.Scalar], _ r: Range<Int>) -> (value: Double, measure: String?, numberEnd: Int)? {
        cellFigure(s, r).map { ($0.value, $0.measure, $0.numberEnd) }
    }

    /// A cell's figure with the bound an indicator table writes before it (`≥150万次`: at
    /// least, `≤5个工作日`: at most).
    static func cellFigure(_ s: [Unicode.Scalar], _ r: Range<Int>) -> (value: Double, measure: String?, numberEnd: Int, qualifier: Qualifier)? {
        guard !r.isEmpty else { return nil }
        var qualifier = Qualifier.exact
        var r = r
        // `**1,420**`: a Markdown table's emphasis around the figure is no part of it.
        if r.count > 4, s[r.lowerBound] == "*", s[r.lowerBound + 1] == "*", s[r.upperBound - 1] == "*", s[r.upperBound - 2] == "*" {
            r = (r.lowerBound + 2)..<(r.upperBound - 2)
        }
        if let q = boundSigns[s[r.lowerBound]] {
            qualifier = q
            r = (r.lowerBound + 1)..<r.upperBound
            while r.lowerBound < r.upperBound, s[r.lowerBound] == " " { r = (r.lowerBound + 1)..<r.upperBound }
            guard !r.isEmpty else { return nil }
        }
        // "25以下", "45以上", "6左右": a goal cell writes its bound after the number.
        var upper = r.upperBound
        while upper > r.lowerBound, s[upper - 1] == " " { upper -= 1 }
        if qualifier == .exact, upper - r.lowerBound >= 3, let q = trailingBounds.first(where: { w in
            upper - r.lowerBound > w.word.count && s[(upper - w.word.count)..<upper].elementsEqual(w.word) }) {
            qualifier = q.qualifier
            r = r.lowerBound..<(upper - q.word.count)
        }
        guard let v = plainCellValue(s, r) else { return nil }
        return (v.value, v.measure, v.numberEnd, qualifier)
    }

    static let trailingBounds: [(word: [Unicode.Scalar], qualifier: Qualifier)] = [
        (Array("以上".unicodeScalars), .over), (Array("以下".unicodeScalars), .under), (Array("左右".unicodeScalars), .approx),
        (Array("以内".unicodeScalars), .under)]

    static let boundSigns: [Unicode.Scalar: Qualifier] = ["≥": .over, "≤": .under, ">": .over, "<": .under, "＞": .over, "＜": .under]

    private static func plainCellValue(_ s: [Unicode.Scalar], _ r: Range<Int>) -> (value: Double, measure: String?, numberEnd: Int)? {
        // A cell of words (most header cells) is no number: the loop below would stop at its
        // first scalar with no digit read. Answered before the byte array is allocated.
        guard let c0 = r.isEmpty ? nil : s[r.lowerBound],
              QuantityScanner.isDigit(c0) || c0 == "." || c0 == "-" || c0 == "－" || c0 == "+" || c0 == "," || c0 == " " else { return nil }
        // The number's ASCII gathered as bytes: appending to a string's scalar view cost
        // hundreds of instructions a digit.
        var text: [UInt8] = []
        text.reserveCapacity(r.count)
        var k = r.lowerBound
        var digits = 0
        while k < r.upperBound {
            let c = s[k]
            if QuantityScanner.isDigit(c) { text.append(UInt8(truncatingIfNeeded: c.value)); digits += 1 }
            else if c == "." { text.append(0x2E) }
            else if (c == "-" || c == "－") && k == r.lowerBound { text.append(0x2D) }
            // `+1.4` in a 变化 column: a rise written with its sign.
            else if c == "+" && k == r.lowerBound { }
            else if c == "," || c == " " { }
            else { break }
            k += 1
        }
        // A number longer than a double holds exactly (it may read as infinity) is still a
        // cell's figure: the reader skips it with its reason (ExactNumber), never as a label.
        guard digits > 0, let value = Double(String(decoding: text, as: UTF8.self)) else { return nil }
        var end = k
        while end > r.lowerBound, s[end - 1] == " " { end -= 1 }
        if k == r.upperBound { return (value, nil, end) }
        let rest = String(scalars: s[k..<r.upperBound]).filter { $0 != " " }
        if rest.hasSameBytes(as: "%") { return (value, "%", end) }
        // "2024年", "2024年度": a column's year, not a figure.
        if (rest.hasSameBytes(as: "年") || rest.hasSameBytes(as: "年度")), value == value.rounded(), (1900...2099).contains(value) { return nil }
        if let m = cellMeasures.first(where: { rest.hasSameBytes(as: $0) }) { return (value, m, end) }
        // "162.4万次", "45.8万小时": a scale word before a count.
        if let scale = rest.unicodeScalars.first, scale == "万" || scale == "亿",
           MeasureWords.counts.contains(where: { String(rest.unicodeScalars.dropFirst()).hasSameBytes(as: $0) }) {
            return (value, rest, end)
        }
        return nil
    }

    /// "有效期内高新技术企业（家）", "技术合同成交额（亿元）": a row label that writes its unit
    /// in brackets at its end → the label without it, and the unit.
    static func labelUnit(_ label: String) -> (label: String, measure: String)? {
        let s = label.scalarArray
        guard let last = s.last, last == "）" || last == ")",
              let open = s.lastIndex(where: { $0 == "（" || $0 == "(" }), open >= 2,
              let m = TableLayout.headerMeasure(Array(s[open...])) else { return nil }
        return (String(scalars: s[..<open]).trimmingSpaces, m)
    }

    static let scoreHeaders = ["分值", "得分", "分数", "评分", "权重"]

    /// The figures of a data row. `unit` is the table's declared unit ("" if none).
    static func cells(of line: ScalarLine, unit: String, layout: TableLayout) -> [Cell] {
        let s = line.scalars
        let ranges = cellRanges(s)
        var result: [Cell] = []
        var label: String? = nil
        var labelColumn = 0
        var labelMeasure: String? = nil
        var valuesSinceLabel = 0
        var codes = 0
        // The row's own unit, from a 单位 column.
        var rowUnit: String? = nil
        let totalColumn = layout.totalColumn
        // A table of periods in rows: its 全年 or 合计 row is the columns' whole-year figure.
        let periodRows = layout[column: 0].map { c in Self.periodHeaders.contains { c.text.hasSameBytes(as: $0) } } ?? false
        for (c, r) in ranges.enumerated() where layout[column: c]?.isUnit == true && !r.isEmpty {
            rowUnit = String(scalars: s[r])
        }
        // A table of years in rows (年份 | 年末有效（家） | 当年新认定（家）): the row's year
        // dates its figures, each column names its metric.
        var rowYear: Int? = nil
        if let c0 = layout[column: 0], Self.yearHeaders.contains(where: { c0.text.hasSameBytes(as: $0) }),
           let r0 = ranges.first, let y = Self.rowYearLabel(Array(s[r0])) {
            rowYear = y
        }
        for (c, r) in ranges.enumerated() {
            if r.isEmpty { continue }
            let column = layout[column: c]
            if column?.isUnit == true { continue }
            if let y = rowYear {
                guard c > 0, let col = column, col.year == nil, let name = Self.columnName(col.text),
                      let v = cellFigure(s, r), v.value != 0 else { continue }
                let measure = v.measure ?? col.measure ?? (unit.isEmpty ? nil : unit)
                result.append(Cell(subject: name, label: String(y), columnPart: nil, quantity: Quantity(value: v.value, measure: measure ?? "", qualifier: v.qualifier),
                                   number: r.lowerBound..<v.numberEnd, firstValueOfRow: true, codeDepth: 0, column: c, labelColumn: 0,
                                   measureKnown: measure != nil, rowYear: y))
                continue
            }
            if let v = cellFigure(s, r) {
                guard let l = label else { codes += 1; continue }   // codes (205, 01) stand before the label
                valuesSinceLabel += 1
                if v.value == 0 { continue }
                // 申请人情况（单位：件） over the labels declares the unit of the whole table,
                // except of its scores (项目资金（万元） | … | 分值 | 得分: 9.7 is no 万元).
                let labelsUnit = column.map { c in Self.scoreHeaders.contains { c.text.hasBytes($0) } } == true ? nil : layout[column: labelColumn]?.measure
                let measure = v.measure ?? column?.measure ?? labelMeasure ?? rowUnit ?? labelsUnit ?? (unit.isEmpty ? nil : unit)
                var subject = l
                var columnPart: String? = nil
                // The first figure is the row's own (合计 first), unless a total column follows the parts.
                // A row of a period (1月, 第一季度, 全年) in a table whose columns are the metrics
                // (月份 | 接待观众（万人次） | 教育活动（场）): the column names what, the row when.
                // (Not when the columns are years: | 月份 | 2025 | 2024 | names no metric.)
                if let col = column, col.year == nil, let period = Self.periodLabel(l, periodRows: periodRows), let name = Self.columnName(col.text) {
                    subject = period.isEmpty ? name : name + "（" + period + "）"
                } else if let col = column, col.isCategory, valuesSinceLabel > 1 || totalColumn != nil { subject = l + "（" + col.text + "）"; columnPart = col.text }
                result.append(Cell(subject: subject, label: l, columnPart: columnPart, quantity: Quantity(value: v.value, measure: measure ?? "", qualifier: v.qualifier), number: r.lowerBound..<v.numberEnd,
                                   firstValueOfRow: valuesSinceLabel == 1, codeDepth: codes, column: c, labelColumn: labelColumn,
                                   measureKnown: measure != nil))
            } else if isPlaceholder(s[r]) {
                continue   // "—", "/", "-": a cell with no figure, not the next row label
            } else {
                label = cleanLabel(String(scalars: s[r]))
                labelColumn = c
                labelMeasure = nil
                if let l = label, let u = labelUnit(l) { label = u.label; labelMeasure = u.measure }
                valuesSinceLabel = 0
            }
        }
        return result
    }

    /// A row label that is a period: `1月`–`12月`, `第一季度`, `上半年` (as written), or in a
    /// table of periods (`月份` heads its first column) the year's `全年`/`合计` ("": the
    /// column's figure for the whole year).
    static func periodLabel(_ label: String, periodRows: Bool) -> String? {
        // Asked of every figure's row: most labels end in no period word (月, 度, 年, 计).
        guard let end = label.unicodeScalars.last, periodEnds.contains(end) else { return nil }
        let s = label.scalarArray.filter { $0 != " " && $0 != "\u{3000}" }
        if periodRows, ["全年", "全年合计", "合计", "总计"].contains(where: { String(scalars: s).hasSameBytes(as: $0) }) { return "" }
        if s.last == "月", (2...3).contains(s.count), s.dropLast().allSatisfy(QuantityScanner.isDigit),
           let m = Int(String(scalars: s.dropLast())), (1...12).contains(m) { return String(scalars: s) }
        if ["第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度", "上半年", "下半年"].contains(where: { String(scalars: s).hasSameBytes(as: $0) }) {
            return String(scalars: s)
        }
        return nil
    }

    static let periodEnds: ScalarSet = ["月", "度", "年", "计"]
    static let yearHeaders = ["年份", "年度", "年"]

    /// A row label that is a year: 2022, 2022年, 2022年度.
    static func rowYearLabel(_ cell: [Unicode.Scalar]) -> Int? {
        let t = cell.filter { $0 != " " && $0 != "\u{3000}" && $0 != "*" }
        guard t.count >= 4, t.count <= 6, let y = YearResolver.fourDigitYear(t, endingBefore: 4), (1990...2099).contains(y) else { return nil }
        let rest = String(scalars: t.dropFirst(4))
        return rest.isEmpty || rest.hasSameBytes(as: "年") || rest.hasSameBytes(as: "年度") ? y : nil
    }
    static let periodHeaders = ["月份", "月度", "时间", "季度", "期间", "日期"]

    /// A header cell as a metric's name: without its unit in brackets (`接待观众（万人次）`).
    static func columnName(_ text: String) -> String? {
        var s = text.scalarArray
        if let open = s.lastIndex(where: { $0 == "（" || $0 == "(" }), s.last == "）" || s.last == ")" { s.removeSubrange(open...) }
        while s.last == "%" || s.last == "％" { s.removeLast() }
        return s.count >= 2 ? String(scalars: s) : nil
    }

    static let placeholderMarks: ScalarSet = ["—", "–", "-", "－", "/", "／", "…", "─", "×", " "]

    /// A cell of dashes or a slash: the figure is missing or does not apply.
    static func isPlaceholder(_ cell: ArraySlice<Unicode.Scalar>) -> Bool {
        cell.contains { $0 != " " } && cell.allSatisfy { placeholderMarks.contains($0) }
    }

    /// "一、财政拨款收入" → "财政拨款收入"; "1、一般预算资金" → "一般预算资金"; "其中：税收收入" → "税收收入".
    static func cleanLabel(_ label: String) -> String {
        var scalars = label.scalarArray
        // Brackets either width: the normaliser folds （一） to (一).
        if let sep = scalars.prefix(4).firstIndex(where: { $0 == "、" || $0 == "." || $0 == "）" || $0 == ")" }),
           scalars[..<sep].allSatisfy({ ChineseNumerals.isNumeral($0) || QuantityScanner.isDigit($0) || $0 == "（" || $0 == "(" }) {
            scalars.removeSubrange(...sep)
        }
        for lead in ["其中：", "其中:", "其中"] where String(scalars: scalars).startsWithBytes(lead) && scalars.count > lead.scalarCount {
            scalars.removeFirst(lead.scalarCount)
            break
        }
        return String(scalars: scalars).trimmingSpaces
    }
}
