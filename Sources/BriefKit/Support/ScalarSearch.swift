extension Array where Element == Unicode.Scalar {
    /// The first index at or after `i` holding `c`. Rules that look for one character of a
    /// word (分 of 分别, 来 of 多年来) walk whole lines: this walks the buffer without a
    /// bounds check per scalar.
    func firstIndex(of c: Unicode.Scalar, from i: Int) -> Int? {
        withUnsafeBufferPointer { b in
            var k = Swift.max(i, 0)
            while k < b.count {
                if b[k] == c { return k }
                k += 1
            }
            return nil
        }
    }
}
