import Foundation

/// Free text: a sentence or a paragraph.
///
/// Required unless ``isOptional``; an optional question left empty is stored as skipped.
public struct TextPrompt: Prompt {
    /// Whether an empty answer is accepted (stored as skipped).
    public var isOptional: Bool
    /// Longest accepted answer, in characters.
    public var maxLength: Int

    /// A free-text question.
    public init(optional: Bool = false, maxLength: Int = 4000) {
        self.isOptional = optional
        self.maxLength = maxLength
    }

    public func parse(_ lines: [String], in context: PromptContext) -> Parsed<String?> {
        let text = lines.last ?? ""
        if text.isEmpty {
            return isOptional ? .value(nil) : .reject("I didn't get an answer there. Type a few words, or /skip to leave this one.")
        }
        return .value(text)
    }

    public func validate(_ value: String?) -> String? {
        guard let value, value.count > maxLength else { return nil }
        return "That answer is \(value.count.grouped) characters; this question takes up to \(maxLength.grouped). Shorten it a little, or keep the main points."
    }

    public func answer(for value: String?) -> AnswerValue {
        value.map(AnswerValue.text) ?? .skipped
    }

    public var hint: String? {
        isOptional ? "Type your answer, or press Enter to leave it empty." : "Type your answer in your own words."
    }
}

extension Int {
    /// 12,345: numbers in messages are easier to read grouped.
    var grouped: String {
        let digits = String(magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return self < 0 ? "-" + out : out
    }
}
