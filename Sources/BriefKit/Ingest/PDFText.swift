import Foundation

/// Converts a PDF to text with poppler's `pdftotext -layout`, run directly (never through
/// a shell) when it is installed, then drops its page headers, footers and numbers and
/// reads two-column pages column by column (`PDFLayout`).
public enum PDFText {
    /// The text as UTF-8 bytes, its layout artifacts cleaned (`PDFLayout`).
    /// - Parameter limit: more text than this is refused (a hostile PDF can expand without end).
    public static func extract(path: String, limit: Int = Int(UInt32.max) - 1) throws -> [UInt8] {
        guard let tool = Platform.findExecutable("pdftotext") else {
            throw BriefError(.input, "is a PDF and pdftotext is not installed; install poppler-utils (apt-get install poppler-utils) or convert it to text",
                             at: SourceLocation(file: path))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", "-enc", "UTF-8", path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            throw BriefError(.input, "cannot run pdftotext: \(error.localizedDescription)", at: SourceLocation(file: path))
        }
        // Read with read(2): FileHandle traps on a read error, and would read without limit.
        let data: [UInt8]
        do {
            data = try FileBytes.read(pipe.fileHandleForReading.fileDescriptor, limit: limit) { _ in
                throw BriefError(.input, "converts to more than \(ByteSize.text(limit)) of text; split the PDF", at: SourceLocation(file: path))
            }
        } catch {
            process.terminate()
            process.waitUntilExit()
            if let e = error as? BriefError { throw e }
            throw BriefError(.input, "cannot read what pdftotext wrote: \(error)", at: SourceLocation(file: path))
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BriefError(.input, "pdftotext failed (exit \(process.terminationStatus)); the PDF may be damaged or encrypted",
                             at: SourceLocation(file: path))
        }
        return Array(PDFLayout.clean(String(decoding: data, as: UTF8.self)).utf8)
    }
}
