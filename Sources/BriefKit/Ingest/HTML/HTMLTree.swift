/// A web page as a tree of elements and text, built the forgiving way browsers build it:
/// void elements never hold content, an open `<p>`, `<li>` or table cell is closed by the
/// next one, an end tag closes up to its element and a stray one is ignored. Nodes live in
/// one array and refer to each other by index; nesting is capped so that no page can make
/// the walks over it run out of stack.
struct HTMLTree {
    struct Node {
        /// Element name, or "" for text.
        var name: String
        var attributes: [(String, String)] = []
        /// Decoded text, for a text node.
        var text: String = ""
        var children: [Int] = []
        var parent: Int = -1

        func attribute(_ key: String) -> String? { attributes.first { $0.0 == key }?.1 }
    }

    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen"]
    /// Starting one of these closes an open paragraph.
    static let closesParagraph: Set<String> = ["address", "article", "aside", "blockquote", "center", "div", "dl", "fieldset", "figure", "footer",
                                               "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre",
                                               "section", "table", "ul", "li", "dd", "dt"]
    static let maxDepth = 256

    private(set) var nodes: [Node] = [Node(name: "#root")]
    /// The content of `<title>`.
    private(set) var title: String?
    /// `<meta>` name (or property, or itemprop), lower-cased, and content.
    private(set) var metas: [(String, String)] = []

    init(_ bytes: [UInt8]) {
        var tokenizer = HTMLTokenizer(bytes)
        var open: [Int] = [0]
        while let token = tokenizer.next() {
            switch token {
            case let .text(range):
                let text = HTMLEntities.decode(bytes, range)
                add(Node(name: "", text: text), under: open.last ?? 0)
            case let .start(name, attributes, selfClosing):
                if name == "title", title == nil, let raw = tokenizer.rawContent, raw.name == "title" {
                    title = HTMLEntities.decode(bytes, raw.range).trimmingBlanks
                }
                if name == "meta" {
                    let key = attributes.first { ["name", "property", "itemprop", "http-equiv"].contains($0.0) }?.1.lowercased()
                    if let key, let content = attributes.first(where: { $0.0 == "content" })?.1 { metas.append((key, content)) }
                }
                closeImplied(by: name, open: &open)
                let index = add(Node(name: name, attributes: attributes), under: open.last ?? 0)
                if !selfClosing, !Self.void.contains(name), open.count < Self.maxDepth { open.append(index) }
            case let .end(name):
                if let i = open.lastIndex(where: { nodes[$0].name == name }), i > 0 { open.removeSubrange(i...) }
            }
        }
    }

    @discardableResult
    private mutating func add(_ node: Node, under parent: Int) -> Int {
        var n = node
        n.parent = parent
        nodes.append(n)
        nodes[parent].children.append(nodes.count - 1)
        return nodes.count - 1
    }

    /// The implied end tags of HTML: a new item, cell or row ends the open one.
    private func closeImplied(by name: String, open: inout [Int]) {
        func close(_ names: Set<String>, stoppingAt barriers: Set<String>) {
            guard let i = open.lastIndex(where: { names.contains(nodes[$0].name) || barriers.contains(nodes[$0].name) }),
                  i > 0, names.contains(nodes[open[i]].name) else { return }
            open.removeSubrange(i...)
        }
        if Self.closesParagraph.contains(name) { close(["p"], stoppingAt: ["table", "td", "th", "li", "div", "section", "article", "body", "button"]) }
        switch name {
        case "li": close(["li"], stoppingAt: ["ul", "ol", "table"])
        case "dt", "dd": close(["dt", "dd"], stoppingAt: ["dl", "table"])
        case "td", "th": close(["td", "th"], stoppingAt: ["tr", "table"])
        case "tr": close(["tr", "td", "th"], stoppingAt: ["table", "tbody", "thead", "tfoot"])
        case "tbody", "thead", "tfoot": close(["tbody", "thead", "tfoot", "tr", "td", "th"], stoppingAt: ["table"])
        case "option": close(["option"], stoppingAt: ["select"])
        default: break
        }
    }

    /// The first element named `name`, in document order.
    func first(_ name: String) -> Int? { nodes.indices.first { nodes[$0].name == name } }
}
