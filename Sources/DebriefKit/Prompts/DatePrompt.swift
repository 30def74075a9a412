import Foundation

/// A calendar day, typed the way people say it.
///
/// Understands ISO dates (`2026-11-24`), `today`, `yesterday`, `tomorrow`, weekday names,
/// `last tuesday`, `next friday`, `3 days ago`, `in 2 weeks`, and day-month forms such as
/// `24 nov`, `November 24` or `24 November 2026`. A bare weekday means the most recent
/// one (today included) for a ``Direction/past`` question and the next one for a
/// ``Direction/future`` question. Numeric forms like `11/12` are refused as ambiguous.
public struct DatePrompt: Prompt {
    /// Which side of today the answer may fall on.
    public enum Direction: String, Sendable, Codable {
        /// Today or earlier: an interview date.
        case past
        /// Today or later: a plan's date.
        case future
        /// Either.
        case any
    }

    /// Which side of today answers may fall on.
    public var direction: Direction

    /// A date question.
    public init(_ direction: Direction = .any) {
        self.direction = direction
    }

    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"]
    static let numberWords = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                              "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "couple of": 2, "a few": 3]

    public func parse(_ lines: [String], in context: PromptContext) -> Parsed<DayDate> {
        let parsed = read((lines.last ?? "").trimmingCharacters(in: .whitespaces), today: context.today)
        guard case .value(let day) = parsed else { return parsed }
        let today = context.today
        switch direction {
        case .past where day > today:
            return .reject("\(day.iso) is after today (\(today.iso)); this question is about a day that has already happened.")
        case .future where day < today:
            return .reject("\(day.iso) has already passed; pick today or a later day, like \"next monday\" or \"in 2 weeks\".")
        default:
            return parsed
        }
    }

    private func read(_ raw: String, today: DayDate) -> Parsed<DayDate> {
        if let day = DayDate(iso: raw) { return .value(day) }
        let text = TextNormaliser.folded(raw)
        if text.isEmpty { return .reject("Type a date, like \(examples(today: today)).") }
        switch text {
        case "today", "this morning", "this afternoon", "tonight", "now": return .value(today)
        case "yesterday": return .value(today.adding(days: -1))
        case "the day before yesterday", "day before yesterday": return .value(today.adding(days: -2))
        case "tomorrow": return .value(today.adding(days: 1))
        case "the day after tomorrow", "day after tomorrow": return .value(today.adding(days: 2))
        case "last week": return .value(today.adding(days: -7))
        case "next week": return .value(today.adding(days: 7))
        default: break
        }
        if let day = relative(text, today: today) ?? weekday(text, today: today) ?? monthDay(text, today: today) {
            return .value(day)
        }
        if raw.range(of: #"^\d{1,2}[/.]\d{1,2}([/.]\d{2,4})?$"#, options: .regularExpression) != nil {
            return .reject("\(TextNormaliser.quoted(raw)) could be read two ways. Write it as \(isoExample(today: today)) (year-month-day), or like \"\(dayMonthExample(today: today))\".")
        }
        return .reject("I couldn't read \(TextNormaliser.quoted(raw)) as a date. Try \(examples(today: today)).")
    }

    /// Ways to write a day on the side of today this question asks about: a plan's date is
    /// never shown "yesterday" as an example.
    private func examples(today: DayDate) -> String {
        switch direction {
        case .past: "\"yesterday\", \"last tuesday\", \"3 days ago\", \"\(dayMonthExample(today: today))\" or \(isoExample(today: today))"
        case .future: "\"friday\", \"next monday\", \"in 2 weeks\", \"\(dayMonthExample(today: today))\" or \(isoExample(today: today))"
        case .any: "\"yesterday\", \"next friday\", \"\(dayMonthExample(today: today))\" or \(isoExample(today: today))"
        }
    }

    /// Today for a past or any-day question, a week ahead for a future one.
    private func isoExample(today: DayDate) -> String {
        (direction == .future ? today.adding(days: 7) : today).iso
    }

    /// "24 nov" written for the example day: "2 dec" a week from 25 nov for a future question.
    private func dayMonthExample(today: DayDate) -> String {
        let day = direction == .future ? today.adding(days: 7) : today
        return "\(day.day) \(Self.months[day.month - 1].prefix(3))"
    }

    public func answer(for value: DayDate) -> AnswerValue { .date(value) }

    public var hint: String? {
        switch direction {
        case .past: "A day on or before today: \"yesterday\", \"last tuesday\", \"3 days ago\" or YYYY-MM-DD."
        case .future: "A day from today on: \"friday\", \"next monday\", \"in 2 weeks\" or YYYY-MM-DD."
        case .any: "A day: \"yesterday\", \"next friday\", \"24 nov\" or YYYY-MM-DD."
        }
    }

    public func completions(for prefix: String) -> [String] {
        let words = direction == .future ? ["today", "tomorrow", "next week"] : ["today", "yesterday", "last week"]
        return completing(prefix, from: words + Self.weekdays)
    }

    /// "3 days ago", "in 2 weeks", "a week ago", "two days from now".
    private func relative(_ text: String, today: DayDate) -> DayDate? {
        var words = text
        var sign = 1
        if words.hasSuffix(" ago") { sign = -1; words.removeLast(4) }
        else if words.hasPrefix("in ") { words.removeFirst(3) }
        else if words.hasSuffix(" from now") { words.removeLast(9) }
        else { return nil }
        let units: [(String, Int)] = [("days", 1), ("day", 1), ("weeks", 7), ("week", 7), ("months", 30), ("month", 30)]
        for (unit, size) in units where words.hasSuffix(" " + unit) {
            let count = String(words.dropLast(unit.count + 1))
            guard let n = Int(count) ?? Self.numberWords[count], (0...3650).contains(n) else { return nil }
            return today.adding(days: sign * n * size)
        }
        return nil
    }

    /// "tuesday", "last tue", "next friday", "on monday".
    private func weekday(_ text: String, today: DayDate) -> DayDate? {
        var words = text.split(separator: " ").map(String.init)
        if words.first == "on" { words.removeFirst() }
        var modifier = ""
        if let first = words.first, ["last", "next", "this", "past", "coming"].contains(first) {
            modifier = first
            words.removeFirst()
        }
        guard words.count == 1, words[0].count >= 3,
              let index = Self.weekdays.firstIndex(where: { $0.hasPrefix(words[0]) }) else { return nil }
        let target = index + 1
        let back = (today.weekday - target + 7) % 7
        let forward = (target - today.weekday + 7) % 7
        switch modifier {
        case "last", "past": return today.adding(days: back == 0 ? -7 : -back)
        case "next", "coming": return today.adding(days: forward == 0 ? 7 : forward)
        default: return direction == .future ? today.adding(days: forward) : today.adding(days: -back)
        }
    }

    /// "24 nov", "nov 24", "24 november 2026", "november 24th".
    private func monthDay(_ text: String, today: DayDate) -> DayDate? {
        let words = text.split(separator: " ").map(String.init).filter { $0 != "of" && $0 != "the" }
        guard (2...3).contains(words.count) else { return nil }
        func month(_ word: String) -> Int? {
            guard word.count >= 3 else { return nil }
            return Self.months.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
        }
        func day(_ word: String) -> Int? {
            Int(word.replacingOccurrences(of: #"(st|nd|rd|th)$"#, with: "", options: .regularExpression))
        }
        let pair: (Int, Int)?
        if let m = month(words[0]), let d = day(words[1]) { pair = (m, d) }
        else if let d = day(words[0]), let m = month(words[1]) { pair = (m, d) }
        else { pair = nil }
        guard let (m, d) = pair else { return nil }
        if words.count == 3 {
            guard let year = Int(words[2]), words[2].count == 4 else { return nil }
            return DayDate(year: year, month: m, day: d)
        }
        // Without a year: the nearest such day on the side the question asks about.
        guard let thisYear = DayDate(year: today.year, month: m, day: d) else { return nil }
        switch direction {
        case .past: return thisYear > today ? DayDate(year: today.year - 1, month: m, day: d) : thisYear
        case .future: return thisYear < today ? DayDate(year: today.year + 1, month: m, day: d) : thisYear
        case .any: return thisYear
        }
    }
}
