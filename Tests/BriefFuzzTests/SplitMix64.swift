/// A seeded generator (SplitMix64), so a failing case can be replayed exactly: every case
/// draws from its own generator, seeded from the run's seed and the case's number.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(state: UInt64) { self.state = state }

    /// The generator of case `index` of a run seeded with `seed`.
    init(seed: UInt64, case index: Int) {
        var mix = SplitMix64(state: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
        state = mix.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0..<n.
    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    /// true with probability 1/n.
    mutating func oneIn(_ n: Int) -> Bool { below(n) == 0 }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    /// A length skewed towards small values, up to `max`: most inputs are short, some are huge.
    mutating func length(_ max: Int) -> Int {
        let bits = below(Int.bitWidth - max.leadingZeroBitCount + 1)
        return min(max, below(1 << bits) + 1)
    }
}
