#!/usr/bin/env python3
"""Make the Word, PDF and web-page fixtures of Tests/BriefKitTests/Fixtures/formats from the
samples, with real tools: LibreOffice writes the .docx and .pdf files from flat ODF text
documents made here (a paragraph per line of the sample, headings, tables from tab-separated
rows, a footnote, a running header and a page-number footer); headless Chromium prints a
two-column page to PDF; the government-style web page is written here, in GBK. The damaged
files (a cut-short .docx, a zip bomb, a .docx with an external entity) are made with zipfile.

usage: Scripts/make_format_fixtures.py
needs: soffice (libreoffice-writer), chromium, and the TrueType font fonts-wqy-microhei, which
both embed as small subsets (Chromium embeds the CFF Noto CJK fonts as Type 3: five times larger).

The fixtures are committed; run this only to remake them."""
import html, os, re, shutil, subprocess, sys, tempfile, zipfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "Tests/BriefKitTests/Fixtures/formats")
SAMPLES = os.path.join(REPO, "samples")
WORK = tempfile.mkdtemp(prefix="brief-fixtures-")
# A private LibreOffice profile, so a desktop session or another conversion does not clash.
PROFILE = "file://" + os.path.join(WORK, "profile")


def sample_lines(name):
    with open(os.path.join(SAMPLES, name), encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f.read().split("\n")]


def odt_text(s):
    """Text for a text:p: spaces kept with text:s, tabs as text:tab."""
    out = []
    for part in re.split(r"(\t| {2,}|^ )", s):
        if part == "\t":
            out.append("<text:tab/>")
        elif part and part.strip(" ") == "" :
            out.append('<text:s text:c="%d"/>' % len(part))
        else:
            out.append(html.escape(part, quote=False))
    return "".join(out)


def heading_level(line, kind):
    t = line.strip()
    if len(t) > 40:
        return None
    if kind == "csr":
        # "1. 基础信息", "3.2 经济效益"; not "2023 年…".
        m = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)(\.?)\s+\S", t)
        if m and (m.group(2) or "." in m.group(1)) and "\t" not in t:
            return min(3, m.group(1).count(".") + 1)
    if kind == "summary" and re.match(r"^[一二三四五六七八九十]+、", t):
        return 1
    return None


def fodt(lines, title, header, kind, footnote_after, footnote):
    body = []
    table = []

    def flush_table():
        if not table:
            return
        cols = max(len(r) for r in table)
        body.append('<table:table table:name="T%d" table:style-name="Tbl">' % len(body))
        body.append('<table:table-column table:number-columns-repeated="%d"/>' % cols)
        for row in table:
            cells = row + [""] * (cols - len(row))
            body.append("<table:table-row>" + "".join(
                '<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="TableText">%s</text:p></table:table-cell>'
                % odt_text(c.strip()) for c in cells) + "</table:table-row>")
        body.append("</table:table>")
        table.clear()

    first_title = True
    for line in lines:
        if not line.strip():
            continue
        if "\t" in line and kind == "budget":
            table.append(line.split("\t"))
            continue
        flush_table()
        text = odt_text(line)
        if footnote_after and line.strip() == footnote_after:
            text += ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                     '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>' % html.escape(footnote))
        level = heading_level(line, kind)
        if first_title and line.strip() == title_line(kind):
            body.append('<text:p text:style-name="Title">%s</text:p>' % text)
            first_title = False
        elif level:
            body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (level, level, text))
        else:
            body.append('<text:p text:style-name="Standard">%s</text:p>' % text)
    flush_table()
    return """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%(title)s</dc:title><meta:creation-date>2024-11-15T09:00:00</meta:creation-date><dc:date>2024-11-20T10:30:00</dc:date></office:meta>
<office:font-face-decls>
 <style:font-face style:name="WenQuanYi Micro Hei" svg:font-family="'WenQuanYi Micro Hei'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="WenQuanYi Micro Hei" style:font-name-asian="WenQuanYi Micro Hei" fo:font-size="10.5pt" style:font-size-asian="10.5pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>
  <style:text-properties style:font-name-asian="WenQuanYi Micro Hei" fo:font-size="18pt" style:font-size-asian="18pt"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties style:font-name-asian="WenQuanYi Micro Hei" fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:text-properties style:font-name-asian="WenQuanYi Micro Hei" fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="3">
  <style:text-properties style:font-name-asian="Noto Sans CJK SC"/></style:style>
 <style:style style:name="TableText" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt" style:font-size-asian="8pt"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">%(header)s</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">第 <text:page-number text:select-page="current">1</text:page-number> 页</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body>
</office:document>
""" % {"title": html.escape(title), "header": html.escape(header), "body": "\n".join(body)}


def title_line(kind):
    return {"csr": "2023 年度社会责任报告", "summary": "2023 年普陀区科学技术委员会工作总结", "budget": "上海市2024年市级部门预算"}[kind]


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def office_fixtures():
    docs = [
        ("csr-2023", "000_d87a536be5b8778f.txt", "csr", "上海计算机软件技术开发中心2023年度社会责任报告",
         "上海计算机软件技术开发中心 · 2023 年度社会责任报告", "上海计算机软件技术开发中心（以下简称“上海软件中心”）",
         "本报告由上海软件中心综合办公室编制，对外公开发布。", ["docx", "pdf"]),
        ("summary-2023", "002_9c3f654a89426a59.txt", "summary", "2023年普陀区科学技术委员会工作总结",
         "上海市普陀区科学技术委员会", "上海市普陀区科学技术委员会",
         "本总结经区科委主任办公会审议通过。", ["docx", "pdf"]),
        ("budget-2024", "004_32787314a6ca9ec6.txt", "budget", "上海市科学技术委员会2024年部门预算",
         "上海市科学技术委员会 2024 年部门预算", None, None, ["docx"]),
    ]
    for stem, sample, kind, title, header, note_after, note, formats in docs:
        src = os.path.join(WORK, stem + ".fodt")
        with open(src, "w", encoding="utf-8") as f:
            f.write(fodt(sample_lines(sample), title, header, kind, note_after, note))
        for fmt in formats:
            soffice(src, fmt, WORK)
            shutil.copy(os.path.join(WORK, stem + "." + fmt), os.path.join(OUT, stem + "." + fmt))


def paragraphs(lines):
    """The sample's lines (broken where its PDF broke them) joined back into paragraphs, as
    a web page or a word processor holds them: a line runs on into the next unless it ends
    a sentence, is short (a heading, a signature) or the next one starts a numbered item."""
    out = []
    run_on = False
    for l in (l.strip() for l in lines):
        if not l:
            continue
        if run_on and out and not re.match(r"^(\d+(\.\d+)*\.?\s|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", l):
            out[-1] += l
        else:
            out.append(l)
        run_on = len(l) >= 20 and re.search(r"[，、；“]", l) and not re.search(r"[。！？；：]$", l)
    return out


def gov_page():
    """The work summary as a district government site publishes it: header, navigation,
    breadcrumb, an information bar with counters, the article, related links, a footer."""
    lines = paragraphs(sample_lines("002_9c3f654a89426a59.txt"))
    body = []
    for l in lines:
        body.append("<p style=\"text-indent:2em\">%s</p>" % html.escape(l).replace(" ", "&nbsp;", 1) if l.startswith("（") else "<p>%s</p>" % html.escape(l))
    nav = "".join('<li><a href="/%s/">%s</a></li>' % (i, t) for i, t in enumerate(
        ["首页", "走进普陀", "政务公开", "政务服务", "互动交流", "专题专栏", "数据开放", "无障碍浏览"]))
    related = "".join('<li><a href="/xxgk/%d.html">%s</a><span>2024-0%d-1%d</span></li>' % (i, t, i % 9 + 1, i)
                      for i, t in enumerate(["普陀区2023年国民经济和社会发展统计公报", "区科委2024年工作要点",
                                             "关于开展2024年度科技小巨人申报工作的通知", "普陀区促进科技创新若干政策",
                                             "区科委2023年政府信息公开工作年度报告"]))
    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>2023年普陀区科学技术委员会工作总结_上海市普陀区人民政府</title>
<meta name="SiteName" content="上海市普陀区人民政府" />
<meta name="ColumnName" content="工作总结" />
<meta name="ArticleTitle" content="2023年普陀区科学技术委员会工作总结" />
<meta name="PubDate" content="2024-02-06 16:30" />
<meta name="ContentSource" content="区科委" />
<link rel="stylesheet" type="text/css" href="/css/style.css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script type="text/javascript">
var _hmt = _hmt || []; if (a < b && c > d) { document.write("<div>统计 1,234 次</div>"); }
</script>
<style type="text/css">.main{width:1000px;margin:0 auto}.nav li{float:left}</style>
</head>
<body>
<div class="top-bar"><div class="main">您好，欢迎访问上海市普陀区人民政府网站！ <a href="/en/">English</a> | <a href="/wza/">无障碍</a> | <a href="javascript:void(0)" onclick="addFavorite()">加入收藏</a></div></div>
<div id="header"><div class="logo"><img src="/images/logo.png" alt="上海市普陀区人民政府" /></div>
<div class="search"><form action="/search/" method="get"><input type="text" name="q" value="请输入关键词" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul>%(nav)s</ul></div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; <a href="/xxgk/gzzj/">工作总结</a></div>
<div class="article">
<h1 class="article-title">2023年普陀区科学技术委员会工作总结</h1>
<div class="article-info">发布时间：2024-02-06&nbsp;&nbsp;&nbsp;来源：区科委&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">3,582</span>&nbsp;&nbsp;&nbsp;字号：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]</div>
<div class="article-content" id="zoom">
%(body)s
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <span class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></span></div>
</div>
<div class="related"><h3>相关信息</h3><ul>%(related)s</ul></div>
</div>
<div id="footer"><div class="main">
<p><a href="/about/">关于我们</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></p>
<p>主办：上海市普陀区人民政府办公室&nbsp;&nbsp;版权所有&copy;2024 上海市普陀区人民政府 地址：上海市大渡河路1668号 邮编：200333</p>
<p>沪ICP备12345678号-1 沪公网安备 31010702001234号 网站标识码：3101070001 您是第 1,234,567 位访问者</p>
</div></div>
<script type="text/javascript">document.getElementById("hits").innerHTML = "3,583";</script>
</body>
</html>
""" % {"nav": nav, "body": "\n".join(body), "related": related}
    with open(os.path.join(OUT, "summary-2023.html"), "wb") as f:
        f.write(page.encode("gb18030"))


def two_column_pdf():
    """Parts of the 2023 report (its title, the service figures, the honours) laid out in two
    columns with a running header and page numbers, as printed by headless Chromium:
    pdftotext -layout puts both columns on each line. Chromium embeds these fonts as Type 3,
    which is large, so only three pages' worth is printed."""
    all_lines = sample_lines("000_d87a536be5b8778f.txt")
    lines = paragraphs(all_lines[0:60] + all_lines[290:340] + all_lines[640:680])
    body = "\n".join("<p>%s</p>" % html.escape(l) for l in lines)
    page = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>2023 年度社会责任报告</title>
<style>
@page { size: A4; margin: 18mm 14mm;
  @top-center { content: "上海计算机软件技术开发中心 2023 年度社会责任报告"; font: 9pt "WenQuanYi Micro Hei", "Noto Sans CJK SC"; }
  @bottom-center { content: "- " counter(page) " -"; font: 9pt "WenQuanYi Micro Hei", "Noto Sans CJK SC"; } }
body { font: 10pt/1.5 "WenQuanYi Micro Hei", "Noto Sans CJK SC"; column-count: 2; column-gap: 12mm; }
p { margin: 0 0 2pt; }
</style></head><body>
%s
</body></html>
""" % body
    src = os.path.join(WORK, "columns.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(page)
    pdf = os.path.join(OUT, "csr-2023-columns.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=" + os.path.join(WORK, "chromium"), "--print-to-pdf=" + pdf, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def damaged():
    good = os.path.join(OUT, "csr-2023.docx")
    with open(good, "rb") as f:
        data = f.read()
    os.makedirs(os.path.join(OUT, "bad"), exist_ok=True)
    # Cut short: the central directory at the end is gone.
    with open(os.path.join(OUT, "bad/corrupt.docx"), "wb") as f:
        f.write(data[: len(data) // 2])
    minimal = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                               '<Default Extension="xml" ContentType="application/xml"/></Types>',
    }
    # A zip bomb: a document part of 100 MB of spaces in about 100 KB.
    with zipfile.ZipFile(os.path.join(OUT, "bad/bomb.docx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for k, v in minimal.items():
            z.writestr(k, v)
        head = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
        z.writestr("word/document.xml", head + " " * (100 << 20) + "</w:t></w:r></w:p></w:body></w:document>")
    # An external entity that would read a local file into the text.
    with zipfile.ZipFile(os.path.join(OUT, "bad/external-entity.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for k, v in minimal.items():
            z.writestr(k, v)
        z.writestr("word/document.xml", '<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
                   '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
                   '<w:t>2023 年度社会责任报告 &secret;</w:t></w:r></w:p></w:body></w:document>')


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    office_fixtures()
    gov_page()
    two_column_pdf()
    damaged()
    shutil.rmtree(WORK, ignore_errors=True)
    print("fixtures written to", os.path.relpath(OUT, REPO))
