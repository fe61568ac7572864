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
        /// Decoding space reused from line to line, grown to the longest line: each line's
        /// arrays are then copied out at their exact size (no zeroing, no regrowth, and not
        /// Array(unsafeUninitializedCapacity:), which looks up the array type's metadata
        /// on every call).
        private var scratchScalars: [Unicode.Scalar] = []
        private var scratchOffsets: [Int] = []
        /// The arrays handed out, kept: once the reader has dropped a line they are unique
        /// again, and the next line is copied into their storage instead of a new pair of
        /// allocations (a line still held elsewhere is copied on write, as any array).
        private var lineScalars: [Unicode.Scalar] = []
        private var lineOffsets: [Int] = []

        /// The decoding space is sized once, to the longest line: growing it line by line
        /// zeroed (and freed) a doubling array several times for every text.
        init(bytes: [UInt8]) {
            self.bytes = bytes
            let longest = bytes.withUnsafeBufferPointer { b -> Int in
                guard let base = b.baseAddress else { return 0 }
                var start = 0, longest = 0
                while start < b.count {
                    let end = memchr(base + start, 0x0A, b.count - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? b.count
                    longest = Swift.max(longest, end - start)
                    start = end + 1
                }
                return longest
            }
            scratchScalars = Self.uninitialized(longest, of: Unicode.Scalar.self)
            scratchOffsets = Self.uninitialized(longest + 1, of: Int.self)
        }

        /// Space for `n` plain values that are written before they are read: zeroing a
        /// feed's longest line twice for each of its articles cost more than decoding them.
        /// (Made once per text, so the array type's metadata lookup does not matter here.)
        private static func uninitialized<T: BitwiseCopyable>(_ n: Int, of: T.Type) -> [T] {
            [T](unsafeUninitializedCapacity: n) { _, count in count = n }
        }

        mutating func next() -> ScalarLine? {
            guard !done else { return nil }
            let start = position, end = bytes.count
            let lineEnd = bytes.withUnsafeBufferPointer { b -> Int in
                guard start < end, let base = b.baseAddress, let hit = memchr(base + start, 0x0A, end - start) else { return end }
                return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            }
            // A line's bytes bound its scalars.
            let capacity = lineEnd - start
            if scratchOffsets.count < capacity + 1 {
                let size = Swift.max(capacity, 2 * scratchScalars.count)
                scratchScalars = [Unicode.Scalar](repeating: "\0", count: size)
                scratchOffsets = [Int](repeating: 0, count: size + 1)
            }
            lineScalars.removeAll(keepingCapacity: true)
            lineOffsets.removeAll(keepingCapacity: true)
            bytes.withUnsafeBufferPointer { b in
                scratchScalars.withUnsafeMutableBufferPointer { sp in
                    scratchOffsets.withUnsafeMutableBufferPointer { op in
                        var k = 0, offset = start
                        // Wrapping adds: both stay below the line's byte count.
                        while offset < lineEnd {
                            let lead = b[offset]
                            // ASCII and a three-byte scalar (threeByteScalar: all of CJK) here;
                            // anything else as decodeScalar does.
                            if lead < 0x80 {
                                sp[k] = Unicode.Scalar(lead)
                                op[k] = offset
                                offset &+= 1
                            } else if let u = threeByteScalar(UnsafeRawPointer(b.baseAddress!), at: offset, count: b.count) {
                                sp[k] = u
                                op[k] = offset
                                offset &+= 3
                            } else {
                                let (u, width) = decodeScalar(b, at: offset)
                                sp[k] = u
                                op[k] = offset
                                offset &+= width
                            }
                            k &+= 1
                        }
                        op[k] = lineEnd
                        lineScalars.append(contentsOf: UnsafeBufferPointer(rebasing: sp[0..<k]))
                        lineOffsets.append(contentsOf: UnsafeBufferPointer(rebasing: op[0...k]))
                    }
                }
            }
            if lineEnd < end { position = lineEnd + 1 } else { done = true }
            return ScalarLine(scalars: lineScalars, offsets: lineOffsets, bytes: bytes)
        }
    }

    func byteRange(_ r: Range<Int>) -> Range<Int> { offsets[r.lowerBound]..<offsets[r.upperBound] }

    /// The text of scalars `r` (clamped to the line), decoded from the bytes in one go.
    func text(_ r: Range<Int>) -> String {
        let lo = max(0, r.lowerBound), hi = min(scalars.count, r.upperBound)
        guard lo < hi else { return "" }
        return UncheckedUTF8.decoding(bytes[offsets[lo]..<offsets[hi]])
    }
}
