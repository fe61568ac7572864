/// A compiled template: its source bytes, held once, and the steps that refer to them.
/// Immutable, so one program is shared by every render, on any thread.
final class TemplateProgram: Sendable {
    let name: String
    let bytes: [UInt8]
    let steps: [TemplateStep]
    let names: [TemplateName]
    let partials: [PartialStep]
    let parents: [ParentStep]
    let blocks: [BlockStep]
    let delimiterSets: [Delimiters]

    init(name: String, bytes: [UInt8], steps: [TemplateStep], names: [TemplateName], partials: [PartialStep],
         parents: [ParentStep], blocks: [BlockStep], delimiterSets: [Delimiters]) {
        self.name = name
        self.bytes = bytes
        self.steps = steps
        self.names = names
        self.partials = partials
        self.parents = parents
        self.blocks = blocks
        self.delimiterSets = delimiterSets
    }

    func error(_ message: String, at offset: Int) -> TemplateError {
        TemplateError.at(offset, in: bytes, template: name, message)
    }

    /// The source text of `range`, made only when asked for (a lambda's section text).
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Bytes of text the compiled form holds besides the source: tag names (each distinct
    /// name once), and block indentation. Sections refer to the source by range, so this stays below the source's
    /// own size however deeply sections nest.
    var heldTextBytes: Int {
        func size(_ name: TemplateName?) -> Int { name?.parts.reduce(0) { $0 + $1.key.utf8.count } ?? 0 }
        var n = names.reduce(0) { $0 + size($1) }
        for p in partials { n += p.name.utf8.count + size(p.dynamic) }
        for p in parents {
            n += p.partial.name.utf8.count + size(p.partial.dynamic)
            n += p.blocks.keys.reduce(0) { $0 + $1.utf8.count }
        }
        for b in blocks { n += b.name.utf8.count + b.contentIndent.count }
        return n
    }
}
