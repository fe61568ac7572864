/// One line of normalised text as Unicode scalars, with the UTF-8 offset of each scalar in
/// the normalised text, so a scalar range maps back to bytes and then to the original.
struct ScalarLine {
    var scalars: [Unicode.Scalar]
    /// `offsets[k]` is the normalised byte offset of `scalars[k]`; one extra entry at the end.
    var offsets: [Int]
    /// The whole normalised text (shared, not copied), to cut strings from by byte.
    var bytes: [UInt8] = []

    /// The lines of normalised text, decoded one at a time as they are read: a whole
    /// document's scalars (12 bytes each with offsets) are never held at once.
    static func lines(of text: NormalizedText) -> Lines { Lines(bytes: text.bytes) }

    struct Lines: Sequence, IteratorProtocol {
        let bytes: [UInt8]
        var position = 0
        var done = false

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func next() -> ScalarLine? {
            guard !done else { return nil }
            var scalars: [Unicode.Scalar] = []
            var offsets: [Int] = []
            var offset = position
            let end = bytes.count
            // Sized once from the line's bytes (an upper bound on its scalars) rather than
            // grown by doubling: this runs for every line of every document.
            let lineEnd = bytes[position...].firstIndex(of: 0x0A) ?? end
            scalars.reserveCapacity(lineEnd - position)
            offsets.reserveCapacity(lineEnd - position + 1)
            while offset < end {
                let b = bytes[offset]
                if b == 0x0A {
                    offsets.append(offset)
                    position = offset + 1
                    return ScalarLine(scalars: scalars, offsets: offsets, bytes: bytes)
                }
                // Normalised text is valid UTF-8: decode by lead byte.
                let width = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var v = width == 1 ? UInt32(b) : UInt32(b) & (0xFF >> (width + 1))
                for k in 1..<Swift.max(1, width) where offset + k < end { v = v << 6 | UInt32(bytes[offset + k] & 0x3F) }
                scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
                offsets.append(offset)
                offset += width
            }
            offsets.append(Swift.min(offset, end))
            done = true
            return ScalarLine(scalars: scalars, offsets: offsets, bytes: bytes)
        }
    }

    func byteRange(_ r: Range<Int>) -> Range<Int> { offsets[r.lowerBound]..<offsets[r.upperBound] }

    /// The text of scalars `r` (clamped to the line), decoded from the bytes in one go.
    func text(_ r: Range<Int>) -> String {
        let lo = max(0, r.lowerBound), hi = min(scalars.count, r.upperBound)
        guard lo < hi else { return "" }
        guard !bytes.isEmpty else { return String(scalars: scalars[lo..<hi]) }
        return String(decoding: bytes[offsets[lo]..<offsets[hi]], as: UTF8.self)
    }
}
