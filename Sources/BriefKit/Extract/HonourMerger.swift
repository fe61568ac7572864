/// One honour named twice in a document (in the text and again in a list, or as
/// `第二批` and `新一批` of the same designation) is listed once, at its first mention.
enum HonourMerger {
    static func merged(_ honours: [Honour]) -> [Honour] {
        guard honours.count > 1 else { return honours }
        let keys = honours.map { key($0.title) + "|" + $0.recipient }
        // Plain keys are equal only byte for byte, so their bytes can be hashed.
        let byBytes = keys.allSatisfy(\.isPlainText)
        var seen: [HashedKey: Int] = Dictionary(minimumCapacity: honours.count)
        var result: [Honour] = []
        for (h, text) in zip(honours, keys) {
            let k = HashedKey(text, byBytes: byBytes)
            if let at = seen[k] {
                // Keep the first mention; a table row says more than running text.
                if result[at].source == .text, h.source == .table { result[at] = h }
                continue
            }
            seen[k] = result.count
            result.append(h)
        }
        return mergedBySuffix(result)
    }

    /// The text's "上海市软件行业协会突出贡献会员单位" and the table's "突出贡献会员单位", both the
    /// same recipient's: one honour, its issuer written before the title once. A key of six
    /// characters or more that ends another key names the same distinction; as for equal keys,
    /// the table row is kept (it says more), else the first mention.
    static func mergedBySuffix(_ honours: [Honour]) -> [Honour] {
        guard honours.count > 1 else { return honours }
        var byRecipient: [String: [Int]] = [:]
        for (i, h) in honours.enumerated() { byRecipient[h.recipient, default: []].append(i) }
        var keys: [Int: [Unicode.Scalar]] = [:]
        var result = honours.map(Optional.some)
        for group in byRecipient.values where group.count > 1 {
            for i in group { keys[i] = key(honours[i].title).scalarArray }
            for (n, i) in group.enumerated() {
                for j in group[(n + 1)...] {
                    guard let a = result[i], let b = result[j], let ka = keys[i], let kb = keys[j] else { continue }
                    let (short, long) = ka.count <= kb.count ? (ka, kb) : (kb, ka)
                    guard short.count >= 6, short.count < long.count, long.suffix(short.count).elementsEqual(short) else { continue }
                    let keepA = a.source != b.source ? a.source == .table : true
                    result[i] = keepA ? a : b
                    keys[i] = keepA ? ka : kb
                    result[j] = nil
                }
            }
        }
        return result.compactMap { $0 }
    }

    static let keyMarks = ScalarSet("“”\"《》（）() ".unicodeScalars)

    /// The title without its batch (第二批, 新一批, 首批), year, quotes and brackets.
    static func key(_ title: String) -> String {
        // Removed in place with a bitmap: the scalar view's filter builds a string a scalar
        // at a time, and a literal's scalars were decoded for every scalar tested.
        var s = title.scalarArray
        s.removeAll { keyMarks.contains($0) }
        var i = 0
        while i < s.count {
            // 上海首家X and 上海X: one designation written two ways.
            if s[i] == "首", i + 1 < s.count, s[i + 1] == "家" || s[i + 1] == "个" { s.removeSubrange(i...(i + 1)); continue }
            // 第N批 / 首批 / 新一批 / 2023年度
            if s[i] == "第" || s[i] == "新" || s[i] == "首" {
                var j = i + 1
                while j < s.count, ChineseNumerals.isNumeral(s[j]) || QuantityScanner.isDigit(s[j]) { j += 1 }
                if j < s.count, s[j] == "批", j > i + 1 || s[i] == "首" { s.removeSubrange(i...j); continue }
            }
            if i + 5 <= s.count, YearResolver.fourDigitYear(s, endingBefore: i + 4) != nil, s[i + 4] == "年" {
                var j = i + 5
                if j < s.count, s[j] == "度" { j += 1 }
                s.removeSubrange(i..<j)
                continue
            }
            i += 1
        }
        let key = String(scalars: s)
        // 上海市X and 上海X likewise; compared as a String, so a variant form of 海 still matches.
        return key.hasPrefix("上海市") ? "上海" + key.dropFirst(3) : key
    }

    /// A key hashed once when made. A String key is hashed again (every non-ASCII scalar
    /// checked for normalisation) at each lookup and each move when the table grows; equal
    /// keys are still equal as String `==` says. All keys of one table are hashed the same
    /// way: by their bytes when all are plain text, else as String hashes.
    struct HashedKey: Hashable {
        let text: String
        let hash: Int

        init(_ text: String, byBytes: Bool) {
            self.text = text
            if byBytes {
                var hasher = Hasher(), copy = text
                copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
                hash = hasher.finalize()
            } else {
                hash = text.hashValue
            }
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        static func == (a: HashedKey, b: HashedKey) -> Bool { a.hash == b.hash && a.text == b.text }
    }
}
