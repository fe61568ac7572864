/// What every command that reads documents shares: the size limit and the folder walk.
enum InputOptions {
    static let maxSize = CommandSpec.Option("--max-size", value: "size",
                                            help: "Refuse documents larger than this, unread (K, M or G; at most 4G).",
                                            default: ByteSize.text(FileBytes.defaultLimit).replacingOccurrences(of: " MB", with: "M"))

    /// The size limit per file from `--max-size`.
    static func maxFileSize(_ args: ParsedArguments) throws -> Int {
        guard let text = args.value("--max-size") else { return FileBytes.defaultLimit }
        guard let n = limit(text) else {
            throw BriefError(.usage, "the value '\(text)' is invalid for '--max-size'; give a size up to 4G, e.g. --max-size 512M")
        }
        return n
    }

    /// A size limit as written (`256M`), or nil when it is not one Brief can apply.
    static func limit(_ text: String) -> Int? {
        guard let n = ByteSize.parse(text), n >= 1, n <= FileBytes.hardLimit else { return nil }
        return n
    }

    /// The files named by `paths`, with each entry that is skipped (not a regular file, an
    /// unreadable folder) reported on one line.
    static func walk(_ paths: [String], skipping: [String] = [], console: Console) throws -> (files: [String], problems: Int) {
        let walk = try InputWalk.walk(paths, skipping: skipping)
        for p in walk.problems { console.report(p) }
        return (walk.files, walk.problems.count)
    }
}
