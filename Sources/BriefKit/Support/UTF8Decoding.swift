/// The scalar whose UTF-8 encoding starts at byte `i`, and its width in bytes; U+FFFD with
/// width 1 for a broken or cut-off sequence. The line scanners decode with this rather
/// than through `String`: they need each scalar's byte offset as well.
@inline(__always)
func decodeScalar<C: RandomAccessCollection>(_ b: C, at i: Int) -> (Unicode.Scalar, Int) where C.Element == UInt8, C.Index == Int {
    let lead = b[i]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    // Three bytes, well formed: all of CJK and its punctuation, so the common case.
    if lead & 0xF0 == 0xE0, i + 3 <= b.endIndex {
        let c1 = b[i + 1], c2 = b[i + 2]
        if c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80,
           let u = Unicode.Scalar(UInt32(lead & 0x0F) << 12 | UInt32(c1 & 0x3F) << 6 | UInt32(c2 & 0x3F)) {
            return (u, 3)
        }
    }
    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard width > 1, i + width <= b.endIndex else { return ("\u{FFFD}", 1) }
    var v = UInt32(lead) & (0xFF >> (width + 1))
    for k in 1..<width {
        let c = b[i + k]
        guard c & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
        v = v << 6 | UInt32(c & 0x3F)
    }
    return (Unicode.Scalar(v) ?? "\u{FFFD}", width)
}

/// The scalars of valid UTF-8 as an array, in one pass. A well-formed three-byte scalar
/// (all of CJK) is read with one load and one mask test, as the line decoder does; anything
/// else as `decodeScalar` reads it. Decoded into scratch space and appended to an array of
/// the exact size: `Array(unsafeUninitializedCapacity:)` looks up the array type's metadata
/// on every call, which cost more than the decoding saved, and appending a scalar at a time
/// tests the capacity each time.
/// The three-byte scalar at `i` (1110xxxx 10xxxxxx 10xxxxxx: most of CJK), read with one load
/// and one mask test, little-endian; nil for anything else, which decodeScalar reads. A
/// sequence cut short (by a line's newline) fails the continuation test. ED, the one lead
/// that can spell a surrogate, is left to decodeScalar, so the value built here is always a
/// scalar and needs no failable init. `count` is the buffer's: the load needs four bytes.
@inline(__always)
func threeByteScalar(_ raw: UnsafeRawPointer, at i: Int, count n: Int) -> Unicode.Scalar? {
    guard i &+ 4 <= n else { return nil }
    let w = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
    guard w & 0x00C0_C0F0 == 0x0080_80E0, w & 0xFF != 0xED else { return nil }
    return unsafeBitCast((w & 0x0F) << 12 | (w & 0x3F00) >> 2 | (w >> 16) & 0x3F, to: Unicode.Scalar.self)
}

@inline(__always)
func decodeScalarArray(_ b: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
    guard let base = b.baseAddress, b.count > 0 else { return [] }
    let raw = UnsafeRawPointer(base), n = b.count
    return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: n) { out -> [Unicode.Scalar] in
        var i = 0, k = 0
        while i < n {
            let lead = base[i]
            if lead < 0x80 {
                out[k] = Unicode.Scalar(lead)
                i &+= 1
            } else if let u = threeByteScalar(raw, at: i, count: n) {
                out[k] = u
                i &+= 3
            } else {
                let (u, width) = decodeScalar(b, at: i)
                out[k] = u
                i &+= width
            }
            k &+= 1
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(k)
        scalars.append(contentsOf: UnsafeBufferPointer(rebasing: out[0..<k]))
        return scalars
    }
}

extension Substring {
    /// The substring's scalars as an array, decoded from its UTF-8 in one pass.
    var scalarArray: [Unicode.Scalar] {
        // The borrowed view where it is contiguous: a copy for withUTF8 costs a retain.
        if let scalars = utf8.withContiguousStorageIfAvailable(decodeScalarArray) { return scalars }
        var copy = self
        return copy.withUTF8 { decodeScalarArray($0) }
    }
}

extension String {
    /// The string's CJK unified ideographs (U+4E00–U+9FFF) in order: a name without its
    /// digits, Latin letters, spaces and punctuation.
    var hanScalars: [Unicode.Scalar] { unicodeScalars.filter { $0.value >= 0x4E00 && $0.value <= 0x9FFF } }
}

extension String {
    /// The string's scalars as an array, decoded from its UTF-8 in one pass (sized by the
    /// byte count). `Array(s.unicodeScalars)` walks the view twice, once to count.
    var scalarArray: [Unicode.Scalar] {
        if let scalars = utf8.withContiguousStorageIfAvailable(decodeScalarArray) { return scalars }
        var copy = self
        return copy.withUTF8 { decodeScalarArray($0) }
    }
}

extension String {
    /// `unicodeScalars.count`, counted on the UTF-8: a scalar starts at every byte that is
    /// not a continuation byte (10xxxxxx). The scalar view decodes each scalar to count it,
    /// and the rules ask the length of most subjects and words they test.
    var scalarCount: Int {
        if let n = utf8.withContiguousStorageIfAvailable(countScalarStarts) { return n }
        return unicodeScalars.count
    }
}

extension Substring {
    /// `unicodeScalars.count`, counted on the UTF-8 (see `String.scalarCount`).
    var scalarCount: Int {
        if let n = utf8.withContiguousStorageIfAvailable(countScalarStarts) { return n }
        return unicodeScalars.count
    }
}

/// The scalars of valid UTF-8: its bytes that are not continuation bytes.
@inline(__always)
func countScalarStarts(_ b: UnsafeBufferPointer<UInt8>) -> Int {
    var n = 0
    for x in b where x & 0xC0 != 0x80 { n += 1 }
    return n
}
