import Foundation
import XCTest
@testable import BriefTemplate

final class TemplateTests: XCTestCase {
    func testHTMLEscaping() throws {
        let t = try Template(source: "<p>{{x}}</p>{{{x}}}", name: "t.html.mustache")
        let out = try t.render(["x": "<script>alert('x')</script> & \"q\""])
        XCTAssertEqual(out, "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p><script>alert('x')</script> & \"q\"")
    }

    /// Document text placed in a Markdown table cell must stay in its cell and stay inert.
    func testMarkdownEscaperNeutralisesInjection() throws {
        let cases: [(input: String, expected: String)] = [
            ("a|b", "a\\|b"),
            ("第一行\n第二行", "第一行 第二行"),
            ("# 标题", "\\# 标题"),
            ("[点我](javascript:alert(1))", "\\[点我\\]\\(javascript:alert\\(1\\)\\)"),
            ("![img](http://x/y.png)", "\\!\\[img\\]\\(http://x/y.png\\)"),
            ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
            ("*强调* _斜体_ `代码`", "\\*强调\\* \\_斜体\\_ \\`代码\\`"),
            ("> 引用", "\\&gt; 引用"),
            ("- 列表", "\\- 列表"),
            ("+31 项（+0.6%）", "+31 项（+0.6%）"),
            ("-3.5%", "-3.5%"),
            ("+ 列表", "\\+ 列表"),
            ("2023. 年度", "2023\\. 年度"),
            ("2023.5 万元", "2023.5 万元"),
            ("1.", "1\\."),
            ("97.7%", "97.7%"),
            ("5,514 项", "5,514 项"),
        ]
        for c in cases {
            XCTAssertEqual(ContentType.escapeMarkdown(c.input), c.expected, c.input)
        }
        // Random mixes of the special characters, spaces, line ends and Chinese text: the same
        // as escaping scalar by scalar with the rules above.
        var rng = SplitMix64(state: 3)
        let pieces = ["\\", "`", "*", "_", "[", "]", "|", "!", "~", "{", "}", "(", ")", "<", ">", "&", "#", "-", "+", "=",
                      " ", "\n", "\t", "\r", "\r\n", "服务", "é", "😀", "a", "5", "12", "."]
        for _ in 0..<2000 {
            let input = (0..<Int(rng.next() % 12)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            XCTAssertEqual(ContentType.escapeMarkdown(input), Self.markdownByScalar(input), input.debugDescription)
        }
        let t = try Template(source: "| 指标 | 值 |\n|---|---|\n| {{name}} | {{value}} |\n", name: "t.md.mustache")
        let out = try t.render(["name": "服务|企业\n<b>x</b>", "value": "5514"])
        let row = out.split(separator: "\n")[2]
        // Exactly three unescaped pipes: the row keeps its two cells.
        let bare = row.enumerated().filter { i, ch in ch == "|" && (i == 0 || Array(row)[i - 1] != "\\") }
        XCTAssertEqual(bare.count, 3, String(row))
        XCTAssertFalse(out.contains("<b>"))
    }

    func testContentTypeFromFileName() {
        XCTAssertEqual(ContentType.forTemplate(named: "annual.html.mustache"), .html)
        XCTAssertEqual(ContentType.forTemplate(named: "annual.md.mustache"), .markdown)
        XCTAssertEqual(ContentType.forTemplate(named: "plain.txt.mustache"), .none)
    }

    func testEscapingHoldsInsidePartialsAndParents() throws {
        let lib = TemplateLibrary.dictionary(["p": "{{x}}", "layout": "[{{$b}}{{/b}}]"])
        let t = try Template(source: "{{>p}} {{<layout}}{{$b}}{{x}}{{/b}}{{/layout}}", name: "t.html.mustache")
        XCTAssertEqual(try t.render(["x": "<i>"], library: lib), "&lt;i&gt; [&lt;i&gt;]")
    }

    func testChineseNamesAndNumbersAsWritten() throws {
        let t = try Template(source: "{{单位}}:{{#指标}} {{名称}}={{值}}{{/指标}}", name: "t")
        let data: MustacheValue = ["单位": "上海软件中心", "指标": [["名称": "满意度", "值": .number("97.7")], ["名称": "项目", "值": .number("5514")],
                                                        ["名称": "比率", "值": .number("1.210")], ["名称": "增长", "值": .double(0.1)]]]
        XCTAssertEqual(try t.render(data), "上海软件中心: 满意度=97.7 项目=5514 比率=1.21 增长=0.1")
    }

    /// Keys are compared by bytes first, then as Strings: a name spelled in another
    /// normalisation form, or with a CJK compatibility ideograph, still finds its value.
    func testNamesFindCanonicallyEquivalentKeys() throws {
        let cases: [(template: String, key: String)] = [
            ("{{caf\u{E9}}}", "cafe\u{301}"),            // é composed in the template, decomposed in the data
            ("{{cafe\u{301}}}", "caf\u{E9}"),
            ("{{\u{8C48}}}", "\u{F900}"),                 // 豈 and its compatibility twin
            ("{{单位.\u{8C48}}}", "\u{F900}"),
        ]
        for c in cases {
            let data: MustacheValue = c.template.contains(".") ? ["单位": [c.key: "值"]] : [c.key: "值", "其他": "x"]
            XCTAssertEqual(try Template(source: c.template, name: "t").render(data, strict: true), "值", c.template.debugDescription)
        }
    }

    /// Parse errors point at the tag: template, line and column.
    func testParseErrorsNameLineAndColumn() {
        let cases: [(source: String, message: String, line: Int, column: Int)] = [
            ("a\n  {{#s}}\nb", "unclosed section 's'", 2, 3),
            ("{{#a}}\n{{/b}}", "does not match 'a'", 2, 1),
            ("x {{/a}}", "has no open section", 1, 3),
            ("中文 {{=<% =}}", "bad delimiter change", 1, 4),
            ("line\n 单位{{name", "unclosed tag", 2, 4),
            ("{{}}", "empty tag name", 1, 1),
        ]
        for c in cases {
            XCTAssertThrowsError(try Template(source: c.source, name: "brief.md.mustache"), c.source) { error in
                guard let e = error as? TemplateError else { return XCTFail("\(error)") }
                XCTAssertTrue(e.message.contains(c.message), "\(c.source): \(e.message)")
                XCTAssertEqual(e.template, "brief.md.mustache")
                XCTAssertEqual(e.line, c.line, c.source)
                XCTAssertEqual(e.column, c.column, c.source)
            }
        }
    }

    func testStrictModeReportsMissingNamesAndPartialsAtTheTag() throws {
        let cases: [(source: String, message: String, line: Int, column: Int)] = [
            ("ok\n  {{missing}}", "no value named 'missing'", 2, 3),
            ("{{#a.b}}x{{/a.b}}", "no value named 'a.b'", 1, 1),
            ("\n\n{{> nothere}}", "no partial named 'nothere'", 3, 1),
        ]
        for c in cases {
            let t = try Template(source: c.source, name: "annual.md.mustache")
            XCTAssertEqual(try t.render(["a": [:]]).contains("x"), false, "lenient mode renders")
            XCTAssertThrowsError(try t.render(["a": [:]], strict: true), c.source) { error in
                guard let e = error as? TemplateError else { return XCTFail("\(error)") }
                XCTAssertTrue(e.message.contains(c.message), e.message)
                XCTAssertEqual(e.template, "annual.md.mustache")
                XCTAssertEqual(e.line, c.line, c.source)
                XCTAssertEqual(e.column, c.column, c.source)
            }
        }
        // Present-but-null is not missing: optional parts of a briefing use it.
        XCTAssertEqual(try Template(source: "[{{#n}}x{{/n}}]", name: "t").render(["n": nil], strict: true), "[]")
    }

    func testPartialNamesCannotLeaveTheTemplateFolder() throws {
        let dir = try TemplatePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = dir.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "secret".write(to: dir.appendingPathComponent("secret.mustache"), atomically: true, encoding: .utf8)
        try "inner {{x}}".write(to: root.appendingPathComponent("sub/part.md.mustache"), atomically: true, encoding: .utf8)
        try "plain".write(to: root.appendingPathComponent("sub/shared.mustache"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("link.mustache"),
                                                   withDestinationURL: dir.appendingPathComponent("secret.mustache"))
        let lib = TemplateLibrary.folder(root.path, kind: "md")
        XCTAssertEqual(try Template(source: "{{>sub/part}}|{{>sub/shared}}", name: "a.md.mustache").render(["x": "1"], library: lib),
                       "inner 1|plain")
        for bad in ["../secret", "/etc/passwd", "sub/../../secret", "link", "./sub/part"] {
            let t = try Template(source: "{{>\(bad)}}", name: "a.md.mustache")
            XCTAssertThrowsError(try t.render([:], library: lib), bad) { error in
                XCTAssertNotNil(error as? TemplateError, bad)
                XCTAssertTrue("\(error)".contains("outside") || "\(error)".contains("inside"), "\(bad): \(error)")
            }
        }
    }

    func testRecursivePartialIsStoppedWithAnError() throws {
        let lib = TemplateLibrary.dictionary(["loop": "{{>loop}}"])
        XCTAssertThrowsError(try Template(source: "{{>loop}}", name: "t").render([:], library: lib)) { error in
            XCTAssertTrue("\(error)".contains("nested deeper"))
        }
    }

    /// The Markdown rules applied scalar by scalar: the reference for the byte version.
    static func markdownByScalar(_ text: String) -> String {
        var out = ""
        var atStart = true
        let all = Array(text.unicodeScalars)
        var orderedPoint = -1
        if let first = all.firstIndex(where: { $0 != " " && $0 != "\r" }), all[first].properties.numericType != nil, ("0"..."9").contains(all[first]) {
            var k = first
            while k < all.count, ("0"..."9").contains(all[k]), k - first < 9 { k += 1 }
            if k < all.count, all[k] == ".", k + 1 == all.count || all[k + 1] == " " || all[k + 1] == "\t" { orderedPoint = k }
        }
        for (i, u) in all.enumerated() {
            if i == orderedPoint { out += "\\."; atStart = false; continue }
            let beforeDigit = i + 1 < all.count && ("0"..."9").contains(all[i + 1])
            switch u {
            case "-" where atStart && beforeDigit, "+" where atStart && beforeDigit: out += String(u)
            case "\r": continue
            case "\n", "\t": out += " "; atStart = false; continue
            case "\\", "`", "*", "_", "[", "]", "|", "!", "~", "{", "}", "(", ")": out += "\\" + String(u)
            case "<": out += "&lt;"
            case ">": out += atStart ? "\\&gt;" : "&gt;"
            case "&": out += "&amp;"
            case "#", "-", "+", "=": out += (atStart ? "\\" : "") + String(u)
            default: out += String(u)
            }
            if u != " " { atStart = false }
        }
        return out
    }

    /// Block re-indentation cuts lines as a Character split at "\n" does.
    func testBlockLinesMatchCharacterSplit() {
        for text in ["", "a", "\n", "a\nb", "a\r\nb", "\r\n\n", "行一\n行二\r\n行三\n", "x\r", "\n\u{301}y", " \n\t\n"] {
            XCTAssertEqual(TemplateRenderer.lines(of: text), text.split(separator: "\n", omittingEmptySubsequences: false), text.debugDescription)
        }
    }
}
