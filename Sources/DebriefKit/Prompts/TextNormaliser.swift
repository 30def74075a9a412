import Foundation

/// The first step of every prompt's pipeline: makes typed text safe and comparable.
///
/// Terminals and pastes bring in escape sequences, stray control characters and
/// decomposed accents; none of that should reach a parser or a report.
public enum TextNormaliser {
    /// Removes terminal escape sequences, control characters, bidirectional overrides and the
    /// replacement character left by invalid UTF-8 (tabs become spaces, newlines are kept),
    /// composes Unicode (NFC) and trims surrounding white space.
    public static func normalise(_ line: String) -> String {
        displayable(line).precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Text from outside the program (a plugin file, a stored answer) made safe to print:
    /// a terminal would obey an escape sequence or a control character in it, and a
    /// right-to-left override would make it read differently from what it says.
    ///
    /// Removes escape sequences (CSI, OSC and other strings up to their terminator), C0 and
    /// C1 controls except the newline, bidirectional embeddings, overrides and isolates, and
    /// U+FFFD; tabs become spaces. Nothing else changes, so clean text comes back as it was.
    ///
    /// ```swift
    /// TextNormaliser.displayable("Hi\u{1B}]0;pwned\u{7}\u{1B}[2J there")   // "Hi there"
    /// ```
    public static func displayable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var scalars = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar.value {
            case 0x1B: skipEscapeSequence(&iterator)
            case 0x09: scalars.append(" ")
            case _ where isUnsafe(scalar): continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whether a scalar must not reach a terminal as it is. U+FFFD stands in for bytes that
    /// were not UTF-8: noise, not something typed.
    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFD...0xFFFF: true
        default: false
        }
    }

    /// Lower case, punctuation dropped, runs of white space folded to one space:
    /// the form that keyword parsers compare.
    public static func folded(_ text: String) -> String {
        let kept = text.lowercased().unicodeScalars.map { scalar -> Character in
            if scalar == "\u{2019}" { return "'" }
            return CharacterSet.alphanumerics.contains(scalar) || scalar == "/" || scalar == "'" || scalar == "%" ? Character(scalar) : " "
        }
        return String(kept).split(separator: " ").joined(separator: " ")
    }

    /// The sentences of `text`, trimmed: split where one of `marks` is followed by a space, and
    /// at line breaks. Shared by the coaches that quote a person's sentences back.
    public static func sentences(in text: String, endingAt marks: String = ".!?") -> [String] {
        var found: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if character.isNewline {
                found.append(current)
                current = ""
            } else if character.isWhitespace, let previous, marks.contains(previous) {
                found.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        found.append(current)
        return found.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Quotes a piece of input in a reason, shortened so a pasted page stays readable.
    public static func quoted(_ text: String, limit: Int = 40) -> String {
        let single = text.replacingOccurrences(of: "\n", with: " ")
        return single.count <= limit ? "“\(single)”" : "“\(single.prefix(limit))…”"
    }

    // CSI (ESC [ … final byte) and two-byte escapes; arrow keys in a pipe arrive this way.
    // OSC, DCS, SOS, PM and APC (ESC ] P X ^ _) run to BEL or ST (ESC \): a window title
    // or a palette change must not leak through as text either.
    private static func skipEscapeSequence(_ iterator: inout String.UnicodeScalarView.Iterator) {
        guard let next = iterator.next() else { return }
        switch next {
        case "[", "O":
            while let scalar = iterator.next() {
                if (0x40...0x7E).contains(scalar.value) { return }
            }
        case "]", "P", "X", "^", "_":
            while let scalar = iterator.next() {
                if scalar == "\u{7}" { return }
                if scalar == "\u{1B}" {
                    _ = iterator.next()
                    return
                }
            }
        default:
            return
        }
    }
}
