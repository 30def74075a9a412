public import DebriefKit
public import Foundation

extension Debrief {
    /// The day the interview took place, or the day the debrief was started when no date was given.
    ///
    /// Charts and trends order debriefs by this day, so a debrief written a week late still
    /// lands where the interview happened.
    public var day: DayDate {
        interview.date ?? DayDate(utc: createdAt)
    }

    /// The yes/partly/no answer to `stepID`, or nil when it is missing, skipped or of another type.
    public func yesPartlyNo(_ stepID: String) -> YesPartlyNo? {
        if case .yesPartlyNo(let value)? = self[stepID] { value } else { nil }
    }

    /// The 1-5 answer to `stepID`, or nil.
    public func scale(_ stepID: String) -> Int? {
        if case .scale(let value)? = self[stepID] { value } else { nil }
    }

    /// The items of a list answer, or a text answer as one item; empty when missing or skipped.
    public func items(_ stepID: String) -> [String] {
        switch self[stepID] {
        case .list(let items)?: items.filter { !$0.isEmpty }
        case .text(let text)? where !text.isEmpty: [text]
        default: []
        }
    }

    /// The text of a free-text (or choice) answer at `key`, or nil when missing, skipped or empty.
    public func text(_ key: StepKey) -> String? {
        switch answers[key]?.value {
        case .text(let text)?, .choice(let text)?: text.isEmpty ? nil : text
        default: nil
        }
    }

    /// The date answer at `key`, or nil.
    public func date(_ key: StepKey) -> DayDate? {
        if case .date(let day)? = answers[key]?.value { day } else { nil }
    }

    /// The keys of every STAR answer, in key order, whatever step asked them.
    public var starKeys: [StepKey] {
        // Filter first: sorting compares key strings, and most answers are not STAR.
        answers.compactMap { key, answer in
            if case .star = answer.value { key } else { nil }
        }.sorted()
    }
}
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

extension Collection<Debrief> {
    /// Oldest interview first; ties by creation time, then id, so the order is stable.
    ///
    /// Returns the debriefs as they are when they are already in order (one linear check),
    /// so providers that each ask for this order pay for one sort between them.
    public func chronological() -> [Debrief] {
        let all = Array(self)
        // Keys are computed once: `day` may need a calendar, far too slow inside a comparator.
        let keys = all.map { (day: $0.day, created: $0.createdAt) }
        func before(_ a: Int, _ b: Int) -> Bool {
            if keys[a].day != keys[b].day { return keys[a].day < keys[b].day }
            if keys[a].created != keys[b].created { return keys[a].created < keys[b].created }
            return all[a].id < all[b].id
        }
        if all.indices.dropFirst().allSatisfy({ !before($0, $0 - 1) }) { return all }
        return all.indices.sorted(by: before).map { all[$0] }
    }
}
