/// Names the figures of one paragraph in turn: each takes the phrase before it, or the
/// subject of the figure it continues —
///
/// - a change or comparison with no noun of its own (营收 1104.94 亿元，同比增长 32.17%),
///   also opening the next sentence (…40721.17亿元。按不变价格计算，同比增长5.5%);
/// - a share said of the figure before (收入总量…万元，完成调整后预算的105.58%);
/// - a total word alone (新增…企业87家，总数达到1426家);
/// - the new level of a `从 X 提高到 Y`;
/// - the items of `A、B分别实现区税 13.19 亿元、11.57 亿元`, one each, and the list of
///   changes after them (同比增长 13.51%、14.69%).
struct SubjectChain {
    struct Named {
        var subject: String
        var rawLeft: String
        var inherited: Bool
        /// A rule had to guess (values given "respectively" that could not be paired).
        var unsure: Bool
    }

    let line: ScalarLine
    private var previous: (subject: String, end: Int, respectively: Bool, role: FactRole)? = nil
    /// The first figure with a subject of its own in the sentence before, and in this one.
    private var lead: (subject: String, sentence: Int)? = nil
    private var currentLead: (subject: String, sentence: Int)? = nil
    /// Subjects given out in advance to the figures of a 分别 list, by index.
    private var assigned: [Int: String] = [:]
    /// The subjects of the last 分别 list, for a list of changes that follows it.
    private var lastGroup: [String] = []

    init(_ line: ScalarLine) { self.line = line }

    mutating func subject(of q: ScannedQuantity, at index: Int, in found: [ScannedQuantity], sentence: Int,
                          role: FactRole, splitTail: Unicode.Scalar?) -> Named {
        let s = line.scalars
        let parts = SubjectFinder.parts(in: line, span: q.span, floor: listFloor(before: q))
        var subject = SubjectFinder.subject(parts)
        if let tail = splitTail { subject += String(Character(tail)) }
        let gap = previous.map { s[min($0.end, q.span.lowerBound)..<q.span.lowerBound] } ?? []
        let sameSentence = previous != nil && !gap.contains(where: YearResolver.endsSentence)
        // Counted, not filtered into an array.
        let nextSentence = previous != nil && gap.reduce(0, { YearResolver.endsSentence($1) ? $0 + 1 : $0 }) == 1
        if let c = currentLead, c.sentence < sentence { lead = c; currentLead = nil }
        var inherited = false
        var unsure = parts.respectively || (parts.inherits && previous?.respectively == true)

        if let given = assigned.removeValue(forKey: index) {
            subject = given
            inherited = true
            unsure = false
        } else if let group = respectivelyGroup(q, at: index, in: found) {
            for (k, name) in group.enumerated() where k > 0 { assigned[index + k] = name }
            lastGroup = group
            subject = group[0]
            unsure = false
        } else if sameSentence, !lastGroup.isEmpty, SubjectFinder.isChangeOnly(parts.left),
                  listRun(from: index, in: found) == lastGroup.count {
            // "同比增长 13.51%、14.69%" after a 分别 list: each item's change.
            let group = lastGroup.map { $0 + parts.left }
            for (k, name) in group.enumerated() where k > 0 { assigned[index + k] = name }
            subject = group[0]
            inherited = true
            unsure = false
            lastGroup = []
        } else if let prev = previous, sameSentence, prev.role == .baseline,
                  RoleReader.isNewLevel(RoleReader.clause(s, before: q.span.lowerBound)) || Self.onlyTo(s, from: prev.end, to: q.span.lowerBound) {
            // "由2022年的10.9%提高到2024年的11.7%": the new level of the same figure.
            subject = prev.subject
            inherited = true
        } else if parts.inherits, let prev = previous, sameSentence, !Self.namesPart(parts) {
            subject = SubjectFinder.isChangeOnly(parts.left) ? prev.subject + parts.left : prev.subject
            inherited = true
        } else if parts.inherits, nextSentence, SubjectFinder.isChangeOnly(parts.left), let l = lead, l.sentence == sentence - 1 {
            subject = l.subject + parts.left
            inherited = true
        } else if let prev = previous, sameSentence, role == .share, SubjectFinder.describesPrevious(parts.left) {
            // "产值同比增长8.9%，占…比重16.4%": the share is of the total, not of its growth.
            let owner = prev.role == .change ? String(scalars: HeadlineRules.withoutChange(prev.subject)) : prev.subject
            subject = owner + parts.left
            inherited = true
        } else if let prev = previous, sameSentence, SubjectFinder.totalOnly.containsBytes(subject) {
            subject = SubjectFinder.withoutNewWords(prev.subject) + subject
            inherited = true
        } else if let prev = previous, sameSentence, Self.places.containsBytes(subject),
                  let head = Self.placeHead(prev.role == .change ? String(scalars: HeadlineRules.withoutChange(prev.subject)) : prev.subject) {
            // "上海最高负荷达…；江苏达15658万千瓦": another place's figure of the same measure.
            subject += head
            inherited = true
        } else if let prev = previous, sameSentence, case let part = Self.withoutLeadVerb(subject), part.unicodeScalars.count <= 2,
                  !part.isEmpty, !Self.isLevelOnly(part),
                  let owner = SubjectFinder.owner(of: Self.ownerPhrase(prev.subject, role: prev.role, part: part), replacedBy: part) {
            // "招商引进企业共计产税 35238.25 万元，区税 10594 万元": the part's owner is the figure
            // before's; so is a bare 缴纳税收 after 全区高企…实现营收 (the firms' tax, not the district's).
            subject = owner + part
            inherited = true
        }
        // "荣誉18项，其中国家级3项、市级10项": a level alone names a part of the figure before.
        if !inherited, let prev = previous, sameSentence, Self.isLevelOnly(subject), prev.subject.unicodeScalars.count >= 2 {
            let head = prev.subject.hasBytes("荣誉") ? "荣誉" : String(String.UnicodeScalarView(prev.subject.unicodeScalars.suffix(2)))
            subject += head
            inherited = true
        }
        // "首次突破300亿元，达到317.7亿元": a bare link verb restates the figure before's subject.
        if !inherited, let prev = previous, sameSentence, SubjectFinder.clean(parts.left).isEmpty, SubjectFinder.isLinkOnly(parts.rawLeft) {
            subject = prev.subject
            inherited = true
        }
        if !inherited, currentLead == nil { currentLead = (subject, sentence) }
        previous = (subject, q.span.upperBound, unsure, role)
        return Named(subject: subject, rawLeft: parts.rawLeft, inherited: inherited, unsure: unsure)
    }

    /// Where the figure before ends, when a list separator follows it (8.61亿元、9.17亿元和9.82亿元):
    /// the next item's name never reaches back over it. Other figures before may sit inside
    /// the name (营收超亿元的高新技术企业1135家).
    func listFloor(before q: ScannedQuantity) -> Int {
        guard let end = previous?.end, end < q.span.lowerBound else { return 0 }
        let s = line.scalars
        var k = end
        while k < q.span.lowerBound, s[k] == " " { k += 1 }
        return k < q.span.lowerBound && Self.listSeparators.contains(s[k]) ? end : 0
    }
    static let listSeparators: ScalarSet = ["、", "和", "及", "与", "或", "/", "／"]

    /// "21 个项目获上海市科学技术奖，其中 5 个项目荣获一等奖": 其中 and a noun after the
    /// number name a part of the figure before, which keeps its own name (the two are no
    /// rival values of one metric).
    static func namesPart(_ parts: SubjectFinder.Parts) -> Bool {
        let right = parts.right.scalarArray
        return parts.rawLeft.trimmingSpaces.hasSameBytes(as: "其中") && right.count >= 2
            && SubjectFinder.rightVerbs.match(in: right, at: 0) == nil && !"为是属来由在".unicodeScalars.contains(right[0])
    }

    /// Whose a bare part is: the figure before's subject; after a change, the changed figure's
    /// (营收…，同比增长32.17%，缴纳税收46.01亿元), when the part is a metric of its own (税收,
    /// not 首次).
    static func ownerPhrase(_ subject: String, role: FactRole, part: String) -> String {
        guard role == .change, MetricCatalog.builtIn.headlineMetric(forSubject: part.scalarArray, measure: nil) != nil else { return subject }
        return String(scalars: HeadlineRules.withoutChange(subject))
    }

    /// Provinces, cities and Shanghai's districts, as a subject of their own.
    static let places = ByteWords(["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建",
                                   "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏",
                                   "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾", "深圳", "全国", "全市"]
                                  + UnitNames.districtShort.map(\.0))

    /// What a place's figure measures: the figure before's subject without its own place
    /// (上海最高负荷 → 最高负荷), if it starts with one.
    static func placeHead(_ subject: String) -> String? {
        guard let place = places.words.first(where: { subject.startsWithBytes($0) }) else { return nil }
        let head = String(subject.unicodeScalars.dropFirst(place.unicodeScalars.count))
        return head.unicodeScalars.count >= 2 ? head : nil
    }

    /// 缴纳税收 → 税收: a verb and a two-character noun say nothing of whose the figure is.
    static func withoutLeadVerb(_ subject: String) -> String {
        let u = subject.unicodeScalars
        guard u.count == 4, let v = leadVerbs.first(where: { subject.startsWithBytes($0) }) else { return subject }
        return String(subject.dropFirst(v.count))
    }
    static let leadVerbs = ["缴纳", "上缴", "实现", "完成", "贡献"]

    /// 国家级, 市级, 省部级, 区级: a level with no noun of its own.
    static func isLevelOnly(_ subject: String) -> Bool {
        let u = subject.unicodeScalars
        return (2...4).contains(u.count) && u.last == "级" && !u.contains("各")
    }

    /// "从1000亿元到3000亿元": only 到/至 between the earlier value and this one.
    static func onlyTo(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        let gap = s[a..<b].filter { $0 != " " }
        return gap.elementsEqual(["到"]) || gap.elementsEqual(["至"])
    }

    /// How many figures from `index` on are joined by 、 和 及 only.
    func listRun(from index: Int, in found: [ScannedQuantity]) -> Int {
        var n = 1
        while index + n < found.count,
              Reading.onlyListSeparators(line.scalars, from: found[index + n - 1].span.upperBound, to: found[index + n].span.lowerBound) {
            n += 1
        }
        return n
    }

    /// `A、B分别实现区税 X、Y`: one subject per item when the items and the figures pair up.
    func respectivelyGroup(_ q: ScannedQuantity, at index: Int, in found: [ScannedQuantity]) -> [String]? {
        let s = line.scalars
        var a = q.span.lowerBound
        while a > 0, !RoleReader.clauseStops.contains(s[a - 1]) { a -= 1 }
        let clause = Array(s[a..<q.span.lowerBound])
        guard let at = (0..<max(0, clause.count - 1)).last(where: { clause[$0] == "分" && clause[$0 + 1] == "别" }) else { return nil }
        let items = clause[..<at].split(whereSeparator: { $0 == "、" || $0 == "和" || $0 == "及" })
            .map { SubjectFinder.clean(Array($0)) }.filter { !$0.isEmpty }
        let n = listRun(from: index, in: found)
        guard items.count >= 2, items.count == n, items.allSatisfy({ $0.unicodeScalars.count >= 2 }) else { return nil }
        var predicate = Array(clause[(at + 2)...])
        if let v = SubjectFinder.verbList.match(in: predicate, at: 0), predicate.count > SubjectFinder.verbList.scalars[v].count {
            predicate.removeFirst(SubjectFinder.verbList.scalars[v].count)
        }
        let tail = SubjectFinder.clean(predicate)
        return items.map { $0 + tail }
    }
}
