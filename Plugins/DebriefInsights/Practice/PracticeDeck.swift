public import DebriefKit

/// Builds practice cards from debriefs and schedules them: pure functions over values.
///
/// Every struggled question (an item of ``StepMap/struggledList``, with its answer at
/// ``StepMap/struggledNow`` `#N` as the last answer) becomes a card, and so does every
/// STAR example: ``StepMap/starExample`` once, showing its latest revision, and any other
/// STAR answer on its own. Persist cards through a `PracticeStore`.
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
        debriefs.chronological().flatMap { cards(of: $0, steps: steps, addedOn: day) }
    }

    /// The cards of one debrief: its struggled questions in order, then its STAR examples.
    static func cards(of debrief: some AnswerReading, steps: StepMap, addedOn day: DayDate) -> [PracticeCard] {
        var cards: [PracticeCard] = []
        for (offset, question) in debrief.items(steps.struggledList).enumerated() {
            let key = StepKey(steps.struggledList, item: offset + 1)
            cards.append(PracticeCard(id: "\(debrief.id.rawValue)/\(key.rawValue)", kind: .struggledQuestion, debriefID: debrief.id,
                                      question: question, lastAnswer: debrief.text(StepKey(steps.struggledNow, item: offset + 1)).map(SelfTalk.replayable),
                                      schedule: .new(on: day)))
        }
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
}
