/// The description of one subcommand: what it does, its options and its arguments.
/// Help text, usage lines and "did you mean" all come from this one value.
public struct CommandSpec: Sendable {
    public struct Option: Sendable {
        public var name: String           // "--format"
        public var short: String?         // "-o"
        public var valueName: String?     // nil for a flag
        public var help: String
        public var defaultValue: String?
        public var allowed: [String]?
        public var repeatable: Bool = false

        public init(_ name: String, short: String? = nil, value: String? = nil, help: String,
                    default defaultValue: String? = nil, allowed: [String]? = nil, repeatable: Bool = false) {
            self.name = name; self.short = short; self.valueName = value; self.help = help
            self.defaultValue = defaultValue; self.allowed = allowed; self.repeatable = repeatable
        }
    }

    public var name: String
    public var abstract: String
    public var arguments: String          // "PATH..." or ""
    public var argumentsHelp: String
    public var options: [Option]
    public var examples: [String]

    public init(name: String, abstract: String, arguments: String = "", argumentsHelp: String = "",
                options: [Option] = [], examples: [String] = []) {
        self.name = name; self.abstract = abstract; self.arguments = arguments
        self.argumentsHelp = argumentsHelp; self.options = options + [Self.helpOption]; self.examples = examples
    }

    static let helpOption = Option("--help", short: "-h", help: "Show this help.")

    public var usage: String {
        var parts = ["brief", name]
        for o in options where o.name != "--help" {
            parts.append(o.valueName.map { "[\(o.name) \($0)]" } ?? "[\(o.name)]")
        }
        if !arguments.isEmpty { parts.append(arguments) }
        return parts.joined(separator: " ")
    }

    public var helpText: String {
        var out = "OVERVIEW: \(abstract)\n\nUSAGE: \(usage)\n"
        if !arguments.isEmpty { out += "\nARGUMENTS:\n  \(arguments.padding(toLength: 24, withPad: " ", startingAt: 0))\(argumentsHelp)\n" }
        out += "\nOPTIONS:\n"
        for o in options {
            var left = o.short.map { "\($0), \(o.name)" } ?? o.name
            if let v = o.valueName { left += " <\(v)>" }
            var help = o.help
            var extras: [String] = []
            if let a = o.allowed { extras.append("values: " + a.joined(separator: ", ")) }
            if let d = o.defaultValue { extras.append("default: \(d)") }
            if !extras.isEmpty { help += " (\(extras.joined(separator: "; ")))" }
            let pad = left.count < 24 ? left.padding(toLength: 24, withPad: " ", startingAt: 0) : left + "\n" + String(repeating: " ", count: 26)
            out += "  \(pad)\(help)\n"
        }
        if !examples.isEmpty {
            out += "\nEXAMPLES:\n" + examples.map { "  \($0)\n" }.joined()
        }
        out += "\nEXIT STATUS: 0 success; 1 some input or output failed (the rest was done); 2 usage or config error.\n"
        return out
    }
}
