/// A file's bytes read straight into an array: through `Data` a large document would be
/// held twice while it is copied.
///
/// Only regular files are read. A FIFO would block the run forever (holding its lock) and a
/// device such as /dev/zero never ends, so the file is opened without blocking and its type
/// asked of the open descriptor before a byte is read; a symbolic link is judged by what it
/// points to. The size is checked the same way, before reading.
enum FileBytes {
    /// Brief's default limit per file: far above any real report, far below the memory a
    /// runaway input would take.
    static let defaultLimit = 256 << 20
    /// Offsets are kept in 32 bits (see NormalizedText): no document reaches 4 GB.
    static let hardLimit = Int(UInt32.max) - 1

    /// The size the file system gives, or nil (no such file); 0 for a pipe.
    static func size(of path: String) -> Int? {
        Platform.status(path)?.size
    }

    /// The whole of a regular file of at most `limit` bytes.
    /// - Throws: a `BriefError` naming the file: not a regular file, too large, unreadable.
    static func contents(of path: String, limit: Int = defaultLimit) throws -> [UInt8] {
        let fail = { (message: String) in BriefError(.input, message, at: SourceLocation(file: path)) }
        let fd: Int32
        do { fd = try Platform.openForReading(path) } catch let e as Platform.SystemError {
            throw fail("cannot read the file: \(e.message)")
        }
        defer { try? Platform.closeFile(fd) }
        guard let info = Platform.status(fd: fd) else { throw fail("cannot read the file") }
        guard info.type == .regular else { throw fail("\(info.type.described), not a regular file; skipped") }
        try check(size: info.size, limit: limit, fail: fail)
        do {
            // The size is a hint: a file can grow while it is read; one byte over the limit is enough to know.
            return try read(fd, limit: min(limit, hardLimit), expected: info.size) { try check(size: $0, limit: limit, fail: fail) }
        } catch let e as Platform.SystemError {
            throw fail("cannot read the file: \(e.message)")
        }
    }

    /// Reads a descriptor to its end (standard input, say), refusing more than `limit` bytes.
    static func read(_ fd: Int32, limit: Int, expected: Int = 0, tooLarge: (Int) throws -> Void) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(expected, limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = try chunk.withUnsafeMutableBytes { try Platform.readSome(fd, into: $0) }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit { try tooLarge(bytes.count) }
        }
    }

    private static func check(size: Int, limit: Int, fail: (String) -> BriefError) throws {
        if size >= hardLimit { throw fail("file over 4 GB; split it into smaller documents") }
        if size > limit {
            throw fail("file of \(ByteSize.text(size)) is over the size limit of \(ByteSize.text(limit)); raise --max-size (config: \"max-size\") to read it")
        }
    }

    /// Whether the regular file at `path` holds exactly `bytes` (false when it cannot be read).
    static func equal(_ path: String, _ bytes: [UInt8]) -> Bool {
        guard Platform.status(path)?.size == bytes.count, let old = try? contents(of: path, limit: hardLimit) else { return false }
        return old == bytes
    }
}
