/// Everything extracted from one document (or one article of a feed).
public struct Extraction: Sendable {
    public var document: String
    public var article: Article?
    public var unit: String?
    public var kind: DocumentKind
    public var year: Int?
    public var published: String?
    /// The document's (or article's) title, to name it in briefings.
    public var title: String? = nil
    public var facts: [Fact]
    public var honours: [Honour]
    /// Numbers seen but not reported, with the reason, for the audit view.
    public var skipped: [SkippedNumber]
    /// Confident facts a corpus loaded for briefings dropped because no view shows them
    /// (an article's figures beyond those its digest entry lists); the digest still
    /// counts them as more.
    public var omittedFacts = 0
}

/// A number the extractor saw and deliberately did not report.
public struct SkippedNumber: Sendable, Hashable {
    public var text: String
    public var reason: String
    public var provenance: Provenance
}
