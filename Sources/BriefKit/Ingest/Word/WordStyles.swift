/// The outline level of each paragraph style in `word/styles.xml`: from the style's
/// `w:outlineLvl`, else from its name (`heading 2`, `Heading 2`, `标题 2`), else from the
/// style it is based on. Chinese Word names its heading styles by number (`w:styleId="2"`),
/// so the id alone says nothing; the name and level do.
struct WordStyles: Sendable {
    /// Style id → heading level (1…9).
    private(set) var levels: [String: Int] = [:]

    init() {}

    init(xml bytes: [UInt8], part: String, file: String) throws {
        var scanner = XMLScanner(bytes)
        var ns = WordNamespaces()
        var seenRoot = false
        var id: String? = nil, name: String? = nil, basedOn: String? = nil, outline: Int? = nil
        var own: [String: Int] = [:], parents: [String: String] = [:]
        while let token = try WordXML.next(&scanner, part: part, file: file) {
            guard case let .start(tag) = token else {
                if case let .end(n) = token, ns.wordName(n, in: bytes) == "style", let styleId = id {
                    if let level = outline ?? name.flatMap(Self.level(ofName:)) { own[styleId] = level }
                    if let parent = basedOn { parents[styleId] = parent }
                    id = nil
                }
                continue
            }
            if !seenRoot { ns = WordNamespaces(root: tag, in: bytes); seenRoot = true; continue }
            switch ns.wordName(tag.name, in: bytes) {
            case "style":
                id = tag.attribute("type", in: bytes) == "paragraph" ? tag.attribute("styleId", in: bytes) : nil
                name = nil; basedOn = nil; outline = nil
                if tag.selfClosing { id = nil }
            case "name" where id != nil: name = tag.attribute("val", in: bytes)
            case "basedOn" where id != nil: basedOn = tag.attribute("val", in: bytes)
            case "outlineLvl" where id != nil: outline = tag.attribute("val", in: bytes).flatMap(Self.level(ofOutline:))
            default: break
            }
        }
        for styleId in Set(own.keys).union(parents.keys) {
            // Follow basedOn a few steps (a cycle in a damaged file must not hang).
            var current: String? = styleId, steps = 0
            while let c = current, steps < 10 {
                if let level = own[c] { levels[styleId] = level; break }
                current = parents[c]
                steps += 1
            }
        }
    }

    /// The heading level of a paragraph style id; when styles.xml is missing, ids such as
    /// `Heading2` still tell.
    func level(ofStyle id: String) -> Int? {
        levels[id] ?? Self.level(ofName: id)
    }

    /// `w:outlineLvl w:val="0"` is level 1; 9 means body text.
    static func level(ofOutline value: String) -> Int? {
        guard let v = Int(value), (0...8).contains(v) else { return nil }
        return v + 1
    }

    /// `heading 1`, `Heading1`, `标题 1`, `标题1` → 1.
    static func level(ofName name: String) -> Int? {
        let lower = name.lowercased()
        for prefix in ["heading", "标题"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count).drop { $0 == " " }
            if let n = Int(rest), (1...9).contains(n) { return n }
        }
        return nil
    }
}
