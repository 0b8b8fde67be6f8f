/// A day of the proleptic Gregorian calendar, counted from 1970-01-01, with the arithmetic time
/// expressions need: ISO weeks, weekdays, month steps and Easter. No time zones: a day is a calendar date.
public struct CalendarDay: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01.
    public var number: Int

    public init(number: Int) {
        self.number = number
    }

    /// The day `year-month-day`; days past the end of the month roll over (31 April is 1 May).
    public init(year: Int, month: Int, day: Int) {
        // Count from March so that the leap day ends the year; eras of 400 years repeat exactly.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = (month + 9) % 12
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month (1–12) and day of the month.
    public var components: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int {
        let monday0 = (number + 3) % 7  // 1970-01-01 was a Thursday
        return (monday0 < 0 ? monday0 + 7 : monday0) + 1
    }

    /// The ISO 8601 week: the week belongs to the year that holds its Thursday.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = CalendarDay(number: number - weekday + 4)
        let year = thursday.components.year
        let firstDay = CalendarDay(year: year, month: 1, day: 1)
        return (year, (thursday.number - firstDay.number) / 7 + 1)
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(number: number + days) }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.number < rhs.number }

    /// `2024-05-16`.
    public var iso: String { Self.iso(components.year, components.month, components.day) }

    /// `2024-W20`.
    public var isoWeekText: String {
        let (year, week) = isoWeek
        return "\(Self.pad(year, 4))-W\(Self.pad(week, 2))"
    }

    /// The Monday of ISO week `week` of `year` (the week holding 4 January is week 1).
    public static func monday(ofWeek week: Int, year: Int) -> CalendarDay {
        let fourth = CalendarDay(year: year, month: 1, day: 4)
        return fourth.adding(days: 1 - fourth.weekday + 7 * (week - 1))
    }

    /// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
    public static func easter(_ year: Int) -> CalendarDay {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)
    }

    /// Parses the date at the start of an ISO 8601 text (`2024-05-16`, `2024-05-16T09:34:00+02:00`).
    public init?(iso text: some StringProtocol) {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Whether `text` starts with a date that exists, written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the last maybe followed by
    /// a time, `T09:34…`), years 1000–9999: `2024-02-29` yes, `2023-02-29`, `2024-13-01` and `99999` no. `exact` asks for
    /// the full day with nothing after it.
    public static func isISODate(_ text: some StringProtocol, exact: Bool = false) -> Bool {
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { part in part.allSatisfy { $0.isASCII && $0.isNumber } ? Int(part) : nil }
        guard (1...3).contains(parts.count), parts.count == 3 || text.count <= 7, numbers.count == parts.count,
            parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 })
        else { return false }
        let year = numbers[0]
        guard (1000...9999).contains(year) else { return false }
        if numbers.count >= 2, !(1...12).contains(numbers[1]) { return false }
        if numbers.count == 3 {
            guard (1...daysIn(year: year, month: numbers[1])).contains(numbers[2]) else { return false }
            let rest = text.dropFirst(10)
            return exact ? rest.isEmpty : rest.isEmpty || rest.first == "T" || rest.first == " "
        }
        return !exact
    }

    public static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        let next = month == 12 ? CalendarDay(year: year + 1, month: 1, day: 1) : CalendarDay(year: year, month: month + 1, day: 1)
        return next.number - CalendarDay(year: year, month: month, day: 1).number
    }
}
