import DebriefKit
import Testing

/// Answers read the way people write them: an outcome in a sentence, a non-answer refused or
/// checked, date examples on the side of today the question asks about.
@Suite struct AnswerReadingTests {
    static let outcomes = ChoicePrompt(["rejected", "no reply", "role closed", "withdrew"],
                                       synonyms: ["no reply": ["ghosted", "never heard"], "withdrew": ["pulled out"]])
    static let stages = ChoicePrompt(["phone screen", "first interview", "final round"], allowsOther: true)

    @Test(arguments: [
        ("rejected, a two-line email", "rejected"), ("They rejected me after the final round", "rejected"),
        ("they ghosted me", "no reply"), ("Never heard back.", "no reply"), ("I pulled out", "withdrew"),
        ("the role closed before they decided", "role closed"),
    ])
    func anOutcomeIsReadFromASentence(input: String, expected: String) {
        #expect(PromptTableTests.run(Self.outcomes, [input]) == .accepted(.choice(expected)))
    }

    @Test func aSentenceNamingTwoOutcomesAsksWhichOne() throws {
        let reason = try #require(PromptTableTests.reason(PromptTableTests.run(Self.outcomes, ["I never heard back, so I pulled out"])))
        #expect(reason == "“I never heard back, so I pulled out” could mean no reply or withdrew; type the number of the one you mean.")
    }

    @Test(arguments: ["no", "n/a", "nope", "idk", "None", "I don't know"])
    func aNonAnswerToAChoiceWithOwnTextIsRefusedWithAReason(input: String) throws {
        let reason = try #require(PromptTableTests.reason(PromptTableTests.run(Self.stages, [input])))
        #expect(reason == "“\(input)” doesn't say which one. Pick one by number or name: 1 phone screen, 2 first interview, 3 final round, or describe it in a few words — or type /skip to leave it.")
    }

    @Test func ownTextThatHoldsAnOptionStaysAsWritten() {
        #expect(PromptTableTests.run(Self.stages, ["final round (onsite)"]) == .accepted(.choice("final round (onsite)")))
        #expect(PromptTableTests.run(Self.stages, ["a take-home task"]) == .accepted(.choice("a take-home task")))
    }

    @Test(arguments: ["idk", "no", "n/a", "none", "?"])
    func anImplausibleNameIsCheckedOnce(input: String) {
        let company = TextPrompt(maxLength: 200, naming: "the company's name")
        #expect(PromptTableTests.run(company, [input])
                == .needsMore(ask: "Just checking: is “\(input)” the company's name? Type yes to keep it, or type the name — or /skip to leave it."))
        #expect(PromptTableTests.run(company, [input, "yes"]) == .accepted(.text(input)))
        #expect(PromptTableTests.run(company, [input, ""]) == .accepted(.text(input)))
        #expect(PromptTableTests.run(company, [input, "Initech"]) == .accepted(.text("Initech")))
        #expect(PromptTableTests.run(company, ["Nothing Ltd"]) == .accepted(.text("Nothing Ltd")))
        #expect(PromptTableTests.run(TextPrompt(), [input]) == .accepted(.text(input)), "only a name is checked")
    }

    @Test func futureDateExamplesAreFutureDays() throws {
        // Thursday, 26 November 2026: a week later is 3 December.
        let unreadable = try #require(PromptTableTests.reason(PromptTableTests.run(.date(.future), ["someday soon"])))
        #expect(unreadable == "I couldn't read “someday soon” as a date. Try \"friday\", \"next monday\", \"in 2 weeks\", \"3 dec\" or 2026-12-03.")
        let twoWays = try #require(PromptTableTests.reason(PromptTableTests.run(.date(.future), ["12/11"])))
        #expect(twoWays.contains("Write it as 2026-12-03 (year-month-day), or like \"3 dec\"."))
        for reason in [unreadable, twoWays] {
            #expect(!reason.contains("yesterday") && !reason.contains("ago") && !reason.contains("last "))
        }
        let past = try #require(PromptTableTests.reason(PromptTableTests.run(.date(.past), ["someday"])))
        #expect(past == "I couldn't read “someday” as a date. Try \"yesterday\", \"last tuesday\", \"3 days ago\", \"26 nov\" or 2026-11-26.")
    }
}
