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
        // Counted with memchr on the first byte and memcmp, stopping at four: a pair is
        // looked up once per document, but each lookup reads the whole text.
        var count = 0
        let needle = Array(pair.utf8)
        text.bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in
                guard let h = hay.baseAddress, let nb = n.baseAddress, n.count > 0 else { return }
                var offset = 0
                while count <= 3, offset + n.count <= hay.count,
                      let hit = memchr(h + offset, Int32(n[0]), hay.count - offset - n.count + 1) {
                    let at = UnsafeRawPointer(hit) - UnsafeRawPointer(h)
                    if memcmp(h + at, nb, n.count) == 0 { count += 1; offset = at + n.count } else { offset = at + 1 }
                }
            }
        }
        cache[pair] = count > 3
        return count > 3
    }
}
