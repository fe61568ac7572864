import Foundation

/// What `brief run` does, read from a config file. Relative paths are relative to the
/// config file's folder, so cron (which starts in $HOME) finds everything.
public struct RunConfig: Sendable, Equatable {
    public enum Annual: Sendable, Equatable { case none, latest, all, year(Int) }

    public var inputs: [String]
    public var output: String
    public var annual: Annual
    public var diffs: Bool
    /// A page per unit over all its years.
    public var units = true
    public var digest: Bool
    public var formats: [String]
    public var templates: String?
    public var registry: String?
    public var catalog: String?
    public var state: String
    /// Larger input files are refused unread.
    public var maxFileSize = FileBytes.defaultLimit

    static let keys = ["inputs", "output", "annual", "diffs", "units", "digest", "formats", "templates", "registry", "catalog", "state", "max-size"]

    /// Parses a config; `//` comment lines are allowed, as `brief init` writes them.
    public static func load(file: String) throws -> RunConfig {
        guard Platform.status(file) != nil else {
            throw BriefError(.usage, "cannot read the config file; create one with 'brief init'", at: SourceLocation(file: file))
        }
        let data = try JSONShape.read(file, what: "config file")
        let base = URL(fileURLWithPath: file).deletingLastPathComponent().standardized.path
        return try parse(String(decoding: data, as: UTF8.self), file: file, base: base)
    }

    public static func parse(_ text: String, file: String, base: String) throws -> RunConfig {
        // Blank out comment lines, keeping line numbers for errors. Lines are split on the
        // byte, not the Character: "\r\n" is one Character, so a CRLF file was one "line".
        // A UTF-8 byte-order mark (Windows editors write one) is not part of the text.
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var cleaned: [UInt8] = []
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let body = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if !body.starts(with: [0x2F, 0x2F]) { cleaned += line }
            cleaned.append(0x0A)
        }
        let json = try JSONReader.parse(bytes: cleaned, file: file)
        guard case let .object(members) = json else {
            throw BriefError(.usage, "the config must be a JSON object", at: SourceLocation(file: file, line: 1, column: 1))
        }
        func fail(_ key: String, _ expected: String) -> BriefError {
            BriefError(.usage, "bad value for \"\(key)\": expected \(expected)", at: SourceLocation(file: file))
        }
        var seenKeys = Set<String>()
        for m in members where !seenKeys.insert(m.key).inserted {
            throw BriefError(.usage, "key \"\(m.key)\" appears twice; keep one", at: SourceLocation(file: file))
        }
        for m in members where !keys.contains(m.key) {
            let hint = ArgumentParser.nearest(m.key, in: keys).map { "; did you mean \"\($0)\"?" } ?? "; known keys: \(keys.joined(separator: ", "))"
            throw BriefError(.usage, "unknown key \"\(m.key)\"\(hint)", at: SourceLocation(file: file))
        }
        func path(_ p: String) -> String { p.hasPrefix("/") ? p : URL(fileURLWithPath: base).appendingPathComponent(p).standardized.path }
        func string(_ key: String) throws -> String? {
            guard let v = json[key] else { return nil }
            if case .null = v { return nil }
            guard case let .string(s) = v, !s.isEmpty else { throw fail(key, "a non-empty string") }
            return s
        }
        func bool(_ key: String, _ def: Bool) throws -> Bool {
            guard let v = json[key] else { return def }
            guard case let .bool(b) = v else { throw fail(key, "true or false") }
            return b
        }
        var inputs: [String] = []
        switch json["inputs"] {
        case let .array(items)?:
            for item in items {
                guard case let .string(s) = item, !s.isEmpty else { throw fail("inputs", "a list of folders or files") }
                inputs.append(path(s))
            }
        case nil: throw BriefError(.usage, "missing \"inputs\": list the folders or files to read", at: SourceLocation(file: file))
        default: throw fail("inputs", "a list of folders or files")
        }
        guard !inputs.isEmpty else { throw fail("inputs", "at least one folder or file") }
        var annual = Annual.latest
        switch json["annual"] {
        case nil: break
        case .string("latest")?: annual = .latest
        case .string("all")?: annual = .all
        case .string("none")?, .bool(false)?: annual = Annual.none
        case let .number(n)?:
            guard let y = Int(n), (1900...2100).contains(y) else { throw fail("annual", "\"latest\", \"all\", \"none\" or a year") }
            annual = .year(y)
        default: throw fail("annual", "\"latest\", \"all\", \"none\" or a year")
        }
        var formats = ["md", "html"]
        if let v = json["formats"] {
            guard case let .array(items) = v, !items.isEmpty,
                  items.allSatisfy({ BriefingRenderer.fileFormats.contains($0.stringValue ?? "") }) else { throw fail("formats", "a list of \"md\", \"html\" and/or \"docx\"") }
            formats = items.compactMap(\.stringValue)
        }
        var config = RunConfig(
            inputs: inputs, output: path(try string("output") ?? "output"), annual: annual,
            diffs: try bool("diffs", true), digest: try bool("digest", true), formats: formats,
            templates: try string("templates").map(path), registry: try string("registry").map(path),
            catalog: try string("catalog").map(path), state: path(try string("state") ?? ".brief-state.json"))
        config.units = try bool("units", true)
        if let v = json["max-size"] {
            guard let text = v.stringValue, let n = InputOptions.limit(text) else {
                throw fail("max-size", "a size up to 4G such as \"512M\", or a number of bytes")
            }
            config.maxFileSize = n
        }
        try ConfigPaths.check(config, file: file)
        return config
    }

    /// The example `brief init` writes.
    public static let example = """
    // Brief configuration, read by: brief run --config brief.json
    // Paths are relative to this file's folder. Lines starting with // are comments.
    {
      // Folders or files to read (recursively): reports, summaries, budgets, article exports.
      "inputs": ["samples"],
      // Where briefings are written, a whole set at a time, and where the lock lives. It may
      // not be, or lie inside, an input.
      "output": "output",
      // Annual briefs: "latest" (the newest year in the documents), "all", "none", or a year such as 2023.
      "annual": "latest",
      // A diff for each unit's consecutive reports.
      "diffs": true,
      // A page per unit: every headline figure over all its years, its honours by year.
      "units": true,
      // A digest per article feed, of the articles new since the last run.
      "digest": true,
      // Output formats: any of "md", "html" and "docx" (Word).
      "formats": ["md", "html"],
      // A folder of templates that replace the built-in ones file by file; null: the built-in set.
      "templates": null,
      // Extra unit registry and metric catalog (JSON), or null for the built-in ones.
      "registry": null,
      "catalog": null,
      // Remembers what was processed, for "since the last run". Not inside an input.
      "state": ".brief-state.json",
      // Larger input files are reported and skipped, unread (K, M or G; at most 4G).
      "max-size": "256M"
    }

    """
}
