/// Reads WordprocessingML — the body of `word/document.xml`, or the notes of
/// `word/footnotes.xml` — into blocks: paragraphs and headings with their text, tables
/// as rows of cells. Text boxes count as paragraphs of their own; deleted text, field
/// instructions, hidden runs and the fallback copies of drawings are left out.
/// Footnote references become `[注1]` markers numbered in the order the text makes them.
struct WordBodyReader {
    struct Result {
        var blocks: [WordBlock] = []
        /// Footnote (and endnote) ids in the order the text first refers to them.
        var footnoteReferences: [String] = []
        var endnoteReferences: [String] = []
        /// For a notes part: each note's text, by id, in the part's order.
        var notes: [(id: String, text: String)] = []
    }

    /// Endnotes are numbered on their own (`[尾注1]`).
    static func read(_ bytes: [UInt8], part: String, file: String, styles: WordStyles) throws -> Result {
        var reader = WordBodyReader(bytes: bytes, styles: styles)
        var scanner = XMLScanner(bytes)
        while let token = try WordXML.next(&scanner, part: part, file: file) {
            reader.take(token)
        }
        return reader.result
    }

    private struct Paragraph {
        var text: [UInt8] = []
        var style: String?
        var outline: Int?
    }

    private struct Table {
        var rows: [[String]] = []
        var row: [String]? = nil
        /// The paragraphs of the open cell.
        var cell: [String]? = nil
        var span = 1
    }

    private let bytes: [UInt8]
    private let styles: WordStyles
    private var ns = WordNamespaces()
    private var seenRoot = false
    private var result = Result()
    /// Depth inside an element whose content is left out (0: none).
    private var skipping = 0
    private var paragraphs: [Paragraph] = []
    private var tables: [Table] = []
    private var inRun = false, runHidden = false, inRunProperties = false, inParagraphProperties = false, inText = false
    /// For a notes part: the note being read and its paragraphs.
    private var note: String? = nil
    private var noteParagraphs: [String] = []

    private init(bytes: [UInt8], styles: WordStyles) {
        self.bytes = bytes
        self.styles = styles
    }

    private mutating func take(_ token: XMLScanner.Token) {
        switch token {
        case let .start(tag):
            if skipping > 0 { if !tag.selfClosing { skipping += 1 }; return }
            if !seenRoot { ns = WordNamespaces(root: tag, in: bytes); seenRoot = true; return }
            if ns.isFallback(tag.name, in: bytes) { skip(tag); return }
            guard let name = ns.wordName(tag.name, in: bytes) else { return }
            start(name, tag)
        case let .end(range):
            if skipping > 0 { skipping -= 1; return }
            guard let name = ns.wordName(range, in: bytes) else { return }
            end(name)
        case .text, .cdata:
            guard inText, skipping == 0, !runHidden, !paragraphs.isEmpty else { return }
            WordXML.text(token, in: bytes, into: &paragraphs[paragraphs.count - 1].text)
        }
    }

    private mutating func skip(_ tag: XMLTag) {
        if !tag.selfClosing { skipping = 1 }
    }

    private mutating func start(_ name: String, _ tag: XMLTag) {
        switch name {
        case "p":
            paragraphs.append(Paragraph())
            if tag.selfClosing { end("p") }
        case "pPr": inParagraphProperties = !tag.selfClosing
        case "pStyle" where inParagraphProperties: if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].style = tag.attribute("val", in: bytes) }
        case "outlineLvl" where inParagraphProperties:
            if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].outline = tag.attribute("val", in: bytes).flatMap(WordStyles.level(ofOutline:)) }
        case "r":
            inRun = !tag.selfClosing
            runHidden = false
        case "rPr": inRunProperties = inRun && !inParagraphProperties && !tag.selfClosing
        case "vanish" where inRunProperties:
            let v = tag.attribute("val", in: bytes)
            runHidden = v != "0" && v != "false" && v != "off"
        case "t": inText = !tag.selfClosing
        case "tab" where inRun && !inParagraphProperties, "ptab" where inRun && !inParagraphProperties: append("\t")
        case "br" where inRun, "cr" where inRun: append("\n")
        case "noBreakHyphen" where inRun: append("-")
        case "footnoteReference", "endnoteReference":
            guard let id = tag.attribute("id", in: bytes) else { return }
            let foot = name == "footnoteReference"
            var list = foot ? result.footnoteReferences : result.endnoteReferences
            if !list.contains(id) { list.append(id) }
            let n = (list.firstIndex(of: id) ?? 0) + 1
            if foot { result.footnoteReferences = list } else { result.endnoteReferences = list }
            append(foot ? "[注\(n)]" : "[尾注\(n)]")
        case "del", "moveFrom", "instrText", "delText", "delInstrText": skip(tag)
        case "tbl": tables.append(Table())
        case "tr": if !tables.isEmpty { tables[tables.count - 1].row = [] }
        case "tc": if !tables.isEmpty { tables[tables.count - 1].cell = []; tables[tables.count - 1].span = 1 }
        case "gridSpan":
            if !tables.isEmpty, let v = tag.attribute("val", in: bytes).flatMap({ Int($0) }), (1...64).contains(v) {
                tables[tables.count - 1].span = v
            }
        case "footnote", "endnote":
            let type = tag.attribute("type", in: bytes) ?? "normal"
            if type != "normal" { skip(tag); return }
            note = tag.attribute("id", in: bytes)
            noteParagraphs = []
        default: break
        }
    }

    private mutating func end(_ name: String) {
        switch name {
        case "p":
            guard let p = paragraphs.popLast() else { return }
            let text = String(decoding: p.text, as: UTF8.self)
            if let t = tables.indices.last, tables[t].cell != nil {
                tables[t].cell?.append(Self.inline(text))
            } else if note != nil {
                noteParagraphs.append(text)
            } else if let level = p.outline ?? p.style.flatMap(styles.level(ofStyle:)) {
                result.blocks.append(.heading(level: level, text))
            } else {
                result.blocks.append(.paragraph(text))
            }
        case "pPr": inParagraphProperties = false
        case "r": inRun = false; runHidden = false
        case "rPr": inRunProperties = false
        case "t": inText = false
        case "tc":
            guard let t = tables.indices.last, let cell = tables[t].cell else { return }
            let text = cell.filter { !$0.isEmpty }.joined(separator: " ")
            tables[t].row?.append(text)
            for _ in 1..<max(1, tables[t].span) { tables[t].row?.append("") }
            tables[t].cell = nil
        case "tr":
            guard let t = tables.indices.last, let row = tables[t].row else { return }
            tables[t].rows.append(row)
            tables[t].row = nil
        case "tbl":
            guard let table = tables.popLast() else { return }
            if let t = tables.indices.last, tables[t].cell != nil {
                // A table inside a cell: its rows become text of that cell.
                tables[t].cell?.append(table.rows.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }.joined(separator: " "))
            } else if note != nil {
                noteParagraphs += table.rows.map { $0.joined(separator: "\t") }
            } else {
                result.blocks.append(.table(table.rows))
            }
        case "footnote", "endnote":
            if let id = note {
                result.notes.append((id, noteParagraphs.map { $0.trimmingBlanks }.filter { !$0.isEmpty }.joined(separator: " ")))
            }
            note = nil
        default: break
        }
    }

    private mutating func append(_ s: String) {
        guard !paragraphs.isEmpty, skipping == 0, !runHidden else { return }
        paragraphs[paragraphs.count - 1].text.append(contentsOf: s.utf8)
    }

    /// A cell's paragraph on one line: tabs and line breaks would split the row.
    private static func inline(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A }) else { return s }
        return String(decoding: s.utf8.map { $0 == 0x09 || $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
    }
}
