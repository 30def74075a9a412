import Foundation

/// Shared rules for text search, so every store matches the same way:
/// case- and accent-insensitive, every word must appear.
public enum SearchText {
    /// Lower case without diacritics: "Café" → "cafe".
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The folded words of a query.
    public static func words(_ query: String) -> [String] {
        fold(query).split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }).map(String.init)
    }

    /// About `radius` characters either side of the first match of `word`, with … where cut.
    public static func snippet(_ text: String, around word: String, radius: Int = 40) -> String {
        let folded = fold(text)
        guard let range = folded.range(of: word), folded.count == text.count else {
            return String(text.prefix(radius * 2))
        }
        let start = folded.distance(from: folded.startIndex, to: range.lowerBound)
        let from = max(0, start - radius)
        let to = min(text.count, start + word.count + radius)
        let lower = text.index(text.startIndex, offsetBy: from)
        let upper = text.index(text.startIndex, offsetBy: to)
        return (from > 0 ? "…" : "") + text[lower..<upper].replacingOccurrences(of: "\n", with: " ") + (to < text.count ? "…" : "")
    }
}
