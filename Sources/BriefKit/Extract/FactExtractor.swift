/// Finds every quantitative fact in a document, with provenance into the original bytes,
/// and what each means: its year and role (from its words, its table column, its section),
/// its metric, and whether it is a headline.
public struct FactExtractor: Sendable {
    public var catalog: MetricCatalog
    public var registry: UnitRegistry

    /// Whether numbers seen and not reported are listed (for the audit page). Streaming
    /// and briefings turn it off: each carries a quote, and nobody reads them there.
    public var recordsSkipped = true

    public init(catalog: MetricCatalog = .builtIn, registry: UnitRegistry = .builtIn) {
        self.catalog = catalog
        self.registry = registry
    }

    /// Extracts from a whole document: one extraction, or one per article for a feed.
    /// Takes the document: a caller that passes its only copy (`consume doc`) lets the
    /// text go once it is normalised.
    public func extract(_ doc: consuming Document) -> [Extraction] {
        if doc.format == .feed {
            return doc.articles.map { article in
                let published = Int(article.date.prefix(4))
                // An article of early 2025 about "2024年…" reports on 2024.
                let month = article.date.utf8.count >= 7 ? Int(article.date.dropFirst(5).prefix(2)) : nil
                let year = ReportYear.ofArticle(title: article.title, content: article.content, publishedYear: published, publishedMonth: month)
                var context = TextContext(path: doc.path, article: article.id, reportYear: year, relativeYear: published,
                                          unit: doc.unit, kind: .articleFeed, title: article.title)
                // An article's lines are its paragraphs (blocks of its HTML, or breaks it kept).
                context.joinsWrappedLines = false
                var e = extract(text: article.content, context: context)
                e.article = article
                e.unit = doc.unit
                e.kind = .articleFeed
                e.year = year
                e.published = article.date
                e.title = article.title
                return e
            }
        }
        let text = doc.text
        doc.text = ""
        var e = extract(text: consume text, context: Self.context(of: doc))
        e.unit = doc.unit
        e.kind = doc.kind
        e.published = doc.published
        e.title = doc.title
        return [e]
    }

    /// How a document (not a feed) is read: its year, the year 今年 counts from, its unit and kind.
    static func context(of doc: Document) -> TextContext {
        // News pages count 今年/去年 from their date; reports from the year they report on.
        let published = doc.published.flatMap { Int($0.prefix(4)) }
        let relative = doc.kind == .other && !ReportYear.titleReports(year: doc.year, title: doc.title) ? (published ?? doc.year) : doc.year
        var context = TextContext(path: doc.path, reportYear: doc.year, relativeYear: relative, unit: doc.unit, kind: doc.kind, title: doc.title)
        context.reportYearIsGuess = doc.yearIsGuess
        if let date = doc.published, published == relative, date.utf8.count >= 7 {
            context.publishedMonth = Int(date.dropFirst(5).prefix(2))
        }
        context.dropsEmphasis = doc.format == .markdown
        context.keepsParagraphs = doc.format == .markdown
        return context
    }

    /// A budget's counts of events and projects are plans, not achieved service or
    /// output: only its money and its changes keep a headline category.
    /// A count the catalog calls a budget's own (编报绩效目标的项目 42 个) is a fact of the plan.
    static func markBudgetPlans(_ facts: inout [Fact], catalog: MetricCatalog) {
        for i in facts.indices where !facts[i].quantity.isMoney && !facts[i].quantity.isRate {
            if let id = facts[i].metric, catalog.metric(id: id)?.family == "budget-count" { continue }
            facts[i].category = .other
            facts[i].key = false
        }
    }

    /// Extracts facts from one text. `reportYear` is the year figures refer to by default.
    public func extract(text: consuming String, path: String, article: String?, reportYear: Int?, unit: String? = nil) -> Extraction {
        extract(text: text, context: TextContext(path: path, article: article, reportYear: reportYear, unit: unit))
    }

    /// Extracts facts from one text read in its context.
    public func extract(text: consuming String, context: TextContext) -> Extraction {
        let normalized = Normalizer.normalize(consume text, joinsWrappedLines: context.joinsWrappedLines, dropsEmphasis: context.dropsEmphasis,
                                              keepsParagraphs: context.keepsParagraphs)
        var reading = Reading(context: context, normalized: normalized, extractor: self)
        for line in ScalarLine.lines(of: normalized) {
            reading.read(line)
        }
        reading.finishCards()
        // Taken out of the reading, not copied: marking them below then writes to the only
        // copy (a shared array would be duplicated, every fact's strings retained).
        var facts: [Fact] = []
        swap(&facts, &reading.facts)
        var rules = HeadlineRules(catalog: catalog, title: context.title, kind: context.kind, unit: context.unit)
        rules.evaluatesPerformance = context.kind == .budget && !reading.isBudgetPlan && (context.title?.hasBytes("绩效") ?? false)
        AuditRectification.mark(&facts, title: context.title, reportYear: context.reportYear)
        rules.mark(&facts, traces: reading.traces)
        PartOfYear.mark(&facts, traces: reading.traces, title: context.title, reportYear: context.reportYear, catalog: catalog)
        Self.markRestatements(&facts)
        // A 决算 or a 绩效自评 reports what was done; only a plan's counts are not achieved.
        if reading.isBudgetPlan { Self.markBudgetPlans(&facts, catalog: catalog) }
        return Extraction(document: context.path, article: nil, unit: nil, kind: context.kind, year: context.reportYear,
                          published: nil, facts: facts, honours: HonourMerger.merged(reading.honours), skipped: reading.skipped)
    }

    /// A figure the document already gave (same year, value and measure, a subject sharing
    /// a word) stays in the list for provenance but is not counted again in its category.
    static func markRestatements(_ result: inout [Fact]) {
        var restatements = Restatements()
        restatements.mark(&result)
    }

    /// Two subjects name the same thing: one contains the other, or most of their
    /// characters pairs are shared (收入预算 and 支出预算 are different things).
    static func sharesWord(_ a: String, _ b: String) -> Bool {
        guard a.scalarCount >= 2, b.scalarCount >= 2 else { return false }
        // By byte: Foundation's contains goes through CFString, a dozen thousand
        // instructions a pair; both subjects come from the same NFC text.
        if a.hasBytes(b) || b.hasBytes(a) { return true }
        return HonourComparison.similarity(a, b) >= 0.6
    }

    /// Whether a budget document reports execution (预算执行情况, 决算) rather than a plan:
    /// said in its title area.
    static let executionHeadBytes = 1500

    static func isExecutionReport(_ text: ArraySlice<UInt8>) -> Bool {
        // A title set with spaces between its characters (支 出 绩 效 自 评 报 告) says the same.
        let head = String(decoding: text.prefix(executionHeadBytes).filter { $0 != 0x20 }, as: UTF8.self)
        return ["执行情况", "决算", "执行报告", "绩效自评", "绩效评价", "自评报告"].contains { head.hasBytes($0) }
    }
}

/// What a figure's headline rules need to know about where it stood, kept beside the
/// facts while a text is read (not part of `Fact`: no view needs it).
struct FigureTrace {
    /// The line (paragraph) and the sentence within it.
    var line: Int
    var sentence: Int
    /// The subject came from the figure before (同比增长 after 营收 1104.94 亿元).
    var inherits: Bool
    /// Under a summary heading (主要目标完成情况).
    var inSummary: Bool
    /// Scalars from the start of the text: an article's lead is its first paragraph.
    var position: Int
    /// The first paragraph that states a figure.
    var inLead: Bool
    /// A table row whose label is a total (合计, 收入总计).
    var isTotalRow: Bool
    var fromTable: Bool
    /// A detail of its category: a modest cost item, a rate per period, a quoted target.
    var isDetail = false
    /// The part of the year its sentence says it covers (上半年, 1—6月).
    var partOfYear: String? = nil
    /// The run-in head of the yearbook entry it stands in (`【科学普及】`).
    var entryHead: String? = nil
    /// Stated as a sum (以上奖励资金共计46万元, 合计246万元).
    var statedAsSum = false
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
