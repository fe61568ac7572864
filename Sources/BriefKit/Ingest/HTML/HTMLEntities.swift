/// HTML's named character references that web pages actually use, and the decoding of a
/// page's text with them (`&nbsp;`, `&ldquo;`, `&#20013;`, `&#x4E00;`, and `&nbsp` without
/// its semicolon, which browsers accept too).
enum HTMLEntities {
    static let names: [String: Unicode.Scalar] = [
        "nbsp": "\u{A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "lrm": "\u{200E}", "rlm": "\u{200F}", "shy": "\u{AD}",
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "copy": "©", "reg": "®", "trade": "™", "middot": "·", "bull": "•", "hellip": "…", "mdash": "—", "ndash": "–",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "sbquo": "‚", "bdquo": "„", "laquo": "«", "raquo": "»",
        "lsaquo": "‹", "rsaquo": "›", "prime": "′", "Prime": "″",
        "times": "×", "divide": "÷", "deg": "°", "plusmn": "±", "minus": "−", "permil": "‰", "micro": "µ",
        "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "infin": "∞", "radic": "√", "sum": "∑", "lowast": "∗",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "sup1": "¹", "sup2": "²", "sup3": "³",
        "yen": "¥", "cent": "¢", "pound": "£", "euro": "€", "sect": "§", "para": "¶", "iexcl": "¡", "iquest": "¿",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "rArr": "⇒", "lArr": "⇐",
        "acute": "´", "uml": "¨", "cedil": "¸", "ordf": "ª", "ordm": "º", "not": "¬", "macr": "¯", "brvbar": "¦", "curren": "¤",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "lambda": "λ", "mu": "μ", "pi": "π",
        "sigma": "σ", "omega": "ω", "Omega": "Ω", "Delta": "Δ", "Sigma": "Σ",
        "sdot": "⋅", "loz": "◊", "spades": "♠", "clubs": "♣", "hearts": "♥", "diams": "♦", "star": "☆",
    ]

    static func named(_ name: ArraySlice<UInt8>) -> [Unicode.Scalar]? {
        names[String(decoding: name, as: UTF8.self)].map { [$0] }
    }

    /// The text of `bytes[range]` with every reference decoded.
    static func decode(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        guard bytes[range].contains(UInt8(ascii: "&")) else { return UncheckedUTF8.decoding(bytes[range]) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        CharacterReferences.decode(bytes, range, into: &out, named: named, lenient: true)
        return UncheckedUTF8.decoding(out)
    }
}
