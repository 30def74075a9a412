import Foundation

/// The first step of every prompt's pipeline: makes typed text safe and comparable.
///
/// Terminals and pastes bring in escape sequences, stray control characters and
/// decomposed accents; none of that should reach a parser or a report.
public enum TextNormaliser {
    /// Removes terminal escape sequences, control characters and the replacement character
    /// left by invalid UTF-8 (tabs become spaces, newlines are kept), composes Unicode (NFC)
    /// and trims surrounding white space.
    public static func normalise(_ line: String) -> String {
        var scalars = String.UnicodeScalarView()
        var iterator = line.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&iterator)
            case 0x09:
                scalars.append(" ")
            case 0x0A:
                scalars.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFD...0xFFFF:
                // U+FFFD stands in for bytes that were not UTF-8: noise, not something typed.
                continue
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
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

    /// Quotes a piece of input in a reason, shortened so a pasted page stays readable.
    public static func quoted(_ text: String, limit: Int = 40) -> String {
        let single = text.replacingOccurrences(of: "\n", with: " ")
        return single.count <= limit ? "“\(single)”" : "“\(single.prefix(limit))…”"
    }

    // CSI (ESC [ … final byte) and two-byte escapes; arrow keys in a pipe arrive this way.
    private static func skipEscapeSequence(_ iterator: inout String.UnicodeScalarView.Iterator) {
        guard let next = iterator.next() else { return }
        guard next == "[" || next == "O" else { return }
        while let scalar = iterator.next() {
            if (0x40...0x7E).contains(scalar.value) { return }
        }
    }
}
