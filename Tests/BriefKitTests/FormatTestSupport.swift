import Foundation
import XCTest
@testable import BriefKit

/// Fixtures of the document formats and the tools some tests need.
enum Formats {
    static let folder = Paths.fixtures.appendingPathComponent("formats")
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try XCTUnwrap(FileManager.default.contents(atPath: path(name)), "cannot read fixture \(name)"))
    }

    /// Skips the test, saying why, when pdftotext is not installed (`.ci/run` installs it as root).
    static func requirePDFToText() throws {
        guard Platform.findExecutable("pdftotext") != nil else {
            throw XCTSkip("pdftotext not installed: PDF tests skipped (apt-get install poppler-utils)")
        }
    }

    /// A .docx made from parts: `word/document.xml` and whatever else is given.
    static func docx(_ parts: [(String, String)]) -> [UInt8] {
        var zip = ZipWriter()
        for (name, text) in parts { zip.add(name, Array(text.utf8)) }
        return zip.finished()
    }

    static let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    /// A document.xml with the given body content.
    static func document(_ body: String, extra: String = "") -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><w:document \#(w) \#(extra)><w:body>\#(body)</w:body></w:document>"#
    }

    /// A paragraph with one run of text, and optional paragraph properties.
    static func p(_ text: String, style: String? = nil, properties: String = "") -> String {
        let pPr = style.map { #"<w:pPr><w:pStyle w:val="\#($0)"/>\#(properties)</w:pPr>"# } ?? (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")
        return "<w:p>\(pPr)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }
}
