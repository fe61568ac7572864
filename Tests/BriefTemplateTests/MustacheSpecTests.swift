import Foundation
import XCTest
@testable import BriefTemplate

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
    static func data(_ json: SpecJSON, test: String) -> MustacheValue {
        switch json {
        case .null: return .null
        case let .bool(b): return .bool(b)
        case let .number(n): return .number(n)
        case let .string(s): return .string(s)
        case let .array(items): return .list(items.map { data($0, test: test) })
        case let .object(members):
            if case .string("code")? = members["__tag__"] { return lambda(for: test) ?? .null }
            return .object(members.mapValues { data($0, test: test) })
        }
    }

    func runSpec(_ file: String) throws {
        let url = TemplatePaths.fixtures.appendingPathComponent("mustache-spec/\(file).json")
        let spec = try JSONDecoder().decode(SpecFile.self, from: Data(contentsOf: url))
        XCTAssertFalse(spec.tests.isEmpty)
        var passed = 0
        for test in spec.tests {
            let data = Self.data(test.data, test: test.name)
            do {
                let t = try Template(source: test.template, name: "\(file): \(test.name)")
                let result = try t.render(data, library: .dictionary(test.partials ?? [:]), contentType: .html)
                if result == test.expected { passed += 1 } else {
                    XCTFail("\(file) – \(test.name)\n  template: \(test.template.debugDescription)\n  expected: \(test.expected.debugDescription)\n  got:      \(result.debugDescription)")
                }
            } catch {
                XCTFail("\(file) – \(test.name): threw \(error)")
            }
        }
        print("mustache spec \(file): \(passed)/\(spec.tests.count) passed")
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
