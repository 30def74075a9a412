public import Foundation

extension DayDate {
    /// The day `date` falls on in UTC: reports and insights show days that are the same
    /// wherever they are read.
    public init(utc date: Date) {
        self.init(date, in: DayDate.utcCalendar)
    }

    // Made once: creating a calendar costs more than the rest of a day conversion.
    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        return calendar
    }()
}
