"""Decoding rules of h14 (see README "Decoding"): what a quote is a substring of.

lines_for(path) ->
  .txt  (n51) UTF-8, no BOM, CRLF. Split on "\r\n"; lines kept exactly (U+3000 indents, full-width brackets).
  .html (n52) UTF-8. The visible text of <body> (heldout13's n49 rules): <head>, <title>, <script>, <style>,
        <noscript> skipped; block elements and <br> end a line; inline tags (span b strong em a sup) are removed
        with no separator (so `<b>3</b><b>6家</b>` -> `36家`); entities unescaped; <td>/<th> cells of a <tr>
        joined by TAB; ASCII whitespace runs collapse; empty lines dropped. Page chrome (nav, crumb, meta,
        related links, footer) is decoded too.
  .md   (n53) UTF-8, LF. Split on "\n"; lines kept exactly, Markdown syntax included (`| … |` rows, `[^1]`,
        `## 2.`); the front matter lines are lines too. Quotes are substrings of raw lines.
  .json (n54) {"rss":{"channel":{…,"item":[…]}}}. Returns {guid: (date, lines)}: date = the date of `pubDate`
        (RFC 822, `+0800` or `GMT`) in Asia/Shanghai (UTC+8); lines = [title] + html lines of `description`.
        A description wrapped in `<![CDATA[ … ]]>` is unwrapped; one that is entity-escaped HTML (`&lt;p&gt;`,
        no CDATA) is unescaped once, then parsed. `link`, `guid`, channel fields are metadata.
"""
import datetime, email.utils, html, json, re
from html.parser import HTMLParser

CST = datetime.timezone(datetime.timedelta(hours=8))


# ------------------------------------------------------------------ .html
BLOCK = {"html", "body", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead",
         "tbody", "tfoot", "tr", "caption", "form", "header", "footer", "nav", "section", "article", "aside",
         "main", "dl", "dt", "dd", "blockquote", "pre", "hr", "figure", "figcaption"}
SKIP = {"script", "style", "title", "head", "noscript"}


class _Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.buf, self.skip, self.cells = [], [], 0, 0

    def flush(self):
        s = "".join(self.buf).strip(" ")
        if "\t" in s:
            s = "\t".join(c.strip(" ") for c in s.split("\t"))
        if s.strip():
            self.lines.append(s)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
            return
        if tag == "br":
            self.flush()
            return
        if tag in ("td", "th"):
            if self.cells:
                self.buf.append("\t")
            self.cells += 1
            return
        if tag in BLOCK:
            self.flush()
            if tag == "tr":
                self.cells = 0

    def handle_startendtag(self, tag, attrs):
        if tag in ("br", "hr"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(re.sub(r"[ \t\r\n\f]+", " ", data))


def html_lines(src):
    p = _Blocks()
    p.feed(src)
    p.close()
    p.flush()
    return p.lines


# ------------------------------------------------------------------ .json
def date_of(rfc822):
    return email.utils.parsedate_to_datetime(rfc822).astimezone(CST).strftime("%Y-%m-%d")


def body(desc):
    d = desc.strip()
    if d.startswith("<![CDATA[") and d.endswith("]]>"):
        return d[9:-3]
    if "&lt;" in d and "<" not in d:
        return html.unescape(d)
    return d


def feed(path):
    data = json.loads(open(path, encoding="utf-8").read())
    return {it["guid"]: (date_of(it["pubDate"]), [it["title"]] + html_lines(body(it["description"])))
            for it in data["rss"]["channel"]["item"]}


def lines_for(path):
    if path.endswith(".json"):
        return feed(path)
    text = open(path, encoding="utf-8", newline="").read()
    if path.endswith(".html"):
        return html_lines(text)
    if path.endswith(".txt"):
        return text.split("\r\n")
    return text.split("\n")
