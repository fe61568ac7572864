/// The measure words and units Brief recognises after a number, longest first so that
/// 人次 wins over 人 and 个百分点 over 个.
enum MeasureWords {
    static let counts: [String] = [
        "个百分点", "个千分点", "个万分点", "微克/立方米", "毫克/立方米", "吨标准煤", "吨标煤", "吨二氧化碳当量", "吨二氧化碳", "个工作日", "工作日", "人年", "部门", "部分", "台（套）", "台(套)", "台件", "台次", "批次", "人天", "平方公里", "平方米", "千瓦时", "人次", "家次", "户次", "架次", "场次", "车次", "班次", "件次", "册次", "余人",
        "个月", "小时", "机时", "核时", "学时", "课时", "公里/小时", "公里", "千米", "兆瓦", "千瓦", "千伏", "立方米", "载重吨", "台套", "标箱", "人/次",
        "项", "家", "个", "人", "名", "位", "场", "次", "件", "篇", "本", "届", "年", "倍", "期", "份", "条", "张",
        "辆", "台", "套", "所", "座", "处", "支", "批", "类", "种", "门", "节", "轮", "天", "户", "例", "起", "岁", "亩",
        "分钟", "毫秒", "秒", "分", "米", "吨", "区", "艘", "架", "片", "段", "载", "颗", "枚", "部", "集", "册", "款", "组", "队", "班", "栋", "幢", "公顷", "间", "株", "棵", "首", "幅", "课", "周", "只", "头", "把",
    ].sorted { $0.scalarCount > $1.scalarCount }

    static let countList = WordList(counts)
    static let oneScalarCounts = ScalarSet(counts.filter { $0.scalarCount == 1 }.map { $0.unicodeScalars.first! })

    /// Currencies: a value in them is money, whatever scale word stands before.
    static let currencies: [String] = ["美元", "欧元", "港元", "日元", "英镑", "元"]
    static let currencyList = WordList(currencies)

    /// After a measure: qualifiers written after the quantity.
    static let postQualifiers: [(String, Qualifier)] = [
        ("以上", .over), ("左右", .approx), ("以下", .under), ("以内", .under),
    ]

    /// Before a number: qualifiers, longest first.
    static let preQualifiers: [(String, Qualifier)] = [
        ("不低于", .over), ("不少于", .over), ("不超过", .under), ("超过", .over), ("突破", .over),
        ("将近", .nearly), ("接近", .nearly), ("大约", .approx), ("不到", .under), ("不足", .under),
        ("低于", .under), ("超", .over), ("逾", .over), ("近", .nearly), ("约", .approx),
    ]
    static let preQualifierList = WordList(preQualifiers.map(\.0))

    /// Words ending in a qualifier character that are not qualifiers (签约 5 家 is exact).
    static let falseQualifierWords: ByteWords = [
        "签约", "预约", "节约", "制约", "公约", "合约", "条约", "契约", "集约", "邀约", "履约", "附近", "最近", "临近",
        "赶超", "高超",
    ]

    /// Phrases that contain numerals but are not quantities.
    static let setPhrases: [String] = [
        "两个维护", "两个确立", "四个意识", "四个自信", "四个全面", "两个大局", "两个百年", "三个代表", "五个中心",
        "四大功能", "一批", "一系列", "千方百计", "万无一失", "一带一路", "一网通办", "一网统管", "一站式", "一体化",
        "一件事", "一事一议", "万人计划", "一问题一报告", "三重一大", "一把手", "一线", "两新", "两会", "五位一体",
        "十四五", "十三五", "十五五", "百年", "千万家", "一流", "一些", "一次性", "一揽子", "第一",
        // A public institution's class (公益二类事业单位) is no count.
        "公益一类", "公益二类",
    ]
    static let setPhraseList = WordList(setPhrases)

    /// A measure as Chinese documents write it: with the full-width brackets that
    /// normalisation folded (台(套) → 台（套）), in prose and in a table's unit column alike.
    static func written(_ measure: String) -> String {
        guard measure.utf8.contains(where: { $0 == 0x28 || $0 == 0x29 }) else { return measure }
        return measure.replacingOccurrences(of: "(", with: "（").replacingOccurrences(of: ")", with: "）")
    }
}
