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
        if let ascii = asciiUnquoted(text) { return ascii }
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

    /// Whether any sentence of `text` could hold one of `wanted` among its words: a cheap
    /// look before splitting and unquoting. It reads every word of the whole text, quotes
    /// included, and, since taking out a quotation can leave only the part of a word after
    /// an apostrophe ("'x'won't"), each such part too; so false means no sentence has one.
    static func mayContain(_ wanted: Set<String>, in text: String) -> Bool {
        words(in: text).contains { word in
            if wanted.contains(word) { return true }
            var rest = Substring(word)
            while let apostrophe = rest.firstIndex(of: "'") {
                rest = rest[rest.index(after: apostrophe)...]
                let part = String(rest.drop { $0 == "'" }.reversed().drop { $0 == "'" }.reversed())
                if wanted.contains(contractions[part] ?? part) { return true }
            }
            return false
        }
    }

    /// ``unquoted(_:)`` for plain ASCII text, byte by byte (most typed text is ASCII, and
    /// walking its characters is the costlier part of reading it); nil for any other text.
    private static func asciiUnquoted(_ text: String) -> String? {
        var kept: [UInt8] = []
        kept.reserveCapacity(text.utf8.count)
        var closing: UInt8?
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if let close = closing {
                if byte == close { closing = nil; kept.append(UInt8(ascii: ",")) }
            } else if byte == UInt8(ascii: "\"") { closing = byte
            } else if byte == UInt8(ascii: "'"), isSpace(previous) || previous == UInt8(ascii: ":") { closing = byte
            } else {
                kept.append(byte)
            }
            previous = byte
        }
        return String(decoding: kept, as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

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
        if let ascii = asciiWords(in: text) { return ascii }
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

    /// ``words(in:)`` for plain ASCII text, byte by byte; nil for any other text.
    private static func asciiWords(in text: String) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            var start = 0
            var end = current.count
            while start < end, current[start] == UInt8(ascii: "'") { start += 1 }
            while end > start, current[end - 1] == UInt8(ascii: "'") { end -= 1 }
            if start < end {
                let text = String(decoding: current[start..<end], as: UTF8.self)
                words.append(contractions[text] ?? text)
            }
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"), UInt8(ascii: "%"):
                current.append(byte)
            case UInt8(ascii: "-"):
                let joined = !current.isEmpty
                flush()
                if !joined { words.append(",") }
            case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"):
                flush()
                words.append(",")
            default:
                flush()
            }
        }
        flush()
        return words
    }
}
