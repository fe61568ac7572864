/// For each byte of normalised text, the offset of the original byte it stands for, kept
/// as runs: within a run both offsets advance together. Normalisation copies long
/// stretches unchanged, so a document needs a few bytes per run of text rather than four
/// per byte; a lookup is a binary search over the runs.
struct OriginMap: Sendable {
    /// Normalised offset at which each run starts (ascending), and its original offset.
    private var starts: [UInt32] = []
    private var origins: [UInt32] = []
    private(set) var count = 0

    /// The original offset of normalised byte `i` (0 ≤ i < count).
    subscript(i: Int) -> UInt32 {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(starts[mid]) <= i { lo = mid } else { hi = mid - 1 }
        }
        return origins[lo] + UInt32(i - Int(starts[lo]))
    }

    /// The original offset of the last byte, kept so appending never searches.
    private(set) var last: UInt32? = nil

    mutating func append(_ origin: UInt32) {
        defer { last = origin }
        if let l = last, origin == l &+ 1 {
            count += 1
            return
        }
        starts.append(UInt32(count))
        origins.append(origin)
        count += 1
    }

    mutating func append(contentsOf r: Range<UInt32>) {
        guard let first = r.first else { return }
        append(first)
        count += r.count - 1
        last = r.last
    }

    mutating func removeLast() {
        precondition(count > 0)
        count -= 1
        if let s = starts.last, Int(s) == count {
            starts.removeLast()
            origins.removeLast()
        }
        last = count == 0 ? nil : self[count - 1]
    }

    /// The map without the bytes in `gaps` (ascending, disjoint ranges), built a run at a
    /// time: the cost follows the runs and gaps, not the bytes.
    func removing(_ gaps: [Range<Int>]) -> OriginMap {
        var result = OriginMap()
        result.reserveCapacity(starts.count + gaps.count)
        var run = 0
        func keep(_ from: Int, _ to: Int) {
            var i = from
            while i < to {
                while run + 1 < starts.count, Int(starts[run + 1]) <= i { run += 1 }
                let runEnd = run + 1 < starts.count ? Int(starts[run + 1]) : count
                let end = min(to, runEnd)
                let o = origins[run] + UInt32(i - Int(starts[run]))
                result.append(contentsOf: o..<(o + UInt32(end - i)))
                i = end
            }
        }
        var kept = 0
        for g in gaps {
            keep(kept, g.lowerBound)
            kept = g.upperBound
        }
        keep(kept, count)
        return result
    }

    mutating func reserveCapacity(_ n: Int) {
        starts.reserveCapacity(n)
        origins.reserveCapacity(n)
    }
}
