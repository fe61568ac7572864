import XCTest
@testable import BriefKit

/// Table columns give their figures a year, a role and a unit; a unit column gives each
/// row its measure; the row's label is the subject. Expectations are read off the headers.
final class TableMeaningTests: XCTestCase {
    func facts(_ text: String, year: Int = 2025, kind: DocumentKind = .budget) -> [Fact] {
        FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: year, kind: kind)).facts
    }

    func find(_ facts: [Fact], _ value: Double) -> Fact? { facts.first { $0.quantity.value == value } }

    /// A budget table's title names what its 合计 row sums: the 收入总计 of the 财政拨款 table
    /// is no total of the whole budget.
    func testABudgetTableTitleNamesItsTotals() throws {
        let titles: [(String, String?)] = [
            ("2025年部门财政拨款收支预算总表", "财政拨款收支"),
            ("2025年度单位收入预算总表", "收入"),
            ("2025年部门一般公共预算支出功能分类预算表", "一般公共预算支出"),
            ("2025年部门一般公共预算基本支出部门预算经济分类预算表", "一般公共预算基本支出"),
            ("2023年部门财务收支决算总表", ""),
            (" - 4. 2025年部门财政拨款收支预算总表", nil),          // a list of the tables
            ("详见单位项目绩效目标表", nil),
            ("表1 技术合同登记情况表", nil),                       // no budget
            ("表1 2025年部门收入预算与2024年执行数对比表", "收入"),
            ("表2 2024年度一般公共预算财政拨款支出决算与预算对比表", "一般公共预算财政拨款支出"),
        ]
        for (t, scope) in titles { XCTAssertEqual(BudgetTableTitle.scope(of: t.scalarArray), scope, t) }
        let text = "2025年部门财政拨款收支预算总表\n编制部门：某区科委\n单位：元\n项目\t预算数\t项目\t合计\n收入总计\t81,262,400\t支出总计\t81,262,400\n\n"
            + "2025年部门收入预算总表\n单位：元\n项目\t合计\t财政拨款收入\t事业收入\n合计\t93,870,000\t81,262,400\t12,607,600\n\n"
            + "2025年部门一般公共预算支出功能分类预算表\n单位：元\n项目\t合计\t基本支出\t项目支出\n合计\t81,262,400\t30,100,000\t51,162,400\n"
        let f = facts(text)
        XCTAssertEqual(f.filter { $0.quantity.value == 81_262_400 }.map(\.subject), ["财政拨款收入", "财政拨款支出", "财政拨款收入", "一般公共预算支出"])
        XCTAssertEqual(find(f, 93_870_000)?.subject, "收入预算")
        XCTAssertEqual(find(f, 12_607_600)?.subject, "事业收入")
        XCTAssertEqual(find(f, 30_100_000)?.subject, "一般公共预算基本支出")
    }

    /// A 变化 column holds each row's change, a rise written with its sign (`+1.4`) as well as
    /// a fall; a change with no measure is no growth figure.
    func testAChangeColumnWithSignedCells() throws {
        let f = facts("## 分维度得分\n\n| 维度 | 2024年得分 | 2025年得分 | 变化 |\n|---|---|---|---|\n| 测评质量 | 92.6 | 94.0 | +1.4 |\n| 收费合理性 | 90.8 | 90.4 | -0.4 |\n",
                      kind: .other)
        for v in [1.4, -0.4] {
            XCTAssertEqual(find(f, v)?.role, .change, "\(v)")
            XCTAssertEqual(find(f, v)?.baseYear, 2024, "\(v)")
            XCTAssertNotEqual(find(f, v)?.category, .growth, "\(v): a bare change")
        }
        XCTAssertEqual(find(f, 1.4)?.subject, "测评质量")
    }

    /// Outside the budget tables, the caption over a table names what its bare 合计 row sums;
    /// an amount column (问题金额) is the row's figure, not a kind the rows are split by.
    func testACaptionNamesABareTotalRow() throws {
        let captions: [(String, String?)] = [
            ("五、审计查出问题分类（单位：万元）", "审计查出问题"),
            ("表1　2024年技术合同分类型情况", "技术合同"),
            ("表2 2025年青浦区各级各类学校基本情况", "青浦区各级各类学校"),
            ("第二十条第（一）项", nil),                         // an article of a law
            ("全年审计查出问题金额10.2亿元。", nil),              // prose
        ]
        for (line, caption) in captions { XCTAssertEqual(TableCaption.text(line.scalarArray), caption, line) }
        let text = "审计工作报告\n五、审计查出问题分类（单位：万元）\n问题类别\t问题金额\t占比（%）\n违规问题\t23,600.0\t23.1\n"
            + "管理不规范\t78,400.0\t76.9\n合计\t102,000.0\t100.0\n\n以上问题已督促整改。\n下一张表说明如下情况，不再列出。\n另有说明。\n"
            + "项目\t金额\n合计\t5,000\n"
        let f = facts(text, year: 2024, kind: .other)
        let total = try XCTUnwrap(find(f, 102_000))
        XCTAssertEqual(total.subject, "审计查出问题合计")
        XCTAssertTrue(total.confident)
        XCTAssertTrue(total.key)
        XCTAssertEqual(find(f, 23_600)?.confident, true)
        // A table after the captioned one ended has no caption of its own.
        XCTAssertEqual(find(f, 5_000)?.subject, "合计")
    }

    /// A unit declared over the labels (`申请人情况（单位：件）`) is the whole table's, but not
    /// its scores': 项目资金（万元） | … | 分值 | 得分 gives 万元 to the amounts only.
    func testAUnitOverTheLabelsIsTheTables() throws {
        let text = "三、收到和处理政府信息公开申请情况\n申请人情况（单位：件）\t自然人\t法人或其他组织\t总计\n"
            + "一、本年新收政府信息公开申请数量\t118\t37\t155\n\n\n\n"
            + "表1 项目资金执行情况\n项目资金（万元）\t年初预算数\t全年执行数\t分值\t得分\n年度资金总额\t3,200.00\t2,874.36\t10\t9.7\n"
        let f = facts(text, kind: .other)
        XCTAssertEqual(find(f, 155)?.quantity.measure, "件")
        XCTAssertEqual(find(f, 118)?.quantity.measure, "件")
        XCTAssertEqual(find(f, 2_874.36)?.quantity.measure, "万元")
        XCTAssertNotEqual(find(f, 9.7)?.quantity.measure, "万元")
        XCTAssertNotEqual(find(f, 10)?.quantity.measure, "万元")
    }

    /// The 政府信息公开 report's table of decisions counts with no unit: 行政许可 is a count the
    /// catalog knows bare, so its figure is sure and a headline; an unknown row stays unsure.
    func testADecisionsTableCountsBare() throws {
        let text = "二、主动公开政府信息情况\n信息内容\t本年处理决定数量\n行政许可\t28,465\n其他对外管理服务事项\t312\n"
        let f = facts(text, kind: .other)
        let licences = try XCTUnwrap(find(f, 28_465))
        XCTAssertEqual(licences.quantity.measure, "")
        XCTAssertEqual(licences.metric, "admin-licence-decisions")
        XCTAssertTrue(licences.confident)
        XCTAssertTrue(licences.key)
        XCTAssertEqual(find(f, 312)?.key, false)
    }

    func testYearRoleAndUnitColumns() throws {
        let text = "2025年部门预算\n单位：万元\n项目\t2024年执行数\t2025年预算数\t增减额\t增减率（%）\n一、财政拨款收入\t29,406.18\t31,162.40\t1,756.22\t5.97\n"
        let f = facts(text)
        let cases: [(Double, Int, FactRole, String, Int?)] = [
            (29406.18, 2024, .baseline, "万元", nil),   // the earlier year's actual, quoted beside the budget
            (31162.40, 2025, .budget, "万元", nil),
            (1756.22, 2025, .change, "万元", 2024),
            (5.97, 2025, .change, "%", 2024),          // 增减率（%）: a rate, not 万元
        ]
        for (value, year, role, measure, base) in cases {
            let x = try XCTUnwrap(find(f, value), "\(value)")
            XCTAssertEqual(x.year, year, "\(value) year")
            XCTAssertEqual(x.role, role, "\(value) role")
            XCTAssertEqual(x.quantity.measure, measure, "\(value) measure")
            XCTAssertEqual(x.baseYear, base, "\(value) base")
            XCTAssertEqual(x.subject, "财政拨款收入", "\(value) subject")
        }
    }

    /// A statistics table: the period's own amount (`1-10月累计`, `本期`) beside its growth
    /// is each row's figure, confident and of the category its row names, not a column of parts.
    func testAPeriodsAmountColumnBesideItsGrowth() throws {
        for header in ["1-10月累计", "1—10月", "本期", "累计"] {
            let text = "2025年1-10月某区规模以上工业主要指标\n（单位：亿元）\n指标名称\t\(header)\t同比增长（%）\n规模以上工业总产值\t5012.36\t3.8\n营业收入\t5386.25\t3.1\n"
            let f = facts(text)
            let x = try XCTUnwrap(find(f, 5012.36), header)
            XCTAssertTrue(x.confident, header)
            XCTAssertEqual(x.role, .actual, header)
            XCTAssertEqual(x.quantity.measure, "亿元", header)
            XCTAssertEqual(x.subject, "规模以上工业总产值", header)
            XCTAssertEqual(find(f, 5386.25)?.metric, "revenue", header)
            XCTAssertEqual(find(f, 3.8)?.role, .change, header)
        }
    }

    /// A web page's table of indicators: the row label writes its unit in brackets, a 增长
    /// column holds the changes.
    func testARowLabelWritesItsUnit() throws {
        let text = "表1　2024年主要指标\n指标\t2023年\t2024年\t增长\n有效期内高新技术企业（家）\t1,892\t2,136\t12.9%\n"
            + "全社会研发经费支出相当于地区生产总值比例（%）\t4.52\t4.76\t提高0.24个百分点\n"
        let f = facts(text, year: 2024, kind: .workSummary)
        let stock = try XCTUnwrap(find(f, 2136))
        XCTAssertEqual(stock.quantity.measure, "家")
        XCTAssertEqual(stock.subject, "有效期内高新技术企业")
        XCTAssertEqual(stock.year, 2024)
        XCTAssertEqual(find(f, 1892)?.role, .baseline)
        XCTAssertEqual(find(f, 12.9)?.role, .change)
        XCTAssertEqual(find(f, 4.76)?.quantity.measure, "%")
        // A currency with its scale word: （亿美元）, （万欧元）.
        let money = facts("指标\t2025年\t同比增长（%）\n实际使用外资（亿美元）\t238.6\t0.1\n技术引进合同（万欧元）\t1,250\t3.2\n", year: 2025, kind: .other)
        XCTAssertEqual(find(money, 238.6)?.quantity.measure, "亿美元")
        XCTAssertEqual(find(money, 238.6)?.subject, "实际使用外资")
        XCTAssertEqual(find(money, 1250)?.quantity.measure, "万欧元")
    }

    /// A 绩效 table: 年度指标值 holds goals written with ≥/≤, 实际完成值 what was done.
    func testAnIndicatorTableWithBounds() throws {
        let text = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分\n"
            + "产出\t数量\t研发公共服务平台在线服务量\t≥150万次\t162.4万次\t5\n"
            + "\t时效\t科技查新报告平均出具周期\t≤5个工作日\t5.8个工作日\t4\n"
        let f = facts(text, year: 2024)
        let goal = try XCTUnwrap(find(f, 150))
        XCTAssertEqual(goal.role, .target)
        XCTAssertEqual(goal.quantity.qualifier, .over)
        XCTAssertEqual(goal.subject, "研发公共服务平台在线服务量")
        XCTAssertEqual(f.first { $0.quantity.value == 5 && $0.quantity.measure == "个工作日" }?.quantity.qualifier, .under)
        let done = try XCTUnwrap(find(f, 162.4))
        XCTAssertEqual(done.role, .actual)
        XCTAssertEqual(done.subject, "研发公共服务平台在线服务量", "the goal cell is no label")
        XCTAssertEqual(find(f, 5.8)?.quantity.measure, "个工作日")
    }

    /// A goals-and-results table laid out with spaces (pdftotext -layout): the result column
    /// is each row's own figure and names the metric; a remark that counts (`受6家企业…`) is
    /// no header that would start the columns over; a wrapped label's second line (`数量`)
    /// completes the metric, and a label of two levels in one cell is its last name.
    func testAGoalsAndResultsTableAndItsRemarks() throws {
        let text = "  一级指标    二级指标    三级指标                年度指标值    实际完成值    分值    得分    偏差原因\n"
            + "                          新增高新技术企业认定    ≥60家         71家          8       8\n"
            + "                          数量\n"
            + "                          技术合同登记奖励企业                                                受6家企业迁出影响\n"
            + "              数量指标    奖励企业户数            ≥80家         74家          6       5.6\n"
            + "  满意度指标  服务对象满意度 企业满意度           ≥90%          96.2%         10      10\n"
        let f = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2025, kind: .workSummary)).facts
        let cases: [(value: Double, role: FactRole, metric: String?, key: Bool)] = [
            (60, .target, nil, false), (71, .actual, "high-tech-new", true),
            (80, .target, nil, false), (74, .actual, nil, false),
            (90, .target, nil, false), (96.2, .actual, "satisfaction-rate", true),
        ]
        for c in cases {
            let x = try XCTUnwrap(f.first { $0.quantity.value == c.value && $0.source == .table }, "\(c.value)")
            XCTAssertEqual(x.role, c.role, "\(c.value) role")
            XCTAssertEqual(x.metric, c.metric, "\(c.value) metric")
            XCTAssertEqual(x.key, c.key, "\(c.value) key")
        }
        XCTAssertEqual(find(f, 71)?.subject, "新增高新技术企业认定数量")
        XCTAssertNotEqual(find(f, 90)?.category, .satisfaction, "a goal is no satisfaction achieved")
    }

    /// A PDF's table laid out with spaces keeps its 其中： rows: the colon opens a part's
    /// label, it ends no sentence.
    func testASpacedTableKeepsItsPartRows() throws {
        let text = "单位：万元\n项目                              年初预算数      调整预算数      决算数\n"
            + "科学技术支出                        3,580.00        3,812.50      3,706.83\n"
            + "　其中：技术研究与开发（机构运行）  1,420.00        1,420.00      1,398.65\n"
            + "社会保障和就业支出                    228.60          236.42        236.42\n"
        let f = facts(text, year: 2024, kind: .budget)
        let part = try XCTUnwrap(find(f, 1398.65))
        XCTAssertEqual(part.quantity.measure, "万元")
        XCTAssertTrue(part.subject.hasPrefix("技术研究与开发"), part.subject)
        XCTAssertEqual(find(f, 236.42)?.quantity.measure, "万元", "the rows after it are still rows")
    }

    /// Years in rows and metrics in columns (a yearbook's table): each figure is its row's
    /// year's, named by its column, earlier years baselines; cells set apart by tabs or by
    /// two ideographic spaces, as a Word table comes out as text.
    func testATableOfYearsInRows() throws {
        for gap in ["\t", "\u{3000}\u{3000}"] {
            let rows = ["年份", "年末有效（家）", "当年新认定（家）"], data = [["2022", "1,205", "320"], ["2023年", "1,328", "344"], ["2024", "1,452", "386"]]
            let text = "2022—2024年某区高新技术企业情况\n" + ([rows] + data).map { $0.joined(separator: gap) }.joined(separator: "\n") + "\n"
            let f = facts(text, year: 2024, kind: .workSummary)
            let label = gap == "\t" ? "tabs" : "ideographic spaces"
            XCTAssertEqual(find(f, 1205)?.year, 2022, label)
            XCTAssertEqual(find(f, 1205)?.role, .baseline, label)
            XCTAssertEqual(find(f, 1205)?.subject, "年末有效", label)
            XCTAssertEqual(find(f, 1205)?.quantity.measure, "家", label)
            XCTAssertEqual(find(f, 344)?.year, 2023, label)
            XCTAssertEqual(find(f, 344)?.subject, "当年新认定", label)
            XCTAssertEqual(find(f, 386)?.year, 2024, label)
            XCTAssertEqual(find(f, 386)?.role, .actual, label)
            XCTAssertNil(f.first { $0.quantity.value == 2022 || $0.quantity.value == 2024 }, "a row's year is no figure (\(label))")
        }
        // A prose line with two ideographic spaces inside is no row.
        let prose = facts("【概况】　　区科委全年服务企业1,200家，比上年增长5%。\n", year: 2024, kind: .workSummary)
        XCTAssertEqual(prose.first?.subject, "区科委全年服务企业")
    }

    /// Periods in rows and metrics in columns: each figure is named by its column and its
    /// row's period, in the column's unit (a scale word and a count: 万人次), and never takes
    /// the whole-year metric; the 全年 row of a 月份 table is the year's figure.
    func testATableOfMonths() throws {
        let text = "表1　2025年分月接待情况\n月份\t接待观众（万人次）\t教育活动（场）\n1月\t38.6\t186\n2月\t52.4\t248\n全年\t91.0\t434\n"
        let f = facts(text, kind: .workSummary)
        XCTAssertEqual(find(f, 38.6)?.subject, "接待观众（1月）")
        XCTAssertEqual(find(f, 38.6)?.quantity.measure, "万人次")
        XCTAssertNil(find(f, 38.6)?.metric, "a month's figure is no year's")
        XCTAssertEqual(find(f, 248)?.subject, "教育活动（2月）")
        XCTAssertEqual(find(f, 434)?.subject, "教育活动")
        // Years as columns: the period rule names nothing by a year.
        let years = facts("| 月份 | 2025 | 2024 |\n| --- | --- | --- |\n| 1月 | 120.5 | 110.2 |\n", year: 2025, kind: .other)
        XCTAssertEqual(find(years, 120.5)?.subject, "1月")
        XCTAssertEqual(find(years, 110.2)?.year, 2024)
        // A budget's 合计 row is no period.
        let g = facts("单位：万元\n项目\t合计\t基本支出\n合计\t1,200.00\t800.00\n", kind: .budget)
        XCTAssertEqual(find(g, 1200)?.subject, "合计", "not named by its column as a period's row would be")
    }

    /// A Markdown table whose header writes bare years and whose cells are emphasised.
    func testBareYearHeadersAndEmphasisedCells() throws {
        let text = "| 维度 | 指标 | 2025 | 2024 | 2023 |\n|---|---|---|---|---|\n| 社会 | 服务企业（家） | **1,420** | 1,265 | 1,108 |\n"
        let f = facts(text, kind: .csrReport)
        XCTAssertEqual(find(f, 1420)?.subject, "服务企业")
        XCTAssertEqual(find(f, 1420)?.year, 2025)
        XCTAssertEqual(find(f, 1265)?.year, 2024, "the 2024 column's figure is 2024's")
        XCTAssertEqual(find(f, 1265)?.role, .baseline)
        XCTAssertEqual(find(f, 1108)?.year, 2023)
    }

    /// `（单位：万元）` inside a header cell is that column's unit, not the unit of the tables after it.
    func testAUnitInAHeaderCellStaysInItsTable() throws {
        let text = "信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t12.5\n\n收到和处理政府信息公开申请情况\n"
            + "申请人情况\t自然人\t总计\n一、本年新收政府信息公开申请数量\t22\t37\n"
        let f = facts(text, year: 2024, kind: .other)
        XCTAssertEqual(find(f, 12.5)?.quantity.measure, "万元")
        XCTAssertEqual(find(f, 22)?.quantity.measure, "", "applications are no money")
        // A declaration in a cell of its own still holds for the table.
        let g = facts("表1\t（单位：万元）\n项目\t2024年\n财政拨款收入\t31,162.40\n", year: 2024)
        XCTAssertEqual(find(g, 31162.40)?.quantity.measure, "万元")
    }

    func testAHeaderSplitOverTwoLines() throws {
        let text = "单位：万元\n项目\t2024年\t2025年\t增减额\n\t执行数\t预算数\t\n公务接待费\t5.12\t4.80\t-0.32\n"
        let f = facts(text)
        XCTAssertEqual(find(f, 5.12)?.year, 2024)
        XCTAssertEqual(find(f, 4.80)?.year, 2025)
        XCTAssertEqual(find(f, 4.80)?.role, .budget)
        XCTAssertEqual(find(f, -0.32)?.role, .change)
    }

    func testAUnitColumnGivesEachRowItsMeasure() throws {
        let text = "指标名称\t单位\t2024年\t2025年目标\n服务重点企业\t家\t1,265\t1,300\n重点产业营业收入\t亿元\t2,186.4\t2,300\n"
        let f = facts(text, kind: .workSummary)
        XCTAssertEqual(find(f, 1265)?.quantity.measure, "家")
        XCTAssertEqual(find(f, 2186.4)?.quantity.measure, "亿元")
        XCTAssertEqual(find(f, 1300)?.role, .target)
        XCTAssertEqual(find(f, 1300)?.year, 2025)
        XCTAssertEqual(find(f, 1265)?.subject, "服务重点企业", "the unit column is not the subject")
    }

    /// A plan's indicator table writes a goal's bound after its number (25以下, 45以上, 6左右).
    func testGoalCellsWithTheirBoundAfterTheNumber() throws {
        let text = "序号\t指标\t单位\t2020年基数\t2025年目标\t2022年完成值\n4\t细颗粒物年均浓度\t微克/立方米\t26\t25以下\t23\n5\t生活垃圾回收利用率\t%\t40.0\t45以上\t43.5\n6\t地区生产总值年均增长\t%\t—\t6左右\t4.1\n"
        let f = facts(text, year: 2022, kind: .workSummary)
        let cases: [(value: Double, qualifier: Qualifier, subject: String)] = [
            (25, .under, "细颗粒物年均浓度"), (45, .over, "生活垃圾回收利用率"), (6, .approx, "地区生产总值年均增长")]
        for c in cases {
            XCTAssertEqual(find(f, c.value)?.role, .target, "\(c.value)")
            XCTAssertEqual(find(f, c.value)?.quantity.qualifier, c.qualifier, "\(c.value)")
            XCTAssertEqual(find(f, c.value)?.year, 2025, "\(c.value)")
            XCTAssertEqual(find(f, c.value)?.category, .other, "a goal is no achievement")
        }
        XCTAssertEqual(find(f, 23)?.subject, "细颗粒物年均浓度", "the goal cell is no label")
        XCTAssertEqual(find(f, 43.5)?.year, 2022)
    }

    func testAMarkdownPipeTable() throws {
        let text = "| 指标 | 单位 | 2023年 | 比上年增长 |\n|---|---|---|---|\n| 工业增加值 | 亿元 | 11705.2 | 1.6% |\n"
        let f = facts(text, year: 2023, kind: .workSummary)
        XCTAssertEqual(find(f, 11705.2)?.quantity.measure, "亿元")
        XCTAssertEqual(find(f, 11705.2)?.subject, "工业增加值")
        XCTAssertEqual(find(f, 1.6)?.role, .change)
        XCTAssertEqual(find(f, 1.6)?.quantity.measure, "%")
        XCTAssertNil(f.first { $0.quantity.value == 2023 }, "a year in the header is no figure")
    }

    /// A table of sources: the first value is the row's total, the others its parts.
    func testCategoryColumnsNameTheirPart() throws {
        let text = "单位：元\n科目名称\t合计\t财政拨款收入\t事业收入\n教育支出\t48,005,761\t45,091,098\t2,914,663\n"
        let f = facts(text, year: 2024)
        XCTAssertEqual(find(f, 48005761)?.subject, "教育支出")
        XCTAssertEqual(find(f, 45091098)?.subject, "教育支出（财政拨款收入）")
        XCTAssertEqual(find(f, 45091098)?.category, .other, "a part of a row is no headline of its category")
    }

    /// A statistics table of a 政府信息公开 report: `（单位：件）` on its heading gives every
    /// cell its measure, and a last 总计 after the kinds it sums holds the row's figure.
    func testACountUnitAndATotalColumnAfterItsParts() throws {
        let text = "三、收到和处理政府信息公开申请情况（单位：件）\n申请人情况\t自然人\t法人或其他组织\t总计\n"
            + "一、本年新收政府信息公开申请数量\t9\t5\t14\n（七）总计\t10\t4\t16\n"
        let f = facts(text, kind: .other)
        let total = try XCTUnwrap(find(f, 14))
        XCTAssertEqual(total.quantity.measure, "件")
        XCTAssertEqual(total.subject, "本年新收政府信息公开申请数量")
        XCTAssertTrue(total.confident)
        XCTAssertEqual(total.metric, "gov-info-requests")
        XCTAssertTrue(total.key)
        XCTAssertEqual(find(f, 9)?.subject, "本年新收政府信息公开申请数量（自然人）")
        XCTAssertEqual(find(f, 9)?.category, .other, "a part of the row is not its figure")
        // (七) is a list marker, folded brackets or not; the caption names what the row sums.
        XCTAssertEqual(find(f, 16)?.subject, "收到和处理政府信息公开申请总计")
        XCTAssertTrue(find(f, 16)?.key == true, "the table's total row")
    }

    /// A header that counts (`本年制发件数`) gives its measure; 单位：个人 is no count of 个.
    func testHeadersThatCountAndUnitWordsThatAreNot() throws {
        let f = facts("信息内容\t本年制发件数\t现行有效件数\n行政规范性文件\t3\t9\n", kind: .other)
        XCTAssertEqual(find(f, 3)?.quantity.measure, "件")
        XCTAssertEqual(find(f, 9)?.quantity.measure, "件")
        XCTAssertNil(TableReader.unitDeclaration(in: Array("单位：个人".unicodeScalars)))
        XCTAssertEqual(TableReader.unitDeclaration(in: Array("（单位：件）".unicodeScalars)), "件")
        XCTAssertEqual(TableReader.unitDeclaration(in: Array("单位：万元".unicodeScalars)), "万元")
    }

    /// Budget and final figures side by side with no year: each names its column (a 决算数 is
    /// never named as its row's 预算); the proportion column is a share; in a final account
    /// the planned metric's final figure has a name of its own.
    func testBudgetAndFinalColumnsSideBySide() throws {
        let text = "2024年度部门决算\n表5　2024年度财政拨款“三公”经费支出决算表\n单位：万元\n项目\t预算数\t决算数\t决算数为预算数的%\n"
            + "合计\t8.50\t5.78\t68.0\n\n表1　2024年度收入支出决算总表\n单位：万元\n项目\t金额\n支出总计\t10,893.67\n"
        let f = facts(text, year: 2024)
        let planned = try XCTUnwrap(find(f, 8.5)), final = try XCTUnwrap(find(f, 5.78)), share = try XCTUnwrap(find(f, 68))
        XCTAssertEqual(planned.role, .budget)
        XCTAssertEqual(final.role, .actual)
        XCTAssertEqual(share.role, .share)
        XCTAssertTrue(final.subject.hasSuffix("决算数"), final.subject)
        XCTAssertEqual(final.metric, "three-public-costs-actual")
        XCTAssertEqual(final.name, "“三公”经费决算")
        XCTAssertNotEqual(share.name, final.name, "a proportion is never named as the amount")
        XCTAssertNil(share.metric)
        let total = try XCTUnwrap(find(f, 10_893.67))
        XCTAssertEqual(total.metric, "budget-spending-final")
        XCTAssertEqual(total.name, "支出决算")
    }

    /// A final-accounts table whose header pdftotext split over two lines, budget columns
    /// beside the final account's: the total rows name their columns, and a row's headline is
    /// its 决算数, never the 年初预算数 before it (held-out batch 27 gave that one as 收入决算).
    func testAFinalAccountsTotalRowBesideItsBudgets() throws {
        let text = "上海市某中心\n2024年度部门决算\n收入支出决算总表\n单位：万元\n"
            + "项目                                  年初            调整            决算数\n"
            + "                                      预算数          预算数\n"
            + "二、事业收入                          143.00          143.00          154.88\n"
            + "本年收入合计                        1,229.40        1,285.60        1,297.48\n"
            + "本年支出合计                        1,229.40        1,285.60        1,279.07\n"
        let f = facts(text, year: 2024)
        let cases: [(value: Double, subject: String, role: FactRole, key: Bool)] = [
            (154.88, "事业收入决算数", .actual, true),
            (1_229.4, "本年收入合计年初预算数", .budget, false),
            (1_297.48, "本年收入合计决算数", .actual, true),
            (1_279.07, "本年支出合计决算数", .actual, true),
        ]
        for c in cases {
            let fact = try XCTUnwrap(find(f, c.value), "\(c.value)")
            XCTAssertEqual(fact.subject, c.subject, "\(c.value)")
            XCTAssertEqual(fact.role, c.role, "\(c.value)")
            XCTAssertEqual(fact.key, c.key, "\(c.value): key")
        }
        XCTAssertEqual(f.filter { $0.quantity.value == 1_229.4 }.map(\.role), [.budget, .budget], "both totals' 年初预算数")
        // The narrative: a 年初预算 is planned; the account after it is the same books'
        // (its 年初 no part of the name); 比上年决算数 is last year's value of that account.
        let narrative = facts("2024年度“三公”经费财政拨款年初预算8.80万元，支出决算6.84万元，比年初预算减少1.96万元，比上年决算数7.35万元下降6.9%。\n", year: 2024)
        let told: [(value: Double, subject: String, year: Int, role: FactRole)] = [
            (8.8, "“三公”经费财政拨款年初预算", 2024, .budget),
            (6.84, "“三公”经费财政拨款支出决算", 2024, .actual),
            (7.35, "“三公”经费财政拨款支出决算", 2023, .baseline),
            (6.9, "“三公”经费财政拨款支出决算下降", 2024, .change),
        ]
        for c in told {
            let fact = try XCTUnwrap(find(narrative, c.value), "\(c.value)")
            XCTAssertEqual(fact.subject, c.subject, "\(c.value)")
            XCTAssertEqual(fact.year, c.year, "\(c.value)")
            XCTAssertEqual(fact.role, c.role, "\(c.value)")
        }
    }

    /// A table under a plans heading whose column dates its figures before the plans holds
    /// achievements, not goals; a change column headed `比2025年…增减` is the budget year's.
    func testAColumnYearBeatsThePlanSectionAndABaseYearIsNoColumnYear() throws {
        let summary = "2024年工作综述\n八、2025年工作安排\n新认定高新技术企业750家以上。\n2024年主要指标\n指标\t单位\t2024年\t比上年增长（%）\n技术合同成交额\t亿元\t312.68\t21.4\n"
        let f = facts(summary, year: 2024, kind: .other)
        XCTAssertEqual(find(f, 312.68)?.role, .actual)
        XCTAssertEqual(find(f, 312.68)?.year, 2024)
        XCTAssertEqual(find(f, 750)?.role, .target)
        let budget = "2026年部门预算\n单位：万元\n项目\t2026年预算数\t2025年执行数\t比2025年执行数增减\t\n\t\t\t增减额\t增减率（%）\n收入合计\t43,350.90\t46,724.98\t-3,374.08\t-7.2\n"
        let g = facts(budget, year: 2026)
        for v in [-3374.08, -7.2] {
            let x = try XCTUnwrap(find(g, v), "\(v)")
            XCTAssertEqual(x.year, 2026, "\(v)")
            XCTAssertEqual(x.role, .change, "\(v)")
            XCTAssertEqual(x.baseYear, 2025, "\(v)")
        }
    }

    /// A two-sided budget table (收入 预算数 beside 支出 合计 …) keeps each row's first figure:
    /// its 合计 is the other side's.
    func testATwoSidedTableIsNoTotalColumnTable() throws {
        let text = "2024年部门预算\n单位：元\n项目\t预算数\t项目\t合计\t一般公共预算\t政府性基金预算\n"
            + "收入总计\t5,474,429,543\t支出总计\t5,474,429,543\t5,474,429,543\t\n"
        let f = facts(text, year: 2024)
        let income = try XCTUnwrap(f.first { $0.subject == "收入总计" })
        XCTAssertEqual(income.metric, "budget-income")
        XCTAssertTrue(income.key)
    }
}

