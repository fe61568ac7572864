#!/usr/bin/env python3
"""Write docs/ from the sources in src/raw/ (run from anywhere; H8_DOCS=dir writes elsewhere).

n28: raw/n28.txt (one paragraph per line) is rendered as the text a PDF extractor gives without -layout for a
     公文-format PDF: 28 full-width columns a line (a half-width character is half a column), digit groups and
     Latin words kept whole, kinsoku (no line starts with ，。、；：？！）》”’%), 22 body lines a page, the page
     number `— N —` at the foot of every page, and from page 2 on a running header. `@FLUSH ` lines are not
     wrapped (title block, headings, signature). UTF-8, LF, no form feeds.
n29: raw/n29.md is copied as it is (UTF-8 Markdown, LF).
n30: raw/n30.html is copied as it is (a WeChat article saved from a browser, UTF-8, LF).
n31: raw/n31.html (LF) is written with CRLF line ends (a district government page, UTF-8, as served).
"""
import os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
DOCS = os.environ.get("H8_DOCS") or os.path.join(HERE, "..", "docs")

COLS = 56  # half-width units (28 full-width characters)
LINES_PER_PAGE = 22
HEADER = "上海市虹口区科学技术委员会2025年工作总结和2026年工作打算"
NO_START = set("，。、；：？！）》”’%％")
NO_END = set("（《“‘")


def width(s):
    return sum(1 if ord(c) < 0x2000 else 2 for c in s)


def wrap(par):
    tokens = re.findall(r"[0-9][0-9,.%]*|[A-Za-z]+|.", par)
    out, line = [], ""
    for tok in tokens:
        if line and width(line) + width(tok) > COLS and tok not in NO_START:
            carry = ""
            while line and line[-1] in NO_END:
                carry, line = line[-1] + carry, line[:-1]
            out.append(line)
            line = carry
        line += tok
    if line:
        out.append(line)
    return out


def render_n28(src):
    body = []
    for raw in src.splitlines():
        if not raw.strip():
            continue
        if raw.startswith("@FLUSH "):
            body.append(raw[len("@FLUSH "):])
        else:
            body.extend(wrap(raw))
    pages = [body[i:i + LINES_PER_PAGE] for i in range(0, len(body), LINES_PER_PAGE)]
    out = []
    for n, lines in enumerate(pages, start=1):
        if n > 1:
            out += [HEADER, ""]
        out += lines
        out += ["", f"— {n} —", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def main():
    os.makedirs(DOCS, exist_ok=True)
    src = open(os.path.join(RAW, "n28.txt"), encoding="utf-8").read()
    with open(os.path.join(DOCS, "n28_hongkou_kw_zj2025.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(render_n28(src))
    for raw, name in (("n29.md", "n29_ssei_csr2025.md"), ("n30.html", "n30_smesc_wechat2025.html")):
        shutil.copyfile(os.path.join(RAW, raw), os.path.join(DOCS, name))
    src = open(os.path.join(RAW, "n31.html"), encoding="utf-8").read()
    with open(os.path.join(DOCS, "n31_jinshan_jw_ys2026.html"), "w", encoding="utf-8", newline="") as f:
        f.write(src.replace("\n", "\r\n"))  # CRLF, as served by the district CMS
    print("wrote", DOCS)


if __name__ == "__main__":
    main()
