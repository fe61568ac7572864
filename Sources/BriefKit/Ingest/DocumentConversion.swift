import Foundation

/// Files that are documents but not text — Word files and web pages — turned into the text
/// Brief extracts from, which is also the text provenance and the audit view refer to.
/// (PDFs go through `PDFText`, since pdftotext reads the file itself.)
enum DocumentConversion {
    struct Converted {
        var text: String
        var format: DocumentFormat
        var encoding: TextEncoding
        var properties: DocumentProperties
    }

    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// The converted text, or nil when the bytes are to be decoded as text.
    static func convert(_ bytes: [UInt8], path: String, zipLimits: ZipLimits = .standard) throws -> Converted? {
        let ext = (path as NSString).pathExtension.lowercased()
        if bytes.starts(with: zipSignature) {
            let (text, properties) = try DocxText.extract(bytes, path: path, limits: zipLimits)
            return Converted(text: text, format: .docx, encoding: .utf8, properties: properties)
        }
        if ext == "docx" {
            let hint = bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) ? " (it is an old .doc file: save it as .docx)" : ""
            throw BriefError(.input, "not a Word .docx file (no zip signature)\(hint)", at: SourceLocation(file: path))
        }
        if ext == "html" || ext == "htm" || ext == "xhtml" || looksLikeHTML(bytes) {
            let (text, encoding, properties) = try HTMLText.extract(bytes, path: path)
            return Converted(text: text, format: .html, encoding: encoding, properties: properties)
        }
        return nil
    }

    /// A page saved without an .html name: `<!DOCTYPE html` or `<html` first (after a BOM
    /// and blanks), in any case.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        let head = String(decoding: bytes[i..<min(bytes.count, i + 15)], as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }
}
