import Foundation

/// A progress line on stderr for a person at a terminal: documents done and MB/s. Never
/// shown under cron (stderr not a terminal) or with --quiet.
final class Progress {
    let total: Int
    let enabled: Bool
    private var done = 0
    private var bytes = 0
    private let start = Date()
    private var lastDraw = Date.distantPast

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func advance(bytes n: Int) {
        done += 1
        bytes += n
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.2 || done == total else { return }
        lastDraw = Date()
        let seconds = max(Date().timeIntervalSince(start), 1e-3)
        let rate = Double(bytes) / 1_000_000 / seconds
        Platform.writeError(String(format: "\rbrief: %d/%d documents, %.1f MB/s ", done, total, rate))
    }

    func clear() {
        if enabled && done > 0 { Platform.writeError("\r\u{1B}[K") }
    }
}
