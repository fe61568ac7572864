/// The parsed command line of one subcommand.
public struct ParsedArguments: Sendable {
    public var values: [String: [String]] = [:]
    public var flags: Set<String> = []
    public var positionals: [String] = []

    public func value(_ name: String) -> String? { values[name]?.last }
    public func has(_ name: String) -> Bool { flags.contains(name) }
}

/// Splits argv against a `CommandSpec`: `--name value`, `--name=value`, short forms, and
/// `--` ending the options. Unknown options get a suggestion by edit distance.
public enum ArgumentParser {
    public static func parse(_ args: [String], spec: CommandSpec) throws -> ParsedArguments {
        var result = ParsedArguments()
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let arg = args[i]
            i += 1
            if onlyPositionals || !arg.hasPrefix("-") || arg == "-" {
                result.positionals.append(arg)
                continue
            }
            if arg == "--" { onlyPositionals = true; continue }
            var name = arg
            var inlineValue: String? = nil
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inlineValue = String(arg[arg.index(after: eq)...])
            }
            guard let option = spec.options.first(where: { $0.name == name || $0.short == name }) else {
                throw BriefError(.usage, unknownOptionMessage(name, spec: spec))
            }
            if option.valueName == nil {
                if inlineValue != nil { throw BriefError(.usage, "option '\(option.name)' takes no value") }
                result.flags.insert(option.name)
                continue
            }
            let value: String
            if let v = inlineValue { value = v } else {
                guard i < args.count else {
                    throw BriefError(.usage, "missing value for '\(option.name) <\(option.valueName ?? "value")>'")
                }
                value = args[i]
                i += 1
            }
            if let allowed = option.allowed, !allowed.contains(value) {
                let list = allowed.map { "'\($0)'" }.joined(separator: ", ")
                throw BriefError(.usage, "the value '\(value)' is invalid for '\(option.name)'; use one of \(list)")
            }
            result.values[option.name, default: []].append(value)
        }
        for o in spec.options {
            if let d = o.defaultValue, o.valueName != nil, result.values[o.name] == nil { result.values[o.name] = [d] }
        }
        return result
    }

    static func unknownOptionMessage(_ name: String, spec: CommandSpec) -> String {
        let candidates = spec.options.map(\.name)
        if let near = nearest(name, in: candidates) {
            return "unknown option '\(name)' for '\(spec.name)'; did you mean '\(near)'?"
        }
        return "unknown option '\(name)' for '\(spec.name)'; see 'brief \(spec.name) --help'"
    }

    /// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
    public static func nearest(_ word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(word, $0)) }.min { $0.1 < $1.1 }
        guard let (best, d) = scored, d <= max(2, word.count / 3) else { return nil }
        return best
    }

    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        var prev = Array(0...y.count)
        for i in 1...x.count {
            var cur = [i] + [Int](repeating: 0, count: y.count)
            for j in stride(from: 1, through: y.count, by: 1) {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[y.count]
    }
}
