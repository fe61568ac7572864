import Foundation

/// Numbers the sources a briefing cites, once each, in order of first use, so every figure
/// can point at "file:line “quote”".
final class SourceNotes {
    private var index: [String: Int] = [:]
    private(set) var notes: [Provenance] = []

    func number(for p: Provenance) -> Int {
        let key = "\(p.document)|\(p.article ?? "")|\(p.offset)"
        if let n = index[key] { return n }
        notes.append(p)
        index[key] = notes.count
        return notes.count
    }

    var value: MustacheValue {
        .list(notes.enumerated().map { i, p in
            ["n": .int(i + 1), "document": .string((p.document as NSString).lastPathComponent), "path": .string(p.document),
             "article": .optional(p.article), "line": .int(p.line), "quote": .string(p.quote)]
        })
    }
}

/// How figures are written in a briefing.
enum FigureText {
    /// "5,514 项", "超 1.4 亿元", "近 250 项", "97.7%".
    static func text(_ q: Quantity) -> String {
        let prefix: String
        switch q.qualifier {
        case .exact: prefix = ""
        case .over: prefix = "超 "
        case .nearly: prefix = "近 "
        case .approx: prefix = "约 "
        case .under: prefix = "不到 "
        }
        let number = NumberFormatting.grouped(q.value)
        if q.measure == "%" { return prefix + number + "%" }
        return prefix + number + (q.measure.isEmpty ? "" : " " + q.measure)
    }

    static func levelName(_ l: Honour.Level) -> String {
        switch l {
        case .national: return "国家级"
        case .municipal: return "市级"
        case .district: return "区级"
        case .system: return "系统内"
        case .other: return "其他"
        }
    }

    static func categoryName(_ c: FactCategory) -> String {
        switch c {
        case .service: return "服务"
        case .satisfaction: return "满意度"
        case .honour: return "荣誉"
        case .finance: return "财务"
        case .people: return "人员"
        case .output: return "产出"
        case .growth: return "增长"
        case .other: return "其他"
        }
    }
}
