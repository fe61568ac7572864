import Foundation

/// Extracts a `StreamedDocument` window by window, handing on each window's facts as soon
/// as they are read: memory follows the window, not the document.
///
/// The output equals the whole-document extraction's. Windows are whole lines cut where the
/// normaliser cannot join (`TextWindows`), so their normal forms are the whole text's, line
/// for line; one `Reading` reads them all, so its state (section, table header and unit,
/// honour table, line count, position, lead) runs on across the cuts; headline rules look
/// back only within a line, so they mark each window alone; restatements carry the figures
/// seen; a word pair is counted over the whole file; provenance is moved from the window's
/// lines and offsets to the file's. Honours (few) are merged and handed back at the end, to
/// be written after the facts as before.
///
/// A second thread reads and normalises the next window while this one is read.
struct StreamedExtraction {
    let extractor: FactExtractor
    var windowSize = StreamedDocument.windowSize

    /// One window read and normalised, with where it stands in the file.
    struct Part: Sendable {
        var normalized: NormalizedText
        var offset: Int
        var linesBefore: Int
        var isLast: Bool
    }

    /// Calls `emit` with the facts of each window in order, and returns the honours.
    /// - Throws: a `BriefError` naming the file when it cannot be read.
    func run(_ doc: Document, emit: ([Fact]) -> Void) throws -> [Honour] {
        let context = FactExtractor.context(of: doc)
        let parts = WindowPrefetch(path: doc.path, windowSize: windowSize, dropsEmphasis: context.dropsEmphasis,
                                   keepsParagraphs: context.keepsParagraphs)
        defer { parts.cancel() }
        guard var part = try parts.next() else { return [] }
        // A budget's plan or report is told by the first 1,500 bytes of the normal form.
        var ahead: [Part] = []
        var head = part.normalized.bytes
        while doc.kind == .budget, head.count < FactExtractor.executionHeadBytes, !(ahead.last ?? part).isLast,
              let p = try parts.next() {
            ahead.append(p)
            head += p.normalized.bytes
        }
        let path = doc.path, size = windowSize
        let pairs = WordPairs(inWholeDocument: { needle, window in
            // Most pairs a document joins it writes often: the window says so first.
            WordPairs.count(needle, in: window.bytes, upTo: 4) > 3 || ((try? Self.count(needle, in: path, windowSize: size)) ?? 0) > 3
        })
        var reading = Reading(context: context, normalized: part.normalized, extractor: extractor,
                              normalizedHead: head[...], wordPairs: pairs)
        head = []
        var rules = HeadlineRules(catalog: extractor.catalog, title: context.title, kind: context.kind, unit: context.unit)
        rules.evaluatesPerformance = context.kind == .budget && !reading.isBudgetPlan && (context.title?.hasBytes("绩效") ?? false)
        var restatements = Restatements()
        var honours: [Honour] = []
        var first = true
        while true {
            if !first { reading.move(to: part.normalized) }
            first = false
            let end = part.normalized.bytes.count
            for line in ScalarLine.lines(of: part.normalized) {
                // The empty line after a window's last newline is the next window's first.
                if !part.isLast, line.offsets.first == end { break }
                reading.read(line)
            }
            reading.finishCards()
            var facts: [Fact] = []
            swap(&facts, &reading.facts)
            AuditRectification.mark(&facts, title: context.title, reportYear: context.reportYear)
            rules.mark(&facts, traces: reading.traces)
            PartOfYear.mark(&facts, traces: reading.traces, title: context.title, reportYear: context.reportYear, catalog: extractor.catalog)
            reading.traces.removeAll(keepingCapacity: true)
            restatements.mark(&facts)
            if reading.isBudgetPlan { FactExtractor.markBudgetPlans(&facts, catalog: extractor.catalog) }
            for i in facts.indices { Self.move(&facts[i].provenance, part) }
            for i in reading.honours.indices { Self.move(&reading.honours[i].provenance, part) }
            // Merging what was merged with what follows is merging all in one go.
            honours = HonourMerger.merged(honours + reading.honours)
            reading.honours.removeAll()
            reading.skipped.removeAll()
            emit(facts)
            if part.isLast { break }
            guard let next = ahead.isEmpty ? try parts.next() : ahead.removeFirst() else { break }
            part = next
        }
        return honours
    }

    static func move(_ p: inout Provenance, _ part: Part) {
        p.offset += part.offset
        p.line += part.linesBefore
    }

    /// Occurrences of `needle` in the whole file's normal form, counted up to four.
    static func count(_ needle: [UInt8], in path: String, windowSize: Int) throws -> Int {
        var windows = try TextWindows(path: path, size: windowSize)
        defer { windows.close() }
        var n = 0
        while n < 4, let w = try windows.next() {
            guard mayHold(needle, w.bytes) else { continue }
            n += WordPairs.count(needle, in: Normalizer.normalize(bytes: w.bytes).bytes, upTo: 4 - n)
        }
        return n
    }

    /// Whether the normal form of `raw` may hold the pair `needle`: its two scalars are
    /// CJK (from U+4E00), which normalisation neither makes nor changes, so each of its
    /// occurrences is one in `raw` or a join of a line ending in the first (right before
    /// its newline) to one starting with the second. Lets a count skip most windows.
    static func mayHold(_ needle: [UInt8], _ raw: [UInt8]) -> Bool {
        guard let lead = needle.first, lead >= 0xE4 else { return true }
        let width = lead >= 0xF0 ? 4 : 3
        let first = Array(needle.prefix(width)), second = Array(needle.dropFirst(width))
        guard let lead2 = second.first, lead2 >= 0xE4 else { return true }
        func has(_ n: [UInt8]) -> Bool {
            raw.withUnsafeBufferPointer { r in n.withUnsafeBufferPointer { ByteSearch.offset(of: $0, in: r) != nil } }
        }
        if has(needle) { return true }
        let endsLine = has(first + [0x0A]) || has(first + [0x0D, 0x0A])
        // The window starts a line.
        return endsLine && (raw.starts(with: second) || has([0x0A] + second))
    }
}
