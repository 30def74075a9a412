public import DebriefKit

/// Renders a report as Markdown (CommonMark), with user text escaped so it shows as typed.
///
/// ```swift
/// let markdown = try MarkdownReporter().render(Report(debriefs: all, insights: insights, generatedAt: .now))
/// ```
public struct MarkdownReporter: Reporter {
    /// Escapes every user string; reads the report's ``DebriefKit/Report/steps``.
    public init() {}

    public var format: String { "markdown" }
    public var fileExtension: String { "md" }

    /// The whole document for `report`.
    public func render(_ report: Report) throws -> String {
        ReportLayout(steps: report.steps).blocks(for: report).map(write).joined(separator: "\n\n") + "\n"
    }

    private func write(_ block: ReportBlock) -> String {
        switch block {
        case .heading(let level, let text):
            return String(repeating: "#", count: level) + " " + Self.escape(text)
        case .paragraph(let text):
            return Self.escape(text)
        case .fields(let fields):
            return fields.map { "- **\(Self.escape($0.label)):** " + Self.escape($0.value) }.joined(separator: "\n")
        case .items(let items):
            return items.map { "- " + Self.escape($0) }.joined(separator: "\n")
        case .insight(let insight):
            let detail = insight.detail.isEmpty ? "" : "\(Self.escape(insight.detail))  \n  "
            return "- **\(Self.escape(insight.title))**  \n  \(detail)*\(Self.escape(insight.basedOn()))*"
        case .tallies(let tallies):
            return "| Question | Partly | Other answer | Answered |\n| --- | ---: | ---: | ---: |\n" + tallies.map { tally in
                "| \(Self.escape(tally.question.topic)) | \(tally.partly) | \(tally.opposite) (\(tally.question.opposite.rawValue)) | \(tally.answered) |"
            }.joined(separator: "\n")
        case .timeline(let chart):
            guard let caption = chart.caption else { return "**\(Self.escape(chart.title)):** nothing yet" }
            return "**\(Self.escape(chart.title)):** `\(chart.sparkline)`  \n*\(Self.escape(caption))*"
        }
    }

    /// Backslash-escapes what Markdown would read as markup (inline marks, HTML, entities,
    /// and list or heading markers at the start of a line), drops control characters, and
    /// keeps line breaks inside a list item as hard breaks.
    static func escape(_ text: String) -> String {
        TextNormaliser.normalise(text).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var out = ""
            for character in line {
                if "\\`*_[]<>|&~#".contains(character) { out.append("\\") }
                out.append(character)
            }
            if let first = out.first, "-+=".contains(first) { return "\\" + out }
            let digits = out.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, let mark = out.dropFirst(digits.count).first, mark == "." || mark == ")" {
                return digits + "\\" + out.dropFirst(digits.count)
            }
            return out
        }.joined(separator: "  \n  ")
    }
}
