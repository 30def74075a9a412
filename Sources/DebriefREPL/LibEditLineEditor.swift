import CEditLine
import DebriefKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The line editor for a person at a terminal, built on libedit.
///
/// Emacs keys, up/down recall, Tab completion through the REPL's completer, and Ctrl-C
/// bound as a key (the terminal's `isig` is off) so it drops the line instead of killing
/// the process. Between two reads the terminal stays non-canonical without echo
/// (``TerminalMode/holdTypeahead()``), so keys typed while an answer is saved reach the
/// next read intact: a Ctrl-C or Ctrl-D typed early still works, and nothing shows twice. Ctrl-D on an empty line ends input. A UTF-8
/// `LC_CTYPE` is forced before libedit starts so no typed character is lost.
///
/// Confined to one thread at a time: the REPL awaits each read before the next, which is
/// why the class can be `@unchecked Sendable`.
///
/// ```swift
/// if let editor = LibEditLineEditor(program: "debrief", recalling: ["/status"]) {
///     let input = editor.readLine(prompt: "[1/5] › ", completer: { _ in ["/help"] })
/// }
/// ```
public final class LibEditLineEditor: LineEditor, @unchecked Sendable {
    public let isInteractive = true
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let terminal: TerminalMode
    private var promptText: UnsafeMutablePointer<CChar>
    private var completer: Completer = { _ in [] }
    private var wasCancelled = false

    /// Starts libedit on standard input and output; `recalling` seeds up-arrow recall
    /// (oldest first). Returns nil when libedit cannot start.
    public init?(program: String, recalling lines: [String]) {
        UTF8Locale.ensure()
        terminal = TerminalMode.capture()
        guard let editLine = debrief_el_init(program) else { return nil }
        guard let history = history_init() else {
            el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.history = history
        promptText = strdup("› ")
        debrief_history_set_size(history, Int32(CommandHistory.limit))
        debrief_history_set_unique(history, 1)
        for line in lines { debrief_history_enter(history, line) }
        debrief_el_set_editor(editLine, "emacs")
        debrief_el_set_history(editLine, history)
        debrief_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        debrief_el_set_prompt(editLine, { LibEditLineEditor.owner(of: $0)?.promptText }, CChar(1))
        debrief_el_add_function(editLine, "debrief-complete", "Complete a command or a choice") { editLine, _ in
            LibEditLineEditor.owner(of: editLine)?.complete() ?? UInt8(CC_ERROR)
        }
        debrief_el_bind(editLine, "^I", "debrief-complete")
        debrief_el_add_function(editLine, "debrief-cancel", "Drop the line being typed") { editLine, _ in
            LibEditLineEditor.owner(of: editLine)?.cancel() ?? UInt8(CC_ERROR)
        }
        debrief_el_bind(editLine, "^C", "debrief-cancel")
        debrief_el_setty(editLine, "-d", "-isig")
        for setting in ["-isig", "-icanon", "-echo"] { debrief_el_setty(editLine, "-x", setting) }
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(promptText)
    }

    public func readLine(prompt: String, completer: @escaping Completer) -> LineInput {
        free(promptText)
        promptText = strdup(prompt)
        self.completer = completer
        wasCancelled = false
        TerminalMode.holdTypeahead()
        el_resize(editLine)
        var count: Int32 = 0
        let raw = el_gets(editLine, &count)
        if wasCancelled {
            TerminalOutput.write("^C\n")
            return .cancelled
        }
        guard let raw, count > 0 else { return .ended }
        // A paste past the answer limit is refused anyway; keeping all of it would only slow that down.
        var line = String(decoding: UnsafeRawBufferPointer(start: raw, count: min(strlen(raw), AnswerLimit.lineBytes)), as: UTF8.self)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    public func remember(_ line: String) {
        debrief_history_enter(history, line)
    }

    public func restoreTerminal() {
        terminal.restore()
    }

    private static func owner(of editLine: OpaquePointer?) -> LibEditLineEditor? {
        guard let editLine, let data = debrief_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LibEditLineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    /// Tab: completes the text before the cursor, or lists the choices.
    private func complete() -> UInt8 {
        guard let info = el_line(editLine)?.pointee, let start = info.buffer, let cursor = info.cursor else { return UInt8(CC_ERROR) }
        let typed = String(decoding: UnsafeRawBufferPointer(start: start, count: cursor - start), as: UTF8.self)
        switch Completion(typed: typed, candidates: completer(typed)) {
        case .none:
            return UInt8(CC_REFRESH_BEEP)
        case .replace(let text):
            el_deletestr(editLine, Int32(typed.unicodeScalars.count))
            return el_insertstr(editLine, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
        case .list(let options):
            TerminalOutput.write("\n" + options.joined(separator: "   ") + "\n")
            return UInt8(CC_REDISPLAY)
        }
    }

    /// Ctrl-C: marks the line as dropped and ends the read; ``readLine(prompt:completer:)`` shows `^C`.
    private func cancel() -> UInt8 {
        wasCancelled = true
        return UInt8(CC_NEWLINE)
    }
}
