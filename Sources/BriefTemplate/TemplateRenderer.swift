/// Renders a template tree into one output buffer, with a context stack of data frames.
struct TemplateRenderer {
    let library: TemplateLibrary
    let contentType: ContentType
    let strict: Bool

    private var out = ""
    private var atLineStart = true
    private var depth = 0
    static let maxDepth = 200

    /// What changes as rendering enters partials and parents.
    struct Frame {
        var indent: String = ""
        var overrides: [String: TemplateNode.Block] = [:]
    }

    init(library: TemplateLibrary, contentType: ContentType, strict: Bool) {
        self.library = library
        self.contentType = contentType
        self.strict = strict
    }

    mutating func render(_ template: Template, data: MustacheValue) throws -> String {
        out = ""
        atLineStart = true
        try renderNodes(template.nodes, [data], Frame())
        return out
    }

    // MARK: Output

    /// Template text: the frame's indentation goes before each non-empty line.
    private mutating func emitText(_ s: String, indent: String) {
        guard !s.isEmpty else { return }
        if indent.isEmpty {
            out += s
            atLineStart = s.utf8.last == 0x0A
            return
        }
        var rest = Substring(s)
        while !rest.isEmpty {
            let lineEnd = rest.firstIndex(of: "\n").map { rest.index(after: $0) } ?? rest.endIndex
            let line = rest[rest.startIndex..<lineEnd]
            if atLineStart && line != "\n" && line != "\r\n" { out += indent }
            out += line
            atLineStart = line.utf8.last == 0x0A
            rest = rest[lineEnd...]
        }
    }

    /// Data: indented only if it starts a line; its own newlines are left alone.
    private mutating func emitValue(_ s: String, indent: String) {
        guard !s.isEmpty else { return }
        if atLineStart { out += indent }
        out += s
        atLineStart = false
    }

    /// Renders into a separate buffer (for lambdas and blocks) and returns the text.
    private mutating func capture(_ body: (inout TemplateRenderer) throws -> Void) rethrows -> String {
        let (savedOut, savedStart) = (out, atLineStart)
        out = ""
        atLineStart = true
        defer { out = savedOut; atLineStart = savedStart }
        try body(&self)
        return out
    }

    // MARK: Lookup

    private func lookup(_ name: [String], _ stack: [MustacheValue]) -> MustacheValue? {
        guard let first = name.first else { return stack.last }
        for frame in stack.reversed() {
            guard var value = frame[first] else { continue }
            for part in name.dropFirst() {
                guard let next = value[part] else { return nil }
                value = next
            }
            return value
        }
        return nil
    }

    private func missing(_ name: [String], _ at: TagPosition) -> TemplateError {
        at.error("no value named '\(name.joined(separator: "."))' in the data")
    }

    // MARK: Nodes

    private mutating func renderNodes(_ nodes: [TemplateNode], _ stack: [MustacheValue], _ frame: Frame) throws {
        for node in nodes {
            switch node {
            case let .text(s):
                emitText(s, indent: frame.indent)
            case let .variable(name, escaped, at):
                guard var value = lookup(name, stack) else {
                    if strict { throw missing(name, at) }
                    continue
                }
                if case let .lambda(l) = value {
                    let result = l.call("")
                    if case let .string(s) = result {
                        let t = try Template(source: s, name: at.template)
                        value = .string(try capture { try $0.renderNodes(t.nodes, stack, Frame()) })
                    } else {
                        value = result
                    }
                }
                let text = value.interpolatedForOutput
                emitValue(escaped ? contentType.escape(text) : text, indent: frame.indent)
            case let .section(section):
                try renderSection(section, stack, frame)
            case let .partial(name, dynamic, indent, at):
                guard let resolved = try resolveName(name, dynamic: dynamic, stack, at) else { continue }
                guard let template = try library.template(named: resolved, at: at) else {
                    if strict { throw at.error("no partial named '\(resolved)' in the template folder") }
                    continue
                }
                var inner = frame
                inner.indent = indent.map { frame.indent + $0 } ?? ""
                try descend(at) { try $0.renderNodes(template.nodes, stack, inner) }
            case let .parent(parent):
                guard let resolved = try resolveName(parent.name, dynamic: parent.dynamic, stack, parent.at) else { continue }
                guard let template = try library.template(named: resolved, at: parent.at) else {
                    if strict { throw parent.at.error("no parent template named '\(resolved)' in the template folder") }
                    continue
                }
                var inner = frame
                inner.indent = parent.indent.map { frame.indent + $0 } ?? ""
                // Blocks given nearer the top win over those given further down.
                inner.overrides = parent.blocks.merging(frame.overrides) { _, outer in outer }
                try descend(parent.at) { try $0.renderNodes(template.nodes, stack, inner) }
            case let .block(block):
                try renderBlock(block, stack, frame)
            }
        }
    }

    private mutating func descend(_ at: TagPosition, _ body: (inout TemplateRenderer) throws -> Void) throws {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else {
            throw at.error("partials nested deeper than \(Self.maxDepth) levels (a partial includes itself?)")
        }
        try body(&self)
    }

    /// A `*name` is looked up in the data once; the string found is the partial's name.
    private func resolveName(_ name: String, dynamic: Bool, _ stack: [MustacheValue], _ at: TagPosition) throws -> String? {
        guard dynamic else { return name }
        guard let value = lookup(splitName(name), stack), case let .string(s) = value else {
            if strict { throw missing(splitName(name), at) }
            return nil
        }
        return s
    }

    private mutating func renderSection(_ section: TemplateNode.Section, _ stack: [MustacheValue], _ frame: Frame) throws {
        guard var value = lookup(section.name, stack) else {
            if strict { throw missing(section.name, section.at) }
            if section.inverted { try renderNodes(section.nodes, stack, frame) }
            return
        }
        if case let .lambda(l) = value {
            if section.inverted { return }   // a lambda is truthy
            let result = l.call(section.raw)
            if case let .string(s) = result {
                let t = try Template(source: s, name: section.at.template, delimiters: section.delimiters)
                try renderNodes(t.nodes, stack, frame)
                return
            }
            value = result
        }
        if section.inverted {
            if value.isFalsey { try renderNodes(section.nodes, stack, frame) }
            return
        }
        if value.isFalsey { return }
        if case let .list(items) = value {
            for item in items { try renderNodes(section.nodes, stack + [item], frame) }
        } else {
            try renderNodes(section.nodes, stack + [value], frame)
        }
    }

    /// A block renders its override (or its own content), re-indented: the indentation it
    /// had where it was defined comes off, the indentation where it stands goes on.
    private mutating func renderBlock(_ block: TemplateNode.Block, _ stack: [MustacheValue], _ frame: Frame) throws {
        let chosen = frame.overrides[block.name] ?? block
        var inner = frame
        inner.indent = ""
        let text = try capture { try $0.renderNodes(chosen.nodes, stack, inner) }
        let removeIndent = chosen.standalone ? String(text.prefix { $0 == " " || $0 == "\t" }) : ""
        var addIndent = ""
        var indentFirstLine = false
        if block.standalone {
            addIndent = block.nodes.isEmpty ? (block.leadingWhitespace ?? "") : block.contentIndent
            indentFirstLine = true
        } else if let lead = block.leadingWhitespace {
            addIndent = lead
        }
        var result = ""
        var first = true
        for line in Self.lines(of: text) {
            if !first { result += "\n" }
            var l = Substring(line)
            if !removeIndent.isEmpty, l.hasPrefix(removeIndent) { l = l.dropFirst(removeIndent.count) }
            if !l.isEmpty && (!first || indentFirstLine) { result += addIndent }
            result += l
            first = false
        }
        emitText(result, indent: frame.indent)
    }
}

extension TemplateRenderer {
    /// The lines of `text`, cut by byte at each "\n" that does not follow "\r": what
    /// splitting by Character gives ("\r\n" is one Character), without grapheme breaking
    /// over a whole rendered page.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex, i = utf8.startIndex
        var previous: UInt8 = 0
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == 0x0A && previous != 0x0D {
                lines.append(text[start..<i])
                start = utf8.index(after: i)
            }
            previous = b
            i = utf8.index(after: i)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }
}

extension MustacheValue {
    /// Numbers print in their shortest exact form: `5514`, `97.7`, `1.21` (from `1.210`).
    var interpolatedForOutput: String {
        guard case let .number(n) = self else { return interpolated }
        if n.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) { return n }
        guard let d = Double(n) else { return n }
        return NumberFormatting.plain(d)
    }
}
