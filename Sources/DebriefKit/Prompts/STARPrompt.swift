import Foundation

/// A behavioural example in four parts: situation, task, action, result.
///
/// Asked one part at a time, so nobody faces a blank page; a paste with the labels
/// (`Situation: … Task: … Action: … Result: …`) is read in one go. Both ways follow the
/// same rule: every part needs some text, and a part left empty (typed blank, or a label
/// with nothing after it) is asked for on its own, so the rest is never lost. What the text
/// says ("No result yet.") is the coach's to read, not the prompt's to refuse.
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

    public func parse(_ lines: [String], in context: PromptContext) -> Parsed<STARAnswer> {
        // A labelled paste fills the parts it names; each further line fills the next empty part.
        let pasted = lines.first.flatMap(Self.labelled)
        var filled = pasted ?? Array(repeating: "", count: Self.parts.count)
        for line in pasted == nil ? lines[...] : lines.dropFirst() {
            guard let next = filled.firstIndex(where: \.isEmpty) else { break }
            guard !line.isEmpty else { return .reject(Self.emptyPart(next)) }
            filled[next] = line
        }
        guard let next = filled.firstIndex(where: \.isEmpty) else { return check(filled) }
        return .more(pasted == nil ? Self.partQuestions[next] : Self.emptyPart(next))
    }

    public func answer(for value: STARAnswer) -> AnswerValue { .star(value) }

    public var hint: String? {
        "Answer the four parts in turn, or paste all four labelled \"Situation:\", \"Task:\", \"Action:\" and \"Result:\"."
    }

    /// Why part `index` is asked again, and what it asks.
    static func emptyPart(_ index: Int) -> String {
        "The \(parts[index]) part is empty. \(partQuestions[index])"
    }

    private func check(_ parts: [String]) -> Parsed<STARAnswer> {
        for (index, text) in parts.enumerated() where text.count > maxPartLength {
            return .reject("The \(Self.parts[index]) part is \(text.count.grouped) characters; keep it under \(maxPartLength.grouped).")
        }
        return .value(STARAnswer(situation: parts[0], task: parts[1], action: parts[2], result: parts[3]))
    }

    /// Splits "Situation: … Task: … Action: … Result: …" (any case, in order) into the four
    /// parts, with "" for a part whose label is missing or has nothing after it; nil unless
    /// "Situation:" and at least one later label are there.
    static func labelled(_ text: String) -> [String]? {
        var found: [(part: Int, label: Range<String.Index>)] = []
        var search = text.startIndex
        for (index, part) in parts.enumerated() {
            guard let range = text.range(of: part + ":", options: .caseInsensitive, range: search..<text.endIndex) else { continue }
            found.append((index, range))
            search = range.upperBound
        }
        guard found.first?.part == 0, found.count >= 2 else { return nil }
        var texts = Array(repeating: "", count: parts.count)
        for (position, label) in found.enumerated() {
            let to = position + 1 < found.count ? found[position + 1].label.lowerBound : text.endIndex
            texts[label.part] = text[label.label.upperBound..<to]
                .trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ";|")))
        }
        return texts
    }
}
