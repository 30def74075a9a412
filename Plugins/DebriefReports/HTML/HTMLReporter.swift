public import DebriefKit

/// Renders a report as one self-contained HTML file: inline CSS and SVG, no scripts, no
/// external assets, readable on a phone, on paper and in dark mode.
///
/// A report of many debriefs opens with what is worth knowing first: three insights in plain
/// words (something going well, one thing to practise, the next step) and charts of feelings,
/// stage reached and the five questions, each with a sentence and a table for screen readers.
/// Which interviews an insight rests on is behind a disclosure, then the other insights and
/// every debrief follow. Every user string is escaped (`& < > " '`), so an answer that contains
/// markup shows as text.
///
/// ```swift
/// let html = try HTMLReporter().render(Report(debriefs: all, insights: insights, generatedAt: .now))
/// try html.write(toFile: "report.html", atomically: true, encoding: .utf8)
/// ```
public struct HTMLReporter: Reporter {
    /// The format name: `html`.
    public let format = "html"
    /// Saved reports end in `.html`.
    public let fileExtension = "html"
    /// Reads the parts of each debrief through the report's ``DebriefKit/Report/steps``.
    public init() {}

    /// The whole document for `report`.
    public func render(_ report: Report) throws -> String {
        let page = HTMLPage(report: report, steps: report.steps)
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>\(HTMLText.escape(page.title))</title>
        <style>
        \(HTMLReporter.style)
        </style>
        </head>
        <body>
        <main class="\(page.kind)">
        \(page.body)</main>
        </body>
        </html>

        """
    }
}
