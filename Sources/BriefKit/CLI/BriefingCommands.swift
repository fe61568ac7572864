import Foundation

/// The options every briefing command shares.
enum BriefingOptions {
    static let format = CommandSpec.Option("--format", value: "format", help: "md, html or docx (Word; needs -o FILE), or json for the view data handed to the template.",
                                           default: "md", allowed: ["md", "html", "docx", "json"])
    static let output = CommandSpec.Option("--output", short: "-o", value: "file", help: "Where to write; '-' is standard output.", default: "-")
    static let templates = CommandSpec.Option("--templates", value: "dir",
                                              help: "Folder whose templates replace the built-in ones, file by file (default: the built-in set).")

    /// The renderer, made (and its templates checked) before any document is read.
    static func renderer(_ args: ParsedArguments) throws -> BriefingRenderer {
        try BriefingRenderer(templates: args.value("--templates"))
    }

    /// The reports of the command's documents (default: samples/), read with `--registry`:
    /// what the annual brief and the unit page are built from.
    static func reports(_ args: ParsedArguments, console: Console) throws -> (corpus: Corpus, reports: [Extraction], registry: UnitRegistry) {
        let registry = try args.value("--registry").map { try UnitRegistry.loading(file: $0) } ?? .builtIn
        let corpus = try Corpus.load(args.positionals.isEmpty ? ["samples"] : args.positionals, console: console,
                                     registry: registry, maxFileSize: InputOptions.maxFileSize(args))
        return (corpus, corpus.extractions.filter { $0.kind != .articleFeed && $0.article == nil }, registry)
    }

    /// Renders a view in the chosen format and writes it; returns the exit status.
    static func emit(_ name: String, view: MustacheValue, renderer: BriefingRenderer, args: ParsedArguments, console: Console,
                     failed: Int) -> ExitStatus {
        do {
            let format = args.value("--format") ?? "md"
            let target = args.value("--output") ?? "-"
            if format == "docx" {
                // A Word file is binary: it goes to a file, never to the terminal.
                guard target != "-" else {
                    throw BriefError(.usage, "a Word briefing is a file; give one with -o, e.g. -o \(name).docx")
                }
                try OutputFile.write(try renderer.renderFile(name, format: format, data: view), to: target)
                return failed > 0 ? .partialFailure : .success
            }
            let text = format == "json" ? BriefingRenderer.json(view) : try renderer.render(name, format: format, data: view)
            if target == "-" { console.out(text) } else { try OutputFile.write(text, to: target) }
        } catch let e as BriefError {
            console.report(e)
            return e.kind == .usage ? .usage : .partialFailure
        } catch {
            console.report(BriefError(.output, "\(error)"))
            return .partialFailure
        }
        return failed > 0 ? .partialFailure : .success
    }
}

enum DiffCommand {
    static let spec = CommandSpec(
        name: "diff",
        abstract: "Compare two reports of one unit: figures with their change, honours added and dropped, outlines, new terms.",
        arguments: "A B", argumentsHelp: "Two reports of one unit and kind, of two years, in either order (read earlier → later).",
        options: [BriefingOptions.format, BriefingOptions.output, BriefingOptions.templates, InputOptions.maxSize],
        examples: ["brief diff samples/001_eec11ce2cac5b232.txt samples/000_d87a536be5b8778f.txt"])

    static func run(_ args: ParsedArguments, console: Console) -> ExitStatus {
        guard args.positionals.count == 2 else {
            console.report(BriefError(.usage, "diff takes two reports, the earlier then the later: brief diff A B"))
            return .usage
        }
        do {
            let renderer = try BriefingOptions.renderer(args)
            let corpus = try Corpus.load(args.positionals, console: console, maxFileSize: InputOptions.maxFileSize(args))
            guard let first = corpus.extraction(of: args.positionals[0]), let second = corpus.extraction(of: args.positionals[1]) else {
                if let feed = corpus.documents.first(where: { $0.format == .feed }) {
                    throw BriefError(.usage, "\((feed.path as NSString).lastPathComponent) is an article feed; diff compares two reports (use brief digest for a feed)")
                }
                return .partialFailure   // the failure is reported already
            }
            // Another unit, another kind or one year would give changes that mean nothing.
            if let why = DiffView.refusal(first, second) { throw BriefError(.usage, why) }
            let (a, b) = DiffView.ordered(first, second)
            let view = DiffView.build(a: a, b: b, model: ComparisonModel([a, b]), textA: corpus.text(of: a.document), textB: corpus.text(of: b.document))
            return BriefingOptions.emit("diff", view: view, renderer: renderer, args: args, console: console, failed: corpus.failed)
        } catch let e as BriefError { console.report(e); return .usage } catch { return .usage }
    }
}

enum DigestCommand {
    static let spec = CommandSpec(
        name: "digest",
        abstract: "Summarise the articles of a feed, grouped by week, newest first.",
        arguments: "FEED", argumentsHelp: "A JSON article export.",
        options: [.init("--since", value: "date", help: "Only articles on or after this date (YYYY-MM-DD)."),
                  BriefingOptions.format, BriefingOptions.output, BriefingOptions.templates, InputOptions.maxSize],
        examples: ["brief digest samples/003_8681bce01ccbf3f3.txt --since 2025-11-01"])

    static func run(_ args: ParsedArguments, console: Console) -> ExitStatus {
        guard args.positionals.count == 1 else {
            console.report(BriefError(.usage, "digest takes one feed file: brief digest FEED"))
            return .usage
        }
        if let s = args.value("--since"), !isDate(s) {
            console.report(BriefError(.usage, "the value '\(s)' is invalid for '--since'; write a date as YYYY-MM-DD"))
            return .usage
        }
        do {
            let renderer = try BriefingOptions.renderer(args)
            let corpus = try Corpus.load(args.positionals, console: console, maxFileSize: InputOptions.maxFileSize(args))
            guard corpus.documents.first?.format == .feed else {
                if corpus.failed == 0 { console.report(BriefError(.input, "not an article feed (a JSON array of articles)", at: SourceLocation(file: args.positionals[0]))) }
                return .partialFailure
            }
            let view = DigestView.build(feed: args.positionals[0], extractions: corpus.extractions, since: args.value("--since"))
            return BriefingOptions.emit("digest", view: view, renderer: renderer, args: args, console: console, failed: corpus.failed)
        } catch let e as BriefError { console.report(e); return .usage } catch { return .usage }
    }

    static func isDate(_ s: String) -> Bool {
        let p = s.split(separator: "-")
        return p.count == 3 && p[0].count == 4 && p.allSatisfy { Int($0) != nil }
    }
}
