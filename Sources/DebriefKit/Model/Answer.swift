public import Foundation

/// One stored answer: the typed value, exactly what the person typed, and when.
///
/// The raw text is kept verbatim so nothing the person wrote is ever lost, even
/// when the typed value is a normalised form of it ("kinda" → `.partly`).
public struct Answer: Hashable, Codable, Sendable {
    public var value: AnswerValue
    /// The input lines as typed, joined by newlines (a list or STAR answer spans several).
    public var raw: String
    public var answeredAt: Date

    public init(value: AnswerValue, raw: String, answeredAt: Date) {
        self.value = value
        self.raw = raw
        self.answeredAt = answeredAt
    }
}
