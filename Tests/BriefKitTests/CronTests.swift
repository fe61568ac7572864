import Foundation
import XCTest
@testable import BriefKit

/// From cron: a run with nothing new changes nothing and prints nothing; errors are one
/// line and exit 2 for a wrong command line; `--unit` takes aliases.
final class CronTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = try Paths.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("in"), withIntermediateDirectories: true)
        for name in ["000_d87a536be5b8778f", "001_eec11ce2cac5b232", "003_8681bce01ccbf3f3"] {
            try FileManager.default.copyItem(atPath: Paths.sample(name), toPath: dir.appendingPathComponent("in/\(name).txt").path)
        }
        try #"{"inputs": ["in"], "output": "out", "annual": "all"}"#.write(to: dir.appendingPathComponent("brief.json"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    var config: String { dir.appendingPathComponent("brief.json").path }

    /// Every file under the folder (links followed): bytes and modification time.
    func snapshot() throws -> [String: (Data, Date)] {
        var s: [String: (Data, Date)] = [:]
        let root = dir.path
        let e = try XCTUnwrap(FileManager.default.enumerator(atPath: root))
        while let rel = e.nextObject() as? String {
            let path = root + "/" + rel
            guard let info = Platform.status(path), info.type == .regular, !rel.hasSuffix(".brief.lock") else { continue }
            let date = try FileManager.default.attributesOfItem(atPath: (Platform.realPath(path) ?? path))[.modificationDate] as? Date
            s[rel] = (try Data(contentsOf: URL(fileURLWithPath: path)), date ?? .distantPast)
        }
        return s
    }

    func testASecondRunWithNothingNewChangesNothingAndPrintsNothing() throws {
        let (first, _, err) = runBrief(["run", "--config", config])
        XCTAssertEqual(first, .success, err)
        let digest = try String(contentsOf: dir.appendingPathComponent("out/digest-003_8681bce01ccbf3f3.md"), encoding: .utf8)
        XCTAssertFalse(digest.contains("0 篇文章"))
        let before = try snapshot()
        Thread.sleep(forTimeInterval: 0.05)
        let (second, out, err2) = runBrief(["run", "--config", config])
        XCTAssertEqual(second, .success, err2)
        XCTAssertEqual(out + err2, "", "a run with nothing new prints nothing")
        let after = try snapshot()
        XCTAssertEqual(Set(after.keys), Set(before.keys))
        for (file, (bytes, date)) in before {
            XCTAssertEqual(after[file]?.0, bytes, "\(file) changed")
            XCTAssertEqual(after[file]?.1, date, "\(file) was rewritten")
        }
        // The feed's digest, with no article newer than the last run, is the previous one.
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("out/digest-003_8681bce01ccbf3f3.md"), encoding: .utf8), digest)
    }

    func testBriefingsOfRemovedDocumentsAreRemoved() throws {
        XCTAssertEqual(runBrief(["run", "--config", config]).0, .success)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/diff-上海计算机软件技术开发中心-csr-report-2021-2023.md").path))
        try FileManager.default.removeItem(at: dir.appendingPathComponent("in/001_eec11ce2cac5b232.txt"))
        try FileManager.default.removeItem(at: dir.appendingPathComponent("in/003_8681bce01ccbf3f3.txt"))
        let (status, _, err) = runBrief(["run", "--config", config])
        XCTAssertEqual(status, .success, err)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path).filter { !$0.hasPrefix(".") }
        XCTAssertEqual(Set(names), ["annual-2023.md", "annual-2023.html", "index.md", "index.html",
                                    "unit-上海计算机软件技术开发中心.md", "unit-上海计算机软件技术开发中心.html"])
    }

    /// Wrong command lines: one line, `brief: …`, exit 2, nothing created.
    func testUsageErrorsAreOneLineAndExit2() throws {
        let out = dir.appendingPathComponent("never").path
        let samples = Paths.samples.path
        let cases: [([String], String)] = [
            (["build", samples, "--out", out, "--templates", "/no/such/templates"], "templates folder does not exist"),
            (["build", samples, "--out", out, "--format", ""], "invalid for '--format'"),
            (["build", samples, "--out", out, "--format", "md,pdf"], "invalid for '--format'"),
            (["build", "/no/such/input", "--out", out], "no such file or folder"),
            (["annual", "--year", "2023", "--format", "", samples], "invalid for '--format'"),
            (["annual", "--year", "2031", samples], "no report of 2031 in the documents; years reported on: 2021, 2023, 2024"),
            (["annual", "--year", "2023", "--unit", "火星中心", samples], "no unit '火星中心' reports on 2023; units that do: 上海市普陀区科学技术委员会, 上海计算机软件技术开发中心"),
            (["annual", "--year", "2023", "--templates", "/no/such/templates", samples], "templates folder does not exist"),
            (["extract", "--frmat", "json", samples], "did you mean '--format'?"),
            (["run", "--wait", "inf"], "invalid for '--wait'"),
        ]
        for (args, message) in cases {
            let (status, stdout, err) = runBrief(args)
            XCTAssertEqual(status, .usage, "\(args): \(err)")
            XCTAssertEqual(stdout, "", "\(args)")
            XCTAssertEqual(err.split(separator: "\n", omittingEmptySubsequences: false).count, 2, "one line: \(err)")
            XCTAssertTrue(err.hasPrefix("brief: ") && err.contains(message), "\(args): \(err)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "nothing created")
    }

    func testUnitTakesAliasesFromTheRegistry() throws {
        for alias in ["上海软件中心", "上海计算机软件技术开发中心", "软件技术开发中心"] {
            let (status, out, err) = runBrief(["annual", "--year", "2023", "--unit", alias, Paths.samples.path])
            XCTAssertEqual(status, .success, "\(alias): \(err)")
            XCTAssertTrue(out.contains("## 上海计算机软件技术开发中心"), alias)
            XCTAssertFalse(out.contains("## 上海市普陀区科学技术委员会"), alias)
        }
        let (status, out, _) = runBrief(["annual", "--year", "2023", "--unit", "普科委", Paths.samples.path])
        XCTAssertEqual(status, .success)
        XCTAssertTrue(out.contains("## 上海市普陀区科学技术委员会") && !out.contains("## 上海计算机软件技术开发中心"))
    }
}
