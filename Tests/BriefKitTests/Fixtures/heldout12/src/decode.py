"""Decoding rules of h12 (see README "Decoding"): what a quote is a substring of.

lines_for(path) ->
  .txt  the bytes start with FF FE: UTF-16LE (n44), the BOM is not text. Otherwise UTF-8 if they decode as
        UTF-8, else GB18030 (n43; GBK is not enough: the contact line holds U+2C029, a four-byte GB18030
        sequence). Split on "\n"; a "\r" before the "\n" is dropped (n44 is CRLF). Lines are otherwise kept
        exactly: layout spaces, and the "\f" that pdftotext puts at the start of the first line of pages 2 and 3.
  .md   UTF-8, split on "\n"; the Markdown is not rendered (a quote keeps `**`, pipes and `[^1]`).
  .json (n45) the freepublish/batchget answer. Returns {article: (date, lines)} where, for every entry of `item`
        and every news_item i (1-based) whose `is_deleted` is false, article = f"{article_id}_{i}",
        date = the entry's top-level `update_time` (Unix seconds) as a date in Asia/Shanghai (UTC+8), and
        lines = [title] + html_lines(content).
html_lines(html) -> the visible text: block elements (section p div h1-h6 ul ol li table tr blockquote figure
        figcaption …) and <br> end a line; inline tags (span strong b em a img sub sup) are removed with no
        separator, so `<span>1,3</span><span>86</span>` gives `1,386`; entities are unescaped (`&nbsp;` stays
        U+00A0); runs of ASCII whitespace collapse to one space; lines are trimmed of ASCII spaces; empty lines
        are dropped.
"""
import datetime, json, re
from html.parser import HTMLParser

BLOCK = {"p", "div", "section", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "thead", "tbody",
         "tr", "caption", "header", "nav", "footer", "article", "aside", "main", "body", "blockquote", "figure",
         "figcaption", "pre", "hr"}
SKIP = {"head", "title", "script", "style", "noscript"}
CST = datetime.timezone(datetime.timedelta(hours=8))


class _P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.skip = [], "", 0

    def _flush(self):
        t = re.sub(r"[ \t\n\r\f]+", " ", self.cur).strip(" ")
        if t:
            self.lines.append(t)
        self.cur = ""

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag == "br" or tag in BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
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


def read_text(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le"), "utf-16-le"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def date_of(ts):
    return datetime.datetime.fromtimestamp(ts, CST).strftime("%Y-%m-%d")


def feed(path):
    data = json.loads(open(path, "rb").read().decode("utf-8"))
    out = {}
    for it in data["item"]:
        for i, n in enumerate(it["content"]["news_item"], 1):
            if n["is_deleted"]:
                continue
            out[f"{it['article_id']}_{i}"] = (date_of(it["update_time"]), [n["title"]] + html_lines(n["content"]))
    return out


def lines_for(path):
    if path.endswith(".json"):
        return feed(path)
    text, _ = read_text(path)
    return [l[:-1] if l.endswith("\r") else l for l in text.split("\n")]
