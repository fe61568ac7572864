/// One line of normalised text as Unicode scalars, with the UTF-8 offset of each scalar in
/// the normalised text, so a scalar range maps back to bytes and then to the original.
struct ScalarLine {
    var scalars: [Unicode.Scalar]
    /// `offsets[k]` is the normalised byte offset of `scalars[k]`; one extra entry at the end.
    var offsets: [Int]

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
                result.append(ScalarLine(scalars: scalars, offsets: offsets))
                scalars.removeAll(keepingCapacity: true)
                offsets.removeAll(keepingCapacity: true)
            } else {
                scalars.append(u)
                offsets.append(offset)
            }
            offset += width
        }
        offsets.append(offset)
        result.append(ScalarLine(scalars: scalars, offsets: offsets))
        return result
    }

    func byteRange(_ r: Range<Int>) -> Range<Int> { offsets[r.lowerBound]..<offsets[r.upperBound] }

    func text(_ r: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[max(0, r.lowerBound)..<min(scalars.count, r.upperBound)]))
    }
}
