import XCTest
@testable import BriefKit

final class NormalizerTests: XCTestCase {
    /// For each case, a phrase in the normalised text must map back to the original bytes
    /// it came from.
    func testNormalisedPositionsMapBackToTheOriginal() {
        let cases: [(label: String, original: String, normalisedContains: String, originalSpan: String)] = [
            ("split number", "营收 1, 351, 459, 890 元", "1,351,459,890", "1, 351, 459, 890"),
            ("full-width digits", "满意度９７．７％。", "97.7%", "９７．７％"),
            ("page footer dropped", "服务项目达到\n\n上海计算机软件技术开发中心 第 2 页\n\n5514 项", "5514", "5514"),
            ("broken line joined", "上海软件中心全年共完成各类专业技术服务项目合计达到\n\n5514 项，服务企业", "达到5514", "达到\n\n5514"),
        ]
        for c in cases {
            let n = Normalizer.normalize(c.original)
            let s = n.string
            guard let r = s.range(of: c.normalisedContains) else {
                XCTFail("\(c.label): '\(c.normalisedContains)' not in normalised '\(s)'"); continue
            }
            let lo = s.utf8.distance(from: s.startIndex, to: r.lowerBound)
            let hi = s.utf8.distance(from: s.startIndex, to: r.upperBound)
            let back = n.originalRange(lo..<hi)
            let bytes = Array(c.original.utf8)[back]
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), c.originalSpan, c.label)
        }
    }

    /// A long line without closing punctuation continues on the next in a file's text, never in
    /// a feed article's paragraphs (its title line and the paragraph after it), and a measure
    /// cut from its number still joins in both.
    func testWrappedLinesAreJoinedOnlyInPDFText() {
        let text = "2025年奉贤兑付科技创新券1.36亿元专利授权量首次突破万件奉贤区科技创新工作成效显著全面提升\n2025年奉贤兑付科技创新券1.36亿元\n"
        XCTAssertEqual(Normalizer.normalize(text).string.split(separator: "\n").count, 1, "PDF text: one sentence wrapped")
        XCTAssertEqual(Normalizer.normalize(text, joinsWrappedLines: false).string.split(separator: "\n").count, 2, "blocks stay apart")
        XCTAssertTrue(Normalizer.normalize("服务企业120\n家。\n", joinsWrappedLines: false).string.hasPrefix("服务企业120家"))
        // A pipe table's row is a line of its own, however long: the paragraph after the table
        // is not its continuation.
        for row in ["| 检验检测报告 | 份 | 11,460 | 12,875 |", "| 检验检测报告 | 份 | 11,460 | 12,875"] {
            let n = Normalizer.normalize("| 指标 | 单位 | 2024年 | 2025年 |\n|---|---|---:|---:|\n\(row)\n\n全年举办培训48场。\n").string
            XCTAssertTrue(n.contains("\n全年举办培训48场"), n)
        }
    }

    /// Markdown's `**` is no text: a qualifier after a bold figure binds to it, and offsets
    /// still point into the original, at the number itself.
    func testMarkdownEmphasisIsNotText() {
        let original = "- 总体满意度指数达到**93分**以上；投诉控制在**12件**以内。"
        let n = Normalizer.normalize(original, dropsEmphasis: true)
        XCTAssertTrue(n.string.contains("达到93分以上") && n.string.contains("控制在12件以内") && !n.string.contains("*"), n.string)
        let s = n.string
        let r = s.range(of: "12件")!
        let back = n.originalRange(s.utf8.distance(from: s.startIndex, to: r.lowerBound)..<s.utf8.distance(from: s.startIndex, to: r.upperBound))
        XCTAssertEqual(String(decoding: Array(original.utf8)[back], as: UTF8.self), "12件")
        XCTAssertTrue(Normalizer.normalize(original).string.contains("**93分**"), "other text keeps its asterisks")
        let e = FactExtractor().extract(try! Ingestor().analyse(text: "# 2025年度报告\n\n" + original + "\n", path: "t.md", knownFormat: .markdown))
        XCTAssertEqual(e.first?.facts.first { $0.quantity.value == 93 }?.quantity.qualifier, .over)
        XCTAssertEqual(e.first?.facts.first { $0.quantity.value == 12 }?.quantity.qualifier, .under)
    }

    func testPageFooterLineIsRemoved() {
        let n = Normalizer.normalize("正文。\n上海计算机软件技术开发中心 第 12 页\n下一段。")
        XCTAssertFalse(n.string.contains("第 12 页"))
        XCTAssertTrue(n.string.contains("下一段"))
    }

    /// PDF text without form feeds: a page number between dashes and the running title after
    /// it (the document's own title) are dropped, and the sentence they cut is joined again.
    func testADashedPageNumberAndTheRunningTitleAfterItAreDropped() {
        let text = "上海市某区科学技术委员会\n2025年工作总结和2026年工作打算\n"
            + "全年办理市民服务热线工单186件，按时办结率100%，市民对办理结果的\n\n— 3 —\n\n"
            + "上海市某区科学技术委员会2025年工作总结和2026年工作打算\n\n满意率97.6%；办理建议14件。\n"
        let n = Normalizer.normalize(text)
        XCTAssertFalse(n.string.contains("— 3 —"))
        XCTAssertEqual(n.string.components(separatedBy: "2026年工作打算").count, 2, "the running title is gone, the title stays")
        XCTAssertTrue(n.string.contains("市民对办理结果的满意率97.6%"), n.string)
        // A dash-number line inside a list, or a bare number, is text.
        XCTAssertTrue(Normalizer.normalize("序号\n12\n合计").string.contains("12"))
        XCTAssertTrue(Normalizer.isDashedPageNumber(Array("— 12 —".utf8)[...]))
        XCTAssertTrue(Normalizer.isDashedPageNumber(Array("-3-".utf8)[...]))
        XCTAssertFalse(Normalizer.isDashedPageNumber(Array("2024-2025".utf8)[...]))
        XCTAssertFalse(Normalizer.isDashedPageNumber(Array("— 12345 —".utf8)[...]))
    }

    /// The same with full-width digits, as many PDFs of government offices write them
    /// (— ３ —, ２０２５年): the page number and the running title are still no text.
    func testAFullWidthPageNumberIsDroppedToo() {
        let text = "上海市某区科学技术委员会\n２０２５年工作总结和２０２６年工作打算\n"
            + "全年办理市民服务热线工单１８６件，按时办结率１００%，市民对办理结果的\n\n— ３ —\n\n"
            + "上海市某区科学技术委员会２０２５年工作总结和２０２６年工作打算\n\n满意率９７.６%；办理建议１４件。\n"
        let n = Normalizer.normalize(text)
        XCTAssertFalse(n.string.contains("— 3 —"), n.string)
        XCTAssertEqual(n.string.components(separatedBy: "2026年工作打算").count, 2, "the running title is gone, the title stays")
        XCTAssertTrue(n.string.contains("市民对办理结果的满意率97.6%"), n.string)
        for line in ["— ３ —", "－１２－", "-３-"] { XCTAssertTrue(Normalizer.isDashedPageNumber(Array(line.utf8)[...]), line) }
        for line in ["— ３a —", "— １２３４５ —", "２０２４-２０２５"] { XCTAssertFalse(Normalizer.isDashedPageNumber(Array(line.utf8)[...]), line) }
    }

    /// A text titled in full-width digits reads as the same text in ASCII digits: the
    /// title's 20% names the body's 20% (its lines are folded before rules read them).
    func testAFullWidthTitleReadsAsItsASCIITwin() {
        let ascii = "上海信息服务业连续6年增长20%\n\n上海市经济和信息化委员会日前发布最新统计数据显示，2011年上海信息服务业实现经营收入3075.24亿元，比2010年增长21.5%，连续6年保持20%以上增长率。\n"
        let wide = String(String.UnicodeScalarView(ascii.unicodeScalars.map { s in
            (0x30...0x39).contains(s.value) ? Unicode.Scalar(s.value + 0xFF10 - 0x30)! : s
        }))
        func read(_ text: String) -> [String] {
            let title = String(text.prefix { $0 != "\n" })
            let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2011, kind: .other, title: title))
            return e.facts.map { "\($0.provenance.line) \($0.quantity.value) \($0.role) \($0.key)" }
        }
        XCTAssertEqual(read(wide), read(ascii))
        XCTAssertTrue(read(ascii).contains("3 20.0 actual true"), "\(read(ascii))")
    }

    /// The single blank a PDF of a Word file sets around a number goes (共有17项, 2024年度,
    /// 增长6.2%), and its quote is still the source's; a blank before a word that is no
    /// measure stays (85.05 大幅度上升: 85.05大 would read as N大), and so do a table row's.
    func testBlanksAroundNumbersAreClosed() {
        let text = "全区共有 17 项成果获 2024 年度上海市科学技术奖，增长 6.2%。\n客户服务满意度指数达到 96.8，较之 2020 年的 85.05 大幅度上升。\n项目\t2024 年\n"
        let n = Normalizer.normalize(text)
        XCTAssertTrue(n.string.contains("全区共有17项成果获2024年度上海市科学技术奖"), n.string)
        XCTAssertTrue(n.string.contains("增长6.2%"), n.string)
        XCTAssertTrue(n.string.contains("较之2020年的85.05 大幅度上升"), n.string)
        XCTAssertTrue(n.string.contains("项目\t2024 年"), "a table row keeps its blanks: \(n.string)")
        let e = FactExtractor().extract(text: text, context: TextContext(path: "t.txt", reportYear: 2024, kind: .workSummary))
        let prize = e.facts.first { $0.quantity.value == 17 }
        XCTAssertEqual(prize?.subject, "全区成果获上海市科学技术奖")
        XCTAssertEqual(prize?.provenance.quote.hasPrefix("全区共有 17 项成果获 2024 年度"), true, prize?.provenance.quote ?? "")
        XCTAssertEqual(e.facts.first { $0.quantity.value == 85.05 }?.year, 2020)
    }

    /// A scan's OCR spaces a year letter by letter (`2 0 2 5 年`): it reads as the year, and a
    /// title so spaced names its unit, year and kind; a spaced count is left as written.
    func testAnOCRsLetterSpacedYearsAndTitle() throws {
        let n = Normalizer.normalize("2 0 2 5 年，区科委在区委的领导下。有效期内企业达到 2, 156 家，另有 1 2 3 4 个。\n")
        XCTAssertTrue(n.string.contains("2025年,区科委"), n.string)
        XCTAssertTrue(n.string.contains("2,156家"), n.string)
        XCTAssertTrue(n.string.contains("1 2 3 4"), n.string)
        let head = "徐 汇 区 科 学 技 术 委 员 会                    2 0 2 5 年 工 作 总 结\n\n2 0 2 5 年，区科委各项工作取得新进展。\n"
        XCTAssertEqual(MetadataDetector.letterSpaced("徐 汇 区 科 学 技 术 委 员 会    2 0 2 5 年 工 作 总 结"), "徐汇区科学技术委员会    2025年工作总结")
        XCTAssertNil(MetadataDetector.letterSpaced("全区技术合同成交额达到 268.4 亿元，同比增长 12.6%"))
        let (kind, year) = MetadataDetector.kindAndYear(of: head)
        XCTAssertEqual(kind, .workSummary)
        XCTAssertEqual(year, 2025)
    }

    func testListNumbersAndTablesAreNotJoined() {
        let n = Normalizer.normalize("这是一行足够长的文字但是没有句号结尾的内容示例文本\n\n一、第二部分标题\n")
        XCTAssertTrue(n.string.contains("\n一、"))
    }

    /// A numbered heading short of a page's width ends its line; a long numbered line a PDF
    /// wrapped still joins the next.
    func testANumberedHeadingIsNotJoinedToItsParagraph() {
        let heading = Normalizer.normalize("七、“三公”经费财政拨款支出决算情况说明\n2024年度“三公”经费财政拨款支出决算为18.64万元。\n")
        XCTAssertTrue(heading.string.contains("情况说明\n2024年度"), heading.string)
        let wrapped = Normalizer.normalize("一、本中心全年共完成各类专业技术服务项目合计达到五千余项服务企业\n两千余家。\n")
        XCTAssertTrue(wrapped.string.contains("服务企业两千余家"), wrapped.string)
    }

    /// A spaced table's row ending in a number is no quantity the next row's label measures
    /// (本 is a measure word: `154.88⏎本年收入合计` read as 154.88本); a Markdown paragraph ends
    /// at a blank line, while PDF text with blank lines between its lines still joins.
    func testRowsAndParagraphsThatAreNotJoined() {
        let rows = Normalizer.normalize("项目                        年初            决算数\n二、事业收入                143.00          154.88\n本年收入合计              1,229.40        1,297.48\n")
        XCTAssertTrue(rows.string.contains("154.88\n本年收入合计"), rows.string)
        let markdown = "> 2026年1月15日所长办公会审议通过并印发全所执行\n\n2025年，全所完成检验检测样品8.62万批次。\n"
        XCTAssertTrue(Normalizer.normalize(markdown, keepsParagraphs: true).string.contains("印发全所执行\n"))
        XCTAssertFalse(Normalizer.normalize(markdown).string.contains("印发全所执行\n"), "PDF text: a line short of a stop goes on")
    }

    func testLineIndexLocations() {
        let idx = LineIndex("ab\n中文x\n")
        let loc = idx.location(ofOffset: 9, file: "f")
        XCTAssertEqual(loc.line, 2)
        XCTAssertEqual(loc.column, 3)
        XCTAssertEqual(idx.range(ofLine: 2), 3..<10)
    }

    /// Every scalar near the folded ranges folds exactly as `Digits.fold` says, and maps
    /// back to its own bytes: full-width forms U+FF01…FF5E and the ideographic space only.
    func testFoldingMatchesDigitsFoldScalarByScalar() {
        let near = Array(0x2FF0...0x3010) + Array(0xFEF0...0xFF70) + [0x3002, 0x3001, 0x300A, 0x300B, 0xFFE5, 0x4E00]
        for v in near {
            guard let u = Unicode.Scalar(v) else { continue }
            let n = Normalizer.normalize("甲" + String(u) + "乙")
            let expected = "甲" + String(Digits.fold(u)) + "乙"
            XCTAssertEqual(n.string, expected, String(format: "U+%04X", v))
            // The folded character stands for all of the original's bytes.
            let at = "甲".utf8.count
            XCTAssertEqual(n.originalRange(at..<(at + String(Digits.fold(u)).utf8.count)), at..<(at + String(u).utf8.count),
                           String(format: "U+%04X", v))
        }
    }
}
