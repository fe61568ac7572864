/// The change between two values of one metric: absolute (in the later value's measure),
/// relative for counts and money, percentage points for rates.
public struct Change: Sendable, Equatable {
    public var absolute: Double
    /// Per cent of the earlier value; nil for rates and when the earlier value is 0.
    public var percent: Double?
    /// For rates (%), the difference in percentage points.
    public var points: Double?
    /// Either value was bounded (超/近/约 …): the change is only approximate.
    public var approximate: Bool
    /// The measure the absolute change is written in.
    public var measure: String

    /// - Returns: nil when the two quantities cannot be compared (different base measures).
    public static func between(_ before: Quantity, _ after: Quantity, rate: Bool) -> Change? {
        let a = before.folded, b = after.folded
        // Per mille and per ten thousand (千分之4.6 → 千分之2.1) move by their own points,
        // never by percentage points; against a % or a count they do not compare.
        if let points = Self.finerPoints[after.measure] ?? Self.finerPoints[before.measure] {
            guard before.measure == after.measure else { return nil }
            let d = after.value - before.value
            return Change(absolute: d, percent: nil, points: nil, approximate: before.qualifier != .exact || after.qualifier != .exact, measure: points)
        }
        let rateLike = rate || after.measure == "%" || before.measure == "%"
        guard a.measure == b.measure || (rateLike && (a.measure.isEmpty || b.measure.isEmpty || a.measure == "%" || b.measure == "%")) else {
            return nil
        }
        let approximate = before.qualifier != .exact || after.qualifier != .exact
        // An index written without % on either side (满意度指数 85.05 → 96.8) moves by
        // points of the index, not percentage points, and its per cent says nothing.
        if rate, before.measure.isEmpty, after.measure.isEmpty {
            let d = after.value - before.value
            return Change(absolute: d, percent: nil, points: nil, approximate: before.qualifier != .exact || after.qualifier != .exact, measure: "")
        }
        if rateLike {
            let d = after.value - before.value
            return Change(absolute: d, percent: nil, points: d, approximate: approximate, measure: "个百分点")
        }
        // Express the absolute change in the later value's own unit (万元 stays 万元).
        let scale = after.value == 0 ? 1 : b.value / after.value
        let diff = (b.value - a.value) / (scale == 0 ? 1 : scale)
        let percent = a.value == 0 ? nil : (b.value - a.value) / a.value * 100
        return Change(absolute: diff, percent: percent, points: nil, approximate: approximate, measure: after.measure)
    }

    static let finerPoints = ["‰": "个千分点", "‱": "个万分点"]

    /// "+31（+0.6%）", "−114（−4.2%）", "+0.9 个百分点", "约 +3 …".
    public var text: String {
        var s = approximate ? "约 " : ""
        if let p = points {
            s += Self.signed(p, digits: 2) + " 个百分点"
            return s
        }
        s += Self.signed(absolute, digits: 2) + (measure.isEmpty ? "" : " " + measure)
        if let pc = percent { s += "（" + Self.signed(pc, digits: 1) + "%）" }
        return s
    }

    /// Rounded for display with a real minus sign: +31, −114, +0.6.
    public static func signed(_ v: Double, digits: Int) -> String {
        let p = pow10(digits)
        let r = (v * p).rounded() / p
        let body = NumberFormatting.grouped(abs(r))
        if r > 0 { return "+" + body }
        if r < 0 { return "−" + body }
        return "±0"
    }

    static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { r, _ in r * 10 } }
}
