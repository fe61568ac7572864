import XCTest
@testable import BriefKit

/// Honours are named distinctions with someone who received them; a document's unit is the
/// organisation it is by, written out in full. Expectations read off the sentences.
final class HonourAndUnitTests: XCTestCase {
    func honours(_ text: String, unit: String? = "上海市徐汇区科学技术委员会") -> [Honour] {
        FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2024, unit: unit, kind: .workSummary)).honours
    }

    /// An issuer before a quoted title, an ordinal batch, a contest named a line before,
    /// a person after a role.
    func testIssuersBatchesContestsAndRoles() {
        let h = honours("同时，东滩湿地科普馆入选中国科协“2025—2029年度第一批全国科普教育基地”。")
        XCTAssertEqual(h.first?.title, "2025—2029年度第一批全国科普教育基地", "第一批 is a batch's ordinal, not 一批 of many")
        XCTAssertEqual(h.first?.issuer, "中国科协")
        XCTAssertEqual(h.first?.recipient, "东滩湿地科普馆")
        XCTAssertEqual(h.first?.level, .national)
        let contest = honours("在第12届上海市青少年机器人竞赛中，全区共有21件作品获奖。\n区科委获竞赛“优秀组织单位”称号，区少年宫科技辅导员周立群获评“优秀指导教师”。")
        XCTAssertEqual(contest.map(\.title), ["第12届上海市青少年机器人竞赛优秀组织单位", "优秀指导教师"])
        XCTAssertEqual(contest.last?.recipient, "周立群")
        XCTAssertTrue(honours("入选一批上海市重点项目。").isEmpty, "一批 of many is no designation")
        XCTAssertEqual(honours("原创科普图书获中国科普作家协会第九届优秀科普作品奖金奖。").count, 1, "a 奖金奖 is a gold award, not prize money")
        XCTAssertTrue(honours("获得奖金5万元。").isEmpty)
        // The contest named before the trigger on its own line wins over one named earlier;
        // an event before a quoted prize is no issuer.
        let two = honours("在第40届上海青少年科技创新大赛中，我馆获一等奖3项。\n在2025年全国科普讲解大赛中，我馆荣获大赛“优秀组织单位”称号。")
        XCTAssertEqual(two.last?.title, "2025年全国科普讲解大赛优秀组织单位")
        let expo = honours("在中国国际工业博览会上，我委荣获博览会“优秀组织奖”称号。")
        XCTAssertNil(expo.first?.issuer)
        XCTAssertEqual(expo.first?.title, "中国国际工业博览会优秀组织奖")
        // A Markdown table of honours whose header starts with the title and whose rows are not numbered.
        let table = honours("## 荣誉\n\n| 荣誉名称 | 授予单位 | 级别 | 时间 |\n|---|---|---|---|\n| 全国先进社会组织 | 民政部 | 国家级 | 2025年11月 |\n| 优秀地方协会 | 中国半导体行业协会 | 行业 | 2025年9月 |\n")
        XCTAssertEqual(table.map(\.title), ["全国先进社会组织", "优秀地方协会"])
        XCTAssertEqual(table.map(\.level), [.national, .other])
        XCTAssertEqual(table.first?.issuer, "民政部")
        XCTAssertTrue(honours("| 项目名称 | 承担单位 | 金额 |\n|---|---|---|\n| 示范平台建设 | 某中心 | 50万元 |\n").isEmpty, "a table of projects is none")
        let created = honours("静安区成功创建国家生态文明建设示范区，获生态环境部命名。")
        XCTAssertEqual(created.first?.title, "国家生态文明建设示范区", "成功创建 a designation is to hold it")
    }

    func testNamedDistinctionsOnly() {
        let cases: [(text: String, titles: [String])] = [
            ("区科委荣获“上海市科普工作先进集体”称号。", ["上海市科普工作先进集体"]),
            ("奉贤区通过复核，继续保留“全国科普示范区”称号。", ["全国科普示范区"]),   // a title kept
            ("全区工业保持平稳增长。", []),
            ("荣获上海市级荣誉 15 项。", []),                                   // a count of honours
            ("获得各类荣誉六项。", []),
            ("开展2022年度首次成为“四上”高新技术企业奖励资金拨付。", []),         // a subsidy
            ("漕河泾创新孵化中心获评国家级科技企业孵化器。", ["国家级科技企业孵化器"]),
            ("助力成为全国烟草行业的智能制造标杆。", []),                        // no designation
            ("5家企业荣获2023年度“张江之星”企业称号。", ["2023年度张江之星企业"]),  // the year stays in the title
            ("荣获上海市总工会授予的“上海市五一劳动奖状”。", ["上海市五一劳动奖状"]),
            // Marks typed the wrong way round still pair: the title ends at 称号.
            ("两家企业荣获”国家智能制造示范工厂“称号（最高奖项）助力打响”上海制造“品牌。", ["国家智能制造示范工厂"]),
            // A grade with a note in brackets takes the event it was won in.
            ("指导区青少年活动中心在上海市科普讲解大赛中获评一等奖（全区首次）。", ["上海市科普讲解大赛一等奖(全区首次)"]),
            // The event may stand in a clause of its own before the grade.
            ("在2024年度奉贤区政务公开工作考核中，区经委获评“优秀”等次。", ["2024年度奉贤区政务公开工作考核优秀等次"]),
            ("中心当选“长三角科技创业孵化联盟”理事单位。", ["长三角科技创业孵化联盟理事单位"]),
            ("在蝉联 7 届上海市文明单位的基础上。", ["上海市文明单位（蝉联 7 届）"]),
            ("作品获得了红点最佳设计奖。", ["红点最佳设计奖"]),                       // the particle is no part of it
            // A designation at a level after its year or batch, a town's or a quarter's.
            ("崇明区入选2022年全国休闲农业重点县。", ["2022年全国休闲农业重点县"]),
            ("思南公馆街区入选第四批国家级旅游休闲街区。", ["第四批国家级旅游休闲街区"]),
            ("入选2024年国家级项目申报指南。", []),                                      // no designation
            ("本院荣获“上海市文明单位”称号，这是本院连续五年获评该称号。", ["上海市文明单位"]),  // 该称号 refers back
            ("临港分中心获评“上海市工人先锋号”。", ["上海市工人先锋号"]),
            ("全年共获得市级以上荣誉十余项，主要有：", []),                                // a count in Chinese numerals
            ("其中获市级以上奖励的论文41篇，占12.6%。", []),                              // a level and a kind: papers counted
            ("佘山镇入选“全国乡村旅游重点镇”。", ["全国乡村旅游重点镇"]),                   // a designation read inside its quotes
            ("年内入选上海市“科技创新行动计划”启明星计划7人、扬帆计划12人。", []),          // a count of people selected
            ("荣获“2023年度上海市技术发明奖一等奖”（个人排名第11位）。", ["2023年度上海市技术发明奖一等奖(个人排名第11位)"]),  // a rank is no count
            // After 成为/作为 a phrase the sentence goes on to describe is no title.
            ("让今天的拼搏成为明天更多工匠成长的阶梯。", []),
            ("上海作为典型受端电网城市，本地电源难以满足需求。", []),
            // A PDF's column run into the sentence: fifty characters with no stop are no title.
            ("获批中关村华安关键信息国家区块链试点 区块链典型应用案例上海城市区块链规划设 基础设施安全保护联盟理事单位；入选名单。", []),
            ("荣获“上海市网络安全应急技术支撑单位与关键信息基础设施安全保护优秀服务机构暨二〇二三至二〇二五年度先进集体”称号。",
             // (A span of years in numerals is read in digits, as the text is: 2023至2025年度.)
             ["上海市网络安全应急技术支撑单位与关键信息基础设施安全保护优秀服务机构暨2023至2025年度先进集体"]),  // quoted: long is fine
        ]
        for c in cases {
            XCTAssertEqual(honours(c.text).map(\.title), c.titles, c.text)
        }
    }

    /// A sector's own honour sits apart from the city's; a national sector's is the nation's.
    func testLevelsOfSectorHonours() {
        let cases: [(String, Honour.Level)] = [
            ("2025年度上海市科协系统先进集体", .system),
            ("上海市卫生健康系统优秀团队", .system),
            ("全国文化和旅游系统先进集体", .national),
            ("上海市工人先锋号", .municipal),
        ]
        for (title, level) in cases { XCTAssertEqual(HonourExtractor.level(of: title), level, title) }
    }

    /// An honour is the year's it was received in: a title's own year names the period it was
    /// awarded for (given that year or the next); the text's year, when it states one, dates it.
    func testTheYearAnHonourWasReceived() {
        let cases: [(text: String, year: Int)] = [
            ("全区共有42项成果获2024年度上海市科学技术奖。", 2025),
            ("中心获评上海市文明单位（2023—2024年度）。", 2025),
            ("中心获评2025年度上海市工人先锋号。", 2025),
            ("2023年，中心荣获上海市质量金奖。", 2023),
            ("中心曾获2019年度上海市科技进步奖。", 2019),
        ]
        for c in cases {
            let e = FactExtractor().extract(text: c.text + "\n", context: TextContext(path: "t.txt", reportYear: 2025, unit: "上海某中心", kind: .csrReport))
            XCTAssertEqual(e.honours.first?.year, c.year, c.text)
        }
    }

    /// A numbered list under a lead that announces honours: each item is one, its issuer in the
    /// closing brackets, a recipient after a dash; a section number is no item.
    func testANumberedListOfHonours() {
        let text = "六、荣誉与认可\n2024年，研究院共获得各类荣誉3项，主要包括：\n"
            + "1. 全国市场监管系统先进集体（人力资源社会保障部、国家市场监督管理总局）\n"
            + "2. 国家集成电路产业计量测试中心（筹建）（国家市场监督管理总局）\n"
            + "3. 上海市五一劳动奖章——集成电路计量测试所 王立群（上海市总工会）\n"
            + "4.2 领导关怀\n"
        let h = honours(text, unit: "上海市计量测试技术研究院")
        XCTAssertEqual(h.map(\.title), ["全国市场监管系统先进集体", "国家集成电路产业计量测试中心(筹建)", "上海市五一劳动奖章"])
        XCTAssertEqual(h.first?.issuer, "人力资源社会保障部、国家市场监督管理总局")
        XCTAssertEqual(h.first?.level, .national)
        XCTAssertEqual(h.last?.recipient, "集成电路计量测试所 王立群")
        XCTAssertEqual(h.first?.recipient, "上海市计量测试技术研究院")
    }

    /// A bulleted list grouped by level (Markdown `- 国家级` then nested items): the group label
    /// keeps the list open and gives its items their level; an approval's 获批建设 is no part
    /// of the designation's name; the issuer after a recipient is still the issuer.
    func testABulletedListGroupedByLevel() {
        let text = "2025年，研究院及员工共获得省部级以上荣誉14项，其中国家级5项。主要荣誉如下：\n\n- 国家级\n"
            + "  - 国家市场监管技术创新中心（特种设备安全与节能）获批建设（国家市场监督管理总局）\n"
            + "  - 全国青年文明号——起重机械检验所（共青团中央）\n- 系统\n"
            + "  - 上海市市场监管系统先进集体——电梯检验所（上海市市场监督管理局）\n\n---\n- 联系电话\n"
        let h = honours(text, unit: "上海市特种设备监督检验技术研究院")
        XCTAssertEqual(h.map(\.title), ["国家市场监管技术创新中心(特种设备安全与节能)", "全国青年文明号", "上海市市场监管系统先进集体"])
        XCTAssertEqual(h.map(\.level), [.national, .national, .system])
        XCTAssertEqual(h[1].recipient, "起重机械检验所")
        XCTAssertEqual(h[1].issuer, "共青团中央")
    }

    /// A table laid out with spaces whose header names its columns (荣誉名称 授予单位 获得者
    /// 级别): each cell by its column, a title or issuer wrapped under its cell joined to it,
    /// and a table of units (单位名称) is no table of honours.
    func testAnHonoursTableReadByItsHeader() {
        let text = """
           序号  荣誉名称                             授予单位                        获得者            级别
            1    全国网络安全等级保护工作先进集体     公安部网络安全保卫局            中心              国家级
            2    2025 年国家网络安全宣传周优秀        中央网信办网络安全协调局        中心              国家级
                 组织单位
            3    上海市网络安全工作先进集体           中共上海市委网络安全和信息化    中心              市级
                                                      委员会办公室
            4    上海市青年五四奖章                   共青团上海市委员会              周昊天            市级
            5    年度优秀会员单位                     上海市信息安全行业协会          商用密码测评部    其他
        """
        let h = honours(text, unit: "上海市信息安全测评认证中心")
        XCTAssertEqual(h.map(\.title), ["全国网络安全等级保护工作先进集体", "2025 年国家网络安全宣传周优秀组织单位", "上海市网络安全工作先进集体",
                                        "上海市青年五四奖章", "年度优秀会员单位"])
        XCTAssertEqual(h.map(\.recipient), ["上海市信息安全测评认证中心", "上海市信息安全测评认证中心", "上海市信息安全测评认证中心", "周昊天", "商用密码测评部"])
        XCTAssertEqual(h.map(\.level), [.national, .national, .municipal, .municipal, .other])
        XCTAssertEqual(h.count > 2 ? h[2].issuer : nil, "中共上海市委网络安全和信息化委员会办公室")
        XCTAssertTrue(honours("序号\t单位名称\t所在地区\t类别\n1\t北京赛西科技发展有限责任公司\t北京\tI 类服务机构\n").isEmpty)
    }

    /// A rule that names a prize (对获得…的项目给予奖励) gives nobody the prize; a quoted title
    /// after a strong trigger is one whatever its words.
    func testARuleNamingAPrizeIsNoHonour() {
        let rule = "修订管理办法，对获得国家科学技术奖、上海市科学技术奖一等奖的项目给予配套奖励，对新获评“上海市创新型企业总部”的企业给予资助。"
        XCTAssertTrue(honours(rule).isEmpty, honours(rule).map(\.title).joined(separator: "、"))
        XCTAssertEqual(honours("区内5家企业获评2025年度“上海市创新型企业总部”。").map(\.title), ["2025年度上海市创新型企业总部"])
        XCTAssertEqual(honours("11项成果获国家科学技术奖，较上年增加2项。").map(\.title), ["国家科学技术奖"])
    }

    /// A bare 预算 in a sentence of a statistics bulletin makes no budget.
    func testABulletinNamingABudgetIsNoBudget() {
        let text = "2024年上海市科技进步统计公报\n\n上海市科学技术委员会　上海市统计局\n全年地方财政科技支出546.80亿元，比上年增长6.3%，占地方一般公共预算支出的比重为6.8%。\n"
        XCTAssertEqual(MetadataDetector.kindAndYear(of: text).0, .other)
        XCTAssertEqual(MetadataDetector.kindAndYear(of: "长宁区2025年区级部门预算\n").0, .budget)
    }

    func testEveryHonourNamesWhoReceivedIt() {
        let cases: [(text: String, recipient: String)] = [
            ("上海锐视医疗科技有限公司获评国家级专精特新“小巨人”企业。", "上海锐视医疗科技有限公司"),
            ("云启智算、瑞和生物等5家企业荣获2024年度“张江之星”称号。", "云启智算、瑞和生物等5家企业"),   // the whole list
            ("荣获“上海市科普工作先进集体”称号。", "上海市徐汇区科学技术委员会"),   // the document's unit
            // A clause that opens on its trigger: the sentence's subject received it.
            ("徐汇区科委李明、王芳凭借在科技节中的出色表现，被评为上海市科普志愿者先进个人。", "李明、王芳"),
            ("上汽集团和华谊新材料作为本委服务的企业，荣获“国家智能制造示范工厂”称号。", "上汽集团和华谊新材料"),
            ("指导区青少年活动中心在上海市科普讲解大赛中获评一等奖（全区首次）。", "区青少年活动中心"),
            ("科委宋佳获评“上海市三八红旗手”。", "宋佳"),
            ("我委荣获“上海市文明单位”称号。", "上海市徐汇区科学技术委员会"),            // the unit calling itself
            ("2024年，荣获“上海市文明单位”称号。", "上海市徐汇区科学技术委员会"),         // a time is no subject
            // The agent after 被 gave it; the sentence opens on the person who received it.
            ("蔡立志博士的工作获得当地同志的一致好评，被青海省委组织部评为“来青服务优秀博士团成员”。", "蔡立志"),
            ("智能制造团队负责人孔繁荣入选上海“新征程 新奋斗”典型人物。", "孔繁荣"),          // a role before a name
            ("并成功推荐创营·TOP众创空间、江炆众创空间、宇速空间入库市级众创空间。", "创营·TOP众创空间、江炆众创空间、宇速空间"),
            // Who stands before 被 received it, not the agent after it nor the document's unit.
            ("崇明区被生态环境部命名为第六批国家生态文明建设示范区。", "崇明区"),
            // A division of a bureau, by its name's end.
            ("上海市文化和旅游局市场管理处获评“全国文化和旅游系统先进集体”。", "上海市文化和旅游局市场管理处"),
            // A service window and a member of its staff, by their own names.
            ("企业服务专窗获评“2025年度上海市工人先锋号”。", "企业服务专窗"),
            ("窗口工作人员王佳获评“上海市三八红旗手”。", "王佳"),
        ]
        for c in cases {
            XCTAssertEqual(honours(c.text).first?.recipient, c.recipient, c.text)
        }
        XCTAssertNotEqual(honours("张江高科获评“上海市文明单位”。").first?.recipient, "高科", "高科 is no person")
        // A PDF's short lines: the trigger opens the line, the recipient ended the one before.
        XCTAssertEqual(honours("好事”提名，智能制造团队负责人孔繁荣\n\n入选上海“新征程 新奋斗”典型人物，文\n").first?.recipient, "孔繁荣")
        XCTAssertEqual(honours("全年工作成效显著。\n荣获“上海市文明单位”称号。\n").first?.recipient, "上海市徐汇区科学技术委员会", "a closed sentence names nobody")
        XCTAssertEqual(honours("评测中心荣获“上海市五一劳动奖状”。", unit: "上海市软件评测中心").first?.recipient, "上海市软件评测中心")
        XCTAssertEqual(honours("荣获“上海市科普工作先进集体”称号。", unit: nil).first?.recipient, "本单位", "never empty")
    }

    /// Two years' honours: the same distinction pairs (政府 or not), two that share most of
    /// their words do not, and one named as background is held, not received again.
    func testHonoursOfTwoYearsPair() {
        let before = honours("中心荣获上海市政府质量金奖。中心党支部入选上海市党支部建设示范点。中心获评上海市文明单位。")
        let after = honours("中心党支部入选上海市党支部建设风采录。在荣获上海市质量金奖的管理模式基础上，持续改进。中心获评上海市文明单位。")
        XCTAssertEqual(before.count, 3); XCTAssertEqual(after.count, 3)
        let c = HonourComparison(before: before, after: after)
        XCTAssertEqual(c.kept.map(\.after.title), ["上海市文明单位"])
        XCTAssertEqual(c.held.map(\.after.title), ["上海市质量金奖"])
        XCTAssertEqual(c.added.map(\.title), ["上海市党支部建设风采录"])
        XCTAssertEqual(c.dropped.map(\.title), ["上海市党支部建设示范点"])
    }

    func testAnHonourNamedTwiceIsListedOnce() {
        let text = "入选第二批国家知识产权强县建设示范县。\n以入选新一批国家知识产权强县建设示范县为契机。"
        XCTAssertEqual(honours(text).count, 1)
    }

    /// Two titles joined by 以及 are two honours; each is the table row that names it without
    /// its issuer, so the list holds each once. A shorter title that merely ends another of a
    /// different recipient, or a short one, stays apart.
    func testTitlesJoinedAndNamedWithoutTheirIssuer() {
        let unit = "上海计算机软件技术开发中心"
        let joined = honours("中心荣获上海市人工智能技术协会杰出贡献奖以及上海市软件行业协会“突出贡献会员单位”等。", unit: unit)
        XCTAssertEqual(joined.map(\.title), ["上海市人工智能技术协会杰出贡献奖", "突出贡献会员单位"])
        let text = "中心荣获上海市软件行业协会突出贡献会员单位。\n序号\t获奖者\t荣誉名称\t颁发单位\n1\t上海软件中心（集体）\t突出贡献会员单位\t上海市软件行业协会\n"
        let merged = honours(text, unit: unit)
        XCTAssertEqual(merged.map(\.title), ["突出贡献会员单位"], "the table row kept")
        let apart = honours("中心荣获上海市文明单位。张三荣获上海市先进个人。李四荣获先进个人。", unit: unit)
        XCTAssertEqual(apart.count, 3, "\(apart.map(\.title))")
    }

    /// A feed's channel named with its column (·中心动态) is the organisation's.
    func testAChannelNamedWithItsColumn() {
        XCTAssertEqual(Ingestor.organisationPart(of: "上海市科技创业中心·中心动态"), "上海市科技创业中心")
        XCTAssertEqual(Ingestor.organisationPart(of: "政务公开｜上海市某区科学技术委员会"), "上海市某区科学技术委员会")
        XCTAssertEqual(Ingestor.organisationPart(of: "乐游上海"), "乐游上海")
        XCTAssertEqual(Ingestor.organisationPart(of: "科普·生活"), "科普·生活", "no part names an organisation")
    }

    /// A division named after the unit receives its own honour; a named place (商圈) too.
    func testADivisionAndAPlaceReceiveTheirOwn() {
        let division = honours("市商务委市场运行调节处获评“上海市三八红旗集体”。", unit: "上海市商务委员会")
        XCTAssertEqual(division.first?.recipient, "市商务委市场运行调节处")
        let place = honours("徐汇滨江商圈入选商务部第二批“全国示范智慧商圈”。", unit: "上海市商务委员会")
        XCTAssertEqual(place.first?.recipient, "徐汇滨江商圈")
    }

    func testUnitNamesWrittenOut() {
        let r = UnitRegistry.builtIn
        XCTAssertEqual(UnitNames.canonical("闵行区科委", registry: r), "上海市闵行区科学技术委员会")
        XCTAssertEqual(UnitNames.canonical("闵行区科学技术委员会", registry: r), "上海市闵行区科学技术委员会")
        XCTAssertEqual(UnitNames.canonical("浦东科经委", registry: r), "上海市浦东新区科技和经济委员会")
        XCTAssertEqual(UnitNames.canonical("市财政局", registry: r), "上海市财政局")
        XCTAssertEqual(UnitNames.canonical("上海软件中心", registry: r), "上海计算机软件技术开发中心", "an alias is the registry's name")
    }

    func testTheUnitADocumentIsBy() throws {
        let cases: [(text: String, kind: DocumentKind, unit: String)] = [
            ("关于印发《闵行区科学技术委员会2023年工作总结》的通知\n来源:上海市闵行区科学技术委员会\n正文提到上海市科学技术委员会。", .workSummary,
             "上海市闵行区科学技术委员会"),
            ("关于上海市杨浦区2023年预算执行情况的报告\n上海市杨浦区财政局\n各位代表：", .budget, "上海市杨浦区"),
            ("长宁区2025年区级部门预算\n预算主管部门：上海市长宁区经济委员会\n", .budget, "上海市长宁区经济委员会"),
            // A parent mentioned often does not replace the unit that signs.
            ("上海计算机软件技术开发中心2023年度社会责任报告\n上海科学院 上海科学院 上海科学院 上海科学院\n", .csrReport, "上海计算机软件技术开发中心"),
            // A unit the registry lacks keeps its own name.
            ("上海市计量测试技术研究院2022年度社会责任报告\n", .csrReport, "上海市计量测试技术研究院"),
            // A budget unit's self-evaluation: 主管部门 is the parent it reports to.
            ("上海科技创新资源数据中心2024年度整体支出绩效自评报告\n\n主管部门：上海市科学技术委员会\n预算单位：上海科技创新资源数据中心\n"
             + "上海科技创新资源数据中心是上海市科学技术委员会所属公益一类事业单位。市科委工作要求。\n", .budget, "上海科技创新资源数据中心"),
            // "上海获得国务院办公厅督查激励": a verb ends a place name, it makes no body of 上海获得国务院.
            ("市政府新闻发布会介绍2025年上海商务发展情况\n上海获得国务院办公厅督查激励。上海获得国务院表彰。\n发布人：上海市商务委员会主任 周宏远\n", .other, "上海市商务委员会"),
        ]
        for c in cases {
            XCTAssertEqual(UnitDetector.unit(of: c.text, kind: c.kind, registry: .builtIn), c.unit, c.text)
        }
    }

    /// One designation written two ways in a document is listed once.
    func testADesignationWrittenTwoWaysIsOne() {
        let text = "2023年，中心获批筹建上海首家生成式人工智能质检中心。\n全年工作亮点：获批筹建上海市生成式人工智能质检中心，获批成立上海市标准化创新中心（区块链）。"
        let honours = honours(text, unit: "上海计算机软件技术开发中心")
        let titles = honours.map(\.title)
        XCTAssertEqual(titles.filter { $0.hasSuffix("质检中心（获批筹建）") }.count, 1, "\(titles)")
        XCTAssertTrue(titles.contains { $0.hasPrefix("上海市标准化创新中心") && $0.hasSuffix("（获批成立）") }, "\(titles)")
    }

    /// Who received it: the body named before the trigger, a count of results, the unit by its short name.
    func testRecipientsOfADistrictReport() {
        let unit = "上海市虹口区科学技术委员会"
        let cases: [(text: String, recipient: String)] = [
            ("北外滩数字创新港获批国家级科技企业孵化器。", "北外滩数字创新港"),
            ("全区共有17项成果获2024年度上海市科学技术奖。", "17项成果"),
            ("区科委获评“2025年上海科技节优秀组织单位”。", unit),
            // A commendation's winners: the body whose work won, not the commission.
            ("上海瑞康生物医药有限公司完成的“新型抗体药物研发及产业化”项目荣获2024年度上海市科技进步奖一等奖。", "上海瑞康生物医药有限公司"),
            ("上海虹信智能装备有限公司与同济大学合作完成的项目荣获2025年度中国产学研合作创新成果奖一等奖。", "上海虹信智能装备有限公司"),
            // Building up a hub is no work that wins: the unit's own approval.
            ("转变为助力上海科创中心建设的强大动力：获批筹建上海首家人工智能质检中心。", unit),
            ("园区企业上海澜芯微电子有限公司获评上海市专精特新中小企业。", "上海澜芯微电子有限公司"),
            ("——本委荣获“上海市文明单位”称号。", unit),
        ]
        for c in cases {
            let h = honours(c.text, unit: unit)
            XCTAssertEqual(h.first?.recipient, c.recipient, c.text)
        }
    }

    /// A commendation's table names each winner in its own column (集体名称或姓名); the column
    /// of where they work is no recipient, and each winner is an honour of its own.
    func testACommendationsTableNamesEachWinner() {
        let unit = "上海市虹口区科学技术委员会"
        let text = "序号\t荣誉称号\t集体名称或姓名\t所在单位及职务\n1\t2025年度虹口区科技创新工作先进集体\t区科委科技企业服务科\t上海市虹口区科学技术委员会\n"
            + "2\t2025年度虹口区科技创新工作先进集体\t江湾镇街道社区科普工作站\t上海市虹口区江湾镇街道办事处\n3\t2025年度虹口区科技创新工作先进个人\t陈立群\t上海市虹口区科学技术委员会科技企业服务科科长\n"
        let h = honours(text, unit: unit)
        XCTAssertEqual(h.map(\.recipient), ["区科委科技企业服务科", "江湾镇街道社区科普工作站", "陈立群"])
        XCTAssertEqual(h.map(\.title), ["2025年度虹口区科技创新工作先进集体", "2025年度虹口区科技创新工作先进集体", "2025年度虹口区科技创新工作先进个人"])
    }

    /// A Markdown list of honours under a heading, after its lead sentence: groups by who
    /// (`- **研究所**`, `- **个人**`), items with level, issuer and date in brackets, a person
    /// before a colon, and a detail indented under an item that is no honour.
    func testANestedListOfHonoursGroupedByRecipient() {
        let text = """
        ## 7 荣誉与认可

        全年获得省部级及以上荣誉7项，其中国家级2项。

        - **研究所**
          - 全国五一劳动奖状（国家级，中华全国总工会，2025年4月）
          - 上海市科学技术奖科技进步奖一等奖（市级，上海市人民政府）
            - 获奖项目：高功率超快激光精密加工装备及应用
          - 上海市文明单位（2023—2024年度）（市级，上海市精神文明建设委员会，2025年3月命名）
        - **内设机构**
          - 超快激光研究室：上海市工人先锋号（上海市总工会）
        - **个人**
          - 陈立衡：上海市优秀学术带头人（市级，上海市科学技术委员会，2024年12月）

        ## 8 2026年展望
        """
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.md", reportYear: 2025, unit: "上海市激光技术研究所", kind: .csrReport))
        let got = e.honours.map { "\($0.title)|\($0.recipient)|\($0.level.rawValue)|\($0.year.map(String.init) ?? "-")" }
        XCTAssertEqual(got, [
            "全国五一劳动奖状|上海市激光技术研究所|national|2025",
            "上海市科学技术奖科技进步奖一等奖|上海市激光技术研究所|municipal|2025",
            "上海市文明单位(2023—2024年度)|上海市激光技术研究所|municipal|2025",
            "上海市工人先锋号|超快激光研究室|municipal|2025",
            "上海市优秀学术带头人|陈立衡|municipal|2024",
        ])
        XCTAssertEqual(e.honours.first?.issuer, "中华全国总工会")
    }

    /// Joint issuers on one line (统计局 and 调查队): the first named is the document's unit,
    /// though the registry knows another unit the text mentions.
    func testJointIssuersNameTheUnit() {
        let text = "2025年上海市青浦区国民经济和社会发展统计公报（节选）\n\n上海市青浦区统计局　　国家统计局青浦调查队\n2026年3月16日\n\n全年区科委认定技术合同120项。区科委组织活动30场。\n"
        XCTAssertEqual(UnitDetector.unit(of: text, kind: .other, registry: .builtIn), "上海市青浦区统计局")
    }
}
