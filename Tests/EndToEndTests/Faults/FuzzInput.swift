import DebriefTesting

/// One random line for the fuzzer: printable text in many scripts, control characters, bytes
/// that are not UTF-8, very long lines, slash commands, empty lines, and in a terminal Ctrl-C
/// and Ctrl-D. Every choice comes from a seeded generator, so a failure replays exactly.
enum FuzzInput {
    /// Letters and marks people type, none of them the prompt's own `›` or `…`.
    static let scalars: [String] = ["a", "Z", "7", " ", "é", "ß", "面", "接", "🚀", "👩‍💻", "\u{301}", "\u{200B}", "\u{202E}", "\u{FEFF}", "\\", ";", "{", "}", "%", "'", "\""]

    static let commands = ["/help", "/status", "/skip", "/back", "/repeat", "/review", "/review 1", "/review 999", "/review -1",
                           "/edit", "/pause", "/quit", "/", "//", "//usr/bin", "/nonsense", "/skip now", "/HELP", "/review x"]

    /// Control keys that edit a line in libedit without leaving it (no Ctrl-C, Ctrl-D, Ctrl-Z,
    /// Ctrl-\, flow control, search or the Ctrl-X prefix, which would leave the line or stop the program).
    static let terminalControls: [UInt8] = [0x01, 0x02, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0B, 0x0C, 0x0E, 0x10, 0x14, 0x15, 0x17, 0x19, 0x7F]

    /// Byte sequences that are never UTF-8 and that a decoder rejects at once.
    static let invalid: [[UInt8]] = [[0xFF], [0xFE], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]]

    /// Lead bytes left without their continuation: safe only on a pipe, where the line ends anyway.
    static let truncated: [[UInt8]] = [[0xC3], [0xE6, 0x9D], [0xF0, 0x9F, 0x9A]]

    /// The bytes of one input, Enter included (except for Ctrl-C, which ends the line itself).
    static func random(inTerminal terminal: Bool, using generator: inout SeededGenerator) -> [UInt8] {
        let enter: [UInt8] = terminal ? [0x0D] : [0x0A]
        switch Int.random(in: 0..<100, using: &generator) {
        case 0..<30:
            return text(length: Int.random(in: 1...80, using: &generator), using: &generator) + enter
        case 30..<45:
            return Array(commands.randomElement(using: &generator)!.utf8) + enter
        case 45..<55:
            return enter
        case 55..<70:
            return mixed(terminal: terminal, using: &generator) + enter
        case 70..<78:
            let length = terminal ? Int.random(in: 500...2_000, using: &generator) : Int.random(in: 4_000...30_000, using: &generator)
            return text(length: length, using: &generator) + enter
        case 78..<86:
            return Array(["yes", "3", "yesterday", "1", "partly", "Acme", "a; b; c", "next friday"].randomElement(using: &generator)!.utf8) + enter
        case 86..<92 where terminal:
            return text(length: Int.random(in: 0...20, using: &generator), using: &generator) + [0x03]
        case 92..<94 where terminal:
            return [0x04]
        case 94..<100 where terminal:
            return text(length: 5, using: &generator) + [0x02, 0x02, 0x04] + enter
        default:
            return (0..<Int.random(in: 1...40, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                .map { $0 == 0x0A ? 0x20 : $0 } + enter
        }
    }

    /// Printable text of `length` characters, never ending in `\` (which would continue the line).
    static func text(length: Int, using generator: inout SeededGenerator) -> [UInt8] {
        let characters = (0..<length).map { _ in scalars.randomElement(using: &generator)! }.joined()
        return Array((characters.hasSuffix("\\") ? characters + "." : characters).utf8)
    }

    /// Text with control characters and invalid bytes mixed in.
    static func mixed(terminal: Bool, using generator: inout SeededGenerator) -> [UInt8] {
        (0..<Int.random(in: 1...12, using: &generator)).flatMap { _ -> [UInt8] in
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: return text(length: Int.random(in: 1...8, using: &generator), using: &generator)
            case 1: return terminal ? [terminalControls.randomElement(using: &generator)!]
                : [UInt8.random(in: 0...0x1F, using: &generator)].map { $0 == 0x0A ? 0x0D : $0 }
            case 2: return invalid.randomElement(using: &generator)!
            default: return terminal ? invalid.randomElement(using: &generator)! : truncated.randomElement(using: &generator)!
            }
        }
    }
}
