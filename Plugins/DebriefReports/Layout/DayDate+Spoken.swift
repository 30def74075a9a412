import DebriefKit

extension DayDate {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "24 Nov 2026": how a person writes a date, the same in every locale.
    var spoken: String { "\(day) \(Self.months[month - 1]) \(year)" }

    /// "24 Nov", for chart axes where the year is said once.
    var spokenShort: String { "\(day) \(Self.months[month - 1])" }
}
