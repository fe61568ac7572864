#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Counts of character pairs in a document, looked up once per pair.
final class WordPairs {
    private var cache: [String: Bool] = [:]
    /// Whether the whole document writes a pair (its UTF-8) more than three times, for a
    /// text read in windows (`StreamedExtraction`); nil when the text read is the whole.
    private let inWholeDocument: (([UInt8], NormalizedText) -> Bool)?

    init(inWholeDocument: (([UInt8], NormalizedText) -> Bool)? = nil) { self.inWholeDocument = inWholeDocument }

    func joins(_ a: Unicode.Scalar, _ b: Unicode.Scalar, in text: NormalizedText) -> Bool {
        let pair = String(scalars: [a, b])
        if let known = cache[pair] { return known }
        if let whole = inWholeDocument {
            let answer = whole(Array(pair.utf8), text)
            cache[pair] = answer
            return answer
        }
        let answer = Self.count(Array(pair.utf8), in: text.bytes, upTo: 4) > 3
        cache[pair] = answer
        return answer
    }

    /// Non-overlapping occurrences of `needle` in `bytes`, counted up to `limit`.
    static func count(_ needle: [UInt8], in bytes: [UInt8], upTo limit: Int) -> Int {
        // Counted leftmost first, each occurrence past the one before, stopping at the
        // limit: a pair is looked up once per document, but each lookup reads the whole text.
        // ByteSearch looks for the last byte: the first, a lead byte, is every third
        // byte of Chinese text.
        var count = 0
        bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in
                guard n.count > 0 else { return }
                var offset = 0
                while count < limit, offset + n.count <= hay.count,
                      let at = ByteSearch.offset(of: n, in: UnsafeBufferPointer(rebasing: hay[offset...])) {
                    count += 1
                    offset += at + n.count
                }
            }
        }
        return count
    }
}
