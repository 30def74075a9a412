public import DebriefKit

/// How often each of the five reflective questions got an answer other than the hoped-for one.
///
/// One insight per question that was answered at least once, with id
/// `questions.<key>.toWorkOn`; its count is the number of debriefs where the answer was
/// partly or the opposite of ``ReflectiveQuestion/hopedFor`` ("not a yes" for "did you prepare?").
public struct ReflectiveQuestionInsights: FactInsightProvider {
    /// A provider; read it through another table with ``DebriefKit/FactInsightProvider/reading(through:)``.
    public init() {}

    public func insights(from sheet: FactSheet) -> [Insight] {
        let facts = sheet.facts
        let total = facts.count
        return QuestionTally.tally(facts, steps: sheet.steps).filter { $0.answered > 0 }.map { tally in
            let question = tally.question
            let answered = "\(tally.answered) \(tally.answered == 1 ? "debrief" : "debriefs")"
            guard tally.toWorkOn > 0 else {
                return Insight(id: "questions.\(question.key).toWorkOn", title: "\(question.topic): as you hoped in all \(tally.answered)",
                               detail: "It went as you hoped in every debrief that answered it (\(answered)).",
                               count: 0, debriefIDs: [])
            }
            let counts = [(question.opposite.rawValue, tally.opposite), ("partly", tally.partly)]
                .filter { $0.1 > 0 }.map { "\($0.0) \(times($0.1))" }.joined(separator: " and ")
            let more = total < 3 ? " After a few more debriefs this shows whether it keeps coming up." : ""
            return Insight(id: "questions.\(question.key).toWorkOn",
                           title: "\(question.topic): something to work on in \(tally.toWorkOn) of \(tally.answered)",
                           detail: "Answered \(counts) in \(answered). A focus to practise, not a verdict.\(more)",
                           count: tally.toWorkOn, debriefIDs: tally.debriefIDs)
        }
    }

    private func times(_ n: Int) -> String { n == 1 ? "once" : "\(n) times" }
}
