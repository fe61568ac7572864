"""How the four documents are decoded into lines of text for quoting (see README.md)."""
import html, json, re
from datetime import datetime, timezone, timedelta

CST = timezone(timedelta(hours=8))


def read_text(path):
    """.txt: UTF-16 when the file starts with a BOM (FF FE / FE FF), else UTF-8.
    Lines are split on LF; a CR before the LF is dropped (n22 has CRLF)."""
    raw = open(path, "rb").read()
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = raw.decode("utf-16")
    else:
        text = raw.decode("utf-8")
    return [l[:-1] if l.endswith("\r") else l for l in text.split("\n")]


CELL_SEP = re.compile(r"</t[dh]>\s*<t[dh][^>]*>", re.I)
TAG = re.compile(r"<[^>]*>")


def html_line(raw):
    """One raw HTML line -> its visible text: a cell boundary (</td><td>, </th><th>) becomes
    a tab, all other tags are removed, entities are unescaped, outer whitespace is stripped."""
    s = CELL_SEP.sub("\t", raw)
    s = TAG.sub("", s)
    return html.unescape(s).strip()


def read_html(path):
    """Returns (raw lines, decoded lines), index-aligned."""
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, [html_line(l) for l in raw]


BREAK = re.compile(r"(</p>|<br\s*/?>)", re.I)


def wechat_content(s):
    """news_item.content -> text: a newline after every </p> and <br>, all tags removed,
    entities unescaped (&nbsp; becomes U+00A0). Nothing else is changed."""
    s = BREAK.sub(lambda m: m.group(1) + "\n", s)
    s = TAG.sub("", s)
    return html.unescape(s)


def read_feed(path):
    """freepublish/batchget JSON -> {article: {date, title, lines}}.
    article = item.article_id + '_' + position of the news_item (1-based);
    date = content.create_time (Unix seconds) as a Beijing-time (UTC+8) date."""
    doc = json.load(open(path, encoding="utf-8"))
    out = {}
    for it in doc["item"]:
        t = it["content"]["create_time"]
        date = datetime.fromtimestamp(t, CST).strftime("%Y-%m-%d")
        for n, ni in enumerate(it["content"]["news_item"], start=1):
            out[f'{it["article_id"]}_{n}'] = {
                "date": date,
                "title": ni["title"],
                "lines": wechat_content(ni["content"]).split("\n"),
            }
    return out
