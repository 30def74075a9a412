/// What the coach remembers of earlier debriefs: a small summary handed to the conversation
/// as a plain value, so the engine stays pure.
///
/// ``DebriefSession`` reads it from the store when a debrief starts or resumes
/// (``DebriefStore/history(excluding:)``) and the ``Conversation`` lets conditions and
/// wordings see it: the reflection follows up open plans and names hard questions that
/// keep coming back. A first-ever debrief sees ``empty`` and goes as it always did.
///
/// ```swift
/// let history = try await store.history(excluding: nil)
/// for plan in history.openPlans { print(plan.text) }
/// let times = history.timesHard("Tell me about a conflict") // earlier debriefs that found it hard
/// ```
public struct DebriefHistory: Sendable, Equatable {
    /// How many earlier debriefs there are.
    public let count: Int
    /// If-then plans not yet marked done or dropped, oldest debrief first, each debrief's in order.
    public let openPlans: [OpenPlan]
    /// How many plans were marked done, in all.
    public let plansDone: Int
    /// Hard interview questions, grouped as insights group them (``QuestionGrouper``), in the
    /// order first seen.
    public let hardQuestions: [HardQuestion]
    /// Mood right after the news (1–5) in the last few debriefs that gave one, oldest first.
    public let moods: [Int]
    /// The stage reached in the last few debriefs that named one, oldest first.
    public let stages: [String]
    /// The question the latest STAR example answers.
    public let lastSTARQuestion: String?
    /// The groups of ``hardQuestions`` rebuilt from their wordings, for matching.
    private let grouper: QuestionGrouper<Int>

    /// How many moods and stages are kept: enough to see a trend, few enough to stay small.
    public static let recentLimit = 5

    /// Nothing remembered: a first debrief.
    public static let empty = DebriefHistory(count: 0, openPlans: [], plansDone: 0, hardQuestions: [], moods: [], stages: [],
                                             lastSTARQuestion: nil)

    /// A history from its parts; ``DebriefHistory/init(debriefs:excluding:keys:)`` reads one from debriefs.
    public init(count: Int, openPlans: [OpenPlan], plansDone: Int, hardQuestions: [HardQuestion], moods: [Int],
                stages: [String], lastSTARQuestion: String?) {
        self.count = count
        self.openPlans = openPlans
        self.plansDone = plansDone
        self.hardQuestions = hardQuestions
        self.moods = Array(moods.suffix(Self.recentLimit))
        self.stages = Array(stages.suffix(Self.recentLimit))
        self.lastSTARQuestion = lastSTARQuestion
        var grouper = QuestionGrouper<Int>()
        for (index, question) in hardQuestions.enumerated() { grouper.add(question.question, source: index) }
        self.grouper = grouper
    }

    /// Whether there is no earlier debrief.
    public var isEmpty: Bool { count == 0 }

    /// The earlier hard question `question` asks the same thing as, or nil.
    public func hardQuestion(like question: String) -> HardQuestion? {
        guard let group = grouper.group(of: question), let index = grouper.groups[group].sources.first else { return nil }
        return hardQuestions[index]
    }

    /// How many earlier debriefs found a question like `question` hard; 0 when none did.
    public func timesHard(_ question: String) -> Int {
        hardQuestion(like: question)?.count ?? 0
    }

    public static func == (lhs: DebriefHistory, rhs: DebriefHistory) -> Bool {
        (lhs.count, lhs.plansDone, lhs.lastSTARQuestion) == (rhs.count, rhs.plansDone, rhs.lastSTARQuestion)
            && lhs.openPlans == rhs.openPlans && lhs.hardQuestions == rhs.hardQuestions
            && lhs.moods == rhs.moods && lhs.stages == rhs.stages
    }
}

extension DebriefHistory {
    /// An if-then plan from an earlier debrief that is still open.
    public struct OpenPlan: Sendable, Hashable, Codable {
        /// The debrief it was made in; its status is saved there.
        public var debriefID: DebriefID
        /// Its place among that debrief's plans, from 1 (as `debrief plans` counts them).
        public var item: Int
        /// The plan as written: "Next time, if …, I will …".
        public var text: String
        /// The day the person meant to act on it by.
        public var due: DayDate?
        /// The company of that interview.
        public var company: String?
        /// The day of that interview (or of the debrief, when no date was given).
        public var day: DayDate

        /// A plan; ``DebriefHistory`` reads them from debriefs.
        public init(debriefID: DebriefID, item: Int, text: String, due: DayDate?, company: String?, day: DayDate) {
            self.debriefID = debriefID
            self.item = item
            self.text = text
            self.due = due
            self.company = company
            self.day = day
        }
    }

    /// An interview question found hard in earlier debriefs, however it was worded.
    public struct HardQuestion: Sendable, Hashable, Codable {
        /// The first wording seen; it stands for the group.
        public var question: String
        /// How many times a question like it was listed as hard.
        public var count: Int

        /// A hard question and how often it came up.
        public init(question: String, count: Int) {
            self.question = question
            self.count = count
        }
    }
}
