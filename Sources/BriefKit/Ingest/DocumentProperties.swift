/// What a file says about itself outside its text: a Word file's core properties, a web
/// page's title and publishing date. They fill in the metadata the text does not state.
public struct DocumentProperties: Sendable, Equatable {
    public var title: String?
    /// `YYYY-MM-DD`.
    public var date: String?
    /// The date is a publishing date (a web page's `PubDate`, its 发布时间 line) and is
    /// preferred to a date line in the text; a Word file's created or modified date is
    /// only a fallback, since copying or converting the file changes it.
    public var dateIsPublication: Bool
    /// The site a saved page's <title> names after its own (`…_虹口要闻_上海市虹口区人民政府`).
    public var site: String?

    public init(title: String? = nil, date: String? = nil, dateIsPublication: Bool = false, site: String? = nil) {
        self.title = title
        self.date = date
        self.dateIsPublication = dateIsPublication
        self.site = site
    }
}
