import Foundation

/// A behavioural example in four parts: situation, task, action, result.
///
/// Asked one part at a time, so nobody faces a blank page; a single paste with the
/// labels (`Situation: … Task: … Action: … Result: …`) is read in one go.
public struct STARPrompt: Prompt {
    /// Longest part, in characters.
    public var maxPartLength: Int

    /// A STAR question.
    public init(maxPartLength: Int = 4000) {
        self.maxPartLength = maxPartLength
    }

    static let parts = ["situation", "task", "action", "result"]
    /// What each part asks, in order; shown one at a time.
    public static let partQuestions = [
        "Situation: where were you, and what was going on? A sentence or two is enough.",
        "Task: what was yours to do — the goal or the problem you owned?",
        "Action: what did you do, step by step? Say \"I\", not \"we\", for your part.",
        "Result: how did it end? A number, a before-and-after, or what you learned.",
    ]

    /// Situation, task, action and result: the counter moves as each is typed.
    public var parts: Int { 4 }

    public func parse(_ lines: [String], in context: PromptContext) -> Parsed<STARAnswer> {
        if lines.count == 1, let labelled = Self.labelled(lines[0]) { return check(labelled) }
        guard let empty = lines.firstIndex(where: \.isEmpty) else {
            return lines.count < 4 ? .more(Self.partQuestions[lines.count]) : check(lines)
        }
        return .reject("The \(Self.parts[empty]) part is empty. \(Self.partQuestions[empty])")
    }

    public func answer(for value: STARAnswer) -> AnswerValue { .star(value) }

    public var hint: String? {
        "Answer the four parts in turn, or paste all four labelled \"Situation:\", \"Task:\", \"Action:\" and \"Result:\"."
    }

    private func check(_ parts: [String]) -> Parsed<STARAnswer> {
        for (index, text) in parts.enumerated() where text.count > maxPartLength {
            return .reject("The \(Self.parts[index]) part is \(text.count.grouped) characters; keep it under \(maxPartLength.grouped).")
        }
        return .value(STARAnswer(situation: parts[0], task: parts[1], action: parts[2], result: parts[3]))
    }

    /// Splits "Situation: … Task: … Action: … Result: …" (any case, in order); nil unless all four are there.
    static func labelled(_ text: String) -> [String]? {
        let lower = text.lowercased()
        var starts: [String.Index] = []
        var search = lower.startIndex
        for part in parts {
            guard let range = lower.range(of: part + ":", range: search..<lower.endIndex) else { return nil }
            starts.append(range.lowerBound)
            search = range.upperBound
        }
        return starts.indices.map { index in
            let from = text.index(starts[index], offsetBy: parts[index].count + 1)
            let to = index + 1 < starts.count ? starts[index + 1] : text.endIndex
            return text[from..<to].trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ";|")))
        }
    }
}
