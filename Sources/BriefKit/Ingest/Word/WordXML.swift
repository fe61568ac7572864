/// Reads the tokens of one part of a Word file, turning the scanner's failures into
/// errors that name the file and the part.
enum WordXML {
    static func next(_ scanner: inout XMLScanner, part: String, file: String) throws -> XMLScanner.Token? {
        do {
            return try scanner.next()
        } catch let .externalEntity(offset) {
            throw BriefError(.input, "\(part) declares an external entity (DOCTYPE with SYSTEM or PUBLIC); refused, nothing outside the file is read",
                             at: SourceLocation(file: file, offset: offset))
        } catch let .doctype(offset) {
            throw BriefError(.input, "\(part) has a DOCTYPE, which Word files never have; refused", at: SourceLocation(file: file, offset: offset))
        } catch let .malformed(what, offset) {
            throw BriefError(.input, "\(part) is not well-formed XML (\(what) at byte \(offset)); the file is damaged",
                             at: SourceLocation(file: file, offset: offset))
        }
    }

    /// The decoded text of a text token.
    static func text(_ token: XMLScanner.Token, in bytes: [UInt8], into out: inout [UInt8]) {
        switch token {
        case let .text(range): CharacterReferences.decode(bytes, range, into: &out)
        case let .cdata(range): out.append(contentsOf: bytes[range])
        default: break
        }
    }
}
