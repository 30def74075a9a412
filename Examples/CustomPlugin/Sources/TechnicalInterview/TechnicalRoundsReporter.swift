public import DebriefKit

/// The `technical` report format: one line per debrief that had a technical round, then the
/// insights of every plugin. Contributed through ``TechnicalInterviewPlugin/reporters``, so any
/// host that reads reporters through `PluginSet` offers it (`report --format technical`).
///
/// ```swift
/// let plugins: PluginSet = [.technicalInterview]
/// print(try plugins.reporter(for: "technical").render(report))
/// ```
public struct TechnicalRoundsReporter: Reporter {
    public let format = "technical", fileExtension = "txt"

    public func render(_ report: Report) throws -> String {
        var lines = ["Technical rounds"]
        for debrief in report.debriefs {
            guard case .choice(let kind)? = debrief["technical.format"] else { continue }
            var line = "• \(debrief.interview.title): \(kind)"
            if case .scale(let confidence)? = debrief["technical.confidence"] { line += ", confidence \(confidence)/5" }
            if case .list(let stuck)? = debrief["technical.stuck"], !stuck.isEmpty { line += "; stuck on " + stuck.joined(separator: ", ") }
            lines.append(line)
        }
        if lines.count == 1 { lines.append("• none yet") }
        lines += report.insights.map { "Pattern: \($0.title)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The reporter; it has nothing to configure.
    public init() {}
}
