import DebriefInsights
import DebriefKit
import DebriefReports
import DebriefTesting
import Foundation
import TechnicalInterview
import Testing

/// The plugin's reporter and insight provider reach a host through `PluginSet`, next to the
/// built-in ones, exactly as `debrief report` and `debrief insights` read them.
@Suite struct ContributionTests {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)
    static let plugins: PluginSet = [.reports, .insights, .technicalInterview]

    /// A store with one finished technical round.
    static func store() async throws -> InMemoryStore {
        let t = try await ConversationTester(plugins: [.technicalInterview])
        try await t.send(["yes", "system design", "4", "caching; estimating load", "read about caching", "practise estimates"])
        var debrief = try await t.debrief()
        debrief.interview = Interview(company: "Acme", role: "Backend Engineer")
        let store = InMemoryStore()
        _ = try await store.save(debrief, expectedRevision: 0)
        return store
    }

    @Test func itsFormatIsOneOfTheHostsFormats() throws {
        #expect(Self.plugins.formats == ["text", "markdown", "json", "html", "technical"])
        #expect(try Self.plugins.reporter(for: "Technical") is TechnicalRoundsReporter)
    }

    @Test func theReportUsesItsReporterAndEveryPluginsInsights() async throws {
        let report = try await Self.plugins.report(format: "technical", from: try await Self.store(), at: Self.now)
        #expect(report.contains("• Backend Engineer at Acme: system design, confidence 4/5; stuck on caching, estimating load"))
        #expect(report.contains("Pattern: Stuck in 1 technical round"))
    }

    @Test func itsInsightRunsWithTheBuiltInOnes() async throws {
        let insights = try await Self.plugins.insights(from: try await Self.store())
        #expect(insights.contains { $0.id == "technical.stuck" && $0.count == 1 })
        #expect(Self.plugins.insightProviders.count == Insights.providers().count + 1)
    }
}
