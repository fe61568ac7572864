import Foundation

/// Decodes a web page: by the charset its `<meta>` (or XML declaration) names when that is
/// a Chinese encoding (GBK, GB2312 and GB18030 are all read as GB18030, their superset),
/// otherwise from the bytes as any text file (`TextDecoding`). A page that declares GBK
/// but is valid UTF-8 was converted without its declaration being updated: UTF-8 wins.
enum HTMLCharset {
    static let chinese: Set<String> = ["gbk", "gb2312", "gb18030", "x-gbk", "cp936", "windows-936", "euc-cn", "gb_2312-80", "csgb2312"]

    static func decode(_ bytes: [UInt8], file: String) throws -> (text: String, encoding: TextEncoding) {
        if let declared = declared(in: bytes), chinese.contains(declared),
           TextDecoding.validUTF8(bytes) == nil || bytes.allSatisfy({ $0 < 0x80 }),
           let text = GB18030.decode(bytes) {
            return (text, .gb18030)
        }
        return try TextDecoding.decode(bytes, file: file)
    }

    /// The charset named in the first 4 KB (`<meta charset="gbk">`,
    /// `content="text/html; charset=gb2312"`, `<?xml … encoding="GBK"?>`), lower-cased.
    static func declared(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? ($0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0) : 0x20 }, as: UTF8.self)
        for key in ["charset=", "encoding="] {
            guard let r = head.range(of: key) else { continue }
            let value = head[r.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if !value.isEmpty { return String(value) }
        }
        return nil
    }
}
