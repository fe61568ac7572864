/// A template that cannot be parsed or rendered, with where: the template's name and the
/// 1-based line and column (in Unicode scalars) of the tag at fault.
///
///     do { _ = try Template(source: "{{#a}}", name: "t.md.mustache") }
///     catch let e as TemplateError { print(e) }   // t.md.mustache:1:1: unclosed section 'a': add a closing tag
///
/// Line 0 means the position is unknown; `description` then names only the template.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong and, where it can, what to do about it; starts in lower case.
    public var message: String
    /// The template's name as given to `Template(source:name:)`, or a partial's path.
    public var template: String
    public var line: Int
    public var column: Int
    /// The byte offset of the tag in the template's UTF-8 source.
    public var offset: Int

    public init(_ message: String, template: String, line: Int = 0, column: Int = 0, offset: Int = 0) {
        self.message = message
        self.template = template
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `template:line:column: message`, the shape of a compiler diagnostic.
    public var description: String {
        line > 0 ? "\(template):\(line):\(column): \(message)" : "\(template): \(message)"
    }
}
