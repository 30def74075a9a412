extension DebriefHistory {
    /// Which step ids hold the parts of a debrief the history reads, and where a plan's status
    /// is written. The defaults are the ids of the built-in reflection and STAR plugins (declared in
    /// ``DebriefSteps``, as ``StepMap/default`` reads them).
    ///
    /// A plan's status lives in the debrief that made it, as answers keyed by the plan's place
    /// `N` among that debrief's plans: ``planDone`` `#N` (a date, as `debrief plans done N`
    /// writes it), ``planDropped`` `#N` (a date), and ``planFollowUp`` `.<debrief id>#N` (the
    /// status chosen in that later debrief, with its one line on how it went as the raw text).
    public struct Keys: Sendable, Hashable {
        /// Scale 1–5: the mood right after the news.
        public var feelings: String
        /// List: the interview questions that were hard.
        public var struggledList: String
        /// The if-then plan steps in order (a text is one plan, a list one per item); each is
        /// dated by the step `<id>.date` (or `<id>.date#N` per item of a list).
        public var plans: [String]
        /// Date, per plan: when it was marked done.
        public var planDone: String
        /// Date, per plan: when it was dropped.
        public var planDropped: String
        /// The prefix of the follow-up record a later debrief writes, per plan.
        public var planFollowUp: String
        /// Text: the question a STAR example answers.
        public var starQuestion: String

        /// The ids of Debrief's built-in reflection and STAR plugins.
        public static let `default` = Keys(feelings: DebriefSteps.Feelings.now, struggledList: DebriefSteps.Reflect.struggledList,
                                           plans: [DebriefSteps.Move.plan, DebriefSteps.Move.plan2],
                                           planDone: DebriefSteps.Move.planDone, planDropped: DebriefSteps.Move.planDropped,
                                           planFollowUp: DebriefSteps.Move.planFollowUp, starQuestion: DebriefSteps.STAR.question)

        /// A table; start from ``default`` and change what differs.
        public init(feelings: String, struggledList: String, plans: [String], planDone: String, planDropped: String,
                    planFollowUp: String, starQuestion: String) {
            self.feelings = feelings
            self.struggledList = struggledList
            self.plans = plans
            self.planDone = planDone
            self.planDropped = planDropped
            self.planFollowUp = planFollowUp
            self.starQuestion = starQuestion
        }

        /// The key of the follow-up record that debrief `id` writes for plan `item`.
        public func followUp(by id: DebriefID, item: Int) -> StepKey {
            StepKey("\(planFollowUp).\(id.rawValue)", item: item)
        }
    }
}
