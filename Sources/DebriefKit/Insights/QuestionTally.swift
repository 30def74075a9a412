/// The answers to one reflective question across debriefs.
public struct QuestionTally: Sendable, Hashable {
    /// The question tallied.
    public var question: ReflectiveQuestion
    /// Debriefs with a yes, partly or no answer.
    public var answered: Int
    /// Answers of partly.
    public var partly: Int
    /// Answers opposite to the hoped-for one.
    public var opposite: Int
    /// The debriefs whose answer was partly or opposite, oldest first.
    public var debriefIDs: [DebriefID]

    /// Partly plus opposite.
    public var toWorkOn: Int { partly + opposite }

    /// One tally per question of `steps`, in its order.
    public static func tally(_ debriefs: [Debrief], steps: StepMap) -> [QuestionTally] {
        tally(InsightFacts.read(debriefs, steps: steps), steps: steps)
    }

    /// One tally per question of `steps`, over facts read through it.
    public static func tally(_ facts: [InsightFacts], steps: StepMap) -> [QuestionTally] {
        var tallies = steps.fiveQuestions.map { QuestionTally(question: $0, answered: 0, partly: 0, opposite: 0, debriefIDs: []) }
        for fact in facts {
            for index in tallies.indices {
                guard let answer = fact.reflective(index) else { continue }
                tallies[index].answered += 1
                if answer == .partly { tallies[index].partly += 1 }
                if answer == tallies[index].question.opposite { tallies[index].opposite += 1 }
                if tallies[index].question.needsWork(answer) { tallies[index].debriefIDs.append(fact.id) }
            }
        }
        return tallies
    }
}
