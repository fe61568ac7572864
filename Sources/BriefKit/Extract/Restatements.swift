/// Marks a figure the document already gave (same year, value and measure, a subject
/// sharing a word): it stays in the list for provenance but is not counted again in its
/// category. Kept as a value so a document read in windows carries what it has seen.
struct Restatements {
    // Keyed by value, not by a formatted string: this runs for every figure.
    private struct Figure: Hashable { var year: Int; var value: Double; var measure: String }
    private var seen: [Figure: [String]] = [:]

    /// Marks the restatements among `facts`, which follow those marked before.
    mutating func mark(_ result: inout [Fact]) {
        for i in result.indices where result[i].source == .text && result[i].category != .other {
            // Read in place: a copy of the fact would retain all its strings.
            let folded = result[i].quantity.folded
            let subject = result[i].subject
            let k = Figure(year: result[i].year ?? 0, value: folded.value, measure: folded.measure)
            if let earlier = seen[k], earlier.contains(where: { FactExtractor.sharesWord($0, subject) && !Self.opposite($0, subject) }) {
                result[i].category = .other
                result[i].key = false
            }
            // Only the most recent subjects per value are compared: a list of thousands of
            // equal figures must not make this quadratic.
            if seen[k, default: []].count < 32 { seen[k, default: []].append(subject) }
        }
    }

    /// A budget balances: 收入预算总额 and 支出预算总额 are equal and two figures, not one told twice.
    static func opposite(_ a: String, _ b: String) -> Bool {
        let aIn = a.hasBytes("收入"), aOut = a.hasBytes("支出"), bIn = b.hasBytes("收入"), bOut = b.hasBytes("支出")
        return (aIn && !aOut && bOut && !bIn) || (aOut && !aIn && bIn && !bOut)
    }
}
