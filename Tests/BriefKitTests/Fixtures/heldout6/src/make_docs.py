#!/usr/bin/env python3
"""Write /work/heldout6/docs/ from src/raw/ (run from anywhere).

n21: raw/n21.txt uses a tiny page markup and is rendered as `pdftotext -layout` output
     (running header, centred page number, form feed at every page end, paragraphs
     wrapped at 80 display columns, `⏎` = forced line break inside a paragraph).
n22: raw/n22.txt is encoded as UTF-16LE with BOM and CRLF line ends.
n23: raw/n23.html is copied as it is (UTF-8).
n24: raw/n24_feed.py builds the freepublish/batchget JSON.
"""
import os, re, unicodedata, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
DOCS = os.path.join(HERE, "..", "docs")

WIDTH = 80


def dw(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def wrap_safe(text, indent):
    """Greedy wrap that keeps digit groups together."""
    tokens = re.findall(r"[0-9][0-9,.%]*|.", text, flags=re.S)
    out, line, col = [], " " * indent, indent
    for tok in tokens:
        if tok == "⏎":
            out.append(line.rstrip())
            line, col = "", 0
            continue
        w = sum(dw(c) for c in tok)
        if col + w > WIDTH and tok not in NO_LINE_START:
            out.append(line.rstrip())
            line, col = "", 0
            if tok == " ":
                continue
        line += tok
        col += w
    out.append(line.rstrip())
    return out


NO_LINE_START = set("，。、；：？！）”’%")  # kinsoku: these hang at the line end

HEADER = " " * 42 + "上海市信息安全测评认证中心 2025 年度社会责任报告"


def render_n21(src):
    pages, cur = [], []
    for raw in src.splitlines():
        if raw == "@COVER":
            continue
        if raw in ("@PAGE", "@END"):
            pages.append(cur)
            cur = []
            continue
        if raw.startswith("@P "):
            cur.extend(wrap_safe(raw[3:], 4))
        else:
            cur.append(raw)
    out = []
    for n, lines in enumerate(pages, start=1):
        body = []
        if n > 1:
            body += [HEADER, ""]
        body += lines
        while body and body[-1] == "":
            body.pop()
        body += ["", ""]
        if n > 1:
            body.append(" " * 39 + str(n))
        out.append("\n".join(body) + "\n")
    return "\f".join(out) + "\f"


def main():
    os.makedirs(DOCS, exist_ok=True)
    src = open(os.path.join(RAW, "n21.txt"), encoding="utf-8").read()
    open(os.path.join(DOCS, "n21_shtec_csr2025.txt"), "w", encoding="utf-8", newline="\n").write(render_n21(src))

    p = os.path.join(RAW, "n22.txt")
    if os.path.exists(p):
        txt = open(p, encoding="utf-8").read()
        txt = txt.replace("\r\n", "\n").replace("\n", "\r\n")
        open(os.path.join(DOCS, "n22_minhang_kw_zj2025.txt"), "wb").write(b"\xff\xfe" + txt.encode("utf-16-le"))

    p = os.path.join(RAW, "n23.html")
    if os.path.exists(p):
        open(os.path.join(DOCS, "n23_sjsj_bmys2025.html"), "wb").write(open(p, "rb").read())

    p = os.path.join(RAW, "n24_feed.py")
    if os.path.exists(p):
        spec = importlib.util.spec_from_file_location("n24_feed", p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        open(os.path.join(DOCS, "n24_scom_wechat2025.json"), "w", encoding="utf-8").write(m.render())


if __name__ == "__main__":
    main()
