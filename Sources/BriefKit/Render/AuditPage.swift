/// The extraction audit view: one self-contained HTML page showing each document's text
/// with every figure and honour marked where it was found, coloured by category, and the
/// numbers that were seen but not reported, with the reason. Document text is escaped.
enum AuditPage {
    struct Mark {
        var range: Range<Int>
        var cssClass: String
        var tip: String
    }

    static let css = """
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222;background:#fafafa}
    header{padding:12px 20px;background:#1f3a5f;color:#fff}header h1{margin:0;font-size:20px}
    .doc{margin:16px 20px;background:#fff;border:1px solid #ddd;border-radius:6px}
    .doc h2{margin:0;padding:10px 14px;font-size:16px;border-bottom:1px solid #eee;background:#f3f6fa}
    .cols{display:flex;gap:0}.text{flex:3;padding:12px 14px;white-space:pre-wrap;line-height:1.7;font-size:14px;max-height:70vh;overflow:auto;border-right:1px solid #eee}
    .side{flex:2;padding:12px 14px;font-size:12px;max-height:70vh;overflow:auto}
    table{border-collapse:collapse;width:100%;margin-bottom:12px}td,th{border-bottom:1px solid #eee;padding:3px 4px;text-align:left;vertical-align:top}
    mark{padding:0 1px;border-radius:3px;cursor:help}
    .c-service{background:#cfe8ff}.c-satisfaction{background:#d4f5d4}.c-honour{background:#ffe0b3}.c-finance{background:#f9d0d0}
    .c-people{background:#e6d5f7}.c-output{background:#d0f0ef}.c-growth{background:#fff3a6}.c-other{background:#e8e8e8}
    .h-honour{background:none;border-bottom:2px solid #e08a00}.skip{background:none;color:#888;text-decoration:line-through dotted}
    .key{font-weight:bold;outline:1px solid #555}.legend span{display:inline-block;padding:1px 6px;margin-right:4px;border-radius:3px;font-size:12px;color:#222}
    @media print{.text,.side{max-height:none;overflow:visible}.cols{display:block}}
    """

    static func render(_ extractions: [Extraction], texts: [String: String]) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>Brief 提取核对</title><style>\(css)</style></head><body>\n"
        out += "<header><h1>Brief 提取核对 · extraction audit</h1><div class=\"legend\">"
        for c in FactCategory.allCases { out += "<span class=\"c-\(c.rawValue)\">\(c.rawValue)</span>" }
        out += "<span class=\"skip\" style=\"background:#fff\">skipped</span></div></header>\n"
        for (i, e) in extractions.enumerated() {
            let text = e.article?.content ?? texts[e.document] ?? ""
            let heading = e.article.map { "\(e.document) · \($0.id) · \($0.date) · \($0.title)" } ?? e.document
            out += "<section class=\"doc\" id=\"d\(i)\"><h2>\(esc(heading)) — \(e.facts.count) facts, \(e.honours.count) honours, \(e.skipped.count) skipped</h2><div class=\"cols\">"
            out += "<div class=\"text\">\(highlighted(text, marks: marks(e)))</div><div class=\"side\">"
            out += sideTables(e)
            out += "</div></div></section>\n"
        }
        out += "</body></html>\n"
        return out
    }

    static func marks(_ e: Extraction) -> [Mark] {
        var m: [Mark] = []
        for f in e.facts {
            let q = f.quantity
            let tip = "\(f.subject) · \(NumberFormatting.plain(q.value)) \(q.measure) · \(q.qualifier.rawValue) · \(f.year.map(String.init) ?? "?") · \(ExtractCommand.roleText(f)) · \(f.category.rawValue)\(f.metric.map { " · " + $0 } ?? "")\(f.confident ? "" : " · unsure")"
            m.append(Mark(range: f.provenance.offset..<(f.provenance.offset + f.provenance.length),
                          cssClass: "c-\(f.category.rawValue)\(f.key ? " key" : "")", tip: tip))
        }
        for h in e.honours {
            m.append(Mark(range: h.provenance.offset..<(h.provenance.offset + h.provenance.length), cssClass: "h-honour",
                          tip: "\(h.title) · \(h.level.rawValue) · \(h.recipient)"))
        }
        for s in e.skipped {
            m.append(Mark(range: s.provenance.offset..<(s.provenance.offset + s.provenance.length), cssClass: "skip", tip: "skipped: \(s.reason)"))
        }
        return m
    }

    /// The text with marks inserted at their byte ranges; overlapping marks after the first are dropped.
    static func highlighted(_ text: String, marks: [Mark]) -> String {
        let bytes = Array(text.utf8)
        var out = ""
        var pos = 0
        for mark in marks.sorted(by: { $0.range.lowerBound < $1.range.lowerBound || ($0.range.lowerBound == $1.range.lowerBound && $0.range.count > $1.range.count) }) {
            guard mark.range.lowerBound >= pos, mark.range.upperBound <= bytes.count, !mark.range.isEmpty else { continue }
            out += esc(String(decoding: bytes[pos..<mark.range.lowerBound], as: UTF8.self))
            out += "<mark class=\"\(mark.cssClass)\" title=\"\(esc(mark.tip))\">\(esc(String(decoding: bytes[mark.range], as: UTF8.self)))</mark>"
            pos = mark.range.upperBound
        }
        out += esc(String(decoding: bytes[min(pos, bytes.count)...], as: UTF8.self))
        return out
    }

    static func sideTables(_ e: Extraction) -> String {
        var out = "<table><tr><th>line</th><th>category</th><th>subject</th><th>value</th><th>year</th><th>role</th></tr>"
        for f in e.facts {
            let q = f.quantity
            out += "<tr><td>\(f.provenance.line)</td><td class=\"c-\(f.category.rawValue)\">\(f.category.rawValue)\(f.key ? " ★" : "")</td><td>\(esc(f.subject))</td>"
            out += "<td>\(q.qualifier == .exact ? "" : esc(q.qualifier.rawValue) + " ")\(esc(NumberFormatting.plain(q.value))) \(esc(q.measure))</td><td>\(f.year.map(String.init) ?? "?")</td><td>\(esc(ExtractCommand.roleText(f)))</td></tr>"
        }
        out += "</table>"
        if !e.honours.isEmpty {
            out += "<table><tr><th>line</th><th>level</th><th>honour</th><th>recipient</th></tr>"
            for h in e.honours {
                out += "<tr><td>\(h.provenance.line)</td><td>\(h.level.rawValue)</td><td>\(esc(h.title))</td><td>\(esc(h.recipient))</td></tr>"
            }
            out += "</table>"
        }
        if !e.skipped.isEmpty {
            out += "<table><tr><th>line</th><th>seen</th><th>not reported because</th></tr>"
            for s in e.skipped {
                out += "<tr><td>\(s.provenance.line)</td><td>\(esc(s.text))</td><td>\(esc(s.reason))</td></tr>"
            }
            out += "</table>"
        }
        return out
    }

    static func esc(_ s: String) -> String { ContentType.escapeHTML(s) }
}
