public import DebriefKit

/// Turns the session's messages into terminal text: wrapped, and styled by kind when
/// colour is on.
///
/// The coach's words are plain, questions bold, hints dim, reasons yellow and status
/// lines green, so the question to answer stands out without shouting. The coach's words
/// and each question are set off by a blank line before them. Message text never reaches
/// the terminal with its own control characters (``TextNormaliser/displayable(_:)``): words
/// from a plugin or a store cannot retitle the window or clear the screen; only the
/// renderer's own styling escapes are written.
///
/// ```swift
/// let renderer = MessageRenderer(colour: false, width: 80)
/// renderer.render([Message(.question, "Which company was it?")])   // "\nWhich company was it?\n"
/// ```
public struct MessageRenderer: Sendable {
    public var colour: Bool
    /// Columns to wrap at.
    public var width: Int

    public init(colour: Bool, width: Int) {
        self.colour = colour
        self.width = width
    }

    /// The renderer this terminal calls for; wraps at most 100 columns so lines stay readable.
    public init(_ terminal: TerminalEnvironment) {
        self.init(colour: terminal.usesColour, width: min(terminal.width, 100))
    }

    /// Messages as text ready to write, each ending in a newline.
    public func render(_ messages: [Message]) -> String {
        messages.map(render).joined()
    }

    /// One message as text ready to write.
    public func render(_ message: Message) -> String {
        let text = TextWrapper.wrap(TextNormaliser.displayable(message.text), width: width)
        let lead = message.kind == .question || message.kind == .coach ? "\n" : ""
        return lead + style(text, Self.style(for: message.kind)) + "\n"
    }

    /// The input prompt, e.g. `[4/18] › `; colour sequences are marked for the line editor.
    public func prompt(_ state: PromptState?) -> String {
        guard let state else { return "› " }
        return invisible(Self.dim) + state.progress + invisible(Self.reset) + " › "
    }

    /// The prompt for the next line of an answer continued with `\`.
    public func continuationPrompt(_ state: PromptState?) -> String {
        String(repeating: " ", count: state?.progress.count ?? 0) + " … "
    }

    /// Shown once when a person starts the REPL at a terminal.
    public var banner: String {
        let title = style("Debrief", Self.bold) + " — a short, guided look back at an interview that didn't lead to an offer."
        let body = "About fifteen minutes · /help shows what you can type · answers are saved as you go."
        return TextWrapper.wrap(title, width: width) + "\n" + style(TextWrapper.wrap(body, width: width), Self.dim) + "\n"
    }

    private func style(_ text: String, _ code: String?) -> String {
        guard colour, let code else { return text }
        return code + text + Self.reset
    }

    private func invisible(_ code: String) -> String {
        guard colour else { return "" }
        return "\(LineEditorPrompt.escape)\(code)\(LineEditorPrompt.escape)"
    }

    private static let reset = "\u{1B}[0m"
    private static let bold = "\u{1B}[1m"
    private static let dim = "\u{1B}[2m"

    private static func style(for kind: Message.Kind) -> String? {
        switch kind {
        case .coach: nil
        case .question: bold
        case .hint: dim
        case .reason: "\u{1B}[33m"
        case .status: "\u{1B}[32m"
        }
    }
}
