/// Who received an honour named in running text: the unit or person before the trigger,
/// the sentence's subject, a name after a role, the clause a wrapped line ended on — else
/// the document's unit (someone is always named).
extension HonourExtractor {
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
        // "【荣誉】区科委获评…": a yearbook entry's bracketed head is no part of who.
        if phrase.startsWithBytes("【"), let close = phrase.byteOffset(of: "】") {
            phrase = String(phrase[phrase.utf8.index(phrase.utf8.startIndex, offsetBy: close + 3)...]).trimmingSpaces
        }
        // "2021年上海软件中心党总支入选…": the year opening the sentence says when, not who.
        phrase = Self.withoutLeadingYear(phrase)
        // "被青海省委组织部评为…": who gave it, not who received it.
        if phrase.startsWithBytes("被") { phrase = "" }
        // "崇明区被生态环境部命名为…": the recipient is who stands before 被.
        else if let bei = phrase.byteOffset(of: "被"), bei > 0 { phrase = String(phrase[..<phrase.utf8.index(phrase.utf8.startIndex, offsetBy: bei)]) }
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
                // So is a division named after it (市商务委市场运行调节处, …办公室).
                if ["党总支", "团总支", "党支部", "分中心", "团队", "突击队"].contains(where: { phrase.hasBytes($0) })
                    || (["处", "科室"].contains(where: { phrase.endsWithBytes($0) }) && !phrase.endsWithBytes(u.name)) { return phrase }
                // "上海软件中心严超、余飞飞凭借…": the unit's people, named after it.
                if let people = Self.people(after: phrase) { return people }
                return u.name
            }
        }
        var cleaned = Self.withoutWholeArea(SubjectFinder.clean(phrase))
        // "园区企业上海澜芯微电子有限公司": a word for what it is, before its full name.
        if let org = Self.closingOrganisation(cleaned) { cleaned = org }
        let n = cleaned.scalarCount
        // 中心, 本中心, 我委, 区科委: the unit calling itself by the end of its name or its short name.
        if let unit, n >= 2, Self.selfReferences.contains(cleaned) || SubjectNormalizer.commissionShortNames.contains(cleaned)
            || (n <= 4 && unit.endsWithBytes(cleaned)) { return unit }
        if n >= 2, n <= 16, Self.recipientEnds.contains(where: { cleaned.endsWithBytes($0) }) || Self.isPeopleList(cleaned.scalarArray) {
            return cleaned
        }
        if let people = Self.people(after: cleaned) { return people }
        // "创营·TOP众创空间、江炆众创空间、宇速空间": several recipients, each one by its name's end.
        let items = cleaned.split(separator: "、").map(String.init)
        if items.count >= 2, n <= 48, items.allSatisfy({ item in
            (2...16).contains(item.scalarCount) && Self.recipientEnds.contains(where: { item.endsWithBytes($0) })
        }) { return cleaned }
        // The subject of the sentence, before 作为/凭借: whoever it names.
        if fromSentence, n >= 2, n <= 16 { return cleaned }
        // "上海瑞康生物医药有限公司完成的“…”项目荣获…": the organisation whose work won it,
        // not the document's unit (a commendation lists the district's winners).
        if let org = Self.openingOrganisation(cleaned) { return org }
        // Someone is always named: the document's unit, else what the clause calls itself.
        if let unit, !unit.isEmpty { return unit }
        return cleaned.isEmpty ? "本单位" : cleaned
    }

    /// Who a clause names, if it clearly names someone: people after an organisation or a
    /// role, a list of names, or an organisation by its name's end.
    /// `2021年上海软件中心党总支` → `上海软件中心党总支` (and `2021年度`, `2021年，`).
    static func withoutLeadingYear(_ phrase: String) -> String {
        var u = phrase.scalarArray
        guard u.count > 6, u[4] == "年", YearResolver.fourDigitYear(u, endingBefore: 4) != nil else { return phrase }
        var k = 5
        if k < u.count, u[k] == "度" { k += 1 }
        while k < u.count, u[k] == "，" || u[k] == "," || u[k] == " " { k += 1 }
        guard u.count - k >= 2 else { return phrase }
        u.removeFirst(k)
        return String(scalars: u)
    }

    func recipient(inPhrase phrase: String) -> String? {
        let cleaned = SubjectFinder.clean(Self.withoutLeadVerb(phrase.trimmingSpaces))
        let n = cleaned.scalarCount
        guard n >= 2 else { return nil }
        if let people = Self.people(after: cleaned) { return people }
        if n <= 16, Self.isPeopleList(cleaned.scalarArray) || Self.recipientEnds.contains(where: { cleaned.endsWithBytes($0) }) { return cleaned }
        return nil
    }

    /// The organisation a phrase opens on when the phrase goes on to its work (…完成的项目,
    /// …与同济大学合作完成的成果): X a body's full name, then a verb of doing the work and 的.
    /// (Not 上海科创中心建设的强大动力: building up a hub is no work that wins a prize.)
    static func openingOrganisation(_ phrase: String) -> String? {
        let u = phrase.scalarArray
        guard let org = UnitDetector.orgs(in: u).first, u.starts(with: org.unicodeScalars) else { return nil }
        let rest = Array(u.dropFirst(org.unicodeScalars.count))
        guard let de = rest.firstIndex(of: "的"), let (at, _) = workVerbs.nextMatch(in: rest, from: 0), at < de else { return nil }
        return org
    }

    /// The full name a phrase ends on after at most four scalars of a word for it (企业, 园区企业).
    /// (A name glued to the word before it is no name to `UnitDetector.orgs`: each tail is asked.)
    static func closingOrganisation(_ phrase: String) -> String? {
        let u = phrase.scalarArray
        guard u.count > 6 else { return nil }
        for k in 1...4 where UnitDetector.nameStarts.contains(u[k]) {
            let tail = Array(u[k...])
            if let org = UnitDetector.orgs(in: tail).first, org.unicodeScalars.count == tail.count { return org }
        }
        return nil
    }

    static let workVerbs = WordList(["完成", "研发", "研制", "承担", "主持", "参与", "申报", "牵头", "合作", "开发", "设计", "建设运营"])

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
            return rest.scalarCount >= 2 ? rest : phrase
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
    static let roleWords = ["负责人", "主任", "书记", "组长", "经理", "工程师", "研究员", "教授", "博士", "队长", "院长", "所长", "处长", "科长", "骨干", "员工", "职工", "青年",
                             "辅导员", "教师", "老师", "专家", "讲解员", "技术员", "干部", "工作人员", "人员"]
    static let recipientEnds = ["家", "人", "名", "园", "园区", "基地", "中心", "空间", "企业", "单位", "项目", "队", "支部", "团队", "公司", "集团", "专窗", "窗口",
                                "委", "局", "院", "所", "大学", "学院", "学校", "协会", "馆", "站", "室", "孵化器", "平台", "实验室", "街道", "镇",
                                "港", "谷", "成果", "产品", "医院", "社区", "楼宇", "小镇", "工作站", "商圈", "街区", "商业街", "景区", "工厂", "车间",
                                // A division (市场管理处), a district, county or village, a brigade.
                                "处", "科", "区", "县", "村", "总队", "支队", "大队",
                                // People by what they are: 3名学生, 2名选手.
                                "学生", "选手", "教师", "同学", "职工", "员工", "代表队", "运动员", "志愿者"]

    /// "全区共有17项成果": the area and 共有 say where and how many, the recipient is the rest.
    static func withoutWholeArea(_ phrase: String) -> String {
        var u = Array(phrase.unicodeScalars)
        // "——本院": a dash that opened the clause.
        while let f = u.first, f == "—" || f == "-" || f == "－" || f == "·" { u.removeFirst() }
        for lead in ["全区", "全市", "区内", "市内"] where u.count > 4 && u.starts(with: lead.unicodeScalars) { u.removeFirst(2); break }
        for lead in ["共有", "共计", "共", "累计", "有"] where u.count > lead.scalarCount + 2 && u.starts(with: lead.unicodeScalars) {
            u.removeFirst(lead.scalarCount); break
        }
        return u.count == phrase.scalarCount ? phrase : String(scalars: u)
    }
}
