import DebriefKit
import DebriefTesting
import Foundation
import Testing

@Suite struct ModelTests {
    @Test func aDebriefRoundTripsThroughJSON() throws {
        let original = StoreConformance.sample()
        let data = try DebriefJSON.encoder().encode(original)
        let decoded = try DebriefJSON.decoder().decode(Debrief.self, from: data)
        #expect(decoded == original)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""schema":1"#))
        #expect(text.contains(#""reflect.struggled.now#2":"#))
        #expect(text.contains(#""type":"yesPartlyNo","value":"partly""#))
    }

    @Test func aNewerSchemaIsRefusedWithAClearMessage() throws {
        let data = try DebriefJSON.encoder().encode(StoreConformance.sample())
        let newer = String(decoding: data, as: UTF8.self).replacingOccurrences(of: #""schema":1"#, with: #""schema":9"#)
        #expect {
            try DebriefJSON.decoder().decode(Debrief.self, from: Data(newer.utf8))
        } throws: { error in
            String(describing: error).contains("newer Debrief (schema 9)")
        }
    }

    @Test func anArchiveChecksItsFormatAndVersion() throws {
        let archive = DebriefArchive(debriefs: [StoreConformance.sample()])
        let data = try DebriefJSON.encoder(pretty: true).encode(archive)
        #expect(try DebriefJSON.decoder().decode(DebriefArchive.self, from: data) == archive)
        let foreign = Data(#"{"format": "something-else", "version": 1, "debriefs": []}"#.utf8)
        #expect(throws: DecodingError.self) { try DebriefJSON.decoder().decode(DebriefArchive.self, from: foreign) }
        let future = Data(#"{"format": "debrief-archive", "version": 3, "debriefs": []}"#.utf8)
        #expect(throws: DecodingError.self) { try DebriefJSON.decoder().decode(DebriefArchive.self, from: future) }
        let first = Data(#"{"format": "debrief-archive", "version": 1, "debriefs": []}"#.utf8)
        #expect(try DebriefJSON.decoder().decode(DebriefArchive.self, from: first).version == 1, "version 1 archives still read")
    }

    @Test func dayDateArithmeticAndWeekdays() throws {
        let day = try #require(DayDate(iso: "2026-11-26"))
        #expect(day.weekday == 4)
        #expect(day.adding(days: 6).iso == "2026-12-02")
        #expect(day.adding(days: -366).iso == "2025-11-25")
        #expect(DayDate(iso: "2024-02-29") != nil)
        #expect(DayDate(iso: "2025-02-29") == nil)
        #expect(DayDate(iso: "2026-13-01") == nil)
        #expect(try #require(DayDate(iso: "2026-01-01")).days(to: day) == 329)
    }

    @Test func stepKeysParseTheirItem() {
        #expect(StepKey(rawValue: "reflect.now#2") == StepKey("reflect.now", item: 2))
        #expect(StepKey(rawValue: "odd#name") == StepKey("odd#name"))
        #expect(StepKey("a", item: 3).rawValue == "a#3")
    }

    /// Keys written the same are one key: `StepKey("x#2")` next to `StepKey(rawValue: "x#2")`
    /// made two answers with one written key, and encoding the debrief (or saving it) crashed.
    @Test func keysWrittenTheSameAreOneKey() throws {
        #expect(StepKey("x#2") == StepKey(rawValue: "x#2"))
        #expect(StepKey("x#2").stepID == "x" && StepKey("x#2").item == 2)
        var debrief = Debrief(id: DebriefID(rawValue: "k"), createdAt: Date(timeIntervalSince1970: 0))
        debrief.answers[StepKey("x#2")] = Answer(value: .text("first"), raw: "first", answeredAt: Date(timeIntervalSince1970: 0))
        debrief.answers[StepKey(rawValue: "x#2")] = Answer(value: .text("second"), raw: "second", answeredAt: Date(timeIntervalSince1970: 1))
        #expect(debrief.answers.count == 1)
        let decoded = try DebriefJSON.decoder().decode(Debrief.self, from: DebriefJSON.encoder().encode(debrief))
        #expect(decoded.answers[StepKey("x", item: 2)]?.raw == "second")
    }

    @Test func wordingFillsPlaceholdersWithFallbacks() {
        var debrief = Debrief(id: DebriefID(rawValue: "w"), createdAt: Date(timeIntervalSince1970: 0))
        debrief.interview.company = "Acme"
        debrief.answers[StepKey("feel")] = Answer(value: .scale(2), raw: "2", answeredAt: Date(timeIntervalSince1970: 0))
        let context = WordingContext(debrief: debrief, item: "why us", knownStepIDs: ["feel", "role.step"])
        #expect(Wording("At {company}, {item}: {feel}").text(in: context) == "At Acme, why us: 2/5")
        #expect(Wording("{role|the role} / {role.step} / {typo}").text(in: context) == "the role / … / {typo}")
    }

    @Test func interviewTitleUsesWhatIsKnown() {
        #expect(Interview(company: "Acme", role: "Designer").title == "Designer at Acme")
        #expect(Interview(company: "Acme").title == "Acme")
        #expect(Interview().title == "Untitled interview")
    }
}

@Suite struct FlowAssemblyTests {
    static func chapter(_ id: String, _ placement: ChapterPlacement = .end) -> Chapter {
        Chapter(id, title: id) { Ask("\(id).q", "\(id)?", .text()) }.placed(placement)
    }

    @Test func placementsPutChaptersNextToTheirAnchor() {
        let chapters = [Self.chapter("a"), Self.chapter("x", .after("a")), Self.chapter("b"), Self.chapter("y", .before("a")),
                        Self.chapter("z", .replacing("b")), Self.chapter("lost", .after("nowhere"))]
        #expect(chapters.placed().map(\.id) == ["y", "a", "x", "z", "lost"])
    }

    @Test func placementsChainAndKeepPluginOrder() {
        let chapters = [Self.chapter("second", .after("first")), Self.chapter("a"), Self.chapter("first", .after("a")),
                        Self.chapter("also", .after("a")), Self.chapter("b")]
        #expect(chapters.placed().map(\.id) == ["a", "first", "second", "also", "b"])
    }

    @Test func configurationReordersAndDisables() {
        let configured = [Self.chapter("a"), Self.chapter("b"), Self.chapter("c")]
            .arranged(by: FlowConfiguration(order: ["c", "missing"], disabled: ["b"]))
        #expect(configured.map(\.id) == ["c", "a"])
    }
}
