/// The data frames a render looks names up in, innermost last. Entering a section pushes
/// one frame in place and leaving pops it, so a list of n items costs n pushes, not n
/// copies of the whole stack.
struct ContextStack {
    private var frames: [MustacheValue]

    init(_ root: MustacheValue) {
        frames = [root]
        frames.reserveCapacity(16)
    }

    mutating func push(_ value: MustacheValue) { frames.append(value) }
    mutating func pop() { frames.removeLast() }

    /// The value of `name`: its first part is looked up from the innermost frame outwards,
    /// the rest only inside what the first part found (the specification's dotted names).
    func lookup(_ name: TemplateName) -> MustacheValue? {
        guard let first = name.parts.first else { return frames.last }
        var i = frames.count - 1
        while i >= 0 {
            if case let .object(o) = frames[i], let found = Self.member(first, of: o) {
                var value = found
                for k in 1..<name.parts.count {
                    guard case let .object(inner) = value, let next = Self.member(name.parts[k], of: inner) else { return nil }
                    value = next
                }
                return value
            }
            i -= 1
        }
        return nil
    }

    /// Objects up to this size are searched key by key instead of by hash.
    static let scanLimit = 16

    /// `o[part.key]`; for a part marked `scan` (a non-ASCII key), found in a small object by
    /// comparing UTF-8 bytes. Hashing a non-ASCII key checks every scalar for normalisation,
    /// and `==` on two unequal non-ASCII strings normalises both; a byte comparison does
    /// neither (measured: 0.6 M fewer instructions per render of the benchmark's Chinese-keyed
    /// briefing). An ASCII key hashes without that check, so it is simply hashed. A byte-equal
    /// key is the key `o[part.key]` finds (keys are unique under String equality), so only
    /// when no key is byte-equal does the hashed lookup run, to find a canonically equivalent
    /// spelling.
    @inline(__always)
    static func member(_ part: TemplateName.Part, of o: [String: MustacheValue]) -> MustacheValue? {
        if part.scan && o.count <= scanLimit {
            let bytes = part.bytes
            let n = bytes.count
            for (k, v) in o where k.utf8.count == n && sameBytes(k, bytes) { return v }
        }
        return o[part.key]
    }

    /// Whether `s` is spelled with exactly `bytes` (whose count is already known to match).
    @inline(__always)
    private static func sameBytes(_ s: String, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            s.utf8.withContiguousStorageIfAvailable { a in
                for j in 0..<a.count where a[j] != b[j] { return false }
                return true
            } ?? s.utf8.elementsEqual(b)
        }
    }
}
