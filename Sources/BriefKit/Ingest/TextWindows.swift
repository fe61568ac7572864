#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A part of a large text file: whole lines, with where they stand in the file.
struct TextWindow: Sendable {
    var bytes: [UInt8]
    /// The file offset of the first byte, and the lines before it.
    var offset: Int
    var linesBefore: Int
    /// Nothing follows: the text's last line may lack its newline.
    var isLast: Bool
}

/// A large text file read in windows of about `size` bytes, each cut right after a line
/// that ends in 。 and its newline. The normaliser never joins a line to the one after
/// such a line (a sentence end is neither `isJoinable` nor `endsInQuantity`), and no
/// number's spaces close across it (`closeNumberSpaces` needs a digit and comma before
/// the gap): each window normalises to exactly its part of the whole text's normal form.
/// A text with no such line for long is held until it has one.
struct TextWindows {
    private let fd: Int32
    private let path: String
    let size: Int
    private var pending: [UInt8] = []
    private var offset = 0
    private var lines = 0
    private var atEnd = false

    /// Opens the file; the caller has checked it is a regular file within the limits.
    /// - Throws: a `BriefError` naming the file when it cannot be opened.
    init(path: String, size: Int) throws {
        self.path = path
        self.size = max(1, size)
        do { fd = try Platform.openForReading(path) } catch let e as Platform.SystemError {
            throw BriefError(.input, "cannot read the file: \(e.message)", at: SourceLocation(file: path))
        }
    }

    func close() { try? Platform.closeFile(fd) }

    /// The next window, or nil after the last.
    /// - Throws: a `BriefError` naming the file when a read fails.
    mutating func next() throws -> TextWindow? {
        var searched = 0
        while true {
            if pending.count >= size || atEnd {
                if let cut = Self.lastCut(in: pending, from: searched) { return take(cut, isLast: atEnd && cut == pending.count) }
                if atEnd { return pending.isEmpty ? nil : take(pending.count, isLast: true) }
                // Searched back to here: the next search stops at these bytes.
                searched = max(0, pending.count - 3)
            }
            try fill()
        }
    }

    private mutating func take(_ cut: Int, isLast: Bool) -> TextWindow {
        let bytes = Array(pending[..<cut])
        pending.removeFirst(cut)
        let window = TextWindow(bytes: bytes, offset: offset, linesBefore: lines, isLast: isLast)
        offset += cut
        lines += Self.newlines(in: bytes)
        return window
    }

    /// Reads up to `size` bytes more (at most a megabyte a call), noting the end of the file.
    private mutating func fill() throws {
        let want = min(1 << 20, size)
        let start = pending.count
        pending.append(contentsOf: repeatElement(0, count: want))
        let n: Int
        do {
            n = try pending.withUnsafeMutableBytes { b in
                try Platform.readSome(fd, into: UnsafeMutableRawBufferPointer(rebasing: b[start...]))
            }
        } catch let e as Platform.SystemError {
            throw BriefError(.input, "cannot read the file: \(e.message)", at: SourceLocation(file: path))
        }
        pending.removeLast(want - n)
        if n == 0 { atEnd = true }
    }

    /// The end of the last 。⏎ (E3 80 82 0A) in `bytes` starting at or after `from`, if any.
    static func lastCut(in bytes: [UInt8], from: Int) -> Int? {
        var i = bytes.count - 1
        while i >= from + 3 {
            if bytes[i] == 0x0A, bytes[i - 1] == 0x82, bytes[i - 2] == 0x80, bytes[i - 3] == 0xE3 { return i + 1 }
            i -= 1
        }
        return nil
    }

    static func newlines(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return 0 }
            var n = 0
            var p = UnsafeRawPointer(base)
            let end = UnsafeRawPointer(base + b.count)
            while p < end, let hit = memchr(p, 0x0A, end - p) {
                n += 1
                p = UnsafeRawPointer(hit) + 1
            }
            return n
        }
    }
}
