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

    /// Turns off the keys that send signals (Ctrl-C, Ctrl-\\, Ctrl-Z) on standard input, so
    /// Ctrl-C reaches the line editor as a key even when typed between two reads.
    public static func disableSignalKeys() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0, settings.c_lflag & tcflag_t(ISIG) != 0 else { return }
        settings.c_lflag &= ~tcflag_t(ISIG)
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }

    /// Puts the captured settings back; does nothing when standard input was not a terminal.
    public func restore() {
        guard var settings = saved else { return }
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }
}
