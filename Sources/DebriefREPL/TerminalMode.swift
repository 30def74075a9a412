#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal settings found at start, put back on every way out.
///
/// libedit switches the terminal to character-at-a-time input while it reads; if the
/// process leaves from a signal while a read is in progress, these saved settings bring
/// the terminal back to normal. Restoring is safe from any thread.
public struct TerminalMode: Sendable {
    private let saved: termios?

    /// Captures standard input's settings, when it is a terminal.
    public static func capture() -> TerminalMode {
        var settings = termios()
        return TerminalMode(saved: tcgetattr(STDIN_FILENO, &settings) == 0 ? settings : nil)
    }

    /// The local modes the terminal keeps between two reads of the line editor: no signal
    /// keys, no line discipline, no echo.
    static let heldFlags = tcflag_t(ISIG | ICANON | ECHO)

    /// Holds keys typed while the REPL is busy (saving, printing) for the line editor, as they
    /// are: Ctrl-C and Ctrl-D arrive as keys instead of a signal or an end of file the
    /// kernel would act on, and nothing is echoed twice.
    public static func holdTypeahead() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0, settings.c_lflag & heldFlags != 0 else { return }
        settings.c_lflag &= ~heldFlags
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }

    /// Puts the captured settings back; does nothing when standard input was not a terminal.
    public func restore() {
        guard var settings = saved else { return }
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }
}
