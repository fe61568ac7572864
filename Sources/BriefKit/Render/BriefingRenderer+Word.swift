/// Word briefings: rendered from templates like the Markdown and HTML ones, then packed.
extension BriefingRenderer {
    /// The formats a briefing can be written in.
    public static let fileFormats = ["md", "html", "docx"]

    /// A briefing as the bytes of its file: the text of `NAME.md`/`NAME.html`, or for
    /// `docx` a Word file made from `NAME.docx.mustache` (the body of `word/document.xml`)
    /// and `partials/footnotes.docx.mustache` (a footnote per source), both rendered from
    /// the same view data.
    public func renderFile(_ name: String, format: String, data: MustacheValue) throws -> [UInt8] {
        guard format == "docx" else { return Array(try render(name, format: format, data: data).utf8) }
        let view = Self.wordView(data)
        let document = try render(name, format: "docx", data: view)
        let footnotes = view["sources"] == nil ? "" : try render("partials/footnotes", format: "docx", data: view)
        var title = name
        if case let .string(t)? = view["title"] { title = t }
        return WordPackage.docx(document: document, footnotes: footnotes, title: title)
    }

    /// The view as Word templates get it: the same data, with `summary` (the 要点, a list of
    /// sentences) and `hasSummary` present when the view has none, so the templates show a
    /// summary when there is one and still render strictly when there is not.
    static func wordView(_ data: MustacheValue) -> MustacheValue {
        guard case var .object(o) = data else { return data }
        if o["summary"] == nil { o["summary"] = .list([]) }
        if o["hasSummary"] == nil { o["hasSummary"] = .bool(!(o["summary"] ?? .null).isFalsey) }
        return .object(o)
    }
}
