import DuidingCore

/// Reads a publication time from the words of a line, with the calendar names of a language.
///
/// ```
/// [weekday] [day word | date] [connector] [clock [zone]]      at least one of the date parts or the clock
///   date:  16 mei [2024] · May 16[,] 2024 · 16-05-2024 · 16/5/2024 · 2024-05-16 · 16-5 (day-month order per language)
///   clock: 09:34 · 19.15 [uur] · 21u32 · 9 uur · 9:34 am · 9:34 EDT · 4:12 GMT+2
/// N unit ago                                                   2 uur geleden · 12 minutes ago
/// ```
struct PublicationTimeParser {
    let calendar: CalendarNames
    /// Numeric dates put the month first (`5/16/2024`).
    var monthFirst = false
    /// Two-digit years below the pivot are 20xx.
    var pivot = 70

    /// The time written from word `start` on, and how many words it takes; `nil` if none is there.
    func parse(_ line: LineWords, from start: Int) -> (time: PublicationTime, words: Int)? {
        var time = PublicationTime()
        var index = start
        // A dateline is near the start of its line: the first words are enough.
        let words = Array(line.words.prefix(start + 12)).map(Self.bare)

        if let ago = parseAgo(words, at: index) {
            time.minutesAgo = ago
            return (time, 3)
        }
        if index < words.count, let weekday = calendar.weekdays[words[index]] {
            time.weekday = weekday
            index += 1
        }
        if index < words.count, let offset = calendar.relativeDays[words[index]] {
            time.dayOffset = offset
            index += 1
        } else if let (date, used) = parseDate(words, at: index) {
            time.year = date.year
            time.month = date.month
            time.day = date.day
            index += used
        }
        let dateEnd = index
        if time.hasDate, index < words.count, calendar.connectors.contains(words[index]) { index += 1 }
        if let (hour, minute, used) = parseClock(words, at: index, afterDate: time.hasDate) {
            time.hour = hour
            time.minute = minute
            index += used
            if index < words.count, let offset = zone(words[index]) {
                time.utcOffset = offset
                index += 1
            }
        } else {
            index = dateEnd
        }
        // A weekday alone is too weak a sign; a day word, a date or a clock time is needed.
        guard time.dayOffset != nil || time.day != nil || time.hour != nil else { return nil }
        return (time, index - start)
    }

    /// A word lowercased without the punctuation that may trail it in a dateline.
    static func bare(_ word: String) -> String {
        var slice = Substring(word.lowercased()).droppingLast { $0 == "," || $0 == "." || $0 == ";" || $0 == ")" }
        while let first = slice.first, first == "(" { slice = slice.dropFirst() }
        return String(slice)
    }

    private func month(_ word: String) -> Int? {
        calendar.months[word]
    }

    private func parseDate(_ words: [String], at index: Int) -> (date: (year: Int?, month: Int, day: Int), words: Int)? {
        guard index < words.count else { return nil }
        let word = words[index]
        // 16 mei [2024]
        if let day = Int(word), (1...31).contains(day), index + 1 < words.count, let month = month(words[index + 1]) {
            if index + 2 < words.count, let year = Self.year(words[index + 2]) { return ((year, month, day), 3) }
            return ((nil, month, day), 2)
        }
        // May 16[,] 2024
        if let month = month(word), index + 1 < words.count, let day = Int(words[index + 1]), (1...31).contains(day) {
            if index + 2 < words.count, let year = Self.year(words[index + 2]) { return ((year, month, day), 3) }
            return ((nil, month, day), 2)
        }
        // 16-05-2024, 16/5/2024, 16.05.2024, 2024-05-16, 16-5 (5/16/2024 where the month comes first)
        for separator in ["-", "/", "."] where word.contains(separator) {
            let pieces = word.split(separator: Character(separator), omittingEmptySubsequences: false)
            let numbers = pieces.compactMap { Int($0) }
            guard numbers.count == pieces.count, numbers.count == 2 || numbers.count == 3 else { continue }
            if numbers.count == 3, pieces[0].count == 4, (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) {
                return ((numbers[0], numbers[1], numbers[2]), 1)
            }
            let (day, month) = monthFirst ? (numbers[1], numbers[0]) : (numbers[0], numbers[1])
            guard (1...31).contains(day), (1...12).contains(month) else { continue }
            if numbers.count == 3, pieces[2].count == 2 || pieces[2].count == 4,
                let year = numericYear(numbers[2], digits: pieces[2].count)
            {
                return ((year, month, day), 1)
            }
            if numbers.count == 2, separator != "." { return ((nil, month, day), 1) }
        }
        return nil
    }

    private static func year(_ word: String) -> Int? {
        guard word.count == 4, let year = Int(word), (1800...2200).contains(year) else { return nil }
        return year
    }

    /// A four-digit year, or a two-digit one read with the pivot (`03/02/20` → 2020, `16-05-99` → 1999).
    private func numericYear(_ value: Int, digits: Int) -> Int? {
        if digits == 2 { return value < pivot ? 2000 + value : 1900 + value }
        return Self.year(String(value))
    }

    /// `2 uur geleden`, `12 minutes ago` → minutes before the reference.
    private func parseAgo(_ words: [String], at index: Int) -> Int? {
        guard index + 2 < words.count, let amount = Int(words[index]), amount >= 0,
            let unit = calendar.units[words[index + 1]], calendar.agoWords.contains(words[index + 2])
        else { return nil }
        return amount * unit
    }

    /// `EDT`, `GMT+2`, `UTC-05:00` → seconds east of UTC.
    private func zone(_ word: String) -> Int? {
        if let offset = calendar.zones[word] { return offset }
        for base in ["gmt", "utc"] where word.hasPrefix(base) && word.count > base.count {
            return CalendarNames.offset(String(word.dropFirst(base.count)))
        }
        return nil
    }

    private func parseClock(_ words: [String], at index: Int, afterDate: Bool) -> (Int, Int, Int)? {
        guard index < words.count else { return nil }
        let word = words[index]
        var used = 1
        var hour: Int?
        var minute = 0
        var explicit = false
        if let separatorIndex = word.firstIndex(where: { calendar.clockSeparators.contains($0) }) {
            let separator = word[separatorIndex]
            let before = word[..<separatorIndex]
            let after = word[word.index(after: separatorIndex)...]
            if let h = Int(before), let m = Int(after), before.count <= 2, after.count == 2 {
                hour = h
                minute = m
                // `19.15` is a clock time only with a date before it or `uur` after it; `09:34` and `21u32` always.
                explicit = separator != "."
            }
        } else if let h = Int(word), word.count <= 2, index + 1 < words.count, calendar.hourWords.contains(words[index + 1]) {
            hour = h
        }
        guard var h = hour else { return nil }
        if index + 1 < words.count, calendar.hourWords.contains(words[index + 1]) {
            used += 1
            explicit = true
        } else if index + 1 < words.count, calendar.amWords.contains(words[index + 1]) || calendar.pmWords.contains(words[index + 1]) {
            if calendar.pmWords.contains(words[index + 1]), h < 12 { h += 12 }
            if calendar.amWords.contains(words[index + 1]), h == 12 { h = 0 }
            used += 1
            explicit = true
        }
        guard explicit || afterDate, (0...23).contains(h), (0...59).contains(minute) else { return nil }
        return (h, minute, used)
    }
}
