import Foundation

/// A whole number on a short scale, 1 to 5 by default.
///
/// Accepts "3", "three", "3/5", "3 out of 5" and "3 - okay"; the labels describe the ends
/// so the number means the same thing to everyone.
public struct ScalePrompt: Prompt {
    /// The accepted numbers.
    public var range: ClosedRange<Int>
    /// What the lowest and highest numbers mean, e.g. ("very low", "great").
    public var labels: (low: String, high: String)?

    /// A scale; give both labels or neither.
    public init(_ range: ClosedRange<Int> = 1...5, low: String? = nil, high: String? = nil) {
        self.range = range
        if let low, let high { labels = (low, high) } else { labels = nil }
    }

    static let words = ["zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                        "eight": 8, "nine": 9, "ten": 10]

    public func parse(_ lines: [String], in context: PromptContext) -> Parsed<Int> {
        let raw = (lines.last ?? "").lowercased()
        let token = raw.split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? ""
        let bare = token.trimmingCharacters(in: .punctuationCharacters)
        if let value = Int(token) ?? Int(bare) ?? Self.words[bare] {
            return .value(value)
        }
        if Double(bare.replacingOccurrences(of: ",", with: ".")) != nil {
            return .reject("Pick a whole number from \(range.lowerBound) to \(range.upperBound) — no halves needed, the closest is fine.")
        }
        return .reject("Type a number from \(range.lowerBound) to \(range.upperBound)\(labelText).")
    }

    public func validate(_ value: Int) -> String? {
        range.contains(value) ? nil : "\(value) is outside \(range.lowerBound)–\(range.upperBound); pick a number from \(range.lowerBound) to \(range.upperBound)\(labelText)."
    }

    public func answer(for value: Int) -> AnswerValue { .scale(value) }

    /// "8/10" on a 1–10 scale: the top of this scale, not of the usual 1–5.
    public func display(_ value: AnswerValue) -> String {
        if case .scale(let number) = value { "\(number)/\(range.upperBound)" } else { value.display }
    }

    public var hint: String? { "A number from \(range.lowerBound) to \(range.upperBound)\(labelText)." }

    public func completions(for prefix: String) -> [String] {
        completing(prefix, from: range.map(String.init))
    }

    private var labelText: String {
        labels.map { " (\(range.lowerBound) = \($0.low), \(range.upperBound) = \($0.high))" } ?? ""
    }
}
