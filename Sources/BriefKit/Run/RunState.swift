import Foundation

/// What earlier runs processed: for each feed, the newest article date seen, so a digest
/// covers only what is new. Written atomically; a missing or corrupt file is rebuilt.
public struct RunState: Sendable, Equatable {
    public var feeds: [String: String] = [:]

    public static func load(file: String) -> (RunState, warning: String?) {
        guard FileManager.default.fileExists(atPath: file) else { return (RunState(), nil) }
        guard let data = try? FileBytes.contents(of: file, limit: 64 << 20),
              let json = try? JSONReader.parse(bytes: data, file: file),
              case let .object(root) = json else {
            return (RunState(), "\(file): state file is corrupt; rebuilding it (digests cover all articles this time)")
        }
        var state = RunState()
        if case let .object(feeds)? = root.first(where: { $0.key == "feeds" })?.value {
            for f in feeds { if let d = f.value.stringValue { state.feeds[f.key] = d } }
        }
        return (state, nil)
    }

    public func save(file: String) throws {
        let json = JSONValue.object([("feeds", .object(feeds.keys.sorted().map { ($0, .string(feeds[$0] ?? "")) }))])
        try OutputFile.write(JSONWriter.write(json), to: file)
    }
}
