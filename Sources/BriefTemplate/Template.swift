/// A parsed Mustache template: parse once, render many times, from any thread.
///
///     let t = try Template(source: "{{单位}}: {{#指标}}{{名称}} {{/指标}}", name: "t.md.mustache")
///     let s = try t.render(["单位": "上海软件中心", "指标": [["名称": "服务企业"]]])
///
/// Supports the whole specification: interpolation, sections, inverted sections, comments,
/// partials, set delimiters, and the optional inheritance, dynamic names and lambdas.
/// Sections, parents and blocks nest at most 256 deep, in a template and across partials.
public struct Template: Sendable {
    /// The name errors give, usually the template's path.
    public let name: String
    let program: TemplateProgram

    /// Parses `source`, keeping its bytes once; the parsed form refers to them by range.
    /// - Parameter delimiters: the tag markers the template starts with.
    /// - Throws: `TemplateError` with the tag's line and column.
    /// - Complexity: O(n) in the source's length.
    public init(source: String, name: String = "", delimiters: Delimiters = .standard) throws {
        self.name = name
        self.program = try TemplateParser.compile(Array(source.utf8), name: name, delimiters: delimiters)
    }

    /// Renders with data. Partials and parents come from `library`.
    /// - Parameters:
    ///   - contentType: how `{{values}}` are escaped; by default from the template's name.
    ///   - strict: a missing name or partial is an error at its tag instead of rendering empty.
    /// - Throws: `TemplateError` at the tag that failed.
    public func render(_ data: MustacheValue, library: TemplateLibrary = .empty,
                       contentType: ContentType? = nil, strict: Bool = false) throws -> String {
        var renderer = TemplateRenderer(library: library,
                                        contentType: contentType ?? .forTemplate(named: name),
                                        strict: strict)
        return try renderer.render(program, data: data)
    }
}
