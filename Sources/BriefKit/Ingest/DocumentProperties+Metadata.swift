/// Fills in what the text left unsaid from the file's own properties.
extension DocumentProperties {
    func complete(_ doc: inout Document, registry: UnitRegistry) {
        if let title, !title.isEmpty {
            if doc.kind == .other || doc.year == nil {
                let (kind, year) = MetadataDetector.kindAndYear(of: title)
                if doc.kind == .other { doc.kind = kind }
                if doc.year == nil, doc.kind == kind || doc.kind == .other { doc.year = year }
            }
            if doc.unit == nil { doc.unit = MetadataDetector.unit(of: title, registry: registry) }
        }
        if let date, doc.published == nil || dateIsPublication { doc.published = date }
    }
}
