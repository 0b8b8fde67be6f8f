/// Finds the source and publication time at the start of a line.
///
/// ```
/// NOS Nieuws • vandaag, 09:34 [• Aangepast vandaag, 10:12] [headline…]   source, separator, time
/// Bron: Belga                                                            source label
/// Gepubliceerd: 16 mei 2024 · ma 16 mei 2024, 09:34 · 21u32              time (with or without label)
/// DEN HAAG (ANP) - Het kabinet …                                         agency dateline of a paragraph
/// ```
struct DatelineParser {
    let resources: ReaderResources
    /// The most words a source name before a separator may have.
    private var maximumSourceWords: Int { resources.maxSourceWords }

    struct Dateline {
        var source: String?
        var time: (text: String, value: PublicationTime)?
        /// How many words of the line the dateline takes.
        var words: Int
        /// The words after it.
        var rest: Range<Int>
    }

    func parse(_ line: LineWords) -> Dateline? {
        let times = PublicationTimeParser(
            calendar: resources.calendar, monthFirst: resources.monthFirst, pivot: resources.twoDigitYearPivot)
        var index = 0
        var source: String?
        var time: (text: String, value: PublicationTime)?

        if let labelWords = label(.source, in: line, at: 0) {
            let end = nextSeparator(line, from: labelWords) ?? line.count
            guard end > labelWords, end - labelWords <= maximumSourceWords else { return nil }
            source = cleanSource(line.text(labelWords..<end))
            index = end
            if index < line.count, isSeparator(line.words[index]) { index += 1 }
        } else if let separator = nextSeparator(line, from: 1), separator <= maximumSourceWords,
            separator + 1 < line.count, line.words[0].first?.isUppercase ?? false,
            times.parse(line, from: afterLabel(.published, line, separator + 1)) != nil
        {
            source = cleanSource(line.text(0..<separator))
            index = separator + 1
        }
        let timeStart = afterLabel(.published, line, index)
        if let (value, used) = times.parse(line, from: timeStart) {
            time = (Self.timeText(line, timeStart..<(timeStart + used)), value)
            index = timeStart + used
            index = skipUpdate(line, from: index, times: times)
        } else if source == nil, index == 0 {
            // A line that only says when the article was updated (`Laatste update: 10:12`).
            let updateEnd = skipUpdate(line, from: 0, times: times)
            guard updateEnd > 0 else { return nil }
            return Dateline(source: nil, time: nil, words: updateEnd, rest: updateEnd..<line.count)
        }
        guard source != nil || time != nil else { return nil }
        return Dateline(source: source, time: time, words: index, rest: index..<line.count)
    }

    /// `DEN HAAG (ANP) -`, `GENUA -`, `(Belga) -`, `BEIJING, May 16 (Reuters) -` at the start of a
    /// paragraph: the place, the agency and how many words the dateline takes with its separator.
    func agencyDateline(_ line: LineWords) -> (place: Range<Int>?, agency: String?, words: Int)? {
        var index = 0
        while index < min(line.count, 4), Self.isCapitalWord(line.words[index]) { index += 1 }
        let place: Range<Int>? = index > 0 ? 0..<index : nil
        var agency: String?
        // A date may stand between the place and the agency.
        if place != nil, let opening = (index..<min(line.count, index + 4)).first(where: { line.words[$0].hasPrefix("(") }),
            opening > index,
            PublicationTimeParser(calendar: resources.calendar, monthFirst: resources.monthFirst, pivot: resources.twoDigitYearPivot)
                .parse(line, from: index) != nil
        {
            index = opening
        }
        if index < line.count, line.words[index].hasPrefix("(") {
            var end = index
            while end < line.count, end - index < 3, !line.words[end].hasSuffix(")") { end += 1 }
            guard end < line.count, line.words[end].hasSuffix(")") else { return nil }
            agency = line.text(index..<(end + 1)).trimming("()")
            index = end + 1
        }
        guard place != nil || agency != nil, index + 1 < line.count, isSeparator(line.words[index]) else { return nil }
        return (place, agency, index + 1)
    }

    private static func isCapitalWord(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." || $0 == "," }
    }

    private func label(_ role: ReaderResources.Label.Role, in line: LineWords, at index: Int) -> Int? {
        for label in resources.labels[role] ?? [] {
            let parts = label.split(separator: " ").map(String.init)
            if line.matches(parts, at: index, caseSensitive: false) { return index + parts.count }
        }
        return nil
    }

    private func afterLabel(_ role: ReaderResources.Label.Role, _ line: LineWords, _ index: Int) -> Int {
        label(role, in: line, at: index) ?? index
    }

    private func isSeparator(_ word: String) -> Bool {
        (resources.labels[.separator] ?? []).contains(word)
    }

    private func nextSeparator(_ line: LineWords, from start: Int) -> Int? {
        guard start < line.count else { return nil }
        return (start..<min(line.count, start + maximumSourceWords + 1)).first { isSeparator(line.words[$0]) }
    }

    /// Takes a following `• Aangepast vandaag, 10:12` into the dateline without using its time.
    private func skipUpdate(_ line: LineWords, from index: Int, times: PublicationTimeParser) -> Int {
        var position = index
        if position < line.count, isSeparator(line.words[position]) { position += 1 }
        guard let afterUpdate = label(.updated, in: line, at: position),
            let (_, used) = times.parse(line, from: afterUpdate)
        else { return index }
        return afterUpdate + used
    }

    private func cleanSource(_ text: String) -> String {
        text.trimming(":,")
    }

    private static func timeText(_ line: LineWords, _ words: Range<Int>) -> String {
        line.text(words).trimming(",;")
    }
}
