/// Wraps text to a number of columns, word by word.
///
/// Each line of the input is wrapped on its own, so lists and blank lines survive, and
/// the continuation of an indented line keeps its indentation. A word longer than the
/// width is left whole on its own line rather than cut.
///
/// ```swift
/// TextWrapper.wrap("Each interview is a step closer.", width: 16)
/// // "Each interview\nis a step\ncloser."
/// ```
public enum TextWrapper {
    public static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine($0, width: max(width, 10)) }
            .joined(separator: "\n")
    }

    private static func wrapLine(_ line: Substring, width: Int) -> String {
        let indent = String(line.prefix { $0 == " " })
        let words = line.split(separator: " ")
        guard DisplayWidth.of(line) > width, !words.isEmpty else { return String(line) }
        var lines: [String] = []
        var current = indent
        var columns = DisplayWidth.of(indent)
        for word in words {
            let wordColumns = DisplayWidth.of(word)
            if columns > indent.count, columns + 1 + wordColumns > width {
                lines.append(current)
                current = indent
                columns = DisplayWidth.of(indent)
            }
            if columns > indent.count {
                current += " "
                columns += 1
            }
            current += word
            columns += wordColumns
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
