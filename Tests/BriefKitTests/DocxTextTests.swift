import Foundation
import XCTest
@testable import BriefKit

final class DocxTextTests: XCTestCase {
    func lines(_ docx: [UInt8]) throws -> [String] {
        try DocxText.extract(docx, path: "t.docx").text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func testLibreOfficeFileGivesHeadingsParagraphsFootnoteAndProperties() throws {
        let (text, properties) = try DocxText.extract(try Formats.bytes("csr-2023.docx"), path: "csr-2023.docx")
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.prefix(4), [" 上海计算机软件技术开发中心", "2023 年度社会责任报告", "1. 基础信息", "1.1. 编制说明"])
        XCTAssertTrue(lines.contains("上海计算机软件技术开发中心（以下简称“上海软件中心”）[注1]"))
        XCTAssertTrue(lines.contains("年上海软件中心专业技术服务项目 5514 项，服务企业 2599 家。客户"))
        XCTAssertEqual(lines.last, "[注1] 本报告由上海软件中心综合办公室编制，对外公开发布。")
        // The running header and page-number footer of the page style are not body text.
        XCTAssertFalse(text.contains("上海计算机软件技术开发中心 · 2023 年度社会责任报告"))
        XCTAssertEqual(properties.title, "上海计算机软件技术开发中心2023年度社会责任报告")
        XCTAssertEqual(properties.date, "2024-11-20")
        XCTAssertFalse(properties.dateIsPublication)
    }

    func testLibreOfficeHeadingStylesGiveOutlineLevels() throws {
        var zip = try ZipArchive(try Formats.bytes("csr-2023.docx"), file: "csr-2023.docx")
        let styles = try WordStyles(xml: try XCTUnwrap(try zip.contents(of: "word/styles.xml")), part: "styles", file: "f")
        let body = try WordBodyReader.read(try XCTUnwrap(try zip.contents(of: "word/document.xml")), part: "document", file: "f", styles: styles)
        let headings = body.blocks.compactMap { block -> String? in
            if case let .heading(level, text) = block { return "\(level) \(text)" }
            return nil
        }
        XCTAssertEqual(Array(headings.prefix(3)), ["1 1. 基础信息", "2 1.1. 编制说明", "2 1.2. 发布声明"])
    }

    func testTablesAreTabSeparatedRowsTheTableRulesRead() throws {
        let (text, _) = try DocxText.extract(try Formats.bytes("budget-2024.docx"), path: "budget-2024.docx")
        XCTAssertTrue(text.contains("\n一、财政拨款收入\t5,474,429,543\t一、教育支出\t48,005,761\n"), "table row")
        XCTAssertTrue(text.contains("\n项目\t预算数\t项目\t预算数\n"))
    }

    func testWordConstructsReadAsTheyShow() throws {
        let mc = #"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#
        let body = [
            // Chinese Word: heading style ids are numbers; their names say heading.
            Formats.p("一、总体情况", style: "2"),
            Formats.p("直接大纲级别", properties: #"<w:outlineLvl w:val="1"/>"#),
            // Deleted text, a field's instruction, hidden text and a tab.
            #"<w:p><w:r><w:t>服务企业</w:t></w:r><w:del><w:r><w:delText>删掉</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> 2,599 家</w:t></w:r>"#
                + #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>（3）</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
                + #"<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:tab/><w:t>尾</w:t></w:r></w:p>"#,
            // A text box written twice, for new and old readers: read once.
            #"<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>"# + Formats.p("文本框") + #"</w:txbxContent></w:drawing></mc:Choice>"#
                + #"<mc:Fallback><w:pict><w:txbxContent>"# + Formats.p("文本框") + #"</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r></w:p>"#,
            // A merged cell, a cell of two paragraphs, a nested table.
            "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + Formats.p("合计") + "</w:tc><w:tc>" + Formats.p("1,234") + "</w:tc></w:tr>"
                + "<w:tr><w:tc>" + Formats.p("甲") + Formats.p("乙") + "</w:tc><w:tc><w:tbl><w:tr><w:tc>" + Formats.p("内") + "</w:tc><w:tc>" + Formats.p("表") + "</w:tc></w:tr></w:tbl><w:p/></w:tc><w:tc>" + Formats.p("5") + "</w:tc></w:tr></w:tbl>",
            // Footnote references, numbered as the text makes them, the same note once.
            #"<w:p><w:r><w:t>满意度 97.7%</w:t></w:r><w:r><w:footnoteReference w:id="5"/></w:r><w:r><w:t>，投诉率 0</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:footnoteReference w:id="5"/></w:r></w:p>"#,
            "<w:p/>",
        ].joined()
        let styles = #"<w:styles \#(Formats.w)><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="x"/><w:basedOn w:val="2"/></w:style></w:styles>"#
        let notes = #"<w:footnotes \#(Formats.w)><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"#
            + #"<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t> 第二条</w:t></w:r></w:p></w:footnote>"#
            + #"<w:footnote w:id="5"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t> 第五条</w:t></w:r></w:p></w:footnote>"#
            + #"<w:footnote w:id="9"><w:p><w:r><w:t>未引用</w:t></w:r></w:p></w:footnote></w:footnotes>"#
        let docx = Formats.docx([("word/document.xml", Formats.document(body, extra: mc)), ("word/styles.xml", styles), ("word/footnotes.xml", notes)])
        XCTAssertEqual(try lines(docx), [
            "一、总体情况", "直接大纲级别", "服务企业 2,599 家（3）\t尾", "文本框", "正文",
            "合计\t\t1,234", "甲 乙\t内 表\t5",
            "满意度 97.7%[注1]，投诉率 0[注2][注1]", "",
            "", "[注1] 第五条", "[注2] 第二条", "[注3] 未引用", "",
        ])
        var zip = try ZipArchive(docx, file: "t.docx")
        let read = try WordBodyReader.read(try XCTUnwrap(try zip.contents(of: "word/document.xml")), part: "d", file: "t",
                                           styles: try WordStyles(xml: Array(styles.utf8), part: "s", file: "t"))
        XCTAssertEqual(read.blocks.prefix(2), [.heading(level: 2, "一、总体情况"), .heading(level: 2, "直接大纲级别")])
    }

    func testPartsAreFoundThroughTheRelationships() throws {
        let rels = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/content/main.xml"/><Relationship Id="c" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="meta/core.xml"/></Relationships>"#
        let core = #"<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>2023年度社会责任报告</dc:title><dcterms:created>2024-02-06T08:00:00Z</dcterms:created></cp:coreProperties>"#
        let docx = Formats.docx([("_rels/.rels", rels), ("content/main.xml", Formats.document(Formats.p("正文"), extra: "")), ("meta/core.xml", core)])
        let (text, properties) = try DocxText.extract(docx, path: "t.docx")
        XCTAssertEqual(text, "正文\n")
        XCTAssertEqual(properties, DocumentProperties(title: "2023年度社会责任报告", date: "2024-02-06"))
        XCTAssertEqual(PackageRelationships.resolve("../media/a.png", in: "word/sub"), "word/media/a.png")
    }

    func testAnExternalEntityIsRefusedAndNeverRead() throws {
        let file = Formats.path("bad/external-entity.docx")
        XCTAssertThrowsError(try DocxText.extract(try Formats.bytes("bad/external-entity.docx"), path: file)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.hasPrefix(file + ": word/document.xml declares an external entity"), text)
            XCTAssertFalse(text.contains("root:"), "the entity's file must not be read")
        }
    }

    func testAZipThatIsNotAWordFileSaysSo() throws {
        let zip = Formats.docx([("content.xml", "<x/>")])
        XCTAssertThrowsError(try DocxText.extract(zip, path: "book.odt")) { error in
            XCTAssertTrue("\(error)".contains("zip archive without word/document.xml; not a Word document"), "\(error)")
        }
        XCTAssertThrowsError(try Ingestor().load(path: Formats.path("summary-2023.html").replacingOccurrences(of: ".html", with: ".missing")))
    }
}
