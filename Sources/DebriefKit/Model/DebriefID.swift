import Foundation

/// The stable identity of one debrief.
///
/// A lowercase string so that a unique prefix can be typed at the command line
/// (`debrief show 3f2a`). New ids come from a UUID; any non-empty string is accepted
/// so that imported or hand-made debriefs keep theirs.
public struct DebriefID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The id as stored and typed.
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A fresh random id, e.g. `3f2a9c1e-…`.
    public static func random() -> DebriefID {
        DebriefID(rawValue: UUID().uuidString.lowercased())
    }

    /// The fewest characters of an id taken as its start, when one is typed to pick a debrief.
    public static let shortestPrefix = 4

    /// The first eight characters: enough to tell debriefs apart in a list.
    public var short: String { String(rawValue.prefix(8)) }

    public var description: String { rawValue }

    public static func < (lhs: DebriefID, rhs: DebriefID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
