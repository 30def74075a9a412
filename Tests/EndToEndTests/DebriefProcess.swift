import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Typing to a process that has just left must fail with EPIPE, not end the whole test run
/// with SIGPIPE; children still start with SIGPIPE at its default (see `DebriefProcess.init`).
private let brokenPipesIgnored: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

/// The real `debrief` binary running in a pseudo-terminal (or on pipes), driven like a person would.
///
/// Everything it writes is kept; ``expect(_:timeout:)`` waits for text after the last match,
/// so a hang fails the test after the timeout instead of blocking it.
final class DebriefProcess {
    enum Connection { case terminal, pipes }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// glibc's POSIX_SPAWN_SETSID (a GNU extension Swift does not import): the child starts
    /// its own session, so the pty becomes its controlling terminal.
    private static let spawnSetSID: Int16 = 0x80

    let pid: pid_t
    /// Read end: the pty master, or the pipe carrying stdout and stderr.
    private let reader: Int32
    /// Write end: the pty master, or the pipe into stdin.
    private var writer: Int32
    /// The terminal side, kept open so its settings can be read after the process leaves.
    private let terminal: Int32?
    private var bytes: [UInt8] = []
    private var position = 0
    private var exitStatus: Int32?

    /// Everything written so far, as text.
    var transcript: String { String(decoding: bytes, as: UTF8.self) }

    /// The built binary: next to the test bundle, or `DEBRIEF_BINARY`.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["DEBRIEF_BINARY"] { return path }
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("debrief").path
    }

    init(_ arguments: [String], environment: [String: String], connection: Connection = .terminal) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        _ = brokenPipesIgnored
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var flags = Int16(POSIX_SPAWN_SETSIGDEF)
        defer { posix_spawnattr_destroy(&attributes) }
        var closeInParent: [Int32] = []

        switch connection {
        case .terminal:
            var master: Int32 = 0, slave: Int32 = 0
            var size = winsize(ws_row: 40, ws_col: 200, ws_xpixel: 0, ws_ypixel: 0)
            guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Failure(description: "openpty failed: \(errno)") }
            _ = fcntl(master, F_SETFD, FD_CLOEXEC)
            _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
            guard let path = ttyname(slave) else { throw Failure(description: "no name for the pty") }
            let name = String(cString: path)
            flags |= Self.spawnSetSID
            posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
            posix_spawn_file_actions_adddup2(&actions, 0, 2)
            reader = master
            writer = master
            terminal = slave
        case .pipes:
            var input: [Int32] = [0, 0], output: [Int32] = [0, 0]
            guard pipe(&input) == 0, pipe(&output) == 0 else { throw Failure(description: "pipe failed") }
            for descriptor in input + output { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
            posix_spawn_file_actions_adddup2(&actions, input[0], 0)
            posix_spawn_file_actions_adddup2(&actions, output[1], 1)
            posix_spawn_file_actions_adddup2(&actions, output[1], 2)
            reader = output[0]
            writer = input[1]
            terminal = nil
            closeInParent = [input[0], output[1]]
        }
        posix_spawnattr_setflags(&attributes, flags)
        let argv = ([Self.binary] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, Self.binary, &actions, &attributes, argv, envp)
        closeInParent.forEach { close($0) }
        guard status == 0 else { throw Failure(description: "could not start \(Self.binary): \(status)") }
        self.pid = pid
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(reader)
        if writer != reader, writer >= 0 { close(writer) }
        if let terminal { close(terminal) }
    }

    /// Types `text` (use "\r" for Enter, "\u{3}" for Ctrl-C, "\u{4}" for Ctrl-D, "\t" for Tab).
    /// On pipes, Enter becomes a newline.
    func send(_ text: String) {
        send(bytes: Array((terminal == nil ? text.replacingOccurrences(of: "\r", with: "\n") : text).utf8))
    }

    /// Types raw bytes as they are, valid UTF-8 or not (the fault suite's fuzzer sends both).
    func send(bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
    }

    /// Ends piped input.
    func closeInput() {
        close(writer)
        writer = -1
    }

    /// Waits until `text` appears after the last match; returns everything up to the end of it.
    @discardableResult
    func expect(_ text: String, timeout: Double = 15) throws -> String {
        try expect(timeout: timeout, describing: "“\(text)”") { $0.range(of: text) }
    }

    /// Waits for the next input prompt, `[k/n] › `; returns its position and the output before it.
    func expectPrompt(timeout: Double = 15) throws -> (position: Int, before: String) {
        let pattern = try Regex(#"\[(\d+)/(\d+)\] › "#)
        let chunk = try expect(timeout: timeout, describing: "a prompt") { $0.firstRange(of: pattern) }
        guard let match = chunk.matches(of: pattern).last else { throw Failure(description: "No prompt in \(chunk)") }
        let position = Int(chunk[match.range].dropFirst().prefix { $0 != "/" }) ?? 0
        return (position, String(chunk[..<match.range.lowerBound]))
    }

    /// Waits until `find` locates something after the last match; returns everything up to the end of it.
    func expect(timeout: Double, describing what: String, find: (String) -> Range<String.Index>?) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let pending = String(decoding: bytes[position...], as: UTF8.self)
            if let range = find(pending) {
                let chunk = String(pending[..<range.upperBound])
                position += chunk.utf8.count
                return chunk
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0, readMore(waiting: remaining) else {
                throw Failure(description: "No \(what) before the timeout or the end of output. Output since the last match:\n\(pending)\nWhole output (escaped):\n\(transcript.debugDescription)")
            }
        }
    }

    /// Reads what is available; false on timeout, or when the process has left and said everything.
    private func readMore(waiting seconds: Double) -> Bool {
        var descriptor = pollfd(fd: reader, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(min(seconds, 0.2) * 1000)) > 0 else { return seconds > 0.2 && reap() == nil }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(reader, &buffer, buffer.count)
        guard count > 0 else { return false }
        bytes += buffer[..<count]
        return true
    }

    /// Sends a signal to the process.
    func signal(_ number: Int32) {
        kill(pid, number)
    }

    /// Waits for the process to exit; returns its exit status (128 + n when killed by signal n).
    func waitForExit(timeout: Double = 15) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while reap() == nil {
            guard Date() < deadline else { throw Failure(description: "The process did not exit. Output:\n\(transcript)") }
            _ = readMore(waiting: 0.05)
        }
        while readMore(waiting: 0.05) {}
        return exitStatus ?? -1
    }

    /// Whether the process is still running.
    var isRunning: Bool { reap() == nil }

    /// Collects the exit status once the process has left.
    private func reap() -> Int32? {
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
        let signalled = status & 0x7F
        exitStatus = signalled == 0 ? (status >> 8) & 0xFF : 128 + signalled
        return exitStatus
    }

    /// The terminal's local modes now (to check they were restored): canonical input and echo.
    var terminalIsCooked: Bool {
        guard let terminal else { return false }
        var settings = termios()
        guard tcgetattr(terminal, &settings) == 0 else { return false }
        let needed = tcflag_t(ICANON | ECHO | ISIG)
        return settings.c_lflag & needed == needed
    }
}
