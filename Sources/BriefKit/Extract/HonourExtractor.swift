/// Finds honours: titles after 荣获/获评/入选/蝉联… in running text, and the rows of honour
/// tables. Levels come from the title's wording (全国 → national, 上海市/市 → municipal,
/// 区 → district, 市科技系统/上科院 → system), or from a table's group label.
struct HonourExtractor {
    var unit: String?
    var registry: UnitRegistry = .builtIn

    static let triggers = ["被评为", "获评为", "被认定为", "认定为", "被授予", "被命名为", "命名为", "荣获", "获评", "获批", "入选", "当选",
                           "评为", "蝉联", "斩获", "摘得", "获得", "获授", "授予", "成为", "作为", "成功申报", "入库", "获"]
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
    static let stops: ScalarSet = ["，", "。", "；", "、", "：", "\t", ",", ";", "！", "？"]

    // MARK: Running text

    /// `previousTail`: the last clause of the line before, when that line ends mid-sentence
    /// (a PDF's short line: "…提名，智能制造团队负责人孔繁荣⏎⏎入选上海…典型人物").
    func honours(inText line: ScalarLine, reportYear: Int?, previousTail: () -> String? = { nil },
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
            // 获得了红点奖, 荣获了…: the particle is not part of the title.
            if j < s.count, s[j] == "了" { j += 1 }
            let approval = Self.approvalTriggers.containsBytes(trigger)
            var titles: [(String, Range<Int>, Bool)] = []
            while true {
                guard let (title, range, next) = readTitle(s, from: j) else { break }
                let named = next > range.upperBound   // followed by 称号
                titles.append((title, range, named))
                // A list of titles: "A、B、C等多项荣誉", "“A”“B”".
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
                let year = Self.yearIn(title) ?? YearResolver.year(in: line, before: i, reportYear: reportYear).year
                result.append(make(clean, Self.level(of: clean), recipient(in: line, before: i, previousTail: previousTail), nil, year, range))
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
        return event.unicodeScalars.count >= 3 ? event : nil
    }

    /// 等 closes a list ("…等多项荣誉", "…等荣誉称号", "…等 3 项") but is part of 一等奖.
    func endsList(_ s: [Unicode.Scalar], _ e: Int) -> Bool {
        guard e + 1 < s.count else { return true }
        let n = s[e + 1]
        return "多荣奖称一系各".unicodeScalars.contains(n) && !hasPrefix(s, "等奖", at: e) || QuantityScanner.isDigit(n) || n == " " || Self.stops.contains(n)
    }

    func isHonourTitle(_ t: String, approval: Bool) -> Bool {
        let n = t.unicodeScalars.count
        guard n >= 3 && n <= 60 else { return false }
        let scalars = t.scalarArray
        // A count of honours (市级荣誉 15 项, 各类荣誉六项, 多项大奖) or a subsidy (奖励资金拨付) is no honour.
        if Self.notHonourWords.occurs(in: scalars) || Self.isCount(scalars) { return false }
        // A designation at a level: 国家级科技企业孵化器, 市级专精特新“小巨人”企业.
        if n >= 5, Self.levelPrefixes.contains(where: { t.startsWithBytes($0) }),
           Self.designationNouns.contains(where: { t.endsWithBytes($0) }) { return true }
        return Self.honourWordList.occurs(in: scalars) || (approval && Self.approvalWordList.occurs(in: scalars))
    }

    static let notHonourWords = WordList(["资金", "拨付", "补贴", "补助", "经费", "奖金", "多项", "各级", "各类", "一批", "若干", "多个"])
    static let levelPrefixes = ["国家级", "市级", "省级", "区级", "全国", "上海市", "国家"]
    static let designationNouns = ["企业", "孵化器", "基地", "中心", "平台", "实验室", "园区", "示范区", "单位", "机构", "众创空间",
                                   "工作站", "示范点", "试点", "集体", "县", "区）", "区", "品牌", "项目"]

    /// "上海市级荣誉 15 项": a number with a count measure in the title.
    static func isCount(_ s: [Unicode.Scalar]) -> Bool {
        // 十余项, 二十多个: a count may open on 十.
        for i in s.indices where QuantityScanner.isDigit(s[i]) || ChineseNumerals.digit(s[i]) != nil || s[i] == "十" {
            var k = i
            while k < s.count, QuantityScanner.isDigit(s[k]) || ChineseNumerals.isNumeral(s[k]) || s[k] == " " || s[k] == "余" || s[k] == "多" { k += 1 }
            if k < s.count, "项个次家".unicodeScalars.contains(s[k]) { return true }
        }
        return false
    }

    /// The unit or person named before the trigger in its clause, else the document's unit.
    func recipient(in line: ScalarLine, before i: Int, previousTail: () -> String? = { nil }) -> String {
        let s = line.scalars
        var a = i
        while a > 0, !Self.stops.contains(s[a - 1]) { a -= 1 }
        // The trigger opens the line and the sentence began on the line before: its last
        // clause names who received it.
        if s[..<i].allSatisfy({ $0 == " " || $0 == "\u{3000}" }), let tail = previousTail() {
            let named = recipient(inPhrase: tail)
            if let named { return named }
        }
        // "创营·TOP众创空间、江炆众创空间、宇速空间入库": a list of recipients runs back over 、.
        while a > 0, s[a - 1] == "、" {
            var b = a - 1
            while b > 0, !Self.stops.contains(s[b - 1]) { b -= 1 }
            guard a - 1 - b >= 2 else { break }
            a = b
        }
        var phrase = Self.afterLeadVerb(line.text(a..<i).trimmingSpaces)
        // "被青海省委组织部评为…": who gave it, not who received it.
        if phrase.startsWithBytes("被") { phrase = "" }
        // "中心孵化器在…评价中获评优秀": the recipient stands before the event.
        // Found by byte: Foundation's range(of:) went through CFString for one character.
        if let zai = phrase.byteOffset(of: "在"), zai > 0 { phrase = String(phrase[..<phrase.utf8.index(phrase.utf8.startIndex, offsetBy: zai)]) }
        // "余飞飞凭借…的表彰，被评为优秀志愿者", "A和B作为中心的客户，荣获…": a clause that opens
        // on its trigger is about the sentence's subject, not about the document's unit.
        var fromSentence = false
        if SubjectFinder.clean(phrase).isEmpty, let person = Self.leadingPerson(s, before: a) {
            // "蔡立志博士的工作获得…，被…评为": the person the sentence opens on.
            return person
        }
        if SubjectFinder.clean(phrase).isEmpty, let subject = Self.sentenceSubject(s, before: a) {
            phrase = String(scalars: s[subject]).trimmingSpaces
            fromSentence = true
        }
        phrase = Self.withoutLeadVerb(phrase)
        // The 200 characters before, made only if an alias asks for its context.
        var context: String? = nil
        func inContext(_ word: String) -> Bool {
            if context == nil { context = line.text(max(0, i - 200)..<i) }
            return context!.hasBytes(word) || (unit ?? "").hasBytes(word)
        }
        for u in registry.units {
            // The name, or an alias whose required context word is there (checked last).
            if phrase.hasBytes(u.name) || u.aliases.contains(where: { phrase.hasBytes($0.text) && ($0.requires.map(inContext) ?? true) }) {
                // A branch of the unit (党总支, 团总支) is its own recipient.
                if ["党总支", "团总支", "党支部", "分中心", "团队", "突击队"].contains(where: { phrase.hasBytes($0) }) { return phrase }
                // "上海软件中心严超、余飞飞凭借…": the unit's people, named after it.
                if let people = Self.people(after: phrase) { return people }
                return u.name
            }
        }
        let cleaned = SubjectFinder.clean(phrase)
        let n = cleaned.unicodeScalars.count
        // 中心, 本中心, 我委: the unit calling itself by the end of its name.
        if let unit, n >= 2, Self.selfReferences.contains(cleaned) || (n <= 4 && unit.endsWithBytes(cleaned)) { return unit }
        if n >= 2, n <= 16, Self.recipientEnds.contains(where: { cleaned.endsWithBytes($0) }) || Self.isPeopleList(cleaned.scalarArray) {
            return cleaned
        }
        if let people = Self.people(after: cleaned) { return people }
        // "创营·TOP众创空间、江炆众创空间、宇速空间": several recipients, each one by its name's end.
        let items = cleaned.split(separator: "、").map(String.init)
        if items.count >= 2, n <= 48, items.allSatisfy({ item in
            (2...16).contains(item.unicodeScalars.count) && Self.recipientEnds.contains(where: { item.endsWithBytes($0) })
        }) { return cleaned }
        // The subject of the sentence, before 作为/凭借: whoever it names.
        if fromSentence, n >= 2, n <= 16 { return cleaned }
        // Someone is always named: the document's unit, else what the clause calls itself.
        if let unit, !unit.isEmpty { return unit }
        return cleaned.isEmpty ? "本单位" : cleaned
    }

    /// Who a clause names, if it clearly names someone: people after an organisation or a
    /// role, a list of names, or an organisation by its name's end.
    func recipient(inPhrase phrase: String) -> String? {
        let cleaned = SubjectFinder.clean(Self.withoutLeadVerb(phrase.trimmingSpaces))
        let n = cleaned.unicodeScalars.count
        guard n >= 2 else { return nil }
        if let people = Self.people(after: cleaned) { return people }
        if n <= 16, Self.isPeopleList(cleaned.scalarArray) || Self.recipientEnds.contains(where: { cleaned.endsWithBytes($0) }) { return cleaned }
        return nil
    }

    static let selfReferences: Set<String> = ["本中心", "我中心", "本单位", "我单位", "我委", "本委", "我院", "本院", "我所", "本所",
                                              "我局", "本局", "我司", "本公司", "我们"]
    /// Words that end a sentence's subject: "X凭借…", "X作为…的客户", "X通过…".
    static let subjectEnds = WordList(["凭借", "作为", "通过", "依托", "因其", "以其", "同志"])
    static let sentenceStops: ScalarSet = ["。", "；", "！", "？", ";"]
    static let clauseStops: ScalarSet = ["，", "。", "；", "：", "\t", ",", ";", "！", "？"]

    /// The subject that opens the sentence holding `clauseStart`, when it ends on a word of
    /// `subjectEnds` within the sentence's first clause.
    static func sentenceSubject(_ s: [Unicode.Scalar], before clauseStart: Int) -> Range<Int>? {
        guard clauseStart > 0 else { return nil }
        var b = clauseStart - 1
        while b > 0, !sentenceStops.contains(s[b - 1]) { b -= 1 }
        var firstClauseEnd = b
        // A list of names (严超、余飞飞) stays inside the clause.
        while firstClauseEnd < clauseStart, !clauseStops.contains(s[firstClauseEnd]) { firstClauseEnd += 1 }
        guard firstClauseEnd < clauseStart, let (at, _) = subjectEnds.nextMatch(in: s, from: b), at < firstClauseEnd else { return nil }
        let n = at - b
        return n >= 2 && n <= 20 ? b..<at : nil
    }

    /// "并成功推荐创营·TOP众创空间": the phrase after a verb of putting forward, if one opens it.
    static func afterLeadVerb(_ phrase: String) -> String {
        guard phrase.utf8.count > 12, leadVerbs.contains(where: { phrase.hasBytes($0) }) else { return phrase }
        let u = Array(phrase.unicodeScalars)
        guard u.count > 4 else { return phrase }
        for v in leadVerbs {
            let w = Array(v.unicodeScalars)
            if let at = (0...min(4, u.count - 2)).first(where: { Array(u[$0..<$0 + 2]) == w }), at > 0, u.count - at - 2 >= 2 {
                return String(scalars: u[(at + 2)...])
            }
        }
        return phrase
    }

    static let leadVerbs = ["推荐", "指导", "帮助", "协助", "支持", "助力"]

    /// A sentence that opens on a person's name and title (蔡立志博士, 张三同志): the name.
    static func leadingPerson(_ s: [Unicode.Scalar], before clauseStart: Int) -> String? {
        guard clauseStart > 0 else { return nil }
        var b = clauseStart - 1
        while b > 0, !sentenceStops.contains(s[b - 1]) { b -= 1 }
        while b < clauseStart, s[b] == " " { b += 1 }
        guard b + 3 < clauseStart, surnames.contains(s[b]) else { return nil }
        for len in [3, 2] where b + len + 2 <= clauseStart {
            let name = s[b..<(b + len)]
            guard name.allSatisfy({ $0.value >= 0x4E00 && $0.value <= 0x9FFF }) else { continue }
            if personTitles.match(in: s, at: b + len) != nil { return String(scalars: name) }
        }
        return nil
    }
    static let personTitles = WordList(["博士", "同志", "教授", "研究员", "工程师", "老师", "院士", "主任", "书记"])

    /// 指导司鉴院, 推荐3家园区: the one guided or put forward is the recipient, not the verb.
    static func withoutLeadVerb(_ phrase: String) -> String {
        for v in ["指导", "推荐", "帮助", "协助", "支持", "助力"] where phrase.startsWithBytes(v) {
            let rest = String(phrase.unicodeScalars.dropFirst(2))
            return rest.unicodeScalars.count >= 2 ? rest : phrase
        }
        return phrase
    }

    /// People named after the unit ("上海软件中心严超、余飞飞"), if what follows the unit's
    /// name is a list of personal names.
    static func people(after phrase: String) -> String? {
        let s = phrase.scalarArray
        guard s.count >= 4 else { return nil }
        // The longest tail that is a list of names, behind an organisation's name (上海软件中心,
        // 徐汇区科委): 张江高科 ends on no such word, so its 高科 is nobody.
        for cut in 2...(s.count - 2) where isPeopleList(Array(s[cut...])) {
            let head = String(scalars: s[..<cut])
            guard recipientEnds.contains(where: { head.endsWithBytes($0) }) || ["部", "处", "科"].contains(where: { head.endsWithBytes($0) })
                    || roleWords.contains(where: { head.endsWithBytes($0) }) else { continue }
            return String(scalars: s[cut...])
        }
        return nil
    }

    /// "严超、余飞飞", "张三和李四": two- to three-character names that open on a common surname.
    static func isPeopleList(_ s: [Unicode.Scalar]) -> Bool {
        var names = 0, run = 0, first: Unicode.Scalar? = nil
        func close() -> Bool {
            defer { run = 0; first = nil }
            guard run >= 2, run <= 3, let f = first, surnames.contains(f) else { return false }
            names += 1
            return true
        }
        for c in s {
            if c == "、" || c == "和" && run >= 2 || c == "及" && run >= 2 {
                guard close() else { return false }
                continue
            }
            guard c.value >= 0x4E00, c.value <= 0x9FFF else { return false }
            if run == 0 { first = c }
            run += 1
        }
        return close() && names >= 1
    }

    /// The hundred commonest surnames: enough to tell 严超 from 中心 or 园区.
    static let surnames = ScalarSet("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".unicodeScalars)

    /// "智能制造团队负责人孔繁荣": a role before a name.
    static let roleWords = ["负责人", "主任", "书记", "组长", "经理", "工程师", "研究员", "教授", "博士", "队长", "院长", "所长", "处长", "科长", "骨干", "员工", "职工", "青年"]
    static let recipientEnds = ["家", "人", "名", "园", "园区", "基地", "中心", "空间", "企业", "单位", "项目", "队", "支部", "团队", "公司", "集团",
                                "委", "局", "院", "所", "大学", "学院", "学校", "协会", "馆", "站", "室", "孵化器", "平台", "实验室", "街道", "镇"]

    /// 一等奖, 二等奖（全区首次）, 金奖: a grade with no award named.
    static func isBareGrade(_ t: String) -> Bool {
        let core = t.unicodeScalars.prefix { $0 != "(" && $0 != "（" }
        // Sliced, not rebuilt: a scalar view made from the prefix appends a scalar at a time.
        let c = String(Substring(core))
        return c.unicodeScalars.count <= 4 && ["等奖", "金奖", "银奖", "铜奖", "优秀奖", "特等奖"].contains { c.endsWithBytes($0) }
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
        // Awards of associations and conferences sit apart from government levels.
        if ["协会", "学会", "大会", "联盟", "研究会"].contains(where: { title.hasBytes($0) }) { return .other }
        if title.startsWithBytes("区") || title.hasBytes("区级") || title.hasBytes("区年度") { return .district }
        if ["全国", "国家", "工信部", "国务院", "科技部", "中央", "部级"].contains(where: { title.hasBytes($0) }) { return .national }
        if title.startsWithBytes("上海") || title.startsWithBytes("市") || title.hasBytes("上海") || title.hasBytes("市级") || title.startsWithBytes("沪") { return .municipal }
        return .other
    }

    static func yearIn(_ title: String) -> Int? {
        let s = title.scalarArray
        for i in 0..<s.count where s[i] == "年" {
            if let y = YearResolver.fourDigitYear(s, endingBefore: YearResolver.skipSpacesBack(s, i)) { return y }
        }
        return nil
    }

    // MARK: Tables

    static let groupLabels: [(String, Honour.Level)] = [
        ("市科技系统", .system), ("上科院系统", .system), ("科技系统", .system), ("系统", .system),
        ("国家级", .national), ("国家", .national), ("全国", .national), ("上海市", .municipal), ("市级", .municipal),
        ("区级", .district), ("其他", .other), ("其它", .other),
    ]

    /// State carried down an honour table: the current group label.
    struct TableState {
        var level: Honour.Level? = nil
        /// Earlier rows were honours: this is an honours table, so every numbered row is one.
        var isHonourTable = false
        /// What each column holds, from a header row (序号 荣誉名称 授予单位 获得者 级别);
        /// nil: the order of 001's table (序号 级别? 获得者 荣誉 颁发单位).
        var columns: [Column]? = nil
        /// Short lines since the last row: a title or issuer wrapped onto the next line keeps
        /// the table open.
        var linesSinceRow = 0
    }

    enum Column { case number, title, issuer, recipient, level, other }

    /// The columns a header row names, if it is the header of an honours table.
    static func headerColumns(_ cells: [String]) -> [Column]? {
        guard let first = cells.first, ["序号", "编号", "No.", "序"].contains(first) else { return nil }
        let columns: [Column] = cells.enumerated().map { k, c in
            if k == 0 { return .number }
            if ["授予", "颁发", "授奖", "评选单位", "发文", "认定单位", "主办"].contains(where: { c.hasBytes($0) }) { return .issuer }
            if ["获得者", "获奖者", "获奖单位", "获奖人", "获得单位", "获奖部门", "集体/个人", "获奖对象", "获得人", "荣获单位"].contains(where: { c.hasBytes($0) }) { return .recipient }
            if ["级别", "等级", "层级"].contains(where: { c.hasBytes($0) }) { return .level }
            // 荣誉名称, 荣誉称号, 奖项: not 单位名称 (a table of units is no table of honours).
            if ["荣誉", "称号", "奖项", "奖励", "获奖名称", "表彰"].contains(where: { c.hasBytes($0) }) { return .title }
            return .other
        }
        return columns.contains(.title) ? columns : nil
    }

    /// A row "N <level?> recipient title issuer": numbered, with an honour-like title.
    func honour(inRow line: ScalarLine, state: inout TableState, reportYear: Int?,
                make: (String, Honour.Level, String, String?, Int?, Range<Int>) -> Honour) -> Honour? {
        let s = line.scalars
        // "序号	荣誉名称	授予单位	获得者	级别": the header names the columns of the rows below.
        if s.count > 2, let f = s.firstIndex(where: { $0 != " " && $0 != "\t" }), s[f] == "序" || s[f] == "编" {
            let cells = TableReader.cellRanges(s).map { String(scalars: s[$0]) }.filter { !$0.isEmpty }
            if let columns = Self.headerColumns(cells) { state.columns = columns; state.linesSinceRow = 0 }
            return nil
        }
        // Honour rows are numbered: reject other rows before making any string.
        var k = 0
        while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
        if k < s.count, s[k] == "+" { k += 1 }
        let digitsStart = k
        while k < s.count, QuantityScanner.isDigit(s[k]) { k += 1 }
        let digitsEnd = k
        while k < s.count, s[k] == " " { k += 1 }
        guard digitsEnd > digitsStart, k < s.count, s[k] == "\t" else { return nil }
        var cells: [(String, Range<Int>)] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\t" {
            let text = String(scalars: s[start..<i]).trimmingSpaces
            if !text.isEmpty { cells.append((text, start..<i)) }
            start = i + 1
        }
        guard cells.count >= 3, let no = Int(cells[0].0), no > 0, no < 1000 else { return nil }
        if let columns = state.columns, cells.count == columns.count {
            // A header named the columns: each cell by its column.
            func cell(_ c: Column) -> (String, Range<Int>)? { columns.firstIndex(of: c).map { cells[$0] } }
            guard let title = cell(.title) else { return nil }
            state.isHonourTable = true
            state.linesSinceRow = 0
            let issuer = cell(.issuer)?.0
            // A level cell holds for the rows after it that leave it blank (a group label).
            if let label = cell(.level).flatMap({ c in Self.groupLabels.first { c.0.hasBytes($0.0) }?.1 }) { state.level = label }
            var level = state.level ?? Self.level(of: title.0)
            if let issuer, ["协会", "学会", "联盟", "商会"].contains(where: { issuer.hasBytes($0) }), cell(.level) == nil { level = .other }
            var recipient = cell(.recipient)?.0 ?? unit ?? ""
            if recipient.hasBytes("集体") { recipient = recipient.replacingOccurrences(of: "（集体）", with: "").replacingOccurrences(of: "(集体)", with: "") }
            if let u = unit, Self.selfReferences.contains(recipient) || (recipient.unicodeScalars.count <= 4 && u.endsWithBytes(recipient)) { recipient = u }
            recipient = registry.canonicalName(for: recipient) ?? recipient
            return make(title.0, level, recipient, issuer, Self.yearIn(title.0) ?? reportYear, title.1)
        }
        var rest = Array(cells.dropFirst())
        if let label = Self.groupLabels.first(where: { rest[0].0.isSameText(asPlainWord: $0.0) }) {
            state.level = label.1
            rest.removeFirst()
        }
        guard rest.count >= 2 else { return nil }
        let recipientCell = rest[0].0
        let titleCell = rest[1]
        let issuer = rest.count >= 3 ? rest[2].0 : nil
        guard state.isHonourTable || isHonourTitle(titleCell.0, approval: true) else { return nil }
        state.isHonourTable = true
        var level = state.level ?? Self.level(of: titleCell.0)
        // An association's award sits with "other" even before the table's 其他 label.
        if let issuer, ["协会", "学会", "党校", "联盟", "商会", "经济团体联合会"].contains(where: { issuer.hasBytes($0) }) { level = .other }
        // Foundation's replace only when there is something to replace.
        var recipient = recipientCell
        if recipient.hasBytes("集体") { recipient = recipient.replacingOccurrences(of: "（集体）", with: "").replacingOccurrences(of: "(集体)", with: "") }
        recipient = registry.canonicalName(for: recipient) ?? recipient
        let year = Self.yearIn(titleCell.0).map { $0 } ?? reportYear
        return make(titleCell.0, level, recipient, issuer, year, titleCell.1)
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
