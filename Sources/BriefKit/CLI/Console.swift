/// Where a command writes: data to `out`, diagnostics to `err`. Tests pass capturing closures.
public struct Console: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    public static let standard = Console(out: { Platform.writeOutput($0) }, err: { Platform.writeError($0) })

    /// One GNU-style line: `brief: file:line:col: message`.
    public func report(_ error: BriefError) {
        err("brief: \(error.description)\n")
    }
}
