import Foundation

/// `brief extract PATH...`: every figure and honour, with provenance.
enum ExtractCommand {
    static let spec = CommandSpec(
        name: "extract",
        abstract: "Extract every figure and honour, with provenance, from documents.",
        arguments: "PATH...",
        argumentsHelp: "Files or folders (read recursively).",
        options: [
            .init("--format", value: "format", help: "Output format.", default: "json", allowed: ["json", "jsonl", "csv", "table", "html"]),
            .init("--category", value: "category", help: "Only facts of this category.", allowed: FactCategory.allCases.map(\.rawValue)),
            .init("--key-only", help: "Only headline facts."),
            .init("--output", short: "-o", value: "file", help: "Where to write; '-' is standard output.", default: "-"),
            .init("--registry", value: "file", help: "Extra unit registry (JSON) over the built-in one."),
            .init("--catalog", value: "file", help: "Extra metric catalog (JSON) over the built-in one."),
            .init("--quiet", short: "-q", help: "No progress line, even on a terminal."),
            InputOptions.maxSize,
        ],
        examples: ["brief extract samples", "brief extract --format csv -o facts.csv samples",
                   "brief extract --format html -o output/audit.html samples",
                   "brief extract --format table --key-only samples/000_d87a536be5b8778f.txt"])

    static func run(_ args: ParsedArguments, console: Console) -> ExitStatus {
        guard !args.positionals.isEmpty else {
            console.report(BriefError(.usage, "no documents given; name files or folders, e.g. 'brief extract samples'"))
            return .usage
        }
        var ingestor: Ingestor, extractor: FactExtractor, files: [String], skipped: Int
        do {
            var registry = UnitRegistry.builtIn
            if let r = args.value("--registry") { registry = try UnitRegistry.loading(file: r) }
            var catalog = MetricCatalog.builtIn
            if let c = args.value("--catalog") { catalog = try MetricCatalog.loading(file: c) }
            ingestor = Ingestor(registry: registry)
            ingestor.maxFileSize = try InputOptions.maxFileSize(args)
            extractor = FactExtractor(catalog: catalog)
            (files, skipped) = try InputOptions.walk(args.positionals, console: console)
        } catch let e as BriefError {
            console.report(e)
            return .usage
        } catch { return .usage }

        let category = args.value("--category").flatMap(FactCategory.init(rawValue:))
        let keyOnly = args.has("--key-only")
        let keep: @Sendable (Fact) -> Bool = { f in (category == nil || f.category == category) && (!keyOnly || f.key) }

        let format = args.value("--format") ?? "json"
        if format == "jsonl" || format == "csv" {
            var quiet = extractor
            quiet.recordsSkipped = false   // JSONL and CSV carry no skipped numbers
            var engine = ParallelExtraction(ingestor: ingestor, extractor: quiet)
            engine.keepsText = false       // lines carry quotes, not the document
            return stream(files: files, skipped: skipped, format: format, args: args, console: console, engine: engine, keep: keep)
        }
        var failed = skipped
        var extractions: [Extraction] = []
        var texts: [String: String] = [:]
        // Whole-output formats: the same ordered, parallel extraction, everything kept.
        ParallelExtraction(ingestor: ingestor, extractor: extractor).run(files, prepare: { _, outcome in outcome }, handle: { _, outcome in
            switch outcome {
            case let .extracted(doc, e):
                if doc.format != .feed { texts[doc.path] = doc.text }
                extractions += e
            case let .failed(e):
                console.report(e)
                failed += 1
            }
        })
        var out = ""
        switch format {
        case "html":
            let filtered = extractions.map { e -> Extraction in
                var copy = e
                copy.facts = e.facts.filter(keep)
                if keyOnly || category != nil { copy.honours = []; copy.skipped = [] }
                return copy
            }
            out = AuditPage.render(filtered, texts: texts)
        case "table":
            let rows = extractions.flatMap { e in e.facts.filter(keep).map { f in
                ["\((f.provenance.document as NSString).lastPathComponent):\(f.provenance.line)", f.year.map(String.init) ?? "-",
                 Self.roleText(f), f.category.rawValue + (f.key ? "*" : ""), f.subject,
                 f.quantity.qualifier == .exact ? "" : f.quantity.qualifier.rawValue, NumberFormatting.plain(f.quantity.value), f.quantity.measure]
            } }
            out = TextTable.render(header: ["WHERE", "YEAR", "ROLE", "CATEGORY", "SUBJECT", "QUAL", "VALUE", "MEASURE"], rows: rows)
            let honours = extractions.flatMap(\.honours)
            if !honours.isEmpty && !keyOnly && category == nil {
                out += "\n" + TextTable.render(header: ["WHERE", "YEAR", "LEVEL", "TITLE", "RECIPIENT"], rows: honours.map { h in
                    ["\((h.provenance.document as NSString).lastPathComponent):\(h.provenance.line)", h.year.map(String.init) ?? "-",
                     h.level.rawValue, h.title, h.recipient]
                })
            }
        default:
            let docs = extractions.map { e in ExtractionJSON.document(e, facts: e.facts.filter(keep), honours: keyOnly || category != nil ? [] : e.honours) }
            out = JSONWriter.write(.object([("documents", .array(docs))]))
        }
        let target = args.value("--output") ?? "-"
        if target == "-" { console.out(out) } else {
            do { try OutputFile.write(out, to: target) } catch let e as BriefError { console.report(e); return .partialFailure } catch { return .partialFailure }
        }
        if failed > 0 {
            console.err("brief: \(failed) of \(files.count + skipped) documents failed; \(files.count + skipped - failed) extracted\n")
            return .partialFailure
        }
        return .success
    }

    /// JSONL and CSV are written as documents are extracted, on all cores, so memory stays
    /// bounded by the largest documents in flight rather than the corpus.
    static func stream(files: [String], skipped: Int, format: String, args: ParsedArguments, console: Console,
                       engine: ParallelExtraction, keep: @escaping @Sendable (Fact) -> Bool) -> ExitStatus {
        let sink: OutputSink
        do { sink = try OutputSink(path: args.value("--output") ?? "-", console: console) } catch let e as BriefError {
            console.report(e)
            return .partialFailure
        } catch { return .partialFailure }
        let progress = Progress(total: files.count, enabled: !args.has("--quiet") && Platform.isTerminal(2))
        var failed = skipped
        // `keep` keeps every fact unless one of these is given.
        let filtering = args.has("--key-only") || args.value("--category") != nil
        let withHonours = format == "jsonl" && !filtering
        if format == "csv" {
            sink.write(CSVWriter.bom + CSVWriter.row(csvHeader))
        }
        func write(_ facts: [Fact], _ honours: [Honour]) {
            // By index: `for f in facts` copied each fact (a dozen strings retained and released).
            for i in facts.indices { sink.append { out in if format == "csv" { out.append(contentsOf: csvRow(facts[i]).utf8) } else { JSONLines.fact(facts[i], into: &out) } } }
            for h in honours { sink.append { out in JSONLines.honour(h, into: &out) } }
        }
        func report(_ e: BriefError) {
            progress.clear()
            console.report(e)
            failed += 1
        }
        // Workers extract and keep only the facts asked for; the ordered hand-off formats
        // them straight into the sink's buffer, so a large document's lines are never
        // held as one string beside its facts.
        func extract(_ batch: [String]) {
            guard !batch.isEmpty else { return }
            engine.run(batch, prepare: { _, outcome -> Result<(parts: [([Fact], [Honour])], size: Int), BriefError> in
                switch outcome {
                case let .failed(e): return .failure(e)
                case let .extracted(doc, extractions):
                    // One part per article of a feed, so lines keep the document's order.
                    // Unfiltered, the facts are passed on as they are: filtering copies each one.
                    return .success((extractions.map { (filtering ? $0.facts.filter(keep) : $0.facts, withHonours ? $0.honours : []) },
                                     doc.sizeInBytes))
                }
            }, handle: { _, result in
                switch result {
                case let .failure(e): report(e)
                case let .success(done):
                    for (facts, honours) in done.parts { write(facts, honours) }
                    progress.advance(bytes: done.size)
                }
            }, stop: { sink.stopped })   // a closed pipe or a full disk: no point reading on
        }
        // A large plain text is read in windows, each window's facts written as it is read;
        // false when the file is to be read whole after all.
        func stream(_ file: String) -> Bool {
            do {
                guard let doc = try StreamedDocument.survey(file, ingestor: engine.ingestor) else { return false }
                // Lines are formatted and written on a second core while the next window is read.
                let writer = SerialHandoff()
                defer { writer.wait() }
                let honours = try StreamedExtraction(extractor: engine.extractor).run(doc) { facts in
                    writer.async { write(filtering ? facts.filter(keep) : facts, []) }
                }
                writer.wait()
                write([], withHonours ? honours : [])
                progress.advance(bytes: doc.sizeInBytes)
            } catch let e as BriefError { report(e) } catch { report(BriefError(.input, "\(error)", at: SourceLocation(file: file))) }
            return true
        }
        // Files keep their order: the files between two large ones are extracted together.
        var batch: [String] = []
        for file in files where !sink.stopped {
            guard StreamedDocument.qualifies(file, limit: engine.ingestor.maxFileSize) else { batch.append(file); continue }
            extract(batch)
            batch = []
            if !stream(file) { extract([file]) }
        }
        extract(batch)
        progress.clear()
        do { try sink.close() } catch let e as BriefError { console.report(e); return .partialFailure } catch { return .partialFailure }
        if failed > 0 && !sink.stopped {
            console.err("brief: \(failed) of \(files.count + skipped) documents failed; \(files.count + skipped - failed) extracted\n")
            return .partialFailure
        }
        return .success
    }

    /// `change (vs 2023)` for a change with its baseline year; the role otherwise.
    static func roleText(_ f: Fact) -> String {
        f.role.rawValue + (f.baseYear.map { " (vs \($0))" } ?? "")
    }

    static let csvHeader = ["document", "article", "line", "column", "offset", "length", "subject", "value", "measure",
                            "qualifier", "year", "role", "baseYear", "category", "metric", "name", "key", "confident", "quote"]

    static func csvRow(_ f: Fact) -> String {
        let p = f.provenance
        return CSVWriter.row([p.document, p.article ?? "", String(p.line), String(p.column), String(p.offset), String(p.length),
                              f.subject, NumberFormatting.plain(f.quantity.value), f.quantity.measure,
                              f.quantity.qualifier.rawValue, f.year.map(String.init) ?? "", f.role.rawValue,
                              f.baseYear.map(String.init) ?? "", f.category.rawValue,
                              f.metric ?? "", f.name, f.key ? "true" : "false", f.confident ? "true" : "false", p.quote])
    }
}
