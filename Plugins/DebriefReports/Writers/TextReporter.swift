public import DebriefKit
import Foundation

/// Renders a report as plain text for the terminal, with optional colour.
///
/// The caller decides `colour` by the REPL's rules (off for NO_COLOR, TERM=dumb and a
/// stdout that is not a terminal). User text is cleaned of control characters and escape
/// sequences, so an answer can never drive the terminal.
///
/// ```swift
/// let text = try TextReporter(colour: isatty(1) == 1).render(Report(debriefs: [debrief], generatedAt: .now))
/// ```
public struct TextReporter: Reporter {
    /// The format name: `text`.
    public let format = "text"
    /// Saved reports end in `.txt`.
    public let fileExtension = "txt"
    /// Bold headings and dim labels (ANSI SGR), when true.
    public var colour: Bool

    /// Plain by default; pass `colour: true` only when the REPL would use colour.
    public init(colour: Bool = false) {
        self.colour = colour
    }

    /// The whole document for `report`.
    public func render(_ report: Report) throws -> String {
        ReportLayout(steps: report.steps).blocks(for: report).map(write).joined(separator: "\n\n") + "\n"
    }

    private func write(_ block: ReportBlock) -> String {
        switch block {
        case .heading(let level, let text):
            let clean = TextNormaliser.normalise(text)
            switch level {
            case 1: return bold(clean) + "\n" + String(repeating: "=", count: clean.count)
            case 2: return bold(clean) + "\n" + String(repeating: "-", count: clean.count)
            default: return bold(clean)
            }
        case .paragraph(let text):
            return TextNormaliser.normalise(text)
        case .fields(let fields):
            return fields.map { dim($0.label + ":") + " " + indented($0.value) }.joined(separator: "\n")
        case .items(let items):
            return items.map { "• " + indented($0) }.joined(separator: "\n")
        case .insight(let insight):
            let detail = insight.detail.isEmpty ? "" : indented(insight.detail) + "\n  "
            return "• " + bold(TextNormaliser.normalise(insight.title)) + "\n  " + detail + dim(insight.basedOn())
        case .tallies(let tallies):
            let width = tallies.map(\.question.topic.count).max() ?? 0
            return tallies.map { tally in
                dim(tally.question.topic + ":") + String(repeating: " ", count: width - tally.question.topic.count + 1) + tally.summary
            }.joined(separator: "\n")
        case .timeline(let chart):
            guard let caption = chart.caption else { return dim(chart.title + ":") + " nothing yet" }
            return dim(chart.title + ":") + " " + chart.sparkline + "\n  " + dim(caption)
        }
    }

    /// Continuation lines start under the text, not at the margin.
    private func indented(_ text: String) -> String {
        TextNormaliser.normalise(text).replacingOccurrences(of: "\n", with: "\n  ")
    }

    private func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    private func dim(_ text: String) -> String { colour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
