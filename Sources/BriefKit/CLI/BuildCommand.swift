import Foundation

/// `brief build [PATH...] [--out DIR]`: the main job.
enum BuildCommand {
    static let spec = CommandSpec(
        name: "build",
        abstract: "Build every briefing the documents support (annual per year, diffs of consecutive reports, digest per feed) with an index.",
        arguments: "[PATH...]", argumentsHelp: "Documents or folders (default: samples).",
        options: [.init("--out", value: "dir", help: "Output folder.", default: "output"),
                  .init("--format", value: "formats", help: "Formats to write, comma-separated: md, html, docx.", default: "md,html"),
                  BriefingOptions.templates, InputOptions.maxSize,
                  .init("--verbose", short: "-v", help: "Print one line per briefing written (on stderr)."),
                  .init("--quiet", short: "-q", help: "No progress line, even on a terminal.")],
        examples: ["brief build", "brief build reports/ --out /srv/brief/output -v"])

    static func run(_ args: ParsedArguments, console: Console) -> ExitStatus {
        let given = args.value("--format") ?? "md,html"
        let formats = given.split(separator: ",").map(String.init)
        if formats.isEmpty || formats.contains(where: { !BriefingRenderer.fileFormats.contains($0) }) {
            console.report(BriefError(.usage, "the value '\(given)' is invalid for '--format'; use md, html, docx or a list such as md,html,docx"))
            return .usage
        }
        let inputs = args.positionals.isEmpty ? ["samples"] : args.positionals
        let out = args.value("--out") ?? "output"
        let renderer: BriefingRenderer, maxFileSize: Int
        do {
            // Checked before the output folder and its lock are created.
            renderer = try BriefingOptions.renderer(args)
            maxFileSize = try InputOptions.maxFileSize(args)
            for input in inputs where Platform.status(input, followingLinks: false) == nil {
                throw BriefError(.usage, "no such file or folder; check the path", at: SourceLocation(file: input))
            }
        } catch let e as BriefError { console.report(e); return .usage } catch { return .usage }
        do {
            let lock = try RunLock.acquire(folder: out, wait: 0)
            defer { lock.release() }
            let output = try Generation.begin(in: out)
            let builder = BriefingBuilder(renderer: renderer, formats: formats)
            // Digests are made as their feeds are extracted (see Corpus.load).
            let corpus: Corpus
            do {
                corpus = try Corpus.load(inputs, console: console, maxFileSize: maxFileSize, skipping: [out], progress: !args.has("--quiet"),
                                         digest: { feed, extractions in builder.digest(of: feed, extractions: extractions, unseen: { _ in true }, into: output) })
            } catch { output.discard(); throw error }
            if let e = corpus.nothingRead {
                output.discard()
                console.report(e)
                return .partialFailure
            }
            let result = builder.build(documents: corpus.documents, extractions: corpus.extractions, into: output,
                                       text: corpus.text(of:), digests: corpus.digests)
            for e in result.errors { console.report(e) }
            if args.has("--verbose") { Self.narrate(result, console: console) }
            let failures = corpus.failed + result.errors.count
            if failures > 0 {
                console.err("brief: \(corpus.failed) of \(corpus.total) documents failed; \(result.written.count) briefings written\n")
                return .partialFailure
            }
            return .success
        } catch let e as BriefError { console.report(e); return .partialFailure } catch { return .partialFailure }
    }

    /// `-v`: one line per briefing written or removed; one line when nothing changed.
    static func narrate(_ result: BriefingBuilder.Result, console: Console) {
        for w in result.written { console.err("brief: wrote \(w)\n") }
        for r in result.removed { console.err("brief: removed \(r) (its documents are gone)\n") }
        if result.written.isEmpty && result.removed.isEmpty && result.errors.isEmpty { console.err("brief: nothing changed\n") }
    }
}
