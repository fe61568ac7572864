import Foundation

/// Work handed to one background thread, run in the order given, with at most `depth`
/// items waiting: a streamed document's reader goes on to the next window while the last
/// one's lines are formatted and written, and memory stays bounded by a few windows.
final class SerialHandoff: @unchecked Sendable {
    private let queue = DispatchQueue(label: "brief.handoff")
    private let room: DispatchSemaphore

    init(depth: Int = 2) { room = DispatchSemaphore(value: depth) }

    /// Runs `work` after everything handed on before; waits while `depth` items wait.
    func async(_ work: @escaping () -> Void) {
        room.wait()
        let work = UncheckedSendable(work)
        queue.async { [room] in
            work.value()
            room.signal()
        }
    }

    /// Returns once everything handed on has run.
    func wait() { queue.sync {} }
}
