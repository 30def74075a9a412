#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the REPL runs: which streams are terminals, and the environment that tunes it.
///
/// Decisions that depend on the surroundings (line editor or not, colour or not, how
/// wide to wrap) are made here, once, so they can be tested with a made-up environment.
///
/// ```swift
/// let terminal = TerminalEnvironment(inputIsTerminal: true, outputIsTerminal: true, variables: ["TERM": "xterm"])
/// terminal.usesColour   // true
/// ```
public struct TerminalEnvironment: Sendable, Equatable {
    public var inputIsTerminal: Bool
    public var outputIsTerminal: Bool
    /// Environment variables (`TERM`, `NO_COLOR`, `COLUMNS`, `VISUAL`, `EDITOR`, XDG directories).
    public var variables: [String: String]

    public init(inputIsTerminal: Bool, outputIsTerminal: Bool, variables: [String: String]) {
        self.inputIsTerminal = inputIsTerminal
        self.outputIsTerminal = outputIsTerminal
        self.variables = variables
    }

    /// This process's standard streams and environment.
    public static func current(variables: [String: String]) -> TerminalEnvironment {
        TerminalEnvironment(inputIsTerminal: isatty(STDIN_FILENO) == 1, outputIsTerminal: isatty(STDOUT_FILENO) == 1,
                            variables: variables)
    }

    private var isDumb: Bool { variables["TERM"] == "dumb" }

    /// A person at a capable terminal: use the line editor, show the banner.
    public var isInteractive: Bool { inputIsTerminal && outputIsTerminal && !isDumb }

    /// Colour only on a terminal, when `NO_COLOR` is unset or empty and `TERM` is not `dumb`.
    public var usesColour: Bool {
        outputIsTerminal && (variables["NO_COLOR"] ?? "").isEmpty && !isDumb
    }

    /// Columns to wrap at: the terminal's width, else `COLUMNS`, else 80.
    public var width: Int {
        if outputIsTerminal {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        if let columns = variables["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }
}
