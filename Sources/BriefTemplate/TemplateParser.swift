/// Compiles template source into a `TemplateProgram`: lexes it, marks standalone lines,
/// then matches sections with their closing tags into flat steps.
///
/// Sections are matched with an explicit stack, not by recursion, and nest at most
/// `maxDepth` deep, so no template can exhaust the thread's stack.
enum TemplateParser {
    /// How deeply sections, inverted sections, parents and blocks may nest in one template,
    /// and how deeply rendering may descend through sections, partials and parents.
    static let maxDepth = 256

    /// - Throws: `TemplateError` at the offending tag.
    /// - Complexity: O(n) in the source's length.
    static func compile(_ bytes: [UInt8], name: String, delimiters: Delimiters) throws -> TemplateProgram {
        guard !delimiters.open.isEmpty, !delimiters.close.isEmpty else {
            throw TemplateError("tag delimiters may not be empty", template: name)
        }
        var lexer = TemplateLexer(bytes: bytes, name: name, delimiters: delimiters)
        var tokens = try lexer.tokens()
        var builder = ProgramBuilder(name: name, bytes: bytes)
        try bytes.withUnsafeBufferPointer { buf in
            StandaloneLines.mark(&tokens, in: buf)
            try builder.build(tokens, buf)
        }
        return TemplateProgram(name: name, bytes: bytes, steps: builder.steps, names: builder.names,
                               partials: builder.partials, parents: builder.parents, blocks: builder.blocks,
                               delimiterSets: lexer.delimiterSets)
    }
}

/// Gathers the steps and side tables of one program.
private struct ProgramBuilder {
    let name: String
    let bytes: [UInt8]
    var steps: [TemplateStep] = []
    var names: [TemplateName] = []
    /// Names seen so far by their bytes: a name used many times is split and stored once.
    var nameIndex: [NameBytes: Int] = [:]
    var partials: [PartialStep] = []
    var parents: [ParentStep] = []
    var blocks: [BlockStep] = []

    /// A tag whose closing tag has not come yet.
    struct Open {
        var token: TemplateToken
        var step: Int
    }

    init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    func error(_ message: String, at token: TemplateToken) -> TemplateError {
        TemplateError.at(token.range.lowerBound, in: bytes, template: name, message)
    }

    mutating func build(_ tokens: [TemplateToken], _ buf: UnsafeBufferPointer<UInt8>) throws {
        var open: [Open] = []
        for t in tokens {
            switch t.kind {
            case .text:
                if !t.removed { appendText(t.range) }
            case .comment, .delimiters:
                break
            case .variable, .unescaped:
                steps.append(.variable(VariableStep(name: addName(buf, t.name), escaped: t.kind == .variable,
                                                    tag: t.range.lowerBound)))
            case .partial:
                partials.append(partial(t, buf))
                steps.append(.partial(partials.count - 1))
            case .sectionOpen, .invertedOpen, .block, .parent:
                guard open.count < TemplateParser.maxDepth else {
                    throw error("sections nested deeper than \(TemplateParser.maxDepth) levels: close some before opening more", at: t)
                }
                // A block directly inside a parent overrides the parent's block of that name.
                if t.kind == .block, let enclosing = open.last, enclosing.token.kind == .parent,
                   case let .parent(p) = steps[enclosing.step] {
                    let blockName = String(decoding: buf[t.name], as: UTF8.self)
                    // `placeholder` below appends this block to `blocks`.
                    if parents[p].blocks[blockName] == nil { parents[p].blocks[blockName] = blocks.count }
                }
                open.append(Open(token: t, step: steps.count))
                steps.append(placeholder(t, buf))
            case .close:
                guard let o = open.popLast() else {
                    throw error("closing tag '\(text(buf, t.name))' has no open section", at: t)
                }
                guard sameName(buf, o.token.name, t.name) else {
                    let at = TemplateError.at(o.token.range.lowerBound, in: bytes, template: name, "")
                    throw error("closing tag '\(text(buf, t.name))' does not match '\(text(buf, o.token.name))' opened at line \(at.line), column \(at.column)", at: t)
                }
                close(o, at: t)
            }
        }
        if let o = open.last {
            throw error("unclosed section '\(text(buf, o.token.name))': add a closing tag", at: o.token)
        }
    }

    private func text(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        String(decoding: buf[r], as: UTF8.self)
    }

    /// Text runs that follow each other in the source become one step.
    private mutating func appendText(_ r: Range<Int>) {
        if case let .text(previous)? = steps.last, previous.upperBound == r.lowerBound {
            steps[steps.count - 1] = .text(previous.lowerBound..<r.upperBound)
        } else {
            steps.append(.text(r))
        }
    }

    private mutating func addName(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        let key = NameBytes(bytes: Array(buf[r]))
        if let i = nameIndex[key] { return i }
        names.append(TemplateName(text(buf, r)))
        nameIndex[key] = names.count - 1
        return names.count - 1
    }

    /// Names compare as strings, so canonically equivalent spellings close each other.
    private func sameName(_ buf: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        if a.count == b.count && buf[a].elementsEqual(buf[b]) { return true }
        return text(buf, a) == text(buf, b)
    }

    private func partial(_ t: TemplateToken, _ buf: UnsafeBufferPointer<UInt8>) -> PartialStep {
        var nameRange = t.name
        var dynamic = false
        if nameRange.first.map({ buf[$0] == UInt8(ascii: "*") }) == true {
            dynamic = true
            nameRange = ByteText.trimmed(buf, (nameRange.lowerBound + 1)..<nameRange.upperBound)
        }
        let n = text(buf, nameRange)
        return PartialStep(name: n, dynamic: dynamic ? TemplateName(n) : nil,
                           indent: t.standalone ? (t.indent ?? t.range.lowerBound..<t.range.lowerBound) : nil,
                           tag: t.range.lowerBound)
    }

    /// The opening step of a section, parent or block; `close` fills in where its body ends.
    private mutating func placeholder(_ t: TemplateToken, _ buf: UnsafeBufferPointer<UInt8>) -> TemplateStep {
        switch t.kind {
        case .block:
            blocks.append(BlockStep(name: text(buf, t.name), body: steps.count + 1..<steps.count + 1, standalone: t.standalone,
                                    leadingWhitespace: t.indent, contentIndent: [], tag: t.range.lowerBound))
            return .block(blocks.count - 1)
        case .parent:
            parents.append(ParentStep(partial: partial(t, buf), blocks: [:], end: 0))
            return .parent(parents.count - 1)
        default:
            return .section(SectionStep(name: addName(buf, t.name), inverted: t.kind == .invertedOpen, end: 0,
                                        inner: t.range.upperBound..<t.range.upperBound, delimiters: t.delimiterSet,
                                        tag: t.range.lowerBound))
        }
    }

    private mutating func close(_ o: Open, at closeTag: TemplateToken) {
        let end = steps.count
        switch steps[o.step] {
        case var .section(s):
            s.end = end
            s.inner = o.token.range.upperBound..<closeTag.range.lowerBound
            steps[o.step] = .section(s)
        case let .parent(p):
            parents[p].end = end
        case let .block(b):
            blocks[b].body = (o.step + 1)..<end
            // The indentation of a standalone block's first content line, cut by Character
            // as a person reads it (a space followed by a combining mark is not a space).
            if blocks[b].standalone, o.step + 1 < end, case let .text(first) = steps[o.step + 1] {
                // Only the blanks and the scalar after them decide: decode no more of the text.
                var cut = first.lowerBound
                while cut < first.upperBound && (bytes[cut] == 0x20 || bytes[cut] == 0x09) { cut += 1 }
                if cut < first.upperBound { cut += 1 }
                while cut < first.upperBound && bytes[cut] & 0xC0 == 0x80 { cut += 1 }
                let s = String(decoding: bytes[first.lowerBound..<cut], as: UTF8.self)
                blocks[b].contentIndent = Array(String(s.prefix { $0 == " " || $0 == "\t" }).utf8)
            }
        default:
            break
        }
    }
}

/// A name's bytes as a dictionary key, hashed in one call (an array of bytes is hashed one
/// `combine` per byte).
private struct NameBytes: Hashable {
    var bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
