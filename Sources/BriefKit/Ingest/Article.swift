/// One article of a JSON feed export, with its fields mapped to Brief's names.
public struct Article: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var url: String
    /// The article's date as written in the export (`2025-11-11`).
    public var date: String
    public var publisher: String
    /// The decoded body text; fact offsets of a feed article are into this text.
    public var content: String
}
