public import DebriefKit

/// The coach's review of a debrief's STAR example as it stands: the question, the latest
/// version, the parts revised and the hints on that version.
///
/// Read along the STAR chapter's rounds: `star.example` holds the first version, each
/// `star.next.N` the choice of round N and each `star.revise.N` the whole example after it,
/// so the final version is always stored. The hints are recomputed by the same
/// ``STARCoach``, so a summary shows exactly what the person saw. Readers that need only
/// the example (practice, reports) use DebriefKit's `STARExample`.
///
/// ```swift
/// if let review = STARReview(from: debrief) {
///     print(review.answer.result, review.hints.count)
/// }
/// ```
public struct STARReview: Hashable, Sendable {
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

    /// The example, its revisions and the hints, as the end-of-debrief summary shows them.
    public var summary: String {
        var lines = ["Your STAR example" + (question.map { " for “\($0)”" } ?? "")]
        lines += STARPart.allCases.map { "  \($0.title): \(SelfTalk.replayable(answer.text(of: $0)))" }
        if !revisions.isEmpty {
            lines.append("  Revised: " + revisions.map(\.rawValue).joined(separator: ", "))
        }
        lines.append("")
        lines.append(hintsText)
        return lines.joined(separator: "\n")
    }
}
