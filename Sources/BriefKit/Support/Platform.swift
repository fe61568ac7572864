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

    /// Writes to standard error without buffering, so messages survive a crash.
    public static func writeError(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buf in
            var done = 0
            while done < buf.count {
                let n = write(2, buf.baseAddress! + done, buf.count - done)
                if n <= 0 { break }
                done += n
            }
        }
    }

    public static func writeOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
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

    /// A non-blocking exclusive `flock(2)` on `path`; the kernel releases it when the
    /// process ends, even on `kill -9`, so a dead holder never blocks the next run.
    /// - Returns: the open descriptor, or nil when another process holds the lock.
    public static func tryLock(path: String) throws -> Int32? {
        let fd = open(path, O_RDWR | O_CREAT, 0o644)
        if fd < 0 {
            throw BriefError(.output, "cannot open lock file: \(String(cString: strerror(errno)))",
                             at: SourceLocation(file: path))
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            return nil
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pid.withCString { write(fd, $0, strlen($0)) }
        return fd
    }

    public static func unlock(_ fd: Int32) {
        _ = flock(fd, LOCK_UN)
        close(fd)
    }
}
