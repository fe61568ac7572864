import Foundation

/// Brief's standard output, written with write(2) so that a failure is seen: FileHandle
/// traps on one (a full disk, a closed pipe ended in exit 132).
///
/// After the first failure nothing more is written and producers can ask `failure` to stop
/// early. A closed pipe (EPIPE: `brief extract samples | head -1`) is the end of the output,
/// which the reader chose; any other failure is reported at exit (see `BriefCLI.finish`).
final class StandardOutput: @unchecked Sendable {
    static let shared = StandardOutput(fd: 1)

    private let fd: Int32
    private let lock = NSLock()
    private var _failure: Platform.SystemError?

    init(fd: Int32) { self.fd = fd }

    var failure: Platform.SystemError? { lock.withLock { _failure } }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    func write(_ bytes: UnsafeRawBufferPointer) {
        lock.withLock {
            guard _failure == nil else { return }
            do { try Platform.writeAll(fd, bytes) } catch let e as Platform.SystemError { _failure = e } catch {}
        }
    }
}
