/// What the extractor knows about a text before reading it: where it is from, the year
/// its figures refer to by default, and what kind of text it is.
public struct TextContext: Sendable {
    public var path: String
    /// The article id, for an article of a feed.
    public var article: String?
    /// The year figures refer to unless the text says otherwise.
    public var reportYear: Int?
    /// The report year was guessed (see `Document.yearIsGuess`): a figure that only takes it
    /// is not sure.
    public var reportYearIsGuess = false
    /// The year 今年 means and 去年/上年 count back from: the report's year for reports,
    /// the publication year for news pages and articles.
    public var relativeYear: Int?
    /// The month of the date 今年 counts from, when a published date gives it.
    public var publishedMonth: Int? = nil
    public var unit: String?
    public var kind: DocumentKind
    /// An article's or page's title: the figures it names are the headlines. Folded as the
    /// text's lines are (a title of ２０２５年…１.３６亿元 names the body's 1.36亿元).
    public var title: String?
    /// Whether a long line without closing punctuation continues on the next: yes for files
    /// (web pages and Word files too, which often hold PDF text a line per block), no for a
    /// feed's articles, whose lines are their paragraphs.
    public var joinsWrappedLines = true
    /// Whether `**` marks emphasis (a Markdown file): not read as text, so a qualifier or a
    /// bracket after a bold figure (`**93分**以上`) still binds to it. Quotes keep the marks.
    public var dropsEmphasis = false
    /// Whether a blank line always ends a paragraph (a Markdown file): no wrapped sentence is
    /// joined over it, as a PDF's text with blank lines between its lines needs.
    public var keepsParagraphs = false

    public init(path: String, article: String? = nil, reportYear: Int?, relativeYear: Int? = nil, unit: String? = nil,
                kind: DocumentKind = .other, title: String? = nil) {
        self.path = path
        self.article = article
        self.reportYear = reportYear
        self.relativeYear = relativeYear ?? reportYear
        self.unit = unit
        self.kind = kind
        self.title = title?.widthFolded
    }
}
