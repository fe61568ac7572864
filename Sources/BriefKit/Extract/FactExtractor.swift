#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds every quantitative fact in a document, with provenance into the original bytes.
public struct FactExtractor: Sendable {
    public var catalog: MetricCatalog

    /// Whether numbers seen and not reported are listed (for the audit page). Streaming
    /// and briefings turn it off: each carries a quote, and nobody reads them there.
    public var recordsSkipped = true

    public init(catalog: MetricCatalog = .builtIn) { self.catalog = catalog }

    /// Extracts from a whole document: one extraction, or one per article for a feed.
    /// Takes the document: a caller that passes its only copy (`consume doc`) lets the
    /// text go once it is normalised.
    public func extract(_ doc: consuming Document) -> [Extraction] {
        if doc.format == .feed {
            return doc.articles.map { article in
                let year = Int(article.date.prefix(4))
                var e = extract(text: article.content, path: doc.path, article: article.id, reportYear: year, unit: doc.unit)
                e.article = article
                e.unit = doc.unit
                e.kind = .articleFeed
                e.year = year
                e.published = article.date
                return e
            }
        }
        let text = doc.text
        doc.text = ""
        var e = extract(text: consume text, path: doc.path, article: nil, reportYear: doc.year, unit: doc.unit)
        if doc.kind == .budget {
            // A budget's counts of events and projects are plans, not achieved service or
            // output: only its money and its changes keep a headline category.
            for i in e.facts.indices where ![.finance, .growth].contains(e.facts[i].category) && e.facts[i].metric == nil {
                e.facts[i].category = .other
                e.facts[i].key = false
            }
        }
        e.unit = doc.unit
        e.kind = doc.kind
        e.published = doc.published
        return [e]
    }

    /// Extracts facts from one text. `reportYear` is the year figures refer to by default.
    public func extract(text: consuming String, path: String, article: String?, reportYear: Int?, unit: String? = nil) -> Extraction {
        let normalized = Normalizer.normalize(consume text)
        let locator = ProvenanceLocator(original: normalized.original, document: path, article: article)
        var facts: [Fact] = []
        var tableUnit = ""
        var linesSinceUnit = 0
        var tableFigures = Set<TableFigure>()
        var honours: [Honour] = []
        var skipped: [SkippedNumber] = []
        let wordPairs = WordPairs()
        let honourFinder = HonourExtractor(unit: unit)
        var honourTable = HonourExtractor.TableState()
        for line in ScalarLine.lines(of: normalized) {
            if let unit = TableReader.unitDeclaration(in: line.scalars) {
                tableUnit = unit
                linesSinceUnit = 0
            } else {
                linesSinceUnit += 1
            }
            func makeHonour(_ title: String, _ level: Honour.Level, _ recipient: String, _ issuer: String?, _ year: Int?,
                            _ r: Range<Int>, source: FactSource) -> Honour {
                Honour(title: title, level: level, recipient: recipient, issuer: issuer, year: year, source: source,
                       provenance: locator.provenance(of: normalized.originalRange(line.byteRange(r))))
            }
            if line.scalars.contains("\t") {
                if let h = honourFinder.honour(inRow: line, state: &honourTable, reportYear: reportYear,
                                               make: { makeHonour($0, $1, $2, $3, $4, $5, source: .table) }) {
                    honours.append(h)
                    continue
                }
                let unit = linesSinceUnit < 80 ? tableUnit : ""
                for cell in TableReader.cells(of: line, unit: unit) {
                    let range = normalized.originalRange(line.byteRange(cell.number))
                    if let problem = ExactNumber.problem(significantDigits: ExactNumber.significantDigits(in: line.scalars[cell.number])) {
                        if recordsSkipped { skipped.append(SkippedNumber(text: line.text(cell.number), reason: problem, provenance: locator.provenance(of: range))) }
                        continue
                    }
                    let metric = catalog.metric(forSubject: cell.subject, measure: cell.quantity.measure)
                    var category = metric?.category ?? MetricCatalog.category(subject: cell.subject, quantity: cell.quantity)
                    // Headline rows only: the first figure of a row, at most two classification
                    // levels deep, and not a figure an earlier table already gave.
                    let restated = !tableFigures.insert(TableFigure(value: cell.quantity.value, measure: cell.quantity.measure)).inserted
                    if !cell.firstValueOfRow || cell.codeDepth >= 2 || restated { category = .other }
                    facts.append(Fact(subject: cell.subject, quantity: cell.quantity, year: reportYear, category: category,
                                      metric: cell.firstValueOfRow ? metric?.id : nil, key: false,
                                      confident: cell.firstValueOfRow && !unit.isEmpty, source: .table,
                                      provenance: locator.provenance(of: range)))
                }
                continue
            }
            if !line.scalars.isEmpty { honourTable = HonourExtractor.TableState() }
            facts += textFacts(line, normalized: normalized, locator: locator, reportYear: reportYear, skipped: &skipped, wordPairs: wordPairs)
            honours += honourFinder.honours(inText: line, reportYear: reportYear,
                                            make: { makeHonour($0, $1, $2, $3, $4, $5, source: .text) })
        }
        return Extraction(document: path, article: nil, unit: nil, kind: .other, year: reportYear, published: nil,
                          facts: Self.markRestatements(facts), honours: honours, skipped: skipped)
    }

    func textFacts(_ line: ScalarLine, normalized: NormalizedText, locator: ProvenanceLocator, reportYear: Int?,
                   skipped: inout [SkippedNumber], wordPairs: WordPairs) -> [Fact] {
        var facts: [Fact] = []
        let scanner = QuantityScanner(line.scalars, joinsWord: { a, b in
            // A PDF can drop a number into a word ("专业技术服务项 5483 目项"): the two halves
            // join when the document writes that pair elsewhere too.
            wordPairs.joins(a, b, in: normalized)
        })
        var previous: (subject: String, end: Int, respectively: Bool)? = nil
        for q in scanner.scan() {
            // 近三年来 / 5年来: a look-back window, not a figure.
            func skip(_ reason: String) {
                guard recordsSkipped else { return }
                let r = normalized.originalRange(line.byteRange(q.number))
                skipped.append(SkippedNumber(text: line.text(q.number), reason: reason, provenance: locator.provenance(of: r)))
            }
            if q.quantity.measure.hasSameBytes(as: "年"), scanner.at(q.span.upperBound) == "来" { skip("look-back window (N年来)"); continue }
            if q.isNumberedName { skip("numbered name (二支部, 周年)"); continue }
            if q.isBare && !isRateContext(line, q) { skip("no measure word"); continue }
            let parts = SubjectFinder.parts(in: line, span: q.span)
            var subject = SubjectFinder.subject(parts)
            if let tail = q.splitWordTail { subject += String(Character(tail)) }
            if parts.inherits, let prev = previous,
               !line.scalars[prev.end..<q.span.lowerBound].contains(where: { YearResolver.sentenceEnds.contains($0) }) {
                subject = SubjectFinder.isChangeOnly(parts.left) ? prev.subject + parts.left : prev.subject
            }
            let (year, _) = YearResolver.year(in: line, before: q.span.lowerBound, reportYear: reportYear)
            let range = normalized.originalRange(line.byteRange(q.number))
            let detail = Self.detailReason(subject: subject, quantity: q.quantity,
                                           sentence: line.scalars[YearResolver.sentenceStart(line.scalars, q.span.lowerBound)..<q.span.lowerBound])
            // "按时办结率和市民满意率均 100%": one figure for each item of the list.
            let unsure = parts.respectively || (parts.inherits && previous?.respectively == true)
            for itemSubject in Self.distributedSubjects(parts.rawLeft) ?? [subject] {
                var fact = makeFact(q, subject: itemSubject, year: year, range: range, locator: locator)
                if detail != nil && fact.metric == nil { fact.category = .other; fact.key = false }
                if unsure { fact.confident = false; fact.key = false }
                facts.append(fact)
            }
            let respectively = parts.respectively || (parts.inherits && previous?.respectively == true)
            previous = (subject, q.span.upperBound, respectively)
        }
        for entry in scanner.skipped.entries where recordsSkipped && entry.reason != "not a number" {
            let r = normalized.originalRange(line.byteRange(entry.range))
            skipped.append(SkippedNumber(text: line.text(entry.range), reason: entry.reason, provenance: locator.provenance(of: r)))
        }
        return facts
    }

    func makeFact(_ q: ScannedQuantity, subject: String, year: Int?, range: Range<Int>, locator: ProvenanceLocator) -> Fact {
        let subject = subject.isEmpty ? "（未识别）" : subject
        let scalars = subject.scalarArray
        let metric = catalog.metric(forSubject: subject, scalars: scalars, measure: q.quantity.measure)
        // A change ("…比2023年预算增加") is growth even when it names a known metric.
        let heuristic = MetricCatalog.category(subject: scalars, quantity: q.quantity)
        var category = heuristic == .growth ? .growth
            : metric?.category ?? catalog.category(forSubject: scalars, measure: q.quantity.measure) ?? heuristic
        var key = category == .growth ? false : metric?.key ?? false
        if category == .growth, q.quantity.isRate, ["同比", "较上年", "比上年"].contains(where: { subject.hasBytes($0) }) { key = true }
        // A two-character subject ("区税") has lost its owner: never a headline on its own.
        let confident = !q.isRangeEnd && !q.isBare && !subject.hasSameBytes(as: "（未识别）") && scalars.count >= 3
        if !confident { category = .other; key = false }
        var quantity = q.quantity
        // Chinese documents write units with full-width brackets; normalisation folded them.
        if quantity.measure.utf8.contains(where: { $0 == 0x28 || $0 == 0x29 }) {
            quantity.measure = quantity.measure.replacingOccurrences(of: "(", with: "（").replacingOccurrences(of: ")", with: "）")
        }
        return Fact(subject: subject, quantity: quantity, year: year, category: category, metric: metric?.id,
                    key: key, confident: confident, source: .text, provenance: locator.provenance(of: range))
    }

    /// A figure the document already gave (same year, value and measure, a subject sharing
    /// a word) stays in the list for provenance but is not counted again in its category.
    static func markRestatements(_ facts: [Fact]) -> [Fact] {
        // Keyed by value, not by a formatted string: this runs for every figure.
        struct Figure: Hashable { var year: Int; var value: Double; var measure: String }
        var seen: [Figure: [String]] = [:]
        var result = facts
        for i in result.indices where result[i].source == .text && result[i].category != .other {
            let f = result[i]
            let folded = f.quantity.folded
            let k = Figure(year: f.year ?? 0, value: folded.value, measure: folded.measure)
            if let earlier = seen[k], earlier.contains(where: { sharesWord($0, f.subject) }) {
                result[i].category = .other
                result[i].key = false
            }
            // Only the most recent subjects per value are compared: a list of thousands of
            // equal figures must not make this quadratic.
            if seen[k, default: []].count < 32 { seen[k, default: []].append(f.subject) }
        }
        return result
    }

    /// Two subjects name the same thing: one contains the other, or most of their
    /// characters pairs are shared (收入预算 and 支出预算 are different things).
    static func sharesWord(_ a: String, _ b: String) -> Bool {
        guard a.unicodeScalars.count >= 2, b.unicodeScalars.count >= 2 else { return false }
        if a.contains(b) || b.contains(a) { return true }
        return HonourComparison.similarity(a, b) >= 0.6
    }

    /// Why a figure is a detail rather than a headline of its category, or nil: a cost line
    /// item (…费) of modest size, a rate per period (每季度, 每次), or a target quoted from
    /// another document (《…》提出：…).
    /// The sentence is read as scalars in place: this runs for every figure, and a
    /// sentence may be hundreds of characters.
    static func detailReason(subject: String, quantity: Quantity, sentence: ArraySlice<Unicode.Scalar>) -> String? {
        if quantity.isMoney, subject.endsWithBytes("费") || subject.endsWithBytes("费用"), quantity.folded.value < 1_000_000 { return "cost line item" }
        if subject.hasBytes("每") || sentence.last == "每" || subject.hasBytes("单价") { return "rate per period or item" }
        var i = sentence.startIndex
        while let close = sentence[i...].firstIndex(of: "》") {
            if quotedTargetVerbs.match(in: sentence, at: close + 1) != nil { return "target quoted from another document" }
            i = close + 1
        }
        return nil
    }

    /// After 《…》: a target another document sets.
    static let quotedTargetVerbs = WordList(["提出", "指出", "明确", "要求"])

    /// "A和B均", "A、B均": the subjects a shared figure applies to, or nil.
    static func distributedSubjects(_ rawLeft: String) -> [String]? {
        let t = rawLeft.trimmingSpaces
        guard t.endsWithBytes("均") else { return nil }
        let items = t.dropLast().split(whereSeparator: { $0 == "和" || $0 == "、" || $0 == "及" }).map { SubjectFinder.clean(String($0)) }
        guard items.count >= 2, items.allSatisfy({ $0.unicodeScalars.count >= 2 }) else { return nil }
        return items
    }

    /// A number with no measure is a figure only after a rate or index word in its sentence
    /// (客户投诉率保持为 0, 满意度指数达到 96.8), and then only as a value up to 100.
    func isRateContext(_ line: ScalarLine, _ q: ScannedQuantity) -> Bool {
        guard q.quantity.value >= 0, q.quantity.value <= 100 else { return false }
        if let next = line.scalars[safe: q.span.upperBound], !SubjectFinder.clauseBreaks.contains(next), next != "。", next != " " { return false }
        let start = max(0, q.span.lowerBound - 30)
        let before = line.text(start..<q.span.lowerBound)
        let sentence = before.split(whereSeparator: { $0 == "。" || $0 == "；" }).last.map(String.init) ?? before
        return ["率", "指数", "得分", "评分"].contains { sentence.hasBytes($0) }
    }
}

/// A table figure as written (value and measure), to spot one an earlier table gave.
private struct TableFigure: Hashable {
    var value: Double
    var measure: String
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}

/// Counts of character pairs in a document, looked up once per pair.
final class WordPairs {
    private var cache: [String: Bool] = [:]

    func joins(_ a: Unicode.Scalar, _ b: Unicode.Scalar, in text: NormalizedText) -> Bool {
        let pair = String(scalars: [a, b])
        if let known = cache[pair] { return known }
        // Counted with memchr on the first byte and memcmp, stopping at four: a pair is
        // looked up once per document, but each lookup reads the whole text.
        var count = 0
        let needle = Array(pair.utf8)
        text.bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in
                guard let h = hay.baseAddress, let nb = n.baseAddress, n.count > 0 else { return }
                var offset = 0
                while count <= 3, offset + n.count <= hay.count,
                      let hit = memchr(h + offset, Int32(n[0]), hay.count - offset - n.count + 1) {
                    let at = UnsafeRawPointer(hit) - UnsafeRawPointer(h)
                    if memcmp(h + at, nb, n.count) == 0 { count += 1; offset = at + n.count } else { offset = at + 1 }
                }
            }
        }
        cache[pair] = count > 3
        return count > 3
    }
}
