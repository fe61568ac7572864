#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Every libc call and environment read in one place.
public enum Platform {
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    public static func environment(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name]
    }

    /// Colour only for a person: a terminal, `NO_COLOR` unset or empty, and `TERM` not `dumb`.
    public static func colourAllowed(fd: Int32) -> Bool {
        if let noColor = environment("NO_COLOR"), !noColor.isEmpty { return false }
        if environment("TERM") == "dumb" { return false }
        return isTerminal(fd)
    }

    public static var processID: Int32 { getpid() }

    /// Whether a process of that id exists (a temporary file's writer, say).
    static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// Finds an executable on PATH (or the usual system folders cron leaves out).
    public static func findExecutable(_ name: String) -> String? {
        var dirs = (environment("PATH") ?? "").split(separator: ":").map(String.init)
        dirs += ["/usr/local/bin", "/usr/bin", "/bin", "/opt/homebrew/bin"]
        for dir in dirs where !dir.isEmpty {
            let path = dir + "/" + name
            if access(path, X_OK) == 0 { return path }
        }
        return nil
    }

    // MARK: Standard streams

    /// A closed pipe is then a write error (EPIPE) Brief handles, not a signal that kills
    /// it mid-file: `brief extract samples | head -1` ends quietly.
    public static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Writes to standard error without buffering, so messages survive a crash. A failing
    /// stderr has nowhere to report to: errors are dropped.
    public static func writeError(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { try? writeAll(2, $0) }
    }

    // MARK: Errors

    /// A failed system call: its errno, with the system's wording.
    struct SystemError: Error, Sendable {
        var code: Int32
        var message: String { String(cString: strerror(code)) }
        /// The reader of a pipe has gone (EPIPE): the end of output, not a failure of Brief's.
        var isBrokenPipe: Bool { code == EPIPE }
        static var current: SystemError { SystemError(code: errno) }
    }

    // MARK: Files

    enum FileType: Sendable, Equatable {
        case regular, directory, symbolicLink, fifo, characterDevice, blockDevice, socket, other

        /// For messages: "a FIFO", "a character device".
        var described: String {
            switch self {
            case .regular: return "a regular file"
            case .directory: return "a folder"
            case .symbolicLink: return "a symbolic link"
            case .fifo: return "a FIFO (named pipe)"
            case .characterDevice: return "a character device"
            case .blockDevice: return "a block device"
            case .socket: return "a socket"
            case .other: return "not a regular file"
            }
        }
    }

    struct FileStatus: Sendable {
        var type: FileType
        var size: Int
        var permissions: UInt32
        /// Device and inode: the same folder however it is named.
        var identity: FileIdentity
    }

    private static func fileStatus(_ info: stat) -> FileStatus {
        let type: FileType
        switch info.st_mode & S_IFMT {
        case S_IFREG: type = .regular
        case S_IFDIR: type = .directory
        case S_IFLNK: type = .symbolicLink
        case S_IFIFO: type = .fifo
        case S_IFCHR: type = .characterDevice
        case S_IFBLK: type = .blockDevice
        case S_IFSOCK: type = .socket
        default: type = .other
        }
        return FileStatus(type: type, size: Int(clamping: info.st_size), permissions: UInt32(info.st_mode & 0o7777),
                          identity: FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
    }

    /// What is at `path` (following symbolic links unless told not to), or nil when nothing is.
    static func status(_ path: String, followingLinks: Bool = true) -> FileStatus? {
        var info = stat()
        let r = followingLinks ? stat(path, &info) : lstat(path, &info)
        return r == 0 ? fileStatus(info) : nil
    }

    static func status(fd: Int32) -> FileStatus? {
        var info = stat()
        return fstat(fd, &info) == 0 ? fileStatus(info) : nil
    }

    private static func retrying(_ call: () -> Int32) throws -> Int32 {
        while true {
            let r = call()
            if r >= 0 { return r }
            if errno != EINTR { throw SystemError.current }
        }
    }

    /// Opens for reading without blocking on a FIFO or a device that has no data: the
    /// caller checks the type (fstat) before reading anything.
    static func openForReading(_ path: String) throws -> Int32 {
        try retrying { open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) }
    }

    /// A new file that must not exist yet (a temporary name).
    static func createExclusive(_ path: String, permissions: UInt32 = 0o666) throws -> Int32 {
        try retrying { open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOCTTY | O_CLOEXEC, mode_t(permissions)) }
    }

    /// An existing file written where it is: a device or a FIFO, never created or truncated.
    static func openInPlace(_ path: String) throws -> Int32 {
        try retrying { open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC) }
    }

    static func setPermissions(_ fd: Int32, _ permissions: UInt32) {
        _ = fchmod(fd, mode_t(permissions))
    }

    /// Writes every byte, through interrupted and partial writes and a descriptor left
    /// non-blocking by whoever passed it to us.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            let n = write(fd, base + done, bytes.count - done)
            if n > 0 { done += n; continue }
            if n < 0 && errno == EINTR { continue }
            if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                _ = poll(&p, 1, -1)
                continue
            }
            throw n < 0 ? SystemError.current : SystemError(code: EIO)
        }
    }

    /// Reads up to `count` bytes; 0 at the end.
    static func readSome(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let n = read(fd, buffer.baseAddress, buffer.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK {
                var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                _ = poll(&p, 1, -1)
                continue
            }
            throw SystemError.current
        }
    }

    /// Closes, reporting the error some file systems only give here (NFS, a full quota).
    static func closeFile(_ fd: Int32) throws {
        if close(fd) != 0 && errno != EINTR { throw SystemError.current }
    }

    static func renameFile(_ from: String, to: String) throws {
        if rename(from, to) != 0 { throw SystemError.current }
    }

    @discardableResult
    static func removeFile(_ path: String) -> Bool { unlink(path) == 0 }

    static func hardLink(_ existing: String, to new: String) throws {
        if link(existing, new) != 0 { throw SystemError.current }
    }

    static func symbolicLink(_ target: String, at path: String) throws {
        if symlink(target, path) != 0 { throw SystemError.current }
    }

    /// The text of a symbolic link, or nil when `path` is not one.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Creates one folder; an existing folder is not an error.
    static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o777) != 0 && errno != EEXIST { throw SystemError.current }
        guard status(path)?.type == .directory else { throw SystemError(code: ENOTDIR) }
    }

    @discardableResult
    static func removeDirectory(_ path: String) -> Bool { rmdir(path) == 0 }

    /// The absolute path with every symbolic link resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// The names in a folder (without `.` and `..`); an unreadable folder is an error.
    static func directoryEntries(_ path: String) throws -> [String] {
        guard let dir = opendir(path) else { throw SystemError.current }
        defer { closedir(dir) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { throw SystemError.current }
                return names
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
    }

    // MARK: Locks

    /// A non-blocking exclusive `flock(2)` on `path`; the kernel releases it when the
    /// process ends, even on `kill -9`, so a dead holder never blocks the next run.
    /// - Returns: the open descriptor, or nil when another process holds the lock.
    public static func tryLock(path: String) throws -> Int32? {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if fd < 0 {
            throw BriefError(.output, "cannot open lock file: \(String(cString: strerror(errno)))",
                             at: SourceLocation(file: path))
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            return nil
        }
        return fd
    }

    public static func unlock(_ fd: Int32) {
        _ = flock(fd, LOCK_UN)
        close(fd)
    }
}

/// A file's device and inode: the same file or folder whatever path names it.
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
}
