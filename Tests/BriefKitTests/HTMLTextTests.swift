import Foundation
import XCTest
@testable import BriefKit

final class HTMLTextTests: XCTestCase {
    func text(_ html: String, path: String = "p.html") throws -> String {
        try HTMLText.extract(Array(html.utf8), path: path).text
    }

    func testTheGovernmentPageGivesTheArticleOnly() throws {
        let (text, encoding, properties) = try HTMLText.extract(try Formats.bytes("summary-2023.html"), path: "summary-2023.html")
        XCTAssertEqual(encoding, .gb18030, "declared gb2312, read as GB18030")
        XCTAssertEqual(properties, DocumentProperties(title: "2023年普陀区科学技术委员会工作总结", date: "2024-02-06", dateIsPublication: true,
                                                        site: "上海市普陀区人民政府"))
        let furniture = ["首页", "无障碍浏览", "互动交流", "数据开放", "专题专栏", "政务服务", "English", "加入收藏", "关于我们", "网站地图", "当前位置", "发布时间", "浏览次数", "3,582", "字号", "打印本页", "关闭窗口", "分享到",
                         "相关信息", "区科委2024年工作要点", "版权所有", "沪ICP备", "网站标识码", "访问者", "欢迎访问", "搜索", "统计 1,234 次",
                         "_hmt", "width:1000px", "&nbsp;", "&gt;"]
        for f in furniture { XCTAssertFalse(text.contains(f), "\(f) is page furniture") }
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "普科委〔2024〕1号")
        XCTAssertTrue(lines.contains("2023 年普陀区科学技术委员会工作总结"))
        XCTAssertEqual(lines.last, "上海市普陀区科学技术委员会办公室 2024 年 2月 6日印发")
    }

    /// A press release's 发布材料 after the transcript: a data table beside the article holds
    /// little prose, so no part of it by weight, yet it is read after it. A table of links
    /// or words beside it (a related list) is not.
    func testADataTableBesideTheArticleIsRead() throws {
        let prose = String(repeating: "<p>全市商务运行总体平稳，社会消费品零售总额同比增长，外贸外资稳中有进，总部经济继续集聚。</p>", count: 8)
        let html = "<body><div class=\"wrap\"><h1>新闻发布会实录</h1><div class=\"body\">\(prose)</div>"
            + "<div class=\"attach\"><p>发布材料：主要指标</p><table><tr><td>指标</td><td>2025年</td></tr>"
            + "<tr><td>社会消费品零售总额（亿元）</td><td>18,702.6</td></tr><tr><td>货物进出口总额（亿元）</td><td>43,215.8</td></tr></table></div>"
            + "<div class=\"more\"><table><tr><td>上一篇</td><td>下一篇</td></tr></table></div></div></body>"
        let t = try text(html)
        XCTAssertTrue(t.contains("社会消费品零售总额（亿元）\t18,702.6"), t)
        XCTAssertTrue(t.contains("发布材料：主要指标"), t)
        XCTAssertFalse(t.contains("上一篇"), t)
        let article = try XCTUnwrap(t.range(of: "总部经济")), table = try XCTUnwrap(t.range(of: "18,702.6"))
        XCTAssertTrue(article.lowerBound < table.lowerBound, "the table follows the article")
        // Its figures may be written in full-width digits.
        let wide = html.replacingOccurrences(of: "18,702.6", with: "１８,７０２.６").replacingOccurrences(of: "43,215.8", with: "４３,２１５.８")
        XCTAssertTrue(try text(wide).contains("１８,７０２.６"))
    }

    func testEntitiesAreDecoded() throws {
        XCTAssertEqual(try text("<p>A&amp;B &lt;C&gt; &#x4E00;&#20013; &ldquo;引&rdquo;&nbsp;中&nbsp心 &copy;2024 &bogus;</p>"),
                       "A&B <C> 一中 “引” 中 心 ©2024 &bogus;\n")
    }

    func testTablesAreRowsOfTabSeparatedCells() throws {
        let html = "<table><thead><tr><th>项目<th>预算数</thead><tr><td>一、财政拨款收入</td><td>5,474,429,543</td></tr>"
            + "<tr><td>合计<td><table><tr><td>内</td><td>表</td></tr></table></td></tr><tr><td></td><td></td></tr></table><p>说明</p>"
        XCTAssertEqual(try text(html), "项目\t预算数\n一、财政拨款收入\t5,474,429,543\n合计\t内 表\n说明\n")
    }

    /// Cells spanning rows or columns keep every value under its own header: a rowspan
    /// leaves an empty cell in the rows below, a colspan empty cells after it.
    func testSpannedCellsAreLaidOnTheTableGrid() throws {
        let html = "<table><tr><th rowspan=\"2\">项目</th><th rowspan=\"2\">2026年预算数</th><th colspan=\"2\">比2025年执行数增减</th></tr>"
            + "<tr><th>增减额</th><th>增减率（%）</th></tr>"
            + "<tr><td colspan=\"2\">合计</td><td>-3,374.08</td><td>-7.2</td></tr><tr><td>收入</td><td>42,836.50</td><td rowspan=\"999\">1</td><td>2</td></tr></table>"
        XCTAssertEqual(try text(html), "项目\t2026年预算数\t比2025年执行数增减\t\n\t\t增减额\t增减率（%）\n合计\t\t-3,374.08\t-7.2\n收入\t42,836.50\t1\t2\n")
    }

    /// A WeChat article saved from the browser dates itself in `<em id="publish_time">`.
    func testAWeChatPageGivesItsPublishingTime() throws {
        let html = "<html><head><title>数说2025｜服务企业超12万家次</title></head><body><div id=\"meta_content\"><em id=\"publish_time\">2026年1月9日 20:15</em></div>"
            + "<div id=\"js_content\"><p>2025年，中心全年累计服务企业12.6万家次，同比增长8.4%，企业满意度达到98.1%。</p></div></body></html>"
        let (_, _, properties) = try HTMLText.extract(Array(html.utf8), path: "w.html")
        XCTAssertEqual(properties.date, "2026-01-09")
    }

    func testScriptsStylesAndHiddenTextAreLeftOut() throws {
        let html = "<html><head><style>p{color:red}</style><script>if (a < b && c > d) { x = \"<p>no</p>\" }</script></head>"
            + "<body><p>正文，第一句。</p><script type=\"text/template\"><div>模板</div></script><div style=\"display: none\">隐藏</div><p hidden>也隐藏</p><noscript>请启用</noscript><p>第二句。</p></body></html>"
        XCTAssertEqual(try text(html), "正文，第一句。\n第二句。\n")
    }

    func testWhiteSpaceCollapsesAndALineBreakBetweenChineseIsDropped() throws {
        XCTAssertEqual(try text("<p>服务\n   企业 2,599\n家，  满意度\t97.7%<br>新行 <b>加粗</b>文字</p>"), "服务企业 2,599 家， 满意度 97.7%\n新行 加粗文字\n")
    }

    func testTheArticleIsFoundByItsProseNotBySiteMarkup() throws {
        let links = (1...30).map { "<li><a href=\"/n/\($0)\">关于开展第\($0)期科技创新政策宣讲活动的通知公告</a></li>" }.joined()
        let html = """
        <html><body><div id="top"><a href="/">首页</a> <a href="/x">机构</a></div>
        <div class="wrap"><div class="left"><ul>\(links)</ul></div>
        <div class="right"><div class="t">2023年工作总结</div><div class="box">
        <p>2023年，区科委坚持创新驱动，全年认定高新技术企业67家，较上年增长12%。</p>
        <p>全年招商引进企业共计产税35238.25万元，区税10594万元。</p></div>
        <div class="tools">分享到：微信 微博</div></div></div>
        <div class="bottom">主办单位：某某区人民政府 地址：某某路1号，电话：12345678。</div></body></html>
        """
        XCTAssertEqual(try text(html), "2023年，区科委坚持创新驱动，全年认定高新技术企业67家，较上年增长12%。\n全年招商引进企业共计产税35238.25万元，区税10594万元。\n")
    }

    func testTitleAndDateFromMetaTagsHeadingsAndInfoLines() throws {
        let cases: [(String, String?, String?)] = [
            ("<meta property=\"og:title\" content=\"甲报告\"><meta property=\"article:published_time\" content=\"2024-02-06T08:00:00+08:00\"><p>正文。</p>", "甲报告", "2024-02-06"),
            ("<title>乙工作总结_某某区人民政府</title><h1>乙工作总结</h1><div>发布日期：2024年3月5日 来源：区政府</div><p>正文。</p>", "乙工作总结", "2024-03-05"),
            ("<title>丙通知 - 某网站</title><h1><img alt=\"logo\">某网站</h1><p>日期: 2023/12/1</p><p>正文。</p>", "丙通知", "2023-12-01"),
            ("<p>正文。</p>", nil, nil),
        ]
        for (html, title, date) in cases {
            let p = try HTMLText.extract(Array(html.utf8), path: "p.html").properties
            XCTAssertEqual(p.title, title, html)
            XCTAssertEqual(p.date, date, html)
        }
    }

    func testTheTitleOpensTheTextWhenTheArticleLacksIt() throws {
        let html = "<title>2023年度社会责任报告_上海软件中心</title><div class=\"content\"><p>上海软件中心专业技术服务项目 5514 项，服务企业 2599 家。</p></div>"
        XCTAssertEqual(try text(html), "2023年度社会责任报告\n\n上海软件中心专业技术服务项目 5514 项，服务企业 2599 家。\n")
    }

    func testGBKPagesByDeclarationOrByBytes() throws {
        let body = "<p>上海市普陀区科学技术委员会，认定高新技术企业 67 家。</p>"
        let gbk = { (s: String) in [UInt8](s.data(using: TextDecoding.gb18030) ?? Data()) }
        let declared = gbk("<html><head><meta charset=\"GBK\"></head><body>\(body)</body></html>")
        let undeclared = gbk("<html><body>\(body)</body></html>")
        let mislabelled = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>\(body)</body></html>".utf8)
        for (label, bytes, encoding) in [("declared", declared, TextEncoding.gb18030), ("bytes", undeclared, .gb18030), ("utf-8 labelled gb2312", mislabelled, .utf8)] {
            let (text, found, _) = try HTMLText.extract(bytes, path: "p.html")
            XCTAssertEqual(text, "上海市普陀区科学技术委员会，认定高新技术企业 67 家。\n", label)
            XCTAssertEqual(found, encoding, label)
        }
    }

    func testAPageWithoutTextIsAnErrorNamingTheFile() {
        XCTAssertThrowsError(try text("<html><body><script>x()</script><img src=a.png></body></html>", path: "empty.html")) { error in
            XCTAssertTrue("\(error)".hasPrefix("empty.html: web page without article text"), "\(error)")
        }
    }

    func testDeepNestingAndBrokenMarkupDoNotCrash() throws {
        let deep = String(repeating: "<div>", count: 5_000) + "<p>深处的文字。</p>" + String(repeating: "</div>", count: 5_000)
        XCTAssertTrue(try text(deep).contains("深处的文字。"))
        XCTAssertEqual(try text("<p>a < b <5% <p>未闭合 <b>粗<i>斜</b>尾 </i></span><p>x"), "a < b <5%\n未闭合 粗斜尾\nx\n")
    }

    func testDatesAsPagesWriteThem() {
        let cases: [(String, String?)] = [
            ("2024-02-06", "2024-02-06"), ("2024-2-6 10:00", "2024-02-06"), ("2024/02/06", "2024-02-06"), ("2024.02.06", "2024-02-06"),
            ("2024年2月6日", "2024-02-06"), ("2024 年 2 月 6 日", "2024-02-06"), ("２０２４年２月６日", "2024-02-06"),
            ("2024-13-01", nil), ("20240206", nil), ("2024年", nil), ("12345-01-01", nil),
        ]
        for (text, date) in cases { XCTAssertEqual(DateText.parse(text), date, text) }
        XCTAssertEqual(DateText.find(in: "发布时间：2024-02-06 浏览次数：12"), "2024-02-06")
    }

    /// Counters and tools of a page are furniture; a key-figure card's label is not.
    func testPageFurnitureAgainstCardLabels() {
        let cases: [(line: String, furniture: Bool)] = [
            ("浏览次数：1234", true),
            ("【字号 大 中 小】", true),
            ("本文访问量：56", true),
            ("阅读量 10万+", true),
            ("发布时间：2025-01-09", true),
            ("平台年访问量", false),
            ("网站全年访问量达1.2亿人次，同比增长8%，来源于本中心统计平台。", false),
            ("新增注册企业", false),
        ]
        for c in cases { XCTAssertEqual(HTMLBoilerplate.isBoilerplate(c.line), c.furniture, c.line) }
    }
}
