import Foundation
import XCTest
@testable import BriefTemplate

/// Hostile templates: nesting past the limit is an error at its tag (not a stack
/// overflow), lexing is linear on one huge line, and the parsed form refers to the source
/// instead of copying it.
final class TemplateLimitsTests: XCTestCase {
    func nested(_ depth: Int, name: String = "a", inner: String = "x") -> String {
        String(repeating: "{{#\(name)}}", count: depth) + inner + String(repeating: "{{/\(name)}}", count: depth)
    }

    /// 7,000 nested sections used to overflow the stack (exit 139).
    func testDeepNestingIsAnErrorAtTheTagNotACrash() {
        let limit = TemplateParser.maxDepth
        for source in [nested(7000), nested(limit + 1), "中文\n" + nested(limit + 1, name: "指标")] {
            XCTAssertThrowsError(try Template(source: source, name: "deep.md.mustache")) { error in
                guard let e = error as? TemplateError else { return XCTFail("\(error)") }
                XCTAssertTrue(e.message.contains("nested deeper than \(limit) levels"), e.message)
                XCTAssertEqual(e.template, "deep.md.mustache")
                // The tag that opens level limit + 1.
                let tag = source.hasPrefix("中文") ? "{{#指标}}" : "{{#a}}"
                XCTAssertEqual(e.line, source.hasPrefix("中文") ? 2 : 1)
                XCTAssertEqual(e.column, limit * tag.unicodeScalars.count + 1)
                XCTAssertEqual(e.description, "deep.md.mustache:\(e.line):\(e.column): \(e.message)")
            }
        }
    }

    /// The limit itself parses and renders, within a modest thread stack.
    func testNestingAtTheLimitRendersOnASmallStack() throws {
        let template = try Template(source: nested(TemplateParser.maxDepth), name: "t")
        let result = UncheckedBox<Result<String, Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            result.value = Result { try template.render(["a": true]) }
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
        done.wait()
        XCTAssertEqual(try result.value?.get(), "x")
    }

    /// Recursion through partials, parents, sections and lambdas stops at the same limit,
    /// with an error naming the tag that went one level too deep.
    func testRecursionThroughPartialsParentsAndLambdasIsBounded() throws {
        let library = TemplateLibrary.dictionary([
            "self": "{{>self}}",
            "via-section": "{{#a}}\n  {{>via-section}}\n{{/a}}",
            "parent": "{{<parent}}{{/parent}}",
            "layout": "{{$b}}{{/b}}",
        ])
        let lambda: MustacheValue = .lambda(.init { _ in "{{#l}}again{{/l}}" })
        let cases: [(source: String, data: MustacheValue)] = [
            ("{{>self}}", [:]),
            ("{{>via-section}}", ["a": true]),
            ("{{<parent}}{{/parent}}", [:]),
            ("{{#l}}x{{/l}}", ["l": lambda]),
            ("{{l}}", ["l": .lambda(.init { _ in "{{l}}" })]),
            // An override holding a block of its own name is chosen again inside itself.
            ("{{<layout}}{{$b}}{{$b}}x{{/b}}{{/b}}{{/layout}}", [:]),
        ]
        for c in cases {
            XCTAssertThrowsError(try Template(source: c.source, name: "t").render(c.data, library: library), c.source) { error in
                guard let e = error as? TemplateError else { return XCTFail("\(error)") }
                XCTAssertTrue(e.message.contains("nested deeper than \(TemplateParser.maxDepth) levels"), e.message)
                XCTAssertGreaterThan(e.line, 0, c.source)
            }
        }
        // The partial's own name and position: line 2, column 3 of via-section.
        XCTAssertThrowsError(try Template(source: "{{>via-section}}", name: "t").render(["a": true], library: library)) { error in
            XCTAssertEqual((error as? TemplateError)?.template, "via-section")
            XCTAssertEqual((error as? TemplateError)?.line, 2)
            XCTAssertEqual((error as? TemplateError)?.column, 3)
        }
    }

    /// A 1 MB template on one line took about 50 s: every tag re-scanned its line for its
    /// column. Positions are now computed only for an error. The bound is CPU time of this
    /// thread, generous for a debug build on a busy machine, and far below the old cost.
    func testOneMegabyteOnOneLineParsesInLinearTime() throws {
        var source = String(repeating: "{{名称}}，{{#a}}{{b}}{{/a}} ", count: 40_000)
        XCTAssertGreaterThan(source.utf8.count, 1_000_000)
        var parsed: Template?
        let seconds = try cpuSeconds { parsed = try Template(source: source, name: "wide.md.mustache") }
        XCTAssertNotNil(parsed)
        XCTAssertLessThan(seconds, 3.0, "parsing 1 MB on one line")

        // An error at the end still names the right column, found once.
        source += "{{/名称}}"
        let column = source.unicodeScalars.count - "{{/名称}}".unicodeScalars.count + 1
        let errorSeconds = try cpuSeconds {
            XCTAssertThrowsError(try Template(source: source, name: "wide.md.mustache")) { error in
                XCTAssertEqual((error as? TemplateError)?.line, 1)
                XCTAssertEqual((error as? TemplateError)?.column, column)
            }
        }
        XCTAssertLessThan(errorSeconds, 3.0, "parsing 1 MB on one line with an error at its end")
    }

    /// Each section used to copy its source text, so memory grew with the square of the
    /// depth. Now sections hold byte ranges of the one source: the parsed form's own text is
    /// the distinct tag names, whatever the depth and the size of the content.
    func testNestedSectionsHoldNoCopiesOfTheirText() throws {
        let content = String(repeating: "服务企业 2599 家。", count: 200)
        let source = nested(TemplateParser.maxDepth, name: "s", inner: content)
        let template = try Template(source: source, name: "t")
        XCTAssertEqual(template.program.bytes.count, source.utf8.count, "the source is held once")
        XCTAssertEqual(template.program.heldTextBytes, 1, "the sections' one name, 's', stored once")
        // A copy per section would have held depth × content bytes.
        XCTAssertGreaterThan(TemplateParser.maxDepth * content.utf8.count, 100 * source.utf8.count / 2)
        // The raw text a lambda receives is still there, cut from the source when asked for.
        let inner = try Template(source: "{{#l}}" + content + "{{/l}}", name: "t")
        let seen = UncheckedBox<String>("")
        _ = try inner.render(["l": .lambda(.init { text in seen.value = text; return false })])
        XCTAssertEqual(seen.value, content)
    }
}

/// A mutable box handed across a thread or into a Sendable closure in a test.
final class UncheckedBox<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}

/// CPU time this thread spends in `body`: unlike wall time, it does not grow when other
/// processes share the cores.
func cpuSeconds(_ body: () throws -> Void) throws -> Double {
    func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
    let start = now()
    try body()
    return now() - start
}
