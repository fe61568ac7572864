import Foundation
import XCTest
@testable import BriefKit

/// A build writes a whole generation: the folder shows all of the previous set or all of
/// the new one; stale briefings go, through the manifest, and nothing Brief did not write.
final class GenerationTests: XCTestCase {
    var dir: URL!
    var out: String { dir.appendingPathComponent("out").path }

    override func setUpWithError() throws {
        dir = try Paths.temporaryDirectory()
        for name in ["000_d87a536be5b8778f", "001_eec11ce2cac5b232", "003_8681bce01ccbf3f3"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("in"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Paths.sample(name), toPath: dir.appendingPathComponent("in/\(name).txt").path)
        }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    @discardableResult
    func build(_ extra: [String] = [], expect: ExitStatus = .success) -> String {
        let (status, _, err) = runBrief(["build", dir.appendingPathComponent("in").path, "--out", out] + extra)
        XCTAssertEqual(status, expect, err)
        return err
    }

    /// Name → bytes of every briefing a reader sees (links followed; hidden entries are Brief's machinery).
    func visible() throws -> [String: Data] {
        var seen: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out) where !name.hasPrefix(".") {
            if let d = try? Data(contentsOf: URL(fileURLWithPath: out + "/" + name)) { seen[name] = d }
        }
        return seen
    }

    func entries(_ path: String) -> Set<String> { Set((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []) }

    func testTheFolderShowsOneGenerationThroughLinksWithPlainNames() throws {
        build()
        let folder = OutputFolder(path: out)
        let live = try XCTUnwrap(folder.currentGeneration)
        XCTAssertEqual(entries(out + "/.brief"), ["current", live, "manifest.json"])
        let names = try visible().keys.sorted()
        XCTAssertTrue(names.contains("annual-2023.md") && names.contains("digest-003_8681bce01ccbf3f3.html"), "\(names)")
        for name in names {
            XCTAssertEqual(Platform.linkTarget(out + "/" + name), ".brief/current/" + name)
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: out + "/" + name)),
                           try Data(contentsOf: URL(fileURLWithPath: out + "/.brief/\(live)/" + name)))
        }
        XCTAssertEqual(OutputManifest.load(folder.manifestFile)?.links.sorted(), names)
        XCTAssertEqual(OutputManifest.load(folder.manifestFile)?.generation, live)
    }

    /// Briefings of removed documents are removed; files a user put there stay.
    func testStaleBriefingsGoThroughTheManifestAndUserFilesStay() throws {
        build()
        try "mine".write(toFile: out + "/notes.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: out + "/my-link.md", withDestinationPath: "/etc/hostname")
        XCTAssertNotNil(try visible()["diff-上海计算机软件技术开发中心-csr-report-2021-2023.md"])
        try FileManager.default.removeItem(at: dir.appendingPathComponent("in/001_eec11ce2cac5b232.txt"))
        let err = build(["-v"])
        XCTAssertTrue(err.contains("removed \(out)/diff-上海计算机软件技术开发中心-csr-report-2021-2023.md"), err)
        let now = try visible()
        XCTAssertNil(now["diff-上海计算机软件技术开发中心-csr-report-2021-2023.md"])
        XCTAssertNil(now["annual-2021.md"])
        XCTAssertEqual(now["notes.txt"], Data("mine".utf8))
        XCTAssertEqual(Platform.linkTarget(out + "/my-link.md"), "/etc/hostname")
        XCTAssertFalse(entries(out).contains("annual-2021.md"), "no link to nothing is left")
    }

    /// A name Brief would publish, held by a user's own file, is reported and left alone.
    func testAUserFileAtABriefingsNameIsNeverReplaced() throws {
        build()
        try FileManager.default.removeItem(atPath: out + "/index.md")
        try "my index".write(toFile: out + "/index.md", atomically: true, encoding: .utf8)
        let err = build(expect: .partialFailure)
        XCTAssertTrue(err.contains("\(out)/index.md: exists and was not written by Brief; not replaced"), err)
        XCTAssertEqual(try String(contentsOfFile: out + "/index.md", encoding: .utf8), "my index")
        XCTAssertNotNil(try visible()["index.html"])
        // While the name stays taken, each build reports it and changes nothing else.
        let generation = OutputFolder(path: out).currentGeneration
        XCTAssertTrue(build(["-v"], expect: .partialFailure).contains("not replaced"))
        XCTAssertEqual(OutputFolder(path: out).currentGeneration, generation)
    }

    /// A run with nothing new touches nothing: same generation, same files, same times.
    func testARebuildWithNothingChangedTouchesNothing() throws {
        build()
        func times() throws -> [String: Date] {
            var t: [String: Date] = [:]
            let live = out + "/.brief/" + (OutputFolder(path: out).currentGeneration ?? "")
            for f in try FileManager.default.contentsOfDirectory(atPath: live) {
                t[f] = try FileManager.default.attributesOfItem(atPath: live + "/" + f)[.modificationDate] as? Date
            }
            // The folder itself too; not .brief/, whose time a staging folder made and removed moves.
            t["out"] = try FileManager.default.attributesOfItem(atPath: out)[.modificationDate] as? Date
            for f in try FileManager.default.contentsOfDirectory(atPath: out) where f != ".brief" {
                t["out/" + f] = try FileManager.default.attributesOfItem(atPath: out + "/" + f)[.modificationDate] as? Date
            }
            return t
        }
        let before = try times(), generation = OutputFolder(path: out).currentGeneration
        let bytes = try visible()
        Thread.sleep(forTimeInterval: 0.05)
        XCTAssertEqual(build(["-v"]), "brief: nothing changed\n")
        XCTAssertEqual(OutputFolder(path: out).currentGeneration, generation)
        XCTAssertEqual(try times(), before)
        XCTAssertEqual(try visible(), bytes)
        // One briefing changes: the others keep their files (hard links), and times.
        let report = dir.appendingPathComponent("in/000_d87a536be5b8778f.txt")
        // (A headline figure of the brief changes: 服务企业 2599 → 2598.)
        let text = try String(contentsOf: report, encoding: .utf8)
        XCTAssertTrue(text.contains("服务企业 2599 家"))
        try text.replacingOccurrences(of: "服务企业 2599 家", with: "服务企业 2598 家").write(to: report, atomically: true, encoding: .utf8)
        let err = build(["-v"])
        XCTAssertTrue(err.contains("wrote \(out)/annual-2023.md"), err)
        XCTAssertFalse(err.contains("digest"), "the digest did not change: \(err)")
        let after = try times()
        XCTAssertEqual(after["digest-003_8681bce01ccbf3f3.md"], before["digest-003_8681bce01ccbf3f3.md"])
        XCTAssertNotEqual(after["annual-2023.md"], before["annual-2023.md"])
    }

    /// What a run killed at any step leaves (a staging folder, a generation never switched
    /// to, half a switch, links to nothing, a temporary manifest) is gone after the next.
    func testTheNextRunClearsWhatAKilledRunLeft() throws {
        build()
        let meta = out + "/.brief"
        let expected = try visible()
        let live = try XCTUnwrap(OutputFolder(path: out).currentGeneration)
        try FileManager.default.createDirectory(atPath: meta + "/staging-4194305-1", withIntermediateDirectories: true)
        try "half".write(toFile: meta + "/staging-4194305-1/annual-2023.md", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: meta + "/g-00000000deadbeef", withIntermediateDirectories: true)
        try "new".write(toFile: meta + "/g-00000000deadbeef/annual-2030.md", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: meta + "/current.new", withDestinationPath: "g-00000000deadbeef")
        try FileManager.default.createSymbolicLink(atPath: out + "/annual-2030.md", withDestinationPath: ".brief/current/annual-2030.md")
        var manifest = try XCTUnwrap(OutputManifest.load(meta + "/manifest.json"))
        manifest.links.append("annual-2030.md")
        try manifest.save(meta + "/manifest.json")
        XCTAssertTrue(FileManager.default.createFile(atPath: meta + "/.manifest.json.brief-4194305-3.tmp", contents: Data("{".utf8)))
        XCTAssertTrue(FileManager.default.createFile(atPath: out + "/.index.md.brief-4194305-4.tmp", contents: Data()))
        XCTAssertEqual(try visible(), expected, "what a reader sees is still the complete set")
        build()
        XCTAssertEqual(entries(meta), ["current", live, "manifest.json"])
        XCTAssertEqual(try visible(), expected)
        XCTAssertEqual(Set(entries(out).filter { $0.hasPrefix(".") }), [".brief", ".brief.lock"])
        XCTAssertEqual(Set(try XCTUnwrap(OutputManifest.load(meta + "/manifest.json")).links), Set(expected.keys))
    }

    /// A folder an earlier Brief filled with plain files is taken over: the same bytes
    /// under the same names, now links; other files stay.
    func testAFolderOfAnEarlierBriefIsAdopted() throws {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        for f in try FileManager.default.contentsOfDirectory(atPath: Paths.repo.appendingPathComponent("output").path) where !f.hasPrefix(".") {
            try Data("old \(f)".utf8).write(to: URL(fileURLWithPath: out + "/" + f))
        }
        try Data("user".utf8).write(to: URL(fileURLWithPath: out + "/README.txt"))
        build()
        let seen = try visible()
        XCTAssertEqual(seen["README.txt"], Data("user".utf8))
        XCTAssertEqual(Platform.linkTarget(out + "/annual-2023.md"), ".brief/current/annual-2023.md")
        XCTAssertNotEqual(seen["annual-2023.md"], Data("old annual-2023.md".utf8))
        XCTAssertEqual(entries(out + "/.brief").count, 3, "\(entries(out + "/.brief"))")
    }

    /// When no document can be read at all, the last good set stays rather than an empty one.
    func testNothingReadKeepsThePreviousSet() throws {
        build()
        let before = try visible()
        for f in try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("in").path) {
            try Data([0, 1, 2, 0xFF]).write(to: dir.appendingPathComponent("in/" + f))
        }
        let err = build(expect: .partialFailure)
        XCTAssertTrue(err.contains("no document could be read; the previous briefings stay"), err)
        XCTAssertEqual(try visible(), before)
        // An empty input folder, on purpose, is an empty set: the briefings go.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("in"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("in"), withIntermediateDirectories: true)
        build()
        XCTAssertEqual(Set(try visible().keys), ["index.md", "index.html"])
    }

    func testOutputFolderLayoutNames() {
        XCTAssertTrue(OutputFolder.isGenerationName("g-0123abcd"))
        XCTAssertTrue(OutputFolder.isGenerationName("g-0123abcd-2"))
        for bad in ["g-", "g-xyz", "g-12-", "g-12-a", "current", "../g-1"] { XCTAssertFalse(OutputFolder.isGenerationName(bad), bad) }
        for bad in ["", ".brief", "a/b", String(repeating: "长", count: 90)] { XCTAssertFalse(OutputFolder.isBriefingName(bad), bad) }
    }
}
