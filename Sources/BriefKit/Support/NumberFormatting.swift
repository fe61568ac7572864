/// Writes numbers the way the documents do: no exponent, no trailing `.0`.
public enum NumberFormatting {
    public static func plain(_ v: Double) -> String {
        if v.isNaN || v.isInfinite { return "0" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        // Swift's description is the shortest text that reads back as the same double.
        let s = v.description
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }

    /// With thousands separators for display: 1351459890 → 1,351,459,890.
    public static func grouped(_ v: Double) -> String {
        let s = plain(v)
        let negative = s.hasPrefix("-")
        let body = negative ? String(s.dropFirst()) : s
        let parts = body.split(separator: ".", maxSplits: 1)
        let intPart = Array(parts[0])
        var out = ""
        for (i, c) in intPart.enumerated() {
            if i > 0 && (intPart.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        if parts.count > 1 { out += "." + parts[1] }
        return (negative ? "-" : "") + out
    }
}
