/// A behavioural example in the four parts of the STAR method.
public struct STARAnswer: Hashable, Codable, Sendable {
    /// Where and when: the context.
    public var situation: String
    /// What was yours to do.
    public var task: String
    /// What you did.
    public var action: String
    /// How it ended, ideally with a number.
    public var result: String

    /// A STAR example from its four parts.
    public init(situation: String, task: String, action: String, result: String) {
        self.situation = situation
        self.task = task
        self.action = action
        self.result = result
    }

    /// The parts in order, with their names, for rendering and analysis.
    public var parts: [(name: String, text: String)] {
        [("Situation", situation), ("Task", task), ("Action", action), ("Result", result)]
    }
}
