import XCTest
@testable import BriefKit

/// How a number in Chinese text is read (docs/QUANTITIES.md), case by case. Expected values
/// are written from the rules, not from the program's output.
final class QuantityScannerTests: XCTestCase {
    typealias Q = (value: Double, measure: String, qualifier: Qualifier)

    static let cases: [(rule: String, text: String, expected: [Q])] = [
        // 1. Value and measure as written
        ("count 项", "完成专业技术服务项目 5514 项。", [(5514, "项", .exact)]),
        ("count 家", "服务企业 2599 家。", [(2599, "家", .exact)]),
        ("人次", "培训 400 人次。", [(400, "人次", .exact)]),
        ("场", "举办 9 场培训。", [(9, "场", .exact)]),
        ("件", "办理提案 19 件。", [(19, "件", .exact)]),
        ("篇", "发表论文 164 篇。", [(164, "篇", .exact)]),
        ("本", "刊印著作 40 本。", [(40, "本", .exact)]),
        ("名", "共有 132 名党员。", [(132, "名", .exact)]),
        ("位", "30 位专家参加。", [(30, "位", .exact)]),
        ("届", "蝉联 7 届文明单位。", [(7, "届", .exact)]),
        ("次", "开展学习 27 次。", [(27, "次", .exact)]),
        ("年 duration", "连续 9 年帮扶。", [(9, "年", .exact)]),
        ("小时", "稳定运行 9300 小时。", [(9300, "小时", .exact)]),
        ("倍", "为去年的 3.5 倍。", [(3.5, "倍", .exact)]),
        ("千瓦时", "用电 720 千瓦时。", [(720, "千瓦时", .exact)]),
        ("台（套）", "设备 155台（套）。", [(155, "台（套）", .exact)]),
        ("N大 no measure", "覆盖 7 大行业领域。", [(7, "", .exact)]),
        ("Chinese N大", "打造五大创新应用主链。", [(5, "", .exact)]),
        ("4-digit count", "服务企业 2023 家。", [(2023, "家", .exact)]),
        // 2. Money keeps its unit
        ("亿元", "收入 2.6 亿元。", [(2.6, "亿元", .exact)]),
        ("万元 with separators", "收入预算 718,452 万元。", [(718452, "万元", .exact)]),
        ("万余元", "募集善款 8 万余元。", [(8, "万元", .over)]),
        ("余万元", "投入 5000 余万元。", [(5000, "万元", .over)]),
        ("Chinese money 万", "投资三千五百万元。", [(3500, "万元", .exact)]),
        ("Chinese money 亿+万", "投资一亿两千万元。", [(12000, "万元", .exact)]),
        ("Chinese money 元", "资助一百二十三万四千元。", [(1234000, "元", .exact)]),
        ("元", "每月 30 元补贴。", [(30, "元", .exact)]),
        ("万亿元", "规模达到1.8万亿元。", [(1.8, "万亿元", .exact)]),
        ("近千万元", "投资近千万元。", [(1000, "万元", .nearly)]),
        ("超亿元", "收入超亿元。", [(1, "亿元", .over)]),
        ("亿美元", "使用外资超过3700亿美元。", [(3700, "亿美元", .over)]),
        ("bare 亿", "成交金额 131.91 亿。", [(131.91, "亿", .exact)]),
        // 3. Other measures with 万/亿 as written
        ("万人次", "参与超 7万人次。", [(7, "万人次", .over)]),
        ("万册次", "文献外借312万册次。", [(312, "万册次", .exact)]),
        ("万小时", "累计 1.5 万小时。", [(1.5, "万小时", .exact)]),
        ("万千瓦时", "节电 2.3 万千瓦时。", [(2.3, "万千瓦时", .exact)]),
        ("万千瓦", "最高负荷达4216万千瓦。", [(4216, "万千瓦", .exact)]),
        ("万余人", "关注 2万余人。", [(2, "万人", .over)]),
        // 4. Percent
        ("%", "满意度 97.7%。", [(97.7, "%", .exact)]),
        ("full-width ％", "满意度９７．７％。", [(97.7, "%", .exact)]),
        ("百分之 Chinese", "达到百分之九十五。", [(95, "%", .exact)]),
        ("百分之百", "覆盖率百分之百。", [(100, "%", .exact)]),
        ("千分之, 万分之", "占千分之4.6，投诉率万分之三。", [(4.6, "‰", .exact), (3, "‱", .exact)]),
        ("machine hours", "全年提供共享服务48.6万机时、超算12万核时。", [(48.6, "万机时", .exact), (12, "万核时", .exact)]),
        ("个百分点", "提高 2.03 个百分点。", [(2.03, "个百分点", .exact)]),
        ("成", "九成以上企业满意。", [(9, "成", .over)]),
        // 5–7. Forms and separators
        ("PDF split number", "科技条件与服务 1, 351, 459, 890 元。", [(1351459890, "元", .exact)]),
        ("decimal with group", "金额 4, 503.6 万元。", [(4503.6, "万元", .exact)]),
        ("、 does not join", "分别为 12、35、108 家。", [(12, "家", .exact), (35, "家", .exact), (108, "家", .exact)]),
        ("newline inside quantity", "完成了 100 多\n\n项国家课题，并在全国范围推广应用的成果。", [(100, "项", .over)]),
        ("上千 across lines", "服务上\n千家企业，覆盖全国各地的各类行业客户。", [(1000, "家", .over)]),
        ("space before measure", "入库 593 家。", [(593, "家", .exact)]),
        // 8. Ranges and minus
        ("range 3-5 家", "每年 3-5 家。", [(3, "家", .over), (5, "家", .under)]),
        ("range 万元 shared", "资助 20～50 万元。", [(20, "万元", .over), (50, "万元", .under)]),
        ("explicit minus", "增速 -3.5%。", [(-3.5, "%", .exact)]),
        // 9. Qualifiers
        ("余", "授权专利 30 余项。", [(30, "项", .over)]),
        ("多", "100 多位学生。", [(100, "位", .over)]),
        ("超", "著作权超 300 项。", [(300, "项", .over)]),
        ("超过", "超过 650 亿立方米。", [(650, "亿立方米", .over)]),
        ("逾", "逾 200 家企业。", [(200, "家", .over)]),
        ("以上 after", "完成工作量的 70%以上。", [(70, "%", .over)]),
        ("突破", "突破 4685.9 万千瓦。", [(4685.9, "万千瓦", .over)]),
        ("不少于", "不少于 300 篇。", [(300, "篇", .over)]),
        ("上百", "上百家企业参加。", [(100, "家", .over)]),
        ("上万", "吸引上万人次参与。", [(10000, "人次", .over)]),
        ("近", "标准近 250 项。", [(250, "项", .nearly)]),
        ("接近", "接近 50 名青年。", [(50, "名", .nearly)]),
        ("约", "预算约 27 万元。", [(27, "万元", .approx)]),
        ("左右", "50 人左右。", [(50, "人", .approx)]),
        ("不到", "不到 10 家。", [(10, "家", .under)]),
        ("以内", "缩减至 200 份以内。", [(200, "份", .under)]),
        ("达 is exact", "满意率达 100%。", [(100, "%", .exact)]),
        ("累计 is exact", "累计 1250 件。", [(1250, "件", .exact)]),
        ("起 lower bound", "票价 50元起，", [(50, "元", .over)]),
        // 10. Vague magnitudes
        ("十余", "承办论坛十余次。", [(10, "次", .over)]),
        ("二十余", "二十余家媒体报道。", [(20, "家", .over)]),
        ("百余", "报道百余篇。", [(100, "篇", .over)]),
        ("近百", "举办近百场活动。", [(100, "场", .nearly)]),
        ("数十", "数十家企业参与。", [(10, "家", .over)]),
        ("两次", "专题党课两次。", [(2, "次", .exact)]),
        ("七成", "七成企业。", [(7, "成", .exact)]),
        // 12. Words that only look like qualifiers
        ("签约 exact", "签约 5 家企业。", [(5, "家", .exact)]),
        ("习近平 not a figure", "习近平新时代中国特色社会主义思想。", []),
        ("多元 not a figure", "构建多元化格局。", []),
        ("厨余 not a figure", "厨余垃圾分类。", []),
        ("其余", "其余 3 家。", [(3, "家", .exact)]),
        // 13. Look-back window
        ("近N年来 not reported", "近三年来，成果丰硕。", []),
        ("N年来 not reported", "5年来持续投入。", []),
        ("近两年 duration", "历时近两年完成。", [(2, "年", .nearly)]),
        // 14. Decreases keep the magnitude
        ("下降", "能耗下降 3.1%。", [(3.1, "%", .exact)]),
        // 15–16. Years and dates
        ("year", "2023 年完成。", []),
        ("year 年度", "2023年度报告。", []),
        ("Chinese year", "二〇二三年工作。", []),
        ("year range", "2023—2025年规划。", []),
        ("date", "2024 年 2月 6日印发。", []),
        ("ISO date", "发布于 2024-02-06。", []),
        ("year.month", "时间 2024.11。", []),
        ("month range", "1—10 月累计。", []),
        ("一季度", "一季度完成。", []),
        // 17. Ordinals and grades
        ("第N届", "第九届大会。", []),
        ("第二批", "第二批试点。", []),
        ("第三方", "第三方评估。", []),
        ("page footer", "上海计算机软件技术开发中心 第 5 页", []),
        ("N等奖", "荣获一等奖。", []),
        ("N级", "获评 3 级资质。", []),
        ("二十大", "学习二十大精神。", []),
        ("一是", "一是做好管理。", []),
        ("二支部", "二支部开展活动。", []),
        ("周年", "庆祝建校 74 周年。", []),
        // 18. Section numbers
        ("section 3.2.1", "3.2.1 服务情况", []),
        ("section 1.", "1. 基础信息", []),
        ("section then count", "5.2. 共完成 8 项。", [(8, "项", .exact)]),
        // 19. Codes
        ("document code", "沪科〔2023〕15号", []),
        ("bracket code", "沪科[2023]15号", []),
        ("standard code", "依据 T/SAQ0006-2023 编写。", []),
        ("GB code", "符合 GB/T 25000.51-2016 标准。", []),
        ("version", "升级到 3.0 版本。", []),
        // 20. Set phrases
        ("两个维护", "做到“两个维护”。", []),
        ("十四五", "十四五规划。", []),
        ("7*24", "提供 7*24 小时服务。", []),
        ("5G", "建设 5G 基站。", []),
        ("1+8", "形成 1+8 格局。", []),
        ("一批", "培育一批企业。", []),
        ("500强", "世界 500 强企业。", []),
        ("书名", "《2023 年上海 5G 智能工厂实践方案》发布。", []),
        ("一项 counts", "新增一项标准。", [(1, "项", .exact)]),
        ("一家亲 is a word", "“一家亲”爱心捐款。", []),
        ("统一 is a word", "统一标准。", []),
        ("fraction", "占全国 1/4。", []),
        ("三元 is a word", "三元正极材料。", []),
        // Forms real documents write (issue 12)
        ("万余人次", "吸引市民万余人次参与。", [(10000, "人次", .over)]),
        ("1万2千余人次", "惠及居民1万2千余人次。", [(1.2, "万人次", .over)]),
        ("3亿5千万元", "投资3亿5千万元。", [(3.5, "亿元", .exact)]),
        ("￥ is 元", "收到捐款￥12,000。", [(12000, "元", .exact)]),
        ("a plus sign", "利润增长+12.5%。", [(12.5, "%", .exact)]),
        ("1+8 stays a code", "推进1+8模式。", []),
        ("三点五个百分点", "高于全市平均水平三点五个百分点。", [(3.5, "个百分点", .exact)]),
        ("三点半 is a time", "下午三点半开会。", []),
        ("三至五家: two ends", "新建三至五家研发机构。", [(3, "家", .over), (5, "家", .under)]),
        ("从A到B is no range", "收入从1000亿元到3000亿元。", [(1000, "亿元", .exact), (3000, "亿元", .exact)]),
        ("measure after a blank line", "服务客户 3,260\n\n家。", [(3260, "家", .exact)]),
        ("约 before a verb", "集成电路产业约占全国30%。", [(30, "%", .approx)]),
        ("部门 is its own measure, not 部", "市经信委等三部门联合发布。", [(3, "部门", .exact)]),
        ("部分 likewise", "报告分为 5 部分。", [(5, "部分", .exact)]),
        ("约定 is no 约", "签约占地10亩。", [(10, "亩", .exact)]),
        ("score in 分", "员工满意度平均为94.1分。", [(94.1, "分", .exact)]),
        ("分之 is a fraction", "占三分之二。", []),
        ("minutes of a time", "8点30分召开。", []),
        ("minutes after a colon", "会议于9:30分开始。", []),
        ("a score after a label's colon", "评价等级标准:90分以上为优。", [(90, "分", .over)]),
        ("congress term", "区十七届人大三次会议召开。", []),
        ("a term and its session after the body", "和区政协十四届四次会议提案。", []),
        ("party plenum", "学习二十届四中全会精神。", []),
        ("plenums of a term", "深入学习贯彻党的二十大和二十届历次全会精神。", []),
        ("a count of terms", "已举办十七届。", [(17, "届", .exact)]),
        ("project phase", "园区二期工程建成。", []),
        ("quoted name", "为“光荣在党50年”同志颁发纪念章。", []),
        ("bound in a name", "经营收入超亿元企业达到225家。", [(225, "家", .exact)]),
        ("counted enterprises are no bound", "与400余家企业交流。", [(400, "家", .over)]),
    ]

    func scan(_ text: String) -> [Q] {
        let e = FactExtractor().extract(text: text, path: "t.txt", article: nil, reportYear: 2023)
        return e.facts.map { ($0.quantity.value, $0.quantity.measure, $0.quantity.qualifier) }
    }

    /// A number is read to exactly the double `Double(text)` reads from its digits: short
    /// ones by integer arithmetic, long ones through `Double`. Random digits, groups and points.
    func testArabicNumbersReadAsDoubleReadsThem() {
        var rng = SplitMix64(state: 7)
        for round in 0..<3000 {
            let intDigits = 1 + Int(rng.next() % 20), fracDigits = Int(rng.next() % 8)
            var digits = (0..<intDigits).map { _ in String(rng.next() % 10) }.joined()
            if round % 3 == 0, intDigits > 3 {
                // "1,351,459": groups of three after a first group of one to three.
                var grouped = ""
                for (n, d) in digits.enumerated() {
                    if n > 0 && (intDigits - n) % 3 == 0 { grouped += "," }
                    grouped.append(d)
                }
                if grouped.split(separator: ",").first!.count <= 3 { digits = grouped }
            }
            let fraction = (0..<fracDigits).map { _ in String(rng.next() % 10) }.joined()
            let text = digits + (fraction.isEmpty ? "" : "." + fraction)
            let scalars = Array((text + "项").unicodeScalars)
            guard let n = QuantityScanner(scalars).readArabicNumber(at: 0) else { XCTFail("no number in \(text)"); continue }
            let expected = Double(text.replacingOccurrences(of: ",", with: ""))!
            XCTAssertEqual(n.value, expected, "\(text)")
            XCTAssertEqual(n.end, text.unicodeScalars.count, "\(text)")
            XCTAssertEqual(n.integerDigits, digits.filter { $0 != "," }.count, "\(text)")
        }
    }

    func testNumberReadingRules() {
        XCTAssertGreaterThanOrEqual(Self.cases.count, 100)
        for c in Self.cases {
            let got = scan(c.text)
            let describe: ([Q]) -> String = { $0.map { "\(NumberFormatting.plain($0.value)) \($0.measure) \($0.qualifier.rawValue)" }.joined(separator: "; ") }
            XCTAssertEqual(describe(got), describe(c.expected), "\(c.rule): \(c.text)")
        }
    }

    func testChineseNumeralValues() {
        let cases: [(String, Double)] = [("十五", 15), ("一百二十三", 123), ("两千", 2000), ("三千五百万", 35_000_000),
                                         ("一亿两千万", 120_000_000), ("十", 10), ("二十", 20), ("万亿", 1e12), ("一百零五", 105)]
        for (text, value) in cases {
            XCTAssertEqual(ChineseNumerals.value(of: Array(text.unicodeScalars)), value, text)
        }
        XCTAssertNil(ChineseNumerals.value(of: Array("二三".unicodeScalars)))
    }

    func testFoldingComparesScaledMeasures() {
        XCTAssertEqual(Quantity(value: 7, measure: "万人次").folded.value, 70000)
        XCTAssertEqual(Quantity(value: 7, measure: "万人次").folded.measure, "人次")
        XCTAssertEqual(Quantity(value: 1.4, measure: "亿元").folded.value, Quantity(value: 14000, measure: "万元").folded.value)
        XCTAssertEqual(Quantity(value: 2.3, measure: "千瓦时").folded.measure, "千瓦时")
    }
}
