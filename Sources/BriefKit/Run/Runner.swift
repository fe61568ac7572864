import Foundation

/// One unattended run: lock, read, extract, build the configured briefings, remember what
/// was processed. Failures of single inputs or outputs are reported and the rest is done.
public struct Runner {
    public var config: RunConfig
    public var console: Console
    public var verbose = false
    public var wait: Double = 0

    public init(config: RunConfig, console: Console) {
        self.config = config
        self.console = console
    }

    public func run() -> ExitStatus {
        // Everything the config names is checked before anything is created: a failing
        // config leaves no output folder and no lock behind.
        let renderer: BriefingRenderer, registry: UnitRegistry, catalog: MetricCatalog
        do {
            renderer = try BriefingRenderer(templates: config.templates)
            registry = try config.registry.map { try UnitRegistry.loading(file: $0) } ?? .builtIn
            catalog = try config.catalog.map { try MetricCatalog.loading(file: $0) } ?? .builtIn
            for input in config.inputs where Platform.status(input, followingLinks: false) == nil {
                throw BriefError(.usage, "no such file or folder, named in \"inputs\"; check the path", at: SourceLocation(file: input))
            }
        } catch let e as BriefError {
            console.report(BriefError(.usage, e.message, at: e.location))
            return .usage
        } catch { return .usage }

        let lock: RunLock
        do { lock = try RunLock.acquire(folder: config.output, wait: wait) } catch let e as BriefError {
            console.report(e)
            return .partialFailure
        } catch { return .partialFailure }
        defer { lock.release() }

        let (previous, warning) = RunState.load(file: config.state)
        if let warning { console.err("brief: \(warning)\n") }
        var state = previous
        let seen = previous.feeds
        // A digest covers the articles newer than the last run's newest of that feed.
        let unseen: @Sendable (Extraction) -> Bool = { e in
            guard let a = e.article else { return true }
            return a.date > (seen[e.document] ?? "")
        }
        let builder = BriefingBuilder(renderer: renderer, formats: config.formats)
        let output: Generation
        let corpus: Corpus
        do {
            output = try Generation.begin(in: config.output)
            // Digests are made as their feeds are extracted (see Corpus.load), when wanted; a
            // feed with nothing new since the last run keeps its previous digest.
            let makeDigest: Corpus.DigestMaker = { @Sendable feed, extractions in
                builder.digest(of: feed, extractions: extractions, unseen: unseen, into: output, keepWhenNothingNew: true)
            }
            let digest = config.digest ? makeDigest : nil
            do {
                corpus = try Corpus.load(config.inputs, console: console, registry: registry, catalog: catalog,
                                         maxFileSize: config.maxFileSize, skipping: [config.output], digest: digest)
            } catch { output.discard(); throw error }
            if let e = corpus.nothingRead { output.discard(); throw e }
        } catch let e as BriefError {
            console.report(e)
            return .partialFailure
        } catch { return .partialFailure }

        let years = corpus.documents.filter { $0.format != .feed }.compactMap(\.year)
        let config = self.config
        let include: (BriefingPlan.Item) -> Bool = { item in
            switch item {
            case let .annual(year):
                switch config.annual {
                case .none: return false
                case .all: return true
                case .latest: return year == years.max()
                case let .year(y): return year == y
                }
            case .diff: return config.diffs
            case .unit: return config.units
            case .digest: return config.digest
            }
        }
        let result = builder.build(documents: corpus.documents, extractions: corpus.extractions, into: output,
                                   include: include, unseen: unseen, text: corpus.text(of:), digests: corpus.digests, keepDigests: true)
        for e in result.errors { console.report(e) }
        if verbose { BuildCommand.narrate(result, console: console) }

        for doc in corpus.documents where doc.format == .feed {
            if let newest = corpus.newestArticleDate(of: doc) { state.feeds[doc.path] = max(newest, state.feeds[doc.path] ?? "") }
        }
        // Only once the digests are published: otherwise their articles would count as seen.
        var stateFailed = false
        if result.published {
            do { try state.save(file: config.state) } catch let e as BriefError { console.report(e); stateFailed = true } catch { stateFailed = true }
        }

        let failures = corpus.failed + result.errors.count + (stateFailed ? 1 : 0)
        if failures > 0 {
            console.err("brief: \(corpus.failed) of \(corpus.total) documents failed; \(result.written.count) files written\n")
            return .partialFailure
        }
        return .success
    }
}
