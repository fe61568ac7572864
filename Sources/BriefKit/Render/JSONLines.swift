/// The lines `brief extract --format jsonl` writes, built straight into UTF-8 bytes.
///
/// Same keys, order and text as `ExtractionJSON` written by `JSONWriter` (a test holds the
/// two together), without building a `JSONValue` tree per fact: this is the hot path of
/// streaming extraction. Each line is written into one buffer bounded in advance, not
/// appended to the output piece by piece.
enum JSONLines {
    /// Room for a line's keys, punctuation and integers (each at most 20 digits and a sign).
    private static let fixedBound = 512

    /// Enum raw values go through `ByteWriter.name`: plain letters, no escape scan.
    static func fact(_ f: Fact, into out: inout [UInt8]) {
        let value = NumberFormatting.plain(f.quantity.value)
        let p = f.provenance
        // Summed term by term: an array of the strings would be one more allocation a line.
        var bound = fixedBound + value.utf8.count + room(f.subject) + room(f.quantity.measure) + room(f.quantity.qualifier.rawValue)
        bound += room(f.role.rawValue) + room(f.category.rawValue) + room(f.metric) + room(f.name) + room(f.source.rawValue)
        bound += room(p.document) + room(p.article) + room(p.quote)
        out.appendWritten(atMost: bound) { w in
            w.literal("{\"type\":\"fact\",\"subject\":")
            w.string(f.subject)
            w.literal(",\"value\":")
            w.text(value)
            w.literal(",\"measure\":")
            w.string(f.quantity.measure)
            w.literal(",\"qualifier\":")
            w.name(f.quantity.qualifier.rawValue)
            w.literal(",\"year\":")
            if let y = f.year { w.integer(y) } else { w.literal("null") }
            w.literal(",\"role\":")
            w.name(f.role.rawValue)
            w.literal(",\"baseYear\":")
            if let y = f.baseYear { w.integer(y) } else { w.literal("null") }
            w.literal(",\"category\":")
            w.name(f.category.rawValue)
            w.literal(",\"metric\":")
            optional(f.metric, into: &w)
            w.literal(",\"name\":")
            w.string(f.name)
            w.literal(f.key ? ",\"key\":true" : ",\"key\":false")
            w.literal(f.confident ? ",\"confident\":true" : ",\"confident\":false")
            w.literal(",\"source\":")
            w.name(f.source.rawValue)
            provenance(p, into: &w)
            w.literal("}\n")
        }
    }

    static func honour(_ h: Honour, into out: inout [UInt8]) {
        let p = h.provenance
        var bound = fixedBound + room(h.title) + room(h.level.rawValue) + room(h.recipient) + room(h.issuer)
        bound += room(h.source.rawValue) + room(p.document) + room(p.article) + room(p.quote)
        out.appendWritten(atMost: bound) { w in
            w.literal("{\"type\":\"honour\",\"title\":")
            w.string(h.title)
            w.literal(",\"level\":")
            w.name(h.level.rawValue)
            w.literal(",\"recipient\":")
            w.string(h.recipient)
            w.literal(",\"issuer\":")
            optional(h.issuer, into: &w)
            w.literal(",\"year\":")
            if let y = h.year { w.integer(y) } else { w.literal("null") }
            w.literal(",\"source\":")
            w.name(h.source.rawValue)
            provenance(p, into: &w)
            w.literal("}\n")
        }
    }

    /// The most a string takes written as JSON (`null` for none fits in the fixed room).
    @inline(__always)
    private static func room(_ s: String?) -> Int { s.map { ByteWriter.escapedBound($0.utf8.count) } ?? 0 }

    private static func provenance(_ p: Provenance, into w: inout ByteWriter) {
        w.literal(",\"document\":")
        w.string(p.document)
        w.literal(",\"article\":")
        optional(p.article, into: &w)
        w.literal(",\"line\":")
        w.integer(p.line)
        w.literal(",\"column\":")
        w.integer(p.column)
        w.literal(",\"offset\":")
        w.integer(p.offset)
        w.literal(",\"length\":")
        w.integer(p.length)
        w.literal(",\"quote\":")
        w.string(p.quote)
    }

    private static func optional(_ s: String?, into w: inout ByteWriter) {
        if let s { w.string(s) } else { w.literal("null") }
    }
}
