import Foundation

/// Where partials and parents come from: a folder (confined to it) or a dictionary.
/// Parsed templates are cached, so each is parsed once however often it is used.
public final class TemplateLibrary: @unchecked Sendable {
    enum Source {
        case none
        case dictionary([String: String])
        case folder(root: String, suffix: String)
    }

    let source: Source
    private let lock = NSLock()
    private var cache: [String: Template] = [:]

    init(source: Source) { self.source = source }

    public static var empty: TemplateLibrary { TemplateLibrary(source: .none) }

    /// Partials given as name → source (the specification's tests).
    public static func dictionary(_ partials: [String: String]) -> TemplateLibrary {
        TemplateLibrary(source: .dictionary(partials))
    }

    /// Partials from a folder. `{{> sub/name}}` reads `sub/name.<kind>.mustache`, then
    /// `sub/name.mustache`, then `sub/name`, where `<kind>` is `md` or `html` from the
    /// root template, so each output kind can have its own layout.
    public static func folder(_ root: String, kind: String = "") -> TemplateLibrary {
        TemplateLibrary(source: .folder(root: root, suffix: kind))
    }

    /// The template for a partial name, or nil when there is none.
    /// - Throws: when the name tries to leave the folder, or the partial does not parse.
    func template(named name: String, from program: TemplateProgram, at tag: Int) throws -> Template? {
        if let t = lock.withLock({ cache[name] }) { return t }
        let found: (source: String, file: String)?
        switch source {
        case .none: found = nil
        case let .dictionary(d): found = d[name].map { ($0, name) }
        case let .folder(root, suffix): found = try read(name, root: root, suffix: suffix, from: program, at: tag)
        }
        guard let found else { return nil }
        let t = try Template(source: found.source, name: found.file)
        lock.withLock { cache[name] = t }
        return t
    }

    private func read(_ name: String, root: String, suffix: String, from program: TemplateProgram,
                      at tag: Int) throws -> (String, String)? {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !name.hasPrefix("/"), !name.contains("\\"), !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
            throw program.error("partial name '\(name)' must stay inside the template folder", at: tag)
        }
        let rootURL = URL(fileURLWithPath: root).resolvingSymlinksInPath()
        var candidates = [name + ".mustache", name]
        if !suffix.isEmpty { candidates.insert(name + "." + suffix + ".mustache", at: 0) }
        for candidate in candidates {
            let url = rootURL.appendingPathComponent(candidate)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue else { continue }
            // A symbolic link may point outside: judge the real path.
            let real = url.resolvingSymlinksInPath().path
            guard real.hasPrefix(rootURL.path + "/") else {
                throw program.error("partial '\(name)' leads outside the template folder", at: tag)
            }
            guard let data = FileManager.default.contents(atPath: real) else {
                throw program.error("cannot read partial '\(name)'", at: tag)
            }
            return (String(decoding: data, as: UTF8.self), url.path)
        }
        return nil
    }
}
