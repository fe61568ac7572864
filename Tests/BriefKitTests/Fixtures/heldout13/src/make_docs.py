#!/usr/bin/env python3
"""Writes docs/ from src/raw/ (H13_DOCS=dir writes elsewhere). Byte-reproducible.

n47: raw/n47.txt (UTF-8, LF, U+3000 indents) is copied as it is.
n48: raw/n48.txt, a small markup, is built into a Word .docx with zipfile (10 parts, fixed timestamps):
     block lines  T text (style Title) | C text (centred) | H1 text / H2 text (styles Heading1 / Heading2) |
                  P text (body paragraph) | TBL … /TBL (one w:tbl, one row per line, cells split at '|') |
                  FN id text (a footnote in word/footnotes.xml)
     inline       '¦' ends a w:r run (so `1¦,126.8` is two runs, `<w:t>1</w:t>…<w:t>,126.8</w:t>`), with a
                  w:proofErr pair and an empty w:r (rPr only, no w:t) between the runs;
                  '⟦fn:N⟧' a w:footnoteReference (Word shows a superscript N; not text); '⟦del:X⟧' a tracked deletion (w:del / w:delText X; not text); '⟦ins:X⟧' a tracked
                  insertion (w:ins, text); '⟦br⟧' a w:br line break.
n49: raw/n49.html (UTF-8, LF) is copied as it is.
n50: raw/n50_feed.py FEED is dumped with indent=2 and ensure_ascii=True (every CJK character is a \\uXXXX
     escape in the file), with a final newline.
"""
import json, os, re, sys, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
OUT = os.environ.get("H13_DOCS", os.path.join(HERE, "..", "docs"))
NAMES = {"n47": "n47_jingan_zf_zfgzbg2026.txt", "n48": "n48_sstm_kjg2025.docx",
         "n49": "n49_putuo_tjj_tjyb2025.html", "n50": "n50_ssia_feed2025.json"}

WNS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
RPR = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/><w:sz w:val="32"/></w:rPr>'
AUTH = 'w:author="sstm-bgs" w:date="2026-01-19T09:40:00Z"'


class Ids:
    n = 200

    def __call__(self):
        Ids.n += 1
        return Ids.n


ids = Ids()


def run(s):
    return f'<w:r>{RPR}<w:t xml:space="preserve">{escape(s)}</w:t></w:r>' if s else ""


def empty_run():
    return f"<w:r>{RPR}</w:r>"


def inline(text):
    xml, parts = "", re.split(r"(⟦[^⟧]*⟧|¦)", text)
    for tok in parts:
        if not tok:
            continue
        if tok == "¦":
            xml += '<w:proofErr w:type="gramStart"/>' + empty_run() + '<w:proofErr w:type="gramEnd"/>'
            continue
        if not tok.startswith("⟦"):
            xml += run(tok)
            continue
        kind, _, arg = tok[1:-1].partition(":")
        if kind == "fn":
            xml += (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{arg}"/></w:r>')
        elif kind == "del":
            xml += (f'<w:del w:id="{ids()}" {AUTH}><w:r>{RPR}<w:delText xml:space="preserve">{escape(arg)}'
                    f'</w:delText></w:r></w:del>')
        elif kind == "ins":
            xml += f'<w:ins w:id="{ids()}" {AUTH}>' + inline(arg) + "</w:ins>"
        elif kind == "br":
            xml += "<w:r><w:br/></w:r>"
        else:
            raise ValueError(tok)
    return xml


def para(text, style=None, jc=None):
    ppr = ""
    if style or jc:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + (f'<w:jc w:val="{jc}"/>' if jc else "") + "</w:pPr>"
    return f"<w:p>{ppr}{inline(text)}</w:p>"


def table(rows):
    n = len(rows[0])
    grid = "".join('<w:gridCol w:w="2800"/>' for _ in range(n))
    xml = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/></w:tblPr>'
           f"<w:tblGrid>{grid}</w:tblGrid>")
    for i, r in enumerate(rows):
        xml += "<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else "")
        for c in r:
            xml += f'<w:tc><w:tcPr><w:tcW w:w="2800" w:type="dxa"/></w:tcPr>{para(c, jc="center")}</w:tc>'
        xml += "</w:tr>"
    return xml + "</w:tbl>"


STYLES = HDR + f'''<w:styles {WNS}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:sz w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>'''

CT = HDR + '''<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'''
RELS = HDR + '''<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>'''
DOC_RELS = HDR + '''<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>'''
CORE = HDR + '''<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>上海科技馆2025年度工作报告</dc:title><dc:creator>sstm-bgs</dc:creator><cp:revision>12</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-19T09:40:00Z</dcterms:modified></cp:coreProperties>'''
APP = HDR + '''<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Pages>6</Pages><Words>3120</Words><Characters>3560</Characters></Properties>'''
HEADER = HDR + f'<w:hdr {WNS}><w:p><w:pPr><w:jc w:val="right"/></w:pPr>{run("上海科技馆2025年度工作报告")}</w:p></w:hdr>'
FOOTER = HDR + (f'<w:ftr {WNS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>')


def n48():
    body, notes, tbl = [], [], None
    for line in open(os.path.join(RAW, "n48.txt"), encoding="utf-8").read().split("\n"):
        if not line:
            continue
        if tbl is not None:
            if line == "/TBL":
                body.append(table(tbl)); tbl = None
            else:
                tbl.append(line.split("|"))
            continue
        tag, _, text = line.partition(" ")
        if tag == "TBL":
            tbl = []
        elif tag == "T":
            body.append(para(text, "Title"))
        elif tag == "C":
            body.append(para(text, jc="center"))
        elif tag in ("H1", "H2"):
            body.append(para(text, "Heading" + tag[1]))
        elif tag == "P":
            body.append(para(text))
        elif tag == "FN":
            i, _, t = text.partition(" ")
            notes.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                         '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                         f'{run(" " + t)}</w:p></w:footnote>')
        else:
            raise ValueError(line)
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
            'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    doc = HDR + f'<w:document {WNS}><w:body>' + "".join(body) + sect + "</w:body></w:document>"
    fns = (HDR + f'<w:footnotes {WNS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           + "".join(notes) + "</w:footnotes>")
    parts = [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("docProps/core.xml", CORE), ("docProps/app.xml", APP),
             ("word/document.xml", doc), ("word/_rels/document.xml.rels", DOC_RELS), ("word/styles.xml", STYLES),
             ("word/footnotes.xml", fns), ("word/header1.xml", HEADER), ("word/footer1.xml", FOOTER)]
    path = os.path.join(OUT, NAMES["n48"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, (2026, 1, 19, 9, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


def copy(k, src):
    with open(os.path.join(OUT, NAMES[k]), "wb") as f:
        f.write(open(os.path.join(RAW, src), "rb").read())


def n50():
    sys.path.insert(0, RAW)
    import n50_feed
    with open(os.path.join(OUT, NAMES["n50"]), "w", encoding="ascii", newline="\n") as f:
        f.write(json.dumps(n50_feed.FEED, ensure_ascii=True, indent=2) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    copy("n47", "n47.txt")
    n48()
    copy("n49", "n49.html")
    n50()


if __name__ == "__main__":
    main()
