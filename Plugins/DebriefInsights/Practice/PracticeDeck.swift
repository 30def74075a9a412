public import DebriefKit

/// Builds practice cards from debriefs and schedules them: pure functions over values.
///
/// Every struggled question (an item of ``StepMap/struggledList``, with its answer at
/// ``StepMap/struggledNow`` `#N` as the last answer) becomes a card, and so does every
/// STAR example: ``StepMap/starExample`` once, showing its latest revision, and any other
/// STAR answer on its own. Persist cards through a `PracticeStore`. A hard question that was
/// hard in an earlier debrief too leads the deck (due from ``frontDay``) when the person asked
/// for that in the debrief (``practiceFirst``).
///
/// ```swift
/// let fresh = PracticeDeck.cards(from: debriefs, addedOn: today)
/// _ = try await store.merge(fresh)
/// for card in try await store.due(on: today, limit: 10) {
///     let (updated, review) = card.reviewed(.good, attempt: typed, on: today)
///     try await store.record(review, card: updated)
/// }
/// ```
public enum PracticeDeck {
    /// The cards `debriefs` (debriefs, or a store's facts) hold, new ones due on `day`, oldest debrief first.
    public static func cards<Source: AnswerReading>(from debriefs: [Source], steps: StepMap = .default, addedOn day: DayDate) -> [PracticeCard] {
        var earlier = QuestionGrouper<Int>()
        return debriefs.chronological().flatMap { cards(of: $0, after: &earlier, steps: steps, addedOn: day) }
    }

    /// The cards of one debrief: its struggled questions in order, then its STAR examples.
    /// `earlier` holds the hard questions of the debriefs before it, and gains this one's.
    static func cards(of debrief: some AnswerReading, after earlier: inout QuestionGrouper<Int>, steps: StepMap,
                      addedOn day: DayDate) -> [PracticeCard] {
        var cards: [PracticeCard] = []
        let first = debrief.answerValue(at: StepKey(practiceFirst.step)) == .choice(practiceFirst.answer)
        let questions = debrief.items(steps.struggledList)
        for (offset, question) in questions.enumerated() {
            let key = StepKey(steps.struggledList, item: offset + 1)
            let leads = first && earlier.group(of: question) != nil
            cards.append(PracticeCard(id: "\(debrief.id.rawValue)/\(key.rawValue)", kind: .struggledQuestion, debriefID: debrief.id,
                                      question: question, lastAnswer: debrief.text(StepKey(steps.struggledNow, item: offset + 1)).map(SelfTalk.replayable),
                                      schedule: .new(on: leads ? frontDay : day)))
        }
        for question in questions { earlier.add(question, source: 0) }
        for example in debrief.starExamples(steps: steps) {
            let star = example.latest
            let question = debrief.text(StepKey(steps.starQuestion, item: example.key.item))
                ?? "Tell me about a time: \(star.situation)"
            let told = star.parts.map { "\($0.name): \(SelfTalk.replayable($0.text))" }.joined(separator: "\n")
            cards.append(PracticeCard(id: "\(debrief.id.rawValue)/\(example.key.rawValue)", kind: .starExample, debriefID: debrief.id,
                                      question: question, lastAnswer: told, schedule: .new(on: day)))
        }
        return cards
    }

    /// The answer with which a person asks for a question that keeps coming back to lead the
    /// deck: the reflection's offer after such a question is listed.
    public static let practiceFirst = (step: DebriefSteps.Reflect.returningOffer, answer: "practice first")

    /// The due day of a card that leads the deck: before any card's, so it comes first.
    public static let frontDay = DayDate(year: 1970, month: 1, day: 1)!
}
