import DebriefKit

extension STARPlugin {
    /// The chapter: intro, question, example, hints, then rounds of keep-or-revise.
    var chapter: Chapter {
        let coach = self.coach
        let listStepID = questionsFrom
        let steps: [Step] = [
            Say(StepID.intro, "Questions that start with “tell me about a time…” are much easier with a few stories ready. Let's shape one now in four parts: situation, task, action, result."),
            Ask(StepID.question, Wording { Self.questionText(list: listStepID, in: $0.debrief) }, QuestionPickPrompt(listStepID: listStepID)),
            Ask(StepID.example, Wording { Self.exampleText(in: $0.debrief) }, .star)
                .help("Pick one real time — not what you usually do — and tell it as it happened."),
            Say(StepID.hints, Wording { Self.hintsText(through: 0, coach: coach, in: $0.debrief) })
                .when(revised(through: 0)),
        ] + (1...Self.revisionRounds).flatMap { round in
            [
                Ask(StepID.decision(round), "Keep this version, or revise one part? 1 keep, 2 situation, 3 task, 4 action, 5 result.", STARPartChoicePrompt())
                    .when(revised(through: round - 1)),
                Ask(StepID.revision(round), Wording { Self.revisionText(round: round, in: $0.debrief) }, STARRevisionPrompt(round: round))
                    .when(.all([revised(through: round - 1), .answer(StepID.decision(round), isNot: "keep")])),
                Say(StepID.revisedHints(round), Wording { Self.hintsText(through: round, coach: coach, in: $0.debrief) })
                    .when(revised(through: round)),
            ]
        } + [
            Say(StepID.done, "Your example is saved with this debrief. Say it out loud once or twice before the next interview — a story that has been spoken comes out more easily.")
                .when(revised(through: 0)),
        ]
        return Chapter(id: "star", title: "A stronger example", version: 1, steps: steps.map { step in condition.map(step.when) ?? step })
            .placed(placedAfter.map(ChapterPlacement.after) ?? .end)
            .summarised { STARReview(from: $0, coach: coach)?.summary }
    }

    /// Holds when the example exists and its first `round` rounds were revisions.
    func revised(through round: Int) -> Condition {
        let reads = [StepID.example] + (0..<round).flatMap { [StepID.decision($0 + 1), StepID.revision($0 + 1)] }
        return Condition("star example revised through round \(round)", reads: reads) { debrief in
            STARReview.latest(in: debrief, through: round)?.1.count == round
        }
    }

    static func questionText(list listStepID: String?, in debrief: Debrief) -> String {
        guard let listStepID, case .list(let items)? = debrief[listStepID], !items.isEmpty else {
            return "Which behavioural question would you like a stronger example for? Type it — for instance “Tell me about a time you disagreed with a colleague.”"
        }
        let numbered = items.enumerated().map { "  \($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        return "Which question would you like a stronger example for? Pick one you found hard:\n\(numbered)\nType its number, or write a different question."
    }

    static func exampleText(in debrief: Debrief) -> String {
        // After /skip there is no question to point back to: the example stands on its own.
        let opening = debrief[StepID.question].flatMap { $0.isSkipped ? nil : "Let's build your answer to “\($0.display)”. Think of one real time it happened." }
            ?? "Let's build one example from your past — the kind of story a “tell me about a time…” question asks for. Think of one real time you handled something that mattered."
        return "\(opening)\nSituation: where were you, and what was going on? A sentence or two is enough. (You can also paste all four parts labelled Situation:, Task:, Action:, Result:.)"
    }

    static func hintsText(through round: Int, coach: STARCoach, in debrief: Debrief) -> String {
        guard let example = STARReview(from: debrief, through: round, coach: coach) else { return "" }
        return example.hintsText
    }

    static func revisionText(round: Int, in debrief: Debrief) -> String {
        guard case .choice(let pick)? = debrief[StepID.decision(round)], let part = STARPart(rawValue: pick),
              let (current, _) = STARReview.latest(in: debrief, through: round - 1) else {
            return "Type the new version of that part."
        }
        return "Here's your \(part.rawValue) as it stands:\n“\(current.text(of: part))”\nType the new version; it replaces this one."
    }
}
