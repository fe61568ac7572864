/// Data handed to a template: a typed value, not `Any`, so rendering needs no casts.
public enum MustacheValue: Sendable {
    case null
    case bool(Bool)
    /// A number's text as it should appear (`97.7`, `5514`): never reformatted.
    case number(String)
    case string(String)
    case list([MustacheValue])
    case object([String: MustacheValue])
    case lambda(MustacheLambda)

    /// Falsey values skip sections: null, false, an empty list and an empty string.
    public var isFalsey: Bool {
        switch self {
        case .null: return true
        case let .bool(b): return !b
        case let .list(l): return l.isEmpty
        case let .string(s): return s.isEmpty
        default: return false
        }
    }

    /// The text an interpolation writes (before escaping).
    public var interpolated: String {
        switch self {
        case .null, .list, .object, .lambda: return ""
        case let .bool(b): return b ? "true" : "false"
        case let .number(n): return n
        case let .string(s): return s
        }
    }

    public subscript(key: String) -> MustacheValue? {
        if case let .object(o) = self { return o[key] }
        return nil
    }

    public static func int(_ v: Int) -> MustacheValue { .number(String(v)) }
    public static func double(_ v: Double) -> MustacheValue { .number(NumberFormatting.plain(v)) }
    public static func optional(_ s: String?) -> MustacheValue { s.map { .string($0) } ?? .null }
}

extension MustacheValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral, ExpressibleByIntegerLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: MustacheValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { a, _ in a }))
    }
    public init(integerLiteral value: Int) { self = .number(String(value)) }
    public init(nilLiteral: ()) { self = .null }
}

/// A Swift closure in the data. For a section it receives the section's raw text; for an
/// interpolation, an empty string. A returned string is rendered as a template; any other
/// value is used as data (so returning `false` hides a section).
public struct MustacheLambda: Sendable {
    public let call: @Sendable (String) -> MustacheValue
    public init(_ call: @escaping @Sendable (String) -> MustacheValue) { self.call = call }
}
