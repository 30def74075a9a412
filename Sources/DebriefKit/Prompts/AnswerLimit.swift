/// The most text one answer may hold, whatever the question asks.
///
/// A pasted log or a runaway pipe is refused at once, before any parsing, so ten
/// megabytes cost no more than a sentence. Line editors use ``lineBytes`` to stop keeping
/// a line early; what they keep is still over the limit, so it is refused the same way.
///
/// ```swift
/// if let reason = AnswerLimit.refusal(lines) { return .rejected(reason: reason) }
/// ```
public enum AnswerLimit {
    /// Characters (Unicode scalars) in one answer, all its lines together.
    public static let characters = 20_000

    /// Bytes of one line worth keeping: at least ``characters`` + 2 scalars in any encoding,
    /// so a cut line is still refused, even after `//` loses its first slash.
    public static let lineBytes = 4 * (characters + 2)

    /// The reason to refuse `lines` as one answer, or nil when they fit. Counting stops early,
    /// so a huge answer is refused in the time it takes to look at its byte count.
    public static func refusal(_ lines: [String]) -> String? {
        let bytes = lines.reduce(lines.count - 1) { $0 + $1.utf8.count }
        guard bytes > characters else { return nil }
        let scalars = lines.reduce(lines.count - 1) { $0 + $1.unicodeScalars.count }
        guard scalars > characters else { return nil }
        let kept = lines.count > 1 ? " Your earlier lines are kept." : ""
        return "That's more than \(characters.grouped) characters, the most one answer can hold. "
            + "Keep the main points and send it again (for long text, /edit opens your editor).\(kept)"
    }
}
