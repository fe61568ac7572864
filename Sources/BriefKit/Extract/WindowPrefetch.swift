import Foundation

/// Reads and normalises windows on a thread of its own, one ahead of the reader.
final class WindowPrefetch: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [Result<StreamedExtraction.Part, Error>] = []
    private var finished = false
    private var cancelled = false
    /// Windows held ready at most (each a few megabytes).
    private let depth = 1

    init(path: String, windowSize: Int, dropsEmphasis: Bool = false, keepsParagraphs: Bool = false) {
        Thread.detachNewThread { [self] in produce(path, windowSize, dropsEmphasis, keepsParagraphs) }
    }

    private func produce(_ path: String, _ windowSize: Int, _ dropsEmphasis: Bool, _ keepsParagraphs: Bool) {
        do {
            var windows = try TextWindows(path: path, size: windowSize)
            defer { windows.close() }
            while let w = try windows.next() {
                let part = StreamedExtraction.Part(normalized: Normalizer.normalize(bytes: w.bytes, dropsEmphasis: dropsEmphasis, keepsParagraphs: keepsParagraphs, startsDocument: w.offset == 0), offset: w.offset,
                                                   linesBefore: w.linesBefore, isLast: w.isLast)
                guard put(.success(part)) else { return }
            }
            finish()
        } catch {
            _ = put(.failure(error))
            finish()
        }
    }

    /// Waits for room; false once the reader has gone.
    private func put(_ item: Result<StreamedExtraction.Part, Error>) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while ready.count >= depth && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        ready.append(item)
        condition.broadcast()
        return true
    }

    private func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next window, or nil after the last.
    func next() throws -> StreamedExtraction.Part? {
        condition.lock()
        while ready.isEmpty && !finished { condition.wait() }
        guard !ready.isEmpty else { condition.unlock(); return nil }
        let item = ready.removeFirst()
        condition.broadcast()
        condition.unlock()
        return try item.get()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
