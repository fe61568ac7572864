import Foundation

/// The shapes of the data files users extend Brief with (`Data/units.json`, `Data/metrics.json`).
extension JSONShape {
    static let unitRegistry = JSONShape.object([
        "units": .required(.list(.object([
            "name": .required(.nonEmptyString),
            "aliases": .optional(.list(.either(.nonEmptyString, .object([
                "alias": .required(.nonEmptyString),
                "requires": .optional(.nonEmptyString),
            ]), described: "a string or {\"alias\": …, \"requires\": …}"))),
        ]))),
    ])

    static let metricCatalog = JSONShape.object([
        "metrics": .required(.list(.object([
            "id": .required(.nonEmptyString),
            "name": .required(.nonEmptyString),
            "category": .required(.oneOf(FactCategory.allCases.map(\.rawValue))),
            "key": .optional(.bool),
            "patterns": .required(.list(.nonEmptyString, nonEmpty: true)),
            "measures": .optional(.list(.string)),
            // Metrics of one family (服务企业 and 服务中小企业) are one thing counted two ways:
            // never compared with each other, never both a unit's headline.
            "family": .optional(.nonEmptyString),
            // Words of a unit's name or a document's title that make the metric its headline
            // (科普活动 for a 科协 or a 科技馆; 培训 in a training article).
            "keyFor": .optional(.list(.nonEmptyString)),
            // Words that let a pattern follow a longer qualifier (研发 before 占地区生产总值比重).
            "qualifiedBy": .optional(.list(.nonEmptyString)),
        ]))),
    ])

    /// A config or data file's bytes: a regular file of at most 16 MB (a FIFO would block).
    static func read(_ file: String, what: String) throws -> [UInt8] {
        do { return try FileBytes.contents(of: file, limit: 16 << 20) } catch let e as BriefError {
            var why = e.message.replacingOccurrences(of: "cannot read the file: ", with: "")
            if why.hasSuffix("; skipped") { why = String(why.dropLast("; skipped".count)) }
            throw BriefError(.usage, "cannot read the \(what): \(why)", at: e.location)
        }
    }
}
