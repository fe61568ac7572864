"""Decoding rules of h13 (see README "Decoding"): what a quote is a substring of.

lines_for(path) ->
  .txt  (n47) UTF-8, LF, split on "\n"; lines kept exactly (U+3000 indents, the full-width `．` of list numbers).
  .docx (n48) word/document.xml: the children of w:body in order, then the footnotes of word/footnotes.xml.
        w:p  -> the w:t text across runs in document order (so `<w:t>1</w:t>…<w:t>,126.8</w:t>` gives `1,126.8`);
                w:tab -> TAB; w:br / w:cr -> a line break. Text inside w:ins counts. Not text: w:pPr, w:rPr,
                w:del (its w:delText), w:footnoteReference (the superscript mark), w:proofErr, w:instrText.
        w:tbl -> one line per w:tr, the w:tc cells joined by TAB.
        footnotes -> one line per paragraph of each w:footnote without w:type (separators -1 and 0 skipped); the
                space after the footnoteRef mark stays at the start of the line.
        Headers, footers, docProps and styles are not text.
  .html (n49) UTF-8. The visible text of <body>: <head>, <title>, <script>, <style>, <noscript> and comments are
        skipped; block elements (p div h1-h6 li ul ol table thead tbody tr caption header nav footer …) and <br> end
        a line; inline tags (a b span sup strong em small) are removed with no separator; entities unescaped; the
        <td>/<th> cells of a <tr> joined by TAB, each cell trimmed of ASCII spaces (a U+3000 indent in a cell stays);
        runs of ASCII whitespace collapse to one space; lines trimmed of ASCII spaces; empty lines dropped.
  .json (n50) {"items": [...]}. Returns {id: (date, lines)}: date = the date of `published_at` (ISO 8601 with
        offset) in Asia/Shanghai (UTC+8); lines = [headline] + html lines of `body_html` (rules of .html, with
        <li> a block). `source` is metadata, not text. The file escapes every CJK character as \\uXXXX;
        JSON parsing undoes that.
"""
import datetime, json, re, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CST = datetime.timezone(datetime.timedelta(hours=8))


# ------------------------------------------------------------------ .docx
def _runs(el, out):
    for ch in el:
        tag = ch.tag
        if tag in (W + "pPr", W + "rPr", W + "del", W + "tcPr", W + "trPr", W + "instrText"):
            continue
        if tag == W + "t":
            out.append(ch.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        else:  # w:r, w:ins, w:hyperlink, w:sdt … (w:footnoteReference and w:proofErr have no text)
            _runs(ch, out)


def _para(p):
    out = []
    _runs(p, out)
    return "".join(out)


def docx_lines(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
        fn = ET.fromstring(z.read("word/footnotes.xml"))
    lines = []
    for b in root.find(W + "body"):
        if b.tag == W + "p":
            lines.extend(_para(b).split("\n"))
        elif b.tag == W + "tbl":
            for tr in b.findall(W + "tr"):
                lines.append("\t".join("".join(_para(p) for p in tc.findall(W + "p")) for tc in tr.findall(W + "tc")))
    for f in fn.findall(W + "footnote"):
        if f.get(W + "type"):
            continue
        for p in f.findall(W + "p"):
            lines.extend(_para(p).split("\n"))
    return [l for l in lines if l.strip()]


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
def date_of(iso):
    return datetime.datetime.fromisoformat(iso).astimezone(CST).strftime("%Y-%m-%d")


def feed(path):
    data = json.loads(open(path, encoding="ascii").read())
    return {it["id"]: (date_of(it["published_at"]), [it["headline"]] + html_lines(it["body_html"]))
            for it in data["items"]}


def lines_for(path):
    if path.endswith(".json"):
        return feed(path)
    if path.endswith(".docx"):
        return docx_lines(path)
    text = open(path, encoding="utf-8", newline="").read()
    if path.endswith(".html"):
        return html_lines(text)
    return text.split("\n")
