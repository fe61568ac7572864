/// A Word (.docx) file as the text Brief extracts from: paragraphs and headings a line
/// each, tables a row per line with tab-separated cells, footnotes and endnotes after the
/// body (`[注1] …`), and the title and dates of its core properties.
///
/// The parts are found through the package's relationships (`_rels/.rels`, then the
/// document's own), falling back to the usual names.
///
///     let (text, properties) = try DocxText.extract(bytes, path: "report.docx")
///
/// - Complexity: linear in the inflated size of the parts read.
public enum DocxText {
    public static func extract(_ bytes: [UInt8], path: String, limits: ZipLimits = .standard) throws -> (text: String, properties: DocumentProperties) {
        var zip = try ZipArchive(bytes, file: path, limits: limits)
        let package = try relationships(of: "", in: &zip, path: path)
        let main = package["officeDocument"] ?? "word/document.xml"
        guard let document = try zip.contents(of: main) else {
            throw BriefError(.input, "zip archive without \(main); not a Word document (.docx)", at: SourceLocation(file: path))
        }
        let parts = try relationships(of: main, in: &zip, path: path)
        let folder = main.split(separator: "/").dropLast().joined(separator: "/")
        func part(_ role: String, _ name: String) -> String { parts[role] ?? PackageRelationships.resolve(name, in: folder) }

        var styles = WordStyles()
        if let xml = try zip.contents(of: part("styles", "styles.xml")) {
            styles = try WordStyles(xml: xml, part: part("styles", "styles.xml"), file: path)
        }
        let body = try WordBodyReader.read(document, part: main, file: path, styles: styles)
        var lines = body.blocks.flatMap(\.lines)
        for (role, name, marker, order) in [("footnotes", "footnotes.xml", "注", body.footnoteReferences),
                                            ("endnotes", "endnotes.xml", "尾注", body.endnoteReferences)] {
            guard let xml = try zip.contents(of: part(role, name)) else { continue }
            let notes = try WordBodyReader.read(xml, part: part(role, name), file: path, styles: styles).notes
            lines += noteLines(notes, order: order, marker: marker)
        }

        var properties = DocumentProperties()
        if let xml = try zip.contents(of: package["core-properties"] ?? "docProps/core.xml") {
            let core = try CoreProperties(xml: xml, part: package["core-properties"] ?? "docProps/core.xml", file: path)
            properties.title = core.title
            properties.date = (core.modified ?? core.created).flatMap(DateText.parse)
        }
        return (lines.joined(separator: "\n") + "\n", properties)
    }

    /// Notes in the order the text refers to them, numbered as the markers are; notes the
    /// text never refers to follow, numbered on.
    static func noteLines(_ notes: [(id: String, text: String)], order: [String], marker: String) -> [String] {
        let byId = Dictionary(notes.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        var lines: [String] = []
        var n = 0
        for id in order {
            n += 1
            if let text = byId[id], !text.isEmpty { lines.append("[\(marker)\(n)] \(text)") }
        }
        for note in notes where !order.contains(note.id) && !note.text.isEmpty {
            n += 1
            lines.append("[\(marker)\(n)] \(note.text)")
        }
        return lines.isEmpty ? [] : [""] + lines
    }

    private static func relationships(of part: String, in zip: inout ZipArchive, path: String) throws -> PackageRelationships {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let name = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard let xml = try zip.contents(of: name) else { return PackageRelationships() }
        return try PackageRelationships(xml: xml, source: part, part: name, file: path)
    }
}
