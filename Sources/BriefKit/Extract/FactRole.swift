/// What a figure is, for the year it refers to.
///
/// Read from the phrase around the number, then the table column, then the section
/// (`2025年工作思路` holds targets), as `docs/MEANING.md` describes.
public enum FactRole: String, Sendable, Codable, CaseIterable {
    /// Achieved in that year, or the stock at its end (`服务企业 2599 家`).
    case actual
    /// An earlier value quoted for comparison (`较之 2021 年的 96.8%`).
    case baseline
    /// A difference or growth rate between two years (`同比增长 13.51%`, `比2023年预算增加`).
    case change
    /// A goal, plan or forecast for a year (`力争 65 家`, `预计2012年…将达3600亿元`).
    case target
    /// A planned amount in a budget (`收入预算620,838万元`, a `2025年预算数` column).
    case budget
    /// A proportion of a whole (`占GDP比重达到3.07%`, `为调整预算的101.9%`).
    case share
}
