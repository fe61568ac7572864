import XCTest
@testable import BriefKit

final class XMLScannerTests: XCTestCase {
    /// The tokens as short strings: `<name attrs>`, `</name>`, `"text"`.
    func tokens(_ xml: String) throws -> [String] {
        let bytes = Array(xml.utf8)
        var scanner = XMLScanner(bytes)
        var out: [String] = []
        while let t = try scanner.next() {
            switch t {
            case let .start(tag): out.append("<" + String(decoding: bytes[tag.name], as: UTF8.self) + (tag.selfClosing ? "/>" : ">"))
            case let .end(name): out.append("</" + String(decoding: bytes[name], as: UTF8.self) + ">")
            case .text, .cdata:
                var text: [UInt8] = []
                WordXML.text(t, in: bytes, into: &text)
                out.append("\"" + String(decoding: text, as: UTF8.self) + "\"")
            }
        }
        return out
    }

    func testTagsTextEntitiesAndCDATA() throws {
        XCTAssertEqual(try tokens(#"<?xml version="1.0"?><!-- c --><w:p a="1 > 0"><w:t>&lt;A&amp;B&gt; &#20013;&#x6587; &quot;</w:t><br/><![CDATA[<raw>&amp;]]></w:p>"#),
                       ["<w:p>", "<w:t>", "\"<A&B> 中文 \"\"", "</w:t>", "<br/>", "\"<raw>&amp;\"", "</w:p>"])
    }

    func testAttributesByLocalName() throws {
        let bytes = Array(#"<w:pStyle w:val="Heading1" other = 'x&amp;y' w:id="7"/>"#.utf8)
        var scanner = XMLScanner(bytes)
        guard case let .start(tag)? = try scanner.next() else { return XCTFail("no tag") }
        XCTAssertEqual(tag.attribute("val", in: bytes), "Heading1")
        XCTAssertEqual(tag.attribute("other", in: bytes), "x&y")
        XCTAssertEqual(tag.attribute("id", in: bytes), "7")
        XCTAssertNil(tag.attribute("missing", in: bytes))
        XCTAssertEqual(String(decoding: tag.localName(in: bytes), as: UTF8.self), "pStyle")
    }

    func testADoctypeIsRefusedAndAnExternalOneSaysSo() {
        let cases: [(String, XMLScanner.Failure)] = [
            (#"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>"#, .externalEntity(offset: 21)),
            (#"<!DOCTYPE x PUBLIC "-//X//Y" "http://example.com/x.dtd"><x/>"#, .externalEntity(offset: 0)),
            (#"<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><x>&b;</x>"#, .doctype(offset: 0)),
        ]
        for (xml, failure) in cases {
            var scanner = XMLScanner(Array(xml.utf8))
            XCTAssertThrowsError(try { while try scanner.next() != nil {} }(), xml) { error in
                XCTAssertEqual(error as? XMLScanner.Failure, failure, xml)
            }
        }
    }

    func testUnknownEntitiesStayAsWritten() throws {
        XCTAssertEqual(try tokens("<t>&nbsp;&unknown; & x</t>"), ["<t>", "\"&nbsp;&unknown; & x\"", "</t>"])
    }

    func testMarkupCutShortIsMalformed() {
        for xml in ["<a", "<a><!-- never", "<![CDATA[x", "</a", "<?pi"] {
            var scanner = XMLScanner(Array(xml.utf8))
            XCTAssertThrowsError(try { while try scanner.next() != nil {} }(), xml)
        }
    }
}
