/// Where something is in an input file: used by every error and every fact.
///
/// `line` and `column` are 1-based (column counts Unicode scalars, as editors do);
/// `offset` is a 0-based UTF-8 byte offset into the decoded text.
public struct SourceLocation: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(file: String, line: Int = 0, column: Int = 0, offset: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `file:line:col`, or just `file` when the position is unknown (line 0).
    public var description: String {
        line > 0 ? "\(file):\(line):\(column)" : file
    }
}
