import ArgumentParser
import DebriefKit
import DebriefSQLite
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Asks for the passphrase of an encrypted store or archive: from the file named by
/// `DEBRIEF_PASSPHRASE_FILE` (for scripts and tests), else typed at the terminal with echo off.
/// A run that can do neither stops with ``exitStatus`` and says what to do, before anything is changed.
enum Passphrase {
    /// The exit status when a passphrase is needed and none (or a wrong one) was given: EX_NOPERM.
    static let exitStatus: Int32 = 77

    /// The passphrase that opens `place`, from `DEBRIEF_PASSPHRASE_FILE` or typed once.
    static func current(for place: String, _ variables: [String: String]) throws -> Data {
        try read(fileVariable: "DEBRIEF_PASSPHRASE_FILE", variables, needed: "\(place) is encrypted") {
            try typed("Passphrase for \(place): ")
        }
    }

    /// A new passphrase, from `fileVariable` or typed twice to be sure of it.
    static func new(fileVariable: String, _ variables: [String: String]) throws -> Data {
        try read(fileVariable: fileVariable, variables, needed: "A new passphrase is needed") {
            let first = try typed("New passphrase: ")
            guard try typed("The same again: ") == first else {
                throw DebriefError(.invalidData, "The two passphrases differ.", recovery: "Nothing was changed; run the command again.")
            }
            return first
        }
    }

    /// `error` as the run should end with it: a ``WrongPassphrase`` is told and becomes ``exitStatus``.
    static func ending(_ error: any Error) -> any Error {
        guard let wrong = error as? WrongPassphrase else { return error }
        Console.note("Error: \(wrong)")
        return ExitCode(exitStatus)
    }

    private static func read(fileVariable: String, _ variables: [String: String], needed: String,
                             typing: () throws -> Data) throws -> Data {
        let passphrase: Data
        if let file = variables[fileVariable], !file.isEmpty {
            guard var data = FileManager.default.contents(atPath: file) else {
                throw DebriefError(.storage, "Debrief can't read the passphrase file \(file) (\(fileVariable)).",
                                   recovery: "Check the path and that the file is readable.")
            }
            // The line break an editor or `echo` adds is not part of the passphrase.
            if data.last == UInt8(ascii: "\n") { data.removeLast() }
            if data.last == UInt8(ascii: "\r") { data.removeLast() }
            passphrase = data
        } else if Console.stdinIsTerminal {
            passphrase = try typing()
        } else {
            Console.note("Error: \(needed), and this run can't ask for the passphrase: its input is not a terminal. "
                + "Put the passphrase in a file only you can read and set \(fileVariable) to its path, or run it in a terminal. Nothing was changed.")
            throw ExitCode(exitStatus)
        }
        guard !passphrase.isEmpty else {
            throw DebriefError(.invalidData, "The passphrase is empty.", recovery: "Nothing was changed; give a passphrase.")
        }
        return passphrase
    }

    /// The terminal's settings while echo is off, put back if Ctrl-C ends the run.
    nonisolated(unsafe) private static var saved = termios()

    /// Reads one line from the terminal without showing it.
    ///
    /// Echo goes off before the prompt is shown, and without flushing, so a passphrase typed
    /// the moment the prompt appears is neither shown nor thrown away.
    private static func typed(_ prompt: String) throws -> Data {
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else {
            Console.note(prompt, newline: false)
            return Data((readLine() ?? "").utf8)
        }
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        let previous = signal(SIGINT) { _ in
            tcsetattr(STDIN_FILENO, TCSANOW, &Passphrase.saved)
            _exit(130)
        }
        Console.note(prompt, newline: false)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            signal(SIGINT, previous)
            Console.note("")
        }
        guard let line = readLine(strippingNewline: true) else {
            throw DebriefError(.invalidData, "No passphrase was typed.", recovery: "Nothing was changed.")
        }
        return Data(line.utf8)
    }
}
