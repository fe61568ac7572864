/// Which numbers Brief reports: those a double holds exactly as written.
///
/// Any decimal of up to 15 significant digits comes back unchanged from a double (DBL_DIG);
/// a longer one would be reported as another number, and past 308 digits as infinity (which
/// printed as 0 and trapped where it was turned into an integer). Such numbers are skipped
/// with a reason the audit view shows; they are never rounded into a figure.
enum ExactNumber {
    static let maxSignificantDigits = 15
    /// Whole numbers below this have at most 15 digits.
    static let limit = 1e15

    /// Why a number written with this many significant digits (leading zeros not counted)
    /// is not reported, or nil when it can be.
    static func problem(significantDigits n: Int) -> String? {
        n > maxSignificantDigits ? "too many digits to hold exactly (\(n) significant digits; at most \(maxSignificantDigits))" : nil
    }

    /// The same for a value computed from Chinese numerals (一千万亿亿 is 10²³).
    static func problem(value v: Double) -> String? {
        v.isFinite && v.magnitude < limit ? nil : "too large to hold exactly (more than \(maxSignificantDigits) digits)"
    }

    /// Significant digits among ASCII digit scalars (other scalars ignored: group commas, a point, a sign).
    static func significantDigits<C: Collection>(in scalars: C) -> Int where C.Element == Unicode.Scalar {
        var n = 0
        for c in scalars where c.value >= 0x30 && c.value <= 0x39 {
            if n > 0 || c != "0" { n += 1 }
        }
        return n
    }
}
