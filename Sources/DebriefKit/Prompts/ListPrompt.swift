import Foundation

/// Several short items: struggled questions, preparation gaps, plans.
///
/// Items can come on one line separated by `;`, or one per line, finished with an
/// empty line. A pasted block with line breaks is split on them too.
public struct ListPrompt: Prompt {
    /// Fewest items accepted; 0 makes the list optional (an empty list is stored as skipped).
    public var minimum: Int
    /// Most items accepted.
    public var maximum: Int
    /// Longest item, in characters.
    public var maxItemLength: Int

    /// A list question.
    public init(minimum: Int = 1, maximum: Int = 20, maxItemLength: Int = 1000) {
        self.minimum = minimum
        self.maximum = maximum
        self.maxItemLength = maxItemLength
    }

    public func parse(_ lines: [String], in context: PromptContext) -> Parsed<[String]> {
        let finished = lines.last?.isEmpty ?? true
        let items = lines.flatMap { $0.split(whereSeparator: { $0 == ";" || $0 == "\n" }) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        if let long = items.first(where: { $0.count > maxItemLength }) {
            return .reject("The item \(TextNormaliser.quoted(long)) is \(long.count.grouped) characters; keep each item under \(maxItemLength.grouped).")
        }
        if items.count > maximum {
            return .reject("That's \(items.count) items; \(maximum) at most here. Keep the ones that matter most.")
        }
        let oneLineList = lines.count == 1 && (lines[0].contains(";") || lines[0].contains("\n"))
        if finished || oneLineList || items.count == maximum {
            if items.count >= minimum { return .value(items) }
            if items.isEmpty {
                return .reject("Type at least one item (separate several with ;), or /skip to leave this one.")
            }
            return .reject("That's \(items.count); please add at least \(minimum), one per line or separated by ;.")
        }
        return .more("Got it (\(items.count) so far). Add another, or press Enter on an empty line to finish.")
    }

    public func answer(for items: [String]) -> AnswerValue {
        items.isEmpty ? .skipped : .list(items)
    }

    public var hint: String? {
        "List items separated by ; on one line, or one per line and an empty line to finish."
    }
}
