/// Works out which unit a document is by: the organisation its title names, the issuer a
/// page labels (发布机构：…, 预算主管部门：…), the name it is signed with, and the
/// organisation it names most — each weighed, so that a parent institution or a body the
/// text only mentions (上海科学院, 市科委) does not replace the unit itself. A unit the
/// registry lacks is reported by the name the document uses, written out in full.
enum UnitDetector {
    static let orgSuffixes = hardOrgSuffixes + softOrgSuffixes
    static let hardOrgSuffixes = ["委员会", "科经委", "经信委", "发改委", "科委", "经委", "人民政府", "研究院", "研究所", "设计院", "办公室",
                              "联合会", "协会", "学会", "集团", "公司", "大学", "学院", "中心", "政府", "局", "院", "厅", "署", "馆", "站",
                              // Institutes named for their work (上海市纤维检验所); not 所 alone (场所, 住所).
                              "检验所", "检测所", "测试所", "计量所", "监测所", "设计所", "事务所", "实验室", "基金会", "促进会"]
    /// An incubator or a service platform reporting on itself (上海宝山智造谷科技企业孵化器): a
    /// longer name may go on past them (…孵化器管理有限公司).
    static let softOrgSuffixes = ["孵化器", "服务平台"]
    static let orgSuffixList = WordList(orgSuffixes)
    /// Where the soft suffixes start in `orgSuffixes`.
    static let softSuffixesFrom = hardOrgSuffixes.count
    /// Newspapers and sites named as a page's source are not its unit.
    static let media = ["报", "网", "社", "台", "新闻", "杂志", "客户端", "公众号"]
    /// 预算单位 names the unit a report is by; beside it, 主管部门 is the parent it reports to.
    static let issuerLabels: [(String, Int)] = [("预算单位", 14), ("预算主管部门", 12), ("主管部门", 12), ("部门名称", 12), ("单位名称", 12), ("编制单位", 10),
                                                ("发布机构", 8), ("发布单位", 8), ("信息来源", 8), ("来源", 8), ("主办单位", 4)]

    static func unit(of text: String, kind: DocumentKind, registry: UnitRegistry) -> String? {
        unit(of: TextSurvey(text: text), kind: kind, registry: registry)
    }

    static func unit(of survey: TextSurvey, kind: DocumentKind, registry: UnitRegistry, site: String? = nil) -> String? {
        let text = survey.head
        let head = survey.headLines
        var score: [String: Int] = [:]
        func add(_ raw: String, _ w: Int) {
            // An empty text requires nothing (as `canonical(context:)` reads it).
            let name = UnitNames.canonical(raw, registry: registry, mentions: { text.isEmpty || survey.mentions($0) })
            guard name.scalarCount >= 3 else { return }
            score[name, default: 0] += w
        }
        // The title: the kind's line, or the first line naming a year.
        if let title = head.prefix(15).first(where: { isTitle(String($0)) }), let org = titleOrg(String(title)) { add(org, 10) }
        // A saved page's <title>, `…大会召开_虹口要闻_上海市虹口区人民政府`: the site it is on
        // names itself last, when that is an organisation's name alone: a hint, as weak as a
        // district's 区科委 (the page may be a commission's, on its government's site).
        if let site, site.scalarCount >= 5, site.scalarCount <= 25,
           orgs(in: site.scalarArray).first.map({ $0.unicodeScalars.count == site.unicodeScalars.count }) == true { add(site, 3) }
        // "区科委" in a text about one district: that district's commission.
        if survey.mentions("区科委"), let d = survey.mostNamedDistrict() { add(d + "科学技术委员会", 3) }
        // Lines that are only an organisation's name: a signature, unless the line before or
        // after names another, or three or more are named — a list of names (表彰名单) signs nothing.
        var signatures: [(Int, String)] = []
        for (n, line) in head.prefix(40).enumerated() {
            let l = String(line)
            for (label, w) in issuerLabels {
                guard let at = l.byteOffset(of: label) else { continue }
                var rest = Substring(String(decoding: Array(l.utf8)[(at + label.utf8.count)...], as: UTF8.self))
                while let f = rest.unicodeScalars.first, f == ":" || f == "：" || f == " " || f == "\u{3000}" { rest = rest.dropFirst() }
                let name = String(rest.prefix { $0 != " " && $0 != "\u{3000}" && $0 != "|" && $0 != "　" && $0 != "\t" })
                if name.scalarCount >= 4, !media.contains(where: { name.endsWithBytes($0) || name.hasBytes("新闻") }),
                   orgSuffixList.match(in: name.scalarArray, endingBefore: name.scalarCount) != nil {
                    add(name, w)
                }
                break
            }
            // A signature: a line that is only an organisation's name.
            // ("上海市青浦区统计局　　国家统计局青浦调查队": joint issuers set apart by blanks,
            // the first named first.)
            let t = l.trimmingBlanks
            let first = Self.firstOfJointNames(t)
            // (Over 100 bytes is over 25 scalars: a paragraph's scalars are not counted.)
            if first.utf8.count <= 100, first.unicodeScalars.count <= 25, !first.hasBytes("关于"),
               orgs(in: first.scalarArray).first.map({ $0.unicodeScalars.count == first.unicodeScalars.count }) == true {
                signatures.append((n, first))
            }
        }
        // (One name written again and again is a cover's or a running head's, no list.)
        let distinct = Set(signatures.map(\.1)).count
        for (k, (n, name)) in signatures.enumerated() {
            let listed = distinct >= 3 || (k > 0 && signatures[k - 1].0 == n - 1 && signatures[k - 1].1 != name)
                || (k + 1 < signatures.count && signatures[k + 1].0 == n + 1 && signatures[k + 1].1 != name)
            if !listed { add(name, 6) }
        }
        // Names counted over the first 12,000 bytes: a unit names itself early (its title
        // page, its opening), and this runs for every document.
        var mentions: [String: Int] = [:]
        var seen = 0
        text.forEachLine { line in
            seen += line.utf8.count
            for o in orgs(in: line.scalarArray) { mentions[o, default: 0] += 1 }
            return seen < 12_000
        }
        for (o, n) in mentions { add(o, min(n, 6)) }
        for u in registry.units where score[u.name] != nil { score[u.name, default: 0] += 1 }
        guard var best = score.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else { return nil }
        // A budget report signed by a district's finance bureau is the district's budget.
        if kind == .budget, best.endsWithBytes("财政局"), ["执行", "决算", "草案"].contains(where: { (w: String) in String(text.prefix(2000)).hasBytes(w) }) {
            best = String(best.unicodeScalars.dropLast(3))
        }
        return best
    }

    /// The first name of a line of joint issuers set apart by an ideographic space or two
    /// blanks ("上海市青浦区统计局　　国家统计局青浦调查队"); the line itself otherwise.
    static func firstOfJointNames(_ line: String) -> String {
        let u = line.utf8
        guard u.count <= 120 else { return line }
        var prev: UInt8 = 0
        var i = u.startIndex
        while i != u.endIndex {
            let b = u[i]
            // U+3000 is E3 80 80 in UTF-8.
            if b == 0xE3, u.index(after: i) != u.endIndex, u[u.index(after: i)] == 0x80,
               u.index(i, offsetBy: 2, limitedBy: u.endIndex).map({ $0 != u.endIndex && u[$0] == 0x80 }) == true {
                return String(line[..<i]).trimmingBlanks
            }
            if b == 0x20, prev == 0x20 { return String(line[..<u.index(before: i)]).trimmingBlanks }
            prev = b
            i = u.index(after: i)
        }
        return line
    }

    static let kindWords = ["社会责任报告", "工作总结", "年度总结", "工作报告", "部门预算", "单位预算", "部门决算", "预算执行", "决算", "预算",
                            "整体支出绩效自评报告", "绩效自评报告", "自评报告", "绩效评价报告"]

    static func isTitle(_ line: String) -> Bool {
        line.scalarCount <= 70 && !MetadataDetector.isNavigation(line) && kindWords.contains { line.hasBytes($0) }
    }

    /// The organisation or place a title names before its year or kind:
    /// 关于印发《闵行区科学技术委员会2023年工作总结》的通知 → 闵行区科学技术委员会;
    /// 关于上海市杨浦区2023年预算执行情况…的报告 → 上海市杨浦区.
    static func titleOrg(_ line: String) -> String? {
        var s = line.scalarArray.filter { $0 != " " && $0 != "\u{3000}" && $0 != "#" }
        // A Markdown front matter's key (`title: 上海华鉴…2024年社会责任报告`) is no part of the name.
        if let colon = s.prefix(12).firstIndex(where: { $0 == ":" || $0 == "：" }), colon > 0, s[..<colon].allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) {
            s.removeFirst(colon + 1)
        }
        for lead in ["关于印发", "关于", "印发", "《", "—", "－"] {
            while s.starts(with: lead.unicodeScalars) { s.removeFirst(lead.scalarCount) }
        }
        var end = s.count
        if let y = (0..<max(0, s.count - 4)).first(where: { MetadataDetector.fourDigitYear(s, at: $0) != nil }) { end = y }
        if let k = kindWords.compactMap({ w in (0..<s.count).first { s[$0...].starts(with: w.unicodeScalars) } }).min() { end = min(end, k) }
        let name = Array(s[..<end])
        guard name.count >= 2 else { return nil }
        let text = String(scalars: name)
        if orgSuffixList.match(in: name, endingBefore: name.count) != nil { return text }
        // A government's own report: 上海市, 上海市杨浦区, 杨浦区.
        if text.hasSameBytes(as: "上海市") || UnitNames.districts.contains(where: { text.endsWithBytes($0) }) { return text }
        return nil
    }

    /// Organisation names in a line: from 上海/市/a district to the first organisation word.
    static func orgs(in s: [Unicode.Scalar]) -> [String] {
        var found: [String] = []
        var i = 0
        while i < s.count {
            // Straight to the next scalar a name can start with (上, 市, a district's first):
            // startsName asked of every scalar cost a call and a static's swift_once each.
            guard let k = nameStarts.firstMember(in: s, from: i) else { break }
            i = k
            guard startsName(s, at: i) else { i += 1; continue }
            var j = i + 1
            var end: Int? = nil
            while j < s.count, j - i <= 22, s[j].value >= 0x4E00, s[j].value <= 0x9FFF {
                // "上海获得国务院…": a verb or particle ends the run; no body's name holds one.
                if Self.nameBreaks.contains(s[j]) { break }
                // "上海市入选国家知识产权局…": nor does a two-scalar verb.
                if j + 1 < s.count, Self.verbPairs.contains(where: { $0.0 == s[j] && $0.1 == s[j + 1] }) { break }
                j += 1
                if j - i >= 4, let m = orgSuffixList.match(in: s, endingBefore: j) {
                    end = j
                    // An incubator or platform may be run by a body named after it
                    // (…孵化器管理有限公司, …服务平台管理中心): the longer name, if it comes.
                    if m >= softSuffixesFrom { continue }
                    // 委员会办公室 is the commission's office: the commission is the unit.
                    break
                }
            }
            // The name made once: it was made again for each ending asked of it.
            if let e = end, case let name = String(scalars: s[i..<e]),
               !(s[i] == "市" && !["委员会", "局", "委", "办公室"].contains(where: { name.endsWithBytes($0) })) {
                found.append(name)
                i = e
            } else {
                i += 1
            }
        }
        return found
    }

    /// The district a text names most, if it names one at least twice.
    static func mostNamedDistrict(_ text: String) -> String? {
        // One pass over the UTF-8, not its scalars decoded into an array first.
        var counts = [Int](repeating: 0, count: districtList.words.count)
        var text = text
        text.withUTF8 { countDistricts($0, into: &counts) }
        return mostNamed(counts)
    }

    /// The districts' names in UTF-8, indexed as `districtList`.
    static let districtBytes = districtList.words.map { Array($0.utf8) }
    /// The first scalar of every district's name.
    static let districtStarts = ScalarSet(districtList.scalars.compactMap(\.first))

    /// Adds the districts named in `b` (valid UTF-8) to `counts` (indexed as `districtList`),
    /// every occurrence as a scalar-by-scalar match finds them: the walk steps from scalar
    /// to scalar, and a name's bytes at the start of a scalar are its scalars.
    static func countDistricts(_ b: UnsafeBufferPointer<UInt8>, into counts: inout [Int]) {
        // Read once: a static in the loop is a swift_once call at every CJK scalar.
        let districtStarts = districtStarts, districtBytes = districtBytes
        var i = 0
        while i < b.count {
            let lead = b[i]
            // Every district's name starts with a three-byte scalar (CJK).
            guard lead >= 0xE0 else { i += lead < 0xC0 ? 1 : 2; continue }
            guard lead < 0xF0 else { i += 4; continue }
            if i + 3 <= b.count,
               districtStarts.contains(value: UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)),
               let k = districtBytes.firstIndex(where: { name in
                   i + name.count <= b.count && name.indices.allSatisfy { b[i + $0] == name[$0] }
               }) {
                counts[k] += 1
            }
            i += 3
        }
    }

    static func mostNamed(_ counts: [Int]) -> String? {
        guard let k = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[k] >= 2 else { return nil }
        return UnitNames.districtShort[k].1
    }

    static let districtList = WordList(UnitNames.districtShort.map(\.0))
    /// The scalars an organisation's name can start with: 上, 市, a district's first.
    static let nameStarts = ScalarSet(["上", "市"] + UnitNames.districtShort.compactMap { $0.0.unicodeScalars.first })

    /// Words a name may follow inside a run of characters, and what after 市 makes no body
    /// (市级, 市场, 市民): sets made once, not literals decoded at every position.
    static let nameOpeners = ScalarSet("由对经在和与及、的为了".unicodeScalars)
    /// Characters no organisation's name holds: a verb or particle after a place name.
    static let verbPairs: [(Unicode.Scalar, Unicode.Scalar)] = [("入", "选"), ("成", "为"), ("评", "为"), ("作", "为"), ("位", "列"), ("跻", "身"), ("荣", "获")]
    static let nameBreaks = ScalarSet("获被的是将".unicodeScalars)
    static let cityNotBody = ScalarSet("级场民内区值属委".unicodeScalars)

    static func startsName(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard nameStarts.contains(s[i]) else { return false }
        if i > 0, s[i - 1].value >= 0x4E00, s[i - 1].value <= 0x9FFF, !nameOpeners.contains(s[i - 1]) { return false }
        let rest = s[i...]
        if rest.starts(with: "上海".unicodeScalars) { return !rest.starts(with: "上海上市".unicodeScalars) }
        // 市财政局, 市经信委: the city's own bodies.
        if s[i] == "市", i + 3 < s.count, !cityNotBody.contains(s[i + 1]) { return true }
        return districtList.match(in: s, at: i) != nil
    }
}
