import XCTest
@testable import BriefKit

/// Rules moved from Strings to bytes or scalars give the answers the String versions gave:
/// plain-text equality, honour keys, the rate context and word lists within a range.
final class ScalarRuleTests: XCTestCase {
    /// Strings that are canonically equivalent without being the same bytes, and their neighbours.
    let tricky = ["上海市", "上\u{FA45}市", "上\u{2F901}市", "全国", "\u{FA72}国", "其他", "国家级", "e\u{301}", "\u{E9}",
                  "A\u{30A}", "\u{212B}", "\u{C5}", "市级\u{302A}", "か\u{3099}", "が", "Ｏ（集体）", "1·2—3", "", "系统 ", "\u{2000}", "\u{2002}"]

    func testPlainTextIsInNFCAndOtherTextIsNotTakenAsPlain() {
        for s in ["上海市", "国家级", "abc 123", "（集体）、“首批”", "1·2—3", "Ｏ", "ｶﾞ", "é", ""] { XCTAssertTrue(s.isPlainText, s) }
        for s in ["上\u{FA45}市", "e\u{301}", "市级\u{302A}", "か\u{3099}", "\u{212B}", "\u{2000}", "𠀀", "\u{20D0}", "\u{200D}"] { XCTAssertFalse(s.isPlainText, s) }
    }

    func testIsSameTextAsPlainWordIsStringEquality() {
        let words = tricky.filter(\.isPlainText)
        XCTAssertGreaterThan(words.count, 8)
        for s in tricky {
            for w in words { XCTAssertEqual(s.isSameText(asPlainWord: w), s == w, "\(s.unicodeScalars.map(\.value)) vs \(w)") }
        }
        for (label, _) in HonourExtractor.groupLabels { XCTAssertTrue(label.isPlainText, label) }
    }

    func testHonourKeysMergeAsStringKeysDid() {
        func honour(_ title: String, _ recipient: String) -> Honour {
            Honour(title: title, level: .municipal, recipient: recipient, issuer: nil, year: 2023, source: .text,
                   provenance: Provenance(document: "d", article: nil, line: 1, column: 1, offset: 0, length: 1, quote: ""))
        }
        // The titles below differ only in year, batch, quotes, or a canonically equivalent ideograph.
        let plain = [honour("2023年度“上海市”专精特新企业", "甲"), honour("上海市专精特新企业", "甲"), honour("第二批上海市专精特新企业", "乙"),
                     honour("首批上海市专精特新企业", "乙"), honour("上海市专精特新企业", "丙")]
        let mixed = plain + [honour("上\u{FA45}市专精特新企业", "丙"), honour("上海市专精特新企业", "丙\u{301}")]
        for honours in [plain, mixed] {
            var seen: [String: Int] = [:]
            var expected: [Honour] = []
            for h in honours {
                let k = HonourMerger.key(h.title) + "|" + h.recipient
                if seen[k] != nil { continue }
                seen[k] = expected.count
                expected.append(h)
            }
            XCTAssertEqual(HonourMerger.merged(honours).map { $0.title + "|" + $0.recipient }, expected.map { $0.title + "|" + $0.recipient })
        }
        XCTAssertEqual(HonourMerger.merged(mixed).count, 4)
    }

    func testRateContextOnScalarsAsOnCharacters() {
        let lines = ["客户投诉率保持为0。", "满意度指数达到96.8，", "总体得分。；95", "评分。其中 90", "率；。；", "。；。", "指数", "",
                     "投诉率。\u{301}服务 5", "投诉率\u{200D}。服务 5", "投诉率。\u{FE0F}；5", "评\u{301}分 80", "服务得分为 88。另有 7",
                     "综合评分；\u{302A}。 60"]
        for text in lines {
            let scalars = Array(text.unicodeScalars)
            var offsets = [0]
            for c in scalars { offsets.append(offsets.last! + String(c).utf8.count) }
            let line = ScalarLine(scalars: scalars, offsets: offsets, bytes: Array(text.utf8))
            for at in 0...scalars.count {
                let q = ScannedQuantity(quantity: Quantity(value: 5, measure: ""), number: at..<at, span: at..<at)
                let range = max(0, at - 30)..<at
                let answer = FactExtractor.isRateContext(line, q)
                // Where the next scalar does not end the clause, both say no before looking back.
                if let next = scalars[safe: at], !SubjectFinder.clauseBreaks.contains(next), next != "。", next != " " { XCTAssertFalse(answer); continue }
                XCTAssertEqual(answer, FactExtractor.isRateContextByCharacters(line, range), "\(text) at \(at)")
            }
        }
    }

    func testWordListOccursWithinARangeAsHasBytes() {
        let list = WordList(["占比", "比重", "率", "增速"])
        let s = Array("增速占比重率上".unicodeScalars)
        for lo in 0...s.count {
            for hi in lo...s.count {
                let text = String(String.UnicodeScalarView(s[lo..<hi]))
                XCTAssertEqual(list.occurs(in: s, within: lo..<hi), list.words.contains { text.hasBytes($0) }, "\(lo)..<\(hi)")
            }
        }
    }
}
