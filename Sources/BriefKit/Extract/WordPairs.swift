#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Counts of character pairs in a document, looked up once per pair.
final class WordPairs {
    private var cache: [String: Bool] = [:]

    func joins(_ a: Unicode.Scalar, _ b: Unicode.Scalar, in text: NormalizedText) -> Bool {
        let pair = String(scalars: [a, b])
        if let known = cache[pair] { return known }
        // Counted leftmost first, each occurrence past the one before, stopping at four: a
        // pair is looked up once per document, but each lookup reads the whole text.
        // ByteSearch looks for the last byte: the first, a lead byte, is every third
        // byte of Chinese text.
        var count = 0
        let needle = Array(pair.utf8)
        text.bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in
                guard n.count > 0 else { return }
                var offset = 0
                while count <= 3, offset + n.count <= hay.count,
                      let at = ByteSearch.offset(of: n, in: UnsafeBufferPointer(rebasing: hay[offset...])) {
                    count += 1
                    offset += at + n.count
                }
            }
        }
        cache[pair] = count > 3
        return count > 3
    }
}
