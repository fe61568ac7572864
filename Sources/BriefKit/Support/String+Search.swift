#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Searches over UTF-8 bytes, for strings and for byte buffers alike.
enum ByteSearch {
    /// Offset of the first occurrence of `needle` in `haystack`, or nil (nil for an empty
    /// needle).
    ///
    /// memchr for the needle's last byte, then memcmp: in Chinese text a lead byte (E4–E9)
    /// is every third byte, a given continuation byte far rarer. Word lists are searched
    /// in whole documents' heads and in every subject.
    static func offset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = needle, h = haystack
        guard n.count > 0, h.count >= n.count, let hb = h.baseAddress, let nb = n.baseAddress else { return nil }
        let last = Int32(n[n.count - 1])
        var from = n.count - 1
        while from < h.count, let hit = memchr(hb + from, last, h.count - from) {
            let end = UnsafeRawPointer(hit) - UnsafeRawPointer(hb)
            let start = end - (n.count - 1)
            if memcmp(hb + start, nb, n.count) == 0 { return start }
            from = end + 1
        }
        return nil
    }

    /// How many times `needle` occurs in `haystack`, counting from the end of each
    /// occurrence (0 for an empty needle).
    static func count(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int {
        guard needle.count > 0 else { return 0 }
        var n = 0, from = 0
        while from < haystack.count, let at = offset(of: needle, in: UnsafeBufferPointer(rebasing: haystack[from...])) {
            n += 1
            from += at + needle.count
        }
        return n
    }

    /// Calls `body` with the byte range of each line (without its "\n"), found by memchr;
    /// stops early when `body` returns false.
    static func forEachLine(in buffer: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Bool) {
        guard let base = buffer.baseAddress else { return }
        var start = 0
        while start < buffer.count {
            let end = memchr(base + start, 0x0A, buffer.count - start)
                .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? buffer.count
            guard body(start..<end) else { return }
            start = end + 1
        }
    }
}

extension String {
    /// Whether `needle` occurs in the string, compared as UTF-8 bytes.
    ///
    /// Foundation's `contains`/`range(of:)` go through CFString with Unicode folding on
    /// Linux, which dominated extraction time; exact byte search is what Brief means here.
    /// An empty needle is found everywhere.
    @inline(__always)
    func hasBytes(_ needle: String) -> Bool {
        // Lengths first: a rule asking for each of many words (every unit's name) in a short
        // phrase is answered by most of them without a search.
        needle.utf8.isEmpty || (needle.utf8.count <= utf8.count && byteOffset(of: needle) != nil)
    }

    /// UTF-8 offset of the first occurrence of `needle`, or nil.
    func byteOffset(of needle: String) -> Int? {
        // Borrowed views, as in compareBytes; a bridged string is made native first.
        let found = utf8.withContiguousStorageIfAvailable { h in
            needle.utf8.withContiguousStorageIfAvailable { n in ByteSearch.offset(of: n, in: h) }
        }
        if let found, let found { return found }
        var haystack = self, needle = needle
        return haystack.withUTF8 { h in needle.withUTF8 { n in ByteSearch.offset(of: n, in: h) } }
    }

    /// Calls `body` with each line, without its "\n", split by byte (a `Character` split
    /// costs more than the work done on most lines); stops early when `body` returns false.
    func forEachLine(_ body: (Substring) -> Bool) {
        var copy = self
        // The lines handed out are substrings of this string: byte offsets of ASCII
        // newlines are valid indices.
        copy.withUTF8 { buffer in
            ByteSearch.forEachLine(in: buffer) { range in
                body(self[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
            }
        }
    }

    /// Byte-wise equality, prefix and suffix tests (no grapheme breaking or canonical
    /// equivalence): lengths first, then memcmp on the contiguous UTF-8.
    @inline(__always)
    func hasSameBytes(as other: String) -> Bool {
        utf8.count == other.utf8.count && compareBytes(other, at: 0)
    }

    @inline(__always)
    func startsWithBytes(_ prefix: String) -> Bool {
        utf8.count >= prefix.utf8.count && compareBytes(prefix, at: 0)
    }

    @inline(__always)
    func endsWithBytes(_ suffix: String) -> Bool {
        utf8.count >= suffix.utf8.count && compareBytes(suffix, at: utf8.count - suffix.utf8.count)
    }

    /// Whether `other`'s bytes stand at byte `offset` (which the caller has bounded).
    private func compareBytes(_ other: String, at offset: Int) -> Bool {
        // Borrowed views, not copies for withUTF8: two fewer retains and releases a call.
        let same = utf8.withContiguousStorageIfAvailable { pa in
            other.utf8.withContiguousStorageIfAvailable { pb in
                pb.count == 0 || memcmp(pa.baseAddress! + offset, pb.baseAddress!, pb.count) == 0
            }
        }
        if let same, let same { return same }
        // Bridged strings have no contiguous UTF-8.
        return utf8.dropFirst(offset).starts(with: other.utf8)
    }

    /// Spaces, tabs and ideographic spaces trimmed from both ends, without Foundation.
    var trimmingBlanks: String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, Self.blank(scalars[start]) { start = scalars.index(after: start) }
        while end > start, Self.blank(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// The same for a substring.
    @inline(__always) static func blank(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\u{3000}" || s == "\r" || s == "\u{A0}" }
}

extension Sequence where Element == String {
    /// Whether one of the strings has exactly the bytes of `s`. String `==` on unequal
    /// non-ASCII text checks canonical equivalence, which cost more than the extraction
    /// step calling it; Brief compares its own word lists with text, both NFC as read.
    @inline(__always)
    func containsBytes(_ s: String) -> Bool { contains { $0.hasSameBytes(as: s) } }
}

extension Substring {
    var trimmingBlanks: String { String(self).trimmingBlanks }
}

extension String {
    /// A string of these scalars, encoded straight to UTF-8. `String(scalars: …)`
    /// goes through UTF-32 code units and a generic decoder, which cost several per cent of
    /// extraction: subjects, titles and clauses are all made this way.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var length = 0, ascii = true
        for s in scalars {
            let v = s.value
            length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            ascii = ascii && v < 0x80
        }
        guard length > 0 else { self = ""; return }
        // Encoded into scratch space (on the stack for all but long text) and copied once,
        // exactly sized, so a name of up to five Chinese characters is a small (inline)
        // string; scalars encode to valid UTF-8, so it is not validated again.
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { out in
            var n = 0
            for s in scalars {
                let v = s.value
                switch v {
                case 0..<0x80:
                    out[n] = UInt8(v); n += 1
                case 0x80..<0x800:
                    out[n] = UInt8(0xC0 | (v >> 6)); out[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                case 0x800..<0x10000:
                    out[n] = UInt8(0xE0 | (v >> 12)); out[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    out[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                default:
                    out[n] = UInt8(0xF0 | (v >> 18)); out[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    out[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                }
            }
            return UncheckedUTF8.string(UnsafeBufferPointer(rebasing: out[0..<n]), isASCII: ascii)
        }
    }
}
