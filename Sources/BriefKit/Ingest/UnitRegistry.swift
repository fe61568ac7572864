import Foundation

/// Canonical unit names and the aliases documents use for them.
///
/// Built-in defaults live in `Data/units.json`'s twin below; users extend them with a JSON
/// file of the same shape (`--registry FILE`), without recompiling.
public struct UnitRegistry: Sendable {
    public struct Alias: Sendable, Hashable {
        public var text: String
        /// The alias only counts in a document that also mentions this text.
        public var requires: String?
    }

    public struct Unit: Sendable, Hashable {
        public var name: String
        public var aliases: [Alias]
    }

    public private(set) var units: [Unit]
    /// Every unit's name and alias, the districts and the city, longest first: what a
    /// subject's owner can be (`SubjectNormalizer` drops them from the front).
    let ownerNames: WordList

    public init(units: [Unit]) {
        self.units = units
        let forms = units.flatMap { [$0.name] + $0.aliases.map(\.text) } + UnitNames.districts + ["上海市", "上海"]
        ownerNames = WordList(Array(Set(forms)).sorted { $0.scalarCount > $1.scalarCount || ($0.scalarCount == $1.scalarCount && $0 < $1) })
    }

    /// The registry compiled into Brief (same content as `Data/units.json`).
    public static let builtIn: UnitRegistry = {
        // The literal is ours and known to parse; a failure here is a programming error.
        do { return try UnitRegistry.parse(json: builtInJSON, file: "<built-in units>") } catch {
            preconditionFailure("the built-in unit registry does not parse: \(error)")
        }
    }()

    /// Loads a registry file and puts its units in front of (and over) the built-in ones.
    public static func loading(file: String, over base: UnitRegistry = .builtIn) throws -> UnitRegistry {
        let extra = try parse(json: String(decoding: try JSONShape.read(file, what: "unit registry"), as: UTF8.self), file: file)
        var merged = extra.units
        merged += base.units.filter { u in !extra.units.contains { $0.name == u.name } }
        return UnitRegistry(units: merged)
    }

    public static func parse(json: String, file: String) throws -> UnitRegistry {
        let value = try JSONReader.parse(json, file: file)
        try JSONShape.unitRegistry.check(value, file: file)
        guard let list = value["units"]?.arrayValue else {
            throw BriefError(.usage, "unit registry needs a \"units\" array", at: SourceLocation(file: file))
        }
        var units: [Unit] = []
        for (i, item) in list.enumerated() {
            guard let name = item["name"]?.stringValue, !name.isEmpty else {
                throw BriefError(.usage, "unit \(i + 1) has no \"name\"", at: SourceLocation(file: file))
            }
            var aliases: [Alias] = []
            for a in item["aliases"]?.arrayValue ?? [] {
                if let s = a.stringValue { aliases.append(Alias(text: s, requires: nil)) }
                else if let s = a["alias"]?.stringValue { aliases.append(Alias(text: s, requires: a["requires"]?.stringValue)) }
            }
            units.append(Unit(name: name, aliases: aliases))
        }
        return UnitRegistry(units: units)
    }

    /// The words aliases require the document to mention (`TextSurvey` looks for them).
    var requiredWords: [String] { units.flatMap { $0.aliases.compactMap(\.requires) } }

    /// The canonical name for a name or alias, or nil when the registry does not know it.
    public func canonicalName(for name: String, context: String = "") -> String? {
        canonicalName(for: name, mentions: { context.isEmpty || context.hasBytes($0) })
    }

    /// `mentions` says whether the document holds an alias's required word.
    func canonicalName(for name: String, mentions: (String) -> Bool) -> String? {
        let trimmed = name.trimmingBlanks
        for unit in units {
            // Compared by byte (`hasSameBytes`): `==` on unequal Chinese names checks canonical
            // equivalence, and every name of the registry is asked for each candidate.
            if unit.name.hasSameBytes(as: trimmed) { return unit.name }
            for alias in unit.aliases where alias.text.hasSameBytes(as: trimmed) {
                if let req = alias.requires, !mentions(req) { continue }
                return unit.name
            }
        }
        return nil
    }

    /// The unit a text is written by: the registry name or alias mentioned first in `head`,
    /// ties going to the longer match (上海市科委 before 市科委).
    public func unitMentionedFirst(in head: String, context: String) -> String? {
        unitMentionedFirst(in: head, mentions: { context.hasBytes($0) })
    }

    func unitMentionedFirst(in head: String, mentions: (String) -> Bool) -> String? {
        var best: (offset: Int, length: Int, name: String)?
        for unit in units {
            var forms = [Alias(text: unit.name, requires: nil)] + unit.aliases
            forms.sort { $0.text.utf8.count > $1.text.utf8.count }
            for form in forms {
                guard let offset = head.byteOffset(of: form.text) else { continue }
                // Checked second: the context is the whole document.
                if let req = form.requires, !mentions(req) { continue }
                let length = form.text.utf8.count
                if best == nil || offset < best!.offset || (offset == best!.offset && length > best!.length) {
                    best = (offset, length, unit.name)
                }
            }
        }
        return best?.name
    }

    static let builtInJSON = BuiltInData.unitsJSON
}
