/// Reads tab-separated table rows: each numeric cell becomes a fact whose subject is the
/// row's label; the unit comes from the table's "单位：元" line, since cells carry none.
enum TableReader {
    struct Cell {
        var subject: String
        var quantity: Quantity
        var number: Range<Int>
        /// The first figure after its label (the total column, in budget tables).
        var firstValueOfRow: Bool
        /// Classification codes before the label (205 / 08 / 02): the row's depth.
        var codeDepth: Int
    }

    static let unitWords = ["万亿元", "亿元", "万元", "元"]

    /// "单位：元", "单位:万元" → the unit.
    static func unitDeclaration(in s: [Unicode.Scalar]) -> String? {
        guard s.count < 80, s.contains("单") else { return nil }
        let t = s.filter { $0 != " " }
        func after(_ colon: Unicode.Scalar) -> Int? {
            guard t.count >= 3 else { return nil }
            return (0...(t.count - 3)).first { t[$0] == "单" && t[$0 + 1] == "位" && t[$0 + 2] == colon }.map { $0 + 3 }
        }
        guard let start = after(":") ?? after("：") else { return nil }
        return unitWords.first { t[start...].starts(with: $0.unicodeScalars) }
    }

    static func cells(of line: ScalarLine, unit: String) -> [Cell] {
        let s = line.scalars
        var cells: [Range<Int>] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\t" {
            cells.append(start..<i)
            start = i + 1
        }
        var result: [Cell] = []
        var label: String? = nil
        var valuesSinceLabel = 0
        var codes = 0
        for range in cells {
            var r = range
            while r.lowerBound < r.upperBound, s[r.lowerBound] == " " { r = (r.lowerBound + 1)..<r.upperBound }
            while r.lowerBound < r.upperBound, s[r.upperBound - 1] == " " { r = r.lowerBound..<(r.upperBound - 1) }
            if r.isEmpty { continue }
            if let value = numericValue(s, r) {
                guard let l = label else { codes += 1; continue }   // codes (205, 01) stand before the label
                valuesSinceLabel += 1
                if value == 0 { continue }
                result.append(Cell(subject: l, quantity: Quantity(value: value, measure: unit), number: r,
                                   firstValueOfRow: valuesSinceLabel == 1, codeDepth: codes))
            } else {
                label = cleanLabel(String(scalars: s[r]))
                valuesSinceLabel = 0
            }
        }
        return result
    }

    /// A cell that is only a number ("5,474,429,543", "-7,404.4", "446.00").
    static func numericValue(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Double? {
        var text = ""
        for k in r {
            let c = s[k]
            if QuantityScanner.isDigit(c) || c == "." { text.unicodeScalars.append(c) }
            else if (c == "-" || c == "－") && k == r.lowerBound { text += "-" }
            else if c == "," || c == " " { continue }
            else { return nil }
        }
        return Double(text)
    }

    /// "一、财政拨款收入" → "财政拨款收入"; "1、一般预算资金" → "一般预算资金".
    static func cleanLabel(_ label: String) -> String {
        var scalars = label.scalarArray
        if let sep = scalars.prefix(4).firstIndex(where: { $0 == "、" || $0 == "." || $0 == "）" }),
           scalars[..<sep].allSatisfy({ ChineseNumerals.isNumeral($0) || QuantityScanner.isDigit($0) || $0 == "（" }) {
            scalars.removeSubrange(...sep)
        }
        return String(scalars: scalars).trimmingSpaces
    }
}
