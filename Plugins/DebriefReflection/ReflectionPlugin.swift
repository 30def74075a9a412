public import DebriefKit

/// The article's debrief as chapters: acknowledge, context, feelings, the five reflection
/// questions, wins and fit, and moving forward with plans, an optional feedback email,
/// a summary and a close.
///
/// Every step can be skipped, and follow-ups appear only where they help: a low mood
/// gets a reframe and the offer to pause; each of the five questions is worded so that
/// "yes" means it went the way you wanted, and any other answer opens its follow-up;
/// "no reply" swaps the feedback email for one follow-up suggestion. Pair it with
/// ``DebriefSTAR/STARPlugin`` for the STAR chapter, which follows the reflection questions:
///
/// ```swift
/// let session = try DebriefSession(plugins: [.reflection, .star], store: InMemoryStore())
/// ```
///
/// Step ids are stable (answers are stored under them): `ack.*`, `context.*`,
/// `feelings.*`, `reflect.*`, `wins.*`, `move.*`; see ``chapters``.
public struct ReflectionPlugin: DebriefPlugin {
    public let id = "reflection"

    /// The plugin; it has no settings.
    public init() {}

    /// `ack`, `context`, `followup`, `feelings`, `reflect`, `wins`, `move`, in this order. Steps that
    /// bring up earlier debriefs read the ``DebriefKit/DebriefHistory`` and are not asked in a first debrief. The steps:
    /// - `ack.welcome`
    /// - `context.company`, `context.role`, `context.date`, `context.stage`, `context.outcome` (fill ``DebriefKit/Interview``)
    /// - for each of the two oldest open plans of earlier debriefs (N = 1, 2): `followup.N.tried`, `followup.N.how`,
    ///   `followup.N.next` (done, carry forward or drop, saved in the debrief that made the plan)
    /// - `feelings.now`; when it is 1–2: `feelings.reframe`, `feelings.friend`, `feelings.pause`
    /// - `reflect.intro`, then each question and its follow-up when not yes: `reflect.prepared` → `reflect.prepared.gaps`;
    ///   `reflect.research` → `reflect.research.helped`; `reflect.why` → `reflect.why.draft`; `reflect.questions` →
    ///   `reflect.struggled.list`, then `reflect.returning` and `reflect.returning.offer` when one of them was hard
    ///   before, then per item `reflect.struggled.now#N` and `reflect.struggled.behavioural#N`;
    ///   `reflect.examples` (not yes opens the STAR chapter)
    /// - `wins.list`, `wins.fit`
    /// - `move.intro`, `move.plan`, `move.plan.date`, `move.plan2`, `move.plan2.date`, `move.feedback`, `move.feedback.to`
    ///   (or `move.followup` after "no reply"), `move.summary`, `move.progress` (when the history shows progress), `move.close`
    public var chapters: [Chapter] {
        [Self.acknowledge, Self.context, Self.followUp, Self.feelings, Self.reflect, Self.wins, Self.move]
    }
}

extension DebriefPlugin where Self == ReflectionPlugin {
    /// The article's debrief; see ``ReflectionPlugin``.
    public static var reflection: ReflectionPlugin { ReflectionPlugin() }
}
