/// The JSON shapes of facts, honours and documents that `brief extract` writes.
enum ExtractionJSON {
    static func provenance(_ p: Provenance) -> [(key: String, value: JSONValue)] {
        [("document", .string(p.document)), ("article", .optional(p.article)), ("line", .int(p.line)),
         ("column", .int(p.column)), ("offset", .int(p.offset)), ("length", .int(p.length)), ("quote", .string(p.quote))]
    }

    static func fact(_ f: Fact) -> JSONValue {
        .object([
            ("subject", .string(f.subject)), ("value", .double(f.quantity.value)), ("measure", .string(f.quantity.measure)),
            ("qualifier", .string(f.quantity.qualifier.rawValue)), ("year", f.year.map(JSONValue.int) ?? .null),
            ("role", .string(f.role.rawValue)), ("baseYear", f.baseYear.map(JSONValue.int) ?? .null),
            ("category", .string(f.category.rawValue)), ("metric", .optional(f.metric)), ("name", .string(f.name)), ("key", .bool(f.key)),
            ("confident", .bool(f.confident)), ("source", .string(f.source.rawValue)),
        ] + provenance(f.provenance))
    }

    static func honour(_ h: Honour) -> JSONValue {
        .object([
            ("title", .string(h.title)), ("level", .string(h.level.rawValue)), ("recipient", .string(h.recipient)),
            ("issuer", .optional(h.issuer)), ("year", h.year.map(JSONValue.int) ?? .null), ("source", .string(h.source.rawValue)),
        ] + provenance(h.provenance))
    }

    static func document(_ e: Extraction, facts: [Fact], honours: [Honour]) -> JSONValue {
        .object([
            ("path", .string(e.document)), ("article", .optional(e.article?.id)), ("title", .optional(e.article?.title)),
            ("unit", .optional(e.unit)), ("kind", .string(e.kind.rawValue)), ("year", e.year.map(JSONValue.int) ?? .null),
            ("published", .optional(e.published)), ("facts", .array(facts.map(fact))), ("honours", .array(honours.map(honour))),
        ])
    }
}
