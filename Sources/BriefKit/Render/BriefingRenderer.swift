import Foundation

/// Renders briefing view data through the user-editable templates in a folder, strictly:
/// a name the template uses that the view lacks is an error at template:line:column.
public struct BriefingRenderer: Sendable {
    public var templates: String

    public init(templates: String) { self.templates = templates }

    /// Where templates are found when no folder is given: `./Templates`, then next to the
    /// installed binary (`<prefix>/share/brief/Templates` or `<bindir>/Templates`).
    public static func defaultTemplatesFolder(executable: String = CommandLine.arguments.first ?? "") -> String? {
        var candidates = [FileManager.default.currentDirectoryPath + "/Templates"]
        let exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        candidates += [exe.appendingPathComponent("../share/brief/Templates").standardized.path,
                       exe.appendingPathComponent("Templates").path,
                       // A development build: .build/<config>/brief → the package's Templates.
                       exe.appendingPathComponent("../../Templates").standardized.path,
                       exe.appendingPathComponent("../../../Templates").standardized.path]
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/annual.md.mustache") }
    }

    /// Renders `name` ("annual") as `format` ("md", "html", or "docx" for the XML of a Word
    /// document, escaped as XML: HTML's escaping is valid XML escaping).
    public func render(_ name: String, format: String, data: MustacheValue) throws -> String {
        let file = "\(templates)/\(name).\(format).mustache"
        guard let bytes = FileManager.default.contents(atPath: file) else {
            throw BriefError(.template, "template not found; expected \(name).\(format).mustache in the templates folder (--templates)",
                             at: SourceLocation(file: file))
        }
        return try BriefError.mappingTemplateErrors {
            let template = try Template(source: String(decoding: bytes, as: UTF8.self), name: file)
            return try template.render(data, library: .folder(templates, kind: format), contentType: format == "docx" ? .html : nil, strict: true)
        }
    }

    /// The view data as JSON, exactly as templates receive it.
    public static func json(_ value: MustacheValue) -> String {
        JSONWriter.write(jsonValue(value))
    }

    static func jsonValue(_ v: MustacheValue) -> JSONValue {
        switch v {
        case .null, .lambda: return .null
        case let .bool(b): return .bool(b)
        case let .number(n): return .number(n)
        case let .string(s): return .string(s)
        case let .list(l): return .array(l.map(jsonValue))
        case let .object(o): return .object(o.keys.sorted().map { ($0, jsonValue(o[$0] ?? .null)) })
        }
    }
}
