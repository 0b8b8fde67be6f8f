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
    private(set) var names: [Name]
    /// Token index → index in `names` of the name starting there.
    private(set) var nameStarting: [Int: Int]
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

    /// Joins names the tagger cut up when together, with the words between them, they are a full label of
    /// the knowledge base (`Ursula` `von der` `Leyen`, `Sierra` `Leone`): the longest such window, starting and
    /// ending with a capitalised word, within a sentence, covering whole names only.
    ///
    /// - Complexity: O(tokens × longest window) lookups.
    mutating func joinNames(_ index: NameIndex, kb: KnowledgeBase, longest: Int = 5) {
        var covered = [Int?](repeating: nil, count: tokens.count)
        for (number, name) in names.enumerated() {
            for token in name.tokens { covered[token] = number }
        }
        var joined: [Name] = []
        var dropped = Set<Int>()
        var start = 0
        while start < tokens.count {
            defer { start += 1 }
            guard tokens[start].text.first?.isUppercase ?? false else { continue }
            var best: (end: Int, kind: EntityKind)?
            for length in stride(from: min(longest, tokens.count - start), through: 2, by: -1) {
                let end = start + length
                guard sentenceOf[start] == sentenceOf[end - 1], tokens[end - 1].text.first?.isUppercase ?? false else { continue }
                let inside = Set((start..<end).compactMap { covered[$0] })
                // Whole names only, at least one of them, and not just one name as it is.
                guard !inside.isEmpty, inside.allSatisfy({ names[$0].tokens.lowerBound >= start && names[$0].tokens.upperBound <= end }),
                    !(inside.count == 1 && inside.first.map({ names[$0].tokens == start..<end }) == true)
                else { continue }
                guard inside.count > 1 || (start..<end).contains(where: { covered[$0] == nil && tokens[$0].text.first?.isUppercase == true })
                else { continue }
                let text = self.text(start..<end)
                if let match = index.candidates(text).first(where: { $0.match == .folded }) {
                    best = (end, kb.entities[match.entity].kind)
                    break
                }
            }
            guard let (end, kind) = best else { continue }
            for number in Set((start..<end).compactMap { covered[$0] }) { dropped.insert(number) }
            joined.append(
                Name(
                    tokens: start..<end, type: kind.nerType, text: text(start..<end), start: tokens[start].start,
                    end: tokens[end - 1].end))
            for token in start..<end { covered[token] = -1 }
            start = end - 1
        }
        guard !joined.isEmpty else { return }
        names = (names.enumerated().filter { !dropped.contains($0.offset) }.map(\.element) + joined)
            .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var starting: [Int: Int] = [:]
        for (number, name) in names.enumerated() { starting[name.tokens.lowerBound] = number }
        nameStarting = starting
    }

    /// Adds a name the tagger missed, keeping `names` in text order.
    mutating func addName(_ range: Range<Int>, type: String) {
        names.append(Name(tokens: range, type: type, text: text(range), start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end))
        names.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        nameStarting = [:]
        for (number, name) in names.enumerated() { nameStarting[name.tokens.lowerBound] = number }
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
