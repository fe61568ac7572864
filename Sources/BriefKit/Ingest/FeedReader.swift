#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a JSON array of article objects, mapping field names through a small table so
/// that exports from other tools fit (WeChat crawler exports use Chinese-English names).
public enum FeedReader {
    /// For each of Brief's fields, the field names accepted, in order of preference.
    public static let fieldNames: [String: [String]] = [
        "id": ["文章标识符aid", "aid", "id", "articleId", "文章id", "msgid", "guid"],
        "title": ["标题title", "title", "标题", "headline", "articleTitle"],
        "url": ["链接url", "url", "link", "链接", "content_url"],
        "date": ["时间time", "time", "date", "时间", "publish_time", "publish_at", "published_at", "publishedAt", "publish_date",
                 "pubDate", "published", "created_at", "create_time",
                 "pubTime", "pub_time", "publishTime", "createTime", "postTime", "post_time"],
        "publisher": ["公众号名称", "publisher", "account", "accountName", "account_name", "mpName", "source", "author", "nickname", "来源"],
        // `paragraphs`: a body exported as an array of paragraph strings, read a line each.
        "content": ["finalContent", "content", "text", "body", "正文", "内容", "contentText", "content_text", "articleContent", "paragraphs",
                    "body_html", "bodyHtml", "content_html", "contentHtml", "html", "article_body", "articleBody",
                    // RSS: an item's text is its description (content:encoded when the feed has it).
                    "content:encoded", "description"],
    ]

    /// True when the value looks like an article feed: an array of objects having at least
    /// a title or content field from the table.
    public static func isFeed(_ value: JSONValue) -> Bool {
        guard let first = entries(of: value)?.first?.item, case .object = first else { return false }
        return field("content", in: first) != nil || field("title", in: first) != nil
    }

    /// True when no entry has a body: titles alone, as a data API's records may be named
    /// (`[{"title": "营业收入", "value": "5,386.25"}]`).
    static func hasNoBodies(_ value: JSONValue) -> Bool {
        !(entries(of: value) ?? []).contains { field("content", in: $0.item) != nil }
    }

    /// One article object of an export, with what its container says of it.
    struct Entry {
        var item: JSONValue
        var id: String? = nil
        var date: String? = nil
        /// The export's account (`{"account": {"owner": …}, "items": […]}`), for items that name none.
        var publisher: String? = nil
    }

    /// The article objects of an export: a plain array; WeChat's freepublish/batchget and
    /// material batchget (`{"item": [{"article_id", "content": {"news_item": […]}}]}`), one
    /// article per news item, its id `article_id_N` and its date the Beijing day of
    /// `create_time`; or an object holding the array under articles/list/data/items.
    static func entries(of value: JSONValue) -> [Entry]? {
        if case let .array(items) = value { return items.map { Entry(item: $0) } }
        guard case .object = value else { return nil }
        if let items = value["item"]?.arrayValue {
            var result: [Entry] = []
            for item in items {
                let content = item["content"]
                guard let news = content?["news_item"]?.arrayValue else { result.append(Entry(item: item)); continue }
                let base = item["article_id"]?.stringValue ?? item["media_id"]?.stringValue
                let time = content?["create_time"]?.stringValue ?? item["update_time"]?.stringValue ?? content?["update_time"]?.stringValue
                for (k, n) in news.enumerated() {
                    result.append(Entry(item: n, id: base.map { "\($0)_\(k + 1)" }, date: time.flatMap(beijingDay)))
                }
            }
            return result
        }
        let account = value["account"].flatMap { $0.stringValue ?? $0["owner"]?.stringValue ?? $0["name"]?.stringValue }
            ?? value["account_name"]?.stringValue ?? value["nickname"]?.stringValue
        for key in ["articles", "list", "data", "items", "records", "rows", "posts", "results"] {
            if let items = value[key]?.arrayValue, case .object? = items.first { return items.map { Entry(item: $0, publisher: account) } }
        }
        // An RSS feed turned to JSON (`{"rss": {"channel": {"title": …, "item": […]}}}`): the
        // channel's items, its title their publisher.
        for key in ["rss", "channel", "feed"] {
            if let inner = value[key], case .object = inner, let found = entries(of: inner) {
                let channel = inner["title"]?.stringValue ?? inner["channel"]?["title"]?.stringValue
                return found.map { var e = $0; if e.publisher == nil { e.publisher = channel ?? account }; return e }
            }
        }
        // An API's envelope (`{"code": 0, "data": {"list": […]}}`): the array one level down.
        for key in ["data", "result", "response", "payload"] {
            if let inner = value[key], case .object = inner, inner["data"] == nil, inner["result"] == nil,
               let found = entries(of: inner) {
                return found.map { var e = $0; if e.publisher == nil { e.publisher = account }; return e }
            }
        }
        return nil
    }

    /// Unix seconds as the day in Beijing (UTC+8): an article posted at 00:30 is that day's.
    static func beijingDay(_ seconds: String) -> String? {
        // Up to the year 9999: a larger number is no time (and would overflow the sum below).
        guard let t = Int(seconds), t > 0, t < 253_402_300_800 else { return nil }
        let days = (t + 8 * 3600) / 86400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))"
    }

    /// An article body in HTML (WeChat's `content`): its text a block per line, as a web
    /// page's is read. Plain text is returned as it is.
    static func bodyText(_ s: String) -> String {
        // HTML written with its marks escaped (an RSS description: `&lt;p&gt;…`) is HTML once
        // unescaped; a CDATA wrapper is no text.
        var s = s
        if !hasByte(UInt8(ascii: "<"), in: s), s.hasBytes("&lt;p&gt;") || s.hasBytes("&lt;br") || s.hasBytes("&lt;div") { s = decoded(s) }
        if s.hasBytes("<![CDATA[") { s = s.replacingOccurrences(of: "<![CDATA[", with: "").replacingOccurrences(of: "]]>", with: "") }
        guard hasByte(UInt8(ascii: "<"), in: s), ["<p", "<br", "<span", "<div", "<section", "<img", "<h"].contains(where: { s.hasBytes($0) }) else {
            return decoded(s)
        }
        let tree = HTMLTree(Array(s.utf8))
        return HTMLTextRenderer.lines(of: 0, in: tree).joined(separator: "\n")
    }

    static func field(_ name: String, in object: JSONValue, excluding skipped: String? = nil) -> String? {
        for key in fieldNames[name] ?? [] where key != skipped {
            if let v = object[key]?.stringValue { return v }
            if let lines = object[key]?.arrayValue, !lines.isEmpty {
                let texts = lines.compactMap(\.stringValue)
                if texts.count == lines.count { return texts.joined(separator: "\n") }
            }
        }
        return nil
    }

    /// An item's body under a name the table lacks (`正文html`, `article_text`): the longest
    /// string of 40 characters or more that is no title, link, date or publisher — first among
    /// fields named like a body (body, content, text, html, desc, 正文, 内容), else any; never
    /// a link or path (a cover image's URL is long too).
    static func longestText(in object: JSONValue) -> String? {
        guard case .object(let members) = object else { return nil }
        let known = Set(["title", "url", "date", "publisher", "id"].flatMap { fieldNames[$0] ?? [] })
        func longest(_ accept: (String) -> Bool) -> String? {
            var best: String? = nil, bestCount = 39
            for (key, value) in members where !known.contains(key) && accept(key) {
                guard let text = value.stringValue, !text.startsWithBytes("http"), !text.startsWithBytes("/") else { continue }
                let n = text.unicodeScalars.count
                if n > bestCount { best = text; bestCount = n }
            }
            return best
        }
        let bodyWords = ["body", "content", "text", "html", "desc", "正文", "内容"]
        return longest { key in let k = key.lowercased(); return bodyWords.contains { k.contains($0) } } ?? longest { _ in true }
    }

    /// A date as Brief keeps it: Unix seconds and ISO 8601 times with a zone (`2025-12-31T16:30:00Z`)
    /// as the day in Beijing; anything else as written.
    static func day(_ raw: String) -> String {
        let t = raw.trimmingSpaces
        if (t.utf8.count == 10 || t.utf8.count == 13), t.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            return beijingDay(t.utf8.count == 13 ? String(t.prefix(10)) : t) ?? raw
        }
        return (isoSeconds(t) ?? rfc822Seconds(t)).flatMap { beijingDay(String($0)) } ?? raw
    }

    /// Unix seconds of an RSS date (`Tue, 04 Nov 2025 09:30:00 +0800`, `30 Sep 2025 17:30 GMT`);
    /// nil for anything else.
    static func rfc822Seconds(_ s: String) -> Int? {
        var parts = s.split(separator: " ").map(String.init)
        if let first = parts.first, first.hasSuffix(",") { parts.removeFirst() }
        guard parts.count >= 4, let d = Int(parts[0]), (1...31).contains(d), let year = Int(parts[2]), (1900...2999).contains(year),
              let mo = months.firstIndex(of: parts[1].prefix(3).lowercased()) else { return nil }
        let time = parts[3].split(separator: ":")
        guard time.count >= 2, time.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }) else { return nil }
        let zone = parts.count >= 5 ? parts[4] : "GMT"
        let offset: String
        if zone == "GMT" || zone == "UT" || zone == "UTC" || zone == "Z" { offset = "Z" }
        else if zone.utf8.count == 5, zone.first == "+" || zone.first == "-" { offset = zone }
        else { return nil }
        let iso = String(format: "%04d-%02d-%02dT%@:%@:%@", year, mo + 1, d, String(time[0]), String(time[1]), time.count > 2 ? String(time[2]) : "00") + offset
        return isoSeconds(iso)
    }
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Unix seconds of `YYYY-MM-DDTHH:MM[:SS][.fff](Z|±HH:MM|±HHMM)`; nil without a zone.
    static func isoSeconds(_ s: String) -> Int? {
        let b = Array(s.utf8)
        func num(_ from: Int, _ n: Int) -> Int? {
            guard from + n <= b.count else { return nil }
            var v = 0
            for c in b[from..<(from + n)] { guard c >= 48, c <= 57 else { return nil }; v = v * 10 + Int(c - 48) }
            return v
        }
        guard b.count >= 17, b[4] == 45, b[7] == 45, b[10] == 84 || b[10] == 32, b[13] == 58,
              let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2), let mi = num(14, 2),
              (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60 else { return nil }
        var i = 16
        var sec = 0
        if i < b.count, b[i] == 58, let v = num(i + 1, 2) { sec = v; i += 3 }
        if i < b.count, b[i] == 46 { i += 1; while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 } }
        guard i < b.count else { return nil }
        var offset = 0
        if b[i] == 90 || b[i] == 122 { offset = 0 }
        else if b[i] == 43 || b[i] == 45, let oh = num(i + 1, 2) {
            let om = (i + 3 < b.count && b[i + 3] == 58) ? num(i + 4, 2) : num(i + 3, 2)
            offset = (oh * 60 + (om ?? 0)) * 60 * (b[i] == 43 ? 1 : -1)
        } else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let yy = mo <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146097 + doe - 719468
        return days * 86400 + h * 3600 + mi * 60 + sec - offset
    }

    /// \r → \n, byte for byte (untouched when there is none, the common case).
    static func crToNewline(_ s: String) -> String {
        guard hasByte(13, in: s) else { return s }
        var bytes = Array(s.utf8)
        for i in bytes.indices where bytes[i] == 13 { bytes[i] = 10 }
        return UncheckedUTF8.decoding(bytes)
    }

    /// Whether the byte occurs in the string's UTF-8, by memchr.
    static func hasByte(_ byte: UInt8, in s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { b in
            b.baseAddress.map { memchr($0, Int32(byte), b.count) != nil } ?? false
        } ?? s.utf8.contains(byte)
    }

    /// U+00A0 → space; Foundation's replace only when there is one (C2 A0 in UTF-8): it
    /// costs more than the rest of reading a feed. Both bytes are looked for: A0 alone is
    /// the last byte of many Chinese characters (张, 研).
    static func withoutNoBreakSpaces(_ s: String) -> String {
        guard hasByte(0xA0, in: s), s.hasBytes("\u{A0}") else { return s }
        return s.replacingOccurrences(of: "\u{A0}", with: " ")
    }

    static func decoded(_ s: String) -> String {
        // memchr, not `utf8.contains`: an article's content is tens of kilobytes.
        guard hasByte(UInt8(ascii: "&"), in: s) else { return s }
        let bytes = Array(s.utf8)
        return HTMLEntities.decode(bytes, 0..<bytes.count)
    }

    public static func articles(from value: JSONValue, file: String) throws -> [Article] {
        guard let entries = entries(of: value) else {
            throw BriefError(.input, "a feed must be a JSON array of article objects (or a WeChat freepublish/batchget export)", at: SourceLocation(file: file))
        }
        var result: [Article] = []
        for (i, entry) in entries.enumerated() {
            let item = entry.item
            guard case .object = item else {
                throw BriefError(.input, "feed item \(i + 1) is not an object", at: SourceLocation(file: file))
            }
            // WeChat exports break lines with a bare \r; a byte-for-byte swap to \n keeps
            // offsets into the decoded content valid while giving us ordinary lines. The
            // ingestor's reader already swapped the escapes; this catches other callers.
            // Exports keep the page's character references (&nbsp;, &amp;): the article is
            // read, and its offsets count, in the decoded text.
            let content = bodyText(crToNewline(field("content", in: item) ?? longestText(in: item) ?? ""))
            result.append(Article(
                id: entry.id ?? field("id", in: item) ?? "\(i + 1)",
                title: withoutNoBreakSpaces(decoded(field("title", in: item) ?? "")),
                url: field("url", in: item) ?? "",
                date: field("date", in: item).map(day) ?? entry.date ?? "",
                // An item's author is a person or a short name: the export's account comes first.
                publisher: field("publisher", in: item, excluding: "author") ?? entry.publisher ?? field("publisher", in: item) ?? "",
                content: content))
        }
        return result
    }
}
