import BriefKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Feeds generated inputs to ingest, extract, render and build in-process, through
/// BriefKit's public API, and checks what must hold whatever the input: no crash (a crash
/// names its case, see `CrashNote`), no hang (each case within `bound`), values finite and
/// exact, provenance inside the text, errors one line of Brief's own kind, outputs whole.
final class FuzzHarness {
    enum Family: String, CaseIterable {
        case numerals, digits, encodings, feeds, templates, configs, build
    }

    struct Report {
        var cases = 0
        var byFamily: [Family: Int] = [:]
        /// Inputs Brief refused with one of its errors (a bad document, a template error):
        /// expected and counted, not failures.
        var refused = 0
        var facts = 0
        var failures: [String] = []
        var slowest: (seconds: Double, label: String) = (0, "")
        var seconds = 0.0
        var peakResidentMB = 0.0
    }

    let seed: UInt64
    let bound: Double
    private let scratch: URL
    private var report = Report()
    private let ingestor = Ingestor()
    private let extractor = FactExtractor()

    init(seed: UInt64, bound: Double) throws {
        self.seed = seed
        self.bound = bound
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("brief-fuzz-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: scratch) }

    /// Runs cases `from ..< from + count`; every case is replayable on its own.
    func run(from: Int, count: Int, progress: ((Report) -> Void)? = nil) -> Report {
        CrashNote.install()
        CrashNote.watch(hangSeconds: max(60, bound * 6))
        let start = Date()
        for index in from..<(from + count) {
            var r = SplitMix64(seed: seed, case: index)
            // One build in a hundred: a build writes files; the rest stay in memory.
            let family: Family = r.oneIn(100) ? .build : Family.allCases[r.below(Family.allCases.count - 1)]
            CrashNote.set("brief-fuzz: crashed in case \(index) (\(family.rawValue)); replay: Scripts/fuzz.sh --seed \(seed) --from \(index) --cases 1\n")
            let t0 = Date()
            run(family, &r, label: "case \(index) (\(family.rawValue))")
            let t = Date().timeIntervalSince(t0)
            if t > report.slowest.seconds { report.slowest = (t, "case \(index) (\(family.rawValue))") }
            if t > bound { fail("case \(index) (\(family.rawValue)) took \(String(format: "%.2f", t)) s, over \(bound) s") }
            report.cases += 1
            report.byFamily[family, default: 0] += 1
            if let progress, report.cases % 100_000 == 0 { progress(report) }
        }
        // The run is over: the watchdog and the crash note must not blame its last case for
        // whatever the process does next (the other test suites of `swift test`).
        CrashNote.finish()
        report.seconds = Date().timeIntervalSince(start)
        report.peakResidentMB = Self.peakResidentMB()
        return report
    }

    private func fail(_ message: String) {
        if report.failures.count < 50 { report.failures.append(message) }
    }

    private func run(_ family: Family, _ r: inout SplitMix64, label: String) {
        switch family {
        case .numerals, .digits:
            var text = FuzzInputs.document(&r)
            for _ in 0..<r.length(6) { text += "\n" + (family == .numerals ? FuzzInputs.numeralStack(&r) : FuzzInputs.digitRun(&r)) + r.pick(FuzzInputs.measures) }
            extract(text: text, label: label)
        case .encodings:
            ingest(FuzzInputs.encoded(FuzzInputs.document(&r), &r), label: label)
        case .feeds:
            let bytes = FuzzInputs.feed(&r)
            _ = try? JSONReader.parse(bytes: bytes, file: "fuzz.json", carriageReturnAsNewline: true)
            ingest(bytes, label: label)
        case .templates:
            render(FuzzInputs.template(&r), &r, label: label)
        case .configs:
            config(&r, label: label)
        case .build:
            build(&r, label: label)
        }
    }

    // MARK: Stages

    /// Brief's own errors, or the template engine's (its own module, whose typed error
    /// carries the tag's position; the CLI turns it into a BriefError).
    private func checkError(_ error: Error, label: String) {
        if let e = error as? TemplateError {
            report.refused += 1
            if e.message.isEmpty || e.line < 1 { fail("\(label): a template error without a message or line: \(e)") }
            return
        }
        guard let e = error as? BriefError else { return fail("\(label): not a BriefError: \(error)") }
        report.refused += 1
        if e.message.isEmpty { fail("\(label): an error without a message") }
    }

    private func check(_ extractions: [Extraction], texts: [String], label: String) {
        for (k, e) in extractions.enumerated() {
            let length = (k < texts.count ? texts[k] : texts.last ?? "").utf8.count
            for f in e.facts {
                report.facts += 1
                // Reported values are exact (ExactNumber); the folded form stays finite.
                if !f.quantity.value.isFinite || f.quantity.value.magnitude >= 1e15 || !f.quantity.folded.value.isFinite {
                    fail("\(label): value \(f.quantity.value) \(f.quantity.measure) reported")
                }
                if f.provenance.offset < 0 || f.provenance.offset + f.provenance.length > length {
                    fail("\(label): provenance \(f.provenance.offset)+\(f.provenance.length) outside \(length) bytes")
                }
            }
        }
    }

    private func extract(text: String, label: String) {
        let e = extractor.extract(text: text, path: "fuzz.txt", article: nil, reportYear: 2023)
        check([e], texts: [text], label: label)
    }

    private func ingest(_ bytes: [UInt8], label: String) {
        do {
            let (text, encoding) = try TextDecoding.decode(bytes, file: "fuzz.txt")
            let doc = try ingestor.analyse(text: text, path: "fuzz.txt", encoding: encoding)
            let texts = doc.format == .feed ? doc.articles.map(\.content) : [doc.text]
            check(extractor.extract(doc), texts: texts, label: label)
        } catch { checkError(error, label: label) }
    }

    private func render(_ source: String, _ r: inout SplitMix64, label: String) {
        let data: MustacheValue = ["title": "标题<b>", "chart": "<svg/>", "x": "| a |", "units": [["unit": "单位", "figures": [["name": "[x](javascript:1)"]]]],
                                   "a": ["b": ["c": "深"]], "单位": "上海软件中心", "指标": [["名称": "服务企业"]], "dyn": "p", "sources": []]
        let partials = ["p": FuzzInputs.template(&r), "partials/sources": "{{#sources}}{{n}}{{/sources}}", "layout": FuzzInputs.template(&r)]
        let name = r.pick(["fuzz.md.mustache", "fuzz.html.mustache", "fuzz.mustache"])
        do {
            let t = try Template(source: source, name: name)
            _ = try t.render(data, library: .dictionary(partials), strict: r.oneIn(2))
        } catch { checkError(error, label: label) }
    }

    private func config(_ r: inout SplitMix64, label: String) {
        do { _ = try RunConfig.parse(FuzzInputs.config(&r), file: "brief.json", base: scratch.path) } catch { checkError(error, label: label) }
        let data = FuzzInputs.dataFile(&r)
        do { _ = try UnitRegistry.parse(json: data, file: "units.json") } catch { checkError(error, label: label) }
        do { _ = try MetricCatalog.parse(json: data, file: "metrics.json") } catch { checkError(error, label: label) }
    }

    /// Documents written to a folder and built into another, through the CLI's own entry
    /// point: the outcome is 0 or 1, every message one `brief:` line, and the folder shows
    /// one whole generation with nothing staged left behind.
    private func build(_ r: inout SplitMix64, label: String) {
        let input = scratch.appendingPathComponent("in"), output = scratch.appendingPathComponent("out")
        try? FileManager.default.removeItem(at: input)
        try? FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for k in 0..<r.length(4) {
            let bytes = r.oneIn(3) ? FuzzInputs.feed(&r) : FuzzInputs.encoded(FuzzInputs.document(&r), &r)
            FileManager.default.createFile(atPath: input.appendingPathComponent("d\(k).\(r.pick(["txt", "md", "json"]))").path, contents: Data(bytes))
        }
        if r.oneIn(3) { try? FileManager.default.removeItem(at: output) }
        let captured = Captured()
        let args = ["build", input.path, "--out", output.path, "--quiet", "--format", r.pick(["md", "html", "md,html"])]
        let status = BriefCLI.main(args, console: captured.console)
        if status == .usage { fail("\(label): build exited 2: \(captured.err)") }
        for line in captured.err.split(separator: "\n", omittingEmptySubsequences: false).dropLast() where !line.hasPrefix("brief: ") {
            fail("\(label): a message that is not one 'brief:' line: \(line)")
        }
        let meta = output.appendingPathComponent(".brief").path
        let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: meta)) ?? []).filter { $0.hasPrefix("staging-") || $0 == "current.new" }
        if !leftovers.isEmpty { fail("\(label): left \(leftovers) in .brief") }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? [] where !name.hasPrefix(".") {
            if FileManager.default.contents(atPath: output.appendingPathComponent(name).path) == nil { fail("\(label): \(name) leads to nothing") }
        }
        if r.oneIn(4) {
            // The same build again changes nothing.
            let again = Captured()
            _ = BriefCLI.main(args + ["-v"], console: again.console)
            if again.err.contains("brief: wrote") || again.err.contains("brief: removed") { fail("\(label): a second build changed: \(again.err)") }
        }
    }

    static func peakResidentMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024   // kilobytes on Linux
    }
}

/// A console that keeps what a command printed (the harness runs one case at a time).
final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private var _out = "", _err = ""
    var err: String { lock.withLock { _err } }
    var console: Console {
        Console(out: { s in self.lock.withLock { self._out += s } }, err: { s in self.lock.withLock { self._err += s } })
    }
}
