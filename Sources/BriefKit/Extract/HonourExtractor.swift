/// Finds honours named in running text and in honour tables. (Filled in below.)
struct HonourExtractor {
    var unit: String?
    func extract(text: String, path: String, reportYear: Int?) -> [Honour] { [] }
}
