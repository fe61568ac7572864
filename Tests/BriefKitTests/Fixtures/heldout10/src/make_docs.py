#!/usr/bin/env python3
"""Write docs/ from the sources in src/raw/ (run from anywhere; H10_DOCS=dir writes elsewhere).

n36: raw/n36.txt (a small markup, see below) is built into a real Word .docx with zipfile: [Content_Types].xml,
     _rels/.rels, docProps/core.xml + app.xml, word/document.xml, word/_rels/document.xml.rels, word/styles.xml,
     word/footnotes.xml, word/header1.xml and word/footer1.xml. Zip timestamps and ids are fixed, so the build is
     byte-reproducible.
     Block lines:  C text (centred bold paragraph) | H text (heading) | P text (body paragraph, first-line indent)
                   SDT tag ... /SDT  (a BLOCK-level w:sdt content control wrapping the paragraphs in between)
                   TBL ... /TBL      (one w:tbl; one row per line, cells split at '|', '^N text' = w:gridSpan N)
                   FN id text        (a footnote in word/footnotes.xml)
     Inline markup: '¦' new w:r run | '⇥' w:tab | '⟦bm⟧' w:bookmarkStart+End | '⟦lrpb⟧' w:lastRenderedPageBreak
                   '⟦fn:N⟧' w:footnoteReference (renders as a superscript N, but is not text)
                   '⟦mvfrom:X⟧' / '⟦mvto:X⟧' a tracked MOVE: the old place (w:moveFrom, runs with w:t, NOT text)
                                             and the new place (w:moveTo, text)
                   '⟦fld:INSTR‖RESULT⟧' a complex field (fldChar begin / instrText / separate / RESULT / end)
                   '⟦fs:INSTR‖RESULT⟧'  a w:fldSimple whose cached result run is RESULT
                   '⟦a:RID‖TEXT⟧'       a w:hyperlink
n37: raw/n37.html (UTF-8, LF) is copied as it is.
n38: raw/n38.txt (UTF-8, LF) is written as UTF-16LE with a BOM (FF FE), keeping LF line ends.
n39: raw/n39.md (UTF-8, LF) is copied as it is.
"""
import os, re, zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
DOCS = os.environ.get("H10_DOCS") or os.path.join(HERE, "..", "docs")
NAMES = {"n36": "n36_sast_js2025.docx", "n37": "n37_fengxian_cxq2025.html", "n38": "n38_qingpu_tjgb2025.txt",
         "n39": "n39_silt_csr2025.md"}

# ------------------------------------------------------------------ n36: .docx
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
AUTHOR = 'w:author="sast-cwc" w:date="2026-08-20T10:12:00Z"'
FONT = '<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/>'


class Ids:
    def __init__(self):
        self.n = 100

    def __call__(self):
        self.n += 1
        return self.n


def rpr(bold=False, size=32, sup=False):
    p = FONT + ("<w:b/>" if bold else "") + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    if sup:
        p += '<w:vertAlign w:val="superscript"/>'
    return f"<w:rPr>{p}</w:rPr>"


def t(s):
    return f'<w:t xml:space="preserve">{escape(s)}</w:t>'


def plain_run(s, bold=False, size=32):
    out = []
    for part in re.split("(⇥)", s):
        if part == "⇥":
            out.append("<w:tab/>")
        elif part:
            out.append(t(part))
    return f"<w:r>{rpr(bold, size)}{''.join(out)}</w:r>" if out else ""


def inline_xml(text, ids, bold=False, size=32):
    xml = ""
    for tok in re.split(r"(⟦[^⟧]*⟧|¦)", text):
        if not tok or tok == "¦":
            continue
        if not tok.startswith("⟦"):
            xml += plain_run(tok, bold, size)
            continue
        kind, _, arg = tok[1:-1].partition(":")
        if kind == "bm":
            i = ids()
            xml += f'<w:bookmarkStart w:id="{i}" w:name="_Hlk{i}"/><w:bookmarkEnd w:id="{i}"/>'
        elif kind == "lrpb":
            xml += f"<w:r>{rpr(bold, size)}<w:lastRenderedPageBreak/></w:r>"
        elif kind == "fn":
            xml += f'<w:r>{rpr(bold, size, sup=True)}<w:footnoteReference w:id="{arg}"/></w:r>'
        elif kind == "mvfrom":
            i = ids()
            xml += (f'<w:moveFromRangeStart w:id="{i}" {AUTHOR} w:name="move1"/>'
                    f'<w:moveFrom w:id="{ids()}" {AUTHOR}>{plain_run(arg, bold, size)}</w:moveFrom>'
                    f'<w:moveFromRangeEnd w:id="{i}"/>')
        elif kind == "mvto":
            i = ids()
            xml += (f'<w:moveToRangeStart w:id="{i}" {AUTHOR} w:name="move1"/>'
                    f'<w:moveTo w:id="{ids()}" {AUTHOR}>{plain_run(arg, bold, size)}</w:moveTo>'
                    f'<w:moveToRangeEnd w:id="{i}"/>')
        elif kind == "fld":
            instr, res = arg.split("‖")
            r = rpr(bold, size)
            xml += (f'<w:r>{r}<w:fldChar w:fldCharType="begin"/></w:r>'
                    f'<w:r>{r}<w:instrText xml:space="preserve">{escape(instr)}</w:instrText></w:r>'
                    f'<w:r>{r}<w:fldChar w:fldCharType="separate"/></w:r>'
                    f'<w:r>{r}{t(res)}</w:r>'
                    f'<w:r>{r}<w:fldChar w:fldCharType="end"/></w:r>')
        elif kind == "fs":
            instr, res = arg.split("‖")
            xml += f'<w:fldSimple w:instr={quoteattr(instr)}>{plain_run(res, bold, size)}</w:fldSimple>'
        elif kind == "a":
            rid, txt = arg.split("‖")
            xml += f'<w:hyperlink r:id="{rid}" w:history="1">{plain_run(txt, bold, size)}</w:hyperlink>'
        else:
            raise SystemExit(f"n36: unknown inline {tok!r}")
    return xml


def para_xml(kind, text, ids):
    if kind == "C":
        ppr = '<w:jc w:val="center"/>'
        body = inline_xml(text, ids, bold=True, size=36)
    elif kind == "H":
        ppr = '<w:outlineLvl w:val="1"/>'
        body = inline_xml(text, ids, bold=True)
    else:
        ppr = '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
        if "⇥" in text:
            ppr = '<w:tabs><w:tab w:val="right" w:pos="8840"/></w:tabs>'
        body = inline_xml(text, ids)
    tabs = ""
    if ppr.startswith("<w:tabs>"):  # CT_PPr order: w:tabs comes before w:spacing
        tabs, ppr = ppr, ""
    return (f'<w:p><w:pPr>{tabs}<w:spacing w:line="560" w:lineRule="exact"/>{ppr}</w:pPr>{body}</w:p>')


def table_xml(rows, ids):
    grid = [3000, 1150, 1150, 1150, 2400, 1150, 1150, 1150]
    out = ['<w:tbl><w:tblPr><w:tblW w:w="12300" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>'
           + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
           + '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>'
           + "".join(f'<w:gridCol w:w="{g}"/>' for g in grid) + "</w:tblGrid>"]
    for r, row in enumerate(rows):
        out.append("<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if r < 2 else ""))
        col = 0
        for cell in row.split("|"):
            span = 1
            m = re.match(r"\^(\d+) (.*)", cell)
            if m:
                span, cell = int(m.group(1)), m.group(2)
            w = sum(grid[col:col + span])
            tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
            num = bool(re.fullmatch(r"[\d,.]+|⟦.*⟧", cell))
            jc = '<w:jc w:val="right"/>' if num else ('<w:jc w:val="center"/>' if r < 2 else "")
            body = inline_xml(cell, ids, bold=r < 2, size=21) if cell else ""
            out.append(f'<w:tc><w:tcPr>{tcpr}<w:vAlign w:val="center"/></w:tcPr>'
                       f'<w:p><w:pPr>{jc}</w:pPr>{body}</w:p></w:tc>')
            col += span
        if col != len(grid):
            raise SystemExit(f"n36: table row spans {col} columns: {row}")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def build_n36_parts(src):
    ids = Ids()
    body, foot, table, sdt = [], {}, None, None
    for raw in src.split("\n"):
        if not raw:
            continue
        if table is not None:
            if raw == "/TBL":
                body.append(table_xml(table, ids))
                table = None
            else:
                table.append(raw)
            continue
        tag, _, rest = raw.partition(" ")
        if tag == "TBL":
            table = []
        elif tag == "SDT":
            sdt = (rest, len(body))
        elif tag == "/SDT":
            alias, start = sdt
            inner = "".join(body[start:])
            del body[start:]
            body.append(f'<w:sdt><w:sdtPr><w:alias w:val={quoteattr(alias)}/><w:tag w:val={quoteattr(alias)}/>'
                        f'<w:id w:val="{ids()}"/><w:showingPlcHdr w:val="0"/></w:sdtPr>'
                        f'<w:sdtContent>{inner}</w:sdtContent></w:sdt>')
            sdt = None
        elif tag == "FN":
            n, _, txt = rest.partition(" ")
            foot[n] = txt
        elif tag in ("C", "H", "P"):
            body.append(para_xml(tag, rest, ids))
        else:
            raise SystemExit(f"n36: unknown line {raw!r}")
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr1"/>'
            '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
            '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
            'w:header="851" w:footer="1304" w:gutter="0"/></w:sectPr>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>'
                + "".join(body) + sect + "</w:body></w:document>")
    fns = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           '</w:footnote>']
    for n, txt in foot.items():
        fns.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                   f'<w:r>{rpr(size=18, sup=True)}<w:footnoteRef/></w:r>{plain_run(" " + txt, size=18)}</w:p>'
                   '</w:footnote>')
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>'
                 + "".join(fns) + "</w:footnotes>")
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}><w:p><w:pPr>'
              '<w:jc w:val="right"/></w:pPr>' + plain_run("上海市科学技术协会2025年度部门决算", size=18)
              + "</w:p></w:hdr>")
    r = rpr(size=28)
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W_NS}><w:p><w:pPr>'
              '<w:jc w:val="center"/></w:pPr>' + plain_run("— ", size=28)
              + f'<w:r>{r}<w:fldChar w:fldCharType="begin"/></w:r>'
              f'<w:r>{r}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
              f'<w:r>{r}<w:fldChar w:fldCharType="separate"/></w:r><w:r>{r}{t("1")}</w:r>'
              f'<w:r>{r}<w:fldChar w:fldCharType="end"/></w:r>' + plain_run(" —", size=28) + "</w:p></w:ftr>")
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W_NS}>'
              '<w:docDefaults><w:rPrDefault><w:rPr>' + FONT + '<w:sz w:val="32"/><w:lang w:val="en-US" '
              'w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
              '<w:basedOn w:val="Normal"/></w:style></w:styles>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.footnotes+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
          'core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/></Relationships>')
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rIdSty" Type="{R}styles" Target="styles.xml"/>'
                f'<Relationship Id="rIdFn" Type="{R}footnotes" Target="footnotes.xml"/>'
                f'<Relationship Id="rIdHdr1" Type="{R}header" Target="header1.xml"/>'
                f'<Relationship Id="rIdFtr1" Type="{R}footer" Target="footer1.xml"/>'
                f'<Relationship Id="rIdLink" Type="{R}hyperlink" Target="http://www.sast.org.cn/xxgk/2026/0828/'
                'c1024.html" TargetMode="External"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>上海市科学技术协会2025年度部门决算</dc:title>'
            '<dc:creator>sast-cwc</dc:creator><cp:revision>7</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-08-12T08:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-08-20T10:12:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><Pages>9</Pages><Words>4286</Words></Properties>')
    return [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
            ("docProps/app.xml", app), ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels),
            ("word/styles.xml", styles), ("word/footnotes.xml", footnotes), ("word/header1.xml", header),
            ("word/footer1.xml", footer)]


def write_n36(path):
    src = open(os.path.join(RAW, "n36.txt"), encoding="utf-8").read()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in build_n36_parts(src):
            zi = zipfile.ZipInfo(name, date_time=(2026, 8, 20, 10, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))


def main():
    os.makedirs(DOCS, exist_ok=True)
    write_n36(os.path.join(DOCS, NAMES["n36"]))
    for k, raw in (("n37", "n37.html"), ("n39", "n39.md")):
        data = open(os.path.join(RAW, raw), "rb").read()
        open(os.path.join(DOCS, NAMES[k]), "wb").write(data)
    src = open(os.path.join(RAW, "n38.txt"), encoding="utf-8").read()
    with open(os.path.join(DOCS, NAMES["n38"]), "wb") as f:
        f.write(b"\xff\xfe" + src.encode("utf-16-le"))
    print("wrote", os.path.abspath(DOCS))


if __name__ == "__main__":
    main()
