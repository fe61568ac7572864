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
        "id": ["文章标识符aid", "aid", "id", "articleId", "文章id", "msgid"],
        "title": ["标题title", "title", "标题", "headline"],
        "url": ["链接url", "url", "link", "链接", "content_url"],
        "date": ["时间time", "time", "date", "时间", "publish_time", "pubDate", "published"],
        "publisher": ["公众号名称", "publisher", "account", "source", "author", "nickname", "来源"],
        "content": ["finalContent", "content", "text", "body", "正文", "内容"],
    ]

    /// True when the value looks like an article feed: an array of objects having at least
    /// a title or content field from the table.
    public static func isFeed(_ value: JSONValue) -> Bool {
        guard case let .array(items) = value, let first = items.first, case .object = first else { return false }
        return field("content", in: first) != nil || field("title", in: first) != nil
    }

    static func field(_ name: String, in object: JSONValue) -> String? {
        for key in fieldNames[name] ?? [] {
            if let v = object[key]?.stringValue { return v }
        }
        return nil
    }

    /// \r → \n, byte for byte (untouched when there is none, the common case).
    static func crToNewline(_ s: String) -> String {
        guard hasByte(13, in: s) else { return s }
        var bytes = Array(s.utf8)
        for i in bytes.indices where bytes[i] == 13 { bytes[i] = 10 }
        return String(decoding: bytes, as: UTF8.self)
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
        guard case let .array(items) = value else {
            throw BriefError(.input, "a feed must be a JSON array of article objects", at: SourceLocation(file: file))
        }
        var result: [Article] = []
        for (i, item) in items.enumerated() {
            guard case .object = item else {
                throw BriefError(.input, "feed item \(i + 1) is not an object", at: SourceLocation(file: file))
            }
            // WeChat exports break lines with a bare \r; a byte-for-byte swap to \n keeps
            // offsets into the decoded content valid while giving us ordinary lines. The
            // ingestor's reader already swapped the escapes; this catches other callers.
            // Exports keep the page's character references (&nbsp;, &amp;): the article is
            // read, and its offsets count, in the decoded text.
            let content = decoded(crToNewline(field("content", in: item) ?? ""))
            result.append(Article(
                id: field("id", in: item) ?? "\(i + 1)",
                title: withoutNoBreakSpaces(decoded(field("title", in: item) ?? "")),
                url: field("url", in: item) ?? "",
                date: field("date", in: item) ?? "",
                publisher: field("publisher", in: item) ?? "",
                content: content))
        }
        return result
    }
}
