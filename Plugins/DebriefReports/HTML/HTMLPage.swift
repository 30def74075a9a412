import DebriefKit
import Foundation

/// The body of the HTML report, in reading order.
///
/// Many debriefs: a short header; the first screen (three insights as cards, then the charts);
/// the other insights; every interview in full. One debrief (`show`): its title and sections.
struct HTMLPage {
    let title: String
    let body: String
    /// `one` for a single debrief, read at a narrower width; `many` otherwise.
    let kind: String

    init(report: Report, steps: StepMap) {
        let debriefs = report.debriefs.chronological()
        var titles: [DebriefID: String] = [:]
        for debrief in debriefs { titles[debrief.id] = debrief.interview.title }
        let series = ReportSeries(debriefs, steps: steps)
        let highlights = ReportHighlights(insights: report.insights, debriefs: debriefs, series: series, steps: steps)
        let cards = InsightCards(debriefs: debriefs)
        if debriefs.count == 1 {
            let debrief = debriefs[0]
            title = debrief.interview.title
            kind = "one"
            var body = "<header class=\"top\"><h1>\(HTMLText.escape(title))</h1></header>\n"
            let all = highlights.first.map { cards.card($0, first: true, level: 2) } + highlights.rest.map { cards.card($0, first: false, level: 2) }
            if !all.isEmpty { body += "<div class=\"cards\">" + all.joined() + "</div>\n" }
            body += "<article class=\"debrief\">" + Self.sections(debrief, steps: steps, flow: report.flow, level: 2) + "</article>\n"
            self.body = body
            return
        }
        title = "Your debriefs"
        kind = "many"
        var body = "<header class=\"top\"><h1>Your debriefs</h1>"
            + "<p class=\"lead\">\(HTMLText.escape(Self.overview(debriefs)))</p>"
            + "<p class=\"made\">Made on \(DayDate(utc: report.generatedAt).spoken)</p></header>\n"
        guard !debriefs.isEmpty else {
            self.body = body
            return
        }
        body += "<section class=\"first\" aria-label=\"Worth knowing first\">\n"
        if !highlights.first.isEmpty {
            body += "<div class=\"cards\">" + highlights.first.map { cards.card($0, first: true, level: 2) }.joined() + "</div>\n"
        }
        body += "<div class=\"charts\">" + ChartFigure(series: series, steps: steps, titles: titles).all.joined() + "</div>\n</section>\n"
        if !highlights.rest.isEmpty {
            body += "<section class=\"more\"><h2>More from your debriefs</h2><div class=\"notes\">"
                + highlights.rest.map { cards.card($0, first: false, level: 3) }.joined() + "</div></section>\n"
        }
        body += "<section class=\"interviews\"><h2>Each interview, in full</h2>\n"
        for debrief in debriefs {
            body += "<article class=\"debrief\" id=\"\(InsightCards.anchor(debrief.id))\"><h3>\(HTMLText.escape(debrief.interview.title))</h3>"
                + Self.sections(debrief, steps: steps, flow: report.flow, level: 4) + "</article>\n"
        }
        self.body = body + "</section>\n"
    }

    /// "4 interviews, from 1 Sep 2026 to 24 Nov 2026. Each one is practice for the next."
    private static func overview(_ debriefs: [Debrief]) -> String {
        guard let first = debriefs.first?.day, let last = debriefs.last?.day else {
            return "No debriefs yet. After your first debrief, this report shows what you noticed."
        }
        let span = first == last ? "on \(first.spoken)" : "from \(first.spoken) to \(last.spoken)"
        return "\(debriefs.count) interviews, \(span). Each one is practice for the next."
    }

    private static func sections(_ debrief: Debrief, steps: StepMap, flow: Flow?, level: Int) -> String {
        DebriefSections(debrief: debrief, steps: steps, flow: flow).blocks(level: level).map { block in
            switch block {
            case .heading(let level, let text):
                let tag = "h\(min(max(level, 1), 6))"
                return "<\(tag)>\(HTMLText.escape(text))</\(tag)>"
            case .paragraph(let text):
                return "<p>\(HTMLText.multiline(text))</p>"
            case .fields(let fields):
                return "<dl>" + fields.map { "<dt>\(HTMLText.escape($0.label))</dt><dd>\(HTMLText.multiline($0.value))</dd>" }.joined() + "</dl>"
            case .items(let items):
                return "<ul>" + items.map { "<li>\(HTMLText.multiline($0))</li>" }.joined() + "</ul>"
            case .insight, .tallies, .timeline:
                return "" // a debrief's own sections hold none of these; the page draws them above
            }
        }.joined(separator: "\n")
    }
}
