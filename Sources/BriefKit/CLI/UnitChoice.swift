/// `--unit U`: the units a name picks among those the documents have.
enum UnitChoice {
    /// The unit named exactly (after the registry's aliases), else those whose name holds it.
    /// - Throws: a usage error listing the units there are when none matches.
    static func match(_ wanted: String, in units: [String], registry: UnitRegistry, what: String) throws -> [String] {
        let name = registry.canonicalName(for: wanted) ?? wanted
        if units.contains(name) { return [name] }
        let partial = units.filter { $0.contains(name) }
        guard !partial.isEmpty else {
            let list = units.isEmpty ? "none" : units.joined(separator: ", ")
            throw BriefError(.usage, "no unit '\(wanted)' \(what); units that do: \(list)")
        }
        return partial
    }
}
