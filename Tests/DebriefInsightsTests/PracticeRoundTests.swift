import DebriefInsights
import DebriefKit
import Testing

@Suite struct PracticeRoundTests {
    let today = DayDate(year: 2026, month: 11, day: 26)!

    func cards() -> [PracticeCard] {
        PracticeDeck.cards(from: SampleDebriefs.make(count: 1), addedOn: today) // conflict, weakness, STAR
    }

    @Test func asksShowsTheLastAnswerGradesAndSchedules() {
        var round = PracticeRound(cards: cards(), on: today)
        let opening = round.start()
        #expect(opening.map(\.text) == ["3 cards to practise. Answer out loud or type it, then press Enter. /stop ends the round.",
                                        "A question that was hard:\n“\(SampleDebriefs.conflictWordings[0])”"])
        let tried = round.send("We disagreed on scope; I listened first.")
        #expect(tried.messages.map(\.text) == ["Your last answer:\nI would describe how we agreed on a plan.", "How did it go? again, hard, good or easy"])
        #expect(tried.review == nil)
        let graded = round.send("good")
        #expect(graded.review?.grade == .good)
        #expect(graded.review?.attempt == "We disagreed on scope; I listened first.")
        #expect(graded.card?.schedule.due == today.adding(days: 1))
        #expect(graded.messages.first?.text == "Noted. Next time: 2026-11-27.")
        #expect(graded.messages.last?.text == "A question that was hard:\n“What is your biggest weakness?”")
    }

    @Test func noLastAnswerIsFramedAsAStart() {
        var round = PracticeRound(cards: [cards()[1]], on: today)
        _ = round.start()
        #expect(round.send("").messages.first?.text == "You had no answer noted for this one yet; what you just tried is a start.")
        let graded = round.send("e")
        #expect(graded.review?.grade == .easy)
        #expect(graded.review?.attempt == nil, "an empty line means answered in your head")
        #expect(round.isFinished)
        #expect(graded.messages.last?.text == "Done for today: 1 review. Each one makes the next interview a little easier.")
    }

    @Test func hardCardsComeBackTheSameDayWithoutRescheduling() {
        var round = PracticeRound(cards: [cards()[2]], on: today)
        #expect(round.start().last?.text.hasPrefix("Tell this example again, in STAR form:") == true)
        _ = round.send("")
        let first = round.send("2")
        #expect(first.review?.grade == .hard)
        #expect(first.messages.first?.text == "Noted. It comes back once more before this round ends.")
        #expect(!round.isFinished && round.queue.count == 1)
        _ = round.send("")
        let again = round.send("good")
        #expect(again.card?.schedule.due == first.card?.schedule.due, "the same-day repeat keeps the schedule")
        #expect(again.card?.schedule.repeatOn == nil)
        #expect(round.isFinished && round.reviews == 2)
    }

    @Test func unclearGradeIsReasonedAndStopEndsTheRound() {
        var round = PracticeRound(cards: cards(), on: today)
        _ = round.start()
        _ = round.send("an attempt")
        #expect(round.send("fine").messages == [Message(.reason, "Type again, hard, good or easy (or 1 to 4).")])
        #expect(round.send("5").review == nil)
        #expect(round.send("/stop").messages.map(\.text) == ["Stopped. 0 reviews saved; the rest wait for next time."])
        #expect(round.isFinished)
        #expect(round.send("good").review == nil)
    }

    @Test func nothingDue() {
        var round = PracticeRound(cards: [], on: today)
        #expect(round.start().first?.kind == .coach)
        #expect(round.isFinished)
    }
}
