import Foundation
import XCTest
@testable import BriefKit

/// A config is checked whole before anything is created: its own files out of its inputs,
/// CRLF and a BOM accepted, registry and catalog validated key by key.
final class ConfigValidationTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = try Paths.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("in"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.sample("000_d87a536be5b8778f"), toPath: dir.appendingPathComponent("in/report.txt").path)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func write(_ name: String, _ text: String) throws -> String {
        let path = dir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func config(_ members: String) throws -> String {
        try write("brief.json", "// test\n{\"inputs\": [\"in\"], \"output\": \"out\"\(members)}\n")
    }

    /// Runs `brief run` and checks: exit 2, one line naming `words`, and nothing created.
    func assertRefused(_ file: String, naming words: [String], file line: StaticString = #filePath, line number: UInt = #line) {
        let before = try? FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let report = try? Data(contentsOf: dir.appendingPathComponent("in/report.txt"))
        let (status, _, err) = runBrief(["run", "--config", file])
        XCTAssertEqual(status, .usage, err, file: line, line: number)
        XCTAssertEqual(err.split(separator: "\n").count, 1, err, file: line, line: number)
        for w in words { XCTAssertTrue(err.contains(w), "\(w) in: \(err)", file: line, line: number) }
        XCTAssertEqual(try? FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), before,
                       "nothing is created (no output folder, no lock)", file: line, line: number)
        XCTAssertEqual(try? Data(contentsOf: dir.appendingPathComponent("in/report.txt")), report, "the input is untouched", file: line, line: number)
    }

    func testCRLFAndAByteOrderMarkAreAccepted() throws {
        let text = "\u{FEFF}// Brief config\r\n{\r\n  // inputs\r\n  \"inputs\": [\"in\"],\r\n  \"output\": \"out\"\r\n}\r\n"
        let file = try write("brief.json", text)
        let config = try RunConfig.load(file: file)
        XCTAssertEqual(config.output, dir.appendingPathComponent("out").standardized.path)
        let (status, _, err) = runBrief(["run", "--config", file])
        XCTAssertEqual(status, .success, err)
    }

    func testStateAndOutputMayNotBeOrLieInsideAnInput() throws {
        assertRefused(try config(#", "state": "in/report.txt""#), naming: ["\"state\"", "lies inside the input", "\"inputs\"", "brief.json"])
        let stateIsInput = try write("brief.json", #"{"inputs": ["in/report.txt"], "output": "out", "state": "in/report.txt"}"#)
        assertRefused(stateIsInput, naming: ["\"state\"", "is the input"])
        assertRefused(try config(#", "state": "in/.state.json""#), naming: ["\"state\"", "lies inside the input"])
        // Replace the output "out" by one inside the input folder.
        let inside = try write("brief.json", #"{"inputs": ["in"], "output": "in/briefings"}"#)
        assertRefused(inside, naming: ["\"output\"", "lies inside the input"])
        let same = try write("brief.json", #"{"inputs": ["in"], "output": "in"}"#)
        assertRefused(same, naming: ["\"output\"", "is the input"])
        // Through a symbolic link: the same place by another name.
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("alias").path, withDestinationPath: dir.appendingPathComponent("in").path)
        let linked = try write("brief.json", #"{"inputs": ["alias"], "output": "in/out"}"#)
        assertRefused(linked, naming: ["\"output\""])
    }

    func testRegistryAndCatalogAreValidatedKeyByKey() throws {
        let cases: [(String, String, String, [String])] = [
            ("registry", "units.json", #"{"units": [{"name": "甲中心", "aliases": "甲"}]}"#, ["units.json", "\"units[0].aliases\"", "expected a list"]),
            ("registry", "units.json", #"{"units": [{"name": 5}]}"#, ["\"units[0].name\"", "a non-empty string"]),
            ("registry", "units.json", #"{"units": [{"name": "甲", "aliases": [{"alias": "甲", "require": "乙"}]}]}"#, ["unknown key \"units[0].aliases[0].require\"", "did you mean \"requires\""]),
            ("registry", "units.json", #"{"unit": []}"#, ["unknown key \"unit\""]),
            ("catalog", "metrics.json", #"{"metrics": [{"id": "a", "name": "b", "category": "service", "key": "yes", "patterns": ["x"]}]}"#, ["metrics.json", "\"metrics[0].key\"", "true or false"]),
            ("catalog", "metrics.json", #"{"metrics": [{"id": "a", "name": "b", "category": "money", "patterns": ["x"]}]}"#, ["\"metrics[0].category\"", "\"finance\""]),
            ("catalog", "metrics.json", #"{"metrics": [{"id": "a", "name": "b", "category": "service", "patterns": [1]}]}"#, ["\"metrics[0].patterns[0]\""]),
            ("catalog", "metrics.json", #"{"metrics": [{"id": "a", "name": "b", "category": "service"}]}"#, ["needs \"patterns\""]),
        ]
        for (key, name, json, words) in cases {
            let path = try write(name, json)
            assertRefused(try config(", \"\(key)\": \"\(name)\""), naming: words)
            // The same through the command line.
            let (status, _, err) = runBrief(["extract", "--\(key)", path, dir.appendingPathComponent("in").path])
            XCTAssertEqual(status, .usage, err)
            XCTAssertTrue(words.allSatisfy(err.contains), "\(words): \(err)")
        }
        // The shipped data files pass.
        XCTAssertNoThrow(try UnitRegistry.loading(file: Paths.repo.appendingPathComponent("Data/units.json").path))
        XCTAssertNoThrow(try MetricCatalog.loading(file: Paths.repo.appendingPathComponent("Data/metrics.json").path))
    }

    func testAFailingConfigCreatesNothing() throws {
        assertRefused(try config(#", "templates": "no-such-folder""#), naming: ["no-such-folder", "templates folder does not exist"])
        assertRefused(try config(#", "registry": "missing.json""#), naming: ["missing.json", "cannot read the unit registry"])
        assertRefused(try config(#", "max-size": "lots""#), naming: ["\"max-size\""])
        // A state file that is a FIFO would block the run (it is read, then replaced).
        XCTAssertEqual(mkfifo(dir.appendingPathComponent("state.fifo").path, 0o644), 0)
        assertRefused(try config(#", "state": "state.fifo""#), naming: ["\"state\"", "FIFO", "not a regular file"])
        try FileManager.default.removeItem(at: dir.appendingPathComponent("state.fifo"))
        let missingInput = try write("brief.json", #"{"inputs": ["nowhere"], "output": "out"}"#)
        assertRefused(missingInput, naming: ["nowhere", "no such file or folder"])
        let ok = try config(#", "max-size": "10K""#)
        XCTAssertEqual(try RunConfig.load(file: ok).maxFileSize, 10 << 10)
        let (status, _, err) = runBrief(["run", "--config", ok])
        XCTAssertEqual(status, .partialFailure)
        XCTAssertTrue(err.contains("report.txt: file of 28.3 KB is over the size limit of 10 KB"), err)
    }
}
