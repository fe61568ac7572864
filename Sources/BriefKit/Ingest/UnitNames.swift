/// The canonical name of an organisation as Shanghai documents write it: the registry's
/// name for an alias; otherwise the name with its short forms written out (科委 →
/// 科学技术委员会, 科经委 → 科技和经济委员会) and `上海市` before a district, so that
/// `闵行区科委`, `闵行区科学技术委员会` and `上海市闵行区科学技术委员会` are one unit.
public enum UnitNames {
    public static let districts = ["黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区", "闵行区", "宝山区",
                                   "嘉定区", "浦东新区", "金山区", "松江区", "青浦区", "奉贤区", "崇明区"]
    /// Districts as their short forms are written (浦东科经委, 徐科委 is left to the registry).
    static let districtShort: [(String, String)] = [("浦东", "浦东新区"), ("黄浦", "黄浦区"), ("徐汇", "徐汇区"), ("长宁", "长宁区"),
                                                    ("静安", "静安区"), ("普陀", "普陀区"), ("虹口", "虹口区"), ("杨浦", "杨浦区"),
                                                    ("闵行", "闵行区"), ("宝山", "宝山区"), ("嘉定", "嘉定区"), ("金山", "金山区"),
                                                    ("松江", "松江区"), ("青浦", "青浦区"), ("奉贤", "奉贤区"), ("崇明", "崇明区")]
    static let shortForms: [(String, String)] = [("科经委", "科技和经济委员会"), ("经信委", "经济和信息化委员会"), ("科委", "科学技术委员会"),
                                                 ("经委", "经济委员会"), ("发改委", "发展和改革委员会"), ("商务委", "商务委员会")]

    public static func canonical(_ raw: String, registry: UnitRegistry, context: String = "") -> String {
        canonical(raw, registry: registry, mentions: { context.isEmpty || context.hasBytes($0) })
    }

    /// `mentions` says whether the document holds an alias's required word.
    static func canonical(_ raw: String, registry: UnitRegistry, mentions: (String) -> Bool) -> String {
        var name = raw.filter { $0 != " " && $0 != "\u{3000}" }
        if let known = registry.canonicalName(for: name, mentions: mentions) { return known }
        for (short, long) in shortForms where name.endsWithBytes(short) && !name.endsWithBytes(long) {
            name = String(name.unicodeScalars.dropLast(short.scalarCount)) + long
            break
        }
        // 市财政局 in a Shanghai document is 上海市财政局.
        if name.startsWithBytes("市"), name.scalarCount >= 4 { name = "上海" + name }
        if !name.startsWithBytes("上海") {
            if districts.contains(where: { name.startsWithBytes($0) }) { name = "上海市" + name }
            else if let (short, long) = districtShort.first(where: { name.startsWithBytes($0.0) && !name.startsWithBytes($0.1) }) {
                name = "上海市" + long + String(name.unicodeScalars.dropFirst(short.scalarCount))
            }
        }
        return registry.canonicalName(for: name, mentions: mentions) ?? name
    }
}
