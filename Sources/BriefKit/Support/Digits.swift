/// Digit and width classification by explicit scalar ranges.
///
/// Never `Character.isNumber`: it is true for 五, ① and 万, which would let a stray
/// character become a figure.
public enum Digits {
    /// 0–9 for ASCII and full-width digits, nil otherwise.
    @inline(__always)
    public static func asciiValue(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: return Int(s.value - 0x30)
        case 0xFF10...0xFF19: return Int(s.value - 0xFF10)
        default: return nil
        }
    }

    /// Full-width ASCII forms (！ to ～) to their ASCII twins, the ideographic space to a space.
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(s.value - 0xFEE0) ?? s
        case 0x3000: return " "
        default: return s
        }
    }
}

extension String {
    /// The text with full-width ASCII forms and the ideographic space folded, as a text's
    /// lines are before rules read them (２０２５年 → 2025年); the text itself when it has none.
    var widthFolded: String {
        guard unicodeScalars.contains(where: { $0.value >= 0xFF01 && $0.value <= 0xFF5E || $0.value == 0x3000 }) else { return self }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: unicodeScalars.lazy.map(Digits.fold))
        return String(out)
    }
}
