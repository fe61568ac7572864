extension MustacheValue {
    /// Converts JSON data, keeping numbers exactly as written; of repeated keys the first wins.
    public init(json: JSONValue) {
        switch json {
        case .null: self = .null
        case let .bool(b): self = .bool(b)
        case let .number(n): self = .number(n)
        case let .string(s): self = .string(s)
        case let .array(a): self = .list(a.map(MustacheValue.init(json:)))
        case let .object(members):
            var dict: [String: MustacheValue] = [:]
            for m in members where dict[m.key] == nil { dict[m.key] = MustacheValue(json: m.value) }
            self = .object(dict)
        }
    }
}
