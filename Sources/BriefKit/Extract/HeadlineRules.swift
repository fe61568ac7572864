/// Which figures are headlines — the figures a director's briefing must show — by general
/// rules, never by sentence:
///
/// - a headline metric of the catalog (service volume, clients, satisfaction, revenue,
///   budget totals, R&D spending, high-tech enterprises …), also as the earlier value a
///   report quotes for comparison;
/// - a total: a subject that sums (总额, 总量, 合计, 规模 …), or a table's total row;
/// - the change or share stated right after a headline figure (营收 1104.94 亿元，同比增长
///   32.17%; 研发投入 304.45 亿元，占GDP达 10.6%);
/// - the figures under a summary heading (主要目标完成情况), named in an article's or
///   page's title, or stated in its first paragraph.
///
/// Never a headline: a figure a rule had to guess (`confident` false), a goal or forecast,
/// a detail (a modest cost item, a rate per period, a target quoted from another document),
/// a length of time, or a figure without a year.
struct HeadlineRules {
    let catalog: MetricCatalog
    let title: String?
    let kind: DocumentKind
    /// The largest amount (in 元) the document has stated so far: a spending category more
    /// than half of it is where the money goes. Carried from window to window.
    var largestAmount: Double = 0
    /// The document's unit, to tell its own figures from another district's.
    var unit: String? = nil
    /// A fund's or a budget's performance evaluation (绩效自评报告): it reports what was done,
    /// its opening paragraph the results (a 决算's opening reconciles its books instead).
    var evaluatesPerformance = false

    private static let countLeads = ["其中", "共", "全市", "全区"].map(\.scalarArray)

    /// `有6个区…`, `其中有3家…`: a name that opens on a count of things.
    static func opensOnACount(_ subject: String) -> Bool {
        // Asked of every figure: read in place, the leads decoded once.
        var u = Substring(subject).unicodeScalars
        for lead in countLeads where u.starts(with: lead) { u = u.dropFirst(lead.count) }
        guard u.first == "有", let f = u.dropFirst().first else { return false }
        return QuantityScanner.isDigit(f) || (ChineseNumerals.digit(f) ?? 0) > 0 || f == "十"
    }

    mutating func mark(_ facts: inout [Fact], traces: [FigureTrace]) {
        // A commendation decides whom it honours and what it pays: those are its headlines,
        // the year's results its preamble recalls are the background.
        if let t = title, Self.isCommendation(t) { return markCommendation(&facts, traces: traces) }
        let titleFigures = title.map(Self.figures(in:)) ?? []
        let news = kind == .articleFeed || kind == .other
        let leadFigures = traces.reduce(0) { $0 + ($1.inLead && !$1.fromTable ? 1 : 0) }
        for i in facts.indices {
            let mainCategory = kind == .budget && isMainCategory(facts[i], traces[i])
            let f = facts[i]
            let t = traces[i]
            // A figure with no measure is a headline only as a rate or index (满意度指数 96.8).
            let bare = f.quantity.measure.isEmpty && !Self.isRateOrIndex(f, catalog)
            // "有6个区研发经费投入强度超过4%": the figure is the bar a count of things cleared.
            guard f.confident, f.year != nil, f.role != .target, !t.isDetail, !bare, !Self.opensOnACount(f.subject) else { facts[i].key = false; continue }
            var key = false
            // Decoded once: three rules below read the subject's scalars.
            let subject = f.subject.scalarArray
            if let id = f.metric, let m = catalog.metric(id: id), m.key { key = true }
            // A headline metric after a qualifier (智能软件产业区税, 全市集成电路产业规模).
            // A bracketed qualifier (科技小巨人（含培育）企业) hides the pattern's end: asked again
            // without it, for the flag only (the metric's identity keeps the qualifier).
            if !key, f.role != .change, !t.fromTable || t.isTotalRow,
               let m = catalog.headlineMetric(forSubject: subject, measure: f.quantity.measure)
                   ?? Self.withoutBrackets(subject).flatMap({ catalog.headlineMetric(forSubject: $0, measure: f.quantity.measure) }), m.key {
                key = true
            }
            // (Not the count a share names, 三类合计占全部工单50.9%.)
            if !key, f.role == .actual || f.role == .budget,
               Self.totalWords.occurs(in: subject) && !Self.countOfAShare.occurs(in: subject) || (t.fromTable && t.isTotalRow && f.category != .other) {
                key = true
            }
            if !key, mainCategory { key = true }
            // The size of a programme the government funds (区财政安排科技创新专项资金3.2亿元).
            if !key, f.role == .actual || f.role == .budget, f.quantity.isMoney, !t.fromTable, Self.fiscalArrangement.occurs(in: subject),
               let last = subject.last, Self.fundEnds.contains(last) {
                key = true
            }
            // A main part of a total: an amount that is more than half of it (按支出功能分类，
            // 科学技术支出15,720.44万元，占83.3%).
            if !key, f.role == .actual || f.role == .budget, f.quantity.isMoney, !t.fromTable, i + 1 < facts.count,
               Self.isMajorShare(facts[i + 1], of: f, traces[i + 1], t) {
                key = true
            }
            // The change or share stated after a headline figure: back over the changes and
            // shares of the same sentence to the figure they describe.
            if !key, f.role == .change || f.role == .share, !t.fromTable, let owner = Self.owner(of: i, facts, traces), facts[owner].key {
                key = true
            }
            // "全市GDP增长5.5%，规上工业产值增长5.7%，软件和信息服务业增长22.8%": a rate listed
            // beside headline rates in one sentence is one of them.
            if !key, f.role == .change, f.quantity.isRate, i > 0, facts[i - 1].key, facts[i - 1].role == .change,
               facts[i - 1].quantity.isRate, traces[i - 1].line == t.line, traces[i - 1].sentence == t.sentence, !t.inherits {
                key = true
            }
            // A year-on-year rate, or the change of a headline metric (顾客投诉率下降0.8个百分点).
            if !key, f.role == .change, f.quantity.isRate, Self.yearOnYear.occurs(in: subject) {
                key = true
                // "整改率94.4%，较上年提高2.6个百分点": a rate followed from year to year is a
                // headline itself, beside its change (named by the change's own subject).
                if let o = Self.namedOwner(of: i, facts, traces), facts[o].quantity.isRate, facts[o].role == .actual,
                   facts[o].confident, facts[o].year == f.year, !traces[o].isDetail,
                   unit.map({ !Self.namesOtherDistrict(facts[o].subject, unit: $0) }) ?? true {
                    facts[o].key = true
                }
            }
            // The growth of a headline metric: 全市GDP增长5.5%, 顾客投诉率下降0.8个百分点.
            if !key, f.role == .change, f.quantity.isRate, let m = catalog.headlineMetric(forSubject: Self.withoutChange(f.subject), measure: nil), m.key {
                key = true
            }
            if !key, t.inSummary, f.category != .other { key = true }
            // The work the unit exists for, or the one the page is about: 科普活动 of a 科协 or
            // a 科技馆, 培训 in an article titled for a training.
            // (Not in a budget, whose counts of events are plans.)
            if !key, f.role == .actual, kind != .budget, !t.fromTable || t.isTotalRow, let id = f.metric, let m = catalog.metric(id: id), !m.keyFor.isEmpty,
               m.keyFor.contains(where: { w in (unit?.hasBytes(w) ?? false) || (title?.hasBytes(w) ?? false) || (t.entryHead?.hasBytes(w) ?? false) }) {
                key = true
            }
            if !key, !titleFigures.isEmpty, titleFigures.contains(where: { Series.agree($0, f.quantity) || $0.folded == f.quantity.folded }) {
                key = true
            }
            // The opening paragraph of a news page states its news; a work summary's, when it
            // sums up several results (a lone first figure may open the first section).
            // (An index's points count too: 综合指数平均得分为71.2分, 比上年提高1.8分; not a
            // model's score in a test, 以61分获得第一.)
            // (So does a performance self-evaluation's: 该项目年初预算…，全年执行数…，支持项目326个.)
            if !key, news || ((kind == .workSummary || evaluatesPerformance) && leadFigures >= 3), t.inLead, f.role == .actual || f.role == .change,
               f.category != .other || (f.quantity.measure.hasSameBytes(as: "分") && Self.indexWords.occurs(in: subject))
                   || (f.quantity.measure.isEmpty && Reading.namesAnIndex(subject)) {
                key = true
            }
            // "项目总预算17,365.16万元" in a budget's project list: one project's total, not the
            // unit's; a bare 总预算 has lost whose it is (a bare 总金额 after 签约项目16个 sums them).
            if key, Self.isProjectTotal(f.subject) { key = false }
            // A length of time is the period or a detail (两天进博会参展期间已斩获200架订单: the
            // headline is the 200架, named in the title beside 两天), unless the catalog says so.
            if key, f.quantity.isDuration, f.metric.flatMap(catalog.metric(id:))?.key != true { key = false }
            // "闵行区科创园区入驻高新技术企业超过1,300家，是我区的2.1倍": another district's figure,
            // quoted for comparison, is no headline of the unit's.
            if key, let unit, Self.namesOtherDistrict(f.subject, unit: unit) { key = false }
            // "高于全市平均水平（98.9%）": an average the unit is compared with is not its figure.
            if key, Self.isWiderAverage(f.subject, unit: unit) { key = false }
            // A zero amount or count (事业单位经营收入0万元, 安全生产事故0起) says there was none:
            // no headline. A rate of zero (客户投诉率保持为 0) still is one.
            if key, f.quantity.value == 0, !f.quantity.isRate, !Self.isRateOrIndex(f, catalog) { key = false }
            facts[i].key = key
        }
        // A list put up for objections (关于2025年度…科学技术奖拟表彰名单的公示): besides its lead,
        // how many it proposes to honour (拟表彰…进步奖12项、…领军人才3名); not the count of a
        // grade inside it (一等奖2项).
        if let t = title, Self.isSelectionNotice(t) {
            for i in facts.indices where !facts[i].key {
                let f = facts[i], t = traces[i]
                guard f.confident, f.year != nil, f.role == .actual, !t.fromTable, !t.isDetail,
                      Self.honouredCounts.containsBytes(f.quantity.measure),
                      Self.selectionVerbs.occurs(in: f.provenance.quote.scalarArray), !HonourExtractor.isBareGrade(f.subject) else { continue }
                facts[i].key = true
            }
        }
    }

    /// `关于2025年度静安区科学技术奖拟表彰名单的公示`, `…拟认定…名单公示`.
    static func isSelectionNotice(_ title: String) -> Bool {
        title.endsWithBytes("公示") && selectionVerbs.occurs(in: title.scalarArray)
    }
    static let selectionVerbs = WordList(["拟表彰", "拟授予", "拟命名", "拟认定", "拟推荐", "表彰"])

    /// `关于表彰2025年度…先进集体和先进个人的决定`, `…予以通报表扬的通报`.
    static func isCommendation(_ title: String) -> Bool {
        ["表彰", "表扬", "嘉奖", "命名"].contains { title.hasBytes($0) } && ["决定", "通报"].contains { title.endsWithBytes($0) }
    }

    /// The honoured counted where they are honoured (授予…6个集体, 3个单位予以通报表扬) and the
    /// sums paid (奖励资金共计46万元); nothing else.
    func markCommendation(_ facts: inout [Fact], traces: [FigureTrace]) {
        for i in facts.indices {
            let f = facts[i], t = traces[i]
            guard f.confident, f.year != nil, f.role == .actual, !t.fromTable else { facts[i].key = false; continue }
            let honoured = Self.honouredCounts.containsBytes(f.quantity.measure) && Self.honourVerbs.occurs(in: f.provenance.quote.scalarArray)
            facts[i].key = honoured || (f.quantity.isMoney && t.statedAsSum)
        }
    }
    static let honouredCounts: ByteWords = ["个", "名", "位", "家", "项", "人", "支"]
    static let honourVerbs = WordList(["授予", "表彰", "表扬", "命名", "评为", "嘉奖"])

    /// Whether a subject opens on a district that is not the unit's (上海市闵行区…, 嘉定区…, 浦东…
    /// in a report of 宝山 or of a city body).
    static func namesOtherDistrict(_ subject: String, unit: String) -> Bool {
        var t = subject
        for lead in ["上海市", "上海"] where t.startsWithBytes(lead) { t = String(t.unicodeScalars.dropFirst(lead.unicodeScalars.count)) }
        guard let named = UnitNames.districtShort.first(where: { t.startsWithBytes($0.0) }) else { return false }
        // 浦东 of 浦东新区; a name that only starts like a district (长宁路) needs its 区.
        guard t.startsWithBytes(named.1) || t.startsWithBytes(named.0 + "区") || named.0 == "浦东" else { return false }
        return !unit.hasBytes(named.0)
    }

    /// The subject without its bracketed parts, if it has any.
    static func withoutBrackets(_ s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard s.contains(where: { $0 == "(" || $0 == "（" }) else { return nil }
        var out: [Unicode.Scalar] = [], depth = 0
        for c in s {
            if c == "(" || c == "（" { depth += 1; continue }
            if c == ")" || c == "）" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        return out.count >= 2 ? out : nil
    }

    static func isProjectTotal(_ subject: String) -> Bool {
        ["项目总预算", "项目总投资", "项目总经费", "项目总金额"].contains { subject.hasBytes($0) }
            || subject.hasSameBytes(as: "总预算")
    }

    static func isRateOrIndex(_ f: Fact, _ catalog: MetricCatalog) -> Bool {
        let m = f.metric.flatMap(catalog.metric(id:)) ?? catalog.headlineMetric(forSubject: f.subject.scalarArray, measure: "")
        // Or a count the catalog knows written bare: a 政府信息公开 report's table of
        // 本年处理决定数量 counts 行政许可 with no unit.
        return m?.family == "rate" || m?.family == "index" || (f.metric != nil && m?.countsWithoutUnit == true)
            || (f.quantity.measure.isEmpty && Reading.namesAnIndex(f.subject.scalarArray))
    }

    /// The figure a change names by its whole subject and then a comparison (…支出决算
    /// 比2024年度决算下降 is the 决算's, not the 年初预算 stated between them). Searched over
    /// the line, as a ； may stand between (…完成年初预算的81.8%；比2024年度决算下降7.1%);
    /// the comparison word keeps 服务企业 from owning 服务企业满意度.
    static func namedOwner(of i: Int, _ facts: [Fact], _ traces: [FigureTrace]) -> Int? {
        var j = i - 1
        while j >= 0, traces[j].line == traces[i].line, !traces[j].fromTable {
            if facts[j].role != .change, facts[j].role != .share, facts[j].subject.scalarCount >= 2,
               !(facts[j].quantity.measure.isEmpty && facts[j].category == .other),
               facts[i].subject.startsWithBytes(facts[j].subject), facts[i].subject.scalarCount > facts[j].subject.scalarCount,
               Self.comparisonLeads.contains(facts[i].subject.unicodeScalars.dropFirst(facts[j].subject.scalarCount).first ?? " ") {
                return j
            }
            j -= 1
        }
        return nil
    }

    /// The figure a change or share describes: the nearest figure before it in its sentence
    /// (or the one whose subject it took) that is neither.
    static func owner(of i: Int, _ facts: [Fact], _ traces: [FigureTrace]) -> Int? {
        if let j = namedOwner(of: i, facts, traces) { return j }
        var k = i - 1
        var linked = traces[i].inherits
        // A share after the change of a total it does not state (产值同比增长8.9%，占全市
        // …比重16.4%) describes what that change does.
        var change: Int? = nil
        while k >= 0, traces[k].line == traces[i].line, !traces[k].fromTable {
            guard traces[k].sentence == traces[i].sentence || linked else { break }
            // 三大先导产业: a descriptor, no figure a share or change could describe.
            if facts[k].quantity.measure.isEmpty, facts[k].category == .other { k -= 1; continue }
            if facts[k].role != .change && facts[k].role != .share { return k }
            if change == nil, facts[k].role == .change, facts[i].role == .share { change = k }
            linked = linked && traces[k].inherits
            k -= 1
        }
        return change
    }

    /// Whether a figure is a spending category a budget's text lists (财政拨款支出主要用于以下
    /// 方面：1.“教育支出”科目4,509万元…2.“科学技术支出”科目521,014万元…) that is more than half
    /// of the largest amount stated before it (the budget's total): the category the unit's
    /// money goes to. A category is named in quotes or with its level (科目, (类), (项), (款)).
    mutating func isMainCategory(_ f: Fact, _ t: FigureTrace) -> Bool {
        guard f.quantity.isMoney, f.role == .budget || f.role == .actual else { return false }
        let folded = f.quantity.folded
        guard folded.measure == "元" else { return false }
        let before = largestAmount
        largestAmount = max(largestAmount, folded.value)
        guard !t.fromTable, f.confident else { return false }
        let subject = f.subject
        return Self.categoryNames.contains(where: { subject.hasBytes($0) }) && folded.value > before / 2 && folded.value < before
    }

    /// A category's name: …支出 closed by a quote or followed by its level (not “三公”经费支出).
    static let categoryNames = ["支出”", "支出科目", "支出(类)", "支出(项)", "支出(款)", "支出（类）", "支出（项）", "支出（款）"]

    /// Whether `share` says `f` is more than half of the spending it is listed in: `占83.3%`
    /// or `占支出预算88.7%` right after it. Not `完成预算的99%` (a rate of execution) nor a
    /// share of something else (`占政府采购预算总额80%`).
    static func isMajorShare(_ share: Fact, of f: Fact, _ st: FigureTrace, _ t: FigureTrace) -> Bool {
        guard share.role == .share, share.quantity.measure == "%", share.quantity.value > 50, share.quantity.value <= 100,
              st.line == t.line, st.sentence == t.sentence, f.subject.scalarCount >= 2, share.subject.startsWithBytes(f.subject) else { return false }
        let rest = Array(share.subject.unicodeScalars.dropFirst(f.subject.scalarCount))
        guard rest.first == "占" else { return false }
        let whole = String(scalars: rest.dropFirst())
        return whole.isEmpty || ["支出", "支出预算", "支出决算", "总支出"].contains { whole.endsWithBytes($0) }
    }

    static let fiscalArrangement = WordList(["财政安排", "财政投入", "财政拨付", "财政设立"])
    static let fundEnds: Set<Unicode.Scalar> = ["金", "费"]

    /// What opens a change's or share's words after its figure's subject: 比, 较, 同比, 完成, 占, 增长.
    static let comparisonLeads: ScalarSet = ["比", "较", "同", "完", "占", "增", "下", "减", "提", "环"]

    static let yearOnYear = WordList(["同比", "比上年", "较上年", "比去年", "较去年"])
    static let changeTails = WordList(["同比增长", "同比下降", "同比提高", "同比提升", "同比减少", "环比增长", "环比下降", "增长", "下降", "提高", "提升",
                                       "减少", "降低", "增加", "上升", "回落", "缩短", "压缩", "增幅", "增速", "涨幅", "降幅"])

    /// The subject without the change phrase that ends it (顾客投诉率下降 → 顾客投诉率).
    static func withoutChange(_ subject: String) -> [Unicode.Scalar] {
        var s = subject.scalarArray
        if let w = changeTails.match(in: s, endingBefore: s.count) { s.removeLast(changeTails.scalars[w].count) }
        return s
    }

    /// The changed figure's own name, its comparison gone too (…经费支出比上年增长 →
    /// …经费支出): what an earlier value in a bracket after the change is of.
    static func changedThing(_ subject: String) -> String {
        var s = withoutChange(subject)
        // …案件同比下降 → …案件: 同比 and 环比 are comparisons too.
        if s.count > 4, s.suffix(2).elementsEqual(["同", "比"]) || s.suffix(2).elementsEqual(["环", "比"]) { s.removeLast(2) }
        return String(scalars: SubjectFinder.comparisonCut(s).map(Array.init) ?? s)
    }

    /// `全国平均…`, `行业平均…`, the nation's aggregates, and `全市平均…` in a district's or a
    /// centre's document.
    static func isWiderAverage(_ subject: String, unit: String?) -> Bool {
        if ["全国平均", "全省平均", "行业平均", "同行业平均"].contains(where: { subject.startsWithBytes($0) }) { return true }
        // "全国社会消费品零售总额增长8.2%": the nation's economy, the setting of a Shanghai
        // body's figures (全国科普日 is an event the unit holds).
        // (Opening on it, or after a period word: 今年上半年全国….)
        let u = subject.scalarArray
        if let at = (0..<max(0, u.count - 1)).first(where: { u[$0] == "全" && u[$0 + 1] == "国" }), at <= 6,
           nationalAggregates.occurs(in: u) { return true }
        guard subject.startsWithBytes("全市平均") else { return false }
        // A city body's own average is its figure.
        return unit.map { u in UnitNames.districtShort.contains { u.hasBytes($0.0) } || !u.startsWithBytes("上海市") } ?? true
    }

    static let nationalAggregates = WordList(["生产总值", "GDP", "社会消费品零售总额", "规模以上工业", "规上工业", "工业增加值", "进出口", "固定资产投资",
                                              "居民消费价格", "一般公共预算收入", "财政收入", "实际使用外资", "研发经费", "R&D经费"])

    static let countOfAShare = WordList(["合计占", "总计占", "共计占"])

    /// An index's score: 综合指数得分, 发展指数.
    static let indexWords = WordList(["指数", "得分"])

    /// Words of a subject that sums: the figure is a total, a headline of its kind.
    static let totalWords = WordList(["总额", "总量", "总计", "合计", "总规模", "产业规模", "总收入", "总产值", "总投资", "总数",
                                      "总金额", "总装机", "总长", "总预算", "收入总", "支出总", "总体规模", "规模达", "总值"])

    /// The quantities a title states (`推介52个、近300亿元的产业项目` → 52 个, 300 亿元).
    static func figures(in title: String) -> [Quantity] {
        QuantityScanner(Array(title.unicodeScalars)).scan().filter { !$0.isBare && !$0.isNumberedName && !$0.hasNDa }.map(\.quantity)
    }
}
