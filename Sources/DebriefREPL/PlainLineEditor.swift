import CEditLine
import DebriefKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from standard input without a line editor: for pipes, files and dumb terminals.
///
/// Each prompt is written and flushed before reading, so a program on the other end of a
/// pipe sees the question before it has to answer; nothing is echoed and no terminal
/// mode is touched. A line longer than ``AnswerLimit/lineBytes`` is read to its end but
/// only that much is kept: it is refused as too long either way, memory stays small, and
/// the next line is still the next answer.
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
        let line = Self.readLine(keeping: AnswerLimit.lineBytes)
        TerminalOutput.write("\n")
        guard let line else { return .ended }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    public func remember(_ line: String) {}

    public func restoreTerminal() {}

    /// One line of standard input without its newline, keeping its first `limit` bytes;
    /// nil at the end of input. Reads through stdio in blocks, so a long line costs little,
    /// and shares stdio's buffer with `Swift.readLine`.
    static func readLine(keeping limit: Int) -> String? {
        var kept: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 14)
        var readAny = false
        var ended = false
        // stdio's `stdin` is a C global, so it comes through the shim; only the input thread reads it.
        let input = debrief_stdin()
        while !ended {
            let count = block.withUnsafeMutableBufferPointer { buffer -> Int? in
                guard let start = buffer.baseAddress else { return nil }
                // Not zero and not a newline, so both can be found after the read, even when the line holds NUL bytes.
                memset(start, 1, buffer.count)
                let text = UnsafeMutableRawPointer(start).assumingMemoryBound(to: CChar.self)
                guard fgets(text, Int32(buffer.count), input) != nil else { return nil }
                if let newline = memchr(start, 0x0A, buffer.count) {
                    ended = true
                    return UnsafeRawPointer(start).distance(to: newline)
                }
                guard feof(input) != 0 || ferror(input) != 0 else { return buffer.count - 1 }
                ended = true
                return buffer.lastIndex(of: 0) ?? 0
            }
            guard let count else { break }
            readAny = true
            kept += block[..<min(count, max(limit - kept.count, 0))]
        }
        return readAny ? String(decoding: kept, as: UTF8.self) : nil
    }
}
