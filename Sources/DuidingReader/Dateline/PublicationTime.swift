import DuidingCore
public import Foundation

/// A publication time as a dateline writes it: any of a weekday, a day relative to the reference,
/// a calendar date (possibly without year) and a clock time.
public struct PublicationTime: Sendable, Equatable {
    public var weekday: Int?
    public var dayOffset: Int?
    public var year: Int?
    public var month: Int?
    public var day: Int?
    public var hour: Int?
    public var minute: Int?
    /// `2 uur geleden`: minutes before the reference time.
    public var minutesAgo: Int?
    /// A zone written after the clock time (`EDT`, `GMT+2`), in seconds east of UTC.
    public var utcOffset: Int?

    public init(
        weekday: Int? = nil, dayOffset: Int? = nil, year: Int? = nil, month: Int? = nil, day: Int? = nil,
        hour: Int? = nil, minute: Int? = nil
    ) {
        self.weekday = weekday
        self.dayOffset = dayOffset
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    var hasDate: Bool { dayOffset != nil || day != nil || weekday != nil }

    /// Whether the time is precise enough to stand on its own: a clock time, a full date or a count back.
    var isSpecific: Bool { hour != nil || (day != nil && month != nil) || minutesAgo != nil }

    /// The time as ISO 8601, read in `timeZone` against the reference time: a date and time with the
    /// zone's offset on that day (`2024-05-16T09:34:00+02:00`), or a date alone (`2020-02-03`) when no
    /// clock time was written. `nil` when the written date does not exist.
    ///
    /// A date without a year, a weekday or a clock time alone is the latest such moment not after the
    /// reference: a page shows when it was published, which is never later than when it is read.
    public func resolve(reference: Date, timeZone givenZone: TimeZone) -> String? {
        if let minutesAgo {
            return ISOTime.format(reference.addingTimeInterval(-60 * Double(minutesAgo)), timeZone: givenZone)
        }
        // A zone written in the dateline wins over the source's.
        let timeZone = utcOffset.flatMap { TimeZone(secondsFromGMT: $0) } ?? givenZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let now = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: reference)
        guard let nowYear = now.year, let nowMonth = now.month, let nowDay = now.day else { return nil }
        guard let today = calendar.date(from: DateComponents(year: nowYear, month: nowMonth, day: nowDay)) else {
            return nil
        }

        var date: Date
        if let month, let day {
            var candidate = DateComponents(year: year ?? nowYear, month: month, day: day)
            guard let made = calendar.date(from: candidate), calendar.component(.day, from: made) == day else { return nil }
            date = made
            if year == nil, made > today {
                candidate.year = nowYear - 1
                guard let earlier = calendar.date(from: candidate) else { return nil }
                date = earlier
            }
        } else if let dayOffset {
            guard let shifted = calendar.date(byAdding: .day, value: dayOffset, to: today) else { return nil }
            date = shifted
        } else if let weekday {
            // ISO weekday (1 = Monday) to the calendar's (1 = Sunday).
            let target = weekday % 7 + 1
            var back = (calendar.component(.weekday, from: today) - target + 7) % 7
            if back == 0, let hour, hour * 60 + (minute ?? 0) > (now.hour ?? 0) * 60 + (now.minute ?? 0) { back = 7 }
            guard let shifted = calendar.date(byAdding: .day, value: -back, to: today) else { return nil }
            date = shifted
        } else {
            date = today
            if let hour, hour * 60 + (minute ?? 0) > (now.hour ?? 0) * 60 + (now.minute ?? 0),
                let yesterday = calendar.date(byAdding: .day, value: -1, to: today)
            {
                date = yesterday
            }
        }

        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
        guard let hour else { return ISOTime.date(year: y, month: m, day: d) }
        guard hour < 24, (minute ?? 0) < 60,
            let moment = calendar.date(from: DateComponents(year: y, month: m, day: d, hour: hour, minute: minute ?? 0))
        else { return nil }
        return ISOTime.format(moment, timeZone: timeZone)
    }
}
