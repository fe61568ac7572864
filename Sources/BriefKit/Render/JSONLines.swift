/// The lines `brief extract --format jsonl` writes, built straight into UTF-8 bytes.
///
/// Same keys, order and text as `ExtractionJSON` written by `JSONWriter` (a test holds the
/// two together), without building a `JSONValue` tree per fact: this is the hot path of
/// streaming extraction.
enum JSONLines {
    static func fact(_ f: Fact, into out: inout [UInt8]) {
        out.append(contentsOf: "{\"type\":\"fact\",\"subject\":".utf8)
        JSONWriter.writeString(f.subject, into: &out)
        out.append(contentsOf: ",\"value\":".utf8)
        out.append(contentsOf: NumberFormatting.plain(f.quantity.value).utf8)
        out.append(contentsOf: ",\"measure\":".utf8)
        JSONWriter.writeString(f.quantity.measure, into: &out)
        out.append(contentsOf: ",\"qualifier\":".utf8)
        JSONWriter.writeString(f.quantity.qualifier.rawValue, into: &out)
        out.append(contentsOf: ",\"year\":".utf8)
        out.append(contentsOf: (f.year.map { String($0) } ?? "null").utf8)
        out.append(contentsOf: ",\"category\":".utf8)
        JSONWriter.writeString(f.category.rawValue, into: &out)
        out.append(contentsOf: ",\"metric\":".utf8)
        optional(f.metric, into: &out)
        out.append(contentsOf: (f.key ? ",\"key\":true" : ",\"key\":false").utf8)
        out.append(contentsOf: (f.confident ? ",\"confident\":true" : ",\"confident\":false").utf8)
        out.append(contentsOf: ",\"source\":".utf8)
        JSONWriter.writeString(f.source.rawValue, into: &out)
        provenance(f.provenance, into: &out)
        out.append(contentsOf: "}\n".utf8)
    }

    static func honour(_ h: Honour, into out: inout [UInt8]) {
        out.append(contentsOf: "{\"type\":\"honour\",\"title\":".utf8)
        JSONWriter.writeString(h.title, into: &out)
        out.append(contentsOf: ",\"level\":".utf8)
        JSONWriter.writeString(h.level.rawValue, into: &out)
        out.append(contentsOf: ",\"recipient\":".utf8)
        JSONWriter.writeString(h.recipient, into: &out)
        out.append(contentsOf: ",\"issuer\":".utf8)
        optional(h.issuer, into: &out)
        out.append(contentsOf: ",\"year\":".utf8)
        out.append(contentsOf: (h.year.map { String($0) } ?? "null").utf8)
        out.append(contentsOf: ",\"source\":".utf8)
        JSONWriter.writeString(h.source.rawValue, into: &out)
        provenance(h.provenance, into: &out)
        out.append(contentsOf: "}\n".utf8)
    }

    private static func provenance(_ p: Provenance, into out: inout [UInt8]) {
        out.append(contentsOf: ",\"document\":".utf8)
        JSONWriter.writeString(p.document, into: &out)
        out.append(contentsOf: ",\"article\":".utf8)
        optional(p.article, into: &out)
        out.append(contentsOf: ",\"line\":".utf8)
        out.append(contentsOf: String(p.line).utf8)
        out.append(contentsOf: ",\"column\":".utf8)
        out.append(contentsOf: String(p.column).utf8)
        out.append(contentsOf: ",\"offset\":".utf8)
        out.append(contentsOf: String(p.offset).utf8)
        out.append(contentsOf: ",\"length\":".utf8)
        out.append(contentsOf: String(p.length).utf8)
        out.append(contentsOf: ",\"quote\":".utf8)
        JSONWriter.writeString(p.quote, into: &out)
    }

    private static func optional(_ s: String?, into out: inout [UInt8]) {
        if let s { JSONWriter.writeString(s, into: &out) } else { out.append(contentsOf: "null".utf8) }
    }
}
