/// A subject as the name of what it counts, the same across units, years and wordings:
/// `上海软件中心全年专业技术服务项目` and `本中心专业技术服务项目` are both
/// `专业技术服务项目`. Unit names and aliases, self-references (本中心, 我委, 全区), period
/// words (全年, 年内), totals words (累计, 共, 合计) and leading verbs (实现, 完成) go;
/// what distinguishes a metric (新增, 首次认定, 同比增长) stays.
enum SubjectNormalizer {
    /// A district's or the city's commission by its usual short name: in its own reports, the unit.
    static let commissionShortNames = ["区经委", "区科委", "区商务委", "区发改委", "区科经委", "区经信委", "市科委", "市经信委", "市经济信息化委", "市商务委", "市发改委"]
    static let leading = WordList(commissionShortNames + [
        "本中心", "我中心", "本单位", "我单位", "本委", "我委", "本局", "我局", "本院", "我院", "本所", "我所", "本部门", "本公司",
        "上年度", "本年度", "上年", "年末", "年底", "期末", "全区", "全市", "本区", "我区", "本市", "我市", "全省", "全国", "全委", "全年", "年内", "当年", "本年", "今年", "去年", "明年",
        "年度", "全年度", "累计", "合计", "共计", "总计", "共", "其中", "全部", "全", "已", "还", "另", "并", "同时", "此外",
        "实现", "完成", "达到", "创造", "拥有", "有", "现有", "取得", "获得", "录得", "的",
    ])
    static let trailing = WordList(["预算安排", "预算数", "执行数", "决算数", "科目", "实际完成值", "实际完成", "实际值", "总数", "达到", "达", "为", "是", "共", "累计", "合计", "总计",
                                    "约", "近", "超过", "超", "突破", "的"])
    /// 全社会, 全面, 全体: 全 opens a word of its own there, not "all of" the unit.
    static let wholeWords: ScalarSet = ["社", "面", "体", "员", "过", "链", "球"]
    static let haveWords: ScalarSet = ["效", "关", "序", "限", "机", "色", "力", "益"]
    static let quotes: ScalarSet = ["“", "”", "\"", "‘", "’", " "]

    static let kindWords = WordList(["重点领域", "领域", "行业", "方面", "各类", "类"])
    /// 各类, 各种, 各项, 各级.
    static let allKinds: ScalarSet = ["类", "种", "项", "级"]
    /// Scalars beside 等 that make it part of a word (一等奖, 高等, 等级, 等次, 平等, 同等).
    static let notExamples: ScalarSet = ["奖", "级", "次", "待", "同", "于", "高", "平", "一", "二", "三", "特", "初", "中", "均", "对", "相", "上", "优", "良"]

    /// `s` without the period, totals and self words in front (今年已累计举办培训 → 举办培训),
    /// as far as two scalars are left: what a subject keeps after the unit named itself by
    /// its kind of institution (中心今年…), which the registry does not know as a name.
    static func droppingLeadingWords(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var start = 0
        while let n = leadingWord(in: s, at: start, end: s.count) { start += n }
        return start == 0 ? s : Array(s[start...])
    }

    /// The length of the period, totals, self or verb word at `start` that a name drops, if
    /// one is there and more than a scalar of the name (up to `end`) is left after it.
    static func leadingWord(in s: [Unicode.Scalar], at start: Int, end: Int) -> Int? {
        guard let w = leading.match(in: s, at: start) else { return nil }
        let word = leading.scalars[w]
        guard end - start > word.count + 1,
              // 全社会, 全面, 全体: 全 opens a word of its own there, not "all of" the unit.
              !(word == ["全"] && start + 1 < end && wholeWords.contains(s[start + 1])),
              // 有效期内, 有关, 有限: 有 opens a word there, not "there are".
              !(word == ["有"] && start + 1 < end && haveWords.contains(s[start + 1])),
              // 全年预算数 (adjusted) is another figure than 年初预算数.
              !(word == ["全", "年"] && s[(start + 2)...].starts(with: ["预", "算"])) else { return nil }
        return word.count
    }

    static func normalized(_ subject: String, registry: UnitRegistry) -> String {
        normalizedWithScalars(subject, registry: registry).text
    }

    /// The same, with its scalars: the metric match reads them, and decoding the string
    /// again cost as much as making it.
    static func normalizedWithScalars(_ subject: String, registry: UnitRegistry) -> (text: String, scalars: [Unicode.Scalar]) {
        normalizedWithScalars(subject, scalars: subject.scalarArray, registry: registry)
    }

    /// The same, from the subject's scalars when the caller has them decoded already.
    static func normalizedWithScalars(_ subject: String, scalars all: [Unicode.Scalar], registry: UnitRegistry) -> (text: String, scalars: [Unicode.Scalar]) {
        // An array's filter, not the scalar view's (which builds a string scalar by scalar).
        let quotes = Self.quotes
        // Most subjects have no quote or space: filter would copy them a scalar at a time.
        var s = all
        if all.contains(where: { quotes.contains($0) }) {
            s = []
            s.reserveCapacity(all.count)
            for c in all where !quotes.contains(c) { s.append(c) }
        }
        var listed = false
        // 服务政府、金融、能源等领域客户 → 服务客户: the kinds listed are no part of what is counted.
        if let comma = s.firstIndex(of: "、"), let close = SubjectFinder.enumerationClose(s, from: comma, to: s.count) {
            let verb = SubjectFinder.verbList.match(in: s, at: 0).map { SubjectFinder.verbList.scalars[$0].count } ?? 0
            var after = close + 1
            if let w = kindWords.match(in: s, at: after) { after += kindWords.scalars[w].count }
            if verb < comma, after < s.count { s.removeSubrange(verb..<after); listed = true }
        }
        // 开展各类科普活动 → 开展科普活动: "of all kinds" after a verb names no other metric.
        // (Asked only of subjects with 各: most have none.)
        if s.contains("各") {
            var k = 1
            while k + 2 < s.count {
                if s[k] == "各", Self.allKinds.contains(s[k + 1]), SubjectFinder.verbList.match(in: s, endingBefore: k) != nil {
                    s.removeSubrange(k..<(k + 2)); listed = true
                } else { k += 1 }
            }
        }
        // 举办杨浦科技节等科普活动 → 举办科普活动: the examples before 等 are no part of what
        // is counted (一等奖, 高等院校, 等级 keep their 等).
        if let e = s.firstIndex(of: "等"), e >= 2, e + 2 < s.count, !Self.notExamples.contains(s[e + 1]), !Self.notExamples.contains(s[e - 1]),
           !QuantityScanner.isDigit(s[e + 1]), !ChineseNumerals.isNumeral(s[e + 1]),
           !s[..<e].contains("、") {
            var p = e
            while p > 0, SubjectFinder.verbList.match(in: s, endingBefore: p) == nil { p -= 1 }
            if e - p >= 2 { s.removeSubrange(p...e); listed = true }
        }
        var start = 0, end = s.count
        // Scalars are only counted off the front and back; one string is made at the end.
        var changed = true
        while changed {
            changed = false
            // The unit's own name or alias, a district or the city in front.
            if let w = registry.ownerNames.match(in: s, at: start), end - start > registry.ownerNames.scalars[w].count {
                start += registry.ownerNames.scalars[w].count
                changed = true
            }
            if let n = leadingWord(in: s, at: start, end: end) {
                start += n
                changed = true
            }
            if let w = trailing.match(in: s, endingBefore: end), end - start > trailing.scalars[w].count + 1,
               // 占办结总数: the whole a share is of keeps its 总数.
               !(trailing.scalars[w] == ["总", "数"] && s[start..<end].contains("占")),
               // 节约, 最近, 赶超: a word ending in a qualifier's character keeps it.
               !(trailing.scalars[w].count == 1 && MeasureWords.falseQualifierWords.containsBytes(String(scalars: s[(end - 2)..<end]))) {
                end -= trailing.scalars[w].count
                changed = true
            }
        }
        if start == 0 && end == s.count && s.count == all.count && !listed { return (subject, s) }
        return (String(scalars: s[start..<end]), Array(s[start..<end]))
    }
}
