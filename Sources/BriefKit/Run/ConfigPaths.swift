import Foundation

/// Where a config's own files may not be: `state` and `output` must not be an input or lie
/// inside one. A state file named like an input overwrote it; an output folder inside an
/// input was read back as documents.
enum ConfigPaths {
    static func check(_ config: RunConfig, file: String) throws {
        // A state file is read and replaced whole: a FIFO or a device there would block or be written into.
        if let type = Platform.status(config.state)?.type, type != .regular {
            throw BriefError(.usage, "\"state\" (\(config.state)) is \(type.described), not a regular file; name a file Brief may replace",
                             at: SourceLocation(file: file))
        }
        let inputs = config.inputs.map { (given: $0, real: resolved($0)) }
        for (key, value) in [("state", config.state), ("output", config.output)] {
            let real = resolved(value)
            for input in inputs where real == input.real || real.hasPrefix(input.real + "/") {
                let relation = real == input.real ? "is the input" : "lies inside the input"
                throw BriefError(.usage, "\"\(key)\" (\(value)) \(relation) \(input.given) named in \"inputs\"; keep Brief's own files out of its inputs",
                                 at: SourceLocation(file: file))
            }
        }
    }

    /// The path with symbolic links resolved as far as it exists (the rest, not yet
    /// created, appended as written), so two names of one place compare equal.
    static func resolved(_ path: String) -> String {
        var head = URL(fileURLWithPath: path).standardized.path
        var tail: [String] = []
        while true {
            if let real = Platform.realPath(head) {
                return ([real == "/" ? "" : real] + tail.reversed()).joined(separator: "/")
            }
            let parent = (head as NSString).deletingLastPathComponent
            guard parent != head, !parent.isEmpty else { return path }
            tail.append((head as NSString).lastPathComponent)
            head = parent
        }
    }
}
