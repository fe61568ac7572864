/// The expected shape of a JSON data file (a unit registry, a metric catalog), checked
/// before the file is read, so that a wrong type or a misspelt key is an error naming the
/// file and the key rather than a value silently dropped.
///
///     let shape = JSONShape.object(["units": .required(.list(.string))])
///     try shape.check(value, file: "units.json")   // "units[2]": expected a string
///
/// Keys starting with `_` are comments and allowed anywhere.
indirect enum JSONShape: Sendable {
    case string
    case nonEmptyString
    case bool
    /// One of these strings.
    case oneOf([String])
    /// A list of items of one shape; `nonEmpty` when at least one is needed.
    case list(JSONShape, nonEmpty: Bool = false)
    /// An object with these keys (no others).
    case object([String: Member])
    /// Either shape, described for the message ("a string or an object").
    case either(JSONShape, JSONShape, described: String)

    struct Member: Sendable {
        var shape: JSONShape
        var required: Bool
        static func required(_ s: JSONShape) -> Member { Member(shape: s, required: true) }
        static func optional(_ s: JSONShape) -> Member { Member(shape: s, required: false) }
    }

    /// - Throws: a usage error at `file` naming the key path (`units[2].aliases[0]`).
    func check(_ value: JSONValue, file: String, path: String = "") throws {
        func fail(_ expected: String) -> BriefError {
            BriefError(.usage, "\(path.isEmpty ? "the file" : "\"\(path)\""): expected \(expected)", at: SourceLocation(file: file))
        }
        switch self {
        case .string:
            guard case .string = value else { throw fail(described) }
        case .nonEmptyString:
            guard case let .string(s) = value, !s.isEmpty else { throw fail(described) }
        case .bool:
            guard case .bool = value else { throw fail(described) }
        case let .oneOf(words):
            guard case let .string(s) = value, words.contains(s) else { throw fail(described) }
        case let .list(item, nonEmpty):
            guard case let .array(items) = value, !(nonEmpty && items.isEmpty) else { throw fail(described) }
            for (i, v) in items.enumerated() { try item.check(v, file: file, path: "\(path)[\(i)]") }
        case let .object(members):
            guard case let .object(pairs) = value else { throw fail(described) }
            var seen = Set<String>()
            for (key, v) in pairs {
                let keyPath = path.isEmpty ? key : "\(path).\(key)"
                guard seen.insert(key).inserted else {
                    throw BriefError(.usage, "\"\(keyPath)\" appears twice; keep one", at: SourceLocation(file: file))
                }
                if key.hasPrefix("_") { continue }
                guard let member = members[key] else {
                    let known = members.keys.sorted()
                    let hint = ArgumentParser.nearest(key, in: known).map { "; did you mean \"\($0)\"?" } ?? "; known keys: \(known.joined(separator: ", "))"
                    throw BriefError(.usage, "unknown key \"\(keyPath)\"\(hint)", at: SourceLocation(file: file))
                }
                try member.shape.check(v, file: file, path: keyPath)
            }
            for (key, member) in members.sorted(by: { $0.key < $1.key }) where member.required && !seen.contains(key) {
                throw BriefError(.usage, "\(path.isEmpty ? "the file" : "\"\(path)\"") needs \"\(key)\" (\(member.shape.described))",
                                 at: SourceLocation(file: file))
            }
        case let .either(a, b, _):
            if (try? a.check(value, file: file, path: path)) != nil { return }
            if (try? b.check(value, file: file, path: path)) != nil { return }
            // Whichever the value tried to be, say what is wrong with it in that shape.
            if case .object = value, case .object = b { try b.check(value, file: file, path: path) }
            throw fail(described)
        }
    }

    var described: String {
        switch self {
        case .string: return "a string"
        case .nonEmptyString: return "a non-empty string"
        case .bool: return "true or false"
        case let .oneOf(words): return "one of " + words.map { "\"\($0)\"" }.joined(separator: ", ")
        case let .list(item, nonEmpty): return (nonEmpty ? "a non-empty list of " : "a list of ") + item.plural
        case .object: return "an object"
        case let .either(_, _, described): return described
        }
    }

    private var plural: String {
        switch self {
        case .string: return "strings"
        case .nonEmptyString: return "non-empty strings"
        default: return "items, each \(described)"
        }
    }
}
