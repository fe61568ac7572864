#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed list of words asked "is this string exactly one of you?", compared as UTF-8.
///
/// The measure and rule lists are asked for every figure. `[String].contains` goes through
/// `==`, which on unequal non-ASCII text checks canonical equivalence, and retains each
/// element; here the words sit in one byte buffer and a question is a length test and
/// a memcmp per word of the same length.
struct ByteWords: Sendable, ExpressibleByArrayLiteral {
    let words: [String]
    /// The words' bytes, grouped by length (shortest first): a question compares only the
    /// words of its own length. Word k is bytes[bounds[k]..<bounds[k + 1]].
    private let bytes: [UInt8]
    private let bounds: [Int]
    /// The words of n bytes are k in firstOfLength[n]..<firstOfLength[n + 1].
    private let firstOfLength: [Int]

    init(_ words: [String]) {
        self.words = words
        let sorted = words.map { Array($0.utf8) }.sorted { $0.count < $1.count }
        var bytes: [UInt8] = [], bounds = [0]
        var firstOfLength = [Int](repeating: 0, count: (sorted.last?.count ?? 0) + 2)
        for (k, w) in sorted.enumerated() {
            bytes += w
            bounds.append(bytes.count)
            // Every length up to this word's starts at or after it, until a longer word comes.
            for n in (w.count + 1)..<firstOfLength.count { firstOfLength[n] = k + 1 }
        }
        self.bytes = bytes
        self.bounds = bounds
        self.firstOfLength = firstOfLength
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    /// Whether `s` has exactly the bytes of one of the words (`[String].containsBytes`).
    func containsBytes(_ s: String) -> Bool {
        let answer = s.utf8.withContiguousStorageIfAvailable { n -> Bool in
            let length = n.count
            guard length + 1 < firstOfLength.count else { return false }
            var k = firstOfLength[length]
            let end = firstOfLength[length + 1]
            guard k < end else { return false }
            if length == 0 { return true }
            return bytes.withUnsafeBufferPointer { b in
                while k < end {
                    let lo = bounds[k]
                    // The first byte before memcmp: most words of the right length differ there,
                    // and the call costs more than the comparison.
                    if b[lo] == n[0] && memcmp(b.baseAddress! + lo, n.baseAddress!, length) == 0 { return true }
                    k += 1
                }
                return false
            }
        }
        return answer ?? words.containsBytes(s)
    }
}
