/// What a zip archive may hold before Brief refuses it. Nothing is extracted to disk, so
/// the dangers are memory and time: too many entries, entries that inflate to too much,
/// and the zip bomb, a small entry that inflates far beyond what any document compresses.
public struct ZipLimits: Sendable {
    /// Entries in the central directory (a Word file has a few dozen).
    public var entries = 10_000
    /// Inflated bytes of one entry.
    public var entryBytes = 512 << 20
    /// Inflated bytes of all entries read from one archive.
    public var totalBytes = 1 << 30
    /// Inflated bytes per compressed byte. Deflate reaches about 1,000 on endless runs of
    /// one byte, where bombs live; real Word XML stays below 100, and even 100,000 copies
    /// of one paragraph stay below 300.
    public var ratio = 500
    /// Output below which the ratio is not checked (a short, repetitive part may exceed it).
    public var ratioFloor = 1 << 20

    public init() {}

    public static let standard = ZipLimits()
}
