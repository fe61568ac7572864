"""Writes docs/ from src/raw/ (H12_DOCS=dir writes elsewhere). Byte-reproducible.

n43: raw/n43.txt (UTF-8) is laid out as `pdftotext -layout` output and encoded as GB18030 (no BOM, LF):
     `@HEADER` -> the running header, right-aligned at display column 104;
     `@FOOTER` -> the centred footer `第 N 页`; every page but the last is followed by `\f`, which pdftotext
                  puts at the start of the next page's first line;
     `@T|a|b|c|d|e|f` -> a table row: label a at column 4, cells b and c right-aligned to columns 46 and 58,
                  label d at column 62, cells e and f right-aligned to columns 96 and 108 (display columns,
                  CJK and full-width characters count 2). Every gap is at least two spaces.
n44: raw/n44.txt (UTF-8, LF) -> UTF-16LE with a BOM (FF FE) and CRLF line ends.
n45: raw/n45_feed.py FEED -> compact JSON as the API sends it: ensure_ascii=False, no spaces, every "/" written
     as "\\/" (the escaping WeChat's servers use), no trailing newline.
n46: raw/n46.md copied as it is (UTF-8, LF).
"""
import json, os, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
OUT = os.environ.get("H12_DOCS", os.path.join(HERE, "..", "docs"))
NAMES = {"n43": "n43_yangpu_kw_jsjg2025.txt", "n44": "n44_jinshan_kw_zwgk2025.txt",
         "n45": "n45_chongming_kx_wxfb2025.json", "n46": "n46_baoshan_czj_ysbg2025.md"}
HEADER = "杨浦区科委2025年度部门决算"


def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad_to(line, col):
    return line + " " * max(0, col - w(line))


def right(line, cell, end):
    if not cell:
        return line
    out = pad_to(line, end - w(cell))
    assert out == line or out.endswith("  ") or line.strip() == "", (line, cell)
    return out + cell


def row(cells):
    a, b, c, d, e, f = cells
    line = " " * 4 + a
    line = right(line, b, 46)
    line = right(line, c, 58)
    if d:
        line = pad_to(line, 62)
        assert line.endswith("  ")
        line += d
    line = right(line, e, 96)
    line = right(line, f, 108)
    return line.rstrip(" ")


def n43():
    out, page = [], 0
    for l in open(os.path.join(RAW, "n43.txt"), encoding="utf-8").read().split("\n")[:-1]:
        if l == "@HEADER":
            out.append(("\f" if page else "") + " " * (104 - w(HEADER)) + HEADER)
        elif l == "@FOOTER":
            page += 1
            out.append(" " * 50 + f"第 {page} 页")
        elif l.startswith("@T|"):
            out.append(row(l[3:].split("|")))
        else:
            out.append(l)
    return ("\n".join(out) + "\n").encode("gb18030")


def n44():
    text = open(os.path.join(RAW, "n44.txt"), encoding="utf-8").read()
    return b"\xff\xfe" + text.replace("\n", "\r\n").encode("utf-16-le")


def n45():
    sys.path.insert(0, RAW)
    import n45_feed
    s = json.dumps(n45_feed.FEED, ensure_ascii=False, separators=(",", ":"))
    return s.replace("/", "\\/").encode("utf-8")


def n46():
    return open(os.path.join(RAW, "n46.md"), "rb").read()


def main():
    os.makedirs(OUT, exist_ok=True)
    for k, f in (("n43", n43), ("n44", n44), ("n45", n45), ("n46", n46)):
        with open(os.path.join(OUT, NAMES[k]), "wb") as fh:
            fh.write(f())


if __name__ == "__main__":
    main()
