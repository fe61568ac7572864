/// A tag or a run of text, as byte ranges of the template's source; text runs end at each
/// newline so that the standalone pass can work line by line.
struct TemplateToken {
    enum Kind: UInt8 {
        case text
        case variable, unescaped, sectionOpen, invertedOpen, close, comment, partial, parent, block, delimiters
    }

    var kind: Kind
    /// The text run, or the whole tag from its opening marker to past its closing marker.
    var range: Range<Int>
    /// A tag's content without the sigil and with surrounding whitespace trimmed.
    var name: Range<Int>
    /// Index of the delimiters in force at this tag, in the lexer's `delimiterSets`.
    var delimiterSet: Int
    /// Set by the standalone pass: the tag is alone on its line, which vanishes from the output.
    var standalone = false
    /// The whitespace before the tag on its line, when only whitespace precedes it.
    var indent: Range<Int>? = nil
    /// Set by the standalone pass on the whitespace text of a standalone line.
    var removed = false

    /// Tags that write nothing where they stand, so may stand alone on a line.
    var mayStandAlone: Bool {
        switch kind {
        case .sectionOpen, .invertedOpen, .close, .comment, .partial, .parent, .block, .delimiters: return true
        case .text, .variable, .unescaped: return false
        }
    }
}
