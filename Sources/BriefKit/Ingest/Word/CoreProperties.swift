/// The title and dates of `docProps/core.xml` (Dublin Core: `dc:title`,
/// `dcterms:created`, `dcterms:modified`).
struct CoreProperties: Equatable {
    var title: String?
    var created: String?
    var modified: String?

    init(title: String? = nil, created: String? = nil, modified: String? = nil) {
        self.title = title
        self.created = created
        self.modified = modified
    }

    init(xml bytes: [UInt8], part: String, file: String) throws {
        var scanner = XMLScanner(bytes)
        var field: String? = nil
        var text: [UInt8] = []
        while let token = try WordXML.next(&scanner, part: part, file: file) {
            switch token {
            case let .start(tag):
                let local = String(decoding: tag.localName(in: bytes), as: UTF8.self)
                field = tag.selfClosing ? nil : (["title", "created", "modified"].contains(local) ? local : nil)
                text = []
            case .text, .cdata:
                if field != nil { WordXML.text(token, in: bytes, into: &text) }
            case .end:
                let value = String(decoding: text, as: UTF8.self).trimmingBlanks
                if !value.isEmpty {
                    switch field {
                    case "title": title = value
                    case "created": created = value
                    case "modified": modified = value
                    default: break
                    }
                }
                field = nil
            }
        }
    }
}
