/// The relationships of one part of an Office file (`_rels/.rels`,
/// `word/_rels/document.xml.rels`): which part plays which role, so the reader finds the
/// document, its notes and styles under whatever names the producer gave them.
struct PackageRelationships {
    /// Relationship type (the last segment: `officeDocument`, `footnotes`) → part name.
    private(set) var targets: [String: String] = [:]

    init() {}

    /// - Parameter source: the part the relationships belong to ("" for the package), whose
    ///   folder relative targets start from.
    init(xml bytes: [UInt8], source: String, part: String, file: String) throws {
        var scanner = XMLScanner(bytes)
        let folder = source.split(separator: "/").dropLast().joined(separator: "/")
        while let token = try WordXML.next(&scanner, part: part, file: file) {
            guard case let .start(tag) = token, tag.localName(in: bytes).elementsEqual("Relationship".utf8),
                  tag.attribute("TargetMode", in: bytes) != "External",
                  let type = tag.attribute("Type", in: bytes), let target = tag.attribute("Target", in: bytes) else { continue }
            let role = String(type.split(separator: "/").last ?? "")
            if targets[role] == nil { targets[role] = Self.resolve(target, in: folder) }
        }
    }

    /// `media/a.png` from `word` → `word/media/a.png`; `/word/x.xml` → `word/x.xml`;
    /// `../customXml/a.xml` from `word` → `customXml/a.xml`.
    static func resolve(_ target: String, in folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }

    subscript(role: String) -> String? { targets[role] }
}
