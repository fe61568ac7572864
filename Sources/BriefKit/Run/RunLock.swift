import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run at a time per output folder: an flock(2) on `<output>/.brief.lock`. The kernel
/// releases it when the holder exits or dies, so a lock left by a dead process is simply
/// taken over.
public struct RunLock {
    let fd: Int32

    /// - Parameter wait: seconds to keep trying; 0 fails at once when the lock is held.
    public static func acquire(folder: String, wait: Double) throws -> RunLock {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw BriefError(.output, "cannot create the output folder: \(Self.reason(error))", at: SourceLocation(file: folder))
        }
        let path = folder + "/.brief.lock"
        let deadline = Date().addingTimeInterval(wait)
        while true {
            if let fd = try Platform.tryLock(path: path) { return RunLock(fd: fd) }
            if Date() >= deadline {
                throw BriefError(.output, "another brief run holds the lock; try later or pass --wait SECONDS", at: SourceLocation(file: path))
            }
            usleep(200_000)
        }
    }

    public func release() { Platform.unlock(fd) }

    /// The system's words for a Foundation error ("Not a directory"), not Foundation's own.
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError { return underlying.localizedDescription }
        return ns.localizedDescription
    }
}
