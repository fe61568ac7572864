/// Finds honours: titles after 荣获/获评/入选/蝉联… in running text, and the rows of honour
/// tables. Levels come from the title's wording (全国 → national, 上海市/市 → municipal,
/// 区 → district, 市科技系统/上科院 → system), or from a table's group label.
struct HonourExtractor {
    var unit: String?
    var registry: UnitRegistry = .builtIn

    static let triggers = ["被评为", "获评为", "被认定为", "认定为", "被授予", "被命名为", "命名为", "荣获", "获评", "获批", "入选", "当选",
                           "评为", "蝉联", "继续保留", "保持", "斩获", "摘得", "获得", "获授", "授予", "成为", "作为", "成功申报", "成功创建", "入库", "获"]
    static let triggerList = WordList(triggers)
    static let brackets: ScalarSet = ["(", ")", "（", "）"]
    /// Words that make a phrase an honour: awards, titles, designations.
    static let referencesBack = ["该", "此", "这一", "这些", "这项", "上述", "此项", "该项", "同一"]
    static let honourWords = ["奖", "称号", "先进", "优秀", "示范", "标兵", "表扬", "表彰", "文明单位", "红旗手", "最美", "突出贡献", "工匠",
                              "领军", "典型", "之星", "荣誉", "提名", "百佳", "带头人", "启明星", "能手", "奖章", "资源池", "风采录",
                              "试点", "理事单位", "支撑单位", "会员单位", "委员单位", "裁判单位", "评估机构", "众创空间", "科普基地",
                              "示范基地", "评审专家", "突出集体", "突出参与单位", "先锋号", "文明号", "文明岗", "劳动奖状", "劳动模范"]
    /// Approvals and selections count too, after 获批/入选.
    static let approvalWords = ["中心", "基地", "流动站", "工作站", "平台", "实验室", "名单", "案例", "重点实验室"]
    static let honourWordList = WordList(honourWords)
    /// What 作为 may name as an honour held: a designation, not a description (典型…城市).
    static let designationWordList = WordList(["单位", "试点", "基地", "示范", "称号", "先进", "优秀", "标兵", "奖"])
    static let approvalWordList = WordList(approvalWords)
    /// 获 before these is a word (获得, 获取, 获悉, 获益, 获奖 read on its own), not a trigger.
    static let notHonourAfterHuo: ScalarSet = ["得", "取", "悉", "益", "奖"]
    static let approvalTriggers: ByteWords = ["获批", "入选"]
    static let approvalLeads = ["筹建", "成立", "建设", "设立", "组建", "创建"]
    static let stops: ScalarSet = ["，", "。", "；", "、", "：", "\t", ",", ";", "！", "？"]

    // MARK: Running text

    /// `previousTail`: the last clause of the line before, when that line ends mid-sentence
    /// (a PDF's short line: "…提名，智能制造团队负责人孔繁荣⏎⏎入选上海…典型人物").
    func honours(inText line: ScalarLine, reportYear: Int?, previousTail: () -> String? = { nil }, earlierEvent: String? = nil,
                 make: (String, Honour.Level, String, String?, Int?, Range<Int>) -> Honour) -> [Honour] {
        let s = line.scalars
        var result: [Honour] = []
        var i = 0
        // Read once, not per scalar (a static's accessor, the list's arrays retained), and
        // the line walked to the next trigger in one loop: most lines have none.
        let triggerList = Self.triggerList
        while i < s.count {
            guard let (at, t) = triggerList.nextMatch(in: s, from: i) else { break }
            i = at
            let trigger = Self.triggers[t]
            var j = i + triggerList.scalars[t].count
            // 获 alone is a trigger only before an honour-like object, and not in 获得感/获取.
            if trigger.hasSameBytes(as: "获"), j < s.count, Self.notHonourAfterHuo.contains(s[j]) { i += 1; continue }
            // 获得者, 入选者, 当选者: the one who got it, a noun (突出贡献奖获得者每人给予奖励10万元).
            if j < s.count, s[j] == "者" { i = j; continue }
            // 获得了红点奖, 荣获了…: the particle is not part of the title.
            if j < s.count, s[j] == "了" { j += 1 }
            let approval = Self.approvalTriggers.containsBytes(trigger)
            // "授予张明远等10人“…”称号": who is given it stands between the verb and the title.
            var grantee: String? = nil
            if trigger.hasSameBytes(as: "授予"), let (open, who) = Self.granteeBeforeQuote(s, from: j) {
                grantee = who
                j = open
            }
            var titles: [(String, Range<Int>, Bool)] = []
            while true {
                guard let (title, range, next) = readTitle(s, from: j) else { break }
                let named = next > range.upperBound   // followed by 称号
                titles.append((title, range, named))
                // A list of titles: "A、B、C等多项荣誉", "“A”“B”", "A以及B".
                if hasPrefix(s, "以及", at: next) { j = next + 2; continue }
                guard next < s.count, s[next] == "、" || s[next] == "“" else { break }
                j = s[next] == "、" ? next + 1 : next
            }
            let copula = trigger.hasSameBytes(as: "成为") || trigger.hasSameBytes(as: "作为")
            let strong = Self.strongTriggers.containsBytes(trigger)
            for (title, range, named) in titles where named || isHonourTitle(title, approval: approval) || (strong && Self.isQuotedTitle(title)) {
                // "对获得国家科学技术奖…的项目给予配套奖励": a rule that names a prize, not a prize won.
                if Self.isRule(s, trigger: i, titleEnd: titles.last?.1.upperBound ?? range.upperBound) { continue }
                // "成为明天更多工匠成长的阶梯", "作为典型受端电网城市": after a copula the title is the
                // object only when nothing follows it with 的 and, for 作为, it reads as a designation.
                if copula, !named, range.upperBound < s.count, s[range.upperBound] == "的" { continue }
                if trigger.hasSameBytes(as: "作为"), !named, !title.unicodeScalars.contains("“"), !Self.designationWordList.occurs(in: title.scalarArray) { continue }
                // Filtered lazily: the scalar view's filter builds a string a scalar at a time.
                var clean = String(scalars: title.unicodeScalars.lazy.filter { $0 != "“" && $0 != "”" })
                // "获批筹建上海首家…质检中心": the body approved is the title, the approval its note.
                if approval, let lead = Self.approvalLeads.first(where: { clean.startsWithBytes($0) && clean.scalarCount > $0.scalarCount + 3 }) {
                    clean = String(clean.unicodeScalars.dropFirst(lead.scalarCount)) + "（" + trigger + lead + "）"
                }
                // "连续五年获评该称号": a reference back to a title already named, not a new one.
                if Self.referencesBack.contains(where: { clean.hasSameBytes(as: $0) }) { continue }
                // "蝉联 7 届上海市文明单位": the title, and how many terms it was kept.
                if trigger.hasSameBytes(as: "蝉联"), let terms = Self.termCount(s, from: i + 2) { clean += "（蝉联 \(terms) 届）" }
                // "在第十届…大赛中荣获一等奖": a bare grade takes the event named before it.
                // Counted before any bracket: "一等奖（全区首次）" is as bare as 一等奖.
                let bare = clean.unicodeScalars.prefix { !Self.brackets.contains($0) }.count
                if bare <= 6, let event = eventBefore(s, trigger: i) { clean = event + clean }
                // "…获上海市科学技术奖，其中 5 个项目荣获一等奖": a bare grade is of the award before it.
                else if Self.isBareGrade(clean) {
                    guard let award = result.last?.title, !Self.isBareGrade(award) else { continue }
                    clean = award + clean
                }
                // "区科协获大赛“优秀组织单位”称号": 大赛 is the contest named before.
                // (The contest named before the trigger on this line first.)
                if let event = Self.namedEvent(in: Array(s[..<i])) ?? earlierEvent, let w = Self.contestWords.first(where: { clean.startsWithBytes($0) }),
                   event.endsWithBytes(w), clean.scalarCount > w.scalarCount {
                    clean = event + String(clean.unicodeScalars.dropFirst(w.scalarCount))
                }
                // "入选中国科协“…基地”": the body before the quoted title granted it.
                var issuer: String? = nil
                if let (body, quoted) = Self.issuerBeforeQuote(title), clean.hasSameBytes(as: body + quoted) {
                    issuer = body
                    clean = quoted
                }
                let stated = YearResolver.year(in: line, before: i, reportYear: reportYear)
                let year = Self.receivedYear(title: title, stated: stated.explicit ? stated.year : nil, reportYear: reportYear)
                result.append(make(clean, Self.level(of: clean), grantee ?? recipient(in: line, before: i, previousTail: previousTail), issuer, year, range))
            }
            i = max(i + 1, titles.last?.1.upperBound ?? j)
        }
        return result
    }

    /// One title from `j`: an optional count (蝉联 7 届), a short lead-in, a quoted title with
    /// what follows its closing quote (“…”奖, “…”典型人物), or unquoted text up to a stop.
    /// Returns the title, its range and where reading stopped.
    func readTitle(_ s: [Unicode.Scalar], from start: Int) -> (String, Range<Int>, Int)? {
        var j = start
        while j < s.count, s[j] == " " { j += 1 }
        var k = j
        while k < s.count, QuantityScanner.isDigit(s[k]) || s[k] == " " || ChineseNumerals.digit(s[k]) != nil { k += 1 }
        // "蝉联 7 届", "获得3项": a count before the title; "2023年度…" is the title's own year.
        let isYear = (j..<k).filter { QuantityScanner.isDigit(s[$0]) }.count == 4
        if k > j, k < s.count, "届次年项个".unicodeScalars.contains(s[k]), !isYear {
            j = k + 1
            if j < s.count, s[j] == "度" { j += 1 }
            while j < s.count, s[j] == " " { j += 1 }
        }
        let titleStart = j
        var e = j
        var sawQuote = false
        while e < s.count, e - titleStart < 50 {
            let c = s[e]
            // A pair typed the wrong way round (”国家智能制造标杆企业“称号) is still a pair: read
            // as open–close, its closing mark would swallow the next quotation.
            let reversed = c == "”" && !sawQuote
            if c == "“" || reversed {
                guard let close = s[(e + 1)...].prefix(60).firstIndex(of: reversed ? "“" : "”") else { break }
                sawQuote = true
                e = close + 1
                // “A”“B”: the next quote starts the next title of a list.
                if e < s.count, s[e] == "“", !reversed { break }
                continue
            }
            if Self.stops.contains(c) || c == "并" || (c == "等" && e > titleStart && endsList(s, e)) { break }
            // "…杰出贡献奖以及…会员单位": two titles, not one.
            if c == "以", e > titleStart, hasPrefix(s, "以及", at: e) { break }
            if !sawQuote, c == "的", e > titleStart {
                // "上海市总工会授予的“上海市五一劳动奖状”": the title is what was granted.
                let before = String(scalars: s[titleStart..<e])
                if ["授予", "颁发", "评选", "命名", "认定"].contains(where: { before.endsWithBytes($0) }), e + 1 < s.count, s[e + 1] == "“" {
                    return readTitle(s, from: e + 1)
                }
                break
            }
            if hasPrefix(s, "称号", at: e) || hasPrefix(s, "荣誉称号", at: e) { break }
            e += 1
        }
        // Fifty characters without a stop is no title but joined text (a PDF's column run into
        // the sentence: 获批中关村华安关键信息国家区块链试点 区块链典型应用…理事单): cut, it would read wrong.
        guard e > titleStart, sawQuote || e - titleStart < 50 || e == s.count || Self.stops.contains(s[e]) else { return nil }
        var title = String(scalars: s[titleStart..<e]).trimmingSpaces
        if title.endsWithBytes("的") { title = String(title.dropLast()) }
        var next = e
        while next < s.count, hasPrefix(s, "称号", at: next) || hasPrefix(s, "荣誉称号", at: next) { next += hasPrefix(s, "称号", at: next) ? 2 : 4 }
        return title.isEmpty ? nil : (title, titleStart..<e, next)
    }

    /// `张明远等10人“`, `3个集体“`, `李某同志“`: the ones a title is granted to, before its
    /// opening quote (returned with it); nil when no such phrase comes first.
    static func granteeBeforeQuote(_ s: [Unicode.Scalar], from j: Int) -> (Int, String)? {
        var k = j
        while k < s.count, k - j <= 20, s[k] != "“", !stops.contains(s[k]) { k += 1 }
        guard k < s.count, s[k] == "“", k - j >= 2 else { return nil }
        let who = String(scalars: s[j..<k]).trimmingSpaces
        let last = s[k - 1]
        let counted = "人名位家个项".unicodeScalars.contains(last) && k - 2 >= j
            && (QuantityScanner.isDigit(s[k - 2]) || ChineseNumerals.digit(s[k - 2]) != nil || s[k - 2] == "十")
        let named = ["同志", "集体", "单位", "团队", "企业"].contains { who.endsWithBytes($0) }
        return counted || named ? (k, who) : nil
    }

    static let contestWords = ["大赛", "竞赛", "比赛", "挑战赛", "博览会"]

    /// The last contest a line names as where something happened: `在第40届上海青少年科技
    /// 创新大赛中` → 第40届上海青少年科技创新大赛.
    static func namedEvent(in s: [Unicode.Scalar]) -> String? {
        var found: String? = nil
        var i = 0
        while i + 1 < s.count {
            if s[i] == "赛" || (s[i] == "会" && i > 0 && s[i - 1] == "览"), s[i + 1] == "中" || s[i + 1] == "上" {
                var a = i
                while a > 0, !stops.contains(s[a - 1]), s[a - 1] != "在", i - a < 40 { a -= 1 }
                if a > 0, s[a - 1] == "在", i + 1 - a >= 4 { found = String(scalars: s[a...i]) }
            }
            i += 1
        }
        return found
    }

    /// `中国科协“2025—2029年度第一批全国科普教育基地”`: an issuing body (…协, …委, …部, …局,
    /// …厅, …院, …办, …会) before a title in quotes, and the title.
    static func issuerBeforeQuote(_ t: String) -> (String, String)? {
        let u = Array(t.unicodeScalars)
        guard u.last == "”", let open = u.firstIndex(of: "“"), (2...12).contains(open), u.count - open >= 5,
              let end = u[..<open].last, issuerEnds.contains(end), !u[..<open].contains(where: { QuantityScanner.isDigit($0) }) else { return nil }
        let body = String(scalars: u[..<open])
        // 博览会“优秀组织奖”: an event, not who gives the prize.
        if (contestWords + ["大会", "展会", "交易会", "年会", "峰会", "论坛"]).contains(where: { body.endsWithBytes($0) }) { return nil }
        return (body, String(scalars: u[(open + 1)..<(u.count - 1)]))
    }
    static let issuerEnds: ScalarSet = ["协", "委", "部", "局", "厅", "院", "办", "会", "府"]

    /// Triggers after which a quoted phrase is a title whatever its words (获评“上海市创新型企业总部”).
    static let strongTriggers: ByteWords = ["被评为", "获评为", "评为", "获评", "荣获", "被授予", "授予", "被命名为", "命名为", "当选"]

    /// “…” alone, perhaps after its year (2025年度“上海市创新型企业总部”).
    static func isQuotedTitle(_ t: String) -> Bool {
        let u = Array(t.unicodeScalars)
        guard u.last == "”", let open = u.firstIndex(of: "“"), u.count - open >= 4 else { return false }
        return u[..<open].allSatisfy { QuantityScanner.isDigit($0) || $0 == "年" || $0 == "度" || $0 == " " }
    }

    /// A clause of a rule: 对 (凡, 对于) before the trigger, 的 after the title, and the
    /// support the rule gives later in the sentence (给予, 予以, 奖励, 资助 …).
    static func isRule(_ s: [Unicode.Scalar], trigger i: Int, titleEnd: Int) -> Bool {
        var e = titleEnd
        while e < s.count, s[e] == "”" || s[e] == " " || s[e] == "称" || s[e] == "号" { e += 1 }
        guard e < s.count, s[e] == "的" else { return false }
        var a = i
        while a > 0, !ruleStops.contains(s[a - 1]) { a -= 1 }
        let before = s[a..<i]
        guard before.contains("对") || before.contains("凡") else { return false }
        var b = e
        while b < s.count, s[b] != "。", s[b] != "；", s[b] != ";" { b += 1 }
        return ruleSupport.occurs(in: Array(s[e..<b]))
    }
    static let ruleStops: ScalarSet = ["，", "。", "；", ";", ","]
    static let ruleSupport = WordList(["给予", "予以", "奖励", "资助", "补贴", "补助", "支持", "扶持", "配套"])

    /// The event in "在X中/上" before a trigger, if the clause has one.
    func eventBefore(_ s: [Unicode.Scalar], trigger i: Int) -> String? {
        var a = i
        while a > 0, !Self.stops.contains(s[a - 1]) { a -= 1 }
        var clause = Array(s[a..<i])
        // "在2024年度…考核中，区经委获评“优秀”等次": the event is the clause before, 在…中 alone.
        if !clause.contains("在"), a > 0, s[a - 1] == "，" || s[a - 1] == "," {
            var b = a - 1
            while b > 0, !Self.stops.contains(s[b - 1]) { b -= 1 }
            let before = Array(s[b..<(a - 1)])
            if before.first == "在", let last = before.last, "中上里".unicodeScalars.contains(last) { clause = before }
        }
        guard let zai = clause.lastIndex(of: "在") else { return nil }
        var end = clause.count
        while end > zai + 1, "中上里内 ".unicodeScalars.contains(clause[end - 1]) { end -= 1 }
        let event = String(scalars: clause[(zai + 1)..<end])
        return event.scalarCount >= 3 ? event : nil
    }

    /// 等 closes a list ("…等多项荣誉", "…等荣誉称号", "…等 3 项") but is part of 一等奖.
    func endsList(_ s: [Unicode.Scalar], _ e: Int) -> Bool {
        guard e + 1 < s.count else { return true }
        let n = s[e + 1]
        return "多荣奖称一系各".unicodeScalars.contains(n) && !hasPrefix(s, "等奖", at: e) || QuantityScanner.isDigit(n) || n == " " || Self.stops.contains(n)
    }

    func isHonourTitle(_ t: String, approval: Bool) -> Bool {
        let n = t.scalarCount
        guard n >= 3 && n <= 60 else { return false }
        let scalars = t.scalarArray
        // A count of honours (市级荣誉 15 项, 各类荣誉六项, 多项大奖) or a subsidy (奖励资金拨付) is no honour.
        if Self.hasNotHonourWord(scalars) || Self.isCount(scalars) || Self.isGenericAward(scalars) { return false }
        if Self.isLevelDesignation(t) { return true }
        return Self.honourWordList.occurs(in: scalars) || (approval && Self.approvalWordList.occurs(in: scalars))
    }

    /// A designation at a level: 国家级科技企业孵化器, 市级专精特新“小巨人”企业.
    /// (Its year, batch or issuers may come first: 2022年全国休闲农业重点县, 第四批国家级旅游休闲街区,
    /// 农业农村部、财政部第二批国家农业产业强镇.)
    /// (Read inside its quotation marks: 入选“全国乡村旅游重点镇”.)
    static func isLevelDesignation(_ t: String) -> Bool {
        let d = t.hasBytes("“") ? String(scalars: t.unicodeScalars.filter { $0 != "“" && $0 != "”" }) : t
        return t.scalarCount >= 5 && designationNouns.contains(where: { d.endsWithBytes($0) })
            && (levelPrefixes.contains(where: { d.startsWithBytes($0) }) || levelAfterLead(d.scalarArray))
    }

    /// A level word within the first 16 scalars, after a year, a batch (第二批) or issuers:
    /// the designation starts there.
    static func levelAfterLead(_ s: [Unicode.Scalar]) -> Bool {
        guard let k = levelWordList.nextMatch(in: s, from: 1)?.at, k <= 16, s.count - k >= 5 else { return false }
        let before = s[k - 1]
        return before == "年" || before == "度" || before == "批" || before == "部" || before == "委" || before == "局"
    }
    static let levelWordList = WordList(levelPrefixes)

    /// A word that makes a phrase no honour, but not 一批 of an ordinal batch (第一批全国科普教育基地)
    /// nor the 奖金 of a 奖金奖.
    static func hasNotHonourWord(_ s: [Unicode.Scalar]) -> Bool {
        var from = 0
        while let (at, w) = notHonourWords.nextMatch(in: s, from: from) {
            let word = notHonourWords.words[w]
            let ordinal = word == "一批" && at > 0 && s[at - 1] == "第"
            // …作品奖金奖: a prize's gold award, not prize money.
            let goldAward = word == "奖金" && at + 2 < s.count && s[at + 2] == "奖"
            if !ordinal && !goldAward { return true }
            from = at + 1
        }
        return false
    }

    static let notHonourWords = WordList(["资金", "拨付", "补贴", "补助", "经费", "奖金", "多项", "各级", "各类", "一批", "若干", "多个"])
    static let levelPrefixes = ["国家级", "市级", "省级", "区级", "全国", "上海市", "国家"]
    static let designationNouns = ["企业", "孵化器", "基地", "中心", "平台", "实验室", "园区", "示范区", "单位", "机构", "众创空间",
                                   "工作站", "示范点", "试点", "集体", "县", "区）", "区", "品牌", "项目", "镇", "村"]

    /// "市级以上奖励", "省部级以上荣誉": a level and a kind of distinction, no named honour
    /// (获市级以上奖励的论文41篇 counts papers).
    static func isGenericAward(_ s: [Unicode.Scalar]) -> Bool {
        var t = s.filter { $0 != "“" && $0 != "”" }[...]
        for w in genericLevels where t.starts(with: w) { t = t.dropFirst(w.count); break }
        if t.starts(with: ["以", "上"]) { t = t.dropFirst(2) }
        if t.starts(with: ["各", "类"]) { t = t.dropFirst(2) }
        return t.count < s.count && genericKinds.contains { t.elementsEqual($0) }
    }
    static let genericLevels = ["省部级", "国家级", "省级", "市级", "区级", "局级", "校级", "部级"].map { Array($0.unicodeScalars) }
    static let genericKinds = ["奖励", "荣誉", "奖项", "表彰", "称号", "荣誉称号", "奖"].map { Array($0.unicodeScalars) }

    /// "上海市级荣誉 15 项", "启明星计划7人": a number with a count measure in the title.
    static func isCount(_ s: [Unicode.Scalar]) -> Bool {
        // 十余项, 二十多个: a count may open on 十.
        var depth = 0
        for i in s.indices {
            if s[i] == "（" || s[i] == "(" { depth += 1 } else if s[i] == "）" || s[i] == ")" { depth = max(0, depth - 1) }
            guard QuantityScanner.isDigit(s[i]) || ChineseNumerals.digit(s[i]) != nil || s[i] == "十" else { continue }
            var k = i
            while k < s.count, QuantityScanner.isDigit(s[k]) || ChineseNumerals.isNumeral(s[k]) || s[k] == " " || s[k] == "余" || s[k] == "多" { k += 1 }
            guard k < s.count else { continue }
            if "项个次家".unicodeScalars.contains(s[k]) { return true }
            // A count of people (启明星计划7人), but not a bracketed note on the title
            // ((全市 40 名), (个人排名第11位)).
            if "人名位".unicodeScalars.contains(s[k]), depth == 0, i == 0 || s[i - 1] != "第" { return true }
        }
        return false
    }

    /// 一等奖, 二等奖（全区首次）, 金奖: a grade with no award named.
    static func isBareGrade(_ t: String) -> Bool {
        let core = t.unicodeScalars.prefix { $0 != "(" && $0 != "（" }
        // Sliced, not rebuilt: a scalar view made from the prefix appends a scalar at a time.
        let c = String(Substring(core))
        return c.scalarCount <= 4 && ["等奖", "金奖", "银奖", "铜奖", "优秀奖", "特等奖"].contains { c.endsWithBytes($0) }
    }

    /// The count after 蝉联 (蝉联 7 届, 蝉联三届), if written.
    static func termCount(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        var j = i
        while j < s.count, s[j] == " " { j += 1 }
        var digits: [Unicode.Scalar] = []
        while j < s.count, QuantityScanner.isDigit(s[j]) || ChineseNumerals.isNumeral(s[j]) { digits.append(s[j]); j += 1 }
        while j < s.count, s[j] == " " { j += 1 }
        guard !digits.isEmpty, j < s.count, s[j] == "届" else { return nil }
        if digits.allSatisfy(QuantityScanner.isDigit) { return Int(String(scalars: digits)) }
        return ChineseNumerals.value(of: digits).map { Int($0) }
    }

    static func level(of title: String) -> Honour.Level {
        if ["市科技系统", "科技系统", "上科院", "上海科学院"].contains(where: { title.hasBytes($0) }) { return .system }
        // 上海市科协系统先进集体, 卫生健康系统优秀…: a sector's own honour, below the city's
        // (a national sector's, 全国人社系统…, is the nation's).
        if ["系统先进", "系统优秀", "系统内", "系统十佳"].contains(where: { title.hasBytes($0) }),
           !["全国", "国家"].contains(where: { title.hasBytes($0) }) { return .system }
        // Awards of associations and conferences sit apart from government levels.
        if ["协会", "学会", "大会", "联盟", "研究会"].contains(where: { title.hasBytes($0) }) { return .other }
        if title.startsWithBytes("区") || title.hasBytes("区级") || title.hasBytes("区年度") { return .district }
        if ["全国", "国家", "工信部", "国务院", "科技部", "中央", "部级"].contains(where: { title.hasBytes($0) }) { return .national }
        // 第十八届中国青年科技奖, 中国专利奖: a prize named for the nation.
        // (Not a leg held in the city: 第八届中国创新挑战赛（上海）优秀组织奖.)
        if Self.withoutOrdinal(title).hasPrefix("中国"), !title.hasBytes("上海") { return .national }
        if title.startsWithBytes("上海") || title.startsWithBytes("市") || title.hasBytes("上海") || title.hasBytes("市级") || title.startsWithBytes("沪") { return .municipal }
        return .other
    }

    /// A title without the edition it opens on (第十八届, 第3届).
    static func withoutOrdinal(_ title: String) -> Substring {
        let u = title.unicodeScalars
        guard u.first == "第", let k = u.prefix(6).firstIndex(of: "届") else { return Substring(title) }
        return Substring(u[u.index(after: k)...])
    }

    /// The year an honour was received: the year the text states for it, else the report's.
    /// A title's own year (`2024年度上海市科学技术奖`, `上海市文明单位（2023—2024年度）`) names the
    /// period it was awarded for, given that year or the next: in a report on 2025 it is 2025's
    /// honour. Only a title of an older year dates it so.
    static func receivedYear(title: String, stated: Int?, reportYear: Int?) -> Int? {
        if let stated { return stated }
        guard let t = yearIn(title) else { return reportYear }
        guard let r = reportYear else { return t }
        return t >= r - 1 ? r : t
    }

    static func yearIn(_ title: String) -> Int? {
        let s = title.scalarArray
        for i in 0..<s.count where s[i] == "年" {
            if let y = YearResolver.fourDigitYear(s, endingBefore: YearResolver.skipSpacesBack(s, i)) { return y }
        }
        return nil
    }

    func hasPrefix(_ s: [Unicode.Scalar], _ word: String, at i: Int) -> Bool {
        var k = i
        for c in word.unicodeScalars {
            guard k < s.count, s[k] == c else { return false }
            k += 1
        }
        return true
    }
}
