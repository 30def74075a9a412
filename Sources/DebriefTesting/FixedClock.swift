public import DebriefKit
public import Foundation

/// A clock that says what you tell it: tests get the same "today" on every run.
public final class FixedClock: DebriefClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    /// Starts at `date`; the default is 2026-11-26 10:00 UTC, a Thursday.
    public init(_ date: Date = Date(timeIntervalSince1970: 1_795_687_200)) {
        current = date
    }

    public func now() -> Date {
        lock.withLock { current }
    }

    /// Moves the clock on, e.g. a day later for a resume.
    public func advance(by seconds: TimeInterval) {
        lock.withLock { current += seconds }
    }
}

extension Calendar {
    /// The Gregorian calendar in UTC, so date answers in tests do not depend on the machine.
    public static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }
}
