/// Aligned columns for a terminal, counting East Asian wide characters as two cells.
public enum TextTable {
    public static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], displayWidth(cell)) } }
        var out = ""
        for row in all {
            var line = ""
            for (i, cell) in row.enumerated() {
                let clean = cell.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
                line += clean
                if i + 1 < row.count { line += String(repeating: " ", count: widths[i] - displayWidth(clean) + 2) }
            }
            out += line + "\n"
        }
        return out
    }

    public static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD: return true
        default: return false
        }
    }
}
