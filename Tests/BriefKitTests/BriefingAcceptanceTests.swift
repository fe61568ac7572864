import Foundation
import XCTest
@testable import BriefKit

/// The briefings' promises to their reader, checked on the samples: a diff compares only
/// what can be compared and reads earlier → later, pages agree on every figure they share,
/// a brief lists the honours of its year only, counts are checked against lists, values the
/// documents state are shown, and the digest of a month fits in a few pages.
final class BriefingAcceptanceTests: XCTestCase {
    let csr2023 = Paths.sample("000_d87a536be5b8778f"), csr2021 = Paths.sample("001_eec11ce2cac5b232")
    let putuo = Paths.sample("002_9c3f654a89426a59"), feed = Paths.sample("003_8681bce01ccbf3f3")
    let budget = Paths.sample("004_32787314a6ca9ec6")

    func json(_ args: [String]) throws -> [String: Any] {
        let (status, out, err) = runBrief(args + ["--format", "json"])
        XCTAssertEqual(status, .success, "\(args): \(err)")
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    }

    // MARK: diff refuses what cannot be compared

    func testDiffRefusesReportsThatCannotBeCompared() {
        let cases: [(a: String, b: String, mentions: [String])] = [
            (csr2023, putuo, ["000_d87a536be5b8778f.txt", "002_9c3f654a89426a59.txt", "上海计算机软件技术开发中心", "上海市普陀区科学技术委员会", "different units"]),
            (putuo, csr2023, ["000_d87a536be5b8778f.txt", "002_9c3f654a89426a59.txt", "different units"]),
            (csr2023, feed, ["003_8681bce01ccbf3f3.txt", "article feed"]),
            (csr2023, csr2023, ["000_d87a536be5b8778f.txt", "twice"]),
        ]
        for c in cases {
            let (status, out, err) = runBrief(["diff", c.a, c.b])
            XCTAssertEqual(status, .usage, "\(c.a) \(c.b): \(err)")
            XCTAssertEqual(out, "", "nothing is written when the diff is refused")
            XCTAssertEqual(err.split(separator: "\n").count, 1, err)
            for m in c.mentions { XCTAssertTrue(err.contains(m), "\(err) should name \(m)") }
        }
    }

    func testDiffReadsEarlierToLaterWhicheverComesFirst() throws {
        let forward = runBrief(["diff", csr2021, csr2023]), backward = runBrief(["diff", csr2023, csr2021])
        XCTAssertEqual(forward.0, .success)
        XCTAssertEqual(forward.1, backward.1, "the order of the arguments does not matter")
        let view = try json(["diff", csr2023, csr2021])
        XCTAssertEqual((view["a"] as? [String: Any])?["year"] as? Int, 2021)
        XCTAssertEqual((view["b"] as? [String: Any])?["year"] as? Int, 2023)
        // Changes are later minus earlier: worked out by hand from the two reports.
        let rows = try XCTUnwrap(view["figures"] as? [[String: Any]])
        func change(_ name: String) -> String? { rows.first { $0["name"] as? String == name }?["change"] as? String }
        XCTAssertEqual(change("专业技术服务项目"), "+31 项（+0.6%）")
        XCTAssertEqual(change("服务企业"), "−114 家（−4.2%）")
        XCTAssertEqual(change("客户服务满意度指数"), "+0.9 个百分点")
    }

    /// The notes a briefing's text refers to, in the order it first refers to each: the
    /// Markdown `[^n]` before its 来源, or the HTML `<sup id="rN-k">`.
    static func firstReferences(_ page: String) -> [Int] {
        let html = page.hasPrefix("<!DOCTYPE html>")
        let body = page.components(separatedBy: html ? "<h2 id=\"sources\">" : "\n## 来源")[0]
        let re = try? NSRegularExpression(pattern: html ? #"<sup id="r(\d+)-"# : #"\[\^(\d+)\](?!:)"#)
        var seen: [Int] = []
        for m in re?.matches(in: body, range: NSRange(body.startIndex..., in: body)) ?? [] {
            if let r = Range(m.range(at: 1), in: body), let n = Int(body[r]), !seen.contains(n) { seen.append(n) }
        }
        return seen
    }

    /// A diff's notes are numbered as it is read: the earlier value's before the later one's,
    /// a source that disagrees under its row (in Markdown too, not after the table), honours
    /// held before those no longer listed; every back-link has its target.
    func testDiffNotesAreNumberedInOrderOfFirstReference() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The 2023 report quoting 2021's satisfaction as 95.8%, where the 2021 report says 96.8.
        let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
        try FileManager.default.copyItem(atPath: csr2021, toPath: a.path)
        try String(contentsOfFile: csr2023, encoding: .utf8).replacingOccurrences(of: "较之 2021 年的 96.8%", with: "较之 2021 年的 95.8%")
            .write(to: b, atomically: true, encoding: .utf8)
        for format in ["md", "html"] {
            let (status, page, err) = runBrief(["diff", a.path, b.path, "--format", format])
            XCTAssertEqual(status, .success, err)
            let order = Self.firstReferences(page)
            XCTAssertGreaterThan(order.count, 30, format)
            XCTAssertEqual(order, Array(1...order.count), format)
            if format == "md" {
                let lines = page.split(separator: "\n").map(String.init)
                let row = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("| 客户服务满意度指数 |") })
                XCTAssertTrue(lines[row].hasPrefix("| 客户服务满意度指数 | 96.8\u{2060}[^4] | 97.7%\u{2060}[^5] |"), lines[row])
                XCTAssertEqual(lines[row + 1], "| ⚠ 2021 年来源不一致：95.8%\u{2060}[^5] | | | |")
            } else {
                let ids = Set(page.components(separatedBy: "id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
                let targets = page.components(separatedBy: "href=\"#").dropFirst().map { String($0.prefix { $0 != "\"" }) }
                XCTAssertEqual(targets.filter { !ids.contains($0) }, [], "back-links without a target")
            }
        }
    }

    // MARK: one model, no contradictions

    /// Every figure the 2023 brief and the 2021–2023 diff both show is the same value, with
    /// the same earlier value and the same change.
    func testAnnualBriefAndDiffAgreeOnEveryFigureTheyShare() throws {
        let annual = try json(["annual", "--year", "2023", Paths.samples.path])
        let diff = try json(["diff", csr2021, csr2023])
        let unit = try XCTUnwrap((annual["units"] as? [[String: Any]])?.first { $0["unit"] as? String == "上海计算机软件技术开发中心" })
        let annualRows = Dictionary(((unit["figures"] as? [[String: Any]]) ?? []).map { ($0["name"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        var shared = 0
        for row in (diff["figures"] as? [[String: Any]]) ?? [] {
            guard let name = row["name"] as? String, let a = annualRows[name], row["b"] as? String != "—" else { continue }
            shared += 1
            XCTAssertEqual(a["value"] as? String, row["b"] as? String, name)
            if a["previousYear"] as? Int == 2021 {
                XCTAssertEqual(a["previous"] as? String, row["a"] as? String, name)
                XCTAssertEqual(a["change"] as? String, row["change"] as? String, name)
            }
        }
        XCTAssertGreaterThanOrEqual(shared, 5, "the two pages share the report's headline figures")
        // The satisfaction index is compared with the previous report on both (+0.9, not +0.4 against 2022).
        XCTAssertEqual(annualRows["客户服务满意度指数"]?["change"] as? String, "+0.9 个百分点")
    }

    func testTheUnitPageShowsEveryYearIncludingQuotedOnes() throws {
        let page = try json(["unit", "--unit", "上海软件中心", Paths.samples.path])
        XCTAssertEqual(page["years"] as? [Int], [2020, 2021, 2022, 2023], "2020 and 2022 are values later reports quote")
        let rows = try XCTUnwrap(page["metrics"] as? [[String: Any]])
        let satisfaction = try XCTUnwrap(rows.first { $0["name"] as? String == "客户服务满意度指数" })
        let cells = (satisfaction["cells"] as? [[String: Any]])?.map { $0["value"] as? String ?? "" }
        XCTAssertEqual(cells, ["85.05", "96.8", "97.3%", "97.7%"])
        XCTAssertEqual((satisfaction["cells"] as? [[String: Any]])?.map { $0["quoted"] as? Bool ?? false }, [true, false, true, false])
        // Its latest change is the annual brief's: against the previous report (2021), not the quoted 2022.
        XCTAssertEqual(satisfaction["change"] as? String, "+0.9 个百分点")
        XCTAssertEqual(satisfaction["since"] as? Int, 2021)
    }

    // MARK: honours

    /// Honours of earlier years that the 2023 report recalls are not 2023 honours.
    func testABriefListsOnlyTheHonoursOfItsYear() throws {
        let (_, md, _) = runBrief(["annual", "--year", "2023", Paths.samples.path])
        // Read in the list's entries, not in the notes that quote the report. (A 2022年度 title
        // in the 2023 report, 2022年度…好人好事提名, was awarded in 2023: a title's year names the
        // period it was given for, given that year or the next.)
        let entries = md.split(separator: "\n").filter { $0.hasPrefix("- ") }.map { $0.replacingOccurrences(of: " ", with: "") }
        XCTAssertFalse(entries.isEmpty)
        for older in ["2019年度上海市党支部建设示范点"] {
            XCTAssertFalse(entries.contains { $0.contains(older) }, "\(older) is not a 2023 honour")
        }
        let reports = try [csr2021, csr2023].flatMap { FactExtractor().extract(try Ingestor().load(path: $0)) }
        let model = ComparisonModel(reports)
        for h in model.honours(of: "上海计算机软件技术开发中心", in: 2023) { XCTAssertEqual(h.year, 2023, h.title) }
        // 上海市文明单位 is kept (蝉联 7 届); 上海市质量金奖 is recalled ("在荣获…的基础上"):
        // held before, neither new nor received again.
        let annual = try json(["annual", "--year", "2023", Paths.samples.path])
        let unit = try XCTUnwrap((annual["units"] as? [[String: Any]])?.first { $0["unit"] as? String == "上海计算机软件技术开发中心" })
        let levels = ((unit["honours"] as? [String: Any])?["levels"] as? [[String: Any]]) ?? []
        let honours = levels.flatMap { ($0["honours"] as? [[String: Any]]) ?? [] }
        let kept = honours.filter { $0["kept"] as? Bool == true }.compactMap { $0["title"] as? String }
        let held = honours.filter { $0["held"] as? Bool == true }.compactMap { $0["title"] as? String }
        XCTAssertTrue(kept.contains { $0.hasPrefix("上海市文明单位") } && !kept.contains("上海市质量金奖"), "\(kept)")
        XCTAssertEqual(held, ["上海市质量金奖"])
        XCTAssertFalse(honours.contains { $0["title"] as? String == "上海市质量金奖" && $0["new"] as? Bool == true })
        XCTAssertFalse(honours.contains { ($0["title"] as? String ?? "").contains("项") && ($0["title"] as? String ?? "").count < 8 },
                       "a count is not an honour")
    }

    /// A count the report states (市级荣誉 7 项) is set against the list, and a mismatch said.
    func testStatedHonourCountsAreCheckedAgainstTheList() {
        let (_, md, _) = runBrief(["annual", "--year", "2023", Paths.samples.path])
        let line = md.split(separator: "\n").first { $0.contains("文中统计“市级荣誉 7 项”") }.map(String.init) ?? ""
        XCTAssertTrue(line.contains("本简报列出"), line)
        XCTAssertTrue(line.contains("数目不一致") || line.contains("本简报列出 7 项"), line)
        // A bounded count reads on from its name, as the report writes it (各级荣誉十余项).
        XCTAssertTrue(line.contains("文中统计“各级荣誉超 10 项”"), line)
    }

    // MARK: values the documents state

    func testValuesTheDocumentsStateAreShown() {
        let (_, y2024, _) = runBrief(["annual", "--year", "2024", Paths.samples.path])
        let row = y2024.split(separator: "\n").first { $0.hasPrefix("| 财政拨款收入") }.map(String.init) ?? ""
        XCTAssertTrue(row.contains("547,443 万元") && row.contains("较 2023 年预算增加 70,526 万元"), row)
        // 较之 2020 年的 85.05: the 2021 brief compares with the value its report quotes.
        let (_, y2021, _) = runBrief(["annual", "--year", "2021", Paths.samples.path])
        let satisfaction = y2021.split(separator: "\n").first { $0.hasPrefix("| 客户服务满意度指数") }.map(String.init) ?? ""
        XCTAssertTrue(satisfaction.contains("85.05（2020，引用）") && satisfaction.contains("+11.75"), satisfaction)
        // A share is shown as a value, with its change beside it.
        let (_, y2023, _) = runBrief(["annual", "--year", "2023", Paths.samples.path])
        let share = y2023.split(separator: "\n").first { $0.contains("24.92%") }.map(String.init) ?? ""
        XCTAssertTrue(share.contains("2.03 个百分点"), share)
    }

    /// A chart of a year's brief shows that year and earlier ones only.
    func testTrendsStopAtTheBriefsYear() {
        let (_, page, _) = runBrief(["annual", "--year", "2021", Paths.samples.path, "--format", "html"])
        // A page keeps numbers with their units by no-break spaces; read them as spaces.
        let y2021 = page.replacingOccurrences(of: "\u{00A0}", with: " ")
        XCTAssertFalse(y2021.contains("2022 年 97.3"), "the 2021 brief's chart shows no later year")
        XCTAssertTrue(y2021.contains("2020 年 85.05"))
    }

    /// Every in-page link of every HTML briefing has its target: a note's ↩ goes back to a
    /// figure shown on the page, not to a use of the note that was made and dropped.
    func testEveryInPageLinkHasItsTarget() throws {
        let out = try Paths.temporaryDirectory()
        let (status, _, err) = runBrief(["build", Paths.samples.path, "--out", out.path, "-q"])
        XCTAssertEqual(status, .success, err)
        let pages = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".html") }
        XCTAssertGreaterThanOrEqual(pages.count, 8)
        for page in pages {
            let html = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
            func captures(_ pattern: String) throws -> [String] {
                let re = try NSRegularExpression(pattern: pattern)
                return re.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { Range($0.range(at: 1), in: html).map { String(html[$0]) } }
            }
            let ids = Set(try captures(##"id="([^"]+)""##))
            let missing = try captures(##"href="#([^"]+)""##).filter { !ids.contains($0) }
            XCTAssertEqual(missing, [], page)
        }
    }

    // MARK: columns

    /// A one-report work summary written for the test: five headline figures and one metric
    /// given two values (落地企业 23 家, 引进企业 360 家), which is listed to check.
    func oneReportUnit() throws -> URL {
        let dir = try Paths.temporaryDirectory()
        let text = """
        2023 年普陀区科学技术委员会工作总结

        2023年，区科委全面完成各项工作任务。

        一、主要工作

        全年累计认定技术合同 1250 件，成交金额 131.91 亿元。

        新认定高新技术企业 67 家，科技型中小企业 593 家。

        持续挖掘招商资源，全年累计落地企业 23 家。

        大型活动开展招商引资。全年共引进企业360家，共计产税35238.25万元。

        """
        try text.write(to: dir.appendingPathComponent("summary.txt"), atomically: true, encoding: .utf8)
        return dir
    }

    /// A unit of one report has no change to show: its page has no column of dashes for
    /// one, in any format, and its year column keeps its figures with their notes.
    func testAUnitPageWithoutChangesHasNoChangeColumn() throws {
        let dir = try oneReportUnit()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (status, md, err) = runBrief(["unit", "--unit", "普陀区科委", dir.path])
        XCTAssertEqual(status, .success, err)
        let lines = md.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("| 指标 | 2023 |") && lines.contains("|---|---:|"), md)
        XCTAssertTrue(lines.contains("| 技术合同 | 1,250 件\u{2060}[^1] |"), md)
        XCTAssertFalse(md.contains("最近变化"), md)
        let (_, html, _) = runBrief(["unit", "--unit", "普陀区科委", dir.path, "--format", "html"])
        XCTAssertTrue(html.contains("<thead><tr><th>指标</th><th class=\"num\">2023</th></tr></thead>"), html)
        XCTAssertFalse(html.contains("最近变化"))
        let docx = dir.appendingPathComponent("unit.docx").path
        XCTAssertEqual(runBrief(["unit", "--unit", "普陀区科委", dir.path, "--format", "docx", "-o", docx]).0, .success)
        let text = try DocxText.extract([UInt8](try XCTUnwrap(FileManager.default.contents(atPath: docx))), path: docx).text
        XCTAssertTrue(text.contains("指标\t2023\n"), text)
        XCTAssertFalse(text.contains("最近变化"))
    }

    /// A unit page's figures to check (需核对) follow its table, and so do their notes: the
    /// table's figures are 1, 2, 3, and a value to check whose quote the table already cites
    /// keeps that quote's number.
    func testAUnitPagesNotesToCheckAreNumberedAfterItsTable() throws {
        let dir = try oneReportUnit()
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in ["md", "html"] {
            let (status, page, err) = runBrief(["unit", "--unit", "普陀区科委", dir.path, "--format", format])
            XCTAssertEqual(status, .success, err)
            let order = Self.firstReferences(page)
            XCTAssertEqual(order, [1, 2, 3, 4], format)
        }
        let (_, md, _) = runBrief(["unit", "--unit", "普陀区科委", dir.path])
        let lines = md.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("| 税收 | 35,238.25 万元\u{2060}[^3] |"), md)
        XCTAssertTrue(lines.contains("- 引进企业（2023 年）：23 家\u{2060}[^4]；360 家\u{2060}[^3]"), md)
        XCTAssertTrue(md.contains("[^4]: 《2023 年普陀区科学技术委员会工作总结》（2023 年），第 11 行：“全年累计落地企业 23 家。”"), md)
        // The samples' district page, whose 引进企业 is to check, reads in order too.
        let (_, putuo, _) = runBrief(["unit", "--unit", "普陀区科委", Paths.samples.path])
        XCTAssertEqual(Self.firstReferences(putuo), Array(1...Self.firstReferences(putuo).count))
    }

    /// An annual brief of a unit's first report has no 上一期 column, nor a 走势 column with
    /// nothing in it; a unit with an earlier report keeps both.
    func testAFirstReportHasNoPreviousColumn() throws {
        let (status, md, err) = runBrief(["annual", "--year", "2023", Paths.samples.path])
        XCTAssertEqual(status, .success, err)
        let putuo = try XCTUnwrap(md.range(of: "## 上海市普陀区科学技术委员会"))
        let header = md[putuo.upperBound...].split(separator: "\n").first { $0.hasPrefix("| 指标 |") }
        XCTAssertEqual(header, "| 指标 | 本年 | 变化 |")
        let csr = try XCTUnwrap(md.range(of: "## 上海计算机软件技术开发中心"))
        XCTAssertEqual(md[csr.upperBound...].split(separator: "\n").first { $0.hasPrefix("| 指标 |") }, "| 指标 | 本年 | 上一期 | 变化 | 走势 |")
        let (_, html, _) = runBrief(["annual", "--year", "2023", Paths.samples.path, "--format", "html"])
        XCTAssertTrue(html.contains("<thead><tr><th>指标</th><th class=\"num\">本年</th><th class=\"num\">变化</th></tr></thead>"), html)
    }

    /// On a phone a unit page's table of years is a card per metric: each value cell says
    /// its year, a year without a value and a change that is a dash are marked to be left
    /// out, and the layout's phone rules turn the table into blocks.
    func testAUnitPageIsACardPerMetricOnAPhone() throws {
        let (status, page, err) = runBrief(["unit", "--unit", "上海软件中心", Paths.samples.path, "--format", "html"])
        XCTAssertEqual(status, .success, err)
        // A page keeps numbers with their units by no-break spaces; read them as spaces.
        let html = page.replacingOccurrences(of: "\u{00A0}", with: " ")
        XCTAssertTrue(html.contains("<table class=\"cards\">"), html)
        let row = try XCTUnwrap(html.split(separator: "\n").first { $0.contains("<td class=\"name\">专业技术服务项目</td>") }.map(String.init))
        XCTAssertTrue(row.contains("<td class=\"num empty\" data-label=\"2020\">—</td>"), row)
        XCTAssertTrue(row.contains("<td class=\"num\" data-label=\"2021\">5,483 项"), row)
        XCTAssertTrue(row.contains("data-label=\"最近变化\"><span class=\"whole\">+31 项（+0.6%）</span>"), row)
        let phone = try XCTUnwrap(html.range(of: "@media (max-width: 600px)"))
        let rules = html[phone.upperBound...].prefix { $0 != "@" }
        for rule in ["table.cards thead { display: none; }", "table.cards td.empty { display: none; }", "content: attr(data-label)"] {
            XCTAssertTrue(rules.contains(rule), rule)
        }
    }

    /// Laid out by Chromium in a 390 px frame, no page is wider than the frame and no table
    /// box of a unit page scrolls sideways (skipped without Chromium).
    func testAtPhoneWidthNothingScrollsSideways() throws {
        guard let chromium = Platform.findExecutable("chromium") ?? Platform.findExecutable("chromium-browser") else {
            throw XCTSkip("Chromium not installed: phone width not measured")
        }
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (status, _, err) = runBrief(["build", Paths.samples.path, "--out", dir.path, "-q"])
        XCTAssertEqual(status, .success, err)
        for page in ["unit-上海计算机软件技术开发中心.html", "annual-2023.html", "diff-上海计算机软件技术开发中心-csr-report-2021-2023.html"] {
            let frame = dir.appendingPathComponent("frame.html")
            try """
            <!doctype html><html><body style="margin:0"><iframe id=f src="\(dir.appendingPathComponent(page).absoluteString)" style="width:390px;height:800px;border:0"></iframe>
            <script>document.getElementById('f').onload=function(){var d=this.contentDocument,n=0;
            d.querySelectorAll('.table-wrap').forEach(function(e){if(e.scrollWidth>e.clientWidth+1)n++;});
            document.title='W='+Math.max(d.documentElement.scrollWidth,d.body.scrollWidth)+' T='+n;};</script></body></html>
            """.write(to: frame, atomically: true, encoding: .utf8)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: chromium)
            p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files", "--virtual-time-budget=5000",
                           "--user-data-dir=" + dir.appendingPathComponent("profile").path, "--dump-dom", frame.absoluteString]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            let title = try XCTUnwrap(dom.range(of: "<title>W=").map { dom[$0.upperBound...].prefix { $0 != "<" } }, page)
            let parts = title.split(separator: " ")
            XCTAssertLessThanOrEqual(Int(parts[0]) ?? .max, 390, "\(page): \(title)")
            if page.hasPrefix("unit-") { XCTAssertEqual(parts.last, "T=0", "\(page): a table box scrolls: \(title)") }
        }
    }

    /// A unit page's charts stand side by side, each in its own frame, with a gap between the
    /// frames: unframed, 专业技术服务项目 5483 → 5514 and 市级荣誉 15 → 7 read as one line
    /// (skipped without Chromium).
    func testAUnitPagesChartsAreFramedApart() throws {
        guard let chromium = Platform.findExecutable("chromium") ?? Platform.findExecutable("chromium-browser") else {
            throw XCTSkip("Chromium not installed: the charts not laid out")
        }
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("unit.html")
        let (status, _, err) = runBrief(["unit", "--unit", "上海软件中心", Paths.samples.path, "--format", "html", "-o", page.path,
                                         "--templates", Paths.repo.appendingPathComponent("Templates").path])
        XCTAssertEqual(status, .success, err)
        let frame = dir.appendingPathComponent("frame.html")
        try """
        <!doctype html><html><body style="margin:0"><iframe id=f src="\(page.absoluteString)" style="width:1280px;height:800px;border:0"></iframe>
        <script>document.getElementById('f').onload=function(){var d=this.contentDocument,f=d.querySelectorAll('.charts figure'),gap=1e9,unframed=0;
        f.forEach(function(e,i){var s=d.defaultView.getComputedStyle(e);if(parseFloat(s.borderLeftWidth)<1||parseFloat(s.paddingLeft)<4)unframed++;
        var n=f[i+1];if(n&&n.parentNode===e.parentNode){var a=e.getBoundingClientRect(),b=n.getBoundingClientRect();if(Math.abs(a.top-b.top)<1)gap=Math.min(gap,b.left-a.right);}});
        document.title='N='+f.length+' U='+unframed+' G='+Math.round(gap);};</script></body></html>
        """.write(to: frame, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: chromium)
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files", "--virtual-time-budget=5000",
                       "--user-data-dir=" + dir.appendingPathComponent("profile").path, "--dump-dom", frame.absoluteString]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let title = try XCTUnwrap(dom.range(of: "<title>N=").map { String(dom[$0.upperBound...].prefix { $0 != "<" }) })
        let parts = title.split(separator: " ").map { Int($0.split(separator: "=").last ?? "") ?? -1 }
        XCTAssertGreaterThanOrEqual(parts[0], 4, title)
        XCTAssertEqual(parts[1], 0, "every chart framed: \(title)")
        XCTAssertGreaterThanOrEqual(parts[2], 12, "side-by-side frames apart: \(title)")
    }

    /// Printed on A4 by Chromium, a unit page's table keeps each metric's name on one line
    /// (专业技术服务项目, not 专业技术服务 / 项目) and puts the years of each change under it,
    /// rather than one wide unbreakable change column (skipped without Chromium).
    func testAUnitPagePrintedOnA4KeepsItsMetricNamesWhole() throws {
        guard let chromium = Platform.findExecutable("chromium") ?? Platform.findExecutable("chromium-browser") else {
            throw XCTSkip("Chromium not installed: the printed page not laid out")
        }
        try Formats.requirePDFToText()
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("unit.html"), pdf = dir.appendingPathComponent("unit.pdf")
        let (status, _, err) = runBrief(["unit", "--unit", "上海软件中心", Paths.samples.path, "--format", "html", "-o", page.path])
        XCTAssertEqual(status, .success, err)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: chromium)
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + dir.appendingPathComponent("profile").path,
                       "--print-to-pdf=" + pdf.path, page.absoluteString]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let text = String(decoding: try PDFText.extract(path: pdf.path), as: UTF8.self)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let table = lines.prefix { !$0.hasPrefix("走势") }.joined(separator: "\n")
        for name in ["专业技术服务项目", "客户服务满意度指数", "国家及本市级科技进步奖"] {
            XCTAssertTrue(lines.contains { $0.hasPrefix(name + " ") }, "\(name) on one line:\n\(table)")
        }
        XCTAssertEqual(lines.filter { $0 == "（2023 较 2021）" }.count, 5, table)
    }

    /// The formats say the same: a unit page's honour levels give their counts in Markdown and
    /// Word as in HTML (the count of 市级), and a unit's line of documents has single spaces around its
    /// dots, with or without a previous report (…（2023 年） · 历年数据, not 年）  · ).
    func testUnitAndAnnualPagesSayTheSameInEveryFormat() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (status, _, err) = runBrief(["build", Paths.samples.path, "--out", dir.path, "--format", "md,html,docx", "-q"])
        XCTAssertEqual(status, .success, err)
        let unit = "unit-上海计算机软件技术开发中心"
        // The count the HTML gives the latest year's municipal honours (its first 市级 group),
        // which the other formats must give too.
        let html = try String(contentsOf: dir.appendingPathComponent(unit + ".html"), encoding: .utf8)
        let mark = "市级</strong>（"
        guard let at = html.range(of: mark), let close = html[at.upperBound...].firstIndex(of: "）"),
              let count = Int(html[at.upperBound..<close]), count > 0 else { return XCTFail("no 市级 count in the HTML") }
        let md = try String(contentsOf: dir.appendingPathComponent(unit + ".md"), encoding: .utf8)
        XCTAssertTrue(md.contains("\n**市级**（\(count)）\n"), md)
        let docx = [UInt8](try Data(contentsOf: dir.appendingPathComponent(unit + ".docx")))
        let text = try DocxText.extract(docx, path: unit).text
        XCTAssertTrue(text.split(separator: "\n").contains("市级（\(count)）"), text)
        let annual = try String(contentsOf: dir.appendingPathComponent("annual-2023.md"), encoding: .utf8)
        XCTAssertTrue(annual.contains("（2023 年） · [历年数据](unit-上海市普陀区科学技术委员会.md)"), annual)
        let annualWord = try DocxText.extract([UInt8](try Data(contentsOf: dir.appendingPathComponent("annual-2023.docx"))), path: "annual").text
        XCTAssertFalse(annualWord.contains("  ·"), annualWord)
    }

    /// A diff's honours name their level only when it says something: 博士后流动站, not
    /// 博士后流动站（其他）; 市级 and the others stay.
    func testADiffLeavesTheLevelOtherUnsaid() throws {
        for format in ["md", "html"] {
            let (status, out, err) = runBrief(["diff", csr2021, csr2023, "--format", format])
            XCTAssertEqual(status, .success, err)
            let body = out.components(separatedBy: format == "md" ? "\n[^1]:" : "<h2 id=\"sources\">")[0]
            XCTAssertFalse(body.contains("（其他"), format)
            XCTAssertTrue(body.contains("博士后流动站" + (format == "md" ? "\u{2060}" : "&#x2060;")), format)
            XCTAssertTrue(body.contains("上海市质量金奖（市级）"), format)
        }
    }

    /// The legend explains what the page shows and nothing else: the 2024 budget brief has no
    /// 上一期, 走势 or honours, so its legend says nothing of them; the 2023 brief has all three.
    func testAnAnnualBriefsLegendExplainsOnlyWhatItShows() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (status, _, err) = runBrief(["build", Paths.samples.path, "--out", dir.path, "--format", "md,html,docx", "-q"])
        XCTAssertEqual(status, .success, err)
        for (year, shown) in [("2023", true), ("2024", false)] {
            let md = try String(contentsOf: dir.appendingPathComponent("annual-\(year).md"), encoding: .utf8)
            let html = try String(contentsOf: dir.appendingPathComponent("annual-\(year).html"), encoding: .utf8)
            let word = try DocxText.extract([UInt8](try Data(contentsOf: dir.appendingPathComponent("annual-\(year).docx"))), path: year).text
            let legend = md.components(separatedBy: "## 说明")[1].components(separatedBy: "## 来源")[0]
            for (text, words) in [(legend, ["- 上一期：", "- 走势：", "- 新 / 蝉联："]), (html, ["<dt>上一期</dt>", "<dt>走势</dt>", "<dt>新 / 蝉联</dt>"]),
                                  (word, ["\n上一期：该单位", "\n新 / 蝉联："])] {
                for w in words { XCTAssertEqual(text.contains(w), shown, "\(year): \(w)") }
            }
            XCTAssertTrue(legend.contains("- 变化：") && html.contains("<dt>变化</dt>") && word.contains("每个数字的来源见脚注。"), year)
        }
    }

    // MARK: notes

    /// A note's number is joined to the figure before it (U+2060 WORD JOINER), so a line
    /// never starts with a lone note number — in a 390 px column, on A4 or in Word.
    func testANoteNumberNeverWrapsAloneOntoANewLine() throws {
        let out = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let (status, _, err) = runBrief(["build", Paths.samples.path, "--out", out.path, "--format", "md,html,docx", "-q"])
        XCTAssertEqual(status, .success, err)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") && !$0.hasPrefix("index.") }
        XCTAssertEqual(files.count, 24)
        for file in files {
            let url = out.appendingPathComponent(file)
            if file.hasSuffix(".md") {
                let md = try String(contentsOf: url, encoding: .utf8)
                let re = try NSRegularExpression(pattern: "(?<!\u{2060})\\[\\^\\d+\\](?!:)")
                let loose = re.matches(in: md, range: NSRange(md.startIndex..., in: md)).count
                XCTAssertEqual(loose, 0, file)
                XCTAssertGreaterThan(md.components(separatedBy: "\u{2060}[^").count, 10, file)
            } else if file.hasSuffix(".html") {
                let html = try String(contentsOf: url, encoding: .utf8)
                let refs = html.components(separatedBy: "<sup id=\"r").count - 1
                XCTAssertGreaterThan(refs, 10, file)
                XCTAssertEqual(html.components(separatedBy: "&#x2060;<sup id=\"r").count - 1, refs, file)
            } else {
                var zip = try ZipArchive([UInt8](try Data(contentsOf: url)), file: file)
                let document = String(decoding: try XCTUnwrap(try zip.contents(of: "word/document.xml")), as: UTF8.self)
                let refs = document.components(separatedBy: "<w:footnoteReference ").count - 1
                XCTAssertGreaterThan(refs, 10, file)
                let joined = #"&#x2060;</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference "#
                XCTAssertEqual(document.components(separatedBy: joined).count - 1, refs, file)
            }
        }
    }

    // MARK: digest

    func testTheDigestOfAMonthFitsInAFewPages() {
        let (status, md, _) = runBrief(["digest", feed])
        XCTAssertEqual(status, .success)
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false).count
        XCTAssertLessThanOrEqual(lines, 600, "97 articles")
        XCTAssertFalse(md.contains("&nbsp"), "entities are decoded")
        for misread in ["零部件 0", "| 0 部", "20 届", "3 年行动"] { XCTAssertFalse(md.contains(misread), misread) }
        // Each article is one line, linked to it.
        let articles = md.split(separator: "\n").filter { $0.hasPrefix("- ") }
        XCTAssertEqual(articles.count, 97)
        XCTAssertGreaterThan(articles.filter { $0.contains("](http") }.count, 90)
    }

    /// Figures of one clause are shown in that clause once, each number in bold, not the
    /// clause again for each; the figures an entry leaves out are not counted in it.
    func testADigestShowsAClauseOnceWithEachOfItsFigures() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("feed.json")
        let content = "经过三天的激烈角逐，共评选出团队奖3个、团体单项奖9个以及个人奖5个。共有120家单位参赛，服务企业300家。"
        try #"[{"title": "技能竞赛总结表彰会召开", "time": "2025-10-31", "url": "https://example.org/a", "content": "\#(content)"}]"#
            .write(to: url, atomically: true, encoding: .utf8)
        let (status, md, err) = runBrief(["digest", url.path])
        XCTAssertEqual(status, .success, err)
        let entry = try XCTUnwrap(md.split(separator: "\n").first { $0.hasPrefix("- 10-31 ") }.map(String.init))
        XCTAssertTrue(entry.contains("共评选出团队奖**3个**、团体单项奖**9个**以及个人奖**5个**\u{2060}[^1]"), entry)
        XCTAssertEqual(entry.components(separatedBy: "团体单项奖").count, 2, "the clause once: \(entry)")
        XCTAssertFalse(md.contains("另 "), "no count of figures left out: \(entry)")
        let (_, html, _) = runBrief(["digest", url.path, "--format", "html"])
        XCTAssertTrue(html.contains("共评选出团队奖<strong>3个</strong>、团体单项奖<strong>9个</strong>以及个人奖<strong>5个</strong>"), html)
        XCTAssertFalse(html.contains("个数字"))
    }

    /// A weekly round-up restating another article's figure under a shorter name (近300亿元的
    /// 产业项目投资机遇 / 带来近300亿元投资机遇) lists it once that week.
    func testADigestListsARestatedFigureOnceAWeek() throws {
        let (status, md, err) = runBrief(["digest", feed])
        XCTAssertEqual(status, .success, err)
        let week = try XCTUnwrap(md.components(separatedBy: "## ").first { $0.hasPrefix("2025 年第 45 周") })
        let entries = week.split(separator: "\n").filter { $0.hasPrefix("- ") }
        XCTAssertEqual(entries.filter { $0.contains("**300亿元**") }.count, 1, week)
    }

    /// An article's honours follow one 荣誉： label, listed with 、 (not 荣誉： again before each),
    /// a note the two share given once, after the last (its first use, the source's back-link
    /// target), and the level 其他 left unsaid — in every format.
    func testADigestLabelsAnArticlesHonoursOnce() throws {
        let (status, md, err) = runBrief(["digest", feed])
        XCTAssertEqual(status, .success, err)
        let entry = try XCTUnwrap(md.split(separator: "\n").first { $0.contains("刘钊：以数智设计") }.map(String.init))
        XCTAssertTrue(entry.hasSuffix("；荣誉：红点最佳设计奖、IF设计奖\u{2060}[^12]"), entry)
        for article in md.split(separator: "\n") where article.hasPrefix("- ") {
            XCTAssertLessThanOrEqual(article.components(separatedBy: "荣誉：").count, 2, String(article))
            XCTAssertFalse(article.contains("（其他）"), String(article))
        }
        let (_, html, _) = runBrief(["digest", feed, "--format", "html"])
        let li = try XCTUnwrap(html.split(separator: "\n").first { $0.contains("刘钊：以数智设计") }.map(String.init))
        XCTAssertTrue(li.contains("<span class=\"figs honours\">荣誉：红点最佳设计奖、IF设计奖&#x2060;<sup id=\"r12-1\">"), li)
        XCTAssertEqual(li.components(separatedBy: "荣誉：").count, 2, li)
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("digest.docx").path
        XCTAssertEqual(runBrief(["digest", feed, "--format", "docx", "-o", out]).0, .success)
        let text = try DocxText.extract(Array(try Data(contentsOf: URL(fileURLWithPath: out))), path: out).text
        let paragraph = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("刘钊：以数智设计") }.map(String.init))
        XCTAssertEqual(paragraph.components(separatedBy: "荣誉：").count, 2, paragraph)
        XCTAssertTrue(paragraph.contains("红点最佳设计奖、IF设计奖"), paragraph)
    }

    // MARK: sources

    func testSourcesAreNamedByTitleAndQuotedInWholeClauses() throws {
        let view = try json(["annual", "--year", "2023", Paths.samples.path])
        let sources = try XCTUnwrap(view["sources"] as? [[String: Any]])
        XCTAssertTrue(sources.allSatisfy { ($0["document"] as? String ?? "").hasPrefix("《") }, "named by title, not by hash")
        // One note per quote.
        let keys = sources.map { "\($0["path"] ?? "")|\($0["line"] ?? "")|\($0["quote"] ?? "")" }
        XCTAssertEqual(Set(keys).count, keys.count)
        XCTAssertEqual(SourceNotes.clauses("年上海软件中心专业技术服务项目 5514 项，服务企业 2599 家。客户"),
                       "年上海软件中心专业技术服务项目 5514 项，服务企业 2599 家。")
        // An honour's quote keeps its title and who received it: a scrap is cut after it only.
        let honourCases: [(quote: String, title: String, note: String)] = [
            ("2023 年，区科委荣获“市城市数字化转型工作先进集体”", "市城市数字化转型工作先进集体", "2023 年，区科委荣获“市城市数字化转型工作先进集体”"),
            ("入选上海“新征程 新奋斗”典型人物，文", "上海新征程 新奋斗典型人物", "入选上海“新征程 新奋斗”典型人物，"),
            ("7\t严超\t志愿者表扬\t上海市精神文明建设委员会办公室、共", "志愿者表扬", "7\t严超\t志愿者表扬\t上海市精神文明建设委员会办公室、"),
            ("严超、余飞飞凭借杰出表现，被评为优秀志愿者。", "优秀志愿者", "严超、余飞飞凭借杰出表现，被评为优秀志愿者。"),
        ]
        for c in honourCases { XCTAssertEqual(SourceNotes.clauses(c.quote, around: c.title), c.note, c.quote) }
        XCTAssertFalse(runBrief(["annual", "--year", "2023", Paths.samples.path]).1.contains("第 15 行：“2023 年，”"))
        // A quote's own quotation marks nest inside the note's as single ones: never ““…”“…””.
        let md = runBrief(["annual", "--year", "2023", Paths.samples.path]).1
        let notes = md.split(separator: "\n").filter { $0.hasPrefix("[^") }
        XCTAssertFalse(notes.isEmpty)
        for note in notes {
            let quote = note.drop { $0 != "“" }
            XCTAssertTrue(quote.hasPrefix("“") && quote.hasSuffix("”") && !quote.dropFirst().dropLast().contains { $0 == "“" || $0 == "”" }, String(note))
        }
        XCTAssertTrue(md.contains("第 19 行：“‘市政务公开先进集体’‘第八届中国创新挑战赛（上海）优”"), md)
        // Nor are the same words given under two numbers: two quotes of one line that read alike
        // once trimmed are one note (the budget's 547,443万元 and the increase after it).
        for year in ["2021", "2023", "2024"] {
            let brief = runBrief(["annual", "--year", year, Paths.samples.path]).1
            let texts = brief.split(separator: "\n").filter { $0.hasPrefix("[^") }.map { $0.drop { $0 != " " } }
            XCTAssertEqual(Set(texts).count, texts.count, year)
            if year == "2024" { XCTAssertTrue(brief.contains("| 一般公共预算支出 | 547,443 万元\u{2060}[^1] | 较 2023 年预算增加 70,526 万元\u{2060}[^1] |"), brief) }
        }
    }

    // MARK: many units

    /// Five district commissions over two years (the work summary with each one's name and
    /// the years shifted): the index has a row per unit with its annual briefs and diffs,
    /// the annual brief ranks the units on the metrics they share, right after its 要点,
    /// and lists only national and municipal honours (the rest on each unit's page).
    func testManyUnitsStayNavigable() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in"), out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let summary = try String(contentsOfFile: putuo, encoding: .utf8)
        let districts = ["徐汇", "长宁", "静安", "杨浦", "闵行"]
        for (i, d) in districts.enumerated() {
            for year in [2022, 2023] {
                var text = summary.replacingOccurrences(of: "普陀", with: d)
                    .replacingOccurrences(of: "2022", with: String(year - 1)).replacingOccurrences(of: "2023", with: String(year))
                // A figure that differs by unit and year: 技术合同 1250 件.
                text = text.replacingOccurrences(of: "1250 件", with: "\(1000 + 10 * i + year - 2022) 件")
                try text.write(to: input.appendingPathComponent("\(d)-\(year).txt"), atomically: true, encoding: .utf8)
            }
        }
        let (status, _, err) = runBrief(["build", input.path, "--out", out.path])
        XCTAssertEqual(status, .success, err)
        let index = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
        for d in districts {
            let row = index.split(separator: "\n").first { $0.hasPrefix("| 上海市\(d)区科学技术委员会 |") }.map(String.init) ?? ""
            XCTAssertTrue(row.contains("(unit-上海市\(d)区科学技术委员会.md)") && row.contains("[2023](annual-2023.md)")
                          && row.contains("[2022–2023](diff-上海市\(d)区科学技术委员会-work-summary-2022-2023.md)"), row)
        }
        let annual = try String(contentsOf: out.appendingPathComponent("annual-2023.md"), encoding: .utf8)
        let league = try XCTUnwrap(annual.range(of: "### 技术合同（5 个单位）"))
        XCTAssertLessThan(league.lowerBound, try XCTUnwrap(annual.range(of: "## 上海市")).lowerBound, "the ranking comes before the units")
        let ranks = annual[league.upperBound...].split(separator: "\n").filter { $0.hasPrefix("| 1 |") || $0.hasPrefix("| 5 |") }.prefix(2)
        XCTAssertTrue(ranks.first?.contains("闵行") == true && ranks.last?.contains("徐汇") == true, "\(ranks)")
        XCTAssertTrue(annual.contains("名单见[历年数据](unit-"), "lower levels are counted, listed on the unit page")
        let html = try String(contentsOf: out.appendingPathComponent("annual-2023.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<details class=\"reorder\"><summary>按变化排序</summary>"))
        XCTAssertEqual(BriefingTests.unbalancedTags(html), [])
    }
}
