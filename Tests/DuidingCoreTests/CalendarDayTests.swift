import DuidingCore
import Testing

@Suite("Calendar arithmetic")
struct CalendarTests {
    @Test func daysRoundTrip() {
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            let day = CalendarDay(number: number)
            let (year, month, dayOfMonth) = day.components
            #expect(CalendarDay(year: year, month: month, day: dayOfMonth) == day)
        }
        #expect(CalendarDay(year: 1970, month: 1, day: 1).number == 0)
        #expect(CalendarDay(year: 2000, month: 2, day: 29).iso == "2000-02-29")
        #expect(CalendarDay(year: 2024, month: 5, day: 16).weekday == 4)  // a Thursday
    }

    @Test func isoWeeks() {
        #expect(CalendarDay(year: 2024, month: 5, day: 16).isoWeekText == "2024-W20")
        #expect(CalendarDay(year: 2021, month: 1, day: 3).isoWeekText == "2020-W53")
        #expect(CalendarDay(year: 2024, month: 12, day: 30).isoWeekText == "2025-W01")
        #expect(CalendarDay(year: 2000, month: 1, day: 1).isoWeekText == "1999-W52")
    }

    @Test func mondaysOfISOWeeks() {
        #expect(CalendarDay.monday(ofWeek: 19, year: 2024).iso == "2024-05-06")
        #expect(CalendarDay.monday(ofWeek: 1, year: 2025).iso == "2024-12-30")
        #expect(CalendarDay.monday(ofWeek: 53, year: 2020).iso == "2020-12-28")
    }

    @Test func easterSundays() {
        // Known dates: 2000-04-23, 2019-04-21, 2024-03-31, 2025-04-20, 1961-04-02.
        #expect(CalendarDay.easter(2000).iso == "2000-04-23")
        #expect(CalendarDay.easter(2019).iso == "2019-04-21")
        #expect(CalendarDay.easter(2024).iso == "2024-03-31")
        #expect(CalendarDay.easter(2025).iso == "2025-04-20")
        #expect(CalendarDay.easter(1961).iso == "1961-04-02")
    }

    /// Dates that exist, written as ISO 8601 does: a year, a month or a day, the day maybe with a time after it.
    @Test func isoDatesThatExist() {
        for good in ["2024", "2024-05", "2024-02-29", "2024-05-16T09:34:00+02:00", "2024-05-16 09:34"] {
            #expect(CalendarDay.isISODate(good), "\(good)")
        }
        for wrong in ["gisteren", "2023-02-29", "2024-13-01", "2024-04-31", "99999-01-01", "0000-00-00", "2024-5-16", "2024-05-16x", "24", ""] {
            #expect(!CalendarDay.isISODate(wrong), "\(wrong)")
        }
        #expect(CalendarDay.isISODate("2024-05-16", exact: true))
        #expect(!CalendarDay.isISODate("2024-05", exact: true) && !CalendarDay.isISODate("2024-05-16T09:34", exact: true))
    }
}
