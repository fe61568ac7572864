/// Packs a rendered Word document and its footnotes into a .docx archive with the fixed
/// parts (`WordParts`), the same bytes for the same input.
///
/// Before packing, characters XML 1.0 cannot hold (control characters from a document's
/// text, a PDF's form feed) become spaces. Word ties each footnote to one reference and
/// numbers them in the order the text refers to them, so a source cited again shows the
/// number of its note as text in the reference's style instead of a second copy of the
/// note (the notes would otherwise fill half a page), and a reference to a note that does
/// not exist is dropped (Word would call the file damaged). A link the template writes gets the
/// relationship Word needs for it (`hyperlinks(in:)`).
enum WordPackage {
    static func docx(document: String, footnotes: String, title: String) -> [UInt8] {
        let (linked, links) = hyperlinks(in: sanitized(document))
        let (body, notes) = referencedOnce(linked, notes: sanitized(footnotes))
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(WordParts.contentTypes.utf8))
        zip.add("_rels/.rels", Array(WordParts.packageRelationships.utf8))
        zip.add("word/document.xml", body)
        zip.add("word/_rels/document.xml.rels", Array(WordParts.documentRelationships(links: links).utf8))
        zip.add("word/styles.xml", Array(WordParts.styles.utf8))
        zip.add("word/settings.xml", Array(WordParts.settings.utf8))
        zip.add("word/fontTable.xml", Array(WordParts.fontTable.utf8))
        zip.add("word/footnotes.xml", Array(WordParts.footnotes(String(decoding: notes, as: UTF8.self)).utf8))
        zip.add("word/footer1.xml", sanitized(WordParts.footer(title: title)))
        zip.add("docProps/core.xml", sanitized(WordParts.core(title: title)))
        zip.add("docProps/app.xml", Array(WordParts.app.utf8))
        return zip.finished()
    }

    /// UTF-8 with the C0 controls other than tab, newline and return, and U+FFFE/U+FFFF,
    /// replaced by spaces.
    static func sanitized(_ xml: String) -> [UInt8] {
        var bytes = Array(xml.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D {
                bytes[i] = 0x20
            } else if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF {
                bytes.replaceSubrange(i..<(i + 3), with: [0x20])
            }
            i += 1
        }
        return bytes
    }

    /// The document with each link a template wrote as `<w:hyperlink r:id="link:TARGET">`
    /// given a relationship of its own (`rIdLink1`, `rIdLink2` … in reading order; one per
    /// target), and those relationships' targets as written — a hyperlink in Word names its
    /// target only through the package's relationships, which no template writes. The target
    /// was escaped by the template like any text, so it cannot end the attribute early.
    static func hyperlinks(in document: [UInt8]) -> (document: [UInt8], links: [(id: String, target: String)]) {
        let marker = Array(#"<w:hyperlink r:id="link:"#.utf8)
        var out: [UInt8] = []
        var links: [(id: String, target: String)] = []
        var ids: [String: String] = [:]
        var i = 0
        while let hit = find(marker, in: document, from: i),
              let end = document[(hit + marker.count)...].firstIndex(of: UInt8(ascii: "\"")) {
            let target = String(decoding: document[(hit + marker.count)..<end], as: UTF8.self)
            let id = ids[target] ?? {
                let id = "rIdLink\(links.count + 1)"
                links.append((id, target))
                ids[target] = id
                return id
            }()
            out += document[i..<hit]
            out += Array(#"<w:hyperlink r:id=""#.utf8) + Array(id.utf8)
            i = end
        }
        out += document[i...]
        return (out, links)
    }

    /// Each rendered note (`<w:footnote w:id="N">…</w:footnote>`) by id, in order.
    static func notes(in xml: [UInt8]) -> [(id: String, element: ArraySlice<UInt8>)] {
        let open = Array("<w:footnote ".utf8), close = Array("</w:footnote>".utf8)
        var found: [(String, ArraySlice<UInt8>)] = []
        var i = 0
        while let start = find(open, in: xml, from: i), let end = find(close, in: xml, from: start) {
            let element = xml[start..<(end + close.count)]
            if let id = attribute("w:id", in: element) { found.append((id, element)) }
            i = end + close.count
        }
        return found
    }

    /// The document with one reference per note, and the notes it refers to: notes are
    /// numbered 1, 2, 3 … in the order the text first refers to them and written in that
    /// order. A later reference to a note already referred to becomes that note's number as
    /// text (`<w:t>2</w:t>` in the reference's run, so in its superscript style): one
    /// source, one note. (LibreOffice pairs a reference with the note at its place in
    /// footnotes.xml, not with its id, so the order of the notes is the order of the text.)
    static func referencedOnce(_ document: [UInt8], notes xml: [UInt8]) -> (document: [UInt8], notes: [UInt8]) {
        let notes = notes(in: xml)
        let byId = Dictionary(notes.map { ($0.id, $0.element) }, uniquingKeysWith: { a, _ in a })
        let marker = Array("<w:footnoteReference ".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(document.count)
        var ordered: [UInt8] = []
        ordered.reserveCapacity(xml.count)
        var next = 1
        var given: [String: String] = [:]
        var i = 0
        while let hit = find(marker, in: document, from: i), let end = document[hit...].firstIndex(of: UInt8(ascii: ">")) {
            out += document[i..<hit]
            i = end + 1
            let reference = document[hit...end]
            guard let id = attribute("w:id", in: reference), let note = byId[id] else { continue }
            if let number = given[id] {
                out += Array("<w:t>\(number)</w:t>".utf8)
                continue
            }
            let number = String(next)
            given[id] = number
            next += 1
            out += replacingId(in: reference, with: number)
            ordered += replacingId(in: note, with: number)
        }
        out += document[i...]
        return (out, ordered)
    }

    /// The first `w:id="…"` in an element, which is its start tag's.
    static func attribute(_ name: String, in element: ArraySlice<UInt8>) -> String? {
        let key = Array((name + "=\"").utf8)
        guard let start = find(key, in: element, from: element.startIndex),
              let end = element[(start + key.count)...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        return String(decoding: element[(start + key.count)..<end], as: UTF8.self)
    }

    static func replacingId(in element: ArraySlice<UInt8>, with id: String) -> [UInt8] {
        let key = Array("w:id=\"".utf8)
        guard let start = find(key, in: element, from: element.startIndex),
              let end = element[(start + key.count)...].firstIndex(of: UInt8(ascii: "\"")) else { return Array(element) }
        return Array(element[..<(start + key.count)]) + Array(id.utf8) + Array(element[end...])
    }

    private static func find<C: RandomAccessCollection>(_ needle: [UInt8], in hay: C, from: C.Index) -> C.Index? where C.Element == UInt8, C.Index == Int {
        guard let first = needle.first else { return nil }
        var i = from
        while i + needle.count <= hay.endIndex {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
