import DebriefKit
@testable import DebriefSTAR
import Testing

@Suite("STAR coach")
struct STARCoachTests {
    let coach = STARCoach()

    @Test("each example gets exactly its hints", arguments: STARCase.all)
    func exactHints(_ example: STARCase) {
        let hints = coach.hints(for: example.answer, question: example.question)
        #expect(Set(hints.map(\.kind)) == example.expected)
        #expect(hints.count == Set(hints.map(\.kind)).count, "at most one hint of each kind")
    }

    @Test("every hint quotes a sentence of the example, and shows the quote", arguments: STARCase.all)
    func evidence(_ example: STARCase) {
        for hint in coach.hints(for: example.answer, question: example.question) {
            let part = example.answer.text(of: hint.part)
            let quote = hint.evidence.hasSuffix("…") ? String(hint.evidence.dropLast()) : hint.evidence
            #expect(!quote.isEmpty)
            #expect(part.contains(quote), "\(hint.kind): “\(hint.evidence)” is not in the \(hint.part) part")
            #expect(hint.description.contains("“\(hint.evidence)”"))
        }
    }

    @Test func theCasesCoverGoodAndWeakAndEveryKind() {
        #expect(STARCase.all.count >= 20)
        #expect(STARCase.all.filter(\.expected.isEmpty).count >= 5)
        #expect(Set(STARCase.all.flatMap(\.expected)) == Set(STARHint.Kind.allCases))
    }

    @Test func ownershipQuotesTheFirstWeSentenceOfTheAction() throws {
        let example = try #require(STARCase.all.first { $0.name == "ownership" })
        let hint = try #require(coach.hints(for: example.answer).first { $0.kind == .ownership })
        #expect(hint.part == .action)
        #expect(hint.evidence.hasPrefix("Then we met every morning"))
    }

    @Test func weakVerbAndHedgeAreNamedInTheAdvice() throws {
        let weak = try #require(STARCase.all.first { $0.name == "wasInvolved" })
        #expect(coach.hints(for: weak.answer).first { $0.kind == .weakVerbs }?.advice.contains("“was involved”") == true)
        let hedge = try #require(STARCase.all.first { $0.name == "hedgingKindOf" })
        let hint = try #require(coach.hints(for: hedge.answer).first { $0.kind == .hedging })
        #expect(hint.advice.contains("“kind of”"))
        #expect(hint.part == .task)
        let capital = STARAnswer(situation: "A launch went badly.", task: "I owned it.",
                                 action: "We kind of reviewed it and I think we fixed some stuff.", result: "It was better.")
        let everyHint = STARCoach(maximumHints: STARHint.Kind.allCases.count)
        let quoted = try #require(everyHint.hints(for: capital).first { $0.kind == .hedging })
        #expect(quoted.advice.contains("“kind of”") || quoted.advice.contains("“I think”"), "quoted as typed: \(quoted.advice)")
        #expect(!quoted.advice.contains("“i think”"))
    }

    @Test func balanceQuotesTheLongestSetUpSentence() throws {
        let example = try #require(STARCase.all.first { $0.name == "balance" })
        let hint = try #require(coach.hints(for: example.answer).first { $0.kind == .balance })
        #expect(hint.part == .situation)
        #expect(hint.evidence.hasPrefix("I joined a regional bank"))
        #expect(hint.evidence.hasSuffix("…"), "a very long sentence is shortened")
        #expect(hint.advice.contains("setting the scene"))
    }

    /// When the result, not the set-up, crowds out the action, the hint says so and quotes it.
    @Test func balanceNamesTheResultWhenItIsTheHeavierPart() throws {
        let example = try #require(STARCase.corpus.first { $0.name == "savingResultHeavy" })
        let hint = try #require(coach.hints(for: example.answer).first { $0.kind == .balance })
        #expect(hint.part == .result)
        #expect(hint.advice.contains("the result takes more words than what you did"))
    }

    @Test func learningIsOnlyExpectedForFailureAndConflictQuestions() throws {
        let example = try #require(STARCase.all.first { $0.name == "noLearning" })
        #expect(coach.hints(for: example.answer, question: "Tell me about a time you failed.").map(\.kind) == [.noLearning])
        #expect(coach.hints(for: example.answer, question: "Tell me about a renewal you ran.").isEmpty)
        #expect(coach.hints(for: example.answer).isEmpty)
    }

    @Test func anEmptyExampleGetsNoHintsBecauseThereIsNothingToQuote() {
        #expect(coach.hints(for: STARAnswer(situation: "", task: " ", action: "", result: "")).isEmpty)
    }

    @Test func aHintCannotBeMadeWithoutEvidence() {
        #expect(STARHint(kind: .hedging, advice: "Say it plainly.", part: .result, evidence: "  ") == nil)
        #expect(STARHint(kind: .hedging, advice: "Say it plainly.", part: .result, evidence: "I think so.")?.evidence == "I think so.")
    }

    /// "I raised it, showed the numbers, and proposed a test" is three steps of yours, not one.
    @Test(arguments: [
        ("I raised it with her one to one, showed the cohort numbers, and proposed a two week A/B test instead of a full launch.", 3),
        ("I checked the logs; then rewrote the query and added an index.", 3),
        ("I raised it with her, and we decided to wait.", 1),
        ("I called the client, and the team fixed the bug.", 1),
        ("I was tired, stressed and worried.", 0),
        ("I met each lead separately and wrote down their main worry.", 2),
        ("I was check every invoice with my colleague, and I was prepare the list.", 2),
        ("I was responsible for the list.", 0),
        ("Called the client, then rewrote the plan.", 2),
    ])
    func actionsSharingOneIAreEachCounted(_ action: String, _ steps: Int) {
        #expect(STARCoach.actionSteps(in: action) == steps)
    }

    @Test func thresholdsAreAdjustable() throws {
        let example = try #require(STARCase.all.first { $0.name == "tooShort" })
        let lenient = STARCoach(minimumWords: 20)
        #expect(lenient.hints(for: example.answer).isEmpty)
    }
}
