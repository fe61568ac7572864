extension TemplateError {
    /// An error at byte `offset` of a template's source. The line and column are found by
    /// scanning the source up to the offset here, when an error is reported, so lexing and
    /// parsing never track them.
    ///
    /// - Complexity: O(offset).
    static func at(_ offset: Int, in bytes: [UInt8], template: String, _ message: String) -> TemplateError {
        let end = min(max(offset, 0), bytes.count)
        var line = 1, lineStart = 0
        for i in 0..<end where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        // Columns count Unicode scalars: every byte that does not continue a UTF-8 sequence.
        var column = 1
        for i in lineStart..<end where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return TemplateError(message, template: template, line: line, column: column, offset: end)
    }
}
