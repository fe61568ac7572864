/// Series per (unit, metric) across all documents, built from confident headline facts.
///
/// A fact joins a series under its metric id when the catalog knows it, otherwise under
/// its subject, so the same metric lines up across years and units.
public struct ComparisonModel: Sendable {
    public var series: [Series]
    public var honours: [String: [Honour]]      // unit → honours
    public var documents: [Extraction]

    public init(_ extractions: [Extraction]) {
        documents = extractions
        var bucket: [String: Series] = [:]
        var order: [String] = []
        var honours: [String: [Honour]] = [:]
        for e in extractions where e.kind != .articleFeed {
            let unit = e.unit ?? e.document
            for f in e.facts where f.key && f.confident {
                guard let year = f.year else { continue }
                // One series per metric across years when the subject names exactly that metric
                // (上海软件中心专业技术服务项目 = 专业技术服务项目); a subject that only contains a
                // generic metric (市民满意率) keeps a series of its own.
                let known = f.metric.flatMap { id in MetricCatalog.builtIn.metrics.first { $0.id == id } }
                let exact = known.map { m in Self.namesExactly(f.subject, m, unit: unit) } ?? false
                let metric = exact ? (f.metric ?? f.subject) : f.subject
                let k = unit + "|" + metric
                if bucket[k] == nil {
                    bucket[k] = Series(unit: unit, metric: metric, name: exact ? (known?.name ?? f.subject) : f.subject,
                                       category: f.category, byYear: [:])
                    order.append(k)
                }
                let obs = Observation(unit: unit, metric: metric, name: bucket[k]!.name, year: year, fact: f,
                                      document: e.document, documentYear: e.year)
                // The same figure from the same document twice (narrative and table) counts once.
                if !(bucket[k]!.byYear[year] ?? []).contains(where: { $0.document == e.document && $0.fact.quantity.folded == f.quantity.folded }) {
                    bucket[k]!.byYear[year, default: []].append(obs)
                }
            }
            honours[unit, default: []] += e.honours
        }
        series = order.compactMap { bucket[$0] }
        self.honours = honours
    }

    static func namesExactly(_ subject: String, _ m: MetricCatalog.Metric, unit: String) -> Bool {
        var s = subject.replacingOccurrences(of: "“", with: "")
        let registry = UnitRegistry.builtIn
        for u in registry.units where u.name == unit {
            for form in [u.name] + u.aliases.map(\.text) where s.hasPrefix(form) { s = String(s.dropFirst(form.count)) }
        }
        var changed = true
        while changed {
            changed = false
            for w in ["全年", "本年", "年度", "其中", "荣获", "获得", "实现", "完成", "达到", "共", "获"] where s.hasPrefix(w) {
                s = String(s.dropFirst(w.count)); changed = true
            }
        }
        let patterns = m.patterns.map { $0.replacingOccurrences(of: "“", with: "") }
        return s == m.name.replacingOccurrences(of: "“", with: "") || patterns.contains(s) || (s.hasPrefix("上海") && patterns.contains(String(s.dropFirst(2))))
    }

    public var units: [String] {
        var seen: [String] = []
        for s in series where !seen.contains(s.unit) { seen.append(s.unit) }
        for u in honours.keys.sorted() where !seen.contains(u) { seen.append(u) }
        return seen
    }

    public func series(for unit: String) -> [Series] { series.filter { $0.unit == unit } }
}

