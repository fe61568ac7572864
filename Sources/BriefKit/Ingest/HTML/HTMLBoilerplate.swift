/// Lines of page furniture that survive inside an article's container: counters and
/// tools (浏览次数, 字号 大 中 小, 打印本页, 关闭窗口, 分享到), the information bar
/// (发布时间, 来源, 索引号), neighbouring-article links and copyright lines. Only short lines
/// are judged, so a sentence that mentions 来源 stays.
enum HTMLBoilerplate {
    /// Any of these anywhere in a short line.
    /// A page's counters: furniture when they open the line or a figure or colon follows
    /// (浏览次数：1234); a key-figure card's label (平台年访问量) names the figure below it.
    static let counters = ["浏览次数", "浏览量", "阅读次数", "阅读量", "点击数", "点击量", "访问量", "访问次数"]
    static let markers = ["字号", "字体：", "打印本页", "【打印",
                          "打印此页", "关闭窗口", "【关闭", "关闭本页", "分享到", "返回顶部", "收藏本页", "加入收藏", "扫一扫", "上一篇", "下一篇",
                          "版权所有", "ICP备", "公网安备", "网站标识码", "当前位置", "您的位置", "您现在的位置", "责任编辑"]
    /// Labels that open a line of the information bar.
    static let labels = ["发布时间", "发布日期", "发文日期", "信息来源", "来源：", "来源:", "作者：", "索引号", "发布机构", "生成日期", "主题分类", "文号：", "【字体"]
    static let shortLine = 80

    static func isBoilerplate(_ line: String) -> Bool {
        guard line.scalarCount <= shortLine else { return false }
        if markers.contains(where: { line.hasBytes($0) }) { return true }
        let t = line.trimmingBlanks
        if counters.contains(where: { isCounter(t, $0) }) { return true }
        return labels.contains { t.utf8.starts(with: $0.utf8) }
    }

    static func isCounter(_ line: String, _ counter: String) -> Bool {
        guard let r = line.range(of: counter) else { return false }
        let before = line[..<r.lowerBound].unicodeScalars.filter { !"【[（( ".unicodeScalars.contains($0) }
        if before.isEmpty { return true }
        let after = line[r.upperBound...].unicodeScalars.first { $0 != " " }
        return after.map { $0 == "：" || $0 == ":" || QuantityScanner.isDigit($0) } ?? false
    }
}
