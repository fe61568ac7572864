import Foundation
import BriefTemplate

/// Renders briefing view data through Brief's templates, strictly: a name the template uses
/// that the view lacks is an error at template:line:column.
///
/// The templates are compiled in (`BuiltInTemplates`, from Templates/), so Brief needs no
/// folder beside it; an override folder replaces them file by file (`TemplateSet`).
public struct BriefingRenderer: Sendable {
    /// The override folder, or nil for the built-in templates alone.
    public var templates: String? { templateSet.folder }
    let templateSet: TemplateSet
    /// One library per output kind, shared by every render (it caches parsed partials).
    private let libraries: [String: (library: TemplateLibrary, labels: [String: String])]

    /// - Parameter templates: a folder whose `*.mustache` files override the built-in ones.
    /// - Throws: a usage error when the folder is missing or unusable (see `TemplateSet`).
    public init(templates: String? = nil) throws {
        self.init(set: try templates.map(TemplateSet.overlaid(with:)) ?? .builtIn)
    }

    init(set: TemplateSet) {
        self.templateSet = set
        var libraries: [String: (TemplateLibrary, [String: String])] = [:]
        for kind in ["md", "html", "docx"] {
            let (sources, labels) = set.partials(kind: kind)
            libraries[kind] = (TemplateLibrary.dictionary(sources), labels)
        }
        self.libraries = libraries
    }

    /// Renders `name` ("annual") as `format` ("md", "html", or "docx" for the XML of a Word
    /// document, escaped as XML: HTML's escaping is valid XML escaping).
    public func render(_ name: String, format: String, data: MustacheValue) throws -> String {
        let root = "\(name).\(format).mustache"
        guard let file = templateSet.files[root], let (library, labels) = libraries[format] else {
            throw BriefError(.template, "template not found; expected \(root) in the templates folder (--templates)",
                             at: SourceLocation(file: templateSet.folder.map { "\($0)/\(root)" } ?? root))
        }
        do {
            return try BriefError.mappingTemplateErrors {
                let template = try Template(source: file.source, name: file.label)
                // Word's XML is escaped as HTML is: that escaping is valid XML escaping.
                // A page keeps a number with its unit (5,514 项, 超 1.4 亿元) on one line.
                let view = format == "md" ? data : Self.keepingNumbersWithUnits(data)
                return try template.render(view, library: library, contentType: format == "docx" ? .html : nil, strict: true)
            }
        } catch var e as BriefError {
            // A partial's error names it as the library knows it ("partials/sources"): name its file.
            if var loc = e.location, let label = labels[loc.file] { loc.file = label; e.location = loc }
            throw e
        }
    }

    /// Every string of the view with a no-break space where a line break would part a number
    /// from its unit or its qualifier: "5,514 项", "超 1.4 亿元", "2.03 个百分点", and the years
    /// of a comparison ("2023 较 2021", "较 2022 年增长"), so a narrow column never ends a line
    /// on 较.
    static func keepingNumbersWithUnits(_ v: MustacheValue) -> MustacheValue {
        switch v {
        case let .string(s): return .string(numbersKeptWithUnits(s))
        case let .list(l): return .list(l.map(keepingNumbersWithUnits))
        case let .object(o): return .object(o.mapValues(keepingNumbersWithUnits))
        default: return v
        }
    }

    static func numbersKeptWithUnits(_ s: String) -> String {
        guard s.utf8.contains(0x20) else { return s }
        let u = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, c) in u.enumerated() {
            if c == " ", i > 0, i + 1 < u.count {
                let before = u[i - 1], after = u[i + 1]
                let digitBefore = QuantityScanner.isDigit(before) && before.isASCII
                let digitAfter = QuantityScanner.isDigit(after) && after.isASCII
                if (digitBefore && !after.isASCII) || (qualifiers.contains(before) && digitAfter) {
                    out.append("\u{00A0}")
                    continue
                }
            }
            out.append(c)
        }
        return String(out)
    }
    static let qualifiers: Set<Unicode.Scalar> = ["超", "近", "约", "到", "较"]

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
