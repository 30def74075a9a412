import ArgumentParser

/// `--format text|json` for the commands that print debriefs.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
