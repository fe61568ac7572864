/// The fixed parts of a Word briefing: content types, relationships, styles (宋体 for text
/// and 黑体 for headings, each naming a Noto CJK font as its alternative, so LibreOffice and
/// WPS on a machine without the Windows fonts still set Chinese), fonts, settings, the
/// page-number footer and the properties. The document and its footnotes come from
/// templates (`WordPackage`).
enum WordParts {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    static let contentTypes = header + """
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
    <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
    <Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>\
    <Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>\
    <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
    <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
    <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
    </Types>
    """

    static let packageRelationships = header + """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
    </Relationships>
    """

    /// The ids the document template may use: `rIdFooter` in its `w:sectPr`; and one per
    /// link target (`WordPackage.hyperlinks`), each an external relationship whose target is
    /// the text the template wrote, already escaped for an attribute.
    static func documentRelationships(links: [(id: String, target: String)] = []) -> String {
        header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
        <Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>\
        <Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>\
        <Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
        \(links.map { #"<Relationship Id="\#($0.id)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="\#($0.target)" TargetMode="External"/>"# }.joined())\
        </Relationships>
        """
    }

    static let settings = header + """
    <w:settings xmlns:w="\(main)"><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>\
    <w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>\
    <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
    <w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>
    """

    static let fontTable = header + """
    <w:fonts xmlns:w="\(main)">\
    <w:font w:name="宋体"><w:altName w:val="SimSun"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>\
    <w:font w:name="黑体"><w:altName w:val="SimHei"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>\
    <w:font w:name="Noto Serif CJK SC"><w:charset w:val="86"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>\
    <w:font w:name="Noto Sans CJK SC"><w:charset w:val="86"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>\
    <w:font w:name="Arial"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>\
    </w:fonts>
    """

    private static func fonts(eastAsia: String) -> String {
        #"<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="\#(eastAsia)" w:cs="Arial"/>"#
    }

    private static func heading(_ level: Int, size: Int, before: Int, after: Int) -> String {
        """
        <w:style w:type="paragraph" w:styleId="Heading\(level)"><w:name w:val="heading \(level)"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="\(before)" w:after="\(after)"/><w:outlineLvl w:val="\(level - 1)"/></w:pPr>\
        <w:rPr>\(fonts(eastAsia: "黑体"))<w:b/><w:bCs/><w:color w:val="1F3A5F"/><w:sz w:val="\(size)"/><w:szCs w:val="\(size)"/></w:rPr></w:style>
        """
    }

    static let styles = header + """
    <w:styles xmlns:w="\(main)">\
    <w:docDefaults><w:rPrDefault><w:rPr>\(fonts(eastAsia: "宋体"))<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>\
    <w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
    <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
    <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="18" w:space="4" w:color="1F5FA8"/></w:pBdr><w:spacing w:after="240"/><w:outlineLvl w:val="0"/></w:pPr>\
    <w:rPr>\(fonts(eastAsia: "黑体"))<w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>\
    \(heading(1, size: 30, before: 360, after: 120))\(heading(2, size: 26, before: 240, after: 100))\(heading(3, size: 22, before: 200, after: 80))\
    <w:style w:type="paragraph" w:styleId="Muted"><w:name w:val="Muted"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="667085"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="TableText"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr><w:rPr>\(fonts(eastAsia: "黑体"))<w:b/><w:bCs/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="ListItem"><w:name w:val="List Item"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="420" w:hanging="210"/></w:pPr></w:style>\
    <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="200" w:lineRule="exact"/></w:pPr><w:rPr><w:color w:val="475467"/><w:sz w:val="15"/><w:szCs w:val="15"/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
    <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/></w:style>\
    <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>\
    <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="1F5FA8"/><w:u w:val="single"/></w:rPr></w:style>\
    <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>\
    <w:style w:type="character" w:styleId="New"><w:name w:val="New"/><w:rPr><w:color w:val="7A5200"/><w:shd w:val="clear" w:color="auto" w:fill="FFF1C2"/></w:rPr></w:style>\
    <w:style w:type="character" w:styleId="Conflict"><w:name w:val="Conflict"/><w:rPr><w:color w:val="B42318"/></w:rPr></w:style>\
    <w:style w:type="character" w:styleId="up"><w:name w:val="Change Up"/><w:rPr><w:color w:val="1A7F37"/></w:rPr></w:style>\
    <w:style w:type="character" w:styleId="down"><w:name w:val="Change Down"/><w:rPr><w:color w:val="B42318"/></w:rPr></w:style>\
    <w:style w:type="character" w:styleId="same"><w:name w:val="Change None"/><w:rPr><w:color w:val="667085"/></w:rPr></w:style>\
    <w:style w:type="character" w:styleId="none"><w:name w:val="No Change"/><w:rPr><w:color w:val="667085"/></w:rPr></w:style>\
    <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\
    <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
    </w:styles>
    """

    /// The running title and "第 N 页，共 M 页" on every page, as the printed HTML has: a page
    /// taken out of a stack of briefings still says which briefing it belongs to.
    static func footer(title: String) -> String {
        func field(_ name: String) -> String {
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(name) </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        func text(_ t: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(ContentType.escapeHTML(t))</w:t></w:r>" }
        let lead = title.isEmpty ? "" : text(title + "　·　")
        return header + "<w:ftr xmlns:w=\"\(main)\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
            + lead + text("第 ") + field("PAGE") + text(" 页，共 ") + field("NUMPAGES") + text(" 页") + "</w:p></w:ftr>"
    }

    /// The footnotes part around the notes a template rendered, with the separators Word expects.
    static func footnotes(_ notes: String) -> String {
        header + """
        <w:footnotes xmlns:w="\(main)">\
        <w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>\
        <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
        \(notes)
        </w:footnotes>
        """
    }

    /// Core properties: the title only (no dates, so reruns are byte-identical).
    static func core(title: String) -> String {
        header + """
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>\(ContentType.escapeHTML(title))</dc:title><dc:creator>Brief</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>
        """
    }

    static let app = header + """
    <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Brief</Application></Properties>
    """
}
