import Foundation

/// One sentence of typed text, as the self-talk rules read it: the sentence as typed, and its
/// lower-case words with quoted speech left out.
///
/// Sentences end at `.`, `!`, `?` or `;` followed by a space, and at line breaks. Words keep
/// their apostrophe (`i'm`, `don't`); curly apostrophes are straightened and a few common
/// spellings without one are read as if they had it (`im` → `i'm`, `dont` → `don't`), so plain
/// typing reads the same as careful typing.
struct TypedSentence: Hashable, Sendable {
    /// The sentence as typed, trimmed.
    var text: String
    /// Lower-case words outside quotation marks.
    var words: [String]

    /// The sentences of `text`, in order.
    static func split(_ text: String) -> [TypedSentence] {
        TextNormaliser.sentences(in: text, endingAt: ".!?;")
            .map { TypedSentence(text: $0, words: words(in: unquoted($0))) }
    }

    /// `text` without what sits between quotation marks: what someone else said, or a question
    /// as it was asked, is not the person's verdict on themselves. A straight single quote
    /// opens a quotation only after a space or at the start, so "I'm" stays a word.
    static func unquoted(_ text: String) -> String {
        var kept = ""
        var closing: Character?
        var previous: Character = " "
        for character in text {
            if let close = closing {
                if character == close { closing = nil; kept.append(",") }
            } else if character == "\u{201C}" { closing = "\u{201D}"
            } else if character == "\u{2018}" { closing = "\u{2019}"
            } else if character == "\"" { closing = "\""
            } else if character == "'", previous.isWhitespace || previous == ":" { closing = "'"
            } else {
                kept.append(character)
            }
            previous = character
        }
        return kept
    }

    /// Spellings without an apostrophe, read as the contraction they stand for.
    static let contractions: [String: String] = [
        "im": "i'm", "ive": "i've", "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't",
        "wont": "won't", "isnt": "isn't", "wasnt": "wasn't", "arent": "aren't", "werent": "weren't",
        "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "aint": "ain't", "its": "it's",
        "ill": "i'll", "cannot": "can't", "gonna": "going", "youre": "you're", "ur": "you're", "u": "you", "iam": "i'm",
        "wil": "will", "nevr": "never", "nver": "never",
    ]

    /// Lower-case words; a comma, colon or dash becomes the word "," so rules can stop at it.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            let word = current.trimmingCharacters(in: CharacterSet(charactersIn: "'"))
            if !word.isEmpty { words.append(contractions[word] ?? word) }
            current = ""
        }
        for character in text.lowercased() {
            let c: Character = character == "\u{2019}" ? "'" : character
            if c.isLetter || c.isNumber || c == "'" || c == "%" {
                current.append(c)
            } else if c == "-" {
                let joined = !current.isEmpty
                flush()
                if !joined { words.append(",") }
            } else {
                flush()
                if ",:–—()".contains(c) { words.append(",") }
            }
        }
        flush()
        return words
    }
}
