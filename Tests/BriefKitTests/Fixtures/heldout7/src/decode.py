"""Decoding rules for the three containers of heldout7 (see README "Decoding").

docx_lines(path)  -> list of lines (word/document.xml: one paragraph or one table row per block)
html_lines(path)  -> list of lines (GB18030 bytes; visible text of each block element; table rows tab-joined)
feed_articles(path) -> {aid: {"title", "date", "lines"}} (finalContent split on \r / \n)
"""
import html, json, re, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# ------------------------------------------------------------------ .docx
def _para_text(p):
    """Text of one <w:p>: every w:t in document order (w:t inside w:ins included; w:delText and
    w:instrText are not w:t and are skipped), <w:tab/> -> TAB, <w:br/>/<w:cr/> -> newline.
    The paragraph properties (w:pPr, which may hold tab-stop definitions) are not text."""
    out = []
    for child in p:
        if child.tag == WNS + "pPr":
            continue
        for el in child.iter():
            if el.tag == WNS + "t":
                out.append(el.text or "")
            elif el.tag == WNS + "tab":
                out.append("\t")
            elif el.tag in (WNS + "br", WNS + "cr"):
                out.append("\n")
    return "".join(out)


def docx_lines(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(WNS + "body")
    lines = []
    for block in body:
        if block.tag == WNS + "p":
            lines.extend(_para_text(block).split("\n"))
        elif block.tag == WNS + "tbl":
            for tr in block.iter(WNS + "tr"):
                cells = []
                for tc in tr.findall(WNS + "tc"):
                    # a cell's paragraphs are joined with nothing (every cell here has one paragraph)
                    cells.append("".join(_para_text(p) for p in tc.findall(WNS + "p")))
                lines.append("\t".join(cells))
    return lines


# ------------------------------------------------------------------ .html (GB18030)
BLOCK = {"html", "head", "body", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
         "table", "thead", "tbody", "tr", "form", "header", "footer", "nav", "section", "article",
         "dl", "dt", "dd", "blockquote", "pre", "hr"}
SKIP = {"script", "style", "title", "head"}


class _Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.buf, self.skip, self.cells = [], [], 0, 0

    def flush(self):
        s = "".join(self.buf)
        s = s.strip(" ")
        if s.strip():
            self.lines.append(s)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
            return
        if tag == "br":
            self.flush()
        elif tag in ("td", "th"):
            if self.cells:
                self.buf.append("\t")
            self.cells += 1
        elif tag in BLOCK:
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
        # HTML white-space collapsing: runs of ASCII whitespace become one space (U+00A0 is kept)
        self.buf.append(re.sub(r"[ \t\r\n\f]+", " ", data))


def html_text(path):
    return open(path, "rb").read().decode("gb18030")


def html_lines(path):
    p = _Blocks()
    p.feed(html_text(path))
    p.close()
    p.flush()
    return p.lines


# ------------------------------------------------------------------ JSON feed
def feed_articles(path):
    arts = {}
    for a in json.load(open(path, encoding="utf-8")):
        arts[a["文章标识符aid"]] = {
            "title": a["标题title"],
            "date": a["时间time"],
            "lines": re.split(r"[\r\n]", a["finalContent"]),
        }
    return arts
