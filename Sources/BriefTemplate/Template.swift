/// A parsed Mustache template: parse once, render many times.
///
///     let t = try Template(source: "{{单位}}: {{#指标}}{{名称}} {{/指标}}", name: "t.md.mustache")
///     let s = try t.render(["单位": "上海软件中心", "指标": [["名称": "服务企业"]]])
///
/// Supports the whole specification: interpolation, sections, inverted sections, comments,
/// partials, set delimiters, and the optional inheritance, dynamic names and lambdas.
public struct Template: Sendable {
    public let name: String
    let nodes: [TemplateNode]

    /// - Throws: `TemplateError` with the tag's line and column.
    public init(source: String, name: String = "", delimiters: Delimiters = .standard) throws {
        self.name = name
        self.nodes = try TemplateParser.parse(source, name: name, delimiters: delimiters)
    }

    /// Renders with data. Partials and parents come from `library`.
    /// - Parameter strict: a missing name or partial is an error instead of rendering empty.
    public func render(_ data: MustacheValue, library: TemplateLibrary = .empty,
                       contentType: ContentType? = nil, strict: Bool = false) throws -> String {
        var renderer = TemplateRenderer(library: library,
                                        contentType: contentType ?? .forTemplate(named: name),
                                        strict: strict)
        return try renderer.render(self, data: data)
    }
}

/// The open and close tag markers, `{{` and `}}` unless a template changes them.
public struct Delimiters: Sendable, Equatable {
    public var open: [UInt8]
    public var close: [UInt8]
    public static let standard = Delimiters(open: Array("{{".utf8), close: Array("}}".utf8))
}

/// Where a tag stands in its template, for error messages.
struct TagPosition: Sendable {
    var template: String
    var line: Int
    var column: Int
    func error(_ message: String) -> TemplateError {
        TemplateError(message, template: template, line: line, column: column)
    }
}

/// One element of a parsed template.
indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(name: [String], escaped: Bool, at: TagPosition)
    case section(Section)
    case partial(name: String, dynamic: Bool, indent: String?, at: TagPosition)
    case parent(Parent)
    case block(Block)

    struct Section: Sendable {
        var name: [String]
        var inverted: Bool
        var nodes: [TemplateNode]
        /// The source between the tags, handed to a lambda.
        var raw: String
        var delimiters: Delimiters
        var at: TagPosition
    }

    struct Parent: Sendable {
        var name: String
        var dynamic: Bool
        var indent: String?
        var blocks: [String: Block]
        var at: TagPosition
    }

    struct Block: Sendable {
        var name: String
        var nodes: [TemplateNode]
        /// The opening tag stood alone on its line.
        var standalone: Bool
        /// Whitespace before the tag on its line, when only whitespace precedes it.
        var leadingWhitespace: String?
        /// Leading whitespace of the first line of the content, when the tag is standalone.
        var contentIndent: String
    }
}

/// Splits a tag name at dots, once, at parse time: `a.b.c` → ["a","b","c"]; `.` → [].
func splitName(_ name: String) -> [String] {
    name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
}
