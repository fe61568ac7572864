/// The prefixes a Word part binds to the namespaces the reader needs, read from the
/// attributes of its root element (producers declare them all there). Word, WPS and
/// LibreOffice all write `w:` and `mc:`, but a prefix is the author's choice.
struct WordNamespaces {
    static let main = ["http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                       "http://purl.oclc.org/ooxml/wordprocessingml/main"]
    static let compatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    var word: [UInt8] = Array("w".utf8)
    var compatibilityPrefix: [UInt8] = Array("mc".utf8)

    init() {}

    init(root: XMLTag, in bytes: [UInt8]) {
        root.forEachAttribute(in: bytes) { name, value in
            let qualified = bytes[name]
            guard XMLName.prefix(qualified).elementsEqual("xmlns".utf8) else { return true }
            let uri = String(decoding: bytes[value], as: UTF8.self)
            if Self.main.contains(uri) { word = Array(XMLName.local(qualified)) }
            if uri == Self.compatibility { compatibilityPrefix = Array(XMLName.local(qualified)) }
            return true
        }
    }

    /// The local name of a WordprocessingML element (`p` for `w:p`), or nil for other namespaces.
    func wordName(_ tag: Range<Int>, in bytes: [UInt8]) -> String? {
        let qualified = bytes[tag]
        guard XMLName.prefix(qualified).elementsEqual(word) else { return nil }
        return String(decoding: XMLName.local(qualified), as: UTF8.self)
    }

    /// Whether the element is `mc:Fallback`, the copy of a drawing for old readers, whose
    /// text boxes would otherwise be read twice.
    func isFallback(_ tag: Range<Int>, in bytes: [UInt8]) -> Bool {
        let qualified = bytes[tag]
        return XMLName.prefix(qualified).elementsEqual(compatibilityPrefix) && XMLName.local(qualified).elementsEqual("Fallback".utf8)
    }
}
