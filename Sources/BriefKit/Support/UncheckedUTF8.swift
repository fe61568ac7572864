/// Strings made from UTF-8 that is valid by construction, without validating it again.
///
/// Every `String` initialiser from bytes validates them (about ten instructions a byte for
/// Chinese text), and Brief made each document's text, and then most subjects and phrases,
/// from bytes it had already validated or encoded itself: that validation was several per
/// cent of extraction. `UTF8Span(unchecked:)` (Swift 6.2) is the one public way around it.
enum UncheckedUTF8 {
    /// A string of `bytes`, which the caller guarantees are valid UTF-8 (whole scalars);
    /// `isASCII` only when all are below 0x80 (a string flagged ASCII takes fast paths).
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool = false) -> String {
        guard !bytes.isEmpty else { return "" }
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `bytes` are well-formed UTF-8 (what `String(validating:as:)` accepts:
    /// shortest forms, no surrogates, nothing above U+10FFFF), and whether all are ASCII.
    /// ASCII is passed eight bytes a step, and a run of three-byte scalars (all of CJK) two
    /// at a time with one mask test; anything else is checked byte by byte.
    @inline(never)
    static func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> (valid: Bool, isASCII: Bool) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return (true, true) }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0
        var ascii = true
        while i < n {
            let b0 = base[i]
            if b0 < 0x80 {
                i &+= 1
                while n &- i >= 8, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0 { i &+= 8 }
                continue
            }
            ascii = false
            // Two three-byte scalars at a time (1110xxxx 10xxxxxx 10xxxxxx), but for E0 and
            // ED, which the loop after this one checks.
            while n &- i >= 8 {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                guard w & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0 else { break }
                let lead1 = UInt32(truncatingIfNeeded: w) & 0x0F, lead2 = UInt32(truncatingIfNeeded: w >> 24) & 0x0F
                guard (0x2001 >> lead1 | 0x2001 >> lead2) & 1 == 0 else { break }
                i &+= 6
            }
            // One at a time, while four bytes can be loaded.
            while n &- i >= 4 {
                let w = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                guard w & 0x00C0_C0F0 == 0x0080_80E0 else { break }
                // After E0 the second byte must be A0–BF (shorter forms), after ED 80–9F
                // (surrogates): bit 5 of the second byte, set for the one, clear for the other.
                let lead = w & 0x0F
                if lead == 0 && w & 0x2000 == 0 || lead == 0x0D && w & 0x2000 != 0 { return (false, false) }
                i &+= 3
            }
            guard i < n else { break }
            let c0 = base[i]
            if c0 < 0x80 { continue }
            if c0 & 0xF0 == 0xE0 {
                guard n &- i >= 3 else { return (false, false) }
                let b1 = base[i &+ 1], b2 = base[i &+ 2]
                let lo: UInt8 = c0 == 0xE0 ? 0xA0 : 0x80, hi: UInt8 = c0 == 0xED ? 0x9F : 0xBF
                guard b1 >= lo, b1 <= hi, b2 & 0xC0 == 0x80 else { return (false, false) }
                i &+= 3
            } else if c0 >= 0xC2, c0 <= 0xDF {
                guard n &- i >= 2, base[i &+ 1] & 0xC0 == 0x80 else { return (false, false) }
                i &+= 2
            } else if c0 >= 0xF0, c0 <= 0xF4 {
                guard n &- i >= 4 else { return (false, false) }
                let b1 = base[i &+ 1]
                // After F0 the second byte must be 90–BF (shorter forms), after F4 80–8F
                // (nothing above U+10FFFF).
                let lo: UInt8 = c0 == 0xF0 ? 0x90 : 0x80, hi: UInt8 = c0 == 0xF4 ? 0x8F : 0xBF
                guard b1 >= lo, b1 <= hi, base[i &+ 2] & 0xC0 == 0x80, base[i &+ 3] & 0xC0 == 0x80 else { return (false, false) }
                i &+= 4
            } else {
                // A continuation byte, C0/C1 (always overlong) or F5–FF.
                return (false, false)
            }
        }
        return (true, ascii)
    }

    /// `String(decoding: bytes, as: UTF8.self)`, the same string, with the check above in
    /// place of the standard library's: bytes that are not valid UTF-8 are left to it.
    static func decoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let (valid, ascii) = validate(bytes)
        return valid ? string(bytes, isASCII: ascii) : String(decoding: bytes, as: UTF8.self)
    }

    static func decoding(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer(decoding)
    }

    static func decoding(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer(decoding)
    }

    /// The string of `bytes` if they are valid UTF-8, validated once, here.
    static func validating(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { b in
            let (valid, ascii) = validate(b)
            return valid ? string(b, isASCII: ascii) : nil
        }
    }
}
