extension BriefError {
    /// A template engine error as Brief reports it: `brief: template:line:col: message`.
    public init(_ error: TemplateError) {
        self.init(.template, error.message,
                  at: SourceLocation(file: error.template, line: error.line, column: error.column, offset: error.offset))
    }

    /// Runs template work, turning the engine's `TemplateError` into a `BriefError`, so the
    /// CLI's error handling sees one error type.
    static func mappingTemplateErrors<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as TemplateError { throw BriefError(e) }
    }
}
