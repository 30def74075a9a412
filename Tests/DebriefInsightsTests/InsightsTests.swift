import DebriefInsights
import DebriefKit
import Foundation
import Testing

/// Insights over generated stores with the patterns documented on `SampleDebriefs`.
@Suite struct InsightsTests {
    /// Saves `count` generated debriefs to a store and computes insights from the store.
    func insights(count: Int) async throws -> [String: Insight] {
        let store = InMemoryStore()
        for debrief in SampleDebriefs.make(count: count) {
            _ = try await store.save(debrief, expectedRevision: 0)
        }
        let insights = try await Insights.compute(from: store)
        #expect(Set(insights.map(\.id)).count == insights.count, "insight ids are unique")
        return Dictionary(uniqueKeysWithValues: insights.map { ($0.id, $0) })
    }

    @Test func oneDebriefSaysWhatMoreWillShow() async throws {
        let found = try await insights(count: 1)
        #expect(found["questions.prepared.toWorkOn"]?.count == 0)
        #expect(found["questions.research.toWorkOn"]?.count == 1)
        #expect(found["questions.research.toWorkOn"]?.detail.contains("After a few more debriefs") == true)
        #expect(found["questions.why.toWorkOn"]?.count == 0)
        #expect(found["questions.questions.toWorkOn"]?.count == 1)
        #expect(found["questions.examples.toWorkOn"] == nil, "skipped, so not answered")
        #expect(found["struggled.collecting"]?.count == 2)
        #expect(found["struggled.collecting"]?.detail.contains("When one returns") == true)
        #expect(found["progress.stage"]?.count == 1)
        #expect(found["progress.stage"]?.detail.contains("With more debriefs") == true)
        #expect(found["feelings.trend"]?.count == 1)
        #expect(found["feelings.trend"]?.detail == "You felt 1/5 right after. Next time, you will see how it compares.")
        #expect(found["fit.notes"]?.count == 1)
        #expect(found["plans.open"]?.count == 0)
        #expect(found["plans.open"]?.detail == "Your plan is done. Well kept.")
        #expect(found.count == 9)
    }

    @Test func threeDebriefs() async throws {
        let found = try await insights(count: 3)
        #expect(found["questions.prepared.toWorkOn"]?.count == 1)
        #expect(found["questions.research.toWorkOn"]?.count == 2)
        #expect(found["questions.research.toWorkOn"]?.debriefIDs.map(\.rawValue) == ["000000-sample", "000001-sample"])
        #expect(found["questions.why.toWorkOn"]?.count == 0)
        #expect(found["questions.questions.toWorkOn"]?.count == 1)
        #expect(found["questions.examples.toWorkOn"]?.count == 0)
        #expect(found["questions.examples.toWorkOn"]?.title == "Examples landed: as you hoped in all 2")
        #expect(found["struggled.collecting"]?.count == 2)
        #expect(found["progress.stage"]?.title == "Furthest stage: task or assessment")
        #expect(found["progress.stage"]?.count == 1)
        #expect(found["progress.stage"]?.detail.contains("go further than your first ones") == true)
        #expect(found["feelings.trend"]?.count == 3)
        #expect(found["feelings.trend"]?.detail.hasPrefix("On average 1.0/5 in your earlier debriefs and 3.0/5 in the recent ones.") == true)
        #expect(found["fit.notes"]?.count == 1)
        #expect(found["plans.open"]?.count == 1)
        #expect(found["plans.open"]?.debriefIDs.map(\.rawValue) == ["000001-sample"])
    }

    @Test func fiftyDebriefs() async throws {
        let found = try await insights(count: 50)
        #expect(found["questions.prepared.toWorkOn"]?.count == 25)
        #expect(found["questions.research.toWorkOn"]?.count == 34)
        #expect(found["questions.research.toWorkOn"]?.debriefIDs.count == 34)
        #expect(found["questions.why.toWorkOn"]?.count == 0)
        #expect(found["questions.questions.toWorkOn"]?.count == 13)
        #expect(found["questions.examples.toWorkOn"]?.title == "Examples landed: as you hoped in all 40")
        #expect(found["struggled.1"]?.count == 13, "three wordings of the conflict question form one group")
        #expect(found["struggled.1"]?.title == "“Tell me about a conflict with a colleague” came up 13 times")
        #expect(found["struggled.1"]?.detail.contains("“Describe a conflict you had with a colleague.”") == true)
        #expect(found["struggled.2"]?.count == 7)
        #expect(found["struggled.2"]?.debriefIDs.count == 7)
        #expect(found["struggled.3"] == nil)
        #expect(found["struggled.collecting"] == nil)
        #expect(found["progress.stage"]?.title == "Furthest stage: second interview")
        #expect(found["progress.stage"]?.count == 12)
        #expect(found["feelings.trend"]?.count == 50)
        #expect(found["fit.notes"]?.count == 9)
        #expect(found["plans.open"]?.count == 25)
    }

    @Test func parallelAndSerialAgree() {
        let debriefs = SampleDebriefs.make(count: 1_200).shuffled()
        let parallel = Insights.compute(from: debriefs)
        let serial = Insights.providers().flatMap { $0.insights(from: debriefs) }
        #expect(parallel == serial)
        #expect(parallel.first { $0.id == "struggled.1" }?.count == 300, "i % 4 == 0 for 1,200 debriefs")
    }

    @Test func readsLargeInputsInParallelChunksWithTheSameCounts() {
        // 5,000 debriefs: more than one 4,096-debrief chunk of facts.
        let found = Dictionary(uniqueKeysWithValues: Insights.compute(from: SampleDebriefs.make(count: 5_000).reversed()).map { ($0.id, $0) })
        #expect(found["struggled.1"]?.count == 1_250)
        #expect(found["struggled.2"]?.count == 625)
        #expect(found["plans.open"]?.count == 2_500)
        #expect(found["questions.research.toWorkOn"]?.count == 3_334, "all but the 1,666 with i % 3 == 2")
        #expect(found["feelings.trend"]?.debriefIDs.first?.rawValue == "000000-sample", "oldest first, whatever the input order")
        #expect(found["feelings.trend"]?.debriefIDs.last?.rawValue == "004999-sample")
    }

    @Test func customProvidersRunAlongsideAndSeeDebriefsOldestFirst() {
        let debriefs = Array(SampleDebriefs.make(count: 1_500).reversed())
        let insights = Insights.compute(from: debriefs, providers: [FirstAndCount(), FeelingsInsights()])
        #expect(insights.map(\.id) == ["custom.first", "feelings.trend"])
        #expect(insights[0].debriefIDs.map(\.rawValue) == ["000000-sample"])
        #expect(insights[0].count == 1_500)
    }

    @Test func noDebriefsNoInsights() {
        #expect(Insights.compute(from: []).isEmpty)
    }

    @Test func pluginExposesTheProviders() {
        let plugin: any DebriefPlugin = .insights
        #expect(plugin.id == "insights")
        #expect(plugin.insightProviders.count == Insights.providers().count)
    }
}

/// A third-party provider: names the oldest debrief it is given.
struct FirstAndCount: InsightProvider {
    func insights(from debriefs: [Debrief]) -> [Insight] {
        [Insight(id: "custom.first", title: "First", detail: "", count: debriefs.count, debriefIDs: debriefs.prefix(1).map(\.id))]
    }
}

@Suite struct FitNoteTests {
    @Test func aNoteThatEndsASentenceGetsNoSecondFullStop() throws {
        var debrief = Debrief(id: DebriefID(rawValue: "fit"), createdAt: Date(timeIntervalSince1970: 0))
        debrief.answers[StepKey("wins.fit")] = Answer(value: .scale(4), raw: "4", answeredAt: debrief.createdAt)
        debrief.answers[StepKey("wins.fit.note")] = Answer(value: .text("A small team — I liked that."), raw: "", answeredAt: debrief.createdAt)
        let fit = try #require(Insights.compute(from: [debrief]).first { $0.id == "fit.notes" })
        #expect(fit.detail.hasSuffix("Your notes: “A small team — I liked that.”"))
    }
}
