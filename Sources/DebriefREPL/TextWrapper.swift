/// Wraps text to a number of columns, word by word.
///
/// Each line of the input is wrapped on its own, so lists and blank lines survive; the
/// continuation of an indented line keeps its indentation, and a bulleted or numbered line
/// hangs under its text. A word longer than the
/// width is left whole on its own line rather than cut.
///
/// ```swift
/// TextWrapper.wrap("Each interview is a step closer.", width: 16)
/// // "Each interview\nis a step\ncloser."
/// ```
public enum TextWrapper {
    /// `text` wrapped to `width` columns (at least 10), measured in display columns.
    public static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine($0, width: max(width, 10)) }
            .joined(separator: "\n")
    }

    private static func wrapLine(_ line: Substring, width: Int) -> String {
        let indent = String(line.prefix { $0 == " " })
        let words = line.split(separator: " ")
        guard DisplayWidth.of(line) > width, !words.isEmpty else { return String(line) }
        // A bullet or a number hangs: its continuation lines up with the text after it.
        let hanging = indent + String(repeating: " ", count: markerWidth(line.dropFirst(indent.count)))
        var lines: [String] = []
        var current = indent
        var columns = DisplayWidth.of(indent)
        var atStart = true
        for word in words {
            let wordColumns = DisplayWidth.of(word)
            if !atStart, columns + 1 + wordColumns > width {
                lines.append(current)
                current = hanging
                columns = DisplayWidth.of(hanging)
                atStart = true
            }
            if !atStart {
                current += " "
                columns += 1
            }
            current += word
            columns += wordColumns
            atStart = false
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// The width of a leading "• ", "- " or "12. ", or 0.
    private static func markerWidth(_ text: Substring) -> Int {
        if text.hasPrefix("• ") || text.hasPrefix("- ") { return 2 }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && text.dropFirst(digits.count).hasPrefix(". ") ? digits.count + 2 : 0
    }
}
