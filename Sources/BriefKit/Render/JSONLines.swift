/// The lines `brief extract --format jsonl` writes, built straight into a string.
///
/// Same keys, order and text as `ExtractionJSON` written by `JSONWriter` (a test holds the
/// two together), without building a `JSONValue` tree per fact: this is the hot path of
/// streaming extraction.
enum JSONLines {
    static func fact(_ f: Fact, into out: inout String) {
        out += "{\"type\":\"fact\",\"subject\":"
        JSONWriter.writeString(f.subject, into: &out)
        out += ",\"value\":"
        out += NumberFormatting.plain(f.quantity.value)
        out += ",\"measure\":"
        JSONWriter.writeString(f.quantity.measure, into: &out)
        out += ",\"qualifier\":"
        JSONWriter.writeString(f.quantity.qualifier.rawValue, into: &out)
        out += ",\"year\":"
        out += f.year.map { String($0) } ?? "null"
        out += ",\"category\":"
        JSONWriter.writeString(f.category.rawValue, into: &out)
        out += ",\"metric\":"
        optional(f.metric, into: &out)
        out += f.key ? ",\"key\":true" : ",\"key\":false"
        out += f.confident ? ",\"confident\":true" : ",\"confident\":false"
        out += ",\"source\":"
        JSONWriter.writeString(f.source.rawValue, into: &out)
        provenance(f.provenance, into: &out)
        out += "}\n"
    }

    static func honour(_ h: Honour, into out: inout String) {
        out += "{\"type\":\"honour\",\"title\":"
        JSONWriter.writeString(h.title, into: &out)
        out += ",\"level\":"
        JSONWriter.writeString(h.level.rawValue, into: &out)
        out += ",\"recipient\":"
        JSONWriter.writeString(h.recipient, into: &out)
        out += ",\"issuer\":"
        optional(h.issuer, into: &out)
        out += ",\"year\":"
        out += h.year.map { String($0) } ?? "null"
        out += ",\"source\":"
        JSONWriter.writeString(h.source.rawValue, into: &out)
        provenance(h.provenance, into: &out)
        out += "}\n"
    }

    private static func provenance(_ p: Provenance, into out: inout String) {
        out += ",\"document\":"
        JSONWriter.writeString(p.document, into: &out)
        out += ",\"article\":"
        optional(p.article, into: &out)
        out += ",\"line\":"
        out += String(p.line)
        out += ",\"column\":"
        out += String(p.column)
        out += ",\"offset\":"
        out += String(p.offset)
        out += ",\"length\":"
        out += String(p.length)
        out += ",\"quote\":"
        JSONWriter.writeString(p.quote, into: &out)
    }

    private static func optional(_ s: String?, into out: inout String) {
        if let s { JSONWriter.writeString(s, into: &out) } else { out += "null" }
    }
}
