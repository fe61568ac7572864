/// Small inline SVG charts built from numbers only (never from document text), so they
/// can be placed in HTML unescaped. No scripts, no external references.
enum Charts {
    /// Bars for a series of (year, value), labelled with the year.
    static func bars(_ all: [(year: Int, value: Double)], width: Int = 160, height: Int = 48) -> String {
        // Extraction never reports a value a double cannot hold, but a chart is no place to trap.
        let points = all.filter { $0.value.isFinite }
        guard points.count >= 2 else { return "" }
        let maxValue = max(points.map { abs($0.value) }.max() ?? 1, 1e-9)
        let slot = Double(width) / Double(points.count)
        let barWidth = max(6.0, slot * 0.6)
        var svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height + 12)\" viewBox=\"0 0 \(width) \(height + 12)\" role=\"img\">"
        for (i, p) in points.enumerated() {
            let h = max(1.0, abs(p.value) / maxValue * Double(height - 4))
            let x = Double(i) * slot + (slot - barWidth) / 2
            let y = Double(height) - h
            let last = i == points.count - 1
            svg += "<rect x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(barWidth))\" height=\"\(fmt(h))\" fill=\"\(last ? "#1f5fa8" : "#9dbbe0")\"><title>\(p.year): \(NumberFormatting.grouped(p.value))</title></rect>"
            svg += "<text x=\"\(fmt(x + barWidth / 2))\" y=\"\(height + 10)\" font-size=\"9\" text-anchor=\"middle\" fill=\"#555\">\(p.year)</text>"
        }
        return svg + "</svg>"
    }

    /// "2021 ▁ 2022 ▅ 2023 █" for Markdown.
    static func sparkline(_ all: [(year: Int, value: Double)]) -> String {
        let points = all.filter { $0.value.isFinite }
        guard points.count >= 2 else { return "" }
        let blocks = Array("▁▂▃▄▅▆▇█")
        let lo = points.map(\.value).min() ?? 0, hi = points.map(\.value).max() ?? 1
        return points.map { p in
            // Clamped before the conversion: a span of ±1.8e308 overflows to inf, and Int(inf) traps.
            let step = ((p.value - lo) / (hi - lo) * 7).rounded()
            let idx = hi == lo || !step.isFinite ? 4 : Int(max(0, min(7, step)))
            return "\(p.year) \(blocks[idx])"
        }.joined(separator: " ")
    }

    static func fmt(_ v: Double) -> String { NumberFormatting.plain((v * 10).rounded() / 10) }
}
