/// `brief unit --unit U [PATH...]`: one unit's page over all its years.
enum UnitCommand {
    static let spec = CommandSpec(
        name: "unit",
        abstract: "Write a unit's page: every headline figure over all its years, charts, honours by year.",
        arguments: "[PATH...]", argumentsHelp: "Documents or folders (default: samples).",
        options: [.init("--unit", value: "unit", help: "The unit (required): its name, an alias from the unit registry, or part of the name."),
                  .init("--registry", value: "file", help: "Extra unit registry (JSON) over the built-in one."),
                  BriefingOptions.format, BriefingOptions.output, BriefingOptions.templates, InputOptions.maxSize],
        examples: ["brief unit --unit 上海软件中心", "brief unit --unit 普陀区科委 --format html -o putuo.html reports/"])

    static func run(_ args: ParsedArguments, console: Console) -> ExitStatus {
        guard let wanted = args.value("--unit"), !wanted.isEmpty else {
            console.report(BriefError(.usage, "missing '--unit <unit>'; give a unit such as --unit 上海软件中心"))
            return .usage
        }
        do {
            let renderer = try BriefingOptions.renderer(args)
            let (corpus, reports, registry) = try BriefingOptions.reports(args, console: console)
            let model = ComparisonModel(reports)
            let chosen = try UnitChoice.match(wanted, in: model.units, registry: registry, what: "has reports")
            guard chosen.count == 1 else {
                throw BriefError(.usage, "'\(wanted)' names several units: \(chosen.joined(separator: ", ")); give one of them")
            }
            let view = UnitView.build(unit: chosen[0], model: model)
            return BriefingOptions.emit("unit", view: view, renderer: renderer, args: args, console: console, failed: corpus.failed)
        } catch let e as BriefError { console.report(e); return .usage } catch { return .usage }
    }
}
