import Foundation

/// Dates in the one shape ``DebriefJSON`` writes, `2026-11-24T10:00:00.123Z`, read and
/// written with integer arithmetic instead of Foundation's ISO 8601 style.
///
/// Foundation took about 6 µs to write such a date and 11 µs to read one on a loaded Linux
/// machine, and a debrief holds about forty (each answer's and each event's time), read and
/// written at every import and load. Only UTC dates from 1970 to 9999 take this path; anything
/// else (another offset, no fraction, a leap second) returns nil for Foundation to handle.
enum ISOMilliseconds {
    /// Milliseconds between 1970-01-01 and 2001-01-01, Foundation's reference date.
    private static let referenceOffset: Int64 = 978_307_200_000
    /// The first millisecond of the year 10000, past which a year needs more than four digits.
    private static let end: Int64 = 253_402_300_800_000
    private static let day: Int64 = 86_400_000

    /// `date` to the nearest millisecond, as `YYYY-MM-DDTHH:MM:SS.mmmZ`; nil outside 1970–9999.
    static func string(_ date: Date) -> String? {
        let scaled = (date.timeIntervalSinceReferenceDate * 1000).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else { return nil }
        let milliseconds = Int64(scaled) + referenceOffset
        guard milliseconds >= 0, milliseconds < end else { return nil }
        let (year, month, dayOfMonth) = civil(days: milliseconds / day)
        let time = milliseconds % day
        return String(unsafeUninitializedCapacity: 24) { buffer in
            func put(_ value: Int64, at index: Int, digits: Int) {
                var value = value
                for offset in stride(from: digits - 1, through: 0, by: -1) {
                    buffer[index + offset] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(year, at: 0, digits: 4)
            buffer[4] = UInt8(ascii: "-")
            put(month, at: 5, digits: 2)
            buffer[7] = UInt8(ascii: "-")
            put(dayOfMonth, at: 8, digits: 2)
            buffer[10] = UInt8(ascii: "T")
            put(time / 3_600_000, at: 11, digits: 2)
            buffer[13] = UInt8(ascii: ":")
            put(time / 60_000 % 60, at: 14, digits: 2)
            buffer[16] = UInt8(ascii: ":")
            put(time / 1000 % 60, at: 17, digits: 2)
            buffer[19] = UInt8(ascii: ".")
            put(time % 1000, at: 20, digits: 3)
            buffer[23] = UInt8(ascii: "Z")
            return 24
        }
    }

    /// The date `text` names when it has exactly the shape ``string(_:)`` writes; otherwise nil.
    static func date(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes -> Date? in
            guard bytes.count == 24, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
                  bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "."),
                  bytes[23] == UInt8(ascii: "Z") else { return nil }
            func number(_ start: Int, _ digits: Int) -> Int64? {
                var value: Int64 = 0
                for index in start..<start + digits {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int64(digit)
                }
                return value
            }
            guard let year = number(0, 4), let month = number(5, 2), let dayOfMonth = number(8, 2),
                  let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2), let fraction = number(20, 3),
                  year >= 1970, (1...12).contains(month), dayOfMonth >= 1, dayOfMonth <= length(ofMonth: month, in: year),
                  hour < 24, minute < 60, second < 60 else { return nil }
            let seconds = days(year: year, month: month, day: dayOfMonth) * 86_400 + hour * 3_600 + minute * 60 + second
            return Date(timeIntervalSinceReferenceDate: Double(seconds - referenceOffset / 1000) + Double(fraction) / 1000)
        }
    }

    /// Year, month and day of the `days`th day after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    private static func civil(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Days from 1970-01-01 to the given day (Howard Hinnant's `days_from_civil`).
    private static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let year = month <= 2 ? year - 1 : year
        let era = year / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func length(ofMonth month: Int64, in year: Int64) -> Int64 {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
