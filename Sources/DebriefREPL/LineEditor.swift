/// Reads what the person types, one line at a time.
///
/// The REPL talks to the keyboard only through this protocol, so the same loop runs with
/// libedit on a terminal (``LibEditLineEditor``), over a pipe (``PlainLineEditor``), or
/// with a scripted editor in a test. ``readLine(prompt:completer:)`` blocks; the REPL
/// calls it from its own input thread, one call at a time.
///
/// ```swift
/// let editor: any LineEditor = PlainLineEditor()
/// if case .line(let text) = editor.readLine(prompt: "› ", completer: { _ in [] }) { print(text) }
/// ```
public protocol LineEditor: AnyObject, Sendable {
    /// True when a person is at a terminal: the REPL shows its banner, offers `/edit`,
    /// and treats end of input as a pause rather than an early end.
    var isInteractive: Bool { get }

    /// Shows `prompt` and waits for one line. `completer` gives the candidates for the
    /// text before the cursor when Tab is pressed. Text between two
    /// ``LineEditorPrompt/escape`` characters in the prompt takes no room on screen.
    func readLine(prompt: String, completer: @escaping Completer) -> LineInput

    /// Offers a line to up-arrow recall for the rest of this run.
    func remember(_ line: String)

    /// Puts the terminal back the way it was found; safe to call more than once.
    func restoreTerminal()
}

/// Completion candidates for the text typed so far.
public typealias Completer = @Sendable (String) -> [String]

/// What one read produced.
public enum LineInput: Sendable, Equatable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C: the line being typed was dropped.
    case cancelled
    /// Ctrl-D on an empty line, or the end of piped input.
    case ended
}

/// Marks the invisible parts of a prompt (colour sequences) for the line editor.
public enum LineEditorPrompt {
    /// Surrounds text that takes no room on screen, the way libedit's `EL_PROMPT_ESC` expects.
    public static let escape: Character = "\u{1}"

    /// The prompt as it should be written by an editor that does not understand the markers.
    public static func visible(_ prompt: String) -> String {
        prompt.filter { $0 != escape }
    }
}
