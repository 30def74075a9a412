import Foundation

/// The normalised words of a question, used to tell whether two questions ask the same thing.
///
/// The rules, in order: fold case, accents and width; split on anything that is not a
/// letter or digit; drop ``stopWords`` (the framing of a question: "tell me about a time");
/// in words longer than four letters, strip one common English ending (`ing`, `ed`, `s`)
/// and then a final `e`, so "conflicts" matches "conflict" and "handled" matches "handle". A question made only of stop words ("Why
/// us?") keeps its folded words, so it still matches itself.
///
/// ```swift
/// QuestionTokens.tokens(of: "Tell me about a time you handled conflicts") // ["handl", "conflict"]
/// ```
public enum QuestionTokens {
    /// Words that frame a question rather than say what it is about.
    public static let stopWords: Set<String> = [
        "a", "about", "an", "and", "any", "are", "as", "at", "be", "can", "could", "describe", "did", "do", "does",
        "example", "for", "from", "give", "had", "has", "have", "how", "i", "if", "in", "is", "it", "me", "my",
        "of", "on", "one", "or", "our", "please", "should", "so", "tell", "that", "the", "this", "time", "to",
        "walk", "was", "we", "were", "what", "when", "where", "which", "who", "why", "will", "with", "would",
        "you", "your",
    ]

    /// The token set of `question`.
    public static func tokens(of question: String) -> Set<String> {
        // Plain ASCII has no accents or widths to fold, and lowercasing it is many times faster.
        let folded = question.utf8.allSatisfy { $0 < 0x80 } ? question.lowercased()
            : question.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        let words = folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        let meaningful = words.filter { !stopWords.contains($0) }.map(stem)
        return Set(meaningful.isEmpty ? words : meaningful)
    }

    static func stem(_ word: String) -> String {
        var stem = Substring(word)
        if stem.count > 4, let suffix = ["ing", "ed", "s"].first(where: { stem.hasSuffix($0) }) {
            stem = stem.dropLast(suffix.count)
        }
        if stem.count > 4, stem.hasSuffix("e") {
            stem = stem.dropLast()
        }
        return String(stem)
    }
}
