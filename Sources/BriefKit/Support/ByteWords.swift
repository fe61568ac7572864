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
    private let bytes: [UInt8]
    /// Word k is bytes[bounds[k]..<bounds[k + 1]].
    private let bounds: [Int]

    init(_ words: [String]) {
        self.words = words
        var bytes: [UInt8] = [], bounds = [0]
        for w in words {
            bytes += Array(w.utf8)
            bounds.append(bytes.count)
        }
        self.bytes = bytes
        self.bounds = bounds
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    /// Whether `s` has exactly the bytes of one of the words (`[String].containsBytes`).
    func containsBytes(_ s: String) -> Bool {
        let answer = s.utf8.withContiguousStorageIfAvailable { n -> Bool in
            bytes.withUnsafeBufferPointer { b in
                var k = 0
                while k + 1 < bounds.count {
                    let lo = bounds[k], length = bounds[k + 1] - lo
                    // The first byte before memcmp: most words of the right length differ there,
                    // and the call costs more than the comparison.
                    if length == n.count && (length == 0 || (b[lo] == n[0] && memcmp(b.baseAddress! + lo, n.baseAddress!, length) == 0)) { return true }
                    k += 1
                }
                return false
            }
        }
        return answer ?? words.containsBytes(s)
    }
}
