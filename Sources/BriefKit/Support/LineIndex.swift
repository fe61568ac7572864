#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps UTF-8 byte offsets of a text to 1-based lines and columns.
///
/// Built once per text (one pass over the bytes); each lookup is a binary search.
public struct LineIndex: Sendable {
    /// Byte offset at which each line starts.
    public let lineStarts: [Int]
    private let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // memchr finds newlines many bytes at a time; this runs over every document.
            var p = UnsafeRawPointer(base)
            let end = UnsafeRawPointer(base + buffer.count)
            while p < end, let hit = memchr(p, 0x0A, end - p) {
                let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                starts.append(offset + 1)
                p = UnsafeRawPointer(hit) + 1
            }
        }
        self.lineStarts = starts
        self.bytes = bytes
    }

    public init(_ text: String) { self.init(bytes: Array(text.utf8)) }

    /// The 1-based line holding `offset`.
    public func line(ofOffset offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// Line and column (in Unicode scalars, 1-based) of a byte offset.
    public func location(ofOffset offset: Int, file: String) -> SourceLocation {
        let line = line(ofOffset: offset)
        let start = lineStarts[line - 1]
        var column = 1
        var i = start
        while i < offset && i < bytes.count {
            // Count scalar starts: bytes that are not UTF-8 continuation bytes.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(file: file, line: line, column: column, offset: offset)
    }

    /// The byte range of line `line` (1-based), without its newline.
    public func range(ofLine line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<max(start, end)
    }
}
