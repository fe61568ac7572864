/// What the metadata detectors read of a document: its head (the title area and the first
/// lines they scan) and three questions about the whole text. Built from the whole text in
/// memory, or, for a document read in windows (`StreamedDocument`), from one pass over it:
/// the detectors then give the same answers without the text being held.
struct TextSurvey {
    /// The whole text, or its first lines: at least `TextSurvey.headBytes` bytes and the
    /// lines every detector's head takes (see `isEnoughHead`).
    let head: String
    /// The head's first non-blank lines, letter-spaced titles closed up (`MetadataDetector.headLineList`):
    /// read once, as every detector asks for them.
    let headLines: [Substring]
    /// Whether the whole text holds `needle` (a unit alias's required word, 区科委).
    let mentions: (String) -> Bool
    /// The district the whole text names most (`UnitDetector.mostNamedDistrict`).
    let mostNamedDistrict: () -> String?
    /// The first signed date of the whole text not before the year (`MetadataDetector.signedDate`).
    let signedDate: (Int?) -> String?

    init(head: String, mentions: @escaping (String) -> Bool, mostNamedDistrict: @escaping () -> String?,
         signedDate: @escaping (Int?) -> String?) {
        self.head = head
        self.headLines = MetadataDetector.headLineList(head)
        self.mentions = mentions
        self.mostNamedDistrict = mostNamedDistrict
        self.signedDate = signedDate
    }

    /// The survey of a text held in memory: every question asks the text itself.
    init(text: String) {
        self.init(head: text, mentions: { text.hasBytes($0) }, mostNamedDistrict: { UnitDetector.mostNamedDistrict(text) },
                  signedDate: { MetadataDetector.signedDate(of: text, reportingYear: $0) })
    }

    /// A head this long covers the 65,536 scalars the binary check reads, the 12,000 bytes
    /// the unit counts read and the 3,000 scalars and 2,000 characters of the title area.
    static let headBytes = 512 << 10

    /// Whether `head` (whole lines of a longer text) reads as the whole text would for every
    /// detector: long enough, with the 200 non-empty lines the format check counts and the
    /// 80 non-blank lines of the title area.
    static func isEnoughHead(_ head: [UInt8]) -> Bool {
        guard head.count >= headBytes else { return false }
        var nonEmpty = 0, nonBlank = 0
        head.withUnsafeBufferPointer { b in
            ByteSearch.forEachLine(in: b) { line in
                if !line.isEmpty { nonEmpty += 1 }
                if !b[line].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { nonBlank += 1 }
                return nonEmpty <= 200 || nonBlank <= 80
            }
        }
        return nonEmpty > 200 && nonBlank > 80
    }
}
