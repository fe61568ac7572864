/// A page's title and publishing date, from where government and news sites put them:
/// meta tags (`ArticleTitle`, `og:title`; `PubDate`, `article:published_time`, `dc.date`…),
/// the first heading, the `<title>` without its site name, and the information bar's
/// 发布时间 / 发布日期 / 日期 line.
enum HTMLMetadata {
    static let titleMetas = ["articletitle", "og:title", "title", "dc.title"]
    static let dateMetas = ["pubdate", "publishdate", "publish_date", "publish-date", "publishtime", "publish_time", "article:published_time",
                            "og:published_time", "datepublished", "firstpublishedtime", "dc.date.issued", "dcterms.issued", "dc.date",
                            "releasedate", "date"]
    static let dateLabels = ["发布时间", "发布日期", "发文日期", "成文日期", "印发日期", "日期", "时间"]

    static func title(of tree: HTMLTree) -> String? {
        for key in titleMetas {
            if let t = tree.metas.first(where: { $0.0 == key })?.1.trimmingBlanks, !t.isEmpty { return t }
        }
        let pageTitle = tree.title.map(siteNameRemoved)
        if let h1 = tree.first("h1") {
            let text = HTMLTextRenderer.lines(of: h1, in: tree).joined(separator: " ")
            // A logo in an <h1> names the site: trust the heading when the <title> agrees.
            if !text.isEmpty, pageTitle == nil || pageTitle.map({ compact($0).contains(compact(text)) || compact(text).contains(compact($0)) }) == true {
                return text
            }
        }
        return pageTitle.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// "2023年工作总结_上海市普陀区人民政府" → "2023年工作总结": the longest part between
    /// the separators sites put before their name.
    static func siteNameRemoved(_ title: String) -> String {
        var parts = [title]
        for separator in ["_", " - ", " | ", "|", " — ", "——", "－"] { parts = parts.flatMap { $0.components(separatedBy: separator) } }
        let trimmed = parts.map(\.trimmingBlanks).filter { !$0.isEmpty }
        return trimmed.first.map { first in first.count >= 4 ? first : trimmed.max { $0.count < $1.count } ?? first } ?? title
    }

    /// The last part of a <title> its separators part (`…_虹口要闻_上海市虹口区人民政府`): the
    /// site's name; nil for a title of one part.
    static func siteName(_ title: String) -> String? {
        var parts = [title]
        for separator in ["_", " - ", " | ", "|", " — ", "——", "－"] { parts = parts.flatMap { $0.components(separatedBy: separator) } }
        let trimmed = parts.map(\.trimmingBlanks).filter { !$0.isEmpty }
        return trimmed.count >= 2 ? trimmed.last : nil
    }

    /// The publishing date as `YYYY-MM-DD`: a meta tag's, else the first labelled date line.
    static func date(of tree: HTMLTree, pageLines: [String]) -> String? {
        for key in dateMetas {
            if let content = tree.metas.first(where: { $0.0 == key })?.1, let d = DateText.parse(content) { return d }
        }
        // A WeChat article saved from the browser shows it in `<em id="publish_time">`.
        for node in tree.nodes where node.name == "em" || node.name == "span" {
            guard node.attribute("id") == "publish_time", let t = node.children.first.map({ tree.nodes[$0].text }),
                  let d = DateText.parse(t) else { continue }
            return d
        }
        for line in pageLines where line.utf8.count <= 600 {
            for label in dateLabels {
                // By byte: Foundation's range(of:) folds Unicode on Linux and is slow.
                guard let at = line.byteOffset(of: label) else { continue }
                let after = line.utf8.index(line.utf8.startIndex, offsetBy: at + label.utf8.count)
                var rest = Substring(line[after...]).drop { $0 == " " }
                guard rest.first == "：" || rest.first == ":" else { continue }
                rest = rest.dropFirst()
                if let d = DateText.parse(rest) { return d }
            }
        }
        return nil
    }

    private static func compact(_ s: String) -> String { s.filter { !$0.isWhitespace } }
}
