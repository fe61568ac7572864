import Foundation

/// `brief render --template FILE [--data FILE|-]`: any template with JSON data.
enum RenderCommand {
    static let spec = CommandSpec(
        name: "render",
        abstract: "Render a Mustache template with JSON data.",
        options: [
            .init("--template", short: "-t", value: "file", help: "The template to render (required)."),
            .init("--data", short: "-d", value: "file", help: "JSON data; '-' reads standard input.", default: "-"),
            .init("--partials", value: "dir", help: "Folder partials and parents are read from (default: the template's folder)."),
            .init("--escape", value: "mode", help: "Escaping of {{values}} (default: from the file name: .html → html, .md → markdown, else none).",
                  allowed: ["html", "markdown", "none"]),
            .init("--strict", help: "Fail on a missing name or partial instead of rendering it empty."),
            .init("--output", short: "-o", value: "file", help: "Where to write; '-' is standard output.", default: "-"),
        ],
        examples: ["brief render -t Templates/annual.md.mustache -d view.json -o brief.md",
                   "echo '{\"单位\":\"上海软件中心\"}' | brief render -t t.mustache"])

    static func run(_ args: ParsedArguments, console: Console) -> ExitStatus {
        guard let templatePath = args.value("--template") else {
            console.report(BriefError(.usage, "missing '--template <file>'; name the template to render"))
            return .usage
        }
        do {
            let templateData = try read(templatePath)
            let dataPath = args.value("--data") ?? "-"
            let dataBytes = try read(dataPath)
            let json = try JSONReader.parse(bytes: dataBytes, file: dataPath == "-" ? "<stdin>" : dataPath)
            let name = (templatePath as NSString).lastPathComponent
            let contentType = args.value("--escape").flatMap(ContentType.init(rawValue:)) ?? .forTemplate(named: name)
            let folder = args.value("--partials") ?? (templatePath as NSString).deletingLastPathComponent
            let kind = contentType == .html ? "html" : contentType == .markdown ? "md" : ""
            let output = try BriefError.mappingTemplateErrors {
                let template = try Template(source: String(decoding: templateData, as: UTF8.self), name: templatePath)
                return try template.render(MustacheValue(json: json),
                                           library: .folder(folder.isEmpty ? "." : folder, kind: kind),
                                           contentType: contentType, strict: args.has("--strict"))
            }
            let out = args.value("--output") ?? "-"
            if out == "-" { console.out(output) } else { try OutputFile.write(output, to: out) }
            return .success
        } catch let e as BriefError {
            console.report(e)
            return e.kind == .usage ? .usage : .partialFailure
        } catch {
            console.report(BriefError(.input, "\(error)"))
            return .partialFailure
        }
    }

    /// A template or data file ('-': standard input), read whole; as an input, it must be
    /// a regular file (or a pipe on standard input) within the usual size limit.
    static func read(_ path: String) throws -> [UInt8] {
        do {
            if path == "-" {
                return try FileBytes.read(0, limit: FileBytes.defaultLimit) { _ in
                    throw BriefError(.usage, "standard input is over \(ByteSize.text(FileBytes.defaultLimit))")
                }
            }
            return try FileBytes.contents(of: path)
        } catch let e as BriefError {
            throw BriefError(.usage, e.message, at: e.location)
        } catch let e as Platform.SystemError {
            throw BriefError(.usage, "cannot read standard input: \(e.message)")
        }
    }
}
