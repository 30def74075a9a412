/// The one table that says which step ids hold which part of a debrief.
///
/// Debriefs are generic: answers are keyed by step id, and any plugin may ask anything.
/// Insights, plans, the practice deck and reports read the parts they know through this
/// table, so a flow with other ids only needs a different table, not different code.
/// Answers whose ids are not in the table are still shown by reporters, as they are.
/// The defaults are the ids of the built-in reflection and STAR plugins, declared in ``DebriefSteps``:
///
/// | Part | Default id | Answer type |
/// | --- | --- | --- |
/// | the interview, shown through ``Debrief/interview`` | `context.company`, `context.role`, `context.date`, `context.stage`, `context.outcome` | any |
/// | feelings right after | `feelings.now` | scale 1-5 |
/// | the five questions (hoped-for answer: yes) | `reflect.prepared`, `reflect.research`, `reflect.why`, `reflect.questions`, `reflect.examples` | yes/partly/no |
/// | questions that were hard | `reflect.struggled.list` | list |
/// | how I would answer it now | `reflect.struggled.now#N` (one per list item) | text |
/// | what went well | `wins.list` | list |
/// | fit (still want this kind of role?) | `wins.fit` | scale 1-5 |
/// | a note on fit | `wins.fit.note` | text |
/// | if-then plans, each with its date | `move.plan` + `move.plan.date`, `move.plan2` + `move.plan2.date` | text (or list) + date |
/// | a plan marked done | `move.plan.done#N`, N counting the debrief's plans from 1 | date (written by ``PlanBook``, or by a later debrief's follow-up) |
/// | a plan dropped | `move.plan.dropped#N` | date (written by a later debrief's follow-up) |
/// | the interviewer's name (feedback email) | `move.feedback.to` | text |
/// | a moment from the interview (feedback email) | `move.feedback.moment` | text |
/// | the question a STAR example answers | `star.question` | text |
/// | the STAR example, and its revisions | `star.example`, `star.revise.N` (the highest N is the latest) | STAR |
///
/// The STAR example (its latest revision) and any other STAR answer become practice cards.
///
/// ```swift
/// var steps = StepMap.default
/// steps.feelings = "mood.now"
/// let report = Report(debriefs: debriefs, generatedAt: now, steps: steps)
/// ```
public struct StepMap: Sendable, Hashable {
    /// Steps whose answers fill in the ``Interview``; reports show the interview instead.
    public var interview: [String]
    /// Scale 1-5: how the person feels right after the news.
    public var feelings: String
    /// The five reflective questions, in the order they are asked.
    public var fiveQuestions: [ReflectiveQuestion]
    /// List: the interview questions that were hard to answer.
    public var struggledList: String
    /// Text, repeated per item of ``struggledList``: how the person would answer now.
    public var struggledNow: String
    /// List: what went well.
    public var wins: String
    /// Scale 1-5: whether this kind of role still fits.
    public var fit: String
    /// Text: a note on fit.
    public var fitNote: String
    /// The if-then plan steps, in order, each with the step of its date.
    public var plans: [PlanStep]
    /// Date, per plan (`#N`, N counting the debrief's plans from 1): when it was marked done.
    public var planDone: String
    /// Date, per plan (`#N`): when the person dropped it in a later debrief; a dropped plan is
    /// no longer listed among the plans.
    public var planDropped = DebriefSteps.Move.planDropped
    /// Text: the interview question that a STAR example answers.
    public var starQuestion: String
    /// STAR: the example as first told.
    public var starExample: String
    /// The prefix of revised versions of ``starExample`` (`star.revise.1`, `star.revise.2`, …).
    public var starRevisionPrefix: String
    /// Stages from the start of a hiring process to its end; a debrief's stage is
    /// placed by matching these names (ignoring case) so progress can be charted.
    public var stages: [String]

    /// The ids used by Debrief's built-in reflection and STAR plugins.
    public static let `default` = StepMap(
        interview: [DebriefSteps.Context.company, DebriefSteps.Context.role, DebriefSteps.Context.date,
                    DebriefSteps.Context.stage, DebriefSteps.Context.outcome],
        feelings: DebriefSteps.Feelings.now,
        fiveQuestions: [
            ReflectiveQuestion(key: "prepared", stepID: DebriefSteps.Reflect.prepared, topic: "Prepared"),
            ReflectiveQuestion(key: "research", stepID: DebriefSteps.Reflect.research, topic: "Researched the company"),
            ReflectiveQuestion(key: "why", stepID: DebriefSteps.Reflect.why, topic: "Clear why I wanted the job"),
            ReflectiveQuestion(key: "questions", stepID: DebriefSteps.Reflect.questions, topic: "Answered questions as I wanted"),
            ReflectiveQuestion(key: "examples", stepID: DebriefSteps.Reflect.examples, topic: "Examples landed"),
        ],
        struggledList: DebriefSteps.Reflect.struggledList,
        struggledNow: DebriefSteps.Reflect.struggledNow,
        wins: DebriefSteps.Wins.list,
        fit: DebriefSteps.Wins.fit,
        fitNote: DebriefSteps.Wins.fitNote,
        plans: [PlanStep(text: DebriefSteps.Move.plan, date: DebriefSteps.Move.planDate),
                PlanStep(text: DebriefSteps.Move.plan2, date: DebriefSteps.Move.plan2Date)],
        planDone: DebriefSteps.Move.planDone,
        starQuestion: DebriefSteps.STAR.question,
        starExample: DebriefSteps.STAR.example,
        starRevisionPrefix: DebriefSteps.STAR.revisionPrefix,
        stages: ["application", "phone screen", "first interview", "task or assessment", "second interview", "final round", "offer"])

    /// Creates a table; start from ``default`` and change what differs.
    public init(interview: [String], feelings: String, fiveQuestions: [ReflectiveQuestion], struggledList: String,
                struggledNow: String, wins: String, fit: String, fitNote: String, plans: [PlanStep], planDone: String,
                starQuestion: String, starExample: String,
                starRevisionPrefix: String, stages: [String]) {
        self.interview = interview
        self.feelings = feelings
        self.fiveQuestions = fiveQuestions
        self.struggledList = struggledList
        self.struggledNow = struggledNow
        self.wins = wins
        self.fit = fit
        self.fitNote = fitNote
        self.plans = plans
        self.planDone = planDone
        self.starQuestion = starQuestion
        self.starExample = starExample
        self.starRevisionPrefix = starRevisionPrefix
        self.stages = stages
    }

    /// The step ids insights and plans read from a store's facts.
    public var insightSteps: Set<String> {
        Set(fiveQuestions.map(\.stepID) + [feelings, fit, fitNote, struggledList, planDone, planDropped] + plans.flatMap { [$0.text, $0.date] })
    }

    /// The step ids a plan's state is read from: its text, its date, done and dropped.
    var planSteps: Set<String> {
        Set([planDone, planDropped] + plans.flatMap { [$0.text, $0.date] })
    }

    /// The step ids the practice deck reads from a store's facts, besides every STAR answer.
    public var practiceSteps: Set<String> { [struggledList, struggledNow, starQuestion] }

    /// The 0-based place of `stage` in ``stages``, or nil when it matches none.
    ///
    /// Exact matches win; otherwise the last listed stage whose name the answer contains
    /// ("final round (onsite)" → "final round").
    public func stageRank(_ stage: String?) -> Int? {
        var ranks = StageRanks(stages)
        return ranks.rank(stage)
    }
}
