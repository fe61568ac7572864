import Foundation

/// Turns paths into documents: expands folders, reads bytes, converts PDFs, decodes, and
/// detects format and metadata. One file's failure never stops the others.
public struct Ingestor: Sendable {
    public var registry: UnitRegistry
    /// Larger files are refused unread (`--max-size`); never more than 4 GB.
    public var maxFileSize = FileBytes.defaultLimit

    public init(registry: UnitRegistry = .builtIn) { self.registry = registry }

    /// File extensions taken when a folder is expanded; explicit file paths are always read.
    static let documentExtensions: Set<String> = ["txt", "md", "markdown", "json", "jsonl", "ndjson", "pdf", "text", "docx", "html", "htm"]

    /// All files named by `paths`, folders expanded recursively, in a stable order.
    /// - Throws: a usage error when a path does not exist.
    public static func expand(_ paths: [String]) throws -> [String] {
        try InputWalk.walk(paths).files
    }

    /// Reads and analyses one file.
    public func load(path: String) throws -> Document {
        // Only a regular file within the size limit (asked before it is read; see FileBytes).
        var bytes = try FileBytes.contents(of: path, limit: maxFileSize)
        let size = bytes.count
        var format: DocumentFormat? = nil
        if bytes.starts(with: Array("%PDF-".utf8)) {
            bytes = try PDFText.extract(path: path)
            format = .pdf
        } else if let converted = try DocumentConversion.convert(bytes, path: path) {
            bytes = []
            return try analyse(text: converted.text, path: path, encoding: converted.encoding, size: size,
                               knownFormat: converted.format, properties: converted.properties)
        }
        if bytes.isEmpty {
            throw BriefError(.input, "empty file; nothing to read", at: SourceLocation(file: path))
        }
        let (text, encoding) = try TextDecoding.decode(bytes, file: path)
        bytes = []   // the text holds the document from here
        return try analyse(text: text, path: path, encoding: encoding, size: size, knownFormat: format)
    }

    /// Analyses already-decoded text (used by `load` and by tests). `properties` (a Word
    /// file's or web page's title and date) fill in what the text does not state.
    public func analyse(text: String, path: String, encoding: TextEncoding = .utf8, size: Int? = nil,
                        knownFormat: DocumentFormat? = nil, properties: DocumentProperties? = nil) throws -> Document {
        var json: JSONValue? = nil
        let format = try knownFormat ?? detectFormat(text, path: path, json: &json)
        var doc = Document(path: path, format: format, encoding: encoding, kind: .other, unit: nil, year: nil,
                           published: nil, sizeInBytes: size ?? text.utf8.count, text: text, articles: [])
        // A data API's table: its text is the table written out, read as any other text.
        if format == .dataTable, let parsed = json, let table = JSONDataTable.convert(parsed) {
            return try analyse(text: table.text, path: path, encoding: encoding, size: size ?? text.utf8.count,
                               knownFormat: .dataTable, properties: table.properties)
        }
        if format == .feed {
            doc.articles = try FeedReader.articles(from: json ?? JSONReader.parse(text, file: path, carriageReturnAsNewline: true), file: path)
            doc.kind = .articleFeed
            let publishers = doc.articles.map(\.publisher).filter { !$0.isEmpty }
            if let named = mostCommon(publishers) {
                let p = Self.organisationPart(of: named)
                doc.unit = UnitNames.canonical(p, registry: registry)
                // An account's short name (上海软件评测, 上海商务) stands for the organisation its
                // articles name that holds its words (上海市软件评测中心, 上海市商务委员会).
                if doc.unit == p, let org = Self.organisation(namedBy: p, in: doc.articles) {
                    doc.unit = UnitNames.canonical(org, registry: registry)
                }
            }
            let dates = doc.articles.map(\.date).filter { !$0.isEmpty }.sorted()
            doc.published = dates.last
            return doc
        }
        describe(&doc, survey: TextSurvey(text: text), properties: properties)
        return doc
    }

    /// Kind, year, date, unit and title, from what the detectors read of the text.
    func describe(_ doc: inout Document, survey: TextSurvey, properties: DocumentProperties?) {
        let (kind, year) = MetadataDetector.kindAndYear(head: survey.headLines)
        doc.kind = kind
        doc.year = year
        doc.published = MetadataDetector.publishedDate(of: survey, reportingYear: year)
        doc.unit = UnitDetector.unit(of: survey, kind: kind, registry: registry, site: properties?.site)
            ?? MetadataDetector.unit(of: survey, registry: registry)
        properties?.complete(&doc, registry: registry)
        doc.title = properties?.title.flatMap { $0.isEmpty ? nil : $0 } ?? MetadataDetector.title(head: survey.headLines)
        // A news page names no report year: the year its title or most of its figures state.
        // (Not the span of a plan it reviews: …三年行动计划（2024—2026年）中期评估报告.)
        if doc.year == nil, let t = doc.title, let named = MetadataDetector.yearNamed(inTitle: t),
           case let y = MetadataDetector.reviewedYear(named, titles: [t] + survey.headLines.prefix(8).map(String.init)),
           !SectionContext.namesYearSpan(t.scalarArray.map { Digits.fold($0) }),
           doc.published.flatMap({ Int($0.prefix(4)) }).map({ y <= $0 }) ?? true {
            // 数说2025｜…: a year-in-review page published the January after.
            doc.year = y
        }
        if doc.year == nil {
            let inferred = MetadataDetector.inferredYear(head: survey.headLines, published: doc.published)
            doc.year = inferred.year
            doc.yearIsGuess = !inferred.sure
        }
        // 《闵行年鉴（2025）》 records 2024: a yearbook is named for the year it is published in.
        if let t = doc.title, t.hasBytes("年鉴"), let y = MetadataDetector.yearNamed(inTitle: t), doc.year == y {
            doc.year = y - 1
            doc.yearIsGuess = false
        }
        // 《上海市生物医药产业发展白皮书（2025）》 is named for the year it is published in too, when
        // its body speaks of the year before (`2024年，全市生物医药产业规模…`).
        if let t = doc.title, t.hasBytes("白皮书") || t.hasBytes("蓝皮书"), let y = doc.year, MetadataDetector.yearNamed(inTitle: t) == y,
           MetadataDetector.mostNamedYear(head: survey.headLines) == y - 1 {
            doc.year = y - 1
            doc.yearIsGuess = false
        }
        // 《…“十五五”产业发展规划（2026—2030年）》, published in its first year, states what
        // was achieved by the year before it: the plan's base year.
        if let t = doc.title, let y = doc.year, MetadataDetector.yearNamed(inTitle: t) == y,
           SectionContext.namesYearSpan(t.scalarArray.map { Digits.fold($0) }), MetadataDetector.isPlanOfYears(t),
           doc.published.flatMap({ Int($0.prefix(4)) }).map({ $0 <= y }) ?? true {
            doc.year = y - 1
            doc.yearIsGuess = false
        }
        // 《在2026年…科技创新大会上的讲话》 of 26 February sums up 过去一年: its figures are
        // 2025's, and its 今年 (counted from the date) is 2026. (Also under a slogan, with the
        // occasion in its subtitle: ——在…2026年工作会议上的讲话, read as a work summary.)
        if doc.kind == .other || doc.kind == .workSummary, let title = doc.title, let y = doc.year,
           case let t = title + (MetadataDetector.subtitle(of: title, in: survey.headLines) ?? ""), MetadataDetector.yearNamed(inTitle: t) == y,
           doc.published.flatMap({ Int($0.prefix(4)) }).map({ $0 == y || $0 == y - 1 }) == true, MetadataDetector.isAddress(t),
           MetadataDetector.reviewsPastYear(survey.head) {
            doc.year = y - 1
            doc.yearIsGuess = false
        }
    }

    /// A channel named with its column (上海市科技创业中心·中心动态, 某委｜政务公开): the part
    /// that names an organisation; the name itself otherwise.
    static func organisationPart(of name: String) -> String {
        let parts = name.split(whereSeparator: { $0 == "·" || $0 == "｜" || $0 == "|" || $0 == "•" }).map { String($0).trimmingSpaces }
        guard parts.count >= 2 else { return name }
        return parts.first { part in UnitDetector.orgSuffixList.match(in: part.scalarArray, endingBefore: part.scalarCount) != nil } ?? name
    }

    /// The organisation the articles name most that holds an account's words in order, past
    /// its 上海/上海市 (上海知识产权 → 上海市知识产权局); nil when none does.
    static func organisation(namedBy account: String, in articles: [Article]) -> String? {
        var core = account.scalarArray
        for lead in ["上海市", "上海"].map({ Array($0.unicodeScalars) }) where core.starts(with: lead) { core.removeFirst(lead.count); break }
        guard core.count >= 2 else { return nil }
        var counts: [String: Int] = [:]
        for article in articles {
            // The first 8 KB of each: an organisation names itself early.
            let text = article.title + "\n" + String(decoding: article.content.utf8.prefix(8_000), as: UTF8.self)
            for found in UnitDetector.orgs(in: text.scalarArray) where found.unicodeScalars.count > core.count && isSubsequence(core, of: found.scalarArray) {
                // 上海市商务委办公室 is a part of 上海市商务委: the organisation, not its office.
                var org = found
                for part in ["办公室", "综合处", "处", "办"] where org.endsWithBytes(part) {
                    let rest = String(org.unicodeScalars.dropLast(part.unicodeScalars.count))
                    if ["委", "局", "院", "中心", "委员会"].contains(where: { rest.endsWithBytes($0) }) { org = rest }
                    break
                }
                if org.endsWithBytes("委") { org += "员会" }
                counts[org, default: 0] += 1
            }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    static func isSubsequence(_ a: [Unicode.Scalar], of b: [Unicode.Scalar]) -> Bool {
        var k = 0
        for c in b where k < a.count && c == a[k] { k += 1 }
        return k == a.count
    }

    /// JSON Lines (`.jsonl`, `.ndjson`, or objects one a line): one article object a line, read
    /// as the array they make; nil when the text is one JSON document. A bad line is an error
    /// at that line.
    static func jsonLines(_ text: String, path: String) throws -> JSONValue? {
        let ext = (path as NSString).pathExtension.lowercased()
        var lines: [Substring] = []
        text.forEachLine { line in
            if !line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { lines.append(line) }
            return true
        }
        let oneALine = lines.count >= 2 && lines.allSatisfy { l in
            let t = l.drop(while: { $0 == " " || $0 == "\u{FEFF}" })
            return t.hasPrefix("{") && (t.hasSuffix("}") || t.hasSuffix("}\r"))
        }
        guard ext == "jsonl" || ext == "ndjson" || oneALine else { return nil }
        var items: [JSONValue] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { continue }
            do {
                items.append(try JSONReader.parse(String(line), file: path, carriageReturnAsNewline: true))
            } catch let e as BriefError {
                throw BriefError(e.kind, "JSON Lines: \(e.message)", at: SourceLocation(file: path, line: lineNumber, column: e.location?.column ?? 1))
            }
        }
        return .array(items)
    }

    /// JSON when the text starts with `[` or `{` (a feed only if it has article fields),
    /// Markdown when headings or the extension say so, otherwise plain text.
    /// A feed's parsed JSON is handed back in `json`, so it is read once.
    func detectFormat(_ text: String, path: String, json: inout JSONValue?) throws -> DocumentFormat {
        let first = text.unicodeScalars.first { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }
        if first == "[" || first == "{" {
            // A JSON document is a feed or an error; a feed's \r escapes read as newlines.
            let parsed = try Self.jsonLines(text, path: path) ?? JSONReader.parse(text, file: path, carriageReturnAsNewline: true)
            // Records named by a title field and holding figures but no body are a table.
            let table = JSONDataTable.table(in: parsed, depth: 0) != nil
            if FeedReader.isFeed(parsed), !(table && FeedReader.hasNoBodies(parsed)) { json = parsed; return .feed }
            if table { json = parsed; return .dataTable }
            throw BriefError(.input, "JSON but neither an article feed (an array of objects with title/content) nor a data table (records with a name and figures)",
                             at: SourceLocation(file: path, line: 1, column: 1))
        }
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "md" || ext == "markdown" { return .markdown }
        // Bytes, not Characters, and only the first 200 lines: this runs on every document.
        var lines = 0, headings = 0
        text.forEachLine { line in
            if !line.isEmpty { lines += 1 }
            if line.utf8.starts(with: "# ".utf8) || line.utf8.starts(with: "## ".utf8) { headings += 1 }
            return lines < 200
        }
        return headings >= 2 ? .markdown : .text
    }

    func mostCommon(_ items: [String]) -> String? {
        var counts: [String: Int] = [:]
        for i in items { counts[i, default: 0] += 1 }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }
}
