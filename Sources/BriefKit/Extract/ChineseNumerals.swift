/// Chinese numerals: 十五 → 15, 一百二十三 → 123, 两千 → 2000, 三千五百万 → 35000000.
public enum ChineseNumerals {
    @inline(__always)
    public static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "零", "〇": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    @inline(__always)
    public static func unit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "十": return 10
        case "百": return 100
        case "千": return 1000
        case "万": return 10_000
        case "亿": return 100_000_000
        default: return nil
        }
    }

    @inline(__always)
    public static func isNumeral(_ s: Unicode.Scalar) -> Bool { digit(s) != nil || unit(s) != nil }

    /// The value of a run of numerals, or nil when the run is not a well-formed number.
    public static func value(of run: [Unicode.Scalar]) -> Double? {
        guard !run.isEmpty else { return nil }
        // 亿 closes everything before it; 万 closes only the section since the last 亿,
        // so 一亿两千万 is 1.2e8, not (1e8 + 2000) × 1e4.
        var yi = 0.0, wan = 0.0, section = 0.0
        var pending: Double? = nil
        for s in run {
            if let d = digit(s) {
                if let p = pending, p != 0, d != 0 { return nil }   // 二三 is not a number; 一百零五 is
                pending = Double(d)
            } else if let u = unit(s) {
                switch u {
                case 100_000_000:
                    let v = wan + section + (pending ?? 0)
                    yi = (yi + (v == 0 ? 1 : v)) * 1e8
                    wan = 0; section = 0
                case 10_000:
                    let v = section + (pending ?? 0)
                    wan += (v == 0 ? 1 : v) * 1e4
                    section = 0
                default:
                    section += (pending ?? 1) * Double(u)
                }
                pending = nil
            }
        }
        return yi + wan + section + (pending ?? 0)
    }
}
