import DebriefInsights
import DebriefKit
import DebriefReports
import Foundation
import Testing

@Suite struct ReporterTests {
    let hostile = "<script>alert(\"hi\" + 'there')</script> & more"

    @Test func htmlEscapesEveryUserString() throws {
        let debrief = Samples.debrief(company: "R&D <Labs>", role: "\"Lead\" 'Designer'",
                                      extra: ["reflect.struggled.now#1": .text(hostile), "custom.note": .text(hostile),
                                              "wins.list": .list([hostile])])
        let html = try HTMLReporter().render(Report(debriefs: [debrief, Samples.debrief()], insights: [
            Insight(id: "x", title: hostile, detail: hostile, count: 1, debriefIDs: [debrief.id]),
        ], generatedAt: Samples.now))
        #expect(!html.contains("<script"), "no script element, anywhere")
        #expect(!html.contains("alert(\"hi\""), "quotes are escaped")
        #expect(html.contains("&lt;script&gt;alert(&quot;hi&quot; + &#39;there&#39;)&lt;/script&gt; &amp; more"))
        #expect(html.contains("&quot;Lead&quot; &#39;Designer&#39; at R&amp;D &lt;Labs&gt;"))
        #expect(!html.contains("R&D"))
        #expect(!html.contains("src=") && !html.contains("@import") && !html.contains("url("), "no external assets")
        #expect(html.components(separatedBy: "href=\"").dropFirst().allSatisfy { $0.hasPrefix("#d-") }, "links only within the page")
    }

    @Test func htmlDropsControlCharacters() throws {
        let debrief = Samples.debrief(extra: ["custom.note": .text("a\u{1B}[31mb\u{85}c\td\u{7F}e — café")])
        let html = try HTMLReporter().render(Report(debriefs: [debrief], generatedAt: Samples.now))
        #expect(html.contains("<dd>a[31mbc de — café</dd>"))
    }

    @Test func unknownAnswersAreNeverDropped() throws {
        for format in ["text", "markdown", "html"] {
            let output = try ReportsPlugin.reports.reporter(for: format).render(Samples.singleReport())
            #expect(output.contains("tired but hopeful"), "\(format): the answer is shown")
            #expect(output.contains("Pricing questions"), "\(format)")
            #expect(output.contains("Other answer"), "\(format): a step the report has no flow for gets a plain label")
            #expect(!output.contains("custom.energy") && !output.contains("reflect.prepared.gaps") && !output.contains("star.next"),
                    "\(format): never a step id")
            #expect(!output.contains("context.company"), "\(format): interview answers show as the interview")
        }
    }

    @Test func answersOutsideTheTrailAreShownToo() throws {
        var debrief = Samples.debrief()
        debrief.answers[StepKey("zz.imported", item: 2)] = Answer(value: .list(["kept", "too"]), raw: "", answeredAt: Samples.now)
        let output = try TextReporter().render(Report(debriefs: [debrief], generatedAt: Samples.now))
        #expect(output.hasSuffix("Other answer: tired but hopeful\nOther answer: kept; too\n"))
    }

    @Test func flowStepsLabelTheirAnswersShortly() throws {
        let flow = Flow([Chapter("custom", title: "Custom") {
            Ask("custom.energy", "How is your energy after {company}?", .text()).labelled("Energy after the news")
            Ask("custom.stage", "How far did you get? 1 phone screen, 2 first interview, 3 final round", .choice(["phone screen", "first interview", "final round"]))
            Ask("custom.ready", "How ready do you feel for the next one, from 1 to 10?", .scale(1...10))
        }])
        let debrief = Samples.debrief(extra: ["custom.stage": .choice("final round"), "custom.ready": .scale(8)])
        let output = try TextReporter().render(Report(debriefs: [debrief], flow: flow, generatedAt: Samples.now))
        #expect(output.contains("Energy after the news: tired but hopeful"))
        #expect(output.contains("How far did you get: final round"), "the question's first clause, without its options")
        #expect(output.contains("How ready do you feel for…: 8/10"), "at most six words; a 1–10 scale out of 10")
        #expect(!output.contains("custom.") && !output.contains("1 phone screen"))
    }

    @Test func textDropsTerminalEscapes() throws {
        let debrief = Samples.debrief(extra: ["custom.note": .text("red\u{1B}[31m text\u{07}")])
        let output = try TextReporter(colour: false).render(Report(debriefs: [debrief], generatedAt: Samples.now))
        #expect(output.contains("Other answer: red text"))
        #expect(!output.contains("\u{1B}") && !output.contains("\u{07}"))
    }

    @Test func markdownEscapesMarkup() throws {
        let debrief = Samples.debrief(extra: ["custom.note": .text("*bold* <b>x</b> [link](http://x) & 1. not a list")])
        let output = try MarkdownReporter().render(Report(debriefs: [debrief], generatedAt: Samples.now))
        #expect(output.contains(#"- **Other answer:** \*bold\* \<b\>x\</b\> \[link\](http://x) \& 1. not a list"#))
    }

    @Test func jsonIsAnArchiveWithInsights() throws {
        let report = Samples.manyReport()
        let json = try JSONReporter().render(report)
        let archive = try DebriefJSON.decoder().decode(DebriefArchive.self, from: Data(json.utf8))
        #expect(archive.debriefs == report.debriefs, "imports back without loss")
        #expect(archive.format == "debrief-archive" && archive.version == DebriefArchive.currentVersion)
        struct Extra: Decodable { var insights: [Insight] }
        #expect(try DebriefJSON.decoder().decode(Extra.self, from: Data(json.utf8)).insights == report.insights)
    }

    @Test func longEvidenceListsAreShortened() throws {
        let ids = (0..<10).map { DebriefID(rawValue: "id\($0)-long-id") }
        let insight = Insight(id: "x", title: "Pattern", detail: "Detail.", count: 10, debriefIDs: ids)
        let text = try TextReporter().render(Report(debriefs: [], insights: [insight], generatedAt: Samples.now))
        #expect(text.contains("Count 10 · based on 10 debriefs: id0-long, id1-long, id2-long, id3-long, id4-long, id5-long, id6-long, id7-long and 2 more"))
    }

    @Test func emptyReportSaysWhatWillShow() throws {
        let text = try TextReporter().render(Report(debriefs: [], generatedAt: Samples.now))
        #expect(text == "Your debriefs\n=============\n\nNo debriefs yet. Made on 2026-11-26. After your first debrief, this report shows what you noticed.\n")
    }

    @Test func unknownFormatIsAClearError() {
        #expect(throws: DebriefError(.invalidData, "There is no \"pdf\" report format.", recovery: "Pick one of: text, markdown, json, html.")) {
            try ReportsPlugin.reports.reporter(for: "pdf")
        }
        #expect((try? ReportsPlugin.reports.reporter(for: "HTML").format) == "html")
    }

    @Test func pluginListsTheFourReporters() {
        let plugin: any DebriefPlugin = .reports
        #expect(plugin.reporters.map(\.format) == ["text", "markdown", "json", "html"])
        #expect(plugin.reporters.map(\.fileExtension) == ["txt", "md", "json", "html"])
        #expect((try? ReportsPlugin(colour: true).reporter(for: "text") as? TextReporter)?.colour == true, "the host's colour choice reaches the text reporter")
    }
}
