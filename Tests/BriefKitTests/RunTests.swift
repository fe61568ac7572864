import Foundation
import XCTest
@testable import BriefKit

/// Unattended runs: config errors, bad inputs, the lock, kill -9, state, injection.
final class RunTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = try Paths.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("in"), withIntermediateDirectories: true)
        for name in ["000_d87a536be5b8778f", "001_eec11ce2cac5b232"] {
            try FileManager.default.copyItem(atPath: Paths.sample(name), toPath: dir.appendingPathComponent("in/\(name).txt").path)
        }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func writeConfig(_ extra: String = "", templates: String? = nil) throws -> String {
        let t = templates ?? Paths.repo.appendingPathComponent("Templates").path
        let text = """
        // test config
        {"inputs": ["in"], "output": "out", "templates": "\(t)"\(extra.contains("\"annual\"") ? "" : ", \"annual\": \"all\"")\(extra)}
        """
        let file = dir.appendingPathComponent("brief.json").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    func testConfigErrorsNameTheKeyAndExit2() throws {
        let cases: [(String, String)] = [
            (#", "outptu": "x""#, #"unknown key "outptu"; did you mean "output"?"#),
            (#", "annual": "yesterday""#, #"bad value for "annual""#),
            (#", "formats": ["pdf"]"#, #"bad value for "formats""#),
            (#", "diffs": "yes""#, #"bad value for "diffs": expected true or false"#),
            (#", "output": "a", "output": "b""#, #"key "output" appears twice"#),
        ]
        for (extra, message) in cases {
            let file = try writeConfig(extra)
            let (status, _, err) = try runBinary(["run", "--config", file])
            XCTAssertEqual(status, 2, extra)
            XCTAssertTrue(err.contains(message) && err.contains("brief.json"), "\(extra): \(err)")
        }
        let (missing, _, err) = try runBinary(["run", "--config", dir.appendingPathComponent("nope.json").path])
        XCTAssertEqual(missing, 2)
        XCTAssertTrue(err.contains("brief init"))
    }

    func testInitWritesAConfigThatRuns() throws {
        let (s1, _, _) = try runBinary(["init", dir.path])
        XCTAssertEqual(s1, 0)
        let (again, _, err) = try runBinary(["init", dir.path])
        XCTAssertEqual(again, 2)
        XCTAssertTrue(err.contains("--force"))
        let config = try RunConfig.load(file: dir.appendingPathComponent("brief.json").path)
        XCTAssertEqual(config.inputs, [dir.appendingPathComponent("samples").standardized.path])
        XCTAssertEqual(config.annual, .latest)
    }

    /// Run from another working directory, as cron does (it starts in $HOME).
    func testQuietSuccessFromAnyDirectory() throws {
        let file = try writeConfig()
        let (status, out, err) = try runBinary(["run", "--config", file], cwd: URL(fileURLWithPath: "/"))
        XCTAssertEqual(status, 0, err)
        XCTAssertEqual(out + err, "", "silent on success")
        let written = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path)
        XCTAssertTrue(written.contains("diff-上海计算机软件技术开发中心-csr-report-2021-2023.md") && written.contains("annual-2023.html"))
        let (_, _, verbose) = try runBinary(["run", "--config", file, "-v"], cwd: URL(fileURLWithPath: "/"))
        XCTAssertEqual(verbose, "brief: nothing changed\n", "a second run with nothing new changes nothing")
        try FileManager.default.removeItem(at: dir.appendingPathComponent("in/000_d87a536be5b8778f.txt"))
        let (_, _, changed) = try runBinary(["run", "--config", file, "-v"], cwd: URL(fileURLWithPath: "/"))
        XCTAssertTrue(changed.contains("wrote") && changed.contains("removed"), changed)
    }

    /// Each bad input: a one-line message naming the file, exit 1, every other output made.
    func testBadInputsAreReportedAndTheRestIsDone() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        var invalidUTF8 = Array("正文第一段。\n".utf8)
        invalidUTF8 += [0xC3, 0x28, 0xFF]
        invalidUTF8 += Array("\n正文第二段。".utf8)
        let bad: [(String, [UInt8])] = [
            ("binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00]),
            ("empty.txt", []),
            ("truncated.json", Array("[{\"title\": \"标题\", \"content\": \"正".utf8)),
            ("deep.json", Array(deep.utf8)),
            ("invalid-utf8.txt", invalidUTF8),
        ]
        for (name, bytes) in bad {
            XCTAssertTrue(FileManager.default.createFile(atPath: dir.appendingPathComponent("in/\(name)").path, contents: Data(bytes)))
        }
        // A 1 MB single line is not an error: it is read, and does not hang.
        let long = String(repeating: "服务企业 12 家，", count: 60_000)
        try long.write(to: dir.appendingPathComponent("in/long-line.txt"), atomically: true, encoding: .utf8)
        let file = try writeConfig()
        let (status, _, err) = try runBinary(["run", "--config", file])
        XCTAssertEqual(status, 1, err)
        for (name, _) in bad {
            let lines = err.split(separator: "\n").filter { $0.contains(name) }
            XCTAssertEqual(lines.count, 1, "\(name): \(err)")
        }
        XCTAssertFalse(err.contains("long-line.txt"), "a long line is ordinary input")
        XCTAssertTrue(err.contains("documents failed"))
        let written = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path)
        XCTAssertTrue(written.contains("diff-上海计算机软件技术开发中心-csr-report-2021-2023.html"), "the good reports still give their diff")
    }

    func testTemplateSyntaxErrorIsReportedWithItsPosition() throws {
        let templates = dir.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Paths.repo.appendingPathComponent("Templates"), to: templates)
        try "# {{title}}\n{{#units}}\n{{unit}}\n".write(to: templates.appendingPathComponent("annual.md.mustache"), atomically: true, encoding: .utf8)
        let file = try writeConfig(templates: templates.path)
        let (status, _, err) = try runBinary(["run", "--config", file])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(err.contains("annual.md.mustache:2:1: unclosed section 'units'"), err)
        let written = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path)
        XCTAssertTrue(written.contains("diff-上海计算机软件技术开发中心-csr-report-2021-2023.md"), "other briefings are still written")
    }

    func testUnwritableOutputFolder() throws {
        // A regular file where the output folder should be: nothing can be created there.
        XCTAssertTrue(FileManager.default.createFile(atPath: dir.appendingPathComponent("out").path, contents: Data("x".utf8)))
        let file = try writeConfig()
        let (status, _, err) = try runBinary(["run", "--config", file])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(err.contains("out"), err)
        XCTAssertEqual(err.split(separator: "\n").count, 1, "one line: \(err)")
    }

    func testASecondRunFailsCleanlyOrWaitsForTheLock() throws {
        let file = try writeConfig()
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let fd = try XCTUnwrap(try Platform.tryLock(path: out.appendingPathComponent(".brief.lock").path))
        let (held, _, err) = try runBinary(["run", "--config", file])
        XCTAssertEqual(held, 1)
        XCTAssertTrue(err.contains("another brief run holds the lock"), err)
        // With --wait, the run goes ahead once the holder lets go.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { Platform.unlock(fd) }
        let (waited, _, werr) = try runBinary(["run", "--config", file, "--wait", "10"])
        XCTAssertEqual(waited, 0, werr)
    }

    /// kill -9 in the middle of a run leaves the previous briefings byte-identical and no
    /// temporary files behind.
    func testKillDuringARunLeavesPreviousOutputsIntact() throws {
        let file = try writeConfig()
        let (first, _, err) = try runBinary(["run", "--config", file])
        XCTAssertEqual(first, 0, err)
        let out = dir.appendingPathComponent("out")
        func snapshot() throws -> [String: Data] {
            var s: [String: Data] = [:]
            for f in try FileManager.default.contentsOfDirectory(atPath: out.path) where !f.hasPrefix(".") {
                s[f] = try Data(contentsOf: out.appendingPathComponent(f))
            }
            return s
        }
        let before = try snapshot()
        // A large input keeps the next run busy reading while it is killed.
        let sample = try String(contentsOfFile: Paths.sample("002_9c3f654a89426a59"), encoding: .utf8)
        try String(repeating: sample, count: 400).write(to: dir.appendingPathComponent("in/big.txt"), atomically: true, encoding: .utf8)
        guard let binary = briefBinary() else { throw XCTSkip("no binary") }
        let p = Process()
        p.executableURL = binary
        p.arguments = ["run", "--config", file]
        p.standardError = FileHandle.nullDevice
        try p.run()
        Thread.sleep(forTimeInterval: 1.0)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationReason, .uncaughtSignal, "the run was still going when killed")
        XCTAssertEqual(try snapshot(), before)
        // The lock died with the process: the next run takes it over.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("in/big.txt"))
        let (next, _, nerr) = try runBinary(["run", "--config", file])
        XCTAssertEqual(next, 0, nerr)
    }

    func testCorruptStateIsReportedAndRebuilt() throws {
        try FileManager.default.copyItem(atPath: Paths.sample("003_8681bce01ccbf3f3"), toPath: dir.appendingPathComponent("in/feed.txt").path)
        let file = try writeConfig()
        try "{not json".write(to: dir.appendingPathComponent(".brief-state.json"), atomically: true, encoding: .utf8)
        let (status, _, err) = try runBinary(["run", "--config", file])
        XCTAssertEqual(status, 0)
        XCTAssertTrue(err.contains("state file is corrupt; rebuilding"), err)
        let (state, warning) = RunState.load(file: dir.appendingPathComponent(".brief-state.json").path)
        XCTAssertNil(warning)
        XCTAssertEqual(state.feeds.values.first, "2025-11-11")
        // The next run has no article newer than the last: the digest stays as it was, not
        // replaced by an empty one.
        let first = try Data(contentsOf: dir.appendingPathComponent("out/digest-feed.md"))
        let (_, _, _) = try runBinary(["run", "--config", file])
        let digest = try String(contentsOf: dir.appendingPathComponent("out/digest-feed.md"), encoding: .utf8)
        XCTAssertEqual(Data(digest.utf8), first)
        XCTAssertFalse(digest.contains("0 篇文章"), digest)
    }

    /// HTML and Markdown injection in a document never becomes live markup in a briefing.
    func testInjectionInDocumentsStaysInert() throws {
        let hostile = """
        上海某某中心

        2023 年度社会责任报告

        全年完成<script>alert(1)</script>专业技术服务项目 120 项，服务企业 30 家。
        荣获“<img src=x onerror=alert(1)>先进集体”称号。
        荣获“[点我](javascript:alert(1))| # 示范单位”称号。
        """
        try hostile.write(to: dir.appendingPathComponent("in/hostile.txt"), atomically: true, encoding: .utf8)
        let file = try writeConfig()
        let (status, _, err) = try runBinary(["run", "--config", file])
        XCTAssertEqual(status, 0, err)
        let html = try String(contentsOf: dir.appendingPathComponent("out/annual-2023.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("上海某某中心"))
        XCTAssertFalse(html.contains("<script>alert"))
        XCTAssertFalse(html.contains("<img src=x"))
        XCTAssertFalse(html.contains("href=\"javascript:"))
        let md = try String(contentsOf: dir.appendingPathComponent("out/annual-2023.md"), encoding: .utf8)
        XCTAssertFalse(md.contains("<script>"))
        XCTAssertFalse(md.contains("[点我](javascript:"))
        XCTAssertTrue(md.contains("\\[点我\\]"))
    }
}
