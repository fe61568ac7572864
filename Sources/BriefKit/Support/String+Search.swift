#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether `needle` occurs in the string, compared as UTF-8 bytes.
    ///
    /// Foundation's `contains`/`range(of:)` go through CFString with Unicode folding on
    /// Linux, which dominated extraction time; exact byte search is what Brief means here.
    /// - Complexity: O(n·m) worst case, O(n) for text and short needles.
    @inline(__always)
    func hasBytes(_ needle: String) -> Bool {
        var haystack = self, needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard n.count > 0 else { return true }
                guard h.count >= n.count else { return false }
                // Find the first byte, then compare the rest: UTF-8 needles start with a
                // distinctive lead byte, so candidates are rare.
                let first = n[0], last = h.count - n.count
                var i = 0
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// UTF-8 offset of the first occurrence of `needle`, or nil.
    func byteOffset(of needle: String) -> Int? {
        var haystack = self, needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n -> Int? in
                guard n.count > 0, h.count >= n.count else { return nil }
                let first = n[0]
                for i in 0...(h.count - n.count) where h[i] == first {
                    var k = 1
                    while k < n.count && h[i + k] == n[k] { k += 1 }
                    if k == n.count { return i }
                }
                return nil
            }
        }
    }

    /// Calls `body` with each line, without its "\n", split by byte (a `Character` split
    /// costs more than the work done on most lines); stops early when `body` returns false.
    func forEachLine(_ body: (Substring) -> Bool) {
        let utf8 = self.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex {
            let end = utf8[start...].firstIndex(of: 10) ?? utf8.endIndex
            guard body(self[start..<end]) else { return }
            start = end == utf8.endIndex ? end : utf8.index(after: end)
        }
    }

    /// The string without spaces (U+0020), scalar by scalar.
    var withoutSpaces: String { String(String.UnicodeScalarView(unicodeScalars.filter { $0 != " " })) }

    /// Byte-wise prefix and suffix tests (no grapheme breaking).
    @inline(__always)
    func startsWithBytes(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    @inline(__always)
    func endsWithBytes(_ suffix: String) -> Bool {
        let a = utf8, b = suffix.utf8
        guard a.count >= b.count else { return false }
        return a.suffix(b.count).elementsEqual(b)
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
    func containsBytes(_ s: String) -> Bool { contains { $0.utf8.elementsEqual(s.utf8) } }
}

extension Substring {
    var trimmingBlanks: String { String(self).trimmingBlanks }
}
