import Foundation
import XCTest
@testable import BriefKit

/// Runs every case of the vendored Mustache specification (Fixtures/mustache-spec), the
/// optional modules included, in the specification's lenient mode.
final class MustacheSpecTests: XCTestCase {
    /// The lambda cases describe their closure in prose and other languages; these Swift
    /// closures do what each description says.
    static func lambda(for test: String) -> MustacheValue? {
        final class Counter: @unchecked Sendable { var n = 0; let lock = NSLock() }
        switch test {
        case "Interpolation": return .lambda(.init { _ in "world" })
        case "Interpolation - Expansion": return .lambda(.init { _ in "{{planet}}" })
        case "Interpolation - Alternate Delimiters": return .lambda(.init { _ in "|planet| => {{planet}}" })
        case "Interpolation - Multiple Calls":
            let c = Counter()
            return .lambda(.init { _ in c.lock.withLock { c.n += 1; return .string(String(c.n)) } })
        case "Escaping": return .lambda(.init { _ in ">" })
        case "Section": return .lambda(.init { text in text == "{{x}}" ? "yes" : "no" })
        case "Section - Expansion": return .lambda(.init { text in .string(text + "{{planet}}" + text) })
        case "Section - Alternate Delimiters": return .lambda(.init { text in .string(text + "{{planet}} => |planet|" + text) })
        case "Section - Multiple Calls": return .lambda(.init { text in .string("__" + text + "__") })
        case "Inverted Section": return .lambda(.init { _ in false })
        default: return nil
        }
    }

    /// JSON data to template data, putting the closure where the spec has a code object.
    static func data(_ json: JSONValue, test: String) -> MustacheValue {
        switch json {
        case let .object(members):
            if json["__tag__"]?.stringValue == "code" { return lambda(for: test) ?? .null }
            var d: [String: MustacheValue] = [:]
            for m in members { d[m.key] = data(m.value, test: test) }
            return .object(d)
        case let .array(items): return .list(items.map { data($0, test: test) })
        default: return MustacheValue(json: json)
        }
    }

    func runSpec(_ file: String) throws {
        let spec = try readJSON(Paths.fixtures.appendingPathComponent("mustache-spec/\(file).json").path)
        let tests = try XCTUnwrap(spec["tests"]?.arrayValue)
        XCTAssertFalse(tests.isEmpty)
        var passed = 0
        for test in tests {
            let name = test["name"]?.stringValue ?? "?"
            let template = test["template"]?.stringValue ?? ""
            let expected = test["expected"]?.stringValue ?? ""
            var partials: [String: String] = [:]
            if case let .object(members)? = test["partials"] {
                for m in members { partials[m.key] = m.value.stringValue }
            }
            let data = Self.data(test["data"] ?? .null, test: name)
            do {
                let t = try Template(source: template, name: "\(file): \(name)")
                let result = try t.render(data, library: .dictionary(partials), contentType: .html)
                if result == expected { passed += 1 } else {
                    XCTFail("\(file) – \(name)\n  template: \(template.debugDescription)\n  expected: \(expected.debugDescription)\n  got:      \(result.debugDescription)")
                }
            } catch {
                XCTFail("\(file) – \(name): threw \(error)")
            }
        }
        print("mustache spec \(file): \(passed)/\(tests.count) passed")
    }

    func testComments() throws { try runSpec("comments") }
    func testDelimiters() throws { try runSpec("delimiters") }
    func testInterpolation() throws { try runSpec("interpolation") }
    func testInverted() throws { try runSpec("inverted") }
    func testPartials() throws { try runSpec("partials") }
    func testSections() throws { try runSpec("sections") }
    func testDynamicNames() throws { try runSpec("~dynamic-names") }
    func testInheritance() throws { try runSpec("~inheritance") }
    func testLambdas() throws { try runSpec("~lambdas") }
}
