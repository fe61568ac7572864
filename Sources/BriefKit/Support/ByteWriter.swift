#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes UTF-8 into a buffer whose size the caller bounded in advance.
///
/// A JSON line is three dozen small pieces; appending each to an array checked its
/// capacity and uniqueness and went through the generic append, about a hundred
/// instructions a piece. Here a piece is a bounds check and a copy.
struct ByteWriter {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private(set) var count = 0

    /// `buffer` must not be empty (an empty one may have no address).
    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        precondition(buffer.count > 0, "ByteWriter: empty buffer")
        // Safe: a non-empty buffer has an address.
        base = buffer.baseAddress!
        capacity = buffer.count
    }

    /// The most bytes `string` writes for text of `n` UTF-8 bytes: quotes, and `\u00XX` for
    /// a byte at worst.
    static func escapedBound(_ n: Int) -> Int { 6 * n + 2 }

    @inline(__always)
    mutating func byte(_ b: UInt8) {
        precondition(count < capacity, "ByteWriter: write past the bound")
        base[count] = b
        count += 1
    }

    @inline(__always)
    mutating func bytes(_ p: UnsafeBufferPointer<UInt8>) {
        guard let from = p.baseAddress, p.count > 0 else { return }
        precondition(p.count <= capacity - count, "ByteWriter: write past the bound")
        memcpy(base + count, from, p.count)
        count += p.count
    }

    @inline(__always)
    mutating func literal(_ s: StaticString) {
        bytes(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// A string's UTF-8 as it is.
    @inline(__always)
    mutating func text(_ s: String) {
        // The borrowed view where it is contiguous: a copy for withUTF8 costs a retain.
        if s.utf8.withContiguousStorageIfAvailable({ bytes($0) }) != nil { return }
        var s = s
        s.withUTF8 { bytes($0) }
    }

    /// A decimal integer, without making a string.
    mutating func integer(_ v: Int) {
        if v < 0 { byte(0x2D) }
        let m = v.magnitude
        var unit: UInt = 1
        while m / unit >= 10 { unit *= 10 }
        repeat {
            byte(UInt8(truncatingIfNeeded: (m / unit) % 10) + 0x30)
            unit /= 10
        } while unit > 0
    }

    /// A JSON string of a name that needs no escaping (an enum's raw value, plain ASCII
    /// letters): quoted as is, without the escape scan.
    @inline(__always)
    mutating func name(_ s: String) {
        assert(!needsEscape(s), "ByteWriter.name: \(s) needs escaping")
        byte(0x22)
        text(s)
        byte(0x22)
    }

    /// A JSON string: quoted, with controls, quote, backslash and U+2028/U+2029 escaped, the
    /// rest as is. Plain runs are copied whole (a quote with table tabs in it must not fall
    /// back to a byte at a time).
    mutating func string(_ s: String) {
        byte(0x22)
        if s.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
            var s = s
            s.withUTF8 { escaped($0) }
        }
        byte(0x22)
    }

    /// The body of `string`, on the string's UTF-8.
    private mutating func escaped(_ u: UnsafeBufferPointer<UInt8>) {
        var run = 0, i = 0
        while i < u.count {
            // Plain text passes eight bytes a step: no control, quote, backslash or E2.
            // A word with one goes straight to the first (“” lead with E2, so Chinese
            // quotes have many; stepping a byte at a time up to it cost more).
            while i + 8 <= u.count {
                let w = ByteScan.word(u, at: i)
                let flags = ByteScan.lessFlags(w, than: 0x20) | ByteScan.equalFlags(w, 0x22)
                    | ByteScan.equalFlags(w, 0x5C) | ByteScan.equalFlags(w, 0xE2)
                if let k = ByteScan.firstFlagged(flags) { i += k; break }
                i += 8
            }
            guard i < u.count else { break }
            let b = u[i]
            if b < 0x20 || b == 0x22 || b == 0x5C {
                bytes(UnsafeBufferPointer(rebasing: u[run..<i]))
                switch b {
                case 0x22: literal("\\\"")
                case 0x5C: literal("\\\\")
                case 0x0A: literal("\\n")
                case 0x0D: literal("\\r")
                case 0x09: literal("\\t")
                default:
                    literal("\\u00")
                    byte(Self.hex(b >> 4))
                    byte(Self.hex(b & 0x0F))
                }
                i += 1
                run = i
            } else if b == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 {
                bytes(UnsafeBufferPointer(rebasing: u[run..<i]))
                literal(u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                i += 3
                run = i
            } else {
                i += 1
            }
        }
        bytes(UnsafeBufferPointer(rebasing: u[run..<u.count]))
    }

    @inline(__always)
    private static func hex(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x61 + v - 10 }
}

extension Array where Element == UInt8 {
    /// Appends what `write` writes, which must be at most `bound` bytes: written into one
    /// buffer of that size, then added in one copy. The buffer is raw memory, not an array:
    /// `Array(unsafeUninitializedCapacity:)` looked up the array type's metadata, several
    /// hundred instructions a line.
    mutating func appendWritten(atMost bound: Int, _ write: (inout ByteWriter) -> Void) {
        // Written in place: the room is added zeroed (a memset; the array grows by doubling)
        // and cut back to what was written. A buffer allocated, copied from and freed for
        // each call cost a malloc/free pair and a copy per JSON line.
        let start = count, room = Swift.max(1, bound)
        append(contentsOf: repeatElement(0, count: room))
        let written = withUnsafeMutableBufferPointer { b -> Int in
            var w = ByteWriter(UnsafeMutableBufferPointer(rebasing: b[start..<(start + room)]))
            write(&w)
            return w.count
        }
        removeLast(room - written)
    }
}

extension Array where Element == UInt8 {
    /// Appends a decimal integer without making a string (at most 20 bytes: Int.min).
    mutating func integer(_ v: Int) {
        appendWritten(atMost: 20) { $0.integer(v) }
    }
}
