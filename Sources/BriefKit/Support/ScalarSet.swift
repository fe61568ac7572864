/// A fixed set of Unicode scalars tested by bit, not by hashing: the extractor asks
/// "is this a clause break?" for nearly every character it reads.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    /// One bit per scalar of the Basic Multilingual Plane, where all punctuation lives.
    private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    private var astral: [UInt32] = []

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        for s in scalars {
            if s.value < 0x10000 { bits[Int(s.value >> 6)] |= 1 << UInt64(s.value & 63) } else { astral.append(s.value) }
        }
    }

    init(arrayLiteral elements: Unicode.Scalar...) { self.init(elements) }

    @inline(__always)
    func contains(_ s: Unicode.Scalar) -> Bool { contains(value: s.value) }

    /// The same for a scalar's value, as a byte scanner computes it.
    @inline(__always)
    func contains(value v: UInt32) -> Bool {
        if v < 0x10000 { return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return astral.contains(v)
    }

    /// The first index at or after `i` (and before `end`) whose scalar is in the set. Word
    /// lists walk whole lines for the few scalars their words start with: one loop over
    /// both buffers, with no bounds check or array access per scalar.
    func firstMember(in s: [Unicode.Scalar], from i: Int, to end: Int = .max) -> Int? {
        s.withUnsafeBufferPointer { b in
            bits.withUnsafeBufferPointer { bits in
                var k = Swift.max(i, 0)
                let n = Swift.min(b.count, end)
                while k < n {
                    let v = b[k].value
                    if v < 0x10000 {
                        if bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 { return k }
                    } else if astral.contains(v) {
                        return k
                    }
                    k += 1
                }
                return nil
            }
        }
    }
}
