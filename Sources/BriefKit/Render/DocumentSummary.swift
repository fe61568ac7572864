/// The row `brief ingest` prints for a document.
struct DocumentSummary {
    var path: String, format: String, encoding: String, kind: String
    var unit: String?, year: Int?, published: String?, size: Int, articles: Int?, title: String?

    init(_ d: Document) {
        path = d.path; format = d.format.rawValue; encoding = d.encoding.rawValue; kind = d.kind.rawValue
        unit = d.unit; year = d.year; published = d.published; size = d.sizeInBytes; articles = d.articleCount; title = d.title
    }

    var json: JSONValue {
        .object([
            ("path", .string(path)), ("format", .string(format)), ("encoding", .string(encoding)),
            ("kind", .string(kind)), ("title", .optional(title)), ("unit", .optional(unit)), ("year", year.map(JSONValue.int) ?? .null),
            ("published", .optional(published)), ("size", .int(size)),
            ("articles", articles.map(JSONValue.int) ?? .null),
        ])
    }

    static func json(_ rows: [DocumentSummary]) -> String {
        JSONWriter.write(.object([("documents", .array(rows.map(\.json)))]))
    }

    static func table(_ rows: [DocumentSummary]) -> String {
        TextTable.render(
            header: ["PATH", "FORMAT", "ENCODING", "KIND", "UNIT", "YEAR", "PUBLISHED", "BYTES", "ARTICLES"],
            rows: rows.map {
                [$0.path, $0.format, $0.encoding, $0.kind, $0.unit ?? "-", $0.year.map(String.init) ?? "-",
                 $0.published ?? "-", String($0.size), $0.articles.map(String.init) ?? "-"]
            })
    }
}
