/// Reads lines from standard input without a line editor: for pipes, files and dumb terminals.
///
/// Each prompt is written and flushed before reading, so a program on the other end of a
/// pipe sees the question before it has to answer; nothing is echoed and no terminal
/// mode is touched.
///
/// ```swift
/// let editor = PlainLineEditor()
/// let input = editor.readLine(prompt: "[1/5] › ", completer: { _ in [] })
/// ```
public final class PlainLineEditor: LineEditor {
    public let isInteractive = false

    public init() {}

    public func readLine(prompt: String, completer: @escaping Completer) -> LineInput {
        TerminalOutput.write(LineEditorPrompt.visible(prompt))
        let line = Swift.readLine(strippingNewline: true)
        TerminalOutput.write("\n")
        guard let line else { return .ended }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    public func remember(_ line: String) {}

    public func restoreTerminal() {}
}
