/// A behavioural example in the four parts of the STAR method.
public struct STARAnswer: Hashable, Codable, Sendable {
    public var situation: String
    public var task: String
    public var action: String
    public var result: String

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
