import Foundation
import XCTest
@testable import BriefKit

final class WordOutputTests: XCTestCase {
    var renderer: BriefingRenderer { BriefingRenderer(set: .builtIn) }

    func annualView() throws -> MustacheValue {
        let extractions = try ["000_d87a536be5b8778f", "001_eec11ce2cac5b232", "002_9c3f654a89426a59"].flatMap { name in
            FactExtractor().extract(try Ingestor().load(path: Paths.sample(name)))
        }
        return AnnualView.build(year: 2023, model: ComparisonModel(extractions.filter { $0.article == nil }))
    }

    func testTheAnnualBriefReadsBackWithItsTablesAndFootnotes() throws {
        let docx = try renderer.renderFile("annual", format: "docx", data: try annualView())
        var zip = try ZipArchive(docx, file: "annual.docx")
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/footnotes.xml", "docProps/core.xml"] {
            XCTAssertNotNil(try zip.contents(of: part), part)
        }
        // Every part is well-formed XML to our scanner (no DOCTYPE, nothing cut short).
        for entry in zip.entries {
            var scanner = XMLScanner(try zip.contents(of: entry))
            XCTAssertNoThrow(try { while try scanner.next() != nil {} }(), entry.name)
        }
        let (raw, properties) = try DocxText.extract(docx, path: "annual.docx")
        // Numbers keep their units by no-break spaces, and notes their figures by word
        // joiners; read them as spaces and as nothing.
        let text = raw.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{2060}", with: "")
        XCTAssertEqual(properties.title, "2023 年度简报")
        let lines = text.split(separator: "\n").map(String.init)
        // The HTML table's columns, and a row with its footnote markers numbered in order.
        XCTAssertTrue(lines.contains("指标\t本年\t上一期\t变化\t走势"), text)
        // (Footnote numbers follow the order of the brief's notes.)
        let row = lines.first { $0.hasPrefix("专业技术服务项目\t5,514 项[注") }
        XCTAssertNotNil(row, text)
        XCTAssertTrue(row?.contains("\t5,483 项（2021）[注") == true && row?.contains("\t+31 项（+0.6%）\t2021 5483 → 2023 5514") == true, row ?? "")
        let note = row.flatMap { $0.split(separator: "[").dropFirst().first.map { "[" + $0.prefix { $0 != "]" } + "]" } }
        XCTAssertTrue(lines.contains { l in note.map { l.hasPrefix($0 + " 《2023 年度社会责任报告》（2023 年），第 312 行：“") } ?? false }, text)
        // The two units of 2023 share no metric, so there is no side-by-side table; the
        // figures one document gives several values for are listed to check instead.
        XCTAssertFalse(lines.contains("单位对比"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("需核对：") }, text)
        XCTAssertTrue(lines.contains("要点"))
        // The 新 / 蝉联 mark is shaded: its run holds the word alone, not the space before it
        // (LibreOffice showed the shading start a space early).
        let body = String(decoding: try XCTUnwrap(try zip.contents(of: "word/document.xml")), as: UTF8.self)
        let marks = body.components(separatedBy: "<w:rStyle w:val=\"New\"/></w:rPr>").dropFirst()
        XCTAssertFalse(marks.isEmpty, "no 新 mark in the 2023 brief")
        for m in marks { XCTAssertTrue(m.hasPrefix("<w:t>新</w:t>") || m.hasPrefix("<w:t>蝉联</w:t>"), String(m.prefix(60))) }
        // The page-number footer is a field; its instruction is not text.
        XCTAssertFalse(text.contains("PAGE"))
        // Each page says which briefing it belongs to, and of how many pages.
        let footer = String(decoding: try XCTUnwrap(try zip.contents(of: "word/footer1.xml")), as: UTF8.self)
        XCTAssertTrue(footer.contains("2023 年度简报　·　"), footer)
        XCTAssertTrue(footer.contains(" NUMPAGES ") && footer.contains(" PAGE "), footer)
    }

    func testReferencesAndNotesMatchOneToOne() throws {
        let docx = try renderer.renderFile("annual", format: "docx", data: try annualView())
        var zip = try ZipArchive(docx, file: "a.docx")
        let document = String(decoding: try XCTUnwrap(try zip.contents(of: "word/document.xml")), as: UTF8.self)
        let notes = String(decoding: try XCTUnwrap(try zip.contents(of: "word/footnotes.xml")), as: UTF8.self)
        let references = document.components(separatedBy: "<w:footnoteReference w:id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        let ids = notes.components(separatedBy: "<w:footnote w:id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        XCTAssertFalse(references.isEmpty)
        XCTAssertEqual(Set(references).count, references.count, "one reference per note")
        XCTAssertTrue(Set(references).isSubset(of: Set(ids)), "every reference has its note")
    }

    /// A source cited twice has one note: the second reference shows its number as text in
    /// the reference's style, not a copy of the note (the digest's notes took half a page).
    func testASourceCitedTwiceSharesItsNoteAndAMissingNoteIsDropped() {
        let document = #"<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:footnoteReference w:id="7"/></w:r>"#
        let notes = #"<w:footnote w:id="1"><w:p><w:r><w:t>来源一</w:t></w:r></w:p></w:footnote>"#
        let (body, all) = WordPackage.referencedOnce(Array(document.utf8), notes: Array(notes.utf8))
        XCTAssertEqual(String(decoding: body, as: UTF8.self), #"<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>1</w:t></w:r><w:r></w:r>"#)
        XCTAssertEqual(String(decoding: all, as: UTF8.self), notes)
    }

    /// The digest's notes are short: each sits under the entry that names its article, so it
    /// says only 原文第 N 行 and the quote, not the title and date again; a source cited twice
    /// is one note; and the note style is small and set tight (7.5 pt on 10 pt lines). Before,
    /// the notes of the first page took half of it.
    func testTheDigestsNotesAreCompact() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("digest.docx").path
        let t = ["--templates", Paths.repo.appendingPathComponent("Templates").path]
        let (status, json, err) = runBrief(["digest", Paths.sample("003_8681bce01ccbf3f3"), "--format", "json"] + t)
        XCTAssertEqual(status, .success, err)
        XCTAssertEqual(runBrief(["digest", Paths.sample("003_8681bce01ccbf3f3"), "--format", "docx", "-o", out] + t).0, .success)
        let view = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let sources = try XCTUnwrap(view?["sources"] as? [Any])
        var zip = try ZipArchive([UInt8](try XCTUnwrap(FileManager.default.contents(atPath: out))), file: out)
        let document = String(decoding: try XCTUnwrap(try zip.contents(of: "word/document.xml")), as: UTF8.self)
        let notes = String(decoding: try XCTUnwrap(try zip.contents(of: "word/footnotes.xml")), as: UTF8.self)
        let texts = notes.components(separatedBy: "<w:footnote w:id=\"").dropFirst().map { $0.components(separatedBy: "<w:t xml:space=\"preserve\">").dropFirst().first ?? "" }
        XCTAssertEqual(texts.count, sources.count, "one note per source, no copies")
        XCTAssertEqual(document.components(separatedBy: "<w:footnoteReference ").count - 1, sources.count)
        for text in texts {
            XCTAssertTrue(text.hasPrefix(" 原文第 "), text)
            XCTAssertFalse(text.contains("）（2025-"), "the article's title and date are in its entry: \(text)")
        }
        // The 200架订单 article cites one quote twice: its note's number is shown again as text.
        XCTAssertTrue(document.contains("订单</w:t></w:r><w:r><w:t xml:space=\"preserve\">&#x2060;</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:t>5</w:t></w:r>"),
                      "a repeated reference shows the note's number")
        let styles = String(decoding: try XCTUnwrap(try zip.contents(of: "word/styles.xml")), as: UTF8.self)
        let style = try XCTUnwrap(styles.components(separatedBy: "w:styleId=\"FootnoteText\"").dropFirst().first?.components(separatedBy: "</w:style>").first)
        XCTAssertTrue(style.contains("<w:sz w:val=\"15\"/>") && style.contains("w:line=\"200\" w:lineRule=\"exact\""), style)
        // The annual brief's notes still name their report.
        let annual = try renderer.renderFile("annual", format: "docx", data: try annualView())
        var annualZip = try ZipArchive(annual, file: "annual.docx")
        let annualNotes = String(decoding: try XCTUnwrap(try annualZip.contents(of: "word/footnotes.xml")), as: UTF8.self)
            .replacingOccurrences(of: "\u{00A0}", with: " ")
        XCTAssertTrue(annualNotes.contains("《2023 年度社会责任报告》（2023 年），第 312 行：“"))
        XCTAssertFalse(annualNotes.contains("原文第"))
    }

    /// The Word diff shades its cues as the HTML colours them: a rise's change cell light
    /// green, a fall's light red, no change none; and in the outline table a section new in
    /// the later report green, one no longer there red (the HTML's td.added and td.removed).
    func testTheWordDiffShadesRisesFallsAndTheOutline() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("diff.docx").path
        let (status, _, err) = runBrief(["diff", Paths.sample("001_eec11ce2cac5b232"), Paths.sample("000_d87a536be5b8778f"), "--format", "docx", "-o", out,
                                         "--templates", Paths.repo.appendingPathComponent("Templates").path])
        XCTAssertEqual(status, .success, err)
        var zip = try ZipArchive([UInt8](try XCTUnwrap(FileManager.default.contents(atPath: out))), file: out)
        let document = String(decoding: try XCTUnwrap(try zip.contents(of: "word/document.xml")), as: UTF8.self)
        let rows = document.components(separatedBy: "<w:tr>").dropFirst().map { $0.components(separatedBy: "</w:tr>")[0] }
        func row(_ name: String) -> String { rows.first { $0.contains(">\(name)</w:t>") } ?? "" }
        /// The fill of a row's last cell (the change), or "" when it has none.
        func changeFill(_ name: String) -> String {
            let cell = row(name).components(separatedBy: "<w:tc>").last ?? ""
            return cell.components(separatedBy: "w:fill=\"").dropFirst().first.map { String($0.prefix(6)) } ?? ""
        }
        XCTAssertEqual(changeFill("专业技术服务项目"), "E6F4EA", row("专业技术服务项目"))
        XCTAssertEqual(changeFill("客户服务满意度指数"), "E6F4EA")
        XCTAssertEqual(changeFill("服务企业"), "FCE8E6", row("服务企业"))
        XCTAssertEqual(changeFill("市级荣誉"), "FCE8E6")
        XCTAssertEqual(changeFill("客户投诉率"), "", "no change, no shading")
        XCTAssertEqual(changeFill("营业收入"), "", "no change to show")
        let added = rows.filter { $0.contains(">新增</w:t>") }, removed = rows.filter { $0.contains(">不再有</w:t>") }
        XCTAssertFalse(added.isEmpty || removed.isEmpty)
        XCTAssertTrue(added.allSatisfy { $0.components(separatedBy: "w:fill=\"F0F9F2\"").count == 4 }, "each cell of an added section")
        XCTAssertTrue(removed.allSatisfy { $0.components(separatedBy: "w:fill=\"FDF1F0\"").count == 4 }, "each cell of a removed section")
        XCTAssertFalse(rows.filter { $0.contains(">对应</w:t>") }.contains { $0.contains("w:fill=") }, "a matched section is not shaded")
    }

    /// A note quoting a table row sets its cells apart by one space in every format: its tabs
    /// (two for an empty cell) were wide gaps in Word (“2		上海软件中心（集体）	上海市妇女之家示范点…”).
    func testANoteQuotingATableRowHasNoTabs() throws {
        let t = ["--templates", Paths.repo.appendingPathComponent("Templates").path]
        let (status, json, err) = runBrief(["annual", "--year", "2021", Paths.samples.path, "--format", "json"] + t)
        XCTAssertEqual(status, .success, err)
        let view = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let quotes = try XCTUnwrap(view?["sources"] as? [[String: Any]]).compactMap { $0["quote"] as? String }
        XCTAssertTrue(quotes.contains("2 上海软件中心（集体） 上海市妇女之家示范点 上海市妇女联合会"), "\(quotes)")
        XCTAssertFalse(quotes.contains { $0.contains("\t") })
        XCTAssertEqual(SourceNotes.spaced("24\t\t上海软件中心（集体）\t微光成炬"), "24 上海软件中心（集体） 微光成炬")
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("annual.docx").path
        XCTAssertEqual(runBrief(["annual", "--year", "2021", Paths.samples.path, "--format", "docx", "-o", out] + t).0, .success)
        var zip = try ZipArchive([UInt8](try XCTUnwrap(FileManager.default.contents(atPath: out))), file: out)
        let notes = String(decoding: try XCTUnwrap(try zip.contents(of: "word/footnotes.xml")), as: UTF8.self)
        XCTAssertFalse(notes.contains("\t"))
    }

    /// Notes cited out of id order are renumbered in reading order and listed in it: a
    /// reader that pairs by position (LibreOffice) shows each reference its own source.
    func testNotesAreNumberedAndListedInReadingOrder() {
        let document = #"<w:footnoteReference w:id="5"/>|<w:footnoteReference w:id="3"/>|<w:footnoteReference w:id="5"/>"#
        let notes = #"<w:footnote w:id="3"><w:t>三</w:t></w:footnote><w:footnote w:id="5"><w:t>五</w:t></w:footnote>"#
        let (body, all) = WordPackage.referencedOnce(Array(document.utf8), notes: Array(notes.utf8))
        XCTAssertEqual(String(decoding: body, as: UTF8.self),
                       #"<w:footnoteReference w:id="1"/>|<w:footnoteReference w:id="2"/>|<w:t>1</w:t>"#)
        XCTAssertEqual(String(decoding: all, as: UTF8.self),
                       #"<w:footnote w:id="1"><w:t>五</w:t></w:footnote><w:footnote w:id="2"><w:t>三</w:t></w:footnote>"#)
    }

    func testDocumentTextIsEscapedAndControlCharactersCannotBreakTheXML() throws {
        let view: MustacheValue = ["title": "A<B>&“C”\u{0C}\u{01}", "scope": "1 个单位", "units": [], "hasUnits": false, "years": [], "hasYears": false,
                                   "diffs": .list([["title": "x</w:t><w:t>y", "name": "d"]]), "hasDiffs": true, "digests": [], "hasDigests": false]
        let docx = try renderer.renderFile("index", format: "docx", data: view)
        var zip = try ZipArchive(docx, file: "i.docx")
        let document = String(decoding: try XCTUnwrap(try zip.contents(of: "word/document.xml")), as: UTF8.self)
        XCTAssertTrue(document.contains("x&lt;/w:t&gt;&lt;w:t&gt;y"), document)
        let core = String(decoding: try XCTUnwrap(try zip.contents(of: "docProps/core.xml")), as: UTF8.self)
        XCTAssertTrue(core.contains("<dc:title>A&lt;B&gt;&amp;“C”  </dc:title>"), core)
    }

    func testTheSameViewGivesTheSameBytes() throws {
        let view = try annualView()
        XCTAssertEqual(try renderer.renderFile("annual", format: "docx", data: view), try renderer.renderFile("annual", format: "docx", data: view))
    }

    func testASummaryIsShownWhenTheViewHasOne() throws {
        var view = try annualView()
        if case var .object(o) = view { o["summary"] = .list([]); view = .object(o) }
        let without = try DocxText.extract(try renderer.renderFile("annual", format: "docx", data: view), path: "a").text
        XCTAssertFalse(without.contains("要点"))
        if case var .object(o) = view { o["summary"] = .list(["服务企业减少 114 家。", "满意度提高 0.4 个百分点。"]); view = .object(o) }
        let with = try DocxText.extract(try renderer.renderFile("annual", format: "docx", data: view), path: "a").text
            .replacingOccurrences(of: "\u{00A0}", with: " ")
        XCTAssertTrue(with.contains("要点\n• 服务企业减少 114 家。\n• 满意度提高 0.4 个百分点。\n"), with)
    }

    func testEveryBriefingCommandWritesWord() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let t = ["--templates", Paths.repo.appendingPathComponent("Templates").path]
        let runs: [[String]] = [
            ["annual", "--year", "2023", Paths.samples.path],
            ["diff", Paths.sample("001_eec11ce2cac5b232"), Paths.sample("000_d87a536be5b8778f")],
            ["digest", Paths.sample("003_8681bce01ccbf3f3"), "--since", "2025-11-01"],
            ["unit", "--unit", "上海软件中心", Paths.samples.path],
        ]
        for args in runs {
            let out = dir.appendingPathComponent(args[0] + ".docx").path
            let (status, _, err) = runBrief(args + ["--format", "docx", "-o", out] + t)
            XCTAssertEqual(status, .success, "\(args[0]): \(err)")
            XCTAssertNoThrow(try DocxText.extract([UInt8](try XCTUnwrap(FileManager.default.contents(atPath: out))), path: out), args[0])
        }
        let (status, _, err) = runBrief(["annual", "--year", "2023", "--format", "docx"] + t)
        XCTAssertEqual(status, .usage)
        XCTAssertTrue(err.contains("a Word briefing is a file; give one with -o"), err)

        let out = dir.appendingPathComponent("build").path
        let (built, _, buildErr) = runBrief(["build", Paths.samples.path, "--out", out, "--format", "md,html,docx"] + t)
        XCTAssertEqual(built, .success, buildErr)
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        for name in ["annual-2023", "diff-上海计算机软件技术开发中心-csr-report-2021-2023", "digest-003_8681bce01ccbf3f3", "index", "unit-上海计算机软件技术开发中心"] {
            for ext in ["md", "html", "docx"] { XCTAssertTrue(files.contains("\(name).\(ext)"), "\(name).\(ext)") }
        }
        XCTAssertEqual(runBrief(["build", "--format", "md,pdf"]).0, .usage)
    }

    /// The widths of a Word table's columns, from its `w:tblGrid`, table by table.
    static func grids(_ document: String) -> [[Int]] {
        document.components(separatedBy: "<w:tblGrid>").dropFirst().map { grid in
            grid.components(separatedBy: "</w:tblGrid>")[0]
                .components(separatedBy: "<w:gridCol w:w=\"").dropFirst().compactMap { Int($0.prefix { $0 != "\"" }) }
        }
    }

    /// Word sizes columns by what the view says, not by content: figure columns as wide as
    /// their values, the label column the rest, the whole the page's text width, and a
    /// column left out of the table left out of its grid.
    func testWordColumnsAreNarrowForFiguresAndWideForLabels() throws {
        let model = ComparisonModel(try ["000_d87a536be5b8778f", "001_eec11ce2cac5b232", "002_9c3f654a89426a59"].flatMap { name in
            FactExtractor().extract(try Ingestor().load(path: Paths.sample(name)))
        })
        for (name, view) in [("unit", UnitView.build(unit: "上海计算机软件技术开发中心", model: model)), ("annual", try annualView())] {
            var zip = try ZipArchive(try renderer.renderFile(name, format: "docx", data: view), file: "\(name).docx")
            let document = String(decoding: try XCTUnwrap(try zip.contents(of: "word/document.xml")), as: UTF8.self)
            let grids = Self.grids(document).filter { $0.count > 2 }
            XCTAssertFalse(grids.isEmpty, name)
            for grid in grids {
                XCTAssertEqual(grid.reduce(0, +), ColumnWidths.page, "\(name): \(grid)")
                XCTAssertTrue(grid.dropFirst().allSatisfy { $0 <= grid[0] }, "\(name): the label column is the widest: \(grid)")
            }
            if name == "unit" {
                XCTAssertEqual(grids[0].count, 6, "指标, four years, 最近变化")
                // 国家及本市级科技进步奖 on one line (11 characters of 9 pt), the rest for the figures.
                XCTAssertEqual(grids[0][0], 12 * 180 + 160)
            } else {
                // The district's first report: 指标, 本年, 变化; the software centre's all five.
                XCTAssertEqual(grids.map(\.count).sorted(), [3, 5], "\(grids)")
                let text = try DocxText.extract(try renderer.renderFile(name, format: "docx", data: view), path: "a").text
                XCTAssertTrue(text.contains("指标\t本年\t变化\n"), text)
            }
        }
        // Many figure columns: the widest give way first, the label keeps its third.
        let many = ColumnWidths.widths(figures: [["5,514 项"]] + Array(repeating: ["1,234,567.89 万元（引用）"], count: 3))
        XCTAssertEqual(many.label + many.figures.reduce(0, +), ColumnWidths.page)
        XCTAssertGreaterThanOrEqual(many.label, ColumnWidths.page / 3)
        XCTAssertEqual(many.figures[0], ColumnWidths.widths(figures: [["5,514 项"]]).figures[0], "a short number keeps its width")
        // A long change gets the room short labels leave; long labels keep it.
        let change = ["较 2022 年提高 2.03 个百分点"]
        XCTAssertGreaterThan(ColumnWidths.widths(label: ["满意率"], figures: [change]).figures[0], ColumnWidths.figureCap)
        XCTAssertEqual(ColumnWidths.widths(label: [String(repeating: "研发服务两大产业", count: 6)], figures: [change]).figures[0], ColumnWidths.figureCap)
    }

    /// A link in a Word briefing shows its title and takes the reader to its target, as in
    /// HTML: an article's title opens the article, the index's entries open the briefings;
    /// no URL or file name is printed. A feed's URL stays text, escaped, in the relationship.
    func testWordLinksAreShownByTitle() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feed = dir.appendingPathComponent("feed.json")
        try #"""
        [{"title": "甲文：服务企业", "time": "2025-01-02", "url": "https://example.org/a?x=1&y=\"2\"><w:t>", "content": "服务企业 12 家。"},
         {"title": "乙文", "time": "2025-01-03", "url": "javascript:alert(1)", "content": "服务企业 30 家。"}]
        """#.write(to: feed, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("digest.docx").path
        let (status, _, err) = runBrief(["digest", feed.path, "--format", "docx", "-o", out])
        XCTAssertEqual(status, .success, err)
        let docx = [UInt8](try XCTUnwrap(FileManager.default.contents(atPath: out)))
        var zip = try ZipArchive(docx, file: "digest.docx")
        let document = String(decoding: try XCTUnwrap(try zip.contents(of: "word/document.xml")), as: UTF8.self)
        let rels = String(decoding: try XCTUnwrap(try zip.contents(of: "word/_rels/document.xml.rels")), as: UTF8.self)
        XCTAssertTrue(document.contains(#"<w:hyperlink r:id="rIdLink1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">甲文：服务企业</w:t></w:r></w:hyperlink>"#), document)
        XCTAssertTrue(rels.contains(#"<Relationship Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/a?x=1&amp;y=&quot;2&quot;&gt;&lt;w:t&gt;" TargetMode="External"/>"#), rels)
        XCTAssertFalse(rels.contains("javascript") || document.contains("javascript"), "only http(s) links")
        XCTAssertEqual(document.components(separatedBy: "<w:hyperlink ").count, 2, "乙文 is no link")
        for entry in zip.entries {
            var scanner = XMLScanner(try zip.contents(of: entry))
            XCTAssertNoThrow(try { while try scanner.next() != nil {} }(), entry.name)
        }
        let text = try DocxText.extract(docx, path: out).text
        XCTAssertTrue(text.contains("甲文：服务企业") && !text.contains("example.org"), text)

        // The index names each briefing by its title and links to its file.
        let build = dir.appendingPathComponent("build")
        XCTAssertEqual(runBrief(["build", Paths.samples.path, "--out", build.path, "--format", "docx", "-q"]).0, .success)
        let index = [UInt8](try XCTUnwrap(FileManager.default.contents(atPath: build.appendingPathComponent("index.docx").path)))
        var indexZip = try ZipArchive(index, file: "index.docx")
        let indexRels = String(decoding: try XCTUnwrap(try indexZip.contents(of: "word/_rels/document.xml.rels")), as: UTF8.self)
        for target in ["annual-2023.docx", "unit-上海计算机软件技术开发中心.docx", "diff-上海计算机软件技术开发中心-csr-report-2021-2023.docx"] {
            XCTAssertTrue(indexRels.contains(#"Target="\#(target)" TargetMode="External""#), target)
        }
        let indexText = try DocxText.extract(index, path: "index.docx").text.replacingOccurrences(of: "\u{00A0}", with: " ")
        XCTAssertFalse(indexText.contains(".docx"), indexText)
        XCTAssertTrue(indexText.contains("• 2023 年度简报（2 个单位）"), indexText)
    }

    /// Links to one target share its relationship; ids follow reading order.
    func testLinksToOneTargetShareARelationship() {
        let document = #"<w:hyperlink r:id="link:b.docx">B</w:hyperlink><w:hyperlink r:id="link:a.docx">A</w:hyperlink><w:hyperlink r:id="link:b.docx">B</w:hyperlink>"#
        let (body, links) = WordPackage.hyperlinks(in: Array(document.utf8))
        XCTAssertEqual(String(decoding: body, as: UTF8.self),
                       #"<w:hyperlink r:id="rIdLink1">B</w:hyperlink><w:hyperlink r:id="rIdLink2">A</w:hyperlink><w:hyperlink r:id="rIdLink1">B</w:hyperlink>"#)
        XCTAssertEqual(links.map(\.id), ["rIdLink1", "rIdLink2"])
        XCTAssertEqual(links.map(\.target), ["b.docx", "a.docx"])
    }

    func testTheConfigAcceptsWord() throws {
        let config = try RunConfig.parse(#"{"inputs": ["samples"], "formats": ["md", "docx"]}"#, file: "/tmp/brief.json", base: "/tmp")
        XCTAssertEqual(config.formats, ["md", "docx"])
        XCTAssertThrowsError(try RunConfig.parse(#"{"inputs": ["samples"], "formats": ["pdf"]}"#, file: "/tmp/brief.json", base: "/tmp"))
    }

    /// LibreOffice opens the Word brief: converted to PDF, its text has the tables' Chinese
    /// and the footnotes (the PNG pages were looked at by hand; see the README).
    func testLibreOfficeOpensTheWordBrief() throws {
        let text = try Self.laidOutByLibreOffice(try renderer.renderFile("annual", format: "docx", data: try annualView()), name: "annual-2023")
        for expected in ["2023 年度简报", "要点", "专业技术服务项目", "5,514 项", "5,483 项（2021）", "《2023 年度社会责任报告》（2023 年），第 312 行", "需核对"] {
            XCTAssertTrue(text.contains(expected), expected)
        }
    }

    /// The text of a Word file as LibreOffice lays it out on A4 (converted to PDF, read by
    /// pdftotext): a line of it is a line on the page.
    static func laidOutByLibreOffice(_ docx: [UInt8], name: String) throws -> String {
        guard let soffice = Platform.findExecutable("soffice") else { throw XCTSkip("LibreOffice not installed: Word output not opened") }
        try Formats.requirePDFToText()
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(name + ".docx")
        try Data(docx).write(to: file)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: soffice)
        p.arguments = ["-env:UserInstallation=file://" + dir.appendingPathComponent("profile").path, "--headless", "--convert-to", "pdf", "--outdir", dir.path, file.path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return String(decoding: try PDFText.extract(path: dir.appendingPathComponent(name + ".pdf").path), as: UTF8.self)
    }

    /// A unit page's 最近变化 in Word: the change, and under it the years it compares, whole
    /// (（2023 较 2021）): a narrow column never breaks inside them (±0（2023 较 202 / 1）).
    func testAUnitPagesChangeKeepsItsYearsOnOneLine() throws {
        let model = ComparisonModel(try ["000_d87a536be5b8778f", "001_eec11ce2cac5b232"].flatMap { name in
            FactExtractor().extract(try Ingestor().load(path: Paths.sample(name)))
        })
        let docx = try renderer.renderFile("unit", format: "docx", data: UnitView.build(unit: "上海计算机软件技术开发中心", model: model))
        var zip = try ZipArchive(docx, file: "unit.docx")
        let document = String(decoding: try XCTUnwrap(try zip.contents(of: "word/document.xml")), as: UTF8.self)
        // Five metrics have a change: each has its years on a line of their own, joined by
        // no-break spaces.
        XCTAssertEqual(document.components(separatedBy: "<w:br/><w:t xml:space=\"preserve\">（2023\u{00A0}较\u{00A0}2021）</w:t>").count - 1, 5, document)
        // As laid out (pdftotext -layout: a table row is a line): the change ends its row's line
        // and the years are the next line, whole.
        let lines = try Self.laidOutByLibreOffice(docx, name: "unit").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let table = lines.filter { $0.contains("较 20") || $0.hasSuffix("较") || $0.hasPrefix("客户投诉率") }.joined(separator: "\n")
        XCTAssertEqual(lines.filter { $0 == "（2023 较 2021）" }.count, 5, table)
        XCTAssertTrue(lines.contains { $0.hasPrefix("客户投诉率") && $0.hasSuffix("±0") }, table)
    }
}
