/// One text being read, line by line: the state its rules carry from line to line (the
/// section, the table's header and unit, the honour table, the paragraph's year) and what
/// has been found so far.
struct Reading {
    let context: TextContext
    /// The text read: the whole, or the current window of a streamed document (`move(to:)`).
    private(set) var normalized: NormalizedText
    let extractor: FactExtractor
    private(set) var locator: ProvenanceLocator
    /// A departmental budget plans its year's money; a budget execution report or final
    /// accounts (预算执行情况, 决算) state what was spent.
    let isBudgetPlan: Bool

    var sections: SectionContext
    var table = TableState()
    var honourTable = HonourExtractor.TableState()
    let honourFinder: HonourExtractor
    let wordPairs: WordPairs
    /// Whether two characters form a word of the text, for the scanner. A PDF can drop a
    /// number into a word ("专业技术服务项 5483 目项"): the two halves join when the document
    /// writes that pair elsewhere too. Made once per text (and window), not per line.
    private(set) var joinsWord: (Unicode.Scalar, Unicode.Scalar) -> Bool

    var facts: [Fact] = []
    var traces: [FigureTrace] = []
    /// The scanner's log of numbers not reported, reused from line to line: a log and its
    /// entries were allocated and freed for every line.
    let skipLog = SkipLog()
    var honours: [Honour] = []
    var skipped: [SkippedNumber] = []

    /// Lines read, and scalars before the current line (for an article's lead).
    var lineNumber = 0
    /// The document is a final account (部门决算): its title, in the first lines, says 决算.
    var documentIsFinal = false
    var position = 0
    /// Whether a paragraph with figures has been read (the lead is the first).
    var leadSeen = false
    /// Lines with figures read in a work report's opening, before its first heading.
    var openingLines = 0
    /// The last list of years a paragraph paired with 分别, for a 同期 in the next.
    var respectiveYears: [Int] = []
    /// The line before, when it may label a value standing alone on this one (a card).
    var cardLabel: String? = nil
    /// The value alone on the line just read, if it was one (a card's value).
    var lastValueCard: PendingCard? = nil
    /// The block of card lines read so far: values alone and labels alone, in order.
    var cardBlock: [CardLine] = []
    /// Under a heading of links to other articles (往期推荐, 相关阅读 …).
    var inRelatedLinks = false
    /// The last contest named (在第40届上海青少年科技创新大赛中): what a later 大赛 refers to.
    var lastEvent: String? = nil
    /// An article's paragraph that opened with last year (`2024年，` in an article of 2025)
    /// dates a paragraph after it that goes on about that year (`全年新建…2家`, `年内…`).
    var articleParagraphYear: Int? = nil
    /// The year carried to this line, if it goes on (see `articleParagraphYear`).
    var carriedYear: Int? = nil
    /// Under a heading or lead that announces honours (荣誉与认可; …主要包括：), numbered items are honours.
    var honourListOpen = false
    /// The level a group label (`- 国家级`) gives the list's items under it.
    var honourListLevel: Honour.Level? = nil
    /// Who a group label (`- **研究所**`) gives the items under it; nil: the items say, or the unit.
    var honourListRecipient: String? = nil
    /// Items read since the list opened: a sentence before the first is its lead.
    var honourListItems = 0

    /// The last clause of the line before when that line ends mid-sentence, for an honour
    /// whose trigger opens the next line (a buffer reused from line to line).
    var tailBuffer: [Unicode.Scalar] = []
    var hasTail = false

    /// Keeps the clause a line ends on, if no sentence or clause end closes the line.
    /// The line before ends on 比/较 (`…确定支持企业136家，比` / `2024年增加17家`): a year
    /// opening this line is the comparison's base, not the figure's year.
    var endsInComparison = false

    mutating func keepTail(_ s: [Unicode.Scalar]) {
        hasTail = false
        var e = s.count
        while e > 0, s[e - 1] == " " { e -= 1 }
        endsInComparison = e > 0 && (s[e - 1] == "比" || s[e - 1] == "较")
        guard e > 0, !HonourExtractor.stops.contains(s[e - 1]), !HonourExtractor.sentenceStops.contains(s[e - 1]) else { return }
        var b = e
        while b > 0, !HonourExtractor.stops.contains(s[b - 1]), e - b < 24 { b -= 1 }
        guard b == 0 || HonourExtractor.stops.contains(s[b - 1]), e - b >= 2 else { return }
        tailBuffer.removeAll(keepingCapacity: true)
        tailBuffer.append(contentsOf: s[b..<e])
        hasTail = true
    }

    /// Where the last honour row's title and issuer cells start, and which honour it made.
    var lastHonourRow: (honour: Int, title: Int?, issuer: Int?)? = nil

    /// An indented fragment that starts under the last honour row's title or issuer cell:
    /// the rest of that cell ("2025 年国家网络安全宣传周优秀 / 组织单位").
    mutating func continueHonourRow(_ s: [Unicode.Scalar]) -> Bool {
        guard let row = lastHonourRow, row.honour < honours.count,
              let first = s.firstIndex(where: { $0 != " " && $0 != "\u{3000}" && $0 != "\t" }), first >= 4 else { return false }
        let text = String(scalars: s[first...]).trimmingSpaces
        guard !text.isEmpty, text.scalarCount <= 20, !text.contains("\t"), !text.unicodeScalars.contains(where: { "。；，".unicodeScalars.contains($0) }) else { return false }
        let at = Self.displayColumn(s, first)
        if let t = row.title, abs(at - t) <= 2 { honours[row.honour].title += text; return true }
        if let i = row.issuer, abs(at - i) <= 2, let issuer = honours[row.honour].issuer { honours[row.honour].issuer = issuer + text; return true }
        return false
    }

    /// The column a scalar is shown at, wide (CJK) characters counting two: how a layout
    /// text lines its cells up.
    static func displayColumn(_ s: [Unicode.Scalar], _ index: Int) -> Int {
        var w = 0
        for c in s[..<min(index, s.count)] { w += c == "\t" ? 1 : (c.value >= 0x1100 && (c.value <= 0x115F || (0x2E80...0xA4CF).contains(c.value) || (0xAC00...0xD7A3).contains(c.value) || (0xF900...0xFAFF).contains(c.value) || (0xFE30...0xFE4F).contains(c.value) || (0xFF00...0xFF60).contains(c.value) || (0xFFE0...0xFFE6).contains(c.value)) ? 2 : 1) }
        return w
    }

    struct TableState {
        var unit = ""
        var linesSinceUnit = 0
        var layout = TableLayout()
        /// Lines since the last table row: a header lapses when the table ends.
        var linesSinceRow = 0
        var figures = Set<TableFigure>()
        /// What a budget table's title says its totals sum (财政拨款收入, 一般公共预算支出), and
        /// the lines of prose since: the title holds over 编制部门 and 单位 lines, not past the table.
        var scope: String? = nil
        var scopeIsFinal = false
        /// The last short line of prose (`五、审计查出问题分类（单位：万元）`; [] after a long
        /// one, nil after a row), and the caption it gives the table whose header follows it:
        /// what a bare 合计 row sums.
        var lastShortLine: [Unicode.Scalar]? = nil
        var caption: String? = nil
        var linesSinceScope = 0
        /// The facts of the last data row, with the columns of their figure and label, for
        /// a second line of its wrapped cells.
        var lastRow: [(fact: Int, column: Int, labelColumn: Int, label: String, primary: Bool)] = []
    }

    /// - Parameters:
    ///   - normalizedHead: the start of the whole normal form, when `normalized` is a window.
    ///   - wordPairs: pairs counted over the whole document, when `normalized` is a window.
    init(context: TextContext, normalized: NormalizedText, extractor: FactExtractor,
         normalizedHead: ArraySlice<UInt8>? = nil, wordPairs: WordPairs = WordPairs()) {
        self.context = context
        self.normalized = normalized
        self.extractor = extractor
        self.wordPairs = wordPairs
        joinsWord = Self.joinsWord(wordPairs, normalized)
        locator = Self.locator(normalized, context)
        isBudgetPlan = context.kind == .budget && !FactExtractor.isExecutionReport(normalizedHead ?? normalized.bytes[...])
        sections = SectionContext(reportYear: context.reportYear,
                                  coversPartOfYear: context.title.map { PartOfYear.named(in: $0.scalarArray, from: 0, to: .max) != nil } ?? false,
                                  plansTheYear: context.title.map(SectionContext.isPlanTitle) ?? false,
                                  planSpanEnd: context.title.flatMap(SectionContext.planSpanEnd(ofTitle:)),
                                  planYear: context.title.flatMap(SectionContext.planYear(ofTitle:)))
        honourFinder = HonourExtractor(unit: context.unit, registry: extractor.registry)
    }

    /// Goes on to the next window of a streamed document, keeping the state read so far.
    /// Provenance is then located in the window (offsets and lines from its start).
    mutating func move(to window: NormalizedText) {
        // The facts of the window before are gone: its cards were finished with it.
        cardBlock.removeAll()
        normalized = window
        joinsWord = Self.joinsWord(wordPairs, window)
        locator = Self.locator(window, context)
    }

    private static func joinsWord(_ pairs: WordPairs, _ text: NormalizedText) -> (Unicode.Scalar, Unicode.Scalar) -> Bool {
        { a, b in pairs.joins(a, b, in: text) }
    }

    private static func locator(_ normalized: NormalizedText, _ context: TextContext) -> ProvenanceLocator {
        ProvenanceLocator(original: normalized.original, document: context.path, article: context.article, normalized: normalized)
    }

    mutating func read(_ line: ScalarLine) {
        if !documentIsFinal, lineNumber <= 12, line.scalars.count <= 60, line.scalars.contains("决"),
           String(scalars: line.scalars).hasBytes("决算") {
            documentIsFinal = true
        }
        lineNumber += 1
        defer { position += line.scalars.count + 1 }
        // A declaration in a header cell (本年收费金额（单位：万元）) is its column's, not the
        // next tables' (a table of applications counted 22 万元).
        if let unit = TableReader.unitDeclaration(in: line.scalars), !TableReader.isRow(line.scalars) || TableReader.declaresInOwnCell(line.scalars) {
            table.unit = unit
            table.linesSinceUnit = 0
        } else {
            table.linesSinceUnit += 1
        }
        if TableReader.isRow(line.scalars) {
            // A wrapped cell the layout put under its column (leading tabs) is still the honour row's.
            if honourTable.isHonourTable, honourTable.linesSinceRow < 2, line.scalars.first == "\t", continueHonourRow(line.scalars) {
                honourTable.linesSinceRow += 1
                return
            }
            table.linesSinceRow = 0
            table.linesSinceScope = 0
            readRow(line)
            table.lastShortLine = nil
            return
        }
        if !line.scalars.isEmpty {
            // A title or issuer wrapped under its cell (pdftotext -layout) continues the row above.
            if honourTable.isHonourTable, honourTable.linesSinceRow < 2, continueHonourRow(line.scalars) {
                honourTable.linesSinceRow += 1
                return
            }
            honourTable = HonourExtractor.TableState()
            table.linesSinceRow += 1
            table.lastShortLine = line.scalars.count <= 40 ? line.scalars : []
            if let scope = BudgetTableTitle.scope(of: line.scalars) {
                table.scope = scope
                table.scopeIsFinal = line.scalars.contains("决") && String(scalars: line.scalars).hasBytes("决算")
                table.linesSinceScope = 0
            } else if table.scope != nil {
                table.linesSinceScope += 1
                if table.linesSinceScope > 6 { table.scope = nil }
            }
            // A table's header holds for its rows; a few lines of prose end the table.
            if table.linesSinceRow > 2 { table.layout.reset(); table.caption = nil }
        }
        sections.read(line.scalars)
        // A blank line has no figure or honour: skip making its scanner and chain.
        guard !line.scalars.isEmpty else { return }
        // Under 往期推荐 / 相关阅读, the short lines are other articles' titles, not this one's figures.
        if context.kind == .articleFeed || context.kind == .other {
            if Self.opensRelatedLinks(line.scalars) { inRelatedLinks = true; return }
            if inRelatedLinks {
                if Self.isLinkTitle(line.scalars) { return }
                inRelatedLinks = false
            }
        }
        let before = facts.count
        carriedYear = articleParagraphYear.flatMap { Self.goesOn(line.scalars) ? $0 : nil }
        readText(line)
        cardLabel = line.scalars.count <= 40 ? Self.cardLabel(line.scalars) : nil
        collectCard(figures: facts.count - before)
        if context.kind == .articleFeed {
            if let y = Self.opensWithTopicYear(line.scalars) { articleParagraphYear = context.relativeYear.map { $0 - 1 } == y ? y : nil }
            else if carriedYear == nil { articleParagraphYear = nil }
        }
        // The closure captures the locator alone, not self: capturing self made Swift copy
        // the whole reading (and the honour finder) for every line, and a copy of the
        // normalised text retained its arrays.
        let locator = self.locator
        // The tail is made a string only if a trigger opens this line (rare). Its buffer is
        // read through locals released before keepTail reuses it (no copy, no self captured).
        let named: [Honour]
        do {
            let hadTail = hasTail, tail = tailBuffer
            named = honourFinder.honours(inText: line, reportYear: sections.year ?? context.reportYear,
                                         previousTail: { hadTail ? String(scalars: tail) : nil }, earlierEvent: lastEvent, make: { title, level, recipient, issuer, year, r in
                Self.makeHonour(title, level, recipient, issuer, year, r, line: line, source: .text, locator: locator)
            })
        }
        honours += named
        // One pass over the line for either word of a contest (大赛, 博览会).
        if line.scalars.contains(where: { $0 == "赛" || $0 == "览" }), let event = HonourExtractor.namedEvent(in: line.scalars) { lastEvent = event }
        keepTail(line.scalars)
        // An item the trigger words did not already name (1. 荣获…称号 they do).
        if HonourList.opens(line.scalars) {
            honourListOpen = true
            honourListLevel = nil
            honourListRecipient = nil
            honourListItems = 0
        } else if honourListOpen {
            if let level = HonourList.groupLabel(line.scalars) {
                honourListLevel = level
            } else if let label = HonourList.recipientLabel(line.scalars), !HonourExtractor.honourWordList.occurs(in: label.scalarArray) {
                // "- **研究所**", "- 个人": who the items under it went to (the unit, or each
                // item says).
                honourListRecipient = HonourExtractor.selfReferences.contains(label) || (context.unit.map { $0.endsWithBytes(label) } ?? false)
                    ? context.unit : nil
            } else if let item = HonourList.item(line.scalars) {
                honourListItems += 1
                if named.isEmpty {
                    let year = HonourExtractor.receivedYear(title: item.title, stated: item.year ?? sections.year, reportYear: context.reportYear)
                    let level = item.level ?? honourListLevel ?? HonourList.level(title: item.title, issuer: item.issuer)
                    honours.append(Self.makeHonour(item.title, level,
                                                   item.recipient ?? honourListRecipient ?? context.unit ?? "", item.issuer, year, item.range,
                                                   line: line, source: .text, locator: locator))
                }
            } else if honourListItems > 0, HonourList.isNestedDetail(line.scalars) {
                // "    - 获奖项目：…": a detail of the item above it; the list goes on.
            } else if honourListItems == 0, line.scalars.count <= 120, case let text = String(scalars: line.scalars),
                      HonourList.words.contains(where: { text.hasBytes($0) }) {
                // "全年获得省部级及以上荣誉7项，其中…": the lead before the list.
            } else {
                honourListOpen = false
                honourListLevel = nil
                honourListRecipient = nil
            }
        }
        // The page's title, a heading or an editor's note is no lead: the first paragraph after them is.
        // A work report's opening runs to its first heading (an audit report's 共完成审计项目38个。
        // 审计查出违规问题金额2.36亿元… a sentence a line), at most six lines with figures.
        if facts.count > before, !Self.isPreamble(line.scalars, title: context.title), !Self.isFormField(line.scalars) {
            if context.kind == .workSummary {
                openingLines += 1
                if openingLines >= 6 { leadSeen = true }
            } else if context.kind == .articleFeed || facts[before...].contains(where: { $0.category != .other || $0.quantity.isRate }) {
                leadSeen = true
            }
            // (A page's opening that only counts what it is about, 对全市16个区…进行了综合评价, is
            // no lead: the paragraph of its results is. An article's first paragraph with figures
            // stays its lead: a post's later paragraphs are its story, 他发表了SCI论文71篇.)
        } else if context.kind == .workSummary, openingLines > 0, SectionContext.heading(line.scalars) != nil {
            leadSeen = true
        }
    }

    /// A line before a page's lead: its title (as the page names it, in part or whole), a
    /// heading, or an editor's note (编者按, 导读, 摘要).
    static func isPreamble(_ s: [Unicode.Scalar], title: String?) -> Bool {
        var t = s[...]
        while let f = t.first, f == " " || f == "\u{3000}" || f == "#" || f == "【" || f == "[" { t = t.dropFirst() }
        if notePrefixes.contains(where: { t.starts(with: $0) }) { return true }
        guard let title, s.count <= 80 else { return false }
        let line = String(scalars: t).trimmingSpaces
        return line.unicodeScalars.count >= 6 && (title.hasBytes(line) || line.hasBytes(title))
    }
    /// A field of a form (`开办资金：500万元`, `从业人数：38人`): a short label, a colon, a
    /// value — no sentence, so no page's lead.
    static func isFormField(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count <= 32, let colon = s.prefix(14).firstIndex(where: { $0 == "：" || $0 == ":" }), colon >= 2 else { return false }
        return !s[colon...].contains { $0 == "，" || $0 == "。" || $0 == "；" || $0 == "," }
    }
    static let notePrefixes = ["编者按", "编者的话", "导读", "摘要", "内容提要"].map { Array($0.unicodeScalars) }

    static func makeHonour(_ title: String, _ level: Honour.Level, _ recipient: String, _ issuer: String?, _ year: Int?,
                           _ r: Range<Int>, line: ScalarLine, source: FactSource,
                           locator: ProvenanceLocator) -> Honour {
        // The reading's locator always holds its text.
        Honour(title: title, level: level, recipient: recipient, issuer: issuer, year: year, source: source,
               provenance: locator.provenance(ofHonour: locator.normalized!.originalRange(line.byteRange(r))))
    }

    /// The metric a subject names and its name: the catalog's, or the subject normalised.
    /// `final`: an achieved figure of a final account (a 决算 document or table), where a
    /// planned amount's metric names the final figure instead.
    func identity(of subject: String, scalars: [Unicode.Scalar], measure: String, final: Bool = false) -> (metric: MetricCatalog.Metric?, name: String) {
        // The normalised subject is made once: for the metric's match and as the name.
        // No closure that normalises on demand: it had to hold a copy of the registry (every
        // array of it and of its word list retained and released per figure), and one that
        // read `extractor` copied the whole reading. The two halves of the catalog's match
        // are asked in turn instead.
        var normal: (text: String, scalars: [Unicode.Scalar])? = nil
        var metric = extractor.catalog.writtenMetric(scalars, measure: measure)
        if metric == nil {
            let n = SubjectNormalizer.normalizedWithScalars(subject, scalars: scalars, registry: extractor.registry)
            normal = n
            metric = extractor.catalog.normalizedMetric(scalars, normal: n.scalars, measure: measure)
        }
        // A final account's total (支出决算) is asked as its plan (支出预算), then named as final.
        // (Normalised too: 区科委收入决算 is the unit's 收入预算 as its final account.)
        if final, metric == nil, scalars.contains("决"), case let plannedText = subject.replacingOccurrences(of: "决算", with: "预算"),
           case let planned = Array(plannedText.unicodeScalars), planned != scalars {
            let registry = extractor.registry
            metric = extractor.catalog.metric(scalars: planned, normalized: { SubjectNormalizer.normalizedWithScalars(plannedText, scalars: planned, registry: registry).scalars },
                                              measure: measure)
        }
        if final, let m = metric, let f = extractor.catalog.finalAccount(of: m) { metric = f }
        if let name = metric?.name { return (metric, name) }
        return (metric, (normal ?? SubjectNormalizer.normalizedWithScalars(subject, scalars: scalars, registry: extractor.registry)).text)
    }
}

/// A table figure as written (value and measure), to spot one an earlier table gave.
struct TableFigure: Hashable {
    var value: Double
    var measure: String
}

/// A page's or article's list of links to other articles: their titles are not its figures.
extension Reading {
    static let relatedLinkHeadings = ["往期推荐", "相关阅读", "推荐阅读", "延伸阅读", "相关链接", "往期回顾", "猜你喜欢", "热门推荐", "阅读推荐", "相关文章", "相关新闻"]

    /// A line that is only such a heading (perhaps with a mark or colon around it).
    static func opensRelatedLinks(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count <= 12 else { return false }
        let words = String(scalars: s.filter { $0.value >= 0x4E00 && $0.value <= 0x9FFF })
        return relatedLinkHeadings.contains { words.hasSameBytes(as: $0) }
    }

    /// A link's title: a line that closes no sentence (two titles a page's text ran together
    /// are still short). A paragraph ends the list.
    static func isLinkTitle(_ s: [Unicode.Scalar]) -> Bool {
        s.count <= 80 && !(s.last.map { $0 == "。" || $0 == "；" } ?? false)
    }
}
