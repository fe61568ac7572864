/// A saved web page as the text Brief extracts from: the article without the page's
/// navigation, header, footer, counters, scripts and styles (`HTMLArticle`), tables a row
/// per line with tab-separated cells, references decoded; the page's title first when the
/// article does not open with it; and the title and publishing date as properties.
///
///     let (text, encoding, properties) = try HTMLText.extract(bytes, path: "page.html")
public enum HTMLText {
    public static func extract(_ bytes: [UInt8], path: String) throws -> (text: String, encoding: TextEncoding, properties: DocumentProperties) {
        let (decoded, encoding) = try HTMLCharset.decode(bytes, file: path)
        let tree = HTMLTree(Array(decoded.utf8))
        let (article, tables, excluded) = HTMLArticle.find(in: tree)
        var lines = HTMLTextRenderer.lines(of: article, in: tree, excluding: excluded).filter { !HTMLBoilerplate.isBoilerplate($0) }
        for table in tables {
            lines.append("")
            lines += HTMLTextRenderer.lines(of: table, in: tree, excluding: excluded).filter { !HTMLBoilerplate.isBoilerplate($0) }
        }
        let title = HTMLMetadata.title(of: tree)
        let pageLines = HTMLTextRenderer.lines(of: 0, in: tree)
        let date = HTMLMetadata.date(of: tree, pageLines: pageLines)
        if let title, !opens(lines, with: title) { lines.insert(contentsOf: [title, ""], at: 0) }
        guard lines.contains(where: { !$0.isEmpty }) else {
            throw BriefError(.input, "web page without article text (only scripts, links or images); nothing to read", at: SourceLocation(file: path))
        }
        return (lines.joined(separator: "\n") + "\n", encoding, DocumentProperties(title: title, date: date, dateIsPublication: date != nil,
                                                                                site: tree.title.flatMap(HTMLMetadata.siteName)))
    }

    /// Whether one of the first lines is the title (spaces aside).
    static func opens(_ lines: [String], with title: String) -> Bool {
        let t = title.filter { !$0.isWhitespace }
        return lines.prefix(5).contains { $0.filter { !$0.isWhitespace } == t }
    }
}
