import DebriefKit
import Foundation

/// Plain-language text analysis for the STAR coach:
/// sentences, lower-case word tokens and phrase look-ups.
///
/// Deliberately simple and predictable: hints quote a sentence, so the rules behind
/// them must be easy to explain ("the action has more “we” than “I”").
enum Prose {
    /// The sentences of `text`: split after `.`, `!` or `?` followed by a space, and at line breaks.
    static func sentences(in text: String) -> [String] {
        TextNormaliser.sentences(in: text)
    }

    /// Lower-case words, with curly apostrophes straightened: `I’m` → `i'm`.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            let c: Character = character == "\u{2019}" ? "'" : character
            if c.isLetter || c.isNumber || c == "'" || c == "%" {
                current.append(c)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'")) }.filter { !$0.isEmpty }
    }

    /// The first of `phrases` (each one or more words) that occurs in `words`, as written in the list.
    static func firstPhrase(_ phrases: [String], in words: [String]) -> String? {
        phrases.first { candidate in words.indices.contains { phrase(candidate, startsAt: $0, in: words) } }
    }

    /// Whether `phrase` (one or more words) occurs in `words` starting at `index`.
    static func phrase(_ phrase: String, startsAt index: Int, in words: [String]) -> Bool {
        let wanted = phrase.split(separator: " ")
        guard index >= 0, index + wanted.count <= words.count else { return false }
        return zip(words[index...], wanted).allSatisfy { $0 == $1 }
    }

    /// `text` shortened to `limit` characters at a word boundary, for quoting.
    static func excerpt(_ text: String, limit: Int = 200) -> String {
        let single = text.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        guard single.count > limit else { return single }
        let cut = single.prefix(limit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }

    /// Words that put the speaker in the sentence.
    static let firstPerson: Set<String> = ["i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "mine"]
}
