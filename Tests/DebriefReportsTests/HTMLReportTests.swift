import DebriefInsights
import DebriefKit
import DebriefReports
import Foundation
import Testing

/// The HTML report's layout: what the first screen holds, evidence behind disclosures, and
/// charts that label their points and never draw two interviews on one day as a fall.
@Suite struct HTMLReportTests {
    static func html(_ debriefs: [Debrief]) throws -> String {
        try HTMLReporter().render(Report(debriefs: debriefs, insights: Insights.compute(from: debriefs), generatedAt: Samples.now))
    }

    /// The text between `start` and the next `end`.
    static func part(_ html: String, from start: String, to end: String) -> String {
        guard let from = html.range(of: start), let to = html.range(of: end, range: from.upperBound..<html.endIndex) else { return "" }
        return String(html[from.upperBound..<to.lowerBound])
    }

    @Test func theFirstScreenHoldsThreeInsightsAndTheChartsBeforeAnythingElse() throws {
        let html = try HTMLReporter().render(Samples.manyReport())
        let first = Self.part(html, from: "<section class=\"first\"", to: "</section>")
        #expect(first.components(separatedBy: "<article class=\"card").count - 1 == 3)
        #expect(first.components(separatedBy: "<svg").count - 1 == 3, "feelings, stages and the five questions")
        #expect(["Going well", "One thing to practise", "Your next step"].allSatisfy(first.contains))
        let body = Self.part(html, from: "<main class=\"many\">", to: "<section class=\"first\"")
        #expect(!body.contains("<article") && !body.contains("<svg"), "only the title and one line come before it")
        #expect(html.range(of: "Each interview, in full")!.lowerBound > html.range(of: "<section class=\"first\"")!.lowerBound)
    }

    @Test func evidenceNamesTheInterviewsBehindADisclosure() throws {
        let html = try HTMLReporter().render(Samples.manyReport())
        #expect(!html.contains("Count ") && !html.contains("based on"), "no counts and ids in the text")
        let evidence = html.components(separatedBy: "<details class=\"evidence\">").dropFirst()
        #expect(!evidence.isEmpty)
        for disclosure in evidence.map({ $0.components(separatedBy: "</details>")[0] }) {
            #expect(disclosure.hasPrefix("<summary>Based on "), "\(disclosure.prefix(80))")
            #expect(!disclosure.contains("000000") || disclosure.contains("href=\"#d-000000-sample\""), "ids only in links, never as text")
        }
        #expect(html.contains("<a href=\"#d-3f2a9c1e-sample\">Product Designer at Acme &amp; Co</a> <span class=\"day\">24 Nov 2026</span>"))
        #expect(html.contains("<article class=\"debrief\" id=\"d-3f2a9c1e-sample\">"), "the link lands on the interview")
    }

    @Test func interviewsOnTheSameDayShareOneColumnAndAreNotDrawnAsAFall() throws {
        var debriefs = SampleDebriefs.make(count: 4, start: DayDate(year: 2026, month: 3, day: 2)!)
        // Debriefs 1 and 2 on one day: first interview, then task or assessment; feelings 2 then 3.
        debriefs[2].interview.date = debriefs[1].interview.date
        let html = try Self.html(debriefs)
        let stages = Self.part(html, from: "aria-label=\"How far each interview got\"", to: "</svg>")
        let points = Self.part(stages, from: "points=\"", to: "\"").split(separator: " ")
        #expect(points.count == 3, "three days, three points on the line: \(points)")
        let columns = stages.components(separatedBy: "<circle class=\"dot\" cx=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(columns.count == 4 && Set(columns).count == 3, "two dots share the same day's column: \(columns)")
        #expect(html.contains("<tr><td class=\"n\">9 Mar 2026</td><td>Role 1 at Company 1</td><td class=\"r\">first interview</td></tr>"
            + "<tr><td class=\"n\">9 Mar 2026</td><td>Role 2 at Company 2</td><td class=\"r\">task or assessment</td></tr>"), "the table lists both")
    }

    @Test func twoInterviewsOnOneDayAreNotCalledProgressOrDecline() throws {
        var debriefs = SampleDebriefs.make(count: 2, start: DayDate(year: 2026, month: 3, day: 2)!)
        debriefs[1].interview.date = debriefs[0].interview.date
        let html = try Self.html(debriefs)
        #expect(!html.contains("getting further") && !html.contains("lighter lately") && !html.contains("heavier"), "one day is no trend")
        #expect(html.contains("You got to the first interview"))
    }

    @Test func linePointsAndDatesAreLabelled() throws {
        let html = try Self.html(SampleDebriefs.make(count: 5, start: DayDate(year: 2026, month: 3, day: 2)!))
        let feelings = Self.part(html, from: "aria-label=\"How you felt right after (1–5)\"", to: "</svg>")
        let labels = feelings.components(separatedBy: "<text class=\"point\"").dropFirst().map { Self.part(String($0), from: ">", to: "<") }
        #expect(labels == ["1", "2", "3", "4", "5"], "each point says its value")
        #expect(feelings.contains(">2 Mar</text>") && feelings.contains(">30 Mar</text>"), "the first and last dates are written")
        #expect(feelings.contains("<title>2 Mar 2026 · Role 0 at Company 0: 1</title>"))
    }

    @Test func everyChartHasATextAlternative() throws {
        let html = try HTMLReporter().render(Samples.manyReport())
        let charts = html.components(separatedBy: "<svg").dropFirst()
        #expect(charts.count == 3)
        for chart in charts {
            let id = Self.part(String(chart), from: "aria-describedby=\"", to: "\"")
            #expect(chart.hasPrefix(" class=\"chart\" role=\"img\" aria-label=\"") && chart.contains("<title>"))
            #expect(html.contains("<span class=\"summary\" id=\"\(id)\">"), "described by the sentence above it: \(id)")
        }
        #expect(html.components(separatedBy: "<details class=\"numbers\"><summary>The numbers</summary><table>").count - 1 == 3)
    }

    @Test func darkModePrintAndPhoneStylesAreInline() throws {
        let html = try HTMLReporter().render(Samples.manyReport())
        #expect(html.contains("@media screen and (prefers-color-scheme: dark)"))
        #expect(html.contains("@media print") && html.contains("details::details-content"), "print opens disclosures")
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(!html.contains("<script") && !html.contains("<link"), "one file, nothing to fetch")
    }

    @Test func aThousandDebriefsDrawAnAveragedLineWithoutDots() throws {
        let html = try Self.html(SampleDebriefs.make(count: 1_000))
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        let feelings = Self.part(html, from: "aria-label=\"How you felt right after (1–5)\"", to: "</svg>")
        #expect(!feelings.contains("<circle"), "past 60 days the line has no dots")
        #expect(Self.part(feelings, from: "points=\"", to: "\"").split(separator: " ").count == 60, "1,000 days are averaged into 60")
        #expect(feelings.contains(">1 Jan ’24</text>"), "the first date, with its year when the chart spans years")
    }

    @Test func theFiveQuestionsLeftOverShareOneCard() throws {
        let html = try HTMLReporter().render(Samples.manyReport())
        let more = Self.part(html, from: "<section class=\"more\">", to: "</section>")
        #expect(!more.contains("worth a little practice"), "no card per question")
        #expect(more.contains("More to practise, when you&#39;re ready"), "\(more)")
    }
}
