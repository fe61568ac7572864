import Foundation
import XCTest
@testable import BriefKit

final class DocumentPropertiesTests: XCTestCase {
    func write(_ bytes: [UInt8], _ name: String, in dir: URL) throws -> String {
        let path = dir.appendingPathComponent(name).path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    func testAWordFileTitleAndDateFillInWhatItsTextLacks() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let core = #"<cp:coreProperties xmlns:cp="c" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>上海计算机软件技术开发中心2023年度社会责任报告</dc:title><dcterms:modified>2024-11-20T10:30:00Z</dcterms:modified></cp:coreProperties>"#
        let docx = Formats.docx([("word/document.xml", Formats.document(Formats.p("专业技术服务项目 5514 项，服务企业 2599 家。"))), ("docProps/core.xml", core)])
        let doc = try Ingestor().load(path: try write(docx, "report.docx", in: dir))
        XCTAssertEqual(doc.format, .docx)
        XCTAssertEqual(doc.kind, .csrReport)
        XCTAssertEqual(doc.year, 2023)
        XCTAssertEqual(doc.unit, "上海计算机软件技术开发中心")
        XCTAssertEqual(doc.published, "2024-11-20")
        XCTAssertEqual(doc.text, "专业技术服务项目 5514 项，服务企业 2599 家。\n", "the title fills in metadata, not text")
    }

    func testTheTextWinsOverAWordFileDateButAPageDateWinsOverTheText() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let body = Formats.p("2023 年度社会责任报告") + Formats.p("上海计算机软件技术开发中心") + Formats.p("2024 年 11 月")
        let core = #"<cp:coreProperties xmlns:cp="c" xmlns:dcterms="http://purl.org/dc/terms/"><dcterms:created>2026-01-02T00:00:00Z</dcterms:created></cp:coreProperties>"#
        let docx = try Ingestor().load(path: try write(Formats.docx([("word/document.xml", Formats.document(body)), ("docProps/core.xml", core)]), "a.docx", in: dir))
        XCTAssertEqual(docx.published, "2024-11", "a copy's file date says nothing of the report's")
        let page = "<html><head><meta name=\"PubDate\" content=\"2024-12-01 09:00\"></head><body><div><p>2023 年度社会责任报告</p><p>上海计算机软件技术开发中心</p><p>2024 年 11 月</p></div></body></html>"
        let html = try Ingestor().load(path: try write(Array(page.utf8), "a.htm", in: dir))
        XCTAssertEqual(html.format, .html)
        XCTAssertEqual(html.published, "2024-12-01", "the page's publishing date")
        XCTAssertEqual(html.year, 2023)
    }

    func testFoldersYieldWordFilesAndPages() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["a.docx", "b.html", "c.htm", "d.xlsx"] { _ = try write([0x20], name, in: dir) }
        XCTAssertEqual(try Ingestor.expand([dir.path]).map { ($0 as NSString).lastPathComponent }, ["a.docx", "b.html", "c.htm"])
        XCTAssertThrowsError(try Ingestor().load(path: dir.appendingPathComponent("a.docx").path)) { error in
            XCTAssertTrue("\(error)".contains("not a Word .docx file (no zip signature)"), "\(error)")
        }
    }
}
