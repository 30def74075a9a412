public import DebriefKit

/// Renders a report as one self-contained HTML file: inline CSS and SVG, no scripts, no
/// external assets, readable on screen and on paper.
///
/// Every user string is escaped (`& < > " '`), so an answer that contains markup shows as
/// text. Reports of many debriefs include charts of feelings and stages over time and of
/// how often each of the five questions was something to work on.
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
        let blocks = ReportLayout(steps: report.steps).blocks(for: report)
        let title = blocks.first.flatMap { block -> String? in
            if case .heading(_, let text) = block { text } else { nil }
        } ?? "Debrief report"
        var body = ""
        var inDebrief = false
        for block in blocks {
            if case .heading(2, _) = block {
                if inDebrief { body += "</section>\n" }
                body += "<section>\n"
                inDebrief = true
            }
            body += write(block) + "\n"
        }
        if inDebrief { body += "</section>\n" }
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(HTMLReporter.style)
        </style>
        </head>
        <body>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }

    private func write(_ block: ReportBlock) -> String {
        switch block {
        case .heading(let level, let text):
            let tag = "h\(min(max(level, 1), 6))"
            return "<\(tag)>\(HTMLText.escape(text))</\(tag)>"
        case .paragraph(let text):
            return "<p class=\"lead\">\(HTMLText.multiline(text))</p>"
        case .fields(let fields):
            return "<dl>" + fields.map { "<dt>\(HTMLText.escape($0.label))</dt><dd>\(HTMLText.multiline($0.value))</dd>" }.joined() + "</dl>"
        case .items(let items):
            return "<ul>" + items.map { "<li>\(HTMLText.multiline($0))</li>" }.joined() + "</ul>"
        case .insight(let insight):
            return "<div class=\"insight\"><h3>\(HTMLText.escape(insight.title))</h3><p>\(HTMLText.multiline(insight.detail))</p>"
                + "<p class=\"meta\">\(HTMLText.escape(insight.basedOn()))</p></div>"
        case .tallies(let tallies):
            return "<figure>" + SVGChart.tallies(tallies) + "</figure>"
        case .timeline(let chart):
            guard !chart.timeline.points.isEmpty else {
                return "<p class=\"meta\">\(HTMLText.escape(chart.title)): nothing yet.</p>"
            }
            return "<figure>" + SVGChart.timeline(chart) + "<figcaption>\(HTMLText.escape(chart.title))</figcaption></figure>"
        }
    }
}
