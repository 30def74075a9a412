import DebriefInsights
import DebriefKit
import DebriefReports
import Foundation
import Testing

/// No report says the same stock sentence twice: every sentence of the HTML, Markdown and text
/// reports of several stores, except the person's own words, appears once.
@Suite struct StockSentenceTests {
    /// Stores of different shapes: the golden sample, many generated debriefs, interviews on the
    /// same day, every question answered as hoped, one debrief, none.
    static func stores() async throws -> [(String, InMemoryStore)] {
        let start = DayDate(year: 2026, month: 1, day: 5)!
        var sameDay = SampleDebriefs.make(count: 6, start: start)
        for index in sameDay.indices { sameDay[index].interview.date = start.adding(days: 7 * (index / 2)) }
        var hoped = SampleDebriefs.make(count: 4, start: start)
        for index in hoped.indices {
            for key in ["reflect.prepared", "reflect.research", "reflect.why", "reflect.questions", "reflect.examples"] {
                hoped[index].answers[StepKey(key)] = Answer(value: .yesPartlyNo(.yes), raw: "yes", answeredAt: Samples.now)
            }
        }
        let sets: [(String, [Debrief])] = [
            ("sample", [Samples.debrief()] + SampleDebriefs.make(count: 3, start: DayDate(year: 2026, month: 9, day: 1)!)),
            ("forty", SampleDebriefs.make(count: 40, start: start)),
            ("same day", sameDay),
            ("all as hoped", hoped),
            ("one", [Samples.debrief()]),
            ("none", []),
        ]
        var stores: [(String, InMemoryStore)] = []
        for (name, debriefs) in sets {
            let store = InMemoryStore()
            for debrief in debriefs { _ = try await store.save(debrief, expectedRevision: 0) }
            stores.append((name, store))
        }
        return stores
    }

    @Test(arguments: ["html", "markdown", "text"]) func everyStockSentenceIsSaidOnce(format: String) async throws {
        for (name, store) in try await Self.stores() {
            let report = try await ([.reports, .insights] as PluginSet).report(format: format, from: store, at: Samples.now)
            let debriefs = try await store.loadAll(.all, transcripts: false)
            let sentences = Self.stockSentences(of: format == "html" ? Self.visibleText(report) : report, debriefs: debriefs)
            var seen: [String: Int] = [:]
            for sentence in sentences { seen[sentence, default: 0] += 1 }
            let repeated = seen.filter { $0.value > 1 }.keys.sorted()
            #expect(repeated.isEmpty, "\(format), \(name): said more than once: \(repeated)")
            #expect(!sentences.isEmpty, "\(format), \(name): the report has sentences to check")
        }
    }

    @Test func aRepeatedStockSentenceIsDroppedFromTextAndMarkdownToo() throws {
        let report = Samples.manyReport()
        for format in ["text", "markdown"] {
            let output = try ReportsPlugin.reports.reporter(for: format).render(report)
            #expect(output.components(separatedBy: "A focus to practise, not a verdict.").count == 2, "\(format): said once")
            #expect(!output.contains("\n  \n"), "\(format): an insight whose every sentence was said has no empty line")
        }
    }

    /// The sentences of `text` (ending in . ! or ?) that hold none of the person's words: each
    /// answer, list item, STAR part and interview field is cut out first.
    static func stockSentences(of text: String, debriefs: [Debrief]) -> [String] {
        var words = Set<String>()
        for debrief in debriefs {
            let interview = debrief.interview
            words.formUnion([interview.company, interview.role, interview.stage, interview.outcome].compactMap { $0 })
            for answer in debrief.answers.values {
                switch answer.value {
                case .list(let items): words.formUnion(items)
                case .star(let star): words.formUnion([star.situation, star.task, star.action, star.result])
                default: words.insert(answer.value.display)
                }
            }
        }
        var stock = text
        for word in words.filter({ $0.count > 3 }).sorted(by: { $0.count > $1.count }) {
            stock = stock.replacingOccurrences(of: word, with: "\u{FFFC}")
        }
        return TextNormaliser.sentences(in: stock).filter { sentence in
            guard let last = sentence.last, ".!?".contains(last), !sentence.contains("\u{FFFC}") else { return false }
            return sentence.split(separator: " ").count >= 3
        }
    }

    /// The text a person sees: tags, the stylesheet and chart tooltips removed, entities decoded,
    /// each element's text on its own line.
    static func visibleText(_ html: String) -> String {
        var text = html
        for pattern in ["<style>[\\s\\S]*?</style>", "<title>[\\s\\S]*?</title>"] {
            text = text.replacingOccurrences(of: pattern, with: "\n", options: .regularExpression)
        }
        text = text.replacingOccurrences(of: "<[^>]+>", with: "\n", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }
}
