/// What kind of document a file is, which decides what a briefing does with it.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    case csrReport = "csr-report"
    case workSummary = "work-summary"
    case budget
    case articleFeed = "article-feed"
    case other
}

/// How the file's content is laid out.
public enum DocumentFormat: String, Sendable, Codable {
    case text, markdown, feed = "json-feed", pdf, docx, html
    /// A data API's JSON table, read as the text of that table (JSONDataTable).
    case dataTable = "json-table"
}

/// One ingested input file: its decoded text and what Brief could tell about it.
public struct Document: Sendable {
    public var path: String
    public var format: DocumentFormat
    public var encoding: TextEncoding
    public var kind: DocumentKind
    /// Canonical unit name, or the name found in the text when the registry lacks it.
    public var unit: String?
    /// The year the document reports on.
    public var year: Int?
    /// The year was guessed from a body that names it once among others, with no title or
    /// date to say so: figures that only take it are not sure of their year.
    public var yearIsGuess = false
    /// `YYYY-MM` or `YYYY-MM-DD` when the text states it.
    public var published: String?
    /// The document's title as its head writes it (`上海计算机软件技术开发中心 2023 年度社会责任报告`),
    /// for naming it in briefings; nil when none stands out.
    public var title: String? = nil
    public var sizeInBytes: Int
    /// The decoded text (for a feed, the raw JSON text).
    public var text: String
    /// For a feed, each article (itself analysed as its own document).
    public var articles: [Article]

    public var articleCount: Int? { format == .feed ? articles.count : nil }
}
