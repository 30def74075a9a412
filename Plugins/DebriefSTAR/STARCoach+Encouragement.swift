public import DebriefKit

extension STARCoach {
    /// What the coach says when it has no hints: what the story already does, quoting it,
    /// so the person hears something specific rather than a pass mark.
    ///
    /// ```swift
    /// coach.encouragement(for: example)
    /// // This one already gives them what they listen for: your own steps (“I met each lead…”) and how it ended (“…”). …
    /// ```
    public func encouragement(for answer: STARAnswer, question: String? = nil) -> String {
        let example = Example(answer)
        let quote: (Example.Sentence?) -> String? = { $0.map { "(“\(Prose.excerpt($0.text, limit: 90))”)" } }
        let action = example.sentences(in: .action)
        var shown: [String] = []
        if let steps = quote(action.first { STARCoach.actionSteps(in: $0.text) > 0 } ?? action.first) {
            shown.append("your own steps \(steps)")
        }
        if let ending = quote(example.sentences(in: .result).first) { shown.append("how it ended \(ending)") }
        var text = shown.isEmpty ? "This one is yours to tell." : "This one already gives them what they listen for: \(shown.joined(separator: " and "))."
        if example.isSetback(question: question), let learning = quote(example.learning) {
            text += " You also say what you took from it \(learning)."
        }
        return text + " Say it out loud once or twice and it's ready to use."
    }
}
