import Foundation

/// Reads an archive's top-level JSON object from a file a chunk at a time, handing over each
/// element of its `debriefs` array as it ends, so importing a file of any size keeps only one
/// debrief in memory.
///
/// Only the structure is scanned here (strings, nesting, commas); each element and every
/// other top-level member (`format`, `version`, …) are returned as their JSON bytes for a
/// decoder. Members may come in any order: ``ArchiveExporter`` writes `debriefs` first.
///
/// ```swift
/// let members = try ArchiveReader(handle).read { element in try insert(decode(element)) }
/// ```
struct ArchiveReader {
    /// Where the document stops being an object with a `debriefs` array.
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    /// The next chunk of the document; empty or nil at its end.
    private let next: () throws -> Data?

    /// Reads `handle` in chunks of `chunkSize` bytes.
    init(_ handle: FileHandle, chunkSize: Int = 1 << 20) {
        next = { try handle.read(upToCount: chunkSize) }
    }

    /// Reads a document already in memory.
    init(_ data: Data) {
        var rest: Data? = data
        next = {
            defer { rest = nil }
            return rest
        }
    }

    /// Calls `element` with each element of `debriefs`, and `progress` with the bytes read so
    /// far after each chunk; returns the other members' bytes by name.
    func read(progress: (Int) -> Void = { _ in }, element: (Data) throws -> Void) throws -> [String: Data] {
        var scanner = Scanner()
        var read = 0
        while let chunk = try next(), !chunk.isEmpty {
            try chunk.withUnsafeBytes { bytes in
                for byte in bytes { try scanner.take(byte, element: element) }
            }
            read += chunk.count
            progress(read)
        }
        guard scanner.place == .after else { throw Malformed(description: "the document ends early") }
        return scanner.members
    }

    /// The state between two bytes.
    private struct Scanner {
        enum Place: Equatable { case before, key, colon, value, next, debriefs, after }

        var place = Place.before
        var members: [String: Data] = [:]
        private var key: [UInt8] = []
        /// The value being collected (an array: appending a byte to `Data` costs ten times more),
        /// and the nesting it started at.
        private var capture: [UInt8]?
        private var depth = 0
        private var inString = false
        private var escaped = false
        /// Bytes taken so far, to say where the document went wrong.
        private var offset = 0

        mutating func take(_ byte: UInt8, element: (Data) throws -> Void) throws {
            offset += 1
            if capture != nil, try collect(byte, element: element) { return }
            if place == .key {
                if escaped { escaped = false } else if byte == .backslash { escaped = true } else if byte == .quote {
                    place = .colon
                    return
                }
                key.append(byte)
                return
            }
            if byte.isJSONSpace { return }
            switch (place, byte) {
            case (.before, .openBrace):
                place = .next
            case (.next, .quote):
                key.removeAll(keepingCapacity: true)
                place = .key
            case (.next, .closeBrace):
                place = .after
            case (.colon, .colon):
                place = .value
            case (.value, .openBracket) where key == Self.debriefsKey:
                place = .debriefs
                members["debriefs"] = Data()
            case (.value, _):
                start(byte)
            case (.debriefs, .comma):
                break
            case (.debriefs, .closeBracket):
                place = .next
            case (.debriefs, _):
                start(byte)
            case (.next, .comma):
                break
            default:
                throw Malformed(description: "unexpected “\(Character(Unicode.Scalar(byte)))” at byte \(offset)")
            }
        }

        private static let debriefsKey = Array("debriefs".utf8)

        private mutating func start(_ byte: UInt8) {
            capture = []
            capture?.reserveCapacity(1 << 15)
            depth = 0
            inString = false
            escaped = false
            _ = try? collect(byte) { _ in }
        }

        /// Adds `byte` to the value being collected; false when the value ended before it.
        private mutating func collect(_ byte: UInt8, element: (Data) throws -> Void) throws -> Bool {
            if inString {
                if escaped { escaped = false } else if byte == .backslash { escaped = true } else if byte == .quote { inString = false }
                capture?.append(byte)
                return true
            }
            switch byte {
            case .quote: inString = true
            case .openBrace, .openBracket: depth += 1
            case .closeBrace, .closeBracket, .comma:
                if depth == 0 {
                    try finish(element: element)
                    return false
                }
                if byte != .comma { depth -= 1 }
            default: break
            }
            capture?.append(byte)
            return true
        }

        private mutating func finish(element: (Data) throws -> Void) throws {
            guard let value = capture else { return }
            capture = nil
            if place == .debriefs {
                try element(Data(value))
            } else {
                members[String(decoding: key, as: UTF8.self)] = Data(value)
                place = .next
            }
        }
    }
}

private extension UInt8 {
    static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), comma = UInt8(ascii: ",")
    static let colon = UInt8(ascii: ":"), openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")

    var isJSONSpace: Bool { self == 0x20 || self == 0x0A || self == 0x0D || self == 0x09 }
}
