public import DuidingCore

/// The view of an analysis the linker works on: lowercase words, upos, names from the entity tagger,
/// the reference day, and the countries the article keeps pointing at.
struct LinkingDocument {
    /// A name the entity tagger found, in tokens.
    struct Name {
        var tokens: Range<Int>
        var type: String
        var text: String
        var start: Int
        var end: Int
    }

    let tokens: [Token]
    /// Lowercase token texts.
    let lower: [String]
    let names: [Name]
    /// Token index → index in `names` of the name starting there.
    let nameStarting: [Int: Int]
    /// Token index → the sentence it is in.
    let sentenceOf: [Int]
    let day: CalendarDay
    let scalars: [Unicode.Scalar]

    init(_ analysis: Analysis, day: CalendarDay) {
        tokens = analysis.tokens
        lower = analysis.tokens.map { $0.text.lowercased() }
        let scalars = ScalarText.scalars(of: analysis.text)
        self.scalars = scalars
        var sentenceOf = [Int](repeating: 0, count: analysis.tokens.count)
        var found: [Name] = []
        for (number, sentence) in analysis.sentences.enumerated() {
            var open: (start: Int, type: String)?
            func close(_ end: Int) {
                if var current = open {
                    // Punctuation the tagger took in at the edges (`Swissair /`) is no part of the name.
                    var end = end
                    let wordless = { (token: Token) in !token.text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil } }
                    while current.start < end, wordless(analysis.tokens[current.start]) { current.start += 1 }
                    while end > current.start, wordless(analysis.tokens[end - 1]) { end -= 1 }
                    guard current.start < end else {
                        open = nil
                        return
                    }
                    let first = analysis.tokens[current.start], last = analysis.tokens[end - 1]
                    found.append(
                        Name(
                            tokens: current.start..<end, type: current.type,
                            text: ScalarText.string(scalars, first.start..<last.end), start: first.start, end: last.end))
                }
                open = nil
            }
            for index in sentence.tokens {
                sentenceOf[index] = number
                let tag = analysis.tokens[index].ner ?? "O"
                if tag.hasPrefix("B-") {
                    close(index)
                    open = (index, String(tag.dropFirst(2)))
                } else if tag.hasPrefix("I-"), let current = open, current.type == String(tag.dropFirst(2)) {
                    continue
                } else if tag.hasPrefix("I-") {
                    close(index)
                    open = (index, String(tag.dropFirst(2)))
                } else {
                    close(index)
                }
            }
            close(sentence.tokens.upperBound)
        }
        names = found
        self.sentenceOf = sentenceOf
        var starting: [Int: Int] = [:]
        for (index, name) in found.enumerated() { starting[name.tokens.lowerBound] = index }
        nameStarting = starting
        self.day = day
    }

    /// The text between two token indexes (end exclusive).
    func text(_ range: Range<Int>) -> String {
        ScalarText.string(scalars, tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// The reference day of an analysis: the date part of its reference time.
    static func day(of analysis: Analysis) -> CalendarDay? {
        guard let time = analysis.referenceTime, time.count >= 10 else { return nil }
        let parts = time.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return CalendarDay(year: parts[0], month: parts[1], day: parts[2])
    }
}
