extension MustacheValue {
    /// Numbers print in their shortest exact form: `5514`, `97.7`, `1.21` (from `1.210`).
    static func printed(number n: String) -> String {
        if n.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) { return n }
        guard let d = Double(n) else { return n }
        return NumberFormatting.plain(d)
    }

    /// Calls `body` with the UTF-8 bytes an interpolation writes (before escaping), without
    /// making a String where the value already holds one.
    func withOutputBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        switch self {
        case .null, .list, .object, .lambda: return
        case let .bool(b): Self.withBytes(b ? "true" : "false", body)
        case let .string(s): Self.withBytes(s, body)
        case let .number(n): Self.withBytes(Self.printed(number: n), body)
        }
    }

    private static func withBytes(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // Native strings are contiguous UTF-8 already; a bridged one is made so once.
        if s.utf8.withContiguousStorageIfAvailable(body) != nil { return }
        var copy = s
        copy.withUTF8(body)
    }
}
