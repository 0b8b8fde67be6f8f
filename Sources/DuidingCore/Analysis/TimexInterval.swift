import Foundation

/// The calendar days a TIMEX3 date value covers, for finding articles by the dates they mention:
/// `2024-05-16` (and `2024-05-16T19:15`, `2024-05-16TEV`) is that day; `2024-05` a month, `2024` a year,
/// `199` a decade, `19` a century, `2024-W19` an ISO week (`-WE` its weekend), `2024-SU` a season,
/// `2024-Q2` a quarter, `2024-H1` a half year. Durations, sets and `PRESENT_REF` have no days.
public enum TimexInterval {
    /// The first and last day as `YYYY-MM-DD`, or nil.
    public static func days(of value: String) -> (first: String, last: String)? {
        let parts = value.split(separator: "T", maxSplits: 1).first.map(String.init) ?? value
        let fields = parts.split(separator: "-").map(String.init)
        guard let head = fields.first, head.allSatisfy(\.isNumber), !head.isEmpty else { return nil }
        guard let number = Int(head) else { return nil }
        switch (head.count, fields.count) {
        case (2, 1): return (day(number * 100 + 1, 1, 1), day(number * 100 + 100, 12, 31))  // 19: 1901–2000 as words count
        case (3, 1): return (day(number * 10, 1, 1), day(number * 10 + 9, 12, 31))
        case (4, 1): return (day(number, 1, 1), day(number, 12, 31))
        case (4, _): break
        default: return nil
        }
        let year = number
        let second = fields[1]
        if let month = Int(second), second.count == 2, (1...12).contains(month) {
            if fields.count >= 3, let dayOfMonth = Int(fields[2].prefix(2)), (1...31).contains(dayOfMonth) {
                let text = day(year, month, dayOfMonth)
                return (text, text)
            }
            return (day(year, month, 1), day(year, month, daysIn(year, month)))
        }
        if second == "WI" { return (day(year, 12, 1), day(year + 1, 2, daysIn(year + 1, 2))) }
        switch second.first {
        case "W":
            guard let week = Int(second.dropFirst()), (1...53).contains(week), let monday = isoWeekMonday(year, week) else { return nil }
            let weekend = fields.count >= 3 && fields[2] == "WE"
            return (shift(monday, weekend ? 5 : 0), shift(monday, 6))
        case "Q":
            guard let quarter = Int(second.dropFirst()), (1...4).contains(quarter) else { return nil }
            let first = (quarter - 1) * 3 + 1
            return (day(year, first, 1), day(year, first + 2, daysIn(year, first + 2)))
        case "H":
            guard let half = Int(second.dropFirst()), (1...2).contains(half) else { return nil }
            return half == 1 ? (day(year, 1, 1), day(year, 6, 30)) : (day(year, 7, 1), day(year, 12, 31))
        default:
            let seasons = ["SP": (3, 5), "SU": (6, 8), "FA": (9, 11)]
            if let (first, last) = seasons[second] { return (day(year, first, 1), day(year, last, daysIn(year, last))) }
            return nil
        }
    }

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    private static func daysIn(_ year: Int, _ month: Int) -> Int {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    private static func isoWeekMonday(_ year: Int, _ week: Int) -> Date? {
        calendar.date(from: DateComponents(weekday: 2, weekOfYear: week, yearForWeekOfYear: year))
    }

    private static func shift(_ date: Date, _ days: Int) -> String {
        let moved = calendar.date(byAdding: .day, value: days, to: date) ?? date
        let parts = calendar.dateComponents([.year, .month, .day], from: moved)
        return day(parts.year ?? 0, parts.month ?? 1, parts.day ?? 1)
    }
}
