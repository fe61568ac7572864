/// The lines `brief extract --format jsonl` writes, built straight into UTF-8 bytes.
///
/// Same keys, order and text as `ExtractionJSON` written by `JSONWriter` (a test holds the
/// two together), without building a `JSONValue` tree per fact: this is the hot path of
/// streaming extraction.
enum JSONLines {
    static func fact(_ f: Fact, into out: inout [UInt8]) {
        out.literal("{\"type\":\"fact\",\"subject\":")
        JSONWriter.writeString(f.subject, into: &out)
        out.literal(",\"value\":")
        out.text(NumberFormatting.plain(f.quantity.value))
        out.literal(",\"measure\":")
        JSONWriter.writeString(f.quantity.measure, into: &out)
        out.literal(",\"qualifier\":")
        JSONWriter.writeString(f.quantity.qualifier.rawValue, into: &out)
        out.literal(",\"year\":")
        if let y = f.year { out.integer(y) } else { out.literal("null") }
        out.literal(",\"role\":")
        JSONWriter.writeString(f.role.rawValue, into: &out)
        out.literal(",\"baseYear\":")
        if let y = f.baseYear { out.integer(y) } else { out.literal("null") }
        out.literal(",\"category\":")
        JSONWriter.writeString(f.category.rawValue, into: &out)
        out.literal(",\"metric\":")
        optional(f.metric, into: &out)
        out.literal(",\"name\":")
        JSONWriter.writeString(f.name, into: &out)
        out.literal(f.key ? ",\"key\":true" : ",\"key\":false")
        out.literal(f.confident ? ",\"confident\":true" : ",\"confident\":false")
        out.literal(",\"source\":")
        JSONWriter.writeString(f.source.rawValue, into: &out)
        provenance(f.provenance, into: &out)
        out.literal("}\n")
    }

    static func honour(_ h: Honour, into out: inout [UInt8]) {
        out.literal("{\"type\":\"honour\",\"title\":")
        JSONWriter.writeString(h.title, into: &out)
        out.literal(",\"level\":")
        JSONWriter.writeString(h.level.rawValue, into: &out)
        out.literal(",\"recipient\":")
        JSONWriter.writeString(h.recipient, into: &out)
        out.literal(",\"issuer\":")
        optional(h.issuer, into: &out)
        out.literal(",\"year\":")
        if let y = h.year { out.integer(y) } else { out.literal("null") }
        out.literal(",\"source\":")
        JSONWriter.writeString(h.source.rawValue, into: &out)
        provenance(h.provenance, into: &out)
        out.literal("}\n")
    }

    private static func provenance(_ p: Provenance, into out: inout [UInt8]) {
        out.literal(",\"document\":")
        JSONWriter.writeString(p.document, into: &out)
        out.literal(",\"article\":")
        optional(p.article, into: &out)
        out.literal(",\"line\":")
        out.integer(p.line)
        out.literal(",\"column\":")
        out.integer(p.column)
        out.literal(",\"offset\":")
        out.integer(p.offset)
        out.literal(",\"length\":")
        out.integer(p.length)
        out.literal(",\"quote\":")
        JSONWriter.writeString(p.quote, into: &out)
    }

    private static func optional(_ s: String?, into out: inout [UInt8]) {
        if let s { JSONWriter.writeString(s, into: &out) } else { out.literal("null") }
    }
}

extension Array where Element == UInt8 {
    /// Appends a literal's UTF-8 in one copy (appending `"…".utf8` goes element by element).
    @inline(__always)
    mutating func literal(_ s: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Appends a string's UTF-8 in one copy.
    @inline(__always)
    mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { append(contentsOf: $0) }
    }

    /// Appends a decimal integer without making a string.
    mutating func integer(_ v: Int) {
        if v < 0 { append(0x2D) }
        let m = v.magnitude
        var unit: UInt = 1
        while m / unit >= 10 { unit *= 10 }
        repeat {
            append(UInt8(truncatingIfNeeded: (m / unit) % 10) + 0x30)
            unit /= 10
        } while unit > 0
    }
}
