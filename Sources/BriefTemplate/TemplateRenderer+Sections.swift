extension TemplateRenderer {
    /// A section renders its body once per list item, once for any other truthy value (as
    /// the innermost frame), never for a falsey one; an inverted section the other way round.
    /// A lambda gets the section's source text and its result is rendered as a template.
    mutating func renderSection(_ program: TemplateProgram, _ s: SectionStep, body: Range<Int>, _ frame: Frame) throws {
        let name = program.names[s.name]
        guard var value = context.lookup(name) else {
            if strict { throw missing(name, program, at: s.tag) }
            if s.inverted { try nested(program, at: s.tag) { try $0.run(program, body, frame) } }
            return
        }
        if case let .lambda(l) = value {
            if s.inverted { return }   // a lambda is truthy
            let result = l.call(program.text(s.inner))
            if case let .string(source) = result {
                let t = try TemplateParser.compile(Array(source.utf8), name: program.name,
                                                   delimiters: program.delimiterSets[s.delimiters])
                try nested(program, at: s.tag) { try $0.run(t, 0..<t.steps.count, frame) }
                return
            }
            value = result
        }
        if s.inverted {
            if value.isFalsey { try nested(program, at: s.tag) { try $0.run(program, body, frame) } }
            return
        }
        if value.isFalsey { return }
        try nested(program, at: s.tag) { r in
            if case let .list(items) = value {
                for item in items {
                    r.context.push(item)
                    defer { r.context.pop() }
                    try r.run(program, body, frame)
                }
            } else {
                r.context.push(value)
                defer { r.context.pop() }
                try r.run(program, body, frame)
            }
        }
    }
}
