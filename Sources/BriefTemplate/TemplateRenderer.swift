/// Renders compiled templates into one output byte buffer, with a context stack of data
/// frames. Template text is copied from the source by range, values are escaped by byte
/// straight into the buffer, and one String is made at the end.
struct TemplateRenderer {
    let library: TemplateLibrary
    let contentType: ContentType
    let strict: Bool

    var out: [UInt8] = []
    /// Whether the next byte written starts a line: a partial's indentation goes there.
    var atLineStart = true
    var context = ContextStack(.null)
    /// How many sections, partials, parents, blocks and lambda results are being rendered.
    var depth = 0

    /// What changes as rendering enters partials and parents.
    struct Frame {
        /// Written before each line a partial writes.
        var indent: [UInt8] = []
        /// Blocks given by the parent tags rendering is inside, nearest first.
        var overrides: [String: BlockReference] = [:]
    }

    /// A block in the template that defines it.
    struct BlockReference {
        var program: TemplateProgram
        var index: Int
        var step: BlockStep { program.blocks[index] }
    }

    init(library: TemplateLibrary, contentType: ContentType, strict: Bool) {
        self.library = library
        self.contentType = contentType
        self.strict = strict
    }

    mutating func render(_ program: TemplateProgram, data: MustacheValue) throws -> String {
        out = []
        // The output is usually up to twice the template: room for that saves regrowing.
        out.reserveCapacity(program.bytes.count * 2 + 4096)
        atLineStart = true
        context = ContextStack(data)
        try run(program, 0..<program.steps.count, Frame())
        return String(decoding: out, as: UTF8.self)
    }

    /// Runs `program.steps[range]`.
    mutating func run(_ program: TemplateProgram, _ range: Range<Int>, _ frame: Frame) throws {
        var i = range.lowerBound
        while i < range.upperBound {
            switch program.steps[i] {
            case let .text(r):
                emitTemplateText(program, r, indent: frame.indent)
                i += 1
            case let .variable(v):
                try interpolate(program, v, frame)
                i += 1
            case let .section(s):
                try renderSection(program, s, body: (i + 1)..<s.end, frame)
                i = s.end
            case let .partial(p):
                try renderPartial(program, program.partials[p], frame)
                i += 1
            case let .parent(p):
                try renderParent(program, p, frame)
                i = program.parents[p].end
            case let .block(b):
                try renderBlock(BlockReference(program: program, index: b), frame)
                i = program.blocks[b].body.upperBound
            }
        }
    }

    /// Counts one level of nesting around `body`; past `TemplateParser.maxDepth` levels,
    /// an error at the tag instead of a stack overflow.
    mutating func nested(_ program: TemplateProgram, at tag: Int, _ body: (inout TemplateRenderer) throws -> Void) throws {
        depth += 1
        defer { depth -= 1 }
        guard depth <= TemplateParser.maxDepth else {
            throw program.error("sections and partials nested deeper than \(TemplateParser.maxDepth) levels (does a partial include itself?)", at: tag)
        }
        try body(&self)
    }

    func missing(_ name: TemplateName, _ program: TemplateProgram, at tag: Int) -> TemplateError {
        program.error("no value named '\(name.text)' in the data", at: tag)
    }

    private mutating func interpolate(_ program: TemplateProgram, _ v: VariableStep, _ frame: Frame) throws {
        let name = program.names[v.name]
        guard var value = context.lookup(name) else {
            if strict { throw missing(name, program, at: v.tag) }
            return
        }
        if case let .lambda(l) = value {
            let result = l.call("")
            if case let .string(s) = result {
                // The returned text is a template, rendered with the default delimiters.
                let t = try TemplateParser.compile(Array(s.utf8), name: program.name, delimiters: .standard)
                let bytes = try capture { r in try r.nested(program, at: v.tag) { try $0.run(t, 0..<t.steps.count, Frame()) } }
                value = .string(String(decoding: bytes, as: UTF8.self))
            } else {
                value = result
            }
        }
        value.withOutputBytes { emitValue($0, escaped: v.escaped, indent: frame.indent) }
    }
}
