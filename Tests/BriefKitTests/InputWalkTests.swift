import Foundation
import XCTest
@testable import BriefKit

/// Inputs: only regular files are opened; anything else is reported on one line and
/// skipped; a size limit per file; unreadable folders reported, not silently skipped.
final class InputWalkTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = try Paths.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Paths.sample("000_d87a536be5b8778f"), toPath: dir.appendingPathComponent("good.txt").path)
    }

    override func tearDownWithError() throws {
        _ = chmod(dir.appendingPathComponent("locked").path, 0o755)
        try? FileManager.default.removeItem(at: dir)
    }

    /// Runs the CLI in-process on a thread, so a read that blocks fails the test instead of hanging it.
    func runBounded(_ args: [String], seconds: Double = 20) throws -> (ExitStatus, String, String) {
        let result = Finished()
        let t = Thread { result.set(runBrief(args)) }
        t.stackSize = 8 << 20
        t.start()
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let r = result.value { return r }
            Thread.sleep(forTimeInterval: 0.02)
        }
        XCTFail("brief \(args.joined(separator: " ")) did not finish in \(seconds) s")
        throw XCTSkip("blocked")
    }

    /// A FIFO in the input folder once blocked the run forever (holding the lock); a
    /// symbolic link to /dev/zero was read until memory ran out.
    func testFIFOsDevicesAndOtherNonRegularEntriesAreReportedAndSkipped() throws {
        XCTAssertEqual(mkfifo(dir.appendingPathComponent("fifo.txt").path, 0o644), 0)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("zero.txt").path, withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("gone.md").path, withDestinationPath: "/no/such/file")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("elsewhere").path, withDestinationPath: Paths.samples.path)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("linked.txt").path, withDestinationPath: Paths.sample("001_eec11ce2cac5b232"))
        for command in [["extract", "--format", "table"], ["ingest"], ["extract", "--format", "jsonl"]] {
            let (status, out, err) = try runBounded(command + [dir.path])
            XCTAssertEqual(status, .partialFailure, "\(command): \(err)")
            for (name, why) in [("fifo.txt", "FIFO"), ("zero.txt", "character device"), ("gone.md", "link to nothing"), ("elsewhere", "link to a folder")] {
                let lines = err.split(separator: "\n").filter { $0.contains(name) }
                XCTAssertEqual(lines.count, 1, "\(command) \(name): \(err)")
                XCTAssertTrue(lines.first?.contains(why) == true, "\(command) \(name): \(err)")
            }
            XCTAssertTrue(out.contains("good.txt") && out.contains("linked.txt"), "\(command): the regular files are still read")
        }
        // Named on the command line, a device is refused the same way.
        let (status, _, err) = try runBounded(["extract", "/dev/zero"])
        XCTAssertEqual(status, .partialFailure)
        XCTAssertTrue(err.contains("/dev/zero: a character device, not a regular file"), err)
        XCTAssertThrowsError(try Ingestor().load(path: dir.appendingPathComponent("fifo.txt").path))
    }

    func testFilesOverTheSizeLimitAreRefusedUnread() throws {
        let big = String(repeating: "服务企业 12 家。\n", count: 100)
        try big.write(to: dir.appendingPathComponent("big.txt"), atomically: true, encoding: .utf8)
        let (status, out, err) = runBrief(["extract", "--format", "table", "--max-size", "10K", dir.path])
        XCTAssertEqual(status, .partialFailure, err)
        XCTAssertEqual(err.split(separator: "\n").filter { $0.contains("good.txt") },
                       ["brief: \(dir.path)/good.txt: file of 28.3 KB is over the size limit of 10 KB; raise --max-size (config: \"max-size\") to read it"])
        XCTAssertTrue(out.contains("big.txt"), "the small file is still read")
        let (fits, _, fitsErr) = runBrief(["extract", "--format", "table", "--max-size", "30K", dir.path])
        XCTAssertEqual(fits, .success, fitsErr)
        for bad in ["0", "5G", "lots", "-1", "1e400", ""] {
            let (s, _, e) = runBrief(["extract", "--max-size", bad, dir.path])
            XCTAssertEqual(s, .usage, bad)
            XCTAssertEqual(e.split(separator: "\n").count, 1, "\(bad): \(e)")
        }
        XCTAssertEqual(ByteSize.parse("256M"), 256 << 20)
        XCTAssertEqual(ByteSize.parse("1.5k"), 1536)
        XCTAssertEqual(ByteSize.parse("4GiB"), 4 << 30)
        XCTAssertNil(ByteSize.parse("99999999999999999999999T"))
    }

    /// As root every folder is readable, so the run is made as nobody when root.
    func testAnUnreadableFolderIsReportedNotSilentlySkipped() throws {
        let locked = dir.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.sample("001_eec11ce2cac5b232"), toPath: locked.appendingPathComponent("hidden-away.txt").path)
        XCTAssertEqual(chmod(locked.path, 0o000), 0)
        XCTAssertEqual(chmod(dir.path, 0o755), 0)
        guard let binary = briefBinary() else { throw XCTSkip("no binary") }
        var tool = binary.path, args = ["ingest", dir.path]
        if getuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { throw XCTSkip("root without setpriv") }
            tool = "/usr/bin/setpriv"
            args = ["--reuid", "65534", "--regid", "65534", "--clear-groups", binary.path] + args
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 1, e)
        XCTAssertTrue(e.contains("locked: cannot read the folder: Permission denied"), e)
        XCTAssertTrue(o.contains("good.txt"), o)
    }

    /// The output folder inside an input folder is not read back as documents.
    func testTheOutputFolderInsideAnInputIsSkipped() throws {
        let out = dir.appendingPathComponent("briefings")
        let (first, _, err) = runBrief(["build", dir.path, "--out", out.path, "--format", "md"])
        XCTAssertEqual(first, .success, err)
        let walk = try InputWalk.walk([dir.path], skipping: [out.path])
        XCTAssertEqual(walk.files.map { ($0 as NSString).lastPathComponent }, ["good.txt"])
        let firstIndex = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
        let (second, _, err2) = runBrief(["build", dir.path, "--out", out.path, "--format", "md"])
        XCTAssertEqual(second, .success, err2)
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8), firstIndex,
                       "the second build read the first one's briefings")
        let (_, listed, _) = runBrief(["ingest", dir.path])
        XCTAssertTrue(listed.contains("annual-2023.md"), "ingest, given no output folder, reads everything")
    }
}

private final class Finished: @unchecked Sendable {
    private let lock = NSLock()
    private var result: (ExitStatus, String, String)?
    var value: (ExitStatus, String, String)? { lock.withLock { result } }
    func set(_ r: (ExitStatus, String, String)) { lock.withLock { result = r } }
}
