/// What a table's header rows say about its columns: the year, role and unit of each
/// (`2024年执行数`, `2025年预算数`, `增减率（%）`), which column holds each row's unit
/// (`单位`), so that a cell's figure means what its column says.
///
/// A header is a table row with no figures in it; two such rows in a row are one header
/// written over two lines (as PDF text splits `2024年` / `执行数`), read cell by cell.
struct TableLayout {
    struct Column {
        var text: String = ""
        var year: Int?
        var role: FactRole?
        /// The unit the header writes (`（万元）`, `%`), if any.
        var measure: String?
        /// A column of units (`单位`): each row's measure.
        var isUnit = false
        /// A sub-category column (`财政拨款收入` in a table of sources): its name joins the
        /// row's subject.
        var isCategory = false
    }

    var columns: [Column] = []
    /// The header rows read so far, cell texts by column.
    private var headerRows: [[String]] = []

    var isEmpty: Bool { columns.isEmpty }

    /// Whether any column dates, plans or changes its figures (a time-series table).
    var hasPeriods: Bool { columns.contains { $0.year != nil || $0.role == .change || $0.role == .share } }

    /// Takes a header row; a second one in a row extends the first cell by cell.
    mutating func addHeader(_ cells: [String]) {
        headerRows.append(cells)
        if headerRows.count > 2 { headerRows.removeFirst() }
        let width = headerRows.map(\.count).max() ?? 0
        columns = (0..<width).map { c in
            Self.column(headerRows.map { c < $0.count ? $0[c] : "" }.joined())
        }
    }

    /// A data row ends the header: the next header row starts a new table.
    mutating func closeHeader() { headerRows.removeAll() }

    mutating func reset() {
        columns = []
        headerRows = []
    }

    subscript(column c: Int) -> Column? { c >= 0 && c < columns.count ? columns[c] : nil }

    /// Budget and final figures side by side with no year to tell them apart (预算数 |
    /// 决算数 | 决算数为预算数的%): each cell's subject must say which it is, or a row's 决算
    /// would be named as its 预算.
    var mixesRoles: Bool {
        let roles = Set(columns.filter { $0.year == nil }.compactMap(\.role))
        return roles.contains(.budget) && roles.contains(.actual)
    }

    /// What a cell of column `c` adds to its row's subject in a table that mixes roles:
    /// the header without its unit (`决算数为预算数的%` → `决算数为预算数的比例`).
    /// A share column says what it is a share of in any table (`完成率(%)`, `占比`): a share
    /// named only by its row would read as the row's amount.
    func roleSuffix(column c: Int) -> String? {
        guard let col = self[column: c], col.year == nil, let role = col.role, !col.text.isEmpty,
              role == .share || (mixesRoles && (role == .budget || role == .actual)) else { return nil }
        var s = col.text.scalarArray
        // `单位：万元` of a header written over two lines is no part of the column's name.
        for lead in ["单位：", "单位:"].map(\.scalarArray) {
            guard let at = (0..<max(0, s.count - lead.count + 1)).first(where: { s[$0..<($0 + lead.count)].elementsEqual(lead) }) else { continue }
            var end = at + lead.count
            while end < s.count, Self.headerUnitScalars.contains(s[end]) { end += 1 }
            s.removeSubrange(at..<end)
        }
        for tail in ["（%）", "(%)", "%", "（万元）", "(万元)", "（元）", "(元)", "％"].map(\.scalarArray)
            where s.count > tail.count && Array(s.suffix(tail.count)) == tail {
            s.removeLast(tail.count)
            break
        }
        if s.last == "的" { s += "比例".unicodeScalars }
        return s.count >= 2 ? String(scalars: s) : nil
    }

    /// Year, role and unit from a header cell's words.
    static func column(_ raw: String) -> Column {
        let text = raw.filter { $0 != " " }
        var col = Column(text: text)
        let s = text.scalarArray
        col.year = SectionContext.headingYear(s) ?? Self.bareYear(s)
        if unitHeaders.contains(where: { text.hasSameBytes(as: $0) }) { col.isUnit = true; return col }
        if changeRateWords.occurs(in: s) { col.role = .change; col.measure = "%" }
        else if changeWords.occurs(in: s) { col.role = .change }
        else if shareWords.occurs(in: s) { col.role = .share; col.measure = "%" }
        else if actualWords.occurs(in: s) || isPeriodAmount(s) { col.role = .actual }
        else if budgetWords.occurs(in: s) { col.role = .budget }
        else if targetWords.occurs(in: s) { col.role = .target }
        // `比2025年执行数增减` over `增减额`: the year a change is measured against is its
        // base, not the year of its figures.
        if col.role == .change, let y = col.year, comparesWith(s, year: y) { col.year = nil }
        if col.measure == nil, let m = headerMeasure(s) { col.measure = m }
        // A named column that is neither a period nor a role: 财政拨款收入, 基本支出.
        if col.year == nil, col.role == nil, !labelHeaders.contains(where: { text.hasSameBytes(as: $0) }), !text.isEmpty,
           !totalHeaders.contains(where: { text.hasSameBytes(as: $0) }), col.measure == nil || text.scalarCount > 4,
           // 问题金额, 资金数额: the amount each row has, not a kind the rows are split by.
           !amountTails.contains(where: { text.endsWithBytes($0) }) {
            col.isCategory = true
        }
        return col
    }

    /// `2024` alone in a header cell (`| 指标 | 2025 | 2024 |`): that year's column.
    static func bareYear(_ s: [Unicode.Scalar]) -> Int? {
        guard s.count == 4, s.allSatisfy(QuantityScanner.isDigit), let y = Int(String(scalars: s)), (1990...2099).contains(y) else { return nil }
        return y
    }

    static let headerUnitScalars: ScalarSet = ["万", "亿", "元", "千", "百", "%", "％"]

    /// Whether the header writes `比YYYY` / `较YYYY` / `与YYYY`.
    static func comparesWith(_ s: [Unicode.Scalar], year: Int) -> Bool {
        let digits = Array(String(year).unicodeScalars)
        guard s.count > digits.count else { return false }
        for i in 1...(s.count - digits.count) where s[i..<(i + digits.count)].elementsEqual(digits) {
            if "比较与".unicodeScalars.contains(s[i - 1]) { return true }
        }
        return false
    }

    /// Measures a header counts in (`件数`, `人数`); 总数 or 指数 name no measure.
    static let countOfMeasure: Set<Unicode.Scalar> = ["件", "项", "个", "家", "人", "次", "户", "条", "篇", "场"]

    /// The column a row's total stands in: a last `总计` after the kinds it sums (`自然人`,
    /// `法人或其他组织`). Not a `合计` among periods or roles, nor one of a two-sided table
    /// (收入 `预算数` beside 支出 `合计 一般公共预算 …`), whose first figure is the row's own.
    var totalColumn: Int? {
        guard let t = columns.lastIndex(where: { !$0.text.isEmpty }), t >= 3,
              Self.totalHeaders.prefix(3).contains(where: { columns[t].text.hasSameBytes(as: $0) }),
              columns[1..<t].allSatisfy(\.isCategory) else { return nil }
        return t
    }

    /// The column of what was achieved in a table of goals and results (年度指标值 |
    /// 实际完成值 | 分值 | 得分): a row's own figure, not the goal before it.
    var achievedColumn: Int? {
        guard columns.contains(where: { $0.role == .target }) else { return nil }
        return columns.firstIndex { $0.role == .actual && $0.year == nil }
    }

    /// The final account's column beside the budget's (年初预算数 | 调整预算数 | 决算数): a
    /// row's own figure is what was spent, not what was planned before it.
    var finalAccountColumn: Int? {
        guard columns.contains(where: { $0.role == .budget }) else { return nil }
        return columns.firstIndex { $0.role == .actual && $0.year == nil && $0.text.hasBytes("决算") }
    }

    static let unitHeaders = ["单位", "计量单位", "单位名称"]
    static let labelHeaders = ["项目", "指标", "指标名称", "科目", "科目名称", "名称", "内容", "类别", "序号", "功能分类科目名称",
                               "功能分类科目编码", "类", "款", "项", "经济分类科目名称", "部门", "单位名称"]
    static let amountTails = ["金额", "数额", "总额"]
    static let totalHeaders = ["合计", "总计", "小计", "金额", "数值", "本年", "数额"]
    static let changeRateWords = WordList(["增减率", "增长率", "增长速度", "增幅", "增速", "比上年增长", "同比增长", "同比", "增减%", "增长%", "变动率"])
    static let changeWords = WordList(["增减额", "增减", "增加额", "增长额", "比上年增减", "变动额", "增减数", "增长", "变化"])
    /// 决算数为预算数的%, 执行率: one column as a proportion of another.
    static let shareWords = WordList(["占比", "比重", "构成", "所占比例", "为预算", "为调整预算", "为年初预算", "执行率", "完成率",
                                      "完成预算"])
    static let actualWords = WordList(["执行数", "决算数", "执行", "决算", "实际", "完成数", "完成情况", "实绩", "完成值"])
    /// `1-10月`, `1—10月累计`, `本期`, `累计`: the amount of the table's own period, as a
    /// statistics table heads its figures beside their growth (not a category of the rows).
    static func isPeriodAmount(_ s: [Unicode.Scalar]) -> Bool {
        if periodAmountWords.contains(where: { s.elementsEqual($0.unicodeScalars) }) { return true }
        guard let first = s.first, QuantityScanner.isDigit(first) else { return false }
        var body = s[...]
        for tail in ["累计", "合计"] where body.count > 2 && body.suffix(2).elementsEqual(tail.unicodeScalars) { body = body.dropLast(2) }
        guard body.last == "月", body.count >= 3 else { return false }
        return body.dropLast().allSatisfy { QuantityScanner.isDigit($0) || $0 == "-" || $0 == "—" || $0 == "–" || $0 == "~" || $0 == "至" }
    }
    /// A column of one month (`本月`, `当月`, `11月`), as a bulletin sets it beside the year so far.
    static func isOneMonth(_ text: String) -> Bool {
        // Asked of every table cell: most headers hold no 月, found by bytes.
        guard text.utf8.count <= 24, text.hasBytes("月") else { return false }
        let s = text.scalarArray.filter { $0 != " " }
        if ["本月", "当月", "本月数", "当月数", "本月值", "当月值"].contains(where: { s.elementsEqual($0.unicodeScalars) }) { return true }
        guard s.last == "月", (2...3).contains(s.count) else { return false }
        return s.dropLast().allSatisfy(QuantityScanner.isDigit)
    }
    /// A column of the year so far (`1—11月累计`, `累计`, `本年累计`).
    static func isCumulative(_ text: String) -> Bool {
        let s = text.scalarArray.filter { $0 != " " }
        return text.hasBytes("累计") || (isPeriodAmount(s) && s.contains(where: { $0 == "-" || $0 == "—" || $0 == "–" || $0 == "~" || $0 == "至" }))
    }

    static let periodAmountWords = ["累计", "本期", "当期", "本月", "本年累计", "累计值", "本期值", "绝对值", "总量", "绝对量"]
    static let budgetWords = WordList(["预算数", "预算", "调整预算", "年初预算"])
    /// 年度指标值 (a 绩效 table's goal column beside 实际完成值).
    static let targetWords = WordList(["目标", "计划", "预期", "规划", "指标值"])

    /// `（万元）`, `(%)`, `金额（亿元）`: the unit a header writes in brackets, or a bare `%`.
    static func headerMeasure(_ s: [Unicode.Scalar]) -> String? {
        if let open = s.lastIndex(where: { $0 == "（" || $0 == "(" }),
           let close = s[open...].firstIndex(where: { $0 == "）" || $0 == ")" }), close > open + 1 {
            var inside = String(scalars: s[(open + 1)..<close])
            // （单位：万元）
            for lead in ["单位：", "单位:"] where inside.startsWithBytes(lead) { inside = String(inside.dropFirst(lead.count)) }
            if inside.hasSameBytes(as: "%") || inside.hasSameBytes(as: "％") { return "%" }
            // （万元）, （亿美元）: a currency, with or without its scale word.
            for scale in ["", "万", "亿", "万亿"] where inside.startsWithBytes(scale) {
                let rest = String(inside.unicodeScalars.dropFirst(scale.unicodeScalars.count))
                if MeasureWords.currencies.contains(where: { rest.hasSameBytes(as: $0) }) { return inside }
            }
            if MeasureWords.counts.contains(where: { inside.hasSameBytes(as: $0) }) { return inside }
            // （万人次）, （万件）: a count with its scale word.
            if let f = inside.unicodeScalars.first, f == "万" || f == "亿" || f == "千", case let rest = String(inside.unicodeScalars.dropFirst()),
               MeasureWords.counts.contains(where: { rest.hasSameBytes(as: $0) }) { return inside }
        }
        if s.last == "%" { return "%" }
        // `本年制发件数`, `参训人数`: a count of one measure's things.
        if s.count >= 3, s.last == "数", countOfMeasure.contains(s[s.count - 2]) { return String(s[s.count - 2]) }
        return nil
    }
}
