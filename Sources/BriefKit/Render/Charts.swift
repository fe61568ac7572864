/// Small inline SVG charts built from numbers only (never from document text), so they
/// can be placed in HTML unescaped. No scripts, no external references.
///
/// A chart shows change: every point carries its value and year, and a series whose values
/// lie close together is drawn from just below its lowest value, not from zero (the axis
/// says so), so 96.8 / 97.3 / 97.7 do not look alike.
enum Charts {
    typealias Point = (year: Int, value: Double)

    /// A line with labelled points, `width` × `height` px.
    static func trend(_ all: [Point], unit: String, width: Int = 190, height: Int = 64) -> String {
        // Extraction never reports a value a double cannot hold, but a chart is no place to trap.
        let points = all.filter { $0.value.isFinite && abs($0.value) < 1e300 }
        guard points.count >= 2 else { return "" }
        let (lo, hi, fromZero) = range(points.map(\.value))
        let top = 14.0, bottom = Double(height) - 14, left = 16.0, right = Double(width) - 16
        let step = points.count > 1 ? (right - left) / Double(points.count - 1) : 0
        func y(_ v: Double) -> Double { hi == lo ? (top + bottom) / 2 : bottom - (v - lo) / (hi - lo) * (bottom - top) }
        var svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\">"
        svg += "<title>\(label(points, unit: unit))\(fromZero ? "" : "（纵轴未从零起）")</title>"
        let path = points.enumerated().map { i, p in "\(i == 0 ? "M" : "L")\(fmt(left + Double(i) * step)) \(fmt(y(p.value)))" }.joined(separator: " ")
        svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"1.6\"/>"
        for (i, p) in points.enumerated() {
            let x = left + Double(i) * step, last = i == points.count - 1
            svg += "<circle cx=\"\(fmt(x))\" cy=\"\(fmt(y(p.value)))\" r=\"\(last ? 3 : 2.2)\" fill=\"\(last ? "#1f5fa8" : "#8fb0d8")\"/>"
            svg += "<text x=\"\(fmt(x))\" y=\"\(fmt(y(p.value) - 5))\" font-size=\"9\" text-anchor=\"middle\" fill=\"#1d2430\">\(short(p.value))</text>"
            svg += "<text x=\"\(fmt(x))\" y=\"\(height - 2)\" font-size=\"9\" text-anchor=\"middle\" fill=\"#667085\">\(p.year)</text>"
        }
        if !fromZero { svg += "<text x=\"1\" y=\"\(fmt(bottom))\" font-size=\"8\" fill=\"#98a2b3\">≈</text>" }
        return svg + "</svg>"
    }

    /// The drawn range: from zero, unless the values lie within a fifth of their size of
    /// each other — then from a little below the lowest. A series of zeros (客户投诉率 0 → 0)
    /// is drawn on the zero line, from zero: not mid-height, marked as cut off.
    static func range(_ values: [Double]) -> (lo: Double, hi: Double, fromZero: Bool) {
        let mn = values.min() ?? 0, mx = values.max() ?? 0
        if mn == 0, mx == 0 { return (0, 1, true) }
        if mn >= 0, mx > 0, (mx - mn) / mx >= 0.2 { return (0, mx, true) }
        let pad = max((mx - mn) * 0.25, abs(mx) * 0.002, 1e-9)
        return (mn - pad, mx + pad, false)
    }

    /// "2021 年 96.8%，2022 年 97.3%，2023 年 97.7%": the chart in words.
    static func label(_ points: [Point], unit: String) -> String {
        points.map { "\($0.year) 年 \(NumberFormatting.grouped($0.value))\(unit == "%" ? "%" : unit.isEmpty ? "" : " " + unit)" }.joined(separator: "，")
    }

    /// "2021 96.8 → 2023 97.7" for Markdown and Word, where no chart is drawn.
    static func sparkline(_ all: [Point]) -> String {
        let points = all.filter { $0.value.isFinite }
        guard points.count >= 2 else { return "" }
        return points.map { "\($0.year) \(short($0.value))" }.joined(separator: " → ")
    }

    /// A value in few characters: 5,514 → 5514; 1,351,459,890 → 13.5亿; 97.7 → 97.7.
    static func short(_ v: Double) -> String {
        let a = abs(v)
        if a >= 1e8 { return NumberFormatting.plain((v / 1e7).rounded() / 10) + "亿" }
        if a >= 1e5 { return NumberFormatting.plain((v / 1e3).rounded() / 10) + "万" }
        if a >= 100 { return NumberFormatting.plain(v.rounded()) }
        return NumberFormatting.plain((v * 100).rounded() / 100)
    }

    static func fmt(_ v: Double) -> String { NumberFormatting.plain((v * 10).rounded() / 10) }
}
