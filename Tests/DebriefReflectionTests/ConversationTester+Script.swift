import DebriefKit
import DebriefReflection
import DebriefSTAR
import DebriefTesting
import Testing

/// Natural answers for a whole debrief, by step id (or `id#N` for one item of a repeated step).
enum Script {
    static let conflict = "Tell me about a conflict with a colleague"
    static let standard: [String: String] = [
        "context.company": "Café Zürich",
        "context.role": "Product Designer",
        "context.date": "last tuesday",
        "context.stage": "4",
        "context.outcome": "rejected",
        "feelings.now": "3",
        "reflect.prepared": "kinda",
        "reflect.prepared.gaps": "portfolio walk-through; salary research",
        "reflect.research": "not really",
        "reflect.research.helped": "Talking to someone on the design team first",
        "reflect.why": "yep",
        "reflect.questions": "partly",
        "reflect.struggled.list": "\(conflict); Why should we hire you?",
        "reflect.struggled.now#1": "I'd tell the release story: two leads, one plan, tickets down 30%.",
        "reflect.struggled.now#2": "Because I pair research with shipping — 面接 practice helps.",
        "reflect.struggled.behavioural#1": "yes",
        "reflect.struggled.behavioural#2": "no",
        "reflect.examples": "no",
        "star.question": "1",
        "star.example": "Situation: Two leads disagreed about a release. Task: I owned the release. Action: We talked it through and we agreed a plan. Result: It went fine.",
        "star.next.1": "revise the action",
        "star.revise.1": "I met each lead. I pulled the bug data. I proposed a switched-off module.",
        "star.next.2": "keep",
        "wins.list": "I stayed calm; good rapport with the panel",
        "wins.fit": "4",
        "wins.fit.note": "A small team that ships weekly",
        "move.plan": "Next time, if they ask about conflict, I will tell the release story",
        "move.plan.date": "next friday",
        "move.plan2": "",
        "move.feedback": "yes",
        "move.feedback.to": "Sam",
    ]
}

extension ConversationTester {
    /// A debrief over `[.reflection, .star]` answered to the end with ``Script/standard``, changed by `changes`.
    static func finished(changing changes: [String: String] = [:]) async throws -> ConversationTester {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.run(answers: Script.standard.merging(changes) { $1 })
        return tester
    }

    /// Answers from `answers` (and `/skip` where there is none) until the conversation
    /// waits on `step`, or until it ends when `step` is nil.
    func run(until step: String? = nil, answers: [String: String] = Script.standard,
             sourceLocation: SourceLocation = #_sourceLocation) async throws {
        for _ in 0..<200 {
            guard await session.outcome == .continuing, let key = await session.promptState?.step else { break }
            if key.rawValue == step { return }
            try await send(answers[key.rawValue] ?? answers[key.stepID] ?? "/skip")
        }
        if let step {
            Issue.record("Never reached \(step)", sourceLocation: sourceLocation)
        }
    }

}
