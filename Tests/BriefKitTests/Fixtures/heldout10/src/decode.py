"""Decoding rules of h10 (see README "Decoding"): what a quote is a substring of.

docx_lines(path)  -> .docx (n36): word/document.xml, the children of w:body in order (a block-level w:sdt is
                     walked through its w:sdtContent), then the footnotes of word/footnotes.xml. Headers, footers,
                     docProps and relationship targets are not text.
                     * w:p: the w:t text of the paragraph in document order; w:tab -> TAB; w:br / w:cr -> a line
                       break. Not text: w:pPr, w:rPr, w:delText, w:instrText (field codes), everything inside
                       w:moveFrom (the old place of a moved passage), w:footnoteReference / w:footnoteRef (the
                       superscript mark), bookmarks and w:lastRenderedPageBreak. Text inside w:ins, w:moveTo,
                       w:hyperlink, w:fldSimple, an inline w:sdt and a complex field's result counts.
                     * w:tbl: one line per w:tr, the w:tc cells joined by TAB (a w:gridSpan cell is ONE cell, its
                       paragraphs joined with nothing).
                     * footnotes: one line per paragraph of each footnote that has no w:type (the separator
                       footnotes -1 and 0 are skipped); the leading space after the footnoteRef mark stays.
html_lines(path)  -> .html (n37): UTF-8. The visible text of <body>: <head>, <title>, <script>, <style>,
                     <noscript> and comments are skipped; one line per block element (p div h1-h6 li ul table tr
                     header nav footer article aside blockquote …) and per <br>; inline tags (a span b i small
                     strong em time wbr) removed with no separator; entities and numeric character references
                     unescaped (&#19975; -> 万, &gt; -> >); the <td>/<th> cells of a <tr> joined by TAB, each cell
                     trimmed of ASCII spaces; runs of ASCII whitespace collapse to one space; lines trimmed of
                     ASCII spaces.
text_lines(path)  -> .txt (n38): UTF-16LE when the file starts with FF FE (the BOM is not text), else UTF-8.
                     Split on "\n" (n38 has LF only; a "\r" before "\n" would be dropped). Lines kept exactly,
                     U+3000 indentation and TABs included.
md_lines(path)    -> .md (n39): UTF-8, LF, split on "\n". The Markdown is NOT rendered: a quote is a raw
                     substring of a line, so `**`, pipes and the escaped pipe `\\|` stay.
lines_for(path)   -> the lines of that document.
"""
import re, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# ------------------------------------------------------------------ .docx
def _runs_text(el, out):
    for ch in el:
        tag = ch.tag
        if tag in (W + "pPr", W + "rPr", W + "moveFrom", W + "del", W + "sdtPr", W + "tcPr", W + "trPr"):
            continue
        if tag == W + "t":
            out.append(ch.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        else:  # w:r, w:ins, w:moveTo, w:hyperlink, w:fldSimple, w:sdt, w:sdtContent, w:smartTag …
            _runs_text(ch, out)


def _para(p):
    out = []
    _runs_text(p, out)
    return "".join(out)


def _blocks(parent, lines):
    for b in parent:
        if b.tag == W + "p":
            lines.extend(_para(b).split("\n"))
        elif b.tag == W + "tbl":
            for tr in b.findall(W + "tr"):
                lines.append("\t".join("".join(_para(p) for p in tc.findall(W + "p")) for tc in tr.findall(W + "tc")))
        elif b.tag == W + "sdt":
            content = b.find(W + "sdtContent")
            if content is not None:
                _blocks(content, lines)


def docx_lines(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
        fn = ET.fromstring(z.read("word/footnotes.xml")) if "word/footnotes.xml" in z.namelist() else None
    lines = []
    _blocks(root.find(W + "body"), lines)
    if fn is not None:
        for f in fn.findall(W + "footnote"):
            if f.get(W + "type"):
                continue
            for p in f.findall(W + "p"):
                lines.extend(_para(p).split("\n"))
    return lines


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
        if self.skip:
            return
        self.buf.append(re.sub(r"[ \t\r\n\f]+", " ", data))


def html_lines(path):
    text = open(path, encoding="utf-8", newline="").read()
    p = _Blocks()
    p.feed(text)
    p.close()
    p.flush()
    return p.lines


# ------------------------------------------------------------------ .txt / .md
def read_text(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le"), "utf-16-le"
    return raw.decode("utf-8"), "utf-8"


def text_lines(path):
    text, _ = read_text(path)
    return [l[:-1] if l.endswith("\r") else l for l in text.split("\n")]


def md_lines(path):
    return open(path, encoding="utf-8", newline="").read().split("\n")


def lines_for(path):
    if path.endswith(".docx"):
        return docx_lines(path)
    if path.endswith(".html"):
        return html_lines(path)
    if path.endswith(".md"):
        return md_lines(path)
    return text_lines(path)
