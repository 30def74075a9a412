import DebriefKit
import Foundation
import DebriefSTAR
import Testing

@Suite("Rumination guard")
struct RuminationGuardTests {
    @Test(arguments: [
        ("I always freeze when they ask about salary.", RuminationGuard.Trigger.absolute("always")),
        ("Honestly I'm such a failure.", .label("failure")),
        ("I am useless at interviews", .label("useless")),
        ("I feel so stupid about the last answer", .label("stupid")),
        ("I’m not good enough for roles like this", .label("not good enough")),
        ("Nothing went right.", .absolute("nothing")),
        ("Everyone else there was better than me", .absolute("everyone")),
        ("No one ever calls me back", .absolute("no one")),
        ("It was fine. But I never get past the final round", .absolute("never")),
        ("My answers were always too long", .absolute("always")),
        ("I've never been good at interviews", .absolute("never")),
        ("I'd never get hired somewhere like that", .absolute("never")),
        ("I have never once got past a final round", .absolute("never")),
    ])
    func noticesAbsolutistSelfTalk(_ text: String, _ trigger: RuminationGuard.Trigger) {
        #expect(RuminationGuard.trigger(in: text) == trigger)
    }

    @Test(arguments: [
        "The team always shipped on Fridays.",
        "I prepared the portfolio but not the salary question.",
        "Their process is the same for everyone who applies.",
        "We discussed a failure in the design system.",
        "I'd tell them it's not the end of the world, you always learn something",
        "I'd never heard of it",
        "I had never used Kafka before, so I said so.",
        "I've never been asked that question in an interview",
        "Honestly I'd never seen a take-home like that",
        "I never thought about it that way until the panel asked",
        "",
    ])
    func leavesOrdinaryReflectionAlone(_ text: String) {
        #expect(RuminationGuard.trigger(in: text) == nil)
    }

    @Test func theReframeQuotesTheWordAndIsGentle() {
        let absolute = RuminationGuard.reframe(for: .absolute("never"))
        #expect(absolute.contains("“never”") && absolute.contains("one conversation"))
        let label = RuminationGuard.reframe(for: .label("useless"))
        #expect(label.contains("“Useless”") && label.contains("not who you are"))
    }

    @Test func theReactionSpeaksOnlyForSelfTalkAndIsOncePerChapter() {
        let reaction = Reaction.ruminationGuard
        #expect(reaction.oncePerChapter)
        let debrief = Debrief(id: DebriefID(rawValue: "x"), createdAt: .init(timeIntervalSince1970: 0))
        let harsh = ReactionInput(step: StepKey("wins.list"), value: .list(["nothing, I'm useless"]), debrief: debrief)
        let calm = ReactionInput(step: StepKey("wins.list"), value: .list(["stayed calm", "good rapport"]), debrief: debrief)
        #expect(reaction.response(to: harsh) == RuminationGuard.reframe(for: .label("useless")))
        #expect(reaction.response(to: calm) == nil)
    }
}
