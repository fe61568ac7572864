/// What Brief has made in an output folder, kept in `OUT/.brief/manifest.json`: the names of
/// the links it created there (`annual-2023.md` → `.brief/current/annual-2023.md`) and the
/// generation they show. Brief removes a stale briefing only when the manifest lists its
/// name and the link is still exactly the one it made; anything else in the folder is the
/// user's and is never replaced or deleted.
struct OutputManifest: Sendable, Equatable {
    var generation: String?
    var links: [String]

    static let empty = OutputManifest(generation: nil, links: [])

    /// The manifest in `file`; nil when there is none (a folder an earlier Brief wrote, or a
    /// new one); an unreadable or malformed one counts as listing nothing of Brief's.
    static func load(_ file: String) -> OutputManifest? {
        guard Platform.status(file) != nil else { return nil }
        guard let bytes = try? FileBytes.contents(of: file, limit: 64 << 20),
              let json = try? JSONReader.parse(bytes: bytes, file: file) else { return .empty }
        let links = json["links"]?.arrayValue?.compactMap(\.stringValue).filter(OutputFolder.isBriefingName) ?? []
        return OutputManifest(generation: json["generation"]?.stringValue, links: links)
    }

    func save(_ file: String) throws {
        let json = JSONValue.object([
            ("brief", .number("1")),
            ("generation", generation.map(JSONValue.string) ?? .null),
            ("links", .array(Set(links).sorted().map(JSONValue.string))),
        ])
        try OutputFile.write(JSONWriter.write(json), to: file)
    }
}
