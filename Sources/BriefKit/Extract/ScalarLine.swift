#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of normalised text as Unicode scalars, with the UTF-8 offset of each scalar in
/// the normalised text, so a scalar range maps back to bytes and then to the original.
struct ScalarLine {
    var scalars: [Unicode.Scalar]
    /// `offsets[k]` is the normalised byte offset of `scalars[k]`; one extra entry at the end.
    var offsets: [Int]
    /// The whole normalised text (shared, not copied), to cut strings from by byte.
    var bytes: [UInt8]

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
            let start = position, end = bytes.count
            // memchr for the line end, then both arrays sized once from the line's bytes (an
            // upper bound on its scalars): this runs for every line of every document.
            let (scalars, offsets, lineEnd) = bytes.withUnsafeBufferPointer { b -> ([Unicode.Scalar], [Int], Int) in
                var lineEnd = end
                if start < end, let base = b.baseAddress, let hit = memchr(base + start, 0x0A, end - start) {
                    lineEnd = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                }
                // reserveCapacity and append, not Array(unsafeUninitializedCapacity:), which
                // looks up the array type's metadata on every call.
                var scalars: [Unicode.Scalar] = [], offsets: [Int] = []
                scalars.reserveCapacity(lineEnd - start)
                offsets.reserveCapacity(lineEnd - start + 1)
                var offset = start
                while offset < lineEnd {
                    let (u, width) = decodeScalar(b, at: offset)
                    scalars.append(u)
                    offsets.append(offset)
                    offset += width
                }
                offsets.append(lineEnd)
                return (scalars, offsets, lineEnd)
            }
            if lineEnd < end { position = lineEnd + 1 } else { done = true }
            return ScalarLine(scalars: scalars, offsets: offsets, bytes: bytes)
        }
    }

    func byteRange(_ r: Range<Int>) -> Range<Int> { offsets[r.lowerBound]..<offsets[r.upperBound] }

    /// The text of scalars `r` (clamped to the line), decoded from the bytes in one go.
    func text(_ r: Range<Int>) -> String {
        let lo = max(0, r.lowerBound), hi = min(scalars.count, r.upperBound)
        guard lo < hi else { return "" }
        return String(decoding: bytes[offsets[lo]..<offsets[hi]], as: UTF8.self)
    }
}
