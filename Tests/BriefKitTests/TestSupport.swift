import Foundation
import XCTest
@testable import BriefKit

/// Paths to the repository's fixtures and samples, found from this file's location so the
/// tests run from any working directory.
enum Paths {
    static let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repo = testsDir.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsDir.appendingPathComponent("Fixtures")
    static let samples = repo.appendingPathComponent("samples")
    static let sampleNames = ["000_d87a536be5b8778f", "001_eec11ce2cac5b232", "002_9c3f654a89426a59",
                              "003_8681bce01ccbf3f3", "004_32787314a6ca9ec6"]

    static func sample(_ name: String) -> String { samples.appendingPathComponent(name + ".txt").path }
    static func gold(_ name: String) -> String { fixtures.appendingPathComponent("gold/\(name).json").path }

    /// A fresh folder under the system's temporary directory, removed when the test run ends
    /// (a run left some thirty folders behind before).
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("brief-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        TemporaryFolders.shared.keep(dir)
        return dir
    }
}

/// The folders the tests made, removed once the test bundle has finished.
final class TemporaryFolders: NSObject, XCTestObservation, @unchecked Sendable {
    static let shared = TemporaryFolders()
    private let lock = NSLock()
    private var folders: [URL] = []
    private var observing = false

    func keep(_ dir: URL) {
        let register: Bool = lock.withLock {
            folders.append(dir)
            defer { observing = true }
            return !observing
        }
        if register { XCTestObservationCenter.shared.addTestObserver(self) }
    }

    func testBundleDidFinish(_ testBundle: Bundle) {
        for dir in lock.withLock({ folders }) { try? FileManager.default.removeItem(at: dir) }
    }
}

/// A console that keeps what a command printed.
final class CapturedConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var _out = "", _err = ""
    var out: String { lock.withLock { _out } }
    var err: String { lock.withLock { _err } }
    var console: Console {
        Console(out: { s in self.lock.withLock { self._out += s } },
                err: { s in self.lock.withLock { self._err += s } })
    }
}

func readJSON(_ path: String) throws -> JSONValue {
    let data = try XCTUnwrap(FileManager.default.contents(atPath: path), "cannot read \(path)")
    return try JSONReader.parse(bytes: [UInt8](data), file: path)
}

/// Runs the CLI in-process and returns its exit status, stdout and stderr.
func runBrief(_ args: [String]) -> (ExitStatus, String, String) {
    let c = CapturedConsole()
    let status = BriefCLI.main(args, console: c.console)
    return (status, c.out, c.err)
}

/// The built `brief` executable beside the test bundle, if SwiftPM built it.
func briefBinary() -> URL? {
    let bundle = Bundle(for: CapturedConsole.self).bundleURL
    return [bundle.appendingPathComponent("brief"), bundle.deletingLastPathComponent().appendingPathComponent("brief")]
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

/// Runs the built executable and returns its exit status, stdout and stderr.
func runBinary(_ args: [String], cwd: URL? = nil) throws -> (Int32, String, String) {
    guard let binary = briefBinary() else { throw XCTSkip("brief executable not built next to the tests") }
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    if let cwd { p.currentDirectoryURL = cwd }
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}
