/// Writes numbers the way the documents do: no exponent, no trailing `.0`.
public enum NumberFormatting {
    /// The shortest text that reads back as `v`, without exponent: `5514`, `97.7`, `1.21`.
    public static func plain(_ v: Double) -> String {
        if v.isNaN || v.isInfinite { return "0" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        // Swift's description is the shortest text that reads back as the same double.
        let s = v.description
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }
}
