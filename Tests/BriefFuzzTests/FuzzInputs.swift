import Foundation

/// Generated inputs, each family aimed at a place where input turns into arithmetic,
/// structure or output: numeral stacks, huge digit runs, mixed encodings, feed shapes,
/// templates and configs. Everything is drawn from the case's generator.
enum FuzzInputs {
    /// Windows of the sample documents: real sentences around the generated parts.
    static let samples: [String] = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().filter { $0.hasSuffix(".txt") && !$0.hasPrefix("003") }
            .compactMap { try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
    }()

    static let units = ["上海计算机软件技术开发中心", "上海软件中心", "普科委", "上海市科学技术委员会", "某某中心", "", "上海市经济和信息化委员会"]
    static let subjects = ["服务企业", "专业技术服务项目", "客户服务满意度指数", "收入预算", "培训", "荣获市级荣誉", "满意率", "投诉率", "区税", "认定技术合同"]
    static let measures = ["家", "项", "%", "％", "万元", "亿元", "元", "个百分点", "人次", "万人次", "成", "", "年", "倍", "件", "万亿元", "美元", "大"]
    static let qualifiers = ["", "", "超", "近", "约", "不到", "达", "累计", "上", "数", "多达", "负", "-", "－", "第", "《", "〔"]
    static let after = ["", "余", "多", "以上", "左右", "以下", "起", "来", "年", "月", "日", "号楼", "》", "〕", "等奖"]
    static let numerals: [Unicode.Scalar] = ["零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿"]

    // MARK: Numbers

    /// `百分之一千万亿亿点五` and worse: multipliers stacked, digits where units belong.
    static func numeralStack(_ r: inout SplitMix64) -> String {
        var s = String.UnicodeScalarView()
        for _ in 0..<r.length(r.oneIn(20) ? 400 : 12) { s.append(r.pick(numerals)) }
        var text = String(s)
        if r.oneIn(3) {
            text += "点"
            for _ in 0..<r.length(r.oneIn(10) ? 60 : 4) { text.unicodeScalars.append(r.pick(numerals)) }
        }
        return (r.oneIn(2) ? "百分之" : r.pick(["", "上", "数", "近", "超"])) + text
    }

    /// Digit runs from one digit to thousands, with group commas, points, full-width digits.
    static func digitRun(_ r: inout SplitMix64) -> String {
        var out = ""
        let n = r.length(r.oneIn(8) ? 3000 : 24)
        let fullWidth = r.oneIn(6)
        for k in 0..<n {
            let d = r.below(10)
            out.unicodeScalars.append(Unicode.Scalar(UInt32(fullWidth ? 0xFF10 + d : 0x30 + d))!)
            if k + 1 < n, r.oneIn(5) { out += r.pick([",", "，", ", ", ".", "．", " "]) }
        }
        return out
    }

    static func figure(_ r: inout SplitMix64) -> String {
        let number = r.oneIn(2) ? numeralStack(&r) : digitRun(&r)
        var s = r.pick(qualifiers) + number + r.pick(after) + r.pick(measures) + r.pick(after)
        if r.oneIn(6) { s += r.pick(["-", "～", "至", "—"]) + digitRun(&r) + r.pick(measures) }
        return s
    }

    static func sentence(_ r: inout SplitMix64) -> String {
        var s = r.pick(subjects)
        for _ in 0..<r.length(4) {
            s += r.pick(["", "比2023年预算增加", "较之 2021 年的", "上年度", "分别为", "和", "、", "均", "其中"]) + figure(&r)
        }
        return s + r.pick(["。", "；", "，", "\n", ""])
    }

    /// A report-like document: a header naming a unit and a year, sentences with generated
    /// figures, table rows, and real text from the samples.
    static func document(_ r: inout SplitMix64) -> String {
        var lines = [r.pick(units), "\(r.pick(["2021", "2023", "2024", "二〇二三", "1899", "9999"])) 年度\(r.pick(["社会责任报告", "工作总结", "部门预算"]))"]
        for _ in 0..<r.length(12) {
            switch r.below(6) {
            case 0: lines.append(window(&r))
            case 1: lines.append("单位：\(r.pick(["元", "万元", "亿元"]))")
            case 2: lines.append([r.pick(subjects), digitRun(&r), digitRun(&r), r.oneIn(3) ? numeralStack(&r) : ""].joined(separator: "\t"))
            default: lines.append(sentence(&r))
            }
        }
        return lines.joined(separator: r.oneIn(8) ? "\r\n" : "\n")
    }

    static func window(_ r: inout SplitMix64) -> String {
        guard !samples.isEmpty else { return "" }
        let text = Array(r.pick(samples).unicodeScalars)
        let start = r.below(max(1, text.count - 400))
        return String(String.UnicodeScalarView(text[start..<min(text.count, start + r.length(400))]))
    }

    // MARK: Encodings

    /// Text as a file holds it: UTF-8 with or without BOM, UTF-16 either way, GB18030, and
    /// then bytes broken: invalid, truncated mid-character, NULs, mixed encodings.
    static func encoded(_ text: String, _ r: inout SplitMix64) -> [UInt8] {
        var bytes: [UInt8]
        switch r.below(6) {
        case 0: bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case 1: bytes = [0xFF, 0xFE] + Array(text.data(using: .utf16LittleEndian) ?? Data())
        case 2: bytes = [0xFE, 0xFF] + Array(text.data(using: .utf16BigEndian) ?? Data())
        case 3: bytes = Array(text.data(using: String.Encoding(rawValue: 0x8000_0632)) ?? Data(text.utf8))
        default: bytes = Array(text.utf8)
        }
        for _ in 0..<(r.oneIn(2) ? 0 : r.length(6)) {
            guard !bytes.isEmpty else { break }
            let i = r.below(bytes.count)
            switch r.below(6) {
            case 0: bytes[i] = UInt8(truncatingIfNeeded: r.next())
            case 1: bytes.insert(contentsOf: r.pick([[0xFF], [0x00], [0xC3], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x81, 0x30]]), at: i)
            case 2: bytes.removeSubrange(i..<min(bytes.count, i + r.length(8)))
            case 3: bytes = Array(bytes[..<i])
            case 4: bytes.insert(contentsOf: Array("服务企业 12 家".data(using: .utf16LittleEndian) ?? Data()), at: i)
            default: bytes.insert(contentsOf: Array(repeating: 0x0A, count: r.length(50)), at: i)
            }
        }
        return bytes
    }

    // MARK: Feeds

    static let feedKeys = ["文章标识符aid", "aid", "id", "标题title", "title", "标题", "链接url", "url", "link", "时间time", "time", "date",
                           "公众号名称", "publisher", "finalContent", "content", "text", "正文", "extra", "", "\u{0}", "title\u{FEFF}"]

    /// JSON arrays of article objects with odd fields: wrong types, deep nesting, huge
    /// strings, escapes and lone surrogates, dates that are not dates.
    static func feed(_ r: inout SplitMix64) -> [UInt8] {
        var items: [String] = []
        for _ in 0..<r.length(6) {
            var members: [String] = []
            for _ in 0..<r.length(8) { members.append("\(jsonString(r.pick(feedKeys), &r)): \(jsonValue(&r, depth: 0))") }
            if r.oneIn(2) { members.append("\"time\": \(jsonString(r.pick(["2025-11-11", "9223372036854775807-99-99", "", "2025-02-30", "0-0-0", "2025-W45"]), &r))") }
            if r.oneIn(2) { members.append("\"content\": \(jsonString(document(&r), &r))") }
            items.append("{" + members.joined(separator: ", ") + "}")
        }
        var text = "[" + items.joined(separator: r.oneIn(20) ? ",," : ", ") + (r.oneIn(15) ? "" : "]")
        if r.oneIn(10) { text = String(repeating: "[", count: r.length(2000)) + text }
        return encoded(text, &r)
    }

    static func jsonValue(_ r: inout SplitMix64, depth: Int) -> String {
        switch r.below(depth > 300 ? 4 : 9) {
        case 0: return r.pick(["null", "true", "false", "0", "-1e400", "1e999", "0.1", "12345678901234567890123"])
        case 1: return jsonString(sentence(&r), &r)
        case 2: return jsonString(String(repeating: r.pick(["万", "9", "a", "\\u0000"]), count: r.length(r.oneIn(50) ? 200_000 : 100)), &r)
        case 3: return jsonString(digitRun(&r), &r)
        case 4, 5: return "[" + (0..<r.length(3)).map { _ in jsonValue(&r, depth: depth + 1) }.joined(separator: ",") + "]"
        case 6: return "{\"a\": " + jsonValue(&r, depth: depth + 1) + "}"
        default:
            let d = r.length(400)
            return String(repeating: "[", count: d) + "1" + String(repeating: "]", count: d)
        }
    }

    static func jsonString(_ s: String, _ r: inout SplitMix64) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += r.oneIn(3) ? "\\" : "\\\\"
            case "\n": out += r.pick(["\\n", "\\r", "\\r\\n"])
            default:
                if c.value < 0x20 { out += "\\u00" + String(c.value, radix: 16).leftPadded(2) } else { out.unicodeScalars.append(c) }
            }
        }
        if r.oneIn(10) { out += r.pick(["\\ud800", "\\udc00x", "\\u12", "\\x", "\\uD83D\\uDE00"]) }
        return out + "\""
    }

    // MARK: Templates

    static let tags = ["{{title}}", "{{{chart}}}", "{{&x}}", "{{!c}}", "{{#units}}", "{{/units}}", "{{^units}}", "{{#a.b}}", "{{/a.b}}",
                       "{{> partials/sources}}", "{{>p}}", "{{>*dyn}}", "{{<layout}}", "{{/layout}}", "{{$content}}", "{{/content}}",
                       "{{=<% %>=}}", "<%={{ }}=%>", "{{.}}", "{{a.b.c}}", "{{", "}}", "{{#", "{{/", "{{单位}}", "{{#指标}}", "{{/指标}}",
                       "\n", "  ", "<b>", "| x |", "{{#lambda}}x{{/lambda}}", "{{ title }}", "{{#units}}{{unit}}{{/units}}"]

    /// Templates built from tags, some balanced and nested (kept below the depth the
    /// engine's own limit is for), some broken.
    static func template(_ r: inout SplitMix64) -> String {
        var out = ""
        var open: [String] = []
        for _ in 0..<r.length(r.oneIn(30) ? 2000 : 40) {
            switch r.below(5) {
            case 0 where open.count < 60:
                let name = r.pick(["units", "a", "figures", "x", "sources", "指标"])
                open.append(name)
                out += r.pick(["{{#", "{{^", "{{$"]) + name + "}}"
            case 1 where !open.isEmpty:
                out += "{{/" + open.removeLast() + "}}"
            default:
                out += r.pick(tags)
            }
        }
        if r.oneIn(2) { while let name = open.popLast() { out += "{{/" + name + "}}" } }
        return out
    }

    // MARK: Configs

    static let configKeys = ["inputs", "output", "annual", "diffs", "digest", "formats", "templates", "registry", "catalog", "state", "max-size", "outptu", "Inputs"]
    static let configValues = ["[\"in\"]", "\"out\"", "\"latest\"", "\"all\"", "2023", "1e400", "-1", "true", "null", "[]", "[\"md\"]", "[\"pdf\"]",
                               "\"in/x.txt\"", "\"in\"", "\"256M\"", "\"0\"", "\"9G\"", "{}", "\"\"", "[1]", "\"../..\"", "\"/\""]

    /// A config file: keys right and wrong, values of every type, comments, CRLF, a BOM.
    static func config(_ r: inout SplitMix64) -> String {
        var members: [String] = []
        if !r.oneIn(8) { members.append("\"inputs\": [\"in\"]") }
        for _ in 0..<r.length(8) { members.append("\"\(r.pick(configKeys))\": \(r.pick(configValues))") }
        let nl = r.oneIn(3) ? "\r\n" : "\n"
        var text = (r.oneIn(4) ? "\u{FEFF}" : "") + "// generated" + nl + "{" + nl + members.joined(separator: "," + nl + r.pick(["", "  // note" + nl])) + nl + "}" + nl
        if r.oneIn(10) { text = String(text.prefix(r.below(text.count))) }
        return text
    }

    /// A unit registry or metric catalog, mostly almost right.
    static func dataFile(_ r: inout SplitMix64) -> String {
        let item = r.oneIn(2)
            ? "{\"name\": \(r.pick(["\"甲中心\"", "5", "\"\"", "null"])), \"aliases\": \(r.pick(["[\"甲\"]", "\"甲\"", "[{\"alias\": \"甲\", \"requires\": \"乙\"}]", "[{\"alias\": 1}]", "[[]]"]))}"
            : "{\"id\": \"a\", \"name\": \"b\", \"category\": \(r.pick(["\"service\"", "\"money\"", "3"])), \"key\": \(r.pick(["true", "\"yes\""])), \"patterns\": \(r.pick(["[\"服务\"]", "[]", "[1]", "\"x\""]))}"
        return "{\"\(r.pick(["units", "metrics", "unit"]))\": [\(item)]\(r.oneIn(5) ? ", \"_comment\": \"x\"" : "")}"
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
