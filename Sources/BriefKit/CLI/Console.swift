/// Where a command writes: data to `out`, diagnostics to `err`. Tests pass capturing closures.
public struct Console: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void
    /// Why `out` stopped taking data, once it has (a closed pipe, a full disk); nil while it
    /// works. Producers ask it to stop early; the CLI reports it at exit.
    var outputFailure: @Sendable () -> Platform.SystemError? = { nil }

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    public static let standard: Console = {
        var c = Console(out: { StandardOutput.shared.write($0) }, err: { Platform.writeError($0) })
        c.outputFailure = { StandardOutput.shared.failure }
        return c
    }()

    /// One GNU-style line: `brief: file:line:col: message`. Line breaks and other control
    /// characters (a file name may hold them) are written as escapes, so it stays one line.
    public func report(_ error: BriefError) {
        err("brief: \(Self.oneLine(error.description))\n")
    }

    static func oneLine(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value) || s == "\u{2028}" || s == "\u{2029}" {
                    out += "\\u{\(String(s.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out
    }
}
