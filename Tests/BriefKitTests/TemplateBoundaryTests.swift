import Foundation
import XCTest
@testable import BriefKit

/// Where BriefKit meets the template engine: JSON data as template data, and the engine's
/// errors as Brief reports them.
final class TemplateBoundaryTests: XCTestCase {
    func testJSONNumbersRenderAsWritten() throws {
        let json = try JSONReader.parse(#"{"单位": "上海软件中心", "指标": [{"名称": "满意度", "值": 97.7}, {"名称": "项目", "值": 5514}]}"#)
        let t = try Template(source: "{{单位}}:{{#指标}} {{名称}}={{值}}{{/指标}}", name: "t")
        XCTAssertEqual(try t.render(MustacheValue(json: json)), "上海软件中心: 满意度=97.7 项目=5514")
    }

    /// A template error keeps its kind and position on the way out: `brief: file:line:col: message`.
    func testTemplateErrorsBecomeBriefErrorsWithTheirPosition() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let template = dir.appendingPathComponent("t.md.mustache")
        try "第一行\n  {{#指标}}".write(to: template, atomically: true, encoding: .utf8)
        let data = dir.appendingPathComponent("d.json")
        try "{}".write(to: data, atomically: true, encoding: .utf8)
        let (status, _, err) = runBrief(["render", "-t", template.path, "-d", data.path])
        XCTAssertEqual(status, .partialFailure)
        XCTAssertEqual(err, "brief: \(template.path):2:3: unclosed section '指标': add a closing tag\n")

        let renderer = try BriefingRenderer(templates: dir.path)
        XCTAssertThrowsError(try renderer.render("t", format: "md", data: [:])) { error in
            guard let e = error as? BriefError else { return XCTFail("\(error)") }
            XCTAssertEqual(e.kind, .template)
            XCTAssertEqual(e.location?.line, 2)
            XCTAssertEqual(e.location?.column, 3)
        }
    }
}
