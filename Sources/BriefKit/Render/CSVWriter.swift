/// CSV for spreadsheets: UTF-8 with a byte-order mark so Excel reads Chinese correctly,
/// fields quoted when they hold a comma, quote or line break, and cells that a spreadsheet
/// would run as a formula (=, +, -, @ first) prefixed with a quote.
enum CSVWriter {
    static let bom = "\u{FEFF}"

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ raw: String) -> String {
        var s = raw
        if let first = s.unicodeScalars.first, "=+-@".unicodeScalars.contains(first), Double(s) == nil { s = "'" + s }
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }
}
