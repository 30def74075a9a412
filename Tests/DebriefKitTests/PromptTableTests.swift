import DebriefKit
import Testing

/// Table-driven checks of every typed prompt: what is accepted, and the reason for what is not.
@Suite struct PromptTableTests {
    /// Thursday, 26 November 2026.
    static let context = PromptContext(today: DayDate(year: 2026, month: 11, day: 26)!)

    static func run(_ prompt: any Prompt, _ lines: [String]) -> PromptOutcome {
        prompt.evaluate(lines, in: context)
    }

    static func reason(_ outcome: PromptOutcome) -> String? {
        if case .rejected(let reason) = outcome { reason } else { nil }
    }

    @Test(arguments: [
        ("yes", YesPartlyNo.yes), ("Yep!", .yes), ("yeah, I read everything", .yes), ("Y", .yes), ("of course", .yes),
        ("kinda", .partly), ("Kind of — I skimmed", .partly), ("sort of", .partly), ("somewhat", .partly),
        ("partly", .partly), ("yes and no", .partly), ("mostly", .partly), ("so-so", .partly),
        ("no", .no), ("Nope.", .no), ("not really", .no), ("Not really, no time", .no), ("nah", .no),
        ("I didn’t", .no), ("not at all", .no),
    ])
    func yesPartlyNoAccepts(input: String, expected: YesPartlyNo) {
        #expect(Self.run(.yesPartlyNo, [input]) == .accepted(.yesPartlyNo(expected)))
    }

    /// A question can teach the prompt its own words: "Was it a behavioural question?" — "behavioural".
    @Test func aQuestionsOwnWordsCountToo() {
        let prompt: YesPartlyNoPrompt = .yesPartlyNo(yes: ["behavioural", "behavioral"], no: ["technical"])
        #expect(Self.run(prompt, ["Behavioural"]) == .accepted(.yesPartlyNo(.yes)))
        #expect(Self.run(prompt, ["technical, about SQL"]) == .accepted(.yesPartlyNo(.no)))
        #expect(Self.run(prompt, ["kinda"]) == .accepted(.yesPartlyNo(.partly)), "the usual words still work")
        #expect(Self.reason(Self.run(prompt, ["banana"]))?.contains("behavioural") == true, "the re-ask names them")
        #expect(Self.run(.yesPartlyNo, ["behavioural"]) != .accepted(.yesPartlyNo(.yes)), "only where the question says so")
    }

    @Test func meaningWorksOutsideAFlow() {
        #expect(YesPartlyNoPrompt.meaning(of: "Yep!") == .yes)
        #expect(YesPartlyNoPrompt.meaning(of: "nah, new one") == .no)
        #expect(YesPartlyNoPrompt.meaning(of: "banana") == nil)
    }

    @Test(arguments: ["", "   ", "banana", "not sure", "whatever you think", "1"])
    func yesPartlyNoRejects(input: String) throws {
        let reason = try #require(Self.reason(Self.run(.yesPartlyNo, [input])))
        #expect(reason.contains("yes, partly or no"))
    }

    @Test(arguments: [("3", 3), ("three", 3), ("3/5", 3), ("3 out of 5", 3), (" 5 ", 5), ("1 - awful", 1), ("Four", 4)])
    func scaleAccepts(input: String, expected: Int) {
        #expect(Self.run(.scale(), [input]) == .accepted(.scale(expected)))
    }

    @Test(arguments: [
        ("6", "6 is outside 1–5"), ("0", "0 is outside 1–5"), ("-2", "outside 1–5"), ("3.5", "whole number"),
        ("meh", "Type a number from 1 to 5"), ("", "Type a number from 1 to 5"),
    ])
    func scaleRejects(input: String, expected: String) throws {
        let reason = try #require(Self.reason(Self.run(.scale(), [input])))
        #expect(reason.contains(expected), "\(reason)")
    }

    @Test func scaleReasonNamesTheLabels() throws {
        let reason = try #require(Self.reason(Self.run(.scale(low: "very low", high: "fine"), ["9"])))
        #expect(reason.contains("1 = very low") && reason.contains("5 = fine"))
    }

    @Test(arguments: [
        ("2026-11-24", "2026-11-24"), ("today", "2026-11-26"), ("Yesterday", "2026-11-25"),
        ("the day before yesterday", "2026-11-24"), ("3 days ago", "2026-11-23"), ("two weeks ago", "2026-11-12"),
        ("a week ago", "2026-11-19"), ("last tuesday", "2026-11-24"), ("tuesday", "2026-11-24"), ("Tue", "2026-11-24"),
        ("thursday", "2026-11-26"), ("last thursday", "2026-11-19"), ("on monday", "2026-11-23"),
        ("24 nov", "2026-11-24"), ("November 20th", "2026-11-20"), ("3 december", "2025-12-03"),
        ("1 March 2026", "2026-03-01"), ("last week", "2026-11-19"),
    ])
    func pastDateAccepts(input: String, expected: String) {
        #expect(Self.run(.date(.past), [input]) == .accepted(.date(DayDate(iso: expected)!)))
    }

    @Test(arguments: [
        ("tomorrow", "2026-11-27"), ("friday", "2026-11-27"), ("next monday", "2026-11-30"), ("in 2 weeks", "2026-12-10"),
        ("in three days", "2026-11-29"), ("3 december", "2026-12-03"), ("thursday", "2026-11-26"), ("next thursday", "2026-12-03"),
    ])
    func futureDateAccepts(input: String, expected: String) {
        #expect(Self.run(.date(.future), [input]) == .accepted(.date(DayDate(iso: expected)!)))
    }

    @Test(arguments: [
        (DatePrompt.Direction.past, "tomorrow", "is after today"),
        (.past, "2027-01-01", "is after today"),
        (.future, "yesterday", "has already passed"),
        (.any, "11/12", "could be read two ways"),
        (.any, "2026-02-30", "couldn't read"),
        (.any, "soon-ish", "couldn't read"),
        (.any, "", "Type a date"),
        (.any, "99999 days ago", "couldn't read"),
    ])
    func dateRejects(direction: DatePrompt.Direction, input: String, expected: String) throws {
        let reason = try #require(Self.reason(Self.run(.date(direction), [input])))
        #expect(reason.contains(expected), "\(reason)")
    }

    static let stages = ChoicePrompt(["phone screen", "technical", "final round"])

    @Test(arguments: [("1", "phone screen"), ("3", "final round"), ("Technical", "technical"), ("fin", "final round"),
                      ("PHONE", "phone screen"), ("final round!", "final round")])
    func choiceAccepts(input: String, expected: String) {
        #expect(Self.run(Self.stages, [input]) == .accepted(.choice(expected)))
    }

    @Test(arguments: [("4", "There's no option 4"), ("0", "There's no option 0"), ("onsite", "isn't one of the options"),
                      ("", "Pick one")])
    func choiceRejects(input: String, expected: String) throws {
        let reason = try #require(Self.reason(Self.run(Self.stages, [input])))
        #expect(reason.contains(expected), "\(reason)")
        #expect(reason.contains("1 phone screen"))
    }

    @Test func ambiguousPrefixNamesTheCandidates() throws {
        let reason = try #require(Self.reason(Self.run(ChoicePrompt(["panel", "phone screen"]), ["p"])))
        #expect(reason.contains("panel or phone screen"))
    }

    @Test func numericOptionsMeanThemselvesNotTheirPosition() {
        #expect(Self.run(ChoicePrompt(["2", "3", "4", "5 or more"]), ["3"]) == .accepted(.choice("3")))
        #expect(Self.run(ChoicePrompt(["2", "3", "4", "5 or more"]), ["5"]) == .accepted(.choice("5 or more")))
        #expect(Self.run(ChoicePrompt(["2 people", "3 people"]), ["3"]) == .accepted(.choice("3 people")))
    }

    @Test func choiceWithOtherKeepsFreeText() throws {
        #expect(Self.run(ChoicePrompt(["phone screen"], allowsOther: true), ["Assessment centre"]) == .accepted(.choice("Assessment centre")))
        let halfTyped = ChoicePrompt(["first interview", "final round"], allowsOther: true)
        #expect(try #require(Self.reason(Self.run(halfTyped, ["fi"]))).contains("first interview or final round"))
    }

    @Test func textAcceptsAndRejects() throws {
        #expect(Self.run(.text(), ["  Acme Café  "]) == .accepted(.text("Acme Café")))
        #expect(Self.run(.text(optional: true), [""]) == .accepted(.skipped))
        #expect(try #require(Self.reason(Self.run(.text(), [" "]))).contains("/skip"))
        let long = try #require(Self.reason(Self.run(.text(maxLength: 10), [String(repeating: "a", count: 12_345)])))
        #expect(long.contains("12,345 characters") && long.contains("up to 10"))
    }

    @Test func listOnOneLineOrOnePerLine() throws {
        #expect(Self.run(.list(), ["conflict; weakness ;; why us"]) == .accepted(.list(["conflict", "weakness", "why us"])))
        #expect(Self.run(.list(), ["conflict"]) == .needsMore(ask: "Got it (1 so far). Add another, or press Enter on an empty line to finish."))
        #expect(Self.run(.list(), ["conflict", "weakness", ""]) == .accepted(.list(["conflict", "weakness"])))
        #expect(Self.run(.list(), ["a\nb"]) == .accepted(.list(["a", "b"])))
        #expect(try #require(Self.reason(Self.run(.list(), [""]))).contains("at least one"))
        #expect(try #require(Self.reason(Self.run(.list(minimum: 2), ["only one", ""]))).contains("at least 2"))
        #expect(try #require(Self.reason(Self.run(.list(maximum: 2), ["a; b; c"]))).contains("2 at most"))
        #expect(Self.run(.list(minimum: 0), [""]) == .accepted(.skipped))
    }

    @Test func starAsksEachPartThenAccepts() throws {
        #expect(Self.run(.star, ["We shipped late"]) == .needsMore(ask: STARPrompt.partQuestions[1]))
        #expect(Self.run(.star, ["S", "T", "A"]) == .needsMore(ask: STARPrompt.partQuestions[3]))
        #expect(Self.run(.star, ["S", "T", "A", "R"]) == .accepted(.star(STARAnswer(situation: "S", task: "T", action: "A", result: "R"))))
        #expect(try #require(Self.reason(Self.run(.star, ["S", ""]))).contains("task part is empty"))
    }

    @Test func starReadsALabelledPaste() {
        let pasted = "Situation: launch slipped. Task: own the fix; Action: I re-planned. Result: shipped 2 weeks early"
        #expect(Self.run(.star, [pasted]) == .accepted(.star(STARAnswer(
            situation: "launch slipped.", task: "own the fix", action: "I re-planned.", result: "shipped 2 weeks early"))))
    }

    @Test func completionsFollowThePrefix() {
        #expect(YesPartlyNoPrompt().completions(for: "pa") == ["partly"])
        #expect(Self.stages.completions(for: "F") == ["final round"])
        #expect(ScalePrompt().completions(for: "") == ["1", "2", "3", "4", "5"])
        #expect(DatePrompt(.past).completions(for: "yes") == ["yesterday"])
    }

    @Test func normaliserStripsEscapesAndControls() {
        #expect(TextNormaliser.normalise("\u{1B}[A\u{1B}[Byes\u{7}\u{0}") == "yes")
        #expect(TextNormaliser.normalise("caf\u{65}\u{301}\tbar") == "café bar")
        #expect(TextNormaliser.normalise("  \n ") == "")
        #expect(TextNormaliser.normalise("\u{FFFD}\u{FFFD}Acme") == "Acme", "bytes that were not UTF-8 do not reach the answer")
    }
}
