/// `brief annual --year Y [--unit U]`: one year's brief.
enum AnnualCommand {
    static let spec = CommandSpec(
        name: "annual",
        abstract: "Write the annual brief for a year: headline figures against the previous value, honours, units side by side.",
        arguments: "[PATH...]", argumentsHelp: "Documents or folders (default: samples).",
        options: [.init("--year", value: "year", help: "The year to brief (required)."),
                  .init("--unit", value: "unit", help: "Only this unit: its name, an alias from the unit registry, or part of the name."),
                  .init("--registry", value: "file", help: "Extra unit registry (JSON) over the built-in one."),
                  BriefingOptions.format, BriefingOptions.output, BriefingOptions.templates, InputOptions.maxSize],
        examples: ["brief annual --year 2023", "brief annual --year 2023 --unit 上海软件中心",
                   "brief annual --year 2024 --format html -o brief-2024.html samples"])

    static func run(_ args: ParsedArguments, console: Console) -> ExitStatus {
        guard let y = args.value("--year"), let year = Int(y), (1900...2100).contains(year) else {
            console.report(BriefError(.usage, "missing or bad '--year <year>'; give a year such as --year 2023"))
            return .usage
        }
        do {
            let renderer = try BriefingOptions.renderer(args)
            let (corpus, reports, registry) = try BriefingOptions.reports(args, console: console)
            // A year or unit the documents lack is a usage error listing what they have,
            // not an empty brief with exit 0.
            let years = Set(corpus.documents.filter { $0.format != .feed }.compactMap(\.year)).sorted()
            guard years.contains(year) else {
                if years.isEmpty && corpus.failed > 0 { return .partialFailure }   // the failures are reported already
                let list = years.isEmpty ? "none of the documents states its year" : "years reported on: " + years.map(String.init).joined(separator: ", ")
                throw BriefError(.usage, "no report of \(year) in the documents; \(list)")
            }
            var chosen: [String]? = nil
            if let wanted = args.value("--unit") {
                let units = Set(reports.filter { $0.year == year }.map { $0.unit ?? $0.document }).sorted()
                chosen = try UnitChoice.match(wanted, in: units, registry: registry, what: "reports on \(year)")
            }
            // The model holds every year of the documents: the brief compares with earlier ones.
            let view = AnnualView.build(year: year, model: ComparisonModel(reports), units: chosen)
            return BriefingOptions.emit("annual", view: view, renderer: renderer, args: args, console: console, failed: corpus.failed)
        } catch let e as BriefError { console.report(e); return .usage } catch { return .usage }
    }
}
