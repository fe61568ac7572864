/// `brief ingest PATH...`: what Brief sees in each document.
enum IngestCommand {
    static let spec = CommandSpec(
        name: "ingest",
        abstract: "List documents with their format, encoding, kind, unit, year and date.",
        arguments: "PATH...",
        argumentsHelp: "Files or folders (read recursively).",
        options: [
            .init("--format", value: "format", help: "Output format.", default: "table", allowed: ["table", "json"]),
            .init("--registry", value: "file", help: "Extra unit registry (JSON) to use over the built-in one."),
            InputOptions.maxSize,
        ],
        examples: ["brief ingest samples", "brief ingest --format json samples/003_8681bce01ccbf3f3.txt"])

    static func run(_ args: ParsedArguments, console: Console) -> ExitStatus {
        guard !args.positionals.isEmpty else {
            console.report(BriefError(.usage, "no documents given; name files or folders, e.g. 'brief ingest samples'"))
            return .usage
        }
        var ingestor: Ingestor
        let files: [String], skipped: Int
        do {
            var registry = UnitRegistry.builtIn
            if let r = args.value("--registry") { registry = try UnitRegistry.loading(file: r) }
            ingestor = Ingestor(registry: registry)
            ingestor.maxFileSize = try InputOptions.maxFileSize(args)
            (files, skipped) = try InputOptions.walk(args.positionals, console: console)
        } catch let e as BriefError {
            console.report(e)
            return .usage
        } catch {
            return .usage
        }
        var docs: [Document] = []
        var failed = skipped
        for file in files {
            do { docs.append(try ingestor.load(path: file)) } catch let e as BriefError {
                console.report(e)
                failed += 1
            } catch { failed += 1 }
        }
        let summaries = docs.map(DocumentSummary.init)
        if args.value("--format") == "json" {
            console.out(DocumentSummary.json(summaries))
        } else {
            console.out(DocumentSummary.table(summaries))
        }
        if failed > 0 {
            console.err("brief: \(failed) of \(files.count + skipped) documents failed; \(docs.count) read\n")
            return .partialFailure
        }
        return .success
    }
}
