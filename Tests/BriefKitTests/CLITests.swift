import Foundation
import XCTest
@testable import BriefKit

final class CLITests: XCTestCase {
    func testExitCodesAndMessages() {
        let cases: [(args: [String], status: ExitStatus, outContains: String?, errContains: String?)] = [
            (["--help"], .success, "USAGE: brief <command>", nil),
            (["--version"], .success, "brief ", nil),
            (["ingest", "--help"], .success, "default: table", nil),
            (["help", "ingest"], .success, "OVERVIEW:", nil),
            (["ingset"], .usage, nil, "did you mean 'ingest'?"),
            (["ingest", "--frmat", "json", "samples"], .usage, nil, "did you mean '--format'?"),
            (["ingest", "--format", "xml", "samples"], .usage, nil, "'table', 'json'"),
            (["ingest"], .usage, nil, "no documents given"),
            (["ingest", "/no/such/dir"], .usage, nil, "/no/such/dir"),
            ([], .usage, nil, "USAGE"),
        ]
        for c in cases {
            let (status, out, err) = runBrief(c.args)
            XCTAssertEqual(status, c.status, "\(c.args)")
            if let o = c.outContains { XCTAssertTrue(out.contains(o), "\(c.args): \(out)") }
            if let e = c.errContains { XCTAssertTrue(err.contains(e), "\(c.args): \(err)") }
        }
    }

    func testEveryCommandHasHelpInAllThreeForms() {
        for command in BriefCLI.commands.map(\.spec.name) {
            let a = runBrief([command, "--help"]), b = runBrief([command, "-h"]), c = runBrief(["help", command])
            XCTAssertEqual(a.0, .success, command)
            XCTAssertEqual(a.1, b.1, command)
            XCTAssertEqual(a.1, c.1, command)
            XCTAssertTrue(a.1.contains("USAGE: brief \(command)"), command)
        }
    }

    func testIngestReportsBadFileAndStillListsTheOthers() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(atPath: Paths.sample("000_d87a536be5b8778f"), toPath: dir.appendingPathComponent("good.txt").path)
        XCTAssertTrue(FileManager.default.createFile(atPath: dir.appendingPathComponent("bad.json").path, contents: Data("[{".utf8)))
        let (status, out, err) = runBrief(["ingest", "--format", "json", dir.path])
        XCTAssertEqual(status, .partialFailure)
        XCTAssertTrue(out.contains("good.txt"))
        XCTAssertTrue(err.contains("bad.json:1:3: malformed JSON"), err)
        let json = try JSONReader.parse(out)
        XCTAssertEqual(json["documents"]?.arrayValue?.count, 1)
    }
}
