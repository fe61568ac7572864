import Foundation
import XCTest
@testable import BriefKit

/// Outputs: a regular file is replaced atomically; anything else is written in place and
/// never renamed over; write errors are one line and exit 1, and leave no temporary file.
final class OutputFileTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws { dir = try Paths.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func temporaries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
    }

    /// `-o FIFO` (as `-o /dev/null` as root) once renamed a regular file over the node.
    func testAFIFOIsWrittenInPlaceAndStaysAFIFO() throws {
        let fifo = dir.appendingPathComponent("pipe.json").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let received = ReceivedBytes(Data())
        let reader = Thread {
            // Opening blocks until the writer opens its end, as for any FIFO.
            if let h = FileHandle(forReadingAtPath: fifo) { received.value = h.readDataToEndOfFile() }
        }
        reader.start()
        let (status, _, err) = runBrief(["extract", "--format", "table", Paths.sample("000_d87a536be5b8778f"), "-o", fifo])
        XCTAssertEqual(status, .success, err)
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        XCTAssertEqual(Platform.status(fifo, followingLinks: false)?.type, .fifo, "the FIFO was replaced")
        XCTAssertTrue(String(decoding: received.value, as: UTF8.self).contains("WHERE"))
        XCTAssertEqual(try temporaries(), [])
    }

    func testARegularFileIsReplacedAtomicallyKeepingItsModeAndALinkIsWrittenThrough() throws {
        let target = dir.appendingPathComponent("out.txt").path
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        XCTAssertEqual(chmod(target, 0o600), 0)
        let link = dir.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try OutputFile.write("new", to: link)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "new")
        XCTAssertEqual(Platform.status(link, followingLinks: false)?.type, .symbolicLink, "the link stays")
        XCTAssertEqual(Platform.status(target)?.permissions, 0o600)
        XCTAssertEqual(try temporaries(), [])
    }

    /// Equal bytes are not written again: a cron run with nothing new changes no file's time.
    func testEqualBytesLeaveTheFileUntouched() throws {
        let target = dir.appendingPathComponent("same.txt").path
        try OutputFile.write("same", to: target)
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: target)
        try OutputFile.write("same", to: target)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: target)[.modificationDate] as? Date, past)
        try OutputFile.write("other", to: target)
        XCTAssertNotEqual(try FileManager.default.attributesOfItem(atPath: target)[.modificationDate] as? Date, past)
    }

    /// A folder at the target, or a temporary file left by a writer that died, are handled.
    func testAFolderIsRefusedAndStaleTemporariesAreRemoved() throws {
        let folder = dir.appendingPathComponent("sub").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        XCTAssertThrowsError(try OutputFile.write("x", to: folder)) { XCTAssertTrue("\($0)".contains("is a folder"), "\($0)") }
        // pid 2^22+1 is beyond Linux's pid_max: no such process.
        let stale = dir.appendingPathComponent(".out.txt.brief-4194305-1.tmp").path
        let foreign = dir.appendingPathComponent(".out.txt.mine.tmp").path
        for f in [stale, foreign] { XCTAssertTrue(FileManager.default.createFile(atPath: f, contents: Data())) }
        try OutputFile.write("x", to: dir.appendingPathComponent("out.txt").path)
        XCTAssertEqual(try temporaries(), [".out.txt.mine.tmp"], "only Brief's own dead temporary file goes")
    }

    /// A full disk on a regular file (RLIMIT_FSIZE, with SIGXFSZ ignored as cron can leave
    /// it): one line, exit 1, the previous file intact, no temporary file. The streamed
    /// formats once ended in a `try!` (exit 132).
    func testAWriteErrorOnAFileIsOneLineAndLeavesNoTemporaryFile() throws {
        guard let binary = briefBinary() else { throw XCTSkip("no binary") }
        let target = dir.appendingPathComponent("facts.jsonl").path
        try "previous".write(toFile: target, atomically: false, encoding: .utf8)
        for format in ["jsonl", "json", "csv"] {
            let script = "trap '' XFSZ; ulimit -f 16; exec \"$0\" extract --format \(format) \"$1\" -o \"$2\""
            let (status, _, err) = try run("/bin/sh", ["-c", script, binary.path, Paths.samples.path, target])
            XCTAssertEqual(status, 1, "\(format): \(err)")
            XCTAssertEqual(err.split(separator: "\n").count, 1, "\(format): \(err)")
            XCTAssertTrue(err.contains("facts.jsonl: cannot write"), "\(format): \(err)")
            XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "previous")
            XCTAssertEqual(try temporaries(), [], format)
        }
    }

    /// A full standard output: one line, exit 1 (FileHandle trapped on it).
    func testAFullStandardOutputIsOneLineAndExit1() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full") }
        for args in [["extract", "--format", "jsonl", Paths.samples.path], ["extract", Paths.samples.path], ["--help"]] {
            let (status, _, err) = try run(try XCTUnwrap(briefBinary()).path, args, stdout: FileHandle(forWritingAtPath: "/dev/full"))
            XCTAssertEqual(status, 1, "\(args): \(err)")
            XCTAssertEqual(err, "brief: cannot write to standard output: No space left on device\n", "\(args)")
        }
        XCTAssertEqual(Platform.status("/dev/full")?.type, .characterDevice)
    }

    /// `brief extract samples | head -1`: the reader closes the pipe; Brief ends quietly
    /// instead of dying of SIGPIPE.
    func testAClosedPipeEndsTheOutputQuietly() throws {
        guard let binary = briefBinary() else { throw XCTSkip("no binary") }
        for format in ["jsonl", "json"] {
            let p = Process()
            p.executableURL = binary
            p.arguments = ["extract", "--format", format, Paths.samples.path, Paths.samples.path, Paths.samples.path]
            let out = Pipe(), err = Pipe()
            p.standardOutput = out
            p.standardError = err
            try p.run()
            _ = out.fileHandleForReading.readData(ofLength: 100)
            try out.fileHandleForReading.close()
            let message = err.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            XCTAssertEqual(p.terminationReason, .exit, "\(format): died of a signal (\(p.terminationStatus))")
            XCTAssertEqual(p.terminationStatus, 0, format)
            XCTAssertEqual(String(decoding: message, as: UTF8.self), "", format)
        }
    }

    func testErrorsStayOnOneLineWhateverTheFileName() {
        let c = CapturedConsole()
        c.console.report(BriefError(.input, "cannot read", at: SourceLocation(file: "a\nb\rc\u{1B}.txt", line: 2, column: 3)))
        XCTAssertEqual(c.err, "brief: a\\nb\\rc\\u{1b}.txt:2:3: cannot read\n")
    }

    func run(_ tool: String, _ args: [String], stdout: FileHandle? = nil) throws -> (Int32, String, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.standardOutput = stdout ?? out
        p.standardError = err
        try p.run()
        if stdout == nil { _ = out.fileHandleForReading.readDataToEndOfFile() }
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, "", String(decoding: e, as: UTF8.self))
    }
}

/// A value one thread fills and another reads after it finished.
private final class ReceivedBytes<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}
