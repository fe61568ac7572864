"""Lays out n57_paras.txt the way pdftotext renders the PDF: paragraphs wrapped at a fixed width (a CJK char counts 2
columns, ASCII 1; 76 columns), a paragraph's first line indented by two U+3000, no line starting with closing
punctuation (it stays on the line before), ASCII runs (numbers) never broken; table rows (#T) and chapter heads (#C)
kept as they are; 20 body lines a page, each page after the cover opening with the running header and ending with the
footer `— N —`; pages separated by a form feed. Writes raw/n57.txt (UTF-8; make_docs.py encodes it as GB18030); H15_N57=path writes elsewhere."""
import os, re
HERE = os.path.dirname(os.path.abspath(__file__))
W, PAGE = 76, 20
NOSTART = set("，。；：、）”％%》！？")


def width(s):
    return sum(1 if ord(c) < 128 else 2 for c in s)


def wrap(p):
    toks = re.findall(r"[\x21-\x7e]+|.", p)
    lines, cur = [], ""
    for t in toks:
        if cur and width(cur + t) > W and not (len(t) == 1 and t in NOSTART):
            lines.append(cur)
            cur = ""
        cur += t
    lines.append(cur)
    return lines


def main():
    head = None
    body = []
    for l in open(os.path.join(HERE, "n57_paras.txt"), encoding="utf-8").read().split("\n"):
        if not l:
            continue
        tag, text = l[:2], l[3:]
        if tag == "#H":
            head = text
        elif tag in ("#C", "#T"):
            body.append(text)
        else:
            first = not re.match(r"^[一二三四五六七八九十]+、", text)
            body += wrap("\u3000\u3000" + text if first else text)
    cover = ["", "上海市研发公共服务平台管理中心", "", "2024年度部门决算", "", "", "二〇二五年九月"]
    pages = [cover]
    for i in range(0, len(body), PAGE):
        n = len(pages) + 1
        pages.append([head] + body[i:i + PAGE] + [f"— {n} —"])
    out = "\n\f".join("\n".join(p) for p in pages) + "\n"
    dest = os.environ.get("H15_N57") or os.path.join(HERE, "raw", "n57.txt")
    open(dest, "w", encoding="utf-8").write(out)


if __name__ == "__main__":
    main()
