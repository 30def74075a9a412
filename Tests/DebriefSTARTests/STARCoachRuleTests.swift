import DebriefKit
@testable import DebriefSTAR
import Foundation
import Testing

/// The rules behind the misses found with held-out answers: the kind of story decides the
/// learning, a stated learning is not a habit, one problem gets one hint, and the wording coaches.
@Suite("STAR coach rules")
struct STARCoachRuleTests {
    let coach = STARCoach()

    static let scope = STARAnswer(
        situation: "On a website redesign for a florist, the owner kept adding pages after we had agreed the plan.",
        task: "I was the project manager, and I had to keep the launch date.",
        action: "I listed every new request in a shared sheet with the extra days each would take. I met the owner every Friday to pick what mattered for launch, and I moved the rest to a second phase.",
        result: "We launched on the agreed date with 12 of the 19 requests. I learned that asking early usually shrinks it.")

    @Test func aStatedLearningIsNotAHabit() {
        #expect(coach.hints(for: Self.scope).isEmpty)
        let nextTime = Self.scope.replacing(.result, with: "We launched on time with 12 of the 19 requests. Next time I would ask on day one.")
        #expect(coach.hints(for: nextTime).isEmpty)
    }

    @Test func anActionToldAsWhatYouWouldDoIsAHabitAndNothingElseRepeatsIt() {
        let would = Self.scope.replacing(.action, with: "I would list every request. I would then ask the owner to pick the ones that matter, and I would move the rest to a second phase.")
        #expect(coach.hints(for: would).map(\.kind) == [.hypothetical])
    }

    /// The story, not a word list in the question, says whether a learning is expected.
    @Test(arguments: [
        ("Tell me about a project that did not go well.", "Our migration to the new CRM ran over a weekend."),
        ("Tell me about a time you influenced someone.", "A regional director was openly hostile to our new rota system."),
        ("Tell me about a time you worked under pressure.", "Two days before payroll, I found that I had made a mistake in the overtime rates."),
        ("Tell me about a time you kept a client.", "Our biggest client was unhappy with the night cleaning."),
        ("Tell me about a project you ran.", "We missed the deadline for the spring catalogue by a week."),
    ])
    func aSetbackInTheQuestionOrTheStoryAsksForALearning(_ question: String, _ situation: String) {
        let answer = Self.story.replacing(.situation, with: situation)
        #expect(coach.hints(for: answer, question: question).map(\.kind) == [.noLearning])
        let learned = answer.replacing(.result, with: answer.result + " Since then I check the plan with the client every Monday.")
        #expect(coach.hints(for: learned, question: question).isEmpty)
    }

    @Test(arguments: [
        ("Tell me about a time you fixed something.", "Our card reader failed most mornings, and there was no conflict in the team about fixing it."),
        ("Tell me about a time you handled conflicting priorities.", "Our shop moved to a new till system in March."),
        ("Tell me about a time you improved a process.", "Typing orders by hand caused mistakes in one order in twenty."),
        ("Tell me about a time you organised something.", "A scheduling conflict meant two teams had booked the same trainer."),
        ("Tell me about a message you had to get across.", "Our shop moved to a new till system in March."),
    ])
    func anOrdinaryStoryWithEverydayProblemWordsAsksForNoLearning(_ question: String, _ situation: String) {
        #expect(coach.hints(for: Self.story.replacing(.situation, with: situation), question: question).isEmpty)
    }

    @Test(arguments: ["Costs fell by a third.", "Half the team now uses it.", "Calls went from daily to weekly."])
    func aShareOrABeforeAndAfterIsANumber(_ result: String) {
        #expect(coach.hints(for: Self.story.replacing(.result, with: result)).isEmpty)
    }

    static let story = STARAnswer(
        situation: "Our shop moved to a new till system in March.",
        task: "As the shift lead, I had to keep the queues short during the change.",
        action: "I wrote a one-page guide for the new tills, I trained each cashier on a quiet morning, and I stood by the tills for the first busy Saturday to answer questions.",
        result: "The average wait stayed under 4 minutes, and the tills have run without a call to the help desk since.")

    /// "My team and I" tells a group's steps; "…, and I trained" is a list of your own.
    @Test func aGroupWithITellsAWeStory() {
        let team = Self.story.replacing(.action, with: "My team and I wrote a guide for the new tills. We trained each cashier, and we stood by the tills on the first Saturday.")
        #expect(coach.hints(for: team).map(\.kind) == [.ownership])
        let mine = Self.story.replacing(.action, with: "I wrote a guide for the new tills with my manager, and I trained each cashier. We opened on Saturday, and I stood by the tills.")
        #expect(coach.hints(for: mine).isEmpty)
    }

    @Test func oneProblemGetsOneHintAndThereAreNeverMoreThanThree() {
        let we = STARAnswer(situation: "We had a project.", task: "We needed to finish it, I guess.",
                            action: "We helped the client and we worked on it together.", result: "Not sure.")
        let kinds = coach.hints(for: we, question: "Tell me about a time you failed.").map(\.kind)
        #expect(kinds == [.noResult, .ownership, .noLearning])
        for example in STARCase.all + STARCase.corpus {
            let kinds = coach.hints(for: example.answer, question: example.question).map(\.kind)
            #expect(kinds.count <= 3)
            let order = STARHint.Kind.allCases.filter(kinds.contains)
            #expect(kinds == order, "most useful first: \(example.name)")
            #expect(!(kinds.contains(.fewActions) && (kinds.contains(.ownership) || kinds.contains(.hypothetical))), "\(example.name)")
        }
    }

    @Test(arguments: ["No result yet.", "not sure", "n/a", "TBD", "Still waiting to hear back.", "-", "Not yet — it starts next month."])
    func aResultThatSaysThereIsNoneIsNoResult(_ result: String) {
        #expect(coach.hints(for: Self.story.replacing(.result, with: result)).map(\.kind) == [.noResult])
    }

    @Test(arguments: ["No complaints since, down from about ten a week.", "None of the 40 orders came back.", "It went from two days to one."])
    func aResultWithNoOrNoneInItIsStillAResult(_ result: String) {
        #expect(!coach.hints(for: Self.story.replacing(.result, with: result)).map(\.kind).contains(.noResult))
    }

    /// Every string the coach says, for the wording checks.
    static var everything: [String] {
        let answers = STARCase.all + STARCase.corpus
        let hints = answers.flatMap { STARCoach(maximumHints: 11).hints(for: $0.answer, question: $0.question) }
        let encouragements = answers.map { STARCoach().encouragement(for: $0.answer, question: $0.question) }
        return Set(hints.map(\.advice)).sorted() + [STARReview.hintsHeading] + encouragements
    }

    /// Coach, don't grade: no percentages, counts of words or steps, or grading and shaming words.
    @Test func theWordingCoachesAndNeverGrades() {
        let said = Self.everything.map { text in
            // Quotes are the person's own words, which may hold numbers; only the coach's words count.
            text.replacingOccurrences(of: #"“[^”]*”"#, with: "", options: .regularExpression)
        }
        let graded = ["weak", "poor", "bad", "wrong", "fail", "score", "grade", "verdict", "lack", "missing", "too ", "should",
                      "must", "only", "error", "mistake", "pass", "good enough", "%", "i count"]
        for text in said {
            let numbered = text.contains { $0.isNumber }
            #expect(!numbered, "a number reads as a grade: \(text)")
            for word in graded { #expect(!text.lowercased().contains(word), "“\(word)” in: \(text)") }
        }
        let kinds = (STARCase.all + STARCase.corpus).flatMap { STARCoach(maximumHints: 11).hints(for: $0.answer, question: $0.question) }.map(\.kind)
        #expect(Set(kinds) == Set(STARHint.Kind.allCases), "every hint's wording was checked")
    }

    @Test func withNothingToAddTheCoachSaysWhatAlreadyWorksQuotingIt() throws {
        let good = try #require(STARCase.corpus.first { $0.name == "furiousGuestLearning" })
        let text = coach.encouragement(for: good.answer, question: good.question)
        #expect(text.contains("“I apologised and I offered him a seat and a drink in the lounge.”"))
        #expect(text.contains("“He left a five-star review that mentioned me by name.”"))
        #expect(text.contains("what you took from it (“Since then I ask housekeeping"))
    }
}
