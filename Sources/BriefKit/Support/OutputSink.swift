import Foundation

/// Where streamed output goes: standard output as it comes, or a file that appears whole
/// (written to a temporary file in the same folder and renamed at the end).
final class OutputSink {
    private let handle: FileHandle?
    private let stdout: ((String) -> Void)?
    private let temporary: String?
    private let target: String?
    private var buffer: [UInt8] = []

    /// - Parameter stdout: where '-' writes (the command's console).
    init(path: String, stdout: @escaping (String) -> Void) throws {
        if path == "-" {
            handle = nil
            self.stdout = stdout
            temporary = nil
            target = nil
            return
        }
        self.stdout = nil
        let dir = (path as NSString).deletingLastPathComponent
        let tmp = (dir.isEmpty ? "." : dir) + "/." + (path as NSString).lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: tmp, contents: nil), let h = FileHandle(forWritingAtPath: tmp) else {
            throw BriefError(.output, "cannot write here; check the folder exists and is writable", at: SourceLocation(file: path))
        }
        handle = h
        temporary = tmp
        target = path
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
        if let handle { handle.write(Data(buffer)) } else { stdout?(String(decoding: buffer, as: UTF8.self)) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Finishes the output: the file is renamed into place, or removed on failure.
    func close(commit: Bool = true) throws {
        flush()
        guard let temporary, let target else { return }
        try? handle?.close()
        if commit {
            if rename(temporary, target) != 0 {
                unlink(temporary)
                throw BriefError(.output, "cannot move the finished file into place", at: SourceLocation(file: target))
            }
        } else {
            unlink(temporary)
        }
    }
}
