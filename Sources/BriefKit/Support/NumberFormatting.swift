/// Display forms of numbers; `plain` comes from the template engine, where numbers are
/// interpolated, so briefing text and template output agree.
extension NumberFormatting {
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
