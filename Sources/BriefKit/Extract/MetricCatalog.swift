import Foundation

/// Subject patterns → known metrics (id, canonical name, category, headline or not), with
/// general rules for the category of everything else. Users extend it with a JSON file of
/// the same shape as `Data/metrics.json`.
public struct MetricCatalog: Sendable {
    public struct Metric: Sendable, Equatable {
        public var id: String
        public var name: String
        public var category: FactCategory
        public var key: Bool
        public var patterns: [String]
        public var measures: [String]?
        /// The kind of measure (count, money, rate, points, index, people …).
        public var family: String? = nil
        /// Words of a unit's name or a document's title that make this metric a headline
        /// there: the work the unit exists for (科普活动 of a 科协), or the one a page is about.
        public var keyFor: [String] = []
        /// Words that let a pattern follow a qualifier longer than two characters: a share of
        /// GDP is R&D intensity whatever the R&D spending is called before it
        /// (全社会研发经费投入占地区生产总值比重), and only then.
        public var qualifiedBy: [String] = []
        /// A count the catalog knows written with no unit (行政许可 under 本年处理决定数量):
        /// its figure is sure, and may be a headline, without one.
        var countsWithoutUnit: Bool { family == "count" && measures?.contains("") == true }

        public init(id: String, name: String, category: FactCategory, key: Bool, patterns: [String], measures: [String]?,
                    family: String? = nil, keyFor: [String] = [], qualifiedBy: [String] = []) {
            self.keyFor = keyFor
            self.qualifiedBy = qualifiedBy
            self.id = id
            self.name = name
            self.category = category
            self.key = key
            self.patterns = patterns
            self.measures = measures
            self.family = family
        }
    }

    public let metrics: [Metric]
    /// For each last scalar, the metrics with a pattern ending in it, in catalog order, and
    /// those patterns: a subject is compared with the few metrics its last scalar allows,
    /// not with every metric of the catalog.
    private let endings: [Unicode.Scalar: [Ending]]
    /// All metrics' patterns in one list, and the metric of each: one pass over a subject
    /// finds every metric named anywhere in it.
    private let allPatterns: WordList
    private let patternMetric: [Int]
    /// Each metric's measures as a byte list (nil: any measure).
    private let measureLists: [ByteWords?]
    private let byID: [String: Int]
    /// Each metric's membership of `exactOnly` and `stocks`, by index: asked for every
    /// pattern compared, where hashing the id each time cost more than the comparison.
    private let isExactOnly: [Bool]
    private let isStock: [Bool]
    /// Each metric's `qualifiedBy` words, nil when it has none.
    private let qualifierLists: [WordList?]

    /// The metric with this id.
    public func metric(id: String) -> Metric? { byID[id].map { metrics[$0] } }

    /// Each planned amount's final account (支出预算 → 支出决算): the same patterns find the
    /// row of a 决算 table, and it must neither be named nor compared as the plan.
    private let finals: [String: Int]

    /// The final-account metric of a planned one: the catalog's own (`…-actual`), else one
    /// made from it (`…-final`, 预算 → 决算 in its name). Nil for a metric that is no plan.
    public func finalAccount(of m: Metric) -> Metric? { finals[m.id].map { metrics[$0] } }

    public init(metrics given: [Metric]) {
        var metrics = given
        var finals: [String: Int] = [:]
        let ids = Set(given.map(\.id))
        for m in given where m.name.hasSuffix("预算") && !m.id.hasSuffix("-final") {
            if ids.contains(m.id + "-actual") { continue }
            var f = m
            f.id = m.id + "-final"
            f.name = String(m.name.dropLast(2)) + "决算"
            // Found only through its plan (see `Reading.identity`): patterns of its own would
            // make every item's 支出决算 a headline.
            f.patterns = []
            if !ids.contains(f.id) { metrics.append(f) }
        }
        var byID: [String: Int] = [:]
        for (k, m) in metrics.enumerated() where byID[m.id] == nil { byID[m.id] = k }
        for m in given where m.name.hasSuffix("预算") {
            if let k = byID[m.id + "-actual"] ?? byID[m.id + "-final"] { finals[m.id] = k }
        }
        self.finals = finals
        self.byID = byID
        self.metrics = metrics
        endings = Self.endingIndex(metrics)
        allPatterns = WordList(metrics.flatMap(\.patterns))
        patternMetric = metrics.indices.flatMap { k in Array(repeating: k, count: metrics[k].patterns.count) }
        measureLists = metrics.map { $0.measures.map(ByteWords.init) }
        isExactOnly = metrics.map { Self.exactOnly.contains($0.id) }
        isStock = metrics.map { Self.stocks.contains($0.id) }
        qualifierLists = metrics.map { $0.qualifiedBy.isEmpty ? nil : WordList($0.qualifiedBy) }
    }

    public static let builtIn: MetricCatalog = {
        // Compiled in from Data/metrics.json and checked by a test: a failure here is a
        // build error, never a silently empty catalog (no figure would be a headline).
        // (Its shape is not checked again at each start: the test parses Data/metrics.json
        // with the check and compares; the check cost half the catalog's start.)
        do { return try parse(json: builtInJSON, file: "<built-in metrics>", checkShape: false) } catch {
            preconditionFailure("the built-in metric catalog does not parse: \(error)")
        }
    }()

    public static func loading(file: String, over base: MetricCatalog = .builtIn) throws -> MetricCatalog {
        let extra = try parse(json: String(decoding: try JSONShape.read(file, what: "metric catalog"), as: UTF8.self), file: file)
        return MetricCatalog(metrics: extra.metrics + base.metrics.filter { m in !extra.metrics.contains { $0.id == m.id } })
    }

    public static func parse(json: String, file: String, checkShape: Bool = true) throws -> MetricCatalog {
        let value = try JSONReader.parse(json, file: file)
        if checkShape { try JSONShape.metricCatalog.check(value, file: file) }
        guard let list = value["metrics"]?.arrayValue else {
            throw BriefError(.usage, "metric catalog needs a \"metrics\" array", at: SourceLocation(file: file))
        }
        var metrics: [Metric] = []
        for (i, m) in list.enumerated() {
            guard let id = m["id"]?.stringValue, let name = m["name"]?.stringValue,
                  let cat = m["category"]?.stringValue.flatMap(FactCategory.init(rawValue:)),
                  let patterns = m["patterns"]?.arrayValue?.compactMap(\.stringValue), !patterns.isEmpty else {
                throw BriefError(.usage, "metric \(i + 1) needs id, name, a category (\(FactCategory.allCases.map(\.rawValue).joined(separator: ", "))) and patterns",
                                 at: SourceLocation(file: file))
            }
            let key: Bool
            if case .bool(let b)? = m["key"] { key = b } else { key = false }
            metrics.append(Metric(id: id, name: name, category: cat, key: key, patterns: patterns,
                                  measures: m["measures"]?.arrayValue?.compactMap(\.stringValue), family: m["family"]?.stringValue,
                                  keyFor: m["keyFor"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                                  qualifiedBy: m["qualifiedBy"]?.arrayValue?.compactMap(\.stringValue) ?? []))
        }
        return MetricCatalog(metrics: metrics)
    }

    /// The known metric a subject names, if any: the pattern must end the subject once it is
    /// normalised (unit names, 全年, 累计, leading verbs dropped: Chinese puts the head noun
    /// last), with at most two characters before it, so 事业单位经营收入 is not 营收 and
    /// 政府性基金拨款支出预算 is not 支出预算.
    public func metric(forSubject subject: String, measure: String, registry: UnitRegistry = .builtIn) -> Metric? {
        metric(forSubject: subject, scalars: subject.scalarArray, measure: measure, registry: registry)
    }

    /// The same, with the subject's scalars already decoded (a figure asks three rules).
    func metric(forSubject subject: String, scalars: [Unicode.Scalar], measure: String, registry: UnitRegistry = .builtIn) -> Metric? {
        metric(scalars: scalars, normalized: { SubjectNormalizer.normalizedWithScalars(subject, scalars: scalars, registry: registry).scalars }, measure: measure)
    }

    /// The metric of a subject and of its normalised form (made only when the first fails).
    func metric(scalars: [Unicode.Scalar], normalized: () -> [Unicode.Scalar], measure: String) -> Metric? {
        // As written (全年收入 is its own pattern), then normalised (上海软件中心全年专业技术服务项目,
        // 一般公共预算收入预算安排).
        writtenMetric(scalars, measure: measure) ?? normalizedMetric(scalars, normal: normalized(), measure: measure)
    }

    /// The first half of `metric(scalars:normalized:measure:)`: the subject as written. The
    /// one-bit test first: most subjects end in no pattern.
    func writtenMetric(_ scalars: [Unicode.Scalar], measure: String) -> Metric? {
        allPatterns.mayEnd(scalars) ? ending(scalars, measure: measure, maxPrefix: 2) : nil
    }

    /// The second half: the subject normalised (`normal`), when as written it named none.
    func normalizedMetric(_ scalars: [Unicode.Scalar], normal: [Unicode.Scalar], measure: String) -> Metric? {
        guard allPatterns.mayEnd(normal) else { return nil }
        if let m = ending(normal, measure: measure, maxPrefix: 2) { return m }
        // "研究院营业收入", "中心今年已累计举办培训": a unit calling itself by its kind of
        // institution, and the period and totals words after it.
        var own: [Unicode.Scalar]? = nil
        if let w = Self.institutionWords.firstIndex(where: { normal.starts(with: $0) && normal.count >= $0.count + 2 }) {
            let rest = SubjectNormalizer.droppingLeadingWords(Array(normal.dropFirst(Self.institutionWords[w].count)))
            if let m = ending(rest, measure: measure, maxPrefix: 2) { return m }
            own = rest
        }
        if let m = ownWorkMetric(normal, measure: measure) { return m }
        if let own, let m = ownWorkMetric(own, measure: measure) { return m }
        return tableLabelMetric(scalars, measure: measure)
    }

    /// "举办主题科普活动", "受理客户有效投诉": the object of a verb of the unit's own work.
    /// (Not 新增/引进 before a stock, nor 带动/支持, whose objects are others' figures.)
    /// (A goal's word before it, 计划举办各类展会, goes too.)
    private func ownWorkMetric(_ s: [Unicode.Scalar], measure: String) -> Metric? {
        let plan = Self.planWords.match(in: s, at: 0).map { Self.planWords.scalars[$0].count } ?? 0
        guard let v = Self.ownWorkVerbs.match(in: s, at: plan), s.count >= plan + Self.ownWorkVerbs.scalars[v].count + 2 else { return nil }
        return ending(Array(s.dropFirst(plan + Self.ownWorkVerbs.scalars[v].count)), measure: measure, maxPrefix: 2)
    }

    static let planWords = WordList(["计划", "力争", "预计", "拟", "将"])
    static let ownWorkVerbs = WordList(["举办", "开展", "组织", "举行", "承办", "推出", "召开", "完成", "办理", "受理", "开设"])
    static let institutionWords = ["研究院", "研究所", "中心", "院", "所", "委"].map { Array($0.unicodeScalars) }

    /// A performance table's row label: `新增高新技术企业认定数量` is the count of 新增高新技术企业,
    /// and `服务对象满意度 企业满意度` (二级 and 三级 指标 in one cell) is its last, most specific name.
    private func tableLabelMetric(_ s: [Unicode.Scalar], measure: String) -> Metric? {
        var t = s
        if let space = t.lastIndex(of: " "), t.count - space > 2 { t = Array(t[(space + 1)...]) }
        for tail in Self.countTails where t.count > tail.count + 2 && t.suffix(tail.count).elementsEqual(tail) {
            t.removeLast(tail.count)
            break
        }
        guard t.count < s.count, allPatterns.mayEnd(t) else { return nil }
        return ending(t, measure: measure, maxPrefix: 2)
    }

    static let countTails = ["认定数量", "认定数", "数量", "个数"].map { Array($0.unicodeScalars) }

    /// A metric whose pattern ends the subject after any qualifier (智能软件产业区税 → 区税):
    /// good for its category and headline flag, not for its identity.
    /// `measure` nil: any measure (the growth rate of a metric counted in 亿元).
    func headlineMetric(forSubject scalars: [Unicode.Scalar], measure: String?) -> Metric? {
        ending(scalars, measure: measure, maxPrefix: Int.max)
    }

    /// One metric's patterns that can end a subject with a given last scalar (an empty
    /// pattern goes with each of its metric's last scalars, as a metric is asked only when
    /// one of its patterns ends in the subject's last scalar).
    struct Ending: Sendable {
        var metric: Int
        var patterns: [[Unicode.Scalar]]
    }

    static func endingIndex(_ metrics: [Metric]) -> [Unicode.Scalar: [Ending]] {
        var index: [Unicode.Scalar: [Ending]] = [:]
        for (k, m) in metrics.enumerated() {
            let patterns = m.patterns.map { Array($0.unicodeScalars) }
            let empty = patterns.filter(\.isEmpty)
            var lasts: [Unicode.Scalar] = []
            for p in patterns { if let l = p.last, !lasts.contains(l) { lasts.append(l) } }
            for l in lasts {
                index[l, default: []].append(Ending(metric: k, patterns: patterns.filter { $0.last == l } + empty))
            }
        }
        return index
    }

    private func ending(_ s: [Unicode.Scalar], measure: String?, maxPrefix: Int) -> Metric? {
        guard let last = s.last, let candidates = endings[last] else { return nil }
        // The metric of the longest pattern that ends the subject: 科普活动 is the science
        // popularisation events', not the events' whose pattern 活动 it also ends in.
        // (The index, not the metric: a Metric copied is a dozen strings retained.)
        var best: (metric: Int, length: Int)? = nil
        for e in candidates {
            // A generic rate (完成率, 合格率) is this metric only as written alone: 区税完成比 and
            // 任务完成率 are two figures, not two values of one (the flag still comes from headlineMetric).
            let exact = maxPrefix != Int.max && isExactOnly[e.metric]
            let stock = maxPrefix != Int.max && isStock[e.metric]
            var length = -1
            // The pattern's end compared first, scalar by scalar from the last: most patterns
            // sharing the subject's last scalar differ within two more; the qualifiers are
            // looked for only in a subject the pattern ends.
            for p in e.patterns where p.count > length && p.count <= s.count && Self.ends(s, with: p)
                && (s.count - p.count <= (exact ? 0 : maxPrefix) || qualifierLists[e.metric]?.occurs(in: s, within: 0..<(s.count - p.count)) == true)
                // 新增/新认定 before a stock (有效专利, 科技型中小企业) counts the year's additions:
                // another figure, unless the pattern says so itself (新增高企).
                && !(stock && s.count > p.count && s.first == "新")
                // 服务科技型中小企业 counts the clients a unit served, not the area's stock of them.
                && !(stock && s.count > p.count && Self.clientVerbs.match(in: s, at: 0) != nil) {
                length = p.count
            }
            guard length >= 0, length > best?.length ?? -1 else { continue }
            // 18.6 万家次 is counted in 家次: a scale word does not change the measure.
            let k = e.metric
            if measure.map({ m in measureLists[k].map { $0.containsBytes(m) || $0.containsBytes(Self.withoutScale(m)) } ?? true }) ?? true {
                best = (k, length)
            }
        }
        // 组织申报市级以上科技奖项42项: the awards applied for are no honours won.
        if let b = best, metrics[b.metric].category == .honour, Self.isApplication(s) { return nil }
        return best.map { metrics[$0.metric] }
    }

    @inline(__always)
    static func ends(_ s: [Unicode.Scalar], with p: [Unicode.Scalar]) -> Bool {
        guard p.count <= s.count else { return false }
        var i = s.count, j = p.count
        while j > 0 {
            i -= 1; j -= 1
            if s[i] != p[j] { return false }
        }
        return true
    }

    static let clientVerbs = WordList(["服务", "帮助", "走访", "支持", "扶持", "带动", "对接", "助力", "惠及", "覆盖"])
    static let exactOnly: Set<String> = ["completion-rate", "pass-rate"]
    /// Counts of what a unit or district has at a date, whose 新增 is another figure.
    static let stocks: Set<String> = ["high-tech-enterprises", "tech-smes", "little-giants", "specialised-smes", "above-scale-enterprises",
                                      "incubators", "incubated-enterprises", "science-pop-bases", "valid-patents", "regional-headquarters", "staff", "party-members",
                                      "postdocs", "base-stations", "rd-personnel", "science-parks", "park-enterprises"]

    /// A looser match (the pattern anywhere in the subject), good for a category only.
    public func category(forSubject subject: String, measure: String) -> FactCategory? {
        category(forSubject: subject.scalarArray, measure: measure)
    }

    func category(forSubject scalars: [Unicode.Scalar], measure: String) -> FactCategory? {
        // The metrics named, taken in catalog order: a subject names a few at most, so they
        // are gathered and sorted rather than every metric of the catalog being asked.
        var named: [Int] = []
        for i in scalars.indices {
            allPatterns.forEachMatch(in: scalars, at: i) { named.append(patternMetric[$0]) }
        }
        guard !named.isEmpty else { return nil }
        named.sort()
        // (Asked only of a subject that names an honour: this runs for every figure.)
        let applied = named.contains { metrics[$0].category == .honour } && Self.isApplication(scalars)
        return named.first { k in (measureLists[k]?.containsBytes(measure) ?? true) && !(applied && metrics[k].category == .honour) }.map { metrics[$0].category }
    }

    static func withoutScale(_ measure: String) -> String {
        // 万 and 亿 both start with byte E4: most measures have no scale word to drop.
        guard measure.utf8.first == 0xE4 else { return measure }
        for w in ["万亿", "亿", "万"] where measure.startsWithBytes(w) && measure.scalarCount > w.scalarCount {
            return String(measure.unicodeScalars.dropFirst(w.scalarCount))
        }
        return measure
    }

    // MARK: General rules for subjects the catalog does not know

    static let growthWords = WordList(["增长", "增加", "提高", "提升", "下降", "减少", "降低", "增幅", "同比", "环比", "回落", "上升"])
    static let satisfactionWords = WordList(["满意", "投诉", "办结率", "按时", "及时率", "审查率", "备案率", "完成率", "合格率", "达标率", "好评率"])
    static let honourWords = WordList(["荣誉", "奖", "称号", "表彰", "先进", "文明单位", "示范基地", "获评", "荣获"])
    static let peopleWords = WordList(["人才", "干部", "党员", "员工", "职工", "专家", "博士", "人员", "教师", "院士", "在编", "录用", "招收", "带头人", "启明星", "团队成员"])
    static let outputWords = WordList(["专利", "标准", "著作", "论文", "课题", "知识产权", "报告", "简报", "出版", "刊印", "《", "推文", "调研课题", "成果"])
    static let serviceWords = WordList(["服务", "企业", "客户", "培训", "活动", "会议", "讲座", "走访", "接待", "评审", "评估", "测评", "检测", "测试", "宣讲", "路演", "论坛", "峰会", "课程", "调研", "参与", "参加", "受理", "办理", "认定", "入库", "扶持", "资助", "立项", "护航", "来访", "访问", "用券", "学习", "党课", "读书班", "工单", "业务", "项目", "科普", "孵化"])
    static let moneyWords = WordList(["金额", "经费", "资金", "收入", "支出", "决算", "税", "投资", "预算", "成交", "产值", "营收", "资助", "奖励", "拨款", "费"])
    static let serviceMeasures: ByteWords = ["项", "家", "次", "场", "场次", "人次", "件", "期", "家次", "个", "位", "名", "人", "万人次", "张"]
    static let countMeasures: ByteWords = ["项", "个", "件", "篇", "本", "份", "部", "册"]
    static let honourMeasures: ByteWords = ["项", "个", "家", "届", "次", "年"]
    /// 申报, 推荐, 参评: what is put forward for a prize, not won (unless the name says 获).
    static let applicationWords = WordList(["申报", "推荐", "参评", "报名", "申请"])
    static func isApplication(_ s: [Unicode.Scalar]) -> Bool { applicationWords.occurs(in: s) && !s.contains("获") }
    static let peopleMeasures: ByteWords = ["人", "名", "位"]

    /// The category of a fact from its subject and measure, for subjects the catalog does
    /// not know. Deliberately conservative: when no rule is sure, `other`.
    public static func category(subject: String, quantity: Quantity) -> FactCategory {
        category(subject: subject.scalarArray, quantity: quantity)
    }

    static func category(subject s: [Unicode.Scalar], quantity: Quantity) -> FactCategory {
        // 23.4万家 counts 家: a scale word does not change what is counted.
        let m = quantity.isBareScale ? quantity.measure : withoutScale(quantity.measure)
        if (quantity.isRate || quantity.isMoney) && growthWords.occurs(in: s) { return .growth }
        if (m.utf8.isEmpty || m.hasSameBytes(as: "%")) && satisfactionWords.occurs(in: s) { return .satisfaction }
        if quantity.isMoney { return .finance }
        if quantity.isBareScale {
            return moneyWords.occurs(in: s) ? .finance : .other
        }
        if honourMeasures.containsBytes(m) && honourWords.occurs(in: s) { return isApplication(s) ? .other : .honour }
        if peopleMeasures.containsBytes(m) && peopleWords.occurs(in: s) { return .people }
        if countMeasures.containsBytes(m) && outputWords.occurs(in: s) { return .output }
        if serviceMeasures.containsBytes(m) && serviceWords.occurs(in: s) { return .service }
        return .other
    }

    static let builtInJSON = BuiltInData.metricsJSON
}
