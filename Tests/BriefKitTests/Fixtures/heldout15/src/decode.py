"""Decoding rules of h15 (see README "Decoding"): what a quote is a substring of.

lines_for(path) ->
  .txt n55 (yearbook entry) UTF-8, no BOM, LF. Split on "\n"; lines kept exactly (U+3000 indents, 【】 heads, the
        U+3000 U+3000 separated table rows).
  .txt n57 (PDF text of a 决算) **GB18030**, LF; pages separated by a form feed U+000C that pdftotext puts in front
        of the next page's first line. Decode with gb18030, delete every "\f", split on "\n". Lines kept exactly
        (runs of ASCII spaces in the table rows, U+3000 indents, page headers and `— N —` footers are lines too).
  .html n56 UTF-8. The visible text of <body> (heldout13/14 rules): <head>, <title>, <meta>, <script>, <style>,
        <noscript> skipped; block elements and <br> end a line; inline tags (span b strong em a sup) removed with no
        separator (`<strong>周宏远：</strong>谢谢` -> `周宏远：谢谢`); entities unescaped; <td>/<th> cells of a
        <tr> joined by TAB; ASCII whitespace runs collapse; empty lines dropped. Chrome is decoded too.
  .md  n58 UTF-8 **with BOM**, LF. Decode with utf-8-sig (the BOM is not part of line 1), split on "\n"; lines kept
        exactly, Markdown included (`# …`, `1. **创新主体持续壮大。** …`)."""
import re
from html.parser import HTMLParser

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


def lines_for(path):
    raw = open(path, "rb").read()
    if path.endswith(".html"):
        return html_lines(raw.decode("utf-8"))
    if path.endswith(".md"):
        return raw.decode("utf-8-sig").split("\n")
    if "n57" in path.rsplit("/", 1)[-1]:
        return raw.decode("gb18030").replace("\f", "").split("\n")
    return raw.decode("utf-8").split("\n")
