/// Eight bytes at a time: whether a word holds a given byte, or a byte below a bound.
///
/// The byte loops over whole documents (full-width folding, JSON strings) look for a few
/// rare bytes; testing a 64-bit word with the classic zero-byte trick passes plain text
/// eight bytes per step. Both tests are exact, not approximate.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Some byte of `x` is zero.
    @inline(__always)
    static func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }

    /// Some byte of `x` equals `b`.
    @inline(__always)
    static func has(_ x: UInt64, _ b: UInt8) -> Bool { hasZero(x ^ (ones &* UInt64(b))) }

    /// Some byte of `x` is below `n` (n ≤ 128).
    @inline(__always)
    static func hasLess(_ x: UInt64, than n: UInt8) -> Bool { (x &- ones &* UInt64(n)) & ~x & highs != 0 }

    /// The offset (0…7, in memory order) of the first byte of `x` that is `a` or `b`, or nil.
    /// The lowest flag of the zero-byte trick is exact: a false flag needs a borrow, and a
    /// borrow only runs upward from a true zero byte.
    @inline(__always)
    static func firstIndex(in x: UInt64, of a: UInt8, or b: UInt8) -> Int? {
        firstFlagged(equalFlags(x, a) | equalFlags(x, b))
    }

    /// The high bit of each byte of `x` equal to `b` (and possibly of some above one): the
    /// lowest is exact.
    @inline(__always)
    static func equalFlags(_ x: UInt64, _ b: UInt8) -> UInt64 { zeroFlags(x ^ (ones &* UInt64(b))) }

    /// The high bit of each byte of `x` below `n` (n ≤ 128; possibly of some above one):
    /// the lowest is exact, as a borrow only runs upward from a flagged byte.
    @inline(__always)
    static func lessFlags(_ x: UInt64, than n: UInt8) -> UInt64 { (x &- ones &* UInt64(n)) & ~x & highs }

    /// The offset (0…7, in memory order) of the lowest flagged byte, or nil for none.
    @inline(__always)
    static func firstFlagged(_ flags: UInt64) -> Int? { flags == 0 ? nil : flags.trailingZeroBitCount >> 3 }

    /// The high bit of each zero byte of `x` (and possibly of 01 bytes above one).
    @inline(__always)
    private static func zeroFlags(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }

    /// How many bytes of `x` start a UTF-8 scalar: all but the continuation bytes
    /// (10xxxxxx: high bit set, next bit clear).
    @inline(__always)
    static func scalarStarts(_ x: UInt64) -> Int { 8 - (x & ~(x << 1) & highs).nonzeroBitCount }

    /// The eight bytes at `offset` (any alignment), the first in the lowest byte on any
    /// machine (the tests above are per byte; `firstFlagged` counts from the low end).
    @inline(__always)
    static func word(_ b: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(b.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}
