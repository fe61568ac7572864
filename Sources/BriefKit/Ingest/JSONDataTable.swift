/// A statistics page's data-API answer — `{"data": {"title", "unit", "columns", "rows":
/// [{"name", "value", "yoy", …}]}, "updated": …}` — written out as the text of a titled
/// table (title, source, date, `（单位：…）`, a TAB header row, one TAB row per record), so
/// the table rules that read budgets and yearbooks read it too. Provenance then refers to
/// that text, as it does for a web page's or a Word file's text.
enum JSONDataTable {
    struct Converted {
        var text: String
        var properties: DocumentProperties
    }

    /// Row fields that are no figure of the row: its place in a tree or a list.
    static let bookkeeping: Set<String> = ["level", "id", "code", "order", "sort", "seq", "pid", "parent", "parentId", "parent_id",
                                           "depth", "rank", "index", "no", "序号", "编码", "代码", "层级"]
    /// Row fields that name the row, in order of preference.
    static let labelKeys = ["name", "指标名称", "指标", "项目", "item", "label", "title", "indicator", "名称", "类别"]
    /// Row fields read as a unit: the row's own (`"unit": "家"`) or one field's (`"yoy_unit"`).
    static let unitKeys = ["unit", "单位", "计量单位"]
    /// Column names for the usual field names when the answer gives no `columns`.
    static let fieldHeaders: [String: String] = [
        "value": "数值", "val": "数值", "amount": "数值", "total": "合计", "current": "本期",
        "yoy": "同比增长（%）", "growth": "同比增长（%）", "rate": "同比增长（%）", "tb": "同比增长（%）",
        "mom": "环比增长（%）", "hb": "环比增长（%）", "share": "占比（%）", "ratio": "占比（%）", "proportion": "占比（%）",
        "last": "上年同期", "prev": "上年同期", "lastYear": "上年同期", "last_year": "上年同期",
    ]

    /// The table text, or nil when the JSON holds no array of labelled records with figures.
    static func convert(_ value: JSONValue) -> Converted? {
        guard let (container, rows) = table(in: value, depth: 0) else { return nil }
        let valueKeys = figureKeys(of: rows)
        guard !valueKeys.isEmpty else { return nil }
        func text(_ keys: [String], in objects: [JSONValue]) -> String? {
            for o in objects { for k in keys { if let s = o[k]?.stringValue?.trimmingSpaces, !s.isEmpty { return s } } }
            return nil
        }
        let scopes = [container, value]
        let title = text(["title", "标题", "name", "tableName", "table_name"], in: scopes)
        let unit = text(unitKeys, in: scopes)
        let source = text(["source", "来源", "publisher", "author", "dept", "department", "发布单位", "发布机构"], in: scopes)
        let date = text(["updated", "updateTime", "update_time", "date", "publishDate", "publish_date", "publish_time", "pubDate",
                         "发布时间", "更新时间", "time"], in: scopes).flatMap { DateText.parse($0) }
        let note = text(["note", "notes", "备注", "说明", "注释", "remark", "footnote"], in: scopes)

        var header = ["指标名称"] + valueKeys.map { fieldHeaders[$0] ?? $0 }
        if let columns = (container["columns"] ?? container["header"] ?? container["headers"] ?? container["fields"] ?? container["titles"])?.arrayValue?.compactMap({ $0.stringValue ?? $0["title"]?.stringValue ?? $0["name"]?.stringValue }),
           columns.count == valueKeys.count + 1 {
            header = columns
        }
        var lines: [String] = []
        if let title { lines.append(title) }
        if let source { lines.append("来源：" + source) }
        if let date { lines.append("发布时间：" + date) }
        if let unit { lines.append("（单位：" + unit + "）") }
        lines.append(header.map(cleanCell).joined(separator: "\t"))
        for row in rows {
            guard let label = self.label(of: row, valueKeys: valueKeys) else { continue }
            let rowUnit = unitKeys.lazy.compactMap { row[$0]?.stringValue }.first
            var cells = [cleanCell(label)]
            for k in valueKeys {
                guard let raw = row[k]?.stringValue?.trimmingSpaces, !raw.isEmpty, isFigure(raw) else { cells.append("—"); continue }
                // A field's own unit (`"yoy_unit": "百分点"`) over the row's; the row's only
                // for its first figure (a growth rate beside a count of 家 is no count).
                var own = unitKeys.lazy.compactMap { row[k + "_" + $0]?.stringValue ?? row[k + $0.capitalized]?.stringValue }.first
                if own == nil, k == valueKeys.first, let u = rowUnit, u != unit { own = u }
                if own == "百分点" { own = "个百分点" }
                cells.append(raw + (own ?? ""))
            }
            lines.append(cells.joined(separator: "\t"))
        }
        if let note { lines.append(note) }
        return Converted(text: lines.joined(separator: "\n") + "\n",
                         properties: DocumentProperties(title: title, date: date, dateIsPublication: date != nil))
    }

    /// The object holding the records and the records: the first array of two or more
    /// objects, each labelled and holding figures, found breadth-first within four levels.
    static func table(in value: JSONValue, depth: Int) -> (JSONValue, [JSONValue])? {
        guard depth < 4, case let .object(members) = value else { return nil }
        for (_, v) in members {
            if let items = v.arrayValue, items.count >= 2, items.allSatisfy({ if case .object = $0 { return true }; return false }),
               !figureKeys(of: items).isEmpty, items.allSatisfy({ label(of: $0, valueKeys: figureKeys(of: items)) != nil }) {
                return (value, items)
            }
        }
        // Records as arrays under a header (`{"columns": ["指标", "本期", "同比"], "data":
        // [["营业收入", "5,386.25", "3.1"], …]}`): each array read as the record the header names.
        if let header = ["columns", "header", "headers", "fields", "titles"].lazy.compactMap({ value[$0]?.arrayValue }).first,
           let names = Optional(header.compactMap { $0.stringValue ?? $0["title"]?.stringValue ?? $0["name"]?.stringValue }),
           names.count == header.count, names.count >= 2, Set(names).count == names.count {
            for (_, v) in members {
                guard let items = v.arrayValue, items.count >= 2,
                      items.allSatisfy({ $0.arrayValue?.count == names.count }) else { continue }
                let records = items.map { JSONValue.object(Array(zip(names, $0.arrayValue ?? [])).map { (key: $0.0, value: $0.1) }) }
                let keys = figureKeys(of: records)
                if !keys.isEmpty, records.allSatisfy({ label(of: $0, valueKeys: keys) != nil }) { return (value, records) }
            }
        }
        for (_, v) in members { if let found = table(in: v, depth: depth + 1) { return found } }
        return nil
    }

    /// The fields, in the first record's order, that hold a figure (or nothing) in every
    /// record and a figure in at least one; not a unit, not a row's bookkeeping.
    static func figureKeys(of rows: [JSONValue]) -> [String] {
        guard case let .object(first)? = rows.first else { return [] }
        return first.map(\.key).filter { key in
            guard !bookkeeping.contains(key), !unitKeys.contains(key), !unitKeys.contains(where: { key.hasSuffix("_" + $0) || key.hasSuffix($0.capitalized) }),
                  !labelKeys.contains(key) else { return false }
            var seen = false
            for r in rows {
                guard let v = r[key] else { continue }
                if case .number = v { seen = true; continue }
                guard case let .string(s) = v else { return false }
                let t = s.trimmingSpaces
                if t.isEmpty || t == "-" || t == "—" { continue }
                guard isFigure(t) else { return false }
                seen = true
            }
            return seen
        }
    }

    static func label(of row: JSONValue, valueKeys: [String]) -> String? {
        for k in labelKeys { if let s = row[k]?.stringValue?.trimmingSpaces, !s.isEmpty, !isFigure(s) { return s } }
        guard case let .object(members) = row else { return nil }
        for (k, v) in members where !valueKeys.contains(k) && !bookkeeping.contains(k) && !unitKeys.contains(k) {
            if case let .string(s) = v, !s.trimmingSpaces.isEmpty, !isFigure(s.trimmingSpaces) { return s.trimmingSpaces }
        }
        return nil
    }

    /// `5,012.36`, `-1.6`, `42.0`, `+3.1`: a number as a data API writes it (ASCII only).
    static func isFigure(_ s: String) -> Bool {
        var digits = 0
        for (i, b) in s.utf8.enumerated() {
            switch b {
            case 0x30...0x39: digits += 1
            case 0x2C, 0x2E: continue
            case 0x2D, 0x2B where i == 0: continue
            case 0x25 where i == s.utf8.count - 1: continue
            default: return false
            }
        }
        return digits > 0
    }

    /// A cell's text on one line: no TAB or line break of its own to split the row.
    static func cleanCell(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
