/// Key-figure cards: a value alone on its line and its label alone on the line above or,
/// in a block written number first, below.
extension Reading {
    /// Key-figure cards on lines of their own. A value takes the label above it as it is read;
    /// a block written number first (`1,386场` / `科普活动` / `42.5万人次` / `参与公众`) is known
    /// only when it ends: it opens on a value, alternates and closes on a label. Then each value
    /// takes the label under it. A block that closes on a value (a stray value, then labels
    /// above their values) keeps the labels above.
    mutating func collectCard(figures: Int) {
        if figures == 1, let v = lastValueCard, v.line == lineNumber {
            cardBlock.append(.value(v))
        } else if figures == 0, let label = cardLabel {
            cardBlock.append(.label(label))
        } else {
            finishCards()
        }
        lastValueCard = nil
    }

    /// Ends the block of cards read so far (at a line that is no card, or the text's end).
    mutating func finishCards() {
        defer { cardBlock.removeAll(keepingCapacity: true) }
        let n = cardBlock.count
        guard n >= 4, n % 2 == 0 else { return }
        for (k, line) in cardBlock.enumerated() {
            switch line {
            case .value: guard k % 2 == 0 else { return }
            case .label: guard k % 2 == 1 else { return }
            }
        }
        for k in stride(from: 0, to: n, by: 2) {
            guard case .value(let p) = cardBlock[k], case .label(let label) = cardBlock[k + 1], p.fact < facts.count else { continue }
            var fact = makeFact(p.quantity, subject: label, year: p.year, range: p.range, role: p.role)
            fact.role = p.role
            fact.baseYear = p.baseYear
            if p.role == .target { fact.category = .other }
            facts[p.fact] = fact
            if p.fact < traces.count { traces[p.fact].inSummary = true }
        }
    }
}

/// A line of a block of key-figure cards (see `Reading.collectCard`).
enum CardLine {
    case value(PendingCard)
    case label(String)
}

/// A card's value, with what it takes to make its fact again under another label.
struct PendingCard {
    var fact: Int
    var line: Int
    var quantity: ScannedQuantity
    var year: Int?
    var range: Range<Int>
    var role: FactRole
    var baseYear: Int?
}
