public import DebriefKit

/// A debrief's STAR example as it stands: the question, the latest version, the parts
/// revised and the hints on that version.
///
/// Read from the answers of the STAR chapter: `star.example` holds the first version and
/// each `star.revise.N` the whole example after round N, so the final version is always
/// stored. The hints are recomputed by the same ``STARCoach``, so a report shows exactly
/// what the person saw.
///
/// ```swift
/// if let example = STARExample(from: debrief) {
///     print(example.answer.result, example.hints.count)
/// }
/// ```
public struct STARExample: Hashable, Sendable {
    /// The interview question the example answers, when given.
    public var question: String?
    /// The latest version.
    public var answer: STARAnswer
    /// The parts revised, in order.
    public var revisions: [STARPart]
    /// The hints on ``answer``.
    public var hints: [STARHint]
    /// What the coach says of ``answer`` when there are no hints (see ``STARCoach/encouragement(for:question:)``).
    public var encouragement: String

    /// The example after at most `round` revision rounds; nil when there is no example.
    public init?(from debrief: Debrief, through round: Int = STARPlugin.revisionRounds, coach: STARCoach = STARCoach()) {
        guard let (answer, revisions) = Self.latest(in: debrief, through: round) else { return nil }
        var question: String?
        if case .text(let text)? = debrief[STARPlugin.StepID.question] { question = text }
        self.question = question
        self.answer = answer
        self.revisions = revisions
        self.hints = coach.hints(for: answer, question: question)
        self.encouragement = coach.encouragement(for: answer, question: question)
    }

    /// The latest version after at most `round` rounds and the parts revised on the way,
    /// without the hints: conditions ask this on every turn.
    static func latest(in debrief: Debrief, through round: Int) -> (STARAnswer, [STARPart])? {
        guard case .star(var answer)? = debrief[STARPlugin.StepID.example] else { return nil }
        var revisions: [STARPart] = []
        for next in 1..<(max(0, round) + 1) {
            guard case .choice(let pick)? = debrief[STARPlugin.StepID.decision(next)], let part = STARPart(rawValue: pick),
                  case .star(let revised)? = debrief[STARPlugin.StepID.revision(next)] else { break }
            answer = revised
            revisions.append(part)
        }
        return (answer, revisions)
    }

    /// The hints as the coach says them, each with its quoted evidence, or the encouragement when there are none.
    public var hintsText: String {
        guard !hints.isEmpty else { return encouragement }
        return Self.hintsHeading + "\n" + hints.map { "• \($0)" }.joined(separator: "\n")
    }

    /// The line before the hints.
    public static let hintsHeading = "A few ideas to make this story even stronger — take what helps:"
}
