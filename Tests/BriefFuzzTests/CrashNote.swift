import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names the case a crash happened in: the message for the current case is kept ready in a
/// fixed buffer, and a handler for the fatal signals writes it (write(2) only: nothing else
/// is safe in a signal handler) before the default action ends the process.
///
/// A watchdog does the same for a hang: a case running `hangSeconds` ends the process.
enum CrashNote {
    private nonisolated(unsafe) static let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 512)
    private nonisolated(unsafe) static var length = 0
    /// When the current case started (seconds since boot); read by the watchdog.
    private nonisolated(unsafe) static var started = 0.0

    static func set(_ message: String) {
        let bytes = Array(message.utf8.prefix(512))
        // The buffer holds 512 bytes and the message is cut to 512: safe to copy.
        bytes.withUnsafeBufferPointer { if let base = $0.baseAddress { buffer.update(from: base, count: bytes.count) } }
        length = bytes.count
        started = now()
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// No case is running: the watchdog idles and a crash names no case.
    static func finish() {
        length = 0
        started = 0
    }

    /// Ends the process, naming the case, when one case runs longer than `seconds`.
    static func watch(hangSeconds seconds: Double) {
        let t = Thread {
            while true {
                sleep(1)
                if started > 0, now() - started > seconds {
                    let hung = Array("brief-fuzz: hung (over \(Int(seconds)) s) in the case below\n".utf8)
                    _ = hung.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count) }
                    _ = write(2, buffer, length)
                    _exit(3)
                }
            }
        }
        t.start()
    }

    static func install() {
        for sig in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT] {
            signal(sig) { sig in
                _ = write(2, CrashNote.buffer, CrashNote.length)
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }
}
