public import Foundation

/// Where the time comes from. Injected so that the core never reads a clock of its
/// own and tests can fix the date ("yesterday" must mean the same day in every run).
public protocol DebriefClock: Sendable {
    func now() -> Date
}

/// The system's wall clock: the default for real sessions.
public struct SystemClock: DebriefClock {
    /// The wall clock.
    public init() {}
    /// The current instant.
    public func now() -> Date { Date() }
}

extension DebriefClock where Self == SystemClock {
    /// The system's wall clock.
    public static var system: SystemClock { SystemClock() }
}
