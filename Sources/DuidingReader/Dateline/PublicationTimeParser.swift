/// Reads a publication time from the words of a line, with the calendar names of a language.
///
/// ```
/// [weekday] [day word | date] [connector] [clock]      at least one of the date parts or the clock
///   date:  16 mei [2024] · May 16[,] 2024 · 16-05-2024 · 16/5/2024 · 2024-05-16 · 16-5
///   clock: 09:34 · 19.15 [uur] · 21u32 · 9 uur · 9:34 am
/// ```
struct PublicationTimeParser {
    let calendar: CalendarNames

    /// The time written from word `start` on, and how many words it takes; `nil` if none is there.
    func parse(_ line: LineWords, from start: Int) -> (time: PublicationTime, words: Int)? {
        var time = PublicationTime()
        var index = start
        // A dateline is near the start of its line: the first words are enough.
        let words = Array(line.words.prefix(start + 12)).map(Self.bare)

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
        } else {
            index = dateEnd
        }
        // A weekday alone is too weak a sign; a day word, a date or a clock time is needed.
        guard time.dayOffset != nil || time.day != nil || time.hour != nil else { return nil }
        return (time, index - start)
    }

    /// A word lowercased without the punctuation that may trail it in a dateline.
    static func bare(_ word: String) -> String {
        var slice = Substring(word.lowercased())
        while let last = slice.last, last == "," || last == "." || last == ";" || last == ")" { slice = slice.dropLast() }
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
        // 16-05-2024, 16/5/2024, 16.05.2024, 2024-05-16, 16-5
        for separator in ["-", "/", "."] where word.contains(separator) {
            let pieces = word.split(separator: Character(separator), omittingEmptySubsequences: false)
            let parts = pieces.map { Int($0) }
            guard parts.allSatisfy({ $0 != nil }) else { continue }
            let numbers = parts.compactMap { $0 }
            if numbers.count == 3, numbers[0] > 31, (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) {
                return ((numbers[0], numbers[1], numbers[2]), 1)
            }
            if numbers.count == 3, (1...31).contains(numbers[0]), (1...12).contains(numbers[1]),
                let year = Self.numericYear(numbers[2], digits: pieces[2].count)
            {
                return ((year, numbers[1], numbers[0]), 1)
            }
            if numbers.count == 2, separator != ".", (1...31).contains(numbers[0]), (1...12).contains(numbers[1]) {
                return ((nil, numbers[1], numbers[0]), 1)
            }
        }
        return nil
    }

    private static func year(_ word: String) -> Int? {
        guard word.count == 4, let year = Int(word), (1800...2200).contains(year) else { return nil }
        return year
    }

    /// A four-digit year, or a two-digit one in a numeric date (`03/02/20` → 2020).
    private static func numericYear(_ value: Int, digits: Int) -> Int? {
        if digits == 2 { return 2000 + value }
        return year(String(value))
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
