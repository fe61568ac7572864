#!/usr/bin/env python3
"""Write docs/ from the sources in src/raw/ (run from anywhere; H9_DOCS=dir writes elsewhere).

n32: raw/n32.txt (a small page markup, see render_n32) is rendered as `pdftotext -layout` output of a
     项目支出绩效自评报告: portrait pages 92 columns wide, a landscape page for 表2, paragraphs wrapped at 80 display
     columns (digit groups kept whole, kinsoku), tables laid out with spaces at fixed column starts, multi-line
     cells and cells vertically centred in their row, the footer `第 N 页 共 M 页` centred on every page, and a
     form feed at every page end. UTF-8, LF.
n33: raw/n33.txt (UTF-8, one paragraph per line) is written as a Notepad "ANSI" save on a Chinese Windows:
     GBK/GB18030 bytes, CRLF, no BOM and no charset declaration.
n34: raw/n34_feed.py (ARTICLES) is dumped as a JSON array, indent 2, ensure_ascii=True (every non-ASCII
     character is a \\uXXXX escape, so the file is pure ASCII), LF.
n35: raw/n35.html (UTF-8, LF) is written with a UTF-8 byte-order mark in front.
"""
import importlib.util, json, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
DOCS = os.environ.get("H9_DOCS") or os.path.join(HERE, "..", "docs")
NAMES = {"n32": "n32_huangpu_kw_jxzp2025.txt", "n33": "n33_chongming_fgw_zqpg2022.txt",
         "n34": "n34_shwl_feed2025.json", "n35": "n35_sis_tjgb2025.html"}

# ------------------------------------------------------------------ n32: pdftotext -layout
MARGIN = 6            # left margin of body text (columns)
TEXT_W = 80           # wrap width of paragraphs (display columns, from the margin)
PAGE_W = {"portrait": 92, "landscape": 128}
NO_START = set("，。、；：？！）》”’%％")
NO_END = set("（《“‘")


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(par, first_indent=4):
    tokens = re.findall(r"[0-9][0-9,.%]*|[A-Za-z]+|.", par)
    out, line, col = [], " " * first_indent, first_indent
    for tok in tokens:
        w = dw(tok)
        if line.strip() and col + w > TEXT_W and tok not in NO_START:
            carry = ""
            while line and line[-1] in NO_END:
                carry, line = line[-1] + carry, line[:-1]
            out.append(line.rstrip())
            line, col = carry, dw(carry)
        line += tok
        col += w
    if line.strip():
        out.append(line.rstrip())
    return [" " * MARGIN + l for l in out]


def place(line, col, text):
    """Put text at display column col of line (pad with spaces; at least one space after earlier text)."""
    cur = dw(line)
    if cur > col:
        return line + " " + text
    return line + " " * (col - cur) + text


def render_table(starts, rows):
    out = []
    for r in rows:
        cells = [c.split("⏎") if c else [] for c in r.split("|")]
        if len(cells) != len(starts):
            raise SystemExit(f"n32 table row has {len(cells)} cells, not {len(starts)}: {r}")
        h = max(1, max(len(c) for c in cells))
        lines = [""] * h
        for col, parts in zip(starts, cells):
            off = (h - len(parts)) // 2
            for k, p in enumerate(parts):
                lines[off + k] = place(lines[off + k], col, p)
        out += [l.rstrip() for l in lines]
    return out


def render_n32(src):
    pages, cur, orient, table = [], [], "portrait", None
    for raw in src.split("\n"):
        if table is not None:
            if raw == "@/T":
                cur += render_table(table[0], table[1])
                table = None
            else:
                table[1].append(raw)
            continue
        if not raw:
            continue
        tag, _, rest = raw.partition(" ")
        width = PAGE_W[orient]
        if tag == "@PAGE":
            pages.append((orient, cur))
            cur, orient = [], (rest or "portrait")
        elif tag == "@BLANK":
            cur.append("")
        elif tag == "@C":
            cur.append(" " * max(0, (width - dw(rest)) // 2) + rest if rest else "")
        elif tag == "@L":
            cur.append(" " * MARGIN + rest)
        elif tag == "@L2":
            a, b = rest.split("|")
            cur.append(place(" " * MARGIN + a, 52, b))
        elif tag == "@H":
            cur.append(" " * MARGIN + rest)
        elif tag == "@R":
            cur.append(" " * (MARGIN + TEXT_W - dw(rest)) + rest)
        elif tag == "@P":
            cur += wrap(rest)
        elif tag == "@T":
            table = ([int(x) for x in rest.split()], [])
        else:
            raise SystemExit(f"n32: unknown line {raw!r}")
    pages.append((orient, cur))
    out = []
    total = len(pages)
    for n, (orient, lines) in enumerate(pages, start=1):
        foot = f"第 {n} 页 共 {total} 页"
        body = [""] + lines + ["", "", " " * ((PAGE_W[orient] - dw(foot)) // 2) + foot, ""]
        out.append("\n".join(body))
    return "\f".join(out) + "\f"


# ------------------------------------------------------------------ n34: JSON feed
def build_n34():
    spec = importlib.util.spec_from_file_location("n34_feed", os.path.join(RAW, "n34_feed.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return json.dumps(mod.ARTICLES, ensure_ascii=True, indent=2) + "\n"


def main():
    os.makedirs(DOCS, exist_ok=True)
    src = open(os.path.join(RAW, "n32.txt"), encoding="utf-8").read()
    with open(os.path.join(DOCS, NAMES["n32"]), "w", encoding="utf-8", newline="\n") as f:
        f.write(render_n32(src))
    src = open(os.path.join(RAW, "n33.txt"), encoding="utf-8").read()
    with open(os.path.join(DOCS, NAMES["n33"]), "wb") as f:
        f.write(src.replace("\n", "\r\n").encode("gbk"))  # GBK is a subset of GB18030
    with open(os.path.join(DOCS, NAMES["n34"]), "w", encoding="ascii", newline="\n") as f:
        f.write(build_n34())
    src = open(os.path.join(RAW, "n35.html"), encoding="utf-8").read()
    with open(os.path.join(DOCS, NAMES["n35"]), "wb") as f:
        f.write(b"\xef\xbb\xbf" + src.encode("utf-8"))
    print("wrote", DOCS)


if __name__ == "__main__":
    main()
