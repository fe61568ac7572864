/// A numbered list of honours under a heading or lead that announces them (六、荣誉与认可;
/// …共获得各类荣誉6项，主要包括：): each item is an honour without a trigger word —
/// `1. 全国市场监管系统先进集体（人力资源社会保障部、国家市场监督管理总局）`, the issuer in the
/// closing brackets, a recipient after a dash (`上海市五一劳动奖章——集成电路计量测试所 王立群`).
enum HonourList {
    static let words = ["荣誉", "表彰", "获奖", "奖励情况"]
    static let wordStarts = ScalarSet("荣表获奖".unicodeScalars)

    /// A line after which numbered items are honours.
    static func opens(_ s: [Unicode.Scalar]) -> Bool {
        // Asked of every line: scalars first, a string only for the few that may qualify.
        var end = s.count
        while end > 0, s[end - 1] == " " || s[end - 1] == "\u{3000}" { end -= 1 }
        guard end > 0, s[end - 1] == "：" || s[end - 1] == ":" || end <= 40,
              s[..<end].contains(where: { wordStarts.contains($0) }) else { return false }
        let t = String(scalars: s).trimmingSpaces
        guard words.contains(where: { t.hasBytes($0) }) else { return false }
        if SectionContext.heading(s) != nil { return true }
        return t.endsWithBytes("：") || t.endsWithBytes(":")
    }

    /// How an issuing body's name ends: an organisation, a ministry (…部), a union (…工会).
    static let issuerEnds = WordList(UnitDetector.orgSuffixes + ["部", "工会", "市委", "区委", "组织部", "宣传部", "中央"])

    struct Item {
        var title: String; var recipient: String?; var issuer: String?; var range: Range<Int>
        /// The level and year an item's closing brackets state (`（国家级，中华全国总工会，2025年4月）`).
        var level: Honour.Level? = nil
        var year: Int? = nil
    }

    /// One numbered item: `1.` `1、` `（1）` `1）` then the title, with no sentence in it.
    /// Or a bullet (`- `, `* `, `• `) of a Markdown or plain list.
    static func item(_ s: [Unicode.Scalar]) -> Item? {
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "\u{3000}" { i += 1 }
        if i + 1 < s.count, bullets.contains(s[i]), s[i + 1] == " " || s[i] == "•" || s[i] == "·" {
            i += 1
        } else {
            var open = false
            if i < s.count, s[i] == "（" || s[i] == "(" { open = true; i += 1 }
            let digits = i
            while i < s.count, QuantityScanner.isDigit(s[i]) { i += 1 }
            guard i > digits, i - digits <= 2, i < s.count else { return nil }
            if open { guard s[i] == "）" || s[i] == ")" else { return nil } } else {
                guard ".．、)）".unicodeScalars.contains(s[i]) else { return nil }
            }
            i += 1
        }
        // 4.2 领导关怀: a section number, no list item.
        if i < s.count, QuantityScanner.isDigit(s[i]) { return nil }
        while i < s.count, s[i] == " " { i += 1 }
        var end = s.count
        while end > i, "。；;，, ".unicodeScalars.contains(s[end - 1]) { end -= 1 }
        // Markdown emphasis around a whole item (**上海市文明单位**) is no part of it.
        while end - i >= 4, s[i] == "*", s[end - 1] == "*" { i += 1; end -= 1 }
        guard end - i >= 4, end - i <= 80 else { return nil }
        var body = Array(s[i..<end])
        var issuer: String? = nil, level: Honour.Level? = nil, year: Int? = nil
        // The closing brackets may say who issued it, at what level and when: organisations,
        // a level word and a date — not （筹建） or （2023—2024年度）, which are the title's.
        if body.last == "）" || body.last == ")", let o = body.lastIndex(where: { $0 == "（" || $0 == "(" }), o > 0 {
            let inside = Array(body[(o + 1)..<(body.count - 1)])
            let parts = inside.split(whereSeparator: { $0 == "、" || $0 == "，" || $0 == "," }).map { Array($0) }
            var names: [String] = [], partLevel: Honour.Level? = nil, partYear: Int? = nil, allRead = !parts.isEmpty
            for part in parts {
                if let l = Self.levelWord(part) { partLevel = l }
                else if let y = Self.dateYear(part) { partYear = y }
                else if issuerEnds.match(in: part, endingBefore: part.count) != nil || part.starts(with: "中共".unicodeScalars) { names.append(String(scalars: part)) }
                else { allRead = false; break }
            }
            if allRead {
                issuer = names.isEmpty ? nil : names.joined(separator: "、")
                level = partLevel
                year = partYear
                body.removeSubrange(o...)
            }
        }
        var recipient: String? = nil
        if let colon = body.firstIndex(where: { $0 == "：" || $0 == ":" }) {
            // "赵明哲：全国青年岗位能手": who, then what — an honour's name after the colon
            // (获奖项目：高功率超快激光… names none).
            let who = Array(body[..<colon]), what = Array(body[(colon + 1)...])
            // (Or a designation at a level: 外滩智谷：国家级科技企业孵化器.)
            guard (2...14).contains(who.count), what.count >= 4,
                  HonourExtractor.honourWordList.occurs(in: what) || HonourExtractor.isLevelDesignation(String(scalars: what)),
                  !who.contains(where: { "，。；".unicodeScalars.contains($0) }) else { return nil }
            recipient = String(scalars: who).trimmingSpaces
            i += colon + 1
            body = what
        }
        // No sentence in what is left: an honour's name, not a paragraph.
        guard body.count <= 60, !body.contains(where: { "，。；：".unicodeScalars.contains($0) }) else { return nil }
        if let d = (0..<max(0, body.count - 1)).first(where: { body[$0] == "—" && body[$0 + 1] == "—" }) {
            recipient = String(scalars: body[(d + 2)...]).trimmingSpaces
            body.removeSubrange(d...)
        }
        // 国家市场监管技术创新中心（…）获批建设: the designation, not the approval.
        for tail in approvalTails where body.count > tail.count + 4 && body.suffix(tail.count).elementsEqual(tail) {
            body.removeLast(tail.count)
            break
        }
        let title = String(scalars: body).trimmingSpaces
        guard title.unicodeScalars.count >= 4 else { return nil }
        return Item(title: title, recipient: recipient?.isEmpty == true ? nil : recipient, issuer: issuer, range: i..<(i + body.count),
                    level: level, year: year)
    }

    /// 国家级, 市级, 省部级 …: a level word alone in an item's brackets.
    static func levelWord(_ part: [Unicode.Scalar]) -> Honour.Level? {
        switch String(scalars: part).trimmingSpaces {
        case "国家级", "全国": return .national
        case "市级", "省部级", "省级": return .municipal
        case "区级": return .district
        case "系统", "行业", "系统级": return .system
        case "其他": return .other
        default: return nil
        }
    }

    /// `2025年4月`, `2025年`, `2024年12月`, `2025年3月命名`: a date, by its year.
    static func dateYear(_ part: [Unicode.Scalar]) -> Int? {
        let t = part.filter { $0 != " " }
        guard t.count >= 5, t.count <= 14, let nian = t.firstIndex(of: "年"), nian == 4,
              let y = YearResolver.fourDigitYear(Array(t), endingBefore: 4) else { return nil }
        let rest = String(scalars: t[(nian + 1)...])
        let allowed = rest.unicodeScalars.allSatisfy { QuantityScanner.isDigit($0) || "月日命名授予颁发获评".unicodeScalars.contains($0) }
        return allowed ? y : nil
    }

    /// A bullet indented under another (`    - 获奖项目：…`): a detail of the item above it.
    static func isNestedDetail(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
        return i >= 2 && i < s.count && bullets.contains(s[i])
    }

    /// A bullet that names who the items under it went to (`- **研究所**`, `- 个人`), not a
    /// level: the label, without its marks. Nil for anything longer than a short name.
    static func recipientLabel(_ s: [Unicode.Scalar]) -> String? {
        var t = s.filter { $0 != " " && $0 != "\u{3000}" && $0 != "*" }
        guard let f = t.first, bullets.contains(f) else { return nil }
        t.removeFirst()
        while let l = t.last, l == "：" || l == ":" { t.removeLast() }
        guard (2...10).contains(t.count), !t.contains(where: { "，。；（(".unicodeScalars.contains($0) || QuantityScanner.isDigit($0) }) else { return nil }
        return String(scalars: t)
    }

    static let bullets: ScalarSet = ["-", "*", "•", "·", "+"]
    static let approvalTails = ["获批建设", "获批设立", "获批", "正式授牌", "授牌"].map { Array($0.unicodeScalars) }

    /// A bullet or line that only groups the items under it by level (`- 国家级`, `市级：`):
    /// the list goes on.
    /// Nil when the line is no group label; else the level it gives its items (nil inside:
    /// 省部级 names none of Brief's levels, the titles say).
    static func groupLabel(_ s: [Unicode.Scalar]) -> Honour.Level?? {
        guard s.count <= 12 else { return nil }
        var t = s.filter { $0 != " " && $0 != "\u{3000}" }
        if let f = t.first, bullets.contains(f) { t.removeFirst() }
        while let l = t.last, l == "：" || l == ":" { t.removeLast() }
        if t.count > 2, t.suffix(2).elementsEqual("荣誉".unicodeScalars) { t.removeLast(2) }
        let label = String(scalars: t)
        let levels: [(String, Honour.Level?)] = [("国家级", .national), ("省部级", nil), ("市级", .municipal), ("区级", .district),
                                                 ("系统", .system), ("行业", .system), ("其他", .other)]
        guard let hit = levels.first(where: { label.hasSameBytes(as: $0.0) }) else { return nil }
        return .some(hit.1)
    }

    /// The level from the title, or else from who issued it.
    static func level(title: String, issuer: String?) -> Honour.Level {
        let byTitle = HonourExtractor.level(of: title)
        guard byTitle == .other, let issuer else { return byTitle }
        if ["学会", "协会", "联盟", "商会"].contains(where: { issuer.hasBytes($0) }) { return .other }
        if ["国家", "国务院", "人力资源社会保障部", "全国", "中华全国"].contains(where: { issuer.hasBytes($0) }) { return .national }
        if issuer.hasBytes("上海市") || issuer.hasBytes("中共上海市") { return .municipal }
        return byTitle
    }
}
