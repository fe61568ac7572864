/// GB18030 decoded by table (`GB18030Table`, generated from Foundation's converter): the same
/// text as `String(data:encoding:)` gives, or nil where it gives nil (any invalid or cut-off
/// sequence), without Foundation's converter and its UTF-16 copy of the whole document.
enum GB18030 {
    static func decode(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { decode($0) }
    }

    static func decode(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        let n = b.count
        // At most three UTF-8 bytes per byte (0x80 alone is U+20AC): the buffer never grows.
        // Untouched pages of a large allocation are never resident.
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, n * 3))
        defer { out.deallocate() }
        var o = 0, i = 0
        while i < n {
            let lead = b[i]
            if lead < 0x80 {
                out[o] = lead
                o += 1
                i += 1
                continue
            }
            let v: UInt32
            if lead == 0x80 {
                v = GB18030Table.byte80
                i += 1
            } else if lead == 0xFF || i + 1 == n {
                return nil
            } else {
                let t = b[i + 1]
                if t >= 0x40 && t != 0x7F && t != 0xFF {
                    v = UInt32(GB18030Table.twoByte[Int(lead &- 0x81) * 190 + Int(t) - (t > 0x7F ? 0x41 : 0x40)])
                    i += 2
                } else if t >= 0x30 && t <= 0x39, i + 3 < n,
                          b[i + 2] >= 0x81 && b[i + 2] <= 0xFE, b[i + 3] >= 0x30 && b[i + 3] <= 0x39 {
                    let index = ((Int(lead) - 0x81) * 10 + Int(t) - 0x30) * 1260 + (Int(b[i + 2]) - 0x81) * 10 + Int(b[i + 3]) - 0x30
                    guard let s = fourByte(index) else { return nil }
                    v = s
                    i += 4
                } else {
                    return nil
                }
            }
            o += writeUTF8(v, to: out + o)
        }
        return UncheckedUTF8.decoding(UnsafeBufferPointer(start: out, count: o))
    }

    /// The scalar of a four-byte sequence by its linear index: the BMP by runs, the planes
    /// above it in order from 90 30 81 30 (U+10000) to U+10FFFF.
    static func fourByte(_ index: Int) -> UInt32? {
        if index < GB18030Table.fourByteCount {
            let starts = GB18030Table.fourByteStarts
            var lo = 0, hi = starts.count   // the last run starting at or before index
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if Int(starts[mid]) <= index { lo = mid } else { hi = mid }
            }
            let first = GB18030Table.fourByteScalars[lo]
            return first == 0 ? nil : UInt32(first) + UInt32(index - Int(starts[lo]))
        }
        let supplementary = index - (0x90 - 0x81) * 12600
        return supplementary >= 0 && supplementary < 0x10_0000 ? 0x1_0000 + UInt32(supplementary) : nil
    }

    @inline(__always)
    static func writeUTF8(_ v: UInt32, to p: UnsafeMutablePointer<UInt8>) -> Int {
        if v < 0x80 {
            p[0] = UInt8(v)
            return 1
        }
        if v < 0x800 {
            p[0] = UInt8(0xC0 | v >> 6)
            p[1] = UInt8(0x80 | v & 0x3F)
            return 2
        }
        if v < 0x1_0000 {
            p[0] = UInt8(0xE0 | v >> 12)
            p[1] = UInt8(0x80 | v >> 6 & 0x3F)
            p[2] = UInt8(0x80 | v & 0x3F)
            return 3
        }
        p[0] = UInt8(0xF0 | v >> 18)
        p[1] = UInt8(0x80 | v >> 12 & 0x3F)
        p[2] = UInt8(0x80 | v >> 6 & 0x3F)
        p[3] = UInt8(0x80 | v & 0x3F)
        return 4
    }
}
