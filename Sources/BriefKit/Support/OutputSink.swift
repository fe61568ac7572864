import Foundation

/// Where streamed output goes: standard output as it comes, or an `OutputFile` (a regular
/// file appears whole at the end; a device or FIFO is written in place).
///
/// The first write error stops all writing; `stopped` lets the producer stop extracting,
/// and `close` reports the error (a closed standard output is left to the CLI).
final class OutputSink: @unchecked Sendable {
    private let file: OutputFile?
    private let console: Console
    private var buffer: [UInt8] = []
    private let lock = NSLock()
    private var failure: BriefError?

    init(path: String, console: Console) throws {
        self.console = console
        file = path == "-" ? nil : try OutputFile(path: path)
    }

    /// Whether writing has failed (or standard output has closed): nothing more will go out.
    var stopped: Bool {
        lock.withLock { failure != nil } || (file == nil && console.outputFailure() != nil)
    }

    func write(_ text: String) {
        append { $0.append(contentsOf: text.utf8) }
    }

    /// Lets `format` add UTF-8 straight to the buffer: output is built in pieces, without a
    /// string per line or per document, and written out a megabyte at a time.
    func append(_ format: (inout [UInt8]) -> Void) {
        format(&buffer)
        if buffer.count >= 1 << 20 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard let file else { console.out(String(decoding: buffer, as: UTF8.self)); return }
        guard lock.withLock({ failure == nil }) else { return }
        do { try file.write(buffer) } catch let e as BriefError { lock.withLock { failure = e } } catch {}
    }

    /// Finishes the output: a staged file is renamed into place, or removed on failure.
    func close() throws {
        flush()
        guard let file else { return }
        if let failure = lock.withLock({ failure }) {
            file.abort()
            throw failure
        }
        try file.commit()
    }
}
