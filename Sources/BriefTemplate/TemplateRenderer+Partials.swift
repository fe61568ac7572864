extension TemplateRenderer {
    /// A `*name` is looked up in the data once; the string found is the partial's name.
    func resolve(_ p: PartialStep, _ program: TemplateProgram) throws -> String? {
        guard let dynamic = p.dynamic else { return p.name }
        guard let value = context.lookup(dynamic), case let .string(s) = value else {
            if strict { throw missing(dynamic, program, at: p.tag) }
            return nil
        }
        return s
    }

    /// The indentation inside a partial or parent: a standalone tag adds its own to the
    /// frame's; an inline one starts from none.
    func indent(for p: PartialStep, _ program: TemplateProgram, _ frame: Frame) -> [UInt8] {
        guard let r = p.indent else { return [] }
        return frame.indent + program.bytes[r]
    }

    mutating func renderPartial(_ program: TemplateProgram, _ p: PartialStep, _ frame: Frame) throws {
        guard let resolved = try resolve(p, program) else { return }
        guard let partial = try library.template(named: resolved, from: program, at: p.tag) else {
            if strict { throw program.error("no partial named '\(resolved)' in the template folder", at: p.tag) }
            return
        }
        var inner = frame
        inner.indent = indent(for: p, program, frame)
        let t = partial.program
        try nested(program, at: p.tag) { try $0.run(t, 0..<t.steps.count, inner) }
    }

    /// A parent renders the named template with the blocks given inside the tag.
    mutating func renderParent(_ program: TemplateProgram, _ index: Int, _ frame: Frame) throws {
        let parent = program.parents[index]
        let p = parent.partial
        guard let resolved = try resolve(p, program) else { return }
        guard let template = try library.template(named: resolved, from: program, at: p.tag) else {
            if strict { throw program.error("no parent template named '\(resolved)' in the template folder", at: p.tag) }
            return
        }
        var inner = frame
        inner.indent = indent(for: p, program, frame)
        // Blocks given nearer the top win over those given further down.
        for (name, b) in parent.blocks where frame.overrides[name] == nil {
            inner.overrides[name] = BlockReference(program: program, index: b)
        }
        let t = template.program
        try nested(program, at: p.tag) { try $0.run(t, 0..<t.steps.count, inner) }
    }
}
