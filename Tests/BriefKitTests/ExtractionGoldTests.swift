import Foundation
import XCTest
@testable import BriefKit

/// The extraction acceptance tests: the judge's measures (see `GoldEvaluation`) on three
/// hand-labelled sets: the five samples, seven real public pages (Fixtures/real), and
/// documents written for Brief in styles the others lack (Fixtures/unseen). Each prints its
/// line; `BRIEF_SHOW_MISSES=1` lists every miss.
final class ExtractionGoldTests: XCTestCase {
    func report(_ s: GoldScore) {
        print(s.line)
        if ProcessInfo.processInfo.environment["BRIEF_SHOW_MISSES"] != nil { for m in s.misses { print("  " + m) } }
    }

    func testSamples() throws {
        let s = try GoldEvaluation.score(name: "samples", docs: Paths.samples, gold: Paths.fixtures.appendingPathComponent("gold"))
        report(s)
        XCTAssertGreaterThanOrEqual(s.headlineRecall, 0.9, "headline recall")
        XCTAssertEqual(s.keyPrecisionRatio, 1.0, "key precision")
        XCTAssertGreaterThanOrEqual(s.categorisedPrecision, 0.95, "categorised precision")
        XCTAssertGreaterThanOrEqual(s.honourPrecisionRatio, 0.95, "honour precision")
        XCTAssertGreaterThanOrEqual(s.honourRecall, 0.9, "honour recall")
        XCTAssertGreaterThanOrEqual(s.keyRecall, 0.95, "key recall")
        XCTAssertGreaterThanOrEqual(s.allRecall, 0.85, "all recall")
    }

    func testRealPages() throws {
        let dir = Paths.fixtures.appendingPathComponent("real")
        let s = try GoldEvaluation.score(name: "real pages", docs: dir.appendingPathComponent("docs"), gold: dir.appendingPathComponent("gold"))
        report(s)
        XCTAssertGreaterThanOrEqual(s.headlineRecall, 0.85, "headline recall")
        XCTAssertGreaterThanOrEqual(s.keyPrecisionRatio, 0.95, "key precision")
    }

    func testDocumentsInOtherStyles() throws {
        let dir = Paths.fixtures.appendingPathComponent("unseen")
        let s = try GoldEvaluation.score(name: "other styles", docs: dir.appendingPathComponent("docs"), gold: dir.appendingPathComponent("gold"))
        report(s)
        XCTAssertGreaterThanOrEqual(s.headlineRecall, 0.85, "headline recall")
        XCTAssertGreaterThanOrEqual(s.keyPrecisionRatio, 0.95, "key precision")
    }

    /// Five batches of four documents, written and labelled by someone who never ran Brief,
    /// in styles none of the other sets has (README in each). Scored before any rule was
    /// changed for them (headline recall 0.70, 0.62, 0.79, 0.59 and 0.61), then used to find
    /// general rules; they stay as regression sets. The fifth has had two rounds of rules
    /// (0.78, then 0.93 with 分别 lists, footnote marks and ruled key-figure pages). The sixth
    /// scored 0.57 at first (its WeChat API export was refused, its space-aligned tables
    /// joined as prose), 0.94 after one round (freepublish feeds, -layout tables, dash rows). The
    /// seventh (a final-accounts .docx, a GB18030 news page, a feed) scored 0.64 at first (its
    /// unit declared after 编制单位 on one line was missed), 0.90 after one round. The eighth (a
    /// PDF text with page numbers and running titles, a Markdown CSR, a saved WeChat page, an
    /// HTML budget with spanned headers) scored 0.65 with key precision 0.86 at first: its
    /// spanned header cells shifted every column, and its WeChat page took the publishing year.
    /// 0.78 after one round, key precision 1.00. The ninth (a -layout PDF performance
    /// self-evaluation, a GBK 十四五 mid-term review, a camelCase feed whose bodies are arrays of
    /// paragraphs with times in milliseconds, a statistical bulletin page) scored 0.40 at first:
    /// the feed's bodies were not read at all; 0.85 after one round (feed bodies, wrapped
    /// comparisons, catalog metrics of tourism, forests, supported firms and spending executed).
    /// The tenth (a .docx 部门决算 with content controls and a tracked move, a news page with
    /// number-first cards, a UTF-16 统计公报, a Markdown CSR with nested honour lists) scored 0.73
    /// with key precision 1.00 at first, but found 2 of its 12 honours: a list led by a sentence,
    /// grouped by recipient and with level, issuer and date in brackets was closed at once.
    /// The eleventh (a market supervision bureau's work summary, a 经信委 page, a feed with
    /// publish_time) scored 0.70 with key precision 1.00 and every honour at first: the catalog
    /// had no market-regulation metrics (经营主体, 注册商标, 查办案件, 投诉举报, 监督抽检).
    /// The twelfth (a GB18030 pdftotext -layout 部门决算, a UTF-16 政府信息公开年报, a WeChat
    /// freepublish export, a district's budget report in Markdown) scored 0.87 with key precision
    /// 0.99 at first: a number-first card block gave each value the label above it (the label
    /// of the value before), and a 可比增长 after 扣除上年… took the year before.
    /// The thirteenth (a district 政府工作报告, a 科技馆 report as .docx with a table of months, a
    /// statistics bureau's monthly release, a feed of {items:[{headline, body_html}]}) scored
    /// 0.62 with key precision 1.00 at first: the feed's bodies, under body_html, were not read.
    /// The fourteenth (a report on 人大建议/政协提案, a policy 解读 page, an association's Markdown
    /// report with an honours table, an RSS feed as JSON) scored 0.41 with key precision 0.97 at
    /// first: the RSS feed was refused, the honours table had no 序号, and 区政协十四届 was a
    /// headline of 14 届.
    /// The fifteenth (a yearbook entry with a table of years in rows, a press conference's
    /// transcript with its 发布材料 table, a final account as GB18030 PDF text, a speech in
    /// Markdown with a BOM) scored 0.89 with key precision 1.00 at first: the data table beside
    /// the transcript was dropped as furniture, 万分之 and 千分之 were not read, and the
    /// yearbook's table of years gave nothing.
    /// The sixteenth (a quarterly report in UTF-16, a 政协 调研报告 quoting other districts, an
    /// audit report, a statistics data-API JSON export) scored 0.40 with key precision **0.66**
    /// at first: the 调研报告 took its goals' 2027 for its year, so every figure had a wrong
    /// year; another district's figures were headlines; the JSON export was refused (it is
    /// read as a data table now).
    /// The seventeenth (a 镇 work summary, a 测试所 决算说明 with a table of two years, a museum's
    /// WeChat article in Markdown, a 人社局 half-year report) scored 0.68 with key precision
    /// 1.00 at first: the half-year report took its title's second period (下半年工作要点) for
    /// its figures; employment, insurance and labour-dispute figures had no metrics; a year
    /// opening a quotation (“2026年，我们将…) did not date it.
    /// The eighteenth (a 文旅局 summary, a 街道 half-year report with a table, a 市场监管局
    /// 政府信息公开 report, a university science park's CSR report in Markdown) scored 0.78
    /// with key precision 1.00 at first: public cultural events, meal services and employment
    /// absorbed had no metrics, and `申请人情况（单位：件）` over the labels gave no cell its 件.
    /// The nineteenth (a 发改委 plan-execution report as PDF text, a 卫健委 budget with tables,
    /// a 科协's WeChat export, a 政务服务中心 summary with a goals table) scored 0.88 with key
    /// precision 1.00 at first: unemployment rates, online views and 吸引市民/接待参观 had no metric.
    /// The twentieth (a 评测中心 CSR report with an honours table, a 区科委 决算 narrative, a
    /// 经信委 news page in HTML, a 投促中心 half-year summary in Markdown) scored 0.86 with key
    /// precision 1.00 at first: the 决算 sentence gave its spending the income's name
    /// (财政拨款收入支出决算) and 其他收入 lost its 其 in every budget.
    /// The twenty-second (a 区委书记's speech at a year's first meeting, a testing centre's
    /// satisfaction survey in Markdown, a 区科委 bulletin in HTML, a five-year industrial plan)
    /// scored 0.67 with key precision 0.59 at first: the speech's figures took the meeting's year,
    /// the plan's base-year figures took its last year as achieved. The twenty-first (PDF text of a
    /// 十四五 review, a GB18030 budget, a WeChat feed, a CSR .docx with years as columns), delivered
    /// after it, scored 0.93 with key precision 0.99 at first.
    /// The twenty-third (a 述职述廉报告, a reply to a CPPCC proposal, a news page comparing
    /// districts, a voucher payment notice) scored 0.77 with key precision 0.96 at first; the
    /// twenty-fourth 0.45 with 0.98, the twenty-fifth 0.85 with 0.76, the twenty-sixth 0.86
    /// with 1.00, the twenty-seventh 0.85 with 0.96, the twenty-eighth 0.62 with 0.54 (an OCR'd
    /// scan's letter-spaced years) and the twenty-ninth 0.72 with 0.98 (their READMEs say why).
    /// Categorised-precision floors below 0.95, by batch: batch 25's labels leave table cells
    /// without a measure where a unit column states it (`服务企业⇥家⇥2,905`), four of its five
    /// unmatched categorised figures.
    /// Batch 30: its docx table's result cells written in words around a number are not read
    /// as their columns' figures (its README). Batches 30 and 31 were kept untuned for a day,
    /// then mended; the thirty-second scored 1.00 with key precision 0.97 at first, the
    /// thirty-third 0.76 with 0.89 (an audit rectification report read as a budget).
    static let categorisedFloors = ["heldout25": 0.9, "heldout30": 0.88]

    func testHeldOutDocuments() throws {
        let batches = [("heldout", "held out", 0.9), ("heldout2", "held out 2", 0.9), ("heldout3", "held out 3", 0.9),
                       ("heldout4", "held out 4", 0.9), ("heldout5", "held out 5", 0.9),
                       ("heldout6", "held out 6", 0.9),
                       ("heldout7", "held out 7", 0.85), ("heldout8", "held out 8", 0.85),
                       ("heldout9", "held out 9", 0.8), ("heldout10", "held out 10", 0.8),
                       ("heldout11", "held out 11", 0.8), ("heldout12", "held out 12", 0.8),
                       ("heldout13", "held out 13", 0.9), ("heldout14", "held out 14", 0.85),
                       ("heldout15", "held out 15", 0.9), ("heldout16", "held out 16", 0.8),
                       ("heldout17", "held out 17", 0.85), ("heldout18", "held out 18", 0.9),
                       ("heldout19", "held out 19", 0.9), ("heldout20", "held out 20", 0.9),
                       ("heldout21", "held out 21", 0.9), ("heldout22", "held out 22", 0.9), ("heldout23", "held out 23", 0.9),
                       ("heldout24", "held out 24", 0.85), ("heldout25", "held out 25", 0.8),
                       ("heldout26", "held out 26", 0.9), ("heldout27", "held out 27", 0.9),
                       ("heldout28", "held out 28", 0.9), ("heldout29", "held out 29", 0.9),
                       ("heldout30", "held out 30", 0.85), ("heldout31", "held out 31", 0.85),
                       ("heldout32", "held out 32", 0.9), ("heldout33", "held out 33", 0.9),
                       ("heldout34", "held out 34", 0.9), ("heldout35", "held out 35", 0.9),
                       ("heldout36", "held out 36", 0.85), ("heldout37", "held out 37", 0.85),
                       ("heldout38", "held out 38", 0.9), ("heldout39", "held out 39", 0.9),
                       ("heldout40", "held out 40", 0.85), ("heldout41", "held out 41", 0.9),
                       ("heldout42", "held out 42", 0.9), ("heldout43", "held out 43", 0.85),
                       ("heldout44", "held out 44", 0.85), ("heldout45", "held out 45", 0.9),
                       ("heldout46", "held out 46", 0.7), ("heldout47", "held out 47", 0.7)]
        for (folder, name, floor) in batches {
            let dir = Paths.fixtures.appendingPathComponent(folder)
            let s = try GoldEvaluation.score(name: name, docs: dir.appendingPathComponent("docs"), gold: dir.appendingPathComponent("gold"))
            report(s)
            XCTAssertGreaterThanOrEqual(s.headlineRecall, floor, "\(name): headline recall")
            XCTAssertGreaterThanOrEqual(s.keyPrecisionRatio, 0.95, "\(name): key precision")
            XCTAssertGreaterThanOrEqual(s.categorisedPrecision, Self.categorisedFloors[folder] ?? 0.95, "\(name): categorised precision")
        }
    }
}
