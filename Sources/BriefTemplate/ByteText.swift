/// Byte-level text helpers for the lexer and parser. Every test is on UTF-8 bytes, so a
/// multi-byte character is never split: its bytes are all ≥ 0x80.
enum ByteText {
    /// Whether `bytes[range]` holds only spaces, tabs, carriage returns and newlines.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for i in range {
            let b = bytes[i]
            if b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return false }
        }
        return true
    }

    /// The length of the whitespace character at `i` (tab or Unicode category Zs, the set
    /// Foundation's `.whitespaces` names), or 0 when there is none.
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 { return 1 }
        if b < 0x80 { return 0 }
        let b1: UInt8 = i + 1 < end ? bytes[i + 1] : 0, b2: UInt8 = i + 2 < end ? bytes[i + 2] : 0
        switch (b, b1, b2) {
        case (0xC2, 0xA0, _): return 2                                    // U+00A0
        case (0xE1, 0x9A, 0x80): return 3                                 // U+1680
        case (0xE2, 0x80, 0x80...0x8A), (0xE2, 0x80, 0xAF): return 3      // U+2000–200A, U+202F
        case (0xE2, 0x81, 0x9F): return 3                                 // U+205F
        case (0xE3, 0x80, 0x80): return 3                                 // U+3000, the ideographic space
        default: return 0
        }
    }

    /// `range` without leading and trailing whitespace (tab and Zs).
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let n = whitespaceLength(bytes, at: lo, end: hi)
            if n == 0 { break }
            lo += n
        }
        while lo < hi {
            // Step back to the start of the last character, then test it.
            var start = hi - 1
            while start > lo && bytes[start] & 0xC0 == 0x80 { start -= 1 }
            guard whitespaceLength(bytes, at: start, end: hi) == hi - start else { break }
            hi = start
        }
        return lo..<hi
    }

    /// Whether `marker` occurs at `i`.
    @inline(__always)
    static func matches(_ marker: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + marker.count <= bytes.count else { return false }
        for k in 0..<marker.count where bytes[i + k] != marker[k] { return false }
        return true
    }
}
