/// How a figure is bounded: 余/多/超 mean "over", 近 "nearly", 约/左右 "approx", 不到 "under".
public enum Qualifier: String, Sendable, Codable, CaseIterable {
    case exact, over, nearly, approx, under
}

/// What kind of figure a fact is; briefings group by it.
public enum FactCategory: String, Sendable, Codable, CaseIterable {
    case service, satisfaction, honour, finance, people, output, growth, other
}

/// A number with its measure as written (`7 万人次`, `620,838 万元`, `97.7 %`).
public struct Quantity: Sendable, Hashable, Codable {
    public var value: Double
    /// The measure word or unit as written after the number, scale words included; "" if none.
    public var measure: String
    public var qualifier: Qualifier

    public init(value: Double, measure: String, qualifier: Qualifier = .exact) {
        self.value = value
        self.measure = measure
        self.qualifier = qualifier
    }

    /// The value with a leading 万/亿/万亿 of the measure folded in, and that base measure:
    /// `7 万人次` → (70000, 人次); `1.4 亿元` → (140000000, 元). Two quantities are the same
    /// when their folded forms are equal.
    public var folded: (value: Double, measure: String) {
        // 万 and 亿 both start with byte E4; most measures don't, and need no new string.
        guard measure.utf8.first == 0xE4 else { return (value, measure) }
        var v = value
        var m = Substring(measure)
        // The scale words are compared by their bytes, from a table made once: a literal
        // array of pairs was allocated on every call, and hasPrefix compares Characters.
        for (prefix, factor) in Self.scales where measure.startsWithBytes(prefix) {
            // 千瓦时 and other units that merely start with a scale character stay whole.
            v *= factor
            m = m.dropFirst(prefix.count)
            break
        }
        return (v, String(m))
    }
    private static let scales: [(String, Double)] = [("万亿", 1e12), ("亿", 1e8), ("万", 1e4)]

    /// Money in any currency (元, 万元, 亿美元 …).
    public var isMoney: Bool {
        // Every currency ends in 元 (E5 85 83) or 镑 (E9 95 91): a one-byte test rejects the rest.
        guard let last = measure.utf8.last, last == 0x83 || last == 0x91 else { return false }
        return Self.moneyMeasures.containsBytes(measure)
    }

    static let currencies = ["元", "美元", "欧元", "港元", "日元", "英镑"]
    static let scaleWords: ByteWords = ["万", "亿", "万亿"]
    /// Each currency alone and after each scale word: the measures whose folded form
    /// (see `folded`) is a currency, listed so that a figure needs no new string.
    static let moneyMeasures = ByteWords(currencies + scaleWords.words.flatMap { scale in currencies.map { scale + $0 } })
    static let rateMeasures: ByteWords = ["%", "个百分点", "‰", "‱", "个千分点", "个万分点"]
    /// A difference of rates: 个百分点, and 个千分点/个万分点 of per mille and per ten thousand.
    static let pointMeasures: ByteWords = ["个百分点", "个千分点", "个万分点"]
    public var isPoints: Bool { Self.pointMeasures.containsBytes(measure) }

    /// Only a scale word, no unit (`47万`, `131.91 亿`): money or not depends on the subject.
    public var isBareScale: Bool { Self.scaleWords.containsBytes(measure) }
    public var isRate: Bool { Self.rateMeasures.containsBytes(measure) }

    /// Lengths of time: a period a figure is counted over (两天进博会期间, 再奋斗五年), or a
    /// duration a detail states; no labelled headline in any gold set is one.
    static let durationMeasures: ByteWords = ["天", "日", "周", "个月", "月", "年", "小时", "分钟", "秒", "工作日", "个工作日", "学时", "课时"]
    public var isDuration: Bool { Self.durationMeasures.containsBytes(measure) }
}

/// Where a fact or honour was found: the file, and the number as written in it.
public struct Provenance: Sendable, Hashable, Codable {
    public var document: String
    /// The article id, for an article of a feed (offsets are then into its content).
    public var article: String?
    public var line: Int
    public var column: Int
    /// UTF-8 byte offset and length of the number as written.
    public var offset: Int
    public var length: Int
    /// The clause around it, from the original text, on one line.
    public var quote: String
}

/// One quantitative statement found in a document.
public struct Fact: Sendable, Hashable, Codable {
    public var subject: String
    public var quantity: Quantity
    /// The year the value refers to.
    public var year: Int?
    /// What the value is for that year: achieved, quoted for comparison, a change, a goal,
    /// a planned amount or a proportion (see `FactRole`).
    public var role: FactRole = .actual
    /// For a change, the year it is measured against (`比2023年预算增加` → 2023, `同比` →
    /// the year before); nil when the text does not say.
    public var baseYear: Int? = nil
    public var category: FactCategory
    /// Id of a known metric from the catalog, when the subject is one.
    public var metric: String?
    /// The metric's name: the catalog's canonical name, or else the subject normalised
    /// (unit names, 全年/累计/共, leading verbs dropped), so equal wordings still compare.
    public var name: String = ""
    /// A headline figure a briefing must show.
    public var key: Bool
    /// False when a rule had to guess (a bare number, a range end, a subject not found):
    /// such facts stay out of headline tables and are shown with their quote.
    public var confident: Bool
    public var source: FactSource
    public var provenance: Provenance
}

public enum FactSource: String, Sendable, Codable { case text, table }

/// An honour, award or designation and who received it.
public struct Honour: Sendable, Hashable, Codable {
    public enum Level: String, Sendable, Codable, CaseIterable { case national, municipal, district, system, other }
    public var title: String
    public var level: Level
    public var recipient: String
    public var issuer: String?
    public var year: Int?
    public var source: FactSource
    public var provenance: Provenance
}
