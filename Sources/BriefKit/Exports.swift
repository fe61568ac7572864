// The template engine is its own library; BriefKit's callers (the CLI, the tests, the
// benchmarks) see its public types through BriefKit as before.
@_exported import BriefTemplate
