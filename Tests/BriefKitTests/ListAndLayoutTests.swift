import XCTest
@testable import BriefKit

/// Lists paired by 分别, footnote marks, key-figure pages set off by rule lines: layouts of
/// statistical bulletins and CSR reports that the samples do not have. Each expectation is
/// read off the text, not off Brief's output.
final class ListAndLayoutTests: XCTestCase {
    func extract(_ text: String, year: Int = 2024, kind: DocumentKind = .csrReport) -> Extraction {
        FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: year, kind: kind))
    }

    /// Every item of `X分别为A、B和C` is X's: the name never takes the item before it
    /// (9.17亿元和 …) or the conjunction (营业和).
    func testEveryItemOfARespectiveListHasTheListsSubject() {
        let cases: [(text: String, subject: String, values: [Double])] = [
            ("2022年、2023年、2024年，研究院营业收入分别为8.61亿元、9.17亿元和9.82亿元。", "研究院营业收入", [8.61, 9.17, 9.82]),
            ("全区高企营收分别为10亿元、12亿元和15亿元。", "全区高企营收", [10, 12, 15]),
            ("2023年和2024年，全区技术合同成交额分别为120亿元和150亿元。", "全区技术合同成交额", [120, 150]),
        ]
        for c in cases {
            let e = extract(c.text)
            for v in c.values {
                XCTAssertEqual(e.facts.first { $0.quantity.value == v }?.subject, c.subject, "\(v) in \(c.text)")
            }
        }
    }

    /// A range of years with as many figures as years dates each (61.2 万份 is 2022's); a
    /// range of another length pairs with nothing.
    func testAYearRangePairsWithAsManyFigures() {
        let e = extract("2022—2024年，检定校准证书数量分别为61.2万份、64.9万份和68.4万份，年均增长5.7%。")
        for (v, y, role) in [(61.2, 2022, FactRole.baseline), (64.9, 2023, .baseline), (68.4, 2024, .actual)] {
            XCTAssertEqual(e.facts.first { $0.quantity.value == v }?.year, y, "\(v)")
            XCTAssertEqual(e.facts.first { $0.quantity.value == v }?.role, role, "\(v)")
        }
        let other = extract("2020—2024年，检定校准证书数量分别为61.2万份和68.4万份。")
        XCTAssertEqual(other.facts.first { $0.quantity.value == 61.2 }?.year, 2024, "five years, two figures: no pairing")
    }

    /// "由2022年的10.9%提高到2024年的11.7%": the new level is the same figure's, not a change.
    func testTheNewLevelKeepsTheSubject() {
        let e = extract("研发投入占营业收入的比重由2022年的10.9%提高到2024年的11.7%。")
        let old = e.facts.first { $0.quantity.value == 10.9 }, new = e.facts.first { $0.quantity.value == 11.7 }
        XCTAssertEqual(old?.year, 2022)
        XCTAssertEqual(new?.subject, old?.subject)
    }

    /// Footnote marks ([1], ［3］) are no part of a name: the catalog knows the metric and
    /// 全社会 keeps its 全.
    func testFootnoteMarksLeaveTheName() {
        let e = extract("全年全社会研究与试验发展（R&D）经费支出[1]2,186.53亿元，比上年增长10.2%。\n年末有效期内高新技术企业[4]24,316家，比上年末增加1,276家。\n年末全市R&D人员[3]全时当量32.60万人年。", kind: .other)
        let rd = e.facts.first { $0.quantity.value == 2186.53 }
        XCTAssertEqual(rd?.metric, "rd-spending")
        XCTAssertFalse(rd?.subject.hasBytes("[1]") ?? true, rd?.subject ?? "")
        XCTAssertFalse(rd?.name.startsWithBytes("社会") ?? true, rd?.name ?? "")
        XCTAssertEqual(e.facts.first { $0.quantity.value == 24316 }?.metric, "high-tech-enterprises")
        XCTAssertEqual(e.facts.first { $0.quantity.value == 24316 }?.key, true)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 32.6 }?.metric, "rd-personnel")
    }

    /// A key-figure page set off by rules (=====) is a summary: its figures are headlines,
    /// its lines are items of their own (not a wrapped sentence), and the rules are no part
    /// of any name. The next ruled section is not the summary.
    func testAKeyFigurePageSetOffByRules() {
        let text = """
        ========================================
        关键绩效
        ========================================
        【服务绩效】
        计量技术培训：146期 / 6,520人次
        客户满意度: 97.8%
        证书报告差错率：0.012%
        ========================================
        三、科技创新  引领计量发展
        ========================================
        全年主导制修订国家计量技术规范和标准46项，其中国家标准12项。
        新建实验室用房面积3,200平方米
        """
        let e = extract(text)
        func fact(_ v: Double) -> Fact? { e.facts.first { $0.quantity.value == v } }
        XCTAssertEqual(fact(146)?.key, true, "a figure of the key-figure page")
        XCTAssertEqual(fact(6520)?.subject, "计量技术培训", "the second value of a labelled line")
        XCTAssertEqual(fact(97.8)?.subject, "客户满意度", "the line before is not joined to it")
        XCTAssertEqual(fact(0.012)?.metric, "error-rate")
        XCTAssertEqual(fact(0.012)?.key, true)
        XCTAssertEqual(fact(3200)?.key, false, "a later section is no summary")
        for f in e.facts { XCTAssertFalse(f.subject.hasBytes("="), f.subject) }
        XCTAssertEqual(fact(46)?.subject.hasBytes("主导制修订"), true, fact(46)?.subject ?? "")
    }

    /// 用地规划 names a kind of application, not a plan: its shares are achieved.
    func testAPlanningNounIsNoTarget() {
        let e = extract("从申请内容看，主要集中在产业扶持资金和工业用地规划等方面，分别占办结总数的34.2%和18.4%。", kind: .other)
        XCTAssertEqual(e.facts.first { $0.quantity.value == 18.4 }?.role, .share)
    }

    /// A generic rate is the catalog's metric only as written alone: 区税完成比 keeps its own
    /// name, so it never lines up with another figure's 完成率.
    func testAGenericRateNeedsItsOwnName() {
        let e = extract("招商引进企业共计产税35238.25万元（区税10594万元，区税完成比106%）。任务完成率98%。", kind: .workSummary)
        let tax = e.facts.first { $0.quantity.value == 106 }, tasks = e.facts.first { $0.quantity.value == 98 }
        XCTAssertNil(tax?.metric)
        XCTAssertTrue(tax?.name.hasBytes("区税") ?? false, tax?.name ?? "")
        XCTAssertEqual(tasks?.metric, "completion-rate")
    }
}
