/// A step that holds an if-then plan, and the step that holds its date.
///
/// A text answer is one plan; a list answer is one plan per item, each dated by
/// `date#N` when present, else by `date`.
public struct PlanStep: Sendable, Hashable, Codable {
    /// The plan: "next time, if …, I will …".
    public var text: String
    /// The day the person meant to act on it by.
    public var date: String

    /// A plan step and its date step.
    public init(text: String, date: String) {
        self.text = text
        self.date = date
    }
}
