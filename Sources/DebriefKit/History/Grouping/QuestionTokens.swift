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
        let words = question.utf8.allSatisfy({ $0 < 0x80 }) ? asciiWords(question) : question
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .split { !($0.isLetter || $0.isNumber) }.map(String.init)
        let meaningful = words.filter { !stopWords.contains($0) }.map(stem)
        return Set(meaningful.isEmpty ? words : meaningful)
    }

    /// The lower-case words of an ASCII question, by its bytes: ASCII has no accents or widths
    /// to fold, and its letters and digits are known, so the Unicode rules (the slow part of
    /// grouping thousands of questions) give the same words.
    private static func asciiWords(_ question: String) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        for byte in question.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            default:
                if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    static func stem(_ word: String) -> String {
        // Counting characters is the slow part of stemming; an ASCII word has one per byte.
        let ascii = word.utf8.allSatisfy { $0 < 0x80 }
        func length(_ text: Substring) -> Int { ascii ? text.utf8.count : text.count }
        var stem = Substring(word)
        if length(stem) > 4, let suffix = endings.first(where: { stem.hasSuffix($0) }) {
            stem = stem.dropLast(suffix.count)
        }
        if length(stem) > 4, stem.hasSuffix("e") {
            stem = stem.dropLast()
        }
        return String(stem)
    }

    /// The endings ``stem(_:)`` strips, at most one, in this order.
    private static let endings = ["ing", "ed", "s"]
}
