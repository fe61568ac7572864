/// Honour tables: numbered rows read by their header's columns (序号 荣誉名称 授予单位 获得者
/// 级别) or in the order of 001's table, a group label's level carried down the rows.
extension HonourExtractor {
    static let groupLabels: [(String, Honour.Level)] = [
        ("市科技系统", .system), ("上科院系统", .system), ("科技系统", .system), ("系统", .system),
        ("国家级", .national), ("国家", .national), ("全国", .national), ("上海市", .municipal), ("市级", .municipal),
        ("区级", .district), ("其他", .other), ("其它", .other),
    ]

    /// State carried down an honour table: the current group label.
    struct TableState {
        var level: Honour.Level? = nil
        /// Earlier rows were honours: this is an honours table, so every numbered row is one.
        var isHonourTable = false
        /// What each column holds, from a header row (序号 荣誉名称 授予单位 获得者 级别);
        /// nil: the order of 001's table (序号 级别? 获得者 荣誉 颁发单位).
        var columns: [Column]? = nil
        /// Short lines since the last row: a title or issuer wrapped onto the next line keeps
        /// the table open.
        var linesSinceRow = 0
        /// The header's first column is the title (荣誉名称 | 授予单位 | 级别 | 时间): its rows
        /// are not numbered.
        var unnumbered = false
    }

    enum Column { case number, title, issuer, recipient, level, other }

    /// The columns a header row names, if it is the header of an honours table.
    static func headerColumns(_ cells: [String]) -> [Column]? {
        guard let first = cells.first else { return nil }
        let numbered = ["序号", "编号", "No.", "序"].contains(first)
        // 荣誉名称 | 授予单位 | 级别: a table of honours whose rows are not numbered, if it also
        // names who gave them or their level.
        guard numbered || titleHeaders.contains(first) else { return nil }
        let columns: [Column] = cells.enumerated().map { k, c in
            if k == 0, numbered { return .number }
            if ["授予", "颁发", "授奖", "评选单位", "发文", "认定单位", "主办"].contains(where: { c.hasBytes($0) }) { return .issuer }
            if ["获得者", "获奖者", "获奖单位", "获奖人", "获得单位", "获奖部门", "集体/个人", "获奖对象", "获得人", "荣获单位",
                "姓名", "集体名称", "获奖集体", "受表彰", "表彰对象"].contains(where: { c.hasBytes($0) }) { return .recipient }
            if ["级别", "等级", "层级"].contains(where: { c.hasBytes($0) }) { return .level }
            // 荣誉名称, 荣誉称号, 奖项: not 单位名称 (a table of units is no table of honours).
            if ["荣誉", "称号", "奖项", "奖励", "获奖名称", "表彰"].contains(where: { c.hasBytes($0) }) { return .title }
            return .other
        }
        guard columns.contains(.title) else { return nil }
        return numbered || columns.contains(.issuer) || columns.contains(.level) ? columns : nil
    }
    /// The first scalar that is no blank, tab or pipe.
    static func firstWordScalar(_ s: [Unicode.Scalar]) -> Int? {
        s.firstIndex { $0 != " " && $0 != "\t" && $0 != "|" }
    }
    static let headerLeads: ScalarSet = ["序", "编", "荣", "奖", "表"]

    static let titleHeaders = ["荣誉名称", "荣誉称号", "荣誉", "奖项", "奖项名称", "获奖名称", "荣誉/奖项", "表彰名称"]

    /// A row of a table whose header named its columns and whose rows are not numbered.
    func unnumberedHonour(_ s: [Unicode.Scalar], columns: [Column], state: inout TableState, reportYear: Int?,
                          make: (String, Honour.Level, String, String?, Int?, Range<Int>) -> Honour) -> Honour? {
        let cells = TableReader.cellRanges(s).map { (String(scalars: s[$0]).trimmingSpaces, $0) }.filter { !$0.0.isEmpty }
        guard cells.count == columns.count, let t = columns.firstIndex(of: .title), isHonourTitle(cells[t].0, approval: true) || state.isHonourTable
                || Self.level(of: cells[t].0) != .other else { return nil }
        func cell(_ c: Column) -> (String, Range<Int>)? { columns.firstIndex(of: c).map { cells[$0] } }
        let title = cells[t]
        state.isHonourTable = true
        state.linesSinceRow = 0
        let issuer = cell(.issuer)?.0
        let levelCell = cell(.level)?.0
        // A level cell the labels do not know (行业) is "other"; no cell, the title's wording.
        let labelled = levelCell.flatMap { c in Self.groupLabels.first { c.hasBytes($0.0) }?.1 }
        let level = labelled ?? (levelCell == nil ? Self.level(of: title.0) : .other)
        var recipient = Self.withoutCollective(cell(.recipient)?.0 ?? unit ?? "")
        if let u = unit, Self.selfReferences.contains(recipient) || (recipient.scalarCount <= 4 && u.endsWithBytes(recipient)) { recipient = u }
        recipient = registry.canonicalName(for: recipient) ?? recipient
        // The year in a 时间 column (2025年11月), else the title's, else the report's.
        let when = cells.first { c in c.0.scalarCount <= 12 && YearResolver.fourDigitYear(c.0.scalarArray, endingBefore: min(4, c.0.scalarCount)) != nil }
        let year = Self.receivedYear(title: title.0, stated: when.flatMap { YearResolver.fourDigitYear($0.0.scalarArray, endingBefore: 4) }, reportYear: reportYear)
        return make(title.0, level, recipient, issuer, year, title.1)
    }

    /// A row "N <level?> recipient title issuer": numbered, with an honour-like title.
    func honour(inRow line: ScalarLine, state: inout TableState, reportYear: Int?,
                make: (String, Honour.Level, String, String?, Int?, Range<Int>) -> Honour) -> Honour? {
        let s = line.scalars
        // "序号	荣誉名称	授予单位	获得者	级别": the header names the columns of the rows below.
        if s.count > 2, let f = Self.firstWordScalar(s), Self.headerLeads.contains(s[f]) {
            let cells = TableReader.cellRanges(s).map { String(scalars: s[$0]).trimmingSpaces }.filter { !$0.isEmpty }
            if let columns = Self.headerColumns(cells) {
                state.columns = columns
                state.unnumbered = columns.first != .number
                state.linesSinceRow = 0
                return nil
            }
            if s[f] == "序" || s[f] == "编" { return nil }
        }
        if state.unnumbered, let columns = state.columns {
            return unnumberedHonour(s, columns: columns, state: &state, reportYear: reportYear, make: make)
        }
        // Honour rows are numbered: reject other rows before making any string.
        var k = 0
        while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
        if k < s.count, s[k] == "+" { k += 1 }
        let digitsStart = k
        while k < s.count, QuantityScanner.isDigit(s[k]) { k += 1 }
        let digitsEnd = k
        while k < s.count, s[k] == " " { k += 1 }
        guard digitsEnd > digitsStart, k < s.count, s[k] == "\t" else { return nil }
        var cells: [(String, Range<Int>)] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\t" {
            let text = String(scalars: s[start..<i]).trimmingSpaces
            if !text.isEmpty { cells.append((text, start..<i)) }
            start = i + 1
        }
        guard cells.count >= 3, let no = Int(cells[0].0), no > 0, no < 1000 else { return nil }
        if let columns = state.columns, cells.count == columns.count {
            // A header named the columns: each cell by its column.
            func cell(_ c: Column) -> (String, Range<Int>)? { columns.firstIndex(of: c).map { cells[$0] } }
            guard let title = cell(.title) else { return nil }
            state.isHonourTable = true
            state.linesSinceRow = 0
            let issuer = cell(.issuer)?.0
            // A level cell holds for the rows after it that leave it blank (a group label).
            if let label = cell(.level).flatMap({ c in Self.groupLabels.first { c.0.hasBytes($0.0) }?.1 }) { state.level = label }
            var level = state.level ?? Self.level(of: title.0)
            if let issuer, Self.isAssociation(issuer), cell(.level) == nil { level = .other }
            var recipient = Self.withoutCollective(cell(.recipient)?.0 ?? unit ?? "")
            if let u = unit, Self.selfReferences.contains(recipient) || (recipient.scalarCount <= 4 && u.endsWithBytes(recipient)) { recipient = u }
            recipient = registry.canonicalName(for: recipient) ?? recipient
            return make(title.0, level, recipient, issuer, Self.receivedYear(title: title.0, stated: nil, reportYear: reportYear), title.1)
        }
        var rest = Array(cells.dropFirst())
        if let label = Self.groupLabels.first(where: { rest[0].0.isSameText(asPlainWord: $0.0) }) {
            state.level = label.1
            rest.removeFirst()
        }
        guard rest.count >= 2 else { return nil }
        let recipientCell = rest[0].0
        let titleCell = rest[1]
        let issuer = rest.count >= 3 ? rest[2].0 : nil
        guard state.isHonourTable || isHonourTitle(titleCell.0, approval: true) else { return nil }
        state.isHonourTable = true
        var level = state.level ?? Self.level(of: titleCell.0)
        // An association's award sits with "other" even before the table's 其他 label.
        if let issuer, Self.isAssociation(issuer) { level = .other }
        var recipient = Self.withoutCollective(recipientCell)
        recipient = registry.canonicalName(for: recipient) ?? recipient
        let year = Self.receivedYear(title: titleCell.0, stated: nil, reportYear: reportYear)
        return make(titleCell.0, level, recipient, issuer, year, titleCell.1)
    }

    /// "上海软件中心（集体）": the unit, the table's mark of a collective award dropped.
    /// Foundation's replace only when there is something to replace.
    static func withoutCollective(_ recipient: String) -> String {
        guard recipient.hasBytes("集体") else { return recipient }
        return recipient.replacingOccurrences(of: "（集体）", with: "").replacingOccurrences(of: "(集体)", with: "")
    }

    /// An association, society or party school: its awards sit with "other".
    static func isAssociation(_ issuer: String) -> Bool {
        ["协会", "学会", "党校", "联盟", "商会", "经济团体联合会"].contains { issuer.hasBytes($0) }
    }
}
