"""The text of a document as its lines, the way the gold quotes read it.

- .docx: word/document.xml, body order; each w:p is one line (its w:t runs joined), each w:tr of a w:tbl is one line
  with its cells joined by a TAB (the gold README's "table rows are tab-separated").
- .md of this batch (n94): UTF-16LE with a BOM, decoded.
- everything else: UTF-8 without BOM.
Lines are split on LF; the final LF gives no extra line.
"""
import re, zipfile
import xml.etree.ElementTree as ET

WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _ptext(p):
    return "".join(t.text or "" for t in p.iter(WNS + "t"))


def docx_lines(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(WNS + "body")
    out = []
    for el in body:
        if el.tag == WNS + "p":
            out.append(_ptext(el))
        elif el.tag == WNS + "tbl":
            for tr in el.iter(WNS + "tr"):
                out.append("\t".join("".join(_ptext(p) for p in tc.iter(WNS + "p")) for tc in tr.iter(WNS + "tc")))
    return out


def raw_bytes_ok(path, raw):
    """The encoding rule of the file (an error message, or None)."""
    if path.endswith(".docx"):
        return None if raw[:2] == b"PK" else "not a zip"
    if path.endswith(".md"):
        if raw[:2] != b"\xff\xfe": return "no UTF-16LE BOM"
        t = raw[2:].decode("utf-16-le")
        return "CR or no final LF" if "\r" in t or not t.endswith("\n") else None
    if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw or not raw.endswith(b"\n"):
        return "UTF-8, LF, no BOM"
    raw.decode("utf-8")
    return None


def text(path):
    if path.endswith(".docx"):
        return "\n".join(docx_lines(path)) + "\n"
    raw = open(path, "rb").read()
    if path.endswith(".md"):
        return raw[2:].decode("utf-16-le")
    return raw.decode("utf-8")


def lines(path):
    return text(path).split("\n")[:-1]
