public import Foundation

/// A calendar day without a time or a time zone: the day of an interview or a plan.
///
/// Interviews happen on days, not instants; storing a day keeps "last tuesday" the same
/// Tuesday wherever the debrief is read later. Encoded as an ISO string, `"2026-11-24"`.
public struct DayDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The year, 1–9999.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, from 1.
    public var day: Int

    /// Creates a day; returns nil unless it exists in the Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= DayDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day that `date` falls on in `calendar`'s time zone.
    public init(_ date: Date, in calendar: Calendar) {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        year = parts.year ?? 1970
        month = parts.month ?? 1
        day = parts.day ?? 1
    }

    /// `2026-11-24`.
    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    /// The day `days` later (or earlier, when negative).
    public func adding(days: Int) -> DayDate {
        DayDate(julianDay: julianDay + days)
    }

    /// Days from `self` to `other`; positive when `other` is later.
    public func days(to other: DayDate) -> Int { other.julianDay - julianDay }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int { (julianDay % 7 + 7) % 7 + 1 }

    public static func < (lhs: DayDate, rhs: DayDate) -> Bool { lhs.julianDay < rhs.julianDay }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = DayDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected a day as YYYY-MM-DD, found \"\(text)\".")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    // Day arithmetic without a Calendar keeps the core deterministic and fast.
    private var julianDay: Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    private init(julianDay jd: Int) {
        let a = jd + 32044
        let b = (4 * a + 3) / 146097
        let c = a - 146097 * b / 4
        let d = (4 * c + 3) / 1461
        let e = c - 1461 * d / 4
        let m = (5 * e + 2) / 153
        day = e - (153 * m + 2) / 5 + 1
        month = m + 3 - 12 * (m / 10)
        year = 100 * b + d - 4800 + m / 10
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
