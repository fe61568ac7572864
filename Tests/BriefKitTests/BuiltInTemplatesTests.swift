import Foundation
import XCTest
@testable import BriefKit

/// The templates are compiled into the binary; `--templates DIR` overrides them file by file.
final class BuiltInTemplatesTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws { dir = try Paths.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func testBuiltInTemplatesAreInStepWithTemplatesFolder() throws {
        let folder = Paths.repo.appendingPathComponent("Templates")
        var onDisk: [String: String] = [:]
        let e = try XCTUnwrap(FileManager.default.enumerator(atPath: folder.path))
        while let rel = e.nextObject() as? String {
            guard rel.hasSuffix(".mustache") else { continue }
            onDisk[rel] = try String(contentsOf: folder.appendingPathComponent(rel), encoding: .utf8)
        }
        let fix = "Sources/BriefKit/Render/BuiltInTemplates+*.swift are out of step with Templates/; run: Scripts/embed-templates.sh"
        XCTAssertEqual(Set(BuiltInTemplates.files.keys), Set(onDisk.keys), fix)
        for (name, source) in onDisk where BuiltInTemplates.files[name] != source {
            XCTFail("\(name) differs. \(fix)")
        }
    }

    /// A copied binary, run from `/` (as cron runs it from $HOME), once failed to find Templates/.
    func testACopiedBinaryBuildsFromAnyFolder() throws {
        guard let binary = briefBinary() else { throw XCTSkip("no binary") }
        let copy = dir.appendingPathComponent("bin/brief")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: binary, to: copy)
        let out = dir.appendingPathComponent("out")
        let p = Process()
        p.executableURL = copy
        p.arguments = ["build", Paths.samples.path, "--out", out.path]
        p.currentDirectoryURL = URL(fileURLWithPath: "/")
        let err = Pipe()
        p.standardError = err
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, message)
        for f in ["index.md", "annual-2023.html", "diff-上海计算机软件技术开发中心-csr-report-2021-2023.md"] {
            XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent(f)),
                           try Data(contentsOf: Paths.repo.appendingPathComponent("output/\(f)")), f)
        }
    }

    /// A file present in the override folder wins; every other comes from the built-in set.
    func testAnOverrideFolderReplacesOnlyTheFilesItHolds() throws {
        let t = dir.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: t.appendingPathComponent("partials"), withIntermediateDirectories: true)
        try "# 自定义年报 {{year}}\n".write(to: t.appendingPathComponent("annual.md.mustache"), atomically: true, encoding: .utf8)
        try "自定义来源\n".write(to: t.appendingPathComponent("partials/sources.md.mustache"), atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let (status, _, err) = runBrief(["build", Paths.samples.path, "--out", out.path, "--templates", t.path])
        XCTAssertEqual(status, .success, err)
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("annual-2023.md"), encoding: .utf8), "# 自定义年报 2023\n")
        let diff = try String(contentsOf: out.appendingPathComponent("diff-上海计算机软件技术开发中心-csr-report-2021-2023.md"), encoding: .utf8)
        XCTAssertTrue(diff.contains("自定义来源"), "the overriding partial is used by a built-in template")
        XCTAssertTrue(diff.hasPrefix("# "), "the diff itself is the built-in one")
        XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent("annual-2023.html")),
                       try Data(contentsOf: Paths.repo.appendingPathComponent("output/annual-2023.html")), "html from the built-ins")
    }

    func testOverrideErrorsNameTheFileAndAPartialMayNotLeadOutside() throws {
        let t = dir.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: t.appendingPathComponent("partials"), withIntermediateDirectories: true)
        try "{{#sources}}\n".write(to: t.appendingPathComponent("partials/sources.md.mustache"), atomically: true, encoding: .utf8)
        let (status, _, err) = runBrief(["diff", Paths.sample("001_eec11ce2cac5b232"), Paths.sample("000_d87a536be5b8778f"), "--templates", t.path])
        XCTAssertEqual(status, .partialFailure)
        XCTAssertTrue(err.contains("\(t.path)/partials/sources.md.mustache:1:1: unclosed section 'sources'"), err)

        let secret = dir.appendingPathComponent("secret.mustache")
        try "secret".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: t.appendingPathComponent("partials/sources.md.mustache"))
        try FileManager.default.createSymbolicLink(at: t.appendingPathComponent("partials/sources.md.mustache"), withDestinationURL: secret)
        let (s2, _, e2) = runBrief(["annual", "--year", "2023", Paths.samples.path, "--templates", t.path])
        XCTAssertNotEqual(s2, .success)
        XCTAssertTrue(e2.contains("leads outside the template folder"), e2)
        XCTAssertEqual(e2.split(separator: "\n").count, 1, e2)
    }

    func testAMissingOrWrongTemplatesFolderIsOneLineAndExit2() throws {
        let file = dir.appendingPathComponent("file.txt")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        for folder in ["/no/such/templates", file.path] {
            for args in [["build", Paths.samples.path, "--out", dir.appendingPathComponent("out").path], ["annual", "--year", "2023", Paths.samples.path]] {
                let (status, _, err) = runBrief(args + ["--templates", folder])
                XCTAssertEqual(status, .usage, "\(args) \(folder)")
                XCTAssertEqual(err.split(separator: "\n").count, 1, "\(args): \(err)")
                XCTAssertTrue(err.hasPrefix("brief: \(folder): "), err)
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path), "nothing is created")
    }
}
