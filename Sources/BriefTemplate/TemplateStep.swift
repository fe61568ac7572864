/// One step of a compiled template. Steps are plain values with no references: text is a
/// byte range of the template's one source buffer, names and the rarer heavy parts live in
/// side tables of `TemplateProgram`, so walking the steps copies nothing that is counted.
///
/// A step that has a body (section, parent, block) is followed by its body's steps and
/// records `end`, the index just past them.
enum TemplateStep: Sendable {
    /// Template text, written as it stands.
    case text(Range<Int>)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case variable(VariableStep)
    /// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`.
    case section(SectionStep)
    /// `{{>name}}`; index into `TemplateProgram.partials`.
    case partial(Int)
    /// `{{<name}}…{{/name}}`; index into `TemplateProgram.parents`.
    case parent(Int)
    /// `{{$name}}…{{/name}}`; index into `TemplateProgram.blocks`.
    case block(Int)
}

struct VariableStep: Sendable {
    /// Index into `TemplateProgram.names`.
    var name: Int
    var escaped: Bool
    /// Byte offset of the tag, for errors.
    var tag: Int
}

struct SectionStep: Sendable {
    var name: Int
    var inverted: Bool
    var end: Int
    /// The source between the tags, handed to a lambda: sliced from the source on demand.
    var inner: Range<Int>
    /// The delimiters at the opening tag, with which a lambda's result is parsed.
    var delimiters: Int
    var tag: Int
}

struct PartialStep: Sendable {
    var name: String
    /// For `{{>*name}}`: the data name whose value names the partial.
    var dynamic: TemplateName?
    /// The whitespace before a standalone tag, which indents every line of the partial.
    var indent: Range<Int>?
    var tag: Int
}

struct ParentStep: Sendable {
    var partial: PartialStep
    /// The blocks given directly inside the tag: name → index into `TemplateProgram.blocks`
    /// (the first of a name wins).
    var blocks: [String: Int]
    var end: Int
}

struct BlockStep: Sendable {
    var name: String
    /// The steps of the block's own content.
    var body: Range<Int>
    /// The opening tag stood alone on its line.
    var standalone: Bool
    /// Whitespace before the tag on its line, when only whitespace precedes it.
    var leadingWhitespace: Range<Int>?
    /// Leading whitespace of the first line of the content, when the tag is standalone.
    var contentIndent: [UInt8]
    var tag: Int
}
