"""Decoding rules of h9 (see README "Decoding"): what a quote is a substring of.

text_lines(path)   -> .txt: the bytes are UTF-8 when they decode as UTF-8 (n32), otherwise GB18030 (n33, saved by
                      Notepad as "ANSI" on a Chinese Windows, no BOM, no declaration). Split on "\n"; a "\r" before
                      the "\n" is dropped (n33 is CRLF). n32's form feeds stay where pdftotext puts them: "\f" is the
                      first character of the line that follows a page end, so a quote never starts at a page top.
                      Lines are otherwise kept exactly as stored (spaces included).
feed_articles(path)-> .json (n34): the parsed array; per article the lines a quote may come from are its `title` and
                      each element of `paragraphs` (one element = one line; none holds "\n"). `article` is
                      `articleId`, `date` is `pubTime` (epoch milliseconds) as a UTC+8 date.
html_lines(path)   -> .html (n35): UTF-8; a leading BOM is not text. The visible text of the page, skipping <head>,
                      <title>, <script>, <style>; one line per block element (p div h1-h6 li table tr header nav
                      footer main article …) and per <br>; inline tags (a span strong em img) removed with no
                      separator; the <td>/<th> cells of one <tr> joined by TAB, each cell trimmed of ASCII spaces;
                      runs of ASCII whitespace collapse to one space; &nbsp; stays U+00A0; lines trimmed of ASCII
                      spaces.
lines_for(path)    -> the lines a quote of that document may come from (n34: every title and paragraph).
"""
import datetime, json, re
from html.parser import HTMLParser

BLOCK = {"html", "body", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead",
         "tbody", "tfoot", "tr", "caption", "form", "header", "footer", "nav", "section", "article", "aside",
         "main", "dl", "dt", "dd", "blockquote", "pre", "hr", "figure", "figcaption"}
SKIP = {"script", "style", "title", "head", "noscript"}
UTC8 = datetime.timezone(datetime.timedelta(hours=8))


def read_text(path):
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def text_lines(path):
    text, _ = read_text(path)
    return [l[:-1] if l.endswith("\r") else l for l in text.split("\n")]


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
        if self.skip:
            return
        self.buf.append(re.sub(r"[ \t\r\n\f]+", " ", data))


def html_lines(path):
    text = open(path, encoding="utf-8-sig", newline="").read()
    p = _Blocks()
    p.feed(text)
    p.close()
    p.flush()
    return p.lines


def feed_articles(path):
    return json.load(open(path, encoding="utf-8"))


def article_date(a):
    return datetime.datetime.fromtimestamp(a["pubTime"] / 1000, UTC8).strftime("%Y-%m-%d")


def article_lines(a):
    return [a["title"]] + list(a["paragraphs"])


def lines_for(path):
    if path.endswith(".json"):
        return [l for a in feed_articles(path) for l in article_lines(a)]
    if path.endswith(".html"):
        return html_lines(path)
    return text_lines(path)
