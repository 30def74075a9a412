public import DebriefKit

/// The STAR chapter: one behavioural example in four parts, hints with evidence, and
/// up to three revisions of any part.
///
/// By default the chapter sits right after the reflection's `reflect` chapter, is asked only when the reflection's `reflect.examples` answer
/// is not "yes" or the person chose to build an example for a question that keeps coming back
/// (`reflect.returning.offer`) (conditions are by step id, so this plugin does not import
/// DebriefReflection), and it offers the questions listed at `reflect.struggled.list`.
/// Without the reflection plugin, pass `askedWhen: nil` and `questionsFrom: nil`; a flow
/// that names a missing step is refused with a clear message.
///
/// ```swift
/// let session = try DebriefSession(plugins: [.reflection, .star], store: InMemoryStore())
/// let standalone = STARPlugin(askedWhen: nil, questionsFrom: nil, placedAfter: nil)
/// ```
public struct STARPlugin: DebriefPlugin {
    public let id = "star"
    /// When the chapter applies; nil asks it always.
    public var condition: Condition?
    /// A list step whose items are offered as questions to practise; nil offers none.
    public var questionsFrom: String?
    /// The coach that writes the hints.
    public var coach: STARCoach
    /// The chapter this one follows in the flow (see ``DebriefKit/Chapter/after``); nil keeps the plugin order.
    public var placedAfter: String?

    /// How many times a person may revise a part before the chapter moves on.
    public static let revisionRounds = 3

    /// A STAR chapter asked when `condition` holds, offering the items of `listStepID`, placed after `placedAfter`.
    public init(askedWhen condition: Condition? = .any([.answer(DebriefSteps.Reflect.examples, isNot: "yes"),
                                                          .answer(DebriefSteps.Reflect.returningOffer, is: "star example")]),
                questionsFrom listStepID: String? = DebriefSteps.Reflect.struggledList, placedAfter: String? = "reflect",
                coach: STARCoach = STARCoach()) {
        self.condition = condition
        self.placedAfter = placedAfter
        self.questionsFrom = listStepID
        self.coach = coach
    }

    public var chapters: [Chapter] { [chapter] }
}

extension DebriefPlugin where Self == STARPlugin {
    /// The STAR chapter, asked when the reflection says better examples are needed.
    public static var star: STARPlugin { STARPlugin() }
}

extension STARPlugin {
    /// The chapter's stable step ids.
    public enum StepID {
        /// Why a STAR example helps (said).
        public static let intro = "star.intro"
        /// The question the example answers (text).
        public static let question = DebriefSteps.STAR.question
        /// The first version of the example (STAR).
        public static let example = DebriefSteps.STAR.example
        /// The hints on the first version (said, not asked).
        public static let hints = "star.hints"
        /// The closing note (said).
        public static let done = "star.done"

        /// Round `n`'s choice: `keep`, or the part to revise.
        public static func decision(_ round: Int) -> String { DebriefSteps.STAR.decisionPrefix + String(round) }
        /// Round `n`'s revised example (STAR), stored whole.
        public static func revision(_ round: Int) -> String { DebriefSteps.STAR.revisionPrefix + String(round) }
        /// The hints on round `n`'s revision.
        public static func revisedHints(_ round: Int) -> String { "star.hints.\(round)" }
    }
}
