/// File sizes as people write them: `256M`, `1G`, `512K`, `1048576` (K, M and G are
/// powers of 1024, as in `du -h`; a trailing `B` or `iB` is allowed).
public enum ByteSize {
    /// The number of bytes, or nil when the text is not a size.
    public static func parse(_ text: String) -> Int? {
        var t = Substring(text.uppercased().filter { $0 != " " })
        if t.hasSuffix("IB") { t = t.dropLast(2) } else if t.hasSuffix("B") { t = t.dropLast() }
        var factor = 1
        switch t.last {
        case "K": factor = 1 << 10
        case "M": factor = 1 << 20
        case "G": factor = 1 << 30
        case "T": factor = 1 << 40
        default: break
        }
        if factor > 1 { t = t.dropLast() }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let v = Double(t), v.isFinite else { return nil }
        let bytes = (v * Double(factor)).rounded()
        // Compared as a double first: Int(_:) of a value beyond Int.max traps.
        guard bytes >= 0, bytes < 9e18 else { return nil }
        return Int(bytes)
    }

    /// For messages: "256 MB", "1.5 GB", "900 bytes".
    public static func text(_ bytes: Int) -> String {
        let units: [(Int, String)] = [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")]
        for (size, name) in units where bytes >= size {
            let v = Double(bytes) / Double(size)
            let rounded = (v * 10).rounded() / 10
            return (rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) + " " + name
        }
        return "\(bytes) bytes"
    }
}
