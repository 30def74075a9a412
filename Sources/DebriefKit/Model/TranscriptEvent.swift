public import Foundation

/// One entry of a debrief's append-only transcript.
///
/// The transcript is the record of what happened, in order: reports, `/review`
/// and support questions read it, and nothing ever edits or removes an entry.
public struct TranscriptEvent: Hashable, Codable, Sendable, Identifiable {
    /// Sequential within a debrief, starting at 1.
    public var id: Int
    /// When it happened.
    public var at: Date
    /// What happened.
    public var kind: Kind

    /// An event; ``Debrief/log(_:at:)`` numbers them.
    public init(id: Int, at: Date, kind: Kind) {
        self.id = id
        self.at = at
        self.kind = kind
    }

    /// What happened.
    public enum Kind: Hashable, Codable, Sendable {
        /// A question was shown.
        case asked(step: StepKey, text: String)
        /// An answer was accepted (or a step skipped).
        case answered(step: StepKey, raw: String)
        /// Input was refused, with the reason shown; kept so that nothing typed is lost.
        case rejected(step: StepKey, raw: String, reason: String)
        /// A slash command was used.
        case command(String)
        /// The coach said something that was not a question (a reaction, a note).
        case said(text: String, source: String?)
    }
}
