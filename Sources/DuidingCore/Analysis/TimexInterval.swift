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
            guard let week = Int(second.dropFirst()), (1...53).contains(week) else { return nil }
            let monday = CalendarDay.monday(ofWeek: week, year: year)
            let weekend = fields.count >= 3 && fields[2] == "WE"
            return (monday.adding(days: weekend ? 5 : 0).iso, monday.adding(days: 6).iso)
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

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> String { CalendarDay.iso(year, month, day) }

    private static func daysIn(_ year: Int, _ month: Int) -> Int { CalendarDay.daysIn(year: year, month: month) }
}
