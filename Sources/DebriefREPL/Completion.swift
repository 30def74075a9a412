/// What Tab does with the text before the cursor, given the candidates for it.
///
/// One candidate replaces the typed text; several extend it to their longest common
/// start, or are listed when that adds nothing. Comparison ignores case, so `Pa`
/// completes to `partly`.
///
/// ```swift
/// Completion(typed: "/he", candidates: ["/help"])   // .replace("/help")
/// ```
public enum Completion: Equatable, Sendable {
    /// Nothing fits: the editor beeps.
    case none
    /// Replace the typed text with this.
    case replace(String)
    /// Several fit and none is longer in common: show them.
    case list([String])

    public init(typed: String, candidates: [String]) {
        let fitting = candidates.filter { $0.lowercased().hasPrefix(typed.lowercased()) }
        guard let first = fitting.first else {
            self = .none
            return
        }
        guard fitting.count > 1 else {
            self = .replace(first)
            return
        }
        let common = fitting.dropFirst().reduce(first) { common, candidate in
            String(zip(common, candidate).prefix { $0.lowercased() == $1.lowercased() }.map(\.0))
        }
        self = common.count > typed.count ? .replace(common) : .list(fitting)
    }
}
