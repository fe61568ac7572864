/// One line of normalised text as Unicode scalars, with the UTF-8 offset of each scalar in
/// the normalised text, so a scalar range maps back to bytes and then to the original.
struct ScalarLine {
    var scalars: [Unicode.Scalar]
    /// `offsets[k]` is the normalised byte offset of `scalars[k]`; one extra entry at the end.
    var offsets: [Int]
    /// The whole normalised text (shared, not copied), to cut strings from by byte.
    var bytes: [UInt8] = []

    /// Splits normalised text into lines.
    static func lines(of text: NormalizedText) -> [ScalarLine] {
        var result: [ScalarLine] = []
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        var decoder = UTF8()
        var iterator = text.bytes.makeIterator()
        while case let .scalarValue(u) = decoder.decode(&iterator) {
            let width = UTF8.width(u)
            if u == "\n" {
                offsets.append(offset)
                result.append(ScalarLine(scalars: scalars, offsets: offsets, bytes: text.bytes))
                scalars.removeAll(keepingCapacity: true)
                offsets.removeAll(keepingCapacity: true)
            } else {
                scalars.append(u)
                offsets.append(offset)
            }
            offset += width
        }
        offsets.append(offset)
        result.append(ScalarLine(scalars: scalars, offsets: offsets, bytes: text.bytes))
        return result
    }

    func byteRange(_ r: Range<Int>) -> Range<Int> { offsets[r.lowerBound]..<offsets[r.upperBound] }

    /// The text of scalars `r` (clamped to the line), decoded from the bytes in one go.
    func text(_ r: Range<Int>) -> String {
        let lo = max(0, r.lowerBound), hi = min(scalars.count, r.upperBound)
        guard lo < hi else { return "" }
        guard !bytes.isEmpty else { return String(String.UnicodeScalarView(scalars[lo..<hi])) }
        return String(decoding: bytes[offsets[lo]..<offsets[hi]], as: UTF8.self)
    }
}
