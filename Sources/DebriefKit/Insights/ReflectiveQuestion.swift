/// One of the article's five reflective questions, answered yes, partly or no.
///
/// The built-in ones are worded so that yes is the hoped-for answer ("did you prepare?").
/// A flow may word one the other way ("did you struggle with questions?"); ``hopedFor``
/// records which, so "something to work on" means the same for every question.
public struct ReflectiveQuestion: Sendable, Hashable, Codable {
    /// Short and stable, used in insight ids: `questions.research.toWorkOn`.
    public var key: String
    /// The step that holds the yes/partly/no answer.
    public var stepID: String
    /// A short label for charts and tables, worded like the question: "Researched the company".
    public var topic: String
    /// The answer that needs no follow-up; the others count as something to work on.
    public var hopedFor: YesPartlyNo

    /// A question; `hopedFor` is the answer that needs no follow-up.
    public init(key: String, stepID: String, topic: String, hopedFor: YesPartlyNo = .yes) {
        self.key = key
        self.stepID = stepID
        self.topic = topic
        self.hopedFor = hopedFor
    }

    /// The answer that is the opposite of ``hopedFor``: no for a yes-question, yes for a no-question.
    public var opposite: YesPartlyNo { hopedFor == .yes ? .no : .yes }

    /// Whether `answer` is something to work on (anything but the hoped-for answer).
    public func needsWork(_ answer: YesPartlyNo) -> Bool { answer != hopedFor }
}
