public import Foundation

/// One stored answer: the typed value, exactly what the person typed, and when.
///
/// The raw text is kept verbatim so nothing the person wrote is ever lost, even
/// when the typed value is a normalised form of it ("kinda" → `.partly`).
public struct Answer: Hashable, Codable, Sendable {
    /// The parsed value.
    public var value: AnswerValue
    /// The input lines as typed, joined by newlines (a list or STAR answer spans several).
    public var raw: String
    /// When it was accepted.
    public var answeredAt: Date

    /// The words a search looks at: the value's own text (list items, STAR parts), or what was
    /// typed when the value has none, so the reason in "partly, the portfolio ran long" is found.
    public var searchableText: String {
        let text = value.searchableText
        return text.isEmpty && !value.isSkipped ? raw : text
    }

    /// An answer as the engine records it.
    public init(value: AnswerValue, raw: String, answeredAt: Date) {
        self.value = value
        self.raw = raw
        self.answeredAt = answeredAt
    }
}
