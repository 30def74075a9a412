public import DebriefKit

extension [Message] {
    /// All texts joined by newlines: handy for `#expect(messages.text.contains("…"))`.
    public var text: String { map(\.text).joined(separator: "\n") }
}
