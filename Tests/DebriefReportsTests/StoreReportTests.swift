import DebriefInsights
import DebriefKit
import DebriefReports
import Foundation
import Testing

@Suite struct StoreReportTests {
    @Test func showResolvesAPrefixAndReportIncludesInsights() async throws {
        let store = InMemoryStore()
        _ = try await store.save(Samples.debrief(), expectedRevision: 0)
        for debrief in SampleDebriefs.make(count: 3, start: DayDate(year: 2026, month: 9, day: 1)!) {
            _ = try await store.save(debrief, expectedRevision: 0)
        }
        let plugin: PluginSet = [.reports, .insights]
        let shown = try await plugin.show("3F2A", format: "text", from: store, at: Samples.now)
        #expect(shown.hasPrefix("Product Designer at Acme & Co\n"))
        let report = try await plugin.report(format: "markdown", from: store, at: Samples.now)
        // The same debriefs as the golden `report`; Markdown does not show revisions, which the store bumped.
        let golden = try String(contentsOf: GoldenFile.directory.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report == golden)
        await #expect(throws: DebriefError.self) { try await plugin.show("zz", format: "text", from: store, at: Samples.now) }
        await #expect(throws: DebriefError.self) { try await plugin.report(format: "pdf", from: store, at: Samples.now) }
    }
}
