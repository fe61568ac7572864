"""Decoding rules for n40–n42 (see README "Decoding"). A quote must be a substring of one decoded line."""
import json, re
from html.parser import HTMLParser

BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "thead", "tbody", "tr",
         "caption", "header", "nav", "footer", "article", "aside", "section", "main", "body"}
SKIP = {"head", "title", "script", "style", "noscript"}


class _P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.skip, self.cells = [], "", 0, None

    def _flush(self):
        t = re.sub(r"[ \t\n\r\f]+", " ", self.cur).strip(" ")
        if t:
            self.lines.append(t)
        self.cur = ""

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag == "br":
            self._flush()
        elif tag == "tr":
            self._flush()
            self.cells = []
        elif tag in ("td", "th"):
            self.cur = ""
        elif tag in BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        elif tag in ("td", "th") and self.cells is not None:
            self.cells.append(re.sub(r"[ \t\n\r\f]+", " ", self.cur).strip(" "))
            self.cur = ""
        elif tag == "tr":
            self.lines.append("\t".join(self.cells))
            self.cells, self.cur = None, ""
        elif tag in BLOCK:
            self._flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur += data

    def close(self):
        super().close()
        self._flush()


def html_lines(src):
    p = _P()
    p.feed(src)
    p.close()
    return p.lines


def lines_for(path):
    """n40/n41: list of lines. n42: dict title -> (date, [title] + paragraph lines)."""
    raw = open(path, "rb").read().decode("utf-8")
    if path.endswith(".txt"):
        return raw.split("\n")
    if path.endswith(".html"):
        return html_lines(raw)
    feed = json.loads(raw)
    return {a["title"]: (a["publish_time"][:10], [a["title"]] + html_lines(a["content"])) for a in feed}
