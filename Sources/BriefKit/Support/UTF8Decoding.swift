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

/// The scalars of valid UTF-8 as an array, in one pass (sized by the byte count).
@inline(__always)
func decodeScalarArray(_ b: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(b.count)
    var i = 0
    while i < b.count {
        let (u, w) = decodeScalar(b, at: i)
        out.append(u)
        i += w
    }
    return out
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
