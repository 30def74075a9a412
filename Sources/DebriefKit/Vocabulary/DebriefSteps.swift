/// The step ids of the built-in conversation, spelled once.
///
/// Several modules read the same answers: the reflection and STAR chapters ask them, and
/// insights, plans, practice, reports and the history read them back. Each id is declared here,
/// the chapters that ask it refer to the constant, and every reader does too (``StepMap/default``,
/// ``DebriefHistory/Keys/default``), so a renamed id cannot leave a silent copy behind.
///
/// ```swift
/// Ask(DebriefSteps.Feelings.now, "How are you feeling, from 1 to 5?", .scale())
/// let mood = debrief[DebriefSteps.Feelings.now]
/// ```
public enum DebriefSteps {
    /// The interview: who, what, when, how far, how it ended.
    public enum Context {
        /// Text: the company.
        public static let company = "context.company"
        /// Text: the role.
        public static let role = "context.role"
        /// Date: the last interview.
        public static let date = "context.date"
        /// Choice or text: the stage reached.
        public static let stage = "context.stage"
        /// Choice: how the news came.
        public static let outcome = "context.outcome"
    }

    /// How the person feels.
    public enum Feelings {
        /// Scale 1-5: right after the news.
        public static let now = "feelings.now"
    }

    /// The article's five questions and their follow-ups.
    public enum Reflect {
        /// Yes/partly/no: prepared as much as wanted.
        public static let prepared = "reflect.prepared"
        /// List: what was missing from the preparation.
        public static let preparedGaps = "reflect.prepared.gaps"
        /// Yes/partly/no: researched the company.
        public static let research = "reflect.research"
        /// Text: what would have helped to know them.
        public static let researchHelped = "reflect.research.helped"
        /// Yes/partly/no: clear why they wanted the job.
        public static let why = "reflect.why"
        /// Text: two sentences on why.
        public static let whyDraft = "reflect.why.draft"
        /// Yes/partly/no: answered the questions as wanted.
        public static let questions = "reflect.questions"
        /// List: the questions that were hard.
        public static let struggledList = "reflect.struggled.list"
        /// Text, per item of ``struggledList`` (`#N`): how they would answer now.
        public static let struggledNow = "reflect.struggled.now"
        /// Yes/partly/no, per item of ``struggledList``: whether it was a behavioural question.
        public static let struggledBehavioural = "reflect.struggled.behavioural"
        /// Choice: what to do about a hard question that keeps coming back.
        public static let returningOffer = "reflect.returning.offer"
        /// Yes/partly/no: examples landed.
        public static let examples = "reflect.examples"
    }

    /// What went well, and fit.
    public enum Wins {
        /// List: what went well.
        public static let list = "wins.list"
        /// Scale 1-5: whether this kind of role still fits.
        public static let fit = "wins.fit"
        /// Text: a note on fit.
        public static let fitNote = "wins.fit.note"
    }

    /// Plans for next time and the feedback email.
    public enum Move {
        /// Text: the first if-then plan.
        public static let plan = "move.plan"
        /// Date: when for the first plan.
        public static let planDate = "move.plan.date"
        /// Text: a second plan.
        public static let plan2 = "move.plan2"
        /// Date: when for the second plan.
        public static let plan2Date = "move.plan2.date"
        /// Date, per plan (`#N`): when it was marked done.
        public static let planDone = "move.plan.done"
        /// Date, per plan (`#N`): when it was dropped in a later debrief.
        public static let planDropped = "move.plan.dropped"
        /// The prefix of the follow-up record a later debrief writes, per plan.
        public static let planFollowUp = "move.plan.followup"
        /// Yes/partly/no: whether to draft a feedback email.
        public static let feedback = "move.feedback"
        /// Text: who the email goes to.
        public static let feedbackTo = "move.feedback.to"
        /// Text: a moment worth mentioning in the email.
        public static let feedbackMoment = "move.feedback.moment"
    }

    /// The STAR chapter.
    public enum STAR {
        /// Text: the interview question the example answers.
        public static let question = "star.question"
        /// STAR: the example as first told.
        public static let example = "star.example"
        /// The prefix of round N's revised example (`star.revise.N`), stored whole.
        public static let revisionPrefix = "star.revise."
        /// The prefix of round N's choice (`star.next.N`): keep, or the part to revise.
        public static let decisionPrefix = "star.next."
    }
}
