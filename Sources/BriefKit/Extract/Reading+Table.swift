/// Table rows: an honour table's rows become honours; a header row describes the columns;
/// a data row's figures take their year, role and unit from their column.
extension Reading {
    mutating func readRow(_ line: ScalarLine) {
        let s = line.scalars
        if TableReader.isSeparatorRow(s) { return }
        let reportYear = sections.year ?? context.reportYear
        var honourState = honourTable
        let locator = self.locator
        let found = honourFinder.honour(inRow: line, state: &honourState, reportYear: reportYear, make: { title, level, recipient, issuer, year, r in
            Self.makeHonour(title, level, recipient, issuer, year, r, line: line, source: .table, locator: locator)
        })
        honourTable = honourState
        if let h = found {
            func start(of text: String?) -> Int? {
                guard let t = text?.scalarArray, !t.isEmpty, t.count <= s.count else { return nil }
                return (0...(s.count - t.count)).first { s[$0..<($0 + t.count)].elementsEqual(t) }
            }
            lastHonourRow = (honours.count, start(of: h.title).map { Self.displayColumn(s, $0) }, start(of: h.issuer).map { Self.displayColumn(s, $0) })
            honours.append(h)
            return
        }
        if continueRow(s) { return }
        if TableReader.isHeaderRow(s) {
            // The line of prose right above a header row is the table's caption, if it is one.
            if let above = table.lastShortLine { table.caption = above.isEmpty ? nil : TableCaption.text(above) }
            table.lastRow = []
            table.layout.addHeader(TableReader.cellRanges(s).map { String(scalars: s[$0]) })
            return
        }
        table.layout.closeHeader()
        table.lastRow = []
        let unit = table.linesSinceUnit < 80 ? table.unit : ""
        let layout = table.layout
        let periodic = layout.hasPeriods
        let latest = layout.columns.compactMap(\.year).max()
        let totalColumn = layout.totalColumn ?? layout.achievedColumn ?? layout.finalAccountColumn
        for cell in TableReader.cells(of: line, unit: unit, layout: layout) {
            let column = layout[column: cell.column]
            let range = normalized.originalRange(line.byteRange(cell.number))
            // Too long for a double to hold as written: never rounded into a figure.
            if let problem = ExactNumber.problem(significantDigits: ExactNumber.significantDigits(in: line.scalars[cell.number])) {
                if extractor.recordsSkipped {
                    skipped.append(SkippedNumber(text: line.text(cell.number), reason: problem, provenance: locator.provenance(of: range)))
                }
                continue
            }
            var cell = cell
            let roleSuffix = layout.roleSuffix(column: cell.column)
            // 合计 of a table titled 财政拨款收支预算总表 is the 财政拨款 total, not the budget's.
            // (Not where the columns are budget and final account side by side and the row names
            // its side: 本年收入合计 年初预算数 / 决算数 name themselves, and the whole budget's
            // name fits neither. A bare 合计 there is still the table's.)
            if let scope = table.scope, Self.isTotalLabel(cell.label), roleSuffix == nil || TableCaption.isBareTotal(cell.label) {
                cell.subject = BudgetTableTitle.totalSubject(scope: scope, label: cell.label, column: cell.columnPart, final: table.scopeIsFinal) ?? cell.subject
            }
            // 合计 of a table captioned 审计查出问题分类 is that sum, not a total of anything.
            if table.scope == nil, let caption = table.caption, TableCaption.isBareTotal(cell.label), cell.subject.startsWithBytes(cell.label) {
                cell.subject = caption + cell.subject
            }
            if let suffix = roleSuffix, !cell.subject.endsWithBytes(suffix) { cell.subject += suffix }
            // `本月` beside `1—11月累计` in a monthly bulletin: one month's figure, named so, and
            // never the headline the cumulative one is.
            let monthOnly = column.map { TableLayout.isOneMonth($0.text) } == true && layout.columns.contains { TableLayout.isCumulative($0.text) }
            if monthOnly, let c = column { cell.subject += "（" + c.text + "）" }
            let scalars = cell.subject.scalarArray
            let final = (table.scopeIsFinal || documentIsFinal) && (column?.role ?? .actual) == .actual
            let (metric, name) = identity(of: cell.subject, scalars: scalars, measure: cell.quantity.measure, final: final)
            var category = metric?.category ?? MetricCatalog.category(subject: scalars, quantity: cell.quantity)
            // Headline rows only: the first figure of a row, at most two classification
            // levels deep, and not a figure an earlier table already gave.
            let restated = !table.figures.insert(TableFigure(value: cell.quantity.value, measure: cell.quantity.measure)).inserted
            // A row split by kind (自然人, 法人或其他组织, 总计) has its figure in the total column.
            // The total row of a titled budget or final-accounts table: its 基本支出 and 项目支出
            // columns are the main parts of the total, headlines of their own.
            let mainPart = table.scope != nil && Self.isTotalLabel(cell.label) && !(cell.columnPart ?? "").isEmpty && cell.quantity.isMoney
            let primary = !monthOnly && ((periodic ? column?.isCategory != true : totalColumn.map { $0 == cell.column } ?? cell.firstValueOfRow) || mainPart || cell.rowYear != nil)
            if !primary || cell.codeDepth >= 2 || restated { category = .other }
            var role = column?.role ?? .actual
            if role == .actual, column?.role == nil, isBudgetPlan, cell.quantity.isMoney { role = .budget }
            // A row of rates named as growth or a share (研发经费支出增长速度, 基础研究经费占…比重)
            // holds a change or a share in every year's column, no earlier level.
            if role == .actual, column?.role == nil, cell.quantity.isRate, let kind = Self.rateRowRole(scalars) { role = kind }
            var year = cell.rowYear ?? column?.year ?? ((role == .change || role == .share) ? latest : nil) ?? reportYear
            if role == .target, column?.year == nil, sections.role == .target { year = sections.year ?? year }
            var baseYear: Int? = nil
            if role == .change, let y = year {
                // The change between the table's two latest years: the earlier one is its base.
                baseYear = layout.columns.compactMap(\.year).filter { $0 < y }.max() ?? (y - 1)
                // (A change with no measure, `+1.4` beside bare scores, says too little to count
                // as growth: it keeps the category its row had.)
                if (category != .other || primary), !cell.quantity.measure.isEmpty { category = .growth }
            }
            if role == .actual, let y = cell.rowYear ?? column?.year, let r = context.reportYear, y < r { role = .baseline }
            // A section of plans makes a table's figures goals, unless its column dates them
            // before the plans (`2024年` beside `比上年增长` under 2025年工作安排).
            if role == .actual, sections.role == .target, (cell.rowYear ?? column?.year).map({ $0 >= (sections.year ?? $0) && !isPastOfPage($0) }) ?? true { role = .target }
            var quantity = cell.quantity
            quantity.measure = MeasureWords.written(quantity.measure)
            var fact = Fact(subject: cell.subject, quantity: quantity, year: year, category: category,
                            metric: primary ? metric?.id : nil, key: false,
                            confident: primary && (cell.measureKnown || metric?.countsWithoutUnit == true), source: .table, provenance: locator.provenance(of: range))
            fact.role = role
            fact.baseYear = baseYear
            // A goal is no achievement of its category (as in running text).
            if role == .target { fact.category = .other }
            // A figure outside the row's headline column is not the metric's figure: it keeps
            // its own wording as its name (a 决算数 is never named as the row's 预算).
            fact.name = primary || metric == nil ? name : SubjectNormalizer.normalizedWithScalars(cell.subject, registry: extractor.registry).text
            table.lastRow.append((facts.count, cell.column, cell.labelColumn, cell.label, primary))
            facts.append(fact)
            traces.append(FigureTrace(line: lineNumber, sentence: 0, inherits: false, inSummary: sections.isSummary,
                                      position: position + cell.number.lowerBound, inLead: false,
                                      isTotalRow: Self.isTotalLabel(cell.subject) || mainPart, fromTable: true))
        }
        if !leadSeen, !facts.isEmpty { leadSeen = true }
        _ = s
    }

    /// A row of words whose first cell is empty, right after a data row: the second line of
    /// that row's wrapped cells (`能耗在线监测平台` / `稳定运行率`, `8.46万吨` / `标准煤`), as
    /// `pdftotext -layout` prints a cell too long for its column. Its words go on the label
    /// or the measure above them; nothing else of the row changes.
    mutating func continueRow(_ s: [Unicode.Scalar]) -> Bool {
        guard !table.lastRow.isEmpty, table.linesSinceRow == 0 else { return false }
        let ranges = TableReader.cellRanges(s)
        guard let first = ranges.first, s[first].allSatisfy({ $0 == " " || $0 == "\u{3000}" }),
              !ranges.contains(where: { !$0.isEmpty && TableReader.cellValue(s, $0) != nil }) else { return false }
        var used = false
        for (c, r) in ranges.enumerated() where !r.isEmpty {
            let text = String(scalars: s[r]).trimmingSpaces
            guard !text.isEmpty else { continue }
            for entry in table.lastRow where entry.fact < facts.count {
                if c == entry.labelColumn, facts[entry.fact].subject.startsWithBytes(entry.label) {
                    let rest = facts[entry.fact].subject.unicodeScalars.dropFirst(entry.label.scalarCount)
                    let subject = entry.label + text + String(String.UnicodeScalarView(rest))
                    let (metric, name) = identity(of: subject, scalars: subject.scalarArray, measure: facts[entry.fact].quantity.measure)
                    facts[entry.fact].subject = subject
                    facts[entry.fact].name = entry.primary || metric == nil ? name : SubjectNormalizer.normalizedWithScalars(subject, registry: extractor.registry).text
                    // The row's headline figure is the metric its whole label names (`新增高新技术企业认定`
                    // / `数量`); the others keep none, as when the label is on one line.
                    if entry.primary { facts[entry.fact].metric = metric?.id }
                    used = true
                } else if c == entry.column, Self.completesMeasure(facts[entry.fact].quantity.measure, text) {
                    facts[entry.fact].quantity.measure += text
                    used = true
                }
            }
        }
        if used { table.lastRow = [] }
        return used
    }

    /// `万吨` + `标准煤`: a measure the second line finishes.
    static func completesMeasure(_ measure: String, _ tail: String) -> Bool {
        guard !measure.isEmpty, tail.scalarCount <= 6 else { return false }
        var whole = Substring(measure + tail)
        while let f = whole.unicodeScalars.first, f == "万" || f == "亿" || f == "千" || f == "百" { whole = whole.dropFirst() }
        let w = String(whole)
        return MeasureWords.counts.contains { w.hasSameBytes(as: $0) }
    }

    /// 合计, 收入总计, 支出合计: the row that sums a table.
    /// The role a rate row's label gives its cells: `.change` for a growth rate, `.share` for a share.
    static func rateRowRole(_ label: [Unicode.Scalar]) -> FactRole? {
        if rowChangeEnds.match(in: label, endingBefore: label.count) != nil { return .change }
        if rowShareEnds.match(in: label, endingBefore: label.count) != nil { return .share }
        return nil
    }
    static let rowChangeEnds = WordList(["增长速度", "增长率", "增速", "增幅", "同比增长", "比上年增长", "增减率", "增长"])
    static let rowShareEnds = WordList(["比重", "占比", "所占比例"])

    static func isTotalLabel(_ label: String) -> Bool {
        ["合计", "总计", "小计"].contains { label.endsWithBytes($0) } || ["总收入", "总支出"].contains { label.hasSameBytes(as: $0) }
    }
}
