"""Decoding rules of heldout8 (see README "Decoding"): what a quote is a substring of.

text_lines(path)     -> .txt / .md: UTF-8, split on "\n" (no "\r" in these files); lines kept exactly.
html_lines(path)     -> .html: UTF-8 (a "\r" before "\n" is plain whitespace); the visible text of <body>, one line
                        per block element, table rows with their cells joined by TAB.
wechat_parts(path)   -> (title_lines, content_lines, other_lines) of a saved WeChat page: the lines of
                        h1#activity-name, of div#js_content, and of everything else in <body>.
lines_for(path)      -> the lines a quote of that document may come from (for n30 only title + js_content).
"""
import re
from html.parser import HTMLParser

BLOCK = {"html", "body", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead",
         "tbody", "tfoot", "tr", "caption", "form", "header", "footer", "nav", "section", "article", "aside",
         "dl", "dt", "dd", "blockquote", "pre", "hr"}
SKIP = {"script", "style", "title", "head", "noscript"}


class _Blocks(HTMLParser):
    """Block-level text extraction. Inline tags (span strong em a b i img mp-style-type …) are removed with no
    separator, block tags and <br> end the current line, <td>/<th> cells of one <tr> are joined by TAB.
    Runs of ASCII whitespace (space, TAB, CR, LF, FF) collapse to one space; U+00A0 from &nbsp; is kept; each line
    is trimmed of ASCII spaces only, and so is every cell of a table row. Every line is tagged with the region it came from ("title" for
    h1#activity-name, "content" for div#js_content, "" otherwise)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.buf, self.skip, self.cells = [], [], 0, 0
        self.region, self.region_tag, self.region_depth = "", None, 0

    def flush(self):
        s = "".join(self.buf).strip(" ")
        if "\t" in s:  # a table row: each cell is trimmed of ASCII spaces (the indentation between <th>s)
            s = "\t".join(c.strip(" ") for c in s.split("\t"))
        if s.strip():
            self.lines.append((self.region, s))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
            return
        a = dict(attrs)
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
        if self.region_tag == tag:
            self.region_depth += 1
        elif not self.region and tag in ("div", "h1"):
            ident = a.get("id")
            if ident in ("js_content", "activity-name"):
                self.region = "content" if ident == "js_content" else "title"
                self.region_tag, self.region_depth = tag, 1

    def handle_startendtag(self, tag, attrs):
        if tag in ("br", "hr"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in BLOCK:
            self.flush()
        if self.region_tag == tag:
            self.region_depth -= 1
            if self.region_depth == 0:
                self.region, self.region_tag = "", None

    def handle_data(self, data):
        if self.skip:
            return
        self.buf.append(re.sub(r"[ \t\r\n\f]+", " ", data))


def _parse(path):
    p = _Blocks()
    p.feed(open(path, encoding="utf-8", newline="").read())
    p.close()
    p.flush()
    return p.lines


def text_lines(path):
    return open(path, encoding="utf-8", newline="").read().split("\n")


def html_lines(path):
    return [s for _, s in _parse(path)]


def wechat_parts(path):
    parts = {"title": [], "content": [], "": []}
    for region, s in _parse(path):
        parts[region].append(s)
    return parts["title"], parts["content"], parts[""]


def lines_for(path):
    if path.endswith("n30_smesc_wechat2025.html"):
        title, content, _ = wechat_parts(path)
        return title + content
    if path.endswith(".html"):
        return html_lines(path)
    return text_lines(path)
