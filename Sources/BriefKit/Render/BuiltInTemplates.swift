/// The templates of Templates/, compiled in: Brief's defaults wherever it runs. Each output
/// format's templates are generated into their own file by Scripts/embed-templates.sh.
enum BuiltInTemplates {
    /// Path relative to Templates/ → source, all formats.
    static let files: [String: String] = markdown.merging(html) { a, _ in a }.merging(word) { a, _ in a }
}
